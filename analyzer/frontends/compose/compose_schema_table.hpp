#pragma once
// The Compose Specification's shape of a compose file as data: the shapes a value may take, the keys of
// each mapping and the enums. compose_schema.cpp checks a file against it.
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dlint::compose::schema {

// The shapes a value may take, as a bit set.
enum Shape : std::uint8_t {
  kString = 1,
  kInteger = 2,
  kNumber = 4,
  kBoolean = 8,
  kNull = 16,
  kMap = 32,
  kSequence = 64,
};
constexpr std::uint8_t kScalar = kString | kInteger | kNumber | kBoolean;

struct Schema;

// What a value must look like: its shapes, the schema of a mapping, the spec of sequence items, or the
// spec of every value of a mapping keyed by free names (services, networks, ...).
struct Spec {
  explicit Spec(std::uint8_t shapes_, const Schema* map_ = nullptr, const Spec* items_ = nullptr,
                const Spec* values_ = nullptr, std::vector<std::string_view> choices_ = {}, bool prefix = false)
      : shapes(shapes_),
        map(map_),
        items(items_),
        values(values_),
        choices(std::move(choices_)),
        choice_prefix(prefix) {}
  std::uint8_t shapes = 0;
  const Schema* map = nullptr;            // a mapping with known keys
  const Spec* items = nullptr;            // sequence items
  const Spec* values = nullptr;           // a mapping of free names to values
  std::vector<std::string_view> choices;  // allowed string values (enums); empty: any
  bool choice_prefix = false;             // choices are prefixes ("on-failure" matches "on-failure:3")
};

struct Field {
  std::string_view key;
  const Spec* spec;
};

struct Schema {
  std::string_view what;  // "service", "build", ... for messages
  std::vector<Field> fields;
  [[nodiscard]] const Field* find(std::string_view key) const {
    for (const auto& f : fields) {
      if (f.key == key) return &f;
    }
    return nullptr;
  }
};

// The whole file, and the mapping of its top-level keys.
const Spec& compose_file();
const Schema& top_level();

}  // namespace dlint::compose::schema
