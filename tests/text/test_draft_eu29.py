"""Council of the EU and European Council stances missed in heldout29 (issue 13), on sentences
written for this file.

- Leaders who "put their names to the wording" (the statement, the declaration) signed the
  summit's text (29-20).  Not a name put to a list.
- Promoting a named person ("Mr Lind had been promoted by Germany") is backing a candidate
  (29-17).  Not a promotion to a rank, nor one's own envoy.
- "The signing of accession treaties with A, B and C": the states the treaties are made with
  signed them (29-17; the "of" may hang on the day: "the signing on Friday of ...").  Not "a
  trade agreement with" a state (a deal in passing), nor a signing delayed or put off.
- Calling the decision "reasonable" or "sensible" is praising it (29-13).  Not a reasonable
  thing to do besides the decision.
- Open (xfail): insisting on a new system (29-18, "insisted on the new system").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2003, 6, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Portugal's Ana Costa and Ireland's Sean Doyle, at odds for weeks over the text, "
                "both put their names to the wording."
            ),
            {("PRT", "support"), ("IRL", "support")},
        ),
        (
            "Belgium and Denmark, its loudest critics, put their names to the statement.",
            {("BEL", "support"), ("DNK", "support")},
        ),
        ("Sweden put its name to the declaration on Friday.", {("SWE", "support")}),
        # near miss: a name put to something that is no text of the decision
        ("Sweden put its name to the list of speakers.", set()),
    ],
)
def test_names_put_to_the_wording_sign_it(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Mr Lind, the Swedish foreign minister, had been strongly promoted by Chancellor "
                "Anna Vogel of Germany and President Marc Roux of France."
            ),
            {("DEU", "support"), ("FRA", "support")},
        ),
        (
            "Mr Lind had been promoted by Germany and Austria.",
            {("DEU", "support"), ("AUT", "support")},
        ),
        (
            "Germany and Austria promoted Mr Lind for the post.",
            {("DEU", "support"), ("AUT", "support")},
        ),
        # near misses: a rank, one's own envoy, a thing that is no decision
        ("Germany promoted Mr Lind to the rank of colonel.", set()),
        ("Mr Lind was promoted to general by Austria.", set()),
        ("Austria promoted its envoy.", set()),
        ("Germany promoted tourism.", set()),
    ],
)
def test_promoting_a_named_candidate_backs_him(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The quarrel overshadowed the signing on Thursday of accession treaties with Malta, "
                "Cyprus and Slovenia, which are due to join in May."
            ),
            {("MLT", "support"), ("CYP", "support"), ("SVN", "support")},
        ),
        (
            "The leaders attended the signing of the accession treaties with Poland and Hungary.",
            {("POL", "support"), ("HUN", "support")},
        ),
        # near misses: a deal in passing, a signing delayed or put off
        ("Hungary marked the signing of a trade agreement with Poland.", set()),
        ("France delayed the signing of accession treaties with Poland and Hungary.", set()),
        ("The signing of the treaties with Poland was put off.", set()),
    ],
)
def test_treaty_partners_of_a_signing_sign(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Irish Finance Minister Sean Doyle called the decision "very sensible".',
            {("IRL", "support")},
        ),
        ('Portugal called the compromise "reasonable".', {("PRT", "support")}),
        # near miss: a reasonable thing besides the decision
        ("Portugal said it was reasonable to ask for more time.", set()),
    ],
)
def test_a_reasonable_decision_is_praised(text: str, expected: set) -> None:
    assert read(text) == expected


def test_insisting_on_the_new_system() -> None:
    assert read("Italy and Greece insisted on the new voting system, saying it was fairer.") == {
        ("ITA", "support"),
        ("GRC", "support"),
    }
