#!/usr/bin/env bash
# Long text benchmark: one Greek text of 60 sections of about 2,000 characters rendered to PDF/A
# on one thread; minimum, median and maximum milliseconds of the timed renders after a warm-up.
#   bench/textdoc.sh [renders] [warm-up]          (default 20 after 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" ${JAVA_OPTS:-} \
  org.diktyo.documents.TextDocumentBenchmark "${1:-20}" "${2:-5}"
