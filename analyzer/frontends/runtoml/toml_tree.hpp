#pragma once
// A TOML document as a tree whose every key and value knows its span in the file, in source order.
// toml++ parses; this tree adds byte offsets (toml++ gives lines and columns), keeps keys in the order
// they were written (toml++ sorts them) and bounds how deep a document may nest.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.hpp"
#include "source/span.hpp"

namespace dlint::runtoml {

enum class TomlKind : unsigned char { Table, Array, String, Integer, Float, Boolean, DateTime };

struct TomlEntry;

struct TomlNode {
  TomlKind kind = TomlKind::Table;
  std::string value;                             // a string's contents; the text of a number, boolean or date
  Span span;                                     // the value; for a table opened by a `[header]`, the header
  std::vector<TomlEntry> entries;                // tables, in source order
  std::vector<std::unique_ptr<TomlNode>> items;  // arrays

  [[nodiscard]] const TomlNode* find(std::string_view key) const;
  [[nodiscard]] const TomlEntry* entry(std::string_view key) const;
  [[nodiscard]] bool is_table() const { return kind == TomlKind::Table; }
  [[nodiscard]] bool is_array() const { return kind == TomlKind::Array; }
  [[nodiscard]] bool is_string() const { return kind == TomlKind::String; }
};

struct TomlEntry {
  std::string key;
  Span key_span;  // the key as written (a quoted key with its quotes; one part of a dotted key)
  std::unique_ptr<TomlNode> value;
};

struct TomlError {
  std::string message;
  Span span;
};

struct TomlDocument {
  std::unique_ptr<TomlNode> root;  // null when the text is not TOML
  std::optional<TomlError> error;
};

// The kind of a node in words, for messages: "a string", "a table", ...
std::string kind_name(TomlKind kind);

// Parses `file`. A syntax error, or nesting deeper than limits::max_nesting, is one error with toml++'s
// reason (or the bound) at the place it was found; the document is then empty.
TomlDocument parse_toml(const SourceFile& file);

}  // namespace dlint::runtoml
