#!/usr/bin/env bash
# Rewrites corpus/*/expected.json with dlint's current output. Review the diff before committing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" release dlint >&2
cd "$root"
for dockerfile in corpus/*/Dockerfile; do
  build/release/dlint analyze --format json --failure-threshold none "$dockerfile" >"$(dirname "$dockerfile")/expected.json"
done
git -C "$root" diff --stat -- corpus
