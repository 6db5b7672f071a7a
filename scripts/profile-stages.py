#!/usr/bin/env python3
"""Sums a collapsed async-profiler stack file by answer-path stage: the first rule a stack matches names its stage."""
import sys
from collections import Counter

# (stage, substrings any of which puts a stack in it), first match wins: order from the specific to the general.
RULES = [
    ("question embedding: tokenizer", ["HuggingFaceTokenizer", "libtokenizers", "tokenizers::"]),
    ("question embedding: ONNX model", ["ai/onnxruntime", "ai.onnxruntime", "libonnxruntime", "onnxruntime::",
                                        "Mlas", "MLAS", "Eigen"]),
    ("question embedding: pooling", ["OnnxRuns", "OnnxBatchEncoder"]),
    ("extractive answer (sentence scoring)", ["newsdesk/answer", "newsdesk.answer"]),
    ("BM25 restricted to outlets/days", ["TermInSetQuery", "PointRangeQuery", "ConjunctionDISI", "ConjunctionBulkScorer",
                                         "LongPoint", "BKD"]),
    ("BM25 query analysis", ["LexicalIndex.analyze", "LexicalIndex.query", "EnglishAnalyzer", "PorterStem",
                             "StandardTokenizer"]),
    ("BM25 search", ["LexicalRetriever", "org/apache/lucene", "org.apache.lucene"]),
    ("vector scan", ["VectorMatrix", "VectorRetriever.search", "SignCodes"]),
    ("rank fusion, mentions", ["RankFusion", "QueryMentions", "HybridRetriever"]),
    ("passage widening", ["PassageSearch"]),
    ("JSON and HTTP", ["jackson", "javalin", "jetty", "newsdesk/web", "newsdesk.web"]),
    ("GC", ["GCTaskThread", "G1", "ParallelGC", "gc_", "GangWorker"]),
    ("JIT compiler", ["CompileBroker", "C2Compiler", "C1Compiler", "Compile::"]),
]


def stage(stack):
    for name, needles in RULES:
        if any(n in stack for n in needles):
            return name
    return "other"


def main(path):
    totals = Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if stack:
            totals[stage(stack)] += int(count)
    all_samples = sum(totals.values()) or 1
    for name, samples in totals.most_common():
        print(f"  {name:42s} {samples:8d} samples {100.0 * samples / all_samples:5.1f} %")


if __name__ == "__main__":
    main(sys.argv[1])
