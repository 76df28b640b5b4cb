"""Members of an EU or NATO consensus decision (issue 13, eleventh stop).

* the count of a consensus decision written with the body's possessive ("NATO's 16 member
  states authorised", "the bloc's 27 members agreed"), as "of the N countries" ("Ambassadors
  of the 28 EU countries agreed") or in the passive with the deciders' office ("taken by
  foreign ministers of all 28 member states"): every member of the body;
* positions members take around such a decision.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts and stances are what a careful reader codes from the sentence alone, and
each case says why in its comment.
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


# ------------------------------------------------------------------ counts of a consensus


@pytest.mark.parametrize(
    "sentence, yes",
    [
        # the alliance's possessive: its 26 members are all of them -> yes 26
        ("NATO's 26 member states on Friday approved the training mission.", 26),
        # "late on Monday night" between subject and verb; the bloc's 25 -> yes 25
        ("The bloc's 25 members late on Monday night agreed to the new fund.", 25),
        # "the alliance's 28 allies had authorised": yes 28
        ("Officials said the alliance's 28 allies had authorised the air policing plan.", 28),
        # "Envoys of the 27 EU countries": the 27 countries' envoys -> yes 27
        ("Envoys of the 27 EU countries agreed to extend the asset freeze.", 27),
        # the passive with the office before "all 15": yes 15
        ("The measure was adopted by finance ministers of all 15 member states.", 15),
    ],
)
def test_the_bodys_members_counted_with_its_possessive_or_of(sentence, yes):
    assert find_counts(sentence).as_dict() == {"yes": yes}


@pytest.mark.parametrize(
    "sentence",
    [
        # a subset with no body's possessive: "the 12 eurozone countries" is not the body
        "The 12 eurozone countries agreed to the plan.",
        # "decided not to": an agreement not to act is no count of support for a proposal
        "The bloc's 27 members decided not to renew the measures.",
        # "by leaders of three countries": no "all" or "the", so not the body's members
        "The plan was approved by leaders of three countries.",
        # a count that is only needed, not given (the verb is "needs")
        "NATO's 30 allies must each approve the accession protocol.",
    ],
)
def test_no_count_from_a_subset_a_refusal_or_a_need(sentence):
    assert find_counts(sentence).as_dict() == {}


@needs_spacy
def test_a_possessive_count_completes_the_members_not_named():
    # NATO on 2005-06-01 had 26 members (the seven of 2004 in, Albania and Croatia not yet).
    # "NATO's 26 member states approved" is all 26: every member the text does not name gets
    # support; Norway, named as backing it, keeps its own support.
    text = (
        "NATO approves Darfur airlift\n\n"
        "BRUSSELS, 1 June 2005 (Wire) - NATO's 26 member states on Wednesday approved an "
        "airlift for African Union troops in Darfur. Norway backed the plan from the start."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["NOR"] == "support"
    assert got["ESP"] == "support"
    assert got["LTU"] == "support"
    assert len([a for a, lab in got.items() if lab == "support"]) == 26


def _body_id(sc: dict) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


def test_eu_deciders_before_a_council_named_as_background():
    # The lead's deciders are "EU finance ministers"; the Security Council is named only for
    # what it did earlier ("the measures the Security Council voted for in June").  The
    # article is about the EU's decision, although it names the Security Council twice and
    # no EU council by name.
    article = (
        "EU widens North Korea curbs\n\n"
        "BRUSSELS, 14 September 2017 - EU finance ministers on Thursday approved new curbs "
        "on trade with North Korea, going beyond the measures the UN Security Council voted "
        "for in June. Germany backed the curbs. The Security Council meets again next week."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "eu-council"


def test_a_council_named_first_still_decides():
    # The Security Council is named before any EU deciders: it stays the body.
    article = (
        "Council adopts Libya text\n\n"
        "NEW YORK, 14 September 2017 - The UN Security Council on Thursday adopted a text on "
        "Libya that EU governments had asked for. France voted in favour."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "unsc"


# ------------------------------------------------------------------ another council's count


def test_unanimity_of_another_council_is_no_count_of_this_one():
    from concilium.text.draft import _others_unanimity

    # In a NATO report, "a unanimous vote by the UN Security Council" is the Security
    # Council's; the word is taken out so no count is read for the alliance.
    sentence = "The alliance acted after a unanimous vote by the UN Security Council."
    assert "unanimous" not in _others_unanimity(sentence, "nato")
    assert find_counts(_others_unanimity(sentence, "nato")).empty()
    # In a Security Council report the same words are the count.
    assert _others_unanimity(sentence, "unsc") == sentence
    # The alliance's own unanimity stays.
    own = "Allies unanimously agreed to end the mission."
    assert _others_unanimity(own, "nato") == own


@needs_spacy
def test_a_further_text_also_adopted_is_its_own_issue():
    # The article opens with Greece lifting its hold on the exercise plan; "The 30 leaders
    # also approved a declaration" is a further decision.  The count of 30 is the
    # declaration's, so members named on the plan only (Greece lifted its objection: support)
    # keep their stance there, and the plan's issue holds no count-assumed member.
    from drafted_labels import labels_by_issue

    text = (
        "Greece lifts hold on exercise plan\n\n"
        "BRUSSELS, 14 June 2021 (Wire) - Greece dropped its objection to the alliance's new "
        "exercise plan on Monday.\n\n"
        "Officials said the plan would now go ahead.\n\n"
        "The 30 leaders also approved a declaration on climate and security."
    )
    issues = labels_by_issue(draft_scenario(text, source="t.txt"))
    assert len(issues) == 2
    first, second = issues.values()
    assert first == {"GRC": "support"}
    assert len(second) == 30
