#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and export its URL.
#
#   source .ci/postgres.sh      # exports DATELINE_TEST_POSTGRES (what .ci/run does)
#   .ci/postgres.sh             # prints the URL
#   .ci/postgres.sh stop        # stops the server and removes its data directory
#
# Installs Debian's postgresql package when initdb is missing (needs root and a package mirror).
# The server listens on 127.0.0.1:${DATELINE_PG_PORT:-5433} with trust authentication, keeps its data
# in ${DATELINE_PG_DIR:-/tmp/dateline-ci-pg} and runs as the postgres user when started by root.
# Running it again reuses the server that is already up.

_dateline_pg() {
    local port="${DATELINE_PG_PORT:-5433}"
    local dir="${DATELINE_PG_DIR:-/tmp/dateline-ci-pg}"
    local db="dateline_test"
    local bindir=""
    local candidate
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bindir="$candidate"
    done
    if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
        bindir="$(dirname "$(command -v initdb)")"
    fi
    if [ -z "$bindir" ]; then
        echo "postgres.sh: installing postgresql (Debian package)" >&2
        if [ "$(id -u)" -eq 0 ]; then
            apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
        else
            sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
        fi
        for candidate in /usr/lib/postgresql/*/bin; do
            [ -x "$candidate/initdb" ] && bindir="$candidate"
        done
        [ -n "$bindir" ] || { echo "postgres.sh: initdb not found after installing" >&2; return 1; }
    fi

    # as root, run the server as the postgres user (initdb refuses root)
    local -a as_user=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
        as_user=(runuser -u postgres --)
    fi

    if [ "${1:-}" = "stop" ]; then
        if [ -f "$dir/PG_VERSION" ]; then
            "${as_user[@]}" "$bindir/pg_ctl" -D "$dir" -m fast -w stop >&2 || true
        fi
        rm -rf "$dir"
        return 0
    fi

    if ! "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        if [ ! -f "$dir/PG_VERSION" ]; then
            rm -rf "$dir"
            mkdir -p "$dir"
            [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
            chmod 700 "$dir"
            "${as_user[@]}" "$bindir/initdb" -D "$dir" -U postgres -A trust -E UTF8 --no-locale >"$dir.initdb.log" 2>&1 \
                || { cat "$dir.initdb.log" >&2; return 1; }
        fi
        rm -f "$dir/postmaster.pid.stale"
        "${as_user[@]}" "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
            || { tail -20 "$dir/server.log" >&2; return 1; }
    fi
    if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1; then
        "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $db" >&2 || return 1
    fi
    DATELINE_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/$db"
    export DATELINE_TEST_POSTGRES
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    _dateline_pg "$@"
    [ "${1:-}" = "stop" ] || echo "$DATELINE_TEST_POSTGRES"
else
    _dateline_pg "$@" || { echo "postgres.sh: could not start PostgreSQL" >&2; return 1; }
fi
