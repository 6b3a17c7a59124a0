#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP021 node-package-unpinned: reported cases", "[rules][BP021]") {
  check_rule_cases(
      "BP021",
      {
          {"global install", "FROM node:20\nRUN npm install -g typescript\n", {{2, 20}}},
          {"scoped package without version", "FROM node:20\nRUN npm i -g @angular/cli\n", {{2, 14}}},
          {"@latest is a tag", "FROM node:20\nRUN npm install -g pnpm@latest\n", {{2, 20}}},
          {"yarn add and pnpm add",
           "FROM node:20\nRUN yarn add left-pad && pnpm add is-odd@3.0.1 lodash\n",
           {{2, 14}, {2, 48}}},
          {"continuation lines",
           "FROM node:20\nRUN npm install -g \\\n    typescript@5.4.5 \\\n    eslint\n",
           {{4, 5}}},
          {"ONBUILD RUN", "FROM node:20\nONBUILD RUN npm install -g nodemon\n", {{2, 28}}},
          {"heredoc RUN", "FROM node:20\nRUN <<EOF\nnpm install -g nodemon\nEOF\n", {{3, 16}}},
          {"yarn global add", "FROM node:20\nRUN yarn global add @vue/cli\n", {{2, 21}}},
          {"ENV list", "FROM node:20\nENV TOOLS=\"nodemon pm2@5.3.1\"\nRUN npm install -g $TOOLS\n", {{3, 20}}},
      });
}

TEST_CASE("BP021 node-package-unpinned: silent cases", "[rules][BP021]") {
  check_rule_cases(
      "BP021",
      {
          {"install from the lockfile",
           "FROM node:20\nRUN npm ci && npm install && yarn install --frozen-lockfile\n",
           {}},
          {"pinned", "FROM node:20\nRUN npm install -g typescript@5.4.5 @angular/cli@17.3.0 'eslint@^8'\n", {}},
          {"local paths, tarballs, git and GitHub references",
           "FROM node:20\nRUN npm install ./lib ../x /opt/pkg pkg.tgz git+https://x/y.git user/repo github:a/b\n",
           {}},
          {"an option value", "FROM node:20\nRUN npm install --prefix /opt/app\n", {}},
      });
}
