"""Which uncertain inputs matter: one-at-a-time sweeps and Sobol indices.

**One at a time** (:func:`sweep`): each uncertain input in turn is moved over its range
(``points`` values, the inverse CDF at evenly spaced probabilities 0 .. 1, so a choice visits
each alternative) with every other input at its point value; the swing of the outcome
(max - min) and the share of the sweep in which the proposal is adopted are the tornado
data, inputs ordered by swing.

**Variance-based** (:func:`sobol`): first-order and total Sobol indices of the outcome
(or of the 0/1 adoption), with the design and estimators of Saltelli et al. (2010),
"Variance based sensitivity analysis of model output. Design and estimator for the total
sensitivity index", *Computer Physics Communications* 181(2): 259-270:

* two independent ``N x k`` matrices of uniforms ``A`` and ``B``, and for each input ``i``
  the matrix ``A_B^(i)``: ``A`` with column ``i`` taken from ``B`` (``N (k + 2)`` model runs);
* ``V = Var(f(A), f(B))`` (both samples pooled); ``f`` is centred on the mean of ``f(A)``
  and ``f(B)`` first, which leaves the estimators' expectations unchanged and cuts their
  error when the output's mean is large against its spread;
* first order (their Table 2, (b)): ``S_i = (1/N) sum_j f(B)_j (f(A_B^(i))_j - f(A)_j) / V``;
* total (Jansen 1999, their Table 2, (f)):
  ``S_Ti = (1/2N) sum_j (f(A)_j - f(A_B^(i))_j)^2 / V``.

Uniforms map to inputs by each input's inverse CDF, so the indices are for the scenario's
own distributions.  Estimates carry Monte Carlo error of order ``1/sqrt(N)`` (they can be
slightly negative, or above 1); when the output does not vary at all (``V = 0``) there is
nothing to apportion and the indices are reported as absent.  The uniforms come from
``SeedSequence(seed)`` (one child for ``A``, one for ``B``).
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from concilium.analysis.uncertainty.engines import evaluate, vectorised
from concilium.analysis.uncertainty.simulate import resolve_models, values_for
from concilium.analysis.uncertainty.space import compile_space
from concilium.errors import InputError
from concilium.scenario import Scenario
from concilium.typed import Frozen, TypedResult

__all__ = ["SCHEMA", "Sensitivity", "sensitivity", "sobol", "sweep"]

SCHEMA = "concilium.sensitivity/1"


class SweepRow(Frozen):
    """One input's one-at-a-time sweep (tornado bar)."""

    input: str
    low: float
    high: float
    outcome_at_low: float | None
    outcome_at_high: float | None
    outcome_min: float | None
    outcome_max: float | None
    swing: float = Field(description="outcome max - min over the sweep")
    adopted_share: float = Field(description="share of the sweep's points where it is adopted")


class SobolRow(Frozen):
    input: str
    first: float | None
    total: float | None


class IssueSensitivity(Frozen):
    issue: str
    model: str
    output: str = Field(description="outcome, adopted (0/1) or point (before the rule check)")
    tornado: list[SweepRow]
    sobol: list[SobolRow] = Field(default_factory=list)
    variance: float | None = None
    samples: int = Field(default=0, description="N of the Sobol design (N (k + 2) runs)")


class Sensitivity(TypedResult):
    schema_: str = Field(default=SCHEMA, alias="schema")
    scenario: str
    seed: int | None = None
    points: int
    issues: list[IssueSensitivity]


def _run(space, model, values, scenario):
    return evaluate(space, model, values, scenario)


def sweep(scenario: Scenario, model: str = "procedural", points: int = 11, output: str = "outcome"):
    """One-at-a-time sweeps: ``{issue: [SweepRow, ...]}`` ordered by swing (see the module)."""
    space = compile_space(scenario)
    k = space.k
    if k == 0:
        return {i.id: [] for i in space.issues}
    u = np.linspace(0.0, 1.0, points)
    base = space.point_values()[0]
    rows = np.repeat(base[None, :], k * points, axis=0)
    for j, inp in enumerate(space.inputs):
        rows[j * points : (j + 1) * points, j] = values_for_one(inp, u)
    res = _run(space, model, rows, scenario)
    out = {}
    for g, iss in enumerate(space.issues):
        r = res[g]
        table = []
        y = _output(r, output) if output != "adopted" else _output(r, "outcome")
        for j, inp in enumerate(space.inputs):
            o = y[j * points : (j + 1) * points]
            a = r.adopted[j * points : (j + 1) * points]
            fin = o[np.isfinite(o)]
            table.append(
                SweepRow(
                    input=inp.name,
                    low=inp.low,
                    high=inp.high,
                    outcome_at_low=_f(o[0]),
                    outcome_at_high=_f(o[-1]),
                    outcome_min=_f(fin.min()) if len(fin) else None,
                    outcome_max=_f(fin.max()) if len(fin) else None,
                    swing=float(fin.max() - fin.min()) if len(fin) else 0.0,
                    adopted_share=float((a == 1).mean()),
                )
            )
        table.sort(key=lambda t: (-t.swing, t.input))
        out[iss.id] = table
    return out


def values_for_one(inp, u):
    from concilium.analysis.uncertainty.inputs import ppf

    return ppf(inp, np.clip(u, 0.0, 1.0 - 1e-12) if inp.kind != "number" else u)


OUTPUTS = ("outcome", "adopted", "point")


def _output(r, output: str) -> np.ndarray:
    """The analysed output: the outcome, adoption (0/1), or the bargaining point before the
    rule check (the outcome for the procedural model)."""
    if output == "adopted":
        return (r.adopted == 1).astype(float)
    y = r.point if output == "point" and r.point is not None else r.outcome
    return np.where(np.isfinite(y), y, np.nan)


def _f(x) -> float | None:
    x = float(x)
    return x if np.isfinite(x) else None


def sobol(
    scenario: Scenario,
    model: str = "procedural",
    samples: int = 1024,
    seed: int = 0,
    output: str = "outcome",
):
    """First-order and total Sobol indices per issue: ``{issue: (rows, variance)}``."""
    if output not in OUTPUTS:
        raise InputError(f"output must be one of {', '.join(OUTPUTS)}, not {output!r}")
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 2:
        raise InputError("samples must be a whole number of at least 2")
    space = compile_space(scenario)
    k = space.k
    if k == 0:
        return {i.id: ([], None) for i in space.issues}
    ss_a, ss_b = np.random.SeedSequence(seed).spawn(2)
    a = np.random.default_rng(ss_a).random((samples, k))
    b = np.random.default_rng(ss_b).random((samples, k))
    blocks = [a, b]
    for i in range(k):
        ab = a.copy()
        ab[:, i] = b[:, i]
        blocks.append(ab)
    u = np.concatenate(blocks)
    res = _run(space, model, values_for(space, u), scenario)
    out = {}
    n = samples
    for g, iss in enumerate(space.issues):
        y = _output(res[g], output)
        # centred on the mean of f(A) and f(B): the same estimators in expectation, with far
        # less Monte Carlo error when the output's mean is large against its spread
        y = y - np.nanmean(y[: 2 * n])
        fa, fb = y[:n], y[n : 2 * n]
        var = float(np.nanvar(np.concatenate([fa, fb])))
        rows = []
        for i, inp in enumerate(space.inputs):
            fab = y[(2 + i) * n : (3 + i) * n]
            if not var > 1e-15:
                rows.append(SobolRow(input=inp.name, first=None, total=None))
                continue
            first = float(np.nanmean(fb * (fab - fa)) / var)
            total = float(0.5 * np.nanmean((fa - fab) ** 2) / var)
            rows.append(SobolRow(input=inp.name, first=first, total=total))
        rows.sort(key=lambda r: -(r.total or 0.0))
        out[iss.id] = (rows, var if var > 1e-15 else 0.0)
    return out


def sensitivity(
    scenario: Scenario,
    model: str = "procedural",
    *,
    points: int = 11,
    samples: int = 1024,
    seed: int = 0,
    output: str = "outcome",
) -> Sensitivity:
    """Both analyses for one model, as a typed result (schema ``concilium.sensitivity/1``)."""
    (name,) = resolve_models(model)[:1]
    space = compile_space(scenario)
    if not vectorised(space, name):
        raise InputError(
            f"sensitivity needs a vectorised model; {name} runs once per draw on this scenario"
        )
    if isinstance(points, bool) or not isinstance(points, int) or points < 2:
        raise InputError("points must be a whole number of at least 2")
    sw = sweep(scenario, name, points, output)
    sb = sobol(scenario, name, samples, seed, output)
    issues = [
        IssueSensitivity(
            issue=i.id,
            model=name,
            output=output,
            tornado=sw[i.id],
            sobol=sb[i.id][0],
            variance=sb[i.id][1],
            samples=samples,
        )
        for i in space.issues
    ]
    return Sensitivity(scenario=scenario.id, seed=seed, points=points, issues=issues)
