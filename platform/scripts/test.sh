#!/usr/bin/env bash
# The whole suite against real infrastructure — what `make test` and CI run.
#   1. PostgreSQL, RabbitMQ, Consul and the edge (installed when missing)
#   2. mvn install: unit, property, architecture and adapter tests (real PostgreSQL and RabbitMQ), jars
#   3. the five services from those jars, registered and passing in Consul
#   4. e2e: the platform through the nginx edge (failsafe, profile e2e)
# What this script started it stops again; a platform that was already up stays up.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts="$ROOT/platform/scripts"

was_up=0
"$scripts/infra.sh" status >/dev/null 2>&1 && was_up=1
finish() {
  local code=$?
  if [ "$was_up" = 0 ] && [ "${KEEP_PLATFORM:-0}" != 1 ]; then
    log "test: stopping the platform this run started (KEEP_PLATFORM=1 keeps it)"
    "$scripts/down.sh" || true
  fi
  exit "$code"
}
trap finish EXIT

t0="$EPOCHREALTIME"
timed infra "$scripts/infra.sh" up
cd "$ROOT"
timed "module tests" mvn -B -ntp install
# the services run in the Micronaut environment e2e: config/<service>,e2e in Consul KV shortens
# the timeouts the suite waits for (a ticket's confirmation, a virtual account's expiry)
export MICRONAUT_ENVIRONMENTS=e2e
timed services "$scripts/services.sh" restart
timed e2e mvn -B -ntp -pl e2e -Pe2e verify
log "test: all green in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s"
