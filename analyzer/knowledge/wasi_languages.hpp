#pragma once
// The languages a run.toml component may be written in, and how to tell a source's language from what is
// on disk: its file extension, or the manifest beside it (Cargo.toml, go.mod, package.json, ...).
#include <string_view>
#include <vector>

namespace dlint::knowledge {

struct WasiLanguage {
  std::string_view name;  // as run.toml spells it
  std::vector<std::string_view> aliases;
  std::vector<std::string_view> extensions;  // without the dot
  std::vector<std::string_view> manifests;   // file names that mark a project in the language
};

const std::vector<WasiLanguage>& wasi_languages();
// By name or alias, case-insensitive; null when run.toml knows no such language.
const WasiLanguage* find_wasi_language(std::string_view name);
// The languages whose sources have this extension (without the dot), and whose projects have this manifest.
std::vector<const WasiLanguage*> languages_of_extension(std::string_view extension);
std::vector<const WasiLanguage*> languages_of_manifest(std::string_view file_name);

}  // namespace dlint::knowledge
