#pragma once
// `dlint fix` without the disk: apply the fixes rules attach to their findings, re-analyze, and repeat
// until nothing fixable is left. Pure, so the CLI, the language server and the tests share it.
#include <cstddef>
#include <string>
#include <vector>

#include "engine/config.hpp"
#include "engine/finding.hpp"
#include "engine/input_kind.hpp"
#include "source/source_file.hpp"

namespace dlint {

class FileSystem;

struct FixOptions {
  bool unsafe = false;       // also apply fixes marked unsafe
  unsigned max_passes = 10;  // a bound, so fixes that undo each other cannot loop forever
};

struct FixResult {
  std::string text;                  // the fixed text (the input when nothing applied)
  std::size_t applied = 0;           // fixes applied over all passes
  std::size_t unsafe_remaining = 0;  // fixable findings left whose fix is unsafe (with !unsafe)
  bool converged = true;             // false: still fixable after max_passes
};

// The fixes of one pass: every fix that may be applied (safe, or any with `unsafe`), in a deterministic
// order (position, then rule id); a fix whose edits overlap an earlier chosen fix's waits for the next
// pass. Returns the edits of the chosen fixes.
std::vector<TextEdit> choose_fixes(const std::vector<Finding>& findings, bool unsafe, std::size_t* chosen = nullptr);

// Edits written with LF line ends take the file's own: CRLF when most of its lines end so.
void match_line_endings(std::string_view text, std::vector<TextEdit>& edits);

FixResult fix_source(const SourceFile& file, InputKind kind, const Config& config, const FileSystem* fs,
                     const FixOptions& options);

}  // namespace dlint
