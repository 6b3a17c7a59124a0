// BP008: MAINTAINER is deprecated; LABEL maintainer="..." replaces it.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// `LABEL maintainer="name"` with `"`, `$` and the escape character escaped so the value reads back as written.
std::string label_text(std::string_view keyword, std::string_view name, char escape) {
  const bool lower = std::all_of(keyword.begin(), keyword.end(),
                                 [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
  std::string out = lower ? "label maintainer=\"" : "LABEL maintainer=\"";
  for (char c : name) {
    if (c == '"' || c == '$' || c == escape) out.push_back(escape);
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

class MaintainerDeprecated final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP008",
        .name = "maintainer-deprecated",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "MAINTAINER is deprecated",
        .rationale =
            "MAINTAINER has been deprecated since Docker 1.13: it sets the image's Author field, which few "
            "tools read, and cannot carry anything else. A label is the supported way to record who maintains "
            "an image, is shown by `docker inspect` next to the other labels, and can be complemented by the "
            "standard `org.opencontainers.image.authors` key. The fix replaces `MAINTAINER x` with "
            "`LABEL maintainer=\"x\"`, escaping quotes, `$` and the escape character so the value stays as "
            "written.",
        .bad_example = "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
        .good_example = "FROM alpine:3.20\nLABEL maintainer=\"Jane Doe <jane@example.com>\"\n",
        .fixable = true,
        .aliases = {"DL4000", "MaintainerDeprecated", "DS022", "DS-0022", "CKV_DOCKER_6"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    auto visit = [&](const ir::Op& op) {
      const auto* maintainer = op.as<ir::MaintainerOp>();
      if (!maintainer) return;
      std::optional<Fix> fix;
      const ir::Text& name = maintainer->name;
      // Only a name written on the keyword's line: one split by continuations is left to the user.
      if (!name.value.empty() && name.span.end - name.span.begin == name.value.size() &&
          name.span.start.line == op.keyword.span.start.line) {
        fix = Fix{"replace with LABEL maintainer",
                  {TextEdit{op.keyword.span.begin, name.span.end,
                            label_text(op.keyword.value, name.value, ctx.build->escape)}},
                  true};
      }
      ctx.report(op.keyword.span, "MAINTAINER is deprecated; use LABEL maintainer=\"...\"", std::move(fix));
    };
    for (const auto& op : ctx.build->orphan_ops) visit(op);
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) visit(op);
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(MaintainerDeprecated);

}  // namespace dlint::rules
