#!/usr/bin/env bash
# Placeholder: the whole suite against real infrastructure. The Java side replaces this.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/platform/scripts/infra.sh" up
cd "$ROOT"
mvn -B verify
