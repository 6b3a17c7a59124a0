// SIZE021: the final image gets many layers from this Dockerfile.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

constexpr std::size_t layer_limit = 30;

class TooManyLayers final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE021",
        .name = "too-many-layers",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "The final image gets more than 30 layers from RUN, COPY and ADD",
        .rationale =
            "Each RUN, COPY and ADD of the final image adds a layer. Many small layers slow pulls and pushes "
            "(each is a separate download and extraction), and files deleted in a later layer still take space "
            "in the earlier one. Merge related RUNs, or move build work to a build stage and copy the result. "
            "Only the final image counts: the target stage and the stages it is built FROM; build stages may "
            "use as many layers as caching needs. Off by default.",
        .bad_example = "FROM alpine:3.20\nRUN apk add a\nRUN apk add b\n# ... 30 more\n",
        .good_example = "FROM alpine:3.20\nRUN apk add --no-cache a b\n",
        .fixable = false,
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || ctx.build->stages.empty()) return;
    const auto& build = *ctx.build;
    std::size_t target = build.stages.size() - 1;
    if (ctx.image && !ctx.image->stage_chain.empty()) target = ctx.image->stage_chain.front();
    std::size_t layers = 0;
    for (std::size_t stage : knowledge::stage_ancestry(build, target)) {
      for (const auto& op : build.stages[stage].ops) {
        if (op.kind == ir::OpKind::Run || op.kind == ir::OpKind::Copy || op.kind == ir::OpKind::Add) ++layers;
      }
    }
    if (layers <= layer_limit) return;
    ctx.report(build.stages[target].keyword.span,
               concat({"the final image gets ", std::to_string(layers),
                       " layers from RUN, COPY and ADD; merge related steps or build in a separate stage"}));
  }
};

}  // namespace

DLINT_REGISTER_RULE(TooManyLayers);

}  // namespace dlint::rules
