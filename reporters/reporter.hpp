#pragma once
// Output formats. Each writes the whole run's report to a stream; one file per format.
#include <ostream>
#include <string_view>

#include "engine/runner.hpp"

namespace dlint::reporters {

struct Options {
  bool color = false;
};

void write_tty(std::ostream& out, const RunResult& run, const Options& options);
void write_json(std::ostream& out, const RunResult& run);

}  // namespace dlint::reporters
