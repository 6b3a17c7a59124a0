#include "frontends/dockerfile/dockerfile_tree.hpp"

namespace dlint::frontends::dockerfile {
namespace {

// The DFA and prediction-context caches that ANTLR fills while it predicts. The generated recognizers
// share one static set between all threads, and the 4.9 C++ runtime's locking around it is not
// something to bet on; so each thread keeps its own set (it costs a few kilobytes and a warm-up).
struct PredictionCaches {
  std::vector<antlr4::dfa::DFA> dfa;
  antlr4::atn::PredictionContextCache contexts;

  explicit PredictionCaches(const antlr4::atn::ATN& atn) {
    dfa.reserve(atn.getNumberOfDecisions());
    for (size_t i = 0; i < atn.getNumberOfDecisions(); ++i)
      dfa.emplace_back(atn.getDecisionState(static_cast<int>(i)), i);
  }
};

PredictionCaches& lexer_caches(const antlr4::atn::ATN& atn) {
  thread_local PredictionCaches caches(atn);
  return caches;
}

PredictionCaches& parser_caches(const antlr4::atn::ATN& atn) {
  thread_local PredictionCaches caches(atn);
  return caches;
}

}  // namespace

class DockerfileTree::Listener final : public antlr4::BaseErrorListener {
 public:
  explicit Listener(std::vector<TreeError>& errors) : errors_(errors) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t /*line*/, size_t /*column*/,
                   const std::string& /*msg*/, std::exception_ptr /*e*/) override {
    TreeError error;
    if (offending != nullptr && offending->getType() != antlr4::Token::EOF) {
      error.begin = static_cast<std::uint32_t>(offending->getStartIndex());
      error.end = static_cast<std::uint32_t>(offending->getStopIndex() + 1);
      std::string text = offending->getText();
      if (text == "\n") {
        error.message = "the instruction ends too early";
      } else {
        error.message = "unexpected '" + text + "' here";
      }
    } else if (auto* lexer = dynamic_cast<antlr4::Lexer*>(recognizer)) {
      error.begin = static_cast<std::uint32_t>(lexer->tokenStartCharIndex);
      error.end = static_cast<std::uint32_t>(lexer->getCharIndex() + 1);
      error.message = "unexpected character";
    } else {
      error.message = "unexpected end of the file";
    }
    errors_.push_back(std::move(error));
  }

 private:
  std::vector<TreeError>& errors_;
};

DockerfileTree::DockerfileTree(std::string_view normalized_text, bool backtick_escape)
    : chars_(normalized_text),
      lexer_(&chars_),
      tokens_(&lexer_),
      parser_(&tokens_),
      listener_(std::make_unique<Listener>(errors_)) {
  // setInterpreter deletes the simulator the generated constructor made.
  PredictionCaches& lexing = lexer_caches(lexer_.getATN());
  lexer_.setInterpreter(new antlr4::atn::LexerATNSimulator(&lexer_, lexer_.getATN(), lexing.dfa, lexing.contexts));
  PredictionCaches& parsing = parser_caches(parser_.getATN());
  parser_.setInterpreter(
      new antlr4::atn::ParserATNSimulator(&parser_, parser_.getATN(), parsing.dfa, parsing.contexts));

  lexer_.backtickEscape = backtick_escape;
  lexer_.removeErrorListeners();
  lexer_.addErrorListener(listener_.get());
  parser_.removeErrorListeners();

  // Stage 1: SLL prediction, bail out at the first error.
  parser_.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser_.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    root_ = parser_.dockerfile();
    return;
  } catch (const antlr4::ParseCancellationException&) {
  }
  // Stage 2: full LL with error recovery and reporting.
  used_full_ll_ = true;
  tokens_.seek(0);
  parser_.reset();
  parser_.addErrorListener(listener_.get());
  parser_.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
  parser_.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  root_ = parser_.dockerfile();
}

DockerfileTree::~DockerfileTree() = default;

}  // namespace dlint::frontends::dockerfile
