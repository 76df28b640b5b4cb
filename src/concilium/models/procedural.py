"""The procedural model: what the body's rule lets pass.

Each voting member compares the proposal with the status quo by spatial distance and
votes for the nearer one (abstaining when indifferent); the body's rule counts the votes.
The model reports the vote, whether the proposal passes, the veto players (members in
every winning coalition) and the actual blockers (objectors any one of whom, by voting
yes, would have carried the proposal), and the win set of the status quo W(q).

Forecast
    * a proposal is tabled: the proposal if it passes, otherwise the status quo;
    * no proposal but an agenda setter: the setter's most preferred point in the closure
      of W(q) (Romer & Rosenthal 1978; Tsebelis 2002, ch. 2), or q when W(q) is empty;
    * neither: q when W(q) is empty ("policy stability"); otherwise the model does not pick
      a point and says so.

With ``vote: package`` the proposals on all issues are voted on as one package, with
salience-weighted Euclidean distances ``d_i(z) = sqrt(sum_k s_ik (z_k - x_ik)^2)``.  Any
point's membership of W(q) is decided exactly; the setter's best point is exact under
unanimity (one convex programme) and found by a documented heuristic otherwise.

References: Romer, T. & Rosenthal, H. (1978) Political resource allocation, controlled
agendas, and the status quo. *Public Choice* 33(4): 27-43.  Tsebelis, G. (2002) *Veto
Players: How Political Institutions Work*. Princeton UP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from concilium import procedures
from concilium.errors import InputError
from concilium.forecast import Forecast, IssueForecast, Provenance
from concilium.models._spec import ModelSpec, Param
from concilium.rules import Unanimity, VetoMajority
from concilium.scenario import Issue, Scenario
from concilium.spatial import closest_point, spatial_votes, win_set_1d

__all__ = ["CITATION", "NAME", "SPEC", "PointAssessment", "assess_point", "forecast"]

NAME = "procedural"
CITATION = (
    "Romer & Rosenthal (1978), Public Choice 33(4); Tsebelis (2002), Veto Players, Princeton UP"
)


def forecast(scenario: Scenario, *, rng=None, unlisted: str = "error") -> Forecast:
    """Forecast every issue of ``scenario`` under its body's decision rule.

    ``unlisted``: what to do with members that have no position — ``"error"`` (default) or
    ``"abstain"`` (count them as abstaining, and say so in the explanation).
    ``rng`` is accepted for the common model signature; the model is deterministic.
    """
    if unlisted not in UNLISTED:
        raise InputError(f"unlisted must be one of {', '.join(UNLISTED)}, not {unlisted!r}")
    if scenario.procedure is not None:
        if scenario.vote == "package" and len(scenario.issues) > 1:
            raise InputError(
                "a package vote through a procedure with several stages is not supported yet",
                field="vote",
                hint="vote the issues separately (vote: separate), or leave out the procedure",
            )
        resolved = procedures.resolve(scenario)
        issues = [_procedure_issue(scenario, i, unlisted, resolved) for i in scenario.issues]
    elif scenario.vote == "package" and len(scenario.issues) > 1:
        issues = _package(scenario, unlisted)
    else:
        council = _Council(scenario)  # what every issue shares: members, counts, veto players
        issues = [_one_issue(scenario, issue, unlisted, council) for issue in scenario.issues]
    params = {} if unlisted == "error" else {"unlisted": unlisted}
    rule = scenario.decision_rule
    label = rule.label if scenario.procedure is None else procedures.resolve(scenario).label
    return Forecast(
        scenario=scenario.id,
        title=scenario.title,
        date=scenario.date.isoformat() if scenario.date else None,
        body=scenario.body.id if scenario.body else None,
        rule=label,
        model=NAME,
        citation=CITATION,
        params=params,
        issues=issues,
        provenance=Provenance(model=NAME, params=params, input_hash=scenario.input_hash()),
    )


# ------------------------------------------------------------------------------ helpers
UNLISTED = ("error", "abstain")


class _Council:
    """What does not depend on the issue: the members on the date and how the rule counts."""

    def __init__(self, scenario: Scenario):
        self.rule = scenario.decision_rule  # an InputError when the scenario has no body
        assert scenario.body is not None
        self.members = scenario.body_members()
        self.lacking = list(scenario.missing_members())
        self.voting_actors = scenario.members()
        self.held = held = scenario.member_map()
        # names and id maps of the voting actors: the same for every issue
        self.voting_ids = [a.id for a in self.voting_actors]
        self.voting_member_ids = [held[i] for i in self.voting_ids]
        self.member_names = {m.id: m.name for m in self.members}
        self.member_names.update({held[a.id]: a.name for a in self.voting_actors})
        self.actor_names = {a.id: a.name for a in scenario.actors}
        self._counter = None
        self._veto: list[str] | None = None

    def counter(self):
        if self._counter is None:
            from concilium.rules import VoteCounter

            self._counter = VoteCounter(self.rule, self.members)
        return self._counter

    def veto_members(self) -> list[str]:
        if self._veto is None:
            self._veto = self.rule.veto_players(self.members)
        return self._veto


class _Voters:
    """The voting members on one issue (or package), with their ideal points.

    Members without a position (no actor, or no stance on the issue) are an error, or with
    ``unlisted="abstain"`` they are counted as abstaining: silent.  Under consensus silence
    is consent; under qualified majority an abstention counts against.
    """

    def __init__(
        self,
        scenario: Scenario,
        issues: list[Issue],
        unlisted: str = "error",
        council: _Council | None = None,
    ):
        if unlisted not in UNLISTED:
            raise InputError(f"unlisted must be one of {', '.join(UNLISTED)}, not {unlisted!r}")
        self.scenario = scenario
        self.council = council = council or _Council(scenario)
        assert scenario.body is not None  # _Council refused a scenario without a body
        self.rule = council.rule
        self.members = council.members
        lacking = council.lacking
        voting = council.voting_actors
        ids = [i.id for i in issues]
        one = ids[0] if len(ids) == 1 else None  # one issue (not a package): the common case
        if one is not None:
            without = [a for a in voting if one not in a.stances]
        else:
            need = set(ids)
            without = [a for a in voting if not a.stances.keys() >= need]
        if unlisted == "error" and lacking:
            names = ", ".join(f"{m.name} ({m.id})" for m in lacking[:12])
            more = f" and {len(lacking) - 12} more" if len(lacking) > 12 else ""
            raise InputError(
                f"{len(lacking)} member(s) of {scenario.body.name} on {scenario.date} have no "
                f"actor in the scenario: {names}{more}",
                field="actors",
                hint="add each member as an actor with a position (the procedural model needs "
                "every vote), or state what to assume about them with a default_stance "
                "(docs/scenario-format.md, 'Members without a stance')",
            )
        if unlisted == "error" and without:
            raise InputError(
                f"member(s) {', '.join(a.id for a in without)} have no position on issue(s) "
                f"{', '.join(i.id for i in issues)}",
                field="actors",
                hint="give every voting member a stance on each issue, or state what to assume "
                "about them with a default_stance (docs/scenario-format.md)",
            )
        held = council.held
        if without:
            without_ids = {a.id for a in without}
            self.actors = [a for a in voting if a.id not in without_ids]
            self.actor_ids = [a.id for a in self.actors]
            self.member_ids = [held[a.id] for a in self.actors]
        else:  # every voting actor has a stance: the council's lists, made once
            self.actors, self.actor_ids = voting, council.voting_ids
            self.member_ids = council.voting_member_ids
        # silent members: member id -> the id to report them by (their actor's, else the member's)
        self.silent = {m.id: m.id for m in lacking}
        self.silent.update({held[a.id]: a.id for a in without})
        self._names = council.member_names
        self.band = scenario.band
        if one is not None:  # the same arrays as below, without a list per actor
            column = [a.stances[one] for a in self.actors]
            self.ideals = np.array([st.position.value for st in column], dtype=float).reshape(
                len(self.actors), 1
            )
            # stated vote intentions on the proposal (one issue only), "" where none is stated
            self.intent = np.array(
                [(v.value if (v := st.vote) else "") for st in column], dtype=object
            )
        else:
            stances = [[a.stances[i] for i in ids] for a in self.actors]
            self.ideals = np.array(
                [[st.position.value for st in row] for row in stances], dtype=float
            ).reshape(len(self.actors), len(issues))
            self.intent = np.full(len(self.actors), "", dtype=object)
        self._back: dict[str, str] | None = None

    def with_intentions(self, votes: np.ndarray) -> np.ndarray:
        """The spatial votes with each stated intention (``vote: yes|no|abstain``) in force."""
        return np.where(self.intent != "", self.intent, votes)

    def stated(self) -> list[str]:
        """Actor ids whose vote is a stated intention rather than the spatial vote."""
        return [a for a, v in zip(self.actor_ids, self.intent) if v]

    def decide(self, votes: np.ndarray):
        full = dict(zip(self.member_ids, votes))
        full.update(dict.fromkeys(self.silent, "abstain"))
        return self.rule.decide(full, self.members, self._names)

    def passes(self, votes: np.ndarray) -> bool:
        return self.decide(votes).passed

    def counting(self) -> tuple[np.ndarray, Callable[[np.ndarray], np.ndarray]]:
        """``(columns, test)`` for counting many profiles of the voters at once.

        ``columns`` has one row per voter (in the order of :attr:`actor_ids`); ``test`` maps
        ``(k, 3, d)`` yes/no/abstain totals of those rows to pass/fail, with the silent
        members added as abstaining, exactly as :meth:`passes` would count each profile.
        """
        return self.council.counter().among(self.member_ids, list(self.silent))

    def to_actor(self, member_ids) -> list[str]:
        back = self._back
        if back is None:  # made once per issue, not per call
            back = self._back = dict(zip(self.member_ids, self.actor_ids))
            back.update(self.silent)
        return [back[m] for m in member_ids if m in back]

    def veto_players(self) -> list[str]:
        return self.to_actor(self.council.veto_members())

    def votes_by_actor(self, votes: np.ndarray) -> dict[str, str]:
        """Votes keyed by reporting id, silent members included (abstain)."""
        out = {a: str(v) for a, v in zip(self.actor_ids, votes)}
        out.update(dict.fromkeys(self.silent.values(), "abstain"))
        return out

    def display_names(self) -> dict[str, str]:
        """Reporting id -> name, for actors and for silent members without an actor."""
        names = self.council.actor_names
        if self.silent:
            names = {**names, **{rid: self._names[m] for m, rid in self.silent.items()}}
        return names

    def silence_note(self) -> list[str]:
        if not self.silent:
            return []
        shown = ", ".join(self._names[m] for m in list(self.silent)[:8])
        more = f" and {len(self.silent) - 8} more" if len(self.silent) > 8 else ""
        return [
            (
                f"Assumption (unlisted=abstain): {len(self.silent)} member(s) without a position "
                f"are counted as abstaining: {shown}{more}."
            )
        ]


def _need_status_quo(issue: Issue) -> float:
    if issue.status_quo is None:
        raise InputError(
            f"issue {issue.id!r} has no status quo",
            field=f"issues.{issue.id}.status_quo",
            hint="the procedural model compares the proposal with the status quo (reversion point)",
        )
    return issue.status_quo


def _one_issue(
    scenario: Scenario, issue: Issue, unlisted: str = "error", council: _Council | None = None
) -> IssueForecast:
    q = _need_status_quo(issue)
    voters = _Voters(scenario, [issue], unlisted, council)
    x = voters.ideals[:, 0]
    lo, hi = issue.scale.min, issue.scale.max
    width = hi - lo
    columns, test = voters.counting()
    win_set = win_set_1d(x, q, lo, hi, test, band=voters.band, columns=columns)
    veto = voters.veto_players()
    names = voters.display_names()
    explain: list[str] = []
    details: dict = {
        "win_set": [iv.to_dict() for iv in win_set],
        "win_set_text": " ∪ ".join(map(str, win_set)) or "∅",
    }

    setter = scenario.agenda_setter
    if setter is not None:
        sx = scenario.actor(setter).stances.get(issue.id)
        if sx is None:
            raise InputError(
                f"agenda setter {setter!r} has no position on issue {issue.id!r}",
                field="agenda_setter",
            )
        best = closest_point(win_set, sx.position.value)
        s_pos = sx.position.value
        if best is None or abs(s_pos - q) <= abs(best[0] - s_pos):
            setter_point, attained = q, True
        else:
            setter_point, attained = best
        details["setter"] = {
            "actor": setter,
            "ideal": s_pos,
            "best_point": setter_point,
            "attained": attained,
        }

    proposal = issue.proposal
    voted_on = proposal
    if proposal is None and setter is not None and details["setter"]["best_point"] != q:
        voted_on = details["setter"]["best_point"]

    votes: dict[str, str] = {}
    blockers: list[str] = []
    adopted: bool | None
    if voted_on is not None:
        v = spatial_votes(x, q, voted_on, scale_width=width, band=voters.band)
        if setter is not None and proposal is None and not details["setter"]["attained"]:
            # the setter's limit point: indifferent members accept (Romer & Rosenthal)
            v = np.where(v == "abstain", "yes", v)
        v = voters.with_intentions(v)  # stated votes on the tabled proposal override
        if voters.stated():
            details["stated_votes"] = voters.stated()
        decision = voters.decide(v)
        votes = voters.votes_by_actor(v)
        adopted = decision.passed
        blockers = voters.to_actor(decision.blockers)
        outcome = voted_on if adopted else q
        details["decision"] = {
            "passed": decision.passed,
            "reason": decision.reason,
            "tally": decision.tally,
            "vetoes": voters.to_actor(decision.vetoes),
            "objectors": voters.to_actor(decision.objectors),
            "totals": decision.totals,
        }
        explain += _explain_vote(scenario, issue, voted_on, q, x, voters, decision, names)
    elif not win_set or setter is not None:
        outcome, adopted = q, False  # nothing can pass, or the setter prefers the status quo
    else:
        outcome, adopted = None, None
        explain.append(
            f"No proposal is tabled and no agenda setter is named; the win set "
            f"{details['win_set_text']} is not empty, so the rule alone does not pick an outcome."
        )

    explain += _explain_win_set(issue, q, x, win_set, voters, names, veto)
    explain += voters.silence_note()
    if setter is not None:
        s = details["setter"]
        explain.append(
            f"Agenda setter {names[setter]} (ideal {s['ideal']:g}) can at best propose "
            f"{s['best_point']:g}"
            + ("" if s["attained"] else " (a limit point: members there are indifferent)")
            + ("." if s["best_point"] != q else ", i.e. keep the status quo.")
        )
    return IssueForecast(
        issue=issue.id,
        outcome=None if outcome is None else float(outcome),
        adopted=adopted,
        status_quo=q,
        proposal=None if voted_on is None else float(voted_on),
        votes=votes,
        blockers=blockers,
        veto_players=veto,
        explanation=explain,
        details=details,
    )


def _explain_vote(scenario, issue, p, q, x, voters, decision, names) -> list[str]:
    label = _label(issue, p)
    out = []
    verdict = "passes" if decision.passed else "fails"
    out.append(
        f"Under {voters.rule.label_and_description}, the proposal "
        f"{p:g}{label} {verdict}: {decision.reason}."
    )
    if decision.passed:
        out.append(f"The outcome moves from the status quo {q:g} to {p:g}.")
    else:
        out.append(f"The status quo persists at {q:g}{_label(issue, q)}.")
    for aid in voters.to_actor(decision.blockers)[:10]:
        if aid not in voters.actor_ids:
            out.append(f"{names[aid]} blocks by abstaining: it has no position (unlisted=abstain).")
            continue
        k = voters.actor_ids.index(aid)
        xi = x[k]
        stated = voters.intent[k]
        vetoed = voters.to_actor(decision.vetoes)
        how = "vetoes" if aid in vetoed and isinstance(voters.rule, VetoMajority) else "blocks"
        if stated:
            verb = {"no": "votes against", "abstain": "abstains"}.get(stated, "votes yes")
            out.append(
                f"{names[aid]} {how}: it {verb}, as stated in the scenario (vote: {stated})."
            )
        else:
            out.append(
                f"{names[aid]} {how}: its position {xi:g} is {abs(xi - q):g} from the status "
                f"quo and {abs(xi - p):g} from the proposal, so it prefers the status quo."
            )
    stated_ids = voters.stated()
    if stated_ids:
        shown = ", ".join(
            f"{names[a]} ({voters.intent[voters.actor_ids.index(a)]})" for a in stated_ids[:10]
        )
        more = f" and {len(stated_ids) - 10} more" if len(stated_ids) > 10 else ""
        out.append(f"Stated votes override the spatial vote: {shown}{more}.")
    if voters.band > 0:
        out.append(
            f"Abstention band {voters.band:g} of the scale width: members whose "
            "distances to the proposal and to the status quo differ by no more abstain."
        )
    t = decision.tally
    out.append(f"Vote: {t['yes']} yes, {t['no']} no, {t['abstain']} abstain.")
    return out


def _explain_win_set(issue, q, x, win_set, voters, names, veto) -> list[str]:
    out = []
    if not win_set:
        at_q = [voters.actor_ids[k] for k in range(len(x)) if x[k] == q]
        why = ""
        if at_q and set(at_q) & set(veto):
            who = ", ".join(names[a] for a in at_q if a in veto)
            why = f": {who} sits at the status quo and can veto, so no change makes it better off"
        out.append(f"The win set of the status quo is empty{why}; no proposal can pass.")
    else:
        out.append(
            "Win set of the status quo (points that would pass against it): "
            + " ∪ ".join(map(str, win_set))
            + "."
        )
    if veto:
        shown = ", ".join(names[a] for a in veto[:8]) + (
            f" and {len(veto) - 8} more" if len(veto) > 8 else ""
        )
        out.append(f"Veto players ({len(veto)}): {shown}.")
    else:
        out.append("No member can block alone.")
    return out


def _label(issue: Issue, v: float) -> str:
    if v == issue.scale.max and issue.scale.high:
        return f" ({issue.scale.high})"
    if v == issue.scale.min and issue.scale.low:
        return f" ({issue.scale.low})"
    return ""


# ------------------------------------------------------------------------------ procedures
def _procedure_issue(
    scenario: Scenario, issue: Issue, unlisted: str, resolved: procedures.ResolvedProcedure
) -> IssueForecast:
    """One issue through a procedure with several stages (concilium.procedures): the vote at
    each stage, where the proposal stops and who blocks it there, the win set of the status
    quo (the intersection of the stages'), the veto players (their union) and the setter."""
    q = _need_status_quo(issue)
    ws = procedures.win_sets(scenario, issue.id, unlisted=unlisted, resolved=resolved)
    names = {a.id: a.name for a in scenario.actors}
    for st in resolved.stages:
        for m in st.members:
            names.setdefault(st.report_id(m.id), m.name)
    text = _intervals_text
    details: dict = {
        "procedure": resolved.label,
        "mode": resolved.mode,
        "win_set": [iv.to_dict() for iv in ws.procedure],
        "win_set_text": text(ws.procedure),
        "stage_win_sets": {k: text(v) for k, v in ws.by_stage.items()},
    }
    explain = [
        f"Procedure: {resolved.label} ({len(resolved.stages)} stage(s), "
        + (
            "in sequence: a stage is reached only if the earlier ones passed)."
            if resolved.mode == "sequence"
            else "together: every stage votes and all must pass)."
        )
    ]
    setter = resolved.setter
    attained = True
    if setter is not None:
        point, attained = procedures.setter_point(scenario, issue.id, setter, ws.procedure)
        ideal = scenario.actor(setter).stances[issue.id].position.value
        details["setter"] = {
            "actor": setter,
            "ideal": ideal,
            "best_point": point,
            "attained": attained,
        }
    voted_on = issue.proposal
    if voted_on is None and setter is not None and details["setter"]["best_point"] != q:
        voted_on = details["setter"]["best_point"]
    votes: dict[str, str] = {}
    blockers: list[str] = []
    adopted: bool | None
    if voted_on is not None:
        res = procedures.evaluate(
            scenario,
            issue.id,
            voted_on,
            unlisted=unlisted,
            resolved=resolved,
            limit_point=issue.proposal is None and not attained,
        )
        adopted = res.passed
        outcome: float | None = voted_on if adopted else q
        blockers = res.blockers
        for sr in res.stages:
            for a, v in sr.votes.items():
                votes.setdefault(a, v)
        details["stages"] = [
            {**sr.to_dict(), "win_set_text": text(ws.by_stage[sr.stage])} for sr in res.stages
        ]
        details["stopped_at"] = res.stopped_at
        explain += _explain_stages(res, voted_on, q, names)
        defaulted: list[str] = []
        for sr in res.stages:
            if sr.stage != _scenario_body_stage(resolved, scenario):
                defaulted += [d for d in sr.defaulted if d not in defaulted]
        if defaulted:
            shown = ", ".join(defaulted[:12]) + (
                f" and {len(defaulted) - 12} more" if len(defaulted) > 12 else ""
            )
            ds = scenario.default_stance
            whose = (
                f"the scenario's default position {ds.position.value:g}"
                if ds is not None
                else "their stage body's default stance"
            )
            explain.append(
                f"Assumption (default stance): {len(defaulted)} member(s) of the other stages "
                f"without a stance take {whose}: {shown}."
            )
        amend = [st for st in resolved.stages if st.amend_rule is not None]
        if amend:
            a_ws = procedures.win_sets(
                scenario,
                issue.id,
                unlisted=unlisted,
                resolved=resolved,
                reference=voted_on,
                amend=True,
            )
            details["amendments"] = {
                "win_set": [iv.to_dict() for iv in a_ws.procedure],
                "win_set_text": text(a_ws.procedure),
            }
            how = ", ".join(f"{st.name} by {st.amend_rule.label}" for st in amend)
            if a_ws.procedure:
                explain.append(
                    f"Amendments ({how}): the stages could replace {voted_on:g} with points in "
                    f"{text(a_ws.procedure)}."
                )
            else:
                explain.append(
                    f"Amendments ({how}): no point would pass against {voted_on:g}, so the "
                    "proposal cannot be amended."
                )
    else:
        details["stages"] = [
            {
                "stage": st.id,
                "name": st.name,
                "rule": st.rule_label,
                "win_set_text": text(ws.by_stage[st.id]),
            }
            for st in resolved.stages
        ]
        if not ws.procedure or setter is not None:
            outcome, adopted = q, False
        else:
            outcome, adopted = None, None
            explain.append(
                "No proposal is tabled and no agenda setter is named; the procedure's win set "
                f"{text(ws.procedure)} is not empty, so the rules alone do not pick an outcome."
            )
    if ws.procedure:
        explain.append(
            "Win set of the status quo through the whole procedure (the intersection of the "
            f"stages'): {text(ws.procedure)}."
        )
    else:
        explain.append(
            "The procedure's win set (the intersection of the stages') is empty: no proposal "
            "can pass every stage."
        )
    if len(ws.by_stage) <= 6:
        explain.append(
            "Stage win sets: " + "; ".join(f"{k} {text(v)}" for k, v in ws.by_stage.items()) + "."
        )
    veto = ws.veto_players
    if veto:
        shown = ", ".join(names.get(a, a) for a in veto[:10]) + (
            f" and {len(veto) - 10} more" if len(veto) > 10 else ""
        )
        explain.append(f"Veto players over all stages ({len(veto)}): {shown}.")
    else:
        explain.append("No one can block alone at any stage.")
    if setter is not None:
        s = details["setter"]
        explain.append(
            f"Agenda setter {names.get(setter, setter)} (ideal {s['ideal']:g}) can at best "
            f"propose {s['best_point']:g}"
            + ("" if s["attained"] else " (a limit point: members there are indifferent)")
            + ("." if s["best_point"] != q else ", i.e. keep the status quo.")
        )
    explain += _explain_assumptions(resolved)
    return IssueForecast(
        issue=issue.id,
        outcome=None if outcome is None else float(outcome),
        adopted=adopted,
        status_quo=q,
        proposal=None if voted_on is None else float(voted_on),
        votes=votes,  # type: ignore[arg-type]
        blockers=blockers,
        veto_players=veto,
        explanation=explain,
        details=details,
    )


def _explain_assumptions(resolved: procedures.ResolvedProcedure) -> list[str]:
    """The stages' assumptions, each said once with the stages it applies to."""
    out = []
    bloc = [st.members[0].id for st in resolved.stages if st.one_bloc]
    if bloc:
        shown = ", ".join(bloc[:12]) + (f" and {len(bloc) - 12} more" if len(bloc) > 12 else "")
        out.append(
            f"Assumption: {len(bloc)} ratifying chamber(s) vote as one bloc with their member's "
            f"own position (no composition in procedure.chambers): {shown}."
        )
    by_text: dict[str, list[str]] = {}
    for st in resolved.stages:
        if st.assumption:
            by_text.setdefault(st.assumption, []).append(st.id)
    for text_, ids in by_text.items():
        shown = ", ".join(ids[:6]) + (f" and {len(ids) - 6} more" if len(ids) > 6 else "")
        out.append(f"Assumption ({shown}): {text_.rstrip('.')}.")
    return out


def _scenario_body_stage(resolved: procedures.ResolvedProcedure, scenario: Scenario) -> str:
    """The id of the stage voted by the scenario's own body (its default stances are listed
    by the registry already), or "" when none is."""
    for st in resolved.stages:
        if st.kind == "body" and st.body == scenario.body:
            return st.id
    return ""


def _intervals_text(ivs) -> str:
    return " ∪ ".join(map(str, ivs)) or "∅"


def _explain_stages(res, p: float, q: float, names: dict[str, str]) -> list[str]:
    """One sentence per reached stage (a ratification's many sub-stages summarised), then
    where the proposal stops and who blocks it there."""
    out: list[str] = []
    groups: dict[str, list] = {}
    for sr in res.stages:
        groups.setdefault(sr.group, []).append(sr)
    for group, srs in groups.items():
        reached = [s for s in srs if s.reached]
        if len(srs) > 3:
            ok = [s for s in reached if s.passed]
            failed = [s for s in reached if not s.passed]
            line = f"Stage {group}: {len(ok)} of {len(srs)} pass"
            if failed:
                line += "; fails in " + "; ".join(f"{s.name} ({s.reason})" for s in failed[:5])
            if len(reached) < len(srs):
                line += f"; {len(srs) - len(reached)} not reached"
            out.append(line + ".")
            continue
        for s in srs:
            if not s.reached:
                out.append(f"Stage {s.stage} ({s.name}) is not reached.")
                continue
            t = s.tally
            out.append(
                f"Stage {s.stage} ({s.name}, {s.rule}): {p:g} "
                f"{'passes' if s.passed else 'fails'}: {s.reason} "
                f"({t['yes']} yes, {t['no']} no, {t['abstain']} abstain)."
            )
    if res.passed:
        out.append(f"The proposal passes every stage: the outcome moves from {q:g} to {p:g}.")
    else:
        where = ", ".join(res.stopped_at)
        who = ", ".join(names.get(b, b) for b in res.blockers[:10]) or "no single member"
        out.append(
            f"The proposal stops at {where}; blocked there by {who}. "
            f"The status quo persists at {q:g}."
        )
    return out


# ------------------------------------------------------------------------------ package vote
def _package(scenario: Scenario, unlisted: str = "error") -> list[IssueForecast]:
    issues = list(scenario.issues)
    q = np.array([_need_status_quo(i) for i in issues])
    voters = _Voters(scenario, issues, unlisted)
    lo = np.array([i.scale.min for i in issues])
    hi = np.array([i.scale.max for i in issues])
    width = hi - lo
    sal = np.array([[_salience(a, i) for i in issues] for a in voters.actors]).reshape(
        len(voters.actors), len(issues)
    )
    names = voters.display_names()
    veto = voters.veto_players()

    def votes_at(z):
        return spatial_votes(voters.ideals, q, z, weights=sal, scale_width=width, band=voters.band)

    details: dict = {"package": True, "distance": "salience-weighted Euclidean"}
    proposal = None
    if all(i.proposal is not None for i in issues):
        proposal = np.array([i.proposal for i in issues], dtype=float)
    explain: list[str] = []
    setter = scenario.agenda_setter
    if setter is not None:
        s_actor = scenario.actor(setter)
        s_ideal = np.array([s_actor.stances[i.id].position.value for i in issues])
        s_w = np.array([_salience(s_actor, i) for i in issues])
        point, method = _setter_point(voters, q, lo, hi, width, sal, s_ideal, s_w, votes_at)
        details["setter"] = {
            "actor": setter,
            "ideal": s_ideal.tolist(),
            "best_point": point.tolist(),
            "method": method,
        }
    voted_on = proposal
    if (
        voted_on is None
        and setter is not None
        and not np.allclose(details["setter"]["best_point"], q)
    ):
        voted_on = np.array(details["setter"]["best_point"])
    if voted_on is not None:
        v = votes_at(voted_on)
        if proposal is None:
            v = np.where(v == "abstain", "yes", v)  # setter's boundary point
        decision = voters.decide(v)
        adopted = decision.passed
        outcome = voted_on if adopted else q
        votes = voters.votes_by_actor(v)
        blockers = voters.to_actor(decision.blockers)
        explain.append(
            f"The package {np.round(voted_on, 4).tolist()} "
            f"{'passes' if adopted else 'fails'} under {voters.rule.label}: "
            f"{decision.reason}."
        )
        details["decision"] = {
            "passed": decision.passed,
            "reason": decision.reason,
            "tally": decision.tally,
        }
    elif setter is not None:
        outcome, adopted, votes, blockers = q, False, {}, []
        explain.append(
            "The agenda setter can propose nothing it prefers to the status quo "
            "that the rule would adopt."
        )
    else:
        outcome, adopted, votes, blockers = None, None, {}, []
        explain.append("No package is tabled and no agenda setter is named.")
    return [
        IssueForecast(
            issue=i.id,
            outcome=None if outcome is None else float(outcome[k]),
            adopted=adopted,
            status_quo=float(q[k]),
            proposal=None if voted_on is None else float(voted_on[k]),
            votes=votes,
            blockers=blockers,
            veto_players=veto,
            explanation=explain + [f"Veto players: {', '.join(names[a] for a in veto) or 'none'}."],
            details=details,
        )
        for k, i in enumerate(issues)
    ]


def _salience(actor, issue: Issue) -> float:
    st = actor.stances[issue.id]
    if st.salience is None:
        raise InputError(
            f"{actor.id} has no salience on issue {issue.id!r}",
            field=f"actors.{actor.id}.stances.{issue.id}.salience",
            hint="a package vote over several issues weighs distances by salience",
        )
    return st.salience.value / 100.0


@dataclass(frozen=True)
class PointAssessment:
    """Whether the rule would adopt ``point`` against the status quo, and who decides it."""

    point: tuple[float, ...]
    status_quo: tuple[float, ...]
    votes: dict[str, str]
    passes: bool
    in_win_set: bool
    reason: str
    blockers: list[str]
    vetoes: list[str]


def assess_point(
    scenario: Scenario, point, issue: str | None = None, unlisted: str = "error"
) -> PointAssessment:
    """Would the body adopt ``point`` against the status quo?

    ``issue`` names one issue (``point`` a number on its scale); without it ``point`` is a
    vector over all issues, compared by salience-weighted distance (a package).  This is the
    exact membership test of the win set, and how other models' bargaining outcomes are
    checked against the rule ("institutions matter").  Members vote spatially with the
    abstention band in force; when ``point`` is the issue's proposal, stated vote intentions
    (``vote: yes|no|abstain``) override the spatial votes.
    """
    if scenario.procedure is not None:
        return _assess_through_procedure(scenario, point, issue, unlisted)
    issues = [scenario.issue(issue)] if issue is not None else list(scenario.issues)
    q = np.array([_need_status_quo(i) for i in issues], dtype=float)
    z = np.atleast_1d(np.asarray(point, dtype=float))
    if z.shape != q.shape:
        raise InputError(f"point needs {len(q)} coordinate(s), one per issue, got {z.shape[0]}")
    voters = _Voters(scenario, issues, unlisted)
    width = np.array([i.scale.max - i.scale.min for i in issues])
    sal = None
    if len(issues) > 1:
        sal = np.array([[_salience(a, i) for i in issues] for a in voters.actors])
    v = spatial_votes(voters.ideals, q, z, weights=sal, scale_width=width, band=voters.band)
    if (
        len(issues) == 1
        and issues[0].proposal is not None
        and abs(float(z[0]) - issues[0].proposal) <= 1e-12 * float(width[0])
    ):
        v = voters.with_intentions(v)
    decision = voters.decide(v)
    same = bool(np.allclose(z, q, rtol=0, atol=1e-12))
    return PointAssessment(
        point=tuple(z.tolist()),
        status_quo=tuple(q.tolist()),
        votes=voters.votes_by_actor(v),
        passes=decision.passed,
        in_win_set=decision.passed and not same,
        reason=decision.reason,
        blockers=voters.to_actor(decision.blockers),
        vetoes=voters.to_actor(decision.vetoes),
    )


def _assess_through_procedure(
    scenario: Scenario, point, issue: str | None, unlisted: str
) -> PointAssessment:
    """:func:`assess_point` for a scenario with a procedure: the point must pass every stage
    (concilium.procedures); the reason names the stage where it stops."""
    if issue is None:
        if len(scenario.issues) > 1:
            raise InputError(
                "a package through a procedure with several stages is not supported yet",
                hint="check one issue at a time",
            )
        issue = scenario.issues[0].id
    z = float(np.atleast_1d(np.asarray(point, dtype=float))[0])
    res = procedures.evaluate(scenario, issue, z, unlisted=unlisted)
    votes: dict[str, str] = {}
    vetoes: list[str] = []
    for sr in res.stages:
        for a, v in sr.votes.items():
            votes.setdefault(a, v)
        vetoes += [v for v in sr.vetoes if v not in vetoes]
    reason = (
        "passes every stage"
        if res.passed
        else "stops at "
        + ", ".join(f"{sr.stage} ({sr.reason})" for sr in res.stages if sr.stage in res.stopped_at)
    )
    same = abs(z - res.status_quo) <= 1e-12
    return PointAssessment(
        point=(z,),
        status_quo=(res.status_quo,),
        votes=votes,
        passes=res.passed,
        in_win_set=res.passed and not same,
        reason=reason,
        blockers=res.blockers,
        vetoes=vetoes,
    )


def win_set(scenario: Scenario, issue: str, unlisted: str = "error"):
    """The exact win set W(q) of one issue's status quo under the rule, as intervals
    (members vote spatially with the abstention band in force); through a procedure, the
    intersection of its stages' win sets."""
    if scenario.procedure is not None:
        return procedures.win_sets(scenario, issue, unlisted=unlisted).procedure
    iss = scenario.issue(issue)
    q = _need_status_quo(iss)
    voters = _Voters(scenario, [iss], unlisted)
    columns, test = voters.counting()  # counted from totals: O(n log n), same intervals
    return win_set_1d(
        voters.ideals[:, 0],
        q,
        iss.scale.min,
        iss.scale.max,
        test,
        band=voters.band,
        columns=columns,
    )


def _setter_point(voters, q, lo, hi, width, sal, s_ideal, s_w, votes_at):
    """The setter's nearest point (own weighted distance) in the closure of W(q).

    Under unanimity the closure of W(q) is the intersection of every member's
    preferred-to ellipse, a convex set: one convex programme solves it exactly.  For other
    rules W(q) is a union over winning coalitions; we solve the programme for coalitions
    built greedily (members whose ellipses already contain the setter's ideal first, then
    by how far the ideal lies outside) and keep the best feasible point.
    """
    try:  # only a setter's package needs scipy (an optional extra); keeps installs light
        from scipy.optimize import minimize
    except ImportError:
        raise InputError(
            "the agenda setter's best package is found with scipy, which is not installed",
            hint="install it with: pip install 'concilium[scipy]' (or pip install scipy)",
        ) from None

    x = voters.ideals
    xn, qn, sn = (x - lo) / width, (q - lo) / width, (s_ideal - lo) / width
    r2 = (sal * (qn - xn) ** 2).sum(axis=1)

    def solve(members_idx) -> np.ndarray | None:
        cons = [
            {"type": "ineq", "fun": (lambda z, i=i: r2[i] - (sal[i] * (z - xn[i]) ** 2).sum())}
            for i in members_idx
        ]
        best = None
        for start in (qn, sn, 0.5 * (qn + sn)):
            res = minimize(
                lambda z: (s_w * (z - sn) ** 2).sum(),
                start,
                method="SLSQP",
                bounds=[(0.0, 1.0)] * len(qn),
                constraints=cons,
                options={"ftol": 1e-12, "maxiter": 500},
            )
            feasible = res.success and all(c["fun"](res.x) >= -1e-9 for c in cons)
            if feasible and (best is None or res.fun < best[0]):
                best = (res.fun, res.x)
        return None if best is None else best[1]

    n = len(x)
    if isinstance(voters.rule, Unanimity):
        z = solve(range(n))
        method = "exact (convex programme: unanimity)"
        candidates = [] if z is None else [z]
    else:
        outside = (sal * (sn - xn) ** 2).sum(axis=1) - r2
        orders = [
            np.argsort(outside, kind="stable"),
            np.argsort((sal * (sn - xn) ** 2).sum(axis=1), kind="stable"),
        ]
        candidates = []
        columns, test = voters.counting()
        everyone = columns.sum(axis=0)
        for order in orders:
            # the first prefix of the order that wins, all prefixes counted at once: prefix k
            # votes yes, everyone else no
            yes = np.cumsum(columns[order], axis=0)
            totals = np.stack([yes, everyone - yes, np.zeros_like(yes)], axis=1)
            wins = np.flatnonzero(test(totals))
            if len(wins):
                chosen = [int(i) for i in order[: wins[0] + 1]]
                z = solve(chosen)
                if z is not None:
                    candidates.append(z)
        method = "heuristic (greedy winning coalitions + convex programmes)"
    setter_q = (s_w * (qn - sn) ** 2).sum()
    best_z, best_d = qn, setter_q
    for z in candidates:
        d = (s_w * (z - sn) ** 2).sum()
        if d < best_d - 1e-12:
            best_z, best_d = z, d
    return lo + best_z * width, method


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary="What the decision rule lets pass: the vote, blockers, veto players, win set, setter.",
    requires=("position", "status_quo", "body"),
    forecast=forecast,
    params=(
        Param(
            "unlisted",
            str,
            "error",
            "members with no position: an error, or counted as abstaining",
            choices=("error", "abstain"),
        ),
    ),
)
