// SEC005: a secret in ENV or ARG: by its name (PASSWORD, API_KEY, ...) or by its value's format.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/secret_patterns.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class SecretInEnvOrArg final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC005",
        .name = "secret-in-env-or-arg",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "A secret is passed through ENV or ARG",
        .rationale =
            "ENV values are stored in the image config, and ARG values in the image history, where "
            "anyone who can pull the image can read them (`docker history`, `docker inspect`). Use a "
            "build secret (`RUN --mount=type=secret,id=npm_token ...`) at build time and inject runtime "
            "secrets when the container starts. Names that only point at a secret (PASSWORD_FILE, "
            "TOKEN_URL) are fine; values in well-known credential formats are reported whatever their "
            "name. Messages never print the secret itself.",
        .bad_example = "FROM node:20-alpine\nARG NPM_TOKEN\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n",
        .good_example = "FROM node:20-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n",
        .fixable = false,
        .aliases = {"DL3064", "SecretsUsedInArgOrEnv", "DS-0031"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    auto check_pairs = [&](const std::vector<ir::KeyValue>& pairs, std::string_view keyword) {
      for (const auto& kv : pairs) {
        if (kv.value) {
          if (auto match = knowledge::find_secret_value(kv.value->value)) {
            std::string found = kv.value->value.substr(match->offset, match->length);
            ctx.report_secret(kv.value->span,
                              std::string(keyword) + " " + kv.key.value + " holds " + match->kind + " (" +
                                  knowledge::redact_secret(found) + "); pass it as a build secret instead",
                              kv.value->span);
            continue;
          }
        }
        // An explicitly empty value (`ENV DB_PASSWORD=""`) declares the name and leaks nothing.
        bool empty = kv.value && (kv.value->value == "\"\"" || kv.value->value == "''" || kv.value->value.empty());
        if (!empty && knowledge::secret_name(kv.key.value)) {
          // A Luakit script has no RUN --mount; its build secrets are bk.secret mounts.
          std::string_view remedy = ctx.luakit != nullptr ? "a bk.secret mount" : "`RUN --mount=type=secret`";
          std::string message = std::string(keyword) + " " + kv.key.value + " looks like a secret; " +
                                std::string(keyword) + " values stay readable in the image, so use " +
                                std::string(remedy) + " instead";
          // Its value stays out of the quoted source line.
          if (kv.value) {
            ctx.report_secret(kv.key.span, std::move(message), kv.value->span);
          } else {
            ctx.report(kv.key.span, std::move(message));
          }
        }
      }
    };
    auto visit = [&](const ir::Op& op, std::size_t) {
      if (const auto* env = op.as<ir::EnvOp>())
        check_pairs(env->pairs, ctx.luakit != nullptr ? "bk.export env" : "ENV");
      if (const auto* arg = op.as<ir::ArgOp>()) check_pairs(arg->args, "ARG");
    };
    for (const auto& op : ctx.build->global_args) visit(op, 0);
    for_each_op(*ctx.build, visit);
  }
};

DLINT_REGISTER_RULE(SecretInEnvOrArg);

}  // namespace
}  // namespace dlint::rules
