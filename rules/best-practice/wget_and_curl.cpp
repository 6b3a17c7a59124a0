// BP034: both wget and curl are used to download in the final image.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

class WgetAndCurl final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP034",
        .name = "wget-and-curl",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "both wget and curl run in the stages of the final image",
        .rationale =
            "wget and curl do the same job; using both means installing and keeping two download tools (and "
            "their libraries) where one would do, and two sets of flags to get right. Pick one. The finding "
            "points at the first use of the tool that appeared second. Stages used only through "
            "`COPY --from` are not counted.",
        .bad_example = "RUN wget -q https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz\n",
        .good_example = "RUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz\n",
        .aliases = {"DL4001", "DS014", "DS-0014"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    const ir::ShellWord* first_wget = nullptr;
    const ir::ShellWord* first_curl = nullptr;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage]) return;
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size()) continue;
        const std::string_view program = knowledge::program_basename(command.argv[index].value);
        if (program == "wget" && !first_wget) first_wget = &command.argv[index];
        if (program == "curl" && !first_curl) first_curl = &command.argv[index];
      }
    });
    if (!first_wget || !first_curl) return;
    const bool wget_later = first_wget->span.begin > first_curl->span.begin;
    const ir::ShellWord* second = wget_later ? first_wget : first_curl;
    ctx.report(second->span, concat({"`", wget_later ? "wget" : "curl", "` is used here and `",
                                     wget_later ? "curl" : "wget", "` elsewhere; use one download tool"}));
  }
};

}  // namespace

DLINT_REGISTER_RULE(WgetAndCurl);

}  // namespace dlint::rules
