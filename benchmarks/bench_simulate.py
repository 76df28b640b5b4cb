"""Benchmark: Monte Carlo simulation (concilium.analysis.uncertainty.simulate).

Targets (issue 9): 10,000 draws of the flagship (examples/nato-tokyo-office.yaml) with the
procedural and compromise models in under 1 s on one core; 10,000 draws x 34 actors x 10
rounds of the expected-utility model in under 10 s on two cores.  Also reports draws per
second, how the cost grows with draws and with actors (time ~ n^k, least squares on logs),
and the peak memory (tracemalloc: numpy reports its buffers to it) of a run.

Run:  python benchmarks/bench_simulate.py [--repeat 3] [--eu-draws 10000] [--json out.json]

BLAS threads are pinned to 1 before numpy is imported; "one core" runs in this process,
"two cores" in two worker processes (--workers 2).  Nothing outside the repository is read.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import multiprocessing as mp
import platform
import resource
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from concilium.analysis.uncertainty.engines import evaluate
from concilium.analysis.uncertainty.simulate import BATCH, simulate, values_for
from concilium.analysis.uncertainty.space import compile_space
from concilium.io import load_scenario, parse_scenario
from concilium.models.expected_utility import run

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = ROOT / "examples" / "nato-tokyo-office.yaml"


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def synthetic(n: int):
    """n members of an inline body under a two-thirds majority, every position uncertain."""
    members = ", ".join(f"{{id: M{k}, name: Member {k}}}" for k in range(n))
    actors = "\n".join(
        f"  - {{id: M{k}, name: Member {k}, capability: {1 + k % 7}, stances: {{x: "
        f"{{position: {{value: {10 + (k * 37) % 80}, range: [{(k * 37) % 80}, "
        f"{20 + (k * 37) % 80}]}}, salience: {{value: 50, range: [20, 80]}}}}}}}}"
        for k in range(n)
    )
    text = f"""
id: synthetic-{n}
title: Synthetic {n}
date: 2024-01-01
body:
  id: syn
  name: Synthetic
  rule: {{kind: majority, threshold: 0.666667, strict: false}}
  members: [{members}]
issues: [{{id: x, title: X, status_quo: 20, proposal: 70}}]
actors:
{actors}
"""
    return parse_scenario(text)


def eu_ten_rounds(x, c, s) -> np.ndarray:
    """The expected-utility model, 10 rounds, draws as the group axis (chunks of 250)."""
    out = np.empty(len(x))
    for lo in range(0, len(x), 250):
        tr = run(x[lo : lo + 250], c[lo : lo + 250], s[lo : lo + 250], rounds=10, keep_pairs=False)
        out[lo : lo + 250] = tr.median[-1]
    return out


def fit(xs, ts) -> float:
    return float(np.polyfit(np.log(xs), np.log(ts), 1)[0])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument(
        "--eu-draws",
        type=int,
        default=10_000,
        help="draws of the expected-utility run (default 10000)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    sc = load_scenario(FLAGSHIP)
    out: dict = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }

    simulate(sc, ["procedural", "compromise"], 1_000, seed=1)  # warm imports and caches
    t = best(lambda: simulate(sc, ["procedural", "compromise"], 10_000, seed=7), args.repeat)
    out["flagship_procedural_compromise_10k_1core_s"] = t
    out["flagship_procedural_compromise_draws_per_s"] = 10_000 / t
    print(
        f"flagship, procedural + compromise, 10,000 draws, 1 core: {t:.3f} s "
        f"({10_000 / t:,.0f} draws/s; target < 1 s: {'met' if t < 1 else 'NOT met'})"
    )

    sizes = (1_000, 10_000, 100_000)
    ts = [best(lambda d=d: simulate(sc, "procedural", d, seed=7), args.repeat) for d in sizes]
    out["growth_draws"] = {"draws": list(sizes), "seconds": ts, "exponent": fit(sizes, ts)}
    print(
        "procedural, by draws: "
        + ", ".join(f"{d:,}: {s:.3f} s" for d, s in zip(sizes, ts))
        + f"  (time ~ draws^{fit(sizes, ts):.2f})"
    )

    ns = (10, 30, 100, 300)
    ts = []
    for n in ns:  # the draws' evaluation only: a synthetic body's set-up is not the point here
        space = compile_space(synthetic(n))
        u = np.random.default_rng(1).random((10_000, space.k))

        def run(space=space, u=u):
            for lo in range(0, len(u), BATCH):  # batch by batch, as simulate does
                v = values_for(space, u[lo : lo + BATCH])
                for m in ("procedural", "compromise"):
                    evaluate(space, m, v)

        ts.append(best(run, args.repeat))
    out["growth_actors"] = {"actors": list(ns), "seconds": ts, "exponent": fit(ns, ts)}
    print(
        "procedural + compromise, 10,000 draws (evaluation only), by actors: "
        + ", ".join(f"{n}: {s:.3f} s" for n, s in zip(ns, ts))
        + f"  (time ~ n^{fit(ns, ts):.2f})"
    )

    tracemalloc.start()
    simulate(sc, ["procedural", "compromise"], 100_000, seed=7)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    out["peak_traced_mb_100k"] = peak / 2**20
    print(f"peak traced memory, 100,000 draws procedural + compromise: {peak / 2**20:.1f} MB")

    d = args.eu_draws
    space = compile_space(sc)
    u = np.random.default_rng(np.random.SeedSequence(7)).random((d, space.k))
    arrays, _ = space.arrays(values_for(space, u))
    x, c, sal = arrays[0]["x"], arrays[0]["c"], arrays[0]["s"]
    half = (d + 1) // 2
    t0 = time.perf_counter()
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as pool:
        parts = list(
            pool.map(
                eu_ten_rounds, (x[:half], x[half:]), (c[:half], c[half:]), (sal[:half], sal[half:])
            )
        )
    t = time.perf_counter() - t0
    medians = np.concatenate(parts)
    out["eu_draws"] = d
    out["eu_10_rounds_2cores_s"] = t
    print(
        f"expected utility, {d:,} draws x {x.shape[1]} actors x 10 rounds, 2 worker processes "
        f"(batched run(), spawn included): {t:.1f} s ({d / t:,.0f} draws/s; target < 10 s for "
        f"10,000: {'met' if t < 10 * d / 10_000 else 'NOT met'}); median of the forecasts "
        f"{np.median(medians):.3g}"
    )
    d2 = max(1, d // 10)
    t0 = time.perf_counter()
    simulate(sc, "expected_utility", d2, seed=7, workers=2)
    t = time.perf_counter() - t0
    out["eu_simulate_default_draws"] = d2
    out["eu_simulate_default_2cores_s"] = t
    print(
        f"concilium simulate -m expected_utility (default: until the positions settle, at most "
        f"1000 rounds), {d2:,} draws, 2 workers: {t:.1f} s ({d2 / t:,.0f} draws/s)"
    )
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max resident set of this process: {out['max_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
