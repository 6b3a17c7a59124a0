// COR109: a service has neither `image` nor `build`.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ServiceWithoutImageOrBuild final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR109",
        .name = "service-without-image-or-build",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "A service has neither `image` nor `build`",
        .rationale =
            "docker compose cannot create a container without knowing what it runs: \"has neither an image "
            "nor a build context specified\". The check runs after override files, `extends` and "
            "`include` are merged, so a service completed by an override file is fine. A service that "
            "only takes a `provider:` is not a container and is not checked.",
        .bad_example = "services:\n  worker:\n    command: [\"run\"]\n",
        .good_example = "services:\n  worker:\n    image: worker:3.1\n    command: [\"run\"]\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.image || service.build || service.provider || service.partial) continue;
      ctx.report(service.name.span, "service " + service.name.value + " has neither an image nor a build");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ServiceWithoutImageOrBuild);

}  // namespace dlint::rules
