// COR108: a service uses a secret or config the project does not define at the top level.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class UndefinedSecretReference final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR108",
        .name = "undefined-secret-reference",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Compose},
        .summary = "A service uses a secret or config that is not defined at the top level",
        .rationale =
            "A service's `secrets:` and `configs:` entries refer to the top-level `secrets:` and "
            "`configs:` sections, which say where the content comes from. docker compose refuses a "
            "reference to an undefined one (\"refers to undefined secret\").",
        .bad_example = "services:\n  db:\n    image: postgres:16\n    secrets:\n      - db_password\n",
        .good_example =
            "services:\n  db:\n    image: postgres:16\n    secrets:\n      - db_password\nsecrets:\n"
            "  db_password:\n    file: ./db_password.txt\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    const ir::Application& app = *ctx.application;
    auto defined = [](const std::vector<ir::Resource>& list, const std::string& name) {
      for (const auto& r : list) {
        if (r.name.value == name) return true;
      }
      return false;
    };
    for (const auto& service : app.services) {
      for (const auto& ref : service.secrets) {
        if (!defined(app.secrets, ref.source.value)) {
          ctx.report(ref.source.span, "service " + service.name.value + " uses the secret " + ref.source.value +
                                          ", which is not defined under the top-level `secrets:`");
        }
      }
      for (const auto& ref : service.configs) {
        if (!defined(app.configs, ref.source.value)) {
          ctx.report(ref.source.span, "service " + service.name.value + " uses the config " + ref.source.value +
                                          ", which is not defined under the top-level `configs:`");
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(UndefinedSecretReference);

}  // namespace dlint::rules
