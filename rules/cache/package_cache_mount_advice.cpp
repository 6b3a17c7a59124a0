// CACHE010: a package manager downloads into its cache in a RUN without a cache mount (advice, off by default).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class PackageCacheMountAdvice final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "CACHE010",
        .name = "package-cache-mount-advice",
        .family = "cache",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "package install without `RUN --mount=type=cache` over the manager's download cache",
        .rationale =
            "Every change to a dependency list re-runs the install RUN, which downloads every package again. "
            "With BuildKit, `RUN --mount=type=cache,target=/root/.cache/pip pip install ...` (or "
            "/root/.npm, /usr/local/share/.cache/yarn, /go/pkg/mod, /var/cache/apk, ...) keeps the downloads "
            "on the build machine between builds and out of the image, so the install only fetches what "
            "changed. Calls that already disable the cache (`pip --no-cache-dir`, `apk --no-cache`) are left "
            "alone: they chose small layers. This is a build-speed suggestion, off by default.",
        .bad_example = "RUN pip install -r requirements.txt\n",
        .good_example = "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n",
        .aliases = {},
        .enabled_by_default = false,
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || !call->installs() || call->manager->cache_dirs.empty()) continue;
        // apt's downloads are deleted by Docker's own images (docker-clean) unless reconfigured.
        if (call->manager->ecosystem == knowledge::Ecosystem::Debian) continue;
        if (call->has_option_in(call->manager->no_cache_flags)) continue;
        if (run.mounts_cache_over(call->manager->cache_dirs)) continue;
        ctx.report(call->subcommand_word()->span,
                   concat({"`", call->manager->name, " ", call->subcommand_name(),
                           "` downloads everything again on each rebuild; add `--mount=type=cache,target=",
                           call->manager->cache_dirs.front(), "` to the RUN"}));
        return;
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PackageCacheMountAdvice);

}  // namespace dlint::rules
