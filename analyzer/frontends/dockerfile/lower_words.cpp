// Lowering of ENV, LABEL and ARG: `name=value` words (several per line), and the legacy `ENV name value`.
#include "frontends/dockerfile/lowering.hpp"
#include "frontends/dockerfile/text_utils.hpp"

namespace dlint::frontends::dockerfile {
namespace {

// BuildKit's parseWords keeps quotes and escapes in a word but drops an escape character that ends the
// line. The lexer already cut the word; this only finds such a dangling escape.
bool ends_with_dangling_escape(std::string_view word, char escape) {
  char quote = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (quote == 0 && (c == '\'' || c == '"')) {
      quote = c;
    } else if (quote != 0 && c == quote) {
      quote = 0;
    } else if (c == escape && quote != '\'') {
      if (i + 1 == word.size()) return true;
      ++i;
    }
  }
  return false;
}

}  // namespace

ir::Text Lowering::lower_word(antlr4::Token* token) const {
  ir::Text word = token_text(token);
  if (end_of(token) == line_end() && ends_with_dangling_escape(word.value, normalized_.escape)) {
    word.value.pop_back();
  }
  return word;
}

void Lowering::lower_words_instruction(Parser::WordsInstructionContext* ctx, ir::Op& op) {
  op.flags = lower_flags(ctx->flags());
  check_flags(op);
  const std::string name(ir::op_kind_name(op.kind));
  auto tokens = ctx->WORD();
  std::vector<ir::KeyValue> pairs;

  if (op.kind == ir::OpKind::Arg) {
    for (auto* node : tokens) {
      ir::Text word = lower_word(node->getSymbol());
      op.args.push_back(word);
      std::uint32_t begin = start_of(node->getSymbol());
      auto eq = word.value.find('=');
      ir::KeyValue kv;
      kv.span = word.span;
      if (eq == std::string::npos) {
        kv.key = word;
      } else {
        auto at = static_cast<std::uint32_t>(eq);
        kv.key = {word.value.substr(0, eq), span(begin, begin + at)};
        kv.value = ir::Text{word.value.substr(eq + 1),
                            span(begin + at + 1, begin + static_cast<std::uint32_t>(word.value.size()))};
      }
      if (kv.key.value.empty()) fail("ARG needs a name before '='", word.span);
      pairs.push_back(std::move(kv));
    }
    if (pairs.empty()) fail("ARG needs a name: ARG name[=default]", op.keyword.span);
    op.detail = ir::ArgOp{std::move(pairs)};
    return;
  }

  auto finish = [&]() {
    if (op.kind == ir::OpKind::Env) {
      op.detail = ir::EnvOp{std::move(pairs)};
    } else {
      op.detail = ir::LabelOp{std::move(pairs)};
    }
  };
  if (tokens.empty()) {
    fail(name + " needs at least one name=value pair", op.keyword.span);
    finish();
    return;
  }

  ir::Text first = lower_word(tokens.front()->getSymbol());
  if (first.value.find('=') == std::string::npos) {
    // Legacy form: the name is the first blank-free run, the value is the rest of the line as written.
    std::uint32_t begin = start_of(tokens.front()->getSymbol());
    std::uint32_t key_end = begin;
    while (key_end < line_end() && !is_blank(text_[key_end])) ++key_end;
    std::uint32_t value_begin = key_end;
    while (value_begin < line_end() && is_blank(text_[value_begin])) ++value_begin;
    ir::KeyValue kv;
    kv.key = text(begin, key_end);
    kv.legacy_form = true;
    kv.span = span(begin, line_end());
    op.args.push_back(kv.key);
    if (value_begin >= line_end()) {
      fail(name + " needs a value: " + name + " " + kv.key.value + "=value", kv.key.span);
    } else {
      kv.value = text(value_begin, line_end());
      op.args.push_back(*kv.value);
      op.args.push_back({"", span(value_begin, value_begin)});
    }
    pairs.push_back(std::move(kv));
    finish();
    return;
  }

  for (auto* node : tokens) {
    ir::Text word = lower_word(node->getSymbol());
    std::uint32_t begin = start_of(node->getSymbol());
    auto eq = word.value.find('=');
    if (eq == std::string::npos) {
      fail("'" + word.value + "' has no '=': " + name + " takes name=value pairs", word.span);
      continue;
    }
    auto at = static_cast<std::uint32_t>(eq);
    ir::KeyValue kv;
    kv.key = {word.value.substr(0, eq), span(begin, begin + at)};
    kv.value = ir::Text{word.value.substr(eq + 1),
                        span(begin + at + 1, begin + static_cast<std::uint32_t>(word.value.size()))};
    kv.span = word.span;
    if (kv.key.value.empty()) fail(name + " names cannot be empty", word.span);
    op.args.push_back(kv.key);
    op.args.push_back(*kv.value);
    op.args.push_back({"=", span(begin + at, begin + at + 1)});
    pairs.push_back(std::move(kv));
  }
  finish();
}

}  // namespace dlint::frontends::dockerfile
