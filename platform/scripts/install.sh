#!/usr/bin/env bash
# Installs what the platform needs and is missing: RabbitMQ, nginx and PostgreSQL from Debian's
# packages, Consul and consul-template built from their Go modules. Safe to run again.
#
# Debian's postinst scripts would start a default instance of each server (through
# invoke-rc.d). Ours run from .run/ on their own ports and folders, so a policy-rc.d that
# denies every start is in place while apt-get runs, and any default instance found running
# afterwards is stopped through its own pid file.
set -euo pipefail
source "$(dirname "$0")/env.sh"

declare -A PACKAGE_OF_BINARY=(
  [rabbitmq-server]=rabbitmq-server
  [nginx]=nginx
  ["$PG_BIN_DIR/initdb"]=postgresql
  [psql]=postgresql-client
  [curl]=curl
  [python3]=python3
)

missing=()
for binary in "${!PACKAGE_OF_BINARY[@]}"; do
  command -v "$binary" >/dev/null 2>&1 || missing+=("${PACKAGE_OF_BINARY[$binary]}")
done

policy_rc=/usr/sbin/policy-rc.d
own_policy_rc=false
restore_policy_rc() { if $own_policy_rc; then rm -f "$policy_rc"; fi; }
trap restore_policy_rc EXIT

if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { log "installing ${missing[*]} needs root"; exit 1; }
  if [ ! -e "$policy_rc" ]; then
    printf '#!/bin/sh\n# installed by platform/scripts/install.sh while apt-get runs\nexit 101\n' >"$policy_rc"
    chmod 755 "$policy_rc"
    own_policy_rc=true
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get install -y -q --no-install-recommends "${missing[@]}"; }
  log "installing ${missing[*]}"
  # Package lists are only refreshed when they are missing or too old to serve the packages.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null || ! apt_install; then
    log "apt-get update"
    apt-get update -q
    apt_install
  fi
else
  log "rabbitmq-server, nginx, postgresql already installed"
fi

# A default instance started by a package (or left from an earlier install) would take
# ports 5672/15672/80 or memory; stop it through its own pid file.
stop_default_instances() {
  local pid
  if pid_alive /run/nginx.pid && [ -e /etc/nginx/nginx.conf ]; then
    log "stopping Debian's default nginx (pid $(pid_from /run/nginx.pid))"
    nginx -s quit 2>/dev/null || kill "$(pid_from /run/nginx.pid)" || true
  fi
  for pidfile in /run/rabbitmq/pid /var/run/rabbitmq/pid /var/lib/rabbitmq/mnesia/rabbit@*.pid; do
    [ -e "$pidfile" ] || continue
    if pid_alive "$pidfile"; then
      log "stopping Debian's default RabbitMQ node (pid $(pid_from "$pidfile"))"
      rabbitmqctl -n "rabbit@$(hostname -s)" stop "$pidfile" >/dev/null 2>&1 || kill "$(pid_from "$pidfile")" || true
    fi
  done
  for pidfile in /var/lib/postgresql/*/*/postmaster.pid; do
    [ -e "$pidfile" ] || continue
    if pid_alive "$pidfile"; then
      pid="$(pid_from "$pidfile")"
      log "stopping Debian's default PostgreSQL cluster $(dirname "$pidfile") (pid $pid)"
      runuser -u postgres -- "$PG_BIN_DIR/pg_ctl" stop -D "$(dirname "$pidfile")" -m fast >/dev/null 2>&1 || kill "$pid" || true
    fi
  done
}
stop_default_instances

"$ROOT/platform/scripts/build-consul.sh"
