// SIZE183: compilers installed in a stage of the final image, with the bytes they add.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/base_image_sizes.hpp"
#include "knowledge/byte_range.hpp"
#include "knowledge/debian_packages.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

// Packages that only building needs: compilers and the meta packages that pull them in.
constexpr std::array<std::string_view, 12> kBuildTools = {"build-essential", "build-base", "gcc",    "g++",
                                                          "clang",           "cmake",      "make",   "gfortran",
                                                          "rustc",           "cargo",      "golang", "golang-go"};

bool is_build_tool(std::string_view name) {
  if (std::find(kBuildTools.begin(), kBuildTools.end(), name) != kBuildTools.end()) return true;
  // versioned compilers: gcc-12, g++-12, clang-16
  for (std::string_view prefix : {"gcc-", "g++-", "clang-"}) {
    if (name.substr(0, prefix.size()) == prefix && name.size() > prefix.size() &&
        std::isdigit(static_cast<unsigned char>(name[prefix.size()]))) {
      return true;
    }
  }
  return false;
}

// The RUN removes what it installed before it ends: `apt-get purge gcc`, `apk del .build-deps`.
bool removed_in_same_run(const RunInstruction& run, std::string_view package, std::string_view virtual_name) {
  static constexpr std::array<std::string_view, 5> kRemove = {"remove", "purge", "autoremove", "del", "uninstall"};
  for (const auto& command : run.script.commands) {
    auto call = knowledge::match_package_manager(command);
    if (!call || !call->subcommand_in(kRemove)) continue;
    for (const auto* word : call->operands()) {
      if (word->value == package || (!virtual_name.empty() && word->value == virtual_name)) return true;
    }
  }
  return false;
}

class BuildToolsInFinalImage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE183",
        .name = "build-tools-in-final-image",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary =
            "A compiler toolchain is installed in a stage of the final image; the message says how many bytes it adds",
        .rationale =
            "`build-essential`, `gcc`, `clang`, `cmake` and friends are needed to build, not to run: with their "
            "dependencies they add tens to hundreds of megabytes (build-essential on a Debian slim image is "
            "about 250 MB by Debian's own package sizes). Install them in a build stage and copy the result "
            "into the final one, or install and remove them within the same RUN (`apt-get purge "
            "--auto-remove`, `apk add --virtual .build-deps ... && apk del .build-deps`). The size in the "
            "message is the package's dependency closure beyond Debian's minimal base set "
            "(docs/size-estimates.md); for apk it is a rough figure. Only stages that end up in the final "
            "image are checked.",
        .bad_example =
            "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends "
            "build-essential && pip install --no-cache-dir numpy\n",
        .good_example =
            "FROM python:3.12-slim AS build\nRUN apt-get update && apt-get install -y "
            "--no-install-recommends build-essential\nRUN pip wheel --wheel-dir /wheels numpy\n"
            "FROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n"
            "RUN pip install --no-cache-dir /wheels/*\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      if (!in_image[run.stage] || run.onbuild()) return;
      for (const auto& command : run.script.commands) {
        auto call = knowledge::match_package_manager(command);
        if (!call || !call->installs()) continue;
        auto ecosystem = call->manager->ecosystem;
        if (ecosystem != knowledge::Ecosystem::Debian && ecosystem != knowledge::Ecosystem::Alpine) continue;
        std::string_view virtual_name;
        if (const auto* v = call->find_option({"t", "virtual"}); v && v->value) virtual_name = *v->value;
        for (const auto* word : call->operands()) {
          std::string name = word->value;
          if (auto cut = name.find_first_of("=<>~"); cut != std::string::npos) name.resize(cut);
          if (!is_build_tool(name) || removed_in_same_run(run, name, virtual_name)) continue;
          ctx.report(word->span, message(name, ecosystem == knowledge::Ecosystem::Debian));
        }
      }
    });
  }

 private:
  static std::string message(const std::string& name, bool debian) {
    std::string size;
    if (debian) {
      const auto& table = knowledge::bookworm_packages();
      auto closure = table.closure({name}, table.base_set());
      if (closure.unknown.empty()) {
        size = " adds about " + knowledge::format_bytes(closure.bytes) + " (" + std::to_string(closure.added.size()) +
               " packages with its dependencies, by Debian 12's package sizes)";
      }
    }
    if (size.empty()) size = " adds a compiler toolchain";
    return name + size +
           " to the final image; build in a separate stage and copy the result, or remove it in the same RUN";
  }
};

}  // namespace

DLINT_REGISTER_RULE(BuildToolsInFinalImage);

}  // namespace dlint::rules
