#include "frontends/runtoml/toml_tree.hpp"

#include <toml++/toml.h>
#include <algorithm>

#include "source/limits.hpp"

namespace dlint::runtoml {

const TomlEntry* TomlNode::entry(std::string_view key) const {
  for (const auto& e : entries) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

const TomlNode* TomlNode::find(std::string_view key) const {
  const TomlEntry* e = entry(key);
  return e ? e->value.get() : nullptr;
}

std::string kind_name(TomlKind kind) {
  switch (kind) {
    case TomlKind::Table: return "a table";
    case TomlKind::Array: return "an array";
    case TomlKind::String: return "a string";
    case TomlKind::Integer: return "an integer";
    case TomlKind::Float: return "a float";
    case TomlKind::Boolean: return "a boolean";
    case TomlKind::DateTime: return "a date";
  }
  return "a value";
}

namespace {

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ' ' || c == '\t';
}

// The number of parts of the key a line opens or assigns (`a.b.c = 1`, `[a.b.c]`), counting dots outside
// quotes; 0 for lines that are not a key. toml++ nests a table per part, and its tables free their children
// recursively, so a key of a million parts must be refused before it is parsed.
std::size_t key_parts(std::string_view line) {
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return 0;
  bool header = line[i] == '[';
  while (i < line.size() && line[i] == '[') ++i;
  std::size_t dots = 0;
  char quote = 0;
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '.') {
      ++dots;
    } else if ((header && c == ']') || (!header && c == '=')) {
      return dots + 1;
    } else if (!key_char(c)) {
      return 0;
    }
  }
  return 0;
}

class Converter {
 public:
  explicit Converter(const SourceFile& file) : file_(file) {}

  std::uint32_t offset(const toml::source_position& pos) const {
    if (pos.line == 0 || pos.line > file_.line_count()) return static_cast<std::uint32_t>(file_.text().size());
    std::string_view text = file_.text();
    std::string_view line = file_.line(pos.line);
    auto line_begin = static_cast<std::uint32_t>(line.data() - text.data());
    auto line_end = line_begin + static_cast<std::uint32_t>(line.size());
    std::uint32_t begin = pos.line == 1 ? std::max(line_begin, file_.content_begin()) : line_begin;
    line = text.substr(begin, line_end - begin);
    // Columns count code points: skip UTF-8 continuation bytes.
    std::uint32_t i = 0;
    for (std::uint32_t column = 1; column < pos.column && i < line.size(); ++column) {
      ++i;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    return begin + i;
  }

  Span span(const toml::source_region& region) const {
    std::uint32_t b = offset(region.begin);
    std::uint32_t e = region.end.line ? offset(region.end) : b;
    return file_.span(b, std::max(b, e));
  }

  std::unique_ptr<TomlNode> convert(const toml::node& in, std::size_t depth) {
    auto out = std::make_unique<TomlNode>();
    out->span = span(in.source());
    if (depth > limits::max_nesting) {
      if (!error_)
        error_ = TomlError{"the document nests deeper than " + std::to_string(limits::max_nesting) +
                               " tables and arrays; not analyzed",
                           out->span};
      return out;
    }
    if (const auto* table = in.as_table()) {
      out->kind = TomlKind::Table;
      for (auto&& [key, value] : *table) {
        TomlEntry entry{std::string(key.str()), span(key.source()), convert(value, depth + 1)};
        out->entries.push_back(std::move(entry));
      }
      std::stable_sort(out->entries.begin(), out->entries.end(),
                       [](const TomlEntry& a, const TomlEntry& b) { return a.key_span.begin < b.key_span.begin; });
    } else if (const auto* array = in.as_array()) {
      out->kind = TomlKind::Array;
      for (const auto& item : *array) out->items.push_back(convert(item, depth + 1));
    } else if (const auto* s = in.as_string()) {
      out->kind = TomlKind::String;
      out->value = s->get();
    } else if (const auto* i = in.as_integer()) {
      out->kind = TomlKind::Integer;
      out->value = std::to_string(i->get());
    } else if (const auto* b = in.as_boolean()) {
      out->kind = TomlKind::Boolean;
      out->value = b->get() ? "true" : "false";
    } else {
      out->kind = in.is_floating_point() ? TomlKind::Float : TomlKind::DateTime;
      out->value = std::string(file_.text().substr(out->span.begin, out->span.end - out->span.begin));
    }
    return out;
  }

  std::optional<TomlError> error_;

 private:
  const SourceFile& file_;
};

}  // namespace

TomlDocument parse_toml(const SourceFile& file) {
  TomlDocument doc;
  for (std::uint32_t n = 1; n <= file.line_count(); ++n) {
    std::string_view line = file.line(n);
    if (line.find('.') == std::string_view::npos) continue;
    if (key_parts(line) > limits::max_nesting) {
      auto begin = static_cast<std::uint32_t>(line.data() - file.text().data());
      doc.error = TomlError{"a key of more than " + std::to_string(limits::max_nesting) + " parts; not analyzed",
                            file.span(begin, begin + static_cast<std::uint32_t>(line.size()))};
      return doc;
    }
  }
  std::string_view text = file.text().substr(file.content_begin());
  Converter converter(file);
  try {
    toml::table table = toml::parse(text, std::string_view(file.path()));
    doc.root = converter.convert(table, 0);
    doc.root->span = file.span(file.content_begin(), static_cast<std::uint32_t>(file.text().size()));
  } catch (const toml::parse_error& e) {
    Span at = converter.span(e.source());
    doc.error = TomlError{std::string(e.description()), at};
    return doc;
  }
  if (converter.error_) {
    doc.error = converter.error_;
    doc.root.reset();
  }
  return doc;
}

}  // namespace dlint::runtoml
