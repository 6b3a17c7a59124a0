#include "portability/service_assessment.hpp"

#include <algorithm>
#include <cctype>

#include "knowledge/base_image_sizes.hpp"
#include "knowledge/infrastructure_images.hpp"
#include "knowledge/wasi_toolchains.hpp"
#include "portability/estimates.hpp"
#include "portability/language.hpp"

namespace dlint::portability {
namespace {

using knowledge::BlockerClass;

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

struct Collector {
  const ir::Application& app;
  std::vector<Reason> reasons;
  void add(BlockerClass kind, std::string message, const Span& span) {
    auto file = app.file_of(span);
    reasons.push_back(Reason{kind, std::move(message), file ? file->path() : std::string(), span.start.line, span});
  }
};

// What the service's own configuration asks of the runtime that WASI does not offer.
void check_configuration(const ir::Service& service, Collector& out) {
  if (service.privileged && service.privileged->value) {
    out.add(BlockerClass::Privileged, "privileged: true: full access to the host's devices and kernel",
            service.privileged->span);
  }
  for (const auto& cap : service.cap_add) {
    std::string name = upper(cap.value);
    if (name.starts_with("CAP_")) name = name.substr(4);
    if (name == "NET_RAW" || name == "NET_ADMIN") {
      out.add(BlockerClass::RawSocket,
              "cap_add " + cap.value +
                  ": raw sockets or network configuration, WASI "
                  "sockets are TCP/UDP only",
              cap.span);
    } else {
      out.add(BlockerClass::Privileged, "cap_add " + cap.value + ": a Linux capability, WASI has none", cap.span);
    }
  }
  for (const auto& device : service.devices) {
    out.add(BlockerClass::Gpu, "device " + device.value + ": WASI has no device nodes or GPU access", device.span);
  }
  if (service.gpus)
    out.add(BlockerClass::Gpu, "gpus: " + service.gpus->value + ": WASI has no GPU access", service.gpus->span);
  if (service.network_mode && service.network_mode->value == "host") {
    out.add(BlockerClass::HostNamespace, "network_mode: host: WASI components get sockets, not the host's network",
            service.network_mode->span);
  }
  if (service.pid && service.pid->value == "host") {
    out.add(BlockerClass::HostNamespace, "pid: host: sees the host's processes, WASI has no processes",
            service.pid->span);
  }
  if (service.ipc && service.ipc->value == "host") {
    out.add(BlockerClass::HostNamespace, "ipc: host: shared memory with the host, WASI has none", service.ipc->span);
  }
  for (const auto& volume : service.volumes) {
    if (volume.source && volume.source->value.find("docker.sock") != std::string::npos) {
      out.add(BlockerClass::ProcessSpawning, "mounts the Docker socket: it starts containers, WASI cannot",
              volume.span);
    }
  }
}

bool wasm_runtime(const ir::Service& service) {
  if (!service.runtime) return false;
  const std::string& r = service.runtime->value;
  for (std::string_view shim : {"wasm", "wasi", "spin", "slight", "lunatic"}) {
    if (r.find(shim) != std::string::npos) return true;
  }
  return false;
}

void sort_reasons(std::vector<Reason>& reasons) {
  std::stable_sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) { return a.kind < b.kind; });
}

}  // namespace

Assessment assess_service(const ir::Application& app, const ir::Service& service, const Assessment* built) {
  Assessment out;
  out.name = service.name.value;
  out.kind = AssessedKind::Service;
  auto file = app.file_of(service.name.span);
  out.path = file ? file->path() : (app.files.empty() ? std::string() : app.files.front()->path());
  out.line = service.name.span.start.line;

  if (service.component) {
    // A run.toml component builds to a WASI component by definition.
    out.verdict = Verdict::Wasi;
    out.already_wasm = true;
    if (service.component->language) out.language = normalize_language(service.component->language->value);
    if (const auto* toolchain = knowledge::find_wasi_toolchain(out.language)) {
      out.toolchain = std::string(toolchain->toolchain);
      if (toolchain->available) out.wasi = SideEstimate{toolchain->component_size, toolchain->startup_ms};
    }
    if (out.wasi.startup_ms == 0) out.wasi.startup_ms = kUnknownComponentStartupMs;
    return out;
  }

  Collector config{app, {}};
  check_configuration(service, config);

  if (built != nullptr) {
    out.language = built->language;
    out.toolchain = built->toolchain;
    out.docker = built->docker;
    out.wasi = built->wasi;
    if (built->already_wasm || wasm_runtime(service)) {
      out.verdict = Verdict::Wasi;
      out.already_wasm = true;
      if (out.wasi.startup_ms == 0) out.wasi.startup_ms = kUnknownComponentStartupMs;
      return out;
    }
    out.reasons = built->reasons;
    out.reasons.insert(out.reasons.end(), config.reasons.begin(), config.reasons.end());
    sort_reasons(out.reasons);
    if (built->verdict == Verdict::Bridge) {
      out.verdict = Verdict::Bridge;
    } else if (!out.reasons.empty()) {
      out.verdict = Verdict::Blocked;
    } else {
      out.verdict = built->verdict;
    }
    return out;
  }

  if (service.build) {
    out.reasons = config.reasons;
    out.reasons.push_back(Reason{BlockerClass::NoToolchain,
                                 "the Dockerfile it builds could not be read, so its language is not known", out.path,
                                 service.build->span.start.line, Span{}});
    sort_reasons(out.reasons);
    out.verdict = Verdict::Blocked;
    out.docker.startup_ms = kContainerStartupMs;
    return out;
  }

  if (!service.image && app.format == ir::ApplicationFormat::RunToml) {
    // A run.toml `[docker.NAME]` entry names no image: a container the runtime reaches by its URL, kept on
    // Docker by the file itself. Its name usually says what it is (postgres, redis).
    const auto* infrastructure = knowledge::find_infrastructure_image(ir::ImageRef::parse(service.name.value));
    const bool stateful = infrastructure != nullptr && infrastructure->stateful;
    out.reasons = config.reasons;
    out.reasons.push_back(Reason{stateful ? BlockerClass::Stateful : BlockerClass::Infrastructure,
                                 stateful ? "a Docker bridge of the run.toml for a stateful " +
                                                std::string(knowledge::infrastructure_kind_name(infrastructure->kind))
                                          : "a Docker bridge of the run.toml: a container the runtime reaches by URL",
                                 out.path, out.line, service.name.span});
    sort_reasons(out.reasons);
    out.verdict = Verdict::Bridge;
    out.docker.startup_ms = stateful ? kStatefulContainerStartupMs : kContainerStartupMs;
    return out;
  }

  if (!service.image) {
    out.reasons = config.reasons;
    out.reasons.push_back(Reason{
        BlockerClass::NoToolchain,
        service.provider  ? "run by a provider plugin, not a container or a component"
        : service.partial ? "neither an image nor a build here: its base (an `extends` file or the file this one "
                            "overrides) was not read"
                          : "neither an image nor a build",
        out.path, out.line, Span{}});
    sort_reasons(out.reasons);
    out.verdict = Verdict::Blocked;
    out.docker.startup_ms = kContainerStartupMs;
    return out;
  }

  // Only an image: off-the-shelf, whatever else its configuration asks for (a container can have it).
  ir::ImageRef image = ir::ImageRef::parse(service.image->value);
  if (wasm_runtime(service)) {
    out.verdict = Verdict::Wasi;
    out.already_wasm = true;
    out.wasi.startup_ms = kUnknownComponentStartupMs;
    knowledge::BaseImageSize wasm_size = knowledge::base_image_size(image);
    if (wasm_size.known) out.wasi.size = wasm_size.size;
    return out;
  }
  const auto* infrastructure = knowledge::find_infrastructure_image(image);
  if (infrastructure != nullptr) {
    std::string what(knowledge::infrastructure_kind_name(infrastructure->kind));
    config.add(infrastructure->stateful ? BlockerClass::Stateful : BlockerClass::Infrastructure,
               service.image->value + " is an off-the-shelf " + what + (infrastructure->stateful ? " (stateful)" : "") +
                   ": " + std::string(infrastructure->why),
               service.image->span);
  } else if (service.image->value.empty()) {
    config.add(BlockerClass::Infrastructure,
               "the image name is empty after interpolation: a prebuilt image this project does not build",
               service.image->span);
  } else {
    config.add(BlockerClass::Infrastructure,
               service.image->value +
                   " is a prebuilt image this project does not build: no source here to compile "
                   "to WASI",
               service.image->span);
  }
  out.reasons = std::move(config.reasons);
  sort_reasons(out.reasons);
  out.verdict = Verdict::Bridge;
  knowledge::BaseImageSize size = knowledge::base_image_size(image);
  if (size.known) out.docker.size = size.size;
  out.docker.startup_ms =
      infrastructure != nullptr && infrastructure->stateful ? kStatefulContainerStartupMs : kContainerStartupMs;
  return out;
}

}  // namespace dlint::portability
