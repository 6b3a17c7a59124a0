// SEC209: a run.toml component asks for more than it needs: `all`, `fs:write:/`, or `env:*`.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class RunTomlBroadCapability final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC209",
        .name = "run-toml-broad-capability",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::RunToml},
        .summary = "A component capability broader than it needs (`all`, `fs:write:/`, `env:*`)",
        .rationale =
            "Capabilities are what isolates a WASI component: `all` gives it every host permission, "
            "`fs:write:/` write access to the whole file system. `env:*`, which `run v2 compose migrate` "
            "writes, is read as \"all variables\" by the schema but as a variable literally named `*` by "
            "the dev runtime; full access is spelled `env`. Name what the component uses: `env:VAR` for "
            "each variable, `fs:write:/data` for one directory, `net:listen:8080` for one port. For `env:*` "
            "on a component with an env table, the fix lists those variables (unsafe: it changes what "
            "the component may read).",
        .bad_example =
            "[components.web]\npath = \"web.wasm\"\ncapabilities = [\"env:*\", \"fs:write:/\"]\n\n"
            "[components.web.env]\nPORT = \"8080\"\n",
        .good_example =
            "[components.web]\npath = \"web.wasm\"\ncapabilities = [\"env:PORT\", \"fs:write:/data\"]\n\n"
            "[components.web.env]\nPORT = \"8080\"\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (!service.component) continue;
      std::string who = "component " + service.name.value;
      for (const auto& cap : service.component->capabilities) {
        const std::string& v = cap.value;
        if (v == "all") {
          ctx.report(cap.span, who + " has every capability (`all`); list the ones it uses");
        } else if (v == "fs:write:/" || v == "fs:write:/*" || v == "fs:/") {
          ctx.report(cap.span, who + " may write anywhere on the host (`" + v + "`); name the directory it writes");
        } else if (v == "env:*") {
          ctx.report(cap.span,
                     who +
                         ": `env:*` grants a variable named `*` in the dev runtime, not every variable (that is "
                         "`env`); name the variables it reads",
                     env_fix(service, cap));
        }
      }
    }
  }

 private:
  // `"env:*"` -> `"env:A", "env:B"` for the component's own env table.
  static std::optional<Fix> env_fix(const ir::Service& service, const ir::Text& cap) {
    if (service.environment.empty()) return std::nullopt;
    std::string replacement;
    for (const auto& e : service.environment) {
      if (e.key.value.find_first_of("\"\\") != std::string::npos) return std::nullopt;
      replacement += (replacement.empty() ? "\"env:" : ", \"env:") + e.key.value + "\"";
    }
    Fix fix;
    fix.title = "grant the component's own variables";
    fix.edits.push_back({cap.span.begin, cap.span.end, replacement});
    fix.safe = false;
    return fix;
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlBroadCapability);

}  // namespace dlint::rules
