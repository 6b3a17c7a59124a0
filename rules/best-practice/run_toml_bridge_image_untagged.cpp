// BP206: a run.toml bridge runs an image without a tag.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "ir/image_ref.hpp"

namespace dlint::rules {
namespace {

class RunTomlBridgeImageUntagged final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP206",
        .name = "run-toml-bridge-image-untagged",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::RunToml},
        .summary = "A bridge's image has no tag or digest",
        .rationale =
            "An image without a tag is `:latest`, whichever version that is on the day the bridge starts: "
            "a stateful service such as a database can come up on a new major version with an "
            "incompatible data directory. Pin a tag, or a digest.",
        .bad_example = "[bridge.postgres]\nimage = \"postgres\"\n",
        .good_example = "[bridge.postgres]\nimage = \"postgres:16\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (service.component || !service.image || service.image->value.empty()) continue;
      ir::ImageRef ref = ir::ImageRef::parse(service.image->value);
      if (ref.has_variable || ref.pinned_by_digest() || !ref.untagged()) continue;
      ctx.report(service.image->span, "bridge " + service.name.value + " runs " + service.image->value +
                                          " without a tag, which means :latest; pin a version");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlBridgeImageUntagged);

}  // namespace dlint::rules
