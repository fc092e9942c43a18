#!/usr/bin/env bash
# The reply page made for each request (kept pages off), beside the trivial endpoint, for two
# builds alternating in one run (issue 18, ADR 0033): each start gets 10 s of warm-up, then twice
# wrk -t2 -c50 -d10s on the demo's first reply link and on /actuator/info.
# Usage: bench/made-reply.sh OLD_RUN NEW_RUN   e.g. bench/made-reply.sh ../old/run ./run
#        (make a worktree of the older commit and `./run --prepare` there first; needs Debian's wrk)
set -euo pipefail
old=$(realpath "${1:?the older ./run}"); new=$(realpath "${2:?the newer ./run}")
port=${PORT:-18095}; u=http://127.0.0.1:$port
measure() {
  local run=$1 label=$2 d; d=$(mktemp -d)
  (cd "$d" && exec "$run" --spring.profiles.active=demo --server.port="$port" --diktyo.pages.kept=false) > "$d/app.log" 2>&1 &
  local app=$! r=
  for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$u/")" = 200 ] && break; sleep 0.1; done
  for _ in $(seq 1 60); do r=$(curl -s "$u/demo/mail" | grep -o '/r/[A-Za-z0-9_-]*' | head -1 || true); [ -n "$r" ] && break; sleep 1; done
  wrk -t2 -c50 -d10s "$u$r" > /dev/null; wrk -t2 -c50 -d5s "$u/actuator/info" > /dev/null
  for _ in 1 2; do
    local a b ra rb
    a=$(wrk -t2 -c50 -d10s --latency "$u$r"); b=$(wrk -t2 -c50 -d10s --latency "$u/actuator/info")
    ra=$(awk '/Requests\/sec/{print $2}' <<< "$a"); rb=$(awk '/Requests\/sec/{print $2}' <<< "$b")
    echo "$label reply $ra p99 $(awk '$1=="99%"{print $2}' <<< "$a") | trivial $rb p99 $(awk '$1=="99%"{print $2}' <<< "$b")" \
      "| ratio $(awk -v a="$ra" -v b="$rb" 'BEGIN{printf "%.2f", a/b}') | load $(cut -d' ' -f1 /proc/loadavg)"
  done
  kill "$app"; wait "$app" 2>/dev/null || true; rm -rf "$d"
}
measure "$old" old; measure "$new" new; measure "$old" old; measure "$new" new
