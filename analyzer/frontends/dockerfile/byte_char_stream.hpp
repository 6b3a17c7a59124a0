#pragma once
// An ANTLR character stream that yields bytes, not code points, so token offsets are byte offsets into
// the text (what MappedText and Span use) and no UTF-8 to UTF-32 copy is made. The Dockerfile grammar
// only names ASCII characters; any byte >= 0x80 simply falls into the "anything else" sets.
#include <antlr4-runtime.h>

#include <string_view>

namespace dlint::frontends::dockerfile {

class ByteCharStream final : public antlr4::CharStream {
 public:
  explicit ByteCharStream(std::string_view text) : text_(text) {}

  void consume() override;
  size_t LA(ssize_t i) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return position_; }
  void seek(size_t index) override { position_ = index < text_.size() ? index : text_.size(); }
  size_t size() override { return text_.size(); }
  std::string getSourceName() const override { return "Dockerfile"; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return std::string(text_); }

 private:
  std::string_view text_;
  size_t position_ = 0;
};

}  // namespace dlint::frontends::dockerfile
