"""What the deciders say in the lead, and a summit's bare "conclusions" (issue 13, stop 13).

- A collective act of the deciders as a whole in the lead ("EU leaders warned China that
  ...", "NATO ministers condemned the strike") is a decision of its own; its noun later ("The
  warning was approved by all 27 leaders", "welcomed the condemnation") is that decision, with
  the count and the stances of its sentence.  One member's warning is its reaction, no
  decision.  A pledge whose object names a kind of decision ("pledged to send more troops") is
  that decision, not a second one.
- A bare "conclusions" beside another decision is the container of the summit's decisions,
  not one of them: "refused to accept conclusions that left out a price cap" is a stance on
  the text its paragraph is about ("The text on gas was shelved"); with no decision named in
  the paragraph, no stance rather than a guess; "rejected the conclusions" as a whole is a
  stance on every decision in them.
- "A similar draft (text) in the Security Council" in an Assembly article is another text
  than the one reported: its vetoes are on it, not votes on the Assembly's resolution.

Every article here is written for these tests; the expected stances are what a careful reader
codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)
LEAD = (
    "EU leaders warn Beijing, split on gas\n\nBRUSSELS, 15 March 2024 - European Union "
    "leaders warned China on Thursday that any blockade of Taiwan would bring a firm "
    "response, but could not agree on a joint plan for gas storage.\n\n"
)


def draft(text: str, body: str = "eu-council") -> dict:
    return draft_scenario(text, source="t.txt", on=DAY, body=body)


def issue_with(sc: dict, word: str) -> str:
    found = [i["id"] for i in sc["issues"] if word in i["id"]]
    assert len(found) == 1, (word, [i["id"] for i in sc["issues"]])
    return found[0]


def counts(sc: dict, iid: str) -> dict:
    return ((sc.get("x-draft") or {}).get("issues") or {}).get(iid, {}).get("counts") or {}


def test_lead_warning_is_a_decision_and_its_noun_carries_the_count():
    # The warning is one decision (approved by all 27: the count is its own), the gas plan
    # another; Spain and Portugal refused "conclusions that left it out" in the paragraph on
    # the gas text: against the gas plan, and nothing against the warning they backed.
    sc = draft(
        LEAD + "The warning was approved by all 27 leaders.\n\nThe text on gas was shelved "
        "after a long night. Spain and Portugal wanted a cap on prices and refused to accept "
        "conclusions that left it out."
    )
    by = labels_by_issue(sc, named_only=True)
    assert len(by) == 2, by
    warning, gas = issue_with(sc, "warning"), issue_with(sc, "gas")
    assert by[gas] == {"ESP": "oppose", "PRT": "oppose"}
    assert by[warning] == {}
    assert counts(sc, warning).get("yes") == 27
    assert not counts(sc, gas)
    # the count's implied stances: all for the warning, Spain's included (no inversion)
    assert labels_by_issue(sc)[warning]["ESP"] == "support"


def test_a_reaction_to_the_warning_by_its_noun():
    # "Hungary welcomed the warning": support for the warning, not for the gas plan named
    # last in the lead
    sc = draft(
        LEAD + "Hungary welcomed the warning.\n\nThe text on gas was shelved. Spain refused "
        "to accept conclusions that left out a price cap."
    )
    by = labels_by_issue(sc, named_only=True)
    assert by[issue_with(sc, "warning")] == {"HUN": "support"}
    assert by[issue_with(sc, "gas")] == {"ESP": "oppose"}


def test_bare_conclusions_in_a_paragraph_naming_no_decision_is_no_stance():
    # Which text Spain would not sign is not told: no stance on either decision (and no
    # "conclusions" issue of its own)
    sc = draft(LEAD + "Spain refused to sign conclusions that left out its demands.")
    by = labels_by_issue(sc, named_only=True)
    assert len(by) == 2, by
    assert all("ESP" not in labels for labels in by.values()), by


def test_the_conclusions_as_a_whole_are_every_decision_in_them():
    # The leaders warned China and approved the plan; Beijing "rejected the conclusions":
    # against both decisions the conclusions hold
    sc = draft(
        "EU leaders warn Beijing, agree gas plan\n\nBRUSSELS, 15 March 2024 - European Union "
        "leaders warned China on Thursday that any blockade of Taiwan would bring a firm "
        "response, and approved a joint plan for gas storage.\n\nBeijing rejected the "
        "conclusions."
    )
    by = labels_by_issue(sc, named_only=True)
    assert len(by) == 2, by
    assert all(labels == {"CHN": "oppose"} for labels in by.values()), by


def test_ministers_condemnation_and_its_noun():
    # NATO ministers' condemnation is a decision backed by all 32 allies; Turkey welcomed it
    # (support); Spain and Italy's refusal is on the gas text the paragraph is about
    sc = draft(
        "NATO allies condemn missile strike, split on gas\n\nBRUSSELS, 15 March 2024 - NATO "
        "foreign ministers condemned the missile strike on Odesa, but could not agree on a "
        "joint plan for gas storage.\n\nThe condemnation was backed by all 32 allies. Turkey "
        "welcomed the condemnation.\n\nThe text on gas was dropped. Spain and Italy refused "
        "to endorse conclusions that did not include a price cap.",
        body="nato",
    )
    by = labels_by_issue(sc, named_only=True)
    condemnation, gas = issue_with(sc, "condemnation"), issue_with(sc, "gas")
    assert by[condemnation] == {"TUR": "support"}
    assert by[gas] == {"ESP": "oppose", "ITA": "oppose"}
    assert counts(sc, condemnation).get("yes") == 32


def test_a_pledge_whose_object_names_a_kind_is_that_decision():
    # "pledged to send 5,000 more troops": the deployment is the decision (one issue, not a
    # second "pledge" issue); "Poland welcomed the pledge" is support for it
    sc = draft(
        "NATO allies pledge troops, split on gas\n\nBRUSSELS, 15 March 2024 - NATO defence "
        "ministers pledged to send 5,000 more troops to Latvia, but could not agree on a joint "
        "plan for gas storage.\n\nPoland welcomed the pledge.\n\nThe text on gas was dropped. "
        "Spain and Italy refused to endorse conclusions that did not include a price cap.",
        body="nato",
    )
    by = labels_by_issue(sc, named_only=True)
    assert len(by) == 2, by
    assert by[issue_with(sc, "troops")] == {"POL": "support"}
    assert by[issue_with(sc, "gas")] == {"ESP": "oppose", "ITA": "oppose"}


def test_one_members_warning_is_no_decision():
    # Near miss: Poland's warning is its reaction to the plan (against), no decision of the
    # deciders: one issue
    sc = draft(
        "EU ministers approve gas storage plan\n\nBRUSSELS, 15 March 2024 - European Union "
        "ministers on Thursday approved a plan for gas storage. Poland warned that the plan "
        "would raise household bills. Hungary voted against it."
    )
    by = labels_by_issue(sc, named_only=True)
    assert list(by.values()) == [{"POL": "oppose", "HUN": "oppose"}]


def test_a_warning_they_failed_to_give_is_no_decision():
    # Near miss: "failed to warn" is no act of the deciders: no warning issue
    sc = draft(
        "EU leaders fail to warn Beijing\n\nBRUSSELS, 15 March 2024 - European Union leaders "
        "failed to warn China that a blockade of Taiwan would bring a response, after Hungary "
        "objected. They approved a joint plan for gas storage."
    )
    assert not any("warning" in i["id"] for i in sc["issues"]), sc["issues"]


def test_conclusions_alone_stay_the_decision():
    # Near miss: with no other decision the summit's conclusions are what the article is
    # about: Hungary against them, Poland for
    sc = draft(
        "Hungary blocks EU conclusions\n\nBRUSSELS, 15 March 2024 - Hungary refused to sign "
        "up to the summit's conclusions on Thursday. Poland backed the conclusions."
    )
    by = labels_by_issue(sc, named_only=True)
    assert list(by.values()) == [{"HUN": "oppose", "POL": "support"}]


ASSEMBLY = (
    "General Assembly condemns blockade\n\nUNITED NATIONS, 15 March 2024 (Wire) - The UN "
    "General Assembly on Friday condemned the naval blockade of the island and demanded that "
    "it be lifted at once.\n\nThe resolution was adopted by 120 votes to 8, with 30 "
    "abstentions. Brazil voted for the text. The United States voted against.\n\n"
)


def test_a_similar_draft_vetoed_in_the_council_is_a_second_text():
    # "A similar draft in the Security Council": another text than the Assembly's; Russia
    # and China's vetoes are against it, no stated vote of theirs on the Assembly's text
    sc = draft(
        ASSEMBLY + "A similar draft in the Security Council was vetoed last week by Russia "
        "and China.",
        body="unga",
    )
    by = labels_by_issue(sc, named_only=True)
    assert len(by) == 2, by
    assert by[issue_with(sc, "similar")] == {"RUS": "oppose", "CHN": "oppose"}
    main = next(iid for iid in by if "similar" not in iid)
    assert by[main] == {"BRA": "support", "USA": "oppose"}


def test_a_similar_text_in_a_background_clause_is_not_the_assemblys():
    # "after Russia vetoed a similar text": Russia's veto is on that text, not a vote on
    # the Assembly's resolution
    sc = draft(
        ASSEMBLY + "The vote came after Russia vetoed a similar text in the Security Council.",
        body="unga",
    )
    by = labels_by_issue(sc, named_only=True)
    main = next(iid for iid in by if "similar" not in iid)
    assert by[main] == {"BRA": "support", "USA": "oppose"}
    assert by[issue_with(sc, "similar")] == {"RUS": "oppose"}


def test_the_same_text_again_is_no_second_text():
    # Near miss: "the text" after the vote is the Assembly's own; Russia calling it one-sided
    # is no vote, and no second issue is opened
    sc = draft(ASSEMBLY + "Russia said the text was one-sided.", body="unga")
    assert len(sc["issues"]) == 1


def test_a_similar_draft_with_no_stance_is_background():
    # "after a similar draft was blocked in the Security Council", no one's stance on it:
    # background, no second issue; "welcomed the result" is then on the one text
    sc = draft(
        ASSEMBLY + "The text was put forward after a similar draft was blocked in the "
        "Security Council. Cuba welcomed the result.",
        body="unga",
    )
    by = labels_by_issue(sc, named_only=True)
    assert list(by.values()) == [{"BRA": "support", "USA": "oppose", "CUB": "support"}]
