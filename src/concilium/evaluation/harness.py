"""Run registered models on decisions with known outcomes, score them, tune by cross-validation.

A *case* is one issue of a real decision: its scenario, the proposal it belongs to, and the
outcome that was observed.  :func:`evaluate` runs each model (with fixed parameters, or with
parameters tuned by cross-validation by proposal), collects a tidy table of predictions and
scores it with :func:`concilium.evaluation.scoring.score`.

What is scored: a forecast says whether the act passes (``adopted``, from the rule check)
and where the outcome lands; with a rule check that fails, the forecast outcome is the
status quo.  A dataset of acts known to have been adopted (DEU: ``Case.adopted`` is True)
records only where adopted acts landed, so by default (``score="if_adopted"``) the harness
scores the model's point *if adopted* (``details["if_adopted"]``, the bargaining point) on
those cases, and reports apart how many of them the model forecast as adopted.
``score="outcome"`` scores the forecast outcome itself (a failing point counts as the status
quo).  See docs/evaluation.md (issue 10).

Cross-validation by proposal: proposals (not issues) are split into ``folds`` groups at
random (from the seed); for each fold, the parameter value with the lowest mean absolute
error on the other folds is chosen and used to forecast the fold's issues.  Only these
out-of-fold forecasts are scored, so a tuned model is never scored on the issues it was
tuned on.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from concilium.errors import InputError
from concilium.scenario import Scenario

__all__ = [
    "SCHEMA",
    "Case",
    "Evaluation",
    "ModelRun",
    "cross_validate",
    "evaluate",
    "parse_model_spec",
    "predict",
    "tuning_grid",
]

SCORES = ("if_adopted", "outcome")

SCHEMA = "concilium.evaluation/1"


@dataclass(frozen=True)
class Case:
    """One issue with a known outcome.

    ``scenario`` holds the issue alone; ``decision``, when given, holds every issue of the
    decision it belongs to (its proposal), for models whose registry scope is ``decision``
    (they forecast the issues of a decision together, e.g. trading between them).
    """

    dataset: str
    proposal: str
    issue: str
    scenario: Scenario
    outcome: float
    decision: Scenario | None = field(default=None, compare=False, repr=False)
    # True: the outcome is where an adopted act landed (the act is known to have passed)
    adopted: bool | None = None


@dataclass(frozen=True)
class ModelRun:
    """A registered model with fixed parameters, under a label used in the tables."""

    label: str
    model: str
    params: dict[str, Any] = field(default_factory=dict)


def parse_model_spec(text: str) -> ModelRun:
    """``name`` or ``name:param=value:param=value`` (e.g. ``nash:exponent=1``)."""
    from concilium.models import get_model, parse_param_value

    parts = [p.strip() for p in text.strip().split(":")]
    spec = get_model(parts[0])
    params: dict[str, Any] = {}
    for item in parts[1:]:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise InputError(
                f"model parameter {item!r} in {text!r} is not NAME=VALUE",
                hint="write e.g. compromise:institutions=false",
            )
        params[key.strip()] = parse_param_value(raw)
    params = spec.check_params(params)  # the same checks as `concilium forecast --param`
    label = spec.name + "".join(f":{k}={_show(v)}" for k, v in params.items())
    return ModelRun(label=label, model=spec.name, params=params)


def _show(v: Any) -> str:
    return str(v).lower() if isinstance(v, bool) else str(v)


def tuning_grid(model: str) -> list[dict[str, Any]]:
    """The parameter combinations cross-validation chooses among: the product of the values
    in the model's registry entry (``ModelSpec.tuning``)."""
    from concilium.models import MODELS, get_model

    spec = get_model(model)
    if not spec.tuning:
        tunable = ", ".join(s.name for s in MODELS.values() if s.tuning)
        raise InputError(
            f"model {spec.name!r} has no parameter to tune", hint=f"tunable: {tunable}"
        )
    keys = [k for k, _ in spec.tuning]
    return [
        dict(zip(keys, combo, strict=True))
        for combo in itertools.product(*(values for _, values in spec.tuning))
    ]


def _check_score(score: str) -> str:
    if score not in SCORES:
        raise InputError(
            f"score must be one of {', '.join(SCORES)}, not {score!r}",
            hint="if_adopted: where the act lands if adopted (for acts known to be adopted); "
            "outcome: the forecast outcome, the status quo when the rule check fails",
        )
    return score


def predict(cases: Sequence[Case], run: ModelRun, *, score: str = "if_adopted") -> pd.DataFrame:
    """One row per case: the model's forecast (NaN with a note when it cannot forecast).

    ``prediction`` is what is scored: with ``score="if_adopted"``, on a case known to be
    adopted, the model's point if adopted (``details["if_adopted"]``, when the model gives
    one); otherwise the forecast outcome (``forecast_outcome``, always reported).

    A model whose registry scope is ``decision`` runs once per decision (``Case.decision``,
    else the case's own scenario) and each case takes its issue from that forecast.
    """
    from concilium.models import get_model, run_model

    _check_score(score)
    spec = get_model(run.model)
    seed = 0 if spec.is_stochastic(run.params) else None
    memo: dict[int, Any] = {}

    def forecast_for(case: Case):
        sc = (
            case.decision
            if spec.scope == "decision" and case.decision is not None
            else case.scenario
        )
        key = id(sc)
        if key not in memo:
            try:
                memo[key] = run_model(sc, run.model, seed=seed, **run.params)
            except InputError as exc:
                memo[key] = exc
        got = memo[key]
        if isinstance(got, InputError):
            raise got
        return got.issue(case.issue)

    rows = []
    for case in cases:
        row: dict[str, Any] = {
            "dataset": case.dataset,
            "proposal": case.proposal,
            "issue": case.issue,
            "model": run.label,
            "outcome": case.outcome,
        }
        try:
            f = forecast_for(case)
        except InputError as exc:
            row.update(
                prediction=math.nan, note=exc.problems[0].message if exc.problems else str(exc)
            )
        else:
            out = math.nan if f.outcome is None else float(f.outcome)
            landing = f.details.get("if_adopted")
            pred = (
                float(landing)
                if score == "if_adopted" and case.adopted is True and landing is not None
                else out
            )
            row.update(
                prediction=pred,
                forecast_outcome=out,
                if_adopted=landing,
                bargaining_point=f.details.get("bargaining_point"),
                rule_passes=f.details.get("rule_passes"),
                adopted=f.adopted,
                note=None if f.outcome is not None else "the model gives no point forecast",
            )
        rows.append(row)
    df = pd.DataFrame(rows)
    for col in ("forecast_outcome", "if_adopted"):
        if col not in df:
            df[col] = math.nan
    for col in ("bargaining_point", "rule_passes", "adopted", "note"):
        if col not in df:
            df[col] = None
    df["abs_error"] = (df["prediction"] - df["outcome"]).abs()
    return df


def cross_validate(
    cases: Sequence[Case],
    model: str,
    grid: Sequence[dict[str, Any]] | None = None,
    *,
    folds: int = 5,
    seed: int | np.random.SeedSequence = 0,
    score: str = "if_adopted",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Out-of-fold forecasts of ``model`` with its parameters chosen per fold by MAE.

    Returns the predictions (labelled ``model[cv]``) and one row per fold with the chosen
    parameters, the training MAE and the fold's size.  Parameter values are compared on the
    training issues that every value can forecast; ties go to the first value in the grid.
    """
    from concilium.models import get_model

    name = get_model(model).name
    grid = list(grid) if grid is not None else tuning_grid(name)
    if not grid:
        raise InputError("the tuning grid is empty")
    proposals = np.array([c.proposal for c in cases])
    labels = np.unique(proposals)
    if not 2 <= folds <= len(labels):
        raise InputError(
            f"cross-validation needs 2 to {len(labels)} folds (one per proposal at "
            f"most), not {folds}"
        )
    ss = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    rng = np.random.default_rng(ss)
    fold_of = dict(zip(rng.permutation(labels), np.arange(len(labels)) % folds))
    fold = np.array([fold_of[p] for p in proposals])
    preds = [
        predict(cases, ModelRun(label=f"{name}[cv]", model=name, params=g), score=score)
        for g in grid
    ]
    err = np.column_stack([p["abs_error"].to_numpy(float) for p in preds])  # (n, G)
    common = np.all(np.isfinite(err), axis=1)
    out = preds[0].copy()
    cols = [
        "prediction",
        "forecast_outcome",
        "if_adopted",
        "bargaining_point",
        "rule_passes",
        "adopted",
        "note",
        "abs_error",
    ]
    out["params"] = None
    fold_rows = []
    for f in range(folds):
        train = (fold != f) & common
        if not train.any():
            raise InputError(
                f"fold {f + 1} has no training issue that every parameter value can forecast"
            )
        mae = err[train].mean(axis=0)
        best = int(np.argmin(mae))
        test = fold == f
        for c in cols:
            out.loc[test, c] = preds[best].loc[test, c].to_numpy()
        out.loc[test, "params"] = [str(grid[best])] * int(test.sum())
        fold_rows.append(
            {
                "model": f"{name}[cv]",
                "fold": f + 1,
                "proposals": int(sum(1 for v in fold_of.values() if v == f)),
                "issues": int(test.sum()),
                "chosen": grid[best],
                "train_mae": float(mae[best]),
            }
        )
    out["abs_error"] = out["abs_error"].astype(float)
    out["prediction"] = out["prediction"].astype(float)
    return out, pd.DataFrame(fold_rows)


@dataclass(frozen=True)
class Evaluation:
    """Predictions (tidy), scores, cross-validation folds, and what was run."""

    predictions: pd.DataFrame
    summary: pd.DataFrame
    folds: pd.DataFrame
    meta: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        def clean(v):
            if isinstance(v, float) and not math.isfinite(v):
                return None
            if isinstance(v, (np.floating, np.integer, np.bool_)):
                return clean(v.item())
            return v

        recs = lambda df: [{k: clean(v) for k, v in r.items()} for r in df.to_dict("records")]
        return {
            "schema": SCHEMA,
            **self.meta,
            "summary": recs(self.summary),
            "folds": recs(self.folds),
        }


def evaluate(
    cases: Sequence[Case],
    runs: Sequence[ModelRun],
    *,
    tune: Sequence[str] = (),
    folds: int = 5,
    reference: str | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
    meta: dict[str, Any] | None = None,
    score: str = "if_adopted",
) -> Evaluation:
    """Run, tune and score models on cases with known outcomes.

    ``reference`` names the label the others are compared with (default: the first run
    labelled ``compromise`` if any, else the first run).  The seed gives two independent
    streams (``SeedSequence.spawn``): one for the cross-validation folds, one for the
    bootstrap, so adding a tuned model does not change the other models' intervals.
    ``score``: what is scored (module docstring).  The summary also counts, per model, the
    cases known to be adopted on which the rule check gave a verdict (``n_verdict``) and
    those it forecast as adopted (``n_forecast_adopted``).
    """
    from concilium.evaluation.scoring import score as score_errors

    _check_score(score)
    if not cases:
        raise InputError("no cases with a known outcome to evaluate")
    if not runs and not tune:
        raise InputError("no models to evaluate")
    labels = [r.label for r in runs] + [f"{t}[cv]" for t in tune]
    dup = sorted({x for x in labels if labels.count(x) > 1})
    if dup:
        raise InputError(f"model(s) listed twice: {', '.join(dup)}")
    boot_ss, cv_ss = np.random.SeedSequence(seed).spawn(2)
    frames = [predict(cases, r, score=score) for r in runs]
    fold_frames = []
    for t in tune:
        p, fr = cross_validate(cases, t, folds=folds, seed=cv_ss, score=score)
        frames.append(p)
        fold_frames.append(fr)
    preds = pd.concat(frames, ignore_index=True)
    wide = preds.pivot(index="issue", columns="model", values="abs_error")
    order = [c.issue for c in cases]
    wide = wide.reindex(index=order, columns=labels)
    groups = [c.proposal for c in cases]
    if reference is None:
        reference = "compromise" if "compromise" in labels else labels[0]
    summary = score_errors(
        wide, groups, reference=reference, n_boot=n_boot, seed=boot_ss, level=level
    )
    # "will it pass", apart from "where": the rule check's verdict (``rule_passes``, given
    # whether or not it moved the point), else the model's own ``adopted``
    known = {c.issue for c in cases if c.adopted is True}
    verdict = [
        r if isinstance(r, (bool, np.bool_)) else a
        for r, a in zip(preds["rule_passes"], preds["adopted"], strict=True)
    ]
    on_known = preds["issue"].isin(known).to_numpy()
    said = np.array([isinstance(v, (bool, np.bool_)) for v in verdict]) & on_known
    passed = np.array([isinstance(v, (bool, np.bool_)) and bool(v) for v in verdict]) & said
    models_col = preds["model"].to_numpy()
    summary["n_verdict"] = [int((said & (models_col == m)).sum()) for m in summary["model"]]
    summary["n_forecast_adopted"] = [
        int((passed & (models_col == m)).sum()) for m in summary["model"]
    ]
    info = {
        "n_cases": len(cases),
        "n_proposals": len(set(groups)),
        "seed": seed,
        "bootstrap": n_boot,
        "level": level,
        "reference": reference,
        "resampling": "proposals (cluster bootstrap), percentile intervals",
        "scored": score,
        "n_known_adopted": len(known),
        "cv_folds": folds if tune else None,
        "models": labels,
    }
    info.update(meta or {})
    folds_df = (
        pd.concat(fold_frames, ignore_index=True)
        if fold_frames
        else pd.DataFrame(columns=["model", "fold", "proposals", "issues", "chosen", "train_mae"])
    )
    return Evaluation(predictions=preds, summary=summary, folds=folds_df, meta=info)
