// SIZE013: `useradd` with a large UID and without -l, which writes a sparse lastlog file of gigabytes.
#include <algorithm>
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 30> kUseraddValues = {
    "u", "uid",      "g", "gid",  "G", "groups",     "d", "home-dir",     "s", "shell",
    "c", "comment",  "k", "skel", "e", "expiredate", "f", "inactive",     "K", "key",
    "p", "password", "R", "root", "P", "prefix",     "Z", "selinux-user", "b", "base-dir"};

// Longer than five digits: lastlog and faillog are indexed by UID, so a UID in the millions makes them
// sparse files of gigabytes that Docker's layer tarballs store in full.
bool large_uid(std::string_view uid) {
  return uid.size() > 5 && std::all_of(uid.begin(), uid.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class UseraddWithoutNoLogInit final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE013",
        .name = "useradd-without-no-log-init",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`useradd` with a UID of more than five digits and without -l (--no-log-init)",
        .rationale =
            "useradd reserves a record for the new user in /var/log/lastlog and /var/log/faillog at the offset "
            "of its UID. With a UID like 1000000 the files become sparse files of hundreds of megabytes or "
            "more; the filesystem hides that, but image layers store them in full, and builds have been known "
            "to fill the disk. Pass -l (--no-log-init) to skip those records.",
        .bad_example = "RUN useradd -u 1000000 app\n",
        .good_example = "RUN useradd -l -u 1000000 app\n",
        .fixable = true,
        .aliases = {"DL3046"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "useradd") {
          continue;
        }
        auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kUseraddValues});
        if (knowledge::has_option(args, {"l", "no-log-init"})) continue;
        const auto* uid = knowledge::find_option(args, {"u", "uid"});
        if (!uid || !uid->value || !large_uid(*uid->value)) continue;
        std::optional<Fix> fix;
        if (!run.exec_form()) fix = insertion_fix("add -l", command.argv[index].span.end, " -l", true);
        ctx.report(command.argv[uid->value_word].span,
                   concat({"UID ", *uid->value,
                           " without -l (--no-log-init) makes useradd write a huge sparse lastlog into the layer"}),
                   std::move(fix));
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(UseraddWithoutNoLogInit);

}  // namespace dlint::rules
