#!/usr/bin/env bash
# Builds Consul and consul-template from their Go modules at pinned versions into .tools/bin.
# Built once, reused afterwards. Consul's go.mod carries replace directives, so `go install`
# refuses it; a tiny wrapper module that requires it as a dependency builds it instead.
set -euo pipefail
source "$(dirname "$0")/env.sh"

mkdir -p "$TOOLS_BIN"

# Version checks read the whole output (grep without -q, sed): an early-closing reader would
# SIGPIPE the binary and, under pipefail, fail the check (a needless rebuild) or this script.
if [ ! -x "$TOOLS_BIN/consul" ] || ! "$TOOLS_BIN/consul" version | grep "Consul ${CONSUL_VERSION}" >/dev/null; then
  log "building consul ${CONSUL_VERSION} from its Go module (first time only, several minutes)"
  # platform/tools/consul pins Consul and, in go.sum, every module it builds from. Three of
  # Consul's own submodules are not in the public checksum database, so their hashes come
  # from the committed go.sum alone.
  (cd "$ROOT/platform/tools/consul" && GONOSUMDB=github.com/hashicorp/consul GOFLAGS=-mod=mod go build -trimpath \
      -ldflags "-X github.com/hashicorp/consul/version.GitVersion=${CONSUL_VERSION#v} -X github.com/hashicorp/consul/version.VersionPrerelease=" \
      -o "$TOOLS_BIN/consul" github.com/hashicorp/consul)
fi

if [ ! -x "$TOOLS_BIN/consul-template" ] || ! "$TOOLS_BIN/consul-template" -version 2>&1 | grep "${CONSUL_TEMPLATE_VERSION#v}" >/dev/null; then
  log "building consul-template ${CONSUL_TEMPLATE_VERSION}"
  GOBIN="$TOOLS_BIN" go install -trimpath \
    -ldflags "-X github.com/hashicorp/consul-template/version.Version=${CONSUL_TEMPLATE_VERSION#v} -X github.com/hashicorp/consul-template/version.VersionPrerelease=" \
    "github.com/hashicorp/consul-template@${CONSUL_TEMPLATE_VERSION}"
fi
"$TOOLS_BIN/consul" version | sed -n 1p
"$TOOLS_BIN/consul-template" -version 2>&1 | sed -n 1p
