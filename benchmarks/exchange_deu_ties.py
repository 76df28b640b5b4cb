"""Tie noise of the exchange model on DEU's multi-issue proposals, and the peer on the same inputs.

Issue 12 compares concilium's exchange model with decide-exchange-model on the 324 issues of the
DEU proposals with at least two issues (MAE 25.81 after one round, 25.12 after ten, recorded
in the issue).  Both models break ties between equally good exchanges by chance, so both
figures move with the tie order.  This script measures how much:

* concilium: the MAE (no rule check, ``institutions=false``) for every ``--repetitions`` R
  (the forecast is the mean of R runs with independent tie orders) and ``--seeds`` seeds
  (``numpy.random.SeedSequence(seed)``), after ``--rounds`` rounds: per (rounds, R) the range,
  mean and standard deviation of the MAE over the seeds, and CPU seconds per evaluation;
* with ``--peer``: decide-exchange-model 2022.1.28 itself, installed as in
  ``benchmarks/bench_exchange.py`` into a throw-away virtual environment (``--peer-venv DIR``
  reuses one), run on exactly concilium's inputs (each proposal written as a decide input
  file in a temporary directory: positions, salience / 100 (decide's unit), power = the
  capability concilium uses; a stance with salience 0 is left out, as decide divides by
  salience, and such a stance has c·s = 0 and never trades in concilium either), one run
  of 10 iterations per proposal and seed, its unseeded ``random`` seeded with
  ``random.seed(seed)`` for ``--peer-seeds`` seeds; its MAE after iteration 1 and 10.

The DEU file is read from ``../shared/reference/datasets/deu/deu3.csv`` (or ``--data``); it
is never copied into the repository, and the peer's input files live in a temporary
directory that is removed.

Run:  python benchmarks/exchange_deu_ties.py [--rounds 1 10] [--repetitions 1 5 10 20]
          [--seeds 10] [--params sides=start candidates=start] [--peer] [--peer-seeds 5]
          [--peer-venv DIR] [--json out.json]
Takes about (sum of R) x seeds x 4 s of CPU for 10 rounds; the peer about 5 CPU minutes per
seed.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import setup_peer

from concilium.evaluation import load_cases
from concilium.evaluation.deu import default_deu_path
from concilium.models import exchange

PEER_DRIVER = r"""
import csv, json, logging, random, sys, tempfile
logging.disable(logging.CRITICAL)
from decide.data.reader import InputDataFile
from decide.data.modelfactory import ModelFactory
from decide.model import equalgain
from decide.model.observers.observer import Observable
from decide.model.utils import ModelLoop

index = json.load(open(sys.argv[1]))
seeds = [int(s) for s in sys.argv[2].split(",")]
out = tempfile.mkdtemp()
for prop, info in index.items():
    with open(info["file"], encoding="utf-8") as fh:  # tab-separated (its sniffer can misread)
        factory = ModelFactory(InputDataFile.open_reader(csv.reader(fh, delimiter="\t")))
    for seed in seeds:
        random.seed(seed)
        model = factory(model_klass=equalgain.EqualGainModel, randomized_value=None)
        loop = ModelLoop(model, Observable(model_ref=model, output_directory=out), 0)
        rounds = []
        for _ in range(10):
            loop.loop()
            rounds.append({k.name: float(v) for k, v in model.nbs.items()})
        print(json.dumps({"proposal": prop, "seed": seed, "rounds": rounds}), flush=True)
"""


def proposals(path):
    """[(proposal scenario, [(issue id, outcome), ...]), ...] in file order."""
    cases, _ = load_cases(path, min_issues=2)
    groups: dict[int, tuple] = {}
    for c in cases:
        groups.setdefault(id(c.decision), (c.proposal, c.decision, []))[2].append(
            (c.issue, c.outcome)
        )
    return list(groups.values())


def ours(groups, rounds: int, reps: int, seed: int, **params) -> float:
    errs = []
    for _, dec, cases in groups:
        gen = np.random.default_rng(np.random.SeedSequence(seed))
        f = exchange.forecast(
            dec, rng=gen, rounds=rounds, repetitions=reps, institutions=False, **params
        )
        errs += [abs(float(f.issue(iid).outcome) - out) for iid, out in cases]
    return float(np.mean(errs))


def write_decide(groups, folder: Path) -> dict:
    index = {}
    for prop, dec, cases in groups:
        rows = [f"#A\t{a.id}\t{a.id}\t" for a in dec.actors]
        names = {}
        for k, iss in enumerate(dec.issues):
            names[iss.id] = f"I{k}"
            lo, hi = iss.scale.min, iss.scale.max
            rows += [f"#P\tI{k}\tI{k}\tI{k}", f"#M\tI{k}\t{lo!r}", f"#M\tI{k}\t{hi!r}"]
        for a in dec.actors:
            for iss in dec.issues:
                st = a.stances.get(iss.id)
                if st is None or st.salience is None or st.salience.value == 0:
                    continue
                rows.append(
                    f"#D\t{a.id}\t{names[iss.id]}\t{st.position.value!r}\t"
                    f"{st.salience.value / 100!r}\t{a.capability_on(iss.id)!r}"
                )
        file = folder / f"{prop}.csv"
        file.write_text("\n".join(rows) + "\n", encoding="utf-8")
        index[prop] = {"file": str(file), "issues": names, "cases": cases}
    return index


def peer_maes(py: Path, groups, seeds: list[int], work: Path) -> dict:
    index = write_decide(groups, work)
    (work / "index.json").write_text(json.dumps(index), encoding="utf-8")
    (work / "driver.py").write_text(PEER_DRIVER, encoding="utf-8")
    r = subprocess.run(
        [str(py), str(work / "driver.py"), str(work / "index.json"), ",".join(map(str, seeds))],
        capture_output=True,
        text=True,
        timeout=6 * 3600,
        check=False,
    )
    if r.returncode != 0:
        raise RuntimeError("the peer failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])
    runs: dict[int, dict] = {s: {} for s in seeds}
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        runs[rec["seed"]][rec["proposal"]] = rec["rounds"]
    out = {}
    for seed in seeds:
        for t in (1, 10):
            errs = [
                abs(runs[seed][p][t - 1][info["issues"][iid]] - o)
                for p, info in index.items()
                for iid, o in info["cases"]
            ]
            out[(t, seed)] = float(np.mean(errs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--rounds", type=int, nargs="+", default=[1, 10])
    ap.add_argument("--repetitions", type=int, nargs="+", default=[1, 5, 10, 20])
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--peer", action="store_true")
    ap.add_argument("--peer-seeds", type=int, default=5)
    ap.add_argument("--peer-venv", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument(
        "--params",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="readings of concilium's model, e.g. sides=start candidates=start",
    )
    args = ap.parse_args()
    params = dict(p.split("=", 1) for p in args.params)
    path = args.data or default_deu_path()
    if path is None or not Path(path).is_file():
        print("DEU data not found (../shared/reference/datasets/deu/deu3.csv); give --data PATH.")
        return 0
    groups = proposals(path)
    n = sum(len(g[2]) for g in groups)
    print(
        f"{len(groups)} proposals, {n} issues with an outcome (institutions=false"
        + "".join(f", {k}={v}" for k, v in params.items())
        + ")",
        flush=True,
    )
    report: dict = {"concilium": [], "peer": []}
    for rounds in args.rounds:
        for reps in args.repetitions:
            maes, cpu = [], []
            for seed in range(args.seeds):
                c0 = time.process_time()
                maes.append(ours(groups, rounds, reps, seed, **params))
                cpu.append(time.process_time() - c0)
            v = np.array(maes)
            sd = v.std(ddof=1) if len(v) > 1 else 0.0
            print(
                f"concilium rounds {rounds:2d} R {reps:2d}: MAE over {len(v)} seeds "
                f"{v.min():.2f}-{v.max():.2f} (mean {v.mean():.2f}, sd {sd:.3f}); "
                f"seed 0 {v[0]:.2f}; {np.mean(cpu):.1f} s CPU per evaluation",
                flush=True,
            )
            report["concilium"].append(
                {"rounds": rounds, "repetitions": reps, "mae": maes, "cpu_s": cpu}
            )
    if args.peer:
        work = Path(tempfile.mkdtemp(prefix="concilium-exchange-ties-"))
        try:
            py = setup_peer(args.peer_venv or work / "venv", print)
            seeds = list(range(args.peer_seeds))
            got = peer_maes(py, groups, seeds, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        for t in (1, 10):
            v = np.array([got[(t, s)] for s in seeds])
            print(
                f"decide-exchange-model after {t:2d} iteration(s), random.seed 0-{seeds[-1]}: "
                f"MAE {v.min():.2f}-{v.max():.2f} (mean {v.mean():.2f}); "
                + ", ".join(f"{x:.2f}" for x in v)
            )
            report["peer"].append({"rounds": t, "mae": v.tolist()})
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
