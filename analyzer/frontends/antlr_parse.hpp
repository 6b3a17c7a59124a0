#pragma once
// How the ANTLR grammars of dlint are run: the lexer and parser predict with this thread's caches, and a
// parse first tries SLL prediction, bailing out at the first error (fast, and right for almost every
// input), then on failure parses again with full LL prediction, error recovery and the error listener.
#include <antlr4-runtime.h>

#include <memory>
#include <type_traits>

#include "frontends/prediction_caches.hpp"
#include "frontends/thread_confined_simulators.hpp"

namespace dlint::frontends {

// Replaces the simulators the generated constructors made (setInterpreter deletes them) by ones that use
// this thread's caches, and so need no lock to read them; the tags tell the grammars apart.
template <class LexerTag, class ParserTag>
void use_thread_caches(antlr4::Lexer& lexer, antlr4::Parser& parser) {
  PredictionCaches& lexing = thread_caches<LexerTag>(lexer.getATN());
  lexer.setInterpreter(new ThreadConfinedLexerSimulator(&lexer, lexing));
  PredictionCaches& parsing = thread_caches<ParserTag>(parser.getATN());
  parser.setInterpreter(new ThreadConfinedParserSimulator(&parser, parser.getATN(), parsing.dfa, parsing.contexts));
}

template <class Root>
struct TwoStageParse {
  Root* root = nullptr;
  bool used_full_ll = false;
};

// Parses with `rule` (the start rule, e.g. `[&] { return parser.chunk(); }`): SLL first, then LL with
// `listener` reporting the errors. The parser must have no error listener attached yet.
template <class Rule>
auto parse_sll_then_ll(antlr4::Parser& parser, antlr4::BufferedTokenStream& tokens,
                       antlr4::ANTLRErrorListener& listener, Rule rule)
    -> TwoStageParse<std::remove_pointer_t<decltype(rule())>> {
  TwoStageParse<std::remove_pointer_t<decltype(rule())>> out;
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    out.root = rule();
    return out;
  } catch (const antlr4::ParseCancellationException&) {
  }
  out.used_full_ll = true;
  tokens.seek(0);
  parser.reset();
  parser.addErrorListener(&listener);
  parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  out.root = rule();
  return out;
}

}  // namespace dlint::frontends
