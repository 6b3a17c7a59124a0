// STYLE013: the comment right above a named FROM or a global ARG does not start with that name.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

std::string_view first_word(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_first_of(" \t", begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

class InvalidDefinitionDescription final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE013",
        .name = "invalid-definition-description",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "A comment above a stage or global ARG is not `# <name> <description>`",
        .rationale =
            "`docker buildx build --call=outline` and `--call=targets` show the comment directly above a named "
            "FROM or a global ARG as its description, but only when the comment starts with the stage or ARG "
            "name (`# build compiles the server`), following the Go doc-comment convention. A comment written "
            "differently is not shown. Off by default, as BuildKit's experimental InvalidDefinitionDescription "
            "is; turn it on where the outline is used.",
        .bad_example = "# compiles the server\nFROM golang:1.22 AS build\n",
        .good_example = "# build compiles the server\nFROM golang:1.22 AS build\n",
        .fixable = false,
        .aliases = {"InvalidDefinitionDescription"},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& comments = ctx.build->comments;
    auto comment_above = [&](const Span& span) -> const ir::Comment* {
      for (const auto& comment : comments) {
        if (comment.span.start.line + 1 == span.start.line) return &comment;
      }
      return nullptr;
    };
    auto check_one = [&](const Span& at, std::string_view kind, const std::vector<std::string_view>& names) {
      const ir::Comment* comment = comment_above(at);
      if (!comment || names.empty()) return;
      std::string_view word = first_word(comment->text);
      for (auto name : names) {
        if (word == name) return;
      }
      ctx.report(comment->span, concat({"the comment above this ", kind, " should start with its name: # ",
                                        names.front(), " <description>"}));
    };
    for (const auto& op : ctx.build->global_args) {
      std::vector<std::string_view> names;
      for (const auto& kv : op.as<ir::ArgOp>()->args) names.push_back(kv.key.value);
      check_one(op.span, "ARG", names);
    }
    for (const auto& stage : ctx.build->stages) {
      if (stage.name) check_one(stage.span, "stage", {stage.name->value});
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(InvalidDefinitionDescription);

}  // namespace dlint::rules
