#pragma once
// The COPY and ADD instructions that read the build context, and the context entries each one pulls in.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "context/ignore_pattern.hpp"
#include "ir/build_context.hpp"
#include "ir/build_definition.hpp"

namespace dlint::rules {

struct ContextSource {
  const ir::Op* op = nullptr;
  std::size_t stage = 0;
  const ir::Text* source = nullptr;
  std::string path;  // relative to the context root, clean: "." for the whole context
  bool wildcard = false;
  std::vector<std::string> excludes;  // `--exclude=` patterns of the instruction (BuildKit 1.7+)
};

// Sources of COPY/ADD (in stages, not ONBUILD triggers, which run against another context) that name the
// build context: no --from, no URL or git source, no heredoc; sources with variables are skipped.
std::vector<ContextSource> context_sources(const ir::BuildDefinition& build);

// Whether the source is the whole context ("." , "./", "/", "*" at the root level counts as broad too).
bool copies_whole_context(const ContextSource& source);

// The entries of `walk` that `source` copies in (the entry it names and everything below it, or those a
// wildcard matches), sent ones only, minus what the instruction's --exclude patterns leave out.
std::vector<const ir::ContextEntry*> copied_entries(const ir::ContextWalk& walk, const ContextSource& source);

// "`COPY . /app`, line 7": how findings about context files name the instruction that copies them.
std::string describe_copy(const ir::Op& op);

// 12345678 -> "11.8 MiB".
std::string human_size(std::uint64_t bytes);

}  // namespace dlint::rules
