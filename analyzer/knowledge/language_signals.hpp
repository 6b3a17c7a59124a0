#pragma once
// What says which language a build compiles or runs: its base images (`rust:1.80`, `python:3.12-slim`),
// the programs its RUN/CMD call (`cargo build`, `npm ci`, `node server.js`) and the manifests in its
// build context (Cargo.toml, go.mod, package.json). Each signal has a weight: a build command says more
// than a base image, and a generic tool (make, gcc) says little.
#include <cstddef>
#include <string_view>

namespace dlint::knowledge {

struct LanguageSignal {
  std::string_view key;  // a repository name, a program, or a file name
  std::string_view language;
  int weight;
};

// Language of a base image, from the repository's last path component ("library/rust" -> rust,
// "tinygo/tinygo" -> go, "dotnet/sdk" under mcr.microsoft.com -> dotnet); null when not a language image.
const LanguageSignal* base_image_language(std::string_view repository);
// Language of a program run in the build or as the command ("cargo", "pip3", "node"); null when unknown.
const LanguageSignal* program_language(std::string_view program);
// Language of a file at the root of the build context ("Cargo.toml", "go.mod"); null when unknown.
const LanguageSignal* manifest_language(std::string_view file_name);
// The manifest file names manifest_language knows, in the order they are looked for.
const LanguageSignal* manifest_signals(std::size_t& count);

}  // namespace dlint::knowledge
