// COR003: `COPY --from=NAME` names no earlier stage (or names its own stage).
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"
#include "support/edit_distance.hpp"

namespace dlint::rules {
namespace {

// `--from` may also name an image ("nginx:1.27", "ghcr.io/x/y"). A bare word with no ':', '/', '@' or '.'
// that matches no stage is almost always a misspelt or later-defined stage, so it is reported; a bare
// image name without a tag is reported by BP004 instead when it is meant as an image.
bool looks_like_image(std::string_view from) {
  if (from.find_first_of(":/@.$") != std::string_view::npos) return true;
  // Official images commonly copied from without a tag (BP004 reports the missing tag).
  static constexpr std::string_view official[] = {
      "alpine", "busybox",  "debian",      "ubuntu",      "centos",    "fedora",     "nginx",           "node",
      "golang", "python",   "ruby",        "rust",        "php",       "openjdk",    "eclipse-temurin", "maven",
      "gradle", "postgres", "redis",       "mysql",       "mariadb",   "httpd",      "traefik",         "caddy",
      "docker", "registry", "hello-world", "amazonlinux", "archlinux", "oraclelinux"};
  for (std::string_view name : official) {
    if (from == name) return true;
  }
  return false;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

class CopyFromUnknownStage final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR003",
        .name = "copy-from-unknown-stage",
        .family = "correctness",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`COPY --from` names a stage that is not defined before it, or its own stage",
        .rationale =
            "`COPY --from=NAME` takes files from an earlier stage. A name defined later, misspelt, or "
            "the current stage itself makes Docker pull an image called NAME instead (and usually "
            "fail), or loop. A bare word such as `--from=builder` is treated as a stage name; image "
            "references with a tag, registry or digest, and bare official image names, are left alone. A "
            "name given to `docker build --build-context NAME=...` is legitimate too: silence the "
            "finding for that line if you use named contexts.",
        .bad_example =
            "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.19\nCOPY --from=biuld /app /app\n",
        .good_example =
            "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.19\nCOPY --from=build /app /app\n",
        .fixable = false,
        .aliases = {"DL3022", "DL3023", "DS006", "DS-0006"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto& build = *ctx.build;
    for_each_op(build, [&](const ir::Op& op, std::size_t stage) {
      if (op.kind != ir::OpKind::Copy) return;
      const ir::Flag* from = op.flag("from");
      if (from == nullptr || !from->value) return;
      const std::string& name = from->value->value;
      if (looks_like_image(name)) return;
      if (all_digits(name)) {
        if (std::stoul(name.substr(0, 9)) >= stage) {
          ctx.report(from->value->span, "--from=" + name + " does not name an earlier stage (this is stage " +
                                            std::to_string(stage) + ")");
        }
        return;
      }
      const auto& current = build.stages[stage];
      if (current.name && std::equal(name.begin(), name.end(), current.name->value.begin(), current.name->value.end(),
                                     [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
        ctx.report(from->value->span, "--from=" + name + " names the stage it is in; copy from an earlier stage");
        return;
      }
      if (build.stage_index(name, stage)) return;
      std::string message = "no stage named '" + name + "' is defined before this (nor is it an image reference)";
      if (build.stage_index(name)) {
        message += "; it is defined later, so move that stage up";
      } else {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < stage; ++i) {
          if (build.stages[i].name) names.push_back(build.stages[i].name->value);
        }
        if (auto suggestion = closest_match(name, names)) message += "; did you mean " + *suggestion + "?";
      }
      ctx.report(from->value->span, message);
    });
  }
};

DLINT_REGISTER_RULE(CopyFromUnknownStage);

}  // namespace
}  // namespace dlint::rules
