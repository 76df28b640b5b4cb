"""Council of the EU and European Council stances misread in heldout24 (issue 13), on
sentences written for this file.

- A person's "his"/"her" on a state's own noun ("a win for his government") is the state of
  the sentence's subject when that subject names one ("Malta's prime minister"), not the state
  the sentence before was about (which turned a Maltese push into a German stance).  Not "his
  counterparts" (others than his state).
- What those who decide still have to do ("the fourteen must now agree unanimously among
  themselves") is no unanimous vote: no count, so the members left out are not drafted as for.
  A decision taken unanimously still counts, and so does the passive "must be approved
  unanimously by the nine" (left as it was).
- A state backed in a passive coordinated after its own act ("Ireland rejected the rate and
  was supported by Malta") is backed by the others, who take its side (no support of the
  decision: that inverted Malta's stance).  Not "the plan ... was supported by Malta", nor
  "the plan, which was supported by Malta".
- The states listed as "the countries taking part" / "the participating countries" (in an
  opt-in decision) take part in it: support.  Not "taking part in the talks", nor "not taking
  part".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

from concilium.text.counts import find_counts

DAY = dt.date(2013, 10, 25)
read = partial(stance_pairs, on=DAY)


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject's state owns "his government", not the state before
        (
            (
                "Sweden holds many refugees. Portugal's prime minister hailed the deal as a "
                "success for his government, which had pushed for it."
            ),
            {("PRT", "support")},
        ),
        (
            (
                "Sweden holds many refugees. The Portuguese prime minister hailed the deal as a "
                "success for his government, which had pushed for it."
            ),
            {("PRT", "support")},
        ),
        # near misses: a subject naming no state, and "his counterparts" (not his state)
        (
            (
                "Sweden holds many refugees. The chairman hailed the deal as a success for his "
                "government, which had pushed for it."
            ),
            set(),
        ),
        (
            "Portugal's prime minister said most of his counterparts rejected the request.",
            set(),
        ),
        # those taking part in an opt-in decision
        (
            "The states taking part are Croatia, Greece and Cyprus.",
            {("HRV", "support"), ("GRC", "support"), ("CYP", "support")},
        ),
        (
            "The participating governments are Croatia and Cyprus.",
            {("HRV", "support"), ("CYP", "support")},
        ),
        (
            "Croatia and Cyprus are among the countries taking part.",
            {("HRV", "support"), ("CYP", "support")},
        ),
        # near misses: a meeting taken part in, and not taking part
        ("The states taking part in the talks are Croatia and Cyprus.", set()),
        ("The states not taking part are Croatia and Cyprus.", set()),
        # a state backed in a passive coordinated after its own act takes that state's side
        # (no stance of its own here: the backed state's is resolved when drafting)
        (
            "Ireland rejected the plan and was supported by Croatia and Cyprus.",
            {
                ("IRL", "oppose"),
                ("HRV", "neutral"),
                ("CYP", "neutral"),
                ("HRV", "follow"),
                ("CYP", "follow"),
            },
        ),
        # near misses: the plan supported, or a text's backers after a relative pronoun
        (
            "The plan was tabled by France and was supported by Croatia.",
            {("FRA", "support"), ("HRV", "support")},
        ),
        (
            "Ireland rejected the plan, which was supported by Croatia.",
            {("IRL", "oppose"), ("HRV", "support")},
        ),
    ],
)
def test_owner_of_his_government_and_those_taking_part(sentence: str, expected: set) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The nine must now agree unanimously among themselves on the wording.",
        "The leaders will have to decide unanimously on the plan.",
        "The ministers still need to agree unanimously on the details.",
    ],
)
def test_a_step_still_ahead_gives_no_count(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == (None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The nine agreed unanimously on the wording.",
        "The ministers, who must act fast, agreed unanimously on Monday.",
        "The levy must be approved unanimously by the nine participating countries.",
    ],
)
def test_a_decision_taken_unanimously_still_counts(sentence: str) -> None:
    tally = find_counts(sentence)
    assert (tally.rest, tally.unanimous) == ("support", True)
