# Shared settings of the platform scripts: where things live, pinned versions, ports.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS_DIR="$ROOT/.tools"
TOOLS_BIN="$TOOLS_DIR/bin"
RUN_DIR="$ROOT/.run"
LOG_DIR="$RUN_DIR/log"
PID_DIR="$RUN_DIR/pid"

CONSUL_VERSION="v1.22.0"
CONSUL_TEMPLATE_VERSION="v0.41.1"
GREENMAIL_VERSION="2.1.8"

CONSUL_HTTP_ADDR="127.0.0.1:8500"
PG_PORT=55432
PG_SOCKET_DIR="$RUN_DIR/pg-socket"
RABBIT_PORT=5672
RABBIT_MGMT_PORT=15672
EDGE_PORT=8080
SMTP_PORT=3025
SMTP_IMAP_PORT=3143
SMTP_API_PORT=3180   # GreenMail's HTTP API: the mail it received, for tests and people

PG_DATA_DIR="$RUN_DIR/postgres"
PG_BIN_DIR="/usr/lib/postgresql/15/bin"
RABBIT_NODENAME="rabbit@localhost"
RABBIT_DIR="$RUN_DIR/rabbitmq"
CONSUL_PID_FILE="$PID_DIR/consul.pid"
CONSUL_KV_PREFIX="config"
NGINX_PREFIX="$RUN_DIR/nginx"
NGINX_CONF="$NGINX_PREFIX/nginx.conf"

SERVICES=(order store rider billing notification)
declare -A SERVICE_PORT=([order]=8081 [store]=8082 [rider]=8083 [billing]=8084 [notification]=8085)

SERVICE_START_TIMEOUT=180
SERVICE_STOP_TIMEOUT=30
JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"

export PATH="$TOOLS_BIN:$PATH"
export CONSUL_HTTP_ADDR

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Process helpers shared by the scripts. Everything is found through pid files, never by name.
pid_from() { [ -s "$1" ] && head -n1 "$1" | tr -dc '0-9' || true; }
# A process that exited but was not reaped yet (a zombie, e.g. of a daemon whose parent is
# pid 1) counts as gone.
proc_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat:0:1}" != Z ]
}
proc_gone() { ! proc_alive "$1"; }
pid_alive() { local pid; pid="$(pid_from "$1")"; [ -n "$pid" ] && proc_alive "$pid"; }

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.2 s until it succeeds.
wait_until() {
  local timeout="$1" what="$2"; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "timed out after ${timeout}s waiting for $what"; return 1; fi
    sleep 0.2
  done
}

# render_file IN OUT NAME...: copies IN to OUT, replacing each @NAME@ with the value of $NAME.
render_file() {
  local in="$1" out="$2" text name; shift 2
  text="$(<"$in")"
  for name in "$@"; do text="${text//@$name@/${!name}}"; done
  printf '%s\n' "$text" >"$out.tmp" && mv "$out.tmp" "$out"
}

# timed NAME COMMAND...: runs one step of a bigger start and logs how long it took.
timed() {
  local name="$1" t0="$EPOCHREALTIME"; shift
  "$@"
  log "step $name: $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
}

# with_platform_lock "$0" "$@": re-runs the calling script while holding .run/.lock, so two
# up/down runs on this tree never interleave (a second one waits). flock -o keeps the lock out
# of everything the script starts, so daemons never hold it.
with_platform_lock() {
  [ -z "${PLATFORM_LOCK_HELD:-}" ] || return 0
  mkdir -p "$RUN_DIR"
  export PLATFORM_LOCK_HELD=1
  exec flock -o -w 900 "$RUN_DIR/.lock" "$@"
}
