#!/usr/bin/env bash
# Load test of the packaged service with wrk (Debian's C load generator, so the client leaves the
# cores to the server). For each store: start the jar, warm up, measure the authenticated-GET ceiling
# (GET /api/v1/partnerships), then durable decisions (threshold checks, signed in; LOAD_MIX=all adds
# notifications and reviews), both in the same run against the same JVM; report throughput,
# p50/p90/p99/max, requests slower than 50 ms, GC pauses over 50 ms, heap (jstat, jcmd), and replay
# every stored decision against ORIGINAL.
#
# Bounded and local: every request goes to 127.0.0.1; each wrk run lasts LOAD_SECONDS (warm-up
# LOAD_WARMUP_SECONDS) and stops early at LOAD_MAX_REQUESTS.
# On a shared machine hold the build lock around the whole run: flock /work/build.lock scripts/load-test.sh
#
# Env: LOAD_SECONDS (60), LOAD_WARMUP_SECONDS (30), LOAD_CLIENTS (16 connections), LOAD_THREADS (2 wrk threads),
#      LOAD_MAX_REQUESTS (600000 per wrk run), LOAD_STORES ("sqlite postgresql"; also postgresql-instances),
#      LOAD_INSTANCES ("1 2 3"), LOAD_MIX (thresholds | all), LOAD_JAVA_OPTS (server JVM options),
#      LOAD_JFR=1 (a JFR recording, settings=profile, of each measured decision run), LOAD_OUT (target/load-test),
#      LOAD_SKIP_BUILD=1 (use the jar and benchmark classes already in target/ from ./mvnw -Pbenchmarks package; a plain ./mvnw test removes the latter), LOAD_SQLITE_FILE (the SQLite file; default $LOAD_OUT/sqlite/decisions.db, emptied first).
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_SECONDS=${LOAD_SECONDS:-60}
WARMUP_SECONDS=${LOAD_WARMUP_SECONDS:-30}
CLIENTS=${LOAD_CLIENTS:-16}
THREADS=${LOAD_THREADS:-2}
MAX=${LOAD_MAX_REQUESTS:-600000}
STORES=${LOAD_STORES:-"sqlite postgresql"}
INSTANCE_COUNTS=${LOAD_INSTANCES:-"1 2 3"}
export LOAD_MIX=${LOAD_MIX:-thresholds}
JAVA_OPTS=${LOAD_JAVA_OPTS:-"-Xmx512m -XX:+UseCompactObjectHeaders"}
OUT=${LOAD_OUT:-target/load-test}
mkdir -p "$OUT"

if ! command -v wrk > /dev/null; then
  echo "wrk is missing; installing Debian's package"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk > /dev/null; else sudo -n apt-get install -y -q wrk > /dev/null; fi
fi
if [ -n "${JAVA_HOME:-}" ]; then PATH="$JAVA_HOME/bin:$PATH"; fi
if ! java -version 2>&1 | head -1 | grep -q '"25'; then
  echo "Java 25 is needed (set JAVA_HOME, e.g. /usr/lib/jvm/temurin-25-jdk-amd64); found: $(java -version 2>&1 | head -1)" >&2
  exit 1
fi
if [ "${LOAD_SKIP_BUILD:-}" != 1 ]; then ./mvnw -B -q -Pbenchmarks -DskipTests package; fi
JAR=target/safeguarding-decisions-0.1.0-SNAPSHOT.jar
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
SAFEGUARDING_NEW_PASSWORD=$PASSWORD java -jar "$JAR" add-account --username=load --grant=PRACTITIONER:* --grant=REVIEWER:* --grant=AUDITOR:* \
  --accounts-file="$WORK/accounts.yaml" > /dev/null
export LOAD_AUTH="Basic $(printf 'load:%s' "$PASSWORD" | base64 -w0)"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1); server: $JAVA_OPTS"
echo "wrk: $THREADS threads, $CLIENTS connections, ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s per measured run, mix=$LOAD_MIX, at most $MAX requests per run"

# wrk_run LABEL SCRIPT URL SECONDS CONNECTIONS THREADS: one bounded wrk run; prints its JSON line.
wrk_run() {
  local label=$1 script=$2 url=$3 seconds=$4 conns=$5 threads=$6
  case $url in http://127.0.0.1:*) ;; *) echo "load goes to 127.0.0.1 only; got $url" >&2; exit 1 ;; esac
  LOAD_LABEL=$label LOAD_MAX_PER_THREAD=$(( (MAX + threads - 1) / threads )) \
    wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s -s "scripts/load/$script.lua" "$url" > "$WORK/wrk-$label.out" 2>&1 || true
  grep '^{"label"' "$WORK/wrk-$label.out" || { echo "wrk failed:"; cat "$WORK/wrk-$label.out"; exit 1; }
}

field() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" <<< "$1"; }

start_service() {
  local name=$1 url=$2 port=$3 log=$4; shift 4
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Xlog:gc:file="$OUT/$name.gc.log" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
    --safeguarding.security.accounts-file="$WORK/accounts.yaml" --safeguarding.audit.url="$url" --safeguarding.rules.cache-dir=target/rule-cache \
    --safeguarding.audit.signing-key-file="$WORK/audit-signing.key" "$@" > "$log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && return 0; sleep 0.5; done
  echo "the service ($name) did not start; its log:"; tail -20 "$log"; exit 1
}

run_store() {
  local name=$1 url=$2 port=$3
  start_service "$name" "$url" "$port" "$OUT/$name.log" --safeguarding.audit.case-reference-key-file="$WORK/key" \
    --safeguarding.audit.checkpoint-file="$WORK/$name-checkpoints.jsonl"
  local pid=$STARTED_PID base="http://127.0.0.1:$port"
  : > "$WORK/$name.heap"
  ( while kill -0 "$pid" 2>/dev/null; do jstat -gc "$pid" 2>/dev/null | tail -1 >> "$WORK/$name.heap"; sleep 1; done ) &
  echo "== $name: warm-up, ${WARMUP_SECONDS}s of decisions (not reported)"
  wrk_run "$name-warmup" thresholds "$base" "$WARMUP_SECONDS" "$CLIENTS" "$THREADS" > /dev/null
  echo "== $name: authenticated-GET ceiling (GET /api/v1/partnerships)"
  local get; get=$(wrk_run "$name-get-ceiling" partnerships "$base" "$RUN_SECONDS" "$CLIENTS" "$THREADS"); echo "$get"
  local gc_before; gc_before=$(wc -l < "$OUT/$name.gc.log")
  if [ "${LOAD_JFR:-}" = 1 ]; then jcmd "$pid" JFR.start name=load settings=profile duration="${RUN_SECONDS}s" filename="$PWD/$OUT/$name.jfr" > /dev/null; fi
  echo "== $name: durable decisions ($LOAD_MIX)"
  local dec; dec=$(wrk_run "$name-decisions" thresholds "$base" "$RUN_SECONDS" "$CLIENTS" "$THREADS"); echo "$dec"
  awk -v g="$(field "$get" throughputPerSecond)" -v d="$(field "$dec" throughputPerSecond)" \
    'BEGIN { if (g > 0) printf "== %s: decisions at %.0f%% of the GET ceiling (%.0f/s of %.0f/s)\n", "'"$name"'", 100 * d / g, d, g }'
  # GC pauses over 50 ms during the measured decision run (unified logging: "... Pause ... 12.345ms").
  echo "== $name: GC pauses during the decision run: $(tail -n +"$((gc_before + 1))" "$OUT/$name.gc.log" | grep -c Pause || true), longest $(tail -n +"$((gc_before + 1))" "$OUT/$name.gc.log" | grep Pause | sed -n 's/.* \([0-9.]*\)ms$/\1/p' | sort -n | tail -1) ms, over 50 ms: $(tail -n +"$((gc_before + 1))" "$OUT/$name.gc.log" | grep Pause | sed -n 's/.* \([0-9.]*\)ms$/\1/p' | awk '$1 > 50' | wc -l)"
  # jstat -gc columns: S0U=3 S1U=4 EU=6 OU=8 (KB)
  echo "== $name: heap used, max of 1 s samples over the run: $(awk '{u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f MB", m/1024}' "$WORK/$name.heap"); after the run (jcmd GC.heap_info):"
  jcmd "$pid" GC.heap_info | sed -n '2,3p'
  echo "== $name: replay of every stored decision against ORIGINAL"
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.ReplayBenchmark "$base" load "$PASSWORD"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# N instances of the service on one PostgreSQL: one signing key, one outside checkpoint file each;
# one wrk per instance at the same time, the connections shared out between them.
run_instances() {
  local n=$1 url=$2 pids=()
  for i in $(seq 1 "$n"); do
    # one at a time: the first makes the signing key the others read
    start_service "instances-$n-$i" "$url" $((18100 + i)) "$OUT/instances-$n-$i.log" --safeguarding.audit.case-reference-key=load-test-key \
      --safeguarding.audit.checkpoint-file="$WORK/instance-$i-checkpoints.jsonl"
    pids+=("$STARTED_PID")
  done
  local conns=$(( CLIENTS / n > 0 ? CLIENTS / n : 1 ))
  for i in $(seq 1 "$n"); do wrk_run "instances-$n-$i-warmup" thresholds "http://127.0.0.1:$((18100 + i))" "$WARMUP_SECONDS" "$conns" 1 > /dev/null & done; wait_jobs
  echo "== postgresql, $n instance(s): durable decisions, $conns connections each"
  for i in $(seq 1 "$n"); do wrk_run "instances-$n-$i" thresholds "http://127.0.0.1:$((18100 + i))" "$RUN_SECONDS" "$conns" 1 > "$WORK/instances-$n-$i.json" & done; wait_jobs
  cat "$WORK"/instances-"$n"-*.json
  echo "== postgresql, $n instance(s): total $(cat "$WORK"/instances-"$n"-*.json | sed -n 's/.*"throughputPerSecond":\([0-9]*\).*/\1/p' | awk '{t+=$1} END {print t}')/s"
  echo "== postgresql, $n instance(s): verification of the one chain, asked of the last instance"
  curl -s -H "Authorization: $LOAD_AUTH" "http://127.0.0.1:$((18100 + n))/api/v1/audit/verification"; echo
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
}
wait_jobs() { for j in $(jobs -p); do case " ${PIDS[*]} " in *" $j "*) ;; *) wait "$j" || true ;; esac; done; }

start_postgres() {
  java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.PostgresForLoad > "$WORK/$1.url" 2> "$WORK/$1.log" &
  PIDS+=("$!")
  for _ in $(seq 1 120); do grep -q '^jdbc:postgresql' "$WORK/$1.url" && break; sleep 0.5; done
  PG_URL=$(grep -m1 '^jdbc:postgresql' "$WORK/$1.url")
}

for store in $STORES; do
  case $store in
    # on the project's disk, as in production (a temp folder may be memory, which hides fsync and checkpoint stalls)
    sqlite) rm -rf "$OUT/sqlite"; run_store sqlite "jdbc:sqlite:${LOAD_SQLITE_FILE:-$OUT/sqlite/decisions.db}" 18097 ;;
    postgresql) start_postgres pg; run_store postgresql "$PG_URL" 18098 ;;
    postgresql-instances)
      start_postgres pgi
      for n in $INSTANCE_COUNTS; do run_instances "$n" "$PG_URL"; done ;;
  esac
done
echo "Logs, GC logs and JFR recordings: $OUT"
