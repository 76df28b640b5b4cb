"""Council of the EU and European Council stances missed in heldout24 (issue 13, second
round), on sentences written for this file.

- A bare "said no" / "said yes" told after the vote ("Sweden voted against. Estonia also said
  no.") is that state's answer on the decision: the sentence is now parsed (it has neither a
  cue word nor the decision's name), and read by ``_says_yes_or_no`` as before.  Not "said no
  decision had been taken" (a determiner), not negated, not an answer to a question, not "said
  no to a delay".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

DAY = dt.date(2013, 10, 25)
read = partial(stance_pairs, on=DAY)

LEAD = "Ministers voted on the transparency directive on Tuesday. "


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            LEAD + "Sweden voted against. Estonia also said no.",
            {("SWE", "oppose"), ("EST", "oppose")},
        ),
        (
            LEAD + "Sweden voted against. The two northern states, Estonia and Latvia, said no.",
            {("SWE", "oppose"), ("EST", "oppose"), ("LVA", "oppose")},
        ),
        (
            LEAD + "Spain voted in favour. Estonia and Latvia said yes too.",
            {("ESP", "support"), ("EST", "support"), ("LVA", "support")},
        ),
        (
            LEAD + "Sweden voted against. Estonia said no to it.",
            {("SWE", "oppose"), ("EST", "oppose")},
        ),
        # near misses: a determiner, a negation, an answer to a question, a delay refused
        (
            LEAD + "Sweden voted against. Estonia said no decision had been taken.",
            {("SWE", "oppose")},
        ),
        (LEAD + "Sweden voted against. Estonia did not say no.", {("SWE", "oppose")}),
        (LEAD + "Asked whether it would back the text, Estonia said no.", set()),
        (LEAD + "Sweden voted against. Estonia said no to a delay.", {("SWE", "oppose")}),
        (
            LEAD + "Sweden voted against. Estonia said no one had expected the result.",
            {("SWE", "oppose")},
        ),
    ],
)
def test_bare_said_no_after_the_vote(sentence: str, expected: set) -> None:
    assert read(sentence) == expected
