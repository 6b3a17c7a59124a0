// SharedTextMemo keeps what it computed for a text, within its byte budget, least recently used first out.
#include <catch2/catch.hpp>

#include <string>

#include "support/shared_text_memo.hpp"

using namespace dlint;

TEST_CASE("SharedTextMemo computes a text once and drops the least recently used past its budget", "[engine]") {
  SharedTextMemo<std::string> memo(160);  // texts of up to 10 bytes are kept, 160 bytes of them in all
  int computed = 0;
  auto upper = [&](std::string_view text) {
    ++computed;
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  };
  auto first = memo.get("abc", upper);
  CHECK(*first == "ABC");
  CHECK(memo.get("abc", upper) == first);  // the same stored value
  CHECK(computed == 1);

  // 16 texts of 10 bytes fill the budget; "abc" was used least recently, so it goes first.
  for (int i = 0; i < 16; ++i) memo.get(std::string(9, 'a') + static_cast<char>('a' + i), upper);
  CHECK(computed == 17);
  memo.get("abc", upper);
  CHECK(computed == 18);

  // Too large to keep: computed on every call.
  memo.get(std::string(11, 'x'), upper);
  memo.get(std::string(11, 'x'), upper);
  CHECK(computed == 20);
}
