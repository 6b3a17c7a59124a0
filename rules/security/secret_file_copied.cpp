// SEC140: a COPY or ADD pulls a secret file (.env, a private key, registry credentials...) into the image.
#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/context_paths.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

constexpr std::uint64_t max_probe_bytes = 256 * 1024;  // enough to see a token in an .npmrc
constexpr std::size_t max_named = 4;

class SecretFileCopied final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC140",
        .name = "secret-file-copied",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "A COPY or ADD puts a secret file from the build context into the image",
        .rationale =
            "Files such as .env, private keys (*.pem, id_rsa), .npmrc or .pypirc with tokens, "
            ".aws/credentials, .git-credentials, kubeconfigs and Terraform state end up in a layer of the "
            "image when a broad COPY picks them up, and anyone who can pull the image can read them, even if "
            "a later RUN deletes them. Add them to .dockerignore, and pass what the build needs with "
            "`RUN --mount=type=secret`. Only the stages of the final image are checked; the finding names "
            "the instruction and the files, never their contents.",
        .bad_example = "# the context holds .env, .dockerignore does not list it\nFROM python:3.12-slim\nCOPY . /app\n",
        .good_example = "# .dockerignore: .env\nFROM python:3.12-slim\nCOPY . /app\n",
        .fixable = false,
        .aliases = {"DS-0031", "DS031"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    for (const auto& source : context_sources(*ctx.build)) {
      if (source.stage < in_image.size() && !in_image[source.stage]) continue;
      std::vector<std::string> found;
      for (const ir::ContextEntry* entry : copied_entries(*walk, source)) {
        if (entry->stat.type != FileType::Regular) continue;
        auto secret = knowledge::secret_file(entry->path);
        if (!secret) continue;
        if (secret->content_pattern != nullptr) {
          auto text = ctx.context->fs()->read(ctx.context->disk_path(entry->path), max_probe_bytes);
          if (!text || !knowledge::secret_file_content_matches(*secret, *text)) continue;
        }
        found.push_back(concat({entry->path, " (", secret->what, ")"}));
      }
      if (found.empty()) continue;
      std::size_t total = found.size();
      if (total > max_named) {
        found.resize(max_named);
        found.push_back(std::to_string(total - max_named) + " more");
      }
      std::string list;
      for (std::size_t i = 0; i < found.size(); ++i) {
        list += i == 0 ? "" : i + 1 == found.size() ? " and " : ", ";
        list += found[i];
      }
      ctx.report(source.source->span, concat({describe_copy(*source.op), ", copies ", list, " from the build context `",
                                              ctx.context->directory(), "` into the image; exclude ",
                                              total == 1 ? "it" : "them", " in .dockerignore"}));
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(SecretFileCopied);

}  // namespace dlint::rules
