// BP020: packages installed with pip without a version.
#include "rules/support/unpinned_packages.hpp"

namespace dlint::rules {
namespace {

class PipUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP020",
        .name = "pip-unpinned",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "package installed with `pip install` without a version (`name==version`)",
        .rationale =
            "`pip install flask` installs whatever version is newest on the day the layer is built, so the "
            "same Dockerfile builds different images and a new major release can break a rebuild. Pin each "
            "package (`flask==3.0.3`; any PEP 440 specifier is accepted), or install from a requirements or "
            "constraints file (`-r`, `-c`), which this rule does not second-guess. Local paths, `.`, archives, "
            "wheels, URLs and VCS references are not judged. Package lists in ENV or ARG variables are read "
            "from the variable's value.",
        .bad_example = "RUN pip install --no-cache-dir flask\n",
        .good_example = "RUN pip install --no-cache-dir flask==3.0.3\n",
        .aliases = {"DL3013"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_unpinned_packages(ctx, [](const knowledge::PackageManagerCall& call) {
      return call.manager->ecosystem == knowledge::Ecosystem::Python &&
             !call.has_option({"r", "requirement", "c", "constraint"});
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PipUnpinned);

}  // namespace dlint::rules
