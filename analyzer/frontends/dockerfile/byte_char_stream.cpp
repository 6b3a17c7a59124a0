#include "frontends/dockerfile/byte_char_stream.hpp"

namespace dlint::frontends::dockerfile {

void ByteCharStream::consume() {
  if (position_ >= text_.size()) throw antlr4::IllegalStateException("cannot consume EOF");
  ++position_;
}

size_t ByteCharStream::LA(ssize_t i) {
  if (i == 0) return 0;
  ssize_t at = static_cast<ssize_t>(position_) + (i > 0 ? i - 1 : i);
  if (at < 0 || at >= static_cast<ssize_t>(text_.size())) return antlr4::IntStream::EOF;
  return static_cast<unsigned char>(text_[static_cast<size_t>(at)]);
}

std::string ByteCharStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a) return {};
  auto begin = static_cast<size_t>(interval.a);
  auto end = std::min(static_cast<size_t>(interval.b) + 1, text_.size());
  if (begin >= end) return {};
  return std::string(text_.substr(begin, end - begin));
}

}  // namespace dlint::frontends::dockerfile
