// SEC142: the directory beside a .dockerignore holds secret files that it does not exclude.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "knowledge/context_paths.hpp"
#include "rules/support/dockerignore_edits.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

constexpr std::uint64_t max_probe_bytes = 256 * 1024;
constexpr std::size_t max_named = 5;

class DockerignoreMissesSecret final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC142",
        .name = "dockerignore-misses-secret",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerignore},
        .summary = "A secret file in the context is not excluded by .dockerignore",
        .rationale =
            "An .env file, a private key, an .npmrc or .pypirc with a token, cloud credentials, a kubeconfig "
            "or Terraform state lying in the build context is sent to the builder and copied into the image "
            "by any broad COPY. Listing it in .dockerignore keeps it out whatever the Dockerfile does. The "
            "fix appends the paths found.",
        .bad_example = "# the directory holds .env\nnode_modules\n",
        .good_example = "node_modules\n.env\n",
        .fixable = true,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.context || !ctx.context->ignore() || ctx.build) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    std::vector<std::string> paths;
    std::vector<std::string> named;
    for (const auto& entry : walk->entries) {
      if (!entry.sent || entry.stat.type != FileType::Regular) continue;
      auto secret = knowledge::secret_file(entry.path);
      if (!secret) continue;
      if (secret->content_pattern != nullptr) {
        auto text = ctx.context->fs()->read(ctx.context->disk_path(entry.path), max_probe_bytes);
        if (!text || !knowledge::secret_file_content_matches(*secret, *text)) continue;
      }
      if (paths.size() < max_named) named.push_back(concat({entry.path, " (", secret->what, ")"}));
      paths.push_back(entry.path);
    }
    if (paths.empty()) return;
    if (paths.size() > max_named) named.push_back(std::to_string(paths.size() - max_named) + " more");
    std::string list;
    for (std::size_t i = 0; i < named.size(); ++i) {
      list += i == 0 ? "" : i + 1 == named.size() ? " and " : ", ";
      list += named[i];
    }
    report_not_excluded(ctx, list, paths);
  }
};

}  // namespace

DLINT_REGISTER_RULE(DockerignoreMissesSecret);

}  // namespace dlint::rules
