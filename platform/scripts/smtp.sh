#!/usr/bin/env bash
# A real SMTP server beside the platform: GreenMail standalone (from Maven Central, into .tools/)
# on 127.0.0.1:$SMTP_PORT, accepting every address without authentication. What it receives can
# be read over IMAP (:$SMTP_IMAP_PORT, login = password = the address) or its HTTP API:
#   curl http://127.0.0.1:$SMTP_API_PORT/api/user/<address>/messages/INBOX
# The mail lives in memory: a restart forgets it.      usage: smtp.sh start|stop|status
set -euo pipefail
source "$(dirname "$0")/env.sh"

GREENMAIL_JAR="$TOOLS_DIR/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar"
SMTP_PID_FILE="$PID_DIR/smtp.pid"
SMTP_LOG="$LOG_DIR/smtp.log"

api_ready() { curl -fsS -o /dev/null "http://127.0.0.1:$SMTP_API_PORT/api/service/readiness"; }

fetch() {
  [ -s "$GREENMAIL_JAR" ] && return 0
  log "smtp: fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION from Maven Central"
  mkdir -p "$TOOLS_DIR/greenmail"
  # Run outside any project, so Maven resolves only the one artifact.
  (cd "$TOOLS_DIR/greenmail" && mvn -q -B -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$TOOLS_DIR/greenmail")
}

start() {
  fetch
  mkdir -p "$LOG_DIR" "$PID_DIR"
  if pid_alive "$SMTP_PID_FILE"; then
    log "smtp: already running (pid $(pid_from "$SMTP_PID_FILE"))"
  else
    log "smtp: starting GreenMail $GREENMAIL_VERSION, SMTP 127.0.0.1:$SMTP_PORT, IMAP :$SMTP_IMAP_PORT, API :$SMTP_API_PORT"
    # The child writes its own pid, then becomes java: the pid file names GreenMail itself.
    setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$SMTP_PID_FILE" \
      java -Xms16m -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
      -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.port="$SMTP_IMAP_PORT" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$SMTP_API_PORT" \
      -jar "$GREENMAIL_JAR" \
      </dev/null >>"$SMTP_LOG" 2>&1 &
    wait_until 5 "GreenMail's pid file" test -s "$SMTP_PID_FILE"
  fi
  if ! wait_until 60 "GreenMail's API" api_ready; then
    tail -n 20 "$SMTP_LOG" >&2; exit 1
  fi
  log "smtp: ready (pid $(pid_from "$SMTP_PID_FILE")), mail readable at http://127.0.0.1:$SMTP_API_PORT/"
}

stop() {
  local pid
  if pid_alive "$SMTP_PID_FILE"; then
    pid="$(pid_from "$SMTP_PID_FILE")"
    log "smtp: stopping (pid $pid)"
    kill -TERM "$pid"
    if ! wait_until 20 "GreenMail to exit" proc_gone "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  else
    log "smtp: not running"
  fi
  rm -f "$SMTP_PID_FILE"
}

status() { pid_alive "$SMTP_PID_FILE" && api_ready; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
