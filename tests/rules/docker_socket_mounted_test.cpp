#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC102 docker-socket-mounted: cases", "[rules][SEC102][compose]") {
  check_rule_cases(
      "SEC102",
      {
          {"short syntax",
           "services:\n  a:\n    image: a:1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
           {{5, 9}}},
          {"read-only still counts",
           "services:\n  a:\n    image: a:1\n    volumes:\n      - \"/run/docker.sock:/d.sock:ro\"\n",
           {{5, 10}}},
          {"long syntax",
           "services:\n  a:\n    image: a:1\n    volumes:\n      - type: bind\n        source: /var/run/docker.sock\n"
           "        target: /var/run/docker.sock\n",
           {{6, 17}}},
          {"use_api_socket", "services:\n  a:\n    image: a:1\n    use_api_socket: true\n", {{4, 21}}},
      });
  check_rule_cases("SEC102",
                   {
                       {"named volume", "services:\n  a:\n    image: a:1\n    volumes:\n      - data:/data\n", {}},
                       {"other bind", "services:\n  a:\n    image: a:1\n    volumes:\n      - ./src:/src\n", {}},
                   });
}
