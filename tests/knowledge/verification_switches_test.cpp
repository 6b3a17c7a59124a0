#include <catch2/catch.hpp>
#include <deque>
#include <initializer_list>
#include <string>

#include "knowledge/file_modes.hpp"
#include "knowledge/verification_switches.hpp"

using namespace dlint;
using namespace dlint::knowledge;

namespace {
ir::SimpleCommand command_of(std::initializer_list<std::string> words) {
  ir::SimpleCommand command;
  for (const auto& w : words) {
    ir::ShellWord word;
    word.raw = w;
    word.value = w;
    command.argv.push_back(word);
  }
  return command;
}

std::vector<std::string_view> switches(std::initializer_list<std::string> words, Verification check) {
  static std::deque<ir::SimpleCommand> keep;  // the results point into the commands: keep them in place
  keep.push_back(command_of(words));
  std::vector<std::string_view> out;
  for (const auto& off : verification_switches(keep.back())) {
    if (off.check == check) out.push_back(off.what);
  }
  return out;
}
}  // namespace

TEST_CASE("verification_switches finds options, settings and config commands", "[knowledge][verification]") {
  using V = Verification;
  CHECK(switches({"curl", "-fsSLk", "https://x"}, V::Tls) == std::vector<std::string_view>{"-fsSLk"});
  CHECK(switches({"curl", "-ok", "https://x"}, V::Tls).empty());
  CHECK(switches({"sudo", "wget", "--no-check-certificate", "x"}, V::Tls).size() == 1);
  CHECK(switches({"git", "-c", "http.sslVerify=false", "clone", "x"}, V::Tls) ==
        std::vector<std::string_view>{"http.sslVerify"});
  CHECK(switches({"git", "config", "--global", "http.sslverify", "false"}, V::Tls).size() == 1);
  CHECK(switches({"git", "config", "--global", "http.sslverify", "true"}, V::Tls).empty());
  CHECK(switches({"npm", "config", "set", "strict-ssl", "false"}, V::Tls).size() == 1);
  CHECK(switches({"npm", "set", "strict-ssl=false"}, V::Tls).size() == 1);
  CHECK(switches({"python3", "-m", "pip", "install", "--trusted-host", "h", "x"}, V::Tls).size() == 1);
  CHECK(switches({"dnf", "--setopt=fedora.sslverify=0", "install", "x"}, V::Tls).size() == 1);
  CHECK(switches({"dnf", "--nogpgcheck", "install", "x"}, V::Signature).size() == 1);
  CHECK(switches({"apt-get", "-o", "APT::Get::AllowUnauthenticated=1", "install", "x"}, V::Signature).size() == 1);
  CHECK(switches({"apk", "add", "--allow-untrusted", "x.apk"}, V::Signature).size() == 1);
  CHECK(switches({"echo", "--nogpgcheck", "-k"}, V::Signature).empty());
}

TEST_CASE("disabling_environment", "[knowledge][verification]") {
  CHECK(disabling_environment("NODE_TLS_REJECT_UNAUTHORIZED", "0") == Verification::Tls);
  CHECK_FALSE(disabling_environment("NODE_TLS_REJECT_UNAUTHORIZED", "1"));
  CHECK_FALSE(disabling_environment("NODE_TLS_REJECT_UNAUTHORIZED", "0\""));
  CHECK(disabling_environment("GIT_SSL_NO_VERIFY", "anything") == Verification::Tls);
  CHECK_FALSE(disabling_environment("GIT_SSL_NO_VERIFY", ""));
  CHECK(disabling_environment("NPM_CONFIG_STRICT_SSL", "FALSE") == Verification::Tls);
  CHECK_FALSE(disabling_environment("SOMETHING_ELSE", "0"));
}

TEST_CASE("world_writable_mode", "[knowledge][file_modes]") {
  CHECK(world_writable_mode("777"));
  CHECK(world_writable_mode("0666"));
  CHECK(world_writable_mode("o+w"));
  CHECK(world_writable_mode("u+x,a=rwx"));
  CHECK_FALSE(world_writable_mode("1777"));
  CHECK_FALSE(world_writable_mode("a+rwxt"));
  CHECK_FALSE(world_writable_mode("775"));
  CHECK_FALSE(world_writable_mode("+w"));
  CHECK_FALSE(world_writable_mode("o-w"));
  CHECK_FALSE(world_writable_mode("8777"));
  CHECK_FALSE(world_writable_mode("/tmp"));
  CHECK(takes_mode_option("mkdir", "m"));
  CHECK_FALSE(takes_mode_option("cp", "m"));
}
