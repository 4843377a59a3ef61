#!/usr/bin/env bash
# Load test: starts the packaged service on its embedded SQLite store, then on real PostgreSQL, drives
# a mix of the three decision types (every answer a durable audit write) from closed-loop clients on
# this machine, samples the heap, and replays every stored decision against ORIGINAL.
# Bounded: LOAD_SECONDS (default 30) and LOAD_MAX_REQUESTS (default 300000) per store; localhost only.
# Several instances: LOAD_STORES=postgresql-instances runs 1, 2, then 3 instances (LOAD_INSTANCES) of the
# service on one PostgreSQL, the clients spread over them, and checks the chain is one and valid after each.
# Usage: scripts/load-test.sh            (env: LOAD_SECONDS, LOAD_CLIENTS, LOAD_MAX_REQUESTS, LOAD_STORES="sqlite postgresql",
#                                          LOAD_INSTANCES="1 2 3")
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SECONDS=${LOAD_SECONDS:-30}
CLIENTS=${LOAD_CLIENTS:-16}
MAX=${LOAD_MAX_REQUESTS:-300000}
STORES=${LOAD_STORES:-"sqlite postgresql"}
INSTANCE_COUNTS=${LOAD_INSTANCES:-"1 2 3"}
./mvnw -B -q -Pbenchmarks -DskipTests package
JAR=target/safeguarding-decisions-0.1.0-SNAPSHOT.jar
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
SAFEGUARDING_NEW_PASSWORD=$PASSWORD java -jar "$JAR" add-account --username=load --grant=PRACTITIONER:* --grant=REVIEWER:* --grant=AUDITOR:* \
  --accounts-file="$WORK/accounts.yaml" > /dev/null
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1); clients=$CLIENTS, ${RUN_SECONDS}s per store"

run_store() {
  local name=$1 url=$2 port=$3
  java -Xmx512m -jar "$JAR" --server.port="$port" --safeguarding.security.accounts-file="$WORK/accounts.yaml" --safeguarding.audit.url="$url" \
    --safeguarding.audit.case-reference-key-file="$WORK/key" --safeguarding.rules.cache-dir=target/rule-cache \
    --safeguarding.audit.signing-key-file="$WORK/audit-signing.key" --safeguarding.audit.checkpoint-file="$WORK/$name-checkpoints.jsonl" > "$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  local up=no
  for _ in $(seq 1 240); do curl -sf "http://localhost:$port/actuator/health" > /dev/null && { up=yes; break; }; sleep 0.5; done
  if [ "$up" != yes ]; then echo "the service on $name did not start; its log:"; tail -20 "$WORK/$name.log"; exit 1; fi
  ( while kill -0 "$pid" 2>/dev/null; do jstat -gc "$pid" 2>/dev/null | tail -1 >> "$WORK/$name.heap"; sleep 1; done ) &
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.LoadTest "http://localhost:$port" load "$PASSWORD" 10 "$CLIENTS" "$MAX" > /dev/null
  echo "== $name: load (after a 10 s warm-up)"
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.LoadTest "http://localhost:$port" load "$PASSWORD" "$RUN_SECONDS" "$CLIENTS" "$MAX"
  echo "== $name: replay of every stored decision against ORIGINAL"
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.ReplayBenchmark "http://localhost:$port" load "$PASSWORD"
  # jstat -gc columns: S0U=3 S1U=4 EU=6 OU=8 (KB)
  echo "== $name: heap used, max over the run: $(awk '{u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f MB", m/1024}' "$WORK/$name.heap") (limit -Xmx512m)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# N instances of the service on one PostgreSQL: one signing key, one outside checkpoint file each.
run_instances() {
  local n=$1 url=$2 urls="" pids=()
  for i in $(seq 1 "$n"); do
    local port=$((18100 + i))
    java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" --safeguarding.security.accounts-file="$WORK/accounts.yaml" \
      --safeguarding.audit.url="$url" --safeguarding.audit.case-reference-key=load-test-key --safeguarding.rules.cache-dir=target/rule-cache \
      --safeguarding.audit.signing-key-file="$WORK/audit-signing.key" --safeguarding.audit.checkpoint-file="$WORK/instance-$i-checkpoints.jsonl" \
      > "$WORK/instances-$n-$i.log" 2>&1 &
    pids+=("$!"); PIDS+=("$!")
    urls="${urls:+$urls,}http://127.0.0.1:$port"
    # one at a time: the first makes the signing key the others read
    local up=no
    for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && { up=yes; break; }; sleep 0.5; done
    if [ "$up" != yes ]; then echo "instance $i of $n did not start; its log:"; tail -20 "$WORK/instances-$n-$i.log"; exit 1; fi
  done
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.LoadTest "$urls" load "$PASSWORD" 10 "$CLIENTS" "$MAX" > /dev/null
  echo "== postgresql, $n instance(s): load (after a 10 s warm-up)"
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.LoadTest "$urls" load "$PASSWORD" "$RUN_SECONDS" "$CLIENTS" "$MAX"
  echo "== postgresql, $n instance(s): verification of the one chain, asked of the last instance"
  curl -s -u "load:$PASSWORD" "http://127.0.0.1:$((18100 + n))/api/v1/audit/verification"; echo
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
}

for store in $STORES; do
  case $store in
    sqlite) run_store sqlite "jdbc:sqlite:$WORK/decisions.db" 18097 ;;
    postgresql)
      java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.PostgresForLoad > "$WORK/pg.url" 2> "$WORK/pg.log" &
      PIDS+=("$!")
      for _ in $(seq 1 120); do grep -q '^jdbc:postgresql' "$WORK/pg.url" && break; sleep 0.5; done
      run_store postgresql "$(grep -m1 '^jdbc:postgresql' "$WORK/pg.url")" 18098 ;;
    postgresql-instances)
      java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.PostgresForLoad > "$WORK/pgi.url" 2> "$WORK/pgi.log" &
      PIDS+=("$!")
      for _ in $(seq 1 120); do grep -q '^jdbc:postgresql' "$WORK/pgi.url" && break; sleep 0.5; done
      for n in $INSTANCE_COUNTS; do run_instances "$n" "$(grep -m1 '^jdbc:postgresql' "$WORK/pgi.url")"; done ;;
  esac
done
