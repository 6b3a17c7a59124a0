// BP013: packages installed with apt-get without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class AptGetUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP013",
        .name = "apt-get-unpinned",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "package installed with `apt-get install` without a version (`name=version`)",
        .rationale =
            "Without a version, what `apt-get install curl` puts in the image depends on the day the layer is "
            "built, so two builds of the same Dockerfile can differ and a rebuild can break. Pinning "
            "(`curl=7.88.1-10+deb12u5`) makes the build repeatable and changes visible in review. The default "
            "severity is info rather than hadolint's warning: Debian mirrors drop superseded versions, so "
            "pins need upkeep and an outdated pin fails the build, which many projects rightly trade for "
            "security updates. Package lists in ENV or ARG variables ($PKGS) are read from the variable's value; "
            "variables set elsewhere, local .deb files, paths and `name/release` selections are not judged.",
        .bad_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        .good_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n",
        .fixable = false,
        .aliases = {"DL3008"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Debian;
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptGetUnpinned);

}  // namespace dlint::rules
