#pragma once
// Which language a build is written in, from its base images, the programs its instructions run and the
// manifests in its build context; and the WASI toolchain for that language.
#include <string>
#include <string_view>

#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/wasi_toolchains.hpp"

namespace dlint::portability {

struct LanguageDetection {
  std::string language;                                 // empty: no signal at all
  const knowledge::WasiToolchain* toolchain = nullptr;  // null for a language the table does not know
};

// Weighs every signal of the stages built for the image's target (knowledge/language_signals.hpp) and takes the
// heaviest language; TypeScript beats JavaScript and C++ beats C when both appear, since the one builds on the other.
// `image` and `context` may be null.
LanguageDetection detect_language(const ir::BuildDefinition& build, const ir::ImageConfig* image,
                                  const ir::BuildContext* context);

// A language as a run.toml declares it ("Rust", "ts", "golang", "C#") in the spelling detection uses.
std::string normalize_language(std::string_view declared);

}  // namespace dlint::portability
