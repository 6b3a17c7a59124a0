// STYLE011: a blank line inside a `\` continuation.
#include <algorithm>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

void collect_heredocs(const ir::Op& op, std::vector<Span>& bodies) {
  if (const auto* command = op.command()) {
    for (const auto& heredoc : command->heredocs) bodies.push_back(heredoc.body_span);
  }
  if (const auto* copy = op.as<ir::CopyOp>()) {
    for (const auto& heredoc : copy->heredocs) bodies.push_back(heredoc.body_span);
  }
  if (const auto* onbuild = op.as<ir::OnbuildOp>(); onbuild && onbuild->trigger) {
    collect_heredocs(*onbuild->trigger, bodies);
  }
}

bool blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

class EmptyContinuationLine final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE011",
        .name = "empty-continuation-line",
        .family = "style",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A blank line inside a line continuation",
        .rationale =
            "Docker skips blank lines inside a `\\` continuation, so the instruction goes on past them; a reader "
            "(and many editors) takes the blank line for the end of the instruction, and a missing `\\` above it "
            "is easy to overlook. BuildKit warns about it (NoEmptyContinuation) and has announced it will "
            "become an error. Blank lines inside heredoc bodies are part of the body and are not reported. The "
            "fix deletes the blank line.",
        .bad_example = "FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl \\\n\n    git\n",
        .good_example = "FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl \\\n    git\n",
        .fixable = true,
        .aliases = {"NoEmptyContinuation"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const SourceFile& file = ctx.file();
    std::vector<Span> bodies;
    for (const auto& op : ctx.build->orphan_ops) collect_heredocs(op, bodies);
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) collect_heredocs(op, bodies);
    }
    for (const Span& instruction : ctx.build->instruction_spans()) {
      for (std::uint32_t line = instruction.start.line + 1; line < instruction.end_pos.line; ++line) {
        std::string_view text = file.line(line);
        if (!blank(text)) continue;
        auto begin = static_cast<std::uint32_t>(text.data() - file.text().data());
        bool in_body =
            std::any_of(bodies.begin(), bodies.end(), [&](const Span& b) { return begin >= b.begin && begin < b.end; });
        if (in_body) continue;
        auto end = static_cast<std::uint32_t>(begin + text.size());
        std::uint32_t next = end;  // past the line break ("\n" or "\r\n")
        while (next < file.text().size() && file.text()[next] != '\n') ++next;
        if (next < file.text().size()) ++next;
        ctx.report(file.span(begin, end), "blank line inside a line continuation; the instruction goes on below it",
                   Fix{"delete the blank line", {TextEdit{begin, next, ""}}, true});
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(EmptyContinuationLine);

}  // namespace dlint::rules
