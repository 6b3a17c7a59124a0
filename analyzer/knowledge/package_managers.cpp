#include "knowledge/package_managers.hpp"

#include <algorithm>
#include <array>

namespace dlint::knowledge {

namespace {

using Names = std::span<const std::string_view>;

// --- Debian: apt-get and apt ---------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kAptGetPrograms = {"apt-get"};
constexpr std::array<std::string_view, 1> kAptPrograms = {"apt"};
constexpr std::array<std::string_view, 1> kAptInstall = {"install"};
constexpr std::array<std::string_view, 1> kAptUpdate = {"update"};
// apt-get asks before removing anything or installing more than was named; without a terminal the
// answer is "no" and the build fails.
constexpr std::array<std::string_view, 10> kAptPrompting = {"install",      "reinstall", "upgrade", "dist-upgrade",
                                                            "full-upgrade", "remove",    "purge",   "autoremove",
                                                            "build-dep",    "autopurge"};
constexpr std::array<std::string_view, 3> kAptYes = {"y", "yes", "assume-yes"};
constexpr std::array<std::string_view, 3> kAptCacheDirs = {"/var/lib/apt/lists", "/var/cache/apt", "/var/lib/apt"};
constexpr std::array<std::string_view, 2> kAptClean = {"clean", "autoclean"};
constexpr std::array<std::string_view, 2> kAptRemove = {"remove", "purge"};
constexpr std::array<std::string_view, 3> kAptUpgrade = {"upgrade", "dist-upgrade", "full-upgrade"};
constexpr std::array<std::string_view, 12> kAptValues = {
    "o", "option",         "c",     "config-file", "t", "target-release", "default-release", "a", "host-architecture",
    "P", "build-profiles", "solver"};

// --- Alpine: apk -----------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kApkPrograms = {"apk"};
constexpr std::array<std::string_view, 1> kApkInstall = {"add"};
constexpr std::array<std::string_view, 1> kApkUpdate = {"update"};
constexpr std::array<std::string_view, 1> kApkNoCache = {"no-cache"};
constexpr std::array<std::string_view, 2> kApkCacheDirs = {"/var/cache/apk", "/etc/apk/cache"};
constexpr std::array<std::string_view, 1> kApkClean = {"cache"};  // `apk cache clean|purge`
constexpr std::array<std::string_view, 2> kApkCleanOperands = {"clean", "purge"};
constexpr std::array<std::string_view, 1> kApkUpgrade = {"upgrade"};
constexpr std::array<std::string_view, 1> kApkRemove = {"del"};
constexpr std::array<std::string_view, 14> kApkValues = {
    "X",       "repository",    "p",       "root", "arch", "cache-dir", "keys-dir", "repositories-file", "t",
    "virtual", "cache-max-age", "timeout", "Q",    "from"};

// --- Red Hat: yum, dnf, microdnf -----------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kYumPrograms = {"yum"};
constexpr std::array<std::string_view, 1> kDnfPrograms = {"dnf"};
constexpr std::array<std::string_view, 1> kMicrodnfPrograms = {"microdnf"};
constexpr std::array<std::string_view, 4> kRpmInstall = {"install", "groupinstall", "localinstall", "reinstall"};
constexpr std::array<std::string_view, 1> kRpmUpdate = {"makecache"};
constexpr std::array<std::string_view, 14> kRpmPrompting = {
    "install", "groupinstall", "localinstall", "reinstall",   "update",     "upgrade",     "remove",
    "erase",   "downgrade",    "groupupdate",  "groupremove", "autoremove", "distro-sync", "swap"};
constexpr std::array<std::string_view, 2> kRpmYes = {"y", "assumeyes"};
constexpr std::array<std::string_view, 1> kYumCacheDirs = {"/var/cache/yum"};
constexpr std::array<std::string_view, 2> kDnfCacheDirs = {"/var/cache/dnf", "/var/cache/libdnf5"};
constexpr std::array<std::string_view, 1> kRpmClean = {"clean"};
// `clean packages` or `clean metadata` alone leaves the other half of the cache behind.
constexpr std::array<std::string_view, 1> kRpmCleanOperands = {"all"};
constexpr std::array<std::string_view, 2> kRpmRemove = {"remove", "erase"};
constexpr std::array<std::string_view, 4> kRpmUpgrade = {"update", "upgrade", "distro-sync", "upgrade-minimal"};
constexpr std::array<std::string_view, 21> kRpmValues = {"c",
                                                         "config",
                                                         "d",
                                                         "debuglevel",
                                                         "e",
                                                         "errorlevel",
                                                         "R",
                                                         "randomwait",
                                                         "installroot",
                                                         "x",
                                                         "exclude",
                                                         "enablerepo",
                                                         "disablerepo",
                                                         "setopt",
                                                         "releasever",
                                                         "downloaddir",
                                                         "disableplugin",
                                                         "enableplugin",
                                                         "repo",
                                                         "repofrompath",
                                                         "forcearch"};

// --- SUSE: zypper ----------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kZypperPrograms = {"zypper"};
constexpr std::array<std::string_view, 2> kZypperInstall = {"install", "in"};
constexpr std::array<std::string_view, 2> kZypperUpdate = {"refresh", "ref"};
constexpr std::array<std::string_view, 10> kZypperPrompting = {
    "install", "in", "remove", "rm", "update", "up", "dist-upgrade", "dup", "patch", "source-install"};
// `-n`/`--non-interactive` is global (before the subcommand), `-y`/`--no-confirm` belongs to it.
constexpr std::array<std::string_view, 4> kZypperYes = {"n", "non-interactive", "y", "no-confirm"};
constexpr std::array<std::string_view, 1> kZypperCacheDirs = {"/var/cache/zypp"};
constexpr std::array<std::string_view, 2> kZypperClean = {"clean", "cc"};
constexpr std::array<std::string_view, 2> kZypperRemove = {"remove", "rm"};
constexpr std::array<std::string_view, 5> kZypperUpgrade = {"update", "up", "dist-upgrade", "dup", "patch"};
constexpr std::array<std::string_view, 14> kZypperValues = {
    "c", "config", "R", "root", "D", "reposd-path", "C", "cache-dir", "t", "type", "r", "repo", "from", "download"};

// --- Python: pip -------------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kPipPrograms = {"pip"};
constexpr std::array<std::string_view, 1> kPipInstall = {"install"};
constexpr std::array<std::string_view, 1> kPipPrompting = {"uninstall"};
constexpr std::array<std::string_view, 2> kPipYes = {"y", "yes"};
constexpr std::array<std::string_view, 1> kPipNoCache = {"no-cache-dir"};
constexpr std::array<std::string_view, 1> kPipCacheDirs = {"/root/.cache/pip"};
constexpr std::array<std::string_view, 1> kPipClean = {"cache"};  // `pip cache purge`
constexpr std::array<std::string_view, 2> kPipCleanOperands = {"purge", "remove"};
constexpr std::array<std::string_view, 38> kPipValues = {"r",
                                                         "requirement",
                                                         "c",
                                                         "constraint",
                                                         "e",
                                                         "editable",
                                                         "i",
                                                         "index-url",
                                                         "extra-index-url",
                                                         "f",
                                                         "find-links",
                                                         "t",
                                                         "target",
                                                         "prefix",
                                                         "root",
                                                         "trusted-host",
                                                         "platform",
                                                         "python-version",
                                                         "implementation",
                                                         "abi",
                                                         "src",
                                                         "upgrade-strategy",
                                                         "progress-bar",
                                                         "cache-dir",
                                                         "log",
                                                         "proxy",
                                                         "retries",
                                                         "timeout",
                                                         "exists-action",
                                                         "cert",
                                                         "client-cert",
                                                         "no-binary",
                                                         "only-binary",
                                                         "global-option",
                                                         "config-settings",
                                                         "C",
                                                         "python",
                                                         "report"};

// --- Node: npm, yarn, pnpm ---------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kNpmPrograms = {"npm"};
constexpr std::array<std::string_view, 4> kNpmInstall = {"install", "i", "add", "ci"};
constexpr std::array<std::string_view, 1> kNpmCacheDirs = {"/root/.npm"};
constexpr std::array<std::string_view, 1> kNodeClean = {"cache"};  // `npm cache clean`, `yarn cache clean`
constexpr std::array<std::string_view, 1> kNodeCleanOperands = {"clean"};
constexpr std::array<std::string_view, 12> kNpmValues = {"prefix",  "C",          "registry", "cache",
                                                         "w",       "workspace",  "tag",      "omit",
                                                         "include", "userconfig", "loglevel", "install-strategy"};
constexpr std::array<std::string_view, 1> kYarnPrograms = {"yarn"};
constexpr std::array<std::string_view, 1> kYarnScopeWords = {"global"};
constexpr std::array<std::string_view, 2> kYarnInstall = {"add", "install"};
constexpr std::array<std::string_view, 2> kYarnCacheDirs = {"/usr/local/share/.cache/yarn", "/root/.cache/yarn"};
constexpr std::array<std::string_view, 6> kYarnValues = {
    "cwd", "modules-folder", "cache-folder", "network-timeout", "registry", "mutex"};
constexpr std::array<std::string_view, 1> kPnpmPrograms = {"pnpm"};
constexpr std::array<std::string_view, 3> kPnpmInstall = {"add", "install", "i"};
constexpr std::array<std::string_view, 2> kPnpmCacheDirs = {"/root/.local/share/pnpm/store", "/root/.cache/pnpm"};
constexpr std::array<std::string_view, 7> kPnpmValues = {"C",         "dir",      "filter",  "F",
                                                         "store-dir", "registry", "reporter"};
constexpr std::array<std::string_view, 2> kPnpmClean = {"store", "cache"};  // `pnpm store prune`
constexpr std::array<std::string_view, 3> kPnpmCleanOperands = {"prune", "delete", "clean"};

// --- Ruby: gem ---------------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kGemPrograms = {"gem"};
constexpr std::array<std::string_view, 2> kGemInstall = {"install", "i"};
constexpr std::array<std::string_view, 1> kGemClean = {"cleanup"};
constexpr std::array<std::string_view, 2> kGemVersionFlags = {"v", "version"};
constexpr std::array<std::string_view, 12> kGemValues = {"v", "version", "i", "install-dir",  "n",        "bindir",
                                                         "s", "source",  "P", "trust-policy", "platform", "g"};

// --- Go ------------------------------------------------------------------------------------------------------
constexpr std::array<std::string_view, 1> kGoPrograms = {"go"};
constexpr std::array<std::string_view, 2> kGoInstall = {"install", "get"};
constexpr std::array<std::string_view, 2> kGoCacheDirs = {"/root/.cache/go-build", "/go/pkg/mod"};
constexpr std::array<std::string_view, 1> kGoClean = {"clean"};
constexpr std::array<std::string_view, 17> kGoValues = {
    "o",      "p",        "tags",    "ldflags", "gcflags",   "asmflags", "modfile",    "mod", "C",
    "pkgdir", "toolexec", "overlay", "exec",    "buildmode", "compiler", "gccgoflags", "pgo"};

constexpr std::array<PackageManager, 13> kPackageManagers = {{
    {"apt-get",
     Ecosystem::Debian,
     kAptGetPrograms,
     kAptInstall,
     kAptUpdate,
     kAptPrompting,
     kAptYes,
     {},
     {},
     kAptCacheDirs,
     kAptClean,
     "=",
     OptionSpec{kAptValues},
     kAptUpgrade,
     {},
     {},
     kAptRemove},
    {"apt",
     Ecosystem::Debian,
     kAptPrograms,
     kAptInstall,
     kAptUpdate,
     kAptPrompting,
     kAptYes,
     {},
     {},
     kAptCacheDirs,
     kAptClean,
     "=",
     OptionSpec{kAptValues},
     kAptUpgrade,
     {},
     {},
     kAptRemove},
    {"apk",
     Ecosystem::Alpine,
     kApkPrograms,
     kApkInstall,
     kApkUpdate,
     {},
     {},
     kApkNoCache,
     {},
     kApkCacheDirs,
     kApkClean,
     "=",
     OptionSpec{kApkValues},
     kApkUpgrade,
     kApkCleanOperands,
     {},
     kApkRemove},
    {"yum",
     Ecosystem::RedHat,
     kYumPrograms,
     kRpmInstall,
     kRpmUpdate,
     kRpmPrompting,
     kRpmYes,
     {},
     {},
     kYumCacheDirs,
     kRpmClean,
     "-",
     OptionSpec{kRpmValues},
     kRpmUpgrade,
     kRpmCleanOperands,
     {},
     kRpmRemove},
    {"dnf",
     Ecosystem::RedHat,
     kDnfPrograms,
     kRpmInstall,
     kRpmUpdate,
     kRpmPrompting,
     kRpmYes,
     {},
     {},
     kDnfCacheDirs,
     kRpmClean,
     "-",
     OptionSpec{kRpmValues},
     kRpmUpgrade,
     kRpmCleanOperands,
     {},
     kRpmRemove},
    {"microdnf",
     Ecosystem::RedHat,
     kMicrodnfPrograms,
     kRpmInstall,
     kRpmUpdate,
     {},
     kRpmYes,
     {},
     {},
     kDnfCacheDirs,
     kRpmClean,
     "-",
     OptionSpec{kRpmValues},
     kRpmUpgrade,
     kRpmCleanOperands,
     {},
     kRpmRemove},
    {"zypper",
     Ecosystem::Suse,
     kZypperPrograms,
     kZypperInstall,
     kZypperUpdate,
     kZypperPrompting,
     kZypperYes,
     {},
     {},
     kZypperCacheDirs,
     kZypperClean,
     "=",
     OptionSpec{kZypperValues},
     kZypperUpgrade,
     {},
     {},
     kZypperRemove},
    {"pip",
     Ecosystem::Python,
     kPipPrograms,
     kPipInstall,
     {},
     kPipPrompting,
     kPipYes,
     kPipNoCache,
     "PIP_NO_CACHE_DIR",
     kPipCacheDirs,
     kPipClean,
     "==",
     OptionSpec{kPipValues},
     {},
     kPipCleanOperands},
    {"npm",
     Ecosystem::Node,
     kNpmPrograms,
     kNpmInstall,
     {},
     {},
     {},
     {},
     {},
     kNpmCacheDirs,
     kNodeClean,
     "@",
     OptionSpec{kNpmValues},
     {},
     kNodeCleanOperands},
    {"yarn",
     Ecosystem::Node,
     kYarnPrograms,
     kYarnInstall,
     {},
     {},
     {},
     {},
     {},
     kYarnCacheDirs,
     kNodeClean,
     "@",
     OptionSpec{kYarnValues},
     {},
     kNodeCleanOperands,
     {},
     {},
     kYarnScopeWords},
    {"pnpm",
     Ecosystem::Node,
     kPnpmPrograms,
     kPnpmInstall,
     {},
     {},
     {},
     {},
     {},
     kPnpmCacheDirs,
     kPnpmClean,
     "@",
     OptionSpec{kPnpmValues},
     {},
     kPnpmCleanOperands},
    {"gem",
     Ecosystem::Ruby,
     kGemPrograms,
     kGemInstall,
     {},
     {},
     {},
     {},
     {},
     {},
     kGemClean,
     ":",
     OptionSpec{kGemValues},
     {},
     {},
     kGemVersionFlags},
    {"go",
     Ecosystem::Go,
     kGoPrograms,
     kGoInstall,
     {},
     {},
     {},
     {},
     {},
     kGoCacheDirs,
     kGoClean,
     "@",
     OptionSpec{kGoValues, true}},
}};

}  // namespace

bool contains_name(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool program_matches(std::string_view program, std::string_view base) {
  if (program.size() < base.size() || program.substr(0, base.size()) != base) return false;
  std::string_view version = program.substr(base.size());
  return std::all_of(version.begin(), version.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

std::span<const PackageManager> package_managers() {
  return kPackageManagers;
}

const PackageManager* find_package_manager(std::string_view program) {
  for (const auto& manager : kPackageManagers) {
    for (std::string_view base : manager.programs) {
      if (program_matches(program, base)) return &manager;
    }
  }
  return nullptr;
}

const PackageManager* package_manager_named(std::string_view name) {
  for (const auto& manager : kPackageManagers) {
    if (manager.name == name) return &manager;
  }
  return nullptr;
}

}  // namespace dlint::knowledge
