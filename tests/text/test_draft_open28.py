"""heldout28's open classes (issue 13).

- "disagree with" the decision (or "with the creation of" it) is opposing it; "disagree on
  how it should work" is a quarrel over the details, no stance (28-20, 28-19).
- "grew out of a proposal by X": X proposed the text, so supports it (28-09).
- "together with envoys from the N non-member countries taking part ...: A, B and C": the
  listed partners are at the table that took the decision (28-24).
- "with most members pressing for one and A, B and C refusing": an absolute clause whose
  subject is a list, each refusing the decision (28-19).

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def _first(text: str, body: str | None = None) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]]


EU_LISTS = (
    "EU leaders shelve plan for a common fisheries fund\n\n"
    "BRUSSELS, 15 March 2024 (Wire) - European Union leaders on Friday shelved a plan for a "
    "common fund to support coastal fisheries, after a summit in Brussels. {middle}\n\n"
    "The Commission will present a new proposal in the autumn."
)


def test_disagree_with_the_creation_of_the_fund_is_opposition():
    middle = (
        'Austria, Sweden and Finland said in a letter last month that they "disagree with the '
        'creation of a common fisheries fund". Portugal and Greece pushed for the fund.'
    )
    got = _first(EU_LISTS.format(middle=middle))
    assert {k: got.get(k) for k in ("AUT", "SWE", "FIN")} == dict.fromkeys(
        ("AUT", "SWE", "FIN"), "oppose"
    )
    assert got.get("PRT") == "support"


def test_disagree_on_how_it_should_work_is_no_stance():
    # Near miss: backing the fund but quarrelling over its design
    middle = (
        "Ireland and Croatia have called for the fund but disagree on how it should be financed."
    )
    got = _first(EU_LISTS.format(middle=middle))
    assert got.get("IRL") != "oppose"
    assert got.get("HRV") != "oppose"


def test_disagree_with_a_person_is_no_stance():
    # Near miss: disagreeing with a leader, not with the decision
    middle = "Latvia said it disagreed with the Dutch prime minister about the timing of talks."
    got = _first(EU_LISTS.format(middle=middle))
    assert "LVA" not in got


UNGA = (
    "Assembly adopts declaration on coral reef protection\n\n"
    "NEW YORK, 15 March 2024 (Wire) - The UN General Assembly on Friday adopted a "
    "declaration calling on states to protect coral reefs, by 120 votes to 4, with 30 "
    "abstentions. {middle}"
)


def test_grew_out_of_a_proposal_by_a_state_is_its_support():
    middle = (
        "Japan and Brazil voted against it. The declaration grew out of a proposal by Fiji, "
        "and Chile steered the text through the committee."
    )
    got = _first(UNGA.format(middle=middle), body="unga")
    assert got.get("FJI") == "support"
    assert got.get("JPN") == "oppose"


def test_grew_out_of_a_proposal_named_as_a_past_text_is_no_stance():
    # Near miss: what grew out of a state's proposal is not this declaration but a talk
    middle = (
        "Japan and Brazil voted against it. The debate grew heated after a remark by Fiji's "
        "envoy about fishing fleets."
    )
    got = _first(UNGA.format(middle=middle), body="unga")
    assert "FJI" not in got


def test_a_crisis_grown_out_of_a_proposal_is_no_stance_on_the_text():
    # Near miss: what grew out of the proposal is no decision
    assert stance_pairs("The crisis grew out of a proposal by Fiji.") == set()
    assert stance_pairs("The declaration stems from a Fijian initiative.") == {("FJI", "support")}


NATO = (
    "NATO prolongs its air mission over the Gulf of Aden by three months\n\n"
    "BRUSSELS, 15 March 2024 (Wire) - NATO on Friday extended its air mission over the Gulf "
    "of Aden by three months. {middle}"
)


def test_partners_listed_after_envoys_from_the_non_member_countries_back_it():
    middle = (
        "The extension was agreed at a meeting of the ambassadors of the alliance's 32 "
        "members, together with envoys from the four non-NATO countries taking part in the "
        "mission: Kenya, Oman, Austria and Jordan, an alliance spokesman said."
    )
    got = _first(NATO.format(middle=middle), body="nato")
    assert {k: got.get(k) for k in ("KEN", "OMN", "AUT", "JOR")} == dict.fromkeys(
        ("KEN", "OMN", "AUT", "JOR"), "support"
    )


def test_partners_in_a_campaign_named_after_a_colon_and_before_the_source_back_it():
    middle = (
        "Ambassadors of the 32 allies approved it, together with envoys from the three "
        "non-NATO countries taking part in the air campaign: Kenya, Oman and Jordan, an "
        "alliance spokeswoman, Ana Ruiz, said."
    )
    got = _first(NATO.format(middle=middle), body="nato")
    assert {k: got.get(k) for k in ("KEN", "OMN", "JOR")} == dict.fromkeys(
        ("KEN", "OMN", "JOR"), "support"
    )


def test_countries_in_a_campaign_against_the_mission_are_not_partners():
    # Near miss: a campaign against the decision is no part in what it extends
    middle = (
        "Activists from the three countries taking part in the campaign against the "
        "mission: Kenya, Oman and Jordan, protested outside."
    )
    got = _first(NATO.format(middle=middle), body="nato")
    assert not {k for k, v in got.items() if v == "support"} & {"KEN", "OMN", "JOR"}


def test_countries_named_after_a_colon_about_something_else_are_not_partners():
    # Near miss: the list names the states the mission watches, not those at the table
    middle = (
        "The extension was agreed at a meeting of the ambassadors of the alliance's 32 "
        "members. The mission watches the coasts of three states: Somalia, Yemen and Eritrea."
    )
    got = _first(NATO.format(middle=middle), body="nato")
    assert not {"SOM", "YEM", "ERI"} & set(got)


EU_CAP = (
    "EU leaders fail to agree on fertiliser price cap\n\n"
    "BRUSSELS, 15 March 2024 (Wire) - European Union leaders meeting in Brussels on Friday "
    "failed to agree on a cap on fertiliser prices, {middle}, and sent the question back to "
    "the Commission."
)


def test_a_list_refusing_in_an_absolute_clause_opposes():
    got = _first(
        EU_CAP.format(
            middle="with most member states pressing for one and Austria, Sweden and Finland "
            "refusing"
        )
    )
    assert {k: got.get(k) for k in ("AUT", "SWE", "FIN")} == dict.fromkeys(
        ("AUT", "SWE", "FIN"), "oppose"
    )


def test_a_list_in_an_absolute_clause_refusing_to_say_is_no_stance():
    # Near miss: refusing to say what they think is no side
    got = _first(
        EU_CAP.format(
            middle="with most member states pressing for one and Austria, Sweden and Finland "
            "refusing to say how they would vote"
        )
    )
    assert not {"AUT", "SWE", "FIN"} & {k for k, v in got.items() if v == "oppose"}


def test_a_counted_role_in_apposition_names_each_leader_s_state():
    got = _first(
        EU_CAP.format(middle="with most member states pressing for one")
        + " Spain's prime minister, Luis Ortega, and Portugal's Ana Sousa, two of the most "
        "vocal advocates of a cap, were annoyed that the meeting again left it to the "
        "Commission."
    )
    assert got.get("ESP") == "support"
    assert got.get("PRT") == "support"


def test_a_counted_role_towards_a_state_is_no_stance():
    # Near miss: critics of another state, not of (or for) the decision
    got = _first(
        EU_CAP.format(middle="with most member states pressing for one")
        + " Spain and Portugal, two of the fiercest critics of Russia, left early."
    )
    assert "ESP" not in got and "PRT" not in got


def test_a_bare_refusal_in_a_with_clause_of_one_state():
    got = _first(EU_CAP.format(middle="with Austria refusing"))
    assert got.get("AUT") == "oppose"


UNSC = (
    "Council renews monitors in the Sahel; Chile abstains\n\n"
    "UNITED NATIONS, 15 March 2024 (Wire) - The Security Council on Friday renewed its "
    "monitoring mission in the Sahel for a year, adopting resolution 2800 by 13 votes to "
    "none with 2 abstentions. Chile and Kenya abstained. {tail}"
)


def test_a_text_named_by_its_month_is_an_earlier_one():
    tail = (
        "The split mirrored earlier votes. Chile also voted against the October text "
        "on border patrols."
    )
    got = _first(UNSC.format(tail=tail), body="unsc")
    assert got.get("CHL") == "abstain"


def test_a_text_with_no_month_or_a_draft_named_by_its_month_is_still_read():
    # Near misses: no month, the day's text; a draft of September may be decided now
    assert stance_pairs("Chile voted against the September text.") == set()
    assert stance_pairs("Chile voted against the text.") == {("CHL", "oppose")}
    assert stance_pairs("Chile backed the September draft.") == {("CHL", "support")}


# ------------------------------------------------------------------ open classes (xfail)
UNGA_PARA = (
    "Assembly adopts pandemic response text after fight over a paragraph\n\n"
    "NEW YORK, 15 March 2024 (Wire) - The UN General Assembly on Friday adopted a resolution "
    "on the response to the pandemic by 150 votes to 2. Before the final vote, Brazil moved to "
    "delete a paragraph on access to family planning. The paragraph survived easily, with 110 "
    "countries voting to keep it. Only Nigeria and Qatar sided with Brazil in voting to remove "
    "it."
)


# 28-11 class (fixed on main by a colleague while this branch was open): kept as a check
def test_a_paragraph_kept_by_a_vote_is_an_issue_with_its_count():
    sc = draft_scenario(UNGA_PARA, source="t.txt", on=DAY, body="unga")
    issues = labels_by_issue(sc, named_only=True)
    para = [i for i in issues if "paragraph" in i or "family" in i]
    assert para and issues[para[0]].get("QAT") == "oppose"


UNSC_AGENDA = (
    "Council takes up two island applications, keeps a third off its agenda\n\n"
    "UNITED NATIONS, 15 March 2024 (Wire) - The Security Council on Friday voted on its "
    "agenda paragraph by paragraph. The paragraph on the first application failed. The two "
    "other paragraphs went through easily. Each was accepted by 13 votes to none, with Japan "
    "abstaining both times."
)


@pytest.mark.xfail(
    strict=True,
    reason="28-26 class: 'each was accepted by 13 votes to none' after two agenda paragraphs "
    "is not read as the count of the second decision (both paragraphs as one issue)",
)
def test_each_accepted_by_a_count_is_the_count_of_the_paragraphs():
    sc = draft_scenario(UNSC_AGENDA, source="t.txt", on=DAY, body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    assert any(got.get("JPN") == "abstain" for got in issues.values())
    assert len(sc["issues"]) == 2


@pytest.mark.xfail(
    strict=True,
    reason="28-06 class: a target that 'has made clear it does not want them' (the officers "
    "the decision sends) is not read as against the deployment",
)
def test_a_target_that_does_not_want_the_force_opposes():
    text = (
        "Council sends police to the islands\n\n"
        "UNITED NATIONS, 15 March 2024 (Wire) - The Security Council on Friday authorised the "
        "deployment of up to 200 UN police officers to Haiti, but the government in "
        "Port-au-Prince has made clear it does not want them."
    )
    assert _first(text, body="unsc").get("HTI") == "oppose"
