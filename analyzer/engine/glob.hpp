#pragma once
// Glob matching on '/'-separated paths, as .gitignore and `ignored-paths` use it:
// `*` and `?` do not cross '/', `[...]` classes (with `!`/`^` negation), `**` spans directories.
#include <string_view>

namespace dlint {

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace dlint
