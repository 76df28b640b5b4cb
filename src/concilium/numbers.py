"""The range of numbers read from scenario, body and weights files.

Every number a user gives (positions, scale ends, saliences, capabilities, member weights,
quotas) must be finite and at most :data:`MAX_MAGNITUDE` = 10^15 in absolute value.  The
models square distances and multiply capabilities by saliences and weights; with inputs up
to 10^15 every such product stays far inside the range of a double (about 1.8 * 10^308),
so no computation overflows to infinity (a weight of 1e308 used to end in ``OverflowError``
or in numpy overflow warnings).  10^15 is also the largest magnitude at which a double
still holds every integer exactly (2^53 ~ 9.007 * 10^15), so integer weights and quotas are
exact.  Population counts (8 * 10^9 people) and budgets in cents (10^14) fit; a number
beyond that is almost certainly a typo, or should be given in larger units.
"""

from __future__ import annotations

import math
from typing import Annotated

from pydantic import AfterValidator, Field

__all__ = ["MAX_MAGNITUDE", "BoundedFloat", "check_magnitude"]

#: largest absolute value accepted for a number in an input file
MAX_MAGNITUDE = 1e15


def check_magnitude(x: float) -> float:
    """``x`` if finite and within :data:`MAX_MAGNITUDE`; ValueError (for pydantic) if not."""
    if not math.isfinite(x):
        raise ValueError("NaN or infinite numbers are not allowed")
    if abs(x) > MAX_MAGNITUDE:
        raise ValueError(
            "too large: numbers are accepted up to 1e15 in absolute value (give it in larger units)"
        )
    return x


#: a finite float of magnitude at most 10^15, for pydantic models
BoundedFloat = Annotated[float, Field(allow_inf_nan=False), AfterValidator(check_magnitude)]
