"""A count said of a named group of the body's members is that group's (issue 13).

"The sixteen countries that use the euro unanimously backed ..." filled every EU member, and
"The ten elected members unanimously backed ..." every Security Council member: the count
is over the group's members on the date when the drafter knows them (the euro area by
year, the permanent five and the elected ten, the Council's African members, the Baltic,
Nordic, Benelux and Visegrad states, the founding members), and over no one when it does
not ("the 21 EU countries that are also in NATO").  The whole body stays the whole body.

Every sentence here is written for these tests; the expected labels are what a careful
reader codes from the sentence alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.counts import EURO, OTHER_GROUP, deciding_group

# the euro area on 10 March 2009: the eleven of 1999, Greece, Slovenia, Cyprus, Malta and
# Slovakia (from 1 January 2009)
EURO16 = [
    *("AUT", "BEL", "CYP", "DEU", "ESP", "FIN", "FRA", "GRC"),
    *("IRL", "ITA", "LUX", "MLT", "NLD", "PRT", "SVK", "SVN"),
]
# the EU's 27 on that day: the sixteen and eleven others
EU27 = [*EURO16, "BGR", "CZE", "DNK", "EST", "GBR", "HUN", "LTU", "LVA", "POL", "ROU", "SWE"]
# the Security Council in 2016: the permanent five and the elected ten (Angola, Egypt and
# Senegal its African members)
P5 = ["CHN", "FRA", "GBR", "RUS", "USA"]
E10 = ["AGO", "EGY", "ESP", "JPN", "MYS", "NZL", "SEN", "UKR", "URY", "VEN"]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The sixteen countries that use the euro unanimously backed the plan.", EURO),
        ("All sixteen countries in the euro zone backed the plan.", EURO),
        ("The loans must be approved unanimously by the euro countries.", EURO),
        ("The five permanent members unanimously backed the text.", "p5"),
        ("The P5 agreed unanimously.", "p5"),
        ("The ten non-permanent members voted unanimously for the text.", "e10"),
        ("The Council's ten elected members unanimously backed it.", "e10"),
        ("The text was unanimously backed by the ten elected members.", "e10"),
        ("The three African members unanimously backed the text.", "a3"),
        ("The three Baltic states unanimously backed the sanctions.", "baltic"),
        ("The Nordic members unanimously backed the sanctions.", "nordic"),
        ("The Benelux countries were unanimous.", "benelux"),
        ("The four Visegrad countries unanimously rejected the quotas.", "visegrad"),
        ("The six founding members unanimously backed the declaration.", "founding"),
        # a part whose members the drafter does not hold
        ("The 21 EU countries that are also in NATO unanimously backed it.", OTHER_GROUP),
    ],
)
def test_the_group_named_as_deciding(sentence, kind):
    assert deciding_group(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # a member named as one of the group, the group as the drafters or as those spoken
        # for: the count is the body's
        (
            "Norway and Niger, two of the Council's elected members, put it forward and it was "
            "adopted unanimously."
        ),
        "The text, drafted by the five permanent members, was adopted unanimously.",
        "The draft, put forward on behalf of African states, was adopted unanimously.",
        "Russia, one of the five permanent members, voted in favour.",
        # the whole body is no part
        "The 27 EU countries unanimously backed it.",
        "Sixteen members voted in favour of the text.",
    ],
)
def test_no_group_decides(sentence):
    assert deciding_group(sentence) is None


def _labels(text: str, body: str) -> tuple[dict[str, str], dict]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, body=body)
    ((iid, got),) = labels_by_issue(sc).items()
    return got, sc["x-draft"].get("issues", {}).get(iid, {})


def _eu(sentence: str) -> tuple[dict[str, str], dict]:
    return _labels(f"Plan agreed\n\nBRUSSELS, 10 March 2009 (Wire) - {sentence}", "eu-council")


def _unsc(sentence: str) -> tuple[dict[str, str], dict]:
    return _labels(f"Council vote\n\nNEW YORK, 10 March 2016 (Wire) - {sentence}", "unsc")


@needs_spacy
def test_the_euro_countries_unanimity_fills_the_euro_area_of_the_day():
    got, meta = _eu(
        "The sixteen countries that use the euro unanimously backed the plan on Monday, "
        "Germany said."
    )
    # the sixteen of 2009 (Estonia joined in 2011): Britain, Poland, Sweden ... get nothing
    assert got == dict.fromkeys(EURO16, "support")
    assert "euro area's 16 members" in meta["counts_over"]


@needs_spacy
def test_the_whole_union_is_still_the_whole_union():
    got, _ = _eu("The 27 EU countries unanimously backed the sanctions on Monday, Germany said.")
    assert got == dict.fromkeys(EU27, "support")


@needs_spacy
@pytest.mark.parametrize(
    "sentence, members",
    [
        ("The three Baltic states unanimously backed the plan on Monday.", ["EST", "LTU", "LVA"]),
        # the Nordic states in the EU: not Norway or Iceland
        ("The Nordic members unanimously backed the plan on Monday.", ["DNK", "FIN", "SWE"]),
        ("The Benelux countries unanimously backed the plan on Monday.", ["BEL", "LUX", "NLD"]),
        (
            "The six founding members unanimously backed the plan on Monday.",
            ["BEL", "DEU", "FRA", "ITA", "LUX", "NLD"],
        ),
    ],
)
def test_a_known_eu_group_fills_its_members(sentence, members):
    got, meta = _eu(sentence + " Germany said so.")
    assert got == dict.fromkeys(members, "support")
    assert "the other members get no stance" in meta["counts_over"]


@needs_spacy
def test_a_group_the_drafter_cannot_list_fills_no_one():
    got, meta = _eu(
        "The 21 EU countries that are also in NATO unanimously backed the plan on Monday, "
        "Austria said."
    )
    assert got == {}
    assert "counts_not_implied" in meta


@needs_spacy
@pytest.mark.parametrize(
    "sentence, members",
    [
        ("The five permanent members unanimously backed the resolution on Monday.", P5),
        ("The ten elected members unanimously backed the resolution on Monday.", E10),
        ("The E10 unanimously backed the resolution on Monday.", E10),
        (
            "The three African members unanimously backed the resolution on Monday.",
            ["AGO", "EGY", "SEN"],
        ),
    ],
)
def test_a_council_group_fills_its_members_of_the_year(sentence, members):
    got, _ = _unsc(sentence + " Japan said so.")
    assert got == dict.fromkeys(members, "support")


@needs_spacy
def test_a_count_of_the_council_is_still_the_councils():
    # fourteen of the fifteen in favour, Russia abstaining: the others support
    got, _ = _unsc(
        "Fourteen members voted in favour of the resolution on Monday, while Russia abstained."
    )
    assert got == {
        **dict.fromkeys([m for m in P5 + E10 if m != "RUS"], "support"),
        "RUS": "abstain",
    }
    # elected members named as the drafters of a text the Council adopted unanimously
    got, _ = _unsc(
        "Japan and Ukraine, two of the Council's elected members, put the resolution forward "
        "and it was adopted unanimously on Monday."
    )
    assert got == dict.fromkeys(P5 + E10, "support")


@needs_spacy
def test_the_elected_ten_are_named_as_the_permanent_five_are():
    # each group's stance is each of its members' of the year
    got, _ = _unsc(
        "The five permanent members voted in favour of the resolution on Monday, while the "
        "ten elected members abstained."
    )
    assert got == {**dict.fromkeys(P5, "support"), **dict.fromkeys(E10, "abstain")}
    # a part of them, unnamed: none of them
    got, _ = _unsc(
        "Two of the ten elected members backed the resolution on Monday, while Russia abstained."
    )
    assert got == {"RUS": "abstain"}
