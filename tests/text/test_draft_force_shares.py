"""Failure classes of drafting (issue 13, thirteenth stop): members taking a share of a force,
and a subject set off from its verb by a participle.

* committing to lead or command a force ("will lead the battalion in Poland", "agreed to
  command the mission") is a share of it, as sending troops to it is (support); a lead in the
  past ("led the force in 1999"), negated or conditional is none, and "the one in Poland"
  counts only when forces were named just before;
* a clause that leaves its verb out shares it: "Italy will send 1,000 more troops and Poland
  around 600", "the United States will lead the one in Poland, Britain the one in Estonia";
  never "and Poland none", "but Germany no troops", nor a place ("to Poland and Lithuania
  next year");
* "..., and Cuba, often criticised by others, voted for it": the verb after a participle set
  off by commas is Cuba's, not the first clause's subject's.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentences alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Canada will lead the new brigade in Latvia.", "CAN"),
        ("Italy agreed to command the naval mission.", "ITA"),
        # "the one" after a sentence that names the forces
        (
            "Three battlegroups will be set up in the east. Spain will lead the one in Romania.",
            "ESP",
        ),
    ],
)
def test_leading_a_force_is_support(sentence, actor):
    assert resolved(sentence, DAY).get(actor) == "support"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Canada will not lead the new brigade in Latvia.", "CAN"),  # negated
        ("Canada led the brigade in Latvia in 2017.", "CAN"),  # the past
        ("Canada would lead the brigade in Latvia if the allies paid for it.", "CAN"),
        # "the one" with no forces named: a vote, a group, anything
        ("Spain will lead the one on trade.", "ESP"),
        # leading talks is no share of a force
        ("Spain will lead the talks in Geneva.", "ESP"),
    ],
)
def test_near_misses_of_leading_a_force(sentence, actor):
    assert resolved(sentence, DAY).get(actor) is None


def test_a_clause_without_its_verb_shares_the_contribution():
    got = resolved("Spain will send about 800 more troops and Portugal around 200.", DAY)
    assert got.get("ESP") == "support"
    assert got.get("PRT") == "support"
    got = resolved(
        "Two battalions will be formed. Norway will lead the one in Lithuania, Denmark the one "
        "in Latvia and Sweden the one in Estonia.",
        DAY,
    )
    assert {a: got.get(a) for a in ("NOR", "DNK", "SWE")} == dict.fromkeys(
        ("NOR", "DNK", "SWE"), "support"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain will send about 800 more troops and Portugal none.",
        "Spain will send about 800 more troops, but Portugal no troops at all.",
        # a place, not a state sharing the forces
        "Spain will send 800 more troops to the force, with Portugal next in line.",
        # the state has a verb of its own
        "Spain will send 800 more troops, and Portugal said it would think about 200.",
    ],
)
def test_near_misses_of_a_gapped_share(sentence):
    assert resolved(sentence, DAY).get("PRT") is None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            (
                "Norway had championed the compromise from the start, and Venezuela, often "
                "criticised in the old commission, voted for it too."
            ),
            "support",
        ),
        (
            (
                "Norway had championed the compromise from the start, and Venezuela, often "
                "criticised in the old commission, voted against it."
            ),
            "oppose",
        ),
    ],
)
def test_the_verb_after_a_set_off_participle_is_the_participle_subject(sentence, label):
    # the vote is Venezuela's; Norway's stance is its championing only
    got = resolved(sentence, DAY)
    assert got.get("NOR") == "support"
    assert got.get("VEN") == label


def test_a_real_second_clause_keeps_its_own_subject():
    # "Chile abstained" is a clause of its own: Chile's abstention, Germany's support
    got = resolved("Germany backed the text, and Chile abstained, saying it needed more time.", DAY)
    assert got.get("DEU") == "support"
    assert got.get("CHL") == "abstain"
