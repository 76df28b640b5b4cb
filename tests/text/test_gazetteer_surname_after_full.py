"""A bare surname the gazetteer leaves out because it is also a word or a place ("May": a
month; "Hague": The Hague) names the person once the article has named them in full (issue
13, thirteenth stop: "Theresa May ... May accepted the offer"), where it stands alone and not
in a date or a place name.  Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import Gazetteer

DAY = dt.date(2019, 3, 21)


def people(text: str, on: dt.date = DAY) -> list[tuple[int, str, str | None]]:
    """(start, surface, state) of each person the gazetteer finds, in the order of the text."""
    found = Gazetteer.builtin().find(text, on)
    return sorted((m.start, m.surface, m.actor) for m in found if m.how.startswith("person:"))


def surfaces(text: str, on: dt.date = DAY) -> list[tuple[str, str | None]]:
    return [(s, a) for _, s, a in people(text, on)]


def test_surname_after_the_full_name():
    text = "Leaders refused Prime Minister Theresa May's request. May accepted the offer."
    assert surfaces(text) == [("Theresa May", "GBR"), ("May", "GBR")]


def test_without_the_full_name_the_word_is_no_one():
    assert surfaces("Leaders met. May accepted the offer.") == []


@pytest.mark.parametrize(
    "tail",
    [
        "The deadline is 22 May.",  # a date
        "Elections are due in late May.",
        "By May, nothing had changed.",
        "May 2019 was busy.",
        "The talks ran into May-June.",
    ],
)
def test_a_date_is_no_person(tail):
    assert surfaces("Theresa May spoke. " + tail) == [("Theresa May", "GBR")]


def test_a_place_or_another_name_is_no_person():
    # "The Hague" and "Later Hague" (a capitalised word beside it) are left alone
    text = "William Hague spoke in The Hague. Later Hague said no."
    assert surfaces(text, dt.date(2012, 3, 21)) == [("William Hague", "GBR")]


def test_surname_inside_a_sentence():
    text = "Theresa May flew in. After talks without May in the room, the leaders agreed."
    assert surfaces(text) == [("Theresa May", "GBR"), ("May", "GBR")]
