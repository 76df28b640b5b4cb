r"""The Nash bargaining solution with the status quo as the disagreement point.

Nash (1950) "The bargaining problem", *Econometrica* 18(2); the asymmetric (weighted) form
of Kalai (1977) and Roth (1979); applied to EU legislative bargaining by Achen (2006,
"Institutional realism and bargaining models", ch. 4 of Thomson, Stokman, Achen & König
(eds.), *The European Union Decides*).

Equations (Nash 1950; Achen 2006)
---------------------------------
Actors i with ideal points :math:`x_i`, weights :math:`w_i`, status quo :math:`q`::

    u_i(x)  = -|x - x_i|^k                               (loss exponent k >= 1)
    g_i(x)  = u_i(x) - u_i(q) = |q - x_i|^k - |x - x_i|^k (gain over the status quo)
    x*      = argmax_x  sum_i w_i ln g_i(x)   over  IR = {x : g_i(x) > 0 for every i}

In one dimension the individually rational set IR is the open interval
``(max_i (x_i - |q - x_i|), min_i (x_i + |q - x_i|))``.  It is empty whenever ``q`` lies
within ``[min x_i, max x_i]`` — some actor then loses from every move — and the solution is
``q`` itself (nobody agrees to anything).  With k >= 1 every ``g_i`` is concave, so the
weighted log-product is concave on IR and its maximiser is found by bisection on the sign of
its derivative (a subgradient at the kinks ``x = x_i`` when k = 1), to 1e-13 of the scale.

Choices (see docs/models/nash.md)
---------------------------------
* **Utility**: quadratic loss, ``k = 2``, by default.  It is the utility of Achen's
  derivation of the compromise model from the Nash product (Achen 2006), so
  the two models belong to one family: as the status quo moves far away, this solution
  tends to the compromise point (checked in the tests).  Quadratic loss is also the
  standard risk-averse spatial utility.  ``exponent=1`` (linear loss) is available.
* **Weights**: ``w_i = c_i s_i`` (capability × salience) by default.  Multiplying ``u_i`` by
  ``s_i`` would change nothing — the Nash solution is invariant to positive rescaling of
  each utility — so salience can only enter through the weights.  ``weights="capability"``
  and ``weights="equal"`` (the symmetric Nash solution) are available.
* **Who bargains**: by default (``bargainers="members"``) the voting members of the body on
  the scenario's date, as the issue is put: "the product of the members' utility gains over
  the status quo"; outside stakeholders have no seat at the table, so they neither pull the
  solution nor constrain it.  ``bargainers="all"`` makes every actor with a position a
  bargainer (the reading of the published test cases, which have no body).  When
  no actor with a position on an issue is a voting member, every actor bargains.  Every
  bargainer must gain (individual rationality).  A bargainer with zero weight does not pull
  but still constrains IR; if the unconstrained optimum lies beyond such an actor's limit,
  the solution is that limit (the closure of IR).

With a unanimity rule every member's gain must be non-negative, so the solution stays in
the win set and is the status quo when the win set is empty.  Because every bargainer
strictly gains at the solution, every member votes for it: the rule check of
:mod:`concilium.models.institutions` then always passes, and reports so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from concilium.errors import InputError
from concilium.forecast import Forecast
from concilium.models._spec import INSTITUTIONS, ModelSpec, Param
from concilium.models.institutions import (
    apply_rule,
    check_institutions,
    issue_inputs,
    make_forecast,
    top_weights,
)
from concilium.scenario import Scenario

__all__ = [
    "CITATION",
    "NAME",
    "SPEC",
    "SUMMARY",
    "NashPoint",
    "forecast",
    "nash_point",
]

NAME = "nash"
CITATION = (
    "Nash (1950), Econometrica 18(2); Achen (2006), 'Institutional realism and "
    "bargaining models', in Thomson et al. (eds.), The European Union Decides, ch. 4"
)
SUMMARY = (
    "Nash bargaining with the status quo as disagreement point (stays in the "
    "individually rational set; the status quo when it is empty)."
)

WEIGHTS = ("capability_salience", "capability", "equal")
_ITER = 200


@dataclass(frozen=True)
class NashPoint:
    """The solution on one issue and the individually rational interval it lies in."""

    point: float
    ir: tuple[float, float] | None  # None when empty
    at_limit: bool  # the optimum is the closure of IR (a zero-weight actor's limit)


def nash_point(positions, weights, status_quo: float, exponent: float = 2.0) -> NashPoint:
    """The weighted Nash bargaining solution on one dimension (see the module docstring).

    Parameters
    ----------
    positions, weights
        Ideal points and non-negative weights (at least one positive), one per actor.
    status_quo
        The disagreement point.
    exponent
        Loss exponent k >= 1 in ``u_i(x) = -|x - x_i|^k``.
    """
    x = np.asarray(positions, dtype=float)
    w = np.asarray(weights, dtype=float)
    q = float(status_quo)
    k = float(exponent)
    if not k >= 1:
        raise InputError(
            f"exponent must be at least 1, not {exponent!r}",
            hint="below 1 the Nash product is not concave and may have several maxima",
        )
    if x.shape != w.shape or x.ndim != 1 or len(x) == 0:
        raise InputError("Nash bargaining: give one weight per position")
    if np.any(w < 0) or not np.all(np.isfinite(w)):
        raise InputError("Nash weights must be finite and non-negative")
    if not w.sum() > 0:
        raise InputError(
            "every bargainer has zero weight, so the Nash product is flat",
            hint="give at least one actor a positive capability (and salience)",
        )
    # IR = (max_i (x_i - |q - x_i|), min_i (x_i + |q - x_i|)), written so that rounding cannot
    # open it: with q below every x_i it is (q, 2 min x - q), above every x_i (2 max x - q, q),
    # and empty when q lies within [min x, max x].
    if q < x.min():
        lo, hi = q, float(2 * x.min() - q)
    elif q > x.max():
        lo, hi = float(2 * x.max() - q), q
    else:
        return NashPoint(point=q, ir=None, at_limit=False)
    r = np.abs(q - x)
    pos = w > 0
    xp, wp, dq = x[pos], w[pos], r[pos] ** k

    def slope(z: float) -> float:
        d = z - xp
        g = dq - np.abs(d) ** k
        with np.errstate(divide="ignore"):  # g = 0 only at an end of IR: slope +-inf
            return float(np.sum(wp * (-k * np.abs(d) ** (k - 1) * np.sign(d)) / g))

    a, b = lo, hi
    tol = 1e-13 * max(1.0, abs(lo), abs(hi), hi - lo)
    for _ in range(_ITER):
        m = 0.5 * (a + b)
        s = slope(m)
        if s > 0:
            a = m
        elif s < 0:
            b = m
        else:
            a = b = m
        if b - a <= tol:
            break
    z = 0.5 * (a + b)
    at_limit = bool(min(z - lo, hi - z) <= 10 * tol)
    return NashPoint(point=z, ir=(lo, hi), at_limit=at_limit)


BARGAINERS = ("members", "all")


def forecast(
    scenario: Scenario,
    *,
    rng=None,
    exponent: float = 2.0,
    weights: str = "capability_salience",
    bargainers: str = "members",
    institutions: bool = True,
) -> Forecast:
    """Forecast each issue as the Nash bargaining solution against its status quo.

    Parameters
    ----------
    exponent
        Loss exponent k >= 1 (2 = quadratic loss, the default; 1 = linear loss).
    weights
        ``capability_salience`` (w = c·s, default), ``capability`` (w = c) or ``equal``.
    bargainers
        ``members`` (default: the body's voting members) or ``all`` (every actor).
    institutions
        Check the solution against the body's rule (it always passes; see the module notes).

    ``rng`` is accepted for the common model signature; the model is deterministic.
    """
    institutions = check_institutions(institutions)
    if isinstance(exponent, bool) or not isinstance(exponent, (int, float)):
        raise InputError(f"parameter exponent must be a number, not {exponent!r}")
    if weights not in WEIGHTS:
        raise InputError(f"unknown weights {weights!r}", hint="use " + ", ".join(WEIGHTS))
    if bargainers not in BARGAINERS:
        raise InputError(f"unknown bargainers {bargainers!r}", hint="use members or all")
    params = {
        "exponent": float(exponent),
        "weights": weights,
        "bargainers": bargainers,
        "institutions": institutions,
    }
    need = {
        "capability_salience": ("salience", "capability"),
        "capability": ("capability",),
        "equal": (),
    }[weights]
    out = []
    for issue in scenario.issues:
        if issue.status_quo is None:
            raise InputError(
                f"issue {issue.id!r} has no status quo",
                field=f"issues.{issue.id}.status_quo",
                hint="Nash bargaining uses the status quo as the disagreement point",
            )
        inp = issue_inputs(scenario, issue, need=need, model=NAME)
        if bargainers == "members":
            inp = _members_only(scenario, inp)
        w = _weights(inp, weights)
        q = issue.status_quo
        try:
            sol = nash_point(inp.positions, w, q, exponent)
        except InputError as exc:
            raise InputError(
                f"issue {issue.id!r}: {exc.problems[0].message}",
                field=f"issues.{issue.id}",
                hint=exc.problems[0].hint,
            ) from None
        explain, details = _explain(inp, w, q, sol, exponent, weights)
        out.append(
            apply_rule(
                scenario,
                issue,
                sol.point,
                institutions=institutions,
                explanation=explain,
                details=details,
            )
        )
    return make_forecast(scenario, name=NAME, citation=CITATION, params=params, issues=out)


def _members_only(scenario: Scenario, inp):
    """The voting members' inputs; everyone's when no member has a position on the issue."""
    keep = np.array([scenario.is_member(a) for a in inp.actor_ids], dtype=bool)
    if not keep.any():
        return inp
    pick = lambda seq: tuple(v for v, k in zip(seq, keep) if k)
    return replace(
        inp,
        actor_ids=pick(inp.actor_ids),
        names=pick(inp.names),
        positions=inp.positions[keep],
        saliences=inp.saliences[keep],
        capabilities=inp.capabilities[keep],
    )


def _weights(inp, weights: str) -> np.ndarray:
    if weights == "capability_salience":
        return inp.capabilities * inp.saliences
    if weights == "capability":
        return inp.capabilities
    return np.ones(len(inp.positions))


def _explain(inp, w, q, sol: NashPoint, k, weights) -> tuple[list[str], dict]:
    loss = "quadratic" if k == 2 else ("linear" if k == 1 else f"|x - x_i|^{k:g}")
    details = {
        "exponent": float(k),
        "weights": weights,
        "utility": f"-|x - x_i|^{float(k):g}",
        "individually_rational": None if sol.ir is None else list(sol.ir),
        "at_limit": sol.at_limit,
    }
    out = [
        (
            f"Nash bargaining ({loss} loss, weights {weights.replace('_', ' × ')}) with the "
            f"status quo {q:g} as the disagreement point."
        )
    ]
    if sol.ir is None:
        x = inp.positions
        below = [inp.names[i] for i in np.flatnonzero(x <= q)][:3]
        above = [inp.names[i] for i in np.flatnonzero(x >= q)][:3]
        out.append(
            f"No point makes every bargainer better off than the status quo: it lies within the "
            f"positions' range {x.min():g}..{x.max():g} (e.g. {', '.join(below)} at or below it, "
            f"{', '.join(above)} at or above it), so the bargain is the status quo."
        )
    else:
        lo, hi = sol.ir
        out.append(
            f"Every bargainer ({len(inp.actor_ids)}) gains from points in ({lo:g}, {hi:g}); the weighted Nash product "
            f"is highest at {sol.point:g}."
        )
        if sol.at_limit:
            out.append(
                "The optimum lies at the edge of that interval, where an actor with zero "
                "weight stops gaining."
            )
        if weights != "equal":
            out.append(f"Largest weights: {top_weights(inp, w)}.")
    return out, details


def _needs(params: dict[str, Any]) -> tuple[str, ...]:
    weights = params.get("weights", "capability_salience")
    extra = {
        "capability_salience": ("salience", "capability"),
        "capability": ("capability",),
        "equal": (),
    }.get(weights, ())
    return ("position", "status_quo", *extra)


SPEC = ModelSpec(
    name=NAME,
    citation=CITATION,
    summary=SUMMARY,
    # what the default weights (capability × salience) use; other weights need less
    requires=("position", "salience", "capability", "status_quo"),
    needs=_needs,
    forecast=forecast,
    # the solution always passes the rule, so institutions would change nothing here
    tuning=(("exponent", (1.0, 2.0)), ("weights", WEIGHTS)),
    params=(
        Param(
            "exponent", float, 2.0, "loss exponent k >= 1 (2: quadratic, 1: linear)", minimum=1.0
        ),
        Param("weights", str, "capability_salience", "bargaining weights", choices=WEIGHTS),
        Param(
            "bargainers",
            str,
            "members",
            "who bargains: the voting members or every actor",
            choices=BARGAINERS,
        ),
        INSTITUTIONS,
    ),
)
