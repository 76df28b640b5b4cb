"""heldout29's inversions, as general classes (issue 13, worktree inv29).

- An alternative put forward "instead" is not the text: "joined Rome in proposing a longer
  period instead" backs no draft (29-06).
- Urging the Council to reject something that is not a text ("the breakaway") is no
  opposition to the text that condemns it (29-02).
- A rival proposal's own content ("Moscow's own draft, calling for a truce, was voted down")
  is not its author's support for the decision (29-28).
- The mover of a procedural motion told as "a motion to adjourn the debate, put forward by X"
  moved it: support on the motion, never turned into opposition (29-09).
- "The vote came a week after the cabinet approved an extension of the wall": an earlier,
  domestic act told to date the vote, not a stance on it (29-07).
- An objection "to a clause" is to a part of the text, not to the decision (29-14).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import first_issue_pairs, needs_spacy

from concilium.text.outcome import Outcome, classify

pytestmark = needs_spacy


def _pairs(text: str, council: str = "unsc", date: str = "2003-03-10") -> set:
    return first_issue_pairs("Council decision", text, date, council, named_only=True)


# --- an alternative proposed "instead" (29-06) --------------------------------------------


def test_proposing_something_else_instead_is_no_support() -> None:
    got = _pairs(
        "The Security Council on Monday adopted a resolution setting a deadline for the "
        "inspectors. Germany, which joined Paris and Moscow in proposing a longer inspection "
        "period instead, voted against it."
    )
    assert ("DEU", "oppose") in got
    assert ("FRA", "support") not in got
    assert ("RUS", "support") not in got


def test_proposing_the_text_is_still_support() -> None:
    # near miss: no "instead", the text itself is proposed
    got = _pairs(
        "The Security Council on Monday adopted a resolution setting a deadline for the "
        "inspectors. Spain, which joined London in proposing the resolution, voted for it."
    )
    assert ("ESP", "support") in got


# --- urging the members to reject what the text condemns (29-02) ----------------------------


def test_urging_members_to_reject_a_breakaway_is_no_opposition() -> None:
    got = _pairs(
        "The Security Council on Thursday declared the self-proclaimed republic in the north "
        "of Georgia legally void. The Council had heard Georgia's foreign minister, who urged "
        "members to reject the secession outright.",
        date="2008-09-11",
    )
    assert ("GEO", "oppose") not in got


def test_urging_members_to_reject_the_draft_is_opposition() -> None:
    # near miss: what is to be rejected is the text itself
    got = _pairs(
        "The Security Council on Thursday adopted a resolution on the northern provinces. "
        "Georgia's foreign minister had urged members to reject the draft outright.",
        date="2008-09-11",
    )
    assert ("GEO", "oppose") in got


# --- a rival proposal's content (29-28) -----------------------------------------------------


# fixed in amend30 (was a strict xfail: rival text's author: a relative or participle clause on
# a text ('a rival Russian draft, which called for a truce') gives its author support by design;
# with no issue of its own for the rival text, that support lands on the decision)
def test_a_rival_proposals_call_is_not_its_authors_support() -> None:
    got = _pairs(
        "The Security Council on Friday adopted a resolution authorising the naval force by "
        "13 votes to 2. Moscow's own proposal, calling for an immediate truce, was turned "
        "down earlier in the week.",
    )
    assert ("RUS", "support") not in got


def test_a_rival_proposals_call_in_a_where_clause_is_no_support() -> None:
    # the parser hangs the participle on the main verb: the noun before the comma counts
    got = _pairs(
        "The Security Council on Friday adopted a resolution authorising the naval force. "
        "The Russian envoy spoke in the committee, where Moscow's own plan, calling for an "
        "immediate truce, was shelved.",
    )
    assert ("RUS", "support") not in got


# fixed in amend30 (was a strict xfail: rival draft's sponsor: "Moscow's own draft ... was voted
# down" reads Moscow as the sponsor of the decided text (support), though the text voted down is
# a rival one)
def test_a_rival_drafts_sponsor_is_not_the_decisions_supporter() -> None:
    got = _pairs(
        "The Security Council on Friday adopted a resolution authorising the naval force by "
        "13 votes to 2. Moscow's own draft, calling for an immediate truce, was voted down "
        "earlier in the week.",
    )
    assert ("RUS", "support") not in got


def test_the_adopted_drafts_call_keeps_its_sponsor() -> None:
    # near miss: the sponsor's text is the decision ("France's draft ... was adopted")
    got = _pairs(
        "The Security Council on Friday adopted a resolution calling for an immediate truce. "
        "France, calling for an immediate truce, said it had voted for the text.",
    )
    assert ("FRA", "support") in got


# --- the mover of an adjournment motion (29-09) ---------------------------------------------


def test_the_mover_of_an_adjournment_motion_supports_the_motion() -> None:
    got = _pairs(
        "The General Assembly on Tuesday put off a decision on a draft resolution giving the "
        "African Union a stronger voice in its debates. A motion to adjourn the debate, put "
        "forward by Jamaica on behalf of the Caribbean states, was carried by 80 votes to 70, "
        "with 20 abstentions.",
        council="unga",
        date="2011-05-03",
    )
    assert ("JAM", "oppose") not in got
    assert ("JAM", "support") in got


# --- an earlier domestic act told to date the vote (29-07) ----------------------------------


def test_an_earlier_cabinet_approval_is_no_stance() -> None:
    got = _pairs(
        "The Security Council on Wednesday adopted a resolution declaring the new dam on the "
        "river unlawful. The vote came a week after the Ethiopian cabinet approved an "
        "extension of the dam.",
        date="2012-05-03",
    )
    assert ("ETH", "support") not in got


def test_approving_the_resolution_itself_is_support() -> None:
    # near miss: the approval is of the text
    got = _pairs(
        "The Security Council on Wednesday adopted a resolution on the dam on the river. "
        "Ethiopia approved the resolution, its envoy said.",
        date="2012-05-03",
    )
    assert ("ETH", "support") in got


# --- an objection to a clause (29-14) -------------------------------------------------------


def test_an_objection_to_a_clause_is_not_opposition_to_the_decision() -> None:
    got = _pairs(
        "EU foreign ministers on Monday opened accession talks with Montenegro. Podgorica "
        "raised an objection of its own, to a clause it feared would limit its fishing "
        "rights, but the talks went ahead.",
        council="eu-council",
        date="2012-06-26",
    )
    assert ("MNE", "oppose") not in got


def test_an_objection_to_the_decision_is_opposition() -> None:
    # near miss: the objection is to the decision itself
    got = _pairs(
        "EU foreign ministers on Monday adopted sanctions on the junta. Hungary raised an "
        "objection to the sanctions.",
        council="eu-council",
        date="2012-06-26",
    )
    assert ("HUN", "oppose") in got


# --- a pronoun in a clause describing the copula's subject (29-06) --------------------------


def test_only_member_to_have_said_it_would_vote_yes_is_that_member() -> None:
    got = _pairs(
        "The Security Council on Monday adopted a resolution on the inspections. Syria was "
        "against any text that opened the way to war. Angola was the only member apart from "
        "the sponsors to have said openly that it would vote yes."
    )
    assert ("SYR", "support") not in got
    assert ("AGO", "support") in got


def test_a_pronoun_after_a_saying_subject_is_still_that_subject() -> None:
    # near miss: the clause has its own subject ("Angola said it would vote yes")
    got = _pairs(
        "The Security Council on Monday adopted a resolution on the inspections. Syria was "
        "against any text that opened the way to war. Angola said that it would vote yes."
    )
    assert ("AGO", "support") in got
    assert ("SYR", "support") not in got


# --- sponsors withdrawing their own draft before a vote (29-06) -----------------------------


def test_sponsors_withdrawing_their_draft_support_it() -> None:
    got = _pairs(
        "Britain and France on Tuesday withdrew their draft resolution on the blockade, "
        "conceding that it would be vetoed. Russia had said it would vote against the text."
    )
    assert ("GBR", "support") in got
    assert ("FRA", "support") in got
    assert ("RUS", "oppose") in got


def test_withdrawing_support_or_an_amendment_is_not_sponsoring() -> None:
    # near misses: support taken away; an amendment withdrawn (an issue of its own)
    got = _pairs(
        "The Security Council on Tuesday adopted a resolution on the blockade. Angola "
        "withdrew its support for the draft resolution a day earlier, and Chile withdrew "
        "its amendment."
    )
    assert ("AGO", "support") not in got
    assert ("CHL", "support") not in got


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Britain and France withdraw Council draft on the blockade", Outcome.WITHDRAWN),
        ("The sponsors on Monday withdrew their draft resolution.", Outcome.WITHDRAWN),
        ("The draft on the blockade was withdrawn before the vote.", Outcome.WITHDRAWN),
        ("Three allies give up on UN vote over the blockade", Outcome.WITHDRAWN),
        # near misses: support, an objection or troops withdrawn are no text taken back
        ("Angola withdrew its support for the draft resolution.", Outcome.UNKNOWN),
        ("France withdrew its objection and the ministers adopted the text.", Outcome.ADOPTED),
        ("Chile withdrew its troops from the border.", Outcome.UNKNOWN),
    ],
)
def test_withdrawn_shape(line: str, outcome: Outcome) -> None:
    assert classify([line]).outcome is outcome
