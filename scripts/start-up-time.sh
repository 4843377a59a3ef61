#!/usr/bin/env bash
# Start-up to healthy, measured from the launch of the JVM to the first 200 from /actuator/health
# (polled every 50 ms), for: the executable jar; the extracted jar; the extracted jar with the AOT
# cache of scripts/aot-cache.sh (run that first) and Spring's ahead-of-time bean definitions
# (-Dspring.aot.enabled=true, as the cache was trained; START_AOT_JAVA_OPTS= for a cache made without).
# After each measured start, one threshold decision is made and must answer 200 (not timed): a fast
# start that cannot decide is not a start. Each variant: one unmeasured start that creates the
# data folder (store, keys, migrations), then START_RUNS measured restarts on it, as a restart in
# production: the compiled rules come from the rule cache (data/rule-cache, as the training run).
# 127.0.0.1 only. Usage: scripts/start-up-time.sh   (env START_RUNS=5, START_VARIANTS="jar extracted aot",
# START_JAVA_OPTS for extra JVM options; on a shared machine: flock /work/build.lock scripts/start-up-time.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${JAVA_HOME:-}" ]; then PATH="$JAVA_HOME/bin:$PATH"; fi
RUNS=${START_RUNS:-5}
VARIANTS=${START_VARIANTS:-"jar extracted aot"}
PORT=${START_PORT:-18191}
NAME=safeguarding-decisions-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d)
PID=
trap 'if [ -n "$PID" ]; then kill $PID 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
SAFEGUARDING_NEW_PASSWORD=$PASSWORD java -jar "target/$NAME" add-account --username=start --grant=AUDITOR:* --grant=PRACTITIONER:* --accounts-file="$WORK/accounts.yaml" > /dev/null
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); ${START_JAVA_OPTS:-no extra JVM options}"

start_once() {
  local variant=$1 data=$2
  local cmd=(java ${START_JAVA_OPTS:-})
  case $variant in
    jar) cmd+=(-jar "target/$NAME") ;;
    extracted) cmd+=(-jar "target/aot/$NAME") ;;
    aot) cmd+=(${START_AOT_JAVA_OPTS--Dspring.aot.enabled=true} -XX:AOTCache=target/aot/app.aot -jar "target/aot/$NAME") ;;
  esac
  local t0; t0=$(date +%s%N)
  "${cmd[@]}" --server.address=127.0.0.1 --server.port="$PORT" --safeguarding.security.accounts-file="$WORK/accounts.yaml" \
    --safeguarding.audit.url="jdbc:sqlite:$data/decisions.db" --safeguarding.audit.case-reference-key-file="$data/key" \
    --safeguarding.rules.cache-dir=data/rule-cache > "$data/log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then
      local t1; t1=$(date +%s%N)
      printf '%s %.2f s to healthy, %s\n' "$variant" "$(( (t1 - t0) / 1000000 ))e-3" "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$data/log" | head -1)"
      local status
      status=$(curl -s -o "$data/decision.json" -w '%{http_code}' -u "start:$PASSWORD" -H 'Content-Type: application/json' \
        "http://127.0.0.1:$PORT/api/v1/threshold-assessments" \
        -d '{"partnership":"devon","reporter":{"role":"EDUCATION"},"child":{"ageMonths":100},"indicators":["EDUCATION_ATTENDANCE_DIPPING","DEVELOPMENT_DELAY","LOW_INCOME"]}')
      if [ "$status" != 200 ]; then echo "$variant started but a threshold decision answered $status:"; head -c 600 "$data/decision.json"; echo; tail -20 "$data/log"; exit 1; fi
      kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
      return 0
    fi
    if ! kill -0 "$PID" 2>/dev/null; then echo "$variant did not start:"; tail -20 "$data/log"; exit 1; fi
    sleep 0.05
  done
  echo "$variant: not healthy after 60 s"; exit 1
}

for v in $VARIANTS; do
  mkdir -p "$WORK/$v"
  start_once "$v" "$WORK/$v" > /dev/null
  for _ in $(seq 1 "$RUNS"); do start_once "$v" "$WORK/$v"; done
done
