#include "reporters/common/fingerprints.hpp"

#include <array>
#include <cstdio>
#include <map>

#include "engine/rule.hpp"

namespace dlint::reporters {
namespace {

// UTF-16 code units of UTF-8 text, as JavaScript's charCodeAt sees a file read as "utf8" (invalid bytes
// become U+FFFD, as Node decodes them).
std::vector<std::uint16_t> utf16_units(std::string_view text) {
  std::vector<std::uint16_t> units;
  units.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    auto b0 = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = 0xFFFD;
    std::size_t len = 1;
    auto cont = [&](std::size_t k) {
      return i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    };
    if (b0 < 0x80) {
      cp = b0;
    } else if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && cont(1)) {
      cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
      cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      len = 3;
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
        len = 1;
      }
    } else if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
      cp = ((b0 & 0x07u) << 18) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 12) |
           ((static_cast<unsigned char>(text[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(text[i + 3]) & 0x3Fu);
      len = 4;
      if (cp < 0x10000 || cp > 0x10FFFF) {
        cp = 0xFFFD;
        len = 1;
      }
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push_back(static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
      units.push_back(static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      units.push_back(static_cast<std::uint16_t>(cp));
    }
    i += len;
  }
  return units;
}

std::string hex(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%llx", static_cast<unsigned long long>(value));
  return buffer;
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 1469598103934665603ull) {
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::vector<std::string> github_line_hashes(std::string_view text) {
  constexpr int kBlock = 100;
  constexpr std::uint64_t kMod = 37;
  constexpr std::uint32_t kEof = 65535;
  std::uint64_t first_mod = 1;
  for (int i = 0; i < kBlock; ++i) first_mod *= kMod;

  std::array<std::uint32_t, kBlock> window{};
  std::array<long, kBlock> line_numbers;
  line_numbers.fill(-1);
  std::uint64_t hash = 0;
  int index = 0;
  long line_number = 0;
  bool line_start = true;
  bool prev_cr = false;
  std::map<std::string, int> counts;
  std::vector<std::string> hashes;

  auto output = [&] {
    std::string value = hex(hash);
    int n = ++counts[value];
    auto line = static_cast<std::size_t>(line_numbers[index]);
    if (hashes.size() < line) hashes.resize(line);
    hashes[line - 1] = value + ":" + std::to_string(n);
    line_numbers[index] = -1;
  };
  auto update = [&](std::uint32_t current) {
    std::uint32_t begin = window[index];
    window[index] = current;
    hash = kMod * hash + current - first_mod * begin;  // wraps like the 64-bit Long it mirrors
    index = (index + 1) % kBlock;
  };
  auto process = [&](std::uint32_t current) {
    if (current == ' ' || current == '\t' || (prev_cr && current == '\n')) {
      prev_cr = false;
      return;
    }
    if (current == '\r') {
      current = '\n';
      prev_cr = true;
    } else {
      prev_cr = false;
    }
    if (line_numbers[index] != -1) output();
    if (line_start) {
      line_start = false;
      line_numbers[index] = ++line_number;
    }
    if (current == '\n') line_start = true;
    update(current);
  };

  for (std::uint16_t unit : utf16_units(text)) process(unit);
  process(kEof);
  for (int i = 0; i < kBlock; ++i) {
    if (line_numbers[index] != -1) output();
    update(0);
  }
  return hashes;
}

std::vector<std::string> finding_fingerprints(const std::string& path, const SourceFile* source,
                                              const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  std::map<std::uint64_t, int> seen;
  for (const auto& f : findings) {
    std::string flagged;
    std::string line;
    if (source) {
      std::string_view text = source->text();
      if (f.span.end <= text.size() && f.span.begin <= f.span.end) {
        flagged = collapse_whitespace(text.substr(f.span.begin, f.span.end - f.span.begin));
      }
      line = collapse_whitespace(source->line(f.span.start.line));
    }
    std::uint64_t key = fnv1a(f.rule->id);
    key = fnv1a(std::string_view("\0", 1), key);
    key = fnv1a(path, key);
    key = fnv1a(std::string_view("\0", 1), key);
    key = fnv1a(flagged, key);
    key = fnv1a(std::string_view("\0", 1), key);
    key = fnv1a(line, key);
    int occurrence = seen[key]++;
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(key));
    out.push_back(std::string(buffer) + ":" + std::to_string(occurrence + 1));
  }
  return out;
}

}  // namespace dlint::reporters
