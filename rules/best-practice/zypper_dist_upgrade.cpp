// BP029: `zypper dist-upgrade` in a build.
#include <array>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 2> kDistUpgrade = {"dist-upgrade", "dup"};

class ZypperDistUpgrade final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP029",
        .name = "zypper-dist-upgrade",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`zypper dist-upgrade` (`zypper dup`) in a RUN",
        .rationale =
            "`zypper dist-upgrade` moves the whole system to whatever the repositories now hold, including a "
            "new distribution release, vendor changes and removed packages. The base image then no longer "
            "says what the image is built on. Use a newer base image instead, or `zypper patch` / "
            "`zypper update` for fixes within the release.",
        .bad_example = "FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade\n",
        .good_example = "FROM opensuse/leap:15.6\nRUN zypper -n patch\n",
        .aliases = {"DL3035"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const auto& call = knowledge::match_package_manager(command);
        if (!call || call->manager->ecosystem != knowledge::Ecosystem::Suse || !call->subcommand_in(kDistUpgrade)) {
          continue;
        }
        ctx.report(call->subcommand_word()->span,
                   "`zypper dist-upgrade` can move the image to another distribution release; use a newer base "
                   "image, or `zypper patch` for fixes");
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ZypperDistUpgrade);

}  // namespace dlint::rules
