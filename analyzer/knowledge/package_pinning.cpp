#include "knowledge/package_pinning.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

namespace {

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view s) { return ends_with(text, s); });
}

// Paths, URLs and globs name no registry package for any manager.
bool path_like(std::string_view operand) {
  if (operand.empty()) return true;
  if (operand.front() == '.' || operand.front() == '/' || operand.front() == '~') return true;
  if (contains(operand, "://")) return true;
  return operand.find_first_of("*?[") != std::string_view::npos;
}

PinState debian(std::string_view operand) {
  if (contains(operand, "/") || ends_with(operand, ".deb")) return PinState::NotPackage;
  return contains(operand, "=") ? PinState::Pinned : PinState::Unpinned;
}

// apk accepts "name=1.2.3-r0", the fuzzy "name~1.2" and comparisons ("name>1.2", "name<2").
PinState alpine(std::string_view operand) {
  if (contains(operand, "/") || ends_with(operand, ".apk")) return PinState::NotPackage;
  return operand.find_first_of("=~<>") != std::string_view::npos ? PinState::Pinned : PinState::Unpinned;
}

// yum and dnf read "name-version[-release]": a dash followed by a digit starts the version.
PinState redhat(std::string_view operand) {
  if (operand.front() == '@' || contains(operand, "/") || ends_with(operand, ".rpm")) return PinState::NotPackage;
  for (std::size_t i = 0; i + 1 < operand.size(); ++i) {
    if (operand[i] == '-' && is_digit(operand[i + 1])) return PinState::Pinned;
  }
  return PinState::Unpinned;
}

// zypper reads "name=1.2", "name>=1.2", "name<2", and capabilities like "pattern:devel_basis".
PinState suse(std::string_view operand) {
  if (contains(operand, "/") || contains(operand, ":") || ends_with(operand, ".rpm")) return PinState::NotPackage;
  return operand.find_first_of("=<>") != std::string_view::npos ? PinState::Pinned : PinState::Unpinned;
}

// A PEP 508 requirement: any version specifier counts, as does a direct reference (`name @ url`).
PinState python(std::string_view operand) {
  if (contains(operand, "/") || contains(operand, "+") ||
      ends_with_any(operand, {".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2"})) {
    return PinState::NotPackage;
  }
  return operand.find_first_of("=<>~!@") != std::string_view::npos ? PinState::Pinned : PinState::Unpinned;
}

// npm: "name@version", "@scope/name@version"; git and GitHub references, tarballs and aliases are not
// registry names.
PinState node(std::string_view operand) {
  if (ends_with_any(operand, {".tgz", ".tar.gz"}) || contains(operand, ":") || contains(operand, "#")) {
    return PinState::NotPackage;
  }
  std::string_view name = operand;
  if (name.front() == '@') {
    auto slash = name.find('/');
    if (slash == std::string_view::npos) return PinState::NotPackage;
    name.remove_prefix(slash + 1);
  } else if (contains(name, "/")) {
    return PinState::NotPackage;  // "user/repo" is a GitHub reference
  }
  auto at = name.find('@');
  if (at == std::string_view::npos || at + 1 == name.size()) return PinState::Unpinned;
  std::string_view version = name.substr(at + 1);
  return version == "latest" || version == "next" ? PinState::Unpinned : PinState::Pinned;
}

// gem: "name:1.2.3" (gem install accepts it in place of -v).
PinState ruby(std::string_view operand) {
  if (ends_with(operand, ".gem") || contains(operand, "/")) return PinState::NotPackage;
  return contains(operand, ":") ? PinState::Pinned : PinState::Unpinned;
}

// go install: "module/path/cmd@v1.2.3"; "@latest" is no pin. Local packages ("./cmd/...") build from
// the module itself.
PinState go(std::string_view operand) {
  if (!contains(operand, ".") || operand.front() == '.') return PinState::NotPackage;  // std or local
  auto at = operand.rfind('@');
  if (at == std::string_view::npos) return PinState::Unpinned;
  std::string_view version = operand.substr(at + 1);
  return version.empty() || version == "latest" || version == "master" || version == "main" ? PinState::Unpinned
                                                                                            : PinState::Pinned;
}

}  // namespace

PinState pin_state(const PackageManager& manager, std::string_view operand) {
  if (path_like(operand)) return PinState::NotPackage;
  switch (manager.ecosystem) {
    case Ecosystem::Debian: return debian(operand);
    case Ecosystem::Alpine: return alpine(operand);
    case Ecosystem::RedHat: return redhat(operand);
    case Ecosystem::Suse: return suse(operand);
    case Ecosystem::Python: return python(operand);
    case Ecosystem::Node: return node(operand);
    case Ecosystem::Ruby: return ruby(operand);
    case Ecosystem::Go: return go(operand);
  }
  return PinState::NotPackage;
}

std::string_view without_tag(const PackageManager& manager, std::string_view operand) {
  if (manager.ecosystem != Ecosystem::Node && manager.ecosystem != Ecosystem::Go) return operand;
  auto at = operand.rfind('@');
  if (at == std::string_view::npos || at == 0) return operand;  // "@scope/name" has no tag
  return operand.substr(0, at);
}

std::string_view pin_hint(const PackageManager& manager) {
  switch (manager.ecosystem) {
    case Ecosystem::Debian:
    case Ecosystem::Alpine:
    case Ecosystem::Suse: return "=<version>";
    case Ecosystem::RedHat: return "-<version>";
    case Ecosystem::Python: return "==<version>";
    case Ecosystem::Node:
    case Ecosystem::Go: return "@<version>";
    case Ecosystem::Ruby: return ":<version>";
  }
  return "";
}

}  // namespace dlint::knowledge
