#!/usr/bin/env bash
# Runs the whole test suite: unit, rule case tables, frontends, golden and CLI tests on the optimized
# build, then the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer. Tests that need an
# external tool (the SARIF validator, python3-jsonschema, pre-commit) skip with a message when it is
# missing, and fail when CI is set.
# Usage: scripts/test.sh [--no-sanitizers]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

echo "== release build and tests"
scripts/build.sh release
scripts/install-test-tools.sh  # the SARIF validator the output-format tests run
ctest --test-dir build/release -j "$jobs" --output-on-failure --no-tests=error

if [ "${1:-}" != "--no-sanitizers" ]; then
  echo "== sanitizer build (ASan + UBSan) and tests"
  scripts/build.sh asan
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan -j "$jobs" --output-on-failure --no-tests=error
fi
echo "== all tests passed"
