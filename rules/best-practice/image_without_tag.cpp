// BP002: FROM an image without a tag or digest, which silently means :latest.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/variable_expansion.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// `FROM 0`: some builders (buildah, kaniko) read a number as the index of an earlier stage.
bool stage_number(std::string_view text, std::size_t current) {
  if (text.empty() || text.size() > 3) return false;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value < current;
}

class ImageWithoutTag final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP002",
        .name = "image-without-tag",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "FROM an image with no tag or digest",
        .rationale =
            "An image named without a tag is pulled as :latest, which is whatever the publisher pushed last: "
            "the same Dockerfile builds a different image next month, a new major version can break the build "
            "or the application, and nothing in the file records which version was tested. Name a tag (a "
            "version, ideally with the OS release: `python:3.12-slim-bookworm`), or pin a digest "
            "(`@sha256:...`) for fully reproducible builds. `scratch`, references to earlier stages (by name, "
            "or by number as buildah and kaniko allow) are not reported. An image built from variables (`FROM "
            "${BASE}`) is judged by the value the ARGs before the first FROM give it (a `build-args` entry of the "
            "config wins over the default); when a value is unknown it is not reported.",
        .bad_example = "FROM ubuntu\nRUN apt-get update\n",
        .good_example = "FROM ubuntu:24.04\nRUN apt-get update\n",
        .fixable = false,
        .aliases = {"DL3006"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      if (stage.base_stage) continue;
      // `FROM ${BASE}` is judged by what the global ARGs (and the config's build-args) make of it.
      if (auto resolved = knowledge::resolved_base(*ctx.build, stage, ctx.config().build_args)) {
        if (resolved->image.untagged() && !resolved->text.empty() &&
            !ctx.build->stage_index(resolved->text, stage.index)) {
          ctx.report(stage.base_text.span,
                     concat({"`", stage.base_text.value, "` resolves to `", resolved->text,
                             "`, which has no tag, so the build pulls whatever :latest is that day; default the "
                             "ARG to a version tag"}));
        }
        continue;
      }
      if (stage.base.has_variable || stage.base.scratch || !stage.base.untagged()) continue;
      if (stage.base_text.value.empty() || stage_number(stage.base_text.value, stage.index)) continue;
      ctx.report(stage.base_text.span,
                 concat({"`", stage.base_text.value,
                         "` has no tag, so the build pulls whatever :latest is that day; name a version tag"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ImageWithoutTag);

}  // namespace dlint::rules
