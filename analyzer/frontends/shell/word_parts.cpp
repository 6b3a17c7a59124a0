#include "frontends/shell/word_parts.hpp"

#include <cctype>

namespace dlint::frontends::shell {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::size_t closing_backtick(std::string_view s, std::size_t open) {
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '`') {
      return i;
    }
  }
  return s.size();
}

std::size_t closing_quote(std::string_view s, std::size_t open) {
  std::size_t close = s.find('\'', open + 1);
  return close == std::string_view::npos ? s.size() : close;
}

std::size_t closing_double_quote(std::string_view s, std::size_t open) {
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i;
    } else if (s[i] == '$' && i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '{')) {
      i = matching_close(s, i + 1);
    } else if (s[i] == '`') {
      i = closing_backtick(s, i);
    }
  }
  return s.size();
}

// Reads a `$...` expansion starting at s[i] == '$'; appends it verbatim to `value`, records substitutions.
std::size_t read_dollar(std::string_view s, std::size_t i, WordParts& parts, bool& expanded) {
  expanded = false;
  std::size_t start = i;
  if (i + 1 >= s.size()) {
    parts.value.push_back('$');  // a lone '$' is literal
    return i + 1;
  }
  char next = s[i + 1];
  std::size_t end;
  if (next == '(') {
    end = matching_close(s, i + 1);
    bool arithmetic = i + 2 < s.size() && s[i + 2] == '(';
    if (!arithmetic)
      parts.substitutions.push_back({static_cast<std::uint32_t>(i + 2), static_cast<std::uint32_t>(end)});
    end = end < s.size() ? end + 1 : end;
  } else if (next == '{') {
    end = matching_close(s, i + 1);
    end = end < s.size() ? end + 1 : end;
  } else if (is_name_char(next) && !std::isdigit(static_cast<unsigned char>(next))) {
    end = i + 1;
    while (end < s.size() && is_name_char(s[end])) ++end;
  } else if (std::isdigit(static_cast<unsigned char>(next)) || next == '@' || next == '*' || next == '#' ||
             next == '?' || next == '-' || next == '$' || next == '!') {
    end = i + 2;
  } else {
    parts.value.push_back('$');
    return i + 1;
  }
  parts.value.append(s.substr(start, end - start));
  parts.has_expansion = expanded = true;
  return end;
}

}  // namespace

std::size_t matching_close(std::string_view s, std::size_t open) {
  char open_char = s[open];
  char close_char = open_char == '(' ? ')' : '}';
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      ++i;
    } else if (c == '\'' && open_char == '(') {
      i = closing_quote(s, i);
    } else if (c == '"') {
      i = closing_double_quote(s, i);
    } else if (c == '`') {
      i = closing_backtick(s, i);
    } else if (c == open_char) {
      ++depth;
    } else if (c == close_char) {
      if (--depth == 0) return i;
    }
  }
  return s.size();
}

WordParts split_word(std::string_view s) {
  WordParts parts;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      parts.value.push_back(s[i + 1]);
      parts.quoted = true;
      i += 2;
    } else if (c == '\'') {
      std::size_t close = closing_quote(s, i);
      parts.value.append(s.substr(i + 1, close - i - 1));
      parts.quoted = true;
      i = close + 1;
    } else if (c == '$' && i + 1 < s.size() && s[i + 1] == '\'') {
      // $'...': ANSI-C quoting; the common escapes are resolved.
      std::size_t j = i + 2;
      for (; j < s.size() && s[j] != '\''; ++j) {
        if (s[j] == '\\' && j + 1 < s.size()) {
          char e = s[++j];
          parts.value.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
        } else {
          parts.value.push_back(s[j]);
        }
      }
      parts.quoted = true;
      i = j + 1;
    } else if (c == '"') {
      std::size_t close = closing_double_quote(s, i);
      parts.quoted = true;
      std::size_t j = i + 1;
      while (j < close) {
        char d = s[j];
        if (d == '\\' && j + 1 < close &&
            (s[j + 1] == '$' || s[j + 1] == '`' || s[j + 1] == '"' || s[j + 1] == '\\' || s[j + 1] == '\n')) {
          parts.value.push_back(s[j + 1]);
          j += 2;
        } else if (d == '$') {
          bool expanded = false;
          j = read_dollar(s.substr(0, close), j, parts, expanded);
        } else if (d == '`') {
          std::size_t end = closing_backtick(s, j);
          parts.substitutions.push_back({static_cast<std::uint32_t>(j + 1), static_cast<std::uint32_t>(end)});
          parts.value.append(s.substr(j, end + 1 - j));
          parts.has_expansion = true;
          j = end + 1;
        } else {
          parts.value.push_back(d);
          ++j;
        }
      }
      i = close + 1;
    } else if (c == '$') {
      bool expanded = false;
      i = read_dollar(s, i, parts, expanded);
      if (expanded) parts.unquoted_expansion = true;
    } else if (c == '`') {
      std::size_t end = closing_backtick(s, i);
      parts.substitutions.push_back({static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(end)});
      parts.value.append(s.substr(i, std::min(end + 1, s.size()) - i));
      parts.has_expansion = parts.unquoted_expansion = true;
      i = end + 1;
    } else if ((c == '<' || c == '>') && i + 1 < s.size() && s[i + 1] == '(') {
      std::size_t end = matching_close(s, i + 1);
      parts.substitutions.push_back({static_cast<std::uint32_t>(i + 2), static_cast<std::uint32_t>(end)});
      parts.value.append(s.substr(i, std::min(end + 1, s.size()) - i));
      parts.has_expansion = parts.unquoted_expansion = true;
      i = end + 1;
    } else {
      parts.value.push_back(c);
      ++i;
    }
  }
  return parts;
}

}  // namespace dlint::frontends::shell
