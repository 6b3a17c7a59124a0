// COR004: `$NAME` in an instruction Docker substitutes, with no ARG or ENV declaring NAME before it.
#include <algorithm>
#include <set>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/variable_references.hpp"
#include "support/edit_distance.hpp"

namespace dlint::rules {
namespace {

// Build args BuildKit defines on its own, and proxy settings Docker passes through without an ARG.
const std::set<std::string, std::less<>>& predefined() {
  static const std::set<std::string, std::less<>> names{
      "TARGETPLATFORM",  "TARGETOS",          "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS",
      "BUILDARCH",       "BUILDVARIANT",      "HTTP_PROXY", "http_proxy",    "HTTPS_PROXY",   "https_proxy",
      "FTP_PROXY",       "ftp_proxy",         "NO_PROXY",   "no_proxy",      "ALL_PROXY",     "all_proxy",
      "BUILDKIT_SYNTAX", "SOURCE_DATE_EPOCH", "PATH" /* BuildKit gives every Linux image a default PATH */};
  return names;
}

bool substituted(ir::OpKind kind) {
  switch (kind) {
    case ir::OpKind::Add:
    case ir::OpKind::Copy:
    case ir::OpKind::Env:
    case ir::OpKind::Expose:
    case ir::OpKind::Label:
    case ir::OpKind::StopSignal:
    case ir::OpKind::User:
    case ir::OpKind::Volume:
    case ir::OpKind::Workdir: return true;
    default: return false;
  }
}

class UndefinedVariable final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR004",
        .name = "undefined-variable",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "A variable is used where no ARG or ENV defines it",
        .rationale =
            "In FROM, COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME and STOPSIGNAL, Docker substitutes "
            "`$NAME` itself, and an undefined name silently becomes an empty string: `COPY app $DEST` copies to "
            "the wrong place. FROM sees only the ARGs before the first FROM; a stage sees its own ARGs (a global "
            "ARG must be redeclared in the stage), its ENVs, what it inherits from a parent stage, and BuildKit's "
            "predefined platform and proxy args. The environment of an external base image cannot be known "
            "without pulling it, so in stages built on one, a name is reported only when it is close to a "
            "declared one (a likely typo). `${NAME:-default}` and friends handle the unset case and are not "
            "reported.",
        .bad_example = "FROM alpine:3.19\nARG APP_DIR=/srv/app\nWORKDIR $APP_DRI\n",
        .good_example = "FROM alpine:3.19\nARG APP_DIR=/srv/app\nWORKDIR $APP_DIR\n",
        .fixable = false,
        .aliases = {"UndefinedVar", "UndefinedArgInFrom"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& build = *ctx.build;
    std::set<std::string, std::less<>> global;
    for (const auto& op : build.global_args) {
      for (const auto& kv : op.as<ir::ArgOp>()->args) global.insert(kv.key.value);
    }
    // Names each stage ends with, for stages built FROM it.
    std::vector<std::set<std::string, std::less<>>> stage_env(build.stages.size());

    for (const auto& stage : build.stages) {
      std::set<std::string, std::less<>> scope = global;
      scope.insert(predefined().begin(), predefined().end());
      check_text(ctx, stage.base_text, scope, true, build.escape);

      std::set<std::string, std::less<>> declared(predefined().begin(), predefined().end());
      bool base_known = stage.base.scratch;
      if (stage.base_stage) {
        declared.insert(stage_env[*stage.base_stage].begin(), stage_env[*stage.base_stage].end());
        base_known = false;  // its base may itself be an external image
      }
      for (const auto& op : stage.ops) {
        if (substituted(op.kind)) {
          for (const auto& arg : op.args) check_text(ctx, arg, declared, base_known, build.escape);
          for (const auto& flag : op.flags) {
            if (flag.value) check_text(ctx, *flag.value, declared, base_known, build.escape);
          }
        }
        if (const auto* env = op.as<ir::EnvOp>()) {
          for (const auto& kv : env->pairs) declared.insert(kv.key.value);
        } else if (const auto* arg = op.as<ir::ArgOp>()) {
          for (const auto& kv : arg->args) declared.insert(kv.key.value);
        }
      }
      stage_env[stage.index] = declared;
    }
  }

 private:
  static void check_text(RuleContext& ctx, const ir::Text& text, const std::set<std::string, std::less<>>& declared,
                         bool strict, char escape) {
    for (const auto& ref : variable_references(text.value, escape)) {
      if (ref.has_fallback || declared.count(ref.name) != 0) continue;
      auto suggestion = closest_match(ref.name, declared);
      if (!strict && !suggestion) continue;
      std::string message = "$" + ref.name + " is not defined by any ARG or ENV before this point";
      if (suggestion) message += "; did you mean " + *suggestion + "?";
      std::uint32_t begin = text.span.begin + ref.offset;
      ctx.report(ctx.file().span(begin, std::min(begin + ref.length, text.span.end)), message);
    }
  }
};

DLINT_REGISTER_RULE(UndefinedVariable);

}  // namespace
}  // namespace dlint::rules
