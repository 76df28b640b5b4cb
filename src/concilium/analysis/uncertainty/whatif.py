"""What-ifs: set inputs of a scenario to other values (``--set ACTOR.ISSUE.FIELD=VALUE``).

Accepted forms (the value is a number on the field's scale):

* ``ACTOR.ISSUE.position=60``, ``ACTOR.ISSUE.salience=30``, ``ACTOR.ISSUE.capability=20``:
  one stance's number (the stance is created if the actor had none on the issue, when
  setting its position);
* ``ACTOR.capability=40``: the actor's capability on every issue;
* ``ISSUE.status_quo=0``, ``ISSUE.proposal=50``: the issue's reversion point or proposal.

A number that is set is certain: its range, distribution and alternatives are dropped
(what-if = "suppose it is exactly this").  The result is validated again from scratch, so a
value off the scale is one clear error.  Actors are named by id, name or alias.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from concilium.errors import InputError
from concilium.scenario import Actor, Estimate, Scenario, Stance

__all__ = ["apply_sets", "parse_set"]

STANCE_FIELDS = ("position", "salience", "capability")
ISSUE_FIELDS = ("status_quo", "proposal")


def parse_set(text: str) -> tuple[list[str], float]:
    """``"FRA.tokyo-office.position=60"`` -> (["FRA", "tokyo-office", "position"], 60.0)."""
    target, sep, raw = text.partition("=")
    if not sep or not target.strip():
        raise InputError(
            f"--set {text!r} is not ACTOR.ISSUE.FIELD=VALUE",
            hint="e.g. --set FRA.tokyo-office.position=60",
        )
    try:
        value = float(raw.strip())
    except ValueError:
        raise InputError(f"--set {text!r}: {raw.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"--set {text!r}: the value must be a finite number")
    parts = [p.strip() for p in target.strip().split(".")]
    if len(parts) not in (2, 3) or not all(parts):
        raise InputError(
            f"--set {text!r} is not ACTOR.ISSUE.FIELD=VALUE, ACTOR.capability=VALUE "
            "or ISSUE.status_quo|proposal=VALUE"
        )
    return parts, value


def _find_actor(scenario: Scenario, key: str) -> Actor | None:
    k = key.casefold()
    for a in scenario.actors:
        if a.id.casefold() == k or any(n.casefold() == k for n in a.names):
            return a
    return None


def apply_sets(scenario: Scenario, sets: Sequence[str]) -> Scenario:
    """The scenario with every ``--set`` applied (in order), validated again."""
    if not sets:
        return scenario
    actors = {a.id: a for a in scenario.actors}
    issues = {i.id: i for i in scenario.issues}
    issue_ids = list(issues)
    for text in sets:
        parts, value = parse_set(text)
        if len(parts) == 2 and parts[0] in issues and parts[1] in ISSUE_FIELDS:
            issues[parts[0]] = issues[parts[0]].model_copy(update={parts[1]: value})
            continue
        actor = _find_actor(scenario, parts[0])
        if actor is None:
            raise InputError(
                f"--set {text!r}: no actor {parts[0]!r}",
                hint="actors: " + ", ".join(list(actors)[:20]),
            )
        actor = actors[actor.id]
        if len(parts) == 2:
            if parts[1] != "capability":
                raise InputError(
                    f"--set {text!r}: an actor-wide field must be capability",
                    hint="or write ACTOR.ISSUE.FIELD=VALUE",
                )
            actors[actor.id] = actor.model_copy(update={"capability": Estimate(value=value)})
            continue
        _, iid, fld = parts
        if iid not in issues:
            raise InputError(
                f"--set {text!r}: no issue {iid!r}", hint="issues: " + ", ".join(issue_ids)
            )
        if fld not in STANCE_FIELDS:
            raise InputError(
                f"--set {text!r}: unknown field {fld!r}", hint="fields: " + ", ".join(STANCE_FIELDS)
            )
        st = actor.stances.get(iid)
        if st is None:
            if fld != "position":
                raise InputError(
                    f"--set {text!r}: {actor.id} has no stance on {iid!r}",
                    hint=f"set its position first: {actor.id}.{iid}.position=...",
                )
            st = Stance(position=Estimate(value=value), note="set by --set")
        elif fld == "position":
            st = st.model_copy(update={"position": Estimate(value=value), "alternatives": ()})
        else:
            st = st.model_copy(update={fld: Estimate(value=value)})
        actors[actor.id] = actor.model_copy(update={"stances": {**actor.stances, iid: st}})
    return scenario.replace(
        actors=tuple(actors.values()), issues=tuple(issues[i] for i in issue_ids)
    )
