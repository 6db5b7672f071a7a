#!/usr/bin/env python3
"""Fits LearnedAbstention (docs/answers.md, seventh pass) on the training sets' eval details.

Reads the details.jsonl of `eval --out DIR` runs over the training sets only (docs/eval/factoid-dev.jsonl and
MultiHop-RAG queries-dev.json); a row is one question the extractive answerer was about to answer, with its signals.
Label 1: the question is unanswerable (kind "unanswerable", MultiHop-RAG "null_query"). Fits an L2 logistic
regression on standardised signals (Newton steps), reports repeated stratified cross-validation, and prints the
weights in raw units for the Java constants. numpy only.

  python3 scripts/fit-abstention.py [--features a,b,...] [--l2 1.0] [--folds 5] [--repeats 20] DETAILS.jsonl...
"""
import argparse
import json
import numpy as np

NEGATIVE_KINDS = {"unanswerable", "null_query"}


def load(paths):
    rows, totals = [], {}
    for path in paths:
        for line in open(path):
            d = json.loads(line)
            a = d.get("answer") or {}
            label = 1 if d["type"] in NEGATIVE_KINDS else 0
            key = (path, label)
            totals.setdefault(key, [0, 0])
            totals[key][0] += 1
            totals[key][1] += 1 if a.get("abstained") else 0
            sig = a.get("signals") or {}
            if sig and not a.get("abstained"):
                rows.append((path, d["id"], label, sig))
    return rows, totals


def fit(x, y, l2, weights=None):
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    sw = np.ones(n) if weights is None else weights
    reg = np.eye(k + 1) * l2
    reg[k, k] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        g = xb.T @ (sw * (p - y)) + reg @ w
        h = xb.T @ (xb * (sw * p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w, x):
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def auc(score, y):
    pos, neg = score[y == 1], score[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return ((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg))


def cv(z, y, src, sets, sample, l2, folds, repeats, seed=13):
    rng = np.random.default_rng(seed)
    oof = np.zeros((repeats, len(y)))
    for r in range(repeats):
        fold = np.zeros(len(y), dtype=int)
        for s in sets:
            for lab in (0, 1):
                idx = np.where((src == s) & (y == lab))[0]
                rng.shuffle(idx)
                fold[idx] = np.arange(len(idx)) % folds
        for f in range(folds):
            tr, te = fold != f, fold == f
            w = fit(z[tr], y[tr], l2, sample[tr])
            oof[r, te] = predict(w, z[te])
    return oof


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def rates(oof, y, src, sets, totals, t):
    """Per set: (unanswerable abstention, false abstention) with the decision added, mean over repeats."""
    out = {}
    for s in sets:
        m = src == s
        neg, pos = totals.get((s, 1), [0, 0]), totals[(s, 0)]
        catch = np.mean([((oof[r] >= t) & m & (y == 1)).sum() for r in range(len(oof))])
        false = np.mean([((oof[r] >= t) & m & (y == 0)).sum() for r in range(len(oof))])
        out[s] = ((neg[1] + catch) / max(neg[0], 1), (neg[1]) / max(neg[0], 1), (pos[1] + false) / pos[0],
                  pos[1] / pos[0])
    return out


def objective(oof, y, src, sets, totals, slack):
    """Best mean gain in unanswerable abstention over the sets, at a threshold whose false abstention stays within
    slack[s] of today on every set."""
    best = (0.0, None)
    for t in THRESHOLDS:
        r = rates(oof, y, src, sets, totals, t)
        if all(r[s][2] - r[s][3] <= slack[i] + 1e-9 for i, s in enumerate(sets)):
            gain = np.mean([r[s][0] - r[s][1] for s in sets])
            if gain > best[0]:
                best = (gain, t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("details", nargs="+")
    ap.add_argument("--features", default="")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--balance", action="store_true", help="weigh each set's rows so the sets count alike")
    ap.add_argument("--select", type=int, default=0, help="greedy forward selection of up to N signals by the CV "
                    "objective (mean unanswerable gain at a threshold keeping false abstention within --slack)")
    ap.add_argument("--slack", default="0.02,0.0", help="allowed false-abstention rise per set, in file order")
    args = ap.parse_args()
    rows, totals = load(args.details)
    names = args.features.split(",") if args.features else list(rows[0][3].keys())
    x = np.array([[r[3][f] for f in names] for r in rows], dtype=float)
    y = np.array([r[2] for r in rows], dtype=float)
    src = np.array([r[0] for r in rows])
    sets = list(dict.fromkeys(args.details))  # file order, as --slack reads them
    sets = [x for x in sets if (src == x).any()]
    sample = np.ones(len(rows))
    if args.balance:
        for s in sets:
            sample[src == s] = len(rows) / (len(sets) * (src == s).sum())
    for s in sets:
        m = src == s
        print(f"{s}: {int(m.sum())} answered rows, {int(y[m].sum())} of them unanswerable; totals "
              + str({k[1]: v for k, v in totals.items() if k[0] == s}))
    print("single-signal AUC (unanswerable high):")
    for i, f in enumerate(names):
        print(f"  {f:16s} " + "  ".join(f"{auc(-x[src == s, i], y[src == s]):.3f}" for s in sets))
    if args.select:
        slack = [float(v) for v in args.slack.split(",")]
        chosen, left = [], list(range(len(names)))
        while len(chosen) < args.select:
            scored = []
            for i in left:
                cols = chosen + [i]
                zz = (x[:, cols] - x[:, cols].mean(0)) / np.where(x[:, cols].std(0) == 0, 1, x[:, cols].std(0))
                oo = cv(zz, y, src, sets, sample, args.l2, args.folds, max(4, args.repeats // 4))
                scored.append((objective(oo, y, src, sets, totals, slack), i))
            (gain, t), i = max(scored, key=lambda g: g[0][0])
            if chosen and gain <= best_gain + 1e-6:
                break
            chosen.append(i)
            left.remove(i)
            best_gain = gain
            print(f"select + {names[i]}: CV mean unanswerable gain {gain:.3f} at t={t}")
        names = [names[i] for i in chosen]
        x = x[:, chosen]
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1
    z = (x - mu) / sd
    rng = np.random.default_rng(13)
    oof = np.zeros((args.repeats, len(rows)))
    for r in range(args.repeats):
        fold = np.zeros(len(rows), dtype=int)
        for s in sets:
            for lab in (0, 1):
                idx = np.where((src == s) & (y == lab))[0]
                rng.shuffle(idx)
                fold[idx] = np.arange(len(idx)) % args.folds
        for f in range(args.folds):
            tr, te = fold != f, fold == f
            w = fit(z[tr], y[tr], args.l2, sample[tr])
            oof[r, te] = predict(w, z[te])
    print("cross-validated AUC per set:", "  ".join(
        f"{s.split('/')[-2]} {np.mean([auc(oof[r, src == s], y[src == s]) for r in range(args.repeats)]):.3f}"
        for s in sets))
    print("cross-validated extra abstentions (mean over repeats) at thresholds:")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        parts = []
        for s in sets:
            m = src == s
            neg = totals[(s, 1)][0] if (s, 1) in totals else 0
            pos = totals[(s, 0)][0]
            catch = np.mean([((oof[r] >= t) & m & (y == 1)).sum() for r in range(args.repeats)])
            false = np.mean([((oof[r] >= t) & m & (y == 0)).sum() for r in range(args.repeats)])
            base_u = totals.get((s, 1), [0, 0])[1]
            base_f = totals[(s, 0)][1]
            parts.append(f"{s.split('/')[-2]}: unans {base_u / max(neg, 1):.3f}->{(base_u + catch) / max(neg, 1):.3f}"
                         f" false {base_f / pos:.3f}->{(base_f + false) / pos:.3f}")
        print(f"  t={t:.2f}  " + " | ".join(parts))
    w = fit(z, y, args.l2, sample)
    raw = w[:-1] / sd
    bias = w[-1] - (raw * mu).sum()
    print("fitted on all rows (standardised weight, raw weight):")
    for f, ws, wr in zip(names, w[:-1], raw):
        print(f"  {f:16s} {ws:+.3f}  {wr:+.4f}")
    print(f"  bias             {bias:+.4f}")
    p = predict(w, z)
    for s in sets:
        m = src == s
        print(f"  in-sample {s.split('/')[-2]} p>=0.5: unans {int(((p >= 0.5) & m & (y == 1)).sum())}"
              f" answerable {int(((p >= 0.5) & m & (y == 0)).sum())}")


if __name__ == "__main__":
    main()
