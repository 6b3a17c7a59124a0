#include "knowledge/context_paths.hpp"

#include <re2/re2.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace dlint::knowledge {
namespace {

std::string_view base_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view parent_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return base_name(path.substr(0, slash));
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.ends_with(suffix);
}

}  // namespace

std::optional<SecretFile> secret_file(std::string_view path) {
  const std::string_view name = base_name(path);
  const std::string_view parent = parent_name(path);
  if (name == ".env" || name.starts_with(".env.")) {
    for (std::string_view tail : {".example", ".sample", ".template", ".dist", ".defaults", ".tmpl", ".tpl"}) {
      if (ends_with(name, tail)) return std::nullopt;
    }
    return SecretFile{"an environment file"};
  }
  const bool dockerfile = name.starts_with("Dockerfile") || name.starts_with("Containerfile");
  if (ends_with(name, ".env") && name.size() > 4 && !ends_with(name, ".example.env") && !dockerfile) {
    return SecretFile{"an environment file"};
  }
  if (ends_with(name, ".pub")) return std::nullopt;
  for (std::string_view key : {"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"}) {
    if (name.starts_with(key)) return SecretFile{"an SSH private key"};
  }
  for (std::string_view suffix : {".pem", ".key"}) {
    if (ends_with(name, suffix)) return SecretFile{"a private key", R"(-----BEGIN [A-Z ]*PRIVATE KEY-----)"};
  }
  for (std::string_view suffix : {".p12", ".pfx", ".jks", ".keystore"}) {
    if (ends_with(name, suffix)) return SecretFile{"a key store"};
  }
  if (name == ".npmrc")
    return SecretFile{"an npm configuration with a registry token", R"(_auth(Token)?\s*=|_password\s*=)"};
  if (name == ".pypirc") return SecretFile{"a PyPI configuration with a password", R"((?m)^\s*password\s*[=:])"};
  if (name == ".netrc" || name == "_netrc") return SecretFile{"a .netrc with login passwords"};
  if (name == ".git-credentials") return SecretFile{"stored Git credentials"};
  if (name == ".dockercfg" || (parent == ".docker" && name == "config.json")) {
    return SecretFile{"Docker registry credentials", R"("auths?"\s*:)"};
  }
  if (parent == ".aws" && name == "credentials") return SecretFile{"AWS credentials"};
  if ((parent == ".kube" && name == "config") || name == "kubeconfig" || ends_with(name, ".kubeconfig")) {
    return SecretFile{"a kubeconfig"};
  }
  if (ends_with(name, ".tfstate") || ends_with(name, ".tfstate.backup")) {
    return SecretFile{"Terraform state (it records resource secrets in clear text)"};
  }
  if (name == ".htpasswd") return SecretFile{"an htpasswd file"};
  if (name.starts_with("client_secret") && ends_with(name, ".json")) return SecretFile{"OAuth client secrets"};
  if (ends_with(name, ".json") && (name.find("service-account") != std::string_view::npos ||
                                   name.find("service_account") != std::string_view::npos)) {
    return SecretFile{"a cloud service account key", R"("private_key"\s*:)"};
  }
  return std::nullopt;
}

bool secret_file_content_matches(const SecretFile& kind, std::string_view text) {
  if (kind.content_pattern == nullptr) return true;
  // One compiled expression per pattern, made on first use; shared by the analysis threads.
  static std::mutex mutex;
  static std::map<const char*, std::unique_ptr<re2::RE2>> compiled;
  const re2::RE2* re = nullptr;
  {
    std::lock_guard lock(mutex);
    auto& slot = compiled[kind.content_pattern];
    if (!slot) {
      re2::RE2::Options options;
      options.set_log_errors(false);
      slot = std::make_unique<re2::RE2>(kind.content_pattern, options);
    }
    re = slot.get();
  }
  return re->ok() && re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re);
}

std::optional<std::string_view> bulky_directory(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> table{{
      {".git", "the Git history"},
      {".hg", "the Mercurial history"},
      {".svn", "Subversion metadata"},
      {"node_modules", "installed npm packages"},
      {"bower_components", "installed Bower packages"},
      {"target", "build output (Cargo, Maven)"},
      {".venv", "a Python virtualenv"},
      {"venv", "a Python virtualenv"},
      {"__pycache__", "Python bytecode"},
      {".tox", "tox environments"},
      {".pytest_cache", "the pytest cache"},
      {".mypy_cache", "the mypy cache"},
      {".terraform", "Terraform providers and modules"},
      {".gradle", "the Gradle cache"},
      {".next", "Next.js build output"},
      {".nuxt", "Nuxt build output"},
      {".idea", "IDE settings"},
      {".vscode", "editor settings"},
  }};
  std::string_view name = base_name(path);
  for (const auto& [dir, what] : table) {
    if (name == dir) return what;
  }
  return std::nullopt;
}

bool generated_path(std::string_view path) {
  if (bulky_directory(path) || secret_file(path)) return true;
  static constexpr std::array<std::string_view, 30> names{
      "build",     "dist",      "out",         "bin",           "obj",          "tmp",
      "temp",      "log",       "logs",        "coverage",      ".nyc_output",  ".cache",
      ".yarn",     ".pnp",      ".pnpm-store", "jspm_packages", ".eslintcache", ".parcel-cache",
      ".DS_Store", "Thumbs.db", ".sass-cache", ".serverless",   ".angular",     ".svelte-kit",
      ".turbo",    ".vercel",   ".docusaurus", "htmlcov",       ".coverage",    ".ipynb_checkpoints"};
  // Any component: `.yarn/cache` and `build/reports` are as generated as `.yarn` and `build`.
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = std::min(path.find('/', start), path.size());
    std::string_view name = path.substr(start, slash - start);
    for (std::string_view generated : names) {
      if (name == generated || (!name.empty() && bulky_directory(name))) return true;
    }
    for (std::string_view suffix : {".log", ".tmp", ".swp", ".bak", "~"}) {
      if (name.size() > suffix.size() && name.ends_with(suffix)) return true;
    }
    start = slash + 1;
  }
  return false;
}

}  // namespace dlint::knowledge
