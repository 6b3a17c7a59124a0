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

// Formats that only make sense in the text of a file: they need the name of what is assigned.
const std::vector<ValuePattern>& text_patterns() {
  static const std::vector<ValuePattern> patterns = [] {
    std::vector<ValuePattern> p;
    re2::RE2::Options options;
    options.set_log_errors(false);
    auto add = [&](const char* kind, const char* re) { p.push_back({kind, std::make_unique<re2::RE2>(re, options)}); };
    add("an npm token", R"(\b(npm_[A-Za-z0-9]{36})\b)");
    // KEY=value, KEY: value, "key": "value"; group 1 is the value.
    add("a password assignment",
        R"((?i)\b(?:[a-z0-9_]*_)?(?:password|passwd|secret|api_?key|access_?token|auth_?token|)"
        R"(client_?secret)["']?[ \t]*[:=][ \t]*["']?([^\s"'`,;#*()\[\]{}<>]{6,})(?:["'\s,;]|$))");
    return p;
  }();
  return patterns;
}

// Values that stand for a secret instead of being one.
bool placeholder(std::string_view value) {
  if (value.empty() || value.front() == '$' || value.front() == '<' || value.front() == '{' || value.front() == '%' ||
      value.front() == '/' || value.front() == '.') {
    return true;
  }
  std::string lower;
  for (char c : value) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view word :
       {"changeme", "change_me",   "example", "placeholder", "your_", "your-",    "xxxx",     "dummy",
        "redacted", "none",        "null",    "true",        "false", "required", "optional", "getenv",
        "environ",  "process.env", "config.", "settings.",   "os.",   "self.",    "params"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<SecretValueMatch> find_secrets_in_text(std::string_view text, std::size_t max) {
  std::vector<SecretValueMatch> found;
  const re2::StringPiece input(text.data(), text.size());
  auto scan = [&](const ValuePattern& pattern, int group) {
    re2::StringPiece groups[2];
    std::size_t at = 0;
    while (at < text.size() && found.size() < max * 4) {
      if (!pattern.regex->Match(input, at, text.size(), re2::RE2::UNANCHORED, groups, group + 1)) break;
      const re2::StringPiece& hit = groups[group];
      auto offset = static_cast<std::size_t>(hit.data() - text.data());
      if (group == 0 || !placeholder(std::string_view(hit.data(), hit.size()))) {
        found.push_back({pattern.kind, offset, hit.size()});
      }
      const re2::StringPiece& whole = groups[0];
      at = static_cast<std::size_t>(whole.data() - text.data()) + std::max<std::size_t>(1, whole.size());
    }
  };
  for (const auto& pattern : value_patterns()) scan(pattern, 0);
  for (const auto& pattern : text_patterns()) scan(pattern, 1);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  // An assignment of a value that a format already recognized is reported once.
  std::vector<SecretValueMatch> unique;
  for (auto& f : found) {
    bool overlaps = !unique.empty() && f.offset < unique.back().offset + unique.back().length;
    if (!overlaps) unique.push_back(std::move(f));
    if (unique.size() == max) break;
  }
  return unique;
}

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
