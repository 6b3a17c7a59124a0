#include "portability/image_assessment.hpp"

#include <algorithm>

#include "knowledge/infrastructure_images.hpp"
#include "knowledge/native_extensions.hpp"
#include "knowledge/package_manager_call.hpp"
#include "knowledge/stage_chain.hpp"
#include "knowledge/wasi_blockers.hpp"
#include "portability/estimates.hpp"
#include "portability/language.hpp"
#include "portability/manifest_scan.hpp"

namespace dlint::portability {
namespace {

using knowledge::BlockerClass;

struct Collector {
  const std::string& path;
  std::vector<Reason> reasons;
  void add(BlockerClass kind, std::string message, const Span& span) {
    std::uint32_t line = span.start.line;
    // One reason per message and line: the same package in two stages on one line is said once.
    for (const auto& r : reasons) {
      if (r.message == message && r.line == line) return;
    }
    reasons.push_back(Reason{kind, std::move(message), path, line, span});
  }
};

// "psycopg2==2.9" -> "psycopg2", "bcrypt@5" -> "bcrypt", "@scope/pkg@1" -> "@scope/pkg".
std::string package_name(std::string_view operand, knowledge::Ecosystem ecosystem) {
  using E = knowledge::Ecosystem;
  if (ecosystem == E::Node) {
    std::size_t at = operand.find('@', operand.starts_with("@") ? 1 : 0);
    return std::string(operand.substr(0, at));
  }
  if (ecosystem == E::Python) return std::string(operand.substr(0, operand.find_first_of("=<>!~;[ ")));
  if (ecosystem == E::Go) return std::string(operand.substr(0, operand.find('@')));
  return std::string(operand);
}

void check_install(const knowledge::PackageManagerCall& call, Collector& out) {
  using E = knowledge::Ecosystem;
  if (!call.installs()) return;
  E ecosystem = call.manager->ecosystem;
  for (const ir::ShellWord* word : call.operands()) {
    if (word->has_expansion || word->value.empty()) continue;
    std::string name = package_name(word->value, ecosystem);
    if (name.empty()) continue;
    if (ecosystem == E::Debian || ecosystem == E::Alpine || ecosystem == E::RedHat || ecosystem == E::Suse) {
      if (const auto* signal = knowledge::find_system_package_signal(name)) {
        out.add(signal->kind, "installs " + name + ": " + std::string(signal->why), word->span);
      }
      continue;
    }
    std::optional<knowledge::LibraryEcosystem> library;
    if (ecosystem == E::Python) library = knowledge::LibraryEcosystem::Python;
    if (ecosystem == E::Node) library = knowledge::LibraryEcosystem::Node;
    if (ecosystem == E::Go) library = knowledge::LibraryEcosystem::Go;
    if (!library) continue;
    if (const auto* native = knowledge::find_native_extension(*library, name)) {
      out.add(BlockerClass::NativeLibrary, "installs " + name + ": " + std::string(native->why), word->span);
    }
  }
}

bool cgo_enabled(std::string_view assignment) {
  return assignment == "CGO_ENABLED=1";
}

void check_run(const ir::RunOp& run, Collector& out) {
  for (const auto& command : run.command.script.commands) {
    for (const auto& assignment : command.assignments) {
      if (cgo_enabled(assignment.value)) {
        out.add(BlockerClass::NativeLibrary, "builds with cgo (CGO_ENABLED=1): TinyGo and wasip1 have no cgo",
                assignment.span);
      }
    }
    if (const auto& call = knowledge::match_package_manager(command)) check_install(*call, out);
  }
}

void check_env(const std::vector<ir::KeyValue>& pairs, Collector& out) {
  for (const auto& pair : pairs) {
    if (pair.key.value == "CGO_ENABLED" && pair.value && pair.value->value == "1") {
      out.add(BlockerClass::NativeLibrary, "builds with cgo (CGO_ENABLED=1): TinyGo and wasip1 have no cgo", pair.span);
    } else if (const auto* signal = knowledge::find_environment_signal(pair.key.value)) {
      out.add(signal->kind, "sets " + pair.key.value + ": " + std::string(signal->why), pair.span);
    }
  }
}

bool gpu_base(const ir::ImageRef& base) {
  std::string_view repository = base.repository;
  std::string_view tag = base.tag;
  return repository.find("nvidia/") != std::string_view::npos || repository.ends_with("/cuda") ||
         tag.find("cuda") != std::string_view::npos || tag.find("gpu") != std::string_view::npos;
}

const ir::Command* run_command(const ir::ImageConfig& image) {
  if (image.entrypoint != nullptr && image.entrypoint->command() != nullptr) return image.entrypoint->command();
  if (image.cmd != nullptr) return image.cmd->command();
  return nullptr;
}

// The program the image starts and where it is written.
std::optional<ir::Text> started_program(const ir::Command& command) {
  if (command.form == ir::Command::Form::Exec) {
    if (command.exec_args.empty()) return std::nullopt;
    return command.exec_args.front();
  }
  for (const auto& simple : command.script.commands) {
    if (!simple.argv.empty()) return ir::Text{simple.argv.front().value, simple.argv.front().span};
  }
  return std::nullopt;
}

void check_command(const ir::Command& command, Collector& out) {
  if (command.form == ir::Command::Form::Shell && command.script.commands.size() > 1) {
    out.add(BlockerClass::ProcessSpawning,
            "the command is a shell script of " + std::to_string(command.script.commands.size()) +
                " commands: WASI components have no shell to run it",
            command.span);
    return;
  }
  auto program = started_program(command);
  if (!program) return;
  if (const auto* spawner = knowledge::find_process_spawner(program->value)) {
    out.add(spawner->kind, "starts " + program->value + ": " + std::string(spawner->why), program->span);
  }
}

bool wasm_platform(const ir::Stage& stage) {
  for (const auto& flag : stage.flags) {
    if (flag.name != "platform" || !flag.value) continue;
    const std::string& value = flag.value->value;
    if (value.find("wasi") != std::string::npos || value.find("wasm") != std::string::npos) return true;
  }
  return false;
}

bool already_wasm(const ImageInputs& in) {
  if (in.image == nullptr) return false;
  for (std::size_t index : in.image->stage_chain) {
    if (index < in.build->stages.size() && wasm_platform(in.build->stages[index])) return true;
  }
  const ir::Command* command = run_command(*in.image);
  if (command == nullptr) return false;
  auto program = started_program(*command);
  return program && program->value.ends_with(".wasm");
}

}  // namespace

Assessment assess_image(const ImageInputs& in) {
  Assessment out;
  out.name = in.path;
  out.kind = AssessedKind::Image;
  out.path = in.path;
  const ir::BuildDefinition& build = *in.build;
  std::size_t target = in.image ? in.image->target_stage : build.stages.empty() ? 0 : build.stages.size() - 1;
  if (target < build.stages.size()) out.line = build.stages[target].span.start.line;

  LanguageDetection language = detect_language(build, in.image, in.context);
  out.language = language.language;
  if (language.toolchain != nullptr) out.toolchain = std::string(language.toolchain->toolchain);
  std::optional<knowledge::ByteRange> docker_size;
  if (in.size != nullptr) docker_size = in.size->final().total;

  if (language.toolchain != nullptr && language.toolchain->available) {
    out.wasi = SideEstimate{language.toolchain->component_size, language.toolchain->startup_ms};
  }
  if (already_wasm(in)) {
    // The image is the module. The size estimate of what a build stage produces assumes a native binary,
    // so the toolchain's figure for a module is the better one; the estimate serves when there is none.
    out.verdict = Verdict::Wasi;
    out.already_wasm = true;
    if (!out.wasi.size && docker_size && docker_size->high > 0) out.wasi.size = docker_size;
    if (out.wasi.startup_ms == 0) out.wasi.startup_ms = kUnknownComponentStartupMs;
    out.docker = out.wasi;
    return out;
  }

  Collector reasons{in.path, {}};
  // The image at the bottom of the final stage's chain: a database, broker or proxy extended with config.
  const knowledge::InfrastructureImage* infrastructure = nullptr;
  if (in.image != nullptr && !in.image->stage_chain.empty()) {
    const ir::Stage& bottom = build.stages[in.image->stage_chain.back()];
    infrastructure = knowledge::find_infrastructure_image(bottom.base);
    if (infrastructure != nullptr) {
      std::string what(knowledge::infrastructure_kind_name(infrastructure->kind));
      reasons.add(infrastructure->stateful ? BlockerClass::Stateful : BlockerClass::Infrastructure,
                  "extends " + bottom.base_text.value + ", off-the-shelf " + what +
                      (infrastructure->stateful ? " (stateful)" : "") + ": " + std::string(infrastructure->why),
                  bottom.base_text.span);
    }
  }
  std::vector<bool> built = knowledge::stages_for_target(build, target);
  for (const auto& stage : build.stages) {
    if (stage.index < built.size() && !built[stage.index]) continue;  // not built for this target
    if (!stage.base_stage && gpu_base(stage.base)) {
      reasons.add(BlockerClass::Gpu, "builds on " + stage.base_text.value + ", a GPU image: WASI has no GPU access",
                  stage.base_text.span);
    }
    for (const auto& op : stage.ops) {
      if (const auto* run = op.as<ir::RunOp>()) check_run(*run, reasons);
      if (const auto* env = op.as<ir::EnvOp>()) check_env(env->pairs, reasons);
    }
  }
  if (in.image != nullptr) {
    if (const ir::Command* command = run_command(*in.image)) check_command(*command, reasons);
  }
  if (in.context != nullptr) {
    for (auto& reason : native_dependencies_in_context(*in.context)) reasons.reasons.push_back(std::move(reason));
  }
  if (!out.language.empty() && (language.toolchain == nullptr || !language.toolchain->available)) {
    std::string why = language.toolchain != nullptr ? std::string(language.toolchain->why)
                                                    : "no WASI component toolchain is known for it";
    reasons.reasons.push_back(
        Reason{BlockerClass::NoToolchain, "written in " + out.language + ": " + why, in.path, out.line, Span{}});
  } else if (out.language.empty() && infrastructure == nullptr) {
    reasons.reasons.push_back(Reason{BlockerClass::NoToolchain,
                                     "no language detected (no language base image, build tool or manifest), so "
                                     "no WASI toolchain to build it with",
                                     in.path, out.line, Span{}});
  }
  std::stable_sort(reasons.reasons.begin(), reasons.reasons.end(),
                   [](const Reason& a, const Reason& b) { return a.kind < b.kind; });
  out.reasons = std::move(reasons.reasons);

  if (infrastructure != nullptr) {
    out.verdict = Verdict::Bridge;
  } else if (!out.reasons.empty()) {
    out.verdict = Verdict::Blocked;
  } else {
    out.verdict = Verdict::Wasi;
  }
  out.docker =
      SideEstimate{docker_size, infrastructure != nullptr && infrastructure->stateful ? kStatefulContainerStartupMs
                                                                                      : kContainerStartupMs};
  return out;
}

}  // namespace dlint::portability
