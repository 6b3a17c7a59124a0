// SEC182: a Luakit `:run` passes a secret in `env` instead of mounting it with bk.secret.
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/secret_patterns.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

class LuakitSecretInRunEnv final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC182",
        .name = "luakit-secret-in-run-env",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Luakit},
        .summary = "A Luakit `:run` passes a secret through `env` instead of `bk.secret`",
        .rationale =
            "The `env` of a `:run` is part of the build definition: it is written into the LLB that is sent to "
            "the builder, into the build cache key and into the build history, and the script itself holds the "
            "value. Mount the secret with `bk.secret(\"/run/secrets/token\", { id = \"token\" })` in `mounts` and "
            "read the file in the command. Secrets in bk.export's `env` are reported by secret-in-env-or-arg. "
            "Messages never print the secret.",
        .bad_example =
            "local base = bk.image(\"node:20-alpine\")\n"
            "bk.export(base:run({ \"npm\", \"ci\" }, { env = { NPM_TOKEN = \"npm_abc123\" } }))\n",
        .good_example =
            "local base = bk.image(\"node:20-alpine\")\n"
            "bk.export(base:run({ \"sh\", \"-c\", \"NPM_TOKEN=$(cat /run/secrets/npm) npm ci\" },\n"
            "  { mounts = { bk.secret(\"/run/secrets/npm\", { id = \"npm\" }) } }))\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || ctx.luakit == nullptr) return;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      const auto* run = op.as<ir::RunOp>();
      if (run == nullptr) return;
      for (const auto& kv : run->env) {
        if (kv.value) {
          if (auto match = knowledge::find_secret_value(kv.value->value)) {
            std::string found = kv.value->value.substr(match->offset, match->length);
            ctx.report(kv.value->span, "the env of `:run` sets " + kv.key.value + " to " + match->kind + " (" +
                                           knowledge::redact_secret(found) + "); mount it with bk.secret instead");
            continue;
          }
        }
        bool empty = kv.value && kv.value->value.empty();
        if (!empty && knowledge::secret_name(kv.key.value)) {
          ctx.report(kv.key.span, "the env of `:run` passes " + kv.key.value +
                                      ", which looks like a secret; it is stored in the build definition and cache, "
                                      "so mount it with bk.secret instead");
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(LuakitSecretInRunEnv);

}  // namespace dlint::rules
