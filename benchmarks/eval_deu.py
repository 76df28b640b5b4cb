"""Evaluation on the DEU data: the numbers in docs/evaluation.md, with breakdowns.

Reads ``../shared/reference/datasets/deu/deu3.csv`` (the project's reference folder; not
shipped, not available in CI) or the path given with ``--data``; exits with a message and
status 0 when the file is absent.  Runs every registered model (and the variants listed
below) with the two capability settings, tunes Nash and the compromise model by 5-fold
cross-validation by proposal, and prints:

* the sanity check: the plain salience-weighted mean must score MAE ~ 23.6 on the 353 issues
  with an outcome;
* per-model MAE / median AE with 95 % cluster-bootstrap intervals and paired differences
  with the compromise model as published (institutions=false, voting_weights=false);
* with ``--score outcome`` the forecast outcome is scored (the status quo where the rule
  check fails), otherwise where each act lands if adopted (docs/evaluation.md, issue 10);
* MAE by Council rule (unanimity / QMV) and by whether the reference point is known;
* how often each model's bargaining point fails the Council rule check.

Run:  python benchmarks/eval_deu.py [--data PATH] [--seed 2024] [--bootstrap 2000] [--json out.json]
      [--score if_adopted|outcome]
Takes about 10 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

from concilium.evaluation import evaluate, load_cases, parse_model_spec
from concilium.evaluation.deu import default_deu_path
from concilium.evaluation.scoring import SUMMARY_COLUMNS
from concilium.models import MODELS

REFERENCE = "compromise:institutions=false:voting_weights=false"  # the published model
VARIANTS = [
    "compromise:voting_weights=false",
    "mean:institutions=false",
    "median_voter:institutions=false",
    "salience_median:institutions=false",
    REFERENCE,
    "nash:exponent=1",
]
TUNE = ["nash", "compromise"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--bootstrap", type=int, default=2000)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument(
        "--score",
        choices=("if_adopted", "outcome"),
        default="if_adopted",
        help="where the acts land if adopted (default), or the forecast outcome (the status "
        "quo where the rule check fails; the docs' first results table)",
    )
    args = ap.parse_args(argv)
    path = args.data or default_deu_path()
    if path is None or not Path(path).is_file():
        print(
            "DEU data not found (../shared/reference/datasets/deu/deu3.csv is not part of "
            "the repository); give --data PATH. Nothing to do."
        )
        return 0
    pd.set_option("display.width", 200)
    pd.set_option("display.max_columns", 30)
    specs = list(MODELS) + VARIANTS
    report: dict = {}
    for capability in ("equal", "votes"):
        t0 = time.perf_counter()
        cases, meta = load_cases(path, capability=capability)
        runs = [parse_model_spec(s) for s in specs]
        ev = evaluate(
            cases,
            runs,
            tune=TUNE,
            folds=5,
            reference=REFERENCE,
            n_boot=args.bootstrap,
            seed=args.seed,
            meta=meta,
            score=args.score,
        )
        secs = time.perf_counter() - t0
        s = ev.summary.set_index("model")
        print(
            f"\n=== capability = {capability}: {meta['issues_in_file']} issues in the file, "
            f"{len(cases)} with an outcome, {ev.meta['n_proposals']} proposals "
            f"({secs:.1f} s) ==="
        )
        if capability == "equal":
            sanity = s.loc[REFERENCE, "mae"]
            print(f"sanity check: salience-weighted mean MAE = {sanity:.2f} (expected ~23.6)")
        print(s[list(SUMMARY_COLUMNS)].round(2).to_string())
        if len(ev.folds):
            print("\ncross-validation (5 folds by proposal), chosen parameters:")
            print(ev.folds.to_string(index=False))
        p = ev.predictions.copy()
        rule = {c.issue: c.scenario.decision_rule.kind for c in cases}
        has_rp = {c.issue: c.scenario.issues[0].status_quo is not None for c in cases}
        p["rule"] = p["issue"].map(rule).map({"unanimity": "unanimity", "weighted_majority": "QMV"})
        p["reference_point"] = p["issue"].map(has_rp).map({True: "known", False: "unknown"})
        by_rule = p.pivot_table(
            index="model", columns="rule", values="abs_error", aggfunc="mean"
        ).round(2)
        by_rp = p.pivot_table(
            index="model", columns="reference_point", values="abs_error", aggfunc="mean"
        ).round(2)
        print("\nMAE by Council rule and by whether the reference point is known:")
        print(pd.concat([by_rule, by_rp], axis=1).to_string())
        fails = (
            p[p["rule_passes"].notna()]
            .groupby("model")["rule_passes"]
            .agg(checked="size", passed=lambda x: int(x.astype(bool).sum()))
        )
        print("\nrule check of the bargaining point (issues with a reference point):")
        print(fails.to_string())
        report[capability] = {
            "evaluation": ev.to_dict(),
            "by_rule": by_rule.reset_index().to_dict("records"),
            "by_reference_point": by_rp.reset_index().to_dict("records"),
            "seconds": round(secs, 2),
        }
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
