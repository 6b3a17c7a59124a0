#pragma once
// Build args whose value changes from one build to the next: timestamps, commit ids, build numbers,
// cache busters, and release versions passed by CI. Declaring one invalidates the cache of every RUN after
// it, so layer-ordering rules want them declared late.
#include <optional>
#include <string_view>

namespace dlint::knowledge {

// Whether an ARG named `name` (case-insensitive), with `default_value` (nullopt: none), is set anew by
// each build. Version-like names count only without a real default: `ARG VERSION=1.4.2` pins a tool.
bool volatile_build_arg(std::string_view name, std::optional<std::string_view> default_value);

}  // namespace dlint::knowledge
