// SIZE003: `pip install` keeps its download cache in the image.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "knowledge/stage_env.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::string_view kNoCacheEnv = "PIP_NO_CACHE_DIR";

bool assigns(const ir::ShellWord& word, std::string_view name) {
  std::string_view text = word.value;
  return text.size() > name.size() + 1 && text.substr(0, name.size()) == name && text[name.size()] == '=';
}

// PIP_NO_CACHE_DIR=1 on the command (`PIP_NO_CACHE_DIR=1 pip ...`, `env PIP_NO_CACHE_DIR=1 pip ...`) or
// exported earlier in the same script. pip disables its cache for any value of the variable.
bool cache_disabled_in_script(const ir::ShellScript& script, const knowledge::PackageManagerCall& call) {
  for (const auto& word : call.command->assignments) {
    if (assigns(word, kNoCacheEnv)) return true;
  }
  for (std::size_t i = 0; i < call.program_word; ++i) {
    if (assigns(call.command->argv[i], kNoCacheEnv)) return true;
  }
  for (const auto& earlier : script.commands) {
    if (&earlier == call.command) break;
    if (earlier.program() != "export") continue;
    for (const auto& word : earlier.argv) {
      if (assigns(word, kNoCacheEnv)) return true;
    }
  }
  return false;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// A cache mount on pip's cache: /root/.cache/pip by default, `~user/.cache/pip` for other users (any
// target ending in .cache/pip or .cache), or the directory given with --cache-dir.
bool cache_mounted(const RunInstruction& run, const knowledge::PackageManagerCall& call) {
  if (const auto* dir = call.find_option({"cache-dir"}); dir && dir->value) {
    const std::array<std::string_view, 1> dirs = {*dir->value};
    return run.mounts_cache_over(dirs);
  }
  if (run.mounts_cache_over(call.manager->cache_dirs)) return true;
  for (const auto& mount : run.run.mounts) {
    if (mount.type != ir::Mount::Type::Cache && mount.type != ir::Mount::Type::Tmpfs) continue;
    for (std::string_view key : {"target", "dst", "destination"}) {
      auto target = mount.option(key);
      if (!target) continue;
      std::string_view path = *target;
      while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
      if (ends_with(path, "/.cache/pip") || ends_with(path, "/.cache")) return true;
    }
  }
  return false;
}

class PipWithoutNoCacheDir final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE003",
        .name = "pip-without-no-cache-dir",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`pip install` without --no-cache-dir",
        .rationale =
            "pip keeps every wheel it downloads or builds in ~/.cache/pip so the next install on the same "
            "machine is faster. In an image there is no next install: the cache only adds its size, often "
            "more than the installed packages themselves. Pass --no-cache-dir, set PIP_NO_CACHE_DIR (in ENV, "
            "ARG, or on the command), or put the cache on a build cache mount "
            "(`RUN --mount=type=cache,target=/root/.cache/pip`), which keeps it out of the layer and makes "
            "rebuilds faster too. `python -m pip` is covered as well. Only stages that end up in the final "
            "image are checked.",
        .bad_example = "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n",
        .good_example = "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n",
        .fixable = true,
        .aliases = {"DL3042"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      if (auto env = knowledge::find_env(*ctx.build, run.stage, &run.stage_op, kNoCacheEnv);
          env && env->value && !env->value->empty()) {
        return;
      }
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Python || !call->installs()) continue;
        if (call->has_option_in(call->manager->no_cache_flags)) continue;
        if (cache_mounted(run, *call) || cache_disabled_in_script(run.script, *call)) continue;
        const ir::ShellWord& sub = *call->subcommand_word();
        std::optional<Fix> fix;
        if (!run.exec_form()) fix = insertion_fix("add --no-cache-dir", sub.span.end, " --no-cache-dir", true);
        ctx.report(sub.span, "`pip install` without --no-cache-dir keeps pip's download cache in the image",
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PipWithoutNoCacheDir);

}  // namespace dlint::rules
