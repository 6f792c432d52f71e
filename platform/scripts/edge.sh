#!/usr/bin/env bash
# The edge: nginx on 127.0.0.1:$EDGE_PORT with its configuration rendered from Consul by
# consul-template (platform/nginx/nginx.conf.ctmpl → .run/nginx/nginx.conf), re-rendered and
# reloaded whenever the healthy instances of a service change.
# usage: edge.sh start|stop|status|reload
set -euo pipefail
source "$(dirname "$0")/env.sh"

TEMPLATE="$ROOT/platform/nginx/nginx.conf.ctmpl"
NGINX_PID_FILE="$NGINX_PREFIX/nginx.pid"
CT_PID_FILE="$PID_DIR/consul-template.pid"
CT_LOG="$LOG_DIR/consul-template.log"
export EDGE_PORT   # read by the template

nginx_cmd() { nginx -c "$NGINX_CONF" -p "$NGINX_PREFIX/" -e "$NGINX_PREFIX/logs/error.log" "$@"; }
RELOAD_COMMAND="nginx -c $NGINX_CONF -p $NGINX_PREFIX/ -e $NGINX_PREFIX/logs/error.log -s reload"

edge_up() { curl -fsS -o /dev/null "http://127.0.0.1:$EDGE_PORT/healthz"; }

render_once() {
  consul-template -consul-addr "$CONSUL_HTTP_ADDR" -log-level warn -once \
    -template "$TEMPLATE:$NGINX_CONF"
}

start() {
  "$ROOT/platform/scripts/build-consul.sh" >/dev/null
  "$ROOT/platform/scripts/consul.sh" status || { log "edge: Consul is not running (consul.sh start)"; exit 1; }
  mkdir -p "$LOG_DIR" "$PID_DIR" "$NGINX_PREFIX"/{logs,temp}
  ln -sfn "$NGINX_PREFIX/logs" "$LOG_DIR/nginx"

  render_once
  nginx_cmd -t -q
  if pid_alive "$NGINX_PID_FILE"; then
    log "edge: nginx already running (pid $(pid_from "$NGINX_PID_FILE")), reloading"
    nginx_cmd -s reload
  else
    log "edge: starting nginx on 127.0.0.1:$EDGE_PORT"
    nginx_cmd
  fi

  if pid_alive "$CT_PID_FILE"; then
    log "edge: consul-template already running (pid $(pid_from "$CT_PID_FILE"))"
  else
    log "edge: starting consul-template (reload on change)"
    # Retry Consul for ever (0 attempts = unlimited) so a Consul restart does not end it.
    setsid "$TOOLS_BIN/consul-template" -consul-addr "$CONSUL_HTTP_ADDR" \
      -consul-retry-attempts 0 -consul-retry-max-backoff 5s \
      -log-level info -pid-file "$CT_PID_FILE" \
      -template "$TEMPLATE:$NGINX_CONF:$RELOAD_COMMAND" \
      </dev/null >>"$CT_LOG" 2>&1 &
    wait_until 10 "consul-template's pid file" pid_alive "$CT_PID_FILE"
  fi
  wait_until 10 "the edge to answer /healthz" edge_up
  log "edge: ready on http://127.0.0.1:$EDGE_PORT (nginx pid $(pid_from "$NGINX_PID_FILE"), consul-template pid $(pid_from "$CT_PID_FILE"))"
}

stop_pid() {   # stop_pid NAME PIDFILE SIGNAL
  local name="$1" file="$2" signal="$3" pid
  if pid_alive "$file"; then
    pid="$(pid_from "$file")"
    log "edge: stopping $name (pid $pid)"
    kill "-$signal" "$pid" 2>/dev/null || true
    if ! wait_until 15 "$name to exit" proc_gone "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  else
    log "edge: $name not running"
  fi
  rm -f "$file"
}

stop() {
  stop_pid consul-template "$CT_PID_FILE" INT
  stop_pid nginx "$NGINX_PID_FILE" QUIT   # graceful: what `nginx -s quit` sends
}

status() { pid_alive "$NGINX_PID_FILE" && pid_alive "$CT_PID_FILE" && edge_up; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reload) render_once && nginx_cmd -t -q && nginx_cmd -s reload ;;
  *) echo "usage: $0 start|stop|status|reload" >&2; exit 2 ;;
esac
