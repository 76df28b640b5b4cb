"""The article's shape (issue 13, heldout28 "shape" class): what became of the decision the
headline and lead tell (``concilium.text.outcome``), shown on the drafted issue, and used where a
stance's polarity depends on it.

- ``classify`` reads adopted / failed / vetoed / blocked / deferred / no decision from wording
  (near misses: "a blocked road", "deferred payment", "postponed match" are no decision's).
- In a decision blocked, deferred or not taken, a member that "insisted on waiting", "wanted
  more time" or "asked for a delay" held it up: oppose, its note saying the shape gave it; in
  a decision taken the same words are hesitation, no stance.
- "26 of the 27 member states in favour" is a count of 26, not of the 27 (a blocked statement
  drafted every member, the blocker too, as support).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import first_issue_pairs, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario
from concilium.text.outcome import Outcome, classify

DAY = "2025-03-03"


@pytest.mark.parametrize(
    ("lines", "outcome"),
    [
        (["Russia vetoes UN draft on ceasefire in the north"], Outcome.VETOED),
        (["Council draft on aid corridors fails to win enough votes"], Outcome.FAILED),
        (["Poland blocks joint EU statement on the border crisis"], Outcome.BLOCKED),
        (
            ["EU ministers meet", "Slovakia refused to sign up to a joint text on the vote."],
            Outcome.BLOCKED,
        ),
        (["A joint declaration on the talks was blocked by one member."], Outcome.BLOCKED),
        (["Allies put off decision on Baltic air mission until July"], Outcome.DEFERRED),
        (["EU leaders postpone enlargement decision to December summit"], Outcome.DEFERRED),
        (["Ministers sent the question back to the Commission on Friday."], Outcome.DEFERRED),
        (["Ministers fail to agree on fishing quotas"], Outcome.NO_DECISION),
        (["Informal summit in Malta ends without a deal on migration"], Outcome.NO_DECISION),
        (["Leaders discuss energy at informal dinner in Sofia"], Outcome.NO_DECISION),
        (["EU adopts new sanctions on Minsk"], Outcome.ADOPTED),
        (["Security Council extends mission in Haiti"], Outcome.ADOPTED),
        # two decisions in the lead: the one told first is the lead's
        (
            ["Ministers agreed to widen the naval mission but put off a decision on its ships."],
            Outcome.ADOPTED,
        ),
        (["Ministers decided to postpone the vote on the fishing plan."], Outcome.DEFERRED),
        (["Ministers put off Serbia's candidate status until March"], Outcome.DEFERRED),
        (["Leaders on Friday pushed the decision back to their spring summit."], Outcome.DEFERRED),
        (["Allies did not approve the plan and took no decision."], Outcome.NO_DECISION),
    ],
)
def test_the_outcome_of_the_decision_is_read_from_its_wording(lines, outcome):
    shape = classify(lines)
    assert shape.outcome is outcome
    assert shape.evidence in lines


@pytest.mark.parametrize(
    "line",
    [
        "Protesters blocked the road to the summit venue",  # a blocked road
        "Farmers win deferred payment scheme talks",  # deferred payment
        "The opening match was postponed because of rain",  # a postponed match
        "Talks on the weather were delayed by a storm",  # no decision word after the verb
        "Rain put off the crowds until noon",  # put off until, but no decision
    ],
)
def test_near_misses_are_no_decision_shape(line):
    shape = classify([line])
    assert shape.outcome not in (Outcome.BLOCKED, Outcome.DEFERRED)


def test_the_outcome_is_none_of_not_taken_when_adopted():
    assert not classify(["Allies approve new mission"]).not_taken
    assert classify(["Allies delay decision on new mission"]).not_taken


def test_a_part_of_the_members_in_favour_is_counted_as_the_part():
    t = find_counts(
        "The statement was blocked, with 26 of the 27 member states in favour and one "
        "government withholding its consent."
    )
    assert t.yes == 26


def test_a_whole_count_in_favour_stays_the_whole():
    # Near miss: no "N of" before the count
    assert find_counts("All 27 member states in favour, the text passed.").yes == 27


def _pairs(headline: str, body: str, council: str, *, named_only: bool = True):
    return first_issue_pairs(headline, body, DAY, council, named_only=named_only)


@needs_spacy
def test_in_a_deferred_decision_who_insisted_on_waiting_opposes():
    pairs = _pairs(
        "NATO puts off decision on training mission",
        "BRUSSELS, 3 March 2025 (Wire) - NATO allies on Monday put off a decision on a new "
        "training mission until their July summit. Italy and Spain pushed for an immediate "
        "start, while Turkey insisted on waiting.",
        "nato",
    )
    assert pairs == {("ITA", "support"), ("ESP", "support"), ("TUR", "oppose")}


@needs_spacy
def test_in_a_deferred_decision_who_wanted_more_time_opposes():
    pairs = _pairs(
        "EU leaders defer sanctions decision to June summit",
        "BRUSSELS, 3 March 2025 (Wire) - European Union leaders deferred a decision on new "
        "sanctions against the junta to their June summit. Poland and Lithuania wanted the "
        "measures adopted at once, but Austria wanted more time.",
        "eu-council",
    )
    assert pairs == {("POL", "support"), ("LTU", "support"), ("AUT", "oppose")}


@needs_spacy
def test_in_a_postponed_decision_those_wanting_to_wait_oppose():
    pairs = _pairs(
        "EU postpones decision on Albania talks",
        "BRUSSELS, 3 March 2025 (Wire) - EU ministers postponed until December a decision "
        "to open membership talks with Albania. France and Denmark wanted to wait, while "
        "Italy and Austria pressed for talks to start.",
        "eu-council",
    )
    assert pairs == {("FRA", "oppose"), ("DNK", "oppose"), ("ITA", "support"), ("AUT", "support")}


@needs_spacy
def test_the_stance_from_the_shape_says_so_in_its_note():
    sc = draft_scenario(
        "Allies delay decision on air policing mission\n\n"
        "BRUSSELS, 3 March 2025 (Wire) - NATO defence ministers on Thursday delayed a "
        "decision on the air policing mission to their next meeting. Norway asked for more "
        "time to study the plan, diplomats said.\n",
        source="t.txt",
        on=dt.date(2025, 3, 3),
        body="nato",
        engine="spacy",
    )
    iid = sc["issues"][0]["id"]
    nor = next(a for a in sc["actors"] if a["id"] == "NOR")
    assert "oppose" in nor["stances"][iid]["note"] or nor["stances"][iid]["position"]["value"] == 0
    assert "deferred" in str(nor["stances"][iid])
    assert sc["x-draft"]["issues"][iid]["outcome"]["value"] == "deferred"
    assert "delay" in sc["x-draft"]["issues"][iid]["outcome"]["evidence"]


@needs_spacy
def test_in_an_adopted_decision_asking_for_more_time_is_no_stance():
    # Near miss: the decision was taken; wanting more time was hesitation, not opposition
    pairs = _pairs(
        "EU adopts new sanctions on junta",
        "BRUSSELS, 3 March 2025 (Wire) - European Union governments on Monday adopted new "
        "sanctions against the junta. Austria had wanted more time.",
        "eu-council",
    )
    assert ("AUT", "oppose") not in pairs


@needs_spacy
def test_a_blocked_statement_with_a_part_count_drafts_no_support_for_the_blocker():
    pairs = _pairs(
        "EU statement on Hong Kong blocked",
        "BRUSSELS, 3 March 2025 (Wire) - A European Union statement on Hong Kong was "
        "blocked on Friday, with 26 of the 27 member states in favour and Hungary "
        "withholding its consent.",
        "eu-council",
        named_only=False,
    )
    assert ("HUN", "support") not in pairs


@needs_spacy
def test_in_a_blocked_statement_the_part_count_is_of_the_others():
    # the one withholding consent opposes; "26 of the 27 ... in favour" are the 26 others
    pairs = _pairs(
        "EU statement on Hong Kong blocked",
        "BRUSSELS, 3 March 2025 (Wire) - A European Union statement on Hong Kong was "
        "blocked on Friday, with 26 of the 27 member states in favour and Hungary "
        "withholding its consent.",
        "eu-council",
        named_only=False,
    )
    assert ("HUN", "oppose") in pairs
    assert ("FRA", "support") in pairs
    assert len([p for p in pairs if p[1] == "support"]) == 26


@needs_spacy
def test_held_up_as_a_model_is_no_stance_in_a_deferred_decision():
    # Near miss: "held up as a model" holds up no decision
    pairs = _pairs(
        "Ministers put off decision on fishing quotas",
        "BRUSSELS, 3 March 2025 (Wire) - EU fisheries ministers on Monday put off a "
        "decision on next year's quotas until their December meeting. Ireland's scheme was "
        "held up as a model by several delegations.",
        "eu-council",
    )
    assert ("IRL", "oppose") not in pairs


@needs_spacy
def test_in_the_security_council_a_delay_asked_is_against_the_text():
    # The Security Council put off a vote: the issue is the text (the lead's convention,
    # test_draft_delay30), so asking for more time held it up
    pairs = _pairs(
        "Security Council postpones vote on Yemen draft",
        "UNITED NATIONS, 3 March 2025 (Wire) - The Security Council on Monday postponed a "
        "vote on a draft on aid to Yemen until Thursday. China asked for more time to study "
        "the text.",
        "unsc",
    )
    assert ("CHN", "oppose") in pairs


@needs_spacy
def test_a_negated_wish_to_wait_is_no_stance():
    # Near miss: "did not want to wait" is no holding up (the subject's gap holds a negation)
    pairs = _pairs(
        "EU postpones decision on Albania talks",
        "BRUSSELS, 3 March 2025 (Wire) - EU ministers postponed until December a decision "
        "to open membership talks with Albania. Italy did not want to wait.",
        "eu-council",
    )
    assert ("ITA", "oppose") not in pairs
