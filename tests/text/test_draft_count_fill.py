"""Which members a count fills (issue 13, eighteenth stop).

* a count of the body's members with where they sat between the noun and the verb
  ("ambassadors of the 28 allies on the North Atlantic Council approved it"): every member,
  named without a stance or not;
* a member the text says takes no part ("took no part in the decision") stays out of the
  decision (abstain), and a unanimity in a council deciding by consensus is then the
  unanimity of the others, which the count fills; not in the Security Council, where
  "unanimously" beside an abstention is a contradiction that fills no one;
* a list of abstainers that names a state by its historical name ("the Union of South
  Africa").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts and stances are what a careful reader codes from the text alone, and each
case says why in its comment.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels

from concilium.text import nlp
from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

needs_spacy = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)


# ------------------------------------------------------------------ where the members sat


@pytest.mark.parametrize(
    "sentence, yes",
    [
        # the council they sit on between the count and the verb: all 30 of them -> yes 30
        (("The mission began after envoys of the 30 allies on the North Atlantic Council "
          "approved it."), 30),
        # a summit named by its city: the 27 leaders are still all of them -> yes 27
        ("The 27 leaders at the Lisbon summit agreed to the new fund.", 27),
        # "of the 27 member states", then where they met -> yes 27
        ("Ministers of the 27 member states in Luxembourg adopted the rules.", 27),
    ],
)  # fmt: skip
def test_a_count_with_where_the_members_sat(sentence, yes):
    assert find_counts(sentence).as_dict() == {"yes": yes}


@pytest.mark.parametrize(
    "sentence",
    [
        # "in the coalition": a group of them, not the body's whole membership -> no count
        "The 28 allies in the coalition agreed to the plan.",
        # the verb is a saying, not the decision -> no count
        "The 30 allies on the council said they agreed.",
        # a seat, then a verb that is no decision -> no count
        "The 26 allies at the summit answered a letter from the rebels.",
    ],
)
def test_no_count_from_a_group_or_a_saying(sentence):
    assert find_counts(sentence).as_dict() == {}


@needs_spacy
def test_a_count_of_all_members_fills_those_named_without_a_stance():
    # NATO had 28 members on 2010-03-10.  "the 28 allies on the North Atlantic Council
    # approved it" is every ally: Spain and Norway, named only for their ships, are filled
    # with support like the members not named.
    text = (
        "NATO extends its Aegean patrols\n\n"
        "BRUSSELS, 10 March 2010 (Wire) - NATO extended its naval patrols in the Aegean after "
        "ambassadors of the 28 allies on the North Atlantic Council approved the plan. Ships "
        "from Spain and Norway will lead the first rotation."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["ESP"] == got["NOR"] == got["DEU"] == "support"
    assert len(got) == 28


# ------------------------------------------------------------------ members taking no part


@needs_spacy
@pytest.mark.parametrize(
    "sentence, label",
    [
        # "took no part": the negation is on "part" -> staying out, abstain (never support)
        ("Denmark took no part in the decision.", "abstain"),
        # the same with a future -> abstain
        ("Denmark will take no part in the mission.", "abstain"),
        # near miss: taking part in the decision is support
        ("Denmark took part in the decision.", "support"),
        # not voting -> abstain
        ("Denmark took no part in the vote.", "abstain"),
    ],
)
def test_taking_no_part_is_staying_out(sentence, label):
    text = (
        "EU sets up border fund\n\n"
        "BRUSSELS, 4 March 2015 (Wire) - EU ministers on Wednesday agreed to set up a new "
        f"border fund. {sentence}"
    )
    assert labels(draft_scenario(text, source="t.txt"))["DNK"] == label


@needs_spacy
def test_a_unanimity_of_those_taking_part_fills_the_others():
    # The Council of the EU had 28 members on 2015-03-04.  "unanimously agreed" with Denmark
    # named as taking no part: Denmark stays out (abstain, an abstention does not break the
    # Council's unanimity) and the 27 others, Austria among them, supported it.
    text = (
        "EU sets up border fund\n\n"
        "BRUSSELS, 4 March 2015 (Wire) - EU ministers on Wednesday unanimously agreed to set "
        "up a new border fund. Denmark, which has an opt-out in the field, took no part in the "
        "decision and will keep its own scheme."
    )
    sc = draft_scenario(text, source="t.txt")
    got = labels(sc)
    assert got["DNK"] == "abstain"
    assert got["AUT"] == got["DEU"] == "support"
    assert len(got) == 28
    (meta,) = sc["x-draft"]["issues"].values()
    assert meta["counts"] == {"yes": 27, "no": 0, "abstain": 1}


@needs_spacy
def test_an_alliance_consensus_with_a_member_staying_out():
    # NATO had 28 members on 2015-03-04: Iceland, named as taking no part, abstains; the
    # 27 others agreed (Norway among them).
    text = (
        "NATO extends air policing\n\n"
        "BRUSSELS, 4 March 2015 (Wire) - NATO allies on Wednesday unanimously agreed to extend "
        "the Baltic air policing mission. Iceland, which has no armed forces, took no part in "
        "the decision."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["ISL"] == "abstain"
    assert got["NOR"] == "support"
    assert len(got) == 28


@needs_spacy
def test_a_security_council_unanimity_beside_an_abstention_fills_no_one():
    # Near miss: in the Security Council "unanimously" is 15 votes to none with none
    # abstaining, so "China abstained" contradicts it: China keeps its stated abstention and
    # no other member is filled from the count.
    text = (
        "Council approves Libya inspections\n\n"
        "NEW YORK, 14 June 2016 (Wire) - The UN Security Council on Tuesday unanimously "
        "adopted a resolution authorising inspections of ships off Libya. China abstained."
    )
    assert labels(draft_scenario(text, source="t.txt")) == {"CHN": "abstain"}


# ------------------------------------------------------------------ historical names in lists


@needs_spacy
@pytest.mark.parametrize(
    "sentence, listed",
    [
        # "the Union of South Africa" is South Africa's name until 1961 (the same UN seat):
        # the list of abstainers runs on through it to the last name -> each abstains
        (
            (
                "Seven countries abstained: Australia, Belgium, France, Portugal, the Union of "
                "South Africa, the United Kingdom and the United States."
            ),
            ("AUS", "BEL", "FRA", "PRT", "ZAF", "GBR", "USA"),
        ),
        # the inverted form -> each abstains
        (
            "Abstaining were Belgium, France, the Union of South Africa and the United Kingdom.",
            ("BEL", "FRA", "ZAF", "GBR"),
        ),
    ],
)
def test_a_list_of_abstainers_with_a_historical_name(sentence, listed):
    text = (
        "Assembly backs trusteeship text\n\n"
        "NEW YORK, 12 December 1958 (Wire) - The UN General Assembly on Friday adopted a "
        f"resolution on trust territories by 70 votes to none. {sentence}"
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got == dict.fromkeys(listed, "abstain")
