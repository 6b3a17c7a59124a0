#pragma once
// Whether the files a package manager downloads stay in the layer of the RUN that ran it: kept out by a
// cache or tmpfs mount over the cache, or removed later in the same RUN (`yum clean all`,
// `rm -rf /var/cache/dnf`, `yarn cache clean`).
#include <cstddef>

#include "ir/shell_script.hpp"
#include "knowledge/package_managers.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

// True when `command` empties the cache of `manager` or of another system manager of its distribution
// (`dnf clean all` after `yum install` counts): their clean subcommand (with one of its
// clean_operands when the table lists any), or `rm` of one of their cache directories.
bool cleans_cache(const ir::SimpleCommand& command, const knowledge::PackageManager& manager);

// True when what `manager` downloads in command `index` of `run` does not stay in the layer: a cache
// mount covers its cache directories, or a later command of the RUN cleans the cache.
bool cache_kept_out_of_layer(const RunInstruction& run, std::size_t index, const knowledge::PackageManager& manager);

}  // namespace dlint::rules
