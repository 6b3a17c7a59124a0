// BP101: a service has both `build` and `image` without saying which wins.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class BuildAndImage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP101",
        .name = "build-and-image",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A service has both `build` and `image` and no `pull_policy`",
        .rationale =
            "With both keys, `image` names what `build` produces, but `docker compose up` and `pull` may "
            "also try to pull that name from a registry, and a registry image of the same name then "
            "silently replaces the local build. Say what you mean with `pull_policy: build` (always "
            "build) or `pull_policy: missing`, or drop one of the keys.",
        .bad_example = "services:\n  api:\n    build: .\n    image: api:latest\n",
        .good_example = "services:\n  api:\n    build: .\n    image: api:latest\n    pull_policy: build\n",
        .fixable = false,
        .aliases = {"no-build-and-image"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (!service.build || !service.image || service.pull_policy) continue;
      ctx.report(service.image->span, "service " + service.name.value +
                                          " both builds and names an image; set pull_policy so a registry image "
                                          "of that name cannot replace the build");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(BuildAndImage);

}  // namespace dlint::rules
