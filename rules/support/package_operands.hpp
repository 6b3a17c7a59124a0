#pragma once
// The packages a package-manager call names, with package lists kept in variables resolved:
//   ARG BUILD_DEPS="gcc make"
//   RUN apt-get install -y $BUILD_DEPS
// names gcc and make, both reported at `$BUILD_DEPS`.
#include <string>
#include <vector>

#include "ir/build_definition.hpp"
#include "knowledge/package_manager_call.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

struct PackageOperand {
  std::string name;            // as the manager reads it
  const ir::ShellWord* word;   // where it is written: the word, or the variable reference
  bool from_variable = false;  // the name came from the value of an ENV or ARG
};

// The operands after the call's subcommand. A word made of `$NAME` / `${NAME}` references is replaced by
// the values the Dockerfile gives those variables before this RUN (knowledge/stage_env.hpp), split at
// blanks when the word is unquoted. Words whose variables cannot be resolved (set by the base image, in
// the script itself, with a `${X:-default}` form, or `$(...)`) are left out, as are option words inside
// a variable's value.
std::vector<PackageOperand> package_operands(const ir::BuildDefinition& build, const RunInstruction& run,
                                             const knowledge::PackageManagerCall& call);

}  // namespace dlint::rules
