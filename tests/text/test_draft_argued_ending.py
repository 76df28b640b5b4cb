"""Arguing that a measure should end, in a report of the decision that ends it (issue 13,
sixteenth stop): "Germany had argued that the freeze should end", after the lead tells the
deciders resuming what they had suspended, supports that decision.  Not read: a negated
ending, a report denied, and a lead that keeps the measure (ending a measure is the reverse of
a stance on the measure itself, so without a lead that ends it there is no stance).

Every sentence here is written for these tests (none is taken from the benchmark articles);
each expected label is what a careful reader codes from the text alone (``None``: no stance).
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2009, 3, 5)
RESUMED = (
    "NATO resumes ties with Russia\n\n"
    "BRUSSELS, 5 March 2009 - NATO foreign ministers agreed on Thursday to resume formal "
    "meetings of the council they suspended after the war. "
)
LIFTED = (
    "EU lifts arms embargo\n\n"
    "BRUSSELS, 5 March 2009 - EU ministers agreed on Thursday to lift the arms embargo on the "
    "country. "
)
KEPT = (
    "NATO keeps freeze\n\n"
    "BRUSSELS, 5 March 2009 - NATO foreign ministers agreed on Thursday to keep the freeze on "
    "meetings with Russia. "
)


@pytest.mark.parametrize(
    ("text", "actor", "label"),
    [
        # the "that" clause hung by the parser on the noun before it
        (
            RESUMED + "Germany had argued for some months that the freeze should end.",
            "DEU",
            "support",
        ),
        (LIFTED + "Italy insisted that the embargo must be lifted.", "ITA", "support"),
        # near misses
        (RESUMED + "Germany had argued that the freeze should not end.", "DEU", None),
        (RESUMED + "Germany never argued that the freeze should end.", "DEU", None),
        (KEPT + "Germany had argued that the freeze should end.", "DEU", None),
    ],
)
def test_arguing_that_the_measure_should_end(text, actor, label):
    assert resolved(text, DAY).get(actor) == label
