"""Single wordings missed in EU, European Council and NATO reports (issue 13, twenty-fifth
stop, read from heldout21 to heldout23): a state that "led the opposition" or "led the
resistance" opposes the decision; one that "wanted the sanctions kept" supports keeping them
and one that "wanted the embargo lifted" opposes it (neither in a report of the measure's
ending, where the reading turns round); "joined the others in the end" is joining them (the
phrase says when, not in what); and a dateline's weekday ("Friday 20 October") is that day's,
read before an "on Thursday" in the report, which may be the day before.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import needs_spacy, resolved, stance_pairs

from concilium.text.draft import article_date

DAY = dt.date(2015, 6, 22)
read = partial(stance_pairs, on=DAY)


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # a state heading the opposition or the resistance, with nothing after the noun
        ("Hungary led the opposition.", {("HUN", "oppose")}),
        ("Greece and Cyprus led the resistance.", {("GRC", "oppose"), ("CYP", "oppose")}),
        # through a relative clause on the state
        (
            "Five states voted no, lining up with Sweden, which led the opposition.",
            {("SWE", "oppose")},
        ),
        # resistance to a proposal (opposition to it is read by the stance nouns already)
        ("Austria led the resistance to the proposal.", {("AUT", "oppose")}),
        ("Austria spearheaded the resistance against the plan.", {("AUT", "oppose")}),
        # leading a push or a campaign for it keeps its support
        ("Finland led the push for the plan.", {("FIN", "support")}),
    ],
)
def test_leading_the_opposition_is_opposing(text, expected):
    assert read(text) == expected


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        # a person leading a party's opposition, not a state's stance
        "Jeremy Corbyn led the opposition.",
        # a country's political opposition, named by its kind
        "Turkey led the Syrian opposition.",
        # resistance to a state (a war), not to the decision
        "Russia led the resistance to Napoleon.",
        # denied
        "Hungary did not lead the opposition.",
        # a place, not what it is against
        "Hungary led the resistance in the hall.",
    ],
)
def test_leading_some_other_opposition_is_no_stance(text):
    assert read(text) == set()


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # a small clause on a wish: the measure kept (support) or ended (oppose)
        ("Lithuania wanted the sanctions kept without delay.", {("LTU", "support")}),
        ("Estonia wants the sanctions extended for a year.", {("EST", "support")}),
        ("Latvia wanted the ban kept in place.", {("LVA", "support")}),
        ("Cyprus wanted the sanctions lifted.", {("CYP", "oppose")}),
        ("Slovakia wanted the embargo eased.", {("SVK", "oppose")}),
    ],
)
def test_wanting_a_measure_kept_or_ended(text, expected):
    assert read(text) == expected


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        # denied: what it wanted instead is not said
        "Cyprus did not want the sanctions lifted.",
        # neither kept nor ended
        "Cyprus wanted the sanctions reviewed.",
        # a condition on it
        "Cyprus wanted the sanctions rolled over only after a review.",
        # no measure
        "Cyprus wanted the charges dropped.",
    ],
)
def test_wanting_other_things_of_a_measure_is_no_stance(text):
    assert read(text) == set()


RENEWED = (
    "EU renews arms embargo\n\n"
    "BRUSSELS, 22 June 2015 - EU ministers agreed on Monday to renew the arms embargo on the "
    "country for another year. "
)
LIFTED = (
    "EU lifts arms embargo\n\n"
    "BRUSSELS, 22 June 2015 - EU ministers agreed on Monday to lift the arms embargo on the "
    "country. "
)


@needs_spacy
@pytest.mark.parametrize(
    ("text", "actor", "label"),
    [
        (RENEWED + "Sweden wanted the embargo kept.", "SWE", "support"),
        (RENEWED + "Italy wanted the embargo lifted.", "ITA", "oppose"),
        # a report of the embargo's ending turns both round: no guess
        (LIFTED + "Sweden wanted the embargo kept.", "SWE", None),
        (LIFTED + "Italy wanted the embargo lifted.", "ITA", None),
    ],
)
def test_a_wish_for_the_measure_follows_the_decision(text, actor, label):
    assert resolved(text, DAY).get(actor) == label


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "in the end" says when: the others' decision, joined
        ("Canada joined the others in the end.", {("CAN", "support")}),
        ("Canada held out for days. It joined the others in the end.", {("CAN", "support")}),
        ("Norway joined the other allies on Monday.", {("NOR", "support")}),
    ],
)
def test_joining_the_others_in_the_end(text, expected):
    assert read(text) == expected


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        "Canada did not join the others in the end.",
        # a place, with or without the time
        "Canada joined the others at the table in the end.",
        "Canada joined the others in Brussels.",
    ],
)
def test_joining_the_others_somewhere_is_no_stance(text):
    assert read(text) == set()


TODAY = dt.date(2026, 11, 30)
BODY = (
    " (Wire) - European Union leaders agreed late on Thursday, after talks that began in 2015, "
    "to trim the fund."
)


@pytest.mark.parametrize(
    "dateline",
    ["BRUSSELS, Friday 20 October", "BRUSSELS, Friday, October 20", "BRUSSELS, Friday October 20"],
)
def test_the_datelines_weekday_is_its_days(dateline):
    # 20 October is a Friday in 2017 and 2023 (a Thursday in 2016 and 2022): the dateline's
    # Friday, not the report's "on Thursday" (the night before), fixes the years
    got = article_date("Leaders trim fund\n\n" + dateline + BODY, TODAY)
    assert got.day == dt.date(2023, 10, 20)
    assert "Friday" in got.why


def test_without_a_dateline_weekday_the_reports_is_read():
    got = article_date("Leaders trim fund\n\nBRUSSELS, 20 October" + BODY, TODAY)
    assert got.day == dt.date(2022, 10, 20)
