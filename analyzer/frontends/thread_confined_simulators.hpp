#pragma once
// Lexer and parser simulators for a DFA that only one thread ever touches.
//
// The ANTLR 4.9 C++ runtime guards every DFA edge lookup with one process-wide reader/writer lock (a
// mutex and two condition variables), which the lexer takes once per character and the parser once per
// prediction step. Each dlint thread predicts with its own DFA (prediction_caches.hpp), so no other
// thread ever writes the edges this thread reads: the lookups below skip that lock. With two threads
// the lock was a fifth of all CPU time. Writes (a new edge, a new state) still go through the runtime
// and its lock, which is what keeps two threads adding to their own DFAs at once safe. The lexer also
// keeps the edges it has used in flat rows (prediction_caches.hpp), cheaper than the runtime's hash maps.
#include <antlr4-runtime.h>

#include "frontends/prediction_caches.hpp"

namespace dlint::frontends {

class ThreadConfinedLexerSimulator final : public antlr4::atn::LexerATNSimulator {
 public:
  ThreadConfinedLexerSimulator(antlr4::Lexer* lexer, PredictionCaches& caches)
      : LexerATNSimulator(lexer, lexer->getATN(), caches.dfa, caches.contexts), edges_(caches.lexer_edges) {}

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* state, size_t symbol) override {
    // As the runtime does: symbols past the DFA's edge range are always simulated on the ATN.
    if (symbol > MAX_DFA_EDGE) return nullptr;
    if (auto* known = edges_.find(_mode, state->stateNumber, symbol)) return known;
    auto edge = state->edges.find(symbol - MIN_DFA_EDGE);
    if (edge == state->edges.end()) return nullptr;
    edges_.store(_mode, state->stateNumber, symbol, edge->second);
    return edge->second;
  }

 private:
  LexerEdgeRows& edges_;
};

class ThreadConfinedParserSimulator final : public antlr4::atn::ParserATNSimulator {
 public:
  using ParserATNSimulator::ParserATNSimulator;

 protected:
  antlr4::dfa::DFAState* getExistingTargetState(antlr4::dfa::DFAState* previous, size_t symbol) override {
    auto edge = previous->edges.find(symbol);
    return edge == previous->edges.end() ? nullptr : edge->second;
  }
};

}  // namespace dlint::frontends
