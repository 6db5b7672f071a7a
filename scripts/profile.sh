#!/usr/bin/env bash
# CPU profile of the answer path with async-profiler (from Maven Central, itimer mode: every thread of the process,
# native ONNX Runtime threads included): starts `serve` over a corpus, warms up, then profiles (1) one long question
# asked over and over by one client and (2) 16 clients cycling through the questions, and prints where the CPU went
# by stage (scripts/profile-stages.py). Collapsed stacks are kept in target/profile-*.collapsed.
#
#   scripts/profile.sh CORPUS QUESTIONS        e.g. scripts/profile.sh ../shared/data/multihop-rag/corpus.json \
#                                                      ../shared/data/multihop-rag/queries-dev.json
#
# Environment: DATA_DIR (default target/load-data; pass a copy of a built index to skip ingestion), WARMUP (20 s),
# DURATION (20 s per phase), PORT (7078), JAVA_OPTS (-Xmx1g), JAR (target/newsdesk.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=$1
QUESTIONS=$2
DURATION=${DURATION:-20}
PORT=${PORT:-7078}
DATA_DIR=${DATA_DIR:-target/load-data}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
JAR=${JAR:-target/newsdesk.jar}
BASE="http://127.0.0.1:$PORT"
AP_VERSION=3.0
AP_JAR=~/.m2/repository/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION.jar
[[ -f $AP_JAR ]] || mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:$AP_VERSION
mkdir -p target/async-profiler
unzip -o -q "$AP_JAR" 'linux-x64/*' -d target/async-profiler
AGENT=$PWD/target/async-profiler/linux-x64/libasyncProfiler.so
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

python3 - "$QUESTIONS" > target/profile-questions.txt <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8")) if sys.argv[1].endswith(".json") else open(sys.argv[1]).read().splitlines()
for item in items:
    text = (item.get("query") or item.get("question")) if isinstance(item, dict) else item
    if text:
        print(" ".join(str(text).split()))
PY
# The long question: the first of 40 words or more.
awk 'NF >= 40 { print; exit }' target/profile-questions.txt > target/profile-long.txt
echo "long question ($(wc -w < target/profile-long.txt) words): $(cat target/profile-long.txt)"

NEWSDESK_HOST=127.0.0.1 NEWSDESK_PORT=$PORT NEWSDESK_SEEDS=$CORPUS NEWSDESK_DATA_DIR=$DATA_DIR \
    NEWSDESK_RATE_LIMIT_PER_MINUTE=0 NEWSDESK_CONVERSATION_TURNS_PER_MINUTE=0 \
    java $JAVA_OPTS -XX:+EnableDynamicAgentLoading -Dorg.slf4j.simpleLogger.log.newsdesk.access=warn -jar "$JAR" serve \
    > target/profile-server.log 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
until curl -fsS "$BASE/ready" >/dev/null 2>&1; do
    kill -0 $SERVER 2>/dev/null || { tail -20 target/profile-server.log >&2; exit 1; }
    sleep 1
done
echo "ready: $(curl -fsS "$BASE/ready")"
wrk -t2 -c4 -d"${WARMUP:-20}s" --timeout 10s -s scripts/load.lua "$BASE/api/ask" -- target/profile-questions.txt >/dev/null

profile() { # name connections questions-file
    # jcmd takes a=b as its own named argument: the agent's options go in quotes.
    jcmd $SERVER JVMTI.agent_load "$AGENT" "\"start,event=itimer,interval=1ms\"" >/dev/null
    wrk -t1 -c"$2" -d"${DURATION}s" --timeout 10s --latency -s scripts/load.lua "$BASE/api/ask" -- "$3" \
        > "target/profile-$1-wrk.txt"
    jcmd $SERVER JVMTI.agent_load "$AGENT" "\"stop,file=$PWD/target/profile-$1.collapsed,collapsed\"" >/dev/null
    echo "== $1: $(awk '$1 == "LOAD" && $2 == "rps" { print $3 }' "target/profile-$1-wrk.txt") answers/s," \
        "p50 $(awk '$1 == "LOAD" && $2 == "p50_ms" { print $3 }' "target/profile-$1-wrk.txt") ms;" \
        "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 scripts/profile-stages.py "target/profile-$1.collapsed"
}
profile one-long-question 1 target/profile-long.txt
profile load-16 16 target/profile-questions.txt
