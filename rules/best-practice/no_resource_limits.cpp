// BP105: a service has no memory or CPU limit.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class NoResourceLimits final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP105",
        .name = "no-resource-limits",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "A service has no memory or CPU limit",
        .rationale =
            "A container without limits can take all of the host's memory (and the kernel's OOM killer "
            "then picks a victim, maybe another service) or all of its CPU. Set "
            "`deploy.resources.limits.memory` and `.cpus` (or the older `mem_limit` / `cpus`); both "
            "spellings are read, whatever the file's `version:`.",
        .bad_example = "services:\n  api:\n    image: api:1.4\n",
        .good_example =
            "services:\n  api:\n    image: api:1.4\n    deploy:\n      resources:\n        limits:\n"
            "          memory: 512M\n          cpus: \"1.0\"\n",
        .fixable = false,
        .aliases = {"memory_not_limited", "cpus_not_limited"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.provider) continue;
      std::string missing;
      if (!service.memory_limit) missing = "memory";
      if (!service.cpu_limit) missing += missing.empty() ? "CPU" : " or CPU";
      if (missing.empty()) continue;
      ctx.report(service.name.span,
                 "service " + service.name.value + " has no " + missing + " limit (deploy.resources.limits)");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(NoResourceLimits);

}  // namespace dlint::rules
