"""Which decision each stance and count lands on, in articles that report two (issue 13,
thirteenth stop).

- What the deciders "also agreed" in a clause after the lead ("The 32 allies also agreed that
  their ships would patrol together") is a further decision, named by the clause's words;
  a count in that sentence is that decision's.  A clause whose subject is a pronoun ("also
  agreed that it would be reviewed") is about the decision already named: no new issue.
- A stance on the noun of the act the lead tells ("welcomed the invitation" after "leaders
  invited Georgia") is on the lead's decision, even after a further one was named; another
  noun ("welcomed the arrangement") stays on the decision in focus.
- "it" after a sentence whose subject introduces a further decision ("A new, 15th package
  of sanctions remained blocked. Hungary held it up") is that decision, none of the issues:
  no stance, rather than one on the decision named before.  "A revised draft" or "The
  mission" as subject is the decision already named: the stance stays on it.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def draft(text: str, body: str) -> dict[str, Any]:
    return draft_scenario(text, source="t.txt", on=DAY, body=body)


def issue_with(issues: dict[str, Any], word: str) -> str:
    """The id of the one drafted issue whose id has ``word``."""
    found = [iid for iid in issues if word in iid]
    assert len(found) == 1, (word, list(issues))
    return found[0]


def counts(sc: dict[str, Any], iid: str) -> dict[str, int] | None:
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    return (meta.get(iid) or {}).get("counts")


NATO_LEAD = (
    "NATO invites Georgia, agrees Black Sea patrols\n\n"
    "BRUSSELS, 15 March 2024 - NATO leaders on Thursday invited Georgia to join the "
    "alliance's partnership programme for the Caucasus. "
)


def test_also_agreed_clause_is_a_further_decision_holding_its_count():
    # The invitation is the lead's decision; "The 32 allies also agreed that their ships ...
    # would patrol together" is a second one, and its count of 32 is its own, not the
    # invitation's.  Georgia "welcomed the invitation": the first decision.
    sc = draft(
        NATO_LEAD + "The 32 allies also agreed that their ships in the Black Sea would patrol "
        "together. Georgia welcomed the invitation.",
        "nato",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, list(issues)
    patrol = issue_with(issues, "ships")
    invite = issue_with(issues, "georgia")
    assert counts(sc, patrol) == {"yes": 32, "no": 0, "abstain": 0}
    assert counts(sc, invite) is None
    assert issues[invite] == {"GEO": "support"}
    assert issues[patrol] == {}


def test_noun_of_the_lead_act_in_another_wording():
    # "approved the fisheries agreement" ... "welcomed the approval": the approval is the
    # agreement's; the quotas the ministers "also agreed" are another decision, with the
    # count of 27.  Norway is no member: its stance is still read, on the agreement.
    sc = draft(
        "EU approves Norway fisheries deal\n\n"
        "BRUSSELS, 15 March 2024 - European Union ministers on Monday approved the fisheries "
        "agreement with Norway. All 27 ministers also agreed that fishing quotas in the Baltic "
        "would be cut by a fifth. Norway welcomed the approval.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, list(issues)
    quotas = issue_with(issues, "quotas")
    deal = next(iid for iid in issues if iid != quotas)
    assert counts(sc, quotas) == {"yes": 27, "no": 0, "abstain": 0}
    assert issues[deal] == {"NOR": "support"}
    assert issues[quotas] == {}


def test_another_noun_stays_on_the_decision_in_focus():
    # "welcomed the arrangement" right after the patrols were agreed names no act of the
    # lead: the patrols, the decision in focus, not the invitation.
    sc = draft(
        NATO_LEAD + "The 32 allies also agreed that their ships in the Black Sea would patrol "
        "together. Ukraine welcomed the arrangement.",
        "nato",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, list(issues)
    assert issues[issue_with(issues, "ships")] == {"UKR": "support"}
    assert issues[issue_with(issues, "georgia")] == {}


def test_also_agreed_with_a_pronoun_subject_is_no_new_decision():
    # "also agreed that it would be reviewed in a year": "it" is the agreement already
    # named; one issue, and Sweden's vote against the agreement is on it.
    sc = draft(
        "EU approves Norway fisheries deal\n\n"
        "BRUSSELS, 15 March 2024 - European Union ministers on Monday approved the fisheries "
        "agreement with Norway. The ministers also agreed that it would be reviewed in a "
        "year. Sweden voted against the agreement.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, list(issues)
    assert next(iter(issues.values())) == {"SWE": "oppose"}


def test_it_after_a_new_decision_introduced_as_subject_is_no_stance_on_the_first():
    # "A new, 15th package of sanctions remained blocked. Hungary held it up": "it" is the
    # new package, not the extension the leaders agreed; the package is no issue of its own,
    # so Hungary gets no stance rather than one against the extension.
    sc = draft(
        "EU extends Russia sanctions\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Thursday agreed to extend the "
        "economic sanctions on Russia for six months. A new, 15th package of sanctions on "
        "Russia remained blocked. Hungary held it up, citing its energy needs.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert all("HUN" not in stances for stances in issues.values()), issues


@pytest.mark.parametrize(
    "second",
    [
        # left for later (no stance word)
        "A new package on Russian gas imports was left for a later meeting.",
        # "blocked": a stance word with no actor
        "A second package, on Russian gas imports, remained blocked.",
    ],
)
def test_it_after_a_separate_text_in_other_wordings(second: str):
    # "Poland opposed it" after a separate text or a second package was introduced: Poland
    # opposed that one, not the extension of the mission the ministers approved.
    sc = draft(
        "EU extends Sahel mission\n\n"
        "BRUSSELS, 15 March 2024 - European Union ministers on Monday approved the extension "
        f"of the training mission in Mali. {second} Poland opposed it.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert all("POL" not in stances for stances in issues.values()), issues


def test_it_after_the_decision_itself_named_as_subject_stays_on_it():
    # "The extension was approved ... Poland opposed it": the same decision, named with
    # "the"; Poland's opposition is on it.
    sc = draft(
        "EU extends Sahel mission\n\n"
        "BRUSSELS, 15 March 2024 - European Union ministers on Monday approved the extension "
        "of the training mission in Mali. The mission was extended by two years. Poland "
        "opposed it.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, list(issues)
    assert next(iter(issues.values())) == {"POL": "oppose"}


def test_it_after_a_revised_draft_is_still_the_text():
    # "A revised draft was put to a vote ... Russia vetoed it": a revised draft is the text
    # the article reports, not a further one; Russia's veto is against it.
    sc = draft(
        "Russia vetoes Syria aid text\n\n"
        "NEW YORK, 15 March 2024 - The UN Security Council on Thursday debated a draft "
        "resolution on aid deliveries to Syria. A revised draft was put to a vote on Friday. "
        "Russia vetoed it.",
        "unsc",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, list(issues)
    assert next(iter(issues.values())).get("RUS") == "oppose"
