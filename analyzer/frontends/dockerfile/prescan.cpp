#include "frontends/dockerfile/prescan.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "frontends/dockerfile/heredoc_markers.hpp"
#include "frontends/dockerfile/text_utils.hpp"
#include "source/limits.hpp"

namespace dlint::frontends::dockerfile {
namespace {

struct PhysicalLine {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;   // trailing '\r' and '\n' removed, as BuildKit's trimNewline does
  std::uint32_t next = 0;  // start of the following line
};

// Go's regexp \s: [\t\n\f\r ].
bool is_directive_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

struct DirectiveMatch {
  std::string name;  // lower-case
  std::string_view value;
};

// ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
std::optional<DirectiveMatch> match_directive(std::string_view line) {
  if (line.empty() || line[0] != '#') return std::nullopt;
  std::size_t i = 1;
  while (i < line.size() && is_directive_space(line[i])) ++i;
  std::size_t name_begin = i;
  if (i >= line.size() || std::isalpha(static_cast<unsigned char>(line[i])) == 0) return std::nullopt;
  while (i < line.size() && std::isalnum(static_cast<unsigned char>(line[i])) != 0) ++i;
  std::size_t name_end = i;
  while (i < line.size() && is_directive_space(line[i])) ++i;
  if (i >= line.size() || line[i] != '=') return std::nullopt;
  ++i;
  while (i < line.size() && is_directive_space(line[i])) ++i;
  std::size_t value_end = line.size();
  while (value_end > i && is_directive_space(line[value_end - 1])) --value_end;
  if (value_end <= i) return std::nullopt;
  return DirectiveMatch{to_lower(line.substr(name_begin, name_end - name_begin)), line.substr(i, value_end - i)};
}

class Prescanner {
 public:
  explicit Prescanner(const SourceFile& file) : file_(file), text_(file.text()), pos_(file.content_begin()) {}

  NormalizedDockerfile run() {
    PhysicalLine line;
    while (next_line(line)) {
      std::uint32_t start = skip_blanks(line.begin, line.end);
      std::string_view trimmed = view(start, line.end);
      if (!directives_done_ && read_directive(trimmed, start, line.end)) continue;
      directives_done_ = true;
      if (!trimmed.empty() && trimmed[0] == '#') {
        add_comment(start, line.end);
        continue;
      }
      if (trimmed.empty()) continue;
      if (out_.lines.size() >= limits::max_instructions) {
        out_.errors.push_back({"the file has more than " + std::to_string(limits::max_instructions) +
                                   " instructions; the rest of it is not read",
                               file_.span(start, line.end)});
        break;
      }
      read_instruction(line, start);
    }
    return std::move(out_);
  }

 private:
  std::string_view view(std::uint32_t begin, std::uint32_t end) const { return text_.substr(begin, end - begin); }

  bool next_line(PhysicalLine& line) {
    if (pos_ >= text_.size()) return false;
    line.begin = pos_;
    const void* found = std::memchr(text_.data() + pos_, '\n', text_.size() - pos_);
    std::uint32_t stop = found != nullptr ? static_cast<std::uint32_t>(static_cast<const char*>(found) - text_.data())
                                          : static_cast<std::uint32_t>(text_.size());
    line.next = found != nullptr ? stop + 1 : stop;
    line.end = stop;
    while (line.end > line.begin && (text_[line.end - 1] == '\r' || text_[line.end - 1] == '\n')) --line.end;
    pos_ = line.next;
    return true;
  }

  std::uint32_t skip_blanks(std::uint32_t at, std::uint32_t end) const {
    while (at < end && is_blank(text_[at])) ++at;
    return at;
  }

  // Parser directives: only at the very top, before any other comment, blank line or instruction.
  bool read_directive(std::string_view trimmed, std::uint32_t start, std::uint32_t end) {
    auto match = match_directive(trimmed);
    if (!match || (match->name != "syntax" && match->name != "escape" && match->name != "check")) return false;
    Span span = file_.span(start, end);
    for (const auto& seen : out_.directives) {
      if (seen.name == match->name) {
        out_.errors.push_back({"only one '" + match->name + "' parser directive can be used", span});
        return true;
      }
    }
    if (match->name == "escape") {
      if (match->value == "\\" || match->value == "`") {
        out_.escape = match->value[0];
      } else {
        out_.errors.push_back(
            {"invalid escape character '" + std::string(match->value) + "': the escape directive accepts only \\ or `",
             span});
      }
    }
    out_.directives.push_back({match->name, std::string(match->value), span});
    return true;
  }

  void add_comment(std::uint32_t hash, std::uint32_t end) {
    out_.comments.push_back({std::string(view(hash + 1, end)), file_.span(hash, end)});
  }

  // The end of the content when the line ends with the escape character (optionally followed by
  // blanks) that is not itself escaped: a line continuation. BuildKit: `(^|[^E])E[ \t]*$`.
  std::optional<std::uint32_t> continuation(std::uint32_t begin, std::uint32_t end) const {
    std::uint32_t e = end;
    while (e > begin && (text_[e - 1] == ' ' || text_[e - 1] == '\t')) --e;
    if (e == begin || text_[e - 1] != out_.escape) return std::nullopt;
    if (e - 1 > begin && text_[e - 2] == out_.escape) return std::nullopt;
    return e - 1;
  }

  std::uint32_t trim_end(std::uint32_t begin, std::uint32_t end) const {
    while (end > begin && is_blank(text_[end - 1])) --end;
    return end;
  }

  void read_instruction(PhysicalLine line, std::uint32_t start) {
    LogicalLine logical;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pieces;
    auto cont = continuation(start, line.end);
    pieces.emplace_back(start, cont ? *cont : line.end);
    std::uint32_t content_end = trim_end(start, line.end);
    while (cont && next_line(line)) {
      std::uint32_t first = skip_blanks(line.begin, line.end);
      if (first < line.end && text_[first] == '#') {
        add_comment(first, line.end);
        continue;
      }
      if (first == line.end) continue;  // blank line inside a continuation: dropped
      cont = continuation(line.begin, line.end);
      pieces.emplace_back(line.begin, cont ? *cont : line.end);
      content_end = trim_end(line.begin, line.end);
    }
    // TrimSpace over the joined text.
    while (!pieces.empty()) {
      auto& [b, e] = pieces.front();
      b = skip_blanks(b, e);
      if (b < e) break;
      pieces.erase(pieces.begin());
    }
    while (!pieces.empty()) {
      auto& [b, e] = pieces.back();
      e = trim_end(b, e);
      if (b < e) break;
      pieces.pop_back();
    }
    if (pieces.empty()) return;  // only continuation characters

    logical.file_begin = pieces.front().first;
    logical.content_end = std::max(content_end, pieces.back().second);
    logical.file_end = logical.content_end;
    logical.text_begin = static_cast<std::uint32_t>(out_.text.text().size());
    logical.fragments_begin = static_cast<std::uint32_t>(out_.fragments.size());
    for (auto [b, e] : pieces) {
      out_.fragments.push_back({static_cast<std::uint32_t>(out_.text.text().size()), b, e - b});
      out_.text.append(view(b, e), b);
    }
    logical.text_end = static_cast<std::uint32_t>(out_.text.text().size());
    logical.fragments_end = static_cast<std::uint32_t>(out_.fragments.size());
    out_.text.append_synthetic("\n", logical.content_end);

    check_line(logical);
    read_heredocs(logical);
    out_.lines.push_back(std::move(logical));
  }

  // Things the parser must not see: ONBUILD ONBUILD (unbounded recursion) and JSON nested too deep.
  void check_line(LogicalLine& logical) {
    std::string_view text =
        std::string_view(out_.text.text()).substr(logical.text_begin, logical.text_end - logical.text_begin);
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (in_string) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        deepest = std::max(deepest, ++depth);
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      }
    }
    if (deepest > limits::max_nesting) {
      logical.rejected = ir::SyntaxError{"brackets are nested more than " + std::to_string(limits::max_nesting) +
                                             " levels deep; the instruction is not read",
                                         file_.span(logical.file_begin, logical.content_end)};
      return;
    }
    Word keyword = first_word(text, 0);
    if (!iequals(keyword.text, "onbuild")) return;
    Word trigger = trigger_word(text, keyword.end);
    if (iequals(trigger.text, "onbuild")) {
      std::uint32_t at = out_.text.file_offset(logical.text_begin + trigger.begin);
      logical.rejected = ir::SyntaxError{"ONBUILD cannot trigger another ONBUILD",
                                         file_.span(at, at + static_cast<std::uint32_t>(trigger.text.size()))};
    }
  }

  struct Word {
    std::string_view text;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  static Word first_word(std::string_view text, std::size_t from) {
    std::size_t b = from;
    while (b < text.size() && is_blank(text[b])) ++b;
    std::size_t e = b;
    while (e < text.size() && !is_blank(text[e])) ++e;
    return {text.substr(b, e - b), static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
  }
  // The instruction word after ONBUILD and its flags.
  static Word trigger_word(std::string_view text, std::size_t from) {
    Word word = first_word(text, from);
    while (word.text.size() >= 2 && word.text.substr(0, 2) == "--") word = first_word(text, word.end);
    return word;
  }

  // Heredoc bodies follow the instruction's lines (continuations included) in the order of their markers.
  void read_heredocs(LogicalLine& logical) {
    std::string_view line =
        std::string_view(out_.text.text()).substr(logical.text_begin, logical.text_end - logical.text_begin);
    Word keyword = first_word(line, 0);
    Word command = iequals(keyword.text, "onbuild") ? trigger_word(line, keyword.end) : keyword;
    if (!iequals(command.text, "run") && !iequals(command.text, "copy") && !iequals(command.text, "add")) return;
    auto markers = find_heredoc_markers(line);
    for (auto& marker : markers) {
      Span marker_span = out_.text.span(file_, logical.text_begin + marker.begin, logical.text_begin + marker.end);
      if (logical.heredocs.size() >= limits::max_heredocs_per_instruction) {
        out_.errors.push_back({"more than " + std::to_string(limits::max_heredocs_per_instruction) +
                                   " heredocs in one instruction; the rest are not read",
                               marker_span});
        break;
      }
      ScannedHeredoc scanned;
      scanned.heredoc.delimiter = std::move(marker.delimiter);
      scanned.heredoc.quoted = marker.quoted;
      scanned.heredoc.strip_tabs = marker.strip_tabs;
      scanned.heredoc.span = marker_span;
      scanned.body_begin = pos_;
      PhysicalLine line;
      while (next_line(line)) {
        std::uint32_t candidate = line.begin;
        if (scanned.heredoc.strip_tabs) {
          while (candidate < line.end && text_[candidate] == '\t') ++candidate;
        }
        if (view(candidate, line.end) == scanned.heredoc.delimiter) {
          scanned.terminated = true;
          scanned.terminator_begin = candidate;
          scanned.body_end = line.begin;
          logical.file_end = line.end;
          break;
        }
        scanned.heredoc.body.append(view(candidate, line.next));
      }
      if (!scanned.terminated) {
        scanned.body_end = static_cast<std::uint32_t>(text_.size());
        logical.file_end = scanned.body_end;
        out_.errors.push_back(
            {"unterminated heredoc: no line '" + scanned.heredoc.delimiter + "' ends the heredoc started here",
             marker_span});
      }
      scanned.heredoc.body_span = file_.span(scanned.body_begin, scanned.body_end);
      logical.heredocs.push_back(std::move(scanned));
    }
  }

  const SourceFile& file_;
  std::string_view text_;
  std::uint32_t pos_;
  bool directives_done_ = false;
  NormalizedDockerfile out_;
};

}  // namespace

void NormalizedDockerfile::append_slice(MappedText& out, const LogicalLine& line, std::uint32_t begin,
                                        std::uint32_t end) const {
  std::string_view all = text.text();
  for (std::uint32_t i = line.fragments_begin; i < line.fragments_end; ++i) {
    const Fragment& f = fragments[i];
    std::uint32_t b = std::max(begin, f.text_begin);
    std::uint32_t e = std::min(end, f.text_begin + f.length);
    if (b >= e) continue;
    out.append(all.substr(b, e - b), f.file_begin + (b - f.text_begin));
  }
}

MappedText NormalizedDockerfile::slice(const LogicalLine& line, std::uint32_t begin, std::uint32_t end) const {
  MappedText out;
  append_slice(out, line, begin, end);
  return out;
}

NormalizedDockerfile prescan(const SourceFile& file) {
  return Prescanner(file).run();
}

}  // namespace dlint::frontends::dockerfile
