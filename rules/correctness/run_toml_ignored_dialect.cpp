// COR202: run.toml sections in the migration guide's dialect, which the runtime ignores.
#include "engine/rule.hpp"
#include "ir/run_toml.hpp"
#include "source/source_file.hpp"

namespace dlint::rules {
namespace {

class RunTomlIgnoredDialect final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR202",
        .name = "run-toml-ignored-dialect",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "run.toml sections the runtime ignores: [package], [[component]], [bridge], [env]",
        .rationale =
            "The migration guide and `run v2 compose migrate` examples write [package], [[component]] with "
            "`name =`, [component.NAME.env] and [bridge.NAME], but the runtime reads [project], "
            "[components.NAME] and [docker.NAME] and silently skips every section it does not know: a file "
            "written in the guide's dialect loads as an empty project, with no error. The fix rewrites a "
            "file written wholly in the guide's dialect into the runtime's, keeping what has no runtime key "
            "(a component's `wit`, a bridge's image and environment, profiles) as comments. It is marked "
            "unsafe: after it the runtime starts the components the file describes, which it did not before.",
        .bad_example =
            "[package]\nname = \"my-app\"\n\n[[component]]\nname = \"web\"\nsource = \"src/lib.rs\"\n"
            "language = \"rust\"\n",
        .good_example =
            "[project]\nname = \"my-app\"\n\n[components.web]\npath = \"target/wasm/web.wasm\"\n"
            "source = \"src/lib.rs\"\nlanguage = \"rust\"\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.run_toml) return;
    const ir::RunTomlProject& project = *ctx.run_toml;
    bool whole_file = project.dialect == ir::RunTomlDialect::Guide;
    for (std::size_t i = 0; i < project.ignored_sections.size(); ++i) {
      const ir::Text& section = project.ignored_sections[i];
      std::string message =
          "the runtime ignores [" + section.value + "] (it reads " + runtime_name(section.value) + ")" +
          (whole_file ? "; written in this dialect, the file loads as an empty project" : "; its settings are lost");
      std::optional<Fix> fix;
      // One whole-file rewrite, offered on the first section.
      if (whole_file && i == 0 && project.runtime_rewrite) {
        Fix f;
        f.title = "rewrite the file into the runtime's dialect";
        if (!project.rewrite_losses.empty()) {
          f.title += " (kept as comments: ";
          for (std::size_t j = 0; j < project.rewrite_losses.size(); ++j) {
            f.title += (j ? ", " : "") + project.rewrite_losses[j];
          }
          f.title += ")";
        }
        const SourceFile& file = ctx.file();
        f.edits.push_back(
            {file.content_begin(), static_cast<std::uint32_t>(file.text().size()), *project.runtime_rewrite});
        f.safe = false;
        fix = std::move(f);
      }
      ctx.report(section.span, std::move(message), std::move(fix));
    }
  }

 private:
  static std::string runtime_name(const std::string& guide) {
    if (guide == "package") return "[project]";
    if (guide == "component") return "[components.NAME]";
    if (guide == "bridge") return "[docker.NAME] and [dev] services";
    return "no profiles; env goes in [components.NAME.env]";
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlIgnoredDialect);

}  // namespace dlint::rules
