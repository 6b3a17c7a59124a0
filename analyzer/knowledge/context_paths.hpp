#pragma once
// Paths that do not belong in a build context: files that hold credentials (an .env file, private keys,
// registry tokens, cloud credentials, kubeconfigs, Terraform state) and bulky directories that are
// generated or tool-private (.git, node_modules, target/, virtualenvs, caches).
#include <optional>
#include <string_view>

namespace dlint::knowledge {

struct SecretFile {
  std::string_view what;  // "an environment file", "an SSH private key", ...
  // A file of this name holds a secret only when its text matches this RE2 pattern (.npmrc holds
  // settings unless it has an auth token); null: the name alone says it.
  const char* content_pattern = nullptr;
};

// What kind of secret a file at `path` (relative, '/'-separated) holds by its name, if it is one.
// Templates (.env.example, .env.sample, ...) and public halves (id_rsa.pub) are not.
std::optional<SecretFile> secret_file(std::string_view path);

// Whether `text` (the file's contents) confirms a SecretFile that has a content_pattern.
bool secret_file_content_matches(const SecretFile& kind, std::string_view text);

// What a bulky directory at `path` is ("the Git history", "installed npm packages"), if it is one.
std::optional<std::string_view> bulky_directory(std::string_view path);

// Whether `path` (or one of its directories) names something tools create in a working copy later (build output, logs,
// coverage, package manager state, OS litter): a .dockerignore lists such paths ahead of time, on purpose.
bool generated_path(std::string_view path);

}  // namespace dlint::knowledge
