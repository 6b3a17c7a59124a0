#!/usr/bin/env bash
# Rewrites the corpus goldens with dlint's current output. Review the diff before committing.
# A folder's Dockerfile has its golden in expected.json; every other input (build.lua) in expected.NAME.json.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" release dlint >&2
cd "$root"
for dockerfile in corpus/*/Dockerfile; do
  build/release/dlint analyze --format json --failure-threshold none "$dockerfile" >"$(dirname "$dockerfile")/expected.json"
done
for input in corpus/*/build.lua; do
  [ -e "$input" ] || continue
  build/release/dlint analyze --format json --failure-threshold none "$input" \
    >"$(dirname "$input")/expected.$(basename "$input").json"
done
git -C "$root" diff --stat -- corpus
