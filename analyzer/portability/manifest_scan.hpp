#pragma once
// Dependencies declared in the manifests at the root of a build context (requirements.txt, package.json,
// Cargo.toml, go.mod) that need native code the language's WASI toolchain cannot build, each at its line.
// The manifests are read line by line, not parsed fully: a dependency is a name at the start of a line
// inside the section that lists dependencies.
#include <string>
#include <vector>

#include "ir/build_context.hpp"
#include "portability/verdict.hpp"

namespace dlint::portability {

std::vector<Reason> native_dependencies_in_context(const ir::BuildContext& context);

// The same over one manifest's text (`file_name` says which format); `path` is what reasons point at.
std::vector<Reason> native_dependencies_in_manifest(std::string_view file_name, std::string_view text,
                                                    const std::string& path);

}  // namespace dlint::portability
