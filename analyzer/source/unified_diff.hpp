#pragma once
// A unified diff (as `diff -u` prints it) between two versions of a file, for `dlint fix --diff`.
#include <string>
#include <string_view>

namespace dlint {

// Empty when the texts are equal. `label` names the file in the `--- a/` and `+++ b/` headers.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& label,
                         unsigned context = 3);

}  // namespace dlint
