#include "reporters/common/reports_by_file.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

#include "engine/rule.hpp"

namespace dlint::reporters {
namespace {

// A copy of `source` with every secret span's bytes replaced by '*' (offsets and lines unchanged).
std::shared_ptr<const SourceFile> masked(const std::shared_ptr<const SourceFile>& source,
                                         const std::vector<const Finding*>& findings) {
  std::string text(source->text());
  bool changed = false;
  for (const Finding* f : findings) {
    for (const Span& secret : f->secrets) {
      for (std::uint32_t i = secret.begin; i < secret.end && i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') text[i] = '*';
      }
      changed = changed || secret.end > secret.begin;
    }
  }
  if (!changed) return source;
  return std::make_shared<SourceFile>(source->id(), source->path(), std::move(text));
}

void sort_by_position(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.span.begin, a.span.end, a.rule->id) < std::tie(b.span.begin, b.span.end, b.rule->id);
  });
}

}  // namespace

RunResult reports_by_file(const RunResult& run) {
  RunResult out;
  out.files = run.files;
  out.thresholds = run.thresholds;
  std::map<std::string, std::size_t> by_path;
  for (std::size_t i = 0; i < out.files.size(); ++i) by_path.emplace(out.files[i].path, i);

  for (std::size_t i = 0; i < run.files.size(); ++i) {
    auto& own = out.files[i].findings;
    std::vector<Finding> moved;
    std::erase_if(own, [&](Finding& f) {
      if (!f.file) return false;
      moved.push_back(std::move(f));
      return true;
    });
    for (auto& f : moved) {
      const std::string& path = f.file->path();
      auto [it, added] = by_path.emplace(path, out.files.size());
      if (added) {
        FileReport report;
        report.path = path;
        report.kind = InputKind::Dockerfile;
        report.source = f.file;
        out.files.push_back(std::move(report));
        out.thresholds.push_back(run.thresholds.empty() ? std::nullopt : run.thresholds[i]);
      }
      FileReport& target = out.files[it->second];
      if (!target.source) target.source = f.file;
      f.file = nullptr;
      target.findings.push_back(std::move(f));
    }
  }

  for (auto& report : out.files) {
    sort_by_position(report.findings);
    if (!report.source) continue;
    std::vector<const Finding*> all;
    for (const auto& f : report.findings) all.push_back(&f);
    for (const auto& f : report.suppressed) all.push_back(&f);
    report.source = masked(report.source, all);
  }
  return out;
}

}  // namespace dlint::reporters
