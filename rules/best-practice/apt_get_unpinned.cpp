// BP013: packages installed with apt-get without a version.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// A package name that could carry `=version` but does not. Variables, local .deb files and paths,
// `name/release` selections, globs and already pinned names are not judged.
bool unpinned_package(const ir::ShellWord& word) {
  std::string_view name = word.value;
  if (name.empty() || word.has_expansion) return false;
  if (name.find_first_of("=/*?[") != std::string_view::npos) return false;
  if (name.size() > 4 && name.substr(name.size() - 4) == ".deb") return false;
  return true;
}

class AptGetUnpinned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP013",
        .name = "apt-get-unpinned",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "package installed with `apt-get install` without a version (`name=version`)",
        .rationale =
            "Without a version, what `apt-get install curl` puts in the image depends on the day the layer is "
            "built, so two builds of the same Dockerfile can differ and a rebuild can break. Pinning "
            "(`curl=7.88.1-10+deb12u5`) makes the build repeatable and changes visible in review. The default "
            "severity is info rather than hadolint's warning: Debian mirrors drop superseded versions, so "
            "pins need upkeep and an outdated pin fails the build, which many projects rightly trade for "
            "security updates. Package lists in variables ($PKGS), local .deb files, paths and `name/release` "
            "selections are not judged.",
        .bad_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        .good_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n",
        .fixable = false,
        .aliases = {"DL3008"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        auto call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Debian || !call->installs()) continue;
        for (const ir::ShellWord* package : call->operands()) {
          if (!unpinned_package(*package)) continue;
          ctx.report(package->span, concat({"pin the version of `", package->value, "` (`", package->value,
                                            "=<version>`) so rebuilds install the same package"}));
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptGetUnpinned);

}  // namespace dlint::rules
