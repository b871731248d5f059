#!/usr/bin/env bash
# HTTP load, in one run (docs/performance.md):
#   1. the real server (bootstrap/target/visitor-identity.jar) on a free loopback port, on the engine
#      chosen (a temporary H2 data directory, or a fresh schema of a PostgreSQL database): start
#      time, then POST /v1/workspaces/{ws}/identify with valid signatures on many visitors at peak
#      load and at half of it, heap after GC during the load;
#   2. the floors, driven the same way: the bare Javalin echo (visitoridentity.benchmarks.load.EchoServer),
#      the bare HTTP upsert (visitoridentity.benchmarks.load.UpsertServer: one JDBI one-row upsert per
#      request on the same engine and pool settings) and, on PostgreSQL, pgbench's one-row upsert of a
#      600-byte row at the same number of clients (-M prepared);
#   3. the server again with 1,000,000 stored visitors, at the same paced rate as 1 with 10,000;
#   4. on PostgreSQL, two servers on the same database, the peak load split across both, beside one;
#      for each peak run, the CPU each server JVM and the PostgreSQL backends used (cores busy).
# Loopback only, bounded in time, stops what it started and drops the schemas it made. Needs wrk
# (installed from Debian if missing); on PostgreSQL also psql and pgbench.
#
# Build first:  mvn -B -q -P benchmarks package -DskipTests -pl bootstrap,benchmarks -am
# Run:          benchmarks/load/run.sh [--engine h2|postgres] [--jdbc-url URL] [--db-user USER]
# --engine: h2 (the default) or postgres; --jdbc-url: the PostgreSQL database to make schemas in
# (default jdbc:postgresql://127.0.0.1:5432/postgres), --db-user its user (default postgres; a
# password, if needed, in LOAD_PG_PASSWORD).
# Knobs (environment): LOAD_VISITORS (2000 visitors driven), LOAD_SMALL (10000) and LOAD_LARGE
# (1000000) stored visitors, LOAD_CONNECTIONS (32, peak), LOAD_SECONDS (20 per measurement),
# LOAD_WARMUP_SECONDS (20), LOAD_WRK_THREADS (1), LOAD_ORIGIN (a browser's Origin header; empty for
# none), LOAD_SERVER_JVM_OPTIONS (-Xmx256m: the heap the server is meant to run in; empty for the
# JVM's defaults).
set -euo pipefail

ENGINE=h2
PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres
PG_USER=postgres
while (( $# > 0 )); do
  case $1 in
    --engine) ENGINE=${2:-}; shift 2 ;;
    --engine=*) ENGINE=${1#*=}; shift ;;
    --jdbc-url) PG_URL=${2:-}; shift 2 ;;
    --jdbc-url=*) PG_URL=${1#*=}; shift ;;
    --db-user) PG_USER=${2:-}; shift 2 ;;
    --db-user=*) PG_USER=${1#*=}; shift ;;
    *) echo "usage: $0 [--engine h2|postgres] [--jdbc-url URL] [--db-user USER]" >&2; exit 2 ;;
  esac
done
[[ $ENGINE == h2 || $ENGINE == postgres ]] || { echo "--engine is h2 or postgres, not $ENGINE" >&2; exit 2; }

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SERVER_JAR=$ROOT/bootstrap/target/visitor-identity.jar
BENCH_JAR=$ROOT/benchmarks/target/benchmarks.jar
LUA=$ROOT/benchmarks/load/identify.lua
VISITORS=${LOAD_VISITORS:-2000}
SMALL=${LOAD_SMALL:-10000}
LARGE=${LOAD_LARGE:-1000000}
CONNECTIONS=${LOAD_CONNECTIONS:-32}
SECONDS_PER_RUN=${LOAD_SECONDS:-20}
WARMUP=${LOAD_WARMUP_SECONDS:-20}
WRK_THREADS=${LOAD_WRK_THREADS:-1}
ORIGIN=${LOAD_ORIGIN-https://shop.example.com}
read -r -a SERVER_JVM_OPTIONS <<<"${LOAD_SERVER_JVM_OPTIONS--Xmx256m}"
# Paced runs open one connection per PACED_RPS_PER_CONNECTION requests per second (about 10 ms
# between a connection's requests), so wrk's whole-millisecond delay stays a small error.
PACED_RPS_PER_CONNECTION=100

for jar in "$SERVER_JAR" "$BENCH_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar; build: mvn -B -q -P benchmarks package -DskipTests -pl bootstrap,benchmarks -am" >&2; exit 1; }
done
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi

RUN=$(mktemp -d /tmp/visitor-identity-load.XXXXXX)
RESULTS=$RUN/results.txt
ADMIN_TOKEN=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
SECRETS_KEY=$(head -c 32 /dev/urandom | base64)
STARTED_PID=""
OTHER_PID=""
SCHEMAS=()

# PostgreSQL: the libpq parameters of the JDBC URL, for psql and pgbench.
if [[ $ENGINE == postgres ]]; then
  for tool in psql pgbench; do
    command -v "$tool" >/dev/null 2>&1 || { echo "--engine postgres needs $tool" >&2; exit 1; }
  done
  [[ $PG_URL =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
    || { echo "cannot read host and database from $PG_URL" >&2; exit 2; }
  PG_HOST=${BASH_REMATCH[1]}; PG_PORT=${BASH_REMATCH[3]:-5432}; PG_DB=${BASH_REMATCH[4]}
  if [[ -n ${LOAD_PG_PASSWORD:-} ]]; then export PGPASSWORD=$LOAD_PG_PASSWORD; fi
fi

sql() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

# new_schema NAME: a fresh schema; sets SCHEMA and SCHEMA_URL (the JDBC URL that works in it).
new_schema() {
  SCHEMA="vi_load_$1_$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  sql -c "CREATE SCHEMA $SCHEMA" >/dev/null
  SCHEMAS+=("$SCHEMA")
  if [[ $PG_URL == *"?"* ]]; then SCHEMA_URL="$PG_URL&currentSchema=$SCHEMA"; else SCHEMA_URL="$PG_URL?currentSchema=$SCHEMA"; fi
}

cleanup() {
  for pid in $STARTED_PID $OTHER_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$RUN"/data-*
  for schema in ${SCHEMAS[@]+"${SCHEMAS[@]}"}; do
    sql -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

# shellcheck source=common.sh
source "$ROOT/benchmarks/load/common.sh"

# start_process NAME PORT COMMAND...: starts it, waits for GET /health/ready (or /health/live for
# the echo) to answer 200, and sets START_MS to the milliseconds from launch to that first answer.
start_process() {
  local name=$1 port=$2 probe=$3; shift 3
  local launched; launched=$(now_ms)
  "$@" >"$RUN/$name.out" 2>&1 &
  STARTED_PID=$!
  local deadline=$(( launched + 120000 ))
  until answers_200 "$port" "$probe"; do
    kill -0 "$STARTED_PID" 2>/dev/null || { echo "$name exited; its output:" >&2; cat "$RUN/$name.out" >&2; exit 1; }
    (( $(now_ms) < deadline )) || { echo "$name did not answer within 120 s" >&2; exit 1; }
    sleep 0.005
  done
  START_MS=$(( $(now_ms) - launched ))
}

stop_process() {
  kill -TERM "$STARTED_PID"
  wait "$STARTED_PID" 2>/dev/null || true
  STARTED_PID=""
}

# start_server NAME DATA_DIR [JVM OPTIONS...] (on PostgreSQL, in the schema of $SCHEMA_URL)
start_server() {
  local name=$1 data=$2; shift 2
  local database=()
  if [[ $ENGINE == postgres ]]; then
    database=(VISITOR_IDENTITY_DB_URL="$SCHEMA_URL" VISITOR_IDENTITY_DB_USER="$PG_USER"
      VISITOR_IDENTITY_SECRETS_KEY="$SECRETS_KEY")
    if [[ -n ${LOAD_PG_PASSWORD:-} ]]; then database+=(VISITOR_IDENTITY_DB_PASSWORD="$LOAD_PG_PASSWORD"); fi
  fi
  PORT=$(free_port)
  # The preparation starts every driven visitor from this one address: past the default rate limit.
  start_process "$name" "$PORT" /health/ready env VISITOR_IDENTITY_PORT="$PORT" VISITOR_IDENTITY_DATA_DIR="$data" \
    VISITOR_IDENTITY_VISITOR_START_RATE="1000000/s,burst=1000000" \
    ${database[@]+"${database[@]}"} VISITOR_IDENTITY_ADMIN_TOKEN="$ADMIN_TOKEN" java ${SERVER_JVM_OPTIONS[@]+"${SERVER_JVM_OPTIONS[@]}"} "$@" \
    -Xlog:gc:file="$RUN/$name-gc.log" -jar "$SERVER_JAR"
}

# start_upsert: the bare HTTP upsert on a fresh database of the engine.
start_upsert() {
  local url
  if [[ $ENGINE == postgres ]]; then new_schema upsert; url=$SCHEMA_URL; else url="jdbc:h2:file:$RUN/data-upsert/floor"; fi
  PORT=$(free_port)
  start_process upsert "$PORT" /health/live java ${SERVER_JVM_OPTIONS[@]+"${SERVER_JVM_OPTIONS[@]}"} \
    -cp "$BENCH_JAR" visitoridentity.benchmarks.load.UpsertServer "$PORT" "$url" \
    $([[ $ENGINE == postgres ]] && echo "$PG_USER")
}

# pgbench_upsert: pgbench's one-row upsert of a 600-byte row on $VISITORS rows, $CONNECTIONS clients,
# prepared statements, durable commits, for $SECONDS_PER_RUN s; sets PGBENCH_TPS.
pgbench_upsert() {
  new_schema pgbench
  sql -c "CREATE TABLE $SCHEMA.upsert_rows (id int PRIMARY KEY, body text NOT NULL, writes bigint NOT NULL)" >/dev/null
  printf '%s\n' "\\set id random(1, $VISITORS)" \
    "INSERT INTO upsert_rows (id, body, writes) VALUES (:id, repeat('x', 600), 1) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, writes = upsert_rows.writes + 1;" \
    >"$RUN/upsert.sql"
  PGBENCH_TPS=$(PGOPTIONS="-c search_path=$SCHEMA -c synchronous_commit=on" pgbench -n -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -M prepared -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" -f "$RUN/upsert.sql" "$PG_DB" 2>&1 \
    | tee "$RUN/pgbench.out" | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -n 1)
  [[ -n $PGBENCH_TPS ]] || { echo "pgbench failed:" >&2; cat "$RUN/pgbench.out" >&2; exit 1; }
}

# seed_postgres STORED: as VisitorSeeder does on H2, STORED more visitors in the workspace, in SQL.
seed_postgres() {
  local stored=$1 workspace; workspace=$(cat "$RUN/workspace.id")
  local started; started=$(now_ms)
  sql -c "SET search_path TO $SCHEMA" -c "INSERT INTO visitors (workspace_id, id, external_id, external_id_trust,
      trusted_external_id, email, email_trust, metadata, created_at, updated_at, last_seen_at, version)
    SELECT '$workspace', 'v_seed_' || x, 'seed_user_' || x, 'VERIFIED', 'seed_user_' || x,
      'seed' || x || '@example.com', 'UNVERIFIED', '{\"plan\":\"free\",\"visits\":' || (x % 97) || '}',
      now(), now(), now(), 0 FROM generate_series(1, $stored) x" \
    -c "INSERT INTO anonymous_ids (workspace_id, anonymous_id, visitor_id, token_hash, token_issued_at, token_used_at)
    SELECT '$workspace', 'anon_seed_' || x, 'v_seed_' || x, encode(sha256(('seed-token-' || x)::bytea), 'hex'),
      now(), now() FROM generate_series(1, $stored) x" -c "ANALYZE" >/dev/null
  say "seeded $stored visitors in $(( ($(now_ms) - started) / 1000 )) s"
}

start_echo() {
  PORT=$(free_port)
  start_process echo "$PORT" /health/live java -Xlog:gc:file="$RUN/echo-gc.log" -cp "$BENCH_JAR" \
    visitoridentity.benchmarks.load.EchoServer "$PORT"
}

# wrk_run CONNECTIONS SECONDS DELAY_MS [warm-up]: runs wrk on $PORT and sets RESULT to its RESULT
# line; fails on any non-2xx answer or socket error, except in a warm-up (a cold JVM may answer
# its first requests slower than wrk's 2 s timeout).
wrk_run() {
  local connections=$1 seconds=$2 delay=$3 warmup=${4:-}
  RESULT=$(LOAD_REQUESTS="$RUN/requests.lua" LOAD_DELAY_MS="$delay" LOAD_ORIGIN="$ORIGIN" \
    wrk -t"$WRK_THREADS" -c"$connections" -d"${seconds}s" -s "$LUA" "http://127.0.0.1:$PORT" | grep '^RESULT')
  local non2xx errors
  non2xx=$(field "$RESULT" non2xx); errors=$(field "$RESULT" socket_errors)
  if [[ -z $warmup ]] && (( non2xx > 0 || errors > 0 )); then
    echo "wrk saw $non2xx non-2xx answers and $errors socket errors: $RESULT" >&2
    exit 1
  fi
}

field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<<"$1"; }

# paced TARGET_RPS: a load of about TARGET_RPS requests per second from connections that each wait
# between requests; the wait is calibrated once on a short run. Sets RESULT.
paced() {
  local target=$1
  local connections=$(( target / PACED_RPS_PER_CONNECTION )); (( connections >= 2 )) || connections=2
  local interval_ms=$(( connections * 1000 / target ))
  wrk_run "$connections" 5 "$interval_ms"
  local achieved; achieved=$(field "$RESULT" rps)
  # Each connection's cycle is delay + latency; take the latency seen and aim the cycle at the target.
  local delay; delay=$(python3 -c "c=$connections; t=$target; a=$achieved; d=$interval_ms
lat = max(0.0, c * 1000 / a - d); print(max(0, round(c * 1000 / t - lat)))")
  wrk_run "$connections" "$SECONDS_PER_RUN" "$delay"
  PACED_CONNECTIONS=$connections PACED_DELAY=$delay
}

# heap_during NAME FROM_LINE: the largest heap after a GC, and the largest committed heap, in the GC
# log lines after FROM_LINE (G1 writes "Pause Young ... 60M->12M(256M)").
heap_during() {
  tail -n +"$(( $2 + 1 ))" "$RUN/$1-gc.log" | python3 -c '
import re, sys
text = sys.stdin.read()
pairs = [(int(a), int(c)) for a, c in re.findall(r"\d+M->(\d+)M\((\d+)M\)", text)]
pauses = [float(p) for p in re.findall(r"Pause.* ([\d.]+)ms", text)]
print("after-gc-max=%sM committed-max=%sM gc-pauses=%d longest=%sms" % (
    max((p[0] for p in pairs), default="n/a"), max((p[1] for p in pairs), default="n/a"), len(pauses),
    max(pauses, default="n/a")))'
}

gc_lines() { wc -l <"$RUN/$1-gc.log"; }

row() { printf '| %-44s | %10s | %9s | %9s | %s\n' "$@" | tee -a "$RESULTS"; }

# prepare_dataset NAME STORED: a fresh data directory whose workspace holds $VISITORS driven
# visitors (created through the API) and STORED more (seeded into the stopped server's database).
prepare_dataset() {
  local name=$1 stored=$2
  DATA=$RUN/data-$name
  if [[ $ENGINE == postgres ]]; then new_schema "$name"; fi
  start_server "$name-first-start" "$DATA" -XX:ArchiveClassesAtExit="$RUN/server.jsa"
  FIRST_START_MS=$START_MS
  java -cp "$BENCH_JAR" visitoridentity.benchmarks.load.LoadPreparation "http://127.0.0.1:$PORT" "$ADMIN_TOKEN" \
    "$VISITORS" "$RUN" | tee -a "$RESULTS"
  stop_process
  if [[ $ENGINE == postgres ]]; then
    seed_postgres "$stored"
  else
    java -cp "$BENCH_JAR" visitoridentity.benchmarks.load.VisitorSeeder "$DATA" "$(cat "$RUN/workspace.id")" "$stored" \
      | tee -a "$RESULTS"
  fi
}

# cpu_seconds PID...: the CPU time (user and system) those processes used so far, in seconds.
cpu_seconds() {
  local ticks=0 pid fields
  for pid in "$@"; do
    read -r -a fields <<<"$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || echo)"
    (( ${#fields[@]} > 13 )) && ticks=$(( ticks + fields[11] + fields[12] ))
  done
  python3 -c "print($ticks / $(getconf CLK_TCK))"
}

postgres_pids() { if [[ $ENGINE == postgres ]]; then pgrep -x postgres || true; fi; }

# cpu_mark and cpu_share NAME PID...: cores busy (CPU seconds per second) between the two calls, for
# each server and, on PostgreSQL, for all of its processes; sets CPU_SHARE.
cpu_mark() {
  CPU_MARK_AT=$(now_ms)
  CPU_MARK=()
  local pid
  for pid in "$@"; do CPU_MARK+=("$(cpu_seconds "$pid")"); done
  CPU_MARK_POSTGRES=$(cpu_seconds $(postgres_pids))
}

cpu_share() {
  local elapsed; elapsed=$(python3 -c "print(($(now_ms) - $CPU_MARK_AT) / 1000)")
  local i=0 pid parts=()
  for pid in "$@"; do
    parts+=("server$((i + 1))=$(python3 -c "print(round(($(cpu_seconds "$pid") - ${CPU_MARK[$i]}) / $elapsed, 2))")")
    i=$((i + 1))
  done
  if [[ $ENGINE == postgres ]]; then
    parts+=("postgres=$(python3 -c "print(round(($(cpu_seconds $(postgres_pids)) - $CPU_MARK_POSTGRES) / $elapsed, 2))")")
  fi
  CPU_SHARE="cores busy: ${parts[*]}"
}

# wrk_result PORT CONNECTIONS SECONDS: one unpaced wrk run on that port, its RESULT line on stdout.
wrk_result() {
  LOAD_REQUESTS="$RUN/requests.lua" LOAD_DELAY_MS=0 LOAD_ORIGIN="$ORIGIN" \
    wrk -t"$WRK_THREADS" -c"$2" -d"${3}s" -s "$LUA" "http://127.0.0.1:$1" | grep '^RESULT'
}

# two_instances: two servers on the small dataset's database, each driven by half the peak's
# connections at once; sets TWO_RPS (the sum), TWO_P50 and TWO_P99 (the larger of the two) and
# TWO_CPU.
two_instances() {
  local half=$(( CONNECTIONS / 2 ))
  start_server small-a "$DATA"
  local first_port=$PORT; OTHER_PID=$STARTED_PID
  start_server small-b "$DATA"
  local second_port=$PORT
  wrk_result "$first_port" "$half" "$WARMUP" >/dev/null & local warm_a=$!
  wrk_result "$second_port" "$half" "$WARMUP" >/dev/null & local warm_b=$!
  wait "$warm_a" "$warm_b"
  cpu_mark "$OTHER_PID" "$STARTED_PID"
  wrk_result "$first_port" "$half" "$SECONDS_PER_RUN" >"$RUN/two-a.txt" & local run_a=$!
  wrk_result "$second_port" "$half" "$SECONDS_PER_RUN" >"$RUN/two-b.txt" & local run_b=$!
  wait "$run_a" "$run_b"
  cpu_share "$OTHER_PID" "$STARTED_PID"
  TWO_CPU=$CPU_SHARE
  local a b; a=$(cat "$RUN/two-a.txt"); b=$(cat "$RUN/two-b.txt")
  for result in "$a" "$b"; do
    if (( $(field "$result" non2xx) > 0 || $(field "$result" socket_errors) > 0 )); then
      echo "two instances: wrk saw errors: $result" >&2
      exit 1
    fi
  done
  TWO_RPS=$(python3 -c "print(round($(field "$a" rps) + $(field "$b" rps), 1))")
  TWO_P50=$(python3 -c "print(max($(field "$a" p50_ms), $(field "$b" p50_ms)))")
  TWO_P99=$(python3 -c "print(max($(field "$a" p99_ms), $(field "$b" p99_ms)))")
  stop_process
  STARTED_PID=$OTHER_PID
  OTHER_PID=""
  stop_process
}

say "# visitor-identity HTTP load, $(date -u +%Y-%m-%dT%H:%M:%SZ), engine: $ENGINE"
if [[ $ENGINE == postgres ]]; then say "PostgreSQL: $(sql -c 'SHOW server_version') at $PG_HOST:$PG_PORT/$PG_DB"; fi
say "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -n 1)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "driven visitors: $VISITORS; peak: $CONNECTIONS connections, $WRK_THREADS wrk thread(s), ${SECONDS_PER_RUN} s per measurement after ${WARMUP} s warm-up; Origin: ${ORIGIN:-none}"
say "server JVM options: ${SERVER_JVM_OPTIONS[*]:-none}"

# 1. The server with 10,000 stored visitors.
prepare_dataset small "$SMALL"
SMALL_SCHEMA_URL=${SCHEMA_URL:-}
start_server small "$DATA"
RESTART_MS=$START_MS
wrk_run "$CONNECTIONS" "$WARMUP" 0 warm-up
from=$(gc_lines small)
cpu_mark "$STARTED_PID"
wrk_run "$CONNECTIONS" "$SECONDS_PER_RUN" 0
cpu_share "$STARTED_PID"
IDENTIFY_CPU=$CPU_SHARE
IDENTIFY_PEAK=$RESULT
IDENTIFY_HEAP=$(heap_during small "$from")
identify_rps=$(field "$IDENTIFY_PEAK" rps)
half_identify=$(python3 -c "print(int($identify_rps / 2))")
from=$(gc_lines small)
paced "$half_identify"
IDENTIFY_HALF=$RESULT
IDENTIFY_HALF_SHAPE="$PACED_CONNECTIONS connections, ${PACED_DELAY} ms apart"
IDENTIFY_HALF_HEAP=$(heap_during small "$from")
jcmd "$STARTED_PID" GC.heap_info >"$RUN/small-heap-info.txt" 2>&1 || true
stop_process

# 1b. On PostgreSQL, two servers on the same database share the peak load.
TWO_RPS=""
if [[ $ENGINE == postgres ]]; then two_instances; fi

# 2. The bare echo, the same way.
start_echo
ECHO_START_MS=$START_MS
wrk_run "$CONNECTIONS" "$WARMUP" 0 warm-up
wrk_run "$CONNECTIONS" "$SECONDS_PER_RUN" 0
ECHO_PEAK=$RESULT
echo_rps=$(field "$ECHO_PEAK" rps)
paced "$(python3 -c "print(int($echo_rps / 2))")"
ECHO_HALF=$RESULT
ECHO_HALF_SHAPE="$PACED_CONNECTIONS connections, ${PACED_DELAY} ms apart"
stop_process

# 2b. The bare HTTP upsert on the same engine, the same way; on PostgreSQL, pgbench's upsert.
start_upsert
wrk_run "$CONNECTIONS" "$WARMUP" 0 warm-up
wrk_run "$CONNECTIONS" "$SECONDS_PER_RUN" 0
UPSERT_PEAK=$RESULT
upsert_rps=$(field "$UPSERT_PEAK" rps)
paced "$(python3 -c "print(int($upsert_rps / 2))")"
UPSERT_HALF=$RESULT
UPSERT_HALF_SHAPE="$PACED_CONNECTIONS connections, ${PACED_DELAY} ms apart"
stop_process
PGBENCH_TPS=""
if [[ $ENGINE == postgres ]]; then pgbench_upsert; fi

# 3. A start with the class-data archive written by the first start.
CDS_START_MS="n/a"
if [[ -f $RUN/server.jsa ]]; then
  SCHEMA_URL=$SMALL_SCHEMA_URL
  start_server small-cds "$DATA" -XX:SharedArchiveFile="$RUN/server.jsa"
  CDS_START_MS=$START_MS
  stop_process
fi
rm -rf "$DATA"

# 4. The server with 1,000,000 stored visitors, at the paced rate of 1.
prepare_dataset large "$LARGE"
start_server large "$DATA"
LARGE_RESTART_MS=$START_MS
wrk_run "$CONNECTIONS" "$WARMUP" 0 warm-up
from=$(gc_lines large)
wrk_run "$CONNECTIONS" "$SECONDS_PER_RUN" 0
LARGE_PEAK=$RESULT
paced "$half_identify"
LARGE_HALF=$RESULT
LARGE_HEAP=$(heap_during large "$from")
stop_process

say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
row "measurement" "req/s" "p50 ms" "p99 ms" "notes"
row "---" "---:" "---:" "---:" "---"
row "identify, peak ($CONNECTIONS connections), $SMALL stored" "$identify_rps" "$(field "$IDENTIFY_PEAK" p50_ms)" "$(field "$IDENTIFY_PEAK" p99_ms)" "heap: $IDENTIFY_HEAP; $IDENTIFY_CPU"
if [[ -n $TWO_RPS ]]; then row "identify, peak split across two servers" "$TWO_RPS" "$TWO_P50" "$TWO_P99" "$(( CONNECTIONS / 2 )) connections each, one database; $TWO_CPU"; fi
row "identify, half of peak, $SMALL stored" "$(field "$IDENTIFY_HALF" rps)" "$(field "$IDENTIFY_HALF" p50_ms)" "$(field "$IDENTIFY_HALF" p99_ms)" "$IDENTIFY_HALF_SHAPE; heap: $IDENTIFY_HALF_HEAP"
row "echo, peak ($CONNECTIONS connections)" "$echo_rps" "$(field "$ECHO_PEAK" p50_ms)" "$(field "$ECHO_PEAK" p99_ms)" ""
row "echo, half of peak" "$(field "$ECHO_HALF" rps)" "$(field "$ECHO_HALF" p50_ms)" "$(field "$ECHO_HALF" p99_ms)" "$ECHO_HALF_SHAPE"
row "HTTP upsert floor, peak ($CONNECTIONS connections)" "$upsert_rps" "$(field "$UPSERT_PEAK" p50_ms)" "$(field "$UPSERT_PEAK" p99_ms)" "one JDBI upsert per request, $ENGINE"
row "HTTP upsert floor, half of peak" "$(field "$UPSERT_HALF" rps)" "$(field "$UPSERT_HALF" p50_ms)" "$(field "$UPSERT_HALF" p99_ms)" "$UPSERT_HALF_SHAPE"
if [[ -n $PGBENCH_TPS ]]; then row "pgbench one-row upsert ($CONNECTIONS clients, -M prepared)" "$PGBENCH_TPS" "" "" "tps, 600-byte row"; fi
row "identify, peak, $LARGE stored" "$(field "$LARGE_PEAK" rps)" "$(field "$LARGE_PEAK" p50_ms)" "$(field "$LARGE_PEAK" p99_ms)" "heap: $LARGE_HEAP"
row "identify, rate of half peak at $SMALL, $LARGE stored" "$(field "$LARGE_HALF" rps)" "$(field "$LARGE_HALF" p50_ms)" "$(field "$LARGE_HALF" p99_ms)" "$PACED_CONNECTIONS connections, ${PACED_DELAY} ms apart"
say ""
say "identify/echo throughput: $(python3 -c "print(round($identify_rps / $echo_rps, 3))")"
say "identify/HTTP upsert floor throughput: $(python3 -c "print(round($identify_rps / $upsert_rps, 3))")"
if [[ -n $PGBENCH_TPS ]]; then say "identify/pgbench upsert throughput: $(python3 -c "print(round($identify_rps / $PGBENCH_TPS, 3))")"; fi
if [[ -n $TWO_RPS ]]; then say "two servers/one server throughput: $(python3 -c "print(round($TWO_RPS / $identify_rps, 3))")"; fi
say "identify p50 at $LARGE / at $SMALL stored (same paced rate): $(python3 -c "print(round($(field "$LARGE_HALF" p50_ms) / $(field "$IDENTIFY_HALF" p50_ms), 2))")"
say "start to first answered GET /health/ready: first start (fresh database, migrations) ${FIRST_START_MS} ms;"
say "  restart with $SMALL stored ${RESTART_MS} ms; with $LARGE stored ${LARGE_RESTART_MS} ms; with the class-data archive ${CDS_START_MS} ms"
say "echo start to first answer: ${ECHO_START_MS} ms"
say "jcmd GC.heap_info after the identify load:"
grep -E "garbage-first heap|region size|Metaspace" "$RUN/small-heap-info.txt" | sed 's/^/  /' | tee -a "$RESULTS"
say ""
say "results, logs and GC logs kept in $RUN"
