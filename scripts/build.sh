#!/usr/bin/env bash
# Installs missing dependencies, then configures and builds a CMake preset (default: release).
# Usage: scripts/build.sh [release|debug|asan|tsan] [extra ninja targets...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-release}
shift || true
targets="$*"
"$root/scripts/install-deps.sh"
cd "$root"
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
jobs=$(nproc 2>/dev/null || echo 2)
# ninja --quiet prints only compiler diagnostics and failures; its "no work to do" line is dropped too,
# so an up-to-date build is silent.
set +e
cmake --build "build/$preset" -j "$jobs" ${targets:+--target $targets} -- --quiet | sed -u '/^ninja: no work to do\.$/d'
status=${PIPESTATUS[0]}
set -e
exit "$status"
