#!/usr/bin/env bash
# Runs dlint over every compose file of the shared corpus (default ../shared/corpus/compose), one run per
# file, and checks that each run finished (exit 0, 1 or 2: no crash, no hang) and gave every service of
# the file a WASI-portability verdict (at least as many verdicts as the file's own `services:` has keys,
# counted with python3-yaml; `include` and `extends` may add more). Prints the distribution: how many
# wasi / bridge / blocked, the most frequent reasons, the languages and toolchains.
# Usage: scripts/verdict-stats.sh [corpus-dir]. Exits 0 (and says so) when the corpus is absent.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$root/../shared/corpus/compose}
dlint=${DLINT:-$root/build/release/dlint}
if [ ! -d "$corpus" ]; then
  echo "verdict-stats: no corpus at $corpus, skipped"
  exit 0
fi
if [ ! -x "$dlint" ]; then
  echo "build dlint first: scripts/build.sh release" >&2
  exit 2
fi
config=$(mktemp "${TMPDIR:-/tmp}/dlint-verdict-stats.XXXXXX.yaml")
trap 'rm -f "$config"' EXIT
echo "{}" >"$config"
python3 - "$dlint" "$config" "$corpus" <<'PY'
import collections, json, os, re, subprocess, sys

dlint, config, corpus = sys.argv[1:4]
try:
    import yaml
except ImportError:
    yaml = None

class Loader(yaml.SafeLoader if yaml else object):
    pass

if yaml:
    # compose's !reset and !override tags: read the value, ignore the tag.
    def tagged(loader, suffix, node):
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_scalar(node)
    Loader.add_multi_constructor("!", tagged)

def own_services(path):
    """The keys of the file's own `services:`, or None when the file cannot be read as YAML."""
    if not yaml:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            doc = yaml.load(f, Loader=Loader)
    except Exception:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("services"), dict):
        return None
    return [str(k) for k in doc["services"]]

files = sorted(os.path.join(d, f) for d, _, names in os.walk(corpus) for f in names
               if re.search(r"\.ya?ml$", f) and "compose" in f.lower())
verdicts = collections.Counter()
kinds = collections.Counter()
reasons = collections.Counter()
languages = collections.Counter()
toolchains = collections.Counter()
images = collections.Counter()
failures = []
services = 0
files_with_services = 0
for path in files:
    try:
        run = subprocess.run([dlint, "analyze", "--kind", "compose", "--config", config, "--format", "json",
                              "--failure-threshold", "none", path], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        failures.append((path, "timed out"))
        continue
    if run.returncode not in (0, 1, 2):
        failures.append((path, "exit %d: %s" % (run.returncode, run.stderr.strip()[-200:])))
        continue
    try:
        report = json.loads(run.stdout)
    except ValueError:
        failures.append((path, "no JSON report (exit %d)" % run.returncode))
        continue
    got = [v for v in report.get("verdicts", []) if v["kind"] == "service"]
    names = {v["name"] for v in got}
    expected = own_services(path)
    if expected is not None:
        missing = [s for s in expected if s not in names]
        # A file dlint rejects as a whole (not a compose file) has no services to judge.
        fatal = any(f.get("error") for f in report.get("files", [])) and not got
        if missing and not fatal:
            failures.append((path, "no verdict for services: " + ", ".join(missing[:5])))
    if got:
        files_with_services += 1
    for v in got:
        services += 1
        verdicts[v["verdict"]] += 1
        languages[v["language"] or "(none)"] += 1
        if v["toolchain"]:
            toolchains[v["toolchain"]] += 1
        for kind in {r["kind"] for r in v["reasons"]}:
            kinds[(v["verdict"], kind)] += 1
        for r in v["reasons"]:
            # The reason without what varies (image names, package names): its class and its why.
            text = re.sub(r"^\S+ is an off-the-shelf", "IMAGE is an off-the-shelf", r["message"])
            text = re.sub(r"^\S+ is a prebuilt image", "IMAGE is a prebuilt image", text)
            text = re.sub(r"^installs \S+:", "installs PACKAGE:", text)
            text = re.sub(r"^(device|cap_add|gpus:) \S+", r"\1 X", text)
            reasons[(r["kind"], text)] += 1
        if v["verdict"] == "bridge":
            for r in v["reasons"]:
                if r["kind"] == "stateful":
                    images[r["message"].split(" ")[0].split(":")[0].split("@")[0]] += 1

def table(title, counter, limit=12, fmt=str):
    print("\n" + title)
    for key, n in counter.most_common(limit):
        print("  %6d  %s" % (n, fmt(key)))

print("compose files: %d, with services: %d, services: %d" % (len(files), files_with_services, services))
for name in ("wasi", "bridge", "blocked"):
    share = 100.0 * verdicts[name] / services if services else 0.0
    print("  %-8s %6d  (%.1f%%)" % (name, verdicts[name], share))
table("reason classes (services per verdict and class):", kinds, 20, lambda k: "%s / %s" % k)
table("top reasons:", reasons, 15, lambda k: "[%s] %s" % k)
table("languages:", languages)
table("toolchains:", toolchains)
table("stateful images kept as bridges:", images, 10)
if failures:
    print("\n%d files FAILED:" % len(failures))
    for path, why in failures[:30]:
        print("  %s: %s" % (os.path.relpath(path, corpus), why))
    sys.exit(1)
print("\nevery service got a verdict; no run crashed or hung")
PY
