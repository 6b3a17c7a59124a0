// COR104: two services set the same container_name.
#include <map>

#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class DuplicateContainerName final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR104",
        .name = "duplicate-container-name",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "Two services set the same container_name",
        .rationale =
            "Container names are unique on a Docker host: the second service with the same "
            "`container_name` fails to start with a name conflict. Names that come from `${VAR}` are "
            "compared after interpolation.",
        .bad_example =
            "services:\n  a:\n    image: app:1\n    container_name: app\n  b:\n    image: app:1\n"
            "    container_name: app\n",
        .good_example =
            "services:\n  a:\n    image: app:1\n    container_name: app-a\n  b:\n    image: app:1\n"
            "    container_name: app-b\n",
        .fixable = false,
        .aliases = {"no-duplicate-container-names"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    std::map<std::string, const ir::Service*> seen;
    for (const auto& service : ctx.application->services) {
      if (!service.container_name || service.container_name->value.empty()) continue;
      auto [it, inserted] = seen.emplace(service.container_name->value, &service);
      if (inserted) continue;
      ctx.report(service.container_name->span, "container_name " + service.container_name->value +
                                                   " is also used by service " + it->second->name.value);
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(DuplicateContainerName);

}  // namespace dlint::rules
