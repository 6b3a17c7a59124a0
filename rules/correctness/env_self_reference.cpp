// COR033: `ENV A=1 B=$A`: a variable set earlier in the same ENV is read before it takes effect.
#include <map>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/stage_env.hpp"
#include "rules/support/each_op.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/variable_references.hpp"

namespace dlint::rules {
namespace {

// `ENV NAME=$NAME ...` after `ARG NAME=x` (or an ENV with the same literal value): the pair does not
// change NAME, so reading NAME later in the instruction sees the same value either way.
bool keeps_value(const ir::BuildDefinition& build, std::size_t stage, const ir::Op& op, const ir::KeyValue& pair,
                 char escape) {
  auto before = knowledge::find_env(build, stage, &op, pair.key.value);
  if (!before || !pair.value) return false;
  const std::string& value = pair.value->value;
  auto refs = variable_references(value, escape);
  bool self = refs.size() == 1 && refs[0].name == pair.key.value && refs[0].offset == 0 &&
              refs[0].length == value.size() && !refs[0].has_fallback;
  return self || (before->value && *before->value == value);
}

class EnvSelfReference final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR033",
        .name = "env-self-reference",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "An ENV uses a variable set earlier in the same ENV",
        .rationale =
            "Docker substitutes every value of an ENV instruction with the environment as it was before the "
            "instruction, so in `ENV APP=/srv/app BIN=$APP/bin` BIN becomes `/bin` (or the old APP value), not "
            "`/srv/app/bin`. Split it into two ENV instructions, or write the value out. A pair that reads its "
            "own old value (`ENV PATH=/opt/bin:$PATH`) is fine and not reported, and neither is a pair that "
            "does not change its variable (`ARG V=1` then `ENV V=$V OTHER=x$V`).",
        .bad_example = "FROM alpine:3.20\nENV APP=/srv/app BIN=$APP/bin\n",
        .good_example = "FROM alpine:3.20\nENV APP=/srv/app\nENV BIN=$APP/bin\n",
        .fixable = false,
        .aliases = {"DL3044"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const char escape = ctx.build->escape;
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t stage) {
      const auto* env = op.as<ir::EnvOp>();
      if (!env) return;
      std::map<std::string, const ir::KeyValue*, std::less<>> earlier;
      for (const auto& kv : env->pairs) {
        if (kv.value) {
          for (const auto& ref : variable_references(kv.value->value, escape)) {
            auto it = earlier.find(ref.name);
            if (it == earlier.end() || ref.name == kv.key.value) continue;
            if (keeps_value(*ctx.build, stage, op, *it->second, escape)) continue;
            std::uint32_t begin = kv.value->span.begin + ref.offset;
            std::uint32_t end = std::min(begin + ref.length, kv.value->span.end);
            ctx.report(ctx.file().span(begin, end),
                       concat({"$", ref.name, " is set in this same ENV, so it still has its old value here; set ",
                               ref.name, " in an ENV of its own before this one"}));
          }
        }
        earlier.emplace(kv.key.value, &kv);
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(EnvSelfReference);

}  // namespace dlint::rules
