// BP180: a Luakit `:run` given a string runs it through /bin/sh -c.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class LuakitRunThroughShell final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP180",
        .name = "luakit-run-through-shell",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit `:run` is given a string, so it goes through /bin/sh -c",
        .rationale =
            "`state:run(\"cmd args\")` hands the string to /bin/sh -c: the image must have a shell, and word "
            "splitting, globbing and quoting apply to every argument. A table of arguments, `{ \"npm\", "
            "\"ci\" }`, runs the program directly. Use a string only where the shell is the point (`&&`, pipes, "
            "redirections); then `{ \"sh\", \"-c\", \"...\" }` says so explicitly. dlint still parses the string "
            "as shell text, so the RUN rules check it either way.",
        .bad_example = "local base = bk.image(\"node:20-alpine\")\nbk.export(base:run(\"npm ci\"))\n",
        .good_example = "local base = bk.image(\"node:20-alpine\")\nbk.export(base:run({ \"npm\", \"ci\" }))\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || ctx.luakit == nullptr) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* run = op.as<ir::RunOp>();
      if (run == nullptr || run->command.form != ir::Command::Form::Shell) return;
      ctx.report(op.keyword.span,
                 "`:run` is given a string, so it runs under /bin/sh -c; pass a table of arguments to run the "
                 "program directly, or { \"sh\", \"-c\", ... } to make the shell explicit");
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitRunThroughShell);

}  // namespace dlint::rules
