// BP023: gems installed without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class GemUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP023",
        .name = "gem-unpinned",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "gem installed with `gem install` without a version (`name:version` or `-v`)",
        .rationale =
            "`gem install bundler` installs the newest release on the day of the build, so rebuilds differ "
            "and a major release can break them. Give the version, as `bundler:2.5.10` or with "
            "`-v 2.5.10`. Local .gem files are not judged.",
        .bad_example = "RUN gem install bundler\n",
        .good_example = "RUN gem install bundler:2.5.10\n",
        .aliases = {"DL3028"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Ruby;
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(GemUnpinned);

}  // namespace dlint::rules
