// The table of compose_schema_table.hpp, key by key as the Compose Specification has them.
#include "frontends/compose/compose_schema_table.hpp"

namespace dlint::compose::schema {
namespace {

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

}  // namespace

const Spec& compose_file() {
  return kTop;
}

const Schema& top_level() {
  return kTopSchema;
}

}  // namespace dlint::compose::schema
