#include "knowledge/language_signals.hpp"

#include <algorithm>
#include <array>

#include "knowledge/package_managers.hpp"

namespace dlint::knowledge {
namespace {

constexpr std::array kBaseImages = {
    LanguageSignal{"rust", "rust", 2},
    LanguageSignal{"golang", "go", 2},
    LanguageSignal{"tinygo", "go", 2},
    LanguageSignal{"python", "python", 2},
    LanguageSignal{"pypy", "python", 2},
    LanguageSignal{"node", "javascript", 2},
    LanguageSignal{"bun", "javascript", 2},
    LanguageSignal{"deno", "javascript", 2},
    LanguageSignal{"sdk", "dotnet", 2},
    LanguageSignal{"aspnet", "dotnet", 2},
    LanguageSignal{"runtime", "dotnet", 1},
    LanguageSignal{"gcc", "c++", 2},
    LanguageSignal{"openjdk", "java", 2},
    LanguageSignal{"eclipse-temurin", "java", 2},
    LanguageSignal{"amazoncorretto", "java", 2},
    LanguageSignal{"maven", "java", 2},
    LanguageSignal{"gradle", "java", 2},
    LanguageSignal{"ruby", "ruby", 2},
    LanguageSignal{"php", "php", 2},
    LanguageSignal{"elixir", "elixir", 2},
    LanguageSignal{"zig", "zig", 2},
};

// Programs: build tools weigh 3, interpreters that run the command 2, generic C tools 1.
constexpr std::array kPrograms = {
    LanguageSignal{"cargo", "rust", 3},      LanguageSignal{"rustc", "rust", 3},
    LanguageSignal{"rustup", "rust", 3},     LanguageSignal{"go", "go", 3},
    LanguageSignal{"tinygo", "go", 3},       LanguageSignal{"pip", "python", 3},
    LanguageSignal{"poetry", "python", 3},   LanguageSignal{"pipenv", "python", 3},
    LanguageSignal{"uv", "python", 3},       LanguageSignal{"python", "python", 2},
    LanguageSignal{"gunicorn", "python", 2}, LanguageSignal{"uvicorn", "python", 2},
    LanguageSignal{"npm", "javascript", 3},  LanguageSignal{"yarn", "javascript", 3},
    LanguageSignal{"pnpm", "javascript", 3}, LanguageSignal{"npx", "javascript", 2},
    LanguageSignal{"node", "javascript", 2}, LanguageSignal{"bun", "javascript", 3},
    LanguageSignal{"deno", "javascript", 3}, LanguageSignal{"tsc", "typescript", 4},
    LanguageSignal{"dotnet", "dotnet", 3},   LanguageSignal{"mvn", "java", 3},
    LanguageSignal{"gradle", "java", 3},     LanguageSignal{"java", "java", 2},
    LanguageSignal{"bundle", "ruby", 3},     LanguageSignal{"gem", "ruby", 2},
    LanguageSignal{"composer", "php", 3},    LanguageSignal{"php", "php", 2},
    LanguageSignal{"mix", "elixir", 3},      LanguageSignal{"zig", "zig", 3},
    LanguageSignal{"cmake", "c++", 1},       LanguageSignal{"g++", "c++", 1},
    LanguageSignal{"gcc", "c", 1},           LanguageSignal{"cc", "c", 1},
    LanguageSignal{"make", "c", 1},
};

constexpr std::array kManifests = {
    LanguageSignal{"Cargo.toml", "rust", 2},
    LanguageSignal{"go.mod", "go", 2},
    LanguageSignal{"tsconfig.json", "typescript", 3},
    LanguageSignal{"package.json", "javascript", 2},
    LanguageSignal{"requirements.txt", "python", 2},
    LanguageSignal{"pyproject.toml", "python", 2},
    LanguageSignal{"Pipfile", "python", 2},
    LanguageSignal{"setup.py", "python", 2},
    LanguageSignal{"pom.xml", "java", 2},
    LanguageSignal{"build.gradle", "java", 2},
    LanguageSignal{"build.gradle.kts", "java", 2},
    LanguageSignal{"Gemfile", "ruby", 2},
    LanguageSignal{"composer.json", "php", 2},
    LanguageSignal{"mix.exs", "elixir", 2},
    LanguageSignal{"build.zig", "zig", 2},
    LanguageSignal{"CMakeLists.txt", "c++", 1},
};

template <class Table>
const LanguageSignal* find_in(const Table& table, std::string_view key) {
  auto it = std::find_if(table.begin(), table.end(), [&](const LanguageSignal& s) { return s.key == key; });
  return it == table.end() ? nullptr : &*it;
}

}  // namespace

const LanguageSignal* base_image_language(std::string_view repository) {
  std::string_view last = repository.substr(repository.rfind('/') + 1);
  // `sdk`, `aspnet` and `runtime` name .NET images only under dotnet/.
  if (last == "sdk" || last == "aspnet" || last == "runtime") {
    if (repository.find("dotnet/") == std::string_view::npos) return nullptr;
  }
  return find_in(kBaseImages, last);
}

const LanguageSignal* program_language(std::string_view program) {
  program = program.substr(program.rfind('/') + 1);
  for (const auto& signal : kPrograms) {
    // "python3.12", "pip3": a version after the name.
    if (program == signal.key || (signal.key != "go" && signal.key != "cc" && program_matches(program, signal.key))) {
      return &signal;
    }
  }
  return nullptr;
}

const LanguageSignal* manifest_language(std::string_view file_name) {
  return find_in(kManifests, file_name);
}

const LanguageSignal* manifest_signals(std::size_t& count) {
  count = kManifests.size();
  return kManifests.data();
}

}  // namespace dlint::knowledge
