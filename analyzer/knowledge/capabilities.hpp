#pragma once
// Linux capabilities that hand a container power over the host, and why each is dangerous.
#include <optional>
#include <string_view>

namespace dlint::knowledge {

// The reason a capability (written as in compose or `docker run --cap-add`, with or without CAP_, any
// case) is dangerous, or nullopt for the ones Docker's default set already grants or that are harmless.
std::optional<std::string_view> dangerous_capability(std::string_view name);

}  // namespace dlint::knowledge
