// BP053: `USER app` rather than a numeric UID.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool numeric(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

class UserByName final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP053",
        .name = "user-by-name",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "USER names a user instead of a numeric UID",
        .rationale =
            "Kubernetes' `runAsNonRoot` cannot verify a user given by name (the name could map to UID 0), so "
            "pods of such images are refused unless `runAsUser` is set too; a numeric UID (`USER 10001` or "
            "`USER 10001:10001`) is checked directly and works even where /etc/passwd is missing. Off by "
            "default: by-name USER is fine outside such clusters. A USER built from a variable is not judged.",
        .bad_example = "FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\n",
        .good_example = "FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\n",
        .fixable = false,
        .aliases = {"DL3066"},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* user = op.as<ir::UserOp>();
      if (!user || user->spec.value.empty() || user->spec.value.find('$') != std::string::npos) return;
      if (numeric(user->user) && (user->group.empty() || numeric(user->group))) return;
      ctx.report(user->spec.span,
                 concat({"USER ", user->spec.value, " names a user; a numeric UID lets runAsNonRoot verify it"}));
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(UserByName);

}  // namespace dlint::rules
