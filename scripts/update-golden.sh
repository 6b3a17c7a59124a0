#!/usr/bin/env bash
# Rewrites corpus/*/expected.json with dlint's current output. Review the diff before committing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" release dlint >&2
cd "$root"
# A folder's compose file when it has one (the Dockerfiles it builds are analyzed through it), else its
# Dockerfile; tests/golden/corpus_golden_test.cpp picks the same file.
for dir in corpus/*/; do
  dir=${dir%/}
  input=
  for name in compose.yaml compose.yml docker-compose.yaml docker-compose.yml Dockerfile; do
    if [ -f "$dir/$name" ]; then input="$dir/$name"; break; fi
  done
  [ -n "$input" ] || continue
  build/release/dlint analyze --format json --failure-threshold none "$input" >"$dir/expected.json"
done
git -C "$root" diff --stat -- corpus
