"""Benchmark: the vectorised expected-utility model against the per-dyad loop oracle.

Times ``concilium.models.expected_utility.run`` (variant S, 10 rounds) for 10, 30, 100 and 300
actors and 1-3 issues on synthetic data from a seeded generator, fits how the cost grows
(time ~ n^k), and times the straightforward per-dyad loop implementation
(``tests/models/eu_oracle.py``) side by side where it is bearable.  Target: 100 actors x 1 issue
x 10 rounds well under 0.1 s on one core.

Run:  python benchmarks/bench_expected_utility.py [--oracle-max 100] [--repeat 5] [--json out.json]

Single core: BLAS threads are pinned to 1 before numpy is imported.  Reads nothing outside the
repository.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import importlib.util
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

from concilium.models.expected_utility import run

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10, 30, 100, 300)
ISSUES = (1, 2, 3)
ROUNDS = 10
TARGET_SECONDS = 0.1  # 100 actors x 1 issue x 10 rounds


def load_oracle():
    path = ROOT / "tests" / "models" / "eu_oracle.py"
    spec = importlib.util.spec_from_file_location("eu_oracle", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eu_oracle"] = module
    spec.loader.exec_module(module)
    return module.run_oracle


def synthetic(n: int, issues: int, seed: int = 20110401):
    """Positions on a 0..100 scale (a fifth of them on a coarse grid, so positions are shared
    as in real data), capabilities 0.05..1, saliences 10..100; one generator per (n, issues)."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, n, issues]))
    x = rng.uniform(0, 100, (issues, n))
    grid = rng.random((issues, n)) < 0.2
    x[grid] = np.round(x[grid], -1)
    c = rng.uniform(0.05, 1, n)
    s = rng.uniform(10, 100, (issues, n))
    return x, c, s


def best_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def fit_exponent(ns, ts) -> float:
    """Least-squares slope of log(time) against log(n)."""
    return float(np.polyfit(np.log(ns), np.log(ts), 1)[0])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="best of N runs (default 5)")
    ap.add_argument(
        "--oracle-max",
        type=int,
        default=100,
        help="largest n for the loop oracle, 1 issue (default 100, ~10 s; 300 takes minutes)",
    )
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    args = ap.parse_args(argv)

    print(
        f"expected-utility benchmark: variant S, {ROUNDS} rounds, best of {args.repeat}; "
        f"numpy {np.__version__}, Python {platform.python_version()}, {platform.machine()}, "
        f"BLAS threads {os.environ['OPENBLAS_NUM_THREADS']}"
    )
    rows = []
    for n in SIZES:
        for g in ISSUES:
            x, c, s = synthetic(n, g)
            run(x, c, s, rounds=1)  # warm-up
            t_vec = best_time(lambda x=x, c=c, s=s: run(x, c, s, rounds=ROUNDS), args.repeat)
            t_lean = best_time(
                lambda x=x, c=c, s=s: run(x, c, s, rounds=ROUNDS, keep_pairs=False), args.repeat
            )
            rows.append(
                {
                    "actors": n,
                    "issues": g,
                    "vectorised_s": t_vec,
                    "vectorised_no_pairs_s": t_lean,
                    "oracle_s": None,
                }
            )

    run_oracle = load_oracle()
    for row in rows:
        n, g = row["actors"], row["issues"]
        if g == 1 and n <= args.oracle_max:
            x, c, s = synthetic(n, 1)
            row["oracle_s"] = best_time(
                lambda x=x, c=c, s=s: run_oracle(x[0], c, s[0], rounds=ROUNDS),
                1 if n > 30 else max(1, args.repeat // 2),
            )

    print()
    print(
        f"{'actors':>6} {'issues':>6} {'vectorised':>12} {'no pairs':>10} {'oracle':>10} "
        f"{'speed-up':>9}"
    )
    for row in rows:
        oracle = row["oracle_s"]
        speed = f"{oracle / row['vectorised_s']:8.0f}x" if oracle else f"{'-':>9}"
        oracle_txt = f"{oracle:9.3f}s" if oracle else f"{'-':>10}"
        print(
            f"{row['actors']:>6} {row['issues']:>6} {row['vectorised_s'] * 1e3:10.2f}ms "
            f"{row['vectorised_no_pairs_s'] * 1e3:8.2f}ms {oracle_txt} {speed}"
        )

    print()
    fits = {}
    for g in ISSUES:
        sel = [r for r in rows if r["issues"] == g]
        k_all = fit_exponent([r["actors"] for r in sel], [r["vectorised_s"] for r in sel])
        big = [r for r in sel if r["actors"] >= 100]
        k_big = fit_exponent([r["actors"] for r in big], [r["vectorised_s"] for r in big])
        fits[f"vectorised_{g}_issues"] = {"all_n": k_all, "n_100_300": k_big}
        print(
            f"vectorised, {g} issue(s): time ~ n^{k_all:.2f} over n = 10..300 "
            f"(n^{k_big:.2f} between 100 and 300; fixed per-round overhead flattens small n)"
        )
    orc = [r for r in rows if r["oracle_s"]]
    if len(orc) >= 2:
        k = fit_exponent([r["actors"] for r in orc], [r["oracle_s"] for r in orc])
        fits["oracle"] = {"all_n": k}
        print(f"loop oracle, 1 issue: time ~ n^{k:.2f} (the O(n^3) vote sums per phase)")
    per_issue = {n: [r["vectorised_s"] for r in rows if r["actors"] == n] for n in SIZES}
    print(
        "cost of 3 issues relative to 1: "
        + ", ".join(f"n={n}: {v[-1] / v[0]:.2f}x" for n, v in per_issue.items())
    )

    target = next(r for r in rows if r["actors"] == 100 and r["issues"] == 1)["vectorised_s"]
    ok = target < TARGET_SECONDS
    print(
        f"\ntarget 100 actors x 1 issue x {ROUNDS} rounds < {TARGET_SECONDS} s: "
        f"{target * 1e3:.1f} ms -> {'met' if ok else 'MISSED'}"
    )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "fits": fits, "target_met": ok}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
