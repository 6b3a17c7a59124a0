#include "portability/language.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "knowledge/language_signals.hpp"
#include "knowledge/stage_chain.hpp"

namespace dlint::portability {
namespace {

class Tally {
 public:
  void add(const knowledge::LanguageSignal* signal) {
    if (signal == nullptr) return;
    std::string language(signal->language);
    if (scores_.find(language) == scores_.end()) order_.push_back(language);
    scores_[language] += signal->weight;
  }
  [[nodiscard]] std::string best() const {
    std::string best;
    int best_score = 0;
    for (const auto& language : order_) {
      int score = scores_.at(language);
      if (score > best_score) {
        best = language;
        best_score = score;
      }
    }
    if (best == "javascript" && scores_.count("typescript")) return "typescript";
    if (best == "c" && scores_.count("c++")) return "c++";
    return best;
  }

 private:
  std::map<std::string, int> scores_;
  std::vector<std::string> order_;  // first seen first, for ties
};

void add_command(Tally& tally, const ir::Command& command) {
  if (command.form == ir::Command::Form::Exec) {
    if (!command.exec_args.empty()) tally.add(knowledge::program_language(command.exec_args.front().value));
    return;
  }
  for (const auto& simple : command.script.commands) {
    if (!simple.argv.empty()) tally.add(knowledge::program_language(simple.argv.front().value));
  }
}

}  // namespace

LanguageDetection detect_language(const ir::BuildDefinition& build, const ir::ImageConfig* image,
                                  const ir::BuildContext* context) {
  Tally tally;
  // Only the stages `docker build` runs for the image's target count.
  std::vector<bool> built = knowledge::stages_for_target(build, image != nullptr ? image->target_stage : SIZE_MAX);
  for (const auto& stage : build.stages) {
    if (stage.index < built.size() && !built[stage.index]) continue;
    if (!stage.base_stage && !stage.base.scratch) tally.add(knowledge::base_image_language(stage.base.repository));
    for (const auto& op : stage.ops) {
      if (const auto* run = op.as<ir::RunOp>()) add_command(tally, run->command);
    }
  }
  if (image != nullptr) {
    if (image->entrypoint != nullptr && image->entrypoint->command() != nullptr) {
      add_command(tally, *image->entrypoint->command());
    } else if (image->cmd != nullptr && image->cmd->command() != nullptr) {
      add_command(tally, *image->cmd->command());
    }
  }
  if (context != nullptr && context->fs() != nullptr) {
    std::size_t count = 0;
    const knowledge::LanguageSignal* manifests = knowledge::manifest_signals(count);
    for (std::size_t i = 0; i < count; ++i) {
      std::string name(manifests[i].key);
      if (context->excluded(name)) continue;
      auto stat = context->fs()->stat(context->disk_path(name));
      if (stat && stat->type == FileType::Regular) tally.add(&manifests[i]);
    }
  }
  LanguageDetection out;
  out.language = tally.best();
  if (!out.language.empty()) out.toolchain = knowledge::find_wasi_toolchain(out.language);
  return out;
}

std::string normalize_language(std::string_view declared) {
  std::string lower;
  for (char c : declared) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::map<std::string, std::string, std::less<>> aliases = {
      {"rs", "rust"},         {"golang", "go"},     {"tinygo", "go"},   {"py", "python"},  {"js", "javascript"},
      {"node", "javascript"}, {"ts", "typescript"}, {"cpp", "c++"},     {"cxx", "c++"},    {"c#", "dotnet"},
      {"csharp", "dotnet"},   {"cs", "dotnet"},     {".net", "dotnet"}, {"net", "dotnet"},
  };
  if (auto it = aliases.find(lower); it != aliases.end()) return it->second;
  return lower;
}

}  // namespace dlint::portability
