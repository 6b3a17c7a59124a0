#include "frontends/dockerfile/syntax_tree.hpp"

namespace dlint::frontends::dockerfile {

class SyntaxTree::Listener final : public antlr4::BaseErrorListener {
 public:
  explicit Listener(std::vector<TreeError>& errors) : errors_(errors) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t /*line*/,
                   size_t /*column*/, const std::string& /*msg*/, std::exception_ptr /*e*/) override {
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

SyntaxTree::SyntaxTree(std::string_view normalized_text, bool backtick_escape)
    : chars_(normalized_text),
      lexer_(&chars_),
      tokens_(&lexer_),
      parser_(&tokens_),
      listener_(std::make_unique<Listener>(errors_)) {
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

SyntaxTree::~SyntaxTree() = default;

}  // namespace dlint::frontends::dockerfile
