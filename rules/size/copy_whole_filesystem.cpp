// SIZE020: `COPY --from=stage / /`: a whole filesystem copied over the image.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/bundle_images.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool root(std::string_view path) {
  return path == "/" || path == "/." || path == "/*";
}

// A source made to be copied whole: a stage built up FROM scratch (it holds only what was put in it), or an
// image published as a bundle (tonistiigi/xx and the like), directly or as the base of the named stage.
bool bundle(const ir::BuildDefinition& build, std::string_view from, std::size_t stage) {
  if (auto index = build.stage_index(from, stage)) {
    const ir::ImageRef& base = knowledge::external_base(build, *index);
    return base.scratch || knowledge::is_bundle_image(base);
  }
  return knowledge::is_bundle_image(ir::ImageRef::parse(from));
}

class CopyWholeFilesystem final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE020",
        .name = "copy-whole-filesystem",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "COPY --from copies a whole filesystem onto /",
        .rationale =
            "`COPY --from=build / /` lays the other stage's entire filesystem (its package manager, caches, "
            "build tools, /etc) over the image: the multi-stage build no longer keeps build-only files out, the "
            "image grows by everything the stage holds, and files of the base (passwd, certificates) are "
            "silently replaced. Copy the directories the image needs (`COPY --from=build /out/app /app`). "
            "Not reported: a stage built FROM scratch (it holds only what was deliberately put there), and "
            "images published to be copied whole, such as tonistiigi/xx and docker/buildx-bin, directly or as "
            "the base of the named stage.",
        .bad_example =
            "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build / /\n",
        .good_example =
            "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app "
            "/app\n",
        .fixable = false,
        .aliases = {"DL3067"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& build = *ctx.build;
    for_each_op(build, [&](const ir::Op& op, std::size_t stage) {
      const ir::Flag* from = op.flag("from");
      if (op.kind != ir::OpKind::Copy || from == nullptr || !from->value) return;
      const auto* copy = op.as<ir::CopyOp>();
      if (!copy || !root(copy->destination.value)) return;
      if (bundle(build, from->value->value, stage)) return;
      for (const auto& source : copy->sources) {
        if (!root(source.value)) continue;
        ctx.report(source.span, concat({"COPY --from=", from->value->value,
                                        " / / copies the whole filesystem; copy only the directories the image "
                                        "needs"}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyWholeFilesystem);

}  // namespace dlint::rules
