#!/usr/bin/env bash
# The five services as plain JVM processes: <svc>/target/<svc>-service.jar on the port from
# env.sh, logs in .run/log/<svc>.log, pid files in .run/pid/<svc>.pid.
#
# usage: services.sh start|stop|restart [name…]   (default: all services)
#        services.sh kill name…                    (SIGKILL, for failure tests)
#
# start returns once Consul reports the instance's checks passing (timeout
# $SERVICE_START_TIMEOUT s); stop sends SIGTERM, waits $SERVICE_STOP_TIMEOUT s, then SIGKILL.
set -euo pipefail
source "$(dirname "$0")/env.sh"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# SERVICE_JAR_ROOT only moves where the jars are looked for (tests of this script).
jar_of() { echo "${SERVICE_JAR_ROOT:-$ROOT}/$1/target/$1-service.jar"; }
pid_file_of() { echo "$PID_DIR/$1.pid"; }
log_of() { echo "$LOG_DIR/$1.log"; }

check_names() {
  local name
  for name in "$@"; do
    [ -n "${SERVICE_PORT[$name]:-}" ] || { log "unknown service '$name' (known: ${SERVICES[*]})"; exit 2; }
  done
}

# Health of the instance of service $1 on port $2 in Consul: passing, warning, critical or missing.
instance_health() {
  curl -fsS "http://$CONSUL_HTTP_ADDR/v1/health/service/$1" 2>/dev/null | python3 -c '
import json, sys
port = int(sys.argv[1])
order = {"passing": 0, "warning": 1, "critical": 2}
states = [max((c["Status"] for c in entry["Checks"]), key=lambda s: order.get(s, 3), default="passing")
          for entry in json.load(sys.stdin) if entry["Service"]["Port"] == port]
print(min(states, key=lambda s: order.get(s, 3)) if states else "missing")
' "$2" || echo "missing"
}

start_one() {
  local svc="$1" jar pid_file port
  jar="$(jar_of "$svc")"; pid_file="$(pid_file_of "$svc")"; port="${SERVICE_PORT[$svc]}"
  if pid_alive "$pid_file"; then
    log "$svc: already running (pid $(pid_from "$pid_file"))"
    return 0
  fi
  if [ ! -f "$jar" ]; then
    log "$svc: SKIPPED — $jar is missing (build it: make build)"
    return 1
  fi
  log "$svc: starting on port $port"
  # The child writes its own pid, then becomes the JVM: the pid file names java itself.
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  MICRONAUT_SERVER_PORT="$port" setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pid_file" \
    "$JAVA" $JAVA_OPTS -jar "$jar" </dev/null >>"$(log_of "$svc")" 2>&1 &
  wait_until 5 "$svc's pid file" test -s "$pid_file"
}

wait_healthy() {
  local svc="$1" pid_file port deadline state
  pid_file="$(pid_file_of "$svc")"; port="${SERVICE_PORT[$svc]}"
  deadline=$((SECONDS + SERVICE_START_TIMEOUT))
  while :; do
    state="$(instance_health "$svc" "$port")"
    [ "$state" = passing ] && { log "$svc: passing in Consul (pid $(pid_from "$pid_file"), port $port)"; return 0; }
    if ! pid_alive "$pid_file"; then
      log "$svc: the process exited during start-up; last lines of $(log_of "$svc"):"
      tail -n 30 "$(log_of "$svc")" >&2 || true
      rm -f "$pid_file"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$svc: not passing in Consul after ${SERVICE_START_TIMEOUT}s (state: $state), see $(log_of "$svc")"
      return 1
    fi
    sleep 0.5
  done
}

start() {
  mkdir -p "$LOG_DIR" "$PID_DIR"
  "$ROOT/platform/scripts/consul.sh" status || { log "Consul is not running (platform/scripts/infra.sh up)"; exit 1; }
  local svc started=() failed=0
  # Start every JVM first, then wait for them together: they boot in parallel.
  for svc in "$@"; do
    if start_one "$svc"; then started+=("$svc"); fi
  done
  for svc in "${started[@]}"; do
    wait_healthy "$svc" || failed=1
  done
  return "$failed"
}

stop() {
  local svc pid_file pid pids=()
  # SIGTERM to all first (graceful: deregistration, in-flight requests), then wait for each.
  for svc in "$@"; do
    pid_file="$(pid_file_of "$svc")"
    if pid_alive "$pid_file"; then
      pid="$(pid_from "$pid_file")"
      log "$svc: stopping (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$svc:$pid")
    else
      rm -f "$pid_file"
    fi
  done
  local entry deadline=$((SECONDS + SERVICE_STOP_TIMEOUT))
  for entry in "${pids[@]}"; do
    svc="${entry%%:*}"; pid="${entry#*:}"
    while proc_alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    if proc_alive "$pid"; then
      log "$svc: still alive after ${SERVICE_STOP_TIMEOUT}s, SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$(pid_file_of "$svc")"
  done
}

kill_hard() {
  local svc pid_file
  for svc in "$@"; do
    pid_file="$(pid_file_of "$svc")"
    if pid_alive "$pid_file"; then
      log "$svc: SIGKILL (pid $(pid_from "$pid_file"))"
      kill -KILL "$(pid_from "$pid_file")" 2>/dev/null || true
    else
      log "$svc: not running"
    fi
    rm -f "$pid_file"
  done
}

command="${1:-}"; shift || true
if [ "$#" -eq 0 ]; then
  [ "$command" != kill ] || { echo "usage: $0 kill name…" >&2; exit 2; }
  set -- "${SERVICES[@]}"
fi
check_names "$@"
case "$command" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  restart) stop "$@"; start "$@" ;;
  kill) kill_hard "$@" ;;
  *) echo "usage: $0 start|stop|restart [name…] | kill name…" >&2; exit 2 ;;
esac
