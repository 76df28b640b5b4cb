"""Exchange by exchange: concilium's exchange model against decide-exchange-model, ties fixed.

Issue 12 asks why the two implementations score differently on the DEU proposals with several
issues when they are fed the same inputs.  Both break ties between equally good exchanges by
chance, so a comparison must fix the tie order first.  This script

* runs decide-exchange-model 2022.1.28 (installed by ``bench_exchange.setup_peer`` into a
  throw-away virtual environment; ``--peer-venv DIR`` reuses one) on every multi-issue DEU
  proposal (the same conversion as ``exchange_deu_ties.py``) and on CoP21, 10 iterations each,
  with its tie coin fixed **in this driver only**: ``random.random`` returns 0.99, so of two
  tied exchanges the second is realised.  (Returning 0.0 instead makes the peer loop for ever
  on some proposals: on a tie its ``EqualGainModel.highest_gain`` appends the runner-up to the
  list again without taking it off, so a tie between two exchanges with no gain never ends.)
  It records per round the realised exchanges and the outcome of the voting positions.
* ``--fix-peer-moves`` corrects one piece of the peer's bookkeeping in the driver: when an
  exchange is recalculated because a realised exchange moved one of its actors on its supply
  issue, ``AbstractExchange.invalidate_exchange_by_supply`` appends the realised move to the
  actor's move history and then ``invalidate_move`` pops the last entry -- the move just
  appended -- so the history keeps the exchange's own stale tentative move, and
  ``AbstractExchangeActor.is_move_valid`` (``sum(self.moves) > 100``) then strikes off valid
  exchanges for the rest of the round.  The correction pops the tentative moves first.
* runs concilium's model (one tie order, ``repetitions=1``, seed 0) with each combination of
  ``sides`` and ``candidates`` and counts the proposals whose first-round outcomes are the
  same as the peer's (within 1e-6 on every issue), overall and among the proposals where no
  tie occurred in our first round (where the tie order cannot explain a difference);
* prints the MAE of the peer's run after 1 and 10 iterations on the 324 scored issues, and
  with ``--show ID[,ID]`` the realised exchanges of round ``--round`` side by side.

Run:  python benchmarks/exchange_peer_rounds.py [--peer-venv DIR] [--fix-peer-moves]
          [--show n99047,d07028] [--round 1] [--sides start] [--candidates start]
The peer takes about 2-5 CPU minutes for the 108 proposals and CoP21.
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
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import arrays, find_input, setup_peer
from exchange_deu_ties import proposals, write_decide

from concilium.evaluation.deu import default_deu_path
from concilium.io.decide import load_decide
from concilium.models import exchange

PEER_ROUNDS_DRIVER = r"""
import csv, json, logging, random, sys
logging.disable(logging.CRITICAL)
from decide.data.reader import InputDataFile
from decide.data.modelfactory import ModelFactory
from decide.model import base, equalgain

index = json.load(open(sys.argv[1]))
random.random = lambda: 0.99  # of two tied exchanges, the second (see the script's notes)
if sys.argv[2] == "fix":
    def invalidate_exchange_by_supply(self, exchange):
        # decide's, except that the tentative moves go before the realised one is recorded
        hit = []
        for me in (self.i, self.j):
            for other in (exchange.i, exchange.j):
                if me.equals_actor_supply_issue(other):
                    hit.append((me, other))
                    break
        if hit:
            self.invalidate_move()
            for me, other in hit:
                me.supply.position = other.y
                me.moves.append(other.moves[-1])
        return bool(hit)
    base.AbstractExchange.invalidate_exchange_by_supply = invalidate_exchange_by_supply

def loop(model):  # decide.model.utils.ModelLoop.loop without the observers
    model.calc_nbs(); model.determine_positions(); model.calc_combinations()
    model.determine_groups_and_calculate_exchanges()
    realized = []
    while len(model.exchanges) > 0:
        r = model.highest_gain()
        if r and r.is_valid:
            model.remove_invalid_exchanges(r)
            realized.append(r)
    recs = [[e.i.actor.name, e.i.supply.issue.name, float(e.i.move), float(e.i.y),
             e.j.actor.name, e.j.supply.issue.name, float(e.j.move), float(e.j.y),
             float(e.gain)] for e in realized]
    for e in realized:
        model.actor_issues[e.i.supply.issue][e.i.actor].position = e.i.y
        model.actor_issues[e.j.supply.issue][e.j.actor].position = e.j.y
    model.calc_nbs()
    nbs = {k.name: float(v) for k, v in model.nbs.items()}
    for e in realized:
        model.actor_issues[e.i.supply.issue][e.i.actor].position = e.i.new_start_position()
        model.actor_issues[e.j.supply.issue][e.j.actor].position = e.j.new_start_position()
    return {"ex": recs, "nbs": nbs}

for case, info in index.items():
    if info.get("sniff"):
        factory = ModelFactory(InputDataFile.open(info["file"]))
    else:
        with open(info["file"], encoding="utf-8") as fh:
            factory = ModelFactory(InputDataFile.open_reader(csv.reader(fh, delimiter="\t")))
    model = factory(model_klass=equalgain.EqualGainModel, randomized_value=None)
    print(json.dumps({"case": case, "rounds": [loop(model) for _ in range(10)]}), flush=True)
"""


def ours(cases: dict, **kw) -> dict:
    """Per case: per round the outcome (by the peer's issue names), exchanges, ties."""
    out = {}
    for name, (dec, issue_names) in cases.items():
        x, c, s = arrays(dec)
        ids = [a.id for a in dec.actors]
        res = exchange.run(
            x,
            c,
            s,
            rounds=10,
            repetitions=1,
            rng=np.random.default_rng(np.random.SeedSequence(0)),
            actor_keys=ids,
            issue_keys=[i.id for i in dec.issues],
            **kw,
        )
        by_round = res.by_round()
        rounds = []
        for t in range(1, 11):
            done = by_round[t] if t <= res.rounds_run else []
            o = res.outcome[min(t, res.rounds_run)]
            rounds.append(
                {
                    "nbs": {issue_names[k]: float(o[k]) for k in range(len(o))},
                    "ex": [
                        [
                            ids[e.i],
                            issue_names[e.q],
                            e.move_i,
                            e.from_i + e.move_i,
                            ids[e.j],
                            issue_names[e.p],
                            e.move_j,
                            e.from_j + e.move_j,
                            e.gain / 100,  # the peer's saliences are 0..1
                        ]
                        for e in done
                    ],
                    "ties": sum(e.tied > 1 for e in done),
                }
            )
        out[name] = rounds
    return out


def same(a: dict, b: dict) -> bool:
    return max(abs(a["nbs"][k] - b["nbs"][k]) for k in a["nbs"]) < 1e-6


def show(name: str, t: int, peer: list, mine: list) -> None:
    print(f"{name}, round {t} (actor supplies issue: move -> voting position | ...; gain, 0..1)")
    for who, rows in (
        ("decide-exchange-model", peer[t - 1]["ex"]),
        ("concilium", mine[t - 1]["ex"]),
    ):
        print(f"  {who}:")
        for e in rows:
            print(
                f"    {e[0]} {e[1]} {e[2]:+.3f}->{e[3]:.3f} | {e[4]} {e[5]} {e[6]:+.3f}->{e[7]:.3f}"
                f"  gain {e[8]:.5f}"
            )
    print(
        "  outcome, decide-exchange-model:", {k: round(v, 3) for k, v in peer[t - 1]["nbs"].items()}
    )
    print(
        "  outcome, concilium:            ", {k: round(v, 3) for k, v in mine[t - 1]["nbs"].items()}
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--peer-venv", type=Path, default=None)
    ap.add_argument("--fix-peer-moves", action="store_true")
    ap.add_argument("--show", default="")
    ap.add_argument("--round", type=int, default=1)
    ap.add_argument("--sides", default="start")
    ap.add_argument("--candidates", default="start")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    path = args.data or default_deu_path()
    if path is None or not Path(path).is_file():
        print("DEU data not found (../shared/reference/datasets/deu/deu3.csv); give --data PATH.")
        return 0
    groups = proposals(path)
    work = Path(tempfile.mkdtemp(prefix="concilium-exchange-rounds-"))
    try:
        index = write_decide(groups, work)
        cases = {
            prop: (dec, [index[prop]["issues"][i.id] for i in dec.issues])
            for prop, dec, _ in groups
        }
        cop = find_input()
        if cop is not None:
            index["cop21"] = {"file": str(cop), "sniff": True}
            sc = load_decide(cop)
            cases["cop21"] = (sc, [i.id for i in sc.issues])
        (work / "index.json").write_text(json.dumps(index), encoding="utf-8")
        (work / "driver.py").write_text(PEER_ROUNDS_DRIVER, encoding="utf-8")
        py = setup_peer(args.peer_venv or work / "venv", print)
        r = subprocess.run(
            [
                str(py),
                str(work / "driver.py"),
                str(work / "index.json"),
                "fix" if args.fix_peer_moves else "asis",
            ],
            capture_output=True,
            text=True,
            timeout=3 * 3600,
            check=False,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if r.returncode != 0:
        print("the peer failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])
        return 1
    peer = {}
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        peer[rec["case"]] = rec["rounds"]
    label = "with its move history corrected" if args.fix_peer_moves else "as published"
    scored = [(prop, index[prop]["issues"][iid], o) for prop, _, cs in groups for iid, o in cs]
    for t in (1, 10):
        mae = np.mean([abs(peer[p][t - 1]["nbs"][k] - o) for p, k, o in scored])
        print(
            f"decide-exchange-model ({label}, ties fixed) after {t:2d} iteration(s): MAE {mae:.3f}"
        )
    report: dict = {"peer": peer, "concilium": {}}
    deu = [p for p in peer if p != "cop21"]
    for sides in ("current", "start"):
        for cand in ("live", "start"):
            mine = ours(cases, sides=sides, candidates=cand)
            report["concilium"][f"{sides}/{cand}"] = mine
            free = [p for p in deu if mine[p][0]["ties"] == 0]
            hit = [p for p in deu if same(peer[p][0], mine[p][0])]
            hit_free = [p for p in free if p in hit]
            print(
                f"concilium sides={sides} candidates={cand}: round 1 the same as the peer on "
                f"{len(hit)} of {len(deu)} proposals; on {len(hit_free)} of the {len(free)} "
                f"without a tie in our round 1 (the others: {', '.join(sorted(set(free) - set(hit_free)))})"
            )
            if "cop21" in peer:
                first = next(
                    (
                        k
                        for k, (a, b) in enumerate(
                            zip(peer["cop21"][0]["ex"], mine["cop21"][0]["ex"], strict=False)
                        )
                        if a[:2] + a[4:6] != b[:2] + b[4:6]
                    ),
                    None,
                )
                print(f"  CoP21 round 1: the first {first} realised exchanges are the same")
    mine = report["concilium"][f"{args.sides}/{args.candidates}"]
    for name in filter(None, args.show.split(",")):
        show(name, args.round, peer[name], mine[name])
    if args.json:
        args.json.write_text(json.dumps(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
