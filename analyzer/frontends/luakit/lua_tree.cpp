#include "frontends/luakit/lua_tree.hpp"

#include "frontends/antlr_parse.hpp"
#include "source/limits.hpp"

namespace dlint::frontends::luakit {
namespace {
struct LexerTag;
struct ParserTag;

using L = gen::LuaLexer;

std::string describe(const std::string& text) {
  if (text.size() > 20) return "'" + text.substr(0, 20) + "...'";
  return "'" + text + "'";
}

// Operators whose operand the generated parser reads by recursion rather than by looping.
bool recursive_operator(std::size_t type) {
  return type == L::CONCAT || type == L::CARET || type == L::NOT || type == L::HASH || type == L::MINUS;
}

bool opens_block(std::size_t type) {
  return type == L::LPAREN || type == L::LBRACE || type == L::LBRACKET || type == L::FUNCTION || type == L::DO ||
         type == L::THEN || type == L::REPEAT;
}

bool closes_block(std::size_t type) {
  return type == L::RPAREN || type == L::RBRACE || type == L::RBRACKET || type == L::END || type == L::UNTIL ||
         type == L::ELSEIF;
}
}  // namespace

class LuaTree::Listener final : public antlr4::BaseErrorListener {
 public:
  explicit Listener(std::vector<TreeError>& errors) : errors_(errors) {}

  void syntaxError(antlr4::Recognizer*, antlr4::Token* offending, size_t, size_t, const std::string&,
                   std::exception_ptr) override {
    TreeError error;
    if (offending != nullptr && offending->getType() != antlr4::Token::EOF) {
      error.begin = static_cast<std::uint32_t>(offending->getStartIndex());
      error.end = static_cast<std::uint32_t>(offending->getStopIndex() + 1);
      std::string text = offending->getText();
      if (offending->getType() == L::ERROR_CHAR && (text == "\"" || text == "'")) {
        error.message = "this string is never closed on its line";
      } else if (offending->getType() == L::ERROR_CHAR) {
        error.message = "unexpected character " + describe(text) + " in the Lua script";
      } else {
        error.message = "unexpected " + describe(text) + " in the Lua script";
      }
    } else {
      error.begin = error.end = offending != nullptr ? static_cast<std::uint32_t>(offending->getStartIndex()) : 0;
      error.message = "the script ends too early (an unclosed block, bracket or long string?)";
    }
    if (errors_.size() < 100) errors_.push_back(std::move(error));
  }

 private:
  std::vector<TreeError>& errors_;
};

std::optional<TreeError> LuaTree::depth_check(std::string_view text) {
  // `[====[` with thousands of '=' would make the lexer's recursive long-bracket rule recurse as deep.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '[') continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == '=') ++j;
    if (j - i - 1 > 64) {
      auto begin = static_cast<std::uint32_t>(i);
      return TreeError{"a long bracket with more than 64 '=' signs; the script is not analyzed", begin, begin + 1};
    }
    i = j - 1;
  }
  tokens_.fill();
  std::size_t depth = 0, chain = 0;
  for (antlr4::Token* token : tokens_.getTokens()) {
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    std::size_t type = token->getType();
    if (opens_block(type)) ++depth;
    if (closes_block(type) && depth > 0) --depth;
    if (type == L::ELSEIF) ++depth;  // closes the THEN before it and opens its own
    chain = recursive_operator(type) ? chain + 1 : (type == L::SEMI || type == L::LOCAL ? 0 : chain);
    if (depth > limits::max_nesting || chain > limits::max_nesting * 8) {
      auto begin = static_cast<std::uint32_t>(token->getStartIndex());
      return TreeError{
          depth > limits::max_nesting
              ? "the script nests deeper than " + std::to_string(limits::max_nesting) + " levels; it is not analyzed"
              : "the script chains too many operators in one statement; it is not analyzed",
          begin, begin + 1};
    }
  }
  return std::nullopt;
}

LuaTree::LuaTree(std::string_view text)
    : chars_(text),
      lexer_(&chars_),
      tokens_(&lexer_),
      parser_(&tokens_),
      listener_(std::make_unique<Listener>(errors_)) {
  use_thread_caches<LexerTag, ParserTag>(lexer_, parser_);
  lexer_.removeErrorListeners();
  parser_.removeErrorListeners();

  if (auto error = depth_check(text)) {
    errors_.push_back(std::move(*error));
    return;
  }
  for (antlr4::Token* token : tokens_.getTokens()) {
    std::size_t type = token->getType();
    if (type != L::LINE_COMMENT && type != L::LONG_COMMENT) continue;
    std::string body = token->getText().substr(2);
    if (type == L::LONG_COMMENT) {
      std::size_t open = body.find('[', 1);
      body = body.substr(open + 1, body.size() - 2 * (open + 1));
    }
    comments_.push_back({std::move(body), static_cast<std::uint32_t>(token->getStartIndex()),
                         static_cast<std::uint32_t>(token->getStopIndex() + 1)});
  }

  root_ = parse_sll_then_ll(parser_, tokens_, *listener_, [&] { return parser_.chunk(); }).root;
}

LuaTree::~LuaTree() = default;

}  // namespace dlint::frontends::luakit
