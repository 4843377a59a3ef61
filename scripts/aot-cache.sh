#!/usr/bin/env bash
# The training step for a fast start (JEP 483 ahead-of-time class loading and linking, with JEP 514's
# one-step AOTCacheOutput and JEP 515's method profiles, all in JDK 25):
#   1. extract the packaged jar into target/aot/ (Spring Boot's tools jar mode: the application jar
#      and lib/ beside it; an AOT cache only holds classes loaded from plain jars on the class path,
#      not from the nested jars of the executable jar);
#   2. a training run of the extracted jar with -XX:AOTCacheOutput: start it on a throw-away data
#      folder (127.0.0.1 only), wait until healthy, sign in and make one decision of each type, a
#      replay and a page, then stop it; the JVM writes target/aot/app.aot as it exits.
# The training runs with -Dspring.aot.enabled=true: Spring's ahead-of-time bean definitions, which
# `package` generates (the pom's process-aot execution), replace parsing configuration classes and
# evaluating their conditions at start-up. Those decisions are fixed at build time, with the
# defaults: an OpenID Connect start must use the ordinary start (it stops with a message otherwise);
# other auto-configuration switched by a setting at run time is not switched either. AOT_JAVA_OPTS
# replaces the option (AOT_JAVA_OPTS= for a cache without Spring AOT).
# Then start with:
#   java -Dspring.aot.enabled=true -XX:AOTCache=target/aot/app.aot -jar target/aot/safeguarding-decisions-0.1.0-SNAPSHOT.jar
# The cache belongs to this JDK and these jars: make it again after every build (a stale cache is
# refused with a warning and the service starts without it).
# Usage: scripts/aot-cache.sh   (builds first unless AOT_SKIP_BUILD=1; on a shared machine: flock /work/build.lock scripts/aot-cache.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${JAVA_HOME:-}" ]; then PATH="$JAVA_HOME/bin:$PATH"; fi
if ! java -version 2>&1 | head -1 | grep -q '"25'; then
  echo "Java 25 is needed for the AOT cache (set JAVA_HOME, e.g. /usr/lib/jvm/temurin-25-jdk-amd64); found: $(java -version 2>&1 | head -1)" >&2
  exit 1
fi
if [ "${AOT_SKIP_BUILD:-}" != 1 ]; then ./mvnw -B -q -DskipTests package; fi
JAR=target/safeguarding-decisions-0.1.0-SNAPSHOT.jar
AOT=target/aot
rm -rf "$AOT"
java -Djarmode=tools -jar "$JAR" extract --destination "$AOT" > /dev/null
TRAIN=$(mktemp -d)
PORT=${AOT_TRAINING_PORT:-18190}
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
SAFEGUARDING_NEW_PASSWORD=$PASSWORD java -jar "$AOT/$(basename "$JAR")" add-account --username=training --grant=PRACTITIONER:* \
  --grant=REVIEWER:* --grant=AUDITOR:* --accounts-file="$TRAIN/accounts.yaml" > /dev/null
# The same settings as a production start, except the data folder: the rule cache is the one the
# measured starts use, so the training sees a cached rule set being loaded, as a restart does. When
# this build's rules are not in that cache yet, an ordinary start compiles and caches them first
# (otherwise the training would see the compiler, and the cache would miss the loading path).
java -jar "$AOT/$(basename "$JAR")" --server.address=127.0.0.1 --server.port="$PORT" \
  --safeguarding.security.accounts-file="$TRAIN/accounts.yaml" --safeguarding.audit.url="jdbc:sqlite:$TRAIN/warm.db" \
  --safeguarding.audit.case-reference-key-file="$TRAIN/key" --safeguarding.rules.cache-dir=data/rule-cache > "$TRAIN/warm.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$TRAIN"' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break; sleep 0.5; done
kill -TERM "$PID"; wait "$PID" || true
java ${AOT_JAVA_OPTS--Dspring.aot.enabled=true} -XX:AOTCacheOutput="$AOT/app.aot" -Xlog:aot=warning -jar "$AOT/$(basename "$JAR")" --server.address=127.0.0.1 --server.port="$PORT" \
  --safeguarding.security.accounts-file="$TRAIN/accounts.yaml" --safeguarding.audit.url="jdbc:sqlite:$TRAIN/decisions.db" \
  --safeguarding.audit.case-reference-key-file="$TRAIN/key" --safeguarding.rules.cache-dir=data/rule-cache > "$TRAIN/training.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$TRAIN"' EXIT
up=no
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && { up=yes; break; }; sleep 0.5; done
if [ "$up" != yes ]; then echo "the training run did not start; its log:"; tail -20 "$TRAIN/training.log"; exit 1; fi
BASE="http://127.0.0.1:$PORT"
AUTH=(-u "training:$PASSWORD")
post() { curl -sf -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -X POST "$BASE$1" -d "$2" || echo "training request $1 failed (ignored)"; }
for i in 1 2 3; do
  post /api/v1/threshold-assessments '{"partnership":"devon","asAt":"2026-11-20","caseReference":"TR-'$i'","reporter":{"role":"EDUCATION"},"child":{"ageMonths":100},"indicators":["EDUCATION_ATTENDANCE_DIPPING","DEVELOPMENT_DELAY","LOW_INCOME"],"circumstances":{"consent":"GIVEN"}}'
  post /api/v1/notification-assessments '{"partnership":"devon","asAt":"2026-11-20","caseReference":"TN-'$i'","child":{"ageYears":3},"incident":{"outcome":"SERIOUSLY_HARMED","abuseOrNeglect":"SUSPECTED","location":"IN_AREA","setting":"FAMILY_HOME","incidentDate":"2026-11-02","localAuthorityAwareDate":"2026-11-03"}}'
  post /api/v1/review-assessments '{"partnership":"south-gloucestershire","asAt":"2026-11-20","caseReference":"TV-'$i'","case":{"abuseOrNeglect":"KNOWN","outcome":"DIED"},"dates":{"partnersAwareDate":"2026-10-26"},"criteria":{"improvementsNeeded":"YES","recurrentThemes":"MAYBE","multiAgencyWorkingConcerns":"YES","singleAgencyConcern":"NO"},"partnerViews":[{"partner":"LOCAL_AUTHORITY","view":"LOCAL_CSPR"},{"partner":"HEALTH","view":"LOCAL_CSPR"},{"partner":"POLICE","view":"NO_FURTHER_REVIEW"}]}'
done
curl -sf -o /dev/null "${AUTH[@]}" "$BASE/api/v1/partnerships" || true
curl -sf -o /dev/null "${AUTH[@]}" "$BASE/api/v1/audit/verification" || true
curl -sf -o /dev/null "$BASE/login" || true
kill -TERM "$PID"
wait "$PID" || true
if [ ! -s "$AOT/app.aot" ]; then echo "no AOT cache was written; the training log:"; tail -30 "$TRAIN/training.log"; exit 1; fi
echo "AOT cache: $AOT/app.aot ($(du -h "$AOT/app.aot" | cut -f1)). Start with:"
echo "  java ${AOT_JAVA_OPTS--Dspring.aot.enabled=true} -XX:AOTCache=$AOT/app.aot -jar $AOT/$(basename "$JAR")"
