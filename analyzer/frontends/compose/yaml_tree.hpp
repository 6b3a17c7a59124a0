#pragma once
// YAML as a linter needs it: yaml-cpp's event stream turned into a tree that keeps the span of every key
// and value, notices duplicate keys, resolves anchors, aliases and `<<` merge keys, and keeps the tags
// compose gives meaning to (`!reset`, `!override`). yaml-cpp's node API drops exactly these facts.
// Hostile input is bounded: nesting depth, and the expanded size of aliases (an "alias bomb").
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.hpp"
#include "source/span.hpp"

namespace dlint::yaml {

struct Node;
using NodePtr = std::shared_ptr<const Node>;

enum class Kind : unsigned char { Null, Scalar, Sequence, Map };

struct Entry {
  NodePtr key;
  NodePtr value;
  bool merged = false;  // came in through a `<<` merge key, not written in this map
};

struct Node {
  Kind kind = Kind::Null;
  std::string value;    // scalars: the value after YAML unescaping; for interpolated values, after interpolation
  std::string raw;      // scalars: the value before interpolation (equal to `value` when nothing was substituted)
  std::string tag;      // "!reset", "!override", "!!str", ... ("" when none; yaml-cpp's "?" and "!" mapped to "")
  bool quoted = false;  // a quoted or block scalar: always a string, never a number, boolean or null
  bool flow = false;    // a [flow] or {flow} collection
  Span span;            // the value as written: a scalar's text, a collection's first token
  std::vector<NodePtr> items;
  std::vector<Entry> entries;
  std::size_t weight = 1;  // nodes in the fully expanded subtree, aliases counted as often as they occur

  [[nodiscard]] bool is_null() const { return kind == Kind::Null; }
  [[nodiscard]] bool is_scalar() const { return kind == Kind::Scalar; }
  [[nodiscard]] bool is_map() const { return kind == Kind::Map; }
  [[nodiscard]] bool is_sequence() const { return kind == Kind::Sequence; }
  // The entry with this key (keys compared as scalars), or null.
  [[nodiscard]] const Entry* find(std::string_view key) const;
  [[nodiscard]] const Node* get(std::string_view key) const;
  // YAML 1.1 booleans as compose reads them (true/false, yes/no, on/off) for unquoted scalars.
  [[nodiscard]] bool is_bool() const;
  [[nodiscard]] bool as_bool() const;
  [[nodiscard]] bool is_integer() const;
  [[nodiscard]] bool is_number() const;
};

struct Diagnostic {
  Span span;
  std::string message;
};

struct Document {
  NodePtr root;  // null when the file is empty or could not be read at all
  std::vector<Diagnostic> errors;
};

// Limits against hostile input.
inline constexpr std::size_t max_expanded_nodes = 1'000'000;

// Reads the first document of `file`. Syntax errors, duplicate keys, unknown aliases, too deep nesting and
// alias bombs are diagnostics; whatever was read before a syntax error is kept.
Document read(const SourceFile& file);

}  // namespace dlint::yaml
