#!/usr/bin/env bash
# A throwaway PostgreSQL for the server tests (DESIGN §10 "Tests"): Debian's postgresql, run as its own user (it
# refuses root) on a temporary folder, listening on loopback only, trusted there (nothing else can reach it).
#   .ci/postgres.sh start   → prints the TEST_DATABASE_URL and the PGDATA folder
#   .ci/postgres.sh stop|restart [PGDATA]
set -euo pipefail
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PG_PORT="${PG_PORT:-55432}"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/gehu-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$PG_BIN/initdb" -D "$dir/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" start >/dev/null
    echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "TEST_PGDATA=$dir/data"
    ;;
  stop)
    as_postgres "$PG_BIN/pg_ctl" -D "${2:?PGDATA}" -m fast -w stop >/dev/null
    rm -rf "$(dirname "$2")"
    ;;
  *)
    echo "usage: $0 start | stop PGDATA" >&2
    exit 2
    ;;
esac
