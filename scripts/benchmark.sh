#!/usr/bin/env bash
# JMH benchmarks of per-decision evaluation with explanation capture, for each rule set, and the
# threshold rules against a hand-written Java evaluation of the same logic (the practical limit).
# Not part of the default test run. Usage: scripts/benchmark.sh [extra JMH options, e.g. -f 2 -wi 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbenchmarks -DskipTests test-compile
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main -rf json -rff target/jmh-result.json "$@"
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "$CP" uk.childsafeguarding.decisions.benchmarks.JmhSummary target/jmh-result.json
