"""A count or "unanimously" said of a sub-group of the body that decides alone is over that
group's members, not the whole body (issue 13: a euro summit's "unanimous agreement" filled
all 28 EU members, euro or not, as supporting).

The euro area's members on a date are data (``concilium/text/data/groups.yaml``, adoption
dates from the European Commission and Eurostat); a group whose members are not data (the
Schengen states, a coalition of the willing) fills no one.  Every sentence here is written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue

from concilium.bodies import load_body
from concilium.text.counts import EURO, OTHER_GROUP, Tally, deciding_group, euro_area_on

DAY = dt.date(2014, 3, 10)  # Latvia in the euro (1 Jan 2014), Lithuania not yet (1 Jan 2015)
EU28 = [m.id for m in load_body("eu-council").members_on(DAY)]
EURO18 = sorted(euro_area_on(DAY))


def test_the_euro_area_by_date():
    # the eleven of 1999, then one or two a year: each on its own adoption date
    assert len(euro_area_on(dt.date(1999, 1, 1))) == 11
    assert "GRC" not in euro_area_on(dt.date(2000, 12, 31))
    assert "GRC" in euro_area_on(dt.date(2001, 1, 1))
    assert len(euro_area_on(dt.date(2008, 12, 31))) == 15  # with SVN, CYP, MLT
    assert "SVK" in euro_area_on(dt.date(2009, 1, 1))
    assert len(EURO18) == 18 and "LVA" in EURO18 and "LTU" not in EURO18
    assert len(euro_area_on(dt.date(2015, 7, 13))) == 19
    assert "HRV" not in euro_area_on(dt.date(2022, 12, 31))
    assert len(euro_area_on(dt.date(2023, 1, 1))) == 20
    # never a state outside the EU, and never the opt-outs
    assert not {"GBR", "DNK", "SWE", "POL"} & euro_area_on(dt.date(2024, 1, 1))
    assert euro_area_on(DAY) <= set(EU28)


@pytest.mark.parametrize(
    "sentence",
    [
        "Euro zone leaders reached a unanimous agreement early on Tuesday.",
        "The 18 eurozone countries agreed to the plan.",
        "The euro area's finance ministers signed off on the loan.",
        "Finance ministers of the euro zone unanimously backed the deal.",
        "Ministers of the countries that share the euro approved it unanimously.",
        "The Eurogroup unanimously approved the second tranche.",
        "At a euro summit on Sunday the leaders agreed unanimously.",
        "All 17 euro countries joined the pact.",
    ],
)
def test_the_euro_area_named_as_deciding(sentence):
    assert deciding_group(sentence) == EURO


@pytest.mark.parametrize(
    "sentence",
    [
        # the euro area as the object of a decision or a qualifier, not the deciders
        "The rules set penalties for euro zone countries that overspend.",
        "The treaty takes effect once ratified by twelve euro zone members.",
        "The change will let euro zone countries set up a permanent fund.",
        "The decision followed advice from the euro area members.",
        "Eurogroup president Paschal Donohoe said the talks were hard.",
        "Some euro zone governments had doubts about the loan.",
        # the whole body
        "European Union finance ministers unanimously approved the rules.",
    ],
)
def test_the_euro_area_not_named_as_deciding(sentence):
    assert deciding_group(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "All 26 Schengen states agreed to extend the checks.",
        "Interior ministers of the Schengen area backed the plan.",
        "A coalition of the willing agreed to send ships.",
        # a part of the body named by a qualifier
        "The alliance's eastern flank allies unanimously backed the plan.",
        "A group of 14 member states unanimously backed the plan.",
        "Like-minded governments agreed unanimously to press on.",
        "The southern countries unanimously backed the fund.",
    ],
)
def test_a_group_whose_members_are_not_data(sentence):
    assert deciding_group(sentence) == OTHER_GROUP


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole body, or a part named only as the decision's beneficiary
        "All 27 leaders agreed unanimously.",
        "The 27 member states unanimously backed it.",
        "EU leaders unanimously agreed aid for southern states.",
        "The allies unanimously approved more troops on the eastern flank.",
    ],
)
def test_the_whole_body_is_no_part(sentence):
    assert deciding_group(sentence) is None


def _draft(text: str):
    pytest.importorskip("spacy")
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, body="eu-council")
    ((iid, meta),) = sc["x-draft"]["issues"].items()
    return labels_by_issue(sc)[iid], labels_by_issue(sc, named_only=True)[iid], meta


def test_a_euro_ministers_unanimity_fills_only_the_euro_members_on_the_date():
    got, named, meta = _draft(
        "Euro zone agrees loan\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - Euro zone finance ministers unanimously approved a "
        "12 billion euro loan to Portugal on Monday."
    )
    # the 18 euro members of that day support; Lithuania (euro from 2015), Britain, Poland,
    # Sweden and the other non-euro members get nothing from the count
    assert got == dict.fromkeys(EURO18, "support")
    assert named == {}
    assert meta["counts"] == {"yes": 18, "no": 0, "abstain": 0}
    assert "euro area's 18 members" in meta["counts_over"]


def test_a_council_unanimity_still_fills_every_member():
    got, _, meta = _draft(
        "EU agrees loan rules\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - European Union finance ministers unanimously "
        "approved new rules on bank loans on Monday."
    )
    assert got == dict.fromkeys(EU28, "support")
    assert meta["counts"] == {"yes": 28, "no": 0, "abstain": 0}
    assert "counts_over" not in meta


def test_a_non_euro_state_agreeing_at_a_euro_summit_stays_stated_and_is_not_counted():
    got, named, meta = _draft(
        "Euro leaders agree bigger fund\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - The leaders of the euro zone reached a unanimous "
        "agreement on Monday on a bigger rescue fund. Poland's prime minister Donald Tusk, "
        "attending as a guest, backed the fund."
    )
    # Poland's support is its own (stated), not one of the 18 the count fills
    assert named == {"POL": "support"}
    assert got == {"POL": "support", **dict.fromkeys(EURO18, "support")}
    assert meta["counts"] == {"yes": 18, "no": 0, "abstain": 0}
    assert not {"GBR", "SWE", "LTU", "HUN"} & set(got)


def test_unanimity_apart_from_the_euro_deciders_fills_no_one():
    # the euro ministers decide, but "unanimously" is said in a sentence of its own: whose
    # unanimity it is the text leaves to the reader, so no one is filled (no guess)
    got, named, meta = _draft(
        "Euro zone ministers approve loan\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - Euro zone finance ministers met on Monday to approve "
        "a 12 billion euro loan to Portugal. The decision was taken unanimously. Germany's "
        "finance minister backed the loan."
    )
    assert got == named == {"DEU": "support"}
    assert "counts_not_implied" in meta


def test_a_count_of_the_schengen_states_fills_no_one():
    got, named, meta = _draft(
        "Border checks extended\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - All 26 Schengen states agreed on Monday to extend "
        "border checks by six months. Germany backed the extension."
    )
    assert got == named == {"DEU": "support"}
    assert "counts_not_implied" in meta


def test_a_unanimity_of_a_part_of_the_alliance_fills_no_one():
    pytest.importorskip("spacy")
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(
        "Allies back plan\n\n"
        "BRUSSELS, 10 March 2024 (Wire) - NATO's eastern flank allies unanimously backed the "
        "plan on Monday. Poland's defence minister welcomed it.",
        body="nato",
    )
    ((iid, meta),) = sc["x-draft"]["issues"].items()
    # Poland's own support only: not the 32 allies (Turkey, Canada ... are not on the flank)
    assert labels_by_issue(sc)[iid] == {"POL": "support"}
    assert "counts_not_implied" in meta


def _scope(counted, on_issue, yes=None, unanimous=False):
    from concilium.text.draft import _count_scope

    t = Tally(yes=yes, unanimous=unanimous, rest="support" if unanimous else None)
    return _count_scope(t, counted, on_issue, 28, 18, {})


def test_whose_count_it_is():
    euro = "Euro zone leaders agreed the pact."
    # a count in a sentence naming the euro deciders is theirs ...
    assert _scope([euro], [euro], unanimous=True) == EURO
    # ... unless it counts more than the euro area has: "23 of the 28 ...: the 18 euro zone
    # countries and five others" is a count of the body
    mixed = "Twenty-three of the 28 governments joined: the 18 euro zone countries and five others."
    assert _scope([mixed], [mixed], yes=23) is None
    # the euro deciders named elsewhere on the issue: a number of their size is theirs, the
    # body's size is the body's, and bare unanimity is no one's
    other = "The leaders agreed it."
    assert _scope([other], [euro, other], yes=18) == EURO
    assert _scope([other], [euro, other], yes=28) is None
    assert _scope([other], [euro, other], unanimous=True) == OTHER_GROUP
    # no euro deciders anywhere: the body's count, as before
    assert _scope([other], [other], unanimous=True) is None
