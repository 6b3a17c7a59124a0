#!/usr/bin/env bash
# Runs dlint over the shared Dockerfile corpus and prints, per rule, how many files it fires in and how many
# findings it reports, noisiest first. Uses an empty config (so configs inside the corpus do not apply),
# with every rule switched on when --all is given.
# Usage: scripts/rule-stats.sh [--all] [corpus-dir]   (default: ../shared/corpus/dockerfiles)
# Needs python3 for the counting; writes the raw JSON report to $TMPDIR/dlint-rule-stats.json for reading
# samples.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
all=false
if [ "${1:-}" = "--all" ]; then
  all=true
  shift
fi
corpus=${1:-$root/../shared/corpus/dockerfiles}
dlint=${DLINT:-$root/build/release/dlint}
if [ ! -d "$corpus" ]; then
  echo "no corpus at $corpus" >&2
  exit 2
fi
if [ ! -x "$dlint" ]; then
  echo "build dlint first: scripts/build.sh release" >&2
  exit 2
fi
tmp=${TMPDIR:-/tmp}
config=$(mktemp "$tmp/dlint-rule-stats.XXXXXX.yaml")
trap 'rm -f "$config"' EXIT
if $all; then
  echo "rules:" >"$config"
  "$dlint" rules --format json | python3 -c '
import json, sys
data = json.load(sys.stdin)
for rule in (data["rules"] if isinstance(data, dict) else data):
    print("  %s: on" % rule["id"])' >>"$config"
fi
reports=$(mktemp -d "$tmp/dlint-rule-stats.XXXXXX")
trap 'rm -f "$config"; rm -rf "$reports"' EXIT
# Corpus files are named like "dir__Dockerfile"; --kind reads each as a Dockerfile. xargs may run dlint
# several times: each run writes a report of its own.
find "$corpus" -type f -print0 | sort -z |
  xargs -0 sh -c 'd=$0 c=$1 r=$2; shift 2; exec "$d" analyze --kind dockerfile --format json \
    --failure-threshold none -c "$c" -o "$(mktemp "$r/report.XXXXXX")" "$@"' "$dlint" "$config" "$reports" || true
python3 - "$reports" "$tmp/dlint-rule-stats.json" <<'PY'
import glob, json, os, sys
from collections import defaultdict
findings = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "report.*"))):
    findings += json.load(open(path))["findings"]
json.dump({"findings": findings}, open(sys.argv[2], "w"), indent=1)
files = defaultdict(set)
count = defaultdict(int)
names = {}
for f in findings:
    files[f["rule"]].add(f["path"])
    count[f["rule"]] += 1
    names[f["rule"]] = f["name"]
print("| rule | name | files | findings |")
print("|---|---|---:|---:|")
for rule in sorted(count, key=lambda r: (-len(files[r]), -count[r], r)):
    print("| %s | %s | %d | %d |" % (rule, names[rule], len(files[rule]), count[rule]))
print("\n%d findings in %d files" % (len(findings), len({f["path"] for f in findings})))
PY
