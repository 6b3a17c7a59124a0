#include "reporters/common/json_text_writer.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "reporters/common/json_text.hpp"

namespace dlint::reporters {

namespace {
constexpr int kIndent = 2;

// Text that JSON writes as it is: printable ASCII without quotes or backslashes.
bool plain(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7f || c == '"' || c == '\\') return false;
  }
  return true;
}
}  // namespace

void JsonTextWriter::newline_and_indent() {
  out_ += '\n';
  out_.append(static_cast<std::size_t>((depth_ + static_cast<int>(levels_.size())) * kIndent), ' ');
}

void JsonTextWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (levels_.back().any) out_ += ',';
  levels_.back().any = true;
  newline_and_indent();
}

void JsonTextWriter::key(std::string_view name) {
  Level& level = levels_.back();
  if (level.any) out_ += ',';
  level.any = true;
  newline_and_indent();
  string(name);
  out_ += ": ";
  after_key_ = true;
}

void JsonTextWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  levels_.push_back({false, bracket == '{'});
}

void JsonTextWriter::close(char bracket) {
  const bool any = levels_.back().any;
  levels_.pop_back();
  if (any) newline_and_indent();
  out_ += bracket;
}

void JsonTextWriter::string(std::string_view text) {
  if (plain(text)) {
    out_ += '"';
    out_ += text;
    out_ += '"';
  } else {
    out_ += json_text(nlohmann::ordered_json(text));  // escapes, and U+FFFD for bytes that are not UTF-8
  }
}

void JsonTextWriter::value(std::string_view text) {
  before_value();
  string(text);
}

void JsonTextWriter::value(std::uint64_t number) {
  before_value();
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, number);
  out_.append(digits, end);
}

void JsonTextWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonTextWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace dlint::reporters
