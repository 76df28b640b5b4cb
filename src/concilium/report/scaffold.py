"""A new scenario to fill in: every member of a body on a date, one issue, marked placeholders.

The file validates as it is written (so ``concilium validate`` and every model run on it at
once); each number the analyst must replace is an ``assumption`` that starts with ``TODO``,
which ``concilium validate`` and the report show as an assumption until evidence is added.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from concilium._version import __version__

__all__ = ["PLACEHOLDER", "new_scenario_yaml"]

PLACEHOLDER = "TODO"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def new_scenario_yaml(body: str, date: dt.date | None = None) -> str:
    """YAML text of a new scenario for ``body`` (a built-in name or a body file) on ``date``
    (default: today)."""
    from concilium.bodies import load_body

    b = load_body(body)
    on = date or dt.date.today()
    members = b.members_on(on)
    body_ref = b.id if _is_builtin(b.id) else body
    slug = re.sub(r"[^a-z0-9]+", "-", f"{b.id}-{on.isoformat()}".lower()).strip("-")
    lines = [
        f"# A new scenario for {b.name} on {on.isoformat()}, written by `concilium new`",
        f"# (concilium {__version__}). It validates as it is; replace every {PLACEHOLDER}:",
        "# the issue's title and scale, and each actor's position, salience and capability,",
        "# giving evidence (source, quote, date) or saying why in `assumption`.",
        "# Outside stakeholders (not members of the body) may be added with the same fields.",
        f"id: {slug}",
        f"title: {_q(f'{PLACEHOLDER}: what {b.name} decides')}",
        f"date: {on.isoformat()}",
        f"body: {_q(body_ref)}",
        "issues:",
        "  - id: issue-1",
        f"    title: {_q(f'{PLACEHOLDER}: the proposal')}",
        "    scale:",
        "      min: 0",
        "      max: 100",
        f"      low: {_q(f'{PLACEHOLDER}: what 0 means (e.g. nothing changes)')}",
        f"      high: {_q(f'{PLACEHOLDER}: what 100 means (e.g. the proposal in full)')}",
        "    status_quo: 0",
        "    proposal: 100",
        "",
        "# Placeholders, written once (YAML anchors); replace them actor by actor.",
        "x-placeholder:",
        f"  position: &position {{value: 50, assumption: {_q(PLACEHOLDER + ': position')}}}",
        f"  salience: &salience {{value: 50, assumption: {_q(PLACEHOLDER + ': salience')}}}",
        f"  capability: &capability {{value: 10, assumption: {_q(PLACEHOLDER + ': capability')}}}",
        "",
        f"actors:  # the {len(members)} members of {b.name} on {on.isoformat()}",
    ]
    for m in members:
        lines += [
            f"  - id: {_q(m.id)}  # {m.name.replace(chr(10), ' ')}",
            "    capability: *capability",
            "    stances:",
            "      issue-1: {position: *position, salience: *salience}",
        ]
    return "\n".join(lines) + "\n"


def _is_builtin(name: str) -> bool:
    from concilium.bodies import list_bodies

    return any(x.id == name for x in list_bodies())
