// BP025: packages installed with yum, dnf or microdnf without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class RpmPackageUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP025",
        .name = "rpm-package-unpinned",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "package installed with yum, dnf or microdnf without a version (`name-version`)",
        .rationale =
            "Without a version, `dnf install -y httpd` installs whatever the repositories offer on the day "
            "of the build. Pinning (`httpd-2.4.57`) makes builds repeatable and changes visible in review. "
            "The default severity is info rather than hadolint's warning: repositories drop old builds, so "
            "pins need upkeep. Groups (`@core`), local .rpm files, paths and URLs are not judged.",
        .bad_example = "RUN dnf install -y httpd && dnf clean all\n",
        .good_example = "RUN dnf install -y httpd-2.4.57 && dnf clean all\n",
        .aliases = {"DL3033", "DL3041"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::RedHat && call.subcommand_name() != "localinstall";
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RpmPackageUnpinned);

}  // namespace dlint::rules
