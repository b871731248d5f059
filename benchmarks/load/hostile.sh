#!/usr/bin/env bash
# Hostile load, in one run (docs/operations.md, "Measured under attack"), each measurement against a
# floor taken in the same run; exits non-zero when a floor is missed:
#   1. slow bodies beside a live probe: GET /health/live on the idle server (the floor), then the
#      same while 250 connections trickle identify bodies at a byte every 5 s, reconnecting when
#      cut, and beside it a real identify every 300 ms; how many of the 250 the server cut within 30 s;
#   2. many devices on one id: a returning identify of a visitor at the device bound beside one of
#      a visitor with 1 device (the floor), and what a device past the bound does;
#   3. a visitor-start flood from one address at the default rate, beside a live probe.
# The real server (bootstrap/target/visitor-identity.jar) on a free loopback port and a temporary
# H2 data directory; the clients are benchmarks/load/hostile.py (python3, stdlib only). Loopback
# only, bounded in time (about 3 minutes), stops what it started.
#
# Build first:  mvn -B -q -P benchmarks package -DskipTests -pl bootstrap,benchmarks -am
# (benchmarks does not depend on bootstrap, so -pl benchmarks -am alone does not make the server jar)
# Run:          benchmarks/load/hostile.sh
# Knobs (environment): HOSTILE_PROBES (300 live probes per row), HOSTILE_ROUNDS (500 returning
# identifies per visitor), HOSTILE_FLOOD (500 visitor starts), LOAD_SERVER_JVM_OPTIONS (-Xmx256m).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SERVER_JAR=$ROOT/bootstrap/target/visitor-identity.jar
CLIENTS=$ROOT/benchmarks/load/hostile.py
PROBES=${HOSTILE_PROBES:-300}
ROUNDS=${HOSTILE_ROUNDS:-500}
FLOOD=${HOSTILE_FLOOD:-500}
read -r -a SERVER_JVM_OPTIONS <<<"${LOAD_SERVER_JVM_OPTIONS--Xmx256m}"
# The probe under attack is paced so that it spans the attack: PROBES probes, PROBE_INTERVAL_MS apart.
PROBE_INTERVAL_MS=100
# Floors (why: docs/operations.md, "Measured under attack").
PROBE_P99_FACTOR=20
PROBE_P99_ALLOWANCE_MS=250
PROBE_P99_CEILING_MS=1000
# The design's bound: 250 trickling connections must not stop identify answering within 2 s.
IDENTIFY_CEILING_MS=2000
IDENTIFY_PROBES=$(( PROBES * PROBE_INTERVAL_MS / 300 ))
DEVICE_P50_FACTOR=2
DEFAULT_START_RATE=20 DEFAULT_START_BURST=100

[[ -f $SERVER_JAR ]] || { echo "missing $SERVER_JAR; build: mvn -B -q -P benchmarks package -DskipTests -pl bootstrap,benchmarks -am" >&2; exit 1; }

RUN=$(mktemp -d /tmp/visitor-identity-hostile.XXXXXX)
RESULTS=$RUN/results.txt
ADMIN_TOKEN=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
STARTED_PID=""
TRICKLE_PID=""
MISSED=()

cleanup() {
  for pid in "$TRICKLE_PID" "$STARTED_PID"; do
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$RUN"/data-*
}
trap cleanup EXIT

# shellcheck source=common.sh
source "$ROOT/benchmarks/load/common.sh"

# start_process NAME PORT PROBE COMMAND...: starts it and waits for PROBE to answer 200.
start_process() {
  local name=$1 port=$2 probe=$3; shift 3
  local deadline=$(( $(now_ms) + 120000 ))
  "$@" >"$RUN/$name.out" 2>&1 &
  STARTED_PID=$!
  until answers_200 "$port" "$probe"; do
    kill -0 "$STARTED_PID" 2>/dev/null || { echo "$name exited; its output:" >&2; cat "$RUN/$name.out" >&2; exit 1; }
    (( $(now_ms) < deadline )) || { echo "$name did not answer within 120 s" >&2; exit 1; }
    sleep 0.05
  done
}

stop_process() {
  kill -TERM "$STARTED_PID"
  wait "$STARTED_PID" 2>/dev/null || true
  STARTED_PID=""
}

# start_server NAME [ENVIRONMENT...]: the server on a fresh data directory; sets PORT.
start_server() {
  local name=$1; shift
  PORT=$(free_port)
  start_process "$name" "$PORT" /health/ready env VISITOR_IDENTITY_PORT="$PORT" \
    VISITOR_IDENTITY_DATA_DIR="$RUN/data-$name" VISITOR_IDENTITY_ADMIN_TOKEN="$ADMIN_TOKEN" "$@" \
    java ${SERVER_JVM_OPTIONS[@]+"${SERVER_JVM_OPTIONS[@]}"} -jar "$SERVER_JAR"
}

# clients COMMAND ARGS...: runs a client of hostile.py and sets RESULT to its RESULT line.
clients() {
  RESULT=$(python3 "$CLIENTS" "$@" | tee -a "$RUN/clients.out" | grep '^RESULT')
}

field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<<"$1"; }

# check DESCRIPTION PYTHON-CONDITION: says whether the floor held, and remembers a miss.
check() {
  if python3 -c "import sys; sys.exit(0 if ($2) else 1)"; then
    say "  held: $1"
  else
    say "  MISSED: $1"
    MISSED+=("$1")
  fi
}

row() { printf '| %-52s | %9s | %9s | %9s | %s\n' "$@" | tee -a "$RESULTS"; }

say "# visitor-identity under hostile load, $(date -u +%Y-%m-%dT%H:%M:%SZ), H2"
say "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -n 1)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "server JVM options: ${SERVER_JVM_OPTIONS[*]:-none}"

# 1 and 2: one server; visitor starts unlimited in practice, since part 2 starts 100 visitors at once.
start_server devices VISITOR_IDENTITY_VISITOR_START_RATE="100000/s,burst=100000"
say "server 1 (parts 1 and 2): VISITOR_IDENTITY_VISITOR_START_RATE=100000/s,burst=100000"

clients probe "$PORT" 200 5 # warm-up, not reported
clients probe "$PORT" "$PROBES" "$PROBE_INTERVAL_MS"
IDLE=$RESULT

python3 "$CLIENTS" trickle "$PORT" "$ADMIN_TOKEN" 45 >"$RUN/trickle.out" &
TRICKLE_PID=$!
until grep -q OPENED "$RUN/trickle.out"; do
  kill -0 "$TRICKLE_PID" 2>/dev/null || { echo "the trickle exited:" >&2; cat "$RUN/trickle.out" >&2; exit 1; }
  sleep 0.1
done
sleep 2 # every slow request has reached a handler and is reading its body
python3 "$CLIENTS" identify-probe "$PORT" "$ADMIN_TOKEN" "$IDENTIFY_PROBES" 300 >"$RUN/identify-probe.out" &
IDENTIFY_PROBE_PID=$!
clients probe "$PORT" "$PROBES" "$PROBE_INTERVAL_MS"
ATTACKED=$RESULT
wait "$IDENTIFY_PROBE_PID"
IDENTIFIED=$(grep '^RESULT' "$RUN/identify-probe.out")
wait "$TRICKLE_PID"
TRICKLE_PID=""
TRICKLE=$(grep '^RESULT' "$RUN/trickle.out")

clients devices "$PORT" "$ADMIN_TOKEN" "$ROUNDS"
DEVICES=$RESULT
stop_process

# 3: a server at the default visitor-start rate.
start_server flood
say "server 2 (part 3): VISITOR_IDENTITY_VISITOR_START_RATE unset (default ${DEFAULT_START_RATE}/s,burst=${DEFAULT_START_BURST})"
clients probe "$PORT" 200 5 # warm-up
clients probe "$PORT" 100 20
FLOOD_IDLE=$RESULT
clients flood "$PORT" "$ADMIN_TOKEN" "$FLOOD" 8
FLOODED=$RESULT
stop_process

say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
row "GET /health/live" "p50 ms" "p99 ms" "max ms" "notes"
row "---" "---:" "---:" "---:" "---"
row "idle (server 1)" "$(field "$IDLE" live_p50_ms)" "$(field "$IDLE" live_p99_ms)" "$(field "$IDLE" live_max_ms)" \
  "$(field "$IDLE" ok)/$PROBES answered 200, $(field "$IDLE" over_1s) after more than 1 s, ${PROBE_INTERVAL_MS} ms apart"
row "beside 250 trickled identify bodies" "$(field "$ATTACKED" live_p50_ms)" "$(field "$ATTACKED" live_p99_ms)" \
  "$(field "$ATTACKED" live_max_ms)" "$(field "$ATTACKED" ok)/$PROBES answered 200, $(field "$ATTACKED" over_1s) after more than 1 s"
row "POST identify beside 250 trickled identify bodies" "$(field "$IDENTIFIED" identify_p50_ms)" \
  "$(field "$IDENTIFIED" identify_p99_ms)" "$(field "$IDENTIFIED" identify_max_ms)" \
  "$(field "$IDENTIFIED" ok)/$(field "$IDENTIFIED" probes) answered 200, 300 ms apart, beside the row above"
row "idle (server 2)" "$(field "$FLOOD_IDLE" live_p50_ms)" "$(field "$FLOOD_IDLE" live_p99_ms)" "$(field "$FLOOD_IDLE" live_max_ms)" \
  "$(field "$FLOOD_IDLE" ok)/100 answered 200, 20 ms apart"
row "during the visitor-start flood" "$(field "$FLOODED" live_p50_ms)" "$(field "$FLOODED" live_p99_ms)" \
  "$(field "$FLOODED" live_max_ms)" "$(field "$FLOODED" live_ok)/$(field "$FLOODED" live_probes) answered 200, 50 ms apart"
row "returning identify, visitor with 1 device" "$(field "$DEVICES" one_p50_ms)" "$(field "$DEVICES" one_p99_ms)" \
  "$(field "$DEVICES" one_max_ms)" "$ROUNDS sequential, keep-alive"
row "returning identify, visitor at the bound ($(field "$DEVICES" limit) devices)" "$(field "$DEVICES" limit_p50_ms)" \
  "$(field "$DEVICES" limit_p99_ms)" "$(field "$DEVICES" limit_max_ms)" "alternated with the row above"
say ""
say "slow bodies: $TRICKLE"
say "devices: $DEVICES"
say "flood: $FLOODED"
say ""

say "1. slow bodies beside a live probe"
idle_p99=$(field "$IDLE" live_p99_ms)
probe_bound=$(python3 -c "print(round(min($PROBE_P99_CEILING_MS, $PROBE_P99_FACTOR * $idle_p99 + $PROBE_P99_ALLOWANCE_MS), 1))")
check "every probe under attack answered 200" "$(field "$ATTACKED" ok) == $PROBES"
check "probe p99 under attack $(field "$ATTACKED" live_p99_ms) ms <= min(${PROBE_P99_CEILING_MS}, ${PROBE_P99_FACTOR} x idle p99 + ${PROBE_P99_ALLOWANCE_MS}) = ${probe_bound} ms" \
  "$(field "$ATTACKED" live_p99_ms) <= $probe_bound"
check "every identify under attack answered 200 within ${IDENTIFY_CEILING_MS} ms: $(field "$IDENTIFIED" ok)/$(field "$IDENTIFIED" probes), slowest $(field "$IDENTIFIED" identify_max_ms) ms" \
  "$(field "$IDENTIFIED" ok) == $(field "$IDENTIFIED" probes) and $(field "$IDENTIFIED" identify_max_ms) <= $IDENTIFY_CEILING_MS"
check "all 250 trickles cut within 30 s: $(field "$TRICKLE" cut_within_30s)" "$(field "$TRICKLE" cut_within_30s) == 250"

say "2. many devices on one id"
check "the sink visitor holds the bound: $(field "$DEVICES" devices_held) devices on $(field "$DEVICES" sink_visitors) visitor, $(field "$DEVICES" evictions_below_limit) evicted on the way" \
  "$(field "$DEVICES" devices_held) == $(field "$DEVICES" limit) and $(field "$DEVICES" sink_visitors) == 1 and $(field "$DEVICES" evictions_below_limit) == 0"
check "p50 at the bound $(field "$DEVICES" limit_p50_ms) ms <= ${DEVICE_P50_FACTOR} x p50 at 1 device ($(field "$DEVICES" one_p50_ms) ms)" \
  "$(field "$DEVICES" limit_p50_ms) <= $DEVICE_P50_FACTOR * $(field "$DEVICES" one_p50_ms)"
check "a device past the bound evicts the one seen longest ago ($(field "$DEVICES" evicted_is_oldest)), whose token then answers $(field "$DEVICES" oldest_token_status), leaving $(field "$DEVICES" devices_held_after) devices" \
  "'$(field "$DEVICES" evicted_is_oldest)' == 'True' and $(field "$DEVICES" oldest_token_status) == 401 and $(field "$DEVICES" devices_held_after) == $(field "$DEVICES" limit)"

say "3. visitor-start flood"
created=$(field "$FLOODED" created); limited=$(field "$FLOODED" limited); flood_seconds=$(field "$FLOODED" seconds)
check "$FLOOD starts in $flood_seconds s: $created created, $limited limited, $(field "$FLOODED" other) other" \
  "$created + $limited == $FLOOD"
check "created $created within the bucket: >= burst $DEFAULT_START_BURST and <= burst + ${DEFAULT_START_RATE}/s x $flood_seconds s + 1" \
  "$DEFAULT_START_BURST <= $created <= $DEFAULT_START_BURST + $DEFAULT_START_RATE * $flood_seconds + 1"
check "every 429 has a Retry-After (missing on $(field "$FLOODED" limited_without_retry_after); values $(field "$FLOODED" retry_after_s) s)" \
  "$(field "$FLOODED" limited_without_retry_after) == 0"
check "/health/live answered 200 during the flood: $(field "$FLOODED" live_ok)/$(field "$FLOODED" live_probes)" \
  "$(field "$FLOODED" live_probes) > 0 and $(field "$FLOODED" live_ok) == $(field "$FLOODED" live_probes)"

say ""
say "results and logs kept in $RUN"
if (( ${#MISSED[@]} > 0 )); then
  say "${#MISSED[@]} floor(s) missed"
  exit 1
fi
say "every floor held"
