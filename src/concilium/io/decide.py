"""Read the input format of ``decide-exchange-model`` (the Decide exchange model) into a scenario.

The format (foarsitter/decide-exchange-model, ``data/input/*.csv``) is delimited text, one
record per row, the first field saying what the row is:

==========  ===================================================================================
``#A``      an actor: ``#A; id; name; comment``
``#P``      an issue: ``#P; id; name; comment``
``#M``      one end of an issue's scale: ``#M; issue id; value`` (usually two rows, 0 and 100)
``#D``      an actor's stance: ``#D; actor id; issue id; position; salience; power``
``#/``      a comment or a header row (ignored), as is any other row
==========  ===================================================================================

Fields are separated by tabs or semicolons (the first data row decides); fields may be quoted
with ``'`` or ``"``; a decimal comma is read as a point.  Saliences are on 0..1 in this format
and become 0..100 in the scenario; power is the actor's capability on the issue.  An issue
without ``#M`` rows gets the range of its positions as its scale (as decide does).  As in
decide, a stance with salience exactly 0 is left out.

The files carry no body, rule, date, status quo or proposal: the scenario gets an inline body
whose members are the actors, deciding by simple majority, dated 1970-01-01 (a placeholder), and
issues without status quo (so the rule check is skipped and the exchange model's forecast is
its bargaining point).  Bounds: files up to 10 MB, 5000 actors and 1000 issues.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from concilium.errors import InputError, Problem

__all__ = ["load_decide", "parse_decide"]

_MAX_BYTES = 10 * 1024 * 1024
_MAX_ACTORS = 5000
_MAX_ISSUES = 1000
_HEAD = re.compile(r"""^\s*['"]?#[APMD/]['"]?([\t;])""")


def load_decide(path: str | Path):
    """Read a decide-exchange-model input file into a :class:`~concilium.scenario.Scenario`."""
    from concilium.io.limits import max_input_bytes, read_input

    p = Path(path)
    src = str(path)
    # regular files only, at most 10 MB (or the global input limit, if lower)
    raw = read_input(
        p, what="a decide-exchange-model input file", limit=min(_MAX_BYTES, max_input_bytes())
    )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte {exc.start})", source=src, hint="save the file as UTF-8"
        ) from None
    return parse_decide(text, source=src, scenario_id=p.stem)


def _split(line: str, sep: str) -> list[str]:
    out = []
    for f in line.split(sep):
        f = f.strip()
        if len(f) >= 2 and f[0] == f[-1] and f[0] in "'\"":
            f = f[1:-1].strip()
        out.append(f)
    return out


def _number(raw: str, what: str, src: str, line: int) -> float:
    try:
        v = float(raw.replace(",", "."))
    except ValueError:
        raise InputError(
            f"{what} {raw!r} is not a number", source=src, line=line, field=what
        ) from None
    if not math.isfinite(v):
        raise InputError(
            f"{what} must be a finite number, not {raw!r}", source=src, line=line, field=what
        )
    return v


def parse_decide(text: str, *, source: str = "<string>", scenario_id: str = "decide"):
    """Parse decide-exchange-model input text (see the module notes) into a scenario."""
    from concilium.scenario import Scenario

    src = source
    if "\x00" in text[:4096]:
        raise InputError("looks like a binary file, not decide input text", source=src)
    lines = text.splitlines()
    sep = None
    for ln in lines:
        hit = _HEAD.match(ln)
        if hit:
            sep = hit.group(1)
            break
    if sep is None:
        raise InputError(
            "no #A, #P, #M or #D rows separated by tabs or semicolons",
            source=src,
            hint="a decide input file has rows like '#D<TAB>actor<TAB>issue<TAB>"
            "position<TAB>salience<TAB>power'",
        )
    actors: dict[str, dict[str, Any]] = {}
    issues: dict[str, dict[str, Any]] = {}
    ends: dict[str, list[float]] = {}
    stances: dict[tuple[str, str], tuple[float, float, float, int]] = {}
    for no, ln in enumerate(lines, start=1):
        if not ln.strip():
            continue
        f = _split(ln, sep)
        kind = f[0]
        if kind == "#A" or kind == "#P":
            what = "actor" if kind == "#A" else "issue"
            if len(f) < 2 or not f[1]:
                raise InputError(
                    f"{kind} row without an {what} id",
                    source=src,
                    line=no,
                    hint=f"write {kind}{sep}id{sep}name{sep}comment",
                )
            table = actors if kind == "#A" else issues
            if f[1] in table:
                raise InputError(
                    f"{what} {f[1]!r} is defined twice (also line {table[f[1]]['line']})",
                    source=src,
                    line=no,
                )
            table[f[1]] = {
                "line": no,
                "name": (f[2] if len(f) > 2 and f[2] else f[1]),
                "comment": f[3] if len(f) > 3 and f[3] else None,
            }
            if len(actors) > _MAX_ACTORS or len(issues) > _MAX_ISSUES:
                raise InputError(
                    f"too many {what}s (limits: {_MAX_ACTORS} actors, {_MAX_ISSUES} issues)",
                    source=src,
                    line=no,
                )
        elif kind == "#M":
            if len(f) < 3:
                raise InputError("#M row needs an issue id and a value", source=src, line=no)
            if f[1] not in issues:
                raise InputError(
                    f"#M row for issue {f[1]!r}, which no #P row defines above it",
                    source=src,
                    line=no,
                    hint="define the issue with a #P row first",
                )
            ends.setdefault(f[1], []).append(_number(f[2], "scale value", src, no))
        elif kind == "#D":
            if len(f) < 6:
                raise InputError(
                    f"#D row has {len(f)} fields; it needs 6: #D, actor, issue, "
                    "position, salience, power",
                    source=src,
                    line=no,
                )
            aid, iid = f[1], f[2]
            if aid not in actors:
                raise InputError(
                    f"#D row for actor {aid!r}, which no #A row defines",
                    source=src,
                    line=no,
                    hint="add an #A row for it",
                )
            if iid not in issues:
                raise InputError(
                    f"#D row for issue {iid!r}, which no #P row defines",
                    source=src,
                    line=no,
                    hint="add a #P row for it",
                )
            if (aid, iid) in stances:
                raise InputError(
                    f"actor {aid!r} has two #D rows for issue {iid!r} (also line "
                    f"{stances[(aid, iid)][3]})",
                    source=src,
                    line=no,
                )
            pos = _number(f[3], "position", src, no)
            sal = _number(f[4], "salience", src, no)
            power = _number(f[5], "power", src, no)
            if not 0 <= sal <= 1:
                raise InputError(
                    f"salience {sal:g} is outside 0..1",
                    source=src,
                    line=no,
                    field="salience",
                    hint="decide files give saliences between 0 and 1",
                )
            if power < 0:
                raise InputError(f"power {power:g} is negative", source=src, line=no, field="power")
            if f[4] in ("0", "0.0", "0,0") or sal == 0:
                continue  # decide leaves out stances with salience 0
            stances[(aid, iid)] = (pos, sal, power, no)
    if not actors or not issues:
        raise InputError(
            "the file defines no " + ("actors (#A rows)" if not actors else "issues (#P rows)"),
            source=src,
        )
    if not stances:
        raise InputError("the file has no #D rows with a position", source=src)
    issue_docs = []
    for iid, info in issues.items():
        vals = ends.get(iid) or [v[0] for (a, i), v in stances.items() if i == iid]
        if not vals:
            raise InputError(
                f"issue {iid!r} has no #M rows and no positions, so it has no scale",
                source=src,
                line=info["line"],
            )
        lo, hi = min(vals), max(vals)
        if not lo < hi:
            raise InputError(
                f"issue {iid!r} has a scale of zero width ({lo:g}..{hi:g})",
                source=src,
                line=info["line"],
                hint="give two #M rows with the ends of its scale",
            )
        for (a, i), (pos, _, _, no) in stances.items():
            if i == iid and not lo <= pos <= hi:
                raise InputError(
                    f"position {pos:g} of {a!r} is outside the scale {lo:g}..{hi:g} "
                    f"of issue {iid!r}",
                    source=src,
                    line=no,
                    field="position",
                )
        doc: dict[str, Any] = {"id": iid, "title": info["name"], "scale": {"min": lo, "max": hi}}
        if info["comment"] and info["comment"] != info["name"]:
            doc["description"] = info["comment"]
        issue_docs.append(doc)
    actor_docs = []
    for aid, info in actors.items():
        st = {
            i: {"position": v[0], "salience": v[1] * 100.0, "capability": v[2]}
            for (a, i), v in stances.items()
            if a == aid
        }
        doc = {"id": aid, "name": info["name"], "stances": st}
        if info["comment"]:
            doc["note"] = info["comment"]
        actor_docs.append(doc)
    data = {
        "id": scenario_id or "decide",
        "title": f"{scenario_id} (decide-exchange-model input)",
        "date": dt.date(1970, 1, 1),
        "description": "Read from a decide-exchange-model input file; the body (every actor, "
        "simple majority) and the date are placeholders: the format has neither.",
        "body": {
            "id": "decide",
            "name": "Decide actors",
            "rule": {"kind": "majority"},
            "members": [{"id": a["id"], "name": a["name"]} for a in actor_docs],
        },
        "issues": issue_docs,
        "actors": actor_docs,
    }
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        probs = [
            Problem(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}") for e in exc.errors()[:10]
        ]
        raise InputError(problems=probs, source=src) from None
    except InputError as exc:
        raise InputError(problems=list(exc.problems), source=src) from None
