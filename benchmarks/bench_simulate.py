"""Benchmark: Monte Carlo simulation (concilium.analysis.uncertainty.simulate).

Targets (issue 9): 10,000 draws of the flagship (examples/nato-tokyo-office.yaml) with the
procedural and compromise models in under 1 s on one core; 10,000 draws x 34 actors x 10
rounds of the expected-utility model in under 10 s on two cores.  Also reports draws per
second, how the cost grows with draws and with actors (time ~ n^k, least squares on logs),
the peak memory (tracemalloc: numpy reports its buffers to it), and the machine's load
average before and after (the development machine is shared: wall times there are several
times the CPU times; the CPU time of each worker is the figure that does not depend on load).

Run:  python benchmarks/bench_simulate.py [--repeat 3] [--eu-draws 10000] [--only eu]
      [--json out.json]

BLAS threads are pinned to 1 before numpy is imported; "one core" runs in this process,
"two cores" in two worker processes of the library's ``ProcessExecutor`` (what ``simulate
--workers 2`` uses), half of the draws each, forked (the default on Linux) and, to compare,
spawned; each worker reports its compute CPU time and the CPU it spent starting up before
its first draw.  Nothing outside the repository is read.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import platform
import resource
import time
import tracemalloc
from pathlib import Path

import numpy as np

from concilium.analysis.uncertainty.engines import evaluate
from concilium.analysis.uncertainty.executors import ProcessExecutor, start_method
from concilium.analysis.uncertainty.simulate import BATCH, simulate, values_for
from concilium.analysis.uncertainty.space import compile_space
from concilium.io import load_scenario, parse_scenario
from concilium.models.expected_utility import BATCH_MEMORY_MB, batch_size, forecasts

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


def eu_ten_rounds(x, c, s) -> tuple[np.ndarray, float, float]:
    """The expected-utility model's forecast for every draw, 10 rounds (a draw that settles
    earlier stops there), all draws at once in memory-sized batches; and this process's CPU
    seconds (user + system), and of those the system's (page faults, mostly)."""
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    out = forecasts(x, c, s, rounds=10)
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    sys_s = r1.ru_stime - r0.ru_stime
    return out, r1.ru_utime - r0.ru_utime + sys_s, sys_s


def eu_task(_shared, x, c, s):
    """One worker's share (run by the library's ProcessExecutor): its forecasts, its pid, its
    compute CPU seconds, and the CPU it had spent before (starting and importing)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    out, cpu, _ = eu_ten_rounds(x, c, s)
    return os.getpid(), out, cpu, r.ru_utime + r.ru_stime


def two_workers(x, c, s, method: str) -> tuple[np.ndarray, dict]:
    """The 10-round forecasts of every draw on two worker processes started with ``method``,
    half of the draws each: the wall time from starting the pool to the last result, and
    per worker its compute and start-up CPU."""
    half = (len(x) + 1) // 2
    parts = [(x[:half], c[:half], s[:half]), (x[half:], c[half:], s[half:])]
    ex = ProcessExecutor(2, method=method)
    t0 = time.perf_counter()
    try:
        got = dict(ex.run(eu_task, None, parts))
    finally:
        ex.close()
    wall = time.perf_counter() - t0
    res = [got[k] for k in range(len(parts))]
    return np.concatenate([r[1] for r in res]), {
        "wall_s": wall,
        "distinct_workers": len({r[0] for r in res}),
        "cpu_s_per_worker": [r[2] for r in res],
        "startup_cpu_s_per_worker": [r[3] for r in res],
    }


def fit(xs, ts) -> float:
    return float(np.polyfit(np.log(xs), np.log(ts), 1)[0])


def procedural_figures(sc, args, out: dict) -> None:
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


def flagship_draws(sc, d: int, seed: int = 7):
    """The flagship's expected-utility inputs (positions, capabilities, saliences) for d draws."""
    space = compile_space(sc)
    u = np.random.default_rng(np.random.SeedSequence(seed)).random((d, space.k))
    arrays, _ = space.arrays(values_for(space, u))
    return arrays[0]["x"], arrays[0]["c"], arrays[0]["s"]


def eu_figures(sc, args, out: dict) -> None:
    """Expected utility: 10 rounds on 1 and 2 cores, growth with draws and actors, memory,
    and the simulate command's default (until the positions settle)."""
    d = args.eu_draws
    x, c, sal = flagship_draws(sc, d)
    n = x.shape[1]
    eu_ten_rounds(x[:50], c[:50], sal[:50])  # warm-up
    print(
        f"expected utility, batches of {batch_size(n, 10)} draws "
        f"({BATCH_MEMORY_MB:.0f} MiB budget a batch at {n} actors, 10 rounds)"
    )

    t0 = time.perf_counter()
    medians, cpu1, sys1 = eu_ten_rounds(x, c, sal)
    wall1 = time.perf_counter() - t0
    out["eu_draws"] = d
    out["eu_10_rounds_1core"] = {
        "wall_s": wall1,
        "cpu_s": cpu1,
        "system_cpu_s": sys1,
        "draws_per_cpu_s": d / cpu1,
    }
    print(
        f"  {d:,} draws x {n} actors x 10 rounds, 1 core (this process): {wall1:.1f} s wall, "
        f"{cpu1:.1f} s CPU, of which {sys1:.1f} s system ({d / cpu1:,.0f} draws per CPU "
        f"second, {cpu1 / (d * 10 * n * n) * 1e9:.0f} ns per actor pair and round)"
    )

    out["eu_10_rounds_2cores"] = {}
    for method in ("fork", "spawn") if start_method() == "fork" else ("spawn",):
        two, fig = two_workers(x, c, sal, method)
        same = bool(np.array_equal(two, medians))
        fig["identical_to_1core"] = same
        out["eu_10_rounds_2cores"][method] = fig
        cpus, starts = fig["cpu_s_per_worker"], fig["startup_cpu_s_per_worker"]
        idle = max(a + b for a, b in zip(starts, cpus))
        met = idle < 10 * d / 10_000
        print(
            f"  same on 2 worker processes ({method}ed, by the library's ProcessExecutor, "
            f"half the draws each): {fig['wall_s']:.1f} s wall from starting the pool to the "
            f"last result; compute CPU {cpus[0]:.1f} s + {cpus[1]:.1f} s, start-up CPU before the first draw "
            f"{starts[0]:.2f} s + {starts[1]:.2f} s; forecasts identical to 1 core: {same}; "
            f"median of the forecasts {np.median(two):.3g}"
        )
        fig["idle_estimate_s"] = idle
        print(
            f"    on two idle cores the wall time is about the slower worker's start-up + "
            f"compute: {idle:.1f} s (target < 10 s for 10,000 draws: "
            f"{'met' if met else 'NOT met'})"
        )

    sizes = sorted({max(1, d // 10), max(1, d // 3), d})
    ts = []
    for k in sizes:
        t0 = time.process_time()
        forecasts(x[:k], c[:k], sal[:k], rounds=10)
        ts.append(time.process_time() - t0)
    out["eu_growth_draws"] = {"draws": sizes, "cpu_s": ts, "exponent": fit(sizes, ts)}
    print(
        "  by draws (CPU, 1 core): "
        + ", ".join(f"{k:,}: {t:.2f} s" for k, t in zip(sizes, ts))
        + f"  (time ~ draws^{fit(sizes, ts):.2f})"
    )

    ns = (10, 30, 100)
    k = max(20, d // 50)
    ts = []
    for m in ns:
        space = compile_space(synthetic(m))
        u = np.random.default_rng(1).random((k, space.k))
        arr, _ = space.arrays(values_for(space, u))
        t0 = time.process_time()
        forecasts(arr[0]["x"], arr[0]["c"], arr[0]["s"], rounds=10)
        ts.append(time.process_time() - t0)
    out["eu_growth_actors"] = {"actors": list(ns), "draws": k, "cpu_s": ts, "exponent": fit(ns, ts)}
    print(
        f"  by actors, {k:,} draws x 10 rounds (CPU): "
        + ", ".join(f"{m}: {t:.2f} s" for m, t in zip(ns, ts))
        + f"  (time ~ n^{fit(ns, ts):.2f}: every round compares every pair of actors)"
    )

    tracemalloc.start()
    forecasts(x, c, sal, rounds=10)
    peak10 = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    forecasts(x[: max(1, d // 10)], c[: max(1, d // 10)], sal[: max(1, d // 10)])
    peak_settle = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    out["eu_peak_traced_mb"] = {"10_rounds": peak10 / 2**20, "until_settled": peak_settle / 2**20}
    print(
        f"  peak traced memory: {peak10 / 2**20:.1f} MB ({d:,} draws, 10 rounds); "
        f"{peak_settle / 2**20:.1f} MB (until settled, at most 1,000 rounds; the history a "
        f"draw keeps is counted in the batch budget)"
    )

    d1 = max(1, d // 100)
    t0 = time.process_time()
    forecasts(x[:d1], c[:d1], sal[:d1])
    t = time.process_time() - t0
    out["eu_until_settled"] = {"draws": d1, "cpu_s": t, "cpu_s_per_draw": t / d1}
    print(
        f"  until settled (the simulate default, at most 1000 rounds), {d1:,} draws, 1 core: "
        f"{t:.1f} s CPU ({t / d1:.3f} s per draw)"
    )

    d2 = max(1, d // 10)
    t0 = time.perf_counter()
    simulate(sc, "expected_utility", d2, seed=7, workers=2)
    t = time.perf_counter() - t0
    out["eu_simulate_default_draws"] = d2
    out["eu_simulate_default_2workers_wall_s"] = t
    print(
        f"  concilium simulate -m expected_utility (default: until the positions settle, at "
        f"most 1000 rounds), {d2:,} draws, 2 workers: {t:.1f} s wall ({d2 / t:,.0f} draws/s)"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument(
        "--eu-draws",
        type=int,
        default=10_000,
        help="draws of the expected-utility run (default 10000)",
    )
    ap.add_argument(
        "--only", choices=("all", "procedural", "eu"), default="all", help="which figures"
    )
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    sc = load_scenario(FLAGSHIP)
    out: dict = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_before": os.getloadavg(),
    }
    print(f"load average (1, 5, 15 min) before: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    if args.only in ("all", "procedural"):
        procedural_figures(sc, args, out)
    if args.only in ("all", "eu"):
        eu_figures(sc, args, out)
    out["load_average_after"] = os.getloadavg()
    print(f"load average (1, 5, 15 min) after: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max resident set of this process: {out['max_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
