#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("PORT002 compose-wasi-blocker: reported cases", "[rules][PORT002][portability]") {
  check_rule_cases(
      "PORT002",
      {
          {"host networking and privileges of a built service",
           "services:\n  agent:\n    build: .\n    network_mode: host\n    privileged: true\n",
           {{4, 19}, {5, 17}}},
          {"capabilities, devices, gpus",
           "services:\n  agent:\n    build: .\n    cap_add:\n      - NET_RAW\n      - SYS_ADMIN\n"
           "    devices:\n      - /dev/dri\n    gpus: all\n",
           {{5, 9}, {6, 9}, {8, 9}, {9, 11}}},
          {"the Docker socket",
           "services:\n  ci:\n    build: ./ci\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
           {{5, 9}}},
          {"through an anchor and a merge key",
           "x-host: &host\n  network_mode: host\nservices:\n  agent:\n    build: .\n    <<: *host\n",
           {{2, 17}}},
          {"interpolated", "services:\n  agent:\n    build: .\n    pid: ${PID_MODE:-host}\n", {{4, 10}}},
      });
}

TEST_CASE("PORT002 compose-wasi-blocker: silent cases", "[rules][PORT002][portability]") {
  check_rule_cases(
      "PORT002",
      {
          {"an off-the-shelf image keeps what it asks for",
           "services:\n  vpn:\n    image: wireguard:1\n    cap_add: [NET_ADMIN]\n    network_mode: host\n"},
          {"a built service with plain ports", "services:\n  web:\n    build: .\n    ports: [\"8080:8080\"]\n"},
          {"network_mode naming another service",
           "services:\n  web:\n    build: .\n    network_mode: \"service:db\"\n  db:\n    image: postgres:16\n"},
      });
}
