"""Size limits and cost estimates shared by the power-index and coalition modules.

Kept in a module of their own so that :mod:`.indices` and :mod:`.coalitions` both import them
and neither imports the other for them (no import cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from concilium.analysis.power._space import MAX_CELLS  # cells of one count table
from concilium.errors import InputError

if TYPE_CHECKING:
    from concilium.analysis.power._space import Space

__all__ = [
    "MAX_CELLS",
    "MAX_LISTED",
    "MAX_SAMPLES",
    "MAX_WORK",
    "SEARCH_NODES",
    "WORK_PER_SECOND",
    "check_listing",
    "check_samples",
    "check_table_size",
]

MAX_WORK = 50_000_000_000  # cell updates: beyond this an exact count is refused outright
# Cell updates per second of the exact count, measured on the development machine (2 shared
# cores: 0.5e8 to 2e8 on games of 30 to 140 members); the estimate before a run divides the
# work by it.  A rough figure: the progress bar then shows the real rate.
WORK_PER_SECOND = 1e8
MAX_SAMPLES = 10_000_000  # Monte Carlo draws: the 95 % interval is then about +-0.0003 wide
MAX_LISTED = 10_000  # coalitions listed (they are counted exactly whatever the limit)
SEARCH_NODES = 2_000_000  # nodes of a coalition search before it gives up


def check_samples(samples: int) -> None:
    """Refuse a sample count that is not positive or passes :data:`MAX_SAMPLES`."""
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 1:
        raise InputError(
            f"samples must be a positive whole number, not {samples!r}", field="samples"
        )
    if samples > MAX_SAMPLES:
        raise InputError(
            f"{samples:,} samples is more than the {MAX_SAMPLES:,} allowed",
            field="samples",
            hint=f"{MAX_SAMPLES:,} draws already give intervals about +-0.0003 wide; "
            "use an exact count (--method exact) for more precision",
        )


def check_listing(limit: int) -> None:
    """Refuse a listing limit that is negative or passes :data:`MAX_LISTED`."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise InputError(
            f"the listing limit must be a whole number >= 0, not {limit!r}", field="limit"
        )
    if limit > MAX_LISTED:
        raise InputError(
            f"listing {limit:,} coalitions is more than the {MAX_LISTED:,} allowed",
            field="limit",
            hint="the counts are exact whatever the limit; list fewer (--limit)",
        )


def check_table_size(space: Space, what: str) -> None:
    """Refuse a count whose table would pass :data:`MAX_CELLS` cells."""
    cells = float(np.prod((space.caps + 1).astype(np.float64)))
    if cells > MAX_CELLS:
        raise InputError(
            f"this game is too large to count its {what} exactly "
            f"(a count table of {cells:.3g} cells)",
            hint="coarsen the weights (e.g. round them to fewer digits)",
        )
