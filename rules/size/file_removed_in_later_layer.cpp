// SIZE182: a file added in one layer and deleted in a later one still takes its bytes in the image.
#include <optional>
#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "ir/image_config.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/image_size.hpp"
#include "knowledge/stage_chain.hpp"

namespace dlint::rules {
namespace {

constexpr std::uint64_t kWorthReporting = 1'000'000;  // bytes: below this the layer is noise

struct Added {
  std::string path;  // in the image, absolute
  const ir::Op* op;  // the instruction whose layer holds it
};

std::string last_component(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  auto slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool under(std::string_view path, std::string_view directory) {
  return path.size() > directory.size() && path.substr(0, directory.size()) == directory &&
         (directory == "/" || path[directory.size()] == '/');
}

// The paths COPY/ADD writes: the destination, or destination/basename for each source copied into a
// directory. ADD of an archive unpacks it, and ADD of a URL keeps the URL's name.
std::vector<std::string> copy_targets(const ir::CopyOp& copy, const std::string& workdir) {
  std::vector<std::string> out;
  std::string destination = knowledge::resolve_image_path(workdir, copy.destination.value);
  bool into_directory = copy.destination.value.ends_with("/") || copy.sources.size() + copy.heredocs.size() > 1;
  for (const auto& heredoc : copy.heredocs) {
    out.push_back(into_directory ? knowledge::resolve_image_path(destination, heredoc.delimiter) : destination);
  }
  for (const auto& source : copy.sources) {
    if (source.value.find_first_of("*?[$") != std::string::npos || source.value.rfind("<<", 0) == 0) continue;
    out.push_back(into_directory ? knowledge::resolve_image_path(destination, last_component(source.value))
                                 : destination);
  }
  return out;
}

class FileRemovedInLaterLayer final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE182",
        .name = "file-removed-in-later-layer",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "A file added by one instruction is deleted by a later RUN, so its bytes stay in the image",
        .rationale =
            "Every instruction is a layer, and an image is the stack of all its layers. Deleting a file in a "
            "later RUN only hides it: the layer that added it still ships it, so `COPY big.tar /tmp/` followed "
            "by `RUN tar xf /tmp/big.tar && rm /tmp/big.tar` carries big.tar twice over (once packed in the "
            "COPY layer, once unpacked). Download, use and delete in one RUN, mount the file for the RUN that "
            "needs it (`RUN --mount=type=bind,source=big.tar,target=/tmp/big.tar`), or do the work in a build "
            "stage and copy only the result. Files COPYed or ADDed and files downloaded with `curl -o` / "
            "`wget` are tracked; only stages that end up in the final image are checked, and files whose layer "
            "measures under 1 MB (setup scripts) are not reported.",
        .bad_example =
            "FROM debian:bookworm-slim\nCOPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz -C /opt\n"
            "RUN rm /tmp/app.tar.gz\n",
        .good_example =
            "FROM debian:bookworm-slim\n"
            "RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar xzf /tmp/app.tar.gz -C /opt\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    const auto in_image = knowledge::final_image_stages(*ctx.build, ctx.image);
    std::vector<std::vector<Added>> added(ctx.build->stages.size());
    std::vector<std::string> workdirs(ctx.build->stages.size(), "/");
    for (const auto& stage : ctx.build->stages) {
      std::vector<Added>& mine = added[stage.index];
      std::string& workdir = workdirs[stage.index];
      if (stage.base_stage && *stage.base_stage < stage.index) {
        mine = added[*stage.base_stage];
        workdir = workdirs[*stage.base_stage];
      }
      for (const auto& op : stage.ops) {
        if (const auto* w = op.as<ir::WorkdirOp>()) workdir = knowledge::resolve_image_path(workdir, w->path.value);
        if (const auto* copy = op.as<ir::CopyOp>()) {
          for (auto& path : copy_targets(*copy, workdir)) mine.push_back({std::move(path), &op});
        }
        const auto* run = op.as<ir::RunOp>();
        if (!run) continue;
        // Deletions first: a RUN that downloads and deletes the same file is the right way to do it.
        if (in_image[stage.index]) report_removals(ctx, *run, workdir, mine);
        for (const auto& command : run->command.script.commands) {
          if (command.in_substitution) continue;
          for (const auto& target : knowledge::download_targets(command)) {
            mine.push_back({knowledge::resolve_image_path(workdir, target), &op});
          }
        }
      }
    }
  }

 private:
  static void report_removals(RuleContext& ctx, const ir::RunOp& run, const std::string& workdir,
                              std::vector<Added>& added) {
    for (const auto& command : run.command.script.commands) {
      if (command.in_substitution || command.argv.empty()) continue;
      std::size_t program = knowledge::effective_program_index(command);
      if (program >= command.argv.size() || knowledge::program_basename(command.argv[program].value) != "rm") continue;
      bool options_done = false;
      for (std::size_t i = program + 1; i < command.argv.size(); ++i) {
        const ir::ShellWord& word = command.argv[i];
        if (!options_done && word.value == "--") {
          options_done = true;
          continue;
        }
        if (!options_done && word.value.size() > 1 && word.value[0] == '-') continue;
        if (word.has_expansion || word.value.find_first_of("*?[") != std::string::npos) continue;
        std::string path = knowledge::resolve_image_path(workdir, word.value);
        for (auto it = added.begin(); it != added.end(); ++it) {
          if (it->path != path && !under(it->path, path)) continue;
          auto size = layer_size(ctx, *it->op);
          // A measured small file (a setup script) is not worth a layer of its own: stay quiet.
          if (!size || size->high >= kWorthReporting) ctx.report(word.span, message(*it, size));
          added.erase(it);
          break;
        }
      }
    }
  }

  static std::optional<knowledge::ByteRange> layer_size(const RuleContext& ctx, const ir::Op& op) {
    if (!ctx.image_size) return std::nullopt;
    for (const auto& stage : ctx.image_size->stages) {
      for (const auto& layer : stage.layers) {
        if (layer.span.begin == op.span.begin) return layer.size;
      }
    }
    return std::nullopt;
  }

  static std::string message(const Added& added, const std::optional<knowledge::ByteRange>& size) {
    return added.path + " was added by the " + std::string(ir::op_kind_name(added.op->kind)) + " on line " +
           std::to_string(added.op->span.start.line) +
           "; deleting it in a later layer does not shrink the image, that layer still holds it" +
           (size ? " (about " + knowledge::format_range(*size) + ")" : std::string()) +
           ". Add, use and delete it in one RUN, or bind-mount it";
  }
};

}  // namespace

DLINT_REGISTER_RULE(FileRemovedInLaterLayer);

}  // namespace dlint::rules
