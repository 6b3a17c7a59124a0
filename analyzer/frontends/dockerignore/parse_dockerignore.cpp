#include "frontends/dockerignore/parse_dockerignore.hpp"

#include "DockerignoreLexer.h"
#include "DockerignoreParser.h"
#include "frontends/antlr_parse.hpp"
#include "frontends/byte_char_stream.hpp"
#include "source/limits.hpp"

namespace dlint::frontends {
namespace {

namespace gen = dlint_Dockerignore_gen;
struct LexerTag;
struct ParserTag;

// The grammar accepts every byte sequence; this only keeps ANTLR from printing should that ever change.
class Silent final : public antlr4::BaseErrorListener {
  void syntaxError(antlr4::Recognizer*, antlr4::Token*, size_t, size_t, const std::string&,
                   std::exception_ptr) override {}
};

bool is_blank(const antlr4::Token* token) {
  return token->getType() == gen::DockerignoreLexer::BLANK;
}

}  // namespace

ir::IgnoreFile parse_dockerignore(const SourceFile& file) {
  ir::IgnoreFile out;
  out.path = file.path();
  const std::uint32_t base = file.content_begin();
  ByteCharStream chars(file.text().substr(base));
  gen::DockerignoreLexer lexer(&chars);
  antlr4::CommonTokenStream tokens(&lexer);
  gen::DockerignoreParser parser(&tokens);
  use_thread_caches<LexerTag, ParserTag>(lexer, parser);
  Silent silent;
  lexer.removeErrorListeners();
  lexer.addErrorListener(&silent);
  parser.removeErrorListeners();
  parser.addErrorListener(&silent);
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);

  std::vector<context::IgnorePattern> patterns;
  for (auto* line : parser.file()->line()) {
    if (line->COMMENT() != nullptr || (line->negation() == nullptr && line->patternText() == nullptr)) continue;
    if (out.lines.size() == limits::max_ignore_patterns) {
      out.truncated = true;
      break;
    }
    // The pattern's own text: from the '!' or the first character to the last one that is not blank.
    antlr4::Token* first = line->negation() != nullptr ? line->negation()->getStart() : line->patternText()->getStart();
    antlr4::Token* last = line->getStop();
    for (std::size_t i = last->getTokenIndex(); i > first->getTokenIndex() && is_blank(last); --i) {
      last = tokens.get(i - 1);
    }
    auto begin = static_cast<std::uint32_t>(base + first->getStartIndex());
    auto end = static_cast<std::uint32_t>(base + last->getStopIndex() + 1);
    ir::IgnoreLine entry;
    entry.text = std::string(file.text().substr(begin, end - begin));
    entry.line = static_cast<std::uint32_t>(first->getLine());
    entry.span = file.span(begin, end);
    // What Docker makes of the whole line (it looks at the first column for '#').
    std::string_view raw = file.line(entry.line);
    auto pattern = context::read_ignore_line(raw);
    if (!pattern) continue;
    entry.pattern = *pattern;
    patterns.emplace_back(entry.pattern);
    out.lines.push_back(std::move(entry));
  }
  out.matcher = context::IgnoreMatcher(std::move(patterns));
  return out;
}

}  // namespace dlint::frontends
