#!/usr/bin/env bash
# The infrastructure alone (what the tests need): PostgreSQL, RabbitMQ, SMTP (GreenMail), Consul, the edge.
# usage: infra.sh up|down|status
set -euo pipefail
source "$(dirname "$0")/env.sh"
with_platform_lock "$0" "$@"
scripts="$ROOT/platform/scripts"

INFRA=(postgres rabbitmq smtp consul edge)

case "${1:-}" in
  up)
    t0="$EPOCHREALTIME"
    timed install "$scripts/install.sh"
    for part in "${INFRA[@]}"; do timed "$part" "$scripts/$part.sh" start; done
    log "infra up: $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s in all"
    ;;
  down)
    for ((i = ${#INFRA[@]} - 1; i >= 0; i--)); do "$scripts/${INFRA[$i]}.sh" stop; done
    ;;
  status)
    failed=0
    for part in "${INFRA[@]}"; do
      if "$scripts/$part.sh" status >/dev/null 2>&1; then echo "$part up"; else echo "$part down"; failed=1; fi
    done
    exit "$failed"
    ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
