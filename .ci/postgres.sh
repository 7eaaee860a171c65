#!/usr/bin/env bash
# A throwaway PostgreSQL for the server tests (DESIGN §10 "Tests"): Debian's postgresql, run as its own user (it
# refuses root) on a temporary folder, listening on loopback only, trusted there (nothing else can reach it).
#   .ci/postgres.sh start   → prints the TEST_DATABASE_URL and the PGDATA folder
#   .ci/postgres.sh halt PGDATA / resume PGDATA   → stop it and start it again on the same folder (outage tests)
#   .ci/postgres.sh stop PGDATA                     → stop it and remove its folder
set -euo pipefail
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PG_PORT="${PG_PORT:-55432}"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

launch() {
  local dir
  dir="$(dirname "$1")"
  as_postgres "$PG_BIN/pg_ctl" -D "$1" -l "$dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$(cat "$dir/port") -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" start >/dev/null
}

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/gehu-pg.XXXXXX)"
    echo "$PG_PORT" > "$dir/port"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_postgres "$PG_BIN/initdb" -D "$dir/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    launch "$dir/data"
    echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "TEST_PGDATA=$dir/data"
    ;;
  halt)
    as_postgres "$PG_BIN/pg_ctl" -D "${2:?PGDATA}" -m fast -w stop >/dev/null
    ;;
  resume)
    launch "${2:?PGDATA}"
    ;;
  stop)
    as_postgres "$PG_BIN/pg_ctl" -D "${2:?PGDATA}" -m fast -w stop >/dev/null
    rm -rf "$(dirname "$2")"
    ;;
  *)
    echo "usage: $0 start | halt PGDATA | resume PGDATA | stop PGDATA" >&2
    exit 2
    ;;
esac
