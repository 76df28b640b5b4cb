"""Power indices of a simple game, as a tidy table (one row per member).

Indices (``n`` members; a *swing* of ``i`` is a losing coalition ``S ∌ i`` that wins with ``i``):

``banzhaf`` — Penrose (1946), Banzhaf (1965), Dubey & Shapley (1979)
    absolute ``β_i = η_i / 2**(n-1)`` (the probability that ``i`` decides the outcome when
    every other member votes yes or no at random), normalised ``β'_i = η_i / Σ_j η_j``, and
    the raw swing count ``η_i``.
``shapley_shubik`` — Shapley & Shubik (1954)
    ``φ_i = Σ_{S ∌ i, S swing} |S|! (n - |S| - 1)! / n!``: the share of the ``n!`` orders of
    arrival in which ``i`` is pivotal.  Sums to one.
``holler_packel`` — Holler (1982); Holler & Packel (1983), the Public Good Index
    ``h_i = m_i / Σ_j m_j`` with ``m_i`` the number of minimal winning coalitions containing
    ``i``.  Sums to one.
``deegan_packel`` — Deegan & Packel (1978)
    ``ρ_i = (1/|M|) Σ_{S ∈ M, i ∈ S} 1/|S|`` over the set ``M`` of minimal winning
    coalitions: each MWC is equally likely to form and splits the prize equally.  Sums to one.

Counting is exact (dynamic programming over weight totals, :mod:`._swings`, :mod:`._minimal`);
``method="sampled"`` estimates Banzhaf and Shapley–Shubik by Monte Carlo with confidence
intervals for games too large to count.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import numpy as np
import pandas as pd

from concilium.analysis.power._limits import (
    MAX_CELLS,
    MAX_SAMPLES,
    MAX_WORK,
    WORK_PER_SECOND,
    check_samples,
)
from concilium.analysis.power._minimal import is_chain, minimal_counts
from concilium.analysis.power._space import Space, normalised_clauses
from concilium.analysis.power._swings import swing_counts
from concilium.analysis.power.coalitions import describe_clauses
from concilium.analysis.power.sampled import sample_banzhaf, sample_shapley_shubik
from concilium.errors import InputError
from concilium.games import SimpleGame

__all__ = [
    "DEFAULT_SAMPLES",
    "INDICES",
    "MAX_CELLS",
    "MAX_SAMPLES",
    "MAX_WORK",
    "IndexSpec",
    "estimate_seconds",
    "feasibility",
    "power_indices",
    "resolve_indices",
]

DEFAULT_SAMPLES = 200_000


@dataclass(frozen=True)
class IndexSpec:
    key: str
    title: str
    columns: tuple[str, ...]
    citation: str
    sampled: bool


INDICES: dict[str, IndexSpec] = {
    "banzhaf": IndexSpec(
        "banzhaf",
        "Banzhaf",
        ("banzhaf", "banzhaf_normalised", "swings"),
        "Penrose, L. S. (1946). The elementary statistics of majority voting. J. Royal "
        "Statistical Society 109(1):53-57; Banzhaf, J. F. (1965). Weighted voting doesn't work: "
        "a mathematical analysis. Rutgers Law Review 19:317-343; Dubey, P. & Shapley, L. S. "
        "(1979). Mathematical properties of the Banzhaf power index. Mathematics of Operations "
        "Research 4(2):99-131.",
        True,
    ),
    "shapley_shubik": IndexSpec(
        "shapley_shubik",
        "Shapley-Shubik",
        ("shapley_shubik",),
        "Shapley, L. S. & Shubik, M. (1954). A method for evaluating the distribution of power "
        "in a committee system. American Political Science Review 48(3):787-792.",
        True,
    ),
    "holler_packel": IndexSpec(
        "holler_packel",
        "Holler-Packel (Public Good Index)",
        ("holler_packel",),
        "Holler, M. J. (1982). Forming coalitions and measuring voting power. Political Studies "
        "30(2):262-271; Holler, M. J. & Packel, E. W. (1983). Power, luck and the right index. "
        "Zeitschrift fur Nationalokonomie 43(1):21-29.",
        False,
    ),
    "deegan_packel": IndexSpec(
        "deegan_packel",
        "Deegan-Packel",
        ("deegan_packel",),
        "Deegan, J. & Packel, E. W. (1978). A new index of power for simple n-person games. "
        "International Journal of Game Theory 7(2):113-123.",
        False,
    ),
}

_ALIASES = {
    "banzhaf": "banzhaf",
    "bz": "banzhaf",
    "penrose": "banzhaf",
    "shapley": "shapley_shubik",
    "shapley_shubik": "shapley_shubik",
    "shapley-shubik": "shapley_shubik",
    "ss": "shapley_shubik",
    "holler": "holler_packel",
    "holler_packel": "holler_packel",
    "holler-packel": "holler_packel",
    "public_good": "holler_packel",
    "pgi": "holler_packel",
    "deegan_packel": "deegan_packel",
    "deegan-packel": "deegan_packel",
    "deegan": "deegan_packel",
    "dp": "deegan_packel",
}

GENERATING_FUNCTIONS = (
    "Brams, S. J. & Affuso, P. J. (1976). Power and size: a new paradox. Theory and Decision "
    "7:29-56; Bilbao, J. M., Fernandez, J. R., Jimenez Losada, A. & Lopez, J. J. (2000). "
    "Generating functions for computing power indices efficiently. TOP 8(2):191-213."
)


def resolve_indices(names: str | Iterable[str]) -> list[str]:
    """Canonical index keys from names or aliases (``"banzhaf,shapley"`` also accepted)."""
    if isinstance(names, str):
        names = [s for s in names.split(",")]
    out: list[str] = []
    for raw in names:
        key = raw.strip().lower().replace(" ", "_")
        if not key:
            continue
        if key == "all":
            out.extend(k for k in INDICES if k not in out)
            continue
        if key not in _ALIASES:
            raise InputError(
                f"unknown power index {raw!r}",
                field="index",
                hint="choose from " + ", ".join(INDICES) + " (or 'all')",
            )
        if _ALIASES[key] not in out:
            out.append(_ALIASES[key])
    if not out:
        raise InputError(
            "no power index asked for", field="index", hint="choose from " + ", ".join(INDICES)
        )
    return out


def _work(game: SimpleGame, indices: Sequence[str]) -> tuple[Space, float, float]:
    """(space, cells of the largest count table, cell updates of the exact count)."""
    need_size = "shapley_shubik" in indices or "deegan_packel" in indices
    space = Space.of(game, need_size=need_size)
    cells = float(np.prod((space.upper + 1).astype(np.float64)))
    n_types = len(np.unique(space.weights, axis=0))
    work = cells * game.n * max(1.0, math.log2(n_types + 1))
    return space, cells, work


def estimate_seconds(game: SimpleGame, indices: Sequence[str]) -> float:
    """A rough estimate of the exact count's time: its cell updates / :data:`WORK_PER_SECOND`."""
    keys = resolve_indices(indices)
    work = _work(game, keys)[2]
    if game.n > 62 and ("banzhaf" in keys or "shapley_shubik" in keys):
        work *= 2  # a float64 and a uint64 pass keep the counts exact beyond 62 members
    return work / WORK_PER_SECOND


def feasibility(game: SimpleGame, indices: Sequence[str]) -> tuple[bool, str]:
    """Whether an exact count is affordable, and the size of the work in words."""
    space, cells, work = _work(game, indices)
    what = (
        f"a count table of {cells:.3g} cells over "
        f"{' x '.join(game.labels[c] for c in space.columns)} for {game.n} members"
    )
    if cells > MAX_CELLS or work > MAX_WORK:
        return False, what
    if (
        any(k in indices for k in ("holler_packel", "deegan_packel"))
        and not is_chain(space)
        and game.n > 30
    ):
        return False, (
            f"{game.n} members whose weight columns are not ordered alike: minimal "
            "winning coalitions would have to be enumerated"
        )
    return True, what


def power_indices(
    game: SimpleGame,
    indices: str | Iterable[str] = ("banzhaf", "shapley_shubik"),
    *,
    method: Literal["exact", "sampled", "auto"] = "exact",
    samples: int = DEFAULT_SAMPLES,
    seed: int | None = None,
    rng: np.random.Generator | None = None,
    confidence: float = 0.95,
    names: Mapping[str, str] | None = None,
    exact_arithmetic: Literal["auto", "always", "python", "never"] = "auto",
    max_seconds: float | None = None,
    progress: Callable[[float], None] | None = None,
) -> pd.DataFrame:
    """Power indices of every member of ``game``, one row per member.

    Parameters
    ----------
    game:
        Any decision rule compiled to a :class:`~concilium.games.SimpleGame`
        (``body.game(date)``, ``rule.game(members)``, or :func:`weighted_game`).
    indices:
        Keys of :data:`INDICES` or aliases (``"shapley"``, ``"pgi"``, ``"dp"``, ``"all"``).
    method:
        ``"exact"`` counts (raises :class:`InputError` when the game is too large to count);
        ``"sampled"`` estimates by Monte Carlo with ``confidence`` intervals (Banzhaf and
        Shapley–Shubik only); ``"auto"`` counts when affordable, else samples.
    samples, seed, rng:
        Sample size and randomness for ``"sampled"`` (``rng`` wins over ``seed``).
    names:
        Member id -> display name (defaults to the id).
    exact_arithmetic:
        How large games (over 62 members) keep counts exact, see :func:`._swings.swing_counts`.
    max_seconds:
        Refuse (``"exact"``) or replace by sampling, saying so (``"auto"``), an exact count
        whose estimated time (:func:`estimate_seconds`) passes this many seconds.  None: no
        limit beyond the table-size one.
    progress:
        Called now and then with the fraction of the exact count done (0 to 1), for a
        progress bar; the library draws nothing itself.

    Returns
    -------
    pandas.DataFrame
        Columns ``member``, ``name``, the weight columns, the requested indices
        (``banzhaf``, ``banzhaf_normalised``, ``swings``, ``shapley_shubik``, ``holler_packel``,
        ``deegan_packel``), ``veto``, ``dummy`` and ``method``; sampled runs add ``*_ci_low`` /
        ``*_ci_high``.  ``df.attrs`` carries the rule, the arithmetic, exact fractions
        (``attrs["exact"]``), citations and notes explaining the result.
    """
    keys = resolve_indices(indices)
    normalised_clauses(game)  # quota checks first
    if method not in ("exact", "sampled", "auto"):
        raise InputError(
            f"unknown method {method!r}", field="method", hint="use exact, sampled or auto"
        )
    notes: list[str] = []
    if method in ("exact", "auto"):
        ok, what = feasibility(game, keys)
        seconds = estimate_seconds(game, keys)
        if ok and max_seconds is not None and seconds > max_seconds:
            ok = False
            what += (
                f", estimated at {_duration(seconds)} (over the {_duration(max_seconds)} allowed)"
            )
        if not ok:
            if method == "exact":
                raise InputError(
                    f"this game is too large for an exact count ({what})",
                    hint="ask for a sampled estimate instead (method='sampled', CLI: "
                    "--method sampled or auto), coarsen the weights"
                    + (
                        ", or allow more time (CLI: --max-seconds)"
                        if max_seconds is not None
                        else ""
                    ),
                )
            notes.append(f"too large for an exact count ({what}); estimated by sampling")
            method = "sampled"
        else:
            method = "exact"
    if method == "sampled":
        bad = [k for k in keys if not INDICES[k].sampled]
        if bad:
            raise InputError(
                f"no sampled estimate for {', '.join(bad)}",
                field="index",
                hint="sampling covers banzhaf and shapley_shubik; drop the others",
            )
        check_samples(samples)
    if not 0 < confidence < 1:
        raise InputError("confidence must be between 0 and 1", field="confidence")

    cols = _base_columns(game, names)
    attrs: dict = {
        "rule": describe_clauses(game),
        "members": game.n,
        "indices": keys,
        "method": method,
        "citations": {k: INDICES[k].citation for k in keys},
        "exact": {},
        "notes": notes,
    }
    if method == "exact":
        _exact(game, keys, cols, attrs, exact_arithmetic, progress)
    else:
        gen = rng if rng is not None else np.random.default_rng(seed)
        _sampled(game, keys, cols, attrs, samples, gen, confidence)
        attrs.update(samples=samples, seed=seed, confidence=confidence)
    vetoes = set(game.veto_players())
    cols["veto"] = [p in vetoes for p in game.players]
    cols["method"] = [method] * game.n
    attrs["notes"].extend(_explain(game, cols, keys, method))
    tail = [c for c in ("veto", "dummy", "method") if c in cols]
    order = [c for c in cols if c not in tail] + tail
    df = pd.DataFrame({c: cols[c] for c in order})
    df.attrs = attrs
    return df


def _base_columns(game: SimpleGame, names: Mapping[str, str] | None) -> dict:
    names = names or {}
    data: dict = {"member": list(game.players), "name": [names.get(p, p) for p in game.players]}
    for d, label in enumerate(game.labels):
        if d == 0:
            continue
        data[label] = game.weights[:, d].astype(np.int64)
    return data


def _exact(
    game: SimpleGame,
    keys: list[str],
    df: dict,
    attrs: dict,
    exact_arithmetic: str,
    progress: Callable[[float], None] | None = None,
) -> None:
    n = game.n
    if "banzhaf" in keys or "shapley_shubik" in keys:
        by_size = "shapley_shubik" in keys
        sc = swing_counts(
            Space.of(game, need_size=by_size),
            by_size=by_size,
            exact=exact_arithmetic,
            progress=progress,
        )
        attrs["arithmetic"] = sc.arithmetic
        attrs["relative_error_bound"] = sc.rel_error
        swings = sc.total
        df["dummy"] = [s == 0 for s in swings]
        if "banzhaf" in keys:
            total = sum(swings)
            if sc.exact:
                absolute = [Fraction(s, 2 ** (n - 1)) for s in swings]
                normalised = [Fraction(s, total) for s in swings]
                attrs["exact"]["banzhaf"] = [str(f) for f in absolute]
                attrs["exact"]["banzhaf_normalised"] = [str(f) for f in normalised]
                df["banzhaf"] = [float(f) for f in absolute]
                df["banzhaf_normalised"] = [float(f) for f in normalised]
                df["swings"] = np.array(swings, dtype=object if max(swings) >= 2**63 else np.int64)
            else:
                df["banzhaf"] = [math.ldexp(s, -(n - 1)) for s in swings]
                df["banzhaf_normalised"] = [s / total for s in swings]
                df["swings"] = [float(s) for s in swings]
        if "shapley_shubik" in keys:
            if sc.exact:
                fact = [math.factorial(k) * math.factorial(n - k - 1) for k in range(n)]
                nf = math.factorial(n)
                ss = [Fraction(sum(e * f for e, f in zip(per, fact)), nf) for per in sc.by_size]
                attrs["exact"]["shapley_shubik"] = [str(f) for f in ss]
                df["shapley_shubik"] = [float(f) for f in ss]
            else:
                logw = [
                    math.lgamma(k + 1) + math.lgamma(n - k) - math.lgamma(n + 1) for k in range(n)
                ]
                df["shapley_shubik"] = [
                    math.fsum(e * math.exp(lw) for e, lw in zip(per, logw) if e)
                    for per in sc.by_size
                ]
    if "holler_packel" in keys or "deegan_packel" in keys:
        with_sizes = "deegan_packel" in keys
        mc = minimal_counts(game, with_sizes)
        attrs["minimal_winning_coalitions"] = mc.total
        attrs["minimal_winning_method"] = mc.method
        if "holler_packel" in keys:
            tot = sum(mc.containing)
            if mc.exact:
                hp = [Fraction(int(c), int(tot)) for c in mc.containing]
                attrs["exact"]["holler_packel"] = [str(f) for f in hp]
                df["holler_packel"] = [float(f) for f in hp]
            else:
                df["holler_packel"] = [c / tot for c in mc.containing]
        if "deegan_packel" in keys:
            df["deegan_packel"] = [s / mc.total for s in mc.inverse_size]
        if "dummy" not in df:
            df["dummy"] = [c == 0 for c in mc.containing]


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _sampled(game, keys, df, attrs, samples, rng, confidence) -> None:
    if "banzhaf" in keys:
        absolute, normalised = sample_banzhaf(game, samples, rng, confidence)
        df["banzhaf"] = absolute.estimate
        df["banzhaf_ci_low"], df["banzhaf_ci_high"] = absolute.low, absolute.high
        df["banzhaf_normalised"] = normalised.estimate
        df["banzhaf_normalised_ci_low"] = normalised.low
        df["banzhaf_normalised_ci_high"] = normalised.high
        # Draws in which the member swung (not a count of coalitions: that needs --method exact).
        df["swings_sampled"] = absolute.extra["swings_seen"].astype(np.int64)
    if "shapley_shubik" in keys:
        est = sample_shapley_shubik(game, samples, rng, confidence)
        df["shapley_shubik"] = est.estimate
        df["shapley_shubik_ci_low"], df["shapley_shubik_ci_high"] = est.low, est.high
    df["dummy"] = [pd.NA] * game.n
    attrs["arithmetic"] = "Monte Carlo"


def _explain(game: SimpleGame, cols: dict, keys: list[str], method: str) -> list[str]:
    notes = []
    names = cols["name"]
    vetoes = [nm for nm, v in zip(names, cols["veto"]) if v]
    if vetoes:
        notes.append(f"veto players (in every winning coalition): {', '.join(vetoes)}")
    else:
        notes.append("no member can block alone (no veto player)")
    if method == "exact" and "dummy" in cols and any(cols["dummy"]):
        notes.append(
            "never decisive (dummy, power 0): "
            + ", ".join(nm for nm, d in zip(names, cols["dummy"]) if d)
        )
    if method == "exact" and "banzhaf" in keys:
        n = game.n
        top = max(range(n), key=lambda i: cols["swings"][i])
        notes.append(
            f"{names[top]} turns a losing coalition of the others into a winning one "
            f"in {cols['swings'][top]} of the 2^{n - 1} = {2 ** (n - 1)} possible "
            "coalitions"
        )
    if method == "sampled":
        notes.append("sampled estimates (Monte Carlo): read the confidence intervals")
    return notes
