#pragma once
// JSON text as every dlint report writes it: nlohmann's formatting, except that bytes which are not UTF-8
// (a Latin-1 Dockerfile quoted in a message, say) come out as U+FFFD. nlohmann's default is to throw,
// which would lose the whole report over one byte of one file.
#include <nlohmann/json.hpp>
#include <string>

namespace dlint::reporters {

// indent < 0: one line; otherwise that many spaces per level, as dump(indent).
inline std::string json_text(const nlohmann::ordered_json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dlint::reporters
