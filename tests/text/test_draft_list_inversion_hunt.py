"""The list, count and role inversion hunt (issue 13, "no inverted stance"; nineteenth stop):
forms of voting records, counts with exceptions and roles in lists that gave a member the
opposite stance, each fixed in general and tested on sentences written for this file (none is
taken from a benchmark article), with near misses that must keep their reading.

Each expected label is what a careful reader codes from the text alone (the reason is in the
comment); ``None`` means the reader codes no stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

_LEAD = {
    "unsc": (
        "UN Security Council votes on Sudan text",
        "NEW YORK",
        "The UN Security Council adopted a resolution on Sudan on Tuesday.",
    ),
    "eu": (
        "EU ministers decide on asylum reform",
        "BRUSSELS",
        "EU interior ministers approved a reform of the asylum rules on Tuesday.",
    ),
}


def drafted(body: str, text: str) -> dict[str, str]:
    """{actor: label} on the first issue of a scaffold article (stances filled from a count
    included: a member filled the wrong way is as wrong as one named)."""
    head, city, lead = _LEAD[body]
    article = f"{head}\n\n{city}, 12 March 2024 (Wire) - {lead}\n\n{text}\n"
    sc = draft_scenario(article, source="probe.txt")
    return labels_by_issue(sc)[sc["issues"][0]["id"]]


# ------------------------------------------------------------ a member set apart from "all"
# "Apart from Russia, all members supported it": Russia is the exception, so the count that
# fills the others must never fill Russia with their label (it filled Russia as a supporter).


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Apart from Russia, all members supported it.", ["Russia"]),
        ("Unlike Russia, all the other members backed it.", ["Russia"]),
        ("Except for Russia, the vote was unanimous.", ["Russia"]),
        (
            "All members backed the text, with the exception of Hungary and Poland.",
            ["Hungary", "Poland"],
        ),
        ("Hungary aside, all member states backed the reform.", ["Hungary"]),
        ("All members backed the text except the Netherlands.", ["Netherlands"]),
    ],
)
def test_a_name_set_apart_from_an_all_count_is_its_exception(sentence, names):
    t = find_counts(sentence)
    assert t.rest == "support"
    assert t.but_names == names
    assert not t.unanimous  # "unanimous except Russia" is no unanimity


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no name is set apart; the count is of every member
        "Unlike last year, all members backed it.",
        "With the exception of the preamble, all members backed the text.",
        "The council backed the text unanimously.",
    ],
)
def test_an_exclusion_of_no_member_keeps_the_unanimity(sentence):
    t = find_counts(sentence)
    assert t.rest == "support" and t.unanimous and not t.but_names


@needs_spacy
@pytest.mark.parametrize(
    "body, sentence, out",
    [
        ("unsc", "Apart from Russia, all members supported it.", "RUS"),
        ("unsc", "Unlike Russia, all the other members backed it.", "RUS"),
        ("unsc", "Except for Russia, the vote was unanimous.", "RUS"),
        ("eu", "Hungary aside, all member states backed the reform.", "HUN"),
    ],
)
def test_the_member_set_apart_is_not_filled(body, sentence, out):
    got = drafted(body, sentence)
    # the exception's vote is not stated (it did not back the text, if anything): no stance
    assert got.get(out) is None
    # the others are filled as the count says
    assert got.get("FRA") == "support"


@needs_spacy
def test_a_plain_unanimity_still_fills_every_member():
    # near miss: nobody is set apart, so Russia is one of the unanimous members
    got = drafted("unsc", "The council backed the text unanimously.")
    assert got.get("RUS") == "support" and got.get("FRA") == "support"
