#include "frontends/runtoml/run_toml_schema.hpp"

#include <cstdint>
#include <string>

#include "support/edit_distance.hpp"

namespace dlint::runtoml {
namespace {

enum Shape : std::uint8_t {
  kString = 1,
  kInteger = 2,
  kFloat = 4,
  kBoolean = 8,
  kTable = 16,
  kArray = 32,
  kDate = 64,
};

struct Schema;

// What a value must look like: its shapes; for a table its known keys (`table`) and/or the spec of the
// values under free names (`values`); for an array the spec of its items.
struct Spec {
  std::uint8_t shapes = 0;
  const Schema* table = nullptr;
  const Spec* items = nullptr;
  const Spec* values = nullptr;
};

struct Field {
  std::string_view key;
  const Spec* spec;
};

struct Schema {
  std::string_view what;  // for messages: "component", "bridge", ...
  std::vector<Field> fields;
  [[nodiscard]] const Field* find(std::string_view key) const {
    for (const auto& f : fields) {
      if (f.key == key) return &f;
    }
    return nullptr;
  }
};

// --- the table: shared shapes -------------------------------------------------------------------------
const Spec kStr{kString};
const Spec kInt{kInteger};
const Spec kBool{kBoolean};
const Spec kAnyValue{kString | kInteger | kFloat | kBoolean | kTable | kArray | kDate};
const Spec kStrList{kArray, nullptr, &kStr};
const Spec kAnyList{kArray, nullptr, &kAnyValue};
const Spec kStrMap{kTable, nullptr, nullptr, &kStr};
const Spec kFreeTable{kTable, nullptr, nullptr, &kAnyValue};
const Spec kDuration{kString | kInteger};

// --- the runtime's dialect -------------------------------------------------------------------------------
const Schema kProject{"project",
                      {{"name", &kStr},
                       {"version", &kStr},
                       {"description", &kStr},
                       {"license", &kStr},
                       {"repository", &kStr},
                       {"authors", &kStrList}}};
const Schema kDependency{
    "dependency", {{"version", &kStr}, {"optional", &kBool}, {"git", &kStr}, {"path", &kStr}, {"features", &kStrList}}};
const Spec kDependencySpec{kString | kTable, &kDependency};
const Spec kDependencies{kTable, nullptr, nullptr, &kDependencySpec};
const Schema kHealthCheck{"health_check",
                          {{"function", &kStr}, {"interval", &kDuration}, {"timeout", &kDuration}, {"retries", &kInt}}};
const Spec kHealthCheckSpec{kTable, &kHealthCheck};
const Schema kComponent{"component",
                        {{"path", &kStr},
                         {"source", &kStr},
                         {"language", &kStr},
                         {"build", &kStr},
                         {"capabilities", &kStrList},
                         {"dependencies", &kStrList},
                         {"restart", &kStr},
                         {"env", &kStrMap},
                         {"health_check", &kHealthCheckSpec}}};
const Spec kComponentSpec{kTable, &kComponent};
const Spec kComponents{kTable, nullptr, nullptr, &kComponentSpec};
const Schema kTest{"test",
                   {{"component", &kStr},
                    {"function", &kStr},
                    {"args", &kAnyList},
                    {"expect", &kAnyValue},
                    {"expect_exit", &kInt},
                    {"expect_error", &kStr}}};
const Spec kTestSpec{kTable, &kTest};
const Spec kTests{kTable, nullptr, nullptr, &kTestSpec};
const Schema kPlugin{
    "plugin", {{"path", &kStr}, {"package", &kStr}, {"version", &kStr}, {"enabled", &kBool}, {"hooks", &kStrList}}};
const Spec kPluginSpec{kTable, &kPlugin};
const Spec kPlugins{kTable, nullptr, nullptr, &kPluginSpec};
const Spec kDeploy{kTable, nullptr, nullptr, &kFreeTable};
const Schema kDockerEntry{"docker", {{"url", &kStr}, {"env_var", &kStr}, {"env", &kStr}}};
const Spec kDockerEntrySpec{kTable, &kDockerEntry};
// `[docker]` takes the keys of one entry itself, or entries under names.
const Spec kDocker{kTable, &kDockerEntry, nullptr, &kDockerEntrySpec};
const Schema kDev{
    "dev",
    {{"hot_reload", &kBool}, {"watch", &kStrList}, {"port", &kInt}, {"verbose", &kBool}, {"services", &kStrList}}};
const Schema kBuild{"build",
                    {{"output_dir", &kStr},
                     {"target", &kStr},
                     {"opt_level", &kStr},
                     {"debug", &kBool},
                     {"reproducible", &kBool},
                     {"source_date_epoch", &kInt}}};
const Schema kRegistry{"registry", {{"url", &kStr}, {"mirrors", &kStrList}, {"auth_token", &kStr}}};
const Spec kProjectSpec{kTable, &kProject};
const Spec kDevSpec{kTable, &kDev};
const Spec kBuildSpec{kTable, &kBuild};
const Spec kRegistrySpec{kTable, &kRegistry};

// --- the guide's dialect ---------------------------------------------------------------------------------
const Schema kPackage{"package",
                      {{"name", &kStr},
                       {"version", &kStr},
                       {"description", &kStr},
                       {"license", &kStr},
                       {"repository", &kStr},
                       {"authors", &kStrList}}};
const Schema kGuideDev{"component dev", {{"port", &kInt}}};
const Spec kGuideDevSpec{kTable, &kGuideDev};
const Schema kNamedEnv{"component", {{"env", &kStrMap}}};
const Spec kNamedEnvSpec{kTable, &kNamedEnv};
// `[component.NAME.env]` after `[[component]]` lands in the last component as `NAME.env`: free names whose
// values hold an env table.
const Schema kGuideComponent{"component",
                             {{"name", &kStr},
                              {"source", &kStr},
                              {"language", &kStr},
                              {"wit", &kStr},
                              {"env", &kStrMap},
                              {"dev", &kGuideDevSpec},
                              {"opt_level", &kStr},
                              {"strip_debug", &kBool}}};
const Spec kGuideComponentSpec{kTable, &kGuideComponent, nullptr, &kNamedEnvSpec};
// `[[component]]` entries, or `[component.NAME.env]` tables alone.
const Spec kGuideComponents{kArray | kTable, nullptr, &kGuideComponentSpec, &kNamedEnvSpec};
const Spec kPort{kInteger | kString};
const Spec kPortMap{kTable, nullptr, nullptr, &kPort};
const Spec kPorts{kTable | kArray, nullptr, &kPort, &kPort};
const Schema kBridgeEntry{"bridge", {{"image", &kStr}, {"ports", &kPorts}, {"env", &kStrMap}}};
const Spec kBridgeEntrySpec{kTable, &kBridgeEntry};
const Schema kBridgeSwitch{"bridge", {{"enabled", &kBool}}};
const Spec kBridge{kTable, &kBridgeSwitch, nullptr, &kBridgeEntrySpec};
const Spec kProfiles{kTable, nullptr, nullptr, &kStrMap};
const Spec kPackageSpec{kTable, &kPackage};

const Schema kTop{"top-level",
                  {{"project", &kProjectSpec},
                   {"dependencies", &kDependencies},
                   {"dev-dependencies", &kDependencies},
                   {"dev_dependencies", &kDependencies},
                   {"components", &kComponents},
                   {"tests", &kTests},
                   {"plugins", &kPlugins},
                   {"deploy", &kDeploy},
                   {"docker", &kDocker},
                   {"dev", &kDevSpec},
                   {"build", &kBuildSpec},
                   {"registry", &kRegistrySpec},
                   {"package", &kPackageSpec},
                   {"component", &kGuideComponents},
                   {"bridge", &kBridge},
                   {"env", &kProfiles}}};
const Spec kTopSpec{kTable, &kTop};

constexpr std::string_view kGuideSections[] = {"package", "component", "bridge", "env"};

std::uint8_t shape_of(TomlKind kind) {
  switch (kind) {
    case TomlKind::Table: return kTable;
    case TomlKind::Array: return kArray;
    case TomlKind::String: return kString;
    case TomlKind::Integer: return kInteger;
    case TomlKind::Float: return kFloat;
    case TomlKind::Boolean: return kBoolean;
    case TomlKind::DateTime: return kDate;
  }
  return 0;
}

std::string expected_shapes(std::uint8_t shapes) {
  std::vector<std::string> parts;
  for (TomlKind k : {TomlKind::String, TomlKind::Integer, TomlKind::Float, TomlKind::Boolean, TomlKind::Table,
                     TomlKind::Array, TomlKind::DateTime}) {
    if (shapes & shape_of(k)) parts.push_back(kind_name(k));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

class Validator {
 public:
  explicit Validator(std::vector<ir::ComposeError>& errors) : errors_(errors) {}

  void check(const TomlNode& node, const Spec& spec, const std::string& where) {
    if (!(shape_of(node.kind) & spec.shapes)) {
      errors_.push_back(
          {"`" + where + "` must be " + expected_shapes(spec.shapes) + ", not " + kind_name(node.kind), node.span});
      return;
    }
    if (node.is_table()) {
      for (const auto& entry : node.entries) {
        std::string path = where.empty() ? entry.key : where + "." + entry.key;
        const Field* field = spec.table ? spec.table->find(entry.key) : nullptr;
        if (field) {
          check(*entry.value, *field->spec, path);
        } else if (spec.values && (!spec.table || entry.value->is_table())) {
          // A table with known keys and named sub-tables: a scalar under an unknown name is a typo.
          check(*entry.value, *spec.values, path);
        } else if (spec.table) {
          unknown(entry, *spec.table, where);
        }
      }
    } else if (node.is_array() && spec.items) {
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        check(*node.items[i], *spec.items, where + "[" + std::to_string(i) + "]");
      }
    }
  }

 private:
  void unknown(const TomlEntry& entry, const Schema& schema, const std::string& where) {
    std::vector<std::string_view> keys;
    for (const auto& f : schema.fields) keys.push_back(f.key);
    auto suggestion = closest_match(entry.key, keys);
    errors_.push_back({"unknown " + std::string(schema.what) + " key `" + entry.key + "`" +
                           (where.empty() ? std::string() : " in [" + where + "]") +
                           (suggestion ? "; did you mean `" + *suggestion + "`?" : ""),
                       entry.key_span});
  }

  std::vector<ir::ComposeError>& errors_;
};

}  // namespace

bool guide_section(std::string_view key) {
  for (auto k : kGuideSections) {
    if (k == key) return true;
  }
  return false;
}

bool guide_component_key(std::string_view key) {
  return kGuideComponent.find(key) != nullptr;
}

bool runtime_section(std::string_view key) {
  return kTop.find(key) != nullptr && !guide_section(key);
}

void validate_schema(const TomlNode& root, std::vector<ir::ComposeError>& errors) {
  Validator(errors).check(root, kTopSpec, "");
}

}  // namespace dlint::runtoml
