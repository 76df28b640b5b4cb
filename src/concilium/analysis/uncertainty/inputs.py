"""Uncertain inputs of a scenario and how to draw them.

Every number with a ``range`` is uncertain: it is drawn from its ``dist`` over the range
(uniform unless the scenario says otherwise).  A stance with ``alternatives`` is drawn as
one of them with its weight; a voting member with ``participation`` votes, abstains or
stays away with the given probabilities.  Each uncertain input is one column of a draw
matrix, and every draw is made by the inverse-CDF method from one uniform number per column:
``value = F^-1(u)``, ``u ~ U(0, 1)``.  The same uniforms therefore serve plain Monte Carlo,
one-at-a-time sweeps and Sobol designs (:mod:`.sensitivity`).

Distributions (all within the range ``[lo, hi]``, which validation keeps on the issue's
scale, so draws never leave the scale):

* ``uniform``: ``lo + u (hi - lo)``;
* ``triangular`` with peak ``c`` (default: the value): the closed-form inverse CDF
  (``scipy.stats.triang``), ``lo + sqrt(u (hi - lo)(c - lo))`` for ``u < (c - lo)/(hi - lo)``,
  else ``hi - sqrt((1 - u)(hi - lo)(hi - c))``;
* ``truncnormal``: a normal ``N(mean, sd)`` (mean default: the value) cut to the range,
  ``scipy.stats.truncnorm.ppf``;
* ``beta(a, b)`` stretched over the range, ``lo + (hi - lo) scipy.stats.beta.ppf(u, a, b)``.

Alternatives: ``k = min{j : u < sum_{i<=j} w_i}``; participation: vote, abstain or absent
by the same rule with probabilities ``1 - p_abstain - p_absent, p_abstain, p_absent``.

Members without a stance get the scenario's ``default_stance`` (one independent draw per
member) through :meth:`concilium.scenario.Scenario.with_default_stances`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal

import numpy as np

from concilium.errors import InputError
from concilium.scenario import Estimate, Scenario

__all__ = ["UncertainInput", "draw_uniforms", "ppf", "uncertain_inputs"]

Kind = Literal["number", "choice", "participation"]
PARTICIPATION = ("vote", "abstain", "absent")


@dataclass(frozen=True, eq=False)
class UncertainInput:
    """One uncertain number (or choice) of a scenario.

    ``name`` is ``ACTOR.ISSUE.FIELD`` (``ACTOR.capability`` for an actor's capability on
    every issue, ``ACTOR.participation``); ``field`` is position, salience, capability,
    stance or participation.  ``values``/``weights`` list a choice's outcomes.
    """

    name: str
    actor: str
    issue: str | None
    field: str
    kind: Kind
    value: float
    low: float
    high: float
    dist: str = "uniform"
    params: dict[str, float] = dc_field(default_factory=dict)
    values: tuple[float, ...] = ()
    weights: tuple[float, ...] = ()
    labels: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "number":
            extra = "".join(f", {k}={v:g}" for k, v in self.params.items())
            return f"{self.dist}({self.low:g}..{self.high:g}{extra})"
        if self.kind == "participation":
            return ", ".join(f"{lab} {w:.0%}" for lab, w in zip(self.labels, self.weights))
        return ", ".join(
            f"{lab or v} {w:.0%}" for v, w, lab in zip(self.values, self.weights, self.labels)
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "actor": self.actor,
            "issue": self.issue,
            "field": self.field,
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "dist": self.dist,
            "describe": self.describe(),
        }
        if self.params:
            out["params"] = dict(self.params)
        if self.values:
            out["values"] = list(self.values)
            out["weights"] = list(self.weights)
            out["labels"] = list(self.labels)
        return out


def _number(name, actor, issue, fld, est: Estimate) -> UncertainInput:
    assert est.range is not None
    lo, hi = est.range
    d = est.dist
    kind = d.kind if d is not None else "uniform"
    params: dict[str, float] = {}
    if d is not None and d.kind == "triangular":
        params["mode"] = d.mode if d.mode is not None else est.value
    elif d is not None and d.kind == "truncnormal" and d.sd is not None:
        params["mean"] = d.mean if d.mean is not None else est.value
        params["sd"] = float(d.sd)
    elif d is not None and d.kind == "beta" and d.a is not None and d.b is not None:
        params["a"], params["b"] = float(d.a), float(d.b)
    return UncertainInput(
        name=name,
        actor=actor,
        issue=issue,
        field=fld,
        kind="number",
        value=est.value,
        low=lo,
        high=hi,
        dist=kind,
        params=params,
    )


def uncertain_inputs(scenario: Scenario) -> list[UncertainInput]:
    """Every uncertain input, in scenario order (actors, then their issues in issue order).

    ``scenario`` should already have its default stances written out
    (:meth:`~concilium.scenario.Scenario.with_default_stances`).
    """
    out: list[UncertainInput] = []
    issue_order = [i.id for i in scenario.issues]
    for a in scenario.actors:
        if a.capability is not None and a.capability.range is not None:
            out.append(_number(f"{a.id}.capability", a.id, None, "capability", a.capability))
        for iid in issue_order:
            st = a.stances.get(iid)
            if st is None:
                continue
            base = f"{a.id}.{iid}"
            if st.alternatives:
                vals = tuple(alt.position.value for alt in st.alternatives)
                out.append(
                    UncertainInput(
                        name=f"{base}.stance",
                        actor=a.id,
                        issue=iid,
                        field="stance",
                        kind="choice",
                        value=st.position.value,
                        low=min(vals),
                        high=max(vals),
                        dist="choice",
                        values=vals,
                        weights=tuple(alt.weight for alt in st.alternatives),
                        labels=tuple(
                            alt.label or f"{alt.position.value:g}" for alt in st.alternatives
                        ),
                    )
                )
            elif st.position.range is not None:
                out.append(_number(f"{base}.position", a.id, iid, "position", st.position))
            if st.salience is not None and st.salience.range is not None:
                out.append(_number(f"{base}.salience", a.id, iid, "salience", st.salience))
            if st.capability is not None and st.capability.range is not None:
                out.append(_number(f"{base}.capability", a.id, iid, "capability", st.capability))
        p = a.participation
        if p is not None and (p.absent > 0 or p.abstain > 0) and scenario.is_member(a.id):
            w = (max(0.0, 1.0 - p.abstain - p.absent), p.abstain, p.absent)
            out.append(
                UncertainInput(
                    name=f"{a.id}.participation",
                    actor=a.id,
                    issue=None,
                    field="participation",
                    kind="participation",
                    value=0.0,
                    low=0.0,
                    high=2.0,
                    dist="choice",
                    values=(0.0, 1.0, 2.0),
                    weights=w,
                    labels=PARTICIPATION,
                )
            )
    return out


def ppf(inp: UncertainInput, u: np.ndarray) -> np.ndarray:
    """The input's values at cumulative probabilities ``u`` (inverse CDF; see the module)."""
    u = np.asarray(u, dtype=float)
    if inp.kind != "number":
        cum = np.cumsum(inp.weights)
        cum[-1] = np.inf  # weights sum to 1 up to rounding: the last choice takes the rest
        k = np.searchsorted(cum, u, side="right")
        return np.asarray(inp.values, dtype=float)[k]
    lo, hi = inp.low, inp.high
    width = hi - lo
    if inp.dist == "uniform":
        return np.minimum(lo + u * width, hi)
    if inp.dist == "triangular":
        c = inp.params["mode"]
        f = (c - lo) / width
        left = lo + np.sqrt(u * width * (c - lo))
        right = hi - np.sqrt((1 - u) * width * (hi - c))
        return np.clip(np.where(u < f, left, right), lo, hi)
    import warnings

    try:  # only these two distributions need scipy (an optional extra)
        from scipy import stats
    except ImportError:
        raise InputError(
            f"the {inp.dist} distribution is drawn with scipy, which is not installed",
            hint="install it with: pip install 'concilium[scipy]' (or pip install scipy), or "
            "use a uniform or triangular distribution",
        ) from None

    with warnings.catch_warnings():  # boost's root finders warn in the far tails (u ~ 1e-300)
        warnings.simplefilter("ignore", RuntimeWarning)
        if inp.dist == "truncnormal":
            mu, sd = inp.params["mean"], inp.params["sd"]
            a, b = (lo - mu) / sd, (hi - mu) / sd
            return np.clip(stats.truncnorm.ppf(u, a, b, loc=mu, scale=sd), lo, hi)
        if inp.dist == "beta":
            x = stats.beta.ppf(u, inp.params["a"], inp.params["b"])
            x = np.where(np.isnan(x), (u >= 0.5).astype(float), x)  # tails beyond the solver
            return np.clip(lo + width * x, lo, hi)
    raise ValueError(f"unknown distribution {inp.dist!r}")


def draw_uniforms(seed_seq: np.random.SeedSequence, n: int, k: int) -> np.ndarray:
    """``(n, k)`` uniforms in [0, 1) from one seed-sequence child (one batch of draws)."""
    return np.random.default_rng(seed_seq).random((n, k))
