"""Exact power indices: concilium against the PyPI package ``powerindex``, side by side in one run.

``powerindex`` is NOT a dependency of concilium.  It runs in its own throw-away virtualenv,
called through ``benchmarks/power/run_powerindex.py`` (which imports only powerindex)::

    python3 -m venv /tmp/bench-powerindex
    /tmp/bench-powerindex/bin/pip install powerindex==0.3.5
    . .venv/bin/activate            # the project's development venv
    python benchmarks/bench_power.py --powerindex-python /tmp/bench-powerindex/bin/python [--full]

Without ``--powerindex-python`` (or when that interpreter is missing) only concilium is timed.

Games (all exact; weights integers, a coalition wins when its weight reaches the quota):

* ``eu27-qmv``: the Council of the EU, double majority (15 of 27 members and 65 % of the
  population, or at least 24 members) with the 2025 shares (built-in body).  powerindex
  cannot express a double majority or the blocking-minority clause: concilium only.
* ``eu27-population``: the population criterion alone (quota 6501 of 10001): both.
* ``unsc``: the Security Council as the weighted game [39; 7 x 5, 1 x 10]: both.
* ``w50``: 50 members, weights uniform in 1..1000 (seed 2024), quota half the total + 1: both.
* ``w100``: 100 members, weights uniform in 1..1000 (seed 2024), quota half + 1: both for
  Banzhaf; powerindex's Shapley-Shubik on it takes about 90 s and 2.3 GiB, so it is run
  only with ``--full``.

Timing: best of ``--repeat`` runs of ``power_indices(game, index)`` (the whole public call,
DataFrame included) against powerindex's ``calc_banzhaf`` / ``calc_shapley_shubik`` (one run
each, in a fresh process; peak RSS reported).  The normalised values of both are compared.
Target (issue 4): concilium at least 20x faster on every game both can run; EU 27 double
majority well under a second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from concilium.analysis.power import power_indices
from concilium.games import SimpleGame

HERE = Path(__file__).resolve().parent


def weighted(weights, quota, ids=None) -> SimpleGame:
    n = len(weights)
    ids = tuple(ids or (f"m{i}" for i in range(n)))
    w = np.column_stack([np.ones(n, dtype=np.int64), np.asarray(weights, dtype=np.int64)])
    return SimpleGame(ids, w, ("members", "weight"), ((0, int(quota)),))


def games() -> list[tuple[str, SimpleGame, dict | None]]:
    """(name, concilium game, powerindex game or None)."""
    from concilium.bodies import load_body

    eu = load_body("eu-council").game()
    pop = [int(x) for x in eu.weights[:, 1]]
    out = [("eu27-qmv", eu, None)]
    q_pop = -(-65 * sum(pop) // 100)
    out.append(
        ("eu27-population", weighted(pop, q_pop, eu.players), {"weights": pop, "quota": q_pop})
    )
    unsc = [7] * 5 + [1] * 10
    out.append(("unsc", weighted(unsc, 39), {"weights": unsc, "quota": 39}))
    rng = np.random.default_rng(2024)
    w100 = [int(x) for x in rng.integers(1, 1001, size=100)]
    rng = np.random.default_rng(2024)
    w50 = [int(x) for x in rng.integers(1, 1001, size=50)]
    for name, w in (("w50", w50), ("w100", w100)):
        q = sum(w) // 2 + 1
        out.append((name, weighted(w, q), {"weights": w, "quota": q}))
    return out


def time_concilium(game: SimpleGame, index: str, repeat: int):
    power_indices(game, index)  # warm up imports and caches
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        df = power_indices(game, index)
        best = min(best, time.perf_counter() - t)
    tracemalloc.start()
    power_indices(game, index)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    col = "banzhaf_normalised" if index == "banzhaf" else "shapley_shubik"
    return best, peak, df[col].to_numpy(), df.attrs.get("arithmetic")


def time_powerindex(python: str, pgame: dict, index: str):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(pgame, fh)
        path = fh.name
    try:
        res = subprocess.run(
            [python, str(HERE / "power" / "run_powerindex.py"), path, index],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(path)
    out = json.loads(res.stdout)
    return out["seconds"], out["peak_rss_mib"], np.asarray(out["values"], dtype=float)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--powerindex-python",
        default="/tmp/bench-powerindex/bin/python",
        help="interpreter of a venv with powerindex installed",
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--full",
        action="store_true",
        help="also run powerindex's Shapley-Shubik on w100 (about 90 s, 2.3 GiB)",
    )
    ap.add_argument("--json", type=Path, help="write the results to this file")
    args = ap.parse_args()
    have_px = Path(args.powerindex_python).exists()
    if not have_px:
        print(
            f"note: {args.powerindex_python} not found: timing concilium only "
            "(see the module docstring to set up powerindex)",
            file=sys.stderr,
        )
    rows = []
    header = (
        f"{'game':16} {'index':15} {'concilium ms':>12} {'MiB':>6} {'powerindex ms':>13} "
        f"{'MiB':>6} {'ratio':>7} {'max |diff|':>10}  arithmetic"
    )
    print(header)
    print("-" * len(header))
    for name, game, pgame in games():
        for index in ("banzhaf", "shapley_shubik"):
            c_s, c_mib, c_vals, arith = time_concilium(game, index, args.repeat)
            row = {
                "game": name,
                "n": game.n,
                "index": index,
                "concilium_s": c_s,
                "concilium_peak_mib": c_mib,
                "arithmetic": arith,
            }
            run_px = (
                have_px
                and pgame is not None
                and not (name == "w100" and index == "shapley_shubik" and not args.full)
            )
            if run_px:
                p_s, p_mib, p_vals = time_powerindex(args.powerindex_python, pgame, index)
                row.update(
                    powerindex_s=p_s,
                    powerindex_peak_rss_mib=p_mib,
                    ratio=p_s / c_s,
                    max_abs_diff=float(np.abs(p_vals - c_vals).max()),
                )
            rows.append(row)
            px_txt = (
                f"{row['powerindex_s'] * 1000:13.2f} {row['powerindex_peak_rss_mib']:6.0f} "
                f"{row['ratio']:6.0f}x {row['max_abs_diff']:10.1e}"
                if run_px
                else f"{'n/a' if pgame is None else 'skipped':>13} {'':6} {'':>7} {'':>10}"
            )
            print(
                f"{name:16} {index:15} {c_s * 1000:12.2f} {c_mib:6.0f} {px_txt}  {arith}",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    both = [r for r in rows if "ratio" in r]
    if both:
        # Sub-millisecond games measure per-call overhead (a DataFrame is built), not counting.
        real = [r for r in both if r["powerindex_s"] >= 0.01]
        tiny = [r for r in both if r["powerindex_s"] < 0.01]
        if real:
            worst = min(real, key=lambda r: r["ratio"])
            print(
                f"\nslowest ratio where powerindex needs >= 10 ms: {worst['ratio']:.0f}x "
                f"({worst['game']} {worst['index']}; target >= 20x)"
            )
        if tiny:
            print(
                "under 10 ms for powerindex (overhead-bound, both instant): "
                + ", ".join(f"{r['game']} {r['index']} {r['ratio']:.1f}x" for r in tiny)
            )
    print(
        "EU 27 double majority (concilium only): "
        + ", ".join(
            f"{r['index']} {r['concilium_s'] * 1000:.0f} ms"
            for r in rows
            if r["game"] == "eu27-qmv"
        )
    )


if __name__ == "__main__":
    main()
