// SEC012: environment variables that turn off TLS verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/stage_env.hpp"
#include "knowledge/verification_switches.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

std::string message(std::string_view name) {
  return concat({"`", name,
                 "` turns off TLS certificate checks for every program that reads it; install the CA "
                 "certificate instead"});
}

class TlsVerificationDisabledByEnv final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC012",
        .name = "tls-verification-disabled-by-env",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "ENV, ARG or a RUN assignment that turns off TLS verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
        .rationale =
            "`NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`, "
            "`NPM_CONFIG_STRICT_SSL=false`, `YARN_ENABLE_STRICT_SSL=false` and `PIP_TRUSTED_HOST` make Node, "
            "Python, git, npm, yarn and pip accept any certificate. In ENV the setting stays in the image and "
            "applies to the application at run time as well; in an ARG or a RUN it still exposes every "
            "download of the build to whoever is on the network path. Install the CA certificate the server "
            "needs instead.",
        .bad_example = "ENV NODE_TLS_REJECT_UNAUTHORIZED=0\n",
        .good_example =
            "COPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates\n"
            "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt\n",
        .aliases = {"CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_12", "CKV2_DOCKER_14", "CKV2_DOCKER_16"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    auto check_pairs = [&](const std::vector<ir::KeyValue>& pairs) {
      for (const auto& pair : pairs) {
        if (pair.value &&
            knowledge::disabling_environment(pair.key.value, knowledge::unquoted_value(pair.value->value))) {
          ctx.report(pair.key.span, message(pair.key.value));
        }
      }
    };
    for (const auto& op : ctx.build->global_args) {
      if (const auto* arg = op.as<ir::ArgOp>()) check_pairs(arg->args);
    }
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) {
      if (const auto* env = op.as<ir::EnvOp>()) check_pairs(env->pairs);
      if (const auto* arg = op.as<ir::ArgOp>()) check_pairs(arg->args);
    });
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        auto check_word = [&](const ir::ShellWord& word) {
          std::string_view text = word.value;
          auto eq = text.find('=');
          if (eq == std::string_view::npos) return;
          if (knowledge::disabling_environment(text.substr(0, eq), text.substr(eq + 1))) {
            ctx.report(word.span, message(text.substr(0, eq)));
          }
        };
        for (const auto& word : command.assignments) check_word(word);
        // `export NAME=0`, `env NAME=0 program`: the words before the program that does the work.
        const std::string_view program = command.program();
        if (program == "export" || program == "declare" || program == "typeset") {
          for (std::size_t i = 1; i < command.argv.size(); ++i) check_word(command.argv[i]);
          continue;
        }
        auto chain = knowledge::program_chain(command);
        const std::size_t end = chain.empty() ? 0 : chain.back();
        for (std::size_t i = 0; i < end && i < command.argv.size(); ++i) check_word(command.argv[i]);
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(TlsVerificationDisabledByEnv);

}  // namespace dlint::rules
