#!/usr/bin/env bash
# Regenerates docs/rules/ from the rules' metadata. A test fails when the committed pages are stale.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" release dlint >&2
rm -rf "$root/docs/rules"
"$root/build/release/dlint" rules --format markdown --output-dir "$root/docs/rules"
git -C "$root" status --short -- docs/rules
