#include "reporters/common/json_stream.hpp"

#include <string>

namespace dlint::reporters {

namespace {
constexpr int kIndent = 2;
}

void JsonStreamWriter::key(std::string_view key) {
  out_ << (any_member_ ? ",\n" : "{\n") << std::string(kIndent, ' ') << nlohmann::ordered_json(key).dump() << ": ";
  any_member_ = true;
}

void JsonStreamWriter::nested(const nlohmann::ordered_json& value, int depth) {
  // A dumped string never holds a raw newline (JSON escapes it), so every newline starts a line to indent.
  // The element is indented in a buffer and written at once: streams are slow at many small writes.
  const std::string text = value.dump(kIndent);
  const std::size_t indent = static_cast<std::size_t>(depth * kIndent);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out.append(text, start, nl + 1 - start);
    out.append(indent, ' ');
    start = nl + 1;
  }
  out.append(text, start, std::string::npos);
  out_.write(out.data(), static_cast<std::streamsize>(out.size()));
}

void JsonStreamWriter::member(std::string_view name, const nlohmann::ordered_json& value) {
  key(name);
  nested(value, 1);
}

void JsonStreamWriter::begin_array(std::string_view name) {
  key(name);
  out_ << '[';
  any_element_ = false;
}

void JsonStreamWriter::element(const nlohmann::ordered_json& value) {
  out_ << (any_element_ ? ",\n" : "\n") << std::string(2 * kIndent, ' ');
  nested(value, 2);
  any_element_ = true;
}

void JsonStreamWriter::end_array() {
  if (any_element_) out_ << '\n' << std::string(kIndent, ' ');
  out_ << ']';
}

void JsonStreamWriter::finish() {
  out_ << (any_member_ ? "\n}" : "{}");
}

}  // namespace dlint::reporters
