"""Heads of government and foreign ministers of 1945-2000 in the gazetteer: the United States,
Britain, France, (West) Germany, Russia and the Soviet Union.

Reports of NATO summits, Security Council votes and EU summits of those years name the
leaders by their bare surnames after the first mention ("Thatcher accepted the formula",
"Kohl pressed for talks"); without them the state takes no stance.  Every date below is
restated from general reference (the official lists of presidents, prime ministers,
chancellors and secretaries of state the entries cite), so a wrong entry in ``gazetteer.yaml``
fails here rather than being copied from it.  The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.text import nlp
from concilium.text.draft import Gazetteer, draft_scenario

D = dt.date


def _who(text: str, on: dt.date) -> list[str | None]:
    return [m.actor or m.body for m in Gazetteer.builtin().find(text, on)]


@pytest.mark.parametrize(
    "text, inside, outside, who",
    [
        # Margaret Thatcher, prime minister 1979-05-04 to 1990-11-28
        ("Thatcher said", D(1989, 5, 30), D(1990, 12, 5), "GBR"),
        # John Major, prime minister 1990-11-28 to 1997-05-02
        ("John Major said", D(1992, 6, 1), D(1997, 6, 1), "GBR"),
        # Helmut Kohl, chancellor 1982-10-01 to 1998-10-27
        ("Kohl said", D(1989, 5, 30), D(1998, 12, 1), "DEU"),
        # Hans-Dietrich Genscher, foreign minister 1974-05-17 to 1992-05-17
        ("Genscher said", D(1990, 7, 6), D(1992, 6, 1), "DEU"),
        # Konrad Adenauer, chancellor 1949-09-15 to 1963-10-16
        ("Adenauer said", D(1955, 5, 9), D(1964, 1, 1), "DEU"),
        # François Mitterrand, president 1981-05-21 to 1995-05-17
        ("Mitterrand said", D(1991, 11, 8), D(1995, 6, 1), "FRA"),
        # Charles de Gaulle, president 1959-01-08 to 1969-04-28
        ("de Gaulle said", D(1966, 3, 7), D(1969, 6, 1), "FRA"),
        # Dwight D. Eisenhower, president 1953-01-20 to 1961-01-20
        ("Eisenhower said", D(1957, 12, 19), D(1961, 6, 1), "USA"),
        # Ronald Reagan, president 1981-01-20 to 1989-01-20
        ("Reagan said", D(1987, 12, 8), D(1989, 6, 1), "USA"),
        # Boris Yeltsin, president of Russia to 1999-12-31 (from the Federation's first day)
        ("Yeltsin said", D(1997, 5, 27), D(2000, 6, 1), "RUS"),
        # Nikita Khrushchev, first secretary 1953-09-14 to 1964-10-14
        ("Khrushchev said", D(1962, 10, 28), D(1965, 1, 1), "SUN"),
        # Nikolai Bulganin, Soviet premier 1955-02-08 to 1958-03-27
        ("Bulganin said", D(1957, 12, 19), D(1958, 6, 1), "SUN"),
    ],
)
def test_a_leader_speaks_for_the_state_only_while_in_office(text, inside, outside, who):
    assert _who(text, inside) == [who]
    assert _who(text, outside) == []


@pytest.mark.parametrize(
    "text, on, who",
    [
        # George H. W. Bush, president 1989-01-20 to 1993-01-20; his son 2001-01-20 to
        # 2009-01-20; nobody of the name between (Clinton's years)
        ("President George Bush said", D(1990, 7, 6), ["USA"]),
        ("President George Bush said", D(1996, 6, 1), []),
        ("President George Bush said", D(2003, 3, 20), ["USA"]),
        # Yeltsin was president of the Russian republic before the Union ended: he does not
        # speak for the Soviet Union
        ("Yeltsin said", D(1991, 9, 1), []),
        # Harold Wilson's two terms (1964-1970, 1974-1976), none in Heath's years
        ("Harold Wilson said", D(1967, 6, 1), ["GBR"]),
        ("Harold Wilson said", D(1972, 6, 1), []),
        ("Harold Wilson said", D(1975, 6, 1), ["GBR"]),
    ],
)
def test_a_name_resolves_by_date(text, on, who):
    assert _who(text, on) == who


@pytest.mark.parametrize(
    "text, on",
    [
        # surnames that are words or other people's names are matched only in full or titled
        ("a major step", D(1993, 1, 1)),  # John Major's years
        ("Major said", D(1993, 1, 1)),
        ("Kennedy said", D(1962, 6, 1)),  # Robert Kennedy was attorney general then
        ("Dulles said", D(1955, 6, 1)),  # Allen Dulles ran the CIA then
        ("Ford said", D(1975, 6, 1)),
        ("Schmidt said", D(1978, 6, 1)),
        ("Baker said", D(1990, 6, 1)),
    ],
)
def test_ambiguous_bare_surnames_name_nobody(text, on):
    assert _who(text, on) == []


def test_titled_and_full_forms_of_the_ambiguous_ones_are_matched():
    assert _who("John Major said", D(1993, 1, 1)) == ["GBR"]
    assert _who("Mr Major said", D(1993, 1, 1)) == ["GBR"]
    assert _who("President Kennedy said", D(1962, 6, 1)) == ["USA"]
    assert _who("John Foster Dulles said", D(1955, 6, 1)) == ["USA"]
    assert _who("Helmut Schmidt said", D(1978, 6, 1)) == ["DEU"]


@pytest.mark.skipif(not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')")
def test_a_bare_surname_gives_its_state_the_stance():
    # Written for this test.  Thatcher and Kohl are named only by surname and title; a
    # careful reader codes Britain (accepted the plan) and West Germany (pressed for it).
    text = (
        "Allies agree on missile plan\n\n"
        "BRUSSELS, 30 May 1989 (Wire) - NATO leaders on Tuesday agreed a plan on short-range "
        "missiles.\n\n"
        "Chancellor Kohl had pressed for the plan. Prime Minister Thatcher, who had long "
        "resisted it, accepted the plan.\n"
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got.get("GBR") == "support"
    assert got.get("DEU") == "support"


@pytest.mark.skipif(not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')")
def test_an_ex_leader_named_gives_no_stance():
    # Written for this test.  In 1999 Thatcher and Kohl are out of office: what they say is
    # no stance of Britain or Germany.
    text = (
        "Allies adopt new strategy\n\n"
        "WASHINGTON, 24 April 1999 (Wire) - NATO leaders on Saturday adopted a new strategy.\n\n"
        "Norway backed the strategy. Former prime minister Thatcher welcomed the strategy, "
        "and Kohl criticised it.\n"
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got.get("NOR") == "support"
    assert "GBR" not in got and "DEU" not in got
