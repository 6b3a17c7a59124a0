#pragma once
// The value types of a label schema (hadolint's `label-schema`): text, url, semver, hash, rfc3339, spdx,
// email, and what makes a value valid for each.
#include <optional>
#include <string>
#include <string_view>

namespace dlint::knowledge {

// Why `value` is not a valid `type`, in plain words ("is not an absolute URL"); nullopt when it is valid
// or the type is text. `type` is one of the names above.
std::optional<std::string> label_value_problem(std::string_view type, std::string_view value);

}  // namespace dlint::knowledge
