#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC014 secret-written-to-file: reported cases", "[rules][SEC014]") {
  check_rule_cases(
      "SEC014",
      {
          {"npm token into .npmrc",
           "FROM node:20\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > /root/.npmrc && "
           "npm ci\n",
           {{3, 10}}},
          {"appended", "FROM node:20\nRUN echo \"_auth=$NPM_AUTH_TOKEN\" >> .npmrc\n", {{2, 10}}},
          {"private key",
           "FROM debian\nRUN echo \"-----BEGIN OPENSSH PRIVATE KEY-----\" > /root/.ssh/id_rsa\n",
           {{2, 10}}},
          {"printf into tee", "FROM debian\nRUN printf '%s' \"$GITHUB_TOKEN\" | tee /root/.git-token\n", {{2, 17}}},
          {"heredoc", "FROM debian\nRUN <<EOF\necho $API_KEY > /etc/app/key\nEOF\n", {{3, 6}}},
          {"removed in a later RUN still counts",
           "FROM node:20\nRUN echo $NPM_TOKEN > .npmrc\nRUN rm .npmrc\n",
           {{2, 10}}},
      });
}

TEST_CASE("SEC014 secret-written-to-file: silent cases", "[rules][SEC014]") {
  check_rule_cases(
      "SEC014",
      {
          {"removed in the same RUN", "FROM node:20\nRUN echo $NPM_TOKEN > .npmrc && npm ci && rm -f .npmrc\n", {}},
          {"printed, not stored", "FROM debian\nRUN echo \"$API_KEY\"\n", {}},
          {"a variable name in single quotes is text", "FROM debian\nRUN echo 'key=$API_KEY' > /etc/app.conf\n", {}},
          {"to /dev/null", "FROM debian\nRUN echo $API_KEY > /dev/null\n", {}},
          {"a reference to a secret file", "FROM debian\nRUN echo \"$PASSWORD_FILE\" > /etc/app/where\n", {}},
          {"harmless values", "FROM debian\nRUN echo 'registry=https://registry.npmjs.org/' > .npmrc\n", {}},
          {"a build stage used only through COPY --from",
           "FROM node:20 AS b\nRUN echo $NPM_TOKEN > .npmrc\nFROM scratch\nCOPY --from=b /app /app\n",
           {}},
      });
}
