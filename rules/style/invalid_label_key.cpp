// STYLE014: a LABEL key outside Docker's recommended format (lower-case reverse-DNS, no reserved prefix).
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool lower_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::string_view unquoted(std::string_view key) {
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front()) {
    return key.substr(1, key.size() - 2);
  }
  return key;
}

// Why `key` is not a recommended label key, or an empty view.
std::string_view problem(std::string_view key) {
  static constexpr std::array<std::string_view, 3> reserved{"com.docker.", "io.docker.", "org.dockerproject."};
  for (auto prefix : reserved) {
    if (key.substr(0, prefix.size()) == prefix) return "uses a namespace reserved for Docker";
  }
  for (char c : key) {
    if (!lower_or_digit(c) && c != '.' && c != '-') return "may hold only lower-case letters, digits, '.' and '-'";
  }
  if (key.front() < 'a' || key.front() > 'z') return "must start with a lower-case letter";
  if (!lower_or_digit(key.back())) return "must end with a lower-case letter or a digit";
  if (key.find("..") != std::string_view::npos || key.find("--") != std::string_view::npos) {
    return "must not repeat '.' or '-'";
  }
  return {};
}

class InvalidLabelKey final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE014",
        .name = "invalid-label-key",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "A LABEL key does not follow Docker's key format",
        .rationale =
            "Docker's guidelines ask for label keys in lower-case reverse-DNS notation "
            "(`org.opencontainers.image.source`, `com.example.team`), starting with a letter and ending with a "
            "letter or digit, without `..` or `--`, and outside the `com.docker.`, `io.docker.` and "
            "`org.dockerproject.` namespaces Docker reserves for itself. Tools that query labels (`docker ps "
            "--filter label=...`, orchestrators, scanners) expect that format. Keys built from variables are not "
            "judged.",
        .bad_example = "FROM alpine:3.20\nLABEL Maintainer=jane\n",
        .good_example = "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=jane\n",
        .fixable = false,
        .aliases = {"DL3048"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* label = op.as<ir::LabelOp>();
      if (!label) return;
      for (const auto& kv : label->labels) {
        std::string_view key = unquoted(kv.key.value);
        if (key.empty() || key.find('$') != std::string_view::npos) continue;
        std::string_view why = problem(key);
        if (why.empty()) continue;
        ctx.report(kv.key.span, concat({"label key '", key, "' ", why}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(InvalidLabelKey);

}  // namespace dlint::rules
