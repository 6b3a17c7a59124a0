#pragma once
// Identities of findings that survive unrelated edits, so code-scanning services and merge-request
// widgets track one problem across commits instead of closing and reopening it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.hpp"
#include "source/source_file.hpp"

namespace dlint::reporters {

// GitHub's `primaryLocationLineHash` for every line of `text` (index 0 = line 1), computed exactly as
// github/codeql-action's fingerprints.ts does when it fills in a missing one: a rolling hash over the
// 100 characters (UTF-16 code units, spaces and tabs skipped, CR and CRLF read as LF) starting at each
// line, suffixed with `:N` for the N-th line with that hash.
std::vector<std::string> github_line_hashes(std::string_view text);

// dlint's own fingerprint of each finding of one file (same order): a hash of the rule, the path, the
// flagged text and the text of its line with whitespace collapsed, and how many earlier findings of the
// file share all of those. Moving the line, re-indenting it or editing other lines leaves it unchanged.
std::vector<std::string> finding_fingerprints(const std::string& path, const SourceFile* source,
                                              const std::vector<Finding>& findings);

}  // namespace dlint::reporters
