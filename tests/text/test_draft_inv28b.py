"""heldout28's inversions in Council of the EU articles (issue 13), on sentences written for
this file.

- Opposing a state's own deed ("opposing Washington's move", "rejected the American decision
  to move its embassy"): the deed may be what the decision answers (a statement of concern
  about it), so the act says nothing on the decision; no stance (as "denounced Moscow's
  annexation" has none), not an oppose that inverts the backers of that statement. A text,
  a proposal, a block or a deed about a vote keeps its reading.
- A way of choosing a person ("the lead-candidate system", "the presidential candidate
  rule"): no state's membership (the word "candidate" there is a person's), and backing or
  rejecting it is no stance on a decision that may uphold it or set it aside; a state's
  candidate status or a candidate country keeps its reading.
- A stance noun only said to have weighed ("its veto was decisive", "Berlin's support proved
  crucial"): a power or threat that shaped a compromise as often as a vote cast, so it counts
  below an act on the decision told by a verb ("later accepted the extension"); alone it
  keeps its label, and "was enough to sink it" or "sank the plan" keep theirs.
- "Took the line of the text": siding with what a text says (even a text blocked or
  shelved) is support of it, as a reaction; not the line of a state or of talks, not "a hard
  line on the text", not negated.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved

pytestmark = needs_spacy

DAY = dt.date(2019, 5, 14)
winners = partial(resolved, on=DAY)


def stated(text: str) -> set[tuple[str, str]]:
    """(actor, label) of the dependency reader's winning stances, no stance left out."""
    return {(a, lab) for a, lab in winners(text).items() if lab not in ("neutral", "follow")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium and Austria sided with the statement, opposing Ankara's move.", set()),
        ("Portugal rejected the Russian decision to close the strait.", set()),
        ("Sweden opposed Beijing's recognition of the breakaway region.", set()),
        ("Denmark rejected Moscow's announcement on Tuesday.", set()),
        (
            "Ireland backed the declaration, rejecting Washington's move.",
            {("IRL", "support")},
        ),
        # near misses: a text, a proposal, a block, a move on a vote, a bare move
        ("Greece opposed the Turkish draft.", {("GRC", "oppose"), ("TUR", "support")}),
        ("Finland rejected Hungary's proposal.", {("FIN", "oppose")}),
        ("Latvia opposed Poland's veto.", {("LVA", "support"), ("POL", "oppose")}),
        ("Spain opposed the move.", {("ESP", "oppose")}),
        ("Croatia rejected Slovenia's decision on the statement.", {("HRV", "oppose")}),
    ],
)
def test_against_a_states_own_deed(text: str, expected: set[tuple[str, str]]) -> None:
    assert stated(text) == expected


def drafted(body: str) -> dict[str, str]:
    """{actor: label} of every named stance drafted on the article's first issue."""
    from concilium.text.draft import draft_scenario

    article = f"Ministers split on statement\n\nBRUSSELS, May 14, 2019 - {body}\n"
    sc = draft_scenario(article, source="t.txt", on=DAY, body="eu-council", engine="spacy")
    return labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]]


def test_backers_of_a_blocked_statement_not_inverted() -> None:
    got = drafted(
        "Slovakia blocked a joint statement criticising the Turkish offensive. Spain and "
        "Portugal stood by the text, opposing Ankara's move and calling for talks."
    )
    assert got.get("SVK") == "oppose"
    assert got.get("ESP") != "oppose" and got.get("PRT") != "oppose"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria and Malta rejected the lead-candidate system.", set()),
        ("Estonia backed the lead candidate process.", set()),
        ("Cyprus opposed the presidential candidate rule.", set()),
        # near misses: a state's candidacy, a candidate country, a bare system
        ("Greece rejected the candidate status for Skopje.", {("GRC", "oppose")}),
        ("Bulgaria blocked the candidate country's accession.", {("BGR", "oppose")}),
    ],
)
def test_a_way_of_choosing_a_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert stated(text) == expected


def test_lead_candidate_system_opens_no_membership_issue() -> None:
    from concilium.text.draft import draft_scenario

    article = (
        "Leaders keep the old rules\n\nBRUSSELS, May 14, 2019 - EU leaders agreed on Tuesday "
        "to cut the number of commissioners. Romania and Lithuania also rejected the "
        "lead-candidate system.\n"
    )
    sc = draft_scenario(article, source="t.txt", on=DAY, body="eu-council", engine="spacy")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1
    assert all(lab != "oppose" for got in issues.values() for lab in got.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone, the label is kept
        ("Lisbon's veto was decisive.", {("PRT", "oppose")}),
        ("Berlin's support proved crucial.", {("DEU", "support")}),
        # near misses: what the veto did, a veto cast
        ("Sofia's objection was enough to sink it.", {("BGR", "oppose")}),
        ("Athens's veto sank the plan.", {("GRC", "oppose")}),
    ],
)
def test_a_noun_said_to_weigh(text: str, expected: set[tuple[str, str]]) -> None:
    assert stated(text) == expected


def test_weight_of_a_veto_below_an_acceptance() -> None:
    got = drafted(
        "Ministers agreed to extend the naval mission for a year. Valletta hosts the "
        "mission's headquarters, and its veto was decisive. The Maltese government "
        "accepted the extension in the end."
    )
    assert got.get("MLT") == "support"


def test_a_veto_cast_still_outweighs_an_acceptance_of_another_thing() -> None:
    got = drafted(
        "Ministers failed to extend the naval mission. Malta vetoed the extension. "
        "The Maltese government accepted the invitation to further talks."
    )
    assert got.get("MLT") == "oppose"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain and Portugal took the line of the draft.",
            {("ESP", "support"), ("PRT", "support")},
        ),
        (
            "Ireland took the line of the blocked declaration, rejecting Ankara's move.",
            {("IRL", "support")},
        ),
        # near misses: a state's line, talks, a hard line on it, negated
        ("Spain took the line of Hungary.", set()),
        ("Spain took the line of the talks.", set()),
        ("Spain took a hard line on the draft.", set()),
        ("Spain did not take the line of the statement.", set()),
    ],
)
def test_took_the_line_of_the_text(text: str, expected: set[tuple[str, str]]) -> None:
    assert stated(text) == expected


def test_backers_of_a_blocked_statement_read_as_support() -> None:
    got = drafted(
        "Slovakia blocked a joint statement criticising the Turkish offensive. Spain and "
        "Portugal took the line of the blocked text, opposing Ankara's move."
    )
    assert got.get("SVK") == "oppose"
    assert got.get("ESP") == "support" and got.get("PRT") == "support"
