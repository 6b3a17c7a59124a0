// BP003: FROM an image pinned to the moving :latest tag.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/image_refs.hpp"

namespace dlint::rules {
namespace {

class ImageLatestTag final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP003",
        .name = "image-latest-tag",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "FROM an image with the :latest tag",
        .rationale =
            "`:latest` is not a version but a label that moves with every release, so writing it only looks "
            "pinned: the image changes under the Dockerfile without any edit, builds stop being reproducible, "
            "and a new major version can break them. Name the version the image was tested with "
            "(`node:20.15-alpine3.20`), or pin a digest. A reference that also carries a digest "
            "(`image:latest@sha256:...`) is pinned by the digest and is not reported.",
        .bad_example = "FROM node:latest\nRUN npm ci\n",
        .good_example = "FROM node:20-alpine\nRUN npm ci\n",
        .fixable = false,
        .aliases = {"DL3007", "DS001", "DS-0001"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      if (stage.base_stage || !stage.base.latest() || stage.base.pinned_by_digest()) continue;
      ctx.report(tag_span(ctx.file(), stage.base_text),
                 concat({"`", stage.base_text.value,
                         "` uses the :latest tag, which moves with every release; name a version tag"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ImageLatestTag);

}  // namespace dlint::rules
