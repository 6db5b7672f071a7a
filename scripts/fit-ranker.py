#!/usr/bin/env python3
"""Fits SentenceRanker (docs/answers.md, eighth pass) on the training sets' candidate sentences.

Reads the files written by `eval --candidates FILE`: one line per answered query with its best candidate sentences
(at most 20, in lexical order), their features and a label (the sentence contains an expected answer). Only queries
with at least one labelled sentence among their candidates count (article-facts and unanswerable queries are left
out). Fits on standardised features either a pointwise L2 logistic regression (Newton steps) or a pairwise
RankNet-style linear model (logistic loss on the feature differences of a labelled and an unlabelled sentence of the
same query), reports the rank of the first labelled sentence (top 1, top 3, MRR) for the lexical order and for the
model under query-grouped repeated cross-validation on the training files, then for the model fitted on all of them
on the check files, and prints the weights in raw units for the Java constants. numpy only.

  python3 scripts/fit-ranker.py --train cand-dev.jsonl cand-A.jsonl --check cand-B.jsonl \
      [--model pointwise|pairwise] [--features a,b,...] [--l2 1.0] [--folds 5] [--repeats 10]
"""
import argparse
import json
import numpy as np

LEFT_OUT = {"article-facts", "unanswerable", "null_query"}


def load(paths):
    groups, names = [], None
    for path in paths:
        for line in open(path):
            d = json.loads(line)
            if d["type"] in LEFT_OUT or not d["candidates"]:
                continue
            names = d["names"]
            y = np.array([1.0 if c["label"] else 0.0 for c in d["candidates"]])
            if y.sum() == 0:
                continue
            x = np.array([c["features"] for c in d["candidates"]], dtype=float)
            groups.append((path, d["id"], x, y))
    return groups, names


def fit_pointwise(x, y, l2):
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    reg = np.eye(k + 1) * l2
    reg[k, k] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        g = xb.T @ (p - y) + reg @ w
        h = xb.T @ (xb * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w[:k]


def fit_pairwise(groups, l2):
    diffs = []
    for x, y in groups:
        pos, neg = x[y == 1], x[y == 0]
        for p in pos:
            diffs.append(p - neg)
    d = np.vstack(diffs)
    k = d.shape[1]
    w = np.zeros(k)
    reg = np.eye(k) * l2
    for _ in range(50):
        p = 1 / (1 + np.exp(-d @ w))
        g = d.T @ (p - 1) + reg @ w
        h = d.T @ (d * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def first_rank(score, y):
    order = np.argsort(-score, kind="stable")
    return int(np.nonzero(y[order] == 1)[0][0]) + 1


def metrics(ranks):
    r = np.array(ranks)
    return (r == 1).sum(), (r <= 3).sum(), float(np.mean(1.0 / r)), len(r)


def show(label, ranks):
    t1, t3, mrr, n = metrics(ranks)
    print(f"  {label:28s} top1 {t1:3d} ({t1 / n:.3f})  top3 {t3:3d} ({t3 / n:.3f})  MRR {mrr:.3f}  of {n}")


def train(groups, cols, args):
    x = np.vstack([g[2][:, cols] for g in groups])
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1
    z = [((g[2][:, cols] - mu) / sd, g[3]) for g in groups]
    if args.model == "pairwise":
        w = fit_pairwise(z, args.l2)
    else:
        w = fit_pointwise(np.vstack([a for a, _ in z]), np.concatenate([b for _, b in z]), args.l2)
    return w / sd  # raw units; the bias does not change an order


def model_ranks(groups, cols, w):
    return [first_rank(g[2][:, cols] @ w, g[3]) for g in groups]


def lexical_ranks(groups):
    return [first_rank(-np.arange(len(g[3]), dtype=float), g[3]) for g in groups]


def cross_validate(groups, cols, args):
    ranks = []
    rng = np.random.default_rng(13)
    for _ in range(args.repeats):
        idx = rng.permutation(len(groups))
        for f in range(args.folds):
            test = set(idx[f::args.folds].tolist())
            w = train([g for i, g in enumerate(groups) if i not in test], cols, args)
            ranks += model_ranks([groups[i] for i in sorted(test)], cols, w)
    return ranks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--check", nargs="*", default=[])
    ap.add_argument("--model", choices=["pointwise", "pairwise"], default="pointwise")
    ap.add_argument("--features", default="")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    groups, names = load(args.train)
    chosen = args.features.split(",") if args.features else names
    cols = [names.index(f) for f in chosen]
    print(f"training: {len(groups)} queries with a labelled candidate; model {args.model}, l2 {args.l2}, "
          f"{len(cols)} features")
    for path in args.train:
        part = [g for g in groups if g[0] == path]
        print(path)
        show("lexical order", lexical_ranks(part))
    print(f"all training, {args.repeats} x {args.folds}-fold CV (per query, each counted once per repeat)")
    show("lexical order", lexical_ranks(groups))
    cv = cross_validate(groups, cols, args)
    t1, t3, mrr, n = metrics(cv)
    print(f"  {'model (CV)':28s} top1 {t1 / n:.3f}  top3 {t3 / n:.3f}  MRR {mrr:.3f}  ({n // args.repeats} per repeat)")
    w = train(groups, cols, args)
    for path in args.check:
        check, _ = load([path])
        print(path)
        show("lexical order", lexical_ranks(check))
        show("model (fitted on training)", model_ranks(check, cols, w))
    print("weights (raw units), in SentenceFeatures.NAMES order:")
    full = np.zeros(len(names))
    full[cols] = w
    for n_, v in zip(names, full):
        print(f"  {n_:14s} {v: .4f}")
    print("java: {" + ", ".join(f"{v:.4f}" for v in full) + "}")


if __name__ == "__main__":
    main()
