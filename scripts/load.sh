#!/usr/bin/env bash
# Load test of POST /api/ask: starts Newsdesk over a corpus on loopback, warms it up, runs wrk with varied questions
# at 16 connections for 30 s, and reports requests/s, p50/p90/p99 latency and error counts against the target
# (>= 100 answers/s at 16 clients, p99 <= 150 ms, zero 5xx). Installs wrk from Debian if it is missing.
#
#   scripts/load.sh [CORPUS] [QUESTIONS]
#
# CORPUS     article file or folder the server loads (default: seeds/), e.g. /path/to/multihop-rag/corpus.json
# QUESTIONS  one question per line, or a JSON array of objects with "query" or "question" (default:
#            scripts/load-questions.txt, questions about seeds/)
#
# Environment: DURATION (seconds, default 30, at most 300), WARMUP (seconds, default 10), CONNECTIONS (16),
# THREADS (2), PORT (7077), DATA_DIR (default target/load-data, kept between runs so a persisted index is reused),
# JAVA_OPTS (default -Xmx1g), JAR (default target/newsdesk.jar, e.g. an older build to compare side by side), BUILD=1 to
# rebuild the jar, STRICT=1 to exit 1 when the target is missed.
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=${1:-seeds}
QUESTIONS=${2:-scripts/load-questions.txt}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-7077}
DATA_DIR=${DATA_DIR:-target/load-data}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
READY_TIMEOUT=${READY_TIMEOUT:-1800}
JAR=${JAR:-target/newsdesk.jar}
BASE="http://127.0.0.1:$PORT"

if (( DURATION > 300 || WARMUP > 120 )); then
    echo "DURATION is capped at 300 s and WARMUP at 120 s" >&2
    exit 2
fi
[[ -e "$CORPUS" ]] || { echo "no corpus at $CORPUS" >&2; exit 2; }
[[ -f "$QUESTIONS" ]] || { echo "no questions file at $QUESTIONS" >&2; exit 2; }

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)…"
    SUDO=$([[ $(id -u) == 0 ]] && echo "" || echo sudo)
    $SUDO apt-get install -y wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

if [[ $JAR == target/newsdesk.jar && ( ! -f $JAR || ${BUILD:-0} == 1 ) ]]; then
    echo "building $JAR…"
    mvn -q -o -DskipTests -Dsolr.launcher.skip=true package
fi

mkdir -p target "$DATA_DIR"
QUESTION_LINES=target/load-questions.txt
if [[ $QUESTIONS == *.json ]]; then
    python3 - "$QUESTIONS" > "$QUESTION_LINES" <<'PY'
import json, sys
for item in json.load(open(sys.argv[1], encoding="utf-8")):
    text = item.get("query") or item.get("question") if isinstance(item, dict) else item
    if text:
        print(" ".join(str(text).split()))
PY
else
    cp "$QUESTIONS" "$QUESTION_LINES"
fi

LOG=target/load-server.log
echo "starting Newsdesk on $BASE over $CORPUS (log: $LOG)…"
NEWSDESK_HOST=127.0.0.1 NEWSDESK_PORT=$PORT NEWSDESK_SEEDS=$CORPUS NEWSDESK_DATA_DIR=$DATA_DIR \
    NEWSDESK_RATE_LIMIT_PER_MINUTE=0 NEWSDESK_CONVERSATION_TURNS_PER_MINUTE=0 \
    java $JAVA_OPTS -Dorg.slf4j.simpleLogger.log.newsdesk.access=warn -jar $JAR serve >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
    if kill -0 $SERVER 2>/dev/null; then
        kill -TERM $SERVER
        wait $SERVER || true
    fi
}
trap stop_server EXIT

started=$(date +%s)
until curl -fsS "$BASE/ready" >/dev/null 2>&1; do
    if ! kill -0 $SERVER 2>/dev/null; then
        echo "the server exited:" >&2
        tail -20 "$LOG" >&2
        exit 1
    fi
    if (( $(date +%s) - started > READY_TIMEOUT )); then
        echo "not ready after $READY_TIMEOUT s" >&2
        exit 1
    fi
    sleep 1
done
echo "ready in $(( $(date +%s) - started )) s: $(curl -fsS "$BASE/ready")"

echo "warming up for $WARMUP s…"
timeout $(( WARMUP + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s scripts/load.lua \
    "$BASE/api/ask" -- "$QUESTION_LINES" >/dev/null

# The server's CPU time (user + system, clock ticks) around the measured run: CPU per answer is what the server
# spends, whatever else shares the machine.
cpu_ticks() { awk '{ print $14 + $15 }' /proc/$SERVER/stat; }
CPU_BEFORE=$(cpu_ticks)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "measuring for $DURATION s at $CONNECTIONS connections ($THREADS wrk threads; load average $LOAD_BEFORE)…"
OUT=target/load-wrk.txt
timeout $(( DURATION + 60 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
    -s scripts/load.lua "$BASE/api/ask" -- "$QUESTION_LINES" | tee "$OUT" | grep -v '^LOAD '
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU_AFTER=$(cpu_ticks)

value() { awk -v k="$1" '$1 == "LOAD" && $2 == k { print $3 }' "$OUT"; }
RPS=$(value rps); P50=$(value p50_ms); P99=$(value p99_ms); S5=$(value status_5xx)
NON2XX=$(( $(value status_3xx) + $(value status_4xx) + S5 ))
echo
echo "== Newsdesk /api/ask load: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), corpus $CORPUS"
echo "   $(curl -fsS "$BASE/ready")"
echo "   requests $(value requests) in $(value seconds) s = $RPS req/s; latency p50 $P50 ms, p90 $(value p90_ms) ms, p99 $P99 ms, max $(value max_ms) ms"
echo "   2xx $(value status_2xx), non-2xx $NON2XX (5xx $S5), socket errors $(value socket_errors); load average before $LOAD_BEFORE, after $LOAD_AFTER"
echo "   server CPU $(awk -v t=$(( CPU_AFTER - CPU_BEFORE )) -v hz=$(getconf CLK_TCK) -v n=$(value requests) -v s=$(value seconds) \
    'BEGIN { printf "%.1f s in %.0f s (%.2f cores), %.1f ms per answer", t / hz, s, t / hz / s, (n > 0 ? 1000 * t / hz / n : 0) }')"
MET=$(awk -v r="$RPS" -v p="$P99" -v s="$S5" 'BEGIN { print (r >= 100 && p <= 150 && s == 0) ? "met" : "missed" }')
echo "   target (>= 100 req/s, p99 <= 150 ms, zero 5xx): $MET"

stop_server
trap - EXIT
if [[ $MET == missed && ${STRICT:-0} == 1 ]]; then
    exit 1
fi
