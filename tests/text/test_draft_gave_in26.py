"""Giving in told with a phrase of when (issue 13), on sentences written for this file.

- "gave in late on Friday", "gave in on Monday", "gave in in the end": a phrase that only
  dates the giving in ("on" a calendar word, "in the end") is no "gave in on the demand" nor
  "gave in London"; the state gave up its resistance, support, as "gave in" alone reads.  A
  relative clause's old stance ("Belgium, which had resisted, gave in late on Friday") is
  background to it, as for "which had resisted, gave in".
- Kept: "gave in on the demand" (what it gave in on, not read), "given in London", "refused
  to give in on Monday" (oppose), "which had resisted, still refused" (oppose).

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

EU = "BRUSSELS, 3 May 2019 - EU leaders on Thursday adopted conclusions on the single market. "

CASES = [
    # ------------------------------------------- giving in, dated
    (EU + "Belgium, which had resisted, gave in late on Friday.", "BEL", "support"),
    (EU + "Belgium gave in late on Friday.", "BEL", "support"),
    (EU + "Malta gave in on Monday.", "MLT", "support"),
    (EU + "Austria gave in in the end.", "AUT", "support"),
    (EU + "Belgium, which had resisted, gave in in the end.", "BEL", "support"),
    (EU + "Malta, which had resisted for weeks, gave in on Sunday.", "MLT", "support"),
    (EU + "Portugal backed down on Monday.", "PRT", "support"),
    # already read: other climb-downs and other phrases of when
    (EU + "Belgium, which had resisted, gave way late on Friday.", "BEL", "support"),
    (EU + "Belgium, which had resisted, relented late on Friday.", "BEL", "support"),
    (EU + "Malta gave in at the last minute.", "MLT", "support"),
    (EU + "Malta gave in after hours of talks.", "MLT", "support"),
    (EU + "Canada gave in.", "CAN", "support"),
    # ------------------------------------------- kept
    (EU + "Belgium gave in on the demand for a review.", "BEL", None),
    (EU + "The leaders praised a speech given in Geneva by Austria's envoy.", "AUT", None),
    (EU + "Belgium refused to give in on Monday.", "BEL", "oppose"),
    (EU + "Belgium did not give in on Monday.", "BEL", "oppose"),
    (EU + "Belgium, which had resisted, still refused.", "BEL", "oppose"),
]


@needs_spacy
@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected
