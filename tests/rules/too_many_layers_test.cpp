#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

namespace {
std::string runs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "RUN echo " + std::to_string(i) + "\n";
  return out;
}
}  // namespace

TEST_CASE("SIZE021 too-many-layers", "[rules][SIZE021]") {
  check_rule_cases("SIZE021",
                   {
                       {"31 in the final stage", "FROM alpine:3.20\n" + runs(31), {{1, 1}}},
                       {"counted through FROM <stage>",
                        "FROM alpine:3.20 AS base\n" + runs(20) + "FROM base\n" + runs(11),
                        {{22, 1}}},
                       {"30 is fine", "FROM alpine:3.20\n" + runs(30), {}},
                       {"a build stage may have many",
                        "FROM alpine:3.20 AS build\n" + runs(40) + "FROM alpine:3.20\nCOPY --from=build /a /a\n",
                        {}},
                   });
}
