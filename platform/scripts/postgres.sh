#!/usr/bin/env bash
# PostgreSQL for the platform: a private cluster in .run/postgres owned by user postgres,
# on 127.0.0.1:$PG_PORT and a socket in $PG_SOCKET_DIR, with the roles and databases of
# platform/postgres/init.sql.   usage: postgres.sh start|stop|status
set -euo pipefail
source "$(dirname "$0")/env.sh"

PG_USER=postgres
PG_LOG="$LOG_DIR/postgres.log"
PG_PID_FILE="$PG_DATA_DIR/postmaster.pid"

as_postgres() { (cd / && runuser -u "$PG_USER" -- "$@"); }
# Run as root or as postgres itself.
if [ "$(id -un)" = "$PG_USER" ]; then as_postgres() { "$@"; }; fi

pg_ready() { "$PG_BIN_DIR/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && "$PG_BIN_DIR/pg_isready" -q -h "$PG_SOCKET_DIR" -p "$PG_PORT"; }

init_cluster() {
  [ -s "$PG_DATA_DIR/PG_VERSION" ] && return 0
  log "postgres: initdb $PG_DATA_DIR"
  rm -rf "$PG_DATA_DIR"
  install -d -o "$PG_USER" -g "$PG_USER" -m 700 "$PG_DATA_DIR"
  # Local socket: peer (the postgres OS user is the superuser); TCP: passwords only.
  as_postgres "$PG_BIN_DIR/initdb" -D "$PG_DATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  echo "include 'platform.conf'" >>"$PG_DATA_DIR/postgresql.conf"
}

write_settings() {
  # Rewritten on every start, so a change of port or paths in env.sh takes effect.
  cat >"$PG_DATA_DIR/platform.conf" <<EOF
# written by platform/scripts/postgres.sh — edit env.sh, not this file
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET_DIR'
password_encryption = scram-sha-256
max_connections = 200
shared_buffers = 64MB
fsync = on
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  chown "$PG_USER:$PG_USER" "$PG_DATA_DIR/platform.conf"
}

create_roles_and_databases() {
  as_postgres "$PG_BIN_DIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres \
    -f - <"$ROOT/platform/postgres/init.sql" >/dev/null
}

start() {
  mkdir -p "$LOG_DIR" "$PID_DIR"
  install -d -o "$PG_USER" -g "$PG_USER" -m 775 "$PG_SOCKET_DIR"
  touch "$PG_LOG" && chown "$PG_USER:$PG_USER" "$PG_LOG"
  init_cluster
  if pid_alive "$PG_PID_FILE"; then
    log "postgres: already running (pid $(pid_from "$PG_PID_FILE"))"
  else
    write_settings
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    # -W: do not let pg_ctl poll once a second; pg_ready below polls every 0.2 s.
    as_postgres "$PG_BIN_DIR/pg_ctl" start -D "$PG_DATA_DIR" -l "$PG_LOG" -W -s
  fi
  if ! wait_until 60 "postgres to accept connections" pg_ready; then
    tail -n 20 "$PG_LOG" >&2; exit 1
  fi
  create_roles_and_databases
  log "postgres: ready (pid $(pid_from "$PG_PID_FILE")), roles and databases in place"
}

stop() {
  if pid_alive "$PG_PID_FILE"; then
    log "postgres: stopping (pid $(pid_from "$PG_PID_FILE"))"
    as_postgres "$PG_BIN_DIR/pg_ctl" stop -D "$PG_DATA_DIR" -m fast -w -t 60 -s
  else
    log "postgres: not running"
  fi
}

status() { pid_alive "$PG_PID_FILE" && pg_ready; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
