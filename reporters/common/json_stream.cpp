#include "reporters/common/json_stream.hpp"

#include <string>

#include "reporters/common/json_text.hpp"

namespace dlint::reporters {

namespace {
constexpr int kIndent = 2;
}

void JsonStreamWriter::key(std::string_view key) {
  out_ << (any_member_ ? ",\n" : "{\n") << std::string(kIndent, ' ') << json_text(nlohmann::ordered_json(key)) << ": ";
  any_member_ = true;
}

std::string JsonStreamWriter::nested(const nlohmann::ordered_json& value, int depth) {
  // A dumped string never holds a raw newline (JSON escapes it), so every newline starts a line to indent.
  // The element is indented in a buffer and written at once: streams are slow at many small writes.
  const std::string text = json_text(value, kIndent);
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
  return out;
}

void JsonStreamWriter::write(std::string_view text) {
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void JsonStreamWriter::member(std::string_view name, const nlohmann::ordered_json& value) {
  key(name);
  write(nested(value, 1));
}

void JsonStreamWriter::begin_array(std::string_view name) {
  key(name);
  out_ << '[';
  any_element_ = false;
}

void JsonStreamWriter::element(const nlohmann::ordered_json& value) {
  rendered_element(render_element(value));
}

std::string JsonStreamWriter::render_element(const nlohmann::ordered_json& value) {
  return nested(value, 2);
}

void JsonStreamWriter::rendered_element(std::string_view text) {
  out_ << (any_element_ ? ",\n" : "\n") << std::string(2 * kIndent, ' ');
  write(text);
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
