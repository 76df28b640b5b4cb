"""Inversions found by heldout28's one run in UN and NATO articles (issue 13), fixed as
classes, each on sentences written for this file (not the articles'), with near misses that
keep their reading.

- A ceiling on what an actor will take ("will accept no more than 40 monitors", "at most
  two battalions") says nothing of the decision's own size: no stance (read as acceptance).
- A cue on another of a kind ("backed the summit's other conclusions") or on a thing summed
  up as "a separate dispute" / "an unrelated issue" is no stance on the decision.
- Signing "an" agreement "with" another state or its leader is a deal between the two, not
  the council's decision: no stance ("signed the agreement" keeps it).

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

pytestmark = needs_spacy

UN = (
    "UNITED NATIONS, 4 March 2011 - The Security Council on Friday authorised a force of 300 "
    "monitors for Chad, adopting the resolution by 12 votes to none with three abstentions. "
)
NATO = (
    "BRUSSELS, 4 March 2011 - NATO ambassadors on Friday approved a plan to send 300 "
    "trainers to Chad. "
)
EU = "BRUSSELS, 4 March 2011 - EU ministers on Friday approved an association agreement with Chad. "

CASES = [
    # ------------------------------------------- a ceiling on what is taken
    (UN + "Chad said it would accept no more than 40 monitors.", "TCD", None),
    (UN + "Chad will accept at most 40 of the monitors.", "TCD", None),
    (UN + "Chad will agree to no more than 40 monitors.", "TCD", None),
    # kept: acceptance told without a ceiling, and a plain refusal
    (UN + "Chad said it would accept the monitors.", "TCD", "support"),
    (UN + "Chad said it would accept 300 monitors.", "TCD", "support"),
    (UN + "Chad said it would not accept the monitors.", "TCD", "oppose"),
    # ------------------------------------------- another of a kind, a separate dispute
    (NATO + "Russia had backed the summit's other conclusions.", "RUS", None),
    (NATO + "Mexico supported the other proposals on the table.", "MEX", None),
    (
        NATO + "Washington restated its opposition to Brazil's plan to tax imports, a separate "
        "dispute that was not on the agenda.",
        "USA",
        None,
    ),
    (NATO + "Sweden criticised the plan to cut fishing quotas, an unrelated issue.", "SWE", None),
    # kept: the conclusions themselves, and a plan summed up otherwise
    (NATO + "Russia had backed the summit's conclusions.", "RUS", "support"),
    (NATO + "Washington restated its opposition to the plan.", "USA", "oppose"),
    (NATO + "Sweden criticised the plan, a move it called reckless.", "SWE", "oppose"),
    # ------------------------------------------- a deal signed with another state
    (
        UN + "Chad's president was in Paris this week, where he signed a trade agreement with "
        "French President Nicolas Sarkozy.",
        "TCD",
        None,
    ),
    (UN + "Chad signed a security agreement with Sudan.", "TCD", None),
    # kept: the agreement itself, and one with a body (a party the decision may have)
    (UN + "Chad signed the agreement.", "TCD", "support"),
    # the rest of a sentence whose relative clause tells such a deal keeps its reading
    (
        UN + "Chad's president, who signed a deal with Sudan this month, had urged the Council "
        "to back the monitors.",
        "TCD",
        "support",
    ),
    (
        EU + "Chad signed an association agreement with the European Union.",
        "TCD",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected
