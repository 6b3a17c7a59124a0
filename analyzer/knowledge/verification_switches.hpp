#pragma once
// The switches that turn off a download's TLS certificate check or a package's signature check: command
// options (`curl -k`, `apk --allow-untrusted`), configuration items set on a command line or with a
// config command (`git -c http.sslVerify=false`, `npm config set strict-ssl false`,
// `dnf --setopt=sslverify=0`) and environment variables (`NODE_TLS_REJECT_UNAUTHORIZED=0`).
#include <optional>
#include <string_view>

#include "ir/shell_script.hpp"

namespace dlint::knowledge {

enum class Verification : unsigned char {
  Tls,        // the server's certificate is not checked: anyone on the path can swap the download
  Signature,  // packages or repositories are installed without checking who signed them
};

struct SwitchedOff {
  Verification check;
  const ir::ShellWord* word;  // the option, or the word holding the setting
  std::string_view what;      // the switch as the user wrote it: "--insecure", "http.sslVerify"
};

// Every switch `command` uses (program found through wrappers such as sudo), in argv order.
std::vector<SwitchedOff> verification_switches(const ir::SimpleCommand& command);

// For an environment variable and its value (quotes already removed): the check it turns off, or nullopt (also for
// unknown names). NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY=<anything>,
// NPM_CONFIG_STRICT_SSL=false, PIP_TRUSTED_HOST=<host>, ...
std::optional<Verification> disabling_environment(std::string_view name, std::string_view value);

// For a configuration item and its value: the check it turns off, or nullopt. Names compare
// case-insensitively; a repository prefix is allowed for yum/dnf items ("fedora.sslverify").
std::optional<Verification> disabling_setting(std::string_view key, std::string_view value);

}  // namespace dlint::knowledge
