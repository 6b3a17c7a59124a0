// The Luakit ports in corpus/ say the same things about their images as the Dockerfiles beside them, so the
// rules that read the image through the shared build model (every rule that applies to both kinds) must
// report the same rule ids, as often, on both. Where the two inputs really differ the difference is listed
// below with its reason; anything else that differs is a lowering bug.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "engine/analyze_source.hpp"
#include "engine/rule.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;

namespace {

using Counts = std::map<std::string, int>;

bool shared_rule(const dlint::RuleMeta& rule) {
  auto has = [&](dlint::InputKind kind) {
    return std::find(rule.kinds.begin(), rule.kinds.end(), kind) != rule.kinds.end();
  };
  return has(dlint::InputKind::Dockerfile) && has(dlint::InputKind::Luakit);
}

Counts image_findings(const fs::path& path, dlint::InputKind kind) {
  dlint::SourceFile file(0, path.filename().string(), dlint::testing::read_file(path));
  Counts counts;
  for (const auto& f : dlint::analyze_source(file, kind, dlint::Config{})) {
    if (shared_rule(*f.rule)) ++counts[std::string(f.rule->id)];
  }
  return counts;
}

std::string describe(const Counts& counts) {
  std::ostringstream out;
  for (const auto& [id, n] : counts) out << id << " x" << n << "  ";
  return out.str();
}

struct KnownDifference {
  std::string rule;
  int dockerfile;  // how often each side reports it
  int luakit;
  std::string why;
};

}  // namespace

TEST_CASE("Luakit ports report the same image findings as their Dockerfiles", "[golden][luakit]") {
  const std::map<std::string, std::vector<KnownDifference>> known = {
      {"nodejs-web",
       {{"BP001", 0, 1,
         "the Dockerfile has a HEALTHCHECK; Luakit's bk.export cannot declare one (seed 001, challenge 1), so the "
         "port's image has none"}}},
      {"go-microservice", {}},
      {"python-data-science", {}},
  };
  fs::path corpus = fs::path(DLINT_SOURCE_DIR) / "corpus";
  for (const auto& [folder, differences] : known) {
    fs::path dir = corpus / folder;
    REQUIRE(fs::exists(dir / "Dockerfile"));
    REQUIRE(fs::exists(dir / "build.lua"));
    Counts docker = image_findings(dir / "Dockerfile", dlint::InputKind::Dockerfile);
    Counts lua = image_findings(dir / "build.lua", dlint::InputKind::Luakit);
    INFO(folder << "\n  Dockerfile: " << describe(docker) << "\n  build.lua:  " << describe(lua));
    CHECK((!docker.empty() || !differences.empty()));  // the comparison says something only when rules fire
    for (const auto& d : differences) {
      INFO(d.rule << ": " << d.why);
      CHECK(docker[d.rule] == d.dockerfile);
      CHECK(lua[d.rule] == d.luakit);
      docker.erase(d.rule);
      lua.erase(d.rule);
    }
    std::erase_if(docker, [](const auto& e) { return e.second == 0; });
    std::erase_if(lua, [](const auto& e) { return e.second == 0; });
    CHECK(docker == lua);
  }
}
