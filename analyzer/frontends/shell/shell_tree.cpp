#include "frontends/shell/shell_tree.hpp"

#include "frontends/antlr_parse.hpp"

namespace dlint::frontends::shell {
namespace {
struct LexerTag;
struct ParserTag;

std::string describe(const std::string& text) {
  if (text == "\n" || text == "\r\n") return "the end of the line";
  if (text.size() > 20) return "'" + text.substr(0, 20) + "...'";
  return "'" + text + "'";
}
}  // namespace

class ShellTree::Listener final : public antlr4::BaseErrorListener {
 public:
  explicit Listener(std::vector<TreeError>& errors) : errors_(errors) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t, const std::string&,
                   std::exception_ptr) override {
    TreeError error;
    if (auto* lexer = dynamic_cast<antlr4::Lexer*>(recognizer)) {
      error.begin = static_cast<std::uint32_t>(lexer->tokenStartCharIndex);
      error.end = error.begin + 1;
      std::size_t c = lexer->getInputStream()->LA(1);
      error.message = (c == '\'' || c == '"' || c == '`') ? "this quote is never closed"
                      : c == '$'                          ? "this $( or ${ is never closed"
                                                          : "unexpected character";
    } else if (offending != nullptr && offending->getType() != antlr4::Token::EOF) {
      error.begin = static_cast<std::uint32_t>(offending->getStartIndex());
      error.end = static_cast<std::uint32_t>(offending->getStopIndex() + 1);
      error.message = "unexpected " + describe(offending->getText()) + " in the shell command";
    } else {
      error.begin = error.end = offending != nullptr ? static_cast<std::uint32_t>(offending->getStartIndex()) : 0;
      error.message = "the shell command ends too early (an unclosed if, loop, group or quote?)";
    }
    errors_.push_back(std::move(error));
  }

 private:
  std::vector<TreeError>& errors_;
};

ShellTree::ShellTree(std::string_view text)
    : chars_(text),
      lexer_(&chars_),
      tokens_(&lexer_),
      parser_(&tokens_),
      listener_(std::make_unique<Listener>(errors_)) {
  use_thread_caches<LexerTag, ParserTag>(lexer_, parser_);
  lexer_.removeErrorListeners();
  lexer_.addErrorListener(listener_.get());
  parser_.removeErrorListeners();

  root_ = parse_sll_then_ll(parser_, tokens_, *listener_, [&] { return parser_.script(); }).root;
}

ShellTree::~ShellTree() = default;

}  // namespace dlint::frontends::shell
