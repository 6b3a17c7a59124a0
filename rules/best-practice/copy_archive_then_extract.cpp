// BP037: a local tar archive COPYed into the image and then extracted by a RUN: ADD extracts it in one step.
#include <array>
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/command_line.hpp"
#include "rules/support/edits.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {
namespace {

constexpr std::array<std::string_view, 9> kTarSuffixes = {".tar",    ".tar.gz", ".tgz",     ".tar.bz2", ".tbz2",
                                                          ".tar.xz", ".txz",    ".tar.zst", ".tar.lz"};
constexpr std::array<std::string_view, 6> kTarValues = {"f", "file", "C", "directory", "T", "files-from"};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool tar_archive(std::string_view path) {
  for (std::string_view suffix : kTarSuffixes) {
    if (ends_with(path, suffix)) return true;
  }
  return false;
}

// True when `tar` is asked to extract: -x, --extract, --get, or the old bundled form "xzf" / "-xzf".
bool extracts(const ir::SimpleCommand& command, std::size_t index) {
  if (index + 1 < command.argv.size()) {
    std::string_view first = command.argv[index + 1].value;
    if (!first.empty() && first.front() != '-' && first.find('x') != std::string_view::npos &&
        first.find_first_not_of("xzjJvfpoOkmWaS") == std::string_view::npos) {
      return true;
    }
  }
  auto args = knowledge::parse_args(command, index + 1, knowledge::OptionSpec{kTarValues});
  return knowledge::has_option(args, {"x", "extract", "get"});
}

struct Copied {
  const ir::Text* source;
  std::string_view name;  // file name without directories
  std::size_t stage;
};

class CopyArchiveThenExtract final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP037",
        .name = "copy-archive-then-extract",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "a local tar archive is COPYed and then extracted with tar in a RUN",
        .rationale =
            "`COPY app.tar.gz /tmp/` followed by `RUN tar -xzf /tmp/app.tar.gz` stores the archive in one "
            "layer and its contents in another, so the image carries both. `ADD app.tar.gz /opt/` extracts a "
            "local tar archive (plain, gzip, bzip2 or xz) straight into the destination in a single layer. "
            "Alternatively bind-mount it for the one RUN: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/"
            "app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt`. Only archives copied from the build context and "
            "extracted by a later RUN of the same stage are reported.",
        .bad_example = "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n",
        .good_example = "ADD app.tar.gz /opt/\n",
        .aliases = {"DL3010"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    std::vector<Copied> copied;
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) {
        const auto* copy = op.as<ir::CopyOp>();
        if (!copy || op.kind != ir::OpKind::Copy || op.flag("from")) continue;
        for (const auto& source : copy->sources) {
          if (!tar_archive(source.value) || source.value.find('$') != std::string::npos) continue;
          copied.push_back({&source, knowledge::program_basename(source.value), stage.index});
        }
      }
    }
    if (copied.empty()) return;
    std::vector<bool> reported(copied.size(), false);
    for_each_run(*ctx.build, [&](const RunInstruction& run) {
      for (const auto& command : run.script.commands) {
        const std::size_t index = knowledge::effective_program_index(command);
        if (index >= command.argv.size() || knowledge::program_basename(command.argv[index].value) != "tar") continue;
        if (!extracts(command, index)) continue;
        for (std::size_t i = 0; i < copied.size(); ++i) {
          if (reported[i] || copied[i].stage != run.stage || copied[i].source->span.begin > run.op.span.begin) continue;
          for (std::size_t w = index + 1; w < command.argv.size(); ++w) {
            if (knowledge::program_basename(command.argv[w].value) != copied[i].name) continue;
            reported[i] = true;
            ctx.report(copied[i].source->span,
                       concat({"`", copied[i].source->value,
                               "` is copied and then extracted in a RUN, so the image keeps both; ADD extracts a "
                               "local tar archive in one layer"}));
            break;
          }
        }
      }
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(CopyArchiveThenExtract);

}  // namespace dlint::rules
