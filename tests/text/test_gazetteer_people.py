"""The gazetteer's office holders of 2013-2022: matched while in office, never outside it.

Every date below is the one the gazetteer entry cites (its ``source``, the official site that
publishes the office holders) and is restated in the comment beside the case, so that a wrong
entry in ``gazetteer.yaml`` fails here rather than being copied from it.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import combinations

import pytest

from concilium.io import parse_scenario
from concilium.io.documents import dump_yaml
from concilium.text.draft import Gazetteer, draft_scenario
from concilium.text.nlp import available as nlp_available

D = dt.date


def _who(text: str, on: dt.date) -> list[str | None]:
    return [m.actor or m.body for m in Gazetteer.builtin().find(text, on)]


@pytest.mark.parametrize(
    "text, inside, outside, who",
    [
        # Angela Merkel, chancellor 2005-11-22 to 2021-12-08 (bundesregierung.de)
        ("Chancellor Angela Merkel said", D(2015, 6, 1), D(2022, 1, 10), "DEU"),
        # Nikki Haley, US ambassador to the UN 2017-01-27 to 2018-12-31 (history.state.gov)
        ("Ambassador Nikki Haley voted", D(2017, 11, 14), D(2019, 3, 1), "USA"),
        # Samantha Power, US ambassador to the UN 2013-08-05 to 2017-01-20 (history.state.gov)
        ("Samantha Power said", D(2016, 12, 23), D(2017, 2, 1), "USA"),
        # Vitaly Churkin, Russia's UN ambassador from 2006, died in office 2017-02-20
        ("Churkin said", D(2016, 12, 5), D(2017, 3, 1), "RUS"),
        # Theresa May, prime minister 2016-07-13 to 2019-07-24 (gov.uk, past prime ministers)
        ("Mrs May said", D(2018, 11, 25), D(2019, 8, 1), "GBR"),
        # Barack Obama, president 2009-01-20 to 2017-01-20 (whitehouse.gov)
        ("Obama said", D(2016, 9, 20), D(2017, 2, 1), "USA"),
        # Matteo Renzi, Italian prime minister 2014-02-22 to 2016-12-12 (governo.it)
        ("Renzi said", D(2015, 6, 25), D(2017, 6, 1), "ITA"),
        # Mariano Rajoy, Spanish prime minister 2011-12-21 to 2018-06-01 (lamoncloa.gob.es)
        ("Rajoy said", D(2017, 10, 20), D(2018, 6, 5), "ESP"),
        # Petro Poroshenko, president of Ukraine 2014-06-07 to 2019-05-20 (president.gov.ua)
        ("Poroshenko said", D(2015, 2, 12), D(2019, 6, 1), "UKR"),
        # Shinzo Abe, Japanese prime minister 2012-12-26 to 2020-09-16 (japan.kantei.go.jp)
        ("Abe said", D(2019, 6, 28), D(2020, 10, 1), "JPN"),
        # Herman Van Rompuy, President of the European Council 2009-12-01 to 2014-11-30
        ("Van Rompuy said", D(2014, 6, 27), D(2014, 12, 5), "eu-council"),
        # Anders Fogh Rasmussen, NATO Secretary General 2009-08-01 to 2014-09-30 (nato.int)
        ("Anders Fogh Rasmussen said", D(2014, 9, 5), D(2014, 10, 2), "nato"),
        # Ban Ki-moon, UN Secretary-General 2007-01-01 to 2016-12-31 (un.org/sg)
        ("Ban Ki-moon said", D(2016, 12, 30), D(2017, 1, 2), "unsc"),
        # Liu Jieyi, China's UN ambassador: credentials 2013-09-03, left September 2017
        # (china-mission list; Xinhua, 2013-09-04)
        ("Liu Jieyi said", D(2015, 3, 1), D(2017, 10, 1), "CHN"),
        # Danny Danon, Israel's UN ambassador: credentials 2015-10-19; Gilad Erdan, his
        # successor, presented his on 2020-08-12 (UN press release BIO/5333)
        ("Danon said", D(2016, 1, 5), D(2021, 1, 5), "ISR"),
        # Stefan Löfven, Swedish prime minister 2014-10-03 to 2021-11-30 (government.se)
        ("Löfven said", D(2016, 6, 1), D(2022, 1, 5), "SWE"),
        # Enda Kenny, taoiseach 2011-03-09 to 2017-06-14 (gov.ie)
        ("Enda Kenny said", D(2016, 6, 24), D(2017, 7, 1), "IRL"),
        # Jean-Claude Juncker, Luxembourg's prime minister 1995-01-20 to 2013-12-04
        # (gouvernement.lu); the file lists no Commission presidents, so no match afterwards
        ("Mr Juncker said", D(2013, 6, 1), D(2016, 6, 1), "LUX"),
    ],
)
def test_a_person_speaks_for_the_state_only_while_in_office(text, inside, outside, who):
    assert _who(text, inside) == [who]
    assert _who(text, outside) == []


@pytest.mark.parametrize(
    "text, on, who",
    [
        # Donald Tusk: Polish prime minister 2007-11-16 to 2014-09-22, President of the
        # European Council 2014-12-01 to 2019-11-30, prime minister again from 2023-12-13
        ("Tusk said", D(2013, 6, 1), ["POL"]),
        ("Tusk said", D(2014, 10, 15), []),  # between the two offices
        ("Tusk said", D(2016, 6, 28), ["eu-council"]),
        ("Tusk said", D(2024, 6, 1), ["POL"]),
        # Charles Michel: Belgian prime minister 2014-10-11 to 2019-10-27, President of the
        # European Council 2019-12-01 to 2024-11-30 (premier.be; consilium.europa.eu)
        ("Charles Michel said", D(2016, 3, 22), ["BEL"]),
        ("Charles Michel said", D(2021, 3, 25), ["eu-council"]),
        # Recep Tayyip Erdoğan: prime minister 2003-03-14 to 2014-08-28, then president
        ("Erdogan said", D(2013, 6, 1), ["TUR"]),
        ("Erdogan said", D(2020, 6, 1), ["TUR"]),
        # Donald Trump: president 2017-01-20 to 2021-01-20 and again from 2025-01-20
        ("Trump said", D(2019, 6, 1), ["USA"]),
        ("Trump said", D(2022, 6, 1), []),
        ("Trump said", D(2025, 6, 1), ["USA"]),
        # Federica Mogherini: Italian foreign minister 2014-02-22 to 2014-10-31, EU High
        # Representative 2014-11-01 to 2019-11-30 (esteri.it; eeas.europa.eu)
        ("Mogherini said", D(2014, 6, 1), ["ITA"]),
        ("Mogherini said", D(2016, 6, 1), ["eu-council"]),
        # Jens Stoltenberg: Norwegian prime minister 2005-10-17 to 2013-10-16 (regjeringen.no),
        # NATO Secretary General 2014-10-01 to 2024-10-01 (nato.int)
        ("Stoltenberg said", D(2013, 6, 1), ["NOR"]),
        ("Stoltenberg said", D(2014, 3, 1), []),
        ("Stoltenberg said", D(2016, 7, 8), ["nato"]),
    ],
)
def test_a_name_two_offices_share_resolves_by_date(text, on, who):
    assert _who(text, on) == who


def test_theresa_may_is_a_person_and_may_is_a_month():
    # Theresa May was prime minister on 12 May 2017 (in office 2016-07-13 to 2019-07-24)
    on = D(2017, 5, 12)
    text = "On 12 May Theresa May said the talks would go on. In May they stalled."
    found = Gazetteer.builtin().find(text, on)
    assert [(m.surface, m.actor) for m in found] == [("Theresa May", "GBR")]
    assert _who("Mrs May and Ms May and Prime Minister May", on) == ["GBR"] * 3
    assert _who("The vote is due in May.", on) == []


def test_hague_the_foreign_secretary_is_not_the_hague():
    # William Hague was foreign secretary 2010-05-12 to 2014-07-14 (gov.uk): his surname alone
    # is never matched, so "the Hague" stays the Dutch seat of government
    on = D(2013, 9, 1)
    assert _who("William Hague said", on) == ["GBR"]
    assert _who("talks in the Hague", on) == []
    assert _who("talks in The Hague", on) == ["NLD"]


def test_no_name_points_at_two_actors_on_one_day():
    """Two live readings of one surface would make the match depend on the file's order."""
    gaz = Gazetteer.builtin()
    by_surface: dict[str, list] = {}
    for e in gaz.entries:
        by_surface.setdefault(e.surface, []).append(e)
    far_past, far_future = D(1900, 1, 1), D(2999, 1, 1)
    for surface, entries in by_surface.items():
        for a, b in combinations(entries, 2):
            if (a.actor, a.body) == (b.actor, b.body):
                continue
            overlap = max(a.start or far_past, b.start or far_past) <= min(
                a.end or far_future, b.end or far_future
            )
            assert not overlap, (surface, a, b)


def test_every_person_has_dates_in_order_and_a_source():
    gaz = Gazetteer.builtin()
    people = [p for st in gaz.states.values() for p in st.get("people", [])] + [
        p for org in gaz.organisations.values() for p in org.get("people", [])
    ]
    assert len(people) > 200
    for e in gaz.entries:
        if e.how.startswith("person:"):
            assert e.start is not None, e
            assert e.end is None or e.start <= e.end, e
    for p in people:
        assert str(p["source"]).startswith("http"), p["name"]
        # a bare "May" or "Hague" would match the month and the city
        assert "May" not in p["match"] and "Hague" not in p["match"], p["name"]


ENGINES = [
    "rules",
    pytest.param(
        "spacy",
        marks=pytest.mark.skipif(
            not nlp_available(), reason="spaCy pipeline not installed (extra 'nlp')"
        ),
    ),
]

# Own wording, not a report of a real vote.  Haley was US ambassador to the UN 2017-01-27 to
# 2018-12-31 and Nebenzia Russia's from 2017-07-27 (history.state.gov; russiaun.ru), so both speak
# for their states on 14 November 2017; the United States is named only through Haley.
ARTICLE_2017 = """Security Council rejects draft on the inquiry

NEW YORK, 14 November 2017 - A draft resolution failed in the UN Security Council on Tuesday.
Ambassador Nikki Haley voted against the text.
Russia's envoy Vassily Nebenzia abstained, and Mr Nebenzia said the text came too early.
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_a_2017_article_finds_haley_and_nebenzia(engine):
    sc = draft_scenario(ARTICLE_2017, engine=engine)
    assert str(sc["date"]) == "2017-11-14"
    labels = {
        a["id"]: re.search(r"drafted stance: (\w+)", st["note"]).group(1)
        for a in sc["actors"]
        for st in (a.get("stances") or {}).values()
    }
    assert labels == {"USA": "oppose", "RUS": "abstain"}
    assert sc["body"] == "unsc"
    parse_scenario(dump_yaml(sc), "draft.yaml")  # the core validates it (2017 Council members)


def test_the_kaczynski_twins_bare_surname_only_while_both_governed():
    # Lech Kaczyński was president 2005-12-23 to 2010-04-10 and his twin Jarosław prime
    # minister 2006-07-14 to 2007-11-16: in between, either twin "Kaczynski" speaks for
    # Poland's government; after 2007-11-16 Jarosław led the opposition, so the bare surname
    # names no government.
    text = "Kaczynski then gave his consent."
    assert _who(text, dt.date(2007, 10, 19)) == ["POL"]
    assert _who(text, dt.date(2009, 3, 1)) == []
