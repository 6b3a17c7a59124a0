// The merged tree lowered into the Application: services and top-level resources.
#include "frontends/compose/loader.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

void Loader::lower_service(const yaml::Entry& entry) {
  ir::Service s;
  s.name = text(*entry.key);
  s.span = entry.key->span;
  const Node& node = *entry.value;
  if (!node.is_map()) {
    app_.services.push_back(std::move(s));
    return;
  }
  s.image = scalar(node, "image");
  if (const Node* build = node.get("build")) lower_build(*build, s);
  s.container_name = scalar(node, "container_name");
  s.pull_policy = scalar(node, "pull_policy");
  if (const Node* ports = node.get("ports"); ports && ports->is_sequence()) {
    for (const auto& item : ports->items) {
      if (item->is_scalar()) {
        s.ports.push_back(short_port(*item));
      } else if (item->is_map()) {
        ir::PortMapping port;
        port.long_syntax = true;
        port.span = item->span;
        if (auto t = scalar(*item, "target")) port.target = *t;
        port.published = scalar(*item, "published");
        port.host_ip = scalar(*item, "host_ip");
        if (auto p = scalar(*item, "protocol")) port.protocol = p->value;
        s.ports.push_back(std::move(port));
      }
    }
  }
  s.environment = key_values(node.get("environment"));
  s.labels = key_values(node.get("labels"));
  if (const Node* env_file = node.get("env_file")) {
    std::vector<const Node*> items;
    if (env_file->is_scalar()) items.push_back(env_file);
    for (const auto& item : env_file->items) items.push_back(item.get());
    for (const Node* item : items) {
      ir::EnvFileRef ref;
      const Node* path = item->is_map() ? item->get("path") : item;
      if (!path || !path->is_scalar()) continue;
      ref.path = text(*path);
      ref.resolved_path = join_path(base_dir_of(path->span), path->value);
      if (item->is_map()) {
        if (const Node* required = item->get("required")) ref.required = required->as_bool();
      }
      s.env_files.push_back(std::move(ref));
    }
  }
  if (const Node* volumes = node.get("volumes"); volumes && volumes->is_sequence()) {
    for (const auto& item : volumes->items) {
      if (item->is_scalar()) {
        s.volumes.push_back(short_volume(*item));
      } else if (item->is_map()) {
        ir::VolumeMount mount;
        mount.span = item->span;
        mount.type = scalar(*item, "type").value_or(ir::Text{"volume", {}}).value;
        mount.source = scalar(*item, "source");
        if (auto t = scalar(*item, "target")) mount.target = *t;
        if (auto ro = boolean(*item, "read_only")) mount.read_only = ro->value;
        s.volumes.push_back(std::move(mount));
      }
    }
  }
  if (const Node* deps = node.get("depends_on")) {
    for (const auto& item : deps->items) {
      if (item->is_scalar()) s.depends_on.push_back({text(*item), std::nullopt, true, item->span});
    }
    for (const auto& e : deps->entries) {
      ir::Dependency dep{text(*e.key), std::nullopt, true, e.key->span};
      if (e.value->is_map()) {
        dep.condition = scalar(*e.value, "condition");
        if (auto required = boolean(*e.value, "required")) dep.required = required->value;
      }
      s.depends_on.push_back(std::move(dep));
    }
  }
  if (const yaml::Entry* hc = node.find("healthcheck"); hc && hc->value->is_map()) {
    ir::ServiceHealthcheck check;
    check.span = hc->key->span;
    if (auto disable = boolean(*hc->value, "disable")) check.disabled = disable->value;
    if (const Node* test = hc->value->get("test")) {
      if (test->is_sequence() && !test->items.empty() && test->items[0]->value == "NONE") check.disabled = true;
      if (test->is_scalar() && test->value == "NONE") check.disabled = true;
    }
    s.healthcheck = check;
  }
  s.user = scalar(node, "user");
  s.privileged = boolean(node, "privileged");
  s.read_only = boolean(node, "read_only");
  s.use_api_socket = boolean(node, "use_api_socket");
  s.cap_add = strings(node.get("cap_add"));
  s.cap_drop = strings(node.get("cap_drop"));
  s.security_opt = strings(node.get("security_opt"));
  s.network_mode = scalar(node, "network_mode");
  s.pid = scalar(node, "pid");
  s.ipc = scalar(node, "ipc");
  s.userns_mode = scalar(node, "userns_mode");
  s.runtime = scalar(node, "runtime");
  s.restart = scalar(node, "restart");
  s.tmpfs = strings(node.get("tmpfs"));
  s.devices = strings(node.get("devices"));
  s.gpus = scalar(node, "gpus");
  s.profiles = strings(node.get("profiles"));
  s.provider = node.get("provider") != nullptr;
  s.partial = app_.partial || node.get(kPartialKey) != nullptr;
  s.memory_limit = scalar(node, "mem_limit");
  s.cpu_limit = scalar(node, "cpus");
  s.pids_limit = scalar(node, "pids_limit");
  if (const Node* deploy = node.get("deploy"); deploy && deploy->is_map()) {
    if (const Node* rp = deploy->get("restart_policy"); rp && rp->is_map()) {
      s.deploy_restart_condition = scalar(*rp, "condition");
      if (!s.deploy_restart_condition) s.deploy_restart_condition = ir::Text{"any", rp->span};
    }
    const Node* resources = deploy->get("resources");
    const Node* limits = resources && resources->is_map() ? resources->get("limits") : nullptr;
    if (limits && limits->is_map()) {
      if (auto m = scalar(*limits, "memory")) s.memory_limit = m;
      if (auto c = scalar(*limits, "cpus")) s.cpu_limit = c;
      if (auto p = scalar(*limits, "pids")) s.pids_limit = p;
    }
    // `reservations.devices: [{capabilities: [gpu]}]` asks for a GPU (or another device class).
    const Node* reservations = resources && resources->is_map() ? resources->get("reservations") : nullptr;
    const Node* devices = reservations && reservations->is_map() ? reservations->get("devices") : nullptr;
    if (devices && devices->is_sequence()) {
      for (const auto& device : devices->items) {
        if (!device->is_map()) continue;
        for (auto& capability : strings(device->get("capabilities"))) s.devices.push_back(std::move(capability));
      }
    }
  }
  auto refs = [&](const Node* list, std::vector<ir::ResourceRef>& out) {
    if (!list) return;
    for (const auto& item : list->items) {
      if (item->is_scalar()) out.push_back({text(*item), item->span});
      if (item->is_map()) {
        if (auto source = scalar(*item, "source")) out.push_back({*source, item->span});
      }
    }
  };
  refs(node.get("secrets"), s.secrets);
  refs(node.get("configs"), s.configs);
  app_.services.push_back(std::move(s));
}

void Loader::lower_resources(const Node* section, std::vector<ir::Resource>& out) {
  if (!section || !section->is_map()) return;
  for (const auto& e : section->entries) {
    ir::Resource r;
    r.name = text(*e.key);
    r.span = e.key->span;
    if (e.value->is_map()) {
      r.file = scalar(*e.value, "file");
      if (r.file) r.file_path = join_path(base_dir_of(r.file->span), r.file->value);
      r.environment = scalar(*e.value, "environment");
      if (const Node* external = e.value->get("external")) {
        r.external = external->is_map() || external->as_bool();
      }
    }
    out.push_back(std::move(r));
  }
}

void Loader::lower(const Node& root) {
  app_.name = scalar(root, "name");
  if (const yaml::Entry* version = root.find("version")) {
    if (version->value->is_scalar()) app_.version = text(*version->value);
    app_.version_entry = entry_span(*version->key, *version->value);
  }
  if (const Node* services = root.get("services"); services && services->is_map()) {
    for (const auto& entry : services->entries) {
      if (entry.key->value.compare(0, 2, "x-") == 0) continue;
      lower_service(entry);
    }
  }
  lower_resources(root.get("networks"), app_.networks);
  lower_resources(root.get("volumes"), app_.volumes);
  lower_resources(root.get("secrets"), app_.secrets);
  lower_resources(root.get("configs"), app_.configs);
}

}  // namespace dlint::compose
