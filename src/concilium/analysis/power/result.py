"""A power analysis as a typed result: what ``concilium power`` computes, for any renderer.

:func:`resolve_target` turns what the user named (a built-in body, a body or scenario file,
or a small weights file) into the game to analyse; :func:`analyse_power` computes the
indices and, if asked, the coalitions, and returns a :class:`PowerResult`, whose JSON form
is the documented schema ``concilium.power/1`` (docs/power.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field

from concilium.analysis.power._limits import check_listing
from concilium.errors import InputError
from concilium.games import SimpleGame
from concilium.typed import TypedResult

__all__ = ["POWER_SCHEMA", "PowerResult", "PowerTarget", "analyse_power", "resolve_target"]

POWER_SCHEMA = "concilium.power/1"


@dataclass(frozen=True)
class PowerTarget:
    """The game to analyse and how to label it."""

    game: SimpleGame
    names: dict[str, str]
    title: str
    rule: str
    date: str | None
    weights: dict[str, dict[str, float]] | None = None  # in their own units, for display
    note: str | None = None  # which date was assumed, and the weights' own date
    source: str | None = None  # the file read, if any


def _is_scenario(path: Path) -> bool:
    from concilium.analysis.power.weights_file import read_text_head

    text = read_text_head(path)
    if text is None:
        return False
    return bool(
        re.search(r"^(actors|issues)\s*:", text, re.MULTILINE)
        or re.search(r'"(actors|issues)"\s*:', text)
    )


def _member_weights(members: Any) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for m in members:
        for k, v in m.weights.items():
            out.setdefault(k, {})[m.id] = v
        for t in m.tags:
            out.setdefault(t, {})
    return out


def resolve_target(
    target: str, date: dt.date | None = None, rule_name: str | None = None
) -> PowerTarget:
    """A built-in body's name, a body or scenario file, or a CSV/YAML weights file."""
    from concilium.analysis.power.coalitions import describe_clauses
    from concilium.analysis.power.weights_file import load_weights_file, looks_like_weights_file
    from concilium.bodies import load_body

    path = Path(target)
    if path.exists() and not path.is_file():  # a FIFO, device or directory: say so
        from concilium.io.limits import open_input

        open_input(path, what="a body, scenario or weights file").close()
    if path.is_file() and looks_like_weights_file(path):
        if rule_name or date:
            raise InputError("--rule and --date apply to bodies and scenarios, not weights files")
        wf = load_weights_file(path)
        shown = {
            label: {
                p: float(wf.game.weights[i, d]) / wf.scales[label]
                for i, p in enumerate(wf.game.players)
            }
            for d, label in enumerate(wf.game.labels)
            if d > 0
        }
        return PowerTarget(
            wf.game, wf.names, wf.title, describe_clauses(wf.game), None, shown, source=target
        )
    if path.is_file() and _is_scenario(path):
        from concilium.io import load_scenario

        sc = load_scenario(path)
        if sc.body is None or sc.date is None:
            raise InputError(
                f"scenario {sc.id} has no body, so there is no voting power to compute",
                hint="give the scenario a body, or name a body: concilium power nato",
            )
        on = date or sc.date
        named = rule_name or sc.rule  # a rule's name, the scenario's own rule, or None
        if named is None or isinstance(named, str):
            rule = sc.body.get_rule(named, on=on)  # the body's rule in force on the date
        else:
            rule = named
        members = sc.body.members_on(on)
        return PowerTarget(
            rule.game(members),
            {m.id: m.name for m in members},
            f"{sc.title}: {sc.body.name}",
            rule.label,
            on.isoformat(),
            _member_weights(members),
            source=target,
        )
    body = load_body(target)
    note = None
    if date is None:
        date, note = body.default_date()
    rule = body.get_rule(rule_name, on=date)
    members = body.members_on(date)
    table = body.weights_on(date)
    as_of = table.as_of if table is not None and table.as_of else body.weights_as_of
    if as_of and any(m.weights for m in members):
        # label the result with the data's own date, not only today's
        note = (note + "; " if note else "") + f"weights (e.g. population shares) as of {as_of}"
        if table is not None and table.fallback:
            note += f" (a fallback: the figures in force on {date} are not in the data)"
    return PowerTarget(
        rule.game(members),
        {m.id: m.name for m in members},
        body.name,
        rule.label,
        date.isoformat(),
        _member_weights(members),
        note,
        source=target if path.is_file() else None,
    )


class PowerResult(TypedResult):
    """Voting power of each member of one game, and (if asked) its coalitions."""

    schema_: str = Field(default=POWER_SCHEMA, alias="schema")
    title: str
    rule: str
    rule_clauses: str | None = None
    date: str | None = None
    date_note: str | None = None
    method: str | None = None
    arithmetic: str | None = None
    relative_error_bound: float | None = None
    samples: int | None = None
    seed: int | None = None
    confidence: float | None = None
    members: list[dict[str, Any]] = Field(
        description="one row per member: id, name, weights, "
        "indices (and their intervals when sampled), veto"
    )
    exact: dict[str, list[str]] = Field(
        default_factory=dict, description="exact indices as fractions, by index"
    )
    minimal_winning_coalitions: int | None = None
    citations: dict[str, str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    veto_players: list[str] | None = None
    minimal_winning: dict[str, Any] | None = None
    minimal_blocking: dict[str, Any] | None = None
    blocking_groups: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", by_alias=True)
        # coalition sections appear only when they were asked for (as before)
        for key in ("veto_players", "minimal_winning", "minimal_blocking", "blocking_groups"):
            if data[key] is None:
                del data[key]
        return data

    def to_json(self, indent: int | None = 2) -> str:
        from concilium.text.safe import json_dumps

        return json_dumps(self.to_dict(), indent=indent)

    @property
    def names(self) -> dict[str, str]:
        return {str(r["member"]): str(r.get("name", r["member"])) for r in self.members}

    def to_frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame(self.members)


def _plain(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        return _plain(v.item())
    if isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, (set, frozenset, tuple, list)):
        return [_plain(x) for x in v]
    return None if str(v) == "<NA>" else str(v)


def analyse_power(
    target: PowerTarget,
    indices: str | list[str] = "banzhaf,shapley",
    *,
    method: str = "exact",
    samples: int = 200_000,
    seed: int | None = None,
    coalitions: bool = False,
    block: int | None = None,
    limit: int = 10,
    max_seconds: float | None = None,
    progress: Callable[[float], None] | None = None,
) -> PowerResult:
    """Power indices of ``target`` (see :func:`concilium.analysis.power.power_indices`) and,
    with ``coalitions``, veto players and minimal winning/blocking coalitions; with ``block``,
    the groups of exactly that many members that can block.  ``max_seconds`` and ``progress``
    go to :func:`~concilium.analysis.power.power_indices` (estimate limit, progress callback);
    listings are capped at :data:`~concilium.analysis.power._limits.MAX_LISTED`."""
    from concilium.analysis.power import (
        blocking_groups,
        minimal_blocking,
        minimal_winning,
        power_indices,
    )

    if method not in ("exact", "sampled", "auto"):
        raise InputError(f"--method {method!r} is not one of exact, sampled, auto")
    if limit < 0:
        raise InputError("--limit must not be negative")
    if coalitions or block is not None:
        check_listing(limit)
    game = target.game
    df = power_indices(
        game,
        indices,
        method=method,  # type: ignore[arg-type]  # checked above
        samples=samples,
        seed=seed,
        names=target.names,
        max_seconds=max_seconds,
        progress=progress,
    )
    # Weights in their own units (18.49 % rather than the 1849 hundredths counted with).
    for col, values in (target.weights or {}).items():
        if col in df.columns and values and set(df["member"]) <= set(values):
            df[col] = [values[m] for m in df["member"]]
    attrs = dict(df.attrs)
    rows = [{k: _plain(v) for k, v in rec.items()} for rec in df.to_dict(orient="records")]
    extra: dict[str, Any] = {}
    if coalitions:
        extra["veto_players"] = list(game.veto_players())
        extra["minimal_winning"] = minimal_winning(game, limit).to_dict()
        extra["minimal_blocking"] = minimal_blocking(game, limit).to_dict()
    if block is not None:
        extra["blocking_groups"] = blocking_groups(game, block, limit).to_dict()
    return PowerResult(
        title=target.title,
        rule=target.rule,
        rule_clauses=attrs.get("rule"),
        date=target.date,
        date_note=target.note,
        method=attrs.get("method"),
        arithmetic=attrs.get("arithmetic"),
        relative_error_bound=attrs.get("relative_error_bound"),
        samples=attrs.get("samples"),
        seed=attrs.get("seed"),
        confidence=attrs.get("confidence"),
        members=rows,
        exact=attrs.get("exact", {}),
        minimal_winning_coalitions=attrs.get("minimal_winning_coalitions"),
        citations=attrs.get("citations", {}),
        notes=list(attrs.get("notes", [])),
        **_plain_extra(extra),
    )


def _plain_extra(extra: dict[str, Any]) -> dict[str, Any]:
    import json

    # the coalition listings are plain JSON already, but may hold numpy ints or tuples
    return json.loads(json.dumps(extra, default=_plain)) if extra else {}
