// SEC001: the final image runs its processes as root.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// `root`, `0`, `root:staff`, `0:0`: the user part names uid 0; on Windows, ContainerAdministrator.
bool names_root(const ir::UserOp& user) {
  return user.user == "root" || user.user == "0" || iequals(user.user, "ContainerAdministrator");
}

// Bases that do not start as root: distroless and similar images published for non-root use say so in the
// tag (`:nonroot`, `:latest-nonroot`); Windows Nano Server runs as ContainerUser.
bool nonroot_base(const ir::ImageRef& base) {
  return base.tag.find("nonroot") != std::string::npos || base.repository.find("nanoserver") != std::string::npos ||
         base.tag.find("nanoserver") != std::string::npos;
}

class FinalImageRunsAsRoot final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC001",
        .name = "final-image-runs-as-root",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile, InputKind::Luakit},
        .summary = "The final image runs as root: it has no USER, or its last USER is root",
        .rationale =
            "Without a USER instruction a container runs as whatever user its base image ends with, which for "
            "almost every base image is root. A process running as root in a container is one kernel or "
            "runtime bug away from root on the host, and can rewrite every file of the image. Create an "
            "unprivileged user and switch to it with USER before CMD/ENTRYPOINT (on Windows, `USER "
            "ContainerAdministrator` counts as root). Only the final image counts: "
            "the target stage and the stages it is built FROM, so a build stage may run as root freely. A USER "
            "given by a variable is trusted. Not reported: an image built FROM scratch whose stages have no RUN "
            "(a static binary copied into an empty image has no /etc/passwd and no users to switch to; give it "
            "a numeric USER if you can), bases whose tag says `nonroot` (distroless), and Windows Nano Server, "
            "which runs as ContainerUser. An image whose entrypoint drops privileges itself (gosu, su-exec, "
            "setpriv) starts as root on purpose; suppress the finding there.",
        .bad_example = "FROM node:20-alpine\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n",
        .good_example = "FROM node:20-alpine\nCOPY . /app\nUSER node\nCMD [\"node\", \"/app/server.js\"]\n",
        .fixable = false,
        .aliases = {"DL3002", "DS002", "DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.image || ctx.image->stage_chain.empty()) return;
    const auto& stages = ctx.build->stages;
    const ir::Op* last_user = nullptr;
    bool has_run = false;
    // The chain lists the target first; walk it from the bottom up so the last USER wins.
    for (auto it = ctx.image->stage_chain.rbegin(); it != ctx.image->stage_chain.rend(); ++it) {
      for (const auto& op : stages[*it].ops) {
        if (op.kind == ir::OpKind::User && op.as<ir::UserOp>()) last_user = &op;
        if (op.kind == ir::OpKind::Run) has_run = true;
      }
    }
    if (last_user) {
      const auto& user = *last_user->as<ir::UserOp>();
      if (names_root(user)) {
        ctx.report(user.spec.span, concat({"the final image runs as root (USER ", user.spec.value,
                                           "); switch to an unprivileged user before the image starts"}));
      }
      return;
    }
    if (ctx.image->base.scratch && !has_run) return;
    if (nonroot_base(ctx.image->base)) return;
    const ir::Stage& target = stages[ctx.image->target_stage];
    ctx.report(target.base_text.span,
               "the final image has no USER, so it runs as the base image's user, usually root; add a USER "
               "with an unprivileged user");
  }
};

}  // namespace

DLINT_REGISTER_RULE(FinalImageRunsAsRoot);

}  // namespace dlint::rules
