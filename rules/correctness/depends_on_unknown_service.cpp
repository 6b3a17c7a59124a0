// COR106: depends_on names a service the project does not define.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/compose.hpp"
#include "support/edit_distance.hpp"

namespace dlint::rules {
namespace {

class DependsOnUnknownService final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR106",
        .name = "depends-on-unknown-service",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "depends_on names a service that is not defined",
        .rationale =
            "docker compose refuses a project in which a service depends on one that does not exist "
            "(\"depends on undefined service\"). Services from override files, `include`d projects and "
            "`extends` bases count; the closest defined name is suggested.",
        .bad_example =
            "services:\n  web:\n    image: web:2\n    depends_on:\n      - databse\n  database:\n"
            "    image: postgres:16\n",
        .good_example =
            "services:\n  web:\n    image: web:2\n    depends_on:\n      - database\n  database:\n"
            "    image: postgres:16\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    std::vector<std::string> names;
    for (const auto& s : ctx.application->services) names.push_back(s.name.value);
    for_each_dependency(*ctx.application, [&](const ir::Service& service, const ir::Dependency& dep) {
      if (ctx.application->service(dep.service.value)) return;
      auto suggestion = closest_match(dep.service.value, names);
      ctx.report(dep.service.span, "service " + service.name.value + " depends on " + dep.service.value +
                                       ", which is not defined" +
                                       (suggestion ? "; did you mean " + *suggestion + "?" : ""));
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(DependsOnUnknownService);

}  // namespace dlint::rules
