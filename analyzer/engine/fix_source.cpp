#include "engine/fix_source.hpp"

#include <algorithm>
#include <tuple>

#include "engine/analyze_source.hpp"
#include "engine/apply_fix.hpp"
#include "engine/rule.hpp"

namespace dlint {
namespace {

// Two edits conflict when their ranges overlap, or when both start at one offset (the order of two
// insertions at one place, or of an insertion and a replacement, would be a guess).
bool conflicts(const TextEdit& a, const TextEdit& b) {
  if (a.begin == b.begin) return true;
  return a.begin < b.end && b.begin < a.end;
}

std::uint32_t first_offset(const Fix& fix) {
  std::uint32_t first = UINT32_MAX;
  for (const auto& e : fix.edits) first = std::min(first, e.begin);
  return first;
}

}  // namespace

std::vector<TextEdit> choose_fixes(const std::vector<Finding>& findings, bool unsafe, std::size_t* chosen) {
  std::vector<const Finding*> candidates;
  for (const auto& f : findings) {
    if (f.fix && !f.fix->edits.empty() && (f.fix->safe || unsafe)) candidates.push_back(&f);
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Finding* a, const Finding* b) {
    return std::make_tuple(first_offset(*a->fix), a->rule->id, a->span.begin) <
           std::make_tuple(first_offset(*b->fix), b->rule->id, b->span.begin);
  });
  std::vector<TextEdit> accepted;
  std::size_t count = 0;
  for (const Finding* f : candidates) {
    bool clash = false;
    for (const auto& e : f->fix->edits) {
      for (const auto& a : accepted) clash = clash || conflicts(e, a);
      // A fix's own edits must not collide either, or applying it would be partial.
      for (const auto& other : f->fix->edits) clash = clash || (&other != &e && conflicts(e, other));
    }
    if (clash) continue;
    accepted.insert(accepted.end(), f->fix->edits.begin(), f->fix->edits.end());
    ++count;
  }
  if (chosen) *chosen = count;
  return accepted;
}

void match_line_endings(std::string_view text, std::vector<TextEdit>& edits) {
  std::size_t lf = 0;
  std::size_t crlf = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') continue;
    if (i > 0 && text[i - 1] == '\r') {
      ++crlf;
    } else {
      ++lf;
    }
  }
  if (crlf <= lf) return;
  for (auto& e : edits) {
    std::string converted;
    for (std::size_t i = 0; i < e.replacement.size(); ++i) {
      char c = e.replacement[i];
      if (c == '\n' && (i == 0 || e.replacement[i - 1] != '\r')) converted += '\r';
      converted += c;
    }
    e.replacement = std::move(converted);
  }
}

FixResult fix_source(const SourceFile& file, InputKind kind, const Config& config, const FileSystem* fs,
                     const FixOptions& options) {
  FixResult result;
  result.text = std::string(file.text());
  for (unsigned pass = 0;; ++pass) {
    SourceFile current(file.id(), file.path(), result.text);
    std::vector<Finding> findings = analyze_source(current, kind, config, {.fs = fs});
    std::size_t chosen = 0;
    std::vector<TextEdit> edits = choose_fixes(findings, options.unsafe, &chosen);
    result.unsafe_remaining = 0;
    if (!options.unsafe) {
      for (const auto& f : findings) {
        if (f.fix && !f.fix->safe) ++result.unsafe_remaining;
      }
    }
    if (edits.empty()) return result;
    if (pass == options.max_passes) {
      result.converged = false;
      return result;
    }
    match_line_endings(result.text, edits);
    std::string next = apply_edits(result.text, edits);
    if (next == result.text) return result;  // fixes that change nothing are done
    result.text = std::move(next);
    result.applied += chosen;
  }
}

}  // namespace dlint
