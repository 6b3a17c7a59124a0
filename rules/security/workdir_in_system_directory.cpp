// SEC021: WORKDIR in a kernel-managed or OS directory (/proc, /dev, /usr/bin, /, ...).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/system_directories.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// A COPY/ADD with a relative destination after `op` and before the next WORKDIR: files land in the
// working directory.
const ir::Op* relative_copy_after(const ir::Stage& stage, const ir::Op& op) {
  bool after = false;
  for (const auto& candidate : stage.ops) {
    if (&candidate == &op) {
      after = true;
      continue;
    }
    if (!after) continue;
    if (candidate.kind == ir::OpKind::Workdir) return nullptr;
    const auto* copy = candidate.as<ir::CopyOp>();
    if (!copy || (candidate.kind != ir::OpKind::Copy && candidate.kind != ir::OpKind::Add)) continue;
    const std::string& dest = copy->destination.value;
    if (!dest.empty() && dest[0] != '/' && dest[0] != '$') return &candidate;
  }
  return nullptr;
}

class WorkdirInSystemDirectory final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC021",
        .name = "workdir-in-system-directory",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "WORKDIR is a system directory",
        .rationale =
            "/proc, /sys and /dev are mounted by the runtime over whatever the image holds, and /boot, /initrd "
            "and /lost+found are not used in a container, so files put there at build time are hidden or lost. "
            "Working in an OS directory (/usr/bin, /etc, /var, ...) mixes the application's files with the "
            "system's, where a copy can overwrite a system binary or configuration. `WORKDIR /` is reported only "
            "when a relative COPY or ADD then drops files into the filesystem root. Use a directory of the "
            "application's own (`/app`, `/srv/app`, `/opt/tool`).",
        .bad_example = "FROM alpine:3.20\nWORKDIR /usr/bin\nCOPY tool .\n",
        .good_example = "FROM alpine:3.20\nWORKDIR /opt/tool\nCOPY tool .\n",
        .fixable = false,
        .aliases = {"DS030", "DS-0030"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) {
        const auto* workdir = op.as<ir::WorkdirOp>();
        if (!workdir) continue;
        const std::string& path = workdir->path.value;
        switch (knowledge::system_directory(path)) {
          case knowledge::SystemDirectory::Virtual:
            ctx.report(workdir->path.span,
                       concat({"WORKDIR ", path,
                               " is managed by the kernel or not used in containers; files put there are lost"}));
            break;
          case knowledge::SystemDirectory::OsRoot:
            ctx.report(workdir->path.span, concat({"WORKDIR ", path,
                                                   " is an OS directory; use a directory of the application's "
                                                   "own such as /app"}));
            break;
          case knowledge::SystemDirectory::Root:
            if (const ir::Op* copy = relative_copy_after(stage, op)) {
              ctx.report(workdir->path.span,
                         concat({"WORKDIR / makes the ", std::string(ir::op_kind_name(copy->kind)), " on line ",
                                 std::to_string(copy->span.start.line),
                                 " drop files into the filesystem root; use a directory such as /app"}));
            }
            break;
          case knowledge::SystemDirectory::None: break;
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(WorkdirInSystemDirectory);

}  // namespace dlint::rules
