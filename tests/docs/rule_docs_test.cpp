// docs/rules/ is generated from rule metadata (scripts/gen-rule-docs.sh); this fails when it is stale.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "engine/rule.hpp"
#include "engine/rule_docs.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;
using dlint::testing::read_file;

TEST_CASE("docs/rules matches the rules' metadata", "[docs]") {
  fs::path dir = fs::path(DLINT_SOURCE_DIR) / "docs" / "rules";
  INFO("run scripts/gen-rule-docs.sh to regenerate docs/rules");
  CHECK(read_file(dir / "README.md") == dlint::rule_index_markdown());
  std::set<std::string> expected{"README.md"};
  for (const auto& rule : dlint::RuleRegistry::instance().rules()) {
    std::string name = std::string(rule->meta().id) + ".md";
    expected.insert(name);
    INFO(name);
    CHECK(read_file(dir / name) == dlint::rule_doc_markdown(rule->meta()));
  }
  for (const auto& entry : fs::directory_iterator(dir)) {
    INFO("stale page " << entry.path().filename());
    CHECK(expected.count(entry.path().filename().string()) == 1);
  }
}

TEST_CASE("every rule has complete metadata", "[docs][rules]") {
  std::set<std::string_view> ids, names;
  for (const auto& rule : dlint::RuleRegistry::instance().rules()) {
    const auto& m = rule->meta();
    INFO(m.id);
    CHECK(ids.insert(m.id).second);
    CHECK(names.insert(m.name).second);
    CHECK(!m.summary.empty());
    CHECK(!m.rationale.empty());
    CHECK(!m.kinds.empty());
    CHECK(!m.family.empty());
    for (char c : m.name)
      CHECK((std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'));
  }
}
