#include "knowledge/volatile_build_args.hpp"
#include "support/ascii_case.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dlint::knowledge {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
  return out;
}

}  // namespace

bool volatile_build_arg(std::string_view raw_name, std::optional<std::string_view> default_value) {
  static constexpr std::array<std::string_view, 34> always{
      "BUILD_DATE",     "BUILDDATE",     "BUILD_TIME",     "BUILDTIME",       "BUILD_TIMESTAMP", "TIMESTAMP",
      "BUILD_NUMBER",   "BUILD_ID",      "BUILD_REF",      "GIT_SHA",         "GIT_COMMIT",      "GIT_COMMIT_SHA",
      "GIT_REV",        "GIT_REVISION",  "GIT_HASH",       "GIT_REF",         "COMMIT",          "COMMIT_SHA",
      "COMMIT_HASH",    "COMMIT_ID",     "VCS_REF",        "REVISION",        "SOURCE_COMMIT",   "CI_COMMIT_SHA",
      "GITHUB_SHA",     "GITHUB_RUN_ID", "CACHEBUST",      "CACHE_BUST",      "CACHEBUSTER",     "CACHE_DATE",
      "BUILD_DATETIME", "SHORT_SHA",     "CI_PIPELINE_ID", "BITBUCKET_COMMIT"};
  static constexpr std::array<std::string_view, 6> versions{"VERSION", "APP_VERSION",     "BUILD_VERSION",
                                                            "RELEASE", "RELEASE_VERSION", "IMAGE_VERSION"};
  static constexpr std::array<std::string_view, 9> placeholders{"",         "dev",   "unknown", "latest", "local",
                                                                "snapshot", "0.0.0", "devel",   "main"};
  std::string name = upper(raw_name);
  if (std::find(always.begin(), always.end(), name) != always.end()) return true;
  if (std::find(versions.begin(), versions.end(), name) == versions.end()) return false;
  if (!default_value) return true;
  std::string value(*default_value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  value = ascii_lower(value);
  return std::find(placeholders.begin(), placeholders.end(), value) != placeholders.end();
}

}  // namespace dlint::knowledge
