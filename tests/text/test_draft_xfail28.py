"""The open classes of probes 27 and 28 fixed (worktree xfail28), on sentences of our own
with near misses that must get no stance (or keep their own)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import UNSC_2020, first_issue_pairs, needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2020, 3, 3))


def _pairs(text: str, council: str, date: str, *, named_only: bool = False) -> set:
    return first_issue_pairs("Council decision", text, date, council, named_only=named_only)


def _council(text: str, *, named_only: bool = False) -> set:
    return _pairs(text, "unsc", "2020-03-03", named_only=named_only)


# --- counts over the whole council (probe28 12, 13) ---------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "joined the other N members in voting for it": the joiner and the N others
        (
            (
                "UNITED NATIONS, March 3, 2020 - The Security Council on Tuesday extended its mission"
                " in Somalia. Germany, which had doubts last year, joined the other 14 members in"
                " voting for it."
            ),
            {(m, "support") for m in UNSC_2020},
        ),
        # "N members of the Security Council voted on DAY for ...": a count with the day
        (
            (
                "UNITED NATIONS, March 3, 2020 - Thirteen members of the Security Council voted on"
                " Tuesday for the draft on Syria, but Russia and China vetoed it."
            ),
            {(m, "support") for m in UNSC_2020 - {"RUS", "CHN"}}
            | {("RUS", "oppose"), ("CHN", "oppose")},
        ),
        # near misses: joining the others in something else, or speaking for the text
        (
            (
                "UNITED NATIONS, March 3, 2020 - The Security Council on Tuesday extended its mission"
                " in Somalia. Germany joined the other 14 members in a minute of silence."
            ),
            set(),
        ),
        (
            (
                "UNITED NATIONS, March 3, 2020 - The Security Council on Tuesday extended its mission"
                " in Somalia. Thirteen members of the Security Council spoke on Tuesday for the"
                " mission."
            ),
            set(),
        ),
    ],
)
def test_counts_over_the_whole_council(text: str, expected: set) -> None:
    assert _council(text) == expected


# --- companions in a vote told in a "with" clause (probe28 6) ------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            (
                "The council rejected the draft on Tuesday, with only Niger and China joining Russia"
                " in voting for it."
            ),
            {("NER", "support"), ("CHN", "support"), ("RUS", "support")},
        ),
        (
            "The council rejected the text, with Tunisia joining Indonesia in abstaining.",
            {("TUN", "abstain"), ("IDN", "abstain")},
        ),
        # near misses: a denial is still the denier's (only the one joined voted); joining in
        # something else is no vote
        ("China denied joining Russia in voting for it.", {("RUS", "support")}),
        (
            "The council rejected the draft, with Niger joining Russia in calling for more talks.",
            set(),
        ),
    ],
)
def test_companions_in_a_with_clause(text: str, expected: set) -> None:
    assert read(text) == expected


# --- "outvoting A and B" (probe28 29) ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ones outvoted by an adoption voted against it
        (
            (
                "LUXEMBOURG, June 16, 2020 - EU finance ministers adopted the tax directive on"
                " Tuesday, outvoting Ireland and Malta."
            ),
            {("IRL", "oppose"), ("MLT", "oppose")},
        ),
        (
            (
                "LUXEMBOURG, June 16, 2020 - EU ministers approved new rules on truck drivers' rest"
                " on Tuesday, outvoting Poland, Hungary and Lithuania. Belgium abstained."
            ),
            {("POL", "oppose"), ("HUN", "oppose"), ("LTU", "oppose"), ("BEL", "abstain")},
        ),
        # near misses: a prospect of outvoting, or outvoting told of no adoption
        (
            (
                "LUXEMBOURG, June 16, 2020 - EU finance ministers adopted the tax directive on"
                " Tuesday. They could have ended up outvoting Ireland on the levy."
            ),
            set(),
        ),
        (
            (
                "LUXEMBOURG, June 16, 2020 - EU finance ministers met on Tuesday, outvoting Ireland"
                " on a point of order."
            ),
            set(),
        ),
    ],
)
def test_outvoting_a_list(text: str, expected: set) -> None:
    assert _pairs(text, "eu-council", "2020-06-16", named_only=True) == expected


# --- "joined the majority" (probe27 18) ----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the side that carried the vote, when the article tells no failure
        (
            (
                "UNITED NATIONS, March 3, 2020 - The Security Council renewed the mission on Tuesday."
                " Niger and Tunisia joined the majority, while China abstained."
            ),
            {("NER", "support"), ("TUN", "support"), ("CHN", "abstain")},
        ),
        (
            (
                "UNITED NATIONS, March 3, 2020 - Indonesia joined the large majority, while Niger"
                " voted against."
            ),
            {("IDN", "support"), ("NER", "oppose")},
        ),
        # near misses: a text that failed (a veto's majority was for it, a shortfall's against
        # it), a prospect, a majority of some group, a negation
        (
            (
                "UNITED NATIONS, March 3, 2020 - Russia vetoed the draft on Tuesday. Niger and"
                " Tunisia joined the majority, while China abstained."
            ),
            {("RUS", "oppose"), ("CHN", "abstain")},
        ),
        ("UNITED NATIONS, March 3, 2020 - Niger could join the majority.", set()),
        (
            "UNITED NATIONS, March 3, 2020 - Tunisia joined the majority in the Arab group.",
            set(),
        ),
        ("UNITED NATIONS, March 3, 2020 - Tunisia did not join the majority.", set()),
        # no vote told beside it: which side, unsaid
        ("UNITED NATIONS, March 3, 2020 - Tunisia joined the large majority.", set()),
    ],
)
def test_joined_the_majority(text: str, expected: set) -> None:
    assert _council(text, named_only=True) == expected


# --- refusing to abide by "its terms" (probe28 3) ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pyongyang said North Korea would not abide by its terms.", {("PRK", "oppose")}),
        (
            "Iran's foreign minister said Tehran 'will not abide by its provisions'.",
            {("IRN", "oppose")},
        ),
        # near misses: abiding, another thing's terms, terms of something else
        ("Pyongyang said North Korea would abide by its terms.", set()),
        ("North Korea said it would not abide by the terms of the truce.", set()),
        ("North Korea has not abided by its terms of trade.", set()),
    ],
)
def test_not_abiding_by_its_terms(text: str, expected: set) -> None:
    assert read(text) == expected
