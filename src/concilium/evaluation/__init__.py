"""Evaluate models on real decisions with known outcomes.

>>> from concilium.evaluation import load_cases, evaluate, parse_model_spec
>>> cases, meta = load_cases("deu3.csv")                      # doctest: +SKIP
>>> ev = evaluate(cases, [parse_model_spec("compromise")])    # doctest: +SKIP
>>> ev.summary                                                # doctest: +SKIP

Supported format: the DEU data set (:mod:`concilium.evaluation.deu`).  See
``docs/evaluation.md`` for what is measured and how.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from concilium.evaluation.deu import (
    DEU_CITATION,
    DeuFile,
    DeuIssue,
    default_deu_path,
    proposal_scenario,
)
from concilium.evaluation.harness import (
    Case,
    Evaluation,
    ModelRun,
    cross_validate,
    evaluate,
    evaluate_groups,
    parse_model_spec,
    predict,
    tuning_grid,
)
from concilium.evaluation.scoring import score

__all__ = [
    "Case",
    "Evaluation",
    "ModelRun",
    "case_groups",
    "cross_validate",
    "evaluate",
    "evaluate_file",
    "evaluate_groups",
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

    Every case keeps its scenarios; :func:`evaluate_file` streams a large file instead.
    """
    groups, meta = case_groups(
        path, capability=capability, missing_salience=missing_salience, min_issues=min_issues
    )
    cases = [case for _, case in sorted(pc for g in groups for pc in g)]  # file order
    return cases, meta()


def case_groups(
    path: str | Path,
    *,
    capability: str = "equal",
    missing_salience: float | None = 50.0,
    min_issues: int = 1,
    decisions: bool = True,
) -> tuple[Iterator[list[tuple[int, Case]]], Callable[[], dict[str, Any]]]:
    """The cases of a dataset file, a proposal at a time, for streaming.

    Returns an iterator of groups (the issues with a known outcome of one proposal, each with
    its position among the file's issues, given as soon as the proposal's last row has been
    read) and a function giving the metadata of :func:`load_cases` once the iterator is
    exhausted.  Arguments as for :func:`load_cases`; ``decisions=False`` skips building the
    proposals' scenarios (``Case.decision`` is then ``None``), for models of issue scope.
    """
    from collections import Counter

    from concilium.errors import InputError

    if isinstance(min_issues, bool) or not isinstance(min_issues, int) or min_issues < 1:
        raise InputError(f"min_issues must be a whole number of at least 1, not {min_issues!r}")
    p = resolve_dataset(path)
    f = DeuFile(p, capability=capability, missing_salience=missing_salience)
    size = Counter(f.proposals())  # issues per proposal in the file
    counts = {"issues": 0, "with_outcome": 0, "cases": 0}

    def groups() -> Iterator[list[tuple[int, Case]]]:
        pending: dict[str, list[tuple[int, DeuIssue]]] = {}
        for k, issue in enumerate(f.issues()):
            counts["issues"] += 1
            group = pending.setdefault(issue.proposal, [])
            group.append((k, issue))
            if len(group) < size[issue.proposal]:
                continue
            del pending[issue.proposal]
            items = [i for _, i in group]
            known = [(pos, i) for pos, i in group if i.outcome is not None]
            counts["with_outcome"] += len(known)
            if len(items) < min_issues or not known:
                yield []
                continue
            decision = proposal_scenario(items) if decisions and len(items) > 1 else None
            out = [
                (
                    pos,
                    Case(
                        dataset="deu",
                        proposal=i.proposal,
                        issue=i.issue,
                        scenario=i.scenario,
                        outcome=i.outcome,
                        decision=decision,
                        adopted=True,  # DEU records the outcomes of adopted acts
                    ),
                )
                for pos, i in known
                if i.outcome is not None  # (always: for the type checker)
            ]
            counts["cases"] += len(out)
            yield out

    def meta() -> dict[str, Any]:
        return {
            "dataset": str(p),
            "format": "deu",
            "citation": DEU_CITATION,
            "issues_in_file": counts["issues"],
            "issues_without_outcome": counts["issues"] - counts["with_outcome"],
            "skipped_rows": list(f.skipped),
            "capability": capability,
            "missing_salience": missing_salience,
            "imputed_saliences": f.imputed,
            "min_issues": min_issues,
            "issues_left_out": counts["with_outcome"] - counts["cases"],
        }

    return groups(), meta


def evaluate_file(
    path: str | Path,
    runs: Sequence[ModelRun],
    *,
    capability: str = "equal",
    missing_salience: float | None = 50.0,
    min_issues: int = 1,
    **options: Any,
) -> Evaluation:
    """:func:`evaluate` on the cases of a dataset file, read a proposal at a time: memory
    grows by numbers per issue, not by scenarios (``options`` as for :func:`evaluate`:
    ``tune``, ``folds``, ``reference``, ``n_boot``, ``seed``, ``level``).  Same results as
    ``evaluate(*load_cases(path, ...))`` with its metadata."""
    from concilium.models import get_model

    models = [r.model for r in runs] + list(options.get("tune", ()))
    groups, meta = case_groups(
        path,
        capability=capability,
        missing_salience=missing_salience,
        min_issues=min_issues,
        decisions=any(get_model(m).scope == "decision" for m in models),
    )
    return evaluate_groups(groups, runs, meta=meta, **options)
