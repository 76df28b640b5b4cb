"""Cost per turn of concilium's SMP against KTAB's measured figures, on one core.

Inputs: KTAB's synthetic scaling scenarios (``../shared/reference/datasets/ktab/synthetic/``,
the exact files KTAB was timed on: 40, 60, 80, 100 actors on one dimension and 100 on three),
plus 250- and 500-actor scenarios built the same way (capabilities uniform 10-200, positions
uniform 0-100, total salience uniform 75-99 split at random over the dimensions) from a fixed
``SeedSequence``.  KTAB refuses more than 250 actors.  KTAB's figures below were measured by
the project on KTAB's optimised (``-O2``) build with minimum logging (``smpc --logmin``), on
the same kind of shared 2-core machine: CPU seconds (user + sys) per turn, and turns.

Run: ``python benchmarks/bench_smp.py`` (``--quick`` stops the 250/500-actor runs after
``--big-turns`` turns; cost per turn is what is compared, as KTAB's turn counts vary).
CPU time is process time with BLAS limited to one thread.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

from concilium.io.ktab import read_ktab
from concilium.models import smp

# KTAB, -O2, --logmin: CPU s per turn and turns, on the same input files
KTAB = {
    ("synth-a040-d1", 40): (0.281, 19),
    ("synth-a060-d1", 60): (1.23, 34),
    ("synth-a080-d1", 80): (3.74, 29),
    ("synth-a100-d1", 100): (9.15, 55),
    ("synth-a100-d3", 100): (9.28, 34),
}


def _synthetic_dir() -> Path | None:
    here = Path(__file__).resolve().parent
    for base in (Path.cwd(), here, *here.parents[:4]):
        d = base.parent / "shared" / "reference" / "datasets" / "ktab" / "synthetic"
        if d.is_dir():
            return d
    return None


def _arrays(path: Path):
    d = read_ktab(path)
    return (np.array(d.positions) / 100.0, np.array(d.saliences) / 100.0, np.array(d.capabilities))


def _generated(n: int, dims: int = 1, seed: int = 20240601):
    rng = np.random.default_rng(np.random.SeedSequence([seed, n, dims]))
    caps = rng.uniform(10, 200, n)
    pos = rng.uniform(0, 100, (n, dims)) / 100.0
    total = rng.uniform(75, 99, n) / 100.0
    split = rng.uniform(0.1, 1.0, (n, dims))
    sal = split / split.sum(axis=1, keepdims=True) * total[:, None]
    return pos, sal, caps


def _time(pos, sal, caps, max_turns: int):
    t0 = time.process_time()
    w0 = time.perf_counter()
    r = smp.run(pos, sal, caps, max_turns=max_turns)
    return time.process_time() - t0, time.perf_counter() - w0, r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="cap the 250/500-actor runs")
    ap.add_argument("--big-turns", type=int, default=5, help="turns for --quick big runs")
    ap.add_argument("--repeat", type=int, default=3, help="repeats of the KTAB cases (best)")
    args = ap.parse_args(argv)
    syn = _synthetic_dir()
    rows = []
    print(
        f"{'case':<16}{'n':>5}{'D':>3}{'turns':>7}{'(KTAB)':>8}{'CPU s/turn':>12}"
        f"{'KTAB s/turn':>13}{'speed-up':>10}{'total CPU s':>13}"
    )
    if syn is None:
        print(
            "KTAB's synthetic inputs not found (../shared/reference/datasets/ktab/synthetic); "
            "running the generated cases only"
        )
    else:
        for (case, n), (k_turn, k_turns) in KTAB.items():
            pos, sal, caps = _arrays(syn / f"{case}.csv")
            best = None
            for _ in range(args.repeat):
                cpu, wall, r = _time(pos, sal, caps, 100)
                if best is None or cpu < best[0]:
                    best = (cpu, wall, r)
            cpu, wall, r = best
            per = cpu / r.turns
            rows.append((n, per))
            print(
                f"{case:<16}{n:>5}{pos.shape[1]:>3}{r.turns:>7}{k_turns:>8}{per:>12.4f}"
                f"{k_turn:>13.3f}{k_turn / per:>9.0f}x{cpu:>13.2f}"
            )
    for n in (250, 500):
        pos, sal, caps = _generated(n)
        cap = args.big_turns if args.quick else 100
        cpu, wall, r = _time(pos, sal, caps, cap)
        per = cpu / r.turns
        rows.append((n, per))
        note = (
            ""
            if r.stop_reason == "quiet"
            else (
                f" (stopped at {r.turns} turns: --quick)"
                if args.quick
                else f" (ran to the {r.turns}-turn cap)"
            )
        )
        print(
            f"{'generated':<16}{n:>5}{1:>3}{r.turns:>7}{'-':>8}{per:>12.4f}{'-':>13}{'':>10}"
            f"{cpu:>13.2f}{note}"
        )
    ns = np.log([n for n, _ in rows if n >= 40])
    ts = np.log([t for n, t in rows if n >= 40])
    if len(ns) >= 2:
        slope = float(np.polyfit(ns, ts, 1)[0])
        print(
            f"\ngrowth of CPU per turn with actors (least squares, n >= 40): n^{slope:.2f} "
            "(KTAB: n^3.6-4.2 between 40 and 100 actors)"
        )
        big = [(n, t) for n, t in rows if n >= 100]
        if len(big) >= 2:
            (n1, t1), (n2, t2) = big[-2], big[-1]
            print(f"local exponent {n1}->{n2}: {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
