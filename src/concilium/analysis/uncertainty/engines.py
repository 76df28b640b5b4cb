"""The models with a leading draw axis: one numpy pass per batch of draws.

Each engine takes a compiled :class:`~.space.Space` and a ``(D, k)`` matrix of sampled input
values and returns, per issue, the outcome, whether the proposal (or the bargaining point)
is adopted, and who blocks, for all ``D`` draws at once.  Each follows its point model
exactly (same equations, same tolerances; the tests compare them draw by draw with the
point models run on the materialised scenario):

* ``procedural`` (:mod:`concilium.models.procedural`): each member votes for the nearer of
  proposal and status quo (``|p - x| / w < |q - x| / w - 1e-9``: yes; ``>`` ``+ 1e-9``: no;
  else abstain, as :func:`concilium.spatial.spatial_votes`), the rule counts the votes
  (:mod:`.voting`); the outcome is the proposal if it passes, else the status quo.
* ``mean``, ``median_voter``, ``salience_median``, ``compromise``: the bargaining point
  (plain mean; the smallest position whose cumulative weight reaches half the total, with
  weights c or c·s; ``sum c s r x / sum c s r``, r the relative vote under a weighted
  majority, else 1), then the rule check of
  :mod:`concilium.models.institutions` (the point against the status quo; the status quo
  when it fails).
* ``nash``: the weighted Nash bargaining solution by bisection on the derivative of the
  log Nash product, all draws at once (:mod:`concilium.models.nash`, default settings:
  quadratic loss, weights c·s, the voting members bargain).
* ``expected_utility``: :func:`concilium.models.expected_utility.forecasts`, every draw at
  once (default settings; a draw stops when it settles, as the point model does), then the
  rule check.

Anything else (a package vote, an agenda setter without a tabled proposal, model parameters
other than the defaults) runs the point model once per draw on the materialised scenario:
correct, but slow, and said so in the result.

Participation (absent/abstaining members) applies to every vote counted here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from concilium.analysis.uncertainty.space import Space
from concilium.analysis.uncertainty.voting import ABSENT, ABSTAIN, NO, YES
from concilium.errors import InputError

__all__ = ["VECTORISED", "IssueDraws", "evaluate", "evaluate_arrays", "vectorised"]

_TIE = 1e-9  # as concilium.spatial._TIE
_SAME = 1e-12  # as concilium.models.institutions._SAME
_HALF_TOL = 1e-12  # as concilium.models.median._HALF_TOL

VECTORISED = (
    "procedural",
    "mean",
    "median_voter",
    "salience_median",
    "compromise",
    "nash",
    "expected_utility",
)


@dataclass(frozen=True, eq=False)
class IssueDraws:
    """One issue's results for D draws: ``adopted`` is 1, 0 or -1 (the model does not say)."""

    outcome: np.ndarray  # (D,) float, NaN when the model gives no outcome
    adopted: np.ndarray  # (D,) int8
    pivotal: np.ndarray  # (D, m) bool
    veto: np.ndarray  # (D, m) bool
    point: np.ndarray | None = None  # (D,) the bargaining point before the rule check

    @property
    def blocks(self) -> np.ndarray:
        return self.pivotal | self.veto


def vectorised(space: Space, model: str) -> bool:
    """Whether ``model`` runs vectorised on this scenario (else once per draw)."""
    if model not in VECTORISED or space.staged:
        return False  # a procedure's stages are voted by the model itself, draw by draw
    if model != "procedural" and any(i.kind != "continuous" for i in space.issues):
        return False  # binary and ordinal issues snap the point: the per-draw path does that
    if model == "procedural":
        if space.vote == "package" and len(space.issues) > 1:
            return False
        return all(i.proposal is not None for i in space.issues)
    return True


def evaluate(
    space: Space, model: str, values: np.ndarray, scenario=None, seed_seq=None
) -> list[IssueDraws]:
    """Run ``model`` on every draw (row) of ``values``; see the module docstring.

    ``scenario`` (the original) is needed only for the per-draw fallback; a stochastic model
    run there gets draw ``d`` its seed from ``SeedSequence(entropy, spawn_key=(*key, d))`` of
    ``seed_seq`` (the batch's), so it too is reproducible.
    """
    values = np.asarray(values, dtype=float)
    if not vectorised(space, model):
        if scenario is None:
            raise ValueError("the per-draw fallback needs the scenario")
        return _per_draw(space, model, values, scenario, seed_seq)
    arrays, part = space.arrays(values)
    return evaluate_arrays(space, model, arrays, part)


def evaluate_arrays(
    space: Space, model: str, arrays: list[dict], part: np.ndarray
) -> list[IssueDraws]:
    """:func:`evaluate` on ready-made per-issue arrays (``Space.arrays``); vectorised models only."""
    out = []
    for g, _iss in enumerate(space.issues):
        a = arrays[g]
        if model == "procedural":
            out.append(_procedural(space, g, a["x"], part))
            continue
        z = _point(space, g, model, a)
        out.append(_rule_check(space, g, a["x"], z, part))
    return out


# ------------------------------------------------------------------------------ votes
def votes(x: np.ndarray, q, z, width: float, band: float = 0.0) -> np.ndarray:
    """Spatial votes (codes) of ideal points ``x`` (D, m) on ``z`` against ``q`` (D,) or
    scalar, with the abstention ``band`` (share of the scale width) in force."""
    q = np.asarray(q, dtype=float)
    z = np.asarray(z, dtype=float)
    if q.ndim == 1:
        q = q[:, None]
    if z.ndim == 1:
        z = z[:, None]
    dz = np.sqrt(((z - x) / width) ** 2)
    dq = np.sqrt(((q - x) / width) ** 2)
    tol = float(band) + _TIE
    codes = np.full(x.shape, ABSTAIN, dtype=np.int8)
    codes[dz < dq - tol] = YES
    codes[dz > dq + tol] = NO
    return codes


def with_intentions(codes: np.ndarray, intent: np.ndarray, on_proposal=True) -> np.ndarray:
    """Stated vote intentions (``vote: yes|no|abstain``; -1: none) override the spatial votes
    on the tabled proposal; ``on_proposal`` (bool or (D,) mask) says where the point voted on
    is the proposal."""
    stated = intent >= 0
    if not stated.any():
        return codes
    mask = stated[None, :] & np.asarray(on_proposal, dtype=bool).reshape(-1, 1)
    return np.where(mask, intent[None, :], codes).astype(np.int8)


def _with_participation(codes: np.ndarray, part: np.ndarray) -> np.ndarray:
    codes = codes.copy()
    codes[part == 1] = ABSTAIN
    codes[part == 2] = ABSENT
    return codes


def _members_x(space: Space, g: int, x: np.ndarray, model: str) -> np.ndarray:
    iss = space.issues[g]
    if (iss.member_actor < 0).any():
        lacking = [space.report_ids[k] for k in np.flatnonzero(iss.member_actor < 0)]
        raise InputError(
            f"the {model} model needs every voting member's position on issue {iss.id!r}; "
            f"{len(lacking)} have none: {', '.join(lacking[:12])}",
            field="actors",
            hint="add stances, or give the scenario (or its body) a default_stance",
        )
    return x[:, iss.member_actor]


def _procedural(space: Space, g: int, x: np.ndarray, part: np.ndarray) -> IssueDraws:
    iss = space.issues[g]
    if iss.status_quo is None:
        raise InputError(
            f"issue {iss.id!r} has no status quo",
            field=f"issues.{iss.id}.status_quo",
            hint="the procedural model compares the proposal with the status quo",
        )
    q, p = iss.status_quo, iss.proposal
    if p is None:  # vectorised() sends issues without a proposal to the per-draw fallback
        raise ValueError(f"issue {iss.id!r} has no proposal")
    xm = _members_x(space, g, x, "procedural")
    spatial = with_intentions(votes(xm, q, p, iss.width, space.band), iss.intent)
    codes = _with_participation(spatial, part)
    passed = space.rule.passes(codes)
    pivotal, veto = space.rule.blocking(codes, passed)
    outcome = np.where(passed, p, q).astype(float)
    return IssueDraws(outcome, passed.astype(np.int8), pivotal, veto)


def _rule_check(
    space: Space, g: int, x: np.ndarray, z: np.ndarray, part: np.ndarray, institutions: bool = True
) -> IssueDraws:
    """:func:`concilium.models.institutions.apply_rule`, for every draw."""
    iss = space.issues[g]
    d, m = len(z), len(space.member_ids)
    none = np.zeros((d, m), dtype=bool)
    q = iss.status_quo
    bad = ~np.isfinite(z)
    if q is None:
        return IssueDraws(z.astype(float), np.full(d, -1, dtype=np.int8), none, none.copy(), z)
    same = np.abs(z - q) <= _SAME * iss.width
    if (iss.member_actor < 0).any():  # the check is skipped: the point stands unchecked
        adopted = np.where(same, 0, -1).astype(np.int8)
        return IssueDraws(np.where(same, q, z), adopted, none, none.copy(), z)
    spatial = votes(x[:, iss.member_actor], q, z, iss.width, space.band)
    if iss.proposal is not None:
        spatial = with_intentions(
            spatial, iss.intent, np.abs(z - iss.proposal) <= 1e-12 * iss.width
        )
    codes = _with_participation(spatial, part)
    passed = space.rule.passes(codes)
    pivotal, veto = space.rule.blocking(codes, passed)
    pivotal &= ~same[:, None]
    veto &= ~same[:, None]
    outcome = np.where(same | (~passed & institutions), q, z)
    adopted = np.where(same, 0, passed).astype(np.int8)
    outcome = np.where(bad, np.nan, outcome)
    adopted = np.where(bad, -1, adopted).astype(np.int8)
    return IssueDraws(
        outcome.astype(float), adopted, pivotal & ~bad[:, None], veto & ~bad[:, None], z
    )


# ------------------------------------------------------------------------------ points
def _need(space: Space, g: int, a: dict, what: tuple[str, ...], model: str) -> None:
    iss = space.issues[g]
    for name, key in (("salience", "s"), ("capability", "c")):
        if name in what and np.isnan(a[key]).any():
            lacking = [iss.actor_ids[k] for k in np.flatnonzero(np.isnan(a[key]).any(axis=0))]
            raise InputError(
                f"the {model} model needs {name} on issue {iss.id!r}; missing for "
                f"{', '.join(lacking[:10])}",
                field=f"issues.{iss.id}",
                hint="give each actor's stance a salience (0..100) and each actor a capability",
            )


def weighted_median_rows(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Row-wise :func:`concilium.models.median.weighted_median` (NaN where all weights are 0)."""
    order = np.argsort(x, axis=1, kind="stable")
    xs = np.take_along_axis(x, order, axis=1)
    cum = np.cumsum(np.take_along_axis(w, order, axis=1), axis=1)
    total = w.sum(axis=1)
    j = np.argmax(cum >= (0.5 * total - _HALF_TOL * total)[:, None], axis=1)
    z = xs[np.arange(len(x)), j]
    return np.where(total > 0, z, np.nan)


def _point(space: Space, g: int, model: str, a: dict) -> np.ndarray:
    x, s, c = a["x"], a["s"], a["c"]
    if model == "mean":
        return x.mean(axis=1)
    if model == "median_voter":
        _need(space, g, a, ("capability",), model)
        return weighted_median_rows(x, c)
    if model == "salience_median":
        _need(space, g, a, ("salience", "capability"), model)
        return weighted_median_rows(x, c * s)
    if model == "compromise":
        _need(space, g, a, ("salience", "capability"), model)
        rel = space.issues[g].rel_votes  # the default voting_weights=true
        w = c * s if rel is None else c * s * rel[None, :]
        total = w.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(total > 0, (w * x).sum(axis=1) / total, np.nan)
    if model == "nash":
        _need(space, g, a, ("salience", "capability"), model)
        return _nash(space, g, x, c * s)
    if model == "expected_utility":
        _need(space, g, a, ("salience", "capability"), model)
        from concilium.models.expected_utility import DEFAULT_MAX_ROUNDS, forecasts

        # as the point model by default: run until the positions settle (converge or cycle,
        # at most DEFAULT_MAX_ROUNDS rounds) and forecast the settled state.  All draws run
        # at once, in batches sized by memory; a draw leaves its batch once it has settled,
        # and each draw's forecast is bit for bit the point model's.
        return forecasts(x, c, s, rounds=DEFAULT_MAX_ROUNDS)
    raise InputError(f"no vectorised engine for model {model!r}")


def _nash(space: Space, g: int, x: np.ndarray, w: np.ndarray, k: float = 2.0) -> np.ndarray:
    """:func:`concilium.models.nash.nash_point` for every row, members bargaining."""
    iss = space.issues[g]
    q = iss.status_quo
    if q is None:
        raise InputError(
            f"issue {iss.id!r} has no status quo",
            field=f"issues.{iss.id}.status_quo",
            hint="Nash bargaining uses the status quo as the disagreement point",
        )
    keep = iss.is_member if iss.is_member.any() else np.ones(len(iss.actor_ids), dtype=bool)
    x, w = x[:, keep], w[:, keep]
    d = len(x)
    xmin, xmax = x.min(axis=1), x.max(axis=1)
    below, above = q < xmin, q > xmax
    lo = np.where(below, q, 2 * xmax - q)
    hi = np.where(below, 2 * xmin - q, q)
    active = below | above
    z = np.full(d, float(q))
    pos = w > 0
    dq = np.abs(q - x) ** k
    a, b = lo.copy(), hi.copy()
    tol = 1e-13 * np.maximum.reduce([np.ones(d), np.abs(lo), np.abs(hi), hi - lo])
    run = active & (w.sum(axis=1) > 0)
    for _ in range(200):
        if not run.any():
            break
        m = 0.5 * (a + b)
        dd = m[:, None] - x
        gain = dq - np.abs(dd) ** k
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(pos, w * (-k * np.abs(dd) ** (k - 1) * np.sign(dd)) / gain, 0.0)
        s = terms.sum(axis=1)
        up, down = run & (s > 0), run & (s < 0)
        flat = run & ~up & ~down
        a = np.where(up, m, np.where(flat, m, a))
        b = np.where(down, m, np.where(flat, m, b))
        run = run & ~(b - a <= tol)
    z = np.where(active, 0.5 * (a + b), z)
    return np.where(w.sum(axis=1) > 0, z, np.nan)


# ------------------------------------------------------------------------------ fallback
def _per_draw(
    space: Space, model: str, values: np.ndarray, scenario, seed_seq=None
) -> list[IssueDraws]:
    from concilium.analysis.uncertainty.space import materialise
    from concilium.models import get_model, run_model

    d, m = len(values), len(space.member_ids)
    res = [
        IssueDraws(
            np.full(d, np.nan),
            np.full(d, -1, dtype=np.int8),
            np.zeros((d, m), dtype=bool),
            np.zeros((d, m), dtype=bool),
        )
        for _ in space.issues
    ]
    index = {r: k for k, r in enumerate(space.report_ids)}
    code = {"yes": YES, "no": NO, "abstain": ABSTAIN}
    stochastic = get_model(model).stochastic
    root = seed_seq if seed_seq is not None else np.random.SeedSequence(0)
    for row in range(d):
        seed = None
        if stochastic:
            child = np.random.SeedSequence(root.entropy, spawn_key=(*root.spawn_key, row))
            seed = int(child.generate_state(1, np.uint64)[0] % (2**63))
        fc = run_model(materialise(scenario, space.inputs, values[row]), model, seed=seed)
        for g, iss in enumerate(space.issues):
            f = fc.issue(iss.id)
            res[g].outcome[row] = np.nan if f.outcome is None else f.outcome
            res[g].adopted[row] = -1 if f.adopted is None else int(f.adopted)
            if space.staged and f.adopted is False:
                # a procedure: the blockers at the stage where it stopped (body members only)
                for aid in f.blockers:
                    if aid in index:
                        res[g].pivotal[row, index[aid]] = True
                stopped = set(f.details.get("stopped_at", ()))
                for st in f.details.get("stages", ()):
                    for aid in st.get("vetoes", ()) if st.get("stage") in stopped else ():
                        if aid in index:
                            res[g].veto[row, index[aid]] = True
            elif f.votes and f.adopted is False:
                codes = np.full((1, m), ABSTAIN, dtype=np.int8)
                for aid, v in f.votes.items():
                    if aid in index:
                        codes[0, index[aid]] = code[v]
                piv, veto = space.rule.blocking(codes)
                res[g].pivotal[row] = piv[0]
                res[g].veto[row] = veto[0]
    return res
