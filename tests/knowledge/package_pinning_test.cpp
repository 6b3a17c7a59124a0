#include <catch2/catch.hpp>

#include "knowledge/build_tools.hpp"
#include "knowledge/package_managers.hpp"
#include "knowledge/package_pinning.hpp"
#include "knowledge/stage_env.hpp"

using namespace dlint::knowledge;

namespace {
PinState pin(std::string_view manager, std::string_view operand) {
  return pin_state(*package_manager_named(manager), operand);
}
}  // namespace

TEST_CASE("pin_state reads each manager's version syntax", "[knowledge][package_pinning]") {
  CHECK(pin("apt-get", "curl") == PinState::Unpinned);
  CHECK(pin("apt-get", "curl=7.88.1-10") == PinState::Pinned);
  CHECK(pin("apt-get", "./x.deb") == PinState::NotPackage);
  CHECK(pin("apt-get", "curl/bookworm-backports") == PinState::NotPackage);
  CHECK(pin("apk", "curl~8.9") == PinState::Pinned);
  CHECK(pin("apk", "bash>5") == PinState::Pinned);
  CHECK(pin("apk", "x.apk") == PinState::NotPackage);
  CHECK(pin("dnf", "httpd-2.4.57") == PinState::Pinned);
  CHECK(pin("dnf", "python3-devel") == PinState::Unpinned);
  CHECK(pin("dnf", "@core") == PinState::NotPackage);
  CHECK(pin("zypper", "git>=2.43") == PinState::Pinned);
  CHECK(pin("zypper", "pattern:devel_basis") == PinState::NotPackage);
  CHECK(pin("pip", "flask") == PinState::Unpinned);
  CHECK(pin("pip", "flask==3.0.3") == PinState::Pinned);
  CHECK(pin("pip", "attrs~=23.1") == PinState::Pinned);
  CHECK(pin("pip", ".") == PinState::NotPackage);
  CHECK(pin("pip", "git+https://x/y") == PinState::NotPackage);
  CHECK(pin("pip", "pkg-1.0-py3-none-any.whl") == PinState::NotPackage);
  CHECK(pin("npm", "typescript") == PinState::Unpinned);
  CHECK(pin("npm", "typescript@5.4.5") == PinState::Pinned);
  CHECK(pin("npm", "pnpm@latest") == PinState::Unpinned);
  CHECK(pin("npm", "@angular/cli") == PinState::Unpinned);
  CHECK(pin("npm", "@angular/cli@17.3.0") == PinState::Pinned);
  CHECK(pin("npm", "user/repo") == PinState::NotPackage);
  CHECK(pin("npm", "github:a/b") == PinState::NotPackage);
  CHECK(pin("gem", "rails") == PinState::Unpinned);
  CHECK(pin("gem", "rails:7.1.3") == PinState::Pinned);
  CHECK(pin("go", "golang.org/x/tools/gopls@v0.16.1") == PinState::Pinned);
  CHECK(pin("go", "golang.org/x/tools/gopls@latest") == PinState::Unpinned);
  CHECK(pin("go", "golang.org/x/tools/gopls") == PinState::Unpinned);
  CHECK(pin("go", "./cmd/app") == PinState::NotPackage);
  CHECK(pin("go", "cmd/cover") == PinState::NotPackage);
}

TEST_CASE("without_tag and pin_hint", "[knowledge][package_pinning]") {
  CHECK(without_tag(*package_manager_named("npm"), "yarn@latest") == "yarn");
  CHECK(without_tag(*package_manager_named("npm"), "@scope/name") == "@scope/name");
  CHECK(without_tag(*package_manager_named("pip"), "a@b") == "a@b");
  CHECK(pin_hint(*package_manager_named("yum")) == "-<version>");
  CHECK(pin_hint(*package_manager_named("pip")) == "==<version>");
}

TEST_CASE("is_build_tool_package", "[knowledge][build_tools]") {
  CHECK(is_build_tool_package(Ecosystem::Debian, "build-essential"));
  CHECK(is_build_tool_package(Ecosystem::Debian, "gcc-12"));
  CHECK(is_build_tool_package(Ecosystem::Debian, "g++=4:12.2.0-3"));
  CHECK(is_build_tool_package(Ecosystem::Alpine, "build-base"));
  CHECK(is_build_tool_package(Ecosystem::RedHat, "gcc-c++"));
  CHECK_FALSE(is_build_tool_package(Ecosystem::Debian, "gcc-c++"));
  CHECK_FALSE(is_build_tool_package(Ecosystem::Debian, "libgcc-s1"));
  CHECK_FALSE(is_build_tool_package(Ecosystem::Debian, "gcc-12-base"));
  CHECK_FALSE(is_build_tool_package(Ecosystem::Python, "make"));
}

TEST_CASE("unquoted_value reads ENV/ARG values as Docker does", "[knowledge][stage_env]") {
  CHECK(unquoted_value("\"gcc make\"") == "gcc make");
  CHECK(unquoted_value("'a b'") == "a b");
  CHECK(unquoted_value("a\\ b") == "a b");
  CHECK(unquoted_value("\"0\\\"\"") == "0\"");
  CHECK(unquoted_value("plain") == "plain");
  CHECK(unquoted_value("\"$X y\"") == "$X y");
}
