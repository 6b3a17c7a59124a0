#include <array>
#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>

#include "knowledge/command_line.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/package_managers.hpp"

using namespace dlint;
using namespace dlint::knowledge;

namespace {
// A simple command from plain words (no quotes, no expansions), as the shell frontend would produce.
ir::SimpleCommand command_of(std::initializer_list<std::string> words) {
  ir::SimpleCommand command;
  for (const auto& w : words) {
    ir::ShellWord word;
    word.raw = w;
    word.value = w;
    word.has_expansion = w.find('$') != std::string::npos;
    command.argv.push_back(word);
  }
  return command;
}
}  // namespace

TEST_CASE("program_chain looks through wrappers", "[knowledge][command_line]") {
  CHECK(program_chain(command_of({"apt-get", "install"})) == std::vector<std::size_t>{0});
  CHECK(program_chain(command_of({"sudo", "-E", "-u", "root", "apt-get", "install"})) ==
        std::vector<std::size_t>{0, 4});
  CHECK(program_chain(command_of({"env", "A=1", "B=2", "nice", "-n", "5", "pip", "install"})) ==
        std::vector<std::size_t>{0, 3, 6});
  CHECK(program_chain(command_of({"timeout", "-s", "KILL", "30", "curl", "x"})) == std::vector<std::size_t>{0, 4});
  CHECK(program_chain(command_of({"gosu", "app", "make"})) == std::vector<std::size_t>{0, 2});
  CHECK(effective_program_index(command_of({"eatmydata", "apt-get", "install"})) == 1);
  CHECK(effective_program_index(command_of({"sudo"})) == 1);                      // nothing to run
  CHECK(effective_program_index(command_of({"command", "-v", "apt-get"})) == 3);  // only a lookup
  CHECK(effective_program_index(command_of({"command", "apt-get", "update"})) == 1);
  CHECK(effective_program_index(ir::SimpleCommand{}) == 0);
}

TEST_CASE("parse_args reads bundles, values and --", "[knowledge][command_line]") {
  constexpr std::array<std::string_view, 2> values = {"o", "t"};
  auto cmd = command_of({"apt-get", "-qy", "-oFoo=1", "-t", "stable", "--opt=x", "--", "-pkg"});
  auto args = parse_args(cmd, 1, OptionSpec{values});
  REQUIRE(args.size() == 6);
  CHECK(args[0].name == "q");
  CHECK(args[1].name == "y");
  CHECK(args[2].name == "o");
  CHECK(args[2].value == "Foo=1");
  CHECK(args[3].name == "t");
  CHECK(args[3].value == "stable");
  CHECK(args[3].value_word == 4);
  CHECK(args[4].name == "opt");
  CHECK(args[4].value == "x");
  CHECK(args[5].kind == ParsedArg::Kind::Operand);
  CHECK(args[5].word == 7);
  CHECK(count_option(args, "q") == 1);

  auto go = command_of({"go", "install", "-tags", "netgo", "./..."});
  constexpr std::array<std::string_view, 1> go_values = {"tags"};
  auto go_args = parse_args(go, 1, OptionSpec{go_values, true});
  REQUIRE(go_args.size() == 3);
  CHECK(go_args[1].name == "tags");
  CHECK(go_args[1].value == "netgo");
  CHECK(go_args[2].kind == ParsedArg::Kind::Operand);
}

TEST_CASE("the package-manager table", "[knowledge][package_managers]") {
  CHECK(find_package_manager("apt-get")->name == "apt-get");
  CHECK(find_package_manager("apt")->name == "apt");
  CHECK(find_package_manager("pip3")->name == "pip");
  CHECK(find_package_manager("pip3.12")->name == "pip");
  CHECK(find_package_manager("pipx") == nullptr);
  CHECK(find_package_manager("apt-cache") == nullptr);
  CHECK(find_package_manager("microdnf")->ecosystem == Ecosystem::RedHat);
  for (const auto& manager : package_managers()) {
    INFO(manager.name);
    CHECK(!manager.programs.empty());
    CHECK(!manager.install.empty());
    CHECK(!manager.version_separator.empty());
    CHECK(package_manager_named(manager.name) == &manager);
  }
}

TEST_CASE("match_package_manager finds the subcommand and the packages", "[knowledge][package_managers]") {
  auto apt = command_of({"sudo", "apt-get", "-o", "Dpkg::Options::=--force-confold", "install", "-y", "curl", "git"});
  auto call = match_package_manager(apt);
  REQUIRE(call);
  CHECK(call->manager->name == "apt-get");
  CHECK(call->program_word == 1);
  CHECK(call->subcommand_name() == "install");
  CHECK(call->installs());
  auto packages = call->operands();
  REQUIRE(packages.size() == 2);
  CHECK(packages[0]->value == "curl");
  CHECK(packages[1]->value == "git");

  auto pip = command_of({"python3.12", "-m", "pip", "install", "-r", "req.txt", "flask"});
  auto pip_call = match_package_manager(pip);
  REQUIRE(pip_call);
  CHECK(pip_call->manager->name == "pip");
  CHECK(pip_call->program_word == 2);
  CHECK(pip_call->subcommand_name() == "install");
  REQUIRE(pip_call->operands().size() == 1);
  CHECK(pip_call->operands()[0]->value == "flask");

  CHECK_FALSE(match_package_manager(command_of({"python3", "-c", "import pip"})));
  CHECK_FALSE(match_package_manager(command_of({"python3", "script.py", "-m", "pip"})));
  CHECK_FALSE(match_package_manager(command_of({"echo", "apt-get", "install"})));
  auto bare = match_package_manager(command_of({"yarn"}));
  REQUIRE(bare);
  CHECK_FALSE(bare->subcommand);
  CHECK(bare->subcommand_word() == nullptr);
}

TEST_CASE("assumes_yes knows apt's quiet levels and configuration", "[knowledge][package_managers]") {
  auto yes = [](std::initializer_list<std::string> words) {
    return assumes_yes(*match_package_manager(command_of(words)));
  };
  CHECK(yes({"apt-get", "install", "-y", "x"}));
  CHECK(yes({"apt-get", "--assume-yes", "install", "x"}));
  CHECK(yes({"apt-get", "-qq", "install", "x"}));
  CHECK(yes({"apt-get", "-q", "-q", "install", "x"}));
  CHECK(yes({"apt-get", "-q=2", "install", "x"}));
  CHECK(yes({"apt-get", "--quiet=2", "install", "x"}));
  CHECK(yes({"apt-get", "-o", "quiet=2", "install", "x"}));
  CHECK(yes({"apt-get", "-o", "apt::get::assume-yes=true", "install", "x"}));
  CHECK_FALSE(yes({"apt-get", "-q", "install", "x"}));
  CHECK_FALSE(yes({"apt-get", "-o", "APT::Get::Assume-Yes=false", "install", "x"}));
  CHECK_FALSE(yes({"apt-get", "install", "x"}));
  CHECK(yes({"dnf", "install", "-y", "x"}));
  CHECK(yes({"zypper", "--non-interactive", "install", "x"}));
  CHECK_FALSE(yes({"yum", "install", "x"}));
}

TEST_CASE("apt_boolean reads apt's booleans", "[knowledge][package_managers]") {
  CHECK(apt_boolean("true") == true);
  CHECK(apt_boolean("On") == true);
  CHECK(apt_boolean("1") == true);
  CHECK(apt_boolean("false") == false);
  CHECK(apt_boolean("no") == false);
  CHECK(apt_boolean("0") == false);
  CHECK_FALSE(apt_boolean("maybe"));
  CHECK_FALSE(apt_boolean(""));
}

TEST_CASE("match_package_manager skips scope words before the subcommand", "[knowledge][package_managers]") {
  auto yarn = command_of({"yarn", "global", "add", "typescript"});
  auto call = match_package_manager(yarn);
  REQUIRE(call);
  CHECK(call->subcommand_name() == "add");
  CHECK(call->installs());
  REQUIRE(call->operands().size() == 1);
  CHECK(call->operands()[0]->value == "typescript");
  auto bare = command_of({"yarn", "global"});
  auto bare_call = match_package_manager(bare);
  REQUIRE(bare_call);
  CHECK(bare_call->subcommand_name() == "global");
  CHECK_FALSE(bare_call->installs());
}

TEST_CASE("match_package_manager reads a command once, and a copy afresh", "[knowledge][package_managers]") {
  auto original = command_of({"apt-get", "install", "-y", "curl"});
  const auto& first = match_package_manager(original);
  REQUIRE(first);
  CHECK(&match_package_manager(original) == &first);  // kept on the command
  CHECK(first->command == &original);

  // A copy points at its own words, not at the original's.
  ir::SimpleCommand copy = original;
  const auto& of_copy = match_package_manager(copy);
  REQUIRE(of_copy);
  CHECK(&of_copy != &first);
  CHECK(of_copy->command == &copy);
  CHECK(of_copy->operands().front() == &copy.argv[3]);
}
