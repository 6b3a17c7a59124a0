// BP026: packages installed with zypper without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class ZypperUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP026",
        .name = "zypper-unpinned",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "package installed with `zypper install` without a version (`name=version`)",
        .rationale =
            "Without a version, `zypper install -y curl` installs whatever the repositories offer on the day "
            "of the build. Pin it (`curl=8.6.0`, or a range such as `curl>=8.6`). Info rather than warning: "
            "repositories drop old builds, so exact pins need upkeep. Patterns and other capabilities "
            "(`pattern:devel_basis`), local .rpm files and paths are not judged.",
        .bad_example = "RUN zypper install -y curl && zypper clean\n",
        .good_example = "RUN zypper install -y curl=8.6.0 && zypper clean\n",
        .aliases = {"DL3037"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      if (call.manager->ecosystem != knowledge::Ecosystem::Suse) return false;
      // `-t pattern x`, `-t patch x`: the operands are not packages.
      const auto* type = call.find_option({"t", "type"});
      return type == nullptr || type->value == "package";
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ZypperUnpinned);

}  // namespace dlint::rules
