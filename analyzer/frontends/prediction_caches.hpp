#pragma once
// The DFA and prediction-context caches ANTLR fills while it predicts. Generated recognizers share one
// static set between all threads, and the 4.9 C++ runtime's locking around it is not something to bet on;
// so each thread keeps its own set per grammar (a few kilobytes and a warm-up).
#include <antlr4-runtime.h>

#include <array>
#include <memory>
#include <vector>

namespace dlint::frontends {

// A lexer's DFA edges for the characters below 128, copied out of the runtime's per-state hash maps into
// flat rows (one per DFA, i.e. per lexer mode, and state number): the lexer looks one up per character.
// Null means "not copied yet", never "no edge".
class LexerEdgeRows {
 public:
  using Row = std::array<antlr4::dfa::DFAState*, 128>;

  antlr4::dfa::DFAState* find(std::size_t dfa, int state, std::size_t symbol) const {
    if (dfa >= rows_.size() || state < 0 || static_cast<std::size_t>(state) >= rows_[dfa].size()) return nullptr;
    const auto& row = rows_[dfa][static_cast<std::size_t>(state)];
    return row ? (*row)[symbol] : nullptr;
  }

  void store(std::size_t dfa, int state, std::size_t symbol, antlr4::dfa::DFAState* target) {
    if (state < 0) return;
    if (dfa >= rows_.size()) rows_.resize(dfa + 1);
    auto& rows = rows_[dfa];
    if (static_cast<std::size_t>(state) >= rows.size()) rows.resize(static_cast<std::size_t>(state) + 1);
    auto& row = rows[static_cast<std::size_t>(state)];
    if (!row) row = std::make_unique<Row>(Row{});
    (*row)[symbol] = target;
  }

 private:
  std::vector<std::vector<std::unique_ptr<Row>>> rows_;
};

struct PredictionCaches {
  std::vector<antlr4::dfa::DFA> dfa;
  antlr4::atn::PredictionContextCache contexts;
  LexerEdgeRows lexer_edges;  // used by lexers only

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
