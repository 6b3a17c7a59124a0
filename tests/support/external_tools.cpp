#include "support/external_tools.hpp"

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "support/run_dlint.hpp"

namespace fs = std::filesystem;

namespace dlint::testing {
namespace {

fs::path tools_dir() {
  if (const char* dir = std::getenv("DLINT_TOOLS_DIR"); dir && *dir) return dir;
  if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache) return fs::path(cache) / "dlint-test-tools";
  const char* home = std::getenv("HOME");
  return fs::path(home ? home : "/tmp") / ".cache" / "dlint-test-tools";
}

fs::path multitool_package() {
  return tools_dir() / "node_modules" / "@microsoft" / "sarif-multitool-linux";
}

}  // namespace

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out.append("'\\''");
    } else {
      out.push_back(c);
    }
  }
  out.push_back('\'');
  return out;
}

int run_shell(const std::string& command, std::string& output) {
  TempDir io;
  std::string full = "( " + command + " ) >" + shell_quote((io.path() / "out").string()) + " 2>&1";
  int status = std::system(full.c_str());
  output = read_file(io.path() / "out");
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::optional<std::string> sarif_multitool() {
  if (const char* path = std::getenv("DLINT_SARIF_MULTITOOL"); path && *path) return std::string(path);
  fs::path binary = multitool_package() / "Sarif.Multitool";
  std::error_code ec;
  if (!fs::exists(binary, ec)) return std::nullopt;
  return binary.string();
}

std::optional<std::string> sarif_schema() {
  auto tool = sarif_multitool();
  if (!tool) return std::nullopt;
  fs::path schema = fs::path(*tool).parent_path() / "sarif-2.1.0.json";
  std::error_code ec;
  if (!fs::exists(schema, ec)) return std::nullopt;
  return schema.string();
}

bool have_python_jsonschema() {
  std::string out;
  return run_shell("python3 -c 'import jsonschema'", out) == 0;
}

bool have_program(const std::string& name) {
  std::string out;
  return run_shell("command -v " + shell_quote(name), out) == 0;
}

bool require_tool(bool present, const std::string& what, const std::string& install_hint) {
  if (present) return true;
  const char* ci = std::getenv("CI");
  if (ci && *ci && std::string(ci) != "false" && std::string(ci) != "0") {
    FAIL(what << " is not installed, and CI needs this test to run (" << install_hint << ")");
  }
  WARN("skipped: " << what << " is not installed (" << install_hint << ")");
  return false;
}

}  // namespace dlint::testing
