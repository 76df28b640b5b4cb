"""Members named as taking part in a decision without a stance verb of their own on it.

States that join the body together ("A, B and C became members of NATO"), hand over their
instruments of accession, are named as the members of a group subject ("several allies, among
them A and B, said they ..."), speak through their leaders and ministers ("leaders from A and B
backed it"), join the hosts of the previous sentence ("joined them in backing it"), are named
only as not voting for a text whose count leaves them nothing but abstention, draft "both"
texts, win a concession inside the deal, lead a group subject ("eight countries led by
France"), or are named back by a count ("the two governments").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, labels_by_issue, needs_spacy, resolved

from concilium.text.counts import Tally, abstained_by_count
from concilium.text.draft import draft_scenario

# ------------------------------------------------------------------ states joining together


@needs_spacy
def test_states_that_become_members_together_support_one_enlargement():
    # Three states "became members of the alliance": each is for its own accession, and the
    # three are one decision (the enlargement the headline reports), not three issues.
    text = (
        "Alliance grows to 29\n\n"
        "BRUSSELS, 2 April 2004 (Wire) - Albania, Croatia and Montenegro became members of "
        "NATO on Friday at a ceremony in Brussels.\n\n"
        "Officials said the ceremony was brief."
    )
    issues = labels_by_issue(draft_scenario(text, source="t.txt"))
    assert len(issues) == 1
    (got,) = issues.values()
    assert {a: got.get(a) for a in ("ALB", "HRV", "MNE")} == dict.fromkeys(
        ("ALB", "HRV", "MNE"), "support"
    )


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # depositing one's instrument of accession is the act of joining: support
        (
            "Montenegro deposited its instrument of accession with the State Department.",
            {"MNE": "support"},
        ),
        # handed over by the two states' ministers: both support
        (
            (
                "The foreign ministers of Albania and Croatia handed their instruments of "
                "accession to the Secretary of State."
            ),
            {"ALB": "support", "HRV": "support"},
        ),
        # a plural "members": all three become members, all three support
        (
            "Bulgaria, Romania and Slovakia became members of the alliance on Monday.",
            {"BGR": "support", "ROU": "support", "SVK": "support"},
        ),
        # an instrument of something else is no joining
        ("Montenegro deposited its instrument of protest with the embassy.", {}),
        # not handed over: no stance
        ("Montenegro has not deposited its instrument of accession.", {}),
    ],
)
def test_joining_by_instrument_or_as_members(text, expected):
    got = resolved(text, dt.date(2009, 4, 1))
    assert got == expected


# ------------------------------------------------------------------ members of a group subject


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "among them A, B and C" names the allies; "they" in their report is those allies;
        # promising to ratify is support
        (
            (
                "Several allies, among them Belgium, Portugal and Iceland, said they would ratify "
                "the protocols quickly."
            ),
            {"BEL": "support", "PRT": "support", "ISL": "support"},
        ),
        # completing ratification is ratifying: the subject's own (support)
        (
            "Portugal said it would complete ratification before the summer.",
            {"PRT": "support"},
        ),
        # a group subject with its named members in a plain "among them" aside
        (
            "Several governments, among them Austria and Ireland, opposed the plan.",
            {"AUT": "oppose", "IRL": "oppose"},
        ),
    ],
)
def test_named_members_of_a_group_own_its_stance(text, expected):
    assert resolved(text) == expected


# ------------------------------------------------------------------ people from a state


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # leaders and ministers from states speak for them: both support
        (
            "Leaders and ministers from Norway and Poland backed the new patrol mission.",
            {"NOR": "support", "POL": "support"},
        ),
        # diplomats from a state criticising a veto: for the vetoed text (support)
        ("Diplomats from Ireland condemned the veto.", {"IRL": "support"}),
        # experts from a state do not speak for it: no stance
        ("Experts from Norway backed the new patrol mission.", {}),
    ],
)
def test_representatives_from_a_state_speak_for_it(text, expected):
    assert resolved(text) == expected


# ------------------------------------------------------------------ "joined them in ..."


@needs_spacy
def test_joined_them_is_the_previous_sentences_one_list():
    # The hosts are named in the sentence before as one list (Norway's and Iceland's
    # leaders); "joined them in backing the mission" gives them the joiners' support.
    text = (
        "The leaders met at a summit in Oslo hosted by Norwegian Prime Minister Jonas Gahr "
        "Store and Icelandic Prime Minister Katrin Jakobsdottir. Ministers from Denmark and "
        "Sweden joined them in backing the mission."
    )
    got = resolved(text, dt.date(2023, 6, 1))
    assert got == dict.fromkeys(("DNK", "SWE", "NOR", "ISL"), "support")


@needs_spacy
def test_joined_them_after_two_separate_actors_stays_with_the_joiners():
    # The sentence before names Norway and Iceland in two different roles (host, guest), not
    # as one list: who "them" is is not clear, so only the joiners get the stance.
    text = (
        "Norway hosted the summit after Iceland declined to do so. Ministers from Denmark and "
        "Sweden joined them in backing the mission."
    )
    got = resolved(text, dt.date(2023, 6, 1))
    assert got.get("DNK") == "support" and got.get("SWE") == "support"
    assert "NOR" not in got and "ISL" not in got


# ------------------------------------------------------------------ not for, none against


def _tally(yes: int, no: int, abstain: int) -> Tally:
    return Tally(yes=yes, no=no, abstain=abstain)


def test_abstained_by_count_needs_a_full_count_with_none_against():
    council = [f"M{i}" for i in range(15)]
    # 12-0-3 on 15 members: three named as not voting for, no abstainer named -> all three
    # abstained (12 + 0 + 3 = 15, and nobody voted against)
    assert abstained_by_count(_tally(12, 0, 3), {"M1", "M2", "M3"}, {}, council) == {
        "M1",
        "M2",
        "M3",
    }
    # one abstainer already named: room for two only, three candidates -> none
    assert abstained_by_count(_tally(12, 0, 3), {"M1", "M2", "M3"}, {"M4": "abstain"}, council) == (
        set()
    )
    # a vote against counted: "not for" may be "against" -> none
    assert abstained_by_count(_tally(11, 1, 3), {"M1"}, {}, council) == set()
    # the counts add up to 14 of 15 (one member's vote unknown) -> none
    assert abstained_by_count(_tally(11, 0, 3), {"M1"}, {}, council) == set()


@needs_spacy
def test_declined_to_support_with_none_against_is_abstention():
    # Resolution adopted 12-0 with three abstentions on a council of 15 (12 + 0 + 3 = 15):
    # the three states that "declined to support" it neither voted for nor against it, so
    # they abstained; France, which sponsored it, supports.
    text = (
        "Council tightens embargo\n\n"
        "UNITED NATIONS, 10 June 1996 (Wire) - The Security Council on Monday adopted a "
        "resolution tightening the arms embargo by 12 votes to none, with three abstentions. "
        "China, Egypt and Indonesia declined to support the measure. France sponsored the "
        "text."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert {a: got.get(a) for a in ("CHN", "EGY", "IDN")} == dict.fromkeys(
        ("CHN", "EGY", "IDN"), "abstain"
    )
    assert got.get("FRA") == "support"


# ------------------------------------------------------------------ "both texts"


@needs_spacy
def test_both_texts_drafted_by_the_same_states():
    # Two decisions in one report; "Both resolutions, drafted by Norway and Peru, were
    # adopted" says the two states drafted each of them: support on both issues.
    text = (
        "Council renews two missions\n\n"
        "NEW YORK, 4 June 2020 (Wire) - The Security Council on Thursday extended the "
        "peacekeeping mission in Mali and, in a separate vote, renewed the sanctions on the "
        "Central African Republic.\n\n"
        "Both resolutions, drafted by Norway and Peru, were adopted in a written vote."
    )
    issues = labels_by_issue(draft_scenario(text, source="t.txt"), named_only=True)
    assert len(issues) == 2
    for got in issues.values():
        assert got.get("NOR") == "support" and got.get("PER") == "support"


# ------------------------------------------------------------------ concessions won in the deal


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # winning something inside the deal is being part of it: support
        (
            "Greece and Cyprus won a commitment on ferry links to the islands.",
            {"GRC": "support", "CYP": "support"},
        ),
        ("Austria secured a rebate on its contribution.", {"AUT": "support"}),
        # won only as a condition that is not yet met: the refusal stands, no support
        (
            "Austria refused to approve the budget until it obtained guarantees.",
            {"AUT": "oppose"},
        ),
        # hoped for, not won: no stance
        ("Austria hopes to win concessions on the budget.", {}),
        # not won: no stance
        ("Austria did not win any concessions on the budget.", {}),
    ],
)
def test_a_concession_won_in_the_deal_is_support(text, expected):
    assert resolved(text, dt.date(2014, 10, 24)) == expected


# ------------------------------------------------------------------ a group led by a state


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the state leading the group subject backs what the group backs
        ("Nine countries led by Sweden backed the call for a higher target.", {"SWE": "support"}),
        # ... and votes as it votes
        ("Countries led by Cuba voted against the text.", {"CUB": "oppose"}),
        # led by something that is no state: nothing
        ("Countries led by coalition governments backed the call.", {}),
    ],
)
def test_the_state_leading_a_group_subject_owns_its_stance(text, expected):
    assert resolved(text, dt.date(2019, 5, 9)) == expected


# ------------------------------------------------------------------ "the two governments"


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "the two governments" are the two states of the list just before: both blocked it
        # (oppose), the first sentence's objection agreeing
        (
            (
                "Austria and Ireland objected on Monday. The two governments had blocked the "
                "package since June."
            ),
            {"AUT": "oppose", "IRL": "oppose"},
        ),
        # "the prime ministers of the three countries" speak for the three just listed (in a
        # sentence with no stance of its own): each handed over its instrument of accession
        # (support)
        (
            (
                "Albania, Croatia and Montenegro sent their prime ministers to Washington. The "
                "prime ministers of the three countries handed their instruments of accession to "
                "the Secretary General."
            ),
            {"ALB": "support", "HRV": "support", "MNE": "support"},
        ),
        # no list of three before: "the three countries" names nobody
        (
            (
                "Austria and Ireland objected on Monday. The three countries had blocked the "
                "package since June."
            ),
            {"AUT": "oppose", "IRL": "oppose"},
        ),
        # three states named last: "the two countries" is not the pair named before them
        (
            (
                "Austria and Ireland objected on Monday. Spain, Italy and Malta welcomed it. "
                "The two countries had blocked the package since June."
            ),
            {
                "AUT": "oppose",
                "IRL": "oppose",
                "ESP": "support",
                "ITA": "support",
                "MLT": "support",
            },
        ),
    ],
)
def test_a_counted_group_names_back_the_list_of_that_size(text, expected):
    assert resolved(text, dt.date(2009, 4, 1)) == expected


@needs_spacy
def test_a_counted_group_after_a_noun_that_is_no_one_acting():
    # "the isolation of the three countries" is what the text is about, not the three
    # countries acting: the three listed states get no stance from the text's call.
    text = (
        "The text urges governments to lift the travel bans imposed on Guinea, Liberia and "
        "Sierra Leone, saying the isolation of the three countries was making it harder to get "
        "doctors to them, and calls on states to send medical staff."
    )
    got = resolved(text, dt.date(2014, 9, 18))
    assert not {"GIN", "LBR", "SLE"} & set(got)
