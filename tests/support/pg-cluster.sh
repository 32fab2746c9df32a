#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests: initdb in DIR as an unprivileged user,
# listening only on a unix socket in DIR (no TCP port to collide with), trust authentication for role posdesk.
#   pg-cluster.sh start DIR PORT     pg-cluster.sh stop DIR
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?directory}; port=${3:-54329}

pgbin=""
for v in 17 16 15 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then pgbin="/usr/lib/postgresql/$v/bin"; break; fi
done
[ -z "$pgbin" ] && command -v initdb >/dev/null && pgbin="$(dirname "$(command -v initdb)")"
if [ -z "$pgbin" ]; then
    echo "pg-cluster: PostgreSQL server binaries not found (install package postgresql: installer/install-build-deps.sh)" >&2
    exit 1
fi

# initdb refuses to run as root: run the server as an unprivileged account.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    runas=nobody
    as_user=(runuser -u "$runas" --)
fi

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_user[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$cmd" in
start)
    stop
    mkdir -p "$dir"
    [ ${#as_user[@]} -gt 0 ] && chown "$runas" "$dir"
    if ! "${as_user[@]}" "$pgbin/initdb" -D "$dir/data" -U posdesk --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        echo "pg-cluster: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1
    fi
    if ! "${as_user[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c max_connections=60" start >/dev/null; then
        echo "pg-cluster: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1
    fi
    echo "pg-cluster: PostgreSQL running on unix socket $dir port $port"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pg-cluster.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
