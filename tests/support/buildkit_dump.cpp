#include "support/buildkit_dump.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

namespace dlint::testing {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns the code point, or -1 for an invalid byte.
long decode(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  int length = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return -1;
  }
  long cp = length == 1 ? b0 : length == 2 ? (b0 & 0x1F) : length == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < length; ++k) {
    unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

// An approximation of Go's unicode.IsPrint for code points above ASCII.
bool printable(long cp) {
  if (cp < 0xA0) return false;
  if (cp == 0xAD || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) return false;
  if (cp >= 0x2000 && cp <= 0x200F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xFFF9 && cp <= 0xFFFB) return false;
  return true;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string flag_word(const ir::Flag& flag) {
  std::string word = "--" + flag.name;
  if (flag.value) word += "=" + flag.value->value;
  return word;
}

std::string flags_part(const std::vector<ir::Flag>& flags) {
  if (flags.empty()) return {};
  std::string out = " [";
  for (std::size_t i = 0; i < flags.size(); ++i) {
    if (i > 0) out += " ";
    out += go_quote(flag_word(flags[i]));
  }
  return out + "]";
}

void append_quoted(std::string& out, std::string_view value) {
  out.push_back(' ');
  out.append(go_quote(value));
}

std::string dump_op(const ir::Op& op) {
  std::string out = lower(op.keyword.value);
  out.append(flags_part(op.flags));
  if (const auto* onbuild = op.as<ir::OnbuildOp>(); onbuild != nullptr && onbuild->trigger) {
    out.append(" (");
    out.append(dump_op(*onbuild->trigger));
    out.push_back(')');
    return out;
  }
  for (const auto& arg : op.args) append_quoted(out, arg.value);
  return out;
}

std::string dump_stage(const ir::Stage& stage) {
  std::string out = lower(stage.keyword.value);
  out.append(flags_part(stage.flags));
  if (!stage.base_text.value.empty()) append_quoted(out, stage.base_text.value);
  if (stage.name) {
    append_quoted(out, stage.as_keyword->value);
    append_quoted(out, stage.name->value);
  }
  return out;
}

}  // namespace

std::string go_quote(std::string_view text) {
  std::string out = "\"";
  char buffer[32];
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\a': out += "\\a"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\v': out += "\\v"; continue;
        default: break;
      }
      if (c < 0x20 || c == 0x7F) {
        std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
        out += buffer;
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    std::size_t start = i;
    long cp = decode(text, i);
    if (cp < 0) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
      out += buffer;
    } else if (printable(cp)) {
      out.append(text.substr(start, i - start));
    } else if (cp < 0x10000) {
      std::snprintf(buffer, sizeof buffer, "\\u%04lx", cp);
      out += buffer;
    } else {
      std::snprintf(buffer, sizeof buffer, "\\U%08lx", cp);
      out += buffer;
    }
  }
  return out + "\"";
}

std::string buildkit_dump(const ir::BuildDefinition& build) {
  std::vector<std::pair<std::uint32_t, std::string>> lines;
  for (const auto& op : build.global_args) lines.emplace_back(op.span.begin, dump_op(op));
  for (const auto& op : build.orphan_ops) lines.emplace_back(op.span.begin, dump_op(op));
  for (const auto& stage : build.stages) {
    lines.emplace_back(stage.span.begin, dump_stage(stage));
    for (const auto& op : stage.ops) lines.emplace_back(op.span.begin, dump_op(op));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& [offset, line] : lines) out += "(" + line + ")\n";
  return out;
}

}  // namespace dlint::testing
