#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR205 run-toml-port-conflict: cases", "[rules][COR205][runtoml]") {
  check_rule_cases(
      "COR205",
      {
          {"two components",
           "[components.a]\ncapabilities = [\"net:listen:8080\"]\n[components.b]\ncapabilities = [\"stdout\", "
           "\"net:listen:8080\"]\n",
           {{4, 27}}},
          {"guide: component and bridge",
           "[[component]]\nname = \"web\"\ndev.port = 5432\n\n[bridge.db]\nimage = \"p:1\"\nports = { 5432 = 5432 }\n",
           {{7, 11}}},
          {"two bridges, list form",
           "[bridge.a]\nimage = \"a:1\"\nports = [\"80:80\"]\n[bridge.b]\nimage = \"b:1\"\nports = [\"80:8080\"]\n",
           {{6, 10}}},
          {"three on one port: two findings",
           "[components.a]\ncapabilities = [\"net:listen:1\"]\n[components.b]\ncapabilities = [\"net:listen:1\"]\n"
           "[components.c]\ncapabilities = [\"net:listen:1\"]\n",
           {{4, 17}, {6, 17}}},
      });
  check_rule_cases(
      "COR205",
      {
          {"different ports",
           "[components.a]\ncapabilities = [\"net:listen:8080\"]\n[components.b]\ncapabilities = "
           "[\"net:listen:8081\"]\n",
           {}},
          {"same container port, different host ports",
           "[bridge.a]\nimage = \"a:1\"\nports = { 8080 = 80 }\n[bridge.b]\nimage = \"b:1\"\nports = { 8081 = 80 }\n",
           {}},
          {"one component repeating its own port",
           "[components.a]\ncapabilities = [\"net:listen:1\", \"net:listen:1\"]\n",
           {}},
          {"docker urls are not host ports",
           "[components.a]\ncapabilities = [\"net:listen:5432\"]\n[docker.db]\nurl = \"http://db:5432\"\n",
           {}},
      });
}
