"""A part of the text told with who had wanted it (issue 13, heldout21).

* "The text set up a review of progress, something Sweden and Finland had demanded", "...,
  as Denmark had insisted on": the aside that closes the sentence says who had wanted what
  the text does, so they support it.  "demanded", "wanted", "sought", "asked for" and
  "insisted on" name no stance alone ("Sweden had demanded a review" stays without one), so
  they are read only in that aside, with nothing after the verb.
* Not when the clause before says the part is left out or not there ("The text dropped a
  review of progress, something Sweden had demanded", "does not set up ..."), nor when that
  clause is a state's own act ("Sweden asked for a review, something Finland had demanded").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy
DAY = dt.date(2027, 5, 3)
read = partial(stance_pairs, on=DAY)

LEAD = "EU leaders on Thursday agreed to extend the trade curbs on Belarus for six months. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The text set up a review of progress, something Sweden and Finland had demanded.",
            {("SWE", "support"), ("FIN", "support")},
        ),
        (
            (
                "Language added on Thursday set up monitoring of the country's progress until "
                "the next review, something France, the Netherlands and Britain had demanded."
            ),
            {("FRA", "support"), ("NLD", "support"), ("GBR", "support")},
        ),
        # a negation inside a relative clause on the subject is not the clause's own
        (
            (
                "Wording that was not in earlier drafts set up a review of progress, something "
                "Sweden and Finland had long demanded."
            ),
            {("SWE", "support"), ("FIN", "support")},
        ),
        ("The text set up a review of progress, as Sweden had wanted.", {("SWE", "support")}),
        (
            "The text set up a review of progress, something Sweden had sought.",
            {("SWE", "support")},
        ),
        ("The text set up a review of progress, as Denmark had insisted on.", {("DNK", "support")}),
        (
            "The text set up a review of progress, something Latvia had asked for.",
            {("LVA", "support")},
        ),
    ],
)
def test_a_part_someone_had_wanted_is_their_support(sentence, expected):
    assert read(LEAD + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # left out, or not there: what they wanted is not in the text
        "The text dropped a review of progress, something Sweden had demanded.",
        "The text does not set up a review of progress, something Sweden had wanted.",
        "The text set up a review of progress instead of the monitoring, something Sweden had sought.",
        # one state's own act: the other state wanted what it asked for, not the text
        "Sweden asked for a review of progress, something Finland had demanded.",
        # the demand's own object, not an aside on the text
        "Sweden had demanded a review of progress.",
        "The text set up a review of progress, something Sweden had demanded for years.",
        # "asked" with nothing asked for, "insisted" with no "on"
        "The text set up a review of progress, as Sweden had asked.",
    ],
)
def test_no_stance_when_the_part_is_not_the_texts(sentence):
    found = read(LEAD + sentence)
    assert not {a for a, _ in found} & {"SWE", "FIN"}, found
