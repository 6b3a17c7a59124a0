// COR103: a service builds from a context directory or Dockerfile that does not exist.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ComposeBuildContextMissing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR103",
        .name = "compose-build-context-missing",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "A service's build context or Dockerfile does not exist",
        .rationale =
            "`docker compose build` fails when the `build.context` directory is missing or the Dockerfile "
            "in it (`build.dockerfile`, default `Dockerfile`, relative to the context) is not there. Remote "
            "contexts (git URLs, tarballs) and `dockerfile_inline` are not checked, nor is anything when "
            "the compose file is read from standard input.",
        .bad_example = "services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.prod\n",
        .good_example = "services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (!service.build) continue;
      const ir::ServiceBuild& build = *service.build;
      if (build.context_found == false) {
        ctx.report(build.context.span, "service " + service.name.value + " builds from " + build.context.value +
                                           ", which is not a directory");
      } else if (build.dockerfile_found == false) {
        const Span& span = build.dockerfile ? build.dockerfile->span : build.context.span;
        ctx.report(span,
                   "service " + service.name.value + " builds " + build.dockerfile_path + ", which does not exist");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeBuildContextMissing);

}  // namespace dlint::rules
