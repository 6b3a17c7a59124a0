// CACHE001: the whole build context is copied before the dependency install, so any source change
// re-runs the install.
#include <algorithm>
#include <map>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/dependency_installs.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// COPY/ADD of the whole context: a source of ".", "./", "*" or "./*" with no --from.
const ir::Text* whole_context_source(const ir::Op& op) {
  if (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add) return nullptr;
  if (op.flag("from") != nullptr) return nullptr;
  const auto* copy = op.as<ir::CopyOp>();
  for (const auto& source : copy->sources) {
    if (source.value == "." || source.value == "./" || source.value == "*" || source.value == "./*") return &source;
  }
  return nullptr;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

class DependencyInstallAfterFullCopy final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "CACHE001",
        .name = "dependency-install-after-full-copy",
        .family = "cache",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "The whole context is copied before dependencies are installed",
        .rationale =
            "Docker reuses a layer only while everything before it is unchanged. After `COPY . .`, any edit to "
            "any source file invalidates the cache, and the dependency install that follows (npm ci, pip install "
            "-r, cargo build, go mod download, bundle install, ...) runs again from scratch. Copy the manifest "
            "and lock file first, install, then copy the rest: the install layer is then rebuilt only when the "
            "dependencies change. A build command (`cargo build`, `go build`, `mvn package`) after the full copy "
            "is fine once the dependencies were fetched earlier in the stage.",
        .bad_example = "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
        .good_example =
            "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      const ir::Text* full_copy = nullptr;
      std::map<std::string_view, bool> installed;  // ecosystems whose dependencies were fetched already
      for (const auto& op : stage.ops) {
        if (const ir::Text* source = whole_context_source(op); source != nullptr && full_copy == nullptr) {
          full_copy = source;
          continue;
        }
        const auto* run = op.as<ir::RunOp>();
        if (run == nullptr) continue;
        // Exec form (`RUN ["go", "mod", "download"]`, a Luakit argv table) installs dependencies too.
        const ir::ShellScript exec_script =
            run->command.form == ir::Command::Form::Exec ? script_from_exec(run->command) : ir::ShellScript{};
        const ir::ShellScript& script =
            run->command.form == ir::Command::Form::Exec ? exec_script : run->command.script;
        for (const auto& command : script.commands) {
          auto dependency = knowledge::dependency_install(command);
          if (!dependency) continue;
          bool already = installed[dependency->ecosystem];
          installed[dependency->ecosystem] = true;
          if (full_copy == nullptr || (dependency->also_builds && already)) continue;
          ctx.report(full_copy->span, "the whole context is copied before `" + std::string(command.program()) +
                                          "` installs dependencies (line " + std::to_string(command.span.start.line) +
                                          "); copy " + join(dependency->manifests) +
                                          " first, install, then copy the rest");
          full_copy = nullptr;  // one finding per copy
          break;
        }
      }
    }
  }
};

DLINT_REGISTER_RULE(DependencyInstallAfterFullCopy);

}  // namespace
}  // namespace dlint::rules
