// SEC109: a secret written into a compose file's environment, build args or labels.
#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "rules/support/inline_secrets.hpp"

namespace dlint::rules {
namespace {

class HardcodedSecretInCompose final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC109",
        .name = "hardcoded-secret-in-compose",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Compose},
        .summary = "A secret is written into environment, build args or labels",
        .rationale =
            "A password or token written in the compose file is in version control, in `docker inspect` "
            "output for anyone with access to the daemon, and (for build args and labels) in the image. "
            "Reference it instead: `${DB_PASSWORD}` from an untracked .env, an `env_file:`, or a compose "
            "secret (`secrets:` with `file:` or `environment:`), which the service reads from "
            "/run/secrets/. Values that are `${...}` references are fine. Messages show at most four "
            "characters of a secret.",
        .bad_example =
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "
            "hunter2\n",
        .good_example =
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: "
            "/run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n"
            "    file: ./db_password.txt\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      check_entries(ctx, service, service.environment, "environment variable");
      check_entries(ctx, service, service.labels, "label");
      if (service.build) check_entries(ctx, service, service.build->args, "build arg");
    }
  }

 private:
  static void check_entries(RuleContext& ctx, const ir::Service& service, const std::vector<ir::KeyValueEntry>& entries,
                            std::string_view what) {
    for (const auto& entry : entries) {
      if (!entry.value || entry.value->value.empty()) continue;
      // Written as a reference (`${DB_PASSWORD}`): the value is not in the file.
      if (entry.raw_value.find('$') != std::string::npos) continue;
      std::string where = "service " + service.name.value + ": " + std::string(what) + " " + entry.key.value;
      report_inline_secret(ctx, entry, where, "reference it from a secret or an env_file instead",
                           "use `${" + entry.key.value + "}`, an env_file or a compose secret");
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(HardcodedSecretInCompose);

}  // namespace dlint::rules
