#pragma once
// The walk shared by the rules about switched-off TLS and signature checks: every switch of the given
// kind used by a command of a RUN (ONBUILD RUN included).
#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "knowledge/verification_switches.hpp"
#include "rules/support/run_instructions.hpp"

namespace dlint::rules {

template <class Report>
void for_each_verification_switch(const ir::BuildDefinition& build, knowledge::Verification check, Report&& report) {
  for_each_run(build, [&](const RunInstruction& run) {
    for (const auto& command : run.script.commands) {
      for (const auto& off : knowledge::verification_switches(command)) {
        if (off.check == check) report(off);
      }
    }
  });
}

}  // namespace dlint::rules
