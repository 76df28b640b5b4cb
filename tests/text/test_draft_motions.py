"""A vote on a procedural motion about a text (issue 13, seventeenth stop, "motion" class).

The General Assembly (and at times the Security Council) votes on motions about a text: to take
no action on an amendment or a draft, to adjourn the debate, to defer it, or on the rule the
vote needs (the two-thirds majority of an important question).  The count of such a vote and
its "for" and "against" are the motion's, never the text's: "the motion to take no action on
the amendment carried 120-12" is the amendment NOT adopted, not adopted 120-12.

The drafting represents the motion as an issue of its own that holds its count:

- a motion carried against a text (no action on it, its debate adjourned or deferred) is the
  only decision taken on that text: the text's issue becomes the motion's, and every stance
  read on the text is turned over (proposing the amendment = against taking no action on it);
  the mover is for the motion;
- any other motion (one that failed, one on the rule of the vote) is an issue beside the
  text's, which keeps its own stances and the counts of its own votes.

Also: "Russia was backed only by Belarus and Syria" (a passive backing of a state) is read as
"Greece, backed by Cyprus," was: the backers take the backed state's stance.

Every article here is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def _draft(text: str, body: str) -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    counts = {iid: (meta.get(iid) or {}).get("counts") for iid in labels_by_issue(sc)}
    return labels_by_issue(sc, named_only=True), counts


def _counts_of(counts: dict[str, Any], word: str) -> Any:
    found = [iid for iid in counts if word in iid]
    assert len(found) == 1, (word, list(counts))
    return counts[found[0]]


def test_a_no_action_motion_carried_on_an_amendment_is_the_decision_taken():
    # Cuba proposed the amendment; Norway moved to take no action on it, and the motion
    # carried 120-12-20: the amendment was never put to a vote.  The count is the motion's;
    # Norway is for the motion, Cuba (and those who backed it) against it.  No issue reads as
    # the amendment carried 120-12 with Cuba for it (the inversion this class made).
    text = (
        "Assembly brushes aside Cuban amendment to oceans declaration\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a declaration on ocean "
        "protection on Friday. Cuba had proposed an amendment deleting a paragraph on deep-sea "
        "mining. Norway moved that the Assembly take no action on the amendment. The motion "
        "was adopted by 120 votes to 12, with 20 abstentions. Cuba was backed only by "
        "Venezuela and Bolivia."
    )
    issues, counts = _draft(text, "unga")
    assert issue_with(issues, "no-action") == {
        "NOR": "support",
        "CUB": "oppose",
        "VEN": "oppose",
        "BOL": "oppose",
    }
    assert _counts_of(counts, "no-action") == {"yes": 120, "no": 12, "abstain": 20}
    # the count is on no other issue, and no issue has Cuba for anything
    assert [iid for iid, c in counts.items() if c] == [iid for iid in counts if "no-action" in iid]
    assert all(labs.get("CUB") != "support" for labs in issues.values())


def test_an_amendment_put_to_a_vote_and_rejected_keeps_its_own_count():
    # Near miss: no motion at all.  The amendment itself was voted on (40 for, 90 against):
    # the count is the amendment's, and Egypt, which proposed it, is for it.
    text = (
        "Assembly rejects Egyptian amendment\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution on migrant "
        "workers on Friday. Egypt proposed an amendment removing a paragraph on domestic "
        "workers. The amendment was rejected by 40 votes to 90, with 30 abstentions."
    )
    issues, counts = _draft(text, "unga")
    assert not any("motion" in iid for iid in issues)
    assert issue_with(issues, "amendment") == {"EGY": "support"}
    assert _counts_of(counts, "amendment") == {"yes": 40, "no": 90, "abstain": 30}


def test_a_failed_no_action_motion_and_the_amendment_then_rejected_are_two_decisions():
    # The motion failed (50-80), so the amendment was put to a vote and rejected (60-70): two
    # decisions, each with its count.  Cuba is for its amendment (not turned over: the
    # amendment was decided); Norway is for the motion it moved.
    text = (
        "Assembly keeps Cuban amendment alive, then rejects it\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a declaration on ocean "
        "protection on Friday. Cuba had proposed an amendment deleting a paragraph on deep-sea "
        "mining. Norway moved that the Assembly take no action on the amendment, but the "
        "motion was defeated by 50 votes to 80. The amendment was then rejected by 60 votes "
        "to 70."
    )
    issues, counts = _draft(text, "unga")
    assert issue_with(issues, "motion") == {"NOR": "support"}
    assert _counts_of(counts, "motion") == {"yes": 50, "no": 80}
    assert issue_with(issues, "amendment") == {"CUB": "support"}
    assert _counts_of(counts, "amendment") == {"yes": 60, "no": 70}


def test_a_failed_no_action_motion_on_the_draft_leaves_the_draft_its_own_vote():
    # A no-action motion on the draft itself, rejected 60-85; the draft then adopted 95-30.
    # China moved the motion (for it); Britain drafted the text (for the text).  The draft's
    # count is its own, not the motion's.
    text = (
        "Assembly adopts Myanmar text after procedural fight\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution on human "
        "rights in Myanmar on Friday. China moved that no action be taken on the draft, but "
        "the motion was rejected by 60 votes to 85, with 20 abstentions. The resolution was "
        "then adopted by 95 votes to 30, with 40 abstentions. Britain, which drafted the "
        "text, welcomed the vote."
    )
    issues, counts = _draft(text, "unga")
    assert issue_with(issues, "motion") == {"CHN": "support"}
    assert _counts_of(counts, "motion") == {"yes": 60, "no": 85, "abstain": 20}
    assert issue_with(issues, "myanmar") == {"GBR": "support"}
    assert _counts_of(counts, "myanmar") == {"yes": 95, "no": 30, "abstain": 40}


def test_a_motion_on_the_rule_of_the_vote_holds_its_count_beside_the_draft():
    # "That motion" is the request to apply the two-thirds rule: neither for nor against the
    # draft, so no stance is carried to it; its count (80-70-20) is not the draft's
    # (90-60-25).  Nigeria, which voted for the draft, is for the draft only.
    text = (
        "Draft on piracy fails after procedural vote\n\n"
        "NEW YORK, 15 March 2024 - A draft resolution condemning piracy in the Gulf of Guinea "
        "failed in the UN General Assembly on Friday. Several states asked the Assembly to "
        "apply the two-thirds rule. That motion passed by 80 votes to 70, with 20 abstentions. "
        "The draft then received 90 votes in favour, 60 against and 25 abstentions. Nigeria, "
        "which drafted the text, voted for it."
    )
    issues, counts = _draft(text, "unga")
    assert issue_with(issues, "motion") == {}
    assert _counts_of(counts, "motion") == {"yes": 80, "no": 70, "abstain": 20}
    assert issue_with(issues, "piracy") == {"NGA": "support"}
    assert _counts_of(counts, "piracy") == {"yes": 90, "no": 60, "abstain": 25}


def test_a_security_council_motion_to_adjourn_is_not_the_resolution_vote():
    # Russia moved to adjourn the meeting; the motion was rejected 4-9-2, and the resolution
    # then adopted 13-0-2 with Russia and China abstaining.  Before this stop the motion's
    # count was the resolution's (4 for it).
    text = (
        "Council adopts Haiti resolution after procedural fight\n\n"
        "NEW YORK, 15 March 2024 - The UN Security Council adopted a resolution extending its "
        "mission in Haiti on Friday. At the outset, Russia moved to adjourn the meeting. The "
        "motion was rejected by 4 votes to 9, with 2 abstentions. The resolution was then "
        "adopted by 13 votes to none, with two abstentions, Russia and China abstaining."
    )
    issues, counts = _draft(text, "unsc")
    assert issue_with(issues, "motion") == {"RUS": "support"}
    assert _counts_of(counts, "motion") == {"yes": 4, "no": 9, "abstain": 2}
    resolution = [iid for iid in issues if "motion" not in iid]
    assert len(resolution) == 1
    assert counts[resolution[0]] == {"yes": 13, "no": 0, "abstain": 2}
    assert issues[resolution[0]]["RUS"] == "abstain"
    assert issues[resolution[0]]["CHN"] == "abstain"


def test_a_debate_adjourned_on_the_only_text_turns_its_stances_over():
    # The Assembly voted to adjourn the debate on Russia's draft: no vote on the draft, the
    # motion the only decision.  Russia drafted the text (for it): against adjourning its
    # debate; Poland moved the adjournment (for it).
    text = (
        "Assembly shelves Russian text\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly on Friday voted by 80 votes to 60, "
        "with 25 abstentions, to adjourn the debate on a Russian draft resolution on "
        "sanctions. Russia, which drafted the text, said the vote was a disgrace. Poland moved "
        "to adjourn the debate."
    )
    issues, counts = _draft(text, "unga")
    assert len(issues) == 1
    assert issue_with(issues, "adjourn") == {"RUS": "oppose", "POL": "support"}
    assert _counts_of(counts, "adjourn") == {"yes": 80, "no": 60, "abstain": 25}


def test_a_parliament_motion_in_an_eu_report_is_no_procedural_vote():
    # Near miss: a motion of another body (the European Parliament) in a report of the EU
    # Council; only the UN bodies vote on motions about a text.  One issue, no motion.
    text = (
        "EU ministers adopt asylum rules\n\n"
        "BRUSSELS, 15 March 2024 - EU ministers adopted the asylum regulation on Friday. "
        "Hungary voted against it. A motion in the European Parliament to reject the text had "
        "failed by 200 votes to 400."
    )
    issues, _ = _draft(text, "eu-council")
    assert not any("motion" in iid for iid in issues)
    assert issue_with(issues, "asylum")["HUN"] == "oppose"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # backed by two states after Russia's own vote: they voted with it
        (
            "Russia was backed by Belarus and Syria.",
            {"RUS": "oppose", "BLR": "oppose", "SYR": "oppose"},
        ),
        # negated: no stance for China
        ("Russia was not backed by China.", {"RUS": "oppose"}),
        # the text backed, not a state: France for the text itself
        ("The resolution was backed by France.", {"RUS": "oppose", "FRA": "support"}),
    ],
)
def test_a_state_backed_by_others_in_the_passive(tail: str, expected: dict[str, str]):
    text = (
        "Assembly condemns annexation\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution condemning "
        "the annexation by 100 votes to 20, with 30 abstentions. Russia voted against it. " + tail
    )
    issues, _ = _draft(text, "unga")
    assert len(issues) == 1
    assert next(iter(issues.values())) == expected


# A further text the deciders adopt, told after a recorded vote, is a decision of its own:
# "It also adopted, without a vote, a declaration ..." (the pronoun is the Assembly: only a body
# adopts a text) and "In a second text, the Assembly called for ..." (whatever the verb).

_SYRIA = (
    "Assembly condemns Syria\n\n"
    "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution on Syria by 100 "
    "votes to 10 on Friday, with Russia voting against. "
)


@pytest.mark.parametrize(
    "second",
    [
        "It also adopted, without a vote, a declaration on road safety sponsored by Sweden.",
        "It then adopted by consensus a declaration on road safety, which Sweden had drafted.",
        "It also adopted a declaration on road safety sponsored by Sweden without a vote.",
    ],
)
def test_a_further_text_adopted_without_a_vote_after_a_recorded_one(second: str):
    # Sweden sponsored the declaration (for it), not the Syria resolution; Russia voted
    # against the resolution only.  Before this stop the declaration was no issue and
    # Sweden's support went to the Syria resolution.
    issues, counts = _draft(_SYRIA + second, "unga")
    assert len(issues) == 2, issues
    assert issue_with(issues, "syria") == {"RUS": "oppose"}
    assert issue_with(issues, "declaration") == {"SWE": "support"}
    assert _counts_of(counts, "syria") == {"yes": 100, "no": 10}
    assert _counts_of(counts, "declaration") is None


def test_the_text_itself_adopted_without_a_vote_is_no_second_decision():
    # Near miss: "It was then adopted" is the draft just named (a passive: the text, not the
    # Assembly): one decision, Sweden's draft, which Russia welcomed.
    text = (
        "Assembly adopts road safety text\n\n"
        "NEW YORK, 15 March 2024 - Sweden presented a draft resolution on road safety to the UN "
        "General Assembly on Friday. It was then adopted without a vote. Russia welcomed it."
    )
    issues, _ = _draft(text, "unga")
    assert list(issues.values()) == [{"SWE": "support", "RUS": "support"}]


def test_in_a_second_text_the_assembly_called_for_names_a_second_decision():
    # Two texts: the Cyprus resolution (120-5-10) and the one calling for talks; Turkey voted
    # against both ("that resolution too").  "A second text" is the frame of the Assembly's
    # act, not a rival text of its own.
    text = (
        "Assembly backs Cyprus texts\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution on Cyprus by "
        "120 votes to 5, with 10 abstentions. Turkey voted against it. In a second text, the "
        "Assembly called for talks on the reunification of the island. Turkey voted no on that "
        "resolution too."
    )
    issues, counts = _draft(text, "unga")
    assert len(issues) == 2, issues
    assert issue_with(issues, "cyprus") == {"TUR": "oppose"}
    assert issue_with(issues, "talks") == {"TUR": "oppose"}
    assert _counts_of(counts, "cyprus") == {"yes": 120, "no": 5, "abstain": 10}


def test_in_a_separate_statement_of_one_state_is_no_decision():
    # Near miss: "In a separate statement, Greece called for talks": one state's words, not
    # the deciders' act; one decision.
    text = (
        "Assembly backs Cyprus text\n\n"
        "NEW YORK, 15 March 2024 - The UN General Assembly adopted a resolution on Cyprus by "
        "120 votes to 5, with 10 abstentions. Turkey voted against it. In a separate statement, "
        "Greece called for talks on the reunification of the island."
    )
    issues, _ = _draft(text, "unga")
    assert len(issues) == 1
    assert next(iter(issues.values()))["TUR"] == "oppose"
