#include "rules/support/package_operands.hpp"

#include "knowledge/stage_env.hpp"
#include "rules/support/variable_references.hpp"

namespace dlint::rules {

namespace {

// The word's text with its variable references substituted; nullopt when one cannot be resolved.
std::optional<std::string> substitute(const ir::BuildDefinition& build, const RunInstruction& run,
                                      const ir::ShellWord& word) {
  std::string_view text = word.value;
  std::string out;
  std::size_t at = 0;
  for (const auto& ref : variable_references(text)) {
    if (ref.has_fallback) return std::nullopt;
    auto env = knowledge::find_env(build, run.stage, &run.stage_op, ref.name);
    if (!env || !env->value) return std::nullopt;
    out.append(text.substr(at, ref.offset - at));
    out.append(knowledge::unquoted_value(*env->value));
    at = ref.offset + ref.length;
  }
  out.append(text.substr(at));
  // Whatever is left ($(...), `...`, $1) cannot be known here.
  if (out.find_first_of("$`") != std::string::npos) return std::nullopt;
  return out;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::vector<PackageOperand> package_operands(const ir::BuildDefinition& build, const RunInstruction& run,
                                             const knowledge::PackageManagerCall& call) {
  std::vector<PackageOperand> out;
  for (const ir::ShellWord* word : call.operands()) {
    if (!word->has_expansion) {
      out.push_back({word->value, word, false});
      continue;
    }
    auto value = substitute(build, run, *word);
    if (!value) continue;
    if (!word->unquoted_expansion) {
      out.push_back({*value, word, true});
      continue;
    }
    std::string_view rest = *value;
    while (!rest.empty()) {
      while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
      std::size_t end = 0;
      while (end < rest.size() && !is_blank(rest[end])) ++end;
      std::string_view token = rest.substr(0, end);
      rest.remove_prefix(end);
      if (token.empty() || token.front() == '-') continue;
      out.push_back({std::string(token), word, true});
    }
  }
  return out;
}

}  // namespace dlint::rules
