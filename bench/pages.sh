#!/usr/bin/env bash
# Load run on loopback: starts the packaged application (demo data, H2 in a temporary
# directory), warms it up, then measures the public pages and the registry API with wrk.
# Usage: ./mvnw -B -DskipTests package && bench/pages.sh   (needs Debian's wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/diktyo-*.jar | head -1)
port=${PORT:-18080}
work=$(mktemp -d)
( cd "$work" && exec java -jar "$OLDPWD/$jar" --spring.profiles.active=demo --server.port="$port" ) > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
urls=("/" "/municipalities/athens" "/api/v1/municipalities?status=MEMBER&size=100" "/api/v1/municipalities?size=500")
for u in "${urls[@]}"; do wrk -t2 -c32 -d10s "http://127.0.0.1:$port$u" > /dev/null; done   # warm-up (JIT)
echo "| path | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for u in "${urls[@]}"; do
  out=$(wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$port$u")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  echo "| \`$u\` | $rps | $p50 | $p99 |"
done
