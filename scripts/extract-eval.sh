#!/usr/bin/env bash
# Article extraction benchmark: runs Newsdesk's HTML reader over the Article Extraction Benchmark's pages and scores
# the bodies with the benchmark's own evaluate.py (shingle F1, precision, recall). See docs/benchmarks.md.
#
#   scripts/extract-eval.sh BENCHMARK_DIR [WORK_DIR]
#
# BENCHMARK_DIR  a copy of scrapinghub/article-extraction-benchmark: html/*.html.gz, ground-truth.json, evaluate.py
# WORK_DIR       where the gunzipped pages and output/ go (default: target/extract-eval); it is recreated
#
# Environment: JAR (default target/newsdesk.jar), NAME (prediction file name and version, default newsdesk),
# BUILD=1 to rebuild the jar first, VERBOSE=1 to list each page's metadata, WITHOUT=RULE,RULE to switch furniture
# rules off (names in src/main/java/newsdesk/article/Furniture.java; WITHOUT=all measures Readability alone).
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH=$(cd "${1:?usage: scripts/extract-eval.sh BENCHMARK_DIR [WORK_DIR]}" && pwd)
WORK=${2:-target/extract-eval}
JAR=${JAR:-target/newsdesk.jar}
NAME=${NAME:-newsdesk}
if [[ "${BUILD:-0}" == 1 || ! -f "$JAR" ]]; then
    mvn -o -q -DskipTests package
fi
rm -rf "$WORK"
mkdir -p "$WORK/pages" "$WORK/output"
for page in "$BENCH"/html/*.html.gz; do
    gunzip -c "$page" > "$WORK/pages/$(basename "$page" .gz)"
done
cp "$BENCH/ground-truth.json" "$BENCH/evaluate.py" "$WORK/"
java -Xmx1g -Dextraction.verbose="$([[ "${VERBOSE:-0}" == 1 ]] && echo true || echo false)" \
    -cp "$JAR" newsdesk.eval.ExtractionEval --pages "$WORK/pages" --out "$WORK/output/$NAME.json" --version "$NAME" \
    ${WITHOUT:+--without "$WITHOUT"} \
    2> "$WORK/pages.log"
grep -c '^refused' "$WORK/pages.log" | sed 's/^/refused pages: /' || true
cd "$WORK" && python3 evaluate.py --n-bootstrap 1000
