// COR203: a run.toml component's source, built component or WIT file is not on disk.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "source/file_system.hpp"

namespace dlint::rules {
namespace {

class RunTomlPathMissing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR203",
        .name = "run-toml-path-missing",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "A component's source, wasm path or WIT file does not exist",
        .rationale =
            "Paths in run.toml are relative to the file's directory. A `source` or `wit` that does not "
            "exist fails the build; a `path` to the built component that does not exist fails the start "
            "when nothing builds it (the component has neither `source` nor `build`). A `path` that a build "
            "will write is not reported.",
        .bad_example = "[components.web]\npath = \"web.wasm\"\nsource = \"src/lib.rs\"   # no src/lib.rs\n",
        .good_example = "[components.web]\npath = \"target/wasm/web.wasm\"\nsource = \"src/lib.rs\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application || !ctx.fs) return;
    for (const auto& service : ctx.application->services) {
      if (!service.component) continue;
      const ir::WasiComponent& c = *service.component;
      check_path(ctx, service, c.source, c.resolved_source, "source");
      check_path(ctx, service, c.wit, c.resolved_wit, "WIT file");
      if (!c.source && !c.build_command) check_path(ctx, service, c.wasm_path, c.resolved_wasm_path, "component");
    }
  }

 private:
  static void check_path(RuleContext& ctx, const ir::Service& service, const std::optional<ir::Text>& path,
                         const std::string& resolved, std::string_view what) {
    if (!path || path->value.empty() || ctx.fs->stat(resolved)) return;
    ctx.report(path->span, "component " + service.name.value + ": the " + std::string(what) + " " + path->value +
                               " does not exist (looked for " + resolved + ")");
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlPathMissing);

}  // namespace dlint::rules
