#!/usr/bin/env bash
# Letters benchmark (issue 4): 332 personalised letters, one per municipality of the country,
# rendered to PDF/A on every core; letters per second per round, none lost.
#   bench/letters.sh [rounds]          (default 5, after one warm-up round)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.diktyo.invitations.letters.LetterBenchmark "${1:-5}"
