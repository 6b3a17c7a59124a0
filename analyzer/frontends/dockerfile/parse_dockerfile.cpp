// The Dockerfile frontend: pre-scan (directives, continuations, comments, heredocs) -> one ANTLR parse of
// the normalized text -> lowering of each instruction -> stages. See prescan.hpp and the grammars.
#include "frontends/dockerfile/parse_dockerfile.hpp"

#include <algorithm>
#include <exception>

#include "frontends/dockerfile/dockerfile_tree.hpp"
#include "frontends/dockerfile/lowering.hpp"
#include "frontends/dockerfile/prescan.hpp"
#include "source/limits.hpp"

namespace dlint::frontends {
namespace {

using namespace dockerfile;

// The parser gets the normalized text with rejected lines blanked out (same length, so offsets hold).
std::string parser_input(const NormalizedDockerfile& normalized) {
  std::string input = normalized.text.text();
  for (const auto& line : normalized.lines) {
    if (line.rejected) std::fill(input.begin() + line.text_begin, input.begin() + line.text_end, ' ');
  }
  return input;
}

void place(ir::BuildDefinition& build, LoweredInstruction lowered) {
  if (auto* stage = std::get_if<ir::Stage>(&lowered.item)) {
    stage->index = build.stages.size();
    if (!stage->base_text.value.empty()) stage->base_stage = build.stage_index(stage->base_text.value, stage->index);
    build.stages.push_back(std::move(*stage));
  } else {
    auto& op = std::get<ir::Op>(lowered.item);
    if (!build.stages.empty()) {
      build.stages.back().ops.push_back(std::move(op));
    } else if (op.kind == ir::OpKind::Arg) {
      build.global_args.push_back(std::move(op));
    } else {
      if (!lowered.error) {
        lowered.error = ir::SyntaxError{
            op.keyword.value + " comes before the first FROM; only ARG may come before FROM", op.keyword.span};
      }
      build.orphan_ops.push_back(std::move(op));
    }
  }
  if (lowered.error) build.errors.push_back(std::move(*lowered.error));
}

void read_file(const SourceFile& file, ir::BuildDefinition& build) {
  NormalizedDockerfile normalized = prescan(file);
  build.directives = std::move(normalized.directives);
  build.comments = std::move(normalized.comments);
  build.escape = normalized.escape;
  build.errors = std::move(normalized.errors);

  bool any_rejected = std::any_of(normalized.lines.begin(), normalized.lines.end(),
                                  [](const LogicalLine& line) { return line.rejected.has_value(); });
  std::string blanked = any_rejected ? parser_input(normalized) : std::string();
  DockerfileTree tree(any_rejected ? std::string_view(blanked) : std::string_view(normalized.text.text()),
                      normalized.escape == '`');
  for (const auto& error : tree.errors()) {
    build.errors.push_back({error.message, normalized.text.span(file, error.begin, error.end)});
  }

  // Match the parsed lines to the pre-scanned ones by offset.
  std::vector<Parser::InstructionContext*> parsed(normalized.lines.size(), nullptr);
  for (auto* line : tree.root()->line()) {
    auto* instruction = line->instruction();
    if (instruction == nullptr) continue;
    std::uint32_t at = start_of(instruction->getStart());
    auto it = std::upper_bound(normalized.lines.begin(), normalized.lines.end(), at,
                               [](std::uint32_t offset, const LogicalLine& l) { return offset < l.text_begin; });
    if (it == normalized.lines.begin()) continue;
    auto index = static_cast<std::size_t>(it - normalized.lines.begin() - 1);
    if (parsed[index] == nullptr) parsed[index] = instruction;
  }

  Lowering lowering(file, normalized);
  for (std::size_t i = 0; i < normalized.lines.size(); ++i) {
    const LogicalLine& line = normalized.lines[i];
    if (parsed[i] != nullptr && !line.rejected) {
      place(build, lowering.lower(parsed[i], line));
    } else {
      LoweredInstruction lowered = lowering.lower_rejected(line);
      if (!lowered.error) {
        lowered.error = ir::SyntaxError{"this instruction could not be read", std::get<ir::Op>(lowered.item).span};
      }
      place(build, std::move(lowered));
    }
  }

  if (normalized.lines.empty()) {
    auto end = static_cast<std::uint32_t>(file.text().size());
    build.errors.push_back({"the file has no instructions", file.span(end, end)});
  } else if (build.stages.empty() && build.orphan_ops.empty()) {
    build.errors.push_back(
        {"the file has no FROM instruction, so there is no stage to build", build.global_args.back().span});
  }
}

}  // namespace

ir::BuildDefinition parse_dockerfile(const SourceFile& file) {
  ir::BuildDefinition build;
  if (file.text().size() > limits::max_file_bytes) {
    build.errors.push_back({"the file is larger than " +
                                std::to_string(limits::max_file_bytes / (std::size_t{1024} * 1024)) +
                                " MiB and is not read",
                            file.span(0, 0)});
    return build;
  }
  try {
    read_file(file, build);
  } catch (const std::exception& e) {
    // Not expected: the grammar accepts any input. Reported rather than thrown, as for any input problem.
    build.errors.push_back({std::string("internal error while reading the Dockerfile: ") + e.what(), file.span(0, 0)});
  }
  std::stable_sort(build.errors.begin(), build.errors.end(),
                   [](const ir::SyntaxError& a, const ir::SyntaxError& b) { return a.span.begin < b.span.begin; });
  return build;
}

}  // namespace dlint::frontends
