#pragma once
// Runs the generated ANTLR lexer and parser over a normalized Dockerfile: SLL prediction first, full LL
// only if SLL reports a syntax error. The default ANTLR listeners (which print to stderr) are replaced
// by one that records each problem with its offsets in the normalized text.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "DockerfileLexer.h"
#include "DockerfileParser.h"
#include "frontends/dockerfile/byte_char_stream.hpp"

namespace dlint::frontends::dockerfile {

namespace gen = dlint_Dockerfile_gen;

struct TreeError {
  std::uint32_t begin = 0;  // offsets in the normalized text
  std::uint32_t end = 0;
  std::string message;
};

class DockerfileTree {
 public:
  DockerfileTree(std::string_view normalized_text, bool backtick_escape);
  DockerfileTree(const DockerfileTree&) = delete;
  DockerfileTree& operator=(const DockerfileTree&) = delete;
  ~DockerfileTree();

  [[nodiscard]] gen::DockerfileParser::DockerfileContext* root() const { return root_; }
  [[nodiscard]] const std::vector<TreeError>& errors() const { return errors_; }
  [[nodiscard]] bool used_full_ll() const { return used_full_ll_; }

 private:
  class Listener;
  ByteCharStream chars_;
  gen::DockerfileLexer lexer_;
  antlr4::CommonTokenStream tokens_;
  gen::DockerfileParser parser_;
  std::unique_ptr<Listener> listener_;
  std::vector<TreeError> errors_;
  gen::DockerfileParser::DockerfileContext* root_ = nullptr;
  bool used_full_ll_ = false;
};

}  // namespace dlint::frontends::dockerfile
