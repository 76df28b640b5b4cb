"""Rule-check variants of the compromise model on the DEU data (issue 10).

How should a bargaining model use the body's rule?  The compromise point z (the c·s-weighted
mean, Thomson et al. 2006) is put to a sincere vote against the reference point q under the
Council rule of the issue (see docs/evaluation.md for how DEU rows become scenarios); the
variants differ in what a failing point becomes:

* ``plain``: z whatever the rule says (compromise:institutions=false, the reference);
* ``status_quo``: q (the default rule check, compromise with institutions=true);
* ``nearest``: the nearest point of the closure of the win set W(q), or q when W(q) is empty
  (``apply_rule(fallback="nearest")``);
* ``nearest_or_z``: "where it lands if adopted" -- every DEU act was adopted, so when no
  point passes a sincere vote (W(q) empty) the bargain z is kept; otherwise the nearest
  point of W(q).

No variant has a tuned parameter, so every figure is out of sample by construction (the
5-fold cross-validation of docs/evaluation.md would choose nothing).  95 % intervals:
cluster bootstrap over proposals, paired with ``plain``.

Run:  python benchmarks/deu_rule_variants.py [--data PATH] [--seed 2024] [--bootstrap 2000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from concilium.evaluation import load_cases
from concilium.evaluation.deu import default_deu_path
from concilium.evaluation.scoring import score
from concilium.models import run_model
from concilium.models.institutions import apply_rule


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--bootstrap", type=int, default=2000)
    args = ap.parse_args(argv)
    path = args.data or default_deu_path()
    if path is None or not Path(path).is_file():
        print("DEU data not found; give --data PATH. Nothing to do.")
        return 0
    cases, _ = load_cases(path)
    rows, fails, empty = [], 0, 0
    for case in cases:
        f = run_model(case.scenario, "compromise", institutions=False).issue(case.issue)
        z = f.details["bargaining_point"]
        sq = apply_rule(case.scenario, case.issue, z)
        near = apply_rule(case.scenario, case.issue, z, fallback="nearest")
        failed = f.details.get("rule_passes") is False
        fails += failed
        nothing = failed and near.adopted is False
        empty += nothing
        rows.append(
            {
                "plain": abs(z - case.outcome),
                "status_quo": abs(sq.outcome - case.outcome),
                "nearest": abs(near.outcome - case.outcome),
                "nearest_or_z": abs((z if nothing else near.outcome) - case.outcome),
            }
        )
    errors = pd.DataFrame(rows)
    groups = [c.proposal for c in cases]
    table = score(errors, groups, reference="plain", n_boot=args.bootstrap, seed=args.seed)
    pd.set_option("display.width", 200)
    print(
        f"{len(cases)} issues, {len(set(groups))} proposals; the compromise point fails the "
        f"rule on {fails}, and on {empty} of those no point passes (W(q) empty)"
    )
    cols = [c for c in ("model",) if c in table] + [
        "n",
        "mae",
        "mae_lo",
        "mae_hi",
        "d_mae",
        "d_mae_lo",
        "d_mae_hi",
    ]
    print(table[cols].round(2).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
