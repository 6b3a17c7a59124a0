// BP050: `FROM --platform=linux/amd64 ...`: a constant platform pins the stage to one architecture.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"
#include "support/ascii_case.hpp"

namespace dlint::rules {
namespace {

// BuildKit accepts a constant when the stage is named for it (`AS build-amd64`): one stage per platform.
bool stage_named_for(const ir::Stage& stage, std::string_view platform) {
  if (!stage.name) return false;
  std::string name = ascii_lower(stage.name->value);
  std::string value = ascii_lower(platform);
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t slash = value.find('/', start);
    if (slash == std::string::npos) slash = value.size();
    std::string part = value.substr(start, slash - start);
    if (part != "linux" && part != "windows" && !part.empty() && name.find(part) != std::string::npos) return true;
    start = slash + 1;
  }
  return false;
}

class FromPlatformConstant final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP050",
        .name = "from-platform-constant",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "FROM --platform is given a constant value",
        .rationale =
            "`FROM --platform=linux/amd64 image` pins the stage to one architecture whatever the build is asked "
            "for: `docker buildx build --platform linux/arm64` silently produces an amd64 image, or one that "
            "runs under emulation. Use `--platform=$BUILDPLATFORM` for stages that run build tools (they run "
            "natively and cross-compile for `$TARGETPLATFORM`), and leave the flag out for the target. A stage "
            "named for its platform (`FROM --platform=linux/arm64 alpine AS tools-arm64`), as multi-platform "
            "files do on purpose, is not reported.",
        .bad_example = "FROM --platform=linux/amd64 node:20-alpine\n",
        .good_example = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\n",
        .fixable = false,
        .aliases = {"DL3029", "FromPlatformFlagConstDisallowed"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (const auto& flag : stage.flags) {
        if (flag.name != "platform" || !flag.value || flag.value->value.empty()) continue;
        const ir::Text& value = *flag.value;
        if (value.value.find('$') != std::string::npos || stage_named_for(stage, value.value)) continue;
        ctx.report(value.span, concat({"--platform=", value.value,
                                       " pins this stage to one platform; use $BUILDPLATFORM or leave it out"}));
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(FromPlatformConstant);

}  // namespace dlint::rules
