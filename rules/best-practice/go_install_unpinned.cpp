// BP024: `go install module/cmd` without @version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class GoInstallUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP024",
        .name = "go-install-unpinned",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`go install` of a remote module without `@version` (or with `@latest`)",
        .rationale =
            "`go install golang.org/x/tools/gopls@latest` builds whatever was tagged last, so two builds of "
            "the same Dockerfile install different tools. Outside a module, `go install` without any version "
            "fails outright. Name a version (`@v0.16.1`) or a commit. Packages of the module being built "
            "(`./cmd/...`) and standard-library commands are not judged.",
        .bad_example = "RUN go install golang.org/x/tools/gopls@latest\n",
        .good_example = "RUN go install golang.org/x/tools/gopls@v0.16.1\n",
        .aliases = {"DL3062"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Go && call.subcommand_name() == "install";
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(GoInstallUnpinned);

}  // namespace dlint::rules
