#include <catch2/catch.hpp>

#include "frontends/compose/interpolation.hpp"

using dlint::compose::interpolate;
using dlint::compose::parse_env_file;
using dlint::compose::Variables;

TEST_CASE("interpolation resolves every form docker compose knows", "[compose][interpolation]") {
  Variables vars{{"SET", "v"}, {"EMPTY", ""}};
  CHECK(interpolate("${SET}", vars).value == "v");
  CHECK(interpolate("$SET/x", vars).value == "v/x");
  CHECK(interpolate("${UNSET:-d}", vars).value == "d");
  CHECK(interpolate("${EMPTY:-d}", vars).value == "d");
  CHECK(interpolate("${EMPTY-d}", vars).value == "");
  CHECK(interpolate("${UNSET-d}", vars).value == "d");
  CHECK(interpolate("${SET:+alt}", vars).value == "alt");
  CHECK(interpolate("${EMPTY:+alt}", vars).value == "");
  CHECK(interpolate("${EMPTY+alt}", vars).value == "alt");
  CHECK(interpolate("${UNSET:-${SET}-x}", vars).value == "v-x");
  CHECK(interpolate("$$SET and $${SET}", vars).value == "$SET and ${SET}");
  CHECK(interpolate("cost: 5$", vars).value == "cost: 5$");
  CHECK_FALSE(interpolate("plain", vars).substituted);
}

TEST_CASE("interpolation reports unset, required and malformed references", "[compose][interpolation]") {
  Variables vars;
  auto unset = interpolate("a${X}b$Y", vars);
  CHECK(unset.value == "ab");
  CHECK(unset.unset == std::vector<std::string>{"X", "Y"});
  auto required = interpolate("${TOKEN:?set the token}", vars);
  REQUIRE(required.required);
  CHECK(required.required->find("set the token") != std::string::npos);
  CHECK_FALSE(required.error);
  CHECK(interpolate("${OPEN", vars).error);
  CHECK(interpolate("${1X}", vars).error);
}

TEST_CASE(".env files parse as docker compose reads them", "[compose][interpolation]") {
  auto entries =
      parse_env_file("# comment\nA=1\nexport B = two words # note\nC='lit $X'\nD=\"multi\nline\\n\"\nE\n\nF=\n");
  REQUIRE(entries.size() == 6);
  CHECK(entries[0].key == "A");
  CHECK(*entries[0].value == "1");
  CHECK(entries[1].key == "B");
  CHECK(*entries[1].value == "two words");
  CHECK(*entries[2].value == "lit $X");
  CHECK(*entries[3].value == "multi\nline\n");
  CHECK(entries[4].key == "E");
  CHECK_FALSE(entries[4].value);
  CHECK(entries[5].value->empty());
  CHECK(entries[5].line == 9);
}
