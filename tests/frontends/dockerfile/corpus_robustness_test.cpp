// Every Dockerfile of the shared corpus is read without a crash, and only the files Docker itself
// rejects get syntax errors. Each of those is listed below with the reason Docker refuses it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "frontends/dockerfile/corpus_paths.hpp"
#include "frontends/dockerfile/parse_dockerfile.hpp"

namespace fs = std::filesystem;

namespace {

// Corpus files (relative to dockerfiles/) that Docker rejects, and why.
const std::map<std::string, std::string>& known_invalid() {
  static const std::map<std::string, std::string> files = {
      {"GoogleContainerTools__skaffold/docs-v1__content__en__samples__builders__artifact-dependencies__Dockerfile.app",
       "a documentation excerpt: '...' stands for elided lines"},
      {"containers__buildah/tests__bud__add-checksum__Containerfile.bad", "ADD --checksum without a value"},
      {"containers__buildah/tests__bud__add-chmod__Dockerfile.bad", "ADD --chmod without a value"},
      {"containers__buildah/tests__bud__copy-chmod__Dockerfile.bad", "COPY --chmod without a value"},
      {"containers__buildah/tests__bud__copy-chown__Dockerfile.bad", "COPY --chown without a value"},
      {"containers__buildah/tests__bud__copy-from__Dockerfile.bad", "COPY --from without a value"},
      {"docker__compose/pkg__e2e__fixtures__wrong-composefile__service1__Dockerfile",
       "unknown instruction WRONG, on purpose"},
      {"docker__docker-language-server/testdata__completion__Dockerfile",
       "FROM without an image and FROM ... AS without a name, on purpose"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles-negative__empty_dockerfile__Dockerfile",
       "empty file: no instructions"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles-negative__env_no_value__Dockerfile",
       "ENV name without a value"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles-negative__only_comments__Dockerfile",
       "only comments: no instructions"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles-negative__shykes-nested-json__Dockerfile",
       "JSON array with a nested array"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__flags__Dockerfile",
       "parser test: --user and --doit are not flags of COPY or CMD"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__health__Dockerfile",
       "parser test: HEALTHCHECK without arguments and with type CONNECT"},
      {"moby__buildkit/"
       "frontend__dockerfile__parser__testfiles__jeztah-invalid-json-json-inside-string-double__Dockerfile",
       "parser test: CMD without any FROM"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__jeztah-invalid-json-json-inside-string__Dockerfile",
       "parser test: CMD without any FROM"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__jeztah-invalid-json-single-quotes__Dockerfile",
       "parser test: CMD without any FROM"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__jeztah-invalid-json-unterminated-bracket__Dockerfile",
       "parser test: CMD without any FROM"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__jeztah-invalid-json-unterminated-string__Dockerfile",
       "parser test: CMD without any FROM"},
      {"moby__buildkit/frontend__dockerfile__parser__testfiles__json__Dockerfile", "parser test: CMD without any FROM"},
      {"openshift__imagebuilder/dockerclient__testdata__Dockerfile.badhealthcheck", "HEALTHCHECK without arguments"},
      {"openshift__imagebuilder/dockerclient__testdata__Dockerfile.unknown",
       "unknown instructions HEALTH and UNRECOGNIZED"},
      {"openshift__imagebuilder/dockerfile__parser__testfiles-negative__env_no_value__Dockerfile",
       "ENV name without a value"},
      {"openshift__imagebuilder/dockerfile__parser__testfiles__escape-nonewline__Dockerfile",
       "escape directive with two backticks"},
      {"openshift__imagebuilder/dockerfile__parser__testfiles__health__Dockerfile",
       "HEALTHCHECK without arguments and with type CONNECT"},
      {"sixeyed__dockerfiles-windows/nats-bench__Dockerfile.broken", "unresolved merge-conflict markers"},
  };
  return files;
}

std::vector<fs::path> corpus_dockerfiles(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every corpus Dockerfile is read; only files Docker rejects get errors", "[dockerfile][corpus]") {
  fs::path root = dlint::testing::shared_corpus() / "dockerfiles";
  if (!fs::exists(root)) {
    WARN("shared corpus not found at " << root << "; skipping");
    return;
  }
  auto files = corpus_dockerfiles(root);
  REQUIRE(files.size() > 3000);
  std::size_t with_errors = 0;
  std::size_t instructions = 0;
  for (const auto& path : files) {
    std::string relative = fs::relative(path, root).generic_string();
    dlint::SourceFile file(1, relative, dlint::testing::read_file(path));
    auto build = dlint::frontends::parse_dockerfile(file);
    instructions += build.instruction_spans().size();
    bool expected_invalid = known_invalid().count(relative) != 0;
    if (!build.errors.empty()) ++with_errors;
    if (build.errors.empty() == expected_invalid) {
      std::string errors;
      for (const auto& error : build.errors) {
        errors += "\n  " + std::to_string(error.span.start.line) + ":" + std::to_string(error.span.start.column) + " " +
                  error.message;
      }
      FAIL_CHECK(relative << (expected_invalid ? ": listed as invalid but has no error" : ":") << errors);
    }
  }
  WARN(files.size() << " Dockerfiles, " << instructions << " instructions, " << with_errors
                    << " files with syntax errors");
  CHECK(with_errors == known_invalid().size());
}
