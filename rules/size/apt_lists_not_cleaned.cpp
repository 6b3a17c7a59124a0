// SIZE001: the apt package lists fetched by `apt-get update` stay in the image.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 2> kListDirs = {"/var/lib/apt/lists", "/var/lib/apt"};
constexpr std::array<std::string_view, 2> kDistClean = {"distclean", "dist-clean"};

bool is_debian_call(const std::optional<knowledge::PackageManagerCall>& call) {
  return call && call->manager->ecosystem == knowledge::Ecosystem::Debian;
}

// "/var/lib/apt/lists/*", "/var/lib/apt/lists/", "/var/lib/apt/*", "/var/lib/apt/lists/partial" ...
bool names_lists(std::string_view path) {
  while (!path.empty() && (path.back() == '*' || path.back() == '/')) path.remove_suffix(1);
  if (path == "/var/lib/apt") return true;
  constexpr std::string_view lists = "/var/lib/apt/lists";
  return path.substr(0, lists.size()) == lists;
}

// `rm -rf /var/lib/apt/lists/*`, `find /var/lib/apt/lists -delete`, `apt-get distclean`.
bool removes_lists(const ir::SimpleCommand& command) {
  const auto& call = knowledge::match_package_manager(command);
  if (is_debian_call(call)) return call->subcommand_in(kDistClean);
  std::size_t index = knowledge::effective_program_index(command);
  if (index >= command.argv.size()) return false;
  std::string_view program = knowledge::program_basename(command.argv[index].value);
  if (program != "rm" && program != "find") return false;
  if (program == "find" && !command.has_word("-delete") && !command.has_word("-exec")) return false;
  for (std::size_t i = index + 1; i < command.argv.size(); ++i) {
    if (names_lists(command.argv[i].value)) return true;
  }
  return false;
}

// A RUN that installs with apt but fetches no index of its own relies on lists left by an earlier layer.
bool installs_without_update(const RunInstruction& run) {
  for (const auto& command : run.script.commands) {
    const auto& call = knowledge::match_package_manager(command);
    if (!is_debian_call(call)) continue;
    if (call->updates_index()) return false;
    if (call->installs()) return true;
  }
  return false;
}

class AptListsNotCleaned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE001",
        .name = "apt-lists-not-cleaned",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "`apt-get update` in a RUN that does not remove /var/lib/apt/lists afterwards",
        .rationale =
            "`apt-get update` downloads the package lists into /var/lib/apt/lists: tens of megabytes that "
            "nothing in the running container needs. Removing them in a later RUN does not help, because the "
            "layer that added them is still part of the image; remove them at the end of the same RUN. A RUN "
            "with a cache or tmpfs mount on /var/lib/apt/lists (or /var/lib/apt) keeps them out of the layer "
            "already; a cache mount on /var/cache/apt alone does not. Only stages that end up in the final "
            "image are checked: the layers of other build stages are thrown away. The fix appends "
            "`&& rm -rf /var/lib/apt/lists/*` to plain &&-chains; it is marked unsafe when a later RUN of the "
            "image installs with apt without updating first, since that RUN would then find no lists.",
        .bad_example = "RUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        .good_example =
            "RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n"
            " && rm -rf /var/lib/apt/lists/*\n",
        .fixable = true,
        .aliases = {"DL3009"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    // Findings wait until every RUN is seen: the fix is unsafe if a later RUN relies on the lists.
    struct Pending {
      Span span;
      std::optional<std::uint32_t> fix_at;
      bool fix_safe = true;
    };
    std::vector<Pending> pending;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      if (installs_without_update(run)) {
        for (auto& earlier : pending) earlier.fix_safe = false;
      }
      if (run.mounts_cache_over(kListDirs)) return;
      const ir::ShellWord* update = nullptr;
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (is_debian_call(call) && call->updates_index()) {
          update = call->subcommand_word();
        } else if (update && removes_lists(command)) {
          update = nullptr;
        }
      }
      if (update) pending.push_back({update->span, and_chain_end(run)});
    });
    for (const auto& p : pending) {
      std::optional<Fix> fix;
      if (p.fix_at) {
        fix = insertion_fix("remove the apt lists at the end of the RUN", *p.fix_at, " && rm -rf /var/lib/apt/lists/*",
                            p.fix_safe);
      }
      ctx.report(p.span,
                 "the package lists fetched by `apt-get update` stay in this layer; end the RUN with "
                 "`rm -rf /var/lib/apt/lists/*`",
                 std::move(fix));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(AptListsNotCleaned);

}  // namespace dlint::rules
