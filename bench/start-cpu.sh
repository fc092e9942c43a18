#!/usr/bin/env bash
# CPU seconds of the start until the first page, per thread (issue 18, ADR 0032): less moved by
# the machine's load than wall time. Starts JAR (default: ./run's extracted jar) in FOLDER (its
# ./data is used or made), polls / until 200, then reads utime+stime of the process and of each
# thread from /proc, prints them with the wall time and the resident size, and stops the server.
# Usage: ./run --prepare && bench/start-cpu.sh FOLDER "JVM options" [application arguments]
#   e.g. bench/start-cpu.sh /tmp/su "-XX:SharedArchiveFile=$PWD/target/run/diktyo.jsa -Xmx192m -XX:TieredStopAtLevel=1"
#        JAR=target/diktyo-0.1.0-SNAPSHOT.jar bench/start-cpu.sh /tmp/su "-Xmx192m"      (the fat jar)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$(realpath "${JAR:-$(ls "$root"/target/run/diktyo-*.jar | head -1)}")
dir=${1:?folder}; opts=${2:-}; shift 2 || shift $#
port=${PORT:-18111}; url="http://127.0.0.1:$port"
mkdir -p "$dir"; cd "$dir"
from=$(date +%s%N)
# shellcheck disable=SC2086
java $opts -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --diktyo.knowledge.index-dir=./data/index/knowledge "$@" > app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 2400); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = 200 ] && break; sleep 0.05; done
took=$(( ($(date +%s%N) - from) / 1000000 ))
tck=$(getconf CLK_TCK)
for t in /proc/$app/task/*; do
  awk -v tck="$tck" '{ match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2);
    split(substr($0, RSTART + RLENGTH + 1), f, " "); print (f[12] + f[13]) / tck, name }' "$t/stat"
done | awk '{ n = $1; $1 = ""; s[$0] += n } END { for (k in s) if (s[k] >= 0.2) printf "%6.1f s %s\n", s[k], k }' | sort -rn | head -8
read -r ut st < <(awk '{print $14, $15}' "/proc/$app/stat")
echo "first page $took ms; process CPU $(awk -v u="$ut" -v s="$st" -v t="$tck" 'BEGIN {printf "%.1f", (u + s) / t}') s;" \
  "RSS $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$app/status"); load $(cut -d' ' -f1 /proc/loadavg)"
