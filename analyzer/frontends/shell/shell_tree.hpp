#pragma once
// Runs the generated ANTLR shell lexer and parser over one script: SLL prediction first, full LL with
// error recovery only when that fails. Errors are collected as values, never printed or thrown.
#include <antlr4-runtime.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ShellLexer.h"
#include "ShellParser.h"
#include "frontends/byte_char_stream.hpp"

namespace dlint::frontends::shell {

namespace gen = dlint_Shell_gen;

struct TreeError {
  std::string message;
  std::uint32_t begin = 0;  // offsets into the parsed text
  std::uint32_t end = 0;
};

class ShellTree {
 public:
  explicit ShellTree(std::string_view text);
  ~ShellTree();
  ShellTree(const ShellTree&) = delete;
  ShellTree& operator=(const ShellTree&) = delete;

  [[nodiscard]] gen::ShellParser::ScriptContext* root() const { return root_; }
  [[nodiscard]] const std::vector<TreeError>& errors() const { return errors_; }

 private:
  class Listener;
  ByteCharStream chars_;
  gen::ShellLexer lexer_;
  antlr4::CommonTokenStream tokens_;
  gen::ShellParser parser_;
  std::vector<TreeError> errors_;
  std::unique_ptr<Listener> listener_;
  gen::ShellParser::ScriptContext* root_ = nullptr;
};

}  // namespace dlint::frontends::shell
