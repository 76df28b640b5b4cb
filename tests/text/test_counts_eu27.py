"""The EU-27 of the Brexit talks: a count by "the 27" leaves out the leaving United Kingdom
(issue 13: s19's "unanimously" by the 27 was completed as 28/0/0, the UK counted).

From the referendum's result (24 June 2016) to its withdrawal (in force 1 February 2020,
Withdrawal Agreement Art. 185) the UK was a member that did not take part in the decisions
on its withdrawal (Art. 50(4) TEU): the European Council and the Council met "at 27".  Every
sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.bodies import load_body
from concilium.text.counts import eu27_format

EU28 = [m.id for m in load_body("eu-council").members_on(dt.date(2018, 11, 25))]
EU27_LATER = [m.id for m in load_body("eu-council").members_on(dt.date(2021, 3, 1))]
DAY = dt.date(2018, 11, 25)


def test_the_membership_the_tests_rely_on():
    # 28 members with the UK in November 2018; 27 without it after 31 January 2020
    assert len(EU28) == 28 and "GBR" in EU28
    assert len(EU27_LATER) == 27 and "GBR" not in EU27_LATER


@pytest.mark.parametrize(
    "sentences",
    [
        ["EU-27 leaders endorse the withdrawal agreement."],  # the format's name
        ["The EU27 met without the prime minister."],
        # "the 27" / "the remaining 27", in an article about the UK's leaving
        ["The summit on Brexit was short.", "The 27 leaders approved the text in minutes."],
        ["Brexit talks resume.", "The remaining 27 governments signed off on the mandate."],
        # "the other 27" in a sentence that names the UK
        ["Theresa May left the room and the other 27 leaders agreed the extension."],
    ],
)
def test_the_27_without_the_uk(sentences):
    # the last sentence of each case is the one that says so
    assert eu27_format(sentences, EU28, DAY) == [len(sentences) - 1]


@pytest.mark.parametrize(
    "sentences, members, day",
    [
        # "the other 27" after another member's veto: the UK is among the 27
        (["Poland opposed his second term; the other 27 leaders backed him."], EU28, DAY),
        # "the 27" with nothing about the UK's leaving
        (["The 27 leaders met on migration."], EU28, DAY),
        # after the withdrawal the EU has 27 members anyway
        (["EU-27 leaders agreed the budget."], EU27_LATER, dt.date(2021, 3, 1)),
        # before the referendum the UK took part in everything (EU-28 of 2015)
        (["EU-27 leaders met on Brexit."], EU28, dt.date(2015, 6, 1)),
        # "the 27 per cent", "the 27 votes": not the members
        (["After Brexit, the 27 per cent tariff stays."], EU28, DAY),
    ],
)
def test_not_the_27_without_the_uk(sentences, members, day):
    assert eu27_format(sentences, members, day) == []


def test_a_unanimous_decision_of_the_27_is_27_for_and_the_uk_has_no_stance():
    pytest.importorskip("spacy")
    from concilium.text.draft import draft_scenario

    text = (
        "EU leaders endorse Brexit deal\n\n"
        "BRUSSELS, 25 November 2018 (Wire) - The leaders of the 27 countries staying in the "
        "European Union unanimously endorsed the Brexit withdrawal agreement on Sunday. "
        "Theresa May was not in the room when they did so."
    )
    sc = draft_scenario(text, body="eu-council")
    meta = next(iter(sc["x-draft"]["issues"].values()))
    # "unanimously" by the 27: 27 for, none against, no abstention (not 28: the UK is not
    # among them)
    assert meta["counts"] == {"yes": 27, "no": 0, "abstain": 0}
    got = labels(sc)
    assert "GBR" not in got
    assert all(got.get(m) == "support" for m in EU28 if m != "GBR")
    assert "EU-27" in sc["notes"]


def test_a_count_of_all_28_keeps_the_uk_among_the_voters():
    pytest.importorskip("spacy")
    from concilium.text.draft import draft_scenario

    # the article speaks of the 27 (the Brexit guidelines) but its decision is counted as
    # "all 28 leaders": the UK is one of the 28, and the count is completed over all 28
    text = (
        "EU leaders condemn cyber attack\n\n"
        "BRUSSELS, 22 March 2018 (Wire) - A statement condemning the cyber attack was agreed "
        "by all 28 leaders on Thursday. The next day the remaining 27 discussed Brexit "
        "without the British prime minister."
    )
    sc = draft_scenario(text, body="eu-council")
    (meta,) = sc["x-draft"]["issues"].values()
    assert "counts_over" not in meta
    assert meta["counts"]["yes"] == 28
    assert labels(sc).get("GBR") == "support"  # counted among the 28
