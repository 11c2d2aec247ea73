#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the storage tests.
#
#   eval "$(scripts/pg-cluster.sh start)"   # prints: export TEST_DATABASE_URL=…
#   scripts/pg-cluster.sh stop
#
# Uses Debian's postgresql (installed with apt-get when missing and running as
# root). The cluster runs as the `postgres` user from a data directory under
# $PG_CLUSTER_DIR (default /tmp/creditkit-pg), trusts local connections only,
# and listens on 127.0.0.1:$PG_PORT (default 54329). `stop` removes it all.
set -euo pipefail

DIR=${PG_CLUSTER_DIR:-/tmp/creditkit-pg}
PORT=${PG_PORT:-54329}
DB=creditkit_test

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install() {
  if [[ -n "$(bin_dir)" ]]; then return 0; fi
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
    return 1
  fi
  echo "pg-cluster: installing Debian's postgresql" >&2
  timeout 600 bash -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null' >&2
}

start() {
  install
  local bin
  bin=$(bin_dir)
  stop >/dev/null 2>&1 || true
  mkdir -p "$DIR"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$DIR"; fi
  as_postgres "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --no-instructions >/dev/null
  as_postgres "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on -c max_connections=200" >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$DB"
}

stop() {
  local bin
  bin=$(bin_dir) || return 0
  if [[ -f "$DIR/data/postmaster.pid" ]]; then
    as_postgres "$bin/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
