#include "frontends/dockerfile/heredoc_markers.hpp"

#include <cctype>

namespace dlint::frontends::dockerfile {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Skips a `$NAME` / `${...}` expansion starting at text[i] == '$'; returns the index after it, or i when
// the '$' is literal. BuildKit expands these against an empty environment here, so they vanish.
std::size_t skip_expansion(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size()) return i;
  if (text[i + 1] == '{') {
    std::size_t close = text.find('}', i + 2);
    return close == std::string_view::npos ? text.size() : close + 1;
  }
  std::size_t j = i + 1;
  while (j < text.size() && is_name_char(text[j])) ++j;
  return j == i + 1 ? i : j;
}

struct Word {
  std::uint32_t begin;
  std::uint32_t end;
  std::string text;  // quotes and escapes kept, expansions removed
};

// Splits like BuildKit's shell lexer with RawQuotes and RawEscapes set.
std::vector<Word> split_raw_words(std::string_view line) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_blank(line[i])) ++i;
    if (i >= line.size()) break;
    Word word{static_cast<std::uint32_t>(i), 0, {}};
    while (i < line.size() && !is_blank(line[i])) {
      char c = line[i];
      if (c == '\\') {
        word.text.append(line.substr(i, 2));
        i += 2;
      } else if (c == '\'') {
        std::size_t close = line.find('\'', i + 1);
        std::size_t stop = close == std::string_view::npos ? line.size() : close + 1;
        word.text.append(line.substr(i, stop - i));
        i = stop;
      } else if (c == '"') {
        word.text.push_back(c);
        ++i;
        while (i < line.size() && line[i] != '"') {
          if (line[i] == '\\' && i + 1 < line.size()) {
            word.text.append(line.substr(i, 2));
            i += 2;
          } else if (line[i] == '$' && skip_expansion(line, i) != i) {
            i = skip_expansion(line, i);
          } else {
            word.text.push_back(line[i++]);
          }
        }
        if (i < line.size()) word.text.push_back(line[i++]);
      } else if (c == '$' && skip_expansion(line, i) != i) {
        i = skip_expansion(line, i);
      } else {
        word.text.push_back(c);
        ++i;
      }
    }
    word.end = static_cast<std::uint32_t>(std::min(i, line.size()));
    words.push_back(std::move(word));
  }
  return words;
}

// Removes quotes and escapes from a delimiter word; `quoted` tells whether a real quote was seen.
std::string unquote_delimiter(std::string_view raw, bool& quoted) {
  std::string out;
  quoted = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\\' && i + 1 < raw.size()) {
      out.push_back(raw[++i]);
    } else if (c == '\'' || c == '"') {
      quoted = true;
      for (++i; i < raw.size() && raw[i] != c; ++i) {
        if (c == '"' && raw[i] == '\\' && i + 1 < raw.size()) ++i;
        out.push_back(raw[i]);
      }
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::vector<HeredocMarker> find_heredoc_markers(std::string_view line) {
  std::vector<HeredocMarker> markers;
  if (line.find("<<") == std::string_view::npos) return markers;
  for (const Word& word : split_raw_words(line)) {
    // ^(\d*)<<(-?)([^<]*)$
    std::string_view text = word.text;
    std::size_t i = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
    if (text.substr(i, 2) != "<<") continue;
    i += 2;
    bool strip_tabs = i < text.size() && text[i] == '-';
    if (strip_tabs) ++i;
    std::string_view rest = text.substr(i);
    if (rest.empty() || rest.find('<') != std::string_view::npos) continue;
    HeredocMarker marker;
    marker.begin = word.begin;
    marker.end = word.end;
    marker.strip_tabs = strip_tabs;
    marker.delimiter = unquote_delimiter(rest, marker.quoted);
    if (marker.delimiter.empty()) continue;
    markers.push_back(std::move(marker));
  }
  return markers;
}

}  // namespace dlint::frontends::dockerfile
