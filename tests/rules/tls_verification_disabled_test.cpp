#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC010 tls-verification-disabled: reported cases", "[rules][SEC010]") {
  check_rule_cases(
      "SEC010",
      {
          {"curl -k", "FROM debian\nRUN curl -k -o /tmp/x https://example.com/x\n", {{2, 10}}},
          {"curl --insecure", "FROM debian\nRUN curl --insecure https://example.com/x | tar -xz\n", {{2, 10}}},
          {"bundled -fsSLk", "FROM debian\nRUN curl -fsSLk https://example.com/x\n", {{2, 10}}},
          {"wget", "FROM debian\nRUN wget --no-check-certificate https://example.com/x\n", {{2, 10}}},
          {"wget -e check_certificate=off",
           "FROM debian\nRUN wget -e check_certificate=off https://example.com/x\n",
           {{2, 13}}},
          {"pip --trusted-host", "FROM python:3.12\nRUN pip install --trusted-host pypi.org flask==3.0.3\n", {{2, 17}}},
          {"python -m pip", "FROM python:3.12\nRUN python -m pip install --trusted-host=pypi.org x==1\n", {{2, 27}}},
          {"pip config set", "FROM python:3.12\nRUN pip config set global.trusted-host pypi.org\n", {{2, 20}}},
          {"git -c", "FROM debian\nRUN git -c http.sslVerify=false clone https://example.com/r.git\n", {{2, 12}}},
          {"git config", "FROM debian\nRUN git config --global http.sslverify false\n", {{2, 25}}},
          {"npm config set", "FROM node:20\nRUN npm config set strict-ssl false && npm ci\n", {{2, 20}}},
          {"yarn config set", "FROM node:20\nRUN yarn config set strict-ssl false\n", {{2, 21}}},
          {"npm option", "FROM node:20\nRUN npm install --strict-ssl=false\n", {{2, 17}}},
          {"dnf --setopt", "FROM fedora:40\nRUN dnf --setopt=sslverify=0 install -y vim\n", {{2, 9}}},
          {"yum-config-manager --save",
           "FROM fedora:40\nRUN yum-config-manager --save --setopt=\\*.sslverify=0\n",
           {{2, 31}}},
          {"dnf config-manager",
           "FROM fedora:40\nRUN dnf config-manager --save --setopt=fedora.sslverify=false\n",
           {{2, 31}}},
          {"apt -o Verify-Peer", "FROM debian\nRUN apt-get -o Acquire::https::Verify-Peer=false update\n", {{2, 16}}},
          {"through sudo, in a continuation", "FROM debian\nRUN set -e; \\\n    sudo curl -k https://x\n", {{3, 15}}},
          {"ONBUILD RUN", "FROM debian\nONBUILD RUN curl -k https://x\n", {{2, 18}}},
          {"heredoc", "FROM debian\nRUN <<EOF\ncurl --insecure https://x\nEOF\n", {{3, 6}}},
          {"exec form", "FROM debian\nRUN [\"curl\", \"-k\", \"https://x\"]\n", {{2, 14}}},
      });
}

TEST_CASE("SEC010 tls-verification-disabled: silent cases", "[rules][SEC010]") {
  check_rule_cases(
      "SEC010",
      {
          {"verified download", "FROM debian\nRUN curl -fsSL https://example.com/x -o /tmp/x\n", {}},
          {"-k as the value of -o", "FROM debian\nRUN curl -o -k https://x && curl -ok https://x\n", {}},
          {"-k inside a header value", "FROM debian\nRUN curl -H 'X-k: 1' https://x\n", {}},
          {"git config that keeps the check", "FROM debian\nRUN git config --global http.sslVerify true\n", {}},
          {"npm config set strict-ssl true", "FROM node:20\nRUN npm config set strict-ssl true\n", {}},
          {"other programs' -k", "FROM debian\nRUN ssh-keygen -k -f x && sort -k 2 file\n", {}},
          {"signature switches are another rule", "FROM fedora:40\nRUN dnf install -y --nogpgcheck x\n", {}},
      });
}
