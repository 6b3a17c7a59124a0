// SEC141: a file that a COPY or ADD puts into the image holds a credential (a private key block, a cloud
// key, a token, a `password=` assignment).
#include <algorithm>
#include <optional>

#include "engine/rule.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/context_paths.hpp"
#include "knowledge/secret_patterns.hpp"
#include "knowledge/stage_chain.hpp"
#include "rules/support/context_copies.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// Bounds on what one Dockerfile's analysis reads from its context.
constexpr std::uint64_t max_file_bytes = 1024 * 1024;
constexpr std::uint64_t max_total_bytes = 64ull * 1024 * 1024;
constexpr std::size_t max_files = 5000;
constexpr std::size_t max_findings_per_copy = 10;

bool binary(std::string_view text) {
  return text.substr(0, 8192).find('\0') != std::string_view::npos;
}

std::uint32_t line_of(std::string_view text, std::size_t offset) {
  return static_cast<std::uint32_t>(1 +
                                    std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The first credential in a file, as the message shows it. Every Dockerfile of a directory copies the
// same files, so the scan is kept for the run (see derive()).
struct FileCredential {
  bool read = false;  // false: missing, unreadable or over the size bound
  std::uint64_t bytes = 0;
  std::optional<std::string> kind;  // nullopt: none found (or a binary file)
  std::string redacted;
  std::uint32_t line = 0;
};

FileCredential scan_file(const FileSystem& fs, const std::string& path) {
  FileCredential out;
  auto text = fs.read(path, max_file_bytes);
  if (!text) return out;
  out.read = true;
  out.bytes = text->size();
  if (binary(*text)) return out;
  auto secrets = knowledge::find_secrets_in_text(*text, 1);
  if (secrets.empty()) return out;
  const auto& secret = secrets.front();
  out.kind = secret.kind;
  out.redacted = knowledge::redact_secret(std::string_view(*text).substr(secret.offset, secret.length));
  out.line = line_of(*text, secret.offset);
  return out;
}

class SecretInCopiedFile final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC141",
        .name = "secret-in-copied-file",
        .family = "security",
        .severity = Severity::Error,
        .kinds = {InputKind::Dockerfile},
        .summary = "A file copied into the image contains a credential",
        .rationale =
            "A private key block, an AWS access key, a GitHub, GitLab, Slack, Stripe or npm token, a JSON Web "
            "Token or a `password = ...` assignment in a source or configuration file travels into the image "
            "with the COPY that picks the file up, and stays readable in its layer. Move the value out of the "
            "file (an environment variable set at run time, a mounted secret) or keep the file out of the "
            "context with .dockerignore. Files are read from the build context (at most 1 MiB each; binary "
            "files are skipped); files that SEC140 already reports by their name are not repeated. The "
            "message shows only the first characters of the value.",
        .bad_example = "# config.py holds AWS_SECRET = \"AKIA...\"\nFROM python:3.12-slim\nCOPY . /app\n",
        .good_example = "# config.py reads os.environ[\"AWS_SECRET\"]\nFROM python:3.12-slim\nCOPY . /app\n",
        .fixable = false,
        .aliases = {"DS-0031"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build || !ctx.context) return;
    const ir::ContextWalk* walk = ctx.context->walk();
    if (!walk) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    std::size_t files_read = 0;
    std::uint64_t bytes_read = 0;
    for (const auto& source : context_sources(*ctx.build)) {
      if (source.stage < in_image.size() && !in_image[source.stage]) continue;
      std::size_t reported = 0;
      for (const ir::ContextEntry* entry : copied_entries(*walk, source)) {
        if (reported == max_findings_per_copy || files_read == max_files || bytes_read > max_total_bytes) break;
        if (entry->stat.type != FileType::Regular || entry->stat.size > max_file_bytes || entry->stat.size == 0)
          continue;
        if (knowledge::secret_file(entry->path)) continue;  // reported by name
        const FileSystem& fs = *ctx.context->fs();
        const std::string path = ctx.context->disk_path(entry->path);
        auto scan = derive<FileCredential>(fs, "credential-in-file\n" + path, [&] { return scan_file(fs, path); });
        ++files_read;
        if (!scan->read) continue;
        bytes_read += scan->bytes;
        if (!scan->kind) continue;
        ctx.report(source.source->span,
                   concat({describe_copy(*source.op), ", copies ", entry->path, ", which holds ", *scan->kind, " (",
                           scan->redacted, ") on line ", std::to_string(scan->line)}));
        ++reported;
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(SecretInCopiedFile);

}  // namespace dlint::rules
