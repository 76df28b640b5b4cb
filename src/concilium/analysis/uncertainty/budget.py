"""How many draws a bounded simulation may take (the web app's, the report's), decided before
it starts.

A model is *cheap* on a scenario when it runs vectorised over the draws (one numpy pass per
batch: the procedural model and the compromise family, :func:`.engines.vectorised`) and is
not iterative; the others cost up to a full model run per draw: the SMP and exchange models
run once per draw, and the expected-utility model, batched over draws, still iterates until
the positions settle (at most 1,000 rounds): about 0.02-0.03 s of CPU per draw on the
flagship (100 draws took 2.6 s of CPU on one core at load 6 on 30 November 2026; ``python
benchmarks/bench_simulate.py --only eu`` prints the figure as "until settled"; the
procedural and compromise models take 10,000 draws in under 1 s together).  A caller that
must answer in bounded time (a web request) allows far fewer draws of those: 10, a limit
shared by every costly model (the expected-utility model alone would allow more).  The limits are draw counts, not seconds:
the same request is accepted or refused on any machine, and the message says how many
draws are allowed and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from concilium.analysis.uncertainty.engines import vectorised
from concilium.analysis.uncertainty.simulate import resolve_models
from concilium.analysis.uncertainty.space import compile_space
from concilium.errors import InputError
from concilium.scenario import Scenario

__all__ = ["DrawBudget", "check_draws", "split_models"]


@dataclass(frozen=True)
class DrawBudget:
    """At most ``vectorised`` draws when every model is cheap, ``per_draw`` when one is not."""

    vectorised: int = 20_000
    per_draw: int = 10

    def limit(self, per_draw_models: Sequence[str]) -> int:
        return self.per_draw if per_draw_models else self.vectorised


def split_models(scenario: Scenario, models: str | Sequence[str]) -> tuple[list[str], list[str]]:
    """``(cheap, costly)``: the named models (``"all"``, a list...) by what a draw costs on
    this scenario (see the module docstring)."""
    from concilium.models import get_model

    names = resolve_models(models)
    space = compile_space(scenario)
    fast = [m for m in names if vectorised(space, m) and not get_model(m).iterative]
    return fast, [m for m in names if m not in fast]


def check_draws(
    scenario: Scenario,
    models: str | Sequence[str],
    draws: int,
    budget: DrawBudget = DrawBudget(),
    *,
    where: str = "here",
) -> list[str]:
    """The model names, if ``draws`` is within the budget; else one :class:`InputError` saying
    the limit, why, and to run ``concilium simulate`` for more."""
    if isinstance(draws, bool) or not isinstance(draws, int) or draws < 1:
        raise InputError(
            f"the number of draws must be a whole number of at least 1, not {draws!r}",
            field="draws",
        )
    _fast, slow = split_models(scenario, models)
    limit = budget.limit(slow)
    if draws > limit:
        why = (
            f"model(s) {', '.join(slow)} cost a full model run per draw"
            if slow
            else "the run must finish quickly"
        )
        raise InputError(
            f"{draws:,} draws is more than the {limit:,} allowed {where} ({why})",
            field="draws",
            hint=f"ask for at most {limit:,} draws, or run `concilium simulate` in a terminal "
            "for more",
        )
    return resolve_models(models)
