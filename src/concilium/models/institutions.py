"""Institutions matter: check a model's bargaining point against the body's decision rule.

Bargaining and influence models (the compromise model, Nash bargaining, the weighted means
and medians, the expected-utility model) say where the actors would settle; they do not say
whether the body's rule lets that point replace the status quo.  :func:`apply_rule` adds
that check, following the "institutional realism" of Thomson, Stokman, Achen & König (eds.,
2006, *The European Union Decides*, ch. 4 by Achen) and Tsebelis's veto players (2002):

1. the model's **bargaining point** ``z`` is put to a vote against the status quo ``q``:
   each voting member votes for the nearer of the two (abstaining when indifferent), exactly
   as in the procedural model (:func:`concilium.models.procedural.assess_point`);
2. if the rule lets ``z`` pass, the forecast is ``z``; if not, the forecast is ``q`` (with
   ``institutions=False`` the forecast stays ``z`` and the failed check is only reported);
3. the output names the members who vote against and those who block (any one of whom, by
   voting yes, would have carried ``z``).

"Will it pass" and "where does it land" are two answers (issue 10): ``adopted``, the votes
and the blockers say whether the rule lets the point pass; ``details["if_adopted"]`` says
where the outcome lands if the body adopts the act anyway -- the bargaining point, which a
failed check does not move (with ``fallback="nearest"``, the point it was moved to).  The
outcome is the status quo where the check fails.  Data of acts known to be adopted (DEU) are
scored on ``if_adopted``: there the sincere one-issue vote against the reference point says
nothing about where adopted acts land (most observed outcomes would fail it themselves; see
docs/evaluation.md).

Without a status quo there is nothing to vote against: the check is skipped and the output
says so.  The check needs every voting member's position; when some members have none it is
skipped too, and the output names them.

This module also holds the small pieces the baseline models share: reading one issue's
inputs with clear errors, and assembling the :class:`~concilium.forecast.Forecast`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from concilium.errors import InputError
from concilium.forecast import Forecast, IssueForecast, Provenance
from concilium.scenario import Issue, Scenario
from concilium.trace import Trace

__all__ = [
    "IssueInputs",
    "apply_rule",
    "check_institutions",
    "issue_inputs",
    "make_forecast",
    "point_model_forecast",
    "relative_voting_weights",
    "top_weights",
]

# Points closer than this share of the scale width count as the status quo itself.
_SAME = 1e-12


@dataclass(frozen=True)
class IssueInputs:
    """One issue's inputs as arrays, for the actors with a stance on it (scenario order)."""

    issue: Issue
    actor_ids: tuple[str, ...]
    names: tuple[str, ...]
    positions: np.ndarray
    saliences: np.ndarray  # 0..100 (NaN where absent, only when not required)
    capabilities: np.ndarray  # NaN where absent, only when not required


def issue_inputs(
    scenario: Scenario, issue: Issue, *, need: Iterable[str] = (), model: str
) -> IssueInputs:
    """The positions (and, if ``need``-ed, saliences and capabilities) on one issue.

    Raises one :class:`InputError` naming every actor that lacks a needed input, so a model
    called directly (not through the registry) fails as clearly as through it.
    """
    arr = scenario.issue_arrays(issue.id)
    if len(arr.actor_ids) == 0:
        raise InputError(
            f"no actor has a position on issue {issue.id!r}",
            field=f"issues.{issue.id}",
            hint=f"the {model} model needs at least one actor's position",
        )
    need = tuple(need)
    missing: list[str] = []
    for what, values in (("salience", arr.saliences), ("capability", arr.capabilities)):
        if what in need:
            missing += [f"{aid} ({what})" for aid, v in zip(arr.actor_ids, values) if np.isnan(v)]
    if missing:
        shown = ", ".join(missing[:10]) + (
            f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        )
        raise InputError(
            f"the {model} model needs {' and '.join(need)} on issue {issue.id!r}; missing for {shown}",
            field=f"issues.{issue.id}",
            hint="give each actor's stance a salience (0..100) and each actor a capability",
        )
    names = {a.id: a.name for a in scenario.actors}
    return IssueInputs(
        issue=issue,
        actor_ids=arr.actor_ids,
        names=tuple(names[a] for a in arr.actor_ids),
        positions=arr.positions,
        saliences=arr.saliences,
        capabilities=arr.capabilities,
    )


def relative_voting_weights(scenario: Scenario, actor_ids: Sequence[str]) -> np.ndarray:
    """Each actor's voting weight under the body's rule relative to the voting members' mean.

    ``actor_ids``: the actors with a position on the issue (:attr:`IssueInputs.actor_ids`).
    Under a weighted-majority rule (the Council's votes in the DEU data, the European
    Parliament's group seats) a member's weight is its weight in the rule divided by the mean
    weight of the members among ``actor_ids``; outside stakeholders, and every actor
    under a rule that gives members no weights (unanimity or consensus, majority, the
    Security Council, the EU double majority), get 1.  Without a body, all 1.
    """
    out = np.ones(len(actor_ids))
    if not scenario.has_rule:
        return out
    rule = scenario.decision_rule
    if getattr(rule, "kind", None) != "weighted_majority":
        return out
    held = {m.id: m for m in scenario.body_members()}
    voting = []
    for k, aid in enumerate(actor_ids):
        mid = scenario.member_id(aid)
        if mid is not None and mid in held and rule.weight in held[mid].weights:
            out[k] = float(held[mid].weights[rule.weight])
            voting.append(k)
    if voting:
        mean = out[voting].mean()
        if mean > 0:
            out[voting] = out[voting] / mean
    return out


def check_institutions(value: Any) -> bool:
    """Validate the ``institutions`` parameter (the CLI may pass strings)."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise InputError(f"parameter institutions must be true or false, not {value!r}")


def top_weights(inp: IssueInputs, weights: np.ndarray, k: int = 3) -> str:
    """'France 25% (at 0), Germany 20% (at 40)': the actors with the largest weight shares."""
    share = weights / weights.sum()
    order = np.argsort(-share, kind="stable")[:k]
    return ", ".join(
        f"{inp.names[i]} {share[i]:.0%} (at {inp.positions[i]:g})" for i in order if share[i] > 0
    )


def apply_rule(
    scenario: Scenario,
    issue: Issue | str,
    point: float,
    *,
    institutions: bool = True,
    explanation: Sequence[str] = (),
    details: dict[str, Any] | None = None,
    trace: list[dict[str, Any]] | None = None,
    fallback: str = "status_quo",
) -> IssueForecast:
    """The forecast for one issue from a model's bargaining ``point``, checked against the rule.

    Parameters
    ----------
    scenario, issue
        The scenario and the issue (object or id) the point is on.
    point
        The model's bargaining point on the issue's scale.
    institutions
        True (default): the forecast is the status quo when the rule does not let ``point``
        pass against it.  False: the forecast is ``point`` whatever the rule says (the check
        is still reported in ``details``).
    explanation, details, trace
        The model's own sentences, details and per-round records; the rule's are added.
    fallback
        With institutions, what a failing point becomes: ``"status_quo"`` (default) or
        ``"nearest"``: the point nearest it that passes against the status quo (the edge of
        the win set W(q); for an ordinal issue the nearest level that passes), or the status
        quo when nothing passes.  Measured on DEU in docs/evaluation.md (issue 10).

    A binary or ordinal issue's point is first snapped to an outcome the issue allows
    (:meth:`concilium.scenario.Issue.snap`): the proposal or the status quo, or a level.

    Returns
    -------
    IssueForecast
        ``outcome``; ``adopted`` (True/False when the rule was checked and decides the
        outcome, None otherwise); ``votes`` and ``blockers`` of the members;
        ``details["bargaining_point"]``, ``details["rule_passes"]`` (True/False, or None when
        the check was skipped), ``details["rule_check"]`` (what was done and why) and
        ``details["objectors"]``; explanation sentences saying why.
    """
    iss = scenario.issue(issue) if isinstance(issue, str) else issue
    z = float(point)
    if not np.isfinite(z):
        raise InputError(
            f"the bargaining point on issue {iss.id!r} is not a number",
            hint="check the model's inputs (weights may all be zero)",
        )
    q = iss.status_quo
    width = iss.scale.max - iss.scale.min
    explain = list(explanation)
    det: dict[str, Any] = dict(details or {})
    if iss.kind != "continuous":
        snapped = iss.snap(z)
        det["model_point"] = z
        what = (
            ("adopt the proposal" if snapped == iss.proposal else "keep the status quo")
            if iss.kind == "binary"
            else f"level {iss.label_of(snapped)!r}"
        )
        explain.append(
            f"The issue is {iss.kind}: the model's point {z:g} becomes {snapped:g} "
            f"({what}), the nearest outcome the issue allows."
        )
        z = snapped
    det["bargaining_point"] = z
    det["institutions"] = institutions
    det["objectors"] = []
    votes: dict[str, str] = {}
    blockers: list[str] = []
    names = {a.id: a.name for a in scenario.actors}
    outcome, adopted, passes = z, None, None
    if not scenario.has_rule:
        det["rule_check"] = "absent: the scenario has no body and no voting rule"
        det["rule_passes"] = None
        det["if_adopted"] = z
        explain.append(
            f"No formal rule: the scenario has no body, so nothing is voted on; the "
            f"forecast is the bargaining point {z:g}."
        )
        return IssueForecast(
            issue=iss.id,
            outcome=z,
            adopted=None,
            status_quo=q,
            proposal=iss.proposal,
            explanation=explain,
            details=det,
            trace=trace,
        )
    veto = _veto_players(scenario)
    rule = scenario.decision_rule

    missing_members = scenario.missing_members()
    unstanced = [a.id for a in scenario.members() if iss.id not in a.stances]
    if q is None:
        det["rule_check"] = "skipped: the issue has no status quo"
        explain.append(
            f"The issue has no status quo, so there is no rule check: the forecast is "
            f"the bargaining point {z:g}."
        )
    elif abs(z - q) <= _SAME * width:
        det["rule_check"] = "not needed: the bargaining point is the status quo"
        outcome, adopted = q, False
        explain.append(f"The bargaining point is the status quo {q:g}: nothing changes.")
    elif missing_members or unstanced:
        who = [m.id for m in missing_members] + unstanced
        shown = ", ".join(who[:8]) + (f" and {len(who) - 8} more" if len(who) > 8 else "")
        det["rule_check"] = f"skipped: {len(who)} voting member(s) have no position: {shown}"
        explain.append(
            f"The rule check needs every voting member's position; {len(who)} "
            f"member(s) have none ({shown}), so the forecast is the bargaining point "
            f"{z:g} unchecked."
        )
    else:
        from concilium.models.procedural import assess_point

        a = assess_point(scenario, z, iss.id)
        passes = bool(a.passes)
        votes = dict(a.votes)
        blockers = list(a.blockers)
        det["objectors"] = [aid for aid, v in votes.items() if v == "no"]
        det["rule_reason"] = a.reason
        tally = {v: sum(1 for x in votes.values() if x == v) for v in ("yes", "no", "abstain")}
        det["rule_check"] = "passed" if passes else "failed"
        verdict = "passes" if passes else "does not pass"
        explain.append(
            f"Against the status quo {q:g}, the bargaining point {z:g} {verdict} under "
            f"{rule.label}: {a.reason} (vote: {tally['yes']} yes, {tally['no']} no, "
            f"{tally['abstain']} abstain)."
        )
        if passes:
            outcome, adopted = z, True
        else:
            if blockers:
                why = {
                    b: (
                        "is indifferent and abstains"
                        if votes.get(b) == "abstain"
                        else "prefers the status quo"
                    )
                    for b in blockers
                }
                if len(blockers) == 1:
                    b = blockers[0]
                    explain.append(
                        f"Blocking: {names[b]}, which {why[b]}; had it voted yes, "
                        "the point would pass."
                    )
                else:
                    shown = "; ".join(f"{names[b]} ({why[b]})" for b in blockers[:8])
                    more = f" and {len(blockers) - 8} more" if len(blockers) > 8 else ""
                    explain.append(
                        f"Blocking: {shown}{more}. Any one of them voting yes would carry it."
                    )
            else:
                against = [names[b] for b, v in votes.items() if v != "yes"]
                shown = ", ".join(against[:10]) + (" ..." if len(against) > 10 else "")
                explain.append(
                    "No single member's switch would carry it; the members not "
                    f"voting yes are {shown}."
                )
            if institutions and fallback == "status_quo":
                outcome, adopted = q, False
                explain.append(
                    f"Institutions matter: the forecast is the status quo {q:g}. Were it "
                    f"adopted all the same, it would land at the bargaining point {z:g} "
                    f"(details.if_adopted)."
                )
            elif institutions:
                near = _nearest_passing(scenario, iss, z)
                if near is None:
                    outcome, adopted = q, False
                    det["rule_check"] = "failed; nothing passes against the status quo"
                    explain.append(
                        f"Institutions matter: no outcome the issue allows passes "
                        f"against the status quo (its win set is empty"
                        f"{'' if iss.kind == 'continuous' else ' among the allowed outcomes'}"
                        f"), so the forecast is the status quo {q:g}."
                    )
                else:
                    outcome, adopted = near, True
                    det["rule_check"] = "failed; moved to the nearest point that passes"
                    det["moved_to"] = near
                    explain.append(
                        f"Institutions matter: the forecast is {near:g}, the point "
                        f"nearest the bargaining point that passes against the "
                        f"status quo (the edge of its win set)."
                    )
            else:
                explain.append(
                    f"With institutions=false the forecast stays at the bargaining "
                    f"point {z:g}, which the rule would not adopt."
                )
    det["rule_passes"] = passes
    # "Where it lands" apart from "will it pass": if the body adopts the act, the outcome
    # is the bargaining point whatever the sincere vote said (or the point a failing one
    # was moved to with fallback="nearest").  Scored on data of adopted acts (DEU).
    det["if_adopted"] = float(outcome) if adopted is True else z
    return IssueForecast(
        issue=iss.id,
        outcome=float(outcome),
        adopted=adopted,
        status_quo=q,
        proposal=iss.proposal,
        votes=votes,
        blockers=blockers,
        veto_players=veto,
        explanation=explain,
        details=det,
        trace=trace,
    )


def _nearest_passing(scenario: Scenario, iss: Issue, z: float) -> float | None:
    """The outcome nearest ``z`` that the rule adopts against the status quo, or None.

    continuous: the nearest point of the closure of the win set W(q) (at an open end the
    limit point, where the members that bound it are indifferent, as in Romer & Rosenthal);
    binary: None (the only change is the proposal, which failed); ordinal: the nearest level
    that passes (ties toward the status quo).
    """
    from concilium.models.procedural import assess_point, win_set
    from concilium.spatial import closest_point

    q = iss.status_quo
    assert q is not None
    if iss.kind == "binary":
        return None
    if iss.kind == "ordinal":
        cands = sorted(
            (lv.value for lv in iss.levels if lv.value != q), key=lambda v: (abs(v - z), abs(v - q))
        )
        return next((v for v in cands if assess_point(scenario, v, iss.id).passes), None)
    best = closest_point(win_set(scenario, iss.id), z)
    return None if best is None else float(best[0])


def _veto_players(scenario: Scenario) -> list[str]:
    """Actors holding a seat that can stop any proposal alone (empty if not computable)."""
    try:
        members = scenario.body_members()
        held = {scenario.member_id(a.id): a.id for a in scenario.members()}
        return [held[m] for m in scenario.decision_rule.veto_players(members) if m in held]
    except InputError:
        return []


def point_model_forecast(
    scenario: Scenario,
    *,
    name: str,
    citation: str,
    institutions: Any,
    need: tuple[str, ...],
    point: Callable[[IssueInputs], tuple[float, list[str], dict[str, Any]]],
) -> Forecast:
    """Run a model that maps each issue's inputs to one point, then apply the rule check.

    ``point(inputs)`` returns the bargaining point, its explanation sentences and details;
    an InputError it raises is reported against the issue.  Used by the baseline models.
    """
    institutions = check_institutions(institutions)
    params = {"institutions": institutions}
    out = []
    for issue in scenario.issues:
        inp = issue_inputs(scenario, issue, need=need, model=name)
        try:
            z, explain, details = point(inp)
        except InputError as exc:
            raise InputError(
                f"issue {issue.id!r}: {exc.problems[0].message}",
                field=f"issues.{issue.id}",
                hint=exc.problems[0].hint,
            ) from None
        out.append(
            apply_rule(
                scenario, issue, z, institutions=institutions, explanation=explain, details=details
            )
        )
    return make_forecast(scenario, name=name, citation=citation, params=params, issues=out)


def make_forecast(
    scenario: Scenario,
    *,
    name: str,
    citation: str,
    params: dict[str, Any],
    issues: list[IssueForecast],
    trace: Trace | None = None,
) -> Forecast:
    """Assemble a model's :class:`Forecast` with its provenance (deterministic models)."""
    return Forecast(
        scenario=scenario.id,
        title=scenario.title,
        date=scenario.date.isoformat() if scenario.date else None,
        body=scenario.body.id if scenario.body else None,
        rule=scenario.decision_rule.label if scenario.has_rule else None,
        model=name,
        citation=citation,
        params=params,
        issues=issues,
        provenance=Provenance(model=name, params=params, input_hash=scenario.input_hash()),
        trace=trace,
    )
