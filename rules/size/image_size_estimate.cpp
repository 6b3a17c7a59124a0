// SIZE180: the estimated size of the final image, with where the bytes come from.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/image_size.hpp"

namespace dlint::rules {
namespace {

class ImageSizeEstimateRule final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE180",
        .name = "image-size-estimate",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "Reports the estimated size of the final image and what it is made of (off by default)",
        .rationale =
            "A static estimate of the image `docker build` produces: the base image from a table of "
            "registry-reported sizes (or by family and variant), apt packages from Debian's own package "
            "metadata (the dependency closure minus what the base already has), apk, pip and npm installs and "
            "downloads by stated averages, COPY and ADD from the build context on disk, and COPY --from by "
            "what the source stage is known to have produced. Only the stages the final stage is built from "
            "count. Where a figure is uncertain the estimate is a range. The finding sits on the final FROM; "
            "the same estimate, per stage and per layer, is in the JSON report's `images` array. It is off by "
            "default because it is a measurement, not a problem: enable it with `rules: {SIZE180: on}` in "
            ".dlint.yaml. docs/size-estimates.md describes the method and its accuracy.",
        .bad_example = "FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        .good_example = "FROM node:22-slim\nCOPY server.js /app/\n",
        .fixable = false,
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.image_size || ctx.build->stages.empty()) return;
    const auto& estimate = *ctx.image_size;
    const auto& final_stage = estimate.final();
    const ir::Stage& stage = ctx.build->stages[estimate.final_stage];
    std::string total = knowledge::format_range(final_stage.total);
    std::string message = final_stage.complete
                              ? "estimated final image size " + total
                              : "estimated final image size at least " + total +
                                    " (the base image's size is unknown: " + final_stage.base.source + ")";
    message += ": " + estimate.breakdown(estimate.final_stage);
    ctx.report(stage.base_text.span, std::move(message));
  }
};

}  // namespace

DLINT_REGISTER_RULE(ImageSizeEstimateRule);

}  // namespace dlint::rules
