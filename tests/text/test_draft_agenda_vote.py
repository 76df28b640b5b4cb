"""A vote to put a question on the agenda (issue 13, heldout23 "agenda" class).

Before the Security Council debates a question it may vote to put it on its agenda (to
"inscribe" it).  That procedural vote is a decision of its own: its count and its "for" and
"against" are the agenda's, never the text's that is voted on later.  The drafting represents it
as an issue beside the text's (as a failed procedural motion is, see test_draft_motions.py);
the sentence that tells its count, and the next one when it goes on about "that vote", hold its
stances.

"The Council voted 11 to 1" is a count as "by 11 to 1" is.

Every article here is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 15)


def _draft(text: str) -> tuple[dict[str, dict[str, str]], dict[str, Any]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unsc")
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    counts = {iid: (meta.get(iid) or {}).get("counts") for iid in labels_by_issue(sc)}
    return labels_by_issue(sc, named_only=True), counts


@needs_spacy
def test_an_agenda_vote_is_its_own_issue_beside_the_vetoed_text():
    # Russia vetoed the text; earlier 12 members voted to put the question on the agenda, Russia
    # and China against, and Mozambique stayed out of "that vote".  China and Mozambique say
    # nothing of the text itself: their stances are the agenda's only.
    text = (
        "Russia blocks Council text on Ruritania\n\n"
        "NEW YORK, 15 March 2024 - Russia on Friday vetoed a Security Council draft resolution "
        "on the Ruritania border. Earlier the Council had decided by 12 votes to 2 to put the "
        "question on its agenda, with only Russia and China against. Mozambique did not take "
        "part in that vote."
    )
    issues, counts = _draft(text)
    assert len(issues) == 2, list(issues)
    assert issue_with(issues, "agenda") == {"RUS": "oppose", "CHN": "oppose", "MOZ": "abstain"}
    main = next(labs for iid, labs in issues.items() if "agenda" not in iid)
    assert main == {"RUS": "oppose"}
    # (the drafting completes the count: the fifteenth member, Mozambique, is the one left)
    assert [c for iid, c in counts.items() if "agenda" in iid] == [
        {"yes": 12, "no": 2, "abstain": 1}
    ]
    assert [c for iid, c in counts.items() if "agenda" not in iid] == [None]


@needs_spacy
def test_a_vote_to_inscribe_an_item_is_counted_apart_from_the_resolution():
    # "voted 13 to 1 to inscribe the item": the count and Russia's vote are the agenda's; the
    # resolution adopted later has its own count (14 to 0, with Russia abstaining).
    text = (
        "Council condemns attack on peacekeepers\n\n"
        "NEW YORK, 15 March 2024 - The Security Council adopted a resolution condemning the "
        "attack on peacekeepers by 14 votes to none, with Russia abstaining. On Monday the "
        "Council voted 13 to 1 to inscribe the item, with Russia voting against."
    )
    issues, counts = _draft(text)
    assert issue_with(issues, "agenda") == {"RUS": "oppose"}
    main = next(iid for iid in issues if "agenda" not in iid)
    assert issues[main] == {"RUS": "abstain"}
    assert [c for iid, c in counts.items() if "agenda" in iid] == [{"yes": 13, "no": 1}]
    assert counts[main] == {"yes": 14, "no": 0, "abstain": 1}


@needs_spacy
def test_an_item_put_on_the_agenda_without_a_count_is_no_issue():
    # Near miss: the agenda was adopted without a vote; the only count is the resolution's,
    # and Russia and China voted against it.
    text = (
        "Council adopts Ruritania text\n\n"
        "NEW YORK, 15 March 2024 - The question was placed on the Security Council's agenda "
        "without a vote. The Council then adopted a resolution on the Ruritania border by 13 "
        "votes to 2, with Russia and China against."
    )
    issues, counts = _draft(text)
    assert len(issues) == 1, list(issues)
    assert next(iter(issues.values())) == {"RUS": "oppose", "CHN": "oppose"}
    assert next(iter(counts.values())) == {"yes": 13, "no": 2, "abstain": 0}


@needs_spacy
def test_a_count_after_a_decision_to_put_an_item_on_the_agenda_is_the_texts():
    # Near miss: "which had decided to put the item on its agenda" carries no count of its
    # own; "by 13 votes to 2" is the resolution's.
    text = (
        "Council adopts Ruritania text\n\n"
        "NEW YORK, 15 March 2024 - The Security Council, which had decided last week to put the "
        "item on its agenda, adopted a resolution on the Ruritania border by 13 votes to 2, "
        "with Russia and China against."
    )
    issues, counts = _draft(text)
    assert len(issues) == 1, list(issues)
    assert next(iter(issues.values())) == {"RUS": "oppose", "CHN": "oppose"}
    assert next(iter(counts.values())) == {"yes": 13, "no": 2, "abstain": 0}


def test_voted_n_to_m_is_a_count():
    t = find_counts("The Council voted 11 to 1 to take up the request.")
    assert (t.yes, t.no, t.abstain) == (11, 1, None)
    t = find_counts("The Council voted 12-2-1 to adopt it.")
    assert (t.yes, t.no, t.abstain) == (12, 2, 1)
    # near misses: no count
    assert find_counts("Members voted 2 to 3 times a year on the budget.").empty()
    assert find_counts("Turnout among those who voted rose from 2 to 3 per cent.").empty()


@needs_spacy
def test_an_agenda_adopted_by_a_count_is_its_own_issue():
    # "The provisional agenda was adopted by 13 votes to 2": the agenda's count and Russia's and
    # China's votes against it; the vetoed text keeps Russia's veto only and no count.
    text = (
        "Russia blocks Council text on Ruritania\n\n"
        "NEW YORK, 15 March 2024 - Russia on Friday vetoed a Security Council draft resolution "
        "on the Ruritania border. The provisional agenda was adopted by 13 votes to 2, with "
        "Russia and China against."
    )
    issues, counts = _draft(text)
    assert issue_with(issues, "agenda") == {"RUS": "oppose", "CHN": "oppose"}
    main = next(iid for iid in issues if "agenda" not in iid)
    assert issues[main] == {"RUS": "oppose"}
    assert [c for iid, c in counts.items() if "agenda" in iid] == [
        {"yes": 13, "no": 2, "abstain": 0}
    ]
    assert counts[main] is None
