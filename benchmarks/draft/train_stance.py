"""Train the learned stance fallback of ``concilium draft`` (``concilium.text.learned``).

Run from the repository root (no network; deterministic)::

    python benchmarks/draft/train_stance.py [--threshold 0.8] [--l2 1.0] [--min-count 2]
        [--out src/concilium/text/data/stance_model.json]

Examples: every (drafted issue, actor) the drafter finds mentioned in the articles whose file
name starts with one of ``PREFIXES`` (the seen splits; never the held-out ``m`` articles),
drafted with the spaCy rules only.  The label is the gold stated stance on the gold issue the
drafted issue matches (``evaluate.issue_map``, the benchmark's own matching), else ``none``
when the actor is neither stated nor implied there; implied and ``unscored`` actors are left
out (the text does not state them).  Features: ``learned.candidates``.

Model: multinomial logistic regression, ``P(y|x) = softmax(W'x + b)``, fitted by minimising
the negative log-likelihood plus ``l2/2 * ||W||^2`` (the bias is not penalised) with
scipy's L-BFGS-B from zeros, over the features seen in at least ``--min-count`` examples.
The threshold is the one leave-one-split-out cross-validation chose
(``benchmarks/draft/crossval.py``); the weights file records the command, the splits, the
git commit and a SHA-256 of the articles and gold files it was trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev

from concilium.text import learned

# The training articles, by file-name prefix (written out: the held-out "m" split,
# heldout10, is never opened here).  d: dev, h: seen, n/p/q/r/s/t/w/z/k: past held-out
# splits (w, z and k each run once, then seen), u/v/x/y/g/j/a/b/c: tuning splits.  A prefix
# with no articles yet is skipped.
PREFIXES = (
    "d", "h", "n", "p", "q", "r", "s", "t", "u", "v", "x", "y", "w", "z", "g", "j", "k",
    "a", "b", "c",
)  # fmt: skip
SPLIT_OF = {prefix: split for split, prefix in ev.PREFIX.items() if prefix in PREFIXES}
OUT = ev.ROOT / "src" / "concilium" / "text" / "data" / "stance_model.json"
ENGINE = "spacy"


@dataclass
class Article:
    name: str
    split: str
    gold: dict[str, Any]
    scenario: dict[str, Any] | None
    record: dict[str, Any] | None  # learned.fill_draft's record: candidates, counts
    labels: list[str | None]  # per candidate: the gold label, None when not an example


def gold_label(c: learned.Candidate, to_gold: dict[str, int], gold: dict[str, Any]) -> str | None:
    if c.actor in set(gold.get("unscored") or ()):
        return None
    g = gold["issues"][to_gold[c.issue]]
    stated, implied = g.get("stated") or {}, g.get("implied") or {}
    if c.actor in stated:
        return str(stated[c.actor])
    if c.actor in implied:
        return None
    return "none"


def collect(prefixes: Sequence[str] = PREFIXES, log: bool = True) -> list[Article]:
    """Draft every article of the given prefixes once (rules only), recording candidates."""
    out: list[Article] = []
    for prefix in prefixes:
        if prefix not in PREFIXES:
            raise SystemExit(f"prefix {prefix!r} is not a training prefix")
        split = SPLIT_OF[prefix]
        docs = [d for d in ev.load(split) if d[0].startswith(prefix)]
        if not docs:
            continue
        for name, raw, gold in docs:
            rec = learned.start_recording()
            try:
                sc = ev.run(raw, name, ENGINE)
            finally:
                learned.stop_recording()
            record = rec[0] if rec else None
            labels: list[str | None] = []
            if sc is not None and record is not None:
                to_gold = ev.issue_map(sc, gold)
                labels = [gold_label(c, to_gold, gold) for c in record["candidates"]]
            out.append(Article(name, split, gold, sc, record, labels))
        if log:
            print(f"  {split}: {len(docs)} articles drafted", file=sys.stderr)
    return out


def cached(path: Path | None) -> list[Article]:
    """``collect()``, read from or saved to a pickle at ``path`` when given (a local file that
    saves drafting time between runs; plain tuples, so either script can read it)."""
    import pickle

    if path is not None and path.exists():
        return [Article(*row) for row in pickle.loads(path.read_bytes())]
    articles = collect()
    if path is not None:
        rows = [(a.name, a.split, a.gold, a.scenario, a.record, a.labels) for a in articles]
        path.write_bytes(pickle.dumps(rows))
    return articles


def examples(
    articles: Sequence[Article], only_open: bool = False
) -> tuple[list[frozenset[str]], list[int]]:
    xs: list[frozenset[str]] = []
    ys: list[int] = []
    for a in articles:
        if a.record is None:
            continue
        for c, label in zip(a.record["candidates"], a.labels):
            if label is None or (only_open and c.rule is not None):
                continue
            xs.append(c.features)
            ys.append(learned.LABELS.index(label))
    return xs, ys


def fit(
    xs: Sequence[frozenset[str]],
    ys: Sequence[int],
    l2: float = 1.0,
    min_count: int = 2,
    threshold: float = 0.8,
    meta: dict[str, Any] | None = None,
) -> learned.StanceModel:
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    seen = Counter(f for x in xs for f in x)
    vocab = sorted(f for f, n in seen.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, x in enumerate(xs):
        for f in sorted(x):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    n, d, k = len(xs), len(vocab), len(learned.LABELS)
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, d))
    Y = np.zeros((n, k))
    Y[np.arange(n), np.asarray(ys)] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W = theta[: d * k].reshape(d, k)
        b = theta[d * k :]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        P = np.exp(logp)
        nll = -(Y * logp).sum() + 0.5 * l2 * (W * W).sum()
        G = P - Y
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        return float(nll), np.concatenate([np.asarray(gW).ravel(), gb])

    res = minimize(
        loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 2000}
    )
    W = res.x[: d * k].reshape(d, k)
    b = res.x[d * k :]
    return learned.StanceModel(vocab, W, b, threshold, meta)


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=ev.ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def data_sha(prefixes: Sequence[str]) -> str:
    """SHA-256 over the training articles and gold files (sorted by name)."""
    h = hashlib.sha256()
    for prefix in prefixes:
        for p in sorted(ev.ARTICLES.glob(prefix + "[0-9]*")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--only-open", action="store_true", help="train on rule-less actors only")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cache", type=Path, help="crossval.py's pickle of the drafted articles")
    args = ap.parse_args(argv)
    articles = cached(args.cache)
    present = sorted({a.name[0] for a in articles})
    xs, ys = examples(articles, args.only_open)
    given = argv if argv is not None else sys.argv[1:]
    # the command without the cache (a local file that only saves drafting time)
    shown = [
        a for i, a in enumerate(given) if a != "--cache" and (i == 0 or given[i - 1] != "--cache")
    ]
    command = "python benchmarks/draft/train_stance.py " + " ".join(shown)
    meta = {
        "command": command.strip(),
        "prefixes": present,
        "splits": sorted({a.split for a in articles}),
        "articles": len(articles),
        "examples": len(xs),
        "label_counts": {learned.LABELS[k]: n for k, n in sorted(Counter(ys).items())},
        "l2": args.l2,
        "min_count": args.min_count,
        "only_open": args.only_open,
        "git_commit": _git("rev-parse", "HEAD"),
        "data_sha256": data_sha(present),
    }
    model = fit(xs, ys, args.l2, args.min_count, args.threshold, meta)
    import json

    args.out.write_text(json.dumps(model.to_json(), indent=None, sort_keys=True) + "\n")
    print(
        f"{len(xs)} examples from {len(articles)} articles ({', '.join(present)}), "
        f"{len(model.features)} features -> {args.out} ({args.out.stat().st_size // 1024} KB)"
    )


if __name__ == "__main__":
    main()
