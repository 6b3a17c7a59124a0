// BP103: depends_on waits only for the dependency to start.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"

namespace dlint::rules {
namespace {

class DependencyWithoutCondition final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP103",
        .name = "dependency-without-condition",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "depends_on has no condition, so it waits only for the container to start",
        .rationale =
            "The list form of depends_on (and the map form without `condition:`) means "
            "`service_started`: compose starts the dependent service as soon as the dependency's "
            "container exists, before a database accepts connections. Use `condition: service_healthy` "
            "with a healthcheck on the dependency (or `service_completed_successfully` for one-shot "
            "jobs such as migrations).",
        .bad_example =
            "services:\n  web:\n    image: web:2\n    depends_on:\n      - db\n  db:\n    image: "
            "postgres:16\n",
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
      if (dep.condition) return;
      ctx.report(dep.service.span, "service " + service.name.value + " waits only for " + dep.service.value +
                                       " to start; add `condition: service_healthy` (or "
                                       "service_completed_successfully)");
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(DependencyWithoutCondition);

}  // namespace dlint::rules
