// BP022: packages added with apk without a version (off by default).
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class ApkUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP022",
        .name = "apk-unpinned",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "package installed with `apk add` without a version (`name=version`)",
        .rationale =
            "Without a version, `apk add curl` installs whatever the Alpine mirror has that day. Pinning "
            "(`curl=8.9.1-r2`, or the fuzzier `curl~8.9`) makes builds repeatable, but Alpine removes "
            "superseded package versions from its mirrors, so an exact pin fails the build within weeks; that "
            "is why this rule is off by default and at info level. Enable it for images rebuilt against a "
            "pinned repository snapshot. Local .apk files, paths and package lists in variables that cannot "
            "be resolved are not judged.",
        .bad_example = "RUN apk add --no-cache curl\n",
        .good_example = "RUN apk add --no-cache curl~8.9\n",
        .aliases = {"DL3018"},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Alpine;
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ApkUnpinned);

}  // namespace dlint::rules
