#pragma once
// Compose's variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
// `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, nested in defaults, and `$$` for a literal `$` — as
// `docker compose config` resolves them from the environment and the project's `.env`.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::compose {

using Variables = std::map<std::string, std::string, std::less<>>;

struct Interpolated {
  std::string value;
  bool substituted = false;             // any `$` form was resolved (the value differs from the text)
  std::vector<std::string> unset;       // variables used without a value or default (they become "")
  std::optional<std::string> error;     // a malformed `${`
  std::optional<std::string> required;  // `${VAR:?message}` with VAR unset: what docker compose says
};

Interpolated interpolate(std::string_view text, const Variables& variables);

// Parses a `.env` / env_file: KEY=VALUE lines, `export` prefixes, comments, single quotes (literal),
// double quotes (escapes, may span lines), inline ` #` comments after unquoted values. A line with a
// bare KEY (no `=`) is kept with no value.
struct EnvFileEntry {
  std::string key;
  std::optional<std::string> value;
  std::uint32_t line = 0;  // 1-based
};
std::vector<EnvFileEntry> parse_env_file(std::string_view text);

}  // namespace dlint::compose
