#include "ir/build_definition.hpp"
#include "support/ascii_case.hpp"

#include <algorithm>
#include <cctype>

namespace dlint::ir {

std::string_view op_kind_name(OpKind kind) {
  switch (kind) {
    case OpKind::Run: return "RUN";
    case OpKind::Copy: return "COPY";
    case OpKind::Add: return "ADD";
    case OpKind::Env: return "ENV";
    case OpKind::Arg: return "ARG";
    case OpKind::Label: return "LABEL";
    case OpKind::Workdir: return "WORKDIR";
    case OpKind::User: return "USER";
    case OpKind::Expose: return "EXPOSE";
    case OpKind::Volume: return "VOLUME";
    case OpKind::Healthcheck: return "HEALTHCHECK";
    case OpKind::Cmd: return "CMD";
    case OpKind::Entrypoint: return "ENTRYPOINT";
    case OpKind::Shell: return "SHELL";
    case OpKind::StopSignal: return "STOPSIGNAL";
    case OpKind::Onbuild: return "ONBUILD";
    case OpKind::Maintainer: return "MAINTAINER";
    case OpKind::Unknown: return "UNKNOWN";
  }
  return "UNKNOWN";
}

std::optional<std::string_view> Mount::option(std::string_view key) const {
  for (const auto& [k, v] : options) {
    if (k == key) return std::string_view(v);
  }
  return std::nullopt;
}

const Flag* Op::flag(std::string_view name) const {
  for (const auto& f : flags) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const Command* Op::command() const {
  if (const auto* run = as<RunOp>()) return &run->command;
  if (const auto* cmd = as<CmdOp>()) return &cmd->command;
  if (const auto* entry = as<EntrypointOp>()) return &entry->command;
  if (const auto* hc = as<HealthcheckOp>()) return hc->command ? &*hc->command : nullptr;
  return nullptr;
}

const Directive* BuildDefinition::directive(std::string_view name) const {
  for (const auto& d : directives) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

std::optional<std::size_t> BuildDefinition::stage_index(std::string_view name, std::size_t before) const {
  for (std::size_t i = 0; i < stages.size() && i < before; ++i) {
    if (stages[i].name && iequals(stages[i].name->value, name)) return i;
  }
  return std::nullopt;
}

std::vector<Span> BuildDefinition::instruction_spans() const {
  std::vector<Span> spans;
  for (const auto& op : orphan_ops) spans.push_back(op.span);
  for (const auto& op : global_args) spans.push_back(op.span);
  for (const auto& stage : stages) {
    spans.push_back(stage.span);
    for (const auto& op : stage.ops) spans.push_back(op.span);
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return spans;
}

}  // namespace dlint::ir
