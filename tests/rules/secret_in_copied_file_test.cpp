#include <catch2/catch.hpp>

#include "support/context_rule_tester.hpp"

using dlint::testing::check_context_rule_cases;

TEST_CASE("SEC141 secret-in-copied-file: reported cases", "[rules][SEC141][context]") {
  check_context_rule_cases(
      "SEC141",
      {
          {"an AWS key in a source file, never printed whole",
           {{"app/Dockerfile", "FROM python:3.12-slim\nCOPY . /app\n"},
            {"app/settings.py", "DEBUG = True\nAWS_ACCESS_KEY_ID = \"AKIAIOSFODNN7EXAMPLE\"\n"}},
           "app/Dockerfile",
           {{2, 6, {"`COPY . /app`, line 2, copies settings.py", "an AWS access key id (AKIA****) on line 2"}}}},
          {"a private key block in a file with an innocent name",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY conf /etc/app\n"},
            {"app/conf/bundle.txt", "notes\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n"}},
           "app/Dockerfile",
           {{2, 6, {"conf/bundle.txt", "a private key", "on line 2"}}}},
          {"a password assignment and a GitHub token, one finding per file",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/config.ini", "[db]\nuser = app\npassword = s3cr3t-Passw0rd\n"},
            {"app/ci.sh", "export GH=ghp_0123456789abcdefghijABCDEFGHIJ012345\n"}},
           "app/Dockerfile",
           {{2, 6, {"ci.sh", "a GitHub token (ghp_****)"}},
            {2, 6, {"config.ini", "a password assignment (s3cr****)"}}}},
          {"a Slack token and a JWT, with a wildcard source",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY *.json /srv/\n"},
            {"app/slack.json", "{\"token\": \"xoxb-1234567890-abcdefghij\"}"},
            {"app/auth.json",
             "{\"jwt\": "
             "\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U\"}"}},
           "app/Dockerfile",
           {{2, 6, {"auth.json", "JSON Web Token"}}, {2, 6, {"slack.json", "Slack token"}}}},
      });
}

TEST_CASE("SEC141 secret-in-copied-file: silent cases", "[rules][SEC141][context]") {
  check_context_rule_cases(
      "SEC141",
      {
          {"placeholders and references are not secrets",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/a.env.example", "password=${DB_PASSWORD}\n"},
            {"app/config.py", "password = os.environ[\"DB_PASSWORD\"]\napi_key: <your api key>\n"},
            {"app/b.yaml", "password: changeme\nsecret: \"\"\n"}},
           "app/Dockerfile"},
          {"a file the .dockerignore excludes is never read",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/.dockerignore", "secrets\n"},
            {"app/secrets/aws.txt", "AKIAIOSFODNN7EXAMPLE"}},
           "app/Dockerfile"},
          {"files reported by their name (SEC140) are not repeated",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/.env", "TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345\n"}},
           "app/Dockerfile"},
          {"binary files are skipped",
           {{"app/Dockerfile", "FROM alpine:3.20\nCOPY . /srv\n"},
            {"app/blob.bin", std::string("\0\1AKIAIOSFODNN7EXAMPLE", 22)}},
           "app/Dockerfile"},
          {"not copied into the final image",
           {{"app/Dockerfile", "FROM alpine:3.20 AS b\nCOPY . /src\nFROM scratch\nCOPY --from=b /src/out /out\n"},
            {"app/k.txt", "AKIAIOSFODNN7EXAMPLE"}},
           "app/Dockerfile"},
      });
}
