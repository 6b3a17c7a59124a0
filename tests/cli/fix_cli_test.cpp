// `dlint fix` end to end: what it writes, what it leaves alone, --diff, --unsafe-fixes, pinned-tags.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/run_dlint.hpp"

namespace fs = std::filesystem;
using dlint::testing::read_file;
using dlint::testing::run_dlint;
using dlint::testing::TempDir;

namespace {
const char* kFixable =
    "FROM debian:12\n"
    "MAINTAINER me@example.com\n"
    "RUN apt-get update && apt-get install curl\n"
    "run pip install flask\n"
    "CMD python app.py\n";
const char* kFixed =
    "FROM debian:12\n"
    "LABEL maintainer=\"me@example.com\"\n"
    "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
    "RUN pip install --no-cache-dir flask\n"
    "CMD [\"python\", \"app.py\"]\n";

struct stat stat_of(const fs::path& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st;
}
}  // namespace

TEST_CASE("fix applies the safe fixes, keeps the file's mode, and is done after one run", "[cli][fix]") {
  TempDir dir;
  dir.write("Dockerfile", kFixable);
  fs::permissions(dir.path() / "Dockerfile", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  auto r = run_dlint({"fix", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(r.err == "fixed 6 problems in 1 file; 1 more with --unsafe-fixes\n");
  CHECK(read_file(dir.path() / "Dockerfile") == kFixed);
  CHECK((stat_of(dir.path() / "Dockerfile").st_mode & 0777) == 0640);
  auto again = run_dlint({"fix", "Dockerfile"}, dir.path());
  CHECK(again.err == "nothing to fix; 1 more with --unsafe-fixes\n");
  CHECK(read_file(dir.path() / "Dockerfile") == kFixed);
  for (const auto& entry : fs::directory_iterator(dir.path())) CHECK(entry.path().filename() == "Dockerfile");
}

TEST_CASE("fix --diff prints a unified diff and writes nothing", "[cli][fix]") {
  TempDir dir;
  dir.write("app/Dockerfile", "FROM alpine:3.20\nUSER nobody\nRUN apk add curl\nCMD [\"curl\"]\n");
  auto r = run_dlint({"fix", "--diff", "app/Dockerfile"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "--- a/app/Dockerfile\n"
        "+++ b/app/Dockerfile\n"
        "@@ -1,4 +1,4 @@\n"
        " FROM alpine:3.20\n"
        " USER nobody\n"
        "-RUN apk add curl\n"
        "+RUN apk add --no-cache curl\n"
        " CMD [\"curl\"]\n");
  CHECK(r.err == "would fix 1 problem in 1 file\n");
  CHECK(read_file(dir.path() / "app/Dockerfile") ==
        "FROM alpine:3.20\nUSER nobody\nRUN apk add curl\nCMD [\"curl\"]\n");
}

TEST_CASE("fix never touches a file with nothing to fix", "[cli][fix]") {
  TempDir dir;
  dir.write("clean/Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
  dir.write("dirty/Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n");
  auto before = stat_of(dir.path() / "clean/Dockerfile");
  auto r = run_dlint({"fix", "."}, dir.path());
  CHECK(r.exit_code == 0);
  auto after = stat_of(dir.path() / "clean/Dockerfile");
  CHECK(before.st_ino == after.st_ino);
  CHECK(before.st_mtim.tv_sec == after.st_mtim.tv_sec);
  CHECK(before.st_mtim.tv_nsec == after.st_mtim.tv_nsec);
  CHECK(read_file(dir.path() / "dirty/Dockerfile") == "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
}

TEST_CASE("fix --unsafe-fixes also applies the fixes that need review; CRLF files stay CRLF", "[cli][fix]") {
  TempDir dir;
  dir.write("Dockerfile",
            "FROM debian:12\r\nRUN apt-get update && apt-get install -y curl \\\r\n && rm -rf "
            "/var/lib/apt/lists/*\r\nENTRYPOINT /bin/app\r\n");
  auto r = run_dlint({"fix", "--unsafe-fixes", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir.path() / "Dockerfile") ==
        "FROM debian:12\r\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\r\n && rm -rf "
        "/var/lib/apt/lists/*\r\nENTRYPOINT [\"/bin/app\"]\r\n");
}

TEST_CASE("fix pins :latest to the tag pinned-tags names; a bad entry is a config error", "[cli][fix][config]") {
  TempDir dir;
  dir.write("Dockerfile", "FROM node:latest AS build\nFROM nginx:latest\n");
  dir.write(".dlint.yaml", "pinned-tags:\n  node: \"20.11-bookworm\"\n");
  auto r = run_dlint({"fix", "Dockerfile"}, dir.path());
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir.path() / "Dockerfile") == "FROM node:20.11-bookworm AS build\nFROM nginx:latest\n");

  dir.write(".dlint.yaml", "pinned-tags:\n  node:20: \"22\"\n");
  auto bad = run_dlint({"analyze", "Dockerfile"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find(".dlint.yaml:2:3: 'node:20' is not an image name without a tag") != std::string::npos);
  dir.write(".dlint.yaml", "pinned-tags:\n  node: latest\n");
  auto latest = run_dlint({"analyze", "Dockerfile"}, dir.path());
  CHECK(latest.exit_code == 2);
  CHECK(latest.out.find(".dlint.yaml:2:9: 'latest' is not a version tag") != std::string::npos);
}

TEST_CASE("fix writes through a symbolic link and refuses stdin", "[cli][fix]") {
  TempDir dir;
  dir.write("real/Dockerfile", "FROM alpine:3.20\nRUN apk add curl\n");
  fs::create_symlink("real/Dockerfile", dir.path() / "Dockerfile");
  CHECK(run_dlint({"fix", "Dockerfile"}, dir.path()).exit_code == 0);
  CHECK(fs::is_symlink(dir.path() / "Dockerfile"));
  CHECK(read_file(dir.path() / "real/Dockerfile") == "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
  CHECK(run_dlint({"fix", "-"}, dir.path(), "FROM alpine\n").exit_code == 2);
}
