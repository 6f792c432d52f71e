#!/usr/bin/env bash
# One table: each service's instances, Consul health and outbox backlog (events its relay has still
# to publish, from the instances' /health), then the infrastructure (up/down).
# Exits non-zero when a service is not passing (or Consul cannot be asked).
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts="$ROOT/platform/scripts"

infra_row() {  # NAME ADDRESS CHECK...
  local name="$1" address="$2"; shift 2
  if "$@" >/dev/null 2>&1; then state=up; else state=down; fi
  printf '%-14s %-10s %-10s %-7s %s\n' "$name" "-" "$state" "-" "$address"
}

services_ok=0
printf '%-14s %-10s %-10s %-7s %s\n' NAME INSTANCES HEALTH OUTBOX ADDRESS
# Consul's view of each service: /v1/health/service/<name> lists every registered instance
# with its checks. An instance is as healthy as its worst check; the service as its worst instance.
if ! python3 - "$CONSUL_HTTP_ADDR" "${SERVICES[@]}" <<'EOF'; then services_ok=1; fi
import json, sys, urllib.request
addr, names = sys.argv[1], sys.argv[2:]
rank = {"passing": 0, "warning": 1, "critical": 2}
ok = True

def backlog(entries):
    """Pending outbox events over the instances, as their /health reports them ('-' if none answers)."""
    total, seen = 0, False
    for e in entries:
        url = f'http://{e["Service"]["Address"] or e["Node"]["Address"]}:{e["Service"]["Port"]}/health'
        try:
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    health = json.load(r)
            except urllib.error.HTTPError as down:  # 503 while a dependency is down: the body still tells
                health = json.load(down)
        except Exception:
            continue
        pending = health.get("details", {}).get("outbox", {}).get("details", {}).get("pending")
        if isinstance(pending, int):
            total, seen = total + pending, True
    return str(total) if seen else "-"

for name in names:
    try:
        with urllib.request.urlopen(f"http://{addr}/v1/health/service/{name}", timeout=3) as r:
            entries = json.load(r)
    except Exception:
        print(f"{name:<14} {'?':<10} {'unknown':<10} {'-':<7} consul not reachable")
        ok = False
        continue
    if not entries:
        print(f"{name:<14} {'0':<10} {'missing':<10} {'-':<7} -")
        ok = False
        continue
    states = [max((c["Status"] for c in e["Checks"]), key=lambda s: rank.get(s, 3), default="passing")
              for e in entries]
    worst = max(states, key=lambda s: rank.get(s, 3))
    passing = sum(1 for s in states if s == "passing")
    addresses = ",".join(f'{e["Service"]["Address"] or e["Node"]["Address"]}:{e["Service"]["Port"]}'
                         + ("" if s == "passing" else f"({s})") for e, s in zip(entries, states))
    print(f"{name:<14} {f'{passing}/{len(entries)}':<10} {worst:<10} {backlog(entries):<7} {addresses}")
    ok = ok and worst == "passing"
sys.exit(0 if ok else 1)
EOF

infra_row consul   "$CONSUL_HTTP_ADDR"                 "$scripts/consul.sh" status
infra_row rabbitmq "127.0.0.1:$RABBIT_PORT (ui :$RABBIT_MGMT_PORT)" "$scripts/rabbitmq.sh" status
infra_row smtp     "127.0.0.1:$SMTP_PORT (mail :$SMTP_API_PORT)" "$scripts/smtp.sh" status
infra_row postgres "127.0.0.1:$PG_PORT"                "$scripts/postgres.sh" status
infra_row edge     "127.0.0.1:$EDGE_PORT"              "$scripts/edge.sh" status
exit "$services_ok"
