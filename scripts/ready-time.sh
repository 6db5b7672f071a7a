#!/usr/bin/env bash
# Time from `java -jar JAR serve` to a 200 from /ready, over a seeds folder: a first start (empty data directory: the
# seeds are embedded) and a restart (the snapshot is restored), ROUNDS times each, alternating between the jars given.
#
#   scripts/ready-time.sh JAR [JAR...]        e.g. scripts/ready-time.sh /path/to/base.jar target/newsdesk.jar
#
# Environment: SEEDS (default seeds/), ROUNDS (3), PORT (7099), JAVA_OPTS (-Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${SEEDS:-seeds}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-7099}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
(( $# >= 1 )) || { echo "usage: $0 JAR [JAR...]" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

start() { # jar data-dir -> prints milliseconds to ready
    local started server
    started=$(date +%s%N)
    NEWSDESK_HOST=127.0.0.1 NEWSDESK_PORT=$PORT NEWSDESK_SEEDS=$SEEDS NEWSDESK_DATA_DIR=$2 \
        java $JAVA_OPTS -jar "$1" serve >"$WORK/server.log" 2>&1 &
    server=$!
    until curl -fsS "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; do
        kill -0 $server 2>/dev/null || { echo "server exited:" >&2; tail -5 "$WORK/server.log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - started) / 1000000 ))
    kill -TERM $server
    wait $server || true
}

for round in $(seq 1 "$ROUNDS"); do
    for jar in "$@"; do
        data="$WORK/data-$round-$(basename "$jar")"
        first=$(start "$jar" "$data")
        again=$(start "$jar" "$data")
        echo "$jar ($(( $(stat -c %s "$jar") / 1000000 )) MB): first start ${first} ms, restart ${again} ms; load $(cut -d' ' -f1-3 /proc/loadavg)"
    done
done
