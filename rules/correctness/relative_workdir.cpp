// COR008: WORKDIR with a relative path, resolved against a directory the Dockerfile does not set.
#include <cctype>
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

enum class PathKind { Absolute, Relative, Unknown };

PathKind classify(std::string_view path) {
  if (!path.empty() && (path.front() == '"' || path.front() == '\'')) path.remove_prefix(1);
  if (path.empty()) return PathKind::Unknown;
  if (path.front() == '/') return PathKind::Absolute;
  if (path.front() == '$') return PathKind::Unknown;  // $HOME, ${APP_DIR}: judged after substitution
  // Windows: C:\app, C:/app
  if (path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
      (path[2] == '\\' || path[2] == '/')) {
    return PathKind::Absolute;
  }
  return PathKind::Relative;
}

class RelativeWorkdir final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR008",
        .name = "relative-workdir",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "WORKDIR with a relative path before any absolute WORKDIR",
        .rationale =
            "A relative WORKDIR is resolved against the working directory already in effect, which at that "
            "point comes from the base image: `/` for most, but `/usr/src/app`, `/home/node` or anything else "
            "for others, and it can change when the base image is updated. Files then land in a different "
            "place without any edit to the Dockerfile. Use an absolute path. A relative WORKDIR after an "
            "absolute one in the same stage (or in the stage it is built FROM) is well defined and is not "
            "reported, as BuildKit does; neither are paths that start with a variable (`$HOME/app`), Windows "
            "paths (`C:\\app`, `C:/app`), or WORKDIR under ONBUILD, which runs in another image.",
        .bad_example = "FROM node:20-alpine\nWORKDIR app\nCOPY . .\n",
        .good_example = "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n",
        .fixable = false,
        .aliases = {"DL3000", "WorkdirRelativePath", "DS009", "DS-0009", "CKV_DOCKER_10"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& stages = ctx.build->stages;
    std::vector<bool> anchored(stages.size(), false);  // an absolute (or unknown) WORKDIR is in effect
    for (const auto& stage : stages) {
      bool set = stage.base_stage && *stage.base_stage < stage.index && anchored[*stage.base_stage];
      for (const auto& op : stage.ops) {
        const auto* workdir = op.as<ir::WorkdirOp>();
        if (!workdir || workdir->path.value.empty()) continue;
        PathKind kind = classify(workdir->path.value);
        if (kind == PathKind::Relative && !set) {
          ctx.report(workdir->path.span,
                     concat({"WORKDIR ", workdir->path.value,
                             " is relative to whatever directory the base image sets; use an absolute path"}));
        }
        set = true;
      }
      anchored[stage.index] = set;
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RelativeWorkdir);

}  // namespace dlint::rules
