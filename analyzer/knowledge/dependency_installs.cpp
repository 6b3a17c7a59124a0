#include "knowledge/dependency_installs.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {
namespace {

std::string_view word(const ir::SimpleCommand& c, std::size_t i) {
  return i < c.argv.size() ? std::string_view(c.argv[i].value) : std::string_view();
}

// The first argument that is not an option, after the program.
std::string_view subcommand(const ir::SimpleCommand& c) {
  for (std::size_t i = 1; i < c.argv.size(); ++i) {
    if (!c.argv[i].value.empty() && c.argv[i].value[0] != '-') return c.argv[i].value;
  }
  return {};
}

DependencyInstall install(std::string_view ecosystem, std::vector<std::string> manifests, bool also_builds = false) {
  return DependencyInstall{ecosystem, std::move(manifests), also_builds};
}

}  // namespace

std::optional<DependencyInstall> dependency_install(const ir::SimpleCommand& c) {
  std::string_view program = c.program();
  std::string_view sub = subcommand(c);
  if (program == "npm" && (sub == "ci" || ((sub == "install" || sub == "i") && c.operands().size() == 1 &&
                                           !c.has_option({"g", "global"})))) {
    return install("npm", {"package.json", "package-lock.json"});
  }
  if (program == "yarn" && (sub.empty() || sub == "install")) return install("yarn", {"package.json", "yarn.lock"});
  if (program == "pnpm" && (sub == "install" || sub == "i")) return install("pnpm", {"package.json", "pnpm-lock.yaml"});
  if ((program == "pip" || program == "pip3" ||
       (program.rfind("python", 0) == 0 && word(c, 1) == "-m" && (word(c, 2) == "pip"))) &&
      std::any_of(c.argv.begin(), c.argv.end(), [](const ir::ShellWord& w) { return w.value == "install"; })) {
    for (std::size_t i = 1; i + 1 < c.argv.size(); ++i) {
      if (c.argv[i].value == "-r" || c.argv[i].value == "--requirement") return install("pip", {c.argv[i + 1].value});
      if (c.argv[i].value.rfind("--requirement=", 0) == 0) return install("pip", {c.argv[i].value.substr(14)});
    }
    if (c.has_word(".") || c.has_word("-e")) return install("pip", {"pyproject.toml", "setup.py"});
    return std::nullopt;
  }
  if (program == "poetry" && sub == "install") return install("poetry", {"pyproject.toml", "poetry.lock"});
  if (program == "uv" && (sub == "sync")) return install("uv", {"pyproject.toml", "uv.lock"});
  if (program == "pipenv" && sub == "install") return install("pipenv", {"Pipfile", "Pipfile.lock"});
  if (program == "cargo" && sub == "fetch") return install("cargo", {"Cargo.toml", "Cargo.lock"});
  if (program == "cargo" && sub == "build") return install("cargo", {"Cargo.toml", "Cargo.lock"}, true);
  if (program == "go" && sub == "mod" && c.has_word("download")) return install("go", {"go.mod", "go.sum"});
  if (program == "go" && sub == "build") return install("go", {"go.mod", "go.sum"}, true);
  if (program == "bundle" && (sub.empty() || sub == "install")) return install("bundler", {"Gemfile", "Gemfile.lock"});
  if (program == "composer" && sub == "install") return install("composer", {"composer.json", "composer.lock"});
  if (program == "mvn" || program == "mvnw") return install("maven", {"pom.xml"}, sub != "dependency:go-offline");
  if (program == "gradle" || program == "gradlew") {
    return install("gradle", {"build.gradle", "settings.gradle"}, true);
  }
  return std::nullopt;
}

bool looks_like_source_code(std::string_view path) {
  static constexpr std::array<std::string_view, 16> source_dirs{
      "src",    "lib",    "app", "cmd", "pkg",  "internal", "source",     "sources",
      "server", "client", "web", "api", "test", "tests",    "components", "pages"};
  static constexpr std::array<std::string_view, 22> source_extensions{
      ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py",  ".go", ".rs",    ".rb",    ".java",
      ".kt", ".php", ".c",   ".cc", ".cpp", ".h",   ".hpp", ".cs", ".scala", ".swift", ".ex"};
  if (path.empty() || path.find('$') != std::string_view::npos) return false;
  bool directory = path.back() == '/';
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::string_view name =
      path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  if (name.empty() || name == "." || name == "..") return false;
  if (directory && name.front() != '.') return true;
  if (std::find(source_dirs.begin(), source_dirs.end(), name) != source_dirs.end()) return true;
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  // Tool configuration written in a programming language: vite.config.js, postcss.config.cjs, conftest...
  if (name.find("config") != std::string_view::npos || name.find("rc.") != std::string_view::npos) return false;
  std::string_view extension = name.substr(dot);
  return std::find(source_extensions.begin(), source_extensions.end(), extension) != source_extensions.end();
}

}  // namespace dlint::knowledge
