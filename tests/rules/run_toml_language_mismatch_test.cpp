#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR210 run-toml-language-mismatch: cases", "[rules][COR210][runtoml]") {
  check_rule_cases("COR210",
                   {
                       {"extension", "[components.api]\nsource = \"main.go\"\nlanguage = \"rust\"\n", {{3, 12}}},
                       {"guide dialect extension",
                        "[[component]]\nname = \"a\"\nlanguage = \"python\"\nsource = \"app.ts\"\n",
                        {{3, 12}}},
                       {"directory with go.mod",
                        "[components.api]\nsource = \"api\"\nlanguage = \"rust\"\n",
                        {{3, 12}},
                        std::nullopt,
                        {},
                        {{"api/go.mod", "module api\n"}, {"api/main.go", ""}}},
                       {"manifest in a parent directory",
                        "[components.api]\nsource = \"api/src\"\nlanguage = \"python\"\n",
                        {{3, 12}},
                        std::nullopt,
                        {},
                        {{"api/Cargo.toml", ""}, {"api/src/lib.rs", ""}}},
                   });
  check_rule_cases(
      "COR210",
      {
          {"matches", "[components.api]\nsource = \"src/lib.rs\"\nlanguage = \"rust\"\n", {}},
          {"alias", "[components.api]\nsource = \"main.go\"\nlanguage = \"tinygo\"\n", {}},
          {".ts is typescript or assemblyscript",
           "[components.api]\nsource = \"index.ts\"\nlanguage = \"assemblyscript\"\n",
           {}},
          {"directory whose manifest matches",
           "[components.api]\nsource = \"api\"\nlanguage = \"javascript\"\n",
           {},
           std::nullopt,
           {},
           {{"api/package.json", "{}"}}},
          {"two manifests, one matches",
           "[components.api]\nsource = \"api\"\nlanguage = \"rust\"\n",
           {},
           std::nullopt,
           {},
           {{"api/package.json", "{}"}, {"api/Cargo.toml", ""}}},
          {"directory without a file system", "[components.api]\nsource = \"api\"\nlanguage = \"rust\"\n", {}},
          {"unknown language is another rule's", "[components.api]\nsource = \"main.go\"\nlanguage = \"rustt\"\n", {}},
      });
}
