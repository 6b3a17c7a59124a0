// SEC105: seccomp or AppArmor confinement switched off, or SELinux labeling disabled.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

class UnconfinedSecurityProfile final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC105",
        .name = "unconfined-security-profile",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "seccomp or AppArmor is unconfined, or SELinux labeling is disabled",
        .rationale =
            "Docker's default seccomp profile blocks about 40 system calls that containers do not need "
            "and that kernel exploits use; its AppArmor profile keeps a container away from /proc and "
            "/sys internals. `seccomp:unconfined`, `apparmor:unconfined`, `label:disable` and "
            "`systempaths=unconfined` take those walls down. Write a profile that allows the extra call "
            "instead.",
        .bad_example = "services:\n  app:\n    image: app:1\n    security_opt:\n      - seccomp:unconfined\n",
        .good_example =
            "services:\n  app:\n    image: app:1\n    security_opt:\n      - "
            "seccomp:./seccomp-app.json\n",
        .fixable = false,
        .aliases = {"default_seccomp_profile_disabled"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      for (const auto& opt : service.security_opt) {
        std::string v = ascii_lower(opt.value);
        for (char& c : v) {
          if (c == '=') c = ':';
        }
        std::string_view what;
        if (v == "seccomp:unconfined") what = "turns off the seccomp filter";
        if (v == "apparmor:unconfined") what = "turns off AppArmor confinement";
        if (v == "label:disable") what = "turns off SELinux labeling";
        if (v == "systempaths:unconfined") what = "unmasks /proc and /sys paths";
        if (what.empty()) continue;
        ctx.report(opt.span, "service " + service.name.value + " " + std::string(what) + " (" + opt.value + ")");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(UnconfinedSecurityProfile);

}  // namespace dlint::rules
