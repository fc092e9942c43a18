#!/usr/bin/env bash
# Load run of the reply hot path on PostgreSQL, with PostgreSQL's own figure in the same run.
# 1. the packaged application on a fresh database (demo data), one meeting whose one part has
#    a capacity (10,000,000 seats, as ../shared/bench/schema.sql has one capacity row), and
#    ~83,000 invitations with known links (written into the tables as sending writes them);
# 2. wrk: 64 connections answer for 15 s to warm the JIT up, then for 20 s measured (two
#    delegates each, every invitation once; ~16,600 and ~66,000 invitations, more than each
#    run answers, so that every answer is a first one, as reply.sql's are);
# 3. wrk: the trivial endpoint /actuator/info, 64 connections, 10 s;
# 4. pgbench -c 64 -j 2 -T 20 with ../shared/bench/reply.sql (a reply as plain SQL), the
#    application stopped.
# Usage: ./mvnw -B -DskipTests package && bench/replies.sh   (needs Debian's wrk, pgbench, psql)
#        POOL=n: the connection pool's size (10); APP_ARGS='--diktyo.invitations.group-commit.enabled=false':
#        more arguments for the application (here: each answer in its own transaction);
#        JAVA_OPTS: options of the JVM (e.g. -XX:StartFlightRecording=filename=/tmp/r.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/diktyo-*.jar | head -1)
port=${PORT:-18081}
pg=(-h 127.0.0.1 -U postgres)
db=diktyo_bench
shared=${SHARED:-../shared/bench}
[ -f "$shared/reply.sql" ] || shared=/work/shared/bench
work=$(mktemp -d)
dropdb "${pg[@]}" --if-exists "$db" && createdb "${pg[@]}" "$db"
java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo,postgresql --server.port="$port" \
  --spring.datasource.hikari.maximum-pool-size="${POOL:-10}" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --diktyo.documents.directory="$work/documents" \
  ${APP_ARGS:-} > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; if [ -n "${KEEP_LOG:-}" ]; then cp "$work/app.log" "$KEEP_LOG"; fi; rm -rf "$work"' EXIT
api() { curl -fsS -H 'Authorization: Bearer demo-secretariat-token-7f3c9a1e5b2d4f60' -H 'Content-Type: application/json' "$@"; }
# started, and the demo's data (and its API token) in place
for _ in $(seq 1 300); do api -o /dev/null "http://127.0.0.1:$port/api/v1/campaigns/none" -w '%{http_code}' 2>/dev/null | grep -q 404 && break; sleep 0.5; done
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
base="http://127.0.0.1:$port/api/v1"
day=$(date -d '+40 days' +%F); deadline=$(date -d '+30 days' +%F)
meeting=$(api -d '{"kind":"WORKING_MEETING","titleEl":"Μέτρηση","titleEn":"Load run","visibility":"NETWORK","status":"ANNOUNCED"}' "$base/meetings" | json '["id"]')
part=$(api -d '{"titleEl":"Συνάντηση","titleEn":"Meeting","date":"'"$day"'","startTime":"17:30","endTime":"20:00","venueEl":"Δημαρχείο","venueEn":"Town Hall","streetEl":"Αθηνάς 63","streetEn":"63 Athinas St","postcode":"10552","cityEl":"Αθήνα","cityEn":"Athens","capacity":10000000,"answeredSeparately":false}' "$base/meetings/$meeting/parts" | json '["id"]')
campaign=$(api -d '{"audience":"HAND_PICKED","municipalities":["athens"],"quota":2,"deadline":"'"$deadline"'","parts":["'"$part"'"],"documents":[],"letterEl":"x","letterEn":"x","reminderDays":""}' "$base/meetings/$meeting/campaigns" | json '["id"]')
# Not sent through the API: since every invitation carries its letter (ADR 0011), sending needs a
# renderable letter per municipality, which this run does not measure. The campaigns are written
# below as sending writes them, and the part's seats as sending creates them (8 stripes).
psql -q "${pg[@]}" "$db" <<SQL
insert into invitation_campaign (id, meeting_id, audience, region_id, quota, rsvp_deadline, letter_el, letter_en,
  reminder_days, status, agenda_announced, created_at, created_by, send_started_at, version)
  select 'bench-' || g, meeting_id, audience, region_id, quota, rsvp_deadline, letter_el, letter_en, reminder_days,
         'SENT', agenda_announced, now(), 'bench', now(), 0
  from invitation_campaign c, generate_series(1, 250) g where c.id = '$campaign';
insert into campaign_part select 'bench-' || g, '$part' from generate_series(1, 250) g;
insert into part_seats (part_id, stripe, capacity, taken) select '$part', s, 1250000, 0 from generate_series(0, 7) s
  where not exists (select 1 from part_seats where part_id = '$part');
insert into invitation (id, campaign_id, municipality_id, status, to_email, language, valid_until, sent_at)
  select md5(g || '-' || m.id)::uuid::text, 'bench-' || g, m.id, 'SENT', 'mayor@' || m.id || '.bench.example', 'el',
         now() + interval '60 days', now() from generate_series(1, 250) g, municipality m;
insert into personal_link (token_hash, purpose, subject_id, issued_at)
  select encode(sha256(convert_to('bench-token-' || g || '-' || m.id || '-0123456789', 'UTF8')), 'hex'), 'invitation',
         md5(g || '-' || m.id)::uuid::text, now() from generate_series(1, 250) g, municipality m;
analyze;
SQL
tokens() { psql -qtA "${pg[@]}" "$db" -c "select 'bench-token-' || g || '-' || m.id || '-0123456789' from generate_series($1, $2) g, municipality m order by random()"; }
tokens 1 50 > "$work/warm.txt"
tokens 51 250 > "$work/tokens.txt"
url="http://127.0.0.1:$port"
wrk -t2 -c64 -d15s -s bench/reply.lua "$url" -- "$work/warm.txt" "$part" > /dev/null  # warm-up (JIT) on first answers, as measured
# PostgreSQL's statistics as autovacuum would have them by now (it is off on these machines:
# `show autovacuum`): analysed before the answers, the answers' tables look empty to the planner,
# whose plans then scan them whole, for every confirmation
psql -q "${pg[@]}" "$db" -c analyze
one=$(tail -1 "$work/tokens.txt")
single=$(for i in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total} ' -X PUT -H 'Content-Type: application/json' \
  -d '{"parts":{"'"$part"'":"ATTEND"},"delegates":[{"fullName":"Α Β"}]}' "$url/api/v1/rsvp/$one"; done)
wrk -t2 -c64 -d10s "$url/actuator/info" > /dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# CPU seconds (user + system) of the application and of all PostgreSQL processes, and the machine's idle time
ticks() { awk '{s += $14 + $15} END {print s + 0}' "$@" 2>/dev/null || echo 0; }
cpu() { echo "$(ticks /proc/$app/stat) $(ticks $(for p in $(pgrep -x postgres); do echo /proc/$p/stat; done)) $(awk '/^cpu / {print $5}' /proc/stat)"; }
# per thread of the application, by name with digits dropped (tomcat's workers, the group commit, the confirmations, GC, JIT)
threads() { for t in /proc/$app/task/*; do echo "$(tr -d '0-9 ' < "$t/comm") $(awk '{print $14 + $15}' "$t/stat")"; done 2>/dev/null; }
threads > "$work/threads.before"
cpu_before=$(cpu)
replies_from=$(date +%T)
replies=$(wrk -t2 -c64 -d20s --latency -s bench/reply.lua "$url" -- "$work/tokens.txt" "$part")
replies_to=$(date +%T)
cpu_after=$(cpu)
threads > "$work/threads.after"
health=$(wrk -t2 -c64 -d10s --latency "$url/actuator/info")
# the confirmations the replies made due: composed and queued after the commits (ADR 0010)
waited=0
while [ "$waited" -lt 120 ] && [ "$(psql -qtA "${pg[@]}" "$db" -c 'select count(*) from reply_mail')" != 0 ]; do
  sleep 0.5; waited=$((waited + 1)); done
mails=$(psql -qtA "${pg[@]}" "$db" -c "select (select count(*) from mail_outbox where purpose = 'rsvp-confirmation') || ' confirmations queued, ' || (select count(*) from reply_mail) || ' still due, $((waited / 2)) s after the trivial endpoint''s run'")
kill $app; wait $app 2>/dev/null || true
dropdb "${pg[@]}" --if-exists bench_sql && createdb "${pg[@]}" bench_sql
psql -q "${pg[@]}" bench_sql -f "$shared/schema.sql" > /dev/null
pgb=$(cd "$shared" && pgbench -n "${pg[@]}" -c 64 -j 2 -T 20 -f reply.sql bench_sql 2>&1)
field() { awk -v k="$1" '$1==k {print $2}' <<< "$2"; }
echo "replies through the application: $(awk '/Requests\/sec/ {print $2}' <<< "$replies")/s, p50 $(field 50% "$replies"), p99 $(field 99% "$replies"); $(grep 'Non-2xx' <<< "$replies" || echo 'no non-2xx answers')"
echo "the replies ran from $replies_from to $replies_to"
echo "one reply at a time (s): $single"
echo "load average before the replies: $load_before; after pgbench: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pgbench reply.sql: $(awk '/^tps/ {print $3}' <<< "$pgb") transactions/s, latency average $(awk '/latency average/ {print $4, $5}' <<< "$pgb")"
echo "trivial endpoint /actuator/info: $(awk '/Requests\/sec/ {print $2}' <<< "$health")/s, p99 $(field 99% "$health")"
echo "$mails"
read -r a0 p0 i0 <<< "$cpu_before"; read -r a1 p1 i1 <<< "$cpu_after"; hz=$(getconf CLK_TCK)
by_thread=$(awk -v hz="$(getconf CLK_TCK)" 'NR == FNR {b[$1] += $2; next} {a[$1] += $2} END {for (k in a) if (a[k] - b[k] >= hz / 10) printf "%s %.1f\n", k, (a[k] - b[k]) / hz}' \
  "$work/threads.before" "$work/threads.after" | sort -k2 -nr | head -8 | paste -sd, -)
echo "CPU seconds during the 20 s of replies: application $(( (a1 - a0) / hz )), PostgreSQL $(( (p1 - p0) / hz )), idle $(( (i1 - i0) / hz )) (of $(( 20 * $(nproc) )))"
echo "the application's threads (CPU seconds): $by_thread"
psql -qtA "${pg[@]}" "$db" -c "select 'seats taken ' || (select sum(taken) from part_seats where part_id = '$part') || ', seats given ' || (select sum(seated) from invitation_part where part_id = '$part') || ', answers ' || (select count(*) from invitation_part where part_id = '$part')"
