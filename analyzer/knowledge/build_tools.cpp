#include "knowledge/build_tools.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

namespace {

// Names whose versioned forms ("gcc-12", "clang-17") are the same tool.
constexpr std::array<std::string_view, 5> kVersioned = {"gcc", "g++", "clang", "gfortran", "llvm"};

constexpr std::array<std::string_view, 14> kCommon = {"gcc",      "g++",      "clang",   "make",  "cmake",
                                                      "autoconf", "automake", "libtool", "bison", "flex",
                                                      "gfortran", "meson",    "ccache",  "llvm"};
constexpr std::array<std::string_view, 3> kDebian = {"build-essential", "ninja-build", "cpp"};
constexpr std::array<std::string_view, 2> kAlpine = {"build-base", "ninja"};
constexpr std::array<std::string_view, 5> kRedHat = {"gcc-c++", "ninja-build", "@development-tools",
                                                     "@Development Tools", "@c-development"};
constexpr std::array<std::string_view, 2> kSuse = {"gcc-c++", "ninja"};

bool in(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// "gcc-12" -> true for base "gcc"; "gcc-c++" -> false.
bool versioned_form(std::string_view name, std::string_view base) {
  if (name.size() <= base.size() + 1 || name.substr(0, base.size()) != base || name[base.size()] != '-') return false;
  std::string_view version = name.substr(base.size() + 1);
  return std::all_of(version.begin(), version.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

}  // namespace

bool is_build_tool_package(Ecosystem ecosystem, std::string_view package) {
  // Drop a version pin: "gcc=12.2.0-3", "make~4.4", "cmake>=3.20".
  std::string_view name = package.substr(0, package.find_first_of("=<>~:"));
  std::span<const std::string_view> own;
  switch (ecosystem) {
    case Ecosystem::Debian: own = kDebian; break;
    case Ecosystem::Alpine: own = kAlpine; break;
    case Ecosystem::RedHat: own = kRedHat; break;
    case Ecosystem::Suse: own = kSuse; break;
    default: return false;  // language package managers do not install toolchains
  }
  if (in(own, name) || in(kCommon, name)) return true;
  return std::any_of(kVersioned.begin(), kVersioned.end(),
                     [&](std::string_view base) { return versioned_form(name, base); });
}

}  // namespace dlint::knowledge
