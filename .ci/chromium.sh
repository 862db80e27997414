#!/usr/bin/env bash
# Make sure a headless Chromium is there for the browser tests (tests/test_web_browser.py) and that
# they run rather than skip.
#
#   source .ci/chromium.sh      # installs Debian's chromium if missing; exports DATELINE_CHROMIUM
#                               # and DATELINE_REQUIRE_BROWSER=1 (a skipped browser test then fails)
#
# Needs root (or sudo) and a package mirror when Chromium is missing. Playwright drives this browser
# (executable_path); its own browser download is never used.

_dateline_chromium() {
    local bin
    bin="$(command -v chromium || true)"
    if [ -z "$bin" ]; then
        echo "chromium.sh: installing chromium (Debian package)" >&2
        if [ "$(id -u)" -eq 0 ]; then
            apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || return 1
        else
            sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || return 1
        fi
        bin="$(command -v chromium || true)"
        [ -n "$bin" ] || { echo "chromium.sh: chromium not found after installing" >&2; return 1; }
    fi
    DATELINE_CHROMIUM="$bin"
    DATELINE_REQUIRE_BROWSER=1
    export DATELINE_CHROMIUM DATELINE_REQUIRE_BROWSER
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    _dateline_chromium
    echo "$DATELINE_CHROMIUM"
else
    _dateline_chromium || { echo "chromium.sh: could not install Chromium" >&2; return 1; }
fi
