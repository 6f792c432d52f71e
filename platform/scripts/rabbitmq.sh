#!/usr/bin/env bash
# RabbitMQ for the platform: node rabbit@localhost on 127.0.0.1:$RABBIT_PORT (management on
# $RABBIT_MGMT_PORT), its data and logs in .run/rabbitmq owned by user rabbitmq, topology from
# platform/rabbitmq/definitions.json.   usage: rabbitmq.sh start|stop|status
#
# As root, Debian's rabbitmq* wrappers switch to user rabbitmq and keep the environment, so
# everything is passed as RABBITMQ_* variables. Do not call /usr/lib/rabbitmq/bin/* directly:
# the CLI would not find the node's Erlang cookie.
set -euo pipefail
source "$(dirname "$0")/env.sh"

RABBIT_USER=rabbitmq
RABBIT_DEFINITIONS="$ROOT/platform/rabbitmq/definitions.json"
RABBIT_PID_FILE="$RABBIT_DIR/rabbitmq.pid"

export RABBITMQ_NODENAME="$RABBIT_NODENAME"
export RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$ROOT/platform/rabbitmq/enabled_plugins"
export RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
export RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
export RABBITMQ_PID_FILE="$RABBIT_PID_FILE"
export RABBITMQ_NODE_PORT="$RABBIT_PORT"   # distribution port = AMQP + 20000
# Keep Erlang distribution and epmd on loopback too.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1

prepare() {
  install -d -o "$RABBIT_USER" -g "$RABBIT_USER" -m 750 "$RABBIT_DIR" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  render_file "$ROOT/platform/rabbitmq/rabbitmq.conf" "$RABBITMQ_CONFIG_FILE" RABBIT_PORT RABBIT_MGMT_PORT RABBIT_DEFINITIONS
  chown "$RABBIT_USER:$RABBIT_USER" "$RABBITMQ_CONFIG_FILE"
  mkdir -p "$LOG_DIR"
  ln -sfn "$RABBITMQ_LOG_BASE" "$LOG_DIR/rabbitmq"
}

management_up() { curl -fsS -o /dev/null -u guest:guest "http://127.0.0.1:$RABBIT_MGMT_PORT/api/overview"; }

start() {
  prepare
  if pid_alive "$RABBIT_PID_FILE"; then
    log "rabbitmq: already running (pid $(pid_from "$RABBIT_PID_FILE")), re-importing definitions"
    rabbitmqctl -q import_definitions "$RABBIT_DEFINITIONS" >/dev/null
  else
    rm -f "$RABBIT_PID_FILE"
    log "rabbitmq: starting $RABBIT_NODENAME on 127.0.0.1:$RABBIT_PORT (management $RABBIT_MGMT_PORT)"
    rabbitmq-server -detached
    # wait, not await_startup: the latter fails at once while the node is not registered yet.
    if ! rabbitmqctl -q wait "$RABBIT_PID_FILE" --timeout 120 >/dev/null; then
      log "rabbitmq: did not start, see $RABBITMQ_LOG_BASE"
      tail -n 20 "$RABBITMQ_LOG_BASE/$RABBIT_NODENAME.log" >&2 2>/dev/null || true
      exit 1
    fi
  fi
  wait_until 60 "the RabbitMQ management API" management_up
  log "rabbitmq: ready (pid $(pid_from "$RABBIT_PID_FILE"))"
}

stop() {
  if pid_alive "$RABBIT_PID_FILE"; then
    log "rabbitmq: stopping (pid $(pid_from "$RABBIT_PID_FILE"))"
    # stop with a pid file returns once the Erlang VM has exited.
    rabbitmqctl -q stop "$RABBIT_PID_FILE" >/dev/null
  else
    log "rabbitmq: not running"
  fi
  rm -f "$RABBIT_PID_FILE"
  # The node started epmd (port 4369); it refuses to die while any node is still registered.
  epmd -kill >/dev/null 2>&1 || true
}

status() { pid_alive "$RABBIT_PID_FILE" && management_up; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
