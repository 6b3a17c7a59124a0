#pragma once
// The DFA and prediction-context caches ANTLR fills while it predicts. Generated recognizers share one
// static set between all threads, and the 4.9 C++ runtime's locking around it is not something to bet on;
// so each thread keeps its own set per grammar (a few kilobytes and a warm-up).
#include <antlr4-runtime.h>

#include <vector>

namespace dlint::frontends {

struct PredictionCaches {
  std::vector<antlr4::dfa::DFA> dfa;
  antlr4::atn::PredictionContextCache contexts;

  explicit PredictionCaches(const antlr4::atn::ATN& atn) {
    dfa.reserve(atn.getNumberOfDecisions());
    for (size_t i = 0; i < atn.getNumberOfDecisions(); ++i) {
      dfa.emplace_back(atn.getDecisionState(static_cast<int>(i)), i);
    }
  }
};

// One set per thread for each recognizer type (Tag distinguishes lexer and parser of a grammar).
template <class Tag>
PredictionCaches& thread_caches(const antlr4::atn::ATN& atn) {
  thread_local PredictionCaches caches(atn);
  return caches;
}

}  // namespace dlint::frontends
