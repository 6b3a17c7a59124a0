#include "knowledge/verification_switches.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "knowledge/command_line.hpp"
#include "knowledge/package_managers.hpp"
#include "support/ascii_case.hpp"

namespace dlint::knowledge {

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Which values of an item or variable turn the check off.
enum class Off : unsigned char {
  WhenFalse,  // "false", "0", "no", "off"
  WhenTrue,   // "true", "1", "yes", "on"
  WhenSet,    // any non-empty value (a host to trust, GIT_SSL_NO_VERIFY=<anything>)
  WhenZero,   // exactly "0"
};

bool turns_off(Off off, std::string_view value) {
  value = trim(value);
  switch (off) {
    case Off::WhenFalse:
      return iequals(value, "false") || value == "0" || iequals(value, "no") || iequals(value, "off");
    case Off::WhenTrue: return iequals(value, "true") || value == "1" || iequals(value, "yes") || iequals(value, "on");
    case Off::WhenSet: return !value.empty();
    case Off::WhenZero: return value == "0";
  }
  return false;
}

struct Named {
  std::string_view name;
  Off off;
  Verification check;
};

constexpr std::array<Named, 16> kSettings = {{
    {"http.sslVerify", Off::WhenFalse, Verification::Tls},                           // git
    {"strict-ssl", Off::WhenFalse, Verification::Tls},                               // npm, yarn 1, pnpm
    {"enableStrictSsl", Off::WhenFalse, Verification::Tls},                          // yarn 2+
    {"sslverify", Off::WhenFalse, Verification::Tls},                                // yum, dnf
    {"check_certificate", Off::WhenFalse, Verification::Tls},                        // wget -e / .wgetrc
    {"trusted-host", Off::WhenSet, Verification::Tls},                               // pip config
    {"global.trusted-host", Off::WhenSet, Verification::Tls},                        // pip config set
    {"install.trusted-host", Off::WhenSet, Verification::Tls},                       // pip config set
    {"Acquire::https::Verify-Peer", Off::WhenFalse, Verification::Tls},              // apt
    {"Acquire::https::Verify-Host", Off::WhenFalse, Verification::Tls},              // apt
    {"gpgcheck", Off::WhenFalse, Verification::Signature},                           // yum, dnf
    {"repo_gpgcheck", Off::WhenFalse, Verification::Signature},                      // yum, dnf
    {"localpkg_gpgcheck", Off::WhenFalse, Verification::Signature},                  // yum, dnf
    {"Acquire::AllowInsecureRepositories", Off::WhenTrue, Verification::Signature},  // apt
    {"APT::Get::AllowUnauthenticated", Off::WhenTrue, Verification::Signature},      // apt
    {"Acquire::AllowDowngradeToInsecureRepositories", Off::WhenTrue, Verification::Signature},
}};

constexpr std::array<Named, 6> kEnvironment = {{
    {"NODE_TLS_REJECT_UNAUTHORIZED", Off::WhenZero, Verification::Tls},
    {"PYTHONHTTPSVERIFY", Off::WhenZero, Verification::Tls},
    {"GIT_SSL_NO_VERIFY", Off::WhenSet, Verification::Tls},
    {"NPM_CONFIG_STRICT_SSL", Off::WhenFalse, Verification::Tls},
    {"YARN_ENABLE_STRICT_SSL", Off::WhenFalse, Verification::Tls},
    {"PIP_TRUSTED_HOST", Off::WhenSet, Verification::Tls},
}};

// Options that switch a check off outright.
struct Flag {
  std::string_view program;  // program basename, or a package manager's canonical name
  std::string_view option;
  Verification check;
};

constexpr std::array<Flag, 19> kFlags = {{
    {"curl", "k", Verification::Tls},
    {"curl", "insecure", Verification::Tls},
    {"curl", "proxy-insecure", Verification::Tls},
    {"wget", "no-check-certificate", Verification::Tls},
    {"pip", "trusted-host", Verification::Tls},
    {"apt-get", "allow-unauthenticated", Verification::Signature},
    {"apt-get", "allow-insecure-repositories", Verification::Signature},
    {"apt-get", "force-yes", Verification::Signature},
    {"apt", "allow-unauthenticated", Verification::Signature},
    {"apt", "allow-insecure-repositories", Verification::Signature},
    {"apk", "allow-untrusted", Verification::Signature},
    {"yum", "nogpgcheck", Verification::Signature},
    {"dnf", "nogpgcheck", Verification::Signature},
    {"microdnf", "nogpgcheck", Verification::Signature},
    {"tdnf", "nogpgcheck", Verification::Signature},
    {"zypper", "no-gpg-checks", Verification::Signature},
    {"rpm", "nosignature", Verification::Signature},
    {"rpm", "nodigest", Verification::Signature},
    {"rpm", "nofiledigest", Verification::Signature},
}};

// Options whose value is a `key=value` configuration item.
struct SettingOption {
  std::string_view program;
  std::string_view option;
};
constexpr std::array<SettingOption, 11> kSettingOptions = {{
    {"yum-config-manager", "setopt"},  // --save writes it into the repository files for good
    {"dnf-config-manager", "setopt"},
    {"git", "c"},
    {"apt-get", "o"},
    {"apt-get", "option"},
    {"apt", "o"},
    {"apt", "option"},
    {"yum", "setopt"},
    {"dnf", "setopt"},
    {"microdnf", "setopt"},
    {"wget", "e"},
}};

// The options of programs outside the package-manager table that take a value, so a value is not read
// as options: `curl -ok` writes to a file named "k", it does not turn on --insecure.
constexpr std::array<std::string_view, 40> kCurlValues = {
    "o",     "output",          "H",      "header",      "d",   "data",        "u", "user",   "X", "request",
    "A",     "user-agent",      "e",      "referer",     "T",   "upload-file", "x", "proxy",  "w", "write-out",
    "m",     "max-time",        "C",      "continue-at", "F",   "form",        "b", "cookie", "c", "cookie-jar",
    "retry", "connect-timeout", "cacert", "cert",        "key", "E",           "r", "range",  "K", "config"};
constexpr std::array<std::string_view, 18> kWgetValues = {
    "O",          "output-document", "o", "output-file", "P", "directory-prefix", "t", "tries", "T", "timeout", "U",
    "user-agent", "header",          "e", "execute",     "i", "input-file",       "a"};
constexpr std::array<std::string_view, 4> kGitValues = {"c", "C", "git-dir", "work-tree"};
constexpr std::array<std::string_view, 0> kNoValues = {};

OptionSpec spec_for(std::string_view program, const PackageManager* manager) {
  if (manager) return manager->options;
  if (program == "curl") return OptionSpec{kCurlValues};
  if (program == "wget") return OptionSpec{kWgetValues};
  if (program == "git") return OptionSpec{kGitValues};
  return OptionSpec{kNoValues};
}

bool has_repo_prefix(std::string_view key, std::string_view name) {
  return key.size() > name.size() + 1 && key[key.size() - name.size() - 1] == '.' &&
         iequals(key.substr(key.size() - name.size()), name);
}

// `git config [--global] http.sslVerify false`, `npm config set strict-ssl false`, `pip config set ...`,
// `yarn config set strict-ssl false`, `npm set strict-ssl=false`.
void config_command(const ir::SimpleCommand& command, std::span<const ParsedArg> args, std::vector<SwitchedOff>& out) {
  std::vector<const ParsedArg*> operands;
  for (const auto& arg : args) {
    if (arg.kind == ParsedArg::Kind::Operand) operands.push_back(&arg);
  }
  std::size_t at = 0;
  if (operands.empty()) return;
  std::string_view first = command.argv[operands[0]->word].value;
  if (first == "config") {
    at = 1;
    if (operands.size() > 1 && command.argv[operands[1]->word].value == "set") at = 2;
  } else if (first == "set") {
    at = 1;
  } else {
    return;
  }
  if (at >= operands.size()) return;
  const ir::ShellWord& key_word = command.argv[operands[at]->word];
  std::string_view key = key_word.value;
  std::string_view value;
  if (auto eq = key.find('='); eq != std::string_view::npos) {
    value = key.substr(eq + 1);
    key = key.substr(0, eq);
  } else if (at + 1 < operands.size()) {
    value = command.argv[operands[at + 1]->word].value;
  } else {
    return;
  }
  if (auto check = disabling_setting(key, value)) out.push_back({*check, &key_word, key});
}

}  // namespace

std::optional<Verification> disabling_setting(std::string_view key, std::string_view value) {
  key = trim(key);
  for (const auto& setting : kSettings) {
    if ((iequals(key, setting.name) || has_repo_prefix(key, setting.name)) && turns_off(setting.off, value)) {
      return setting.check;
    }
  }
  return std::nullopt;
}

std::optional<Verification> disabling_environment(std::string_view name, std::string_view value) {
  for (const auto& variable : kEnvironment) {
    if (name == variable.name && turns_off(variable.off, value)) return variable.check;
  }
  return std::nullopt;
}

std::vector<SwitchedOff> verification_switches(const ir::SimpleCommand& command) {
  std::vector<SwitchedOff> out;
  const std::size_t index = effective_program_index(command);
  if (index >= command.argv.size()) return out;
  std::string_view program = program_basename(command.argv[index].value);
  const PackageManager* manager = find_package_manager(program);
  std::size_t first = index + 1;
  if (program_matches(program, "python")) {
    // `python -m pip install --trusted-host x`
    if (index + 2 < command.argv.size() && command.argv[index + 1].value == "-m" &&
        program_matches(command.argv[index + 2].value, "pip")) {
      manager = package_manager_named("pip");
      first = index + 3;
    }
  }
  std::string_view name = manager ? manager->name : program;
  auto args = parse_args(command, first, spec_for(program, manager));
  for (const auto& arg : args) {
    if (arg.kind != ParsedArg::Kind::Option) continue;
    const ir::ShellWord& word = command.argv[arg.word];
    for (const auto& flag : kFlags) {
      if (flag.program == name && flag.option == arg.name) out.push_back({flag.check, &word, word.value});
    }
    if (!arg.value) continue;
    bool setting_option = std::any_of(kSettingOptions.begin(), kSettingOptions.end(), [&](const SettingOption& s) {
      return s.program == name && s.option == arg.name;
    });
    if (setting_option) {
      std::string_view setting = *arg.value;
      auto eq = setting.find('=');
      if (eq == std::string_view::npos) continue;
      if (auto check = disabling_setting(setting.substr(0, eq), setting.substr(eq + 1))) {
        out.push_back({*check, &command.argv[arg.value_word], trim(setting.substr(0, eq))});
      }
    } else if (arg.value_word == arg.word && (name == "npm" || name == "yarn" || name == "pnpm" || name == "dnf" ||
                                              name == "yum" || name == "microdnf")) {
      // `npm install --strict-ssl=false`, `dnf --sslverify=false` (a config item given as an option).
      if (auto check = disabling_setting(arg.name, *arg.value)) out.push_back({*check, &word, arg.name});
    }
  }
  if (name == "git" || name == "npm" || name == "yarn" || name == "pnpm" || name == "pip") {
    config_command(command, args, out);
  }
  return out;
}

}  // namespace dlint::knowledge
