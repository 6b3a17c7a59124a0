#include "frontends/compose/compose_schema.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "frontends/compose/compose_schema_table.hpp"
#include "support/edit_distance.hpp"

namespace dlint::compose {
namespace {

using namespace schema;

std::string shape_name(const yaml::Node& node) {
  switch (node.kind) {
    case yaml::Kind::Null: return "nothing (null)";
    case yaml::Kind::Map: return "a mapping";
    case yaml::Kind::Sequence: return "a list";
    case yaml::Kind::Scalar:
      if (node.is_bool()) return "a boolean";
      if (node.is_number()) return "a number";
      return "a string";
  }
  return "a value";
}

std::string expected_shapes(std::uint8_t shapes) {
  std::vector<std::string> parts;
  if (shapes & kString) parts.emplace_back("a string");
  if ((shapes & kInteger) && !(shapes & kNumber)) parts.emplace_back("an integer");
  if (shapes & kNumber) parts.emplace_back("a number");
  if (shapes & kBoolean) parts.emplace_back("a boolean");
  if (shapes & kMap) parts.emplace_back("a mapping");
  if (shapes & kSequence) parts.emplace_back("a list");
  if (shapes & kNull) parts.emplace_back("null");
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

bool fits(const yaml::Node& node, std::uint8_t shapes) {
  switch (node.kind) {
    case yaml::Kind::Null: return shapes & kNull;
    case yaml::Kind::Map: return shapes & kMap;
    case yaml::Kind::Sequence: return shapes & kSequence;
    case yaml::Kind::Scalar:
      if (node.quoted) return shapes & kString;
      if (node.is_bool()) return shapes & (kBoolean | kString);
      if (node.is_integer()) return shapes & (kInteger | kNumber | kString);
      if (node.is_number()) return shapes & (kNumber | kString);
      return shapes & kString;
  }
  return false;
}

class Validator {
 public:
  explicit Validator(std::vector<ir::ComposeError>& errors) : errors_(errors) {}

  void check(const yaml::Node& node, const Spec& spec, const std::string& where) {
    // A value that came from `${VAR}` is converted to the type the key needs, as docker compose does.
    bool interpolated = node.is_scalar() && node.raw.find('$') != std::string::npos;
    if (interpolated && (spec.shapes & kScalar)) return;
    if (!fits(node, spec.shapes)) {
      // A `!reset` value removes the key whatever it was.
      if (node.tag == "!reset") return;
      report(node.span, (where.empty() ? std::string("the file") : where) + " must be " + expected_shapes(spec.shapes) +
                            ", not " + shape_name(node));
      return;
    }
    if (node.is_scalar() && !spec.choices.empty()) {
      bool ok = false;
      for (auto choice : spec.choices) {
        if (node.value == choice || (spec.choice_prefix && node.value.compare(0, choice.size(), choice) == 0)) {
          ok = true;
        }
      }
      if (!ok) {
        std::string list;
        for (auto choice : spec.choices) list += (list.empty() ? "" : ", ") + std::string(choice);
        auto suggestion = closest_match(node.value, spec.choices);
        report(node.span, where + ": `" + node.value + "` is not one of " + list +
                              (suggestion ? "; did you mean `" + *suggestion + "`?" : ""));
      }
    }
    if (node.is_map()) {
      if (spec.map) {
        check_fields(node, *spec.map, where);
      } else if (spec.values) {
        for (const auto& entry : node.entries) {
          if (is_extension(*entry.key)) continue;
          check(*entry.value, *spec.values, join(where, entry.key->value));
        }
      }
    } else if (node.is_sequence() && spec.items) {
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        check(*node.items[i], *spec.items, where + "[" + std::to_string(i) + "]");
      }
    }
  }

 private:
  static std::string join(const std::string& where, const std::string& key) {
    return where.empty() ? key : where + "." + key;
  }
  static bool is_extension(const yaml::Node& key) { return key.value.compare(0, 2, "x-") == 0; }

  void check_fields(const yaml::Node& node, const Schema& schema, const std::string& where) {
    std::vector<std::string_view> keys;
    for (const auto& f : schema.fields) keys.push_back(f.key);
    for (const auto& entry : node.entries) {
      const yaml::Node& key = *entry.key;
      if (!key.is_scalar()) {
        report(key.span, where + " has a key that is not a string");
        continue;
      }
      if (is_extension(key)) continue;
      const Field* field = schema.find(key.value);
      if (!field) {
        auto suggestion = closest_match(key.value, keys);
        report(key.span, "unknown " + std::string(schema.what) + " key `" + key.value + "`" +
                             (where.empty() ? std::string() : " in " + where) +
                             (suggestion ? "; did you mean `" + *suggestion + "`?" : ""));
        continue;
      }
      check(*entry.value, *field->spec, join(where, key.value));
    }
  }

  void report(const Span& span, std::string message) { errors_.push_back({std::move(message), span}); }

  std::vector<ir::ComposeError>& errors_;
};

}  // namespace

void validate_schema(const yaml::Node& root, std::vector<ir::ComposeError>& errors) {
  Validator validator(errors);
  if (!root.is_map()) {
    errors.push_back(
        {"a compose file must be a mapping of top-level keys (services, networks, ...), not " + shape_name(root),
         root.span});
    return;
  }
  // Compose file format 1 had the services at the top level; docker compose no longer reads it.
  bool known_top_level = false, service_like = false;
  for (const auto& entry : root.entries) {
    if (top_level().find(entry.key->value) || entry.key->value.compare(0, 2, "x-") == 0) known_top_level = true;
    if (entry.value->is_map() && (entry.value->find("image") || entry.value->find("build"))) service_like = true;
  }
  if (!known_top_level && service_like) {
    errors.push_back(
        {"this is the Compose file format 1 (services at the top level), which docker compose no longer "
         "reads; move the services under a top-level `services:` key",
         root.entries.front().key->span});
    return;
  }
  validator.check(root, compose_file(), "");
}

}  // namespace dlint::compose
