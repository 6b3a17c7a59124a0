#pragma once
// External programs some tests check dlint's output with (the SARIF validator, a JSON Schema validator,
// pre-commit). scripts/install-test-tools.sh and scripts/install-deps.sh install them. Missing in CI
// (CI set) is a failure; elsewhere the test is skipped with a message saying how to install the tool.
#include <optional>
#include <string>

namespace dlint::testing {

// The Sarif.Multitool binary: $DLINT_SARIF_MULTITOOL, or where scripts/install-test-tools.sh puts it.
std::optional<std::string> sarif_multitool();
// The SARIF 2.1.0 JSON schema shipped beside the multitool.
std::optional<std::string> sarif_schema();
// A python3 that can `import jsonschema`.
bool have_python_jsonschema();
bool have_program(const std::string& name);

// True when the tool is there; otherwise FAILs in CI, or WARNs and returns false so the test can skip.
bool require_tool(bool present, const std::string& what, const std::string& install_hint);

// Runs a shell command; returns its exit status and puts stdout+stderr in `output`.
int run_shell(const std::string& command, std::string& output);
std::string shell_quote(const std::string& s);

}  // namespace dlint::testing
