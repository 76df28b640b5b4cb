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
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    "evaluate_groups",
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


#: per-case values of a model's forecast, in the predictions table's order
_ROW_COLUMNS = (
    "prediction",
    "forecast_outcome",
    "if_adopted",
    "bargaining_point",
    "rule_passes",
    "adopted",
    "note",
)
_FIELDS = _ROW_COLUMNS[1:6]  # the forecast's fields (missing when there is no forecast)


def _forecast_rows(cases: Iterable[Case], run: ModelRun, score: str) -> Iterator[tuple]:
    """``(ok, values in _ROW_COLUMNS order)`` per case: numbers only.

    A model whose registry scope is ``decision`` runs once per decision (``Case.decision``,
    else the case's own scenario) and each case takes its issue from that forecast; only the
    last decision's forecast is kept (the cases of a proposal come together), so memory does
    not grow with the number of cases.
    """
    from concilium.models import get_model, run_model

    spec = get_model(run.model)
    seed = 0 if spec.is_stochastic(run.params) else None
    by_decision = spec.scope == "decision"
    last: tuple[Any, Any] = (None, None)  # (decision scenario, its forecast or error)
    nan = math.nan
    for case in cases:
        sc = case.decision if by_decision and case.decision is not None else case.scenario
        if sc is last[0]:
            got = last[1]
        else:
            try:
                got = run_model(sc, run.model, seed=seed, **run.params)
            except InputError as exc:
                got = exc
            if by_decision:
                last = (sc, got)
        if isinstance(got, InputError):
            note = got.problems[0].message if got.problems else str(got)
            yield False, (nan, nan, nan, nan, nan, nan, note)  # NaN: as a missing dict key
            continue
        f = got.issue(case.issue)
        out = math.nan if f.outcome is None else float(f.outcome)
        landing = f.details.get("if_adopted")
        pred = (
            float(landing)
            if score == "if_adopted" and case.adopted is True and landing is not None
            else out
        )
        yield (
            True,
            (
                pred,
                out,
                landing,
                f.details.get("bargaining_point"),
                f.details.get("rule_passes"),
                f.adopted,
                None if f.outcome is not None else "the model gives no point forecast",
            ),
        )


class _Columns:
    """The per-case columns of one model's predictions, as lists of plain values."""

    def __init__(self) -> None:
        self.values: list[list[Any]] = [[] for _ in _ROW_COLUMNS]
        self.first_failed: bool | None = None  # whether the first case had no forecast
        self.any_ok = False

    def add(self, rows: Iterable[tuple[bool, tuple]]) -> None:
        cols = self.values
        for ok, row in rows:
            if self.first_failed is None:
                self.first_failed = not ok
            self.any_ok = self.any_ok or ok
            for col, v in zip(cols, row, strict=True):
                col.append(v)


def _frame(
    keys: dict[str, list[Any]], label: str, cols: _Columns, order: Sequence[int] | None = None
) -> pd.DataFrame:
    """The tidy predictions table of one model (the layout :func:`predict` has always had,
    when it was built from one dict per case): ``order`` gives the cases' positions when
    they were collected out of order."""
    n = len(keys["issue"])

    def arr(values: list[Any]) -> list[Any]:
        return values if order is None else [values[i] for i in order]

    data: dict[str, Any] = {
        "dataset": arr(keys["dataset"]),
        "proposal": arr(keys["proposal"]),
        "issue": arr(keys["issue"]),
        "model": [label] * n,
        "outcome": arr(keys["outcome"]),
    }
    vals = dict(zip(_ROW_COLUMNS, cols.values, strict=True))
    data["prediction"] = arr(vals["prediction"])
    # Columns in the order of their first appearance: "note" comes before the forecast's
    # fields when the first case has no forecast; with no forecast at all, the fields are
    # NaN (outcomes) or None (the others).
    rest = ["note", *_FIELDS] if cols.first_failed else [*_FIELDS, "note"]
    for c in rest:
        if c == "note" or cols.any_ok:
            data[c] = arr(vals[c])
        else:
            data[c] = [math.nan if c in ("forecast_outcome", "if_adopted") else None] * n
    df = pd.DataFrame(data) if n else pd.DataFrame(columns=list(data))
    df["abs_error"] = (df["prediction"] - df["outcome"]).abs()
    return df


def _keys(cases: Sequence[Case]) -> dict[str, list[Any]]:
    return {
        "dataset": [c.dataset for c in cases],
        "proposal": [c.proposal for c in cases],
        "issue": [c.issue for c in cases],
        "outcome": [c.outcome for c in cases],
        "known": [c.adopted is True for c in cases],
    }


def predict(cases: Sequence[Case], run: ModelRun, *, score: str = "if_adopted") -> pd.DataFrame:
    """One row per case: the model's forecast (NaN with a note when it cannot forecast).

    ``prediction`` is what is scored: with ``score="if_adopted"``, on a case known to be
    adopted, the model's point if adopted (``details["if_adopted"]``, when the model gives
    one); otherwise the forecast outcome (``forecast_outcome``, always reported).

    A model whose registry scope is ``decision`` runs once per decision (``Case.decision``,
    else the case's own scenario) and each case takes its issue from that forecast.
    """
    _check_score(score)
    cols = _Columns()
    cols.add(_forecast_rows(cases, run, score))
    return _frame(_keys(cases), run.label, cols)


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
    _check_score(score)
    proposals = np.array([c.proposal for c in cases])
    _check_folds(proposals, folds)
    preds = [
        predict(cases, ModelRun(label=f"{name}[cv]", model=name, params=g), score=score)
        for g in grid
    ]
    return _combine_folds(preds, proposals, name, grid, folds, seed)


def _check_folds(proposals: np.ndarray, folds: int) -> None:
    n = len(np.unique(proposals))
    if not 2 <= folds <= n:
        raise InputError(
            f"cross-validation needs 2 to {n} folds (one per proposal at most), not {folds}"
        )


def _combine_folds(
    preds: list[pd.DataFrame],
    proposals: np.ndarray,
    name: str,
    grid: Sequence[dict[str, Any]],
    folds: int,
    seed: int | np.random.SeedSequence,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The out-of-fold predictions from every grid value's predictions (see cross_validate)."""
    labels = np.unique(proposals)
    ss = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    rng = np.random.default_rng(ss)
    fold_of = dict(zip(rng.permutation(labels), np.arange(len(labels)) % folds))
    fold = np.array([fold_of[p] for p in proposals])
    err = np.column_stack([p["abs_error"].to_numpy(float) for p in preds])  # (n, G)
    common = np.all(np.isfinite(err), axis=1)
    out = preds[0].copy()
    cols = [*_ROW_COLUMNS, "abs_error"]
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
            values = preds[best].loc[test, c].to_numpy()
            try:
                out.loc[test, c] = values
            except TypeError:  # None among one grid value's booleans: a column of objects
                out[c] = out[c].astype(object)
                out.loc[test, c] = values
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
    _check_score(score)
    if not cases:
        raise InputError("no cases with a known outcome to evaluate")
    return evaluate_groups(
        [list(enumerate(cases))],
        runs,
        tune=tune,
        folds=folds,
        reference=reference,
        n_boot=n_boot,
        seed=seed,
        level=level,
        meta=meta,
        score=score,
    )


def evaluate_groups(
    groups: Iterable[Sequence[tuple[int, Case]]],
    runs: Sequence[ModelRun],
    *,
    tune: Sequence[str] = (),
    folds: int = 5,
    reference: str | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
    meta: dict[str, Any] | Callable[[], dict[str, Any]] | None = None,
    score: str = "if_adopted",
) -> Evaluation:
    """:func:`evaluate` over cases that arrive in groups (the issues of one proposal, with
    their positions in the file), so that each group's scenarios can be let go once every
    model has forecast them: memory then holds numbers per case, not scenarios or forecasts.

    Results are those of :func:`evaluate` on the cases sorted by position.  ``meta`` may be a
    function, called once the groups are exhausted (a streaming reader's counts).
    """
    from concilium.evaluation.scoring import score as score_errors
    from concilium.models import get_model

    _check_score(score)
    if not runs and not tune:
        raise InputError("no models to evaluate")
    labels = [r.label for r in runs] + [f"{t}[cv]" for t in tune]
    dup = sorted({x for x in labels if labels.count(x) > 1})
    if dup:
        raise InputError(f"model(s) listed twice: {', '.join(dup)}")
    boot_ss, cv_ss = np.random.SeedSequence(seed).spawn(2)
    tuned = [(get_model(t).name, tuning_grid(get_model(t).name)) for t in tune]
    tuned_runs = [
        [ModelRun(label=f"{name}[cv]", model=name, params=g) for g in grid] for name, grid in tuned
    ]
    keys: dict[str, list[Any]] = {k: [] for k in ("dataset", "proposal", "issue", "outcome")}
    keys["known"] = []
    positions: list[int] = []
    run_cols = [_Columns() for _ in runs]
    tune_cols = [[_Columns() for _ in grid] for _, grid in tuned]
    for group in groups:
        cases = [c for _, c in group]
        positions.extend(k for k, _ in group)
        for k, v in _keys(cases).items():
            keys[k].extend(v)
        for r, cols in zip(runs, run_cols, strict=True):
            cols.add(_forecast_rows(cases, r, score))
        for trs, tcols in zip(tuned_runs, tune_cols, strict=True):
            for r, cols in zip(trs, tcols, strict=True):
                cols.add(_forecast_rows(cases, r, score))
    if not positions:
        raise InputError("no cases with a known outcome to evaluate")
    order: list[int] | None = None
    if any(a > b for a, b in itertools.pairwise(positions)):
        order = np.argsort(np.asarray(positions), kind="stable").tolist()

    def in_order(values: list[Any]) -> list[Any]:
        return values if order is None else [values[i] for i in order]

    frames = [_frame(keys, r.label, cols, order) for r, cols in zip(runs, run_cols, strict=True)]
    proposals = in_order(keys["proposal"])
    fold_frames = []
    for (name, grid), tcols in zip(tuned, tune_cols, strict=True):
        _check_folds(np.array(proposals), folds)
        preds = [_frame(keys, f"{name}[cv]", cols, order) for cols in tcols]
        p, fr = _combine_folds(preds, np.array(proposals), name, grid, folds, cv_ss)
        frames.append(p)
        fold_frames.append(fr)
    preds_df = pd.concat(frames, ignore_index=True)
    wide = preds_df.pivot(index="issue", columns="model", values="abs_error")
    issues = in_order(keys["issue"])
    wide = wide.reindex(index=issues, columns=labels)
    if reference is None:
        reference = "compromise" if "compromise" in labels else labels[0]
    summary = score_errors(
        wide, proposals, reference=reference, n_boot=n_boot, seed=boot_ss, level=level
    )
    # "will it pass", apart from "where": the rule check's verdict (``rule_passes``, given
    # whether or not it moved the point), else the model's own ``adopted``
    known = {i for i, k in zip(keys["issue"], keys["known"], strict=True) if k}
    verdict = [
        r if isinstance(r, (bool, np.bool_)) else a
        for r, a in zip(preds_df["rule_passes"], preds_df["adopted"], strict=True)
    ]
    on_known = preds_df["issue"].isin(known).to_numpy()
    said = np.array([isinstance(v, (bool, np.bool_)) for v in verdict]) & on_known
    passed = np.array([isinstance(v, (bool, np.bool_)) and bool(v) for v in verdict]) & said
    models_col = preds_df["model"].to_numpy()
    summary["n_verdict"] = [int((said & (models_col == m)).sum()) for m in summary["model"]]
    summary["n_forecast_adopted"] = [
        int((passed & (models_col == m)).sum()) for m in summary["model"]
    ]
    info = {
        "n_cases": len(issues),
        "n_proposals": len(set(proposals)),
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
    info.update((meta() if callable(meta) else meta) or {})
    folds_df = (
        pd.concat(fold_frames, ignore_index=True)
        if fold_frames
        else pd.DataFrame(columns=["model", "fold", "proposals", "issues", "chosen", "train_mae"])
    )
    return Evaluation(predictions=preds_df, summary=summary, folds=folds_df, meta=info)
