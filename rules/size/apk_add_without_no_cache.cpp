// SIZE002: `apk add` keeps its download cache in the image.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// `rm -rf /var/cache/apk/*` or `apk cache clean|purge` (`apk cache` with its subcommand).
bool cleans_apk_cache(const ir::SimpleCommand& command) {
  if (const auto& call = knowledge::match_package_manager(command)) {
    return call->manager->ecosystem == knowledge::Ecosystem::Alpine && call->subcommand_in(call->manager->clean);
  }
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "rm") return false;
  for (std::size_t i = index + 1; i < command.argv.size(); ++i) {
    if (starts_with(command.argv[i].value, "/var/cache/apk")) return true;
  }
  return false;
}

class ApkAddWithoutNoCache final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE002",
        .name = "apk-add-without-no-cache",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apk add` without --no-cache",
        .rationale =
            "Without --no-cache, apk keeps the package index it downloads in /var/cache/apk, and that copy "
            "stays in the layer. `apk add --no-cache` fetches a fresh index, installs, and leaves nothing "
            "behind; it also makes a separate `apk update` unnecessary. Also accepted: a cache or tmpfs mount "
            "on /var/cache/apk (or /etc/apk/cache), or `rm -rf /var/cache/apk/*` / `apk cache clean` later in "
            "the same RUN. Only stages that end up in the final image are checked.",
        .bad_example = "FROM alpine:3.20\nRUN apk add curl\n",
        .good_example = "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
        .fixable = true,
        .aliases = {"DL3019", "DS025", "DS-0025"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      const auto& commands = run.script.commands;
      for (std::size_t i = 0; i < commands.size(); ++i) {
        const auto& call = knowledge::match_package_manager(commands[i]);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Alpine || !call->installs()) continue;
        if (call->has_option_in(call->manager->no_cache_flags)) continue;
        if (run.mounts_cache_over(call->manager->cache_dirs)) continue;
        bool cleaned = false;
        for (std::size_t j = i + 1; j < commands.size() && !cleaned; ++j) cleaned = cleans_apk_cache(commands[j]);
        if (cleaned) continue;
        const ir::ShellWord& sub = *call->subcommand_word();
        std::optional<Fix> fix;
        if (!run.exec_form()) fix = insertion_fix("add --no-cache", sub.span.end, " --no-cache", true);
        ctx.report(sub.span, "`apk add` without --no-cache leaves the package index in /var/cache/apk", std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ApkAddWithoutNoCache);

}  // namespace dlint::rules
