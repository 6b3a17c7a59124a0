#include "frontends/compose/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>
#include <unordered_map>

#include "source/limits.hpp"

namespace dlint::yaml {

const Entry* Node::find(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.key && entry.key->kind == Kind::Scalar && entry.key->value == key) return &entry;
  }
  return nullptr;
}

const Node* Node::get(std::string_view key) const {
  const Entry* entry = find(key);
  return entry ? entry->value.get() : nullptr;
}

namespace {

bool one_of(std::string_view value, std::initializer_list<std::string_view> options) {
  for (auto option : options) {
    if (value == option) return true;
  }
  return false;
}

}  // namespace

bool Node::is_bool() const {
  return kind == Kind::Scalar && !quoted &&
         one_of(value, {"true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No",
                        "NO",   "on",   "On",   "ON",    "off",   "Off",   "OFF", "y",   "Y",   "n",  "N"});
}

bool Node::as_bool() const {
  return one_of(value, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"});
}

bool Node::is_integer() const {
  if (kind != Kind::Scalar || quoted || value.empty()) return false;
  std::size_t i = (value[0] == '-' || value[0] == '+') ? 1 : 0;
  if (i == value.size()) return false;
  for (; i < value.size(); ++i) {
    if (value[i] < '0' || value[i] > '9') return false;
  }
  return true;
}

bool Node::is_number() const {
  if (is_integer()) return true;
  if (kind != Kind::Scalar || quoted || value.empty()) return false;
  bool digit = false, dot = false;
  std::size_t i = (value[0] == '-' || value[0] == '+') ? 1 : 0;
  for (; i < value.size(); ++i) {
    if (value[i] >= '0' && value[i] <= '9') {
      digit = true;
    } else if (value[i] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digit;
}

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// yaml-cpp reports where a token starts; where it ends is read off the text.
std::uint32_t scalar_end(std::string_view text, std::uint32_t pos, bool in_flow) {
  std::size_t n = text.size();
  if (pos >= n) return pos;
  char first = text[pos];
  std::size_t i = pos + 1;
  if (first == '"') {
    while (i < n && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    return static_cast<std::uint32_t>(std::min(n, i + 1));
  }
  if (first == '\'') {
    while (i < n) {
      if (text[i] == '\'') {
        if (i + 1 < n && text[i + 1] == '\'') {
          i += 2;
          continue;
        }
        return static_cast<std::uint32_t>(i + 1);
      }
      ++i;
    }
    return static_cast<std::uint32_t>(n);
  }
  if (first == '|' || first == '>') {
    while (i < n && text[i] != '\n' && text[i] != '\r' && !(text[i] == '#' && is_space(text[i - 1]))) ++i;
    while (i > pos + 1 && is_space(text[i - 1])) --i;
    return static_cast<std::uint32_t>(i);
  }
  i = pos;
  while (i < n) {
    char c = text[i];
    if (c == '\n' || c == '\r') break;
    if (c == '#' && i > pos && is_space(text[i - 1])) break;
    if (c == ':' && (i + 1 == n || is_space(text[i + 1]) || text[i + 1] == '\n' || text[i + 1] == '\r' ||
                     (in_flow && (text[i + 1] == ',' || text[i + 1] == ']' || text[i + 1] == '}')))) {
      break;
    }
    if (in_flow && (c == ',' || c == ']' || c == '}' || c == '[' || c == '{')) break;
    ++i;
  }
  while (i > pos && is_space(text[i - 1])) --i;
  return static_cast<std::uint32_t>(i);
}

// Skips the node properties (`&anchor`, `!tag`) yaml-cpp may include in a mark.
std::uint32_t skip_properties(std::string_view text, std::uint32_t pos) {
  while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
    while (pos < text.size() && !is_space(text[pos]) && text[pos] != '\n' && text[pos] != '\r') ++pos;
    while (pos < text.size() && is_space(text[pos])) ++pos;
  }
  return pos;
}

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return a > max_expanded_nodes * 4 || b > max_expanded_nodes * 4 ? max_expanded_nodes * 4 : a + b;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& file, std::uint32_t base, Document& doc)
      : file_(file), text_(file.text()), base_(base), doc_(doc) {}

  void OnDocumentStart(const YAML::Mark&) override { ++documents_; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping()) return;
    auto node = std::make_shared<Node>();
    node->kind = Kind::Null;
    std::uint32_t pos = offset(mark);
    std::string_view at = text_.substr(std::min<std::size_t>(pos, text_.size()));
    bool written = !at.empty() && (at[0] == '~' || at.substr(0, 4) == "null" || at.substr(0, 4) == "Null" ||
                                   at.substr(0, 4) == "NULL");
    node->span = written ? file_.span(pos, scalar_end(text_, pos, in_flow())) : Span{};
    finish(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping()) return;
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      std::uint32_t pos = offset(mark);
      error(file_.span(pos, scalar_end(text_, pos, in_flow())), "alias to an anchor that is not defined yet");
      auto node = std::make_shared<Node>();
      finish(node, 0);
      return;
    }
    add(it->second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (skipping()) return;
    auto node = std::make_shared<Node>();
    node->kind = Kind::Scalar;
    node->value = value;
    node->raw = value;
    set_tag(*node, tag);
    std::uint32_t pos = skip_properties(text_, offset(mark));
    node->span = file_.span(pos, scalar_end(text_, pos, in_flow()));
    finish(node, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(Kind::Sequence, mark, tag, anchor, style);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(Kind::Map, mark, tag, anchor, style);
  }
  void OnMapEnd() override { close(); }

  [[nodiscard]] int documents() const { return documents_; }

  // After a syntax error: closes whatever was open, so everything read before the error is kept.
  void close_open_collections() {
    skip_depth_ = 0;
    if (documents_ > 1) return;
    while (!stack_.empty()) close();
  }

 private:
  struct Frame {
    std::shared_ptr<Node> node;
    YAML::anchor_t anchor = 0;
    NodePtr pending_key;
  };

  std::uint32_t offset(const YAML::Mark& mark) const {
    if (mark.pos < 0) return base_;
    return static_cast<std::uint32_t>(std::min<std::size_t>(base_ + static_cast<std::size_t>(mark.pos), text_.size()));
  }
  bool in_flow() const { return !stack_.empty() && stack_.back().node->flow; }
  bool skipping() const { return skip_depth_ > 0 || documents_ > 1; }

  void error(const Span& span, std::string message) { doc_.errors.push_back({span, std::move(message)}); }

  static void set_tag(Node& node, const std::string& tag) {
    if (tag == "?") return;
    if (tag == "!") {
      node.quoted = true;
      return;
    }
    node.tag = tag;
    if (tag == "tag:yaml.org,2002:str") node.quoted = true;
  }

  void open(Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            YAML::EmitterStyle::value style) {
    if (skipping()) {
      if (documents_ <= 1) ++skip_depth_;
      return;
    }
    std::uint32_t pos = skip_properties(text_, offset(mark));
    if (stack_.size() >= limits::max_nesting) {
      error(file_.span(pos, pos + 1), "the document nests deeper than " + std::to_string(limits::max_nesting) +
                                          " levels; the rest of this value is not read");
      skip_depth_ = 1;
      // Stands in for the skipped collection so the parent stays well-formed.
      auto node = std::make_shared<Node>();
      node->span = file_.span(pos, pos + 1);
      finish(node, 0);
      return;
    }
    auto node = std::make_shared<Node>();
    node->kind = kind;
    set_tag(*node, tag);
    node->quoted = false;
    node->flow = style == YAML::EmitterStyle::Flow;
    node->span = file_.span(pos, std::min<std::uint32_t>(pos + 1, static_cast<std::uint32_t>(text_.size())));
    stack_.push_back({node, anchor, nullptr});
  }

  void close() {
    if (documents_ > 1) return;
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (stack_.empty()) return;
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    Node& node = *frame.node;
    if (node.kind == Kind::Map) resolve_map(node, frame.pending_key);
    std::size_t weight = 1;
    for (const auto& item : node.items) weight = saturating_add(weight, item->weight);
    for (const auto& entry : node.entries) {
      weight = saturating_add(weight, entry.key->weight);
      weight = saturating_add(weight, entry.value->weight);
    }
    node.weight = weight;
    if (weight > max_expanded_nodes) {
      error(node.span, "this value expands to more than " + std::to_string(max_expanded_nodes) +
                           " nodes through aliases; it is not read (an alias bomb?)");
      auto empty = std::make_shared<Node>();
      empty->span = node.span;
      finish(empty, frame.anchor);
      return;
    }
    finish(frame.node, frame.anchor);
  }

  // Duplicate keys are errors, as in docker compose; `<<` merge keys bring in the entries of the mappings
  // they name where the map does not set the key itself (earlier sources win, as YAML specifies).
  void resolve_map(Node& node, const NodePtr& dangling_key) {
    if (dangling_key) node.entries.push_back({dangling_key, std::make_shared<Node>(), false});
    std::vector<Entry> explicit_entries;
    std::vector<NodePtr> merge_sources;
    std::map<std::string, const Node*> seen;
    for (auto& entry : node.entries) {
      if (entry.key->kind == Kind::Scalar && entry.key->value == "<<" && !entry.key->quoted) {
        if (entry.value->is_map()) {
          merge_sources.push_back(entry.value);
        } else if (entry.value->is_sequence()) {
          for (const auto& item : entry.value->items) {
            if (item->is_map()) {
              merge_sources.push_back(item);
            } else {
              error(item->span.valid() ? item->span : entry.key->span, "a `<<` merge key takes mappings only");
            }
          }
        } else {
          error(entry.value->span.valid() ? entry.value->span : entry.key->span,
                "a `<<` merge key takes a mapping or a list of mappings");
        }
        continue;
      }
      if (entry.key->kind == Kind::Scalar) {
        auto [it, inserted] = seen.emplace(entry.key->value, entry.key.get());
        if (!inserted) {
          error(entry.key->span, "duplicate key `" + entry.key->value + "` (first on line " +
                                     std::to_string(it->second->span.start.line) + ")");
          continue;
        }
      }
      explicit_entries.push_back(std::move(entry));
    }
    for (const auto& source : merge_sources) {
      for (const auto& entry : source->entries) {
        if (entry.key->kind != Kind::Scalar) continue;
        if (!seen.emplace(entry.key->value, entry.key.get()).second) continue;
        explicit_entries.push_back({entry.key, entry.value, true});
      }
    }
    node.entries = std::move(explicit_entries);
  }

  void finish(const std::shared_ptr<Node>& node, YAML::anchor_t anchor) {
    if (anchor != 0) anchors_[anchor] = node;
    add(node);
  }

  void add(const NodePtr& node) {
    if (stack_.empty()) {
      if (!doc_.root) doc_.root = node;
      return;
    }
    Frame& top = stack_.back();
    if (top.node->kind == Kind::Sequence) {
      top.node->items.push_back(node);
    } else if (!top.pending_key) {
      top.pending_key = node;
    } else {
      NodePtr value = node;
      // An empty value (`key:`) has no text of its own; it is where its key is.
      if (value->is_null() && !value->span.valid()) {
        auto located = std::make_shared<Node>(*value);
        located->span = top.pending_key->span;
        value = located;
      }
      top.node->entries.push_back({top.pending_key, value, false});
      top.pending_key = nullptr;
    }
  }

  const SourceFile& file_;
  std::string_view text_;
  std::uint32_t base_;
  Document& doc_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, NodePtr> anchors_;
  std::size_t skip_depth_ = 0;
  int documents_ = 0;
};

}  // namespace

Document read(const SourceFile& file) {
  Document doc;
  std::uint32_t base = file.content_begin();
  std::istringstream in(std::string(file.text().substr(base)));
  TreeBuilder builder(file, base, doc);
  try {
    YAML::Parser parser(in);
    // Only the first document is a compose file; the builder ignores the events of later ones.
    parser.HandleNextDocument(builder);
  } catch (const YAML::Exception& e) {
    std::uint32_t pos = base;
    if (e.mark.pos >= 0) pos = static_cast<std::uint32_t>(std::min<std::size_t>(base + e.mark.pos, file.text().size()));
    std::uint32_t end = pos < file.text().size() ? pos + 1 : pos;
    doc.errors.push_back({file.span(pos, end), "YAML syntax: " + e.msg});
    builder.close_open_collections();
  } catch (const std::exception& e) {
    doc.errors.push_back({file.span(base, base), std::string("YAML could not be read: ") + e.what()});
  }
  return doc;
}

}  // namespace dlint::yaml
