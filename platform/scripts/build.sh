#!/usr/bin/env bash
# Builds the service jars (<svc>/target/<svc>-service.jar) with Maven, tests skipped.
# usage: build.sh [--force]   without --force only when a jar is missing or older than a source.
set -euo pipefail
source "$(dirname "$0")/env.sh"

# Prints why a build is needed, or nothing when every jar is newer than every source.
build_reason() {
  local svc jar oldest="" newer
  for svc in "${SERVICES[@]}"; do
    jar="$ROOT/$svc/target/$svc-service.jar"
    [ -f "$jar" ] || { echo "$svc/target/$svc-service.jar is missing"; return; }
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  newer="$(cd "$ROOT" && find . \( -path ./.run -o -path ./.tools -o -path ./.git -o -name target \) -prune \
             -o -type f \( -name pom.xml -o -path '*/src/main/*' \) -newer "$oldest" -print -quit)"
  [ -z "$newer" ] || echo "${newer#./} is newer than ${oldest#"$ROOT"/}"
}

build_jars() {
  local reason
  if [ "${1:-}" = --force ]; then reason="asked for"; else reason="$(build_reason)"; fi
  if [ -z "$reason" ]; then
    log "build: service jars are up to date, skipping Maven"
    return 0
  fi
  log "build: mvn -B -q -DskipTests package ($reason)"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
}

build_jars "$@"
