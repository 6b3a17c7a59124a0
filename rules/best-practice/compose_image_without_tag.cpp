// BP100: a service pulls an image without an explicit tag, or with a moving tag such as latest.
#include <array>

#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "ir/image_ref.hpp"
#include "rules/support/image_refs.hpp"

namespace dlint::rules {
namespace {

bool moving_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 9> tags{"latest", "stable", "edge",   "test", "nightly",
                                                        "dev",    "beta",   "canary", "lts"};
  for (auto t : tags) {
    if (tag == t) return true;
  }
  return false;
}

// The tag's span when the scalar is written as it reads (quoted or not), else the whole value.
Span tag_span_in_scalar(const SourceFile& file, const ir::Text& image) {
  auto tag = find_tag(image.value);
  if (!tag || !image.span.valid()) return image.span;
  std::string_view written = file.text().substr(image.span.begin, image.span.end - image.span.begin);
  std::size_t quote = !written.empty() && (written[0] == '"' || written[0] == '\'') ? 1 : 0;
  if (written.substr(quote, image.value.size()) != image.value) return image.span;
  auto begin = static_cast<std::uint32_t>(image.span.begin + quote + tag->offset);
  return file.span(begin, static_cast<std::uint32_t>(begin + tag->length));
}

class ComposeImageWithoutTag final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP100",
        .name = "compose-image-without-tag",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "A service's image has no tag, or a moving one such as latest",
        .rationale =
            "`image: postgres` means `postgres:latest`, which changes under you: the next pull can bring "
            "a new major version with an incompatible data format. Pin a version tag (or a digest). "
            "Moving tags (latest, stable, edge, nightly, dev, beta, canary, lts, test) are reported too. "
            "A service that also has `build:` names the image it builds, which is not pulled, and is not "
            "checked; nor are images that come from `${VAR}`.",
        .bad_example = "services:\n  db:\n    image: postgres\n",
        .good_example = "services:\n  db:\n    image: postgres:16.4\n",
        .fixable = false,
        .aliases = {"service-image-require-explicit-tag"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (!service.image || service.build || service.image->value.empty()) continue;
      const SourceFile* file = nullptr;
      if (auto f = ctx.application->file_of(service.image->span)) file = f.get();
      ir::ImageRef ref = ir::ImageRef::parse(service.image->value);
      if (ref.has_variable || ref.pinned_by_digest()) continue;
      if (ref.untagged()) {
        ctx.report(service.image->span, "service " + service.name.value + " uses " + service.image->value +
                                            " without a tag, which means :latest; pin a version");
      } else if (moving_tag(ref.tag)) {
        Span span = file ? tag_span_in_scalar(*file, *service.image) : service.image->span;
        ctx.report(span, "service " + service.name.value + " uses the moving tag :" + ref.tag + "; pin a version");
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(ComposeImageWithoutTag);

}  // namespace dlint::rules
