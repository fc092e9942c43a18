#!/usr/bin/env bash
# Resident memory of the packaged application (issue 18): the jar with the demo profile on H2 in a
# temporary folder, RSS 5 s after the first page, then after 60 s of pages (wrk -t1 -c10, 12 s
# each on five pages). Usage: ./mvnw -B -DskipTests package && bench/memory.sh LABEL [JVM options]
#   e.g. MALLOC_ARENA_MAX=2 bench/memory.sh tuned -Xmx192m -XX:+UseSerialGC   (needs Debian's wrk)
#   NMT=1 with -XX:NativeMemoryTracking=summary also prints the JVM's own breakdown.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "$(ls target/diktyo-*.jar | head -1)")
label=${1:?label}; shift
port=${PORT:-18093}
work=$(mktemp -d); app=
trap 'if [ -n "$app" ]; then kill $app 2>/dev/null || true; fi; rm -rf "$work"' EXIT
cd "$work"
java "$@" -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --diktyo.knowledge.index-dir=./data/index/knowledge > app.log 2>&1 &
app=$!
for _ in $(seq 1 1200); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; then break; fi
  sleep 0.5
done
sleep 5
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$app/status"; }
started=$(rss)
for p in / /municipalities/athens /practices "/api/v1/municipalities?size=500" /meetings; do
  echo "$(wrk -t1 -c10 -d12s "http://127.0.0.1:$port$p" | grep Requests/sec) $p"
done
echo "$label: load $(cut -d' ' -f1-3 /proc/loadavg); RSS after the start $started, after 60 s of pages $(rss); JVM: $*"
if [ -n "${NMT:-}" ]; then jcmd "$app" VM.native_memory summary | grep -E '^-|Total'; fi
