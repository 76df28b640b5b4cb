"""What would flip the forecast: the smallest moves of one actor, then of small groups.

For one model and each issue, the forecast's verdict is *adopted or not* (or, with
``threshold``, *the outcome at or above the threshold or not*).  For each actor with a
stance and each of its position, salience and capability, :func:`flips` finds the value
nearest the current one that changes the verdict, everything else held at its point value:

* the search range is the issue's scale for positions, 0..100 for saliences, and for
  capabilities 0 up to the total capability of every actor on the issue (one actor holding
  as much as everyone together);
* the verdict is computed on a grid (``grid`` points, plus the status quo, the proposal and
  their midpoint, where a member's vote changes) with the vectorised model of
  :mod:`.engines`; the flip nearest the current value on each side is then narrowed by
  repeated 64-point subdivision to 1e-9 of the search range.  A flip confined to a window
  narrower than one grid step can be missed; the tests compare the search with brute force
  on fine grids.

Then groups: for sizes 2 to ``max_group``, every group of actors none of which flips the
verdict alone is moved jointly to the ends of the scale (every combination of ends); a group
flips the verdict when some combination does.  Its joint move is then shrunk member by
member: each moves back toward its current position as far as the flip survives, the others
held where they are (two passes; the same subdivision search).  The result is a minimal
joint move in the sense that no single member can move less; the smallest size with any
flipping group is reported, groups ordered by total movement.
"""

from __future__ import annotations

import itertools

import numpy as np
from pydantic import Field

from concilium.analysis.uncertainty.engines import (
    _point,
    vectorised,
    votes,
    with_intentions,
)
from concilium.analysis.uncertainty.space import Space, compile_space
from concilium.errors import InputError
from concilium.scenario import Scenario
from concilium.typed import Frozen, TypedResult

__all__ = ["SCHEMA", "FieldFlip", "FlipReport", "GroupFlip", "IssueFlips", "flips"]

SCHEMA = "concilium.flips/1"
FIELDS = ("position", "salience", "capability")
_KEY = {"position": "x", "salience": "s", "capability": "c"}
_REFINE = 64


class FieldFlip(Frozen):
    """The smallest change of one actor's number that flips the verdict (or none)."""

    field: str
    current: float | None
    to: float | None = Field(default=None, description="the nearest value that flips it")
    change: float | None = Field(default=None, description="to - current")
    low: float = Field(description="search range: low end")
    high: float = Field(description="search range: high end")


class ActorFlips(Frozen):
    actor: str
    name: str
    member: bool
    fields: list[FieldFlip]

    def smallest(self, field: str) -> FieldFlip | None:
        for f in self.fields:
            if f.field == field:
                return f
        return None


class GroupFlip(Frozen):
    actors: list[str]
    moves: dict[str, tuple[float, float]] = Field(description="actor -> (from, to) position")
    total_move: float


class IssueFlips(Frozen):
    issue: str
    title: str
    criterion: str
    verdict: bool = Field(description="the point forecast's verdict under the criterion")
    adopted: bool | None
    outcome: float | None
    actors: list[ActorFlips]
    groups: list[GroupFlip] = Field(default_factory=list)
    group_size: int | None = Field(default=None, description="size of the groups listed")
    max_group: int


class FlipReport(TypedResult):
    schema_: str = Field(default=SCHEMA, alias="schema")
    scenario: str
    title: str | None = None
    model: str
    threshold: float | None = None
    issues: list[IssueFlips]


# ------------------------------------------------------------------------------ the verdict
class _Verdict:
    """The criterion for K variants of one issue's inputs, passes only (no blocking)."""

    def __init__(self, space: Space, model: str, g: int, threshold: float | None):
        self.space, self.model, self.g, self.threshold = space, model, g, threshold
        arrays, _ = space.arrays(space.point_values())
        self.base = arrays[g]
        self.iss = space.issues[g]

    def __call__(self, x: np.ndarray, s: np.ndarray, c: np.ndarray) -> np.ndarray:
        iss, space = self.iss, self.space
        if self.model == "procedural":
            q, p = iss.status_quo, iss.proposal
            if q is None or p is None:  # the point model refused it before
                raise ValueError(f"issue {iss.id!r} needs a status quo and a proposal")
            xm = x[:, iss.member_actor]
            codes = with_intentions(votes(xm, q, p, iss.width, space.band), iss.intent)
            passed = space.rule.passes(codes)
            outcome = np.where(passed, p, q)
            adopted = passed
        else:
            z = _point(space, self.g, self.model, {"x": x, "s": s, "c": c})
            q = iss.status_quo
            if q is None or (iss.member_actor < 0).any():
                adopted = np.zeros(len(z), dtype=bool)
                outcome = z
            else:
                same = np.abs(z - q) <= 1e-12 * iss.width
                codes = votes(x[:, iss.member_actor], q, z, iss.width, space.band)
                if iss.proposal is not None:
                    on_p = np.abs(z - iss.proposal) <= 1e-12 * iss.width
                    codes = with_intentions(codes, iss.intent, on_p)
                passed = space.rule.passes(codes)
                adopted = passed & ~same
                outcome = np.where(adopted, z, q)
        if self.threshold is None:
            return np.asarray(adopted, dtype=bool)
        return np.asarray(outcome >= self.threshold, dtype=bool)

    def variants(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        b = self.base
        return (
            np.repeat(b["x"], k, axis=0),
            np.repeat(b["s"], k, axis=0),
            np.repeat(b["c"], k, axis=0),
        )


def _first_flip(
    verdict: _Verdict, key: str, a: int, start: float, end: float, base: bool, grid: np.ndarray
) -> float | None:
    """The value nearest ``start`` toward ``end`` at which actor ``a``'s ``key`` flips it."""
    lo, hi = min(start, end), max(start, end)
    pts = grid[(grid >= lo) & (grid <= hi)]
    pts = np.unique(np.concatenate([pts, [start, end]]))
    if end < start:
        pts = pts[::-1]

    def crit(values: np.ndarray) -> np.ndarray:
        arr = dict(zip("xsc", verdict.variants(len(values)), strict=True))
        arr[key][:, a] = values
        return verdict(arr["x"], arr["s"], arr["c"])

    flipped = crit(pts) != base
    if not flipped.any():
        return None
    j = int(np.argmax(flipped))
    if j == 0:
        return float(pts[0])
    near, far = float(pts[j - 1]), float(pts[j])
    tol = 1e-9 * max(hi - lo, 1e-12)
    while abs(far - near) > tol:
        sub = np.linspace(near, far, _REFINE + 1)[1:]
        f = crit(sub) != base
        k = int(np.argmax(f))  # f[-1] is True: far flips
        far, near = float(sub[k]), float(sub[k - 1]) if k > 0 else near
    return far


def flips(
    scenario: Scenario,
    model: str = "procedural",
    threshold: float | None = None,
    *,
    grid: int = 201,
    max_group: int = 3,
    max_groups_listed: int = 10,
) -> FlipReport:
    """What would flip the forecast (see the module docstring)."""
    from concilium.models import get_model

    model = get_model(model).name
    if isinstance(grid, bool) or not isinstance(grid, int) or grid < 3:
        raise InputError("grid must be a whole number of at least 3")
    if threshold is not None and not np.isfinite(threshold):
        raise InputError("threshold must be a finite number")
    space = compile_space(scenario)
    if space.staged:
        raise InputError(
            "flips does not cover a procedure with several stages yet (its search counts one "
            "body's rule)",
            hint="use simulate or --set what-ifs, which run the whole procedure",
        )
    if not vectorised(space, model):
        raise InputError(
            f"flips needs a vectorised model; {model} runs once per draw on this scenario",
            hint="use --model procedural, compromise, mean, ...",
        )
    from concilium.models import run_model

    run_model(scenario.with_default_stances(), model)  # the point model's input errors first
    out = []
    for g, iss in enumerate(space.issues):
        verdict = _Verdict(space, model, g, threshold)
        base = bool(verdict(*verdict.variants(1))[0])
        actors = _singles(space, verdict, g, base, grid)
        groups, size = _groups(space, verdict, g, base, actors, grid, max_group, max_groups_listed)
        x0 = verdict.base["x"][0]
        z_out = None
        src = scenario.issue(iss.id)
        crit = "adopted" if threshold is None else f"outcome >= {threshold:g}"
        fc = run_model(scenario.with_default_stances(), model).issue(iss.id)
        z_out = fc.outcome
        del x0
        out.append(
            IssueFlips(
                issue=iss.id,
                title=src.title,
                criterion=crit,
                verdict=base,
                adopted=fc.adopted,
                outcome=z_out,
                actors=actors,
                groups=groups,
                group_size=size,
                max_group=max_group,
            )
        )
    return FlipReport(
        scenario=scenario.id, title=scenario.title, model=model, threshold=threshold, issues=out
    )


def _singles(space: Space, verdict: _Verdict, g: int, base: bool, grid: int):
    iss = space.issues[g]
    b = verdict.base
    cap_top = float(np.nansum(b["c"][0])) or 1.0
    out = []
    for a, aid in enumerate(iss.actor_ids):
        fields = []
        for fld in FIELDS:
            key = _KEY[fld]
            cur = float(b[key][0, a])
            if fld == "position":
                lo, hi = iss.lo, iss.hi
                extra = [v for v in (iss.status_quo, iss.proposal) if v is not None]
                if len(extra) == 2:
                    extra.append(0.5 * (extra[0] + extra[1]))
            elif fld == "salience":
                lo, hi, extra = 0.0, 100.0, []
            else:
                lo, hi, extra = 0.0, cap_top, []
            if np.isnan(cur):
                fields.append(FieldFlip(field=fld, current=None, low=lo, high=hi))
                continue
            pts = np.unique(np.concatenate([np.linspace(lo, hi, grid), extra]))
            best = None
            for end in (lo, hi):
                if end == cur:
                    continue
                v = _first_flip(verdict, key, a, cur, end, base, pts)
                if v is not None and (best is None or abs(v - cur) < abs(best - cur)):
                    best = v
            fields.append(
                FieldFlip(
                    field=fld,
                    current=cur,
                    to=best,
                    change=None if best is None else best - cur,
                    low=lo,
                    high=hi,
                )
            )
        out.append(
            ActorFlips(
                actor=aid,
                name=space.names.get(aid, aid),
                member=bool(iss.is_member[a]),
                fields=fields,
            )
        )
    return out


def _groups(space, verdict, g, base, actors, grid, max_group, listed):
    """Groups of actors that flip it only together (see the module docstring)."""
    iss = space.issues[g]
    alone = {a.actor for a in actors if any(f.to is not None for f in a.fields)}
    cand = [k for k, aid in enumerate(iss.actor_ids) if aid not in alone]
    if verdict.model == "procedural":  # only voting members' positions matter
        cand = [k for k in cand if iss.is_member[k]]
    x0 = verdict.base["x"][0]
    for size in range(2, max_group + 1):
        combos = list(itertools.combinations(cand, size))
        if not combos or len(combos) * 2**size > 400_000:
            return [], None
        ends = np.array(list(itertools.product((iss.lo, iss.hi), repeat=size)))  # (E, size)
        rows = len(combos) * len(ends)
        x, s, c = verdict.variants(rows)
        idx = np.array(combos)  # (G, size)
        gi = np.repeat(idx, len(ends), axis=0)
        tgt = np.tile(ends, (len(combos), 1))
        np.put_along_axis(x, gi, tgt, axis=1)
        f = (verdict(x, s, c) != base).reshape(len(combos), len(ends))
        found = []
        for ci, ei in zip(*np.nonzero(f), strict=True):
            members = idx[ci]
            moved = _shrink(verdict, members, x0, ends[ei], base)
            found.append((float(np.abs(moved - x0[members]).sum()), members, moved))
        if found:
            best: dict[tuple, tuple] = {}
            for tot, members, moved in found:
                key = tuple(members)
                if key not in best or tot < best[key][0]:
                    best[key] = (tot, members, moved)
            ordered = sorted(best.values(), key=lambda r: r[0])[:listed]
            return [
                GroupFlip(
                    actors=[iss.actor_ids[k] for k in members],
                    moves={
                        iss.actor_ids[k]: (float(x0[k]), float(m))
                        for k, m in zip(members, moved, strict=True)
                    },
                    total_move=tot,
                )
                for tot, members, moved in ordered
            ], size
    return [], None


def _shrink(verdict, members, x0, target, base) -> np.ndarray:
    """Each member's smallest move toward ``target`` that keeps the flip, the others held
    where they are; two passes over the members (coordinate-wise minimal joint move)."""
    pos = np.array(target, dtype=float)
    for _ in range(2):
        for j, k in enumerate(members):
            near, far = 0.0, 1.0
            while far - near > 1e-9:
                ts = np.linspace(near, far, _REFINE + 1)[1:]
                x, s, c = verdict.variants(len(ts))
                x[:, members] = pos
                x[:, k] = x0[k] + ts * (target[j] - x0[k])
                f = verdict(x, s, c) != base
                i = int(np.argmax(f)) if f.any() else len(ts) - 1
                far, near = float(ts[i]), float(ts[i - 1]) if i > 0 else near
            pos[j] = x0[k] + far * (target[j] - x0[k])
    return pos
