#include "rules/support/context_copies.hpp"

#include <cstdio>

#include "context/ignore_matcher.hpp"

#include "rules/support/add_sources.hpp"

namespace dlint::rules {

std::vector<ContextSource> context_sources(const ir::BuildDefinition& build) {
  std::vector<ContextSource> out;
  for (const auto& stage : build.stages) {
    for (const auto& op : stage.ops) {
      if (op.kind != ir::OpKind::Copy && op.kind != ir::OpKind::Add) continue;
      if (op.flag("from") != nullptr) continue;
      const auto* copy = op.as<ir::CopyOp>();
      if (copy == nullptr) continue;
      std::vector<std::string> excludes;
      for (const auto& flag : op.flags) {
        if (flag.name == "exclude" && flag.value) excludes.push_back(flag.value->value);
      }
      for (const auto& source : copy->sources) {
        const std::string& value = source.value;
        if (value.empty() || value.starts_with("<<") || is_remote_source(value)) continue;
        if (value.find('$') != std::string::npos) continue;
        std::string path = context::clean_path(value);
        if (path.size() > 1 && path.front() == '/') path.erase(0, 1);
        if (path == "/") path = ".";
        if (path == ".." || path.starts_with("../")) continue;  // outside the context: BuildKit refuses it
        bool wildcard = path.find_first_of("*?[") != std::string::npos;
        out.push_back({&op, stage.index, &source, std::move(path), wildcard, excludes});
      }
    }
  }
  return out;
}

bool copies_whole_context(const ContextSource& source) {
  return source.path == "." || source.path == "*";
}

std::vector<const ir::ContextEntry*> copied_entries(const ir::ContextWalk& walk, const ContextSource& source) {
  std::vector<const ir::ContextEntry*> out;
  // --exclude patterns follow the .dockerignore syntax and apply to paths relative to the source.
  std::vector<context::IgnorePattern> patterns;
  for (const auto& exclude : source.excludes) {
    if (auto line = context::read_ignore_line(exclude)) patterns.emplace_back(*line);
  }
  context::IgnoreMatcher excluded(std::move(patterns));
  const bool whole = source.path == ".";
  const std::string base = whole || source.wildcard ? "" : source.path + "/";
  // COPY's wildcards follow filepath.Match, which for these purposes is the ignore-pattern glob.
  std::optional<context::IgnorePattern> pattern;
  if (!whole) pattern.emplace(source.path);
  for (const auto& entry : walk.entries) {
    if (!entry.sent || (pattern && !pattern->matches_or_parent(entry.path))) continue;
    if (!excluded.patterns().empty()) {
      std::string_view relative = entry.path;
      if (!base.empty() && relative.starts_with(base)) relative.remove_prefix(base.size());
      if (excluded.excluded(relative)) continue;
    }
    out.push_back(&entry);
  }
  return out;
}

std::string describe_copy(const ir::Op& op) {
  std::string text = op.keyword.value;
  for (std::size_t i = 0; i < op.args.size() && i < 4; ++i) text += " " + op.args[i].value;
  if (op.args.size() > 4) text += " ...";
  return "`" + text + "`, line " + std::to_string(op.span.start.line);
}

std::string human_size(std::uint64_t bytes) {
  char buffer[32];
  if (bytes < 1024) {
    std::snprintf(buffer, sizeof buffer, "%llu B", static_cast<unsigned long long>(bytes));
  } else if (bytes < 1024ull * 1024) {
    std::snprintf(buffer, sizeof buffer, "%.1f KiB", static_cast<double>(bytes) / 1024);
  } else if (bytes < 1024ull * 1024 * 1024) {
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f GiB", static_cast<double>(bytes) / (1024.0 * 1024 * 1024));
  }
  return buffer;
}

}  // namespace dlint::rules
