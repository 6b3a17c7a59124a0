#pragma once
// Writes JSON text straight into a string, formatted exactly as json_text(value, 2) formats the same value
// nested `depth` levels deep. For the parts of a report written once per finding, layer or verdict, where
// building a nlohmann value first costs more than the writing itself.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::reporters {

class JsonTextWriter {
 public:
  explicit JsonTextWriter(std::string& out, int depth = 0) : out_(out), depth_(depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // A member's key; its value follows.
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(std::uint64_t number);
  void value(std::uint32_t number) { value(static_cast<std::uint64_t>(number)); }
  void value(bool flag);
  void null();
  // A member with a plain value: key(name), then value(v).
  template <class T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

 private:
  void open(char bracket);
  void close(char bracket);
  // Before a value: the separator and indentation an array element needs (a member's key wrote its own).
  void before_value();
  void newline_and_indent();
  void string(std::string_view text);

  struct Level {
    bool any = false;  // an element or member was written
    bool object = false;
  };
  std::string& out_;
  int depth_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace dlint::reporters
