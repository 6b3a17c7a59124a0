#pragma once
// The values the Luakit evaluator computes with. Strings remember where each of their bytes came from in
// the script, so a shell command assembled with `..` still maps back into its string literals.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ir/build_definition.hpp"
#include "source/span.hpp"
#include "source/text_map.hpp"

namespace dlint::frontends::luakit {

struct Segment {
  std::uint32_t text_begin = 0;
  std::uint32_t file_begin = 0;
  std::uint32_t length = 0;
  bool synthetic = false;  // not in the file as such (an escape, a number turned into text, ...)
};

struct Str {
  std::string text;
  std::vector<Segment> segments;
  bool variable = false;   // part of it comes from os.getenv: it is "${NAME}" until the build runs
  bool maybe_nil = false;  // os.getenv("NAME") itself: nil when the variable is not set

  [[nodiscard]] MappedText mapped() const {
    MappedText out;
    for (const auto& s : segments) {
      std::string_view piece(text.data() + s.text_begin, s.length);
      if (s.synthetic) {
        out.append_synthetic(piece, s.file_begin);
      } else {
        out.append(piece, s.file_begin);
      }
    }
    return out;
  }
  // The file range of the text when it is one unbroken piece of a literal, e.g. the inside of "node:20".
  [[nodiscard]] bool contiguous() const {
    return segments.size() == 1 && !segments[0].synthetic && segments[0].length == text.size();
  }
};

enum class Kind : std::uint8_t {
  Nil,
  Boolean,
  Number,
  String,
  Table,
  Function,  // a Lua function defined in the script
  Builtin,   // a function dlint evaluates itself (bk.image, tostring, ...)
  State,     // a Luakit state (index into BuildGraph::nodes)
  Mount,     // bk.cache / bk.secret / bk.ssh / bk.tmpfs / bk.bind
  Module,    // bk, os, io, string, table, math
  Unknown,   // cannot be decided without running the script
  Choice,    // one of several values, from the branches of an undecidable `if`
};

struct Table;
struct Closure;
struct MountValue;
struct Value;

struct Value {
  Kind kind = Kind::Nil;
  bool boolean = false;
  double number = 0;
  int id = 0;  // Builtin: which one; State: node index; Module: which one
  std::shared_ptr<const Str> str;
  std::shared_ptr<Table> table;
  std::shared_ptr<const Closure> closure;
  std::shared_ptr<const MountValue> mount;
  std::shared_ptr<const std::vector<Value>> alternatives;
  std::string name;       // Builtin / Module: the dotted name; Unknown: why it is unknown
  Span span;              // the expression that produced it
  bool reported = false;  // Unknown: a not-analyzed finding already covers it
};

struct TableEntry {
  Value key;
  Value value;
  Span field;  // the whole `key = value` field, or the positional value
};

struct Table {
  std::vector<TableEntry> entries;
  std::size_t array_size = 0;  // entries with keys 1..n at the front, as the constructor made them
};

struct Closure {
  void* body = nullptr;  // gen::LuaParser::FuncBodyContext*
  std::shared_ptr<struct Scope> scope;
  bool method = false;  // defined with `function a:b()`: `self` comes first
  std::string name;
};

struct MountValue {
  ir::Mount mount;
  int state = -1;  // bk.bind(state, ...) or a state given directly in `mounts`
};

struct Cell {
  Value value;
};

struct Scope {
  std::vector<std::pair<std::string, std::shared_ptr<Cell>>> vars;
  std::shared_ptr<Scope> parent;
};

}  // namespace dlint::frontends::luakit
