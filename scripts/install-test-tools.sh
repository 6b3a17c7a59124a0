#!/usr/bin/env bash
# Installs the external tools the test suite checks dlint's output with, into a cache directory:
# the SARIF validator (@microsoft/sarif-multitool, a self-contained binary from npm). Idempotent.
# Prints nothing when everything is present. The cache is $DLINT_TOOLS_DIR, default
# ${XDG_CACHE_HOME:-~/.cache}/dlint-test-tools; the tests look in the same place.
set -euo pipefail
tools=${DLINT_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dlint-test-tools}
multitool_version=5.7.0
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

installed=$(cat "$tools/.sarif-multitool-version" 2>/dev/null || true)
if [ ! -f "$multitool" ] || [ "$installed" != "$multitool_version" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "dlint: installing npm" >&2
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq >/dev/null
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  echo "dlint: installing @microsoft/sarif-multitool@$multitool_version into $tools" >&2
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "@microsoft/sarif-multitool@$multitool_version" >&2
  echo "$multitool_version" >"$tools/.sarif-multitool-version"
fi
# npm 11 may skip the package's postinstall, which is what marks the binary executable.
[ -x "$multitool" ] || chmod u+x "$multitool"
