// SEC104: a service does not set `no-new-privileges`.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

bool sets_no_new_privileges(const ir::Service& service) {
  for (const auto& opt : service.security_opt) {
    std::string v = ascii_lower(opt.value);
    if (v == "no-new-privileges" || v == "no-new-privileges:true" || v == "no-new-privileges=true") return true;
  }
  return false;
}

class NoNewPrivilegesMissing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC104",
        .name = "no-new-privileges-missing",
        .family = "security",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A service does not set `security_opt: [no-new-privileges:true]`",
        .rationale =
            "Without no-new-privileges a process in the container can gain privileges through setuid or "
            "setcap binaries (su, sudo, ping on older images), which is the usual second step of an "
            "attack. The flag costs nothing for services that do not switch users at run time.",
        .bad_example = "services:\n  api:\n    image: api:1.4\n",
        .good_example = "services:\n  api:\n    image: api:1.4\n    security_opt:\n      - no-new-privileges:true\n",
        .fixable = false,
        .aliases = {"no_new_privileges_not_set"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.provider || sets_no_new_privileges(service)) continue;
      ctx.report(service.name.span,
                 "service " + service.name.value + " does not set `no-new-privileges:true` in security_opt");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(NoNewPrivilegesMissing);

}  // namespace dlint::rules
