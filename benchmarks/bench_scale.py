"""Size targets of issue 14: large scenarios, many issues, huge text, long evaluations.

Run on demand (never part of the test suite), in the project's venv::

    python benchmarks/bench_scale.py                 # every case
    python benchmarks/bench_scale.py --only actors   # one case (see --help)

Cases and targets (each prints its wall-clock time, best of ``--repeat``):

* ``actors``: a scenario with 10,000 voting members (inline body, weighted majority of
  random integer weights, positions uniform on 0..100, so the win set has about 40,000 test
  points), built from a Python mapping: validating it, then a procedural forecast.
  Target: validation + forecast under 2 s.  The same scenario read from a JSON file is also
  timed (parsing included).
* ``issues``: 30 members and 1,000 issues.  Target: validation + forecast under 2 s.
* ``scan``: ``scan`` throughput on three input shapes (prose, one 20 MB word without spaces,
  a 1 MB mixed-script word).  Target: at least 2 MB/s on every shape.
* ``evaluate``: ``evaluate`` on 10,000 and 100,000 rows.  Target: time linear in rows.
* ``eu``: expected utility at 10,000 actors (memory bounded, or refused up front).

Inputs are generated from fixed seeds, so every run sees the same data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

CASES: dict[str, Callable[[argparse.Namespace], None]] = {}


def case(fn):
    CASES[fn.__name__.removeprefix("bench_")] = fn
    return fn


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def scenario_data(n_actors: int, n_issues: int, seed: int = 2024) -> dict:
    """A scenario mapping: ``n_actors`` weighted members (all voting), ``n_issues`` issues."""
    rng = np.random.default_rng(seed)
    members = [{"id": f"M{i:05d}", "name": f"Member {i}",
                "weights": {"votes": int(rng.integers(1, 100))}} for i in range(n_actors)]
    issues = [{"id": f"i{k}", "title": f"Issue {k}", "status_quo": 10, "proposal": 60}
              for k in range(n_issues)]
    actors = [{"id": m["id"], "name": m["name"], "capability": int(rng.integers(1, 100)),
               "stances": {i["id"]: {"position": round(float(rng.uniform(0, 100)), 6),
                                     "salience": int(rng.integers(1, 100))} for i in issues}}
              for m in members]
    return {"id": "bench", "title": "Benchmark council", "date": "2024-01-01",
            "body": {"id": "bench", "name": "Benchmark council",
                     "rule": {"kind": "weighted_majority", "weight": "votes", "threshold": 0.5},
                     "members": members},
            "issues": issues, "actors": actors}


def _validate_and_forecast(data: dict, label: str, repeat: int) -> None:
    from concilium.scenario import Scenario

    Scenario.model_validate(scenario_data(3, 1)).forecast("procedural")  # imports, warm caches
    tv, sc = best_of(repeat, lambda: Scenario.model_validate(data))
    tf, f = best_of(repeat, lambda: sc.forecast("procedural"))
    total = tv + tf
    print(f"{label}: validate {tv:.2f} s + procedural forecast {tf:.2f} s = {total:.2f} s "
          f"(target < 2 s: {'met' if total < 2 else 'NOT met'}); first outcome "
          f"{f.issues[0].outcome}, win set {f.issues[0].details['win_set_text']}")


@case
def bench_actors(args: argparse.Namespace) -> None:
    from concilium.io import load_scenario

    data = scenario_data(args.actors, 1)
    _validate_and_forecast(data, f"{args.actors:,} actors, 1 issue", args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        size = path.stat().st_size / 1e6
        t, _ = best_of(1, lambda: load_scenario(path))
        print(f"  the same scenario from a {size:.1f} MB JSON file: load_scenario {t:.2f} s")


@case
def bench_issues(args: argparse.Namespace) -> None:
    _validate_and_forecast(scenario_data(30, args.issues), f"30 actors, {args.issues:,} issues",
                           args.repeat)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", choices=sorted(CASES), action="append",
                   help="run only this case (repeatable)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--actors", type=int, default=10_000)
    p.add_argument("--issues", type=int, default=1_000)
    args = p.parse_args(argv)
    for name in args.only or list(CASES):
        print(f"== {name}")
        CASES[name](args)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
