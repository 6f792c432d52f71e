#!/usr/bin/env bash
# Everything on this machine: install → postgres → rabbitmq → smtp → consul → edge → build →
# services → status. Safe to run again: what already runs is kept (and re-provisioned).
set -euo pipefail
source "$(dirname "$0")/env.sh"
with_platform_lock "$0" "$@"
scripts="$ROOT/platform/scripts"

t0="$EPOCHREALTIME"
timed install  "$scripts/install.sh"
timed postgres "$scripts/postgres.sh" start
timed rabbitmq "$scripts/rabbitmq.sh" start
timed smtp     "$scripts/smtp.sh" start
timed consul   "$scripts/consul.sh" start
timed edge     "$scripts/edge.sh" start
# SKIP_BUILD=1 starts the jars as they are (e.g. while another build runs in this tree).
if [ "${SKIP_BUILD:-0}" = 1 ]; then log "build: skipped (SKIP_BUILD=1)"; else timed build "$scripts/build.sh"; fi
timed services "$scripts/services.sh" start
log "up: $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s in all; edge http://127.0.0.1:$EDGE_PORT, Consul UI http://$CONSUL_HTTP_ADDR/ui"
"$scripts/status.sh"
