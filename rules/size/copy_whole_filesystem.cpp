// SIZE020: `COPY --from=stage / /`: a whole filesystem copied over the image.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool root(std::string_view path) {
  return path == "/" || path == "/." || path == "/*";
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
            "Copying onto / from `scratch`-style stages made only to be exported is still reported; suppress "
            "it there.",
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
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      if (op.kind != ir::OpKind::Copy || op.flag("from") == nullptr) return;
      const auto* copy = op.as<ir::CopyOp>();
      if (!copy || !root(copy->destination.value)) return;
      for (const auto& source : copy->sources) {
        if (!root(source.value)) continue;
        ctx.report(source.span, concat({"COPY --from=", op.flag("from")->value ? op.flag("from")->value->value : "",
                                        " / / copies the whole filesystem; copy only the directories the image "
                                        "needs"}));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyWholeFilesystem);

}  // namespace dlint::rules
