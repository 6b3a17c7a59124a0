#include "frontends/dockerfile/dockerfile_tree.hpp"

#include "frontends/antlr_parse.hpp"

namespace dlint::frontends::dockerfile {
namespace {

struct LexerTag;
struct ParserTag;

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
  use_thread_caches<LexerTag, ParserTag>(lexer_, parser_);

  lexer_.backtickEscape = backtick_escape;
  lexer_.removeErrorListeners();
  lexer_.addErrorListener(listener_.get());
  parser_.removeErrorListeners();

  auto parsed = parse_sll_then_ll(parser_, tokens_, *listener_, [&] { return parser_.dockerfile(); });
  root_ = parsed.root;
  used_full_ll_ = parsed.used_full_ll;
}

DockerfileTree::~DockerfileTree() = default;

}  // namespace dlint::frontends::dockerfile
