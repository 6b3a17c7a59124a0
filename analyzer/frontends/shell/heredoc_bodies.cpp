#include "frontends/shell/heredoc_bodies.hpp"

namespace dlint::frontends::shell {
namespace {

bool is_word_end(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' ||
         c == '(' || c == ')';
}

struct Pending {
  std::string delimiter;
  bool strip_tabs;
};

// Reads the delimiter word after `<<` / `<<-` starting at `i`; quotes are removed from it.
std::string read_delimiter(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  std::string word;
  while (i < s.size() && !is_word_end(s[i])) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      std::size_t close = s.find(c, i + 1);
      if (close == std::string_view::npos) close = s.size();
      word.append(s.substr(i + 1, close - i - 1));
      i = close + 1;
    } else if (c == '\\' && i + 1 < s.size()) {
      word.push_back(s[i + 1]);
      i += 2;
    } else {
      word.push_back(c);
      ++i;
    }
  }
  return word;
}

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end && k < text.size(); ++k) {
    if (text[k] != '\n' && text[k] != '\r') text[k] = ' ';
  }
}

}  // namespace

BlankedScript blank_heredocs(std::string_view s) {
  BlankedScript out{std::string(s), {}};
  std::vector<Pending> pending;
  char quote = 0;
  bool word_start = true;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"' && i + 1 < s.size()) {
        i += 2;
        continue;
      }
      if (c == quote) quote = 0;
      ++i;
      continue;
    }
    if (c == '\\' && i + 1 < s.size()) {
      i += 2;
      word_start = false;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      ++i;
      word_start = false;
      continue;
    }
    if (c == '#' && word_start) {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (c == '<' && i + 1 < s.size() && s[i + 1] == '<' && !(i + 2 < s.size() && s[i + 2] == '<')) {
      i += 2;
      bool strip = i < s.size() && s[i] == '-';
      if (strip) ++i;
      std::string delimiter = read_delimiter(s, i);
      if (!delimiter.empty()) pending.push_back({std::move(delimiter), strip});
      word_start = false;
      continue;
    }
    if (c == '\n') {
      ++i;
      // The bodies of this line's heredocs follow, one after the other.
      for (auto& p : pending) {
        HeredocBody body;
        body.delimiter = p.delimiter;
        body.begin = static_cast<std::uint32_t>(i);
        body.terminated = false;
        while (i < s.size()) {
          std::size_t line_end = s.find('\n', i);
          if (line_end == std::string_view::npos) line_end = s.size();
          std::string_view line = s.substr(i, line_end - i);
          if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
          std::string_view compared = line;
          if (p.strip_tabs) {
            while (!compared.empty() && compared.front() == '\t') compared.remove_prefix(1);
          }
          if (compared == p.delimiter) {
            body.end = static_cast<std::uint32_t>(i);
            body.terminated = true;
            blank(out.text, i, line_end);
            i = line_end < s.size() ? line_end + 1 : line_end;
            break;
          }
          body.body.append(compared.data(), compared.size());
          body.body.push_back('\n');
          blank(out.text, i, line_end);
          i = line_end < s.size() ? line_end + 1 : line_end;
        }
        if (!body.terminated) body.end = static_cast<std::uint32_t>(s.size());
        out.bodies.push_back(std::move(body));
      }
      pending.clear();
      word_start = true;
      continue;
    }
    word_start = is_word_end(c);
    ++i;
  }
  // Heredocs on the last line with no body at all.
  for (auto& p : pending) {
    out.bodies.push_back({std::string(), static_cast<std::uint32_t>(s.size()), static_cast<std::uint32_t>(s.size()),
                          false, p.delimiter});
  }
  return out;
}

}  // namespace dlint::frontends::shell
