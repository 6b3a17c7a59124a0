// COR210: a run.toml component declares a language its source is not written in.
#include <algorithm>

#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/wasi_languages.hpp"
#include "source/file_system.hpp"

namespace dlint::rules {
namespace {

class RunTomlLanguageMismatch final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "COR210",
        .name = "run-toml-language-mismatch",
        .family = "correctness",
        .severity = Severity::Error,
        .kinds = {InputKind::RunToml},
        .summary = "A component's language does not match its source",
        .rationale =
            "The runtime builds a component with the toolchain of its declared `language`, so a Go source "
            "declared as `rust` fails to build. dlint reads the source's file extension, or for a "
            "directory (or a file with an unknown extension) the manifest beside it: Cargo.toml, go.mod, "
            "package.json, pyproject.toml, ..., looked for from the source's directory up to the project's.",
        .bad_example = "[components.api]\nsource = \"main.go\"\nlanguage = \"rust\"\n",
        .good_example = "[components.api]\nsource = \"main.go\"\nlanguage = \"go\"\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application) return;
    for (const auto& service : ctx.application->services) {
      if (!service.component || !service.component->language || !service.component->source) continue;
      const ir::WasiComponent& c = *service.component;
      const knowledge::WasiLanguage* declared = knowledge::find_wasi_language(c.language->value);
      if (!declared) continue;  // run-toml-unknown-language
      std::string evidence;
      std::vector<const knowledge::WasiLanguage*> found = from_extension(c.source->value, evidence);
      if (found.empty() && ctx.fs) found = from_manifest(*ctx.fs, c, ctx.application->project_dir, evidence);
      if (found.empty() || std::find(found.begin(), found.end(), declared) != found.end()) continue;
      ctx.report(c.language->span, "component " + service.name.value + " declares `" + c.language->value + "`, but " +
                                       evidence + " says " + std::string(found.front()->name));
    }
  }

 private:
  static std::vector<const knowledge::WasiLanguage*> from_extension(const std::string& path, std::string& evidence) {
    auto slash = path.rfind('/');
    auto dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot + 1 == path.size()) return {};
    evidence = "the source's extension ." + path.substr(dot + 1);
    return knowledge::languages_of_extension(path.substr(dot + 1));
  }

  static std::vector<const knowledge::WasiLanguage*> from_manifest(const FileSystem& fs, const ir::WasiComponent& c,
                                                                   const std::string& project_dir,
                                                                   std::string& evidence) {
    auto stat = fs.stat(c.resolved_source);
    if (!stat) return {};
    std::string dir = stat->type == FileType::Directory ? c.resolved_source : parent_path(c.resolved_source);
    std::string stop = normalize_path(project_dir);
    for (int depth = 0; depth < 32; ++depth) {
      // Every manifest of the nearest directory that has one: a Cargo.toml beside a package.json allows both.
      std::vector<const knowledge::WasiLanguage*> found;
      for (const auto& entry : fs.list(dir)) {
        auto more = knowledge::languages_of_manifest(entry.name);
        if (more.empty()) continue;
        if (found.empty()) evidence = join_path(dir, entry.name);
        found.insert(found.end(), more.begin(), more.end());
      }
      if (!found.empty()) return found;
      if (normalize_path(dir) == stop || dir == "." || dir == "/") break;
      dir = parent_path(dir);
    }
    return {};
  }
};

}  // namespace

DLINT_REGISTER_RULE(RunTomlLanguageMismatch);

}  // namespace dlint::rules
