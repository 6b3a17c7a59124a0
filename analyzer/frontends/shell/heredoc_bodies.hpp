#pragma once
// Heredoc bodies in a shell script. Their delimiters are chosen by the script, which no context-free lexer
// can follow, so this pass finds every `<<WORD` / `<<-WORD` outside quotes, takes the lines after it up to
// the delimiter line as the body, and blanks those lines out (same length, so offsets still hold).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::frontends::shell {

struct HeredocBody {
  std::string body;         // the text the command reads (leading tabs removed for <<-)
  std::uint32_t begin = 0;  // text offsets of the body lines (delimiter line excluded)
  std::uint32_t end = 0;
  bool terminated = true;  // false: the delimiter line never came
  std::string delimiter;
};

struct BlankedScript {
  std::string text;                 // the script with heredoc bodies and delimiter lines blanked
  std::vector<HeredocBody> bodies;  // in the order of their `<<` operators
};

BlankedScript blank_heredocs(std::string_view script);

}  // namespace dlint::frontends::shell
