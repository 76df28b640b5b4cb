"""Small open classes of issue 13 (the twenty-third stop).

* an article with no headline line opens with its dateline ("LAKE SUCCESS, 27 June - The
  Council ..."): the issue id and the titles come from what the lead says (its proposal),
  never from the dateline's place and day;
* a Security Council member named as absent in other words ("Syria's ambassador was
  absent", "the Soviet delegate stayed away", "its seat was empty", "boycotted the meeting")
  cast no vote: the count is of the members present and the absentee gets no stance (not an
  abstention); not an absence from an earlier meeting ("absent from the talks last week"),
  nor "the absent delegate" saying something;
* "the Congo" of a 1960s report names Congo-Léopoldville (COD) when the article names it by
  its capital's name of then ("Léopoldville") or as "Congo-Léopoldville"; alone, or beside
  Brazzaville, it stays the Republic of the Congo's (COG) own name: no guess by date.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected ids and stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import Gazetteer, draft_scenario


def _ids(sc: dict) -> list[str]:
    return [issue["id"] for issue in sc["issues"]]


_TONIGHT = (
    "The Security Council tonight called on all members to help the Republic of Korea repel "
    "the attack."
)
_WITHDRAWAL = (
    "The Security Council adopted a resolution calling for the withdrawal of North Korean "
    "forces from the Republic of Korea."
)


@pytest.mark.parametrize(
    "text, issue_id, title",
    [
        # the lead's proposal names the issue -> withdrawal-north-korean-forces
        (
            f"LAKE SUCCESS, 27 June 1950 - {_WITHDRAWAL}",
            "withdrawal-north-korean-forces",
            _WITHDRAWAL,
        ),
        # no proposal noun: the lead's own words, without the dateline (with no year too)
        (f"LAKE SUCCESS, 27 June - {_TONIGHT}", "tonight-members-help-republic", _TONIGHT),
        (f"UNITED NATIONS, 27 June 1950 - {_TONIGHT}", "tonight-members-help-republic", _TONIGHT),
        # near miss: a headline line of its own still titles the scenario and names the
        # issue, by what it backs (the proposal, not the act: "Council backs Korea aid")
        (
            f"Council backs Korea aid\n\nLAKE SUCCESS, 27 June 1950 - {_TONIGHT}",
            "korea-aid",
            "Council backs Korea aid",
        ),
    ],
)
def test_a_lead_first_article_takes_no_id_from_its_dateline(text, issue_id, title):
    sc = draft_scenario(text, source="t.txt")
    assert _ids(sc) == [issue_id]
    assert sc["title"] == title
    assert sc["id"].startswith(issue_id + "-")


# Members on 27 June 1950 (unsc.yaml): the five permanent (China's seat CHN, the Soviet
# Union SUN) and Cuba, Ecuador, Egypt, India, Norway, Yugoslavia; seven votes to one, Egypt
# and India abstaining, Yugoslavia against: with the Soviet Union absent the other seven
# voted for it.  On 22 May 2003 the fifteen were CHN FRA RUS GBR USA and AGO BGR CMR CHL DEU
# GIN MEX PAK ESP SYR: fourteen votes to none with Syria absent is the other fourteen for it.
_KOREA = (
    "LAKE SUCCESS, 27 June 1950 - The Security Council on Tuesday recommended that members "
    "help the Republic of Korea repel the attack by seven votes to one, with Egypt and India "
    "abstaining. Yugoslavia voted against. "
)
_KOREA_TOLD = {"EGY": "abstain", "IND": "abstain", "YUG": "oppose"}
_KOREA_ALL = _KOREA_TOLD | dict.fromkeys(
    ("CHN", "FRA", "GBR", "USA", "CUB", "ECU", "NOR"), "support"
)
_IRAQ = (
    "NEW YORK, 22 May 2003 - The Security Council on Thursday lifted the sanctions on Iraq "
    "by 14 votes to none. "
)
_IRAQ_ALL = dict.fromkeys(
    ("CHN", "FRA", "RUS", "GBR", "USA", "AGO", "BGR", "CMR", "CHL", "DEU", "GIN", "MEX", "PAK")
    + ("ESP",),
    "support",
)


@needs_spacy
@pytest.mark.parametrize(
    "lead, absence, expected",
    [
        # the envoy, not the state, named as away -> the others fill the count
        (_KOREA, "The Soviet delegate stayed away.", _KOREA_ALL),
        (_KOREA, "The Soviet Union's delegate was absent.", _KOREA_ALL),
        (_IRAQ, "Syria's ambassador was absent.", _IRAQ_ALL),
        # staying away is no abstention at the Council: SUN gets no stance
        (_KOREA, "The Soviet Union stayed away.", _KOREA_ALL),
        # the empty seat
        (_KOREA, "The Soviet seat was empty.", _KOREA_ALL),
        (_IRAQ, "Syria's seat was empty.", _IRAQ_ALL),
        # a boycott of the meeting
        (_KOREA, "The Soviet Union boycotted the meeting.", _KOREA_ALL),
        (_IRAQ, "Syria boycotted the session.", _IRAQ_ALL),
        # near misses: an earlier meeting, or the absent delegate speaking -> no one assumed
        (_KOREA, "The Soviet Union was absent from the talks last week.", _KOREA_TOLD),
        (_IRAQ, "Syria was absent from the talks last week.", {}),
        (
            _KOREA,
            "The absent Soviet delegate, Mr Malik, said the vote was illegal.",
            _KOREA_TOLD,
        ),
        # a boycott of something else
        (_IRAQ, "Syria boycotted the elections.", {}),
    ],
)
def test_an_absence_in_other_words_leaves_the_count_to_those_present(lead, absence, expected):
    assert labels(draft_scenario(lead + absence, source="t.txt")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the capital's name of then settles the pair -> COD
        (
            "The Council asked Belgium to leave the Congo, whose government in Léopoldville had "
            + "appealed for help. The Congo welcomed the text.",
            ["COD", "COD", "COD"],
        ),
        ("Congo-Leopoldville welcomed the text. The Congo said so.", ["COD", "COD"]),
        ("The Congo (Léopoldville) spoke first. The Congo said so.", ["COD", "COD"]),
        # near misses: the Congo alone, or beside Brazzaville -> COG, as before
        ("The Council asked Belgium to leave the Congo.", ["COG"]),
        ("The Congo (Brazzaville) spoke first. The Congo said so.", ["COG", "COG"]),
        ("Congo-Brazzaville welcomed the text. The Congo said so.", ["COG", "COG"]),
    ],
)
def test_the_congo_of_the_1960s_by_its_capital_of_then(text, expected):
    found = Gazetteer.builtin().find(text, dt.date(1960, 7, 14))
    assert [m.actor for m in found if m.actor in ("COD", "COG")] == expected
