#!/usr/bin/env bash
# Knowledge search benchmark: 10,000 generated entries, the full index rebuild (3 rounds), then
# searches with facets from 32 concurrent clients, timed inside the search call; p50/p95/p99.
#   bench/knowledge.sh [entries] [clients] [searches per client]     (default 10000 32 200)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
uptime
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" ${JAVA_OPTS:-} \
  org.diktyo.knowledge.search.KnowledgeBenchmark "${1:-10000}" "${2:-32}" "${3:-200}"
