#include "knowledge/wasi_languages.hpp"

#include <algorithm>
#include <cctype>

namespace dlint::knowledge {

const std::vector<WasiLanguage>& wasi_languages() {
  // The toolchains that build WASI 0.2 components (cargo-component, TinyGo, componentize-py, jco, ...).
  static const std::vector<WasiLanguage> languages = {
      {"rust", {"rs"}, {"rs"}, {"Cargo.toml"}},
      {"go", {"golang", "tinygo"}, {"go"}, {"go.mod"}},
      {"python", {"py"}, {"py"}, {"pyproject.toml", "requirements.txt", "setup.py"}},
      {"javascript", {"js", "node"}, {"js", "mjs", "cjs"}, {"package.json"}},
      {"typescript", {"ts"}, {"ts", "mts"}, {"package.json", "tsconfig.json"}},
      {"assemblyscript", {"as"}, {"ts"}, {"package.json", "asconfig.json"}},
      {"c", {}, {"c", "h"}, {}},
      {"cpp", {"c++", "cxx"}, {"cpp", "cc", "cxx", "hpp"}, {}},
      {"zig", {}, {"zig"}, {"build.zig"}},
      {"grain", {}, {"gr"}, {}},
      {"swift", {}, {"swift"}, {"Package.swift"}},
      {"wat", {"wasm"}, {"wat", "wasm"}, {}},
  };
  return languages;
}

namespace {
bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}
}  // namespace

const WasiLanguage* find_wasi_language(std::string_view name) {
  for (const auto& l : wasi_languages()) {
    if (iequals(l.name, name)) return &l;
    for (auto alias : l.aliases) {
      if (iequals(alias, name)) return &l;
    }
  }
  return nullptr;
}

std::vector<const WasiLanguage*> languages_of_extension(std::string_view extension) {
  std::vector<const WasiLanguage*> out;
  for (const auto& l : wasi_languages()) {
    for (auto e : l.extensions) {
      if (iequals(e, extension)) out.push_back(&l);
    }
  }
  return out;
}

std::vector<const WasiLanguage*> languages_of_manifest(std::string_view file_name) {
  std::vector<const WasiLanguage*> out;
  for (const auto& l : wasi_languages()) {
    if (std::find(l.manifests.begin(), l.manifests.end(), file_name) != l.manifests.end()) out.push_back(&l);
  }
  return out;
}

}  // namespace dlint::knowledge
