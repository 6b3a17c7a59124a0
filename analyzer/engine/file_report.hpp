#pragma once
// The outcome of analyzing one input: its findings, or why it could not be analyzed.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "engine/input_kind.hpp"
#include "knowledge/image_size.hpp"
#include "portability/verdict.hpp"
#include "source/source_file.hpp"

namespace dlint {

struct FileReport {
  std::string path;  // as given on the command line or found by the walk
  std::optional<InputKind> kind;
  std::shared_ptr<const SourceFile> source;  // null when the file could not be read
  std::vector<Finding> findings;             // sorted by position
  std::vector<Finding> suppressed;           // silenced by an inline comment; only some formats show them
  std::optional<std::string> error;          // the file could not be (fully) analyzed, in plain words
  bool input_error = false;                  // the error is the user's input problem: exit code 2
  // For a Dockerfile that has at least one stage: the estimated size of every stage, layer by layer
  // (knowledge/image_size.hpp); the reporters show the final stage's. Absent for other inputs.
  std::optional<knowledge::ImageSizeEstimate> image_size;
  // Whether each service (compose) or the image (Dockerfile, Luakit script) can become a WASI component
  // (portability/verdict.hpp). Empty for other inputs.
  std::vector<portability::Assessment> verdicts;
};

}  // namespace dlint
