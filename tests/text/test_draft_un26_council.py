"""Security Council reports of heldout26's kind (issue 13): an old decision told under a
dateline with no year, a list of voters after a colon, a vote a state "did not join", and a
second text named by its number.

- A report of the adoption of a resolution numbered before 1990 (the first of 1990 is 646) is
  from before 1990, so a weekday in the dateline cannot put it in a recent year (and imply that
  year's Council as the voters): the date is only assumed, from 1946 to 1989.  A resolution
  named as background ("first set up by resolution 412") bounds nothing from above.
- "All the other members backed the draft: A, B and C" (the list parsed as the object's
  apposition): the members are the states listed.  Not when the colon opens on other words
  ("backed the plan: a text that Ghana wrote").
- "Ghana did not join Chile in voting against it": Chile voted against; of Ghana only what
  it did not do (no stance), where "Ghana joined Chile in voting against it" is both.
- "adopted a second text, resolution 2790, which ...": the issue is named by the number.
- "Malta and Guyana, which had also abstained in May when the Council imposed an arms embargo
  on Ruritania, again declined to support the measure": the embargo is recalled, no issue of
  its own, and "the measure" is the day's decision (where the count leaves abstention).
- "Nicaragua asked for an urgent meeting of the Council" is read as "requested the meeting"
  is (support); "Albania asked the Council for help" too, but not help asked of others.

Every sentence here is written for these tests.  9 May is a Friday in 1947, 1952, 1958, 1969,
1975, 1980, 1986, 1997, 2003, 2008, 2014 and 2025 (from the calendar): of 2016-2026 only in
2025, of 1946-1989 in seven years.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import article_date, draft_scenario, resolution_bounds

TODAY = dt.date(2026, 11, 30)

OLD = """Council condemns raid on border town

UNITED NATIONS, Friday 9 May (Wire) - The Security Council on Friday adopted a second text,
resolution 412, which condemns a raid on a border town and asks both sides for restraint.
"""
RENEWED = """Council renews border patrols

UNITED NATIONS, Friday 9 May (Wire) - The Security Council on Friday renewed the border
patrols first set up by resolution 412.
"""


def test_an_old_resolution_adopted_keeps_the_weekday_from_a_recent_year():
    got = article_date(OLD, TODAY)
    assert got.how == "assumed"
    assert got.day == dt.date(1986, 5, 9)  # the latest Friday 9 May before 1990
    assert "adopted by 1989" in got.why


def test_an_old_resolution_named_as_background_bounds_nothing():
    got = article_date(RENEWED, TODAY)
    assert got.how == "inferred" and got.day == dt.date(2025, 5, 9)


@pytest.mark.parametrize(
    "text, bounds",
    [
        ("The Security Council adopted resolution 242.", (None, 1989)),
        (
            "The Security Council then adopted a second text, resolution 330, on trade.",
            (None, 1989),
        ),
        ("The Security Council adopted a second text, resolution 2100, on Mali.", (2013, 2013)),
        # the number set off, adopted in a year named: background
        ("The Security Council adopted a new text, resolution 2100, in 2013.", (2013, None)),
        ("The Security Council recalled a text, resolution 242.", (None, None)),
    ],
)
def test_resolution_bounds_of_old_and_set_off_numbers(text, bounds):
    assert resolution_bounds(text) == bounds


read = partial(stance_pairs, on=dt.date(2024, 3, 25))


@needs_spacy
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "All the other members endorsed the plan: Chile, Ghana and Norway.",
            {("CHL", "support"), ("GHA", "support"), ("NOR", "support")},
        ),
        ("The rest rejected the plan: Chile and Ghana.", {("CHL", "oppose"), ("GHA", "oppose")}),
        (
            "Twelve members backed the draft: the Philippines, Ghana and Norway.",
            {("PHL", "support"), ("GHA", "support"), ("NOR", "support")},
        ),
        # near miss: the colon opens on no state
        ("The other members backed the plan: a text that Ghana wrote.", set()),
    ],
)
def test_a_colon_list_after_the_members(sentence, expected):
    assert read(sentence) == expected


@needs_spacy
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ghana did not join Chile in voting against it.", {("CHL", "oppose")}),
        ("Ghana never joined Chile in backing the text.", {("CHL", "support")}),
        # near miss: joined, both did it
        ("Ghana joined Chile in voting against it.", {("CHL", "oppose"), ("GHA", "oppose")}),
    ],
)
def test_a_vote_not_joined_is_only_the_joined_ones(sentence, expected):
    assert read(sentence) == expected


@needs_spacy
def test_a_second_text_named_by_its_number_is_that_issue():
    text = (
        "Council acts on piracy\n\nNEW YORK, 25 March 2024 - Russia vetoed a draft on naval "
        "patrols in the Gulf of Guinea. The Council then adopted a second text, resolution "
        "2790, which asks states to share shipping data. Ghana and Norway voted for it, and "
        "China abstained.\n"
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2024, 3, 25), body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    numbered = [iid for iid in issues if "2790" in iid]
    assert numbered == ["resolution-2790"]
    assert issues["resolution-2790"] == {"GHA": "support", "NOR": "support", "CHN": "abstain"}


EMBARGO = (
    "Council bans flights to Ruritania\n\nNEW YORK, 25 March 2024 - The Security Council "
    "on Monday banned flights to Ruritania until it frees the detained observers. The "
    "resolution was adopted by 13 votes to none, with two abstentions. Malta and Guyana, "
    "which had also abstained in May when the Council imposed an arms embargo on Ruritania, "
    "again declined to support the measure.\n"
)


@needs_spacy
def test_an_act_recalled_in_a_states_past_clause_is_no_issue():
    # the May embargo is what Malta and Guyana had abstained on: no issue of its own, and
    # "declined to support the measure" is on the flight ban, where the count (none
    # against) leaves only abstention
    sc = draft_scenario(EMBARGO, source="t.txt", on=dt.date(2024, 3, 25), body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1
    (got,) = issues.values()
    assert got == {"MLT": "abstain", "GUY": "abstain"}


@needs_spacy
def test_a_stance_on_the_first_number_after_the_second_text_is_the_first_one():
    text = (
        "Council extends patrols\n\nNEW YORK, 25 March 2024 - The Security Council on Monday "
        "adopted resolution 2789, which extends naval patrols in the Gulf of Guinea. The "
        "Council then adopted a second text, resolution 2790, which asks states to share "
        "shipping data. Japan and Malta were among the members that backed resolution 2789.\n"
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2024, 3, 25), body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    assert set(issues) >= {"resolution-2790"} and len(issues) == 2
    (first,) = (iid for iid in issues if iid != "resolution-2790")
    assert issues[first] == {"JPN": "support", "MLT": "support"}
    assert issues["resolution-2790"] == {}


@needs_spacy
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # asking for the meeting, as "requested the meeting" is read
        ("Nicaragua asked for an urgent meeting of the Council.", {("NIC", "support")}),
        ("Albania had asked the Council for help in restoring order.", {("ALB", "support")}),
        # near misses: help asked of others, help asked of no one named, a delay
        ("Albania asked its neighbours for help.", set()),
        ("Albania asked for help.", set()),
        ("Albania asked the Council for a delay.", set()),
        ("Nicaragua asked for a delay.", set()),
    ],
)
def test_a_state_asking_the_council_to_meet_or_help(sentence, expected):
    assert read(sentence) == expected
