#pragma once
// Taking one shell word apart: quote removal and escapes for its value, whether it expands anything,
// and where its command substitutions are (their insides are parsed as scripts of their own).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::frontends::shell {

struct Substitution {
  std::uint32_t begin;  // offsets of the inner script within the word
  std::uint32_t end;
};

struct WordParts {
  std::string value;
  bool quoted = false;
  bool has_expansion = false;
  bool unquoted_expansion = false;
  std::vector<Substitution> substitutions;  // $(...), `...`, <(...), >(...)
};

WordParts split_word(std::string_view word);

// Index of the bracket closing the one at `open` ('(' or '{'), skipping quotes, escapes and nesting;
// returns text.size() when it is never closed.
std::size_t matching_close(std::string_view text, std::size_t open);

}  // namespace dlint::frontends::shell
