#!/usr/bin/env bash
# Consul for the platform: a dev agent (in memory) on 127.0.0.1:8500, then the KV seed:
# platform/consul/kv/<name>.yml → key config/<name>, always overwritten.
# usage: consul.sh start|stop|status|seed
set -euo pipefail
source "$(dirname "$0")/env.sh"

CONSUL_LOG="$LOG_DIR/consul.log"

leader_elected() { [ -n "$(curl -fsS "http://$CONSUL_HTTP_ADDR/v1/status/leader" | tr -d '"')" ]; }

seed_kv() {
  local file name
  for file in "$ROOT"/platform/consul/kv/*.yml; do
    name="$(basename "$file" .yml)"
    consul kv put "$CONSUL_KV_PREFIX/$name" "@$file" >/dev/null
  done
  log "consul: KV seeded: $(cd "$ROOT/platform/consul/kv" && ls *.yml | sed "s|^|$CONSUL_KV_PREFIX/|; s|\.yml$||" | tr '\n' ' ')"
}

start() {
  "$ROOT/platform/scripts/build-consul.sh" >/dev/null
  mkdir -p "$LOG_DIR" "$PID_DIR"
  if pid_alive "$CONSUL_PID_FILE"; then
    log "consul: already running (pid $(pid_from "$CONSUL_PID_FILE"))"
  else
    log "consul: starting dev agent on $CONSUL_HTTP_ADDR"
    # The child writes its own pid, then becomes consul: the pid file names consul itself.
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$CONSUL_PID_FILE" \
      "$TOOLS_BIN/consul" agent -dev -config-dir "$ROOT/platform/consul/agent" \
      </dev/null >>"$CONSUL_LOG" 2>&1 &
    wait_until 5 "consul's pid file" test -s "$CONSUL_PID_FILE"
  fi
  if ! wait_until 60 "a Consul leader" leader_elected; then
    tail -n 20 "$CONSUL_LOG" >&2; exit 1
  fi
  seed_kv
  log "consul: ready (pid $(pid_from "$CONSUL_PID_FILE")), UI http://$CONSUL_HTTP_ADDR/ui"
}

stop() {
  local pid
  if pid_alive "$CONSUL_PID_FILE"; then
    pid="$(pid_from "$CONSUL_PID_FILE")"
    log "consul: stopping (pid $pid)"
    kill -INT "$pid"   # graceful leave
    if ! wait_until 20 "consul to exit" proc_gone "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  else
    log "consul: not running"
  fi
  rm -f "$CONSUL_PID_FILE"
}

status() { pid_alive "$CONSUL_PID_FILE" && leader_elected; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  seed) seed_kv ;;
  *) echo "usage: $0 start|stop|status|seed" >&2; exit 2 ;;
esac
