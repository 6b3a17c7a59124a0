#!/usr/bin/env bash
# The body of action.yml: runs dlint over $DLINT_PATHS, writes SARIF to $DLINT_SARIF, optionally prints
# workflow annotations, and records the outputs in $GITHUB_OUTPUT. Inputs arrive in the environment
# (never pasted into the script), so paths cannot inject shell code.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dlint=${DLINT:-}
[ -n "$dlint" ] || dlint="$root/build/release/dlint"
sarif=${DLINT_SARIF:-dlint.sarif}
threshold=${DLINT_THRESHOLD:-none}
read -r -a paths <<<"${DLINT_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)
config=()
[ -n "${DLINT_CONFIG:-}" ] && config=(--config "$DLINT_CONFIG")

"$dlint" analyze --format sarif --output "$sarif" --failure-threshold "$threshold" "${config[@]}" -- "${paths[@]}"
code=$?
if [ "${DLINT_ANNOTATIONS:-true}" = true ] && [ "$code" -ne 2 ]; then
  "$dlint" analyze --format github --failure-threshold none "${config[@]}" -- "${paths[@]}" || true
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
  echo "exit-code=$code" >>"$GITHUB_OUTPUT"
fi
[ -f "$sarif" ] && echo "dlint: wrote $sarif" >&2
exit "$code"
