#include "portability/manifest_scan.hpp"

#include <array>
#include <cctype>
#include <optional>

#include "knowledge/native_extensions.hpp"

namespace dlint::portability {
namespace {

using knowledge::LibraryEcosystem;

constexpr std::uint64_t kMaxManifestBytes = 1 << 20;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The leading name characters of `s` ([A-Za-z0-9._-], plus '/' and '@' for npm scopes and Go paths).
std::string_view leading_name(std::string_view s, bool paths) {
  std::size_t n = 0;
  while (n < s.size()) {
    char c = s[n];
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ||
              (paths && (c == '/' || c == '@'));
    if (!ok) break;
    ++n;
  }
  return s.substr(0, n);
}

// Dependency names per line, by format: (line number, name).
std::vector<std::pair<std::uint32_t, std::string>> declared_names(std::string_view file_name, std::string_view text) {
  std::vector<std::pair<std::uint32_t, std::string>> out;
  bool in_section = false;
  std::uint32_t number = 0;
  while (!text.empty()) {
    ++number;
    std::size_t end = text.find('\n');
    std::string_view line = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (file_name == "requirements.txt") {
      if (line.empty() || line.front() == '#' || line.front() == '-') continue;
      if (auto name = leading_name(line, false); !name.empty()) out.emplace_back(number, std::string(name));
    } else if (file_name == "package.json") {
      // Keys of "dependencies" and "optionalDependencies" (devDependencies do not ship).
      if (line.starts_with("\"dependencies\"") || line.starts_with("\"optionalDependencies\"")) {
        in_section = true;
        continue;
      }
      if (!in_section) continue;
      if (line.starts_with("}")) {
        in_section = false;
        continue;
      }
      if (line.starts_with("\"")) {
        std::size_t close = line.find('"', 1);
        if (close != std::string_view::npos) out.emplace_back(number, std::string(line.substr(1, close - 1)));
      }
    } else if (file_name == "Cargo.toml") {
      if (line.starts_with("[")) {
        // [dependencies], [target.'cfg(unix)'.dependencies], [dependencies.openssl]
        std::string_view header = line;
        in_section = header.find("dependencies]") != std::string_view::npos &&
                     header.find("dev-dependencies") == std::string_view::npos;
        if (auto dot = header.find("dependencies."); dot != std::string_view::npos) {
          std::string_view rest = header.substr(dot + 13);
          out.emplace_back(number, std::string(leading_name(rest, false)));
          in_section = false;
        }
        continue;
      }
      if (in_section && !line.empty() && line.front() != '#') {
        if (auto name = leading_name(line, false); !name.empty()) out.emplace_back(number, std::string(name));
      }
    } else if (file_name == "go.mod") {
      if (line.starts_with("require (")) {
        in_section = true;
        continue;
      }
      if (in_section && line.starts_with(")")) {
        in_section = false;
        continue;
      }
      std::string_view rest = line;
      if (rest.starts_with("require ")) {
        rest = trim(rest.substr(8));
      } else if (!in_section) {
        continue;
      }
      if (auto name = leading_name(rest, true); !name.empty()) out.emplace_back(number, std::string(name));
    }
  }
  return out;
}

std::optional<LibraryEcosystem> ecosystem_of(std::string_view file_name) {
  if (file_name == "requirements.txt") return LibraryEcosystem::Python;
  if (file_name == "package.json") return LibraryEcosystem::Node;
  if (file_name == "Cargo.toml") return LibraryEcosystem::Rust;
  if (file_name == "go.mod") return LibraryEcosystem::Go;
  return std::nullopt;
}

}  // namespace

std::vector<Reason> native_dependencies_in_manifest(std::string_view file_name, std::string_view text,
                                                    const std::string& path) {
  std::vector<Reason> reasons;
  auto ecosystem = ecosystem_of(file_name);
  if (!ecosystem) return reasons;
  for (const auto& [line, name] : declared_names(file_name, text)) {
    const auto* native = knowledge::find_native_extension(*ecosystem, name);
    if (native == nullptr) continue;
    reasons.push_back(Reason{knowledge::BlockerClass::NativeLibrary,
                             std::string(file_name) + " depends on " + name + ": " + std::string(native->why), path,
                             line, Span{}});
  }
  return reasons;
}

std::vector<Reason> native_dependencies_in_context(const ir::BuildContext& context) {
  std::vector<Reason> reasons;
  if (context.fs() == nullptr) return reasons;
  for (std::string_view name : {"requirements.txt", "package.json", "Cargo.toml", "go.mod"}) {
    std::string file(name);
    if (context.excluded(file)) continue;
    std::string path = context.disk_path(file);
    auto text = context.fs()->read(path, kMaxManifestBytes);
    if (!text) continue;
    auto found = native_dependencies_in_manifest(name, *text, path);
    reasons.insert(reasons.end(), found.begin(), found.end());
  }
  return reasons;
}

}  // namespace dlint::portability
