"""Rule-check variants of the compromise model on the DEU data (issue 10).

How should a bargaining model use the body's rule, and where does a DEU act land?  The
compromise point z (the c·s-weighted mean, Thomson et al. 2006) is put to a sincere vote
against the reference point q under the Council rule of the issue (docs/evaluation.md says
how DEU rows become scenarios).  Every DEU act was adopted, so each variant is a rule for
*where the act lands*; all are scored against the recorded outcomes:

* ``plain``: z, no rule check (``compromise:institutions=false:voting_weights=false``, the
  published model, the reference);
* ``status_quo``: q where z fails (the forecast outcome of the rule check, ``--score
  outcome``);
* ``nearest``: the nearest point of the closure of the win set W(q), q when W(q) is empty
  (``apply_rule(fallback="nearest")``);
* ``nearest_or_z``: the nearest point of W(q), z itself when W(q) is empty;
* ``votes``: the compromise with rule-aware weights c·s·r, r a member's Council votes over
  the mean member's (``compromise``'s default ``voting_weights=true``); the rule check says
  whether it passes and does not move it (``details["if_adopted"]``): **the default**;
* ``ssi``, ``banzhaf``: as ``votes`` with r = n × the member's Shapley-Shubik index or
  normalised Banzhaf index under the issue's Council rule (benchmark only: the power
  indices live above the models' layer);
* ``pivotal``: the compromise of the stakeholders and of the members nearest z that make up a
  qualified majority (all members under unanimity);
* ``bicameral``: under co-decision (COD), the midpoint of the Council's compromise (states
  and Commission) and the Parliament's position; ``ep_equal``: under COD the Parliament's
  weight equals all the states' together;
* ``com_max``, ``com_ep_max``, ``com_max_ep_cod``: as ``votes``, and the Commission (the
  agenda setter), or the Commission and the Parliament, or the Commission and under
  co-decision the Parliament, weighted as the member with the most votes (the assumption of
  ``--capability votes`` for these two actors);
* ``blend[cv]``: z + λ (status_quo − z) with λ in {0, 0.25, 0.5, 0.75, 1} chosen by the
  lowest training MAE in 5-fold cross-validation by proposal (the harness's folds), scored
  out of fold.

Every variant but ``blend[cv]`` has no tuned parameter, so its figure is out of sample by
construction.  95 % intervals: cluster bootstrap over proposals, paired with ``plain``.

Run:  python benchmarks/deu_rule_variants.py [--data PATH] [--seed 2024] [--bootstrap 2000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from concilium.evaluation import load_cases
from concilium.evaluation.deu import default_deu_path, load_deu
from concilium.evaluation.scoring import score
from concilium.models import run_model
from concilium.models.institutions import apply_rule
from concilium.models.procedural import assess_point

BLEND = (0.0, 0.25, 0.5, 0.75, 1.0)


def _mean(x, w) -> float:
    return float((w * x).sum() / w.sum())


def _power(sc, cache: dict) -> dict[str, float] | None:
    """Shapley-Shubik and normalised Banzhaf indices of the members under a weighted rule."""
    from concilium.analysis.power import power_indices

    rule = sc.decision_rule
    if rule.kind != "weighted_majority":
        return None
    members = sc.body_members()
    key = (tuple((m.id, m.weights[rule.weight]) for m in members), rule.threshold)
    if key not in cache:
        df = power_indices(rule.game(members), ["shapley_shubik", "banzhaf"])
        cache[key] = {
            "ssi": dict(zip(df["member"], df["shapley_shubik"], strict=True)),
            "banzhaf": dict(zip(df["member"], df["banzhaf_normalised"], strict=True)),
        }
    return cache[key]


def ep_consents(case, procedure: str | None, z: float) -> bool:
    """Under co-decision, whether the Parliament (one actor in DEU) prefers z to the reference
    point, as the ordinary legislative procedure's second stage would ask (consultation: the
    Parliament has no veto)."""
    arr = case.scenario.issue_arrays(case.issue)
    q = case.scenario.issue(case.issue).status_quo
    if procedure != "COD" or "EP" not in arr.actor_ids or q is None:
        return True
    e = arr.positions[list(arr.actor_ids).index("EP")]
    return bool(abs(e - z) <= abs(e - q))


def locations(case, procedure: str | None, cache: dict) -> tuple[dict[str, float], bool, bool]:
    """Each variant's location, whether z fails the rule check, and whether W(q) is empty."""
    sc, iid = case.scenario, case.issue
    arr = sc.issue_arrays(iid)
    x, mem, ids = arr.positions, arr.is_member, list(arr.actor_ids)
    w = arr.capabilities * arr.saliences
    f = run_model(sc, "compromise", institutions=False, voting_weights=False).issue(iid)
    z = f.details["bargaining_point"]
    sq = apply_rule(sc, iid, z)
    near = apply_rule(sc, iid, z, fallback="nearest")
    failed = f.details.get("rule_passes") is False
    nothing = failed and near.adopted is False
    default = run_model(sc, "compromise").issue(iid)
    from concilium.models.institutions import relative_voting_weights

    rel = relative_voting_weights(sc, ids)
    top = float(rel[mem].max())
    out = {
        "plain": z,
        "status_quo": sq.outcome,
        "nearest": near.outcome,
        "nearest_or_z": z if nothing else near.outcome,
        "votes": default.details["if_adopted"],
    }
    power = _power(sc, cache)
    n = int(mem.sum())
    mids = [sc.member_id(a) for a in ids]
    for name in ("ssi", "banzhaf"):
        r = np.array([power[name][m] * n if power and m else 1.0 for m in mids])
        out[name] = _mean(x, w * r)
    # pivotal: members by distance from z until their votes reach the quota
    rule = sc.decision_rule
    held = {m.id: m for m in sc.body_members()}
    votes = np.array(
        [float(held[m].weights.get(getattr(rule, "weight", ""), 1.0)) if m else 0.0 for m in mids]
    )
    need = rule.threshold * votes[mem].sum() if rule.kind == "weighted_majority" else None
    inside = ~mem
    got = 0.0
    for k in np.argsort(np.where(mem, np.abs(x - z), np.inf), kind="stable")[:n]:
        inside[k] = True
        got += votes[k]
        if need is not None and got >= need - 1e-9:
            break
    out["pivotal"] = _mean(x, w * inside)
    for name, lifted in (
        ("com_max", {"COM"}),
        ("com_ep_max", {"COM", "EP"}),
        ("com_max_ep_cod", {"COM", "EP"} if procedure == "COD" else {"COM"}),
    ):
        r = np.array([top if a in lifted else v for a, v in zip(ids, rel, strict=True)])
        out[name] = _mean(x, w * r)
    if procedure == "COD" and "EP" in ids:
        e = ids.index("EP")
        council = w.copy()
        council[e] = 0.0
        out["bicameral"] = (_mean(x, council) + x[e]) / 2
        ep = w.copy()
        ep[e] = w[mem].sum()
        out["ep_equal"] = _mean(x, ep)
    else:
        out["bicameral"] = out["ep_equal"] = z
    return out, failed, nothing


def blend_cv(cases, table: pd.DataFrame, seed: int, folds: int = 5) -> np.ndarray:
    """Out-of-fold errors of z + λ (status_quo − z), λ chosen per fold on the others
    (folds drawn as the harness draws them: SeedSequence(seed).spawn(2)[1])."""
    outcome = np.array([c.outcome for c in cases])
    z, q = table["plain"].to_numpy(), table["status_quo"].to_numpy()
    err = np.column_stack([np.abs(z + lam * (q - z) - outcome) for lam in BLEND])
    proposals = np.array([c.proposal for c in cases])
    labels = np.unique(proposals)
    rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(2)[1])
    fold_of = dict(zip(rng.permutation(labels), np.arange(len(labels)) % folds, strict=True))
    fold = np.array([fold_of[p] for p in proposals])
    best = np.empty(len(cases))
    chosen = []
    for f in range(folds):
        k = int(np.argmin(err[fold != f].mean(axis=0)))
        chosen.append(BLEND[k])
        best[fold == f] = err[fold == f, k]
    print(f"blend[cv]: λ chosen per fold {chosen}")
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--bootstrap", type=int, default=2000)
    args = ap.parse_args(argv)
    path = args.data or default_deu_path()
    if path is None or not Path(path).is_file():
        print("DEU data not found; give --data PATH. Nothing to do.")
        return 0
    cases, _ = load_cases(path)
    procedure = {i.issue: i.procedure for i in load_deu(path).issues}
    cache: dict = {}
    rows, fails, empty, checked, outcome_passes, moved, both = [], 0, 0, 0, 0, 0, 0
    for case in cases:
        loc, failed, nothing = locations(case, procedure[case.issue], cache)
        rows.append(loc)
        sc, iid = case.scenario, case.issue
        q = sc.issue(iid).status_quo
        if q is None:
            continue
        checked += 1
        fails += failed
        empty += nothing
        both += (not failed) and ep_consents(case, procedure[case.issue], loc["plain"])
        if abs(case.outcome - q) > 1e-9:
            moved += 1
            outcome_passes += bool(assess_point(sc, case.outcome, iid).passes)
    table = pd.DataFrame(rows)
    outcome = np.array([c.outcome for c in cases])
    errors = table.sub(outcome, axis=0).abs()
    errors["blend[cv]"] = blend_cv(cases, table, args.seed)
    groups = [c.proposal for c in cases]
    result = score(errors, groups, reference="plain", n_boot=args.bootstrap, seed=args.seed)
    pd.set_option("display.width", 200)
    print(
        f"{len(cases)} issues, {len(set(groups))} proposals; {checked} with a reference point: "
        f"the compromise point fails the rule on {fails}, and on {empty} of those no point "
        f"passes (W(q) empty).  Of the {moved} recorded outcomes that differ from the "
        f"reference point, {outcome_passes} would pass a sincere vote against it.  With the "
        f"Parliament's consent under co-decision as a second stage, {both} of the {checked} "
        f"compromise points pass."
    )
    cols = ["model", "n", "mae", "mae_lo", "mae_hi", "d_mae", "d_mae_lo", "d_mae_hi"]
    print(result[cols].round(2).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
