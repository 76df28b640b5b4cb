"""Evaluate models on real decisions with known outcomes.

>>> from concilium.evaluation import load_cases, evaluate, parse_model_spec
>>> cases, meta = load_cases("deu3.csv")                      # doctest: +SKIP
>>> ev = evaluate(cases, [parse_model_spec("compromise")])    # doctest: +SKIP
>>> ev.summary                                                # doctest: +SKIP

Supported format: the DEU data set (:mod:`concilium.evaluation.deu`).  See
``docs/evaluation.md`` for what is measured and how.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from concilium.evaluation.deu import DEU_CITATION, default_deu_path, load_deu, proposal_scenario
from concilium.evaluation.harness import (
    Case,
    Evaluation,
    ModelRun,
    cross_validate,
    evaluate,
    parse_model_spec,
    predict,
    tuning_grid,
)
from concilium.evaluation.scoring import score

__all__ = [
    "Case",
    "Evaluation",
    "ModelRun",
    "cross_validate",
    "evaluate",
    "load_cases",
    "parse_model_spec",
    "predict",
    "resolve_dataset",
    "score",
    "tuning_grid",
]


def resolve_dataset(name: str | Path) -> Path:
    """A dataset path; the name ``deu`` means the DEU file in ``../shared`` when present."""
    from concilium.errors import InputError

    if str(name).strip().lower() == "deu":
        p = default_deu_path()
        if p is None:
            raise InputError(
                "the DEU data are not shipped with concilium, and no DEU file was found "
                "($CONCILIUM_DEU is not set, and there is no "
                "../shared/reference/datasets/deu/deu3.csv)",
                hint="download the DEU I-III data (doi:10.34810/data53) and give its path: "
                "`concilium evaluate --data PATH/deu3.csv`, or set CONCILIUM_DEU=PATH/deu3.csv",
            )
        return p
    return Path(name)


def load_cases(
    path: str | Path,
    *,
    capability: str = "equal",
    missing_salience: float | None = 50.0,
    min_issues: int = 1,
) -> tuple[list[Case], dict[str, Any]]:
    """The issues with a known outcome in a dataset file, and what was read.

    Only the DEU format is supported for now (tab-separated, see
    :mod:`concilium.evaluation.deu`).  Each case also carries its proposal's scenario with all
    the proposal's issues (``Case.decision``), for models that forecast a decision's issues
    together.  ``min_issues``: keep only the issues of proposals with at least that many
    issues in the file (2: the multi-issue proposals, where issues can be traded).
    """
    from collections import defaultdict

    from concilium.errors import InputError

    if isinstance(min_issues, bool) or not isinstance(min_issues, int) or min_issues < 1:
        raise InputError(f"min_issues must be a whole number of at least 1, not {min_issues!r}")
    p = resolve_dataset(path)
    data = load_deu(p, capability=capability, missing_salience=missing_salience)
    by_proposal = defaultdict(list)
    for i in data.issues:
        by_proposal[i.proposal].append(i)
    decisions = {}
    cases = []
    for i in data.with_outcome():
        if i.outcome is None:  # (with_outcome keeps only issues with one)
            continue
        group = by_proposal[i.proposal]
        if len(group) < min_issues:
            continue
        if i.proposal not in decisions:
            decisions[i.proposal] = proposal_scenario(group) if len(group) > 1 else None
        cases.append(
            Case(
                dataset="deu",
                proposal=i.proposal,
                issue=i.issue,
                scenario=i.scenario,
                outcome=i.outcome,
                decision=decisions[i.proposal],
                adopted=True,  # DEU records the outcomes of adopted acts
            )
        )
    meta = {
        "dataset": str(p),
        "format": "deu",
        "citation": DEU_CITATION,
        "issues_in_file": len(data.issues),
        "issues_without_outcome": len(data.issues) - len(data.with_outcome()),
        "skipped_rows": list(data.skipped),
        "capability": capability,
        "missing_salience": missing_salience,
        "imputed_saliences": data.imputed_saliences,
        "min_issues": min_issues,
        "issues_left_out": len(data.with_outcome()) - len(cases),
    }
    return cases, meta
