#include "knowledge/secret_patterns.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <vector>

namespace dlint::knowledge {
namespace {

// Splits FOO_BAR, foo-bar, foo.bar and fooBar into lower-case words.
std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool separator = c == '_' || c == '-' || c == '.';
    bool camel_break =
        std::isupper(static_cast<unsigned char>(c)) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]));
    if ((separator || camel_break) && !current.empty()) {
      words.push_back(current);
      current.clear();
    }
    if (!separator) current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

bool one_of(const std::string& word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

struct ValuePattern {
  const char* kind;
  std::unique_ptr<re2::RE2> regex;
};

// Compiled on first use, once per process.
const std::vector<ValuePattern>& value_patterns() {
  static const std::vector<ValuePattern> patterns = [] {
    std::vector<ValuePattern> p;
    auto add = [&](const char* kind, const char* re) { p.push_back({kind, std::make_unique<re2::RE2>(re)}); };
    add("an AWS access key id", R"(\b(?:AKIA|ASIA)[0-9A-Z]{16}\b)");
    add("a GitHub token", R"(\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{22,}\b)");
    add("a GitLab token", R"(\bglpat-[A-Za-z0-9_\-]{20,}\b)");
    add("a Slack token", R"(\bxox[baprs]-[A-Za-z0-9\-]{10,}\b)");
    add("a Stripe secret key", R"(\b[sr]k_live_[0-9A-Za-z]{20,}\b)");
    add("a Google API key", R"(\bAIza[0-9A-Za-z_\-]{35}\b)");
    add("a private key", R"(-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----)");
    add("a JSON Web Token", R"(\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})");
    add("credentials in a URL", R"([a-z][a-z0-9+.\-]*://[^/\s:@$]+:[^/\s:@$]{3,}@)");
    return p;
  }();
  return patterns;
}

}  // namespace

bool secret_name(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  if (words.empty()) return false;
  // A name that points at a secret, or describes one, holds no secret itself.
  const std::string& last = words.back();
  if (one_of(last, {"file",
                    "files",
                    "path",
                    "dir",
                    "directory",
                    "url",
                    "uri",
                    "name",
                    "names",
                    "user",
                    "username",
                    "host",
                    "port",
                    "type",
                    "length",
                    "len",
                    "env",
                    "endpoint",
                    "location",
                    "mode",
                    "version",
                    "enabled",
                    "enable",
                    "disabled",
                    "required",
                    "policy",
                    "header",
                    "method",
                    "provider",
                    "server",
                    "id" /* except below */,
                    "fingerprint",
                    "keyring",
                    "scope",
                    "algorithm",
                    "expiry",
                    "ttl",
                    "secs"})) {
    // ..._ACCESS_KEY_ID is a credential half that travels with the secret key: still worth a finding.
    bool access_key_id = words.size() >= 3 && last == "id" && words[words.size() - 2] == "key";
    if (!access_key_id) return false;
  }
  for (const auto& w : words) {
    if (one_of(w, {"public", "pub", "gpg", "pgp"})) return false;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (one_of(w, {"password", "passwd", "passphrase", "secret", "secrets", "token", "apikey", "credential",
                   "credentials", "creds", "privatekey", "accesskey", "secretkey", "clientsecret"})) {
      return true;
    }
    if (w == "key" && i > 0 && one_of(words[i - 1], {"api", "private", "access", "secret", "encryption", "master"})) {
      return true;
    }
  }
  return false;
}

std::optional<SecretValueMatch> find_secret_value(std::string_view value) {
  if (value.size() < 8) return std::nullopt;
  for (const auto& pattern : value_patterns()) {
    re2::StringPiece match;
    if (pattern.regex->Match(re2::StringPiece(value.data(), value.size()), 0, value.size(), re2::RE2::UNANCHORED,
                             &match, 1)) {
      return SecretValueMatch{pattern.kind, static_cast<std::size_t>(match.data() - value.data()), match.size()};
    }
  }
  return std::nullopt;
}

std::string redact_secret(std::string_view secret) {
  std::size_t shown = secret.size() >= 12 ? 4 : secret.size() >= 6 ? 2 : 0;
  return std::string(secret.substr(0, shown)) + "****";
}

}  // namespace dlint::knowledge
