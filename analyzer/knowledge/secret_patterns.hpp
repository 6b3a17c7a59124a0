#pragma once
// What a secret looks like: variable names that hold one (PASSWORD, API_KEY, ...) and values in the
// formats of well-known credentials (AWS keys, GitHub tokens, private keys, ...). Shared by every input
// kind that has an environment: Dockerfile ENV/ARG now, compose and run.toml environments next.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::knowledge {

// True when a variable name says it holds a secret. Names that hold a reference to one (PASSWORD_FILE,
// TOKEN_URL, SECRET_NAME, ..._PATH/_DIR) and public material (PUBLIC_KEY, GPG_KEY fingerprints) are not.
bool secret_name(std::string_view name);

struct SecretValueMatch {
  std::string kind;        // "an AWS access key id", "a GitHub token", ...
  std::size_t offset = 0;  // where in the value it starts
  std::size_t length = 0;
};

// The first well-known credential format found in `value`.
std::optional<SecretValueMatch> find_secret_value(std::string_view value);

// Every credential found in the text of a file (up to `max` of them, in order of position): the value
// formats above, npm tokens, and `password=...`-style assignments whose value is not a placeholder
// (`${VAR}`, `<password>`, `changeme`...). For assignments, offset/length cover the value only.
std::vector<SecretValueMatch> find_secrets_in_text(std::string_view text, std::size_t max = 16);

// A secret shortened for output: a short prefix, then "****". Never prints more than 4 characters of it.
std::string redact_secret(std::string_view secret);

}  // namespace dlint::knowledge
