#include "frontends/compose/compose_schema.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "support/edit_distance.hpp"

namespace dlint::compose {
namespace {

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

// --- the table ------------------------------------------------------------------------------------------

const Spec kAny{kScalar | kNull | kMap | kSequence};
const Spec kStr{kString};
const Spec kStrOrNull{kString | kNull};
const Spec kInt{kInteger | kString};
const Spec kNum{kInteger | kNumber | kString};
const Spec kBool{kBoolean | kString};
const Spec kScalarValue{kScalar | kNull};
const Spec kStrList{kSequence, nullptr, &kStr};
const Spec kScalarList{kSequence, nullptr, &kScalarValue};
const Spec kStrOrList{kString | kSequence, nullptr, &kStr};
const Spec kCommand{kString | kSequence | kNull, nullptr, &kScalarValue};
const Spec kListOrDict{kMap | kSequence, nullptr, &kScalarValue, &kScalarValue};
const Spec kFreeMap{kMap, nullptr, nullptr, &kAny};
const Spec kDuration{kString | kInteger | kNumber};

const Spec kPortProtocol{kString, nullptr, nullptr, nullptr, {"tcp", "udp", "sctp"}};
const Spec kPortMode{kString, nullptr, nullptr, nullptr, {"host", "ingress"}};
const Schema kPortSchema{"port",
                         {{"name", &kStr},
                          {"mode", &kPortMode},
                          {"host_ip", &kStr},
                          {"target", &kNum},
                          {"published", &kNum},
                          {"protocol", &kPortProtocol},
                          {"app_protocol", &kStr}}};
const Spec kPortItem{kString | kInteger | kNumber | kMap, &kPortSchema};
const Spec kPorts{kSequence, nullptr, &kPortItem};

const Spec kVolumeType{kString, nullptr, nullptr, nullptr, {"bind", "volume", "tmpfs", "cluster", "npipe", "image"}};
const Spec kPropagation{
    kString, nullptr, nullptr, nullptr, {"private", "rprivate", "shared", "rshared", "slave", "rslave"}};
const Schema kBindSchema{
    "bind options",
    {{"propagation", &kPropagation}, {"create_host_path", &kBool}, {"recursive", &kStr}, {"selinux", &kStr}}};
const Spec kBindSpec{kMap, &kBindSchema};
const Schema kVolumeOptSchema{"volume options", {{"labels", &kListOrDict}, {"nocopy", &kBool}, {"subpath", &kStr}}};
const Spec kVolumeOptSpec{kMap, &kVolumeOptSchema};
const Schema kTmpfsSchema{"tmpfs options", {{"size", &kNum}, {"mode", &kNum}}};
const Spec kTmpfsSpec{kMap, &kTmpfsSchema};
const Schema kImageOptSchema{"image options", {{"subpath", &kStr}}};
const Spec kImageOptSpec{kMap, &kImageOptSchema};
const Schema kServiceVolumeSchema{"volume",
                                  {{"type", &kVolumeType},
                                   {"source", &kStr},
                                   {"target", &kStr},
                                   {"read_only", &kBool},
                                   {"consistency", &kStr},
                                   {"bind", &kBindSpec},
                                   {"volume", &kVolumeOptSpec},
                                   {"tmpfs", &kTmpfsSpec},
                                   {"image", &kImageOptSpec}}};
const Spec kServiceVolumeItem{kString | kMap, &kServiceVolumeSchema};
const Spec kServiceVolumes{kSequence, nullptr, &kServiceVolumeItem};

const Spec kCondition{
    kString, nullptr, nullptr, nullptr, {"service_started", "service_healthy", "service_completed_successfully"}};
const Schema kDependencySchema{"depends_on entry",
                               {{"condition", &kCondition}, {"required", &kBool}, {"restart", &kBool}}};
const Spec kDependency{kMap | kNull, &kDependencySchema};
const Spec kDependsOn{kSequence | kMap, nullptr, &kStr, &kDependency};

const Schema kHealthcheckSchema{"healthcheck",
                                {{"disable", &kBool},
                                 {"interval", &kDuration},
                                 {"retries", &kNum},
                                 {"test", &kCommand},
                                 {"timeout", &kDuration},
                                 {"start_period", &kDuration},
                                 {"start_interval", &kDuration}}};
const Spec kHealthcheck{kMap, &kHealthcheckSchema};

const Schema kBuildSchema{"build",
                          {{"context", &kStr},
                           {"dockerfile", &kStr},
                           {"dockerfile_inline", &kStr},
                           {"entitlements", &kStrList},
                           {"args", &kListOrDict},
                           {"ssh", &kListOrDict},
                           {"labels", &kListOrDict},
                           {"cache_from", &kStrList},
                           {"cache_to", &kStrList},
                           {"no_cache", &kBool},
                           {"additional_contexts", &kListOrDict},
                           {"network", &kStr},
                           {"provenance", &kAny},
                           {"sbom", &kAny},
                           {"pull", &kBool},
                           {"target", &kStr},
                           {"shm_size", &kNum},
                           {"extra_hosts", &kListOrDict},
                           {"isolation", &kStr},
                           {"privileged", &kBool},
                           {"secrets", &kAny},
                           {"tags", &kStrList},
                           {"ulimits", &kFreeMap},
                           {"platforms", &kStrList}}};
const Spec kBuild{kString | kMap, &kBuildSchema};

const Schema kResourceLimitsSchema{"resource limits", {{"cpus", &kNum}, {"memory", &kStr}, {"pids", &kNum}}};
const Spec kResourceLimits{kMap, &kResourceLimitsSchema};
const Schema kReservationsSchema{
    "resource reservations", {{"cpus", &kNum}, {"memory", &kStr}, {"generic_resources", &kAny}, {"devices", &kAny}}};
const Spec kReservations{kMap, &kReservationsSchema};
const Schema kResourcesSchema{"resources", {{"limits", &kResourceLimits}, {"reservations", &kReservations}}};
const Spec kResources{kMap, &kResourcesSchema};
// Swarm knows none, on-failure and any; docker compose passes other values on, so any string is accepted.
const Spec kRestartCondition{kString};
const Schema kRestartPolicySchema{
    "restart_policy",
    {{"condition", &kRestartCondition}, {"delay", &kDuration}, {"max_attempts", &kInt}, {"window", &kDuration}}};
const Spec kRestartPolicy{kMap, &kRestartPolicySchema};
const Spec kDeployMode{kString, nullptr, nullptr, nullptr, {"global", "replicated", "replicated-job", "global-job"}};
const Spec kEndpointMode{kString, nullptr, nullptr, nullptr, {"vip", "dnsrr"}};
const Schema kDeploySchema{"deploy",
                           {{"mode", &kDeployMode},
                            {"endpoint_mode", &kEndpointMode},
                            {"replicas", &kInt},
                            {"labels", &kListOrDict},
                            {"rollback_config", &kFreeMap},
                            {"update_config", &kFreeMap},
                            {"resources", &kResources},
                            {"restart_policy", &kRestartPolicy},
                            {"placement", &kFreeMap}}};
const Spec kDeploy{kMap | kNull, &kDeploySchema};

const Schema kEnvFileSchema{"env_file entry", {{"path", &kStr}, {"required", &kBool}, {"format", &kStr}}};
const Spec kEnvFileItem{kString | kMap, &kEnvFileSchema};
const Spec kEnvFile{kString | kSequence, nullptr, &kEnvFileItem};

const Schema kExtendsSchema{"extends", {{"service", &kStr}, {"file", &kStr}}};
const Spec kExtends{kString | kMap, &kExtendsSchema};

const Schema kServiceResourceRefSchema{
    "secret or config reference",
    {{"source", &kStr}, {"target", &kStr}, {"uid", &kStr}, {"gid", &kStr}, {"mode", &kNum}}};
const Spec kServiceResourceRef{kString | kMap, &kServiceResourceRefSchema};
const Spec kServiceResourceRefs{kSequence, nullptr, &kServiceResourceRef};

const Schema kServiceNetworkSchema{"service network",
                                   {{"aliases", &kStrList},
                                    {"ipv4_address", &kStr},
                                    {"ipv6_address", &kStr},
                                    {"link_local_ips", &kStrList},
                                    {"mac_address", &kStr},
                                    {"driver_opts", &kFreeMap},
                                    {"priority", &kNum},
                                    {"gw_priority", &kNum},
                                    {"interface_name", &kStr}}};
const Spec kServiceNetwork{kMap | kNull, &kServiceNetworkSchema};
const Spec kServiceNetworks{kSequence | kMap, nullptr, &kStr, &kServiceNetwork};

const Schema kLoggingSchema{"logging", {{"driver", &kStr}, {"options", &kFreeMap}}};
const Spec kLogging{kMap, &kLoggingSchema};

const Spec kRestart{kString, nullptr, nullptr, nullptr, {"no", "always", "on-failure", "unless-stopped"}, true};
const Spec kCgroup{kString, nullptr, nullptr, nullptr, {"host", "private"}};
const Spec kPullPolicy{
    kString,
    nullptr,
    nullptr,
    nullptr,
    {"always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly", "every_"},
    true};

const Schema kServiceSchema{"service",
                            {{"annotations", &kListOrDict},
                             {"attach", &kBool},
                             {"blkio_config", &kFreeMap},
                             {"build", &kBuild},
                             {"cap_add", &kStrList},
                             {"cap_drop", &kStrList},
                             {"cgroup", &kCgroup},
                             {"cgroup_parent", &kStr},
                             {"command", &kCommand},
                             {"configs", &kServiceResourceRefs},
                             {"container_name", &kStr},
                             {"cpu_count", &kNum},
                             {"cpu_percent", &kNum},
                             {"cpu_shares", &kNum},
                             {"cpu_quota", &kNum},
                             {"cpu_period", &kNum},
                             {"cpu_rt_period", &kNum},
                             {"cpu_rt_runtime", &kNum},
                             {"cpus", &kNum},
                             {"cpuset", &kStr},
                             {"credential_spec", &kFreeMap},
                             {"depends_on", &kDependsOn},
                             {"deploy", &kDeploy},
                             {"develop", &kAny},
                             {"device_cgroup_rules", &kStrList},
                             {"devices", &kAny},
                             {"dns", &kStrOrList},
                             {"dns_opt", &kStrList},
                             {"dns_search", &kStrOrList},
                             {"domainname", &kStr},
                             {"entrypoint", &kCommand},
                             {"env_file", &kEnvFile},
                             {"label_file", &kStrOrList},
                             {"environment", &kListOrDict},
                             {"expose", &kScalarList},
                             {"extends", &kExtends},
                             {"external_links", &kStrList},
                             {"extra_hosts", &kListOrDict},
                             {"gpus", &kAny},
                             {"group_add", &kScalarList},
                             {"healthcheck", &kHealthcheck},
                             {"hostname", &kStr},
                             {"image", &kStr},
                             {"init", &kBool},
                             {"ipc", &kStr},
                             {"isolation", &kStr},
                             {"labels", &kListOrDict},
                             {"links", &kStrList},
                             {"logging", &kLogging},
                             {"mac_address", &kStr},
                             {"mem_limit", &kNum},
                             {"mem_reservation", &kNum},
                             {"mem_swappiness", &kNum},
                             {"memswap_limit", &kNum},
                             {"models", &kAny},
                             {"network_mode", &kStr},
                             {"networks", &kServiceNetworks},
                             {"oom_kill_disable", &kBool},
                             {"oom_score_adj", &kNum},
                             {"pid", &kStrOrNull},
                             {"pids_limit", &kNum},
                             {"platform", &kStr},
                             {"ports", &kPorts},
                             {"post_start", &kAny},
                             {"pre_start", &kAny},
                             {"pre_stop", &kAny},
                             {"privileged", &kBool},
                             {"profiles", &kStrList},
                             {"provider", &kFreeMap},
                             {"pull_policy", &kPullPolicy},
                             {"pull_refresh_after", &kStr},
                             {"read_only", &kBool},
                             {"restart", &kRestart},
                             {"runtime", &kStr},
                             {"scale", &kInt},
                             {"secrets", &kServiceResourceRefs},
                             {"security_opt", &kStrList},
                             {"shm_size", &kNum},
                             {"stdin_open", &kBool},
                             {"stop_grace_period", &kDuration},
                             {"stop_signal", &kStr},
                             {"storage_opt", &kFreeMap},
                             {"sysctls", &kListOrDict},
                             {"tmpfs", &kStrOrList},
                             {"tty", &kBool},
                             {"ulimits", &kFreeMap},
                             {"use_api_socket", &kBool},
                             {"user", &kStr},
                             {"uts", &kStr},
                             {"userns_mode", &kStr},
                             {"volumes", &kServiceVolumes},
                             {"volumes_from", &kStrList},
                             {"working_dir", &kStr}}};
const Spec kService{kMap | kNull, &kServiceSchema};
const Spec kServices{kMap | kNull, nullptr, nullptr, &kService};

const Spec kExternal{kBoolean | kString | kMap};
const Schema kNetworkSchema{"network",
                            {{"name", &kStr},
                             {"driver", &kStr},
                             {"driver_opts", &kFreeMap},
                             {"ipam", &kFreeMap},
                             {"external", &kExternal},
                             {"internal", &kBool},
                             {"enable_ipv4", &kBool},
                             {"enable_ipv6", &kBool},
                             {"attachable", &kBool},
                             {"labels", &kListOrDict}}};
const Spec kNetwork{kMap | kNull, &kNetworkSchema};
const Spec kNetworks{kMap | kNull, nullptr, nullptr, &kNetwork};

const Schema kVolumeSchema{"volume",
                           {{"name", &kStr},
                            {"driver", &kStr},
                            {"driver_opts", &kFreeMap},
                            {"external", &kExternal},
                            {"labels", &kListOrDict}}};
const Spec kVolume{kMap | kNull, &kVolumeSchema};
const Spec kVolumes{kMap | kNull, nullptr, nullptr, &kVolume};

const Schema kSecretSchema{"secret",
                           {{"name", &kStr},
                            {"environment", &kStr},
                            {"file", &kStr},
                            {"external", &kExternal},
                            {"labels", &kListOrDict},
                            {"driver", &kStr},
                            {"driver_opts", &kFreeMap},
                            {"template_driver", &kStr}}};
const Spec kSecret{kMap, &kSecretSchema};
const Spec kSecrets{kMap | kNull, nullptr, nullptr, &kSecret};
const Schema kConfigSchema{"config",
                           {{"name", &kStr},
                            {"content", &kStr},
                            {"environment", &kStr},
                            {"file", &kStr},
                            {"external", &kExternal},
                            {"labels", &kListOrDict},
                            {"template_driver", &kStr}}};
const Spec kConfig{kMap, &kConfigSchema};
const Spec kConfigs{kMap | kNull, nullptr, nullptr, &kConfig};

const Schema kIncludeSchema{"include entry",
                            {{"path", &kStrOrList}, {"env_file", &kStrOrList}, {"project_directory", &kStr}}};
const Spec kIncludeItem{kString | kMap, &kIncludeSchema};
const Spec kInclude{kSequence, nullptr, &kIncludeItem};

const Schema kTopSchema{"top-level",
                        {{"version", &kNum},
                         {"name", &kStr},
                         {"include", &kInclude},
                         {"services", &kServices},
                         {"networks", &kNetworks},
                         {"volumes", &kVolumes},
                         {"secrets", &kSecrets},
                         {"configs", &kConfigs},
                         {"models", &kFreeMap}}};
const Spec kTop{kMap, &kTopSchema};

// --- the validator --------------------------------------------------------------------------------------

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
    if (kTopSchema.find(entry.key->value) || entry.key->value.compare(0, 2, "x-") == 0) known_top_level = true;
    if (entry.value->is_map() && (entry.value->find("image") || entry.value->find("build"))) service_like = true;
  }
  if (!known_top_level && service_like) {
    errors.push_back(
        {"this is the Compose file format 1 (services at the top level), which docker compose no longer "
         "reads; move the services under a top-level `services:` key",
         root.entries.front().key->span});
    return;
  }
  validator.check(root, kTop, "");
}

}  // namespace dlint::compose
