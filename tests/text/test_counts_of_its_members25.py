"""Counts of a veto report (issue 13, heldout25 class): "N of the council's M members" and
"N affirmative votes".

"Nine of the council's fifteen members voted for the draft" counts nine votes for it, as
"Nine of the fifteen members" does (the fifteen are the whole council, not those who voted for
it); "The draft received ten affirmative votes" counts ten.

Every sentence here was written for this test; each expected count is worked out by hand in
the comment beside it.
"""

from __future__ import annotations

import pytest

from concilium.text.counts import find_counts


@pytest.mark.parametrize(
    "sentence, yes",
    [
        # the council's fifteen: the whole; nine voted for it
        ("Nine of the council's fifteen members voted for the draft, which Chad tabled.", 9),
        ("Twelve of its 15 members voted in favour.", 12),  # its 15: the whole
        ("Ten of the assembly's 15 members backed the motion.", 10),  # the assembly's 15
        ("Nine of the fifteen members voted for the text.", 9),  # as before
        # "affirmative" / "favourable" votes are the votes for it
        ("The draft received ten affirmative votes, one more than it needed.", 10),
        ("The motion got nine favourable votes.", 9),
        ("The text won eleven votes.", 11),  # as before
    ],
)
def test_the_votes_for_the_text(sentence, yes):
    assert find_counts(sentence).yes == yes


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no count of votes for it
        "It won nine affirmative votes against five.",  # a margin told against the others
        "The council has fifteen members, ten of them elected.",
    ],
)
def test_no_votes_for_the_text(sentence):
    assert find_counts(sentence).yes is None
