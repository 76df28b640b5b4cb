"""Small open classes of issue 13 (heldout21 seen, and three older ones).

* the last item of a gapped list of units with "the" before its name ("Canada leads the
  battalion in Latvia, Germany the one in Lithuania and the United States the one in
  Poland"): each state shares the lead (fba0899), the last one too;
* a list of plural demonyms with "the" ("The Americans, the British and the French backed
  it"), which the parser splits into two subjects: the first item is in the list too;
* a state "instrumental in pushing the step through" did the deed, as one that "played a key
  role in pushing it through" (not when denied, nor "interested in pushing it");
* a fixed group named in an article on the Union ("the Nordic countries") is its members that
  are the Union's on the date: not Iceland and Norway, unless named one by one.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentences alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, resolved

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2016, 6, 1)
UNITS = "Ministers agreed to form three battalions. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            UNITS + "Norway leads the battalion in Latvia, Spain the one in Lithuania and the "
            "United States the one in Estonia.",
            {"NOR": "support", "ESP": "support", "USA": "support"},
        ),
        (
            UNITS + "Norway leads the battalion in Latvia and the Netherlands the one in Estonia.",
            {"NOR": "support", "NLD": "support"},
        ),
    ],
)
def test_last_gapped_item_with_the(text, expected):
    got = resolved(text, DAY)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # no share after the name
        (
            UNITS + "Norway leads the battalion in Latvia, Spain the one in Lithuania and the "
            "United States none.",
            "USA",
        ),
        # a place after the verb, no state with a share
        (UNITS + "Norway leads the battalion in Latvia, bordering the Russian Federation.", "RUS"),
    ],
)
def test_last_gapped_item_near_misses(text, actor):
    assert actor not in resolved(text, DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Americans, the British and the French backed the resolution.",
            {"USA": "support", "GBR": "support", "FRA": "support"},
        ),
        (
            "The Americans, the British and Venezuela backed the resolution.",
            {"USA": "support", "GBR": "support", "VEN": "support"},
        ),
        (
            "The Americans, the British and the French abstained.",
            {"USA": "abstain", "GBR": "abstain", "FRA": "abstain"},
        ),
    ],
)
def test_list_of_demonyms_with_the(text, expected):
    assert resolved(text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time before the list is no item of it
        (
            "On Monday, the British and the French backed the resolution.",
            {"GBR": "support", "FRA": "support"},
        ),
        # the speaker is not one of those who backed it
        (
            "The Americans said the British and the French backed the resolution.",
            {"GBR": "support", "FRA": "support"},
        ),
    ],
)
def test_list_of_demonyms_near_misses(text, expected):
    assert resolved(text, DAY) == expected


MISSION = "NATO agreed on Tuesday to let Jordan open a mission at its headquarters. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MISSION + "Norway, Spain and Italy were instrumental in pushing the step through.",
            {"NOR": "support", "ESP": "support", "ITA": "support"},
        ),
        (
            MISSION + "Norway had been instrumental in blocking the step for years.",
            {"NOR": "oppose"},
        ),
    ],
)
def test_instrumental_in_a_deed(text, expected):
    got = resolved(text, DAY)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        MISSION + "Norway was not instrumental in pushing the step through.",
        MISSION + "Norway was never instrumental in pushing the step through.",
        MISSION + "Norway was interested in pushing the step through.",
    ],
)
def test_instrumental_near_misses(text):
    assert "NOR" not in resolved(text, DAY)


EU_2015 = (
    "BRUSSELS, Dec 21, 2015 - The Council of the EU on Monday adopted the fisheries regulation. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Union's members among the Nordic states
        (
            EU_2015 + "The Nordic countries backed the regulation.",
            {"DNK": "support", "FIN": "support", "SWE": "support"},
        ),
        # Norway named one by one keeps its own stance
        (
            EU_2015 + "The Nordic countries backed the regulation. Norway welcomed it.",
            {"DNK": "support", "FIN": "support", "SWE": "support", "NOR": "support"},
        ),
        # a group all of whose members are the Union's: unchanged
        (
            EU_2015 + "The Baltic states backed the regulation.",
            {"EST": "support", "LVA": "support", "LTU": "support"},
        ),
        # NATO's articles are left as before (Finland and Sweden may be its candidates)
        (
            (
                "BRUSSELS, Dec 21, 2015 - NATO allies on Monday agreed to send jets to Iceland. "
                "The Nordic countries backed the plan."
            ),
            dict.fromkeys(["DNK", "FIN", "ISL", "NOR", "SWE"], "support"),
        ),
    ],
)
def test_group_cut_to_the_unions_members(text, expected):
    assert labels(draft_scenario(text, source="t.txt"), named_only=True) == expected


# ---- a state a time preposition governs before an aside ("after Belgium, the last holdout,
# dropped its objection"), parsed with the verb as a subjectless conjunct of the main verb
TRADE = "EU ministers on Monday approved a trade agreement with Albania after "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRADE + "Belgium, the last holdout, dropped its objection.", {"BEL": "support"}),
        (
            TRADE + "Belgium, the only one of the members still standing in the way, lifted its "
            "veto.",
            {"BEL": "support"},
        ),
    ],
)
def test_name_before_an_aside_after_a_preposition(text, expected):
    assert resolved(text, DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the name is the object of "with", not the one who dropped it
        TRADE + "talks with Belgium, the last holdout, dropped its objection.",
        # a subject of its own after the aside
        TRADE + "Belgium, the last holdout, said Italy dropped its objection.",
    ],
)
def test_name_before_an_aside_near_misses(text):
    assert "BEL" not in resolved(text, DAY)
