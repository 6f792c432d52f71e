#!/usr/bin/env bash
# Stops what up.sh started, in reverse order, each part through its own pid file.
set -euo pipefail
source "$(dirname "$0")/env.sh"
with_platform_lock "$0" "$@"
scripts="$ROOT/platform/scripts"

"$scripts/services.sh" stop
"$scripts/edge.sh" stop
"$scripts/consul.sh" stop
"$scripts/smtp.sh" stop
"$scripts/rabbitmq.sh" stop
"$scripts/postgres.sh" stop

# Nothing of ours may still listen.
busy="$(ss -Hltn | awk '{ print $4 }' | grep -E ":($EDGE_PORT|8500|$RABBIT_PORT|$RABBIT_MGMT_PORT|$PG_PORT|$SMTP_PORT|$SMTP_IMAP_PORT|$SMTP_API_PORT|4369|$(IFS='|'; echo "${SERVICE_PORT[*]}"))\$" || true)"
if [ -n "$busy" ]; then
  log "down: still listening: $(echo "$busy" | tr '\n' ' ')"
  exit 1
fi
log "down: everything stopped"
