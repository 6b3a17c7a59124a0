#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE015 cache-removed-in-later-layer: cases", "[rules][SIZE015]") {
  check_rule_cases(
      "SIZE015",
      {
          {"apt lists",
           "FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
           {{3, 5}}},
          {"once per RUN",
           "FROM debian\nRUN apt-get update\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*\n",
           {{3, 5}}},
          {"yum clean all later", "FROM centos:7\nRUN yum install -y httpd\nRUN yum clean all\n", {{3, 5}}},
          {"pip cache later", "FROM python:3.12\nRUN pip install x==1\nRUN rm -rf /root/.cache/pip\n", {{3, 5}}},
          {"across a stage built FROM this one",
           "FROM debian AS base\nRUN apt-get update\nFROM base\nRUN rm -rf /var/lib/apt/lists/*\n",
           {{4, 5}}},
          {"cleaned in the same RUN",
           "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf "
           "/var/lib/apt/lists/*\n",
           {}},
          {"the later RUN downloads again",
           "FROM debian\nRUN apt-get update\nRUN apt-get update && apt-get install -y x && rm -rf "
           "/var/lib/apt/lists/*\n",
           {}},
          {"pip --no-cache-dir left nothing",
           "FROM python:3.12\nRUN pip install --no-cache-dir x==1\nRUN rm -rf /root/.cache\n",
           {}},
          {"a cache mount left nothing",
           "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y vim\nRUN dnf clean all\n",
           {}},
          {"a script that may download ran first",
           "FROM debian\nRUN apt-get update\nRUN ./setup.sh && apt-get clean && rm -rf /var/lib/apt/lists/*\n",
           {}},
          {"nothing downloaded before", "FROM debian\nRUN rm -rf /var/lib/apt/lists/*\n", {}},
          {"a build stage used only through COPY --from",
           "FROM debian AS b\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nFROM scratch\nCOPY --from=b /x /x\n",
           {}},
      });
}
