#!/usr/bin/env bash
# Start-up, memory and pages of the packaged application (issue 18), on loopback, H2, demo data.
# 1. cold start to the first page, best of RUNS (3): on an empty data folder, then with the data
#    folder the first start left (what a restart finds);
# 2. resident memory (RSS) after the start, and after LOAD_SECONDS (60) of pages at 50 clients;
# 3. each page at 50 clients (wrk -t2 -c50, 10 s warm-up, 15 s measured) beside the trivial
#    endpoint /actuator/info in the same run: home, a municipality, a meeting, a reply page,
#    the practices, the registry JSON (all 332); each once as wrk asks (no Accept-Encoding) and
#    once as a browser asks (Accept-Encoding: gzip, rows marked "gzip").
# Usage: ./mvnw -B -DskipTests package && bench/speed.sh   (needs Debian's wrk)
#        LAUNCH=run (default): through ./run, as the README starts it (the jar extracted, its
#          class archive, ./run's JVM settings); LAUNCH=jar: java -jar on the packaged jar;
#          LAUNCH=mvn: the README's ./mvnw spring-boot:run (the cold starts only: Maven's JVM is not
#          the application's, so no memory and no pages).
#        JAVA_OPTS: options of the JVM; RUNS, LOAD_SECONDS; PORT (18090); JAR (the jar, LAUNCH=jar).
#        Pages only: RUNS=0 LOAD_SECONDS=0 bench/speed.sh (no cold starts, no minute of load).
set -euo pipefail
cd "$(dirname "$0")/.."
launch=${LAUNCH:-run}
if [ "$launch" != mvn ]; then jar=$(realpath "${JAR:-$(ls target/diktyo-*.jar | head -1)}"); fi
root=$(pwd)
if [ "$launch" = run ]; then ./run --prepare; fi
port=${PORT:-18090}
runs=${RUNS:-3}
url="http://127.0.0.1:$port"
work=$(mktemp -d)
app=
trap 'if [ -n "$app" ]; then kill -- $app 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# Starts the jar in $1 (its working directory, so ./data is there); sets $app and $took, the
# milliseconds from the launch to the first 200 of the home page. (Not in $(…): a subshell's $app is lost.)
start() {
  local from; from=$(date +%s%N)
  if [ "$launch" = mvn ]; then   # its own process group: Maven's JVM and the application's, stopped together
    ( cd "$1" && exec setsid "$root/mvnw" -q -f "$root/pom.xml" spring-boot:run -Dspring-boot.run.workingDirectory="$1" \
        "-Dspring-boot.run.arguments=--server.port=$port --diktyo.knowledge.index-dir=./data/index/knowledge" ) \
        > "$1/app.log" 2>&1 &
    app=-$!
  else
    if [ "$launch" = run ]; then set -- "$1" "$root/run"; else set -- "$1" java ${JAVA_OPTS:-} -jar "$jar"; fi
    ( cd "$1" && shift && exec "$@" --spring.profiles.active=demo --server.port="$port" \
        --diktyo.knowledge.index-dir=./data/index/knowledge ) > "$1/app.log" 2>&1 &
    app=$!
  fi
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = 200 ]; then break; fi
    sleep 0.05
  done
  took=$(( ($(date +%s%N) - from) / 1000000 ))
}
stop() { kill -- "$app" 2>/dev/null || true; wait "${app#-}" 2>/dev/null || true; app=
  while curl -s -o /dev/null "$url/"; do sleep 0.2; done; }
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$app/status"; }
best() { tr ' ' '\n' | grep . | sort -n | head -1; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1); launched by $launch"
empty=(); present=()
for i in $(seq 1 "$runs"); do
  dir="$work/run-$i"; mkdir -p "$dir"
  start "$dir"; empty+=("$took"); started=$(grep -o 'Started DiktyoApplication in [0-9.]* seconds' "$dir/app.log" || true); stop
  start "$dir"; present+=("$took"); stop
  echo "run $i: empty data folder ${empty[-1]} ms ($started), data folder present ${present[-1]} ms"
done
[ "$runs" -gt 0 ] && echo "first page, best of $runs: empty data folder $(echo "${empty[*]}" | best) ms; data folder present $(echo "${present[*]}" | best) ms"
[ "$launch" != mvn ] || exit 0

# The last run's folder (data present) serves the load.
mkdir -p "$work/run-$runs"
start "$work/run-$runs"
sleep 5
echo "resident memory 5 s after the first page: $(rss)"
meeting=$(curl -s "$url/meetings" | grep -o 'href="/meetings/[^"/]*"' | head -1 | sed 's/href="//; s/"$//')
reply=
for _ in $(seq 1 60); do   # on a new data folder the demo's invitations are sent in the first seconds
  reply=$(curl -s "$url/demo/mail" | grep -o '/r/[A-Za-z0-9_-]*' | head -1 || true)
  [ -n "$reply" ] && break; sleep 1
done
pages=("/" "/municipalities/athens" "${meeting:-/meetings}" "${reply:-}" "/practices" "/api/v1/municipalities?size=500")
field() { awk -v k="$1" '$1==k {print $2}' <<< "$2"; }
measure() { wrk -t2 -c50 -d15s --latency ${2:+-H "$2"} "$url$1"; }
gzip="Accept-Encoding: gzip"
for p in "${pages[@]}"; do [ -n "$p" ] && wrk -t2 -c50 -d10s -H "$gzip" "$url$p" > /dev/null; done   # warm-up (JIT)
wrk -t2 -c50 -d10s "$url/actuator/info" > /dev/null
echo "| path | requests/s | p50 | p99 | /actuator/info requests/s | /actuator/info p99 | ratio |"
echo "|---|---|---|---|---|---|---|"
for p in "${pages[@]}"; do
  [ -n "$p" ] || continue
  for encoding in "" "$gzip"; do
    out=$(measure "$p" "$encoding"); trivial=$(measure /actuator/info "$encoding")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out"); t=$(awk '/Requests\/sec/ {print $2}' <<< "$trivial")
    non=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<< "$out" || true)
    echo "| \`$p\`${encoding:+ gzip} | $rps | $(field 50% "$out") | $(field 99% "$out") | $t | $(field 99% "$trivial") | $(awk -v a="$rps" -v b="$t" 'BEGIN {printf "%.2f", a / b}') |${non:+ $non}"
  done
done
[ "${LOAD_SECONDS:-60}" -gt 0 ] || { echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }
load_end=$(( $(date +%s) + ${LOAD_SECONDS:-60} ))
while [ "$(date +%s)" -lt "$load_end" ]; do
  for p in "${pages[@]}"; do [ -n "$p" ] && wrk -t2 -c50 -d2s "$url$p" > /dev/null; done
done
echo "resident memory after ${LOAD_SECONDS:-60} s more of the pages at 50 clients: $(rss)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
