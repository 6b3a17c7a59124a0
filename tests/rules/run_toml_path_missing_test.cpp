#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("COR203 run-toml-path-missing: cases", "[rules][COR203][runtoml]") {
  check_rule_cases("COR203", {
                                 {"missing source",
                                  "[components.web]\npath = \"w.wasm\"\nsource = \"src/lib.rs\"\n",
                                  {{3, 10}},
                                  std::nullopt,
                                  {},
                                  {{"Cargo.toml", ""}}},
                                 {"missing source directory",
                                  "[components.web]\nsource = \"web\"\n",
                                  {{2, 10}},
                                  std::nullopt,
                                  {},
                                  {{"other/x", ""}}},
                                 {"prebuilt component missing, nothing builds it",
                                  "[components.web]\npath = \"prebuilt/web.wasm\"\n",
                                  {{2, 8}},
                                  std::nullopt,
                                  {},
                                  {{"x", ""}}},
                                 {"guide dialect: source and wit",
                                  "[[component]]\nname = \"web\"\nsource = \"src/lib.rs\"\nwit = \"wit/http.wit\"\n",
                                  {{3, 10}, {4, 7}},
                                  std::nullopt,
                                  {},
                                  {{"Cargo.toml", ""}}},
                                 {"relative to the file's directory, with ..",
                                  "[components.web]\nsource = \"../shared/lib.rs\"\n",
                                  {{2, 10}},
                                  std::nullopt,
                                  {},
                                  {{"shared/lib.rs", ""}}},
                             });
  check_rule_cases(
      "COR203",
      {
          {"all present",
           "[[component]]\nname = \"web\"\nsource = \"src/lib.rs\"\nwit = \"wit/http.wit\"\n",
           {},
           std::nullopt,
           {},
           {{"src/lib.rs", ""}, {"wit/http.wit", ""}}},
          {"wasm path a build will write",
           "[components.web]\npath = \"target/wasm/web.wasm\"\nsource = \"src\"\n",
           {},
           std::nullopt,
           {},
           {{"src/lib.rs", ""}}},
          {"wasm path with a build command",
           "[components.web]\npath = \"out/web.wasm\"\nbuild = \"make\"\n",
           {},
           std::nullopt,
           {},
           {{"Makefile", ""}}},
          {"no file system (stdin)", "[components.web]\nsource = \"src/lib.rs\"\n", {}},
          {"a bridge has no paths", "[bridge.db]\nimage = \"postgres:16\"\n", {}, std::nullopt, {}, {{"x", ""}}},
      });
}
