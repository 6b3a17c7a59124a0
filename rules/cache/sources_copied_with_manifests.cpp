// CACHE021: the COPY that brings a dependency manifest also brings source code, so a source edit re-runs
// the dependency install.
#include <algorithm>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/dependency_installs.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

std::string_view base_name(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  auto slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// `*` and `?` as COPY's globs read them, within one path component.
bool glob_match(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Whether the source names (or matches) one of the install's manifests.
bool is_manifest(std::string_view source, const knowledge::DependencyInstall& install) {
  std::string_view name = base_name(source);
  return std::any_of(install.manifests.begin(), install.manifests.end(),
                     [&](const std::string& manifest) { return glob_match(name, base_name(manifest)); });
}

bool names_manifest(const ir::CopyOp& copy, const knowledge::DependencyInstall& install) {
  return std::any_of(copy.sources.begin(), copy.sources.end(),
                     [&](const ir::Text& source) { return is_manifest(source.value, install); });
}

class SourcesCopiedWithManifests final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "CACHE021",
        .name = "sources-copied-with-manifests",
        .family = "cache",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "Source code is copied together with the dependency manifests",
        .rationale =
            "Copying the manifest and lock file alone before the dependency install keeps the install layer "
            "cached until the dependencies change. When the same COPY also brings source code (`COPY "
            "package.json src/ ./`, `COPY go.mod go.sum main.go ./`), every edit of that code invalidates the "
            "COPY and the install after it runs again. Copy the sources in a COPY after the install. Only "
            "directories and files with a source-code extension count as sources; configuration the install "
            "reads (`.npmrc`, `README.md` for poetry, ...) is fine next to the manifest. The whole-context "
            "copy (`COPY . .`) is CACHE001's.",
        .bad_example = "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json src/ ./\nRUN npm ci\n",
        .good_example =
            "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY src/ ./src/\n",
        .fixable = false,
        .aliases = {},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (std::size_t i = 0; i < stage.ops.size(); ++i) {
        const auto* run = stage.ops[i].as<ir::RunOp>();
        if (!run) continue;
        for (const auto& command : run->command.script.commands) {
          auto install = knowledge::dependency_install(command);
          if (!install || install->also_builds) continue;
          // The latest COPY before the install that brings one of its manifests.
          for (std::size_t j = i; j-- > 0;) {
            const ir::Op& op = stage.ops[j];
            const auto* copy = op.as<ir::CopyOp>();
            if (!copy || (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add) || op.flag("from")) continue;
            if (!names_manifest(*copy, *install)) continue;
            for (const auto& source : copy->sources) {
              if (!knowledge::looks_like_source_code(source.value) || is_manifest(source.value, *install)) continue;
              ctx.report(source.span,
                         concat({"`", source.value, "` is copied with the manifests, so editing it re-runs `",
                                 command.program(), "` on line ", std::to_string(command.span.start.line),
                                 "; copy it after the install"}));
            }
            break;
          }
          break;
        }
      }
    }
  }
};

}  // namespace

DLINT_REGISTER_RULE(SourcesCopiedWithManifests);

}  // namespace dlint::rules
