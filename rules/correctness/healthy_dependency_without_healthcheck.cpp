// COR107: `condition: service_healthy` on a service that has no healthcheck.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "ir/image_config.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

// Whether the image a service builds declares a HEALTHCHECK (nullopt: not known).
std::optional<bool> built_image_has_healthcheck(const ir::Service& service) {
  if (!service.build || !service.build->definition) return std::nullopt;
  std::optional<std::size_t> target;
  if (service.build->target) target = service.build->definition->stage_index(service.build->target->value);
  auto image = ir::derive_image_config(*service.build->definition, target);
  if (!image) return std::nullopt;
  return image->healthcheck != nullptr;
}

class HealthyDependencyWithoutHealthcheck final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR107",
        .name = "healthy-dependency-without-healthcheck",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "depends_on waits for service_healthy, but that service has no healthcheck",
        .rationale =
            "`condition: service_healthy` waits until the dependency reports healthy. A container with no "
            "healthcheck never does, so `docker compose up` fails with \"container has no healthcheck "
            "configured\". Give the dependency a `healthcheck:` in the compose file, or build it from a "
            "Dockerfile with HEALTHCHECK. When the dependency builds from a Dockerfile dlint can read, the "
            "Dockerfile's HEALTHCHECK counts; an image used only by name is assumed to have none, as with "
            "most official images.",
        .bad_example =
            "services:\n  web:\n    image: web:2\n    depends_on:\n      db:\n        condition: "
            "service_healthy\n  db:\n    image: postgres:16\n",
        .good_example =
            "services:\n  web:\n    image: web:2\n    depends_on:\n      db:\n        condition: "
            "service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: "
            "[\"CMD\", \"pg_isready\"]\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for_each_dependency(*ctx.application, [&](const ir::Service& service, const ir::Dependency& dep) {
      if (!waits_with(dep, "service_healthy")) return;
      const ir::Service* target = ctx.application->service(dep.service.value);
      if (!target) return;
      if (target->healthcheck && !target->healthcheck->disabled) return;
      if (target->healthcheck && target->healthcheck->disabled) {
        ctx.report(dep.condition->span, "service " + service.name.value + " waits for " + target->name.value +
                                            " to be healthy, but its healthcheck is disabled");
        return;
      }
      if (built_image_has_healthcheck(*target).value_or(false)) return;
      ctx.report(dep.condition->span, "service " + service.name.value + " waits for " + target->name.value +
                                          " to be healthy, but " + target->name.value + " has no healthcheck");
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(HealthyDependencyWithoutHealthcheck);

}  // namespace dlint::rules
