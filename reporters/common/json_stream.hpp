#pragma once
// Writes a JSON document whose top level is an object, member by member and array element by array
// element, formatted exactly as nlohmann's dump(2) formats the whole document. A run over thousands of
// files has tens of megabytes of findings: built as one tree and then dumped, they would be held twice.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace dlint::reporters {

class JsonStreamWriter {
 public:
  explicit JsonStreamWriter(std::ostream& out) : out_(out) {}

  // A member of the top-level object with its whole value.
  void member(std::string_view key, const nlohmann::ordered_json& value);
  // A member whose value is an array given one element at a time.
  void begin_array(std::string_view key);
  void element(const nlohmann::ordered_json& value);
  // An element rendered beforehand by render_element, perhaps on another thread.
  void rendered_element(std::string_view text);
  static std::string render_element(const nlohmann::ordered_json& value);
  void end_array();
  // Closes the top-level object (an empty one when no member was written).
  void finish();

 private:
  void key(std::string_view key);
  // `value` dumped as it would be at `depth` levels of nesting.
  static std::string nested(const nlohmann::ordered_json& value, int depth);
  void write(std::string_view text);

  std::ostream& out_;
  bool any_member_ = false;
  bool any_element_ = false;
};

}  // namespace dlint::reporters
