// Every hadolint DL code and every BuildKit check named in the research notes on peer linters is either an
// alias of some rule or listed in docs/compatibility.md with the reason it is not. The notes live next to
// the checkout (../shared/research); the test is skipped when they are absent.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "engine/rule.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// `| CODE | reason |` rows of docs/compatibility.md sections that explain a code without an alias.
std::map<std::string, std::string> explained_codes(const std::string& doc) {
  std::map<std::string, std::string> out;
  static const std::regex row(R"(^\| ([A-Za-z0-9]+) \| (.*) \|\s*$)");
  bool in_section = false;
  std::istringstream lines(doc);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("## ", 0) == 0) {
      in_section = line.find("without an alias") != std::string::npos ||
                   line.find("does not cover") != std::string::npos || line.find("Pending") != std::string::npos;
      continue;
    }
    std::smatch m;
    if (in_section && std::regex_match(line, m, row) && m[1] != "Code") out[m[1]] = m[2];
  }
  return out;
}

}  // namespace

TEST_CASE("every hadolint code and BuildKit check is covered or explained", "[docs][compatibility]") {
  fs::path research = fs::path(DLINT_SOURCE_DIR) / ".." / "shared" / "research" / "dockerfile-linters.md";
  if (!fs::exists(research)) {
    SUCCEED("research notes not present; skipped");
    return;
  }
  const std::string notes = slurp(research);
  const auto explained = explained_codes(slurp(fs::path(DLINT_SOURCE_DIR) / "docs" / "compatibility.md"));

  std::set<std::string> aliases;
  for (const auto& rule : dlint::RuleRegistry::instance().rules()) {
    for (auto alias : rule->meta().aliases) aliases.emplace(alias);
  }

  std::set<std::string> wanted;
  static const std::regex dl_code(R"(\bDL\d{4}\b)");
  for (std::sregex_iterator it(notes.begin(), notes.end(), dl_code), end; it != end; ++it) wanted.insert(it->str());
  // BuildKit's checks: the first column of the table in section 3.1.
  auto begin = notes.find("### 3.1");
  auto stop = notes.find("### 3.2");
  REQUIRE(begin != std::string::npos);
  REQUIRE(stop != std::string::npos);
  std::istringstream table(notes.substr(begin, stop - begin));
  static const std::regex check_row(R"(^\| ([A-Z][A-Za-z]+)( \(\*\*experimental\*\*\))? \|)");
  std::size_t checks = 0;
  for (std::string line; std::getline(table, line);) {
    std::smatch m;
    if (std::regex_search(line, m, check_row) && m[1] != "Name") {
      wanted.insert(m[1]);
      ++checks;
    }
  }
  CHECK(checks == 22);        // the notes list 22 BuildKit checks
  CHECK(wanted.size() > 90);  // 71 DL rules, retired codes, DL1000, and the checks

  for (const auto& code : wanted) {
    INFO(code << " is neither an alias of a rule nor explained in docs/compatibility.md");
    bool alias = aliases.count(code) != 0;
    auto it = explained.find(code);
    bool documented = it != explained.end() && !it->second.empty();
    CHECK((alias || documented));
    // An explained code must not also be an alias: the two lists would contradict each other.
    INFO(code << " is an alias and also explained as not covered");
    CHECK_FALSE((alias && documented));
  }
}
