// BP004: `COPY --from=image` or `RUN --mount=from=image` naming an external image without a version.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/image_refs.hpp"
#include "support/ascii_case.hpp"

namespace dlint::rules {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The problem with `from`, or an empty string when it names a stage, a pinned image or cannot be judged.
std::string_view unpinned(const ir::BuildDefinition& build, std::string_view from) {
  if (from.empty() || from.find('$') != std::string_view::npos || all_digits(from)) return {};
  if (build.stage_index(from)) return {};  // BuildKit resolves stage names across the whole file
  for (const auto& stage : build.stages) {
    if (stage.name && stage.name->value.find('$') != std::string::npos) return {};  // `AS ${NAME}`: unknown
  }
  auto ref = ir::ImageRef::parse(from);
  if (ref.scratch || ref.pinned_by_digest()) return {};
  if (ref.untagged()) return "has no tag";
  if (ref.latest()) return "uses the :latest tag";
  return {};
}

// The span of the value of the `from=` field of a mount, found in the file text; the whole mount otherwise.
Span mount_from_span(const SourceFile& file, const ir::Mount& mount, std::string_view value) {
  std::string_view text = file.text().substr(mount.span.begin, mount.span.end - mount.span.begin);
  for (std::size_t at = 0; at + 5 <= text.size(); ++at) {
    if (at > 0 && text[at - 1] != ',' && text[at - 1] != '"') continue;
    std::string key = ascii_lower(text.substr(at, 5));
    if (key != "from=" || text.substr(at + 5, value.size()) != value) continue;
    auto begin = static_cast<std::uint32_t>(mount.span.begin + at + 5);
    return file.span(begin, static_cast<std::uint32_t>(begin + value.size()));
  }
  return mount.span;
}

class CopyFromUnpinnedImage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP004",
        .name = "copy-from-unpinned-image",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`COPY --from` or `RUN --mount=from=` names an image with no tag, or with :latest",
        .rationale =
            "`COPY --from=` and a mount's `from=` accept an image as well as a stage; the image is pulled like "
            "a base image, so an untagged name or :latest brings in whatever was pushed last, and the files "
            "copied out of it change from one build to the next without any edit to the Dockerfile. Name a "
            "version tag or a digest. Stage names (matched case-insensitively, anywhere in the file), stage "
            "numbers, and values built from variables are not reported, nor is anything in a file whose stage "
            "names come from variables (`AS ${NAME}`); neither is ONBUILD, where stage names belong to the "
            "build that triggers it. A named build context (`docker build --build-context name=...`) is "
            "written like an untagged image; suppress the finding on that line.",
        .bad_example = "FROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/\n",
        .good_example = "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& build = *ctx.build;
    for (const auto& stage : build.stages) {
      for (const auto& op : stage.ops) {
        if (op.kind == ir::OpKind::Copy) {
          const ir::Flag* from = op.flag("from");
          if (!from || !from->value) continue;
          std::string_view problem = unpinned(build, from->value->value);
          if (problem.empty()) continue;
          Span at = problem == "has no tag" ? from->value->span : tag_span(ctx.file(), *from->value);
          ctx.report(at, concat({"COPY --from=", from->value->value, ": the image ", problem,
                                 ", so the copied files change whenever it is re-pushed; name a version tag"}));
        } else if (const auto* run = op.as<ir::RunOp>()) {
          for (const auto& mount : run->mounts) {
            auto from = mount.option("from");
            if (!from) continue;
            std::string_view problem = unpinned(build, *from);
            if (problem.empty()) continue;
            Span at = mount_from_span(ctx.file(), mount, *from);
            if (problem != "has no tag" && at.end - at.begin == from->size()) {
              at = tag_span(ctx.file(), ir::Text{std::string(*from), at});
            }
            ctx.report(at, concat({"RUN --mount from=", *from, ": the image ", problem,
                                   ", so the mounted files change whenever it is re-pushed; name a version tag"}));
          }
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyFromUnpinnedImage);

}  // namespace dlint::rules
