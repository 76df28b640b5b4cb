"""Which council decides: the one the headline or the lead makes the subject of a decision
verb ("The Security Council on Friday rejected ...", "Assembly demands ..."), not an
organisation the decision is about (NATO's strikes put to a Security Council vote) or one named
as background ("after Russia blocked action in the Security Council"); and a decision of the
euro area's leaders or ministers, with no council named, is the EU's councils', counted over
the euro members only.  Every article here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue

from concilium.errors import InputError
from concilium.text.counts import euro_area_on, find_counts
from concilium.text.draft import (
    Gazetteer,
    _bare_council_body,
    _decider_body,
    article_text,
    draft_scenario,
    sentences,
)


def _body_id(sc: dict) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


def _decider(article: str, day: dt.date) -> str | None:
    _, text = article_text(article)
    return _decider_body(Gazetteer.builtin().find(text, day), text, sentences(text))


# The Security Council votes on a NATO blockade; NATO is named four times, the council once.
UNSC_ON_NATO = (
    "Council turns down call to end NATO blockade\n\n"
    "UNITED NATIONS, 12 May 2011 - The Security Council on Thursday rejected a draft "
    "resolution calling on NATO to lift its naval blockade of the port, with only two "
    "members voting in favour. The text said NATO ships had gone beyond their mandate. "
    "Britain and France voted against and said NATO was protecting civilians. "
    "China voted in favour."
)


def test_the_council_voting_decides_not_the_organisation_voted_on():
    assert _body_id(draft_scenario(UNSC_ON_NATO, source="a.txt")) == "unsc"


def test_a_body_given_still_overrides_the_decider():
    assert _body_id(draft_scenario(UNSC_ON_NATO, source="a.txt", body="nato")) == "nato"


def test_the_assembly_deciding_after_a_deadlock_in_the_security_council():
    # the Security Council is named twice, the Assembly once in full: by counts alone, and
    # by the headline's one full name, it would be the Security Council
    article = (
        "Assembly calls for truce as Security Council stays split\n\n"
        "NEW YORK, 3 March 2015 - The General Assembly on Tuesday overwhelmingly called for "
        "a truce in the besieged province, after China blocked action in the Security "
        "Council. The text was adopted by 130 votes to 11, with 30 abstentions. Brazil voted "
        "in favour and China voted against."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "unga"


def test_eu_ministers_deciding_on_a_mission_nato_also_runs():
    # NATO named twice, the EU's councils never by name: the ministers who decide are the EU's
    article = (
        "EU sets up training mission\n\n"
        "LUXEMBOURG, 14 October 2019 (Wire) - European Union defence ministers on Monday "
        "approved a mission to train the country's army. It will work alongside the one NATO "
        "has run since 2016, and NATO officials welcomed the step. Spain backed the mission."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "eu-council"


def test_a_council_named_as_background_in_the_lead_is_not_the_decider():
    # NATO's allies decide; "the UN Security Council voted" is inside the sentence, not its
    # subject, and the Security Council is named more often than NATO
    article = (
        "Allies agree to protect shipping\n\n"
        "BRUSSELS, 8 June 2011 (Wire) - NATO allies on Wednesday agreed to escort merchant "
        "ships, a month after the UN Security Council voted to allow it. The Security Council "
        "resolution set no end date, and the Security Council will review it. Norway backed "
        "the escorts."
    )
    assert _decider(article, dt.date(2011, 6, 8)) == "nato"
    assert _body_id(draft_scenario(article, source="a.txt")) == "nato"


def test_a_council_named_with_no_decision_verb_decides_nothing():
    # "stays deadlocked", "remains divided": the council is the subject but decides nothing
    article = (
        "Security Council stays deadlocked\n\n"
        "NEW YORK, 3 March 2015 - The Security Council remained divided on Tuesday over the "
        "siege. The General Assembly is due to debate it next week."
    )
    assert _decider(article, dt.date(2015, 3, 3)) is None


def test_headline_and_lead_naming_two_deciders_name_none():
    article = (
        "Security Council adopts truce text\n\n"
        "NEW YORK, 3 March 2015 - The General Assembly on Tuesday adopted a resolution on the "
        "siege."
    )
    assert _decider(article, dt.date(2015, 3, 3)) is None


def test_a_council_named_after_an_opening_clause_is_the_subject():
    article = (
        "Vote on the siege\n\n"
        "NEW YORK, 3 March 2015 - After the Security Council failed to act, the General "
        "Assembly on Tuesday adopted a resolution on the siege."
    )
    assert _decider(article, dt.date(2015, 3, 3)) == "unga"


def test_the_bare_word_council_is_the_one_council_named_in_full():
    day = dt.date(2015, 3, 3)
    gaz = Gazetteer.builtin()
    one = "Council extends mission. The Security Council met on Friday."
    assert _bare_council_body("Council", one, gaz.find(one, day)) == "unsc"
    # another council of that name, or two known councils: the bare word is no one's
    other = "Council extends mission. The Security Council and the Human Rights Council met."
    assert _bare_council_body("Council", other, gaz.find(other, day)) is None
    two = "Council extends mission. The Security Council and the North Atlantic Council met."
    assert _bare_council_body("Council", two, gaz.find(two, day)) is None
    # "The Council" at the head of a sentence is the bare word, not another council
    lead = "The Council extends the mission. The Security Council met on Friday."
    assert _bare_council_body("Council", lead, gaz.find(lead, day)) == "unsc"
    assembly = "Assembly backs plan. The National Assembly and the General Assembly met."
    assert _bare_council_body("Assembly", assembly, gaz.find(assembly, day)) is None


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The eighteen leaders of the euro zone agreed on Monday on a loan.", {"yes": 18}),
        # another group's members in the body (the EU's in a UN vote) are no count of it
        ("The 25 member states of the European Union backed the text.", {}),
        # no decision, or no number: no count
        ("The eighteen leaders of the euro zone met on Monday.", {}),
        ("The leaders of the euro zone agreed on Monday on a loan.", {}),
    ],
)
def test_the_n_leaders_of_the_group_agreed(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


def test_a_euro_summit_with_no_council_named_is_the_eu_councils_over_the_euro_members():
    pytest.importorskip("spacy")
    day = dt.date(2014, 3, 10)  # 18 euro members: Latvia in, Lithuania not yet
    article = (
        "Euro zone agrees loan for Portugal\n\n"
        "BRUSSELS, 10 March 2014 (Wire) - The eighteen leaders of the euro zone agreed on "
        "Monday on a new loan for Portugal. Germany's chancellor backed the loan."
    )
    sc = draft_scenario(article, source="a.txt")
    assert _body_id(sc) == "eu-council"
    ((iid, meta),) = sc["x-draft"]["issues"].items()
    got = labels_by_issue(sc)[iid]
    # the euro members of the day, and no one outside the euro (Britain, Poland, Lithuania)
    assert got == dict.fromkeys(euro_area_on(day), "support")
    assert meta["counts"]["yes"] == 18


@pytest.mark.parametrize(
    "lead",
    [
        "The Eurogroup on Monday approved the next tranche of the loan to Portugal.",
        "At a summit of euro area leaders on Monday, Germany and France backed a new loan.",
    ],
)
def test_the_euro_area_deciding_names_the_eu_councils(lead):
    article = f"Loan for Portugal\n\nBRUSSELS, 10 March 2014 (Wire) - {lead} Spain backed it."
    assert _body_id(draft_scenario(article, source="a.txt")) == "eu-council"


def test_the_euro_area_as_an_economy_names_no_council():
    article = (
        "Euro zone grows\n\nFRANKFURT, 10 March 2014 (Wire) - The euro zone's economy grew "
        "0.3 percent in the last quarter, and loans to euro zone countries rose. Germany grew "
        "fastest."
    )
    with pytest.raises(InputError, match="names no council"):
        draft_scenario(article, source="a.txt")


@pytest.mark.parametrize(
    ("headline", "lead", "body"),
    [
        # a headline in title case
        ("UN Security Council Adopts Truce Text", "Diplomats met.", "unsc"),
        ("Security Council Remains Divided", "Diplomats met.", None),
        # the organisation's possessive before its council
        ("Ships", "NATO's North Atlantic Council agreed on Tuesday to send ships.", "nato"),
        # the EU's governments named by their office "of the European Union"
        ("Ships", "Foreign ministers of the European Union agreed to send ships.", "eu-council"),
        ("Ships", "Leaders of the 28 European Union countries agreed to send ships.", "eu-council"),
        # ... not the ministers of its partners
        ("Ships", "Foreign ministers of the European Union's partners agreed to send ships.", None),
    ],
)
def test_forms_of_the_deciding_subject(headline, lead, body):
    article = f"{headline}\n\nBRUSSELS, 3 March 2015 - {lead}"
    assert _decider(article, dt.date(2015, 3, 3)) == body
