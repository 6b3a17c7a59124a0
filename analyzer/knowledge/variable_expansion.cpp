#include "knowledge/variable_expansion.hpp"

#include <cctype>

namespace dlint::knowledge {
namespace {

constexpr int max_depth = 8;  // `${A:-${B:-${C}}}` nests; bound it so no input can recurse deeply

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Index of the '}' closing the `${` whose body starts at `from`, counting nested braces.
std::size_t closing_brace(std::string_view s, std::size_t from, char escape) {
  int depth = 1;
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] == escape) {
      ++i;
    } else if (s[i] == '{') {
      ++depth;
    } else if (s[i] == '}' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

void expand_into(std::string_view s, const VariableLookup& lookup, char escape, int depth, Expansion& out) {
  if (depth > max_depth) {
    out.complete = false;
    return;
  }
  bool in_single = false;
  bool in_double = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == escape && !in_single && i + 1 < s.size()) {
      out.value.push_back(s[++i]);  // the escape makes the next character literal and goes away
      continue;
    }
    if (c == '\'' && !in_double) {
      in_single = !in_single;
      continue;
    }
    if (c == '"' && !in_single) {
      in_double = !in_double;
      continue;
    }
    if (c != '$' || in_single || i + 1 >= s.size()) {
      out.value.push_back(c);
      continue;
    }
    if (s[i + 1] != '{') {
      std::size_t j = i + 1;
      while (j < s.size() && name_char(s[j])) ++j;
      if (j == i + 1) {
        out.value.push_back(c);
        continue;
      }
      auto value = lookup(s.substr(i + 1, j - i - 1));
      if (value) {
        out.value += *value;
      } else {
        out.complete = false;
      }
      i = j - 1;
      continue;
    }
    std::size_t close = closing_brace(s, i + 2, escape);
    if (close == std::string_view::npos) {  // unterminated: Docker rejects it; keep the text
      out.value.append(s.substr(i));
      out.complete = false;
      return;
    }
    std::string_view body = s.substr(i + 2, close - i - 2);
    std::size_t n = 0;
    while (n < body.size() && name_char(body[n])) ++n;
    std::string_view name = body.substr(0, n);
    std::string_view rest = body.substr(n);
    auto value = lookup(name);
    bool colon = !rest.empty() && rest[0] == ':';
    if (colon) rest.remove_prefix(1);
    char op = rest.empty() ? '\0' : rest[0];
    std::string_view operand = rest.empty() ? rest : rest.substr(1);
    // `:` makes an empty value count as unset.
    bool set = value && (!colon || !value->empty());
    if (op == '-') {
      if (set) {
        out.value += *value;
      } else {
        expand_into(operand, lookup, escape, depth + 1, out);
      }
    } else if (op == '+') {
      if (set) expand_into(operand, lookup, escape, depth + 1, out);
    } else if (op == '?') {
      if (set) {
        out.value += *value;
      } else {
        out.error = std::string(operand.empty() ? name : operand);
        if (operand.empty()) out.error->append(": parameter not set");
        out.complete = false;
      }
    } else if (value) {
      out.value += *value;
    } else {
      out.complete = false;
    }
    i = close;
  }
}

}  // namespace

Expansion expand_variables(std::string_view word, const VariableLookup& lookup, char escape) {
  Expansion out;
  expand_into(word, lookup, escape, 0, out);
  return out;
}

std::optional<std::string> predefined_arg(std::string_view name) {
  if (name == "TARGETPLATFORM" || name == "BUILDPLATFORM") return std::string("linux/amd64");
  if (name == "TARGETOS" || name == "BUILDOS") return std::string("linux");
  if (name == "TARGETARCH" || name == "BUILDARCH") return std::string("amd64");
  if (name == "TARGETVARIANT" || name == "BUILDVARIANT") return std::string();
  return std::nullopt;
}

ArgValues global_arg_values(const ir::BuildDefinition& build,
                            const std::map<std::string, std::string, std::less<>>& build_args) {
  ArgValues values;
  auto lookup = [&](std::string_view name) -> std::optional<std::string> {
    if (auto it = values.find(name); it != values.end()) return it->second;
    return std::nullopt;
  };
  for (const auto& op : build.global_args) {
    const auto* arg = op.as<ir::ArgOp>();
    if (!arg) continue;
    for (const auto& kv : arg->args) {
      if (auto given = build_args.find(kv.key.value); given != build_args.end()) {
        values[kv.key.value] = given->second;
      } else if (kv.value) {
        Expansion e = expand_variables(kv.value->value, lookup, build.escape);
        values[kv.key.value] = e.complete ? std::optional<std::string>(e.value) : std::nullopt;
      } else {
        values.try_emplace(kv.key.value, std::nullopt);
      }
    }
  }
  return values;
}

std::optional<ResolvedBase> resolved_base(const ir::BuildDefinition& build, const ir::Stage& stage,
                                          const std::map<std::string, std::string, std::less<>>& build_args) {
  if (stage.base_text.value.find('$') == std::string::npos) return std::nullopt;
  ArgValues globals = global_arg_values(build, build_args);
  auto lookup = [&](std::string_view name) -> std::optional<std::string> {
    if (auto it = globals.find(name); it != globals.end()) return it->second;
    return predefined_arg(name);
  };
  Expansion e = expand_variables(stage.base_text.value, lookup, build.escape);
  if (!e.complete || e.error) return std::nullopt;
  return ResolvedBase{e.value, ir::ImageRef::parse(e.value)};
}

}  // namespace dlint::knowledge
