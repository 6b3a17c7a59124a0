// COR031: COPY/ADD of several sources to a destination that does not end in '/'.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/syntax_errors.hpp"

namespace dlint::rules {
namespace {

// `.`, `..`, `dir/.`: a directory even without the trailing slash (BuildKit copies into it).
bool names_directory(std::string_view path) {
  return path == "." || path == ".." || path.ends_with("/.") || path.ends_with("/..");
}

class CopySourcesToFile final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR031",
        .name = "copy-sources-to-file",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "COPY of several sources to a destination without a trailing /",
        .rationale =
            "When COPY or ADD is given more than one source, the destination must be a directory, written with "
            "a trailing `/`; otherwise the build fails (\"When using COPY with more than one source file, the "
            "destination must be a directory and end with a /\"). The fix adds the `/`. `.` and `..` name "
            "directories as they are. A destination built "
            "from a variable is not judged, since its value may end in `/`.",
        .bad_example = "FROM node:20-alpine\nCOPY package.json package-lock.json /app\n",
        .good_example = "FROM node:20-alpine\nCOPY package.json package-lock.json /app/\n",
        .fixable = true,
        .aliases = {"DL3021", "DS011", "DS-0011"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      if (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add) return;
      const auto* copy = op.as<ir::CopyOp>();
      if (!copy || copy->sources.size() < 2 || has_syntax_error(*ctx.build, op)) return;
      const ir::Text& dest = copy->destination;
      const std::string& path = dest.value;
      if (path.empty() || path.back() == '/' || path.back() == '\\' || path.find('$') != std::string::npos) return;
      if (names_directory(path)) return;
      std::optional<Fix> fix;
      if (!copy->json_form && dest.span.end - dest.span.begin == path.size()) {
        fix = insertion_fix("add a trailing /", dest.span.end, "/", true);
      }
      ctx.report(dest.span,
                 concat({"COPY of ", std::to_string(copy->sources.size()),
                         " sources needs a directory destination: ", path, "/"}),
                 std::move(fix));
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopySourcesToFile);

}  // namespace dlint::rules
