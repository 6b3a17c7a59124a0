// The hooks in .pre-commit-hooks.yaml, run by the real pre-commit framework in a scratch git repository:
// a bad Dockerfile stops the commit with dlint's message, a clean one is committed.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/external_tools.hpp"
#include "support/run_dlint.hpp"

namespace fs = std::filesystem;
using namespace dlint::testing;

TEST_CASE("pre-commit runs dlint's hooks: a bad Dockerfile fails the commit, a clean one passes",
          "[pre-commit][external]") {
  if (!require_tool(have_program("pre-commit") && have_program("git"), "pre-commit and git",
                    "apt-get install pre-commit git")) {
    return;
  }
  fs::path root(DLINT_SOURCE_DIR);
  TempDir hooks;
  TempDir repo;
  TempDir cache;
  hooks.write(".pre-commit-hooks.yaml", read_file(root / ".pre-commit-hooks.yaml"));
  // Everything runs with a private pre-commit cache, git identity and PATH that finds this dlint.
  std::string env = "export PRE_COMMIT_HOME=" + shell_quote(cache.path().string()) +
                    " GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test"
                    " GIT_COMMITTER_EMAIL=test@example.com GIT_CONFIG_NOSYSTEM=1 HOME=" +
                    shell_quote(cache.path().string()) +
                    " PATH=" + shell_quote(fs::path(DLINT_BINARY).parent_path().string()) + ":\"$PATH\"; ";
  std::string out;
  REQUIRE(run_shell(env + "cd " + shell_quote(hooks.path().string()) +
                        " && git init -q && git add . && git commit -qm hooks && git rev-parse HEAD",
                    out) == 0);
  std::string rev = out;  // the quiet commands print only the commit id
  while (!rev.empty() && (rev.back() == '\n' || rev.back() == '\r')) rev.pop_back();
  REQUIRE(rev.size() == 40);

  repo.write(".pre-commit-config.yaml", "repos:\n  - repo: " + hooks.path().string() + "\n    rev: " + rev +
                                            "\n    hooks:\n      - id: dlint\n      - id: dlint-compose\n");
  std::string in_repo = env + "cd " + shell_quote(repo.path().string()) + " && ";
  REQUIRE(run_shell(in_repo + "git init -q && pre-commit install", out) == 0);

  repo.write("app/Dockerfile", "FROM alpine:3.19\nCOPY --chown app /src /dst\nUSER nobody\nHEALTHCHECK NONE\n");
  int bad = run_shell(in_repo + "git add -A && git commit -qm bad", out);
  INFO(out);
  CHECK(bad != 0);
  CHECK(out.find("dlint (Dockerfiles)") != std::string::npos);
  CHECK(out.find("app/Dockerfile:2:6  error  COR001  --chown needs a value") != std::string::npos);
  std::string log;
  CHECK(run_shell(in_repo + "git log --oneline", log) != 0);  // nothing was committed

  repo.write("app/Dockerfile", "FROM alpine:3.19\nUSER nobody\nHEALTHCHECK CMD [\"true\"]\nCMD [\"sh\"]\n");
  int good = run_shell(in_repo + "git add -A && git commit -qm good", out);
  INFO(out);
  CHECK(good == 0);
  CHECK(run_shell(in_repo + "git log --oneline", log) == 0);
  CHECK(log.find("good") != std::string::npos);
}
