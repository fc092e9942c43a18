#!/usr/bin/env bash
# Compare benchmark: two versions of 60 clauses of about 2,000 characters, what the compare page
# computes on the server (the diff and every clause as HTML); minimum, median, maximum ms.
#   bench/compare.sh [runs] [warm-up]          (default 50 after 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" ${JAVA_OPTS:-} \
  org.diktyo.drafting.CompareBenchmark "${1:-50}" "${2:-20}"
