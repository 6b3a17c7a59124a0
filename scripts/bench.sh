#!/usr/bin/env bash
# Benchmark: lints the shared corpus (../shared/corpus) with dlint and, when installed, with the peer
# linters (../shared/research/peers-setup.sh installs them into /tmp/peers), and prints files/second,
# wall time and peak memory for each, with ratios against dlint. Not a test: figures depend on the machine.
# Usage: scripts/bench.sh [--reps N] [--no-peers]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus="$root/../shared/corpus"
peers=${PEERS:-/tmp/peers}
reps=3
run_peers=1
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps=$2; shift 2 ;;
    --no-peers) run_peers=0; shift ;;
    *) echo "usage: $0 [--reps N] [--no-peers]" >&2; exit 2 ;;
  esac
done
[ -d "$corpus/dockerfiles" ] || { echo "bench: $corpus not found; nothing to measure" >&2; exit 0; }
command -v /usr/bin/time >/dev/null 2>&1 || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
"$root/scripts/build.sh" release dlint >&2
dlint="$root/build/release/dlint"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mapfile -t dockerfiles < <(find "$corpus/dockerfiles" -type f | sort)
mapfile -t composefiles < <(find "$corpus/compose" -type f \( -name '*.yml' -o -name '*.yaml' \) | sort)
ignorefiles=()
[ -d "$corpus/dockerignore" ] && mapfile -t ignorefiles < <(find "$corpus/dockerignore" -type f | sort)
cat "${dockerfiles[@]}" "${composefiles[@]}" "${ignorefiles[@]}" >/dev/null  # warm the page cache

# measure NAME FILES CMD... : runs CMD $reps times, prints "name files median_wall_s peak_rss_mb".
measure() {
  local name=$1 files=$2; shift 2
  local walls=() rss=0
  for _ in $(seq "$reps"); do
    /usr/bin/time -f '%e %M' -o "$scratch/time" "$@" >"$scratch/out" 2>"$scratch/err" || true
    # /usr/bin/time puts "Command exited with non-zero status N" first when a linter reports findings.
    read -r wall kb < <(tail -n 1 "$scratch/time") || { echo "bench: $name did not run: $(tail -1 "$scratch/err")" >&2; return; }
    walls+=("$wall")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  # A linter that stops at the first file it cannot handle is fast for the wrong reason: say so.
  if [ ! -s "$scratch/out" ] && grep -qE 'Error|Traceback' "$scratch/err"; then
    echo "bench: $name stopped before the end: $(grep -m1 -E 'Error|Traceback' "$scratch/err")" >&2
    name="$name(crashed)"
  fi
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (reps + 1) / 2 ))p")
  echo "$name $files $median $((rss / 1024))" >>"$scratch/results"
}

measure "read-corpus(cat)" "${#dockerfiles[@]}" cat "${dockerfiles[@]}"
measure "dlint" "${#dockerfiles[@]}" "$dlint" analyze --kind dockerfile --format json --failure-threshold none "${dockerfiles[@]}"
measure "dlint(1-thread)" "${#dockerfiles[@]}" "$dlint" analyze --jobs 1 --kind dockerfile --format json --failure-threshold none "${dockerfiles[@]}"
# .dockerignore files, each checked against the directory beside it (the corpus keeps them without their
# repositories, so this measures parsing, matching and the walk of those directories).
if [ "${#ignorefiles[@]}" -gt 0 ]; then
  measure "dlint(dockerignore)" "${#ignorefiles[@]}" "$dlint" analyze --kind dockerignore --format json --failure-threshold none "${ignorefiles[@]}"
fi
if [ "$run_peers" = 1 ] && [ -x "$peers/node_modules/.bin/dockerfilelint" ]; then
  measure "dockerfilelint" "${#dockerfiles[@]}" "$peers/node_modules/.bin/dockerfilelint" -j "${dockerfiles[@]}"
fi
if [ "$run_peers" = 1 ] && [ -d "$peers/node_modules/dockerfile-utils" ]; then
  measure "dockerfile-utils" "${#dockerfiles[@]}" env QUIET=1 PEERS="$peers" node "$root/../shared/research/peer-tools/du-lint.js" "${dockerfiles[@]}"
fi
measure "dlint(compose)" "${#composefiles[@]}" "$dlint" analyze --kind compose --format json --failure-threshold none "${composefiles[@]}"
if [ "$run_peers" = 1 ] && [ -x "$peers/node_modules/.bin/dclint" ]; then
  measure "dclint(compose)" "${#composefiles[@]}" "$peers/node_modules/.bin/dclint" --color=false -f json "${composefiles[@]}"
fi

# One small Dockerfile, whole process, averaged over 50 runs.
small="$root/corpus/nodejs-web/Dockerfile"
start=$(date +%s%N)
for _ in $(seq 50); do "$dlint" analyze --format json --failure-threshold none "$small" >/dev/null; done
small_ms=$(( ($(date +%s%N) - start) / 50 / 1000000 ))

echo "Shared corpus: ${#dockerfiles[@]} Dockerfiles, ${#composefiles[@]} compose files, ${#ignorefiles[@]} .dockerignore files; median of $reps runs; $(nproc) cores"
awk -v small_ms="$small_ms" '
  { name[NR]=$1; files[NR]=$2; wall[NR]=$3; rss[NR]=$4; if ($1=="dlint") base=$3; if ($1=="dlint(compose)") cbase=$3 }
  END {
    printf "%-20s %8s %10s %12s %10s %14s\n", "tool", "files", "wall (s)", "files/s", "peak MB", "wall / dlint"
    for (i = 1; i <= NR; i++) {
      rate = wall[i] > 0 ? files[i] / wall[i] : 0
      # Compose rows compare with dlint on the same compose files, the others with dlint on the Dockerfiles.
      b = name[i] ~ /compose/ ? cbase : base
      ratio = b > 0 ? sprintf("%.1fx", wall[i] / b) : "-"
      printf "%-20s %8d %10.2f %12.0f %10d %14s\n", name[i], files[i], wall[i], rate, rss[i], ratio
    }
    printf "one small Dockerfile, whole process: %d ms (corpus/nodejs-web/Dockerfile, mean of 50)\n", small_ms
  }' "$scratch/results"
