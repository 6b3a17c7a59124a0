// SIZE014: compilers and build tools installed in the final image and never removed.
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/build_tools.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/opaque_commands.hpp"
#include "rules/support/package_operands.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

struct Installed {
  knowledge::Ecosystem ecosystem;
  std::vector<std::string> tools;  // the build tools the call installed
  std::string group;               // apk's --virtual name, removed as one
  const ir::ShellWord* word;       // the first tool, where the finding points
};

class BuildToolsInFinalImage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE014",
        .name = "build-tools-in-final-image",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary =
            "compilers or build tools (build-essential, gcc, make, ...) installed in the final image and never removed",
        .rationale =
            "A toolchain adds hundreds of megabytes and gives anyone who gets a shell in the container a "
            "compiler. When the image only needs the built result, build it in a separate stage and "
            "`COPY --from` the output, or remove the tools in the same RUN that installed them "
            "(`apk add --virtual .build-deps gcc ... && apk del .build-deps`, `apt-get purge -y --auto-remove "
            "build-essential`). Removing them in a later RUN hides them but does not make the image smaller. "
            "Only stages that end up in the final image are checked; a RUN that runs a script after the "
            "install is assumed to clean up after itself.",
        .bad_example =
            "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y build-essential && pip install "
            "--no-cache-dir -r requirements.txt\n",
        .good_example =
            "FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n"
            "FROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir "
            "/wheels/*\n",
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    std::vector<Installed> installed;
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage] || run.onbuild()) return;
      for (const auto& command : run.script.commands) {
        if (runs_opaque_script(command)) {
          installed.clear();
          continue;
        }
        const auto& call = knowledge::match_package_manager(command);
        if (!call) continue;
        const auto ecosystem = call->manager->ecosystem;
        if (call->installs()) {
          Installed entry{ecosystem, {}, {}, nullptr};
          if (const auto* group = call->find_option({"t", "virtual"}); group && group->value)
            entry.group = *group->value;
          for (const auto& package : package_operands(*ctx.build, run, *call)) {
            if (!knowledge::is_build_tool_package(ecosystem, package.name)) continue;
            entry.tools.push_back(package.name.substr(0, package.name.find_first_of("=<>~")));
            if (!entry.word) entry.word = package.word;
          }
          if (!entry.tools.empty()) installed.push_back(std::move(entry));
          continue;
        }
        if (!call->subcommand_in(call->manager->remove)) continue;
        // A removal whose operands cannot all be read may remove anything.
        if (call->operands().size() != package_operands(*ctx.build, run, *call).size()) {
          std::erase_if(installed, [&](const Installed& i) { return i.ecosystem == ecosystem; });
          continue;
        }
        for (const auto& package : package_operands(*ctx.build, run, *call)) {
          for (auto& entry : installed) {
            if (entry.ecosystem != ecosystem) continue;
            if (!entry.group.empty() && entry.group == package.name) entry.tools.clear();
            std::erase(entry.tools, package.name);
          }
        }
        std::erase_if(installed, [](const Installed& i) { return i.tools.empty(); });
      }
    });
    for (const auto& entry : installed) {
      std::string names;
      for (const auto& tool : entry.tools) names += (names.empty() ? "" : ", ") + tool;
      ctx.report(entry.word->span,
                 concat({"build tools stay in the final image (", names,
                         "); build in a separate stage, or remove them in the RUN that installs them"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(BuildToolsInFinalImage);

}  // namespace dlint::rules
