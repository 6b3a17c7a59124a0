// The rules that compare a .dockerignore with the directory beside it: SEC142, SEC143, SIZE141.
#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("SEC142 dockerignore-misses-secret", "[rules][SEC142][context]") {
  check_context_rule_cases("SEC142",
                           {
                               {"an .env and a key not excluded, the fix appends them",
                                {{"app/.dockerignore", "node_modules\n.git"},
                                 {"app/.env", "A=1"},
                                 {"app/keys/deploy.pem", "-----BEGIN EC PRIVATE KEY-----\n"},
                                 {"app/src/a.js", "a"}},
                                "app/.dockerignore",
                                {{2, 5, {"holds .env (an environment file) and keys/deploy.pem (a private key)"}}},
                                std::string("node_modules\n.git\n.env\nkeys/deploy.pem\n")},
                               {"an empty .dockerignore",
                                {{"app/.dockerignore", ""}, {"app/.git-credentials", "https://u:p@h"}},
                                "app/.dockerignore",
                                {{1, 1, {"stored Git credentials"}}},
                                std::string(".git-credentials\n")},
                           });
  check_context_rule_cases("SEC142", {
                                         {"all excluded",
                                          {{"app/.dockerignore", ".env*\n!.env.example\n*.pem\n"},
                                           {"app/.env", "A=1"},
                                           {"app/.env.example", "A="},
                                           {"app/a.pem", "k"}},
                                          "app/.dockerignore"},
                                         {"without a file system",
                                          {{"app/.dockerignore", "x\n"}, {"app/.env", "A=1"}},
                                          "app/.dockerignore",
                                          {},
                                          std::nullopt,
                                          {},
                                          {},
                                          std::nullopt,
                                          true},
                                     });
}

TEST_CASE("SEC143 ignore-reincludes-secret", "[rules][SEC143][context]") {
  check_context_rule_cases(
      "SEC143", {
                    {"by name, by a wildcard, and by what it brings back in the directory",
                     {{"app/.dockerignore", "*\n!src\n!.env\n!*.pem\n!config\n"}, {"app/config/prod.env", "A=1"}},
                     "app/.dockerignore",
                     {{3, 1, {"files named .env"}},
                      {4, 1, {"files matching *.pem (a private key)"}},
                      {5, 1, {"config/prod.env (an environment file)"}}}},
                    {"re-including what is harmless",
                     {{"app/.dockerignore", "*\n!src\n!.env.example\n!package.json\n"}},
                     "app/.dockerignore"},
                });
}

TEST_CASE("SIZE141 dockerignore-misses-bulky-path", "[rules][SIZE141][context]") {
  check_context_rule_cases("SIZE141",
                           {
                               {".git and node_modules present, nested ones counted once",
                                {{"app/.dockerignore", ".env\n"},
                                 {"app/.git/HEAD", "ref"},
                                 {"app/node_modules/a/node_modules/b.js", "b"},
                                 {"app/index.js", "i"}},
                                "app/.dockerignore",
                                {{1, 5, {".git/ (the Git history), node_modules/ (installed npm packages)"}}},
                                std::string(".env\n.git\nnode_modules\n")},
                               {"excluded, also through a wildcard",
                                {{"app/.dockerignore", ".git\n**/node_modules\n"},
                                 {"app/.git/HEAD", "ref"},
                                 {"app/web/node_modules/x", "x"}},
                                "app/.dockerignore"},
                           });
}
