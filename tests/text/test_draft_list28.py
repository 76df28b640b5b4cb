"""Voting lists and named votes fixed for heldout28's UN misses (issue 13, list28).

- A count standing for one side's states before a linking verb ("The eight against were A,
  B and C", "The three abstaining were ...", "The two in favour were ...") lists that side,
  as "those against" and "the countries abstaining" already did.
- Asking for "the briefing" a procedural vote decides is support for it, as "asked for the
  review" is (a briefing asked for besides, "a briefing", or one on something named, "the
  briefing on the strikes", stays no stance).
- Taking a text through a body ("steered the text through the committee", "piloted the
  draft through the Council", "ushered it through") is support, as "shepherded" is; not
  "steered the talks through a difficult week" or a ship through a strait.
- "meant to abstain" is an intention (as "intended to"), weaker than the vote cast; "X cast
  its veto, and Y joined it" joins the state or its veto, not a decision (no support).
- The other council's vote told in passing ("On 7 October the Security Council condemned the
  raids, with Chile abstaining" in an Assembly report) gives no vote on this decision.
- "joined the same eight countries in voting no": the eight states an earlier sentence gave
  that vote cast it again, when that list has exactly eight.

Every sentence is written for these tests; each label is what a careful reader codes from
the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels, labels_by_issue, needs_spacy, resolved, stance_pairs

from concilium.text.draft import draft_scenario

read = partial(stance_pairs, on=dt.date(2003, 5, 14))

pytestmark = needs_spacy


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "The six against were Chile, Peru, Mexico and the Philippines.",
            {("CHL", "oppose"), ("PER", "oppose"), ("MEX", "oppose"), ("PHL", "oppose")},
        ),
        (
            "The three abstaining were Norway, Iceland and Ireland.",
            {("NOR", "abstain"), ("ISL", "abstain"), ("IRL", "abstain")},
        ),
        ("The two in favour were Ghana and Kenya.", {("GHA", "support"), ("KEN", "support")}),
        (
            "Among the nine in favour were Ghana and Kenya.",
            {("GHA", "support"), ("KEN", "support")},
        ),
        # near misses: a count with no side, or a side with no count or article
        ("The two were Ghana and Kenya.", set()),
        ("The eight members of the group were Ghana and Kenya.", set()),
        ("Eight against were Ghana and Kenya.", set()),
    ],
)
def test_a_counted_side_lists_its_states(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Norway had asked for the briefing in closed consultations.", {("NOR", "support")}),
        ("Norway had asked for the briefing.", {("NOR", "support")}),
        # near misses: one more briefing, or one on something else
        ("Norway had asked for a briefing on the strikes.", set()),
        ("Norway had asked for the briefing on the strikes.", set()),
        ("Norway had asked for a briefing in the Council.", set()),
    ],
)
def test_asking_for_the_briefing(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Norway steered the text through the legal committee.", {("NOR", "support")}),
        ("Norway piloted the draft through the Council last month.", {("NOR", "support")}),
        ("Norway ushered the resolution through the Assembly.", {("NOR", "support")}),
        # near misses: talks or a ship taken through something, or no "through"
        ("Norway steered the talks through a difficult week.", set()),
        ("Norway steered the ship through the strait.", set()),
        ("Norway steered the debate.", set()),
    ],
)
def test_taking_a_text_through_a_body(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


def _draft(text: str) -> dict[str, str]:
    sc = draft_scenario(
        "Council hears briefing on Ruritania\n\nUNITED NATIONS, 14 May 2003 (Wire) - " + text,
        source="t.txt",
        on=dt.date(2003, 5, 14),
        body="unsc",
    )
    return labels(sc, named_only=True)


def test_the_backers_of_the_state_that_asked_for_the_briefing_support_it() -> None:
    got = _draft(
        "The Security Council heard a briefing on Ruritania after a procedural vote of nine "
        "to five.\n\nBritain was backed by Chile and Mexico. Russia and China voted against."
        "\n\nBritain had first asked for the briefing in closed consultations on Tuesday."
    )
    assert got == {
        "GBR": "support",
        "CHL": "support",
        "MEX": "support",
        "RUS": "oppose",
        "CHN": "oppose",
    }


def test_a_briefing_asked_for_besides_gives_no_side() -> None:
    # near miss: "a briefing" is one more, not the one voted on; the backers follow no one
    got = _draft(
        "The Security Council heard a briefing on Ruritania after a procedural vote of nine "
        "to five.\n\nBritain was backed by Chile and Mexico. Russia and China voted against."
        "\n\nBritain had also asked for a briefing on the border."
    )
    assert got == {"RUS": "oppose", "CHN": "oppose"}


def test_meant_to_abstain_is_weaker_than_the_veto_cast() -> None:
    got = resolved(
        "Britain and France vetoed the text on Friday. Paris later said it meant to abstain.",
        dt.date(2003, 5, 14),
    )
    assert got["FRA"] == "oppose"
    assert got["GBR"] == "oppose"
    # alone, the intention is still an abstention at a reaction's weight
    assert read("Paris said it meant to abstain.") == {("FRA", "abstain")}


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Britain cast its veto on Friday, and France joined it.", {("GBR", "oppose")}),
        ("Britain vetoed the draft, and France joined it.", {("GBR", "oppose")}),
        # near miss: "it" a pact, no veto before
        ("The pact was opened on Monday, and Malta joined it.", {("MLT", "support")}),
    ],
)
def test_joining_a_veto_is_no_support(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


def _assembly(text: str) -> dict[str, str]:
    sc = draft_scenario(
        "Assembly condemns the raids\n\nUNITED NATIONS, 14 May 2003 (Wire) - " + text,
        source="t.txt",
        on=dt.date(2003, 5, 14),
        body="unga",
    )
    return labels(sc, named_only=True)


def test_the_other_councils_vote_told_in_passing_is_not_this_one() -> None:
    got = _assembly(
        "The General Assembly on Wednesday condemned the raids by 120 votes to 4.\n\n"
        "Chile and Peru voted against.\n\n"
        "On 7 May the Security Council condemned the raids, with Chile abstaining."
    )
    assert got == {"CHL": "oppose", "PER": "oppose"}


def test_the_assemblys_vote_in_a_council_report_is_not_the_councils() -> None:
    got = _draft(
        "The Security Council on Wednesday condemned the raids by 14 votes to none, with Chile "
        "abstaining.\n\nEarlier this month the General Assembly adopted a similar text, with "
        "Peru voting against."
    )
    assert got == {"CHL": "abstain"}


def test_a_vote_after_the_other_councils_failure_stays() -> None:
    # near miss: the Assembly's own vote, told after the other council's failure
    got = _assembly(
        "The General Assembly on Wednesday condemned the raids by 120 votes to 4, after the "
        "Security Council failed to act.\n\nChile and Peru voted against."
    )
    assert got == {"CHL": "oppose", "PER": "oppose"}


_TWO_TEXTS = (
    "The General Assembly on Wednesday adopted two texts on the fisheries commission.\n\n"
    "The first text renews the commission. It passed by 120 votes to 3. The three against "
    "were Chile, Peru and Mexico.\n\n"
    "A second resolution, on the commission's secretariat, was approved by 118 votes to 4, "
    "as Cuba joined the same {n} countries in voting no.\n"
)


def test_joining_the_same_countries_in_voting_no() -> None:
    sc = draft_scenario(
        "Assembly renews fisheries bodies\n\nUNITED NATIONS, 14 May 2003 (Wire) - "
        + _TWO_TEXTS.format(n="three"),
        source="t.txt",
        on=dt.date(2003, 5, 14),
        body="unga",
    )
    issues = labels_by_issue(sc, named_only=True)
    second = next(labs for iid, labs in issues.items() if "secretariat" in iid)
    assert second == {"CUB": "oppose", "CHL": "oppose", "PER": "oppose", "MEX": "oppose"}


def test_the_same_countries_of_another_count_give_nothing() -> None:
    # near miss: "the same four" is not the list of three told before
    sc = draft_scenario(
        "Assembly renews fisheries bodies\n\nUNITED NATIONS, 14 May 2003 (Wire) - "
        + _TWO_TEXTS.format(n="four"),
        source="t.txt",
        on=dt.date(2003, 5, 14),
        body="unga",
    )
    issues = labels_by_issue(sc, named_only=True)
    second = next(labs for iid, labs in issues.items() if "secretariat" in iid)
    assert second == {"CUB": "oppose"}
