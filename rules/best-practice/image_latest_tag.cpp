// BP003: FROM an image pinned to the moving :latest tag.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/variable_expansion.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/image_refs.hpp"

namespace dlint::rules {
namespace {

// The tag `pinned-tags` names for this image: keys are image names as a user writes them ("node",
// "docker.io/library/node" and "library/node" are one image).
const std::string* pinned_tag(const Config& config, const ir::ImageRef& image) {
  for (const auto& [name, tag] : config.pinned_tags) {
    ir::ImageRef key = ir::ImageRef::parse(name);
    if (key.registry == image.registry && key.repository == image.repository) return &tag;
  }
  return nullptr;
}

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
            "(`image:latest@sha256:...`) is pinned by the digest and is not reported. `FROM ${BASE}` is judged by "
            "the value the ARGs before the first FROM (or the config's `build-args`) give it. `dlint fix` replaces "
            "`latest` with the tag that `pinned-tags` in `.dlint.yaml` names for the image (`pinned-tags: {node: "
            "\"20.11-bookworm\"}`); without one there is nothing it could know to write.",
        .bad_example = "FROM node:latest\nRUN npm ci\n",
        .good_example = "FROM node:20-alpine\nRUN npm ci\n",
        .fixable = true,
        .aliases = {"DL3007", "DS001", "DS-0001", "CKV_DOCKER_7"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      if (stage.base_stage) continue;
      // `FROM ${BASE}` is judged by what the global ARGs (and the config's build-args) make of it.
      auto resolved = knowledge::resolved_base(*ctx.build, stage, ctx.config().build_args);
      const ir::ImageRef& image = resolved ? resolved->image : stage.base;
      if (!image.latest() || image.pinned_by_digest() || (!resolved && image.has_variable)) continue;
      if (resolved && stage.base.tag.find('$') != std::string::npos) {
        ctx.report(stage.base_text.span, concat({"`", stage.base_text.value, "` resolves to `", resolved->text,
                                                 "`, the :latest tag, which moves with every release; default "
                                                 "the ARG to a version tag"}));
        continue;
      }
      Span tag = tag_span(ctx.file(), stage.base_text);
      std::optional<Fix> fix;
      const std::string* pinned = pinned_tag(ctx.config(), stage.base);
      // Only a tag written literally on the line can be replaced in place.
      if (pinned && tag.end - tag.begin == 6 && ctx.file().text().substr(tag.begin, 6) == "latest") {
        // Safe: the replacement is the tag the project's own config chose for this image.
        fix = Fix{
            concat({"pin ", stage.base.short_name(), " to ", *pinned}), {TextEdit{tag.begin, tag.end, *pinned}}, true};
      }
      ctx.report(tag,
                 concat({"`", stage.base_text.value,
                         "` uses the :latest tag, which moves with every release; name a version tag"}),
                 std::move(fix));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ImageLatestTag);

}  // namespace dlint::rules
