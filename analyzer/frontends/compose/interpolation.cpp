#include "frontends/compose/interpolation.hpp"

#include <cstdint>

namespace dlint::compose {
namespace {

bool name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9');
}

class Interpolator {
 public:
  Interpolator(const Variables& variables, Interpolated& out) : variables_(variables), out_(out) {}

  // Appends the expansion of text to `result`; depth bounds nested defaults.
  void expand(std::string_view text, std::string& result, int depth) {
    std::size_t i = 0;
    while (i < text.size()) {
      char c = text[i];
      if (c != '$') {
        result += c;
        ++i;
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '$') {
        result += '$';
        out_.substituted = true;
        i += 2;
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '{') {
        std::size_t close = matching_brace(text, i + 2);
        if (close == std::string_view::npos) {
          fail("`${` without a closing `}` in \"" + std::string(text) + "\"");
          result += text.substr(i);
          return;
        }
        braced(text.substr(i + 2, close - i - 2), result, depth);
        out_.substituted = true;
        i = close + 1;
        continue;
      }
      if (i + 1 < text.size() && name_start(text[i + 1])) {
        std::size_t j = i + 1;
        while (j < text.size() && name_char(text[j])) ++j;
        std::string name(text.substr(i + 1, j - i - 1));
        if (auto value = lookup(name)) {
          result += *value;
        } else {
          unset(name);
        }
        out_.substituted = true;
        i = j;
        continue;
      }
      result += c;  // a lone `$` stays as written
      ++i;
    }
  }

 private:
  static std::size_t matching_brace(std::string_view text, std::size_t from) {
    int depth = 1;
    for (std::size_t i = from; i < text.size(); ++i) {
      if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
        ++depth;
        ++i;
      } else if (text[i] == '}' && --depth == 0) {
        return i;
      }
    }
    return std::string_view::npos;
  }

  std::optional<std::string> lookup(const std::string& name) const {
    auto it = variables_.find(name);
    if (it == variables_.end()) return std::nullopt;
    return it->second;
  }

  std::string unset(const std::string& name) {
    for (const auto& u : out_.unset) {
      if (u == name) return "";
    }
    out_.unset.push_back(name);
    return "";
  }

  void fail(std::string message) {
    if (!out_.error) out_.error = std::move(message);
  }

  void braced(std::string_view inner, std::string& result, int depth) {
    std::size_t j = 0;
    while (j < inner.size() && name_char(inner[j])) ++j;
    std::string name(inner.substr(0, j));
    if (name.empty() || !name_start(name[0])) {
      fail("`${" + std::string(inner) + "}` is not a valid variable reference");
      return;
    }
    std::optional<std::string> value = lookup(name);
    if (j == inner.size()) {
      if (value) {
        result += *value;
      } else {
        unset(name);
      }
      return;
    }
    bool colon = inner[j] == ':';
    std::size_t op_at = colon ? j + 1 : j;
    if (op_at >= inner.size()) {
      fail("`${" + std::string(inner) + "}` is not a valid variable reference");
      return;
    }
    char op = inner[op_at];
    std::string_view arg = inner.substr(op_at + 1);
    // With a colon, an empty value counts as unset.
    bool has = value && (!colon || !value->empty());
    auto nested = [&](std::string_view text) {
      std::string expanded;
      if (depth < 16) expand(text, expanded, depth + 1);
      return expanded;
    };
    switch (op) {
      case '-': result += has ? *value : nested(arg); return;
      case '+': result += has ? nested(arg) : ""; return;
      case '?':
        if (has) {
          result += *value;
        } else {
          std::string message = nested(arg);
          if (!out_.required) {
            out_.required =
                "required variable " + name + " is missing a value" + (message.empty() ? "" : ": " + message);
          }
        }
        return;
      default: fail("`${" + std::string(inner) + "}` is not a valid variable reference"); return;
    }
  }

  const Variables& variables_;
  Interpolated& out_;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Interpolated interpolate(std::string_view text, const Variables& variables) {
  Interpolated out;
  if (text.find('$') == std::string_view::npos) {
    out.value = std::string(text);
    return out;
  }
  Interpolator(variables, out).expand(text, out.value, 0);
  return out;
}

std::vector<EnvFileEntry> parse_env_file(std::string_view text) {
  std::vector<EnvFileEntry> out;
  std::size_t pos = 0;
  std::uint32_t line = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    ++line;
    std::string_view raw = trim(text.substr(pos, eol - pos));
    std::size_t next = eol + 1;
    if (raw.empty() || raw[0] == '#') {
      pos = next;
      continue;
    }
    if (raw.substr(0, 7) == "export ") raw = trim(raw.substr(7));
    std::size_t eq = raw.find('=');
    EnvFileEntry entry;
    entry.line = line;
    if (eq == std::string_view::npos) {
      entry.key = std::string(raw);
      out.push_back(std::move(entry));
      pos = next;
      continue;
    }
    entry.key = std::string(trim(raw.substr(0, eq)));
    std::size_t value_at = pos + (raw.data() - (text.data() + pos)) + eq + 1;
    while (value_at < eol && (text[value_at] == ' ' || text[value_at] == '\t')) ++value_at;
    std::string value;
    if (value_at < text.size() && (text[value_at] == '"' || text[value_at] == '\'')) {
      char quote = text[value_at];
      std::size_t i = value_at + 1;
      while (i < text.size() && text[i] != quote) {
        if (quote == '"' && text[i] == '\\' && i + 1 < text.size()) {
          char e = text[i + 1];
          value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
          i += 2;
          continue;
        }
        if (text[i] == '\n') ++line;
        value += text[i++];
      }
      next = text.find('\n', i);
      next = next == std::string_view::npos ? text.size() : next + 1;
    } else {
      std::string_view rest = text.substr(value_at, eol - value_at);
      std::size_t hash = rest.find(" #");
      if (hash != std::string_view::npos) rest = rest.substr(0, hash);
      value = std::string(trim(rest));
    }
    entry.value = std::move(value);
    out.push_back(std::move(entry));
    pos = next;
  }
  return out;
}

}  // namespace dlint::compose
