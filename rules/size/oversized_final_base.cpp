// SIZE181: the final image keeps a compiler toolchain or a full language image where a small base would do.
#include <algorithm>
#include <array>
#include <string>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/base_image_sizes.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/image_size.hpp"

namespace dlint::rules {
namespace {

// Images that are mostly a compiler: what they build runs without them.
constexpr std::array<std::string_view, 3> kToolchains = {"golang", "rust", "gcc"};
// Language images whose full variant adds compilers and -dev libraries to the runtime.
constexpr std::array<std::string_view, 3> kSlimmable = {"node", "python", "ruby"};

bool listed(auto& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// The stage compiles (`go build`, `cargo build`/`install`) or only brings in files built elsewhere.
bool ships_a_binary(const ir::Stage& stage) {
  bool copies_from_stage = false;
  for (const auto& op : stage.ops) {
    if (op.kind == ir::OpKind::Copy && op.flag("from")) copies_from_stage = true;
    const auto* run = op.as<ir::RunOp>();
    if (!run) continue;
    for (const auto& command : run->command.script.commands) {
      std::size_t program = knowledge::effective_program_index(command);
      if (program + 1 >= command.argv.size()) continue;
      std::string_view name = knowledge::program_basename(command.argv[program].value);
      const std::string& sub = command.argv[program + 1].value;
      if ((name == "go" || name == "cargo") && (sub == "build" || sub == "install")) return true;
    }
  }
  return copies_from_stage;
}

class OversizedFinalBase final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE181",
        .name = "oversized-final-base",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary =
            "The final stage is based on a compiler toolchain or a full language image where a small base would do",
        .rationale =
            "`golang`, `rust` and `gcc` images are hundreds of megabytes of compiler; a binary built with them "
            "runs on `scratch` or `gcr.io/distroless/static` (about 2 MB) when it is static, or on "
            "`gcr.io/distroless/cc` / a `-slim` Debian image when it links libc. Build in one stage and copy the "
            "binary into a small final stage. Likewise the full `node`, `python` and `ruby` images carry "
            "compilers and -dev libraries (buildpack-deps) that a running application rarely needs: their "
            "`-slim` variants are a fifth of the size or less. The message gives the estimated sizes from "
            "the base-image table (docs/size-estimates.md). Reported on the base image of the final stage "
            "when it compiles a Go or Rust program or copies files from another stage (for toolchain "
            "images), and always for the full language images.",
        .bad_example =
            "FROM golang:1.26 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n"
            "FROM golang:1.26\nCOPY --from=build /app /app\n",
        .good_example =
            "FROM golang:1.26 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n"
            "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || ctx.build->stages.empty()) return;
    const ir::Stage& stage = ctx.build->stages.back();
    if (stage.base_stage || stage.base.has_variable || stage.base.scratch) return;
    if (stage.base.registry != "docker.io" || stage.base.repository.rfind("library/", 0) != 0) return;
    std::string image = stage.base.short_name();
    knowledge::BaseImageSize size = knowledge::base_image_size(stage.base);
    std::string estimated = size.known ? " (estimated " + knowledge::format_range(size.size) + ")" : "";
    if (listed(kToolchains, image)) {
      if (!ships_a_binary(stage)) return;
      ctx.report(stage.base_text.span,
                 "the final image is the " + image + " toolchain" + estimated +
                     "; the program it builds needs only scratch or gcr.io/distroless/static (about 2 MB) when "
                     "static, gcr.io/distroless/cc (about 23 MB) otherwise: build in a stage, copy the binary out");
      return;
    }
    if (!listed(kSlimmable, image) || !knowledge::tag_variant(stage.base.tag).empty()) return;
    if (stage.base.tag.empty() || stage.base.tag == "latest") return;  // no tag to append -slim to
    ir::ImageRef slim = stage.base;
    slim.tag += "-slim";
    knowledge::BaseImageSize slim_size = knowledge::base_image_size(slim);
    std::string slim_estimate =
        slim_size.known ? " is about " + knowledge::format_range(slim_size.size) : " is much smaller";
    ctx.report(stage.base_text.span, "the final image is the full " + image + ":" + stage.base.tag + " image" +
                                         estimated + ", with compilers and -dev libraries; " + image + ":" + slim.tag +
                                         slim_estimate + " unless the application builds native code at run time");
  }
};

}  // namespace

DLINT_REGISTER_RULE(OversizedFinalBase);

}  // namespace dlint::rules
