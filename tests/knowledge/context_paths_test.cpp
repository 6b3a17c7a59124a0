#include <catch2/catch.hpp>

#include "knowledge/context_paths.hpp"
#include "knowledge/secret_patterns.hpp"

using dlint::knowledge::bulky_directory;
using dlint::knowledge::find_secrets_in_text;
using dlint::knowledge::generated_path;
using dlint::knowledge::secret_file;

TEST_CASE("secret files are known by their names", "[knowledge][context]") {
  for (const char* path : {".env",
                           "config/.env.production",
                           "prod.env",
                           "id_rsa",
                           "home/.ssh/id_ed25519",
                           "certs/tls.key",
                           "server.pem",
                           "keystore.jks",
                           "app.p12",
                           ".npmrc",
                           ".pypirc",
                           ".netrc",
                           ".git-credentials",
                           ".aws/credentials",
                           ".kube/config",
                           "cluster.kubeconfig",
                           "infra/terraform.tfstate",
                           "terraform.tfstate.backup",
                           ".docker/config.json",
                           "client_secret_123.json",
                           "gcp-service-account.json",
                           ".htpasswd"}) {
    INFO(path);
    CHECK(secret_file(path));
  }
  for (const char* path : {".env.example", ".env.sample", ".env.template", "id_rsa.pub", "environment.ts", "key.txt",
                           "config.json", "credentials.md", "aws/credentials", "kube/config", "src/env.go",
                           "terraform.tf", "README.md", "Dockerfile.env"}) {
    INFO(path);
    CHECK_FALSE(secret_file(path));
  }
}

TEST_CASE("some secret file names need their content to tell", "[knowledge][context]") {
  auto npmrc = secret_file(".npmrc");
  REQUIRE(npmrc);
  CHECK(dlint::knowledge::secret_file_content_matches(*npmrc, "//registry.npmjs.org/:_authToken=abc\n"));
  CHECK_FALSE(dlint::knowledge::secret_file_content_matches(*npmrc, "save-exact=true\n"));
  auto pem = secret_file("a.pem");
  REQUIRE(pem);
  CHECK(dlint::knowledge::secret_file_content_matches(*pem, "-----BEGIN EC PRIVATE KEY-----\n"));
  CHECK_FALSE(dlint::knowledge::secret_file_content_matches(*pem, "-----BEGIN CERTIFICATE-----\n"));
  auto env = secret_file(".env");
  REQUIRE(env);
  CHECK(dlint::knowledge::secret_file_content_matches(*env, ""));
}

TEST_CASE("bulky and generated paths", "[knowledge][context]") {
  CHECK(bulky_directory(".git"));
  CHECK(bulky_directory("web/node_modules"));
  CHECK(bulky_directory("target"));
  CHECK_FALSE(bulky_directory("src"));
  CHECK(generated_path("coverage"));
  CHECK(generated_path(".yarn/cache"));
  CHECK(generated_path("npm-debug.log"));
  CHECK(generated_path("build/reports"));
  CHECK_FALSE(generated_path("src/main.rs"));
  CHECK_FALSE(generated_path("Cargo.toml"));
}

TEST_CASE("credentials in the text of a file", "[knowledge][secrets]") {
  auto found = find_secrets_in_text(
      "a = 1\nAWS_KEY=AKIAIOSFODNN7EXAMPLE\nDB_PASSWORD = 'correct-horse-battery'\n"
      "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n");
  REQUIRE(found.size() == 3);
  CHECK(found[0].kind == "an AWS access key id");
  CHECK(found[1].kind == "a password assignment");
  CHECK(found[2].kind == "an npm token");
  // Placeholders, references to the environment, code, and already masked values are not secrets.
  CHECK(find_secrets_in_text("password=${DB_PASSWORD}\n"
                             "password = os.environ[\"X\"]\n"
                             "password: changeme\n"
                             "password = request.form['password']\n"
                             "token = sk_l****\n"
                             "secret: <your secret here>\n")
            .empty());
  // At most `max`, in order of position.
  CHECK(find_secrets_in_text("x AKIAIOSFODNN7EXAMPLE y AKIAIOSFODNN7EXAMPLF", 1).size() == 1);
}
