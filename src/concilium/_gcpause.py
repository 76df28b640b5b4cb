"""Python's cyclic garbage collector paused while a large scenario or forecast is built.

A scenario of 1,000 issues or 10,000 actors is about a million small Python objects
(pydantic models, their dicts, estimates).  While such a structure is built, each object
that survives counts towards the collector's next pass, and about every time the number of
surviving objects grows by a quarter, a full pass walks every object in the process: while
a scenario is validated, its hash made, a model run and its table drawn, about six full
passes of a growing heap, a quarter to a third of the CPU time of ``concilium forecast`` on
those scenarios (measured: ``docs/performance.md``).  The objects built there are kept or
freed by reference counting; the collector only finds reference cycles, and these steps
make none (measured: a full collection after each of the nine models has run on every
example file, or after a 1,000-issue or 10,000-member forecast, finds nothing to free).
The objects made during a paused step are still walked once or twice by later passes.

:func:`paused` switches the collector off for one bounded step and back on after it (only
if it was on: a caller who disabled it keeps it disabled), so it is a process-wide setting
for the duration of that step.  Cycles made meanwhile are collected by the next pass after
it.  Nested or concurrent uses (threads of the web app) are harmless: the collector is on
again once the step that switched it off is done, and at worst runs during another step.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """Run the ``with`` block with the cyclic garbage collector off (then as it was)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
