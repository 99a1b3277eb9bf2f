#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the integration tier (and the two-node cluster test): Debian's
# own binaries, a private port and socket directory under <dir>, nothing shared with a system cluster.
#
#   throwaway-postgres.sh start <dir> <port>   creates and starts it; prints the JDBC URL on stdout
#   throwaway-postgres.sh stop  <dir> <port>   stops it and removes <dir>
#
# It has a database `engagement` owned by the user `engagement`, password `engagement` (TCP on 127.0.0.1,
# scram-sha-256). initdb and postgres refuse to run as root: as root, they run as the `postgres` user
# (runuser), in a <dir> that user owns; otherwise as the caller. Messages go to stderr, so
#   url="$(throwaway-postgres.sh start target/pg 55432)"
# captures only the URL. PG_BIN overrides the binaries' directory.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
MARKER=".throwaway-postgres"

usage() {
  echo "usage: $0 start|stop <dir> <port>" >&2
  exit 2
}

say() { echo "throwaway-postgres: $*" >&2; }
fail() {
  say "$*"
  exit 1
}

[ $# -eq 3 ] || usage
action="$1"
port="$3"
[[ "$port" =~ ^[0-9]+$ ]] || fail "port must be a number, not '$port'"
# Absolute, so it means the same to the postgres user and to pg_ctl whatever their working directory.
dir="$(realpath -m -- "$2")"
data="$dir/data"
socket="$dir/socket"
log="$dir/postgres.log"
# A Unix socket path has a 107-byte limit; say so rather than let postgres fail obscurely.
[ ${#socket} -le 90 ] || fail "socket directory $socket is too long for a Unix socket: choose a shorter <dir>"

# Runs a PostgreSQL binary as the user allowed to: `postgres` when we are root, the caller otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

psql_admin() {
  as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U postgres -d postgres "$@"
}

start() {
  [ -x "$PG_BIN/initdb" ] || fail "no PostgreSQL binaries in $PG_BIN (Debian package postgresql-15)"
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    fail "$dir exists and is not empty; stop the previous cluster first ($0 stop $dir $port)"
  fi
  mkdir -p "$socket"
  touch "$dir/$MARKER"
  chmod 700 "$dir" "$socket"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
    runuser -u postgres -- test -w "$dir" \
      || fail "the postgres user cannot reach $dir (a parent directory is not searchable): choose another <dir>"
  fi

  say "initdb in $data"
  as_owner "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; fail "initdb failed (output above)"; }

  # Durability is of no use to a throwaway cluster: fsync off keeps the tests' writes cheap on a busy disk.
  say "starting on 127.0.0.1:$port (socket $socket)"
  as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -k $socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 \
    || { cat "$log" >&2 2>/dev/null || true; fail "PostgreSQL did not start (log above)"; }

  psql_admin -c "CREATE ROLE engagement LOGIN PASSWORD 'engagement'" \
    -c "CREATE DATABASE engagement OWNER engagement ENCODING 'UTF8'" >&2
  say "database engagement, user engagement, ready"
  echo "jdbc:postgresql://127.0.0.1:$port/engagement"
}

stop() {
  if [ ! -e "$dir" ]; then
    say "$dir does not exist: nothing to stop"
    return 0
  fi
  # Never remove a directory this script did not create.
  [ -e "$dir/$MARKER" ] || fail "$dir was not made by this script (no $MARKER): not touching it"
  if [ -f "$data/postmaster.pid" ]; then
    say "stopping the cluster in $data"
    as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2 \
      || as_owner "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >&2 \
      || say "pg_ctl could not stop it (removing the directory anyway)"
  fi
  rm -rf -- "$dir"
  say "removed $dir"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
