#pragma once
// The grammar of an image reference as Docker's distribution/reference package reads it
// ([domain[:port]/]path[:tag][@algorithm:hex]), for telling a user why a FROM line cannot be pulled.
#include <optional>
#include <string>
#include <string_view>

namespace dlint::knowledge {

// Why `text` is not a valid image reference, in plain words; nullopt when it is valid.
std::optional<std::string> image_reference_problem(std::string_view text);

}  // namespace dlint::knowledge
