"""UN reports of heldout18 (issue 13, the un18 hunt), read after its run:

- A past resolution's vote recalled in an elliptic "as they had": "Peru and Malta abstained,
  just as they had on 3 May when the Council imposed the embargo under resolution 2874" tells
  their abstention on 2874 too, an issue of its own; the text reported keeps its own.  Near
  misses: no number (a date alone names no text), another state as the subject of "as ...
  had", a clause with a verb of its own ("as it had promised"): nothing for an earlier text.
- A state's dissidents, exiles or activists are not its government: "Venezuelan dissidents
  criticised the decision" is no stance of Venezuela's (its diplomats or government are).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2019, 6, 10)
read = partial(stance_pairs, on=DAY)
LEAD = (
    "Council widens the Ruritania embargo\n\nUNITED NATIONS, 10 June 2019 - The Security "
    "Council on Monday adopted resolution 2901, letting navies inspect ships bound for "
    "Ruritania. Resolution 2901 was adopted by 13 votes to none. "
)


def issues(text: str) -> dict[str, dict[str, str]]:
    """{issue id: {actor: label}} of the stances named in a drafted report (not from a count)."""
    got = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="unsc")
    return labels_by_issue(got, named_only=True)


# ------------------------------------------------- a past resolution's vote, "as they had"


@pytest.mark.parametrize(
    "clause",
    [
        "just as they had on 3 May when the Council first voted on resolution 2874",
        "as they had done on resolution 2874",
        "as they had when resolution 2874 was adopted in May",
    ],
)
def test_as_they_had_on_an_earlier_resolution_is_its_own_issue(clause: str) -> None:
    got = issues(f"Peru and Malta abstained, {clause}.")
    both = {"PER": "abstain", "MLT": "abstain"}
    assert got == {"resolution-2901-council-widens-the-ruritania": both, "resolution-2874": both}


@pytest.mark.parametrize(
    "sentence",
    [
        # a date alone names no text: no second issue, no guess
        "Peru and Malta abstained, just as they had on 3 May.",
        # a clause with a verb of its own repeats no vote
        "Peru and Malta abstained, as they had promised before resolution 2874 was adopted.",
    ],
)
def test_no_numbered_text_repeated_no_second_issue(sentence: str) -> None:
    got = issues(sentence)
    assert list(got.values()) == [{"PER": "abstain", "MLT": "abstain"}]


def test_another_state_as_they_had_is_not_the_subjects_vote() -> None:
    # "as Malta had on resolution 2874": Malta's vote on 2874, not Peru's; nothing is read
    # for 2874 (the reader does not guess Malta's vote from an ellipsis of another subject)
    got = issues("Peru abstained, as Malta had on resolution 2874.")
    assert "resolution-2874" not in got
    assert got[next(iter(got))]["PER"] == "abstain"


# ------------------------------------------------------- a state's critics, not its state


@pytest.mark.parametrize(
    "sentence",
    [
        "Prominent Venezuelan dissidents criticised the decision.",
        "Iranian exiles in Paris welcomed the vote.",
        "Belarusian activists condemned the resolution.",
        "The decision was criticised by Venezuelan dissidents.",
    ],
)
def test_dissidents_exiles_and_activists_are_no_state(sentence: str) -> None:
    assert read(sentence) == set()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Venezuelan diplomats criticised the decision.", {("VEN", "oppose")}),
        ("The Venezuelan government criticised the decision.", {("VEN", "oppose")}),
        ("Iran welcomed the vote.", {("IRN", "support")}),
    ],
)
def test_a_states_diplomats_and_government_still_speak_for_it(sentence, expected) -> None:
    assert read(sentence) == expected


# ------------------------------------------ "voted together", "added their votes": a side shared

VOTE_LEAD = (
    "Council votes on Ruritania\n\nUNITED NATIONS, 10 June 2019 - The Security Council "
    "voted on a draft resolution on Ruritania on Monday. "
)


def voted(text: str) -> dict[str, str]:
    """{actor: label} of the stances named in a one-issue report."""
    got = labels_by_issue(
        draft_scenario(VOTE_LEAD + text, source="t.txt", on=DAY, body="unsc"), named_only=True
    )
    assert len(got) == 1, got
    return next(iter(got.values()))


@pytest.mark.parametrize(
    "text, expected",
    [
        # "added their votes" after a side voted in the same sentence: that side
        (
            "Peru and Chile voted for the text; Japan, Kenya and Malta added their votes.",
            {
                "PER": "support",
                "CHL": "support",
                "JPN": "support",
                "KEN": "support",
                "MLT": "support",
            },
        ),
        (
            "Russia voted against the text, and Iran added its vote.",
            {"RUS": "oppose", "IRN": "oppose"},
        ),
        # a group that "voted together", one of them named voting yes: all of them yes
        (
            "Kenya voted yes, so the African members, Kenya, Ghana and Gabon, voted together.",
            {"KEN": "support", "GHA": "support", "GAB": "support"},
        ),
    ],
)
def test_a_side_shared_by_voting_together_or_adding_votes(text, expected) -> None:
    assert voted(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no side voted before it: nothing
        ("Japan and Kenya added their votes.", {}),
        # the sides before it differ: no guess
        (
            "Peru voted for the text, but Chile voted against it; Malta added its vote.",
            {"PER": "support", "CHL": "oppose"},
        ),
        # a side named in a "to" phrase: not this reading
        (
            "Russia voted for the text, and Iran added its vote to the opposition.",
            {"RUS": "support"},
        ),
        # a group that voted together with no one's vote told: nothing
        ("The three African members, Kenya, Ghana and Gabon, voted together.", {}),
    ],
)
def test_no_side_shared_without_one_told(text, expected) -> None:
    assert voted(text) == expected
