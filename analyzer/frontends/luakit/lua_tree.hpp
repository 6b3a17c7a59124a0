#pragma once
// Runs the generated ANTLR Lua lexer and parser over one script: SLL prediction first, full LL with error
// recovery only when that fails. Errors are collected as values, never printed or thrown. Input that
// would drive the recursive-descent parser too deep (brackets, blocks, chains of right-associative or
// unary operators) is refused before parsing, with the position where the bound was crossed.
#include <antlr4-runtime.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "LuaLexer.h"
#include "LuaParser.h"
#include "frontends/byte_char_stream.hpp"

namespace dlint::frontends::luakit {

namespace gen = dlint_Lua_gen;

struct TreeError {
  std::string message;
  std::uint32_t begin = 0;  // byte offsets into the script
  std::uint32_t end = 0;
};

class LuaTree {
 public:
  explicit LuaTree(std::string_view text);
  ~LuaTree();
  LuaTree(const LuaTree&) = delete;
  LuaTree& operator=(const LuaTree&) = delete;

  // Null when the script was refused before parsing (see errors()).
  [[nodiscard]] gen::LuaParser::ChunkContext* root() const { return root_; }
  [[nodiscard]] const std::vector<TreeError>& errors() const { return errors_; }
  // Comments in source order: text after the `--` (long comments without their brackets) and offsets.
  struct Comment {
    std::string text;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  [[nodiscard]] const std::vector<Comment>& comments() const { return comments_; }

 private:
  class Listener;
  std::optional<TreeError> depth_check(std::string_view text);
  ByteCharStream chars_;
  gen::LuaLexer lexer_;
  antlr4::CommonTokenStream tokens_;
  gen::LuaParser parser_;
  std::vector<TreeError> errors_;
  std::vector<Comment> comments_;
  std::unique_ptr<Listener> listener_;
  gen::LuaParser::ChunkContext* root_ = nullptr;
};

}  // namespace dlint::frontends::luakit
