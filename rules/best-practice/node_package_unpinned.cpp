// BP021: packages added with npm, yarn or pnpm without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class NodePackageUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP021",
        .name = "node-package-unpinned",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "package named to `npm install` (or `yarn add`, `pnpm add`) without `@version`",
        .rationale =
            "A package named on the command line bypasses the project's lockfile: `npm install -g typescript` "
            "installs the newest release on the day of the build. Pin it (`typescript@5.4.5`). `@latest` and "
            "`@next` are tags, not versions. A plain `npm install` / `npm ci` (which read package.json and the "
            "lockfile), local paths, tarballs, git and GitHub references are not judged.",
        .bad_example = "RUN npm install -g typescript\n",
        .good_example = "RUN npm install -g typescript@5.4.5\n",
        .aliases = {"DL3016"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Node;
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(NodePackageUnpinned);

}  // namespace dlint::rules
