// Terminal output: one header line per finding, a code frame under it, the WASI-portability verdicts
// (a block per compose file, a line per Dockerfile or Luakit script), and a summary line.
//
//   Dockerfile:1:6  warning  BP002  the image has no tag ... (image-without-tag)
//      |
//    1 | FROM node
//      |      ^~~~
#include <algorithm>
#include <string>

#include "engine/rule.hpp"
#include "portability/summary.hpp"
#include "reporters/reporter.hpp"

namespace dlint::reporters {
namespace {

struct Palette {
  bool on;
  [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "1;31";
    case Severity::Warning: return "1;33";
    case Severity::Info: return "1;36";
    case Severity::Style: return "1;35";
  }
  return "0";
}

// Display width of the first `columns - 1` code points of a line, expanding tabs the way the frame prints them.
std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

void write_frame(std::ostream& out, const SourceFile& source, const Finding& f, const Palette& p) {
  std::uint32_t line = f.span.start.line;
  if (line == 0 || line > source.line_count()) return;
  std::string_view text = source.line(line);
  std::string number = std::to_string(line);
  std::string gutter(number.size() + 1, ' ');
  std::string printed;
  auto line_begin = static_cast<std::uint32_t>(text.data() - source.text().data());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // Secrets are masked one '*' per character (UTF-8 continuation bytes dropped), so the caret stays aligned.
    auto offset = static_cast<std::uint32_t>(line_begin + i);
    bool secret = std::any_of(f.secrets.begin(), f.secrets.end(),
                              [&](const Span& s) { return offset >= s.begin && offset < s.end; });
    if (secret) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) printed += '*';
      continue;
    }
    printed += (c == '\t') ? ' ' : c;  // one column per tab keeps the caret aligned
  }
  out << gutter << p.wrap("1;34", "|") << "\n";
  out << p.wrap("1;34", " " + number) << " " << p.wrap("1;34", "|") << " " << printed << "\n";
  std::size_t start = f.span.start.column > 0 ? f.span.start.column - 1 : 0;
  std::size_t width;
  if (f.span.end_pos.line == line && f.span.end_pos.column > f.span.start.column) {
    width = f.span.end_pos.column - f.span.start.column;
  } else {
    std::size_t line_width = code_points(text);
    width = line_width > start ? line_width - start : 1;
  }
  std::string marker(width > 0 ? width : 1, '~');
  marker[0] = '^';
  out << gutter << p.wrap("1;34", "|") << " " << std::string(start, ' ') << p.wrap(severity_color(f.severity), marker)
      << "\n";
}

// "stateful", "native-library, process-spawning": the distinct reason classes, in order.
std::string reason_classes(const portability::Assessment& a) {
  std::string out;
  std::vector<knowledge::BlockerClass> seen;
  for (const auto& r : a.reasons) {
    if (std::find(seen.begin(), seen.end(), r.kind) != seen.end()) continue;
    seen.push_back(r.kind);
    out += (out.empty() ? "" : ", ") + std::string(knowledge::blocker_class_name(r.kind));
  }
  return out;
}

std::string verdict_words(const portability::Assessment& a) {
  switch (a.verdict) {
    case portability::Verdict::Wasi:
      return a.already_wasm ? "WASI component (already one)" : "WASI component (can migrate)";
    case portability::Verdict::Bridge:
      return "Docker bridge (" +
             std::string(!a.reasons.empty() && a.reasons.front().kind == knowledge::BlockerClass::Stateful
                             ? "stateful"
                             : "off-the-shelf") +
             ", keep Docker)";
    case portability::Verdict::Blocked: return "blocked (" + reason_classes(a) + ")";
  }
  return "";
}

std::string language_words(const portability::Assessment& a) {
  if (a.language.empty()) return "";
  return "  [" + a.language + (a.toolchain.empty() ? "" : ", " + a.toolchain) + "]";
}

std::string estimate_words(const portability::SideEstimate& e) {
  std::string out = portability::format_duration_ms(e.startup_ms);
  if (e.size) out += ", " + knowledge::format_range(*e.size);
  return out;
}

std::string side_size(const portability::SideTotal& side) {
  return (side.size_complete ? "" : "at least ") + knowledge::format_range(side.size);
}

void write_verdicts(std::ostream& out, const FileReport& file, const Palette& p) {
  auto mark = [&](portability::Verdict v) {
    switch (v) {
      case portability::Verdict::Wasi: return p.wrap("1;32", "OK  ");
      case portability::Verdict::Bridge: return p.wrap("1;33", "WARN");
      case portability::Verdict::Blocked: return p.wrap("1;31", "FAIL");
    }
    return std::string();
  };
  auto write_reason = [&](const portability::Reason& r) {
    out << "        " << p.wrap("2", r.path + ":" + std::to_string(r.line)) << "  " << r.message << "\n";
  };
  bool services = std::any_of(file.verdicts.begin(), file.verdicts.end(),
                              [](const auto& a) { return a.kind == portability::AssessedKind::Service; });
  if (!services) {
    // A build on its own: one line, with the first reason. A build in no language dlint can tell (a base
    // image with a few packages, a utility image) gets none: the JSON report still has its verdict.
    for (const auto& a : file.verdicts) {
      if (a.language.empty() && a.verdict != portability::Verdict::Bridge) continue;
      out << p.wrap("1", file.path) << ": WASI: " << mark(a.verdict) << " " << verdict_words(a) << language_words(a)
          << "; " << estimate_words(a.estimate());
      if (a.verdict != portability::Verdict::Wasi && !a.reasons.empty()) {
        const auto& r = a.reasons.front();
        out << "; " << r.message << " (" << r.path << ":" << r.line << ")";
        if (a.reasons.size() > 1) out << " and " << a.reasons.size() - 1 << " more";
      }
      out << "\n";
    }
    return;
  }
  std::size_t width = 0;
  for (const auto& a : file.verdicts) width = std::max(width, a.name.size());
  out << p.wrap("1", file.path) << ": services:\n";
  for (const auto& a : file.verdicts) {
    out << "  " << mark(a.verdict) << " " << a.name << std::string(width - a.name.size(), ' ') << " -> "
        << verdict_words(a) << language_words(a) << "\n";
    for (const auto& r : a.reasons) {
      bool said = r.kind == knowledge::BlockerClass::Stateful || r.kind == knowledge::BlockerClass::Infrastructure;
      if (a.verdict == portability::Verdict::Blocked || !said) write_reason(r);
    }
  }
  portability::MigrationSummary summary = portability::summarize(file.verdicts);
  out << "  Recommendation: " << portability::recommendation_text(summary) << "\n";
  std::string startup;
  std::string size;
  if (summary.docker.count > 0) {
    startup = portability::format_duration_ms(summary.docker.startup_ms) + " (Docker)";
    size = side_size(summary.docker) + " (Docker)";
  }
  if (summary.wasi.count > 0) {
    startup += (startup.empty() ? "" : " + ") + portability::format_duration_ms(summary.wasi.startup_ms) + " (WASI)";
    size += (size.empty() ? "" : " + ") + side_size(summary.wasi) + " (WASI)";
  }
  out << "  Estimated startup: " << startup << "\n";
  out << "  Estimated size: " << size << "\n";
}

void write_tty(std::ostream& out, const RunResult& run, const Options& options, Warnings&) {
  Palette p{options.color};
  std::size_t counts[4] = {0, 0, 0, 0};
  std::size_t fixable = 0;
  std::size_t failed_files = 0;
  for (const auto& file : run.files) {
    if (file.error && file.findings.empty()) {
      ++failed_files;
      out << p.wrap("1", file.path) << ": " << p.wrap("1;31", "error") << ": " << *file.error << "\n";
    }
    for (const auto& f : file.findings) {
      const std::string& path = f.file ? f.file->path() : file.path;
      out << p.wrap("1", path + ":" + std::to_string(f.span.start.line) + ":" + std::to_string(f.span.start.column))
          << "  " << p.wrap(severity_color(f.severity), severity_name(f.severity)) << "  " << p.wrap("1", f.rule->id)
          << "  " << f.message << "  " << p.wrap("2", std::string("(").append(f.rule->name).append(")")) << "\n";
      if (f.file) {
        write_frame(out, *f.file, f, p);
      } else if (file.source) {
        write_frame(out, *file.source, f, p);
      }
      ++counts[static_cast<int>(f.severity)];
      if (f.fix) ++fixable;
    }
  }
  for (const auto& file : run.files) {
    if (!file.verdicts.empty()) write_verdicts(out, file, p);
  }
  std::size_t total = counts[0] + counts[1] + counts[2] + counts[3];
  std::size_t files = run.files.size();
  std::string in_files = " in " + std::to_string(files) + (files == 1 ? " file" : " files");
  if (total == 0) {
    out << p.wrap("1;32", "no problems") << in_files;
  } else {
    out << p.wrap("1", std::to_string(total) + (total == 1 ? " problem" : " problems")) << " (";
    const char* names[4] = {"error", "warning", "info", "style"};
    bool first = true;
    for (int i = 0; i < 4; ++i) {
      if (counts[i] == 0) continue;
      out << (first ? "" : ", ") << counts[i] << " " << names[i] << (counts[i] == 1 || i >= 2 ? "" : "s");
      first = false;
    }
    out << ")" << in_files;
    if (fixable > 0) out << "; " << fixable << " fixable";
  }
  if (failed_files > 0) out << "; " << failed_files << (failed_files == 1 ? " file" : " files") << " not analyzed";
  out << "\n";
}

}  // namespace

DLINT_REGISTER_FORMAT(tty, "tty", "for people: each finding with a code frame, then a summary (the default)",
                      write_tty);

}  // namespace dlint::reporters
