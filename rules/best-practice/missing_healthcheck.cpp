// BP001: the final image has no HEALTHCHECK.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"

namespace dlint::rules {
namespace {

class MissingHealthcheck final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP001",
        .name = "missing-healthcheck",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "The final image has no HEALTHCHECK",
        .rationale =
            "A HEALTHCHECK lets Docker (and Compose or Swarm, which act on it) tell a container that is running "
            "from one that is working: a server stuck in a deadlock stays `running` forever without one, and "
            "`depends_on: condition: service_healthy` has nothing to wait for. Only the final image counts - the "
            "target stage and the stages it is built FROM - so a HEALTHCHECK in a parent stage is inherited. "
            "`HEALTHCHECK NONE` says the check was left out on purpose (or turns off the base image's) and is "
            "not reported, nor is an image FROM scratch with no CMD or ENTRYPOINT (a files-only image that "
            "runs nothing by itself). Luakit scripts cannot declare a healthcheck (bk.export has no such option), so "
            "for them the finding says where the check has to go instead. Orchestrators with their own probes "
            "(Kubernetes ignores HEALTHCHECK) can turn "
            "this "
            "rule off.",
        .bad_example = "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n",
        .good_example =
            "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n"
            "HEALTHCHECK --interval=30s CMD curl -fsS http://localhost/ || exit 1\n",
        .fixable = false,
        .aliases = {"DL3057", "DS026", "DS-0026", "CKV_DOCKER_2"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.image || ctx.image->stage_chain.empty()) return;
    if (ctx.image->healthcheck != nullptr) return;
    // FROM scratch without CMD or ENTRYPOINT: nothing runs in it by itself, so there is nothing to check.
    if (ctx.image->base.scratch && ctx.image->cmd == nullptr && ctx.image->entrypoint == nullptr) return;
    const ir::Stage& target = ctx.build->stages[ctx.image->target_stage];
    if (ctx.luakit != nullptr) {
      // bk.export has no healthcheck option: the check has to live where the container is run.
      ctx.report(target.base_text.span,
                 "the exported image has no HEALTHCHECK, and Luakit's bk.export cannot declare one; define the "
                 "check where the container runs (a compose `healthcheck:`, an orchestrator probe)");
      return;
    }
    ctx.report(target.base_text.span,
               "the final image has no HEALTHCHECK; add one so Docker can tell when the container stops working "
               "(or HEALTHCHECK NONE to say it is left out on purpose)");
  }
};

}  // namespace

DLINT_REGISTER_RULE(MissingHealthcheck);

}  // namespace dlint::rules
