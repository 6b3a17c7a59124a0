// SEC020: FROM (or COPY --from) an image of a registry not in `trusted-registries`.
#include "engine/config.hpp"
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/registry_patterns.hpp"
#include "knowledge/variable_expansion.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

class UntrustedRegistry final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC020",
        .name = "untrusted-registry",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "An image comes from a registry not listed in trusted-registries",
        .rationale =
            "Organisations often allow base images only from registries they control or vet (a mirror, a "
            "private registry, the vendor's): an image pulled from anywhere else has not been scanned, can "
            "disappear, and is a supply-chain risk. List the allowed registries in the config "
            "(`trusted-registries: [docker.io, \"*.gcr.io\"]`; `*.` allows every sub-domain, `docker.io` also "
            "covers images named without a registry). The rule is silent when no list is configured. FROM "
            "lines built from ARGs are judged by their resolved value; `scratch` and stage references are never "
            "reported. `COPY --from=<image>` is checked too.",
        .bad_example = "# trusted-registries: [registry.example.com]\nFROM node:20-alpine\n",
        .good_example = "# trusted-registries: [registry.example.com]\nFROM registry.example.com/node:20-alpine\n",
        .fixable = false,
        .aliases = {"DL3026"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& trusted = ctx.config().trusted_registries;
    if (trusted.empty()) return;
    const auto& build = *ctx.build;
    auto judge = [&](const ir::ImageRef& image, const ir::Text& at, std::string_view shown) {
      if (image.scratch || knowledge::registry_allowed(image.registry, trusted)) return;
      ctx.report(at.span,
                 concat({"`", shown, "` comes from ", image.registry, ", which is not in trusted-registries"}));
    };
    for (const auto& stage : build.stages) {
      if (!stage.base_stage && !stage.base_text.value.empty()) {
        if (auto resolved = knowledge::resolved_base(build, stage, ctx.config().build_args)) {
          judge(resolved->image, stage.base_text, resolved->text);
        } else if (!stage.base.has_variable) {
          judge(stage.base, stage.base_text, stage.base_text.value);
        }
      }
      for (const auto& op : stage.ops) {
        const ir::Flag* from = op.flag("from");
        if (op.kind != ir::OpKind::Copy || !from || !from->value) continue;
        const std::string& name = from->value->value;
        if (name.find('$') != std::string::npos || build.stage_index(name, stage.index)) continue;
        if (name.find_first_not_of("0123456789") == std::string::npos) continue;  // stage number
        judge(ir::ImageRef::parse(name), *from->value, name);
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(UntrustedRegistry);

}  // namespace dlint::rules
