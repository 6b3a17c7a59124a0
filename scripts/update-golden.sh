#!/usr/bin/env bash
# Rewrites the corpus goldens (corpus/*/expected*.json) and tests/golden/formats/ with dlint's current
# output. Review the diff before committing. A folder's main input (its compose file, else its Dockerfile,
# else its run.toml) has its golden in expected.json; a Luakit port beside it (build.lua) in expected.build.lua.json.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
"$root/scripts/build.sh" release dlint >&2
cd "$root"
# The size estimate measures each example's build context, which holds expected.json itself: rewrite
# until the output no longer changes (a size only moves when its digit count does, so this settles fast).
# A folder's input is its compose file when it has one (the Dockerfiles it builds are analyzed through
# it), else its Dockerfile, else its run.toml; tests/golden/corpus_golden_test.cpp picks the same file.
for _ in 1 2 3 4 5; do
  changed=0
  for dir in corpus/*/; do
    dir=${dir%/}
    input=
    for name in compose.yaml compose.yml docker-compose.yaml docker-compose.yml Dockerfile run.toml; do
      if [ -f "$dir/$name" ]; then input="$dir/$name"; break; fi
    done
    [ -n "$input" ] || continue
    pairs=("$input" "$dir/expected.json")
    [ -f "$dir/build.lua" ] && pairs+=("$dir/build.lua" "$dir/expected.build.lua.json")
    for ((i = 0; i < ${#pairs[@]}; i += 2)); do
      expected=${pairs[i + 1]}
      build/release/dlint analyze --format json --failure-threshold none "${pairs[i]}" >"$expected.new"
      if cmp -s "$expected.new" "$expected"; then rm "$expected.new"; else mv "$expected.new" "$expected"; changed=1; fi
    done
  done
  [[ $changed -eq 0 ]] && break
done
# Every output format over the whole corpus; the checkout's path in file:// URIs becomes SRCROOT.
mkdir -p tests/golden/formats
mapfile -t examples < <(ls corpus/*/Dockerfile | sort)
for format in $(build/release/dlint analyze --help | sed -n 's/^ *\([a-z0-9]*\): .*/\1/p' | sort -u); do
  build/release/dlint analyze --failure-threshold none --no-color --format "$format" "${examples[@]}" |
    sed "s|file://$root/|file:///SRCROOT/|g" >"tests/golden/formats/corpus.$format"
done
git -C "$root" diff --stat -- corpus tests/golden/formats
