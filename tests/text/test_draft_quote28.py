"""Security Council readings fixed for heldout27's remaining UN misses (issue 13, quote28).

- A passive participle the parser hangs on a text noun with no "by" ("... voted for the
  Moscow text abstained on ...", "the Russian draft vetoed on Friday") is what was done to
  the text: the state whose name titles the text (its topic or sponsor) did not do it.
- "joined the thirteen others in condemning X for breaking the truce": the proposal noun in
  the reason ("the truce") is not what the joiners condemned; they take the decision.
- A state the decision is taken against that "would not bow to" the deciders' threats or
  demands defies them: oppose (not "bow to pressure to do something", whose way depends on
  what; not a state the decision is not against).
- "called the arrangement (the scheme) a violation of its sovereignty": the decision's plan
  called something, as "called the plan ..." is.
- Two resolutions told in turn by their place: the lead's "and in a second resolution
  condemned ...", then "The second text, resolution 2742, was adopted unanimously": the
  sentence opening with the text's place is about it (its number titles it), and the sentence
  after the lead goes back to the first text.
- One text singled out, with its own count, among several the body "also adopted" ("...
  four resolutions on X, among them a renewal of the mandate of Y, approved 120 to 2 with 30
  abstentions, A and B again voting no"): an issue of its own holding that sentence; a count
  right after the decision verb ("approved 120 to 2") is read.

Every sentence is written for these tests; each label is what a careful reader codes from
the sentence alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)
read = partial(stance_pairs, on=DAY)


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        # "abstained" parsed as a participle on "text": Russia did not abstain
        (
            "Many delegations that had voted for the Moscow text abstained on the Golan resolution.",
            set(),
        ),
        # Russia's own draft was vetoed by someone else: its sponsor backs it, no veto of its
        ("The Russian draft vetoed on Friday would have set up a tribunal.", {("RUS", "support")}),
        # near misses: a participle with its agent keeps the agent
        ("The draft sponsored by Egypt was adopted.", {("EGY", "support")}),
        (
            "The Egyptian text, backed by Jordan, was adopted.",
            {("JOR", "support"), ("EGY", "support")},
        ),
    ],
)
def test_a_text_acted_on_names_no_doer(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert read(sentence) == pairs


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            (
                "Russia and China joined the thirteen others in condemning Ruritania for breaking"
                " the truce."
            ),
            {("RUS", "support"), ("CHN", "support")},
        ),
        # near misses: condemning the text itself is against it; condemning a state, with
        ("Chile joined the others in condemning the resolution.", {("CHL", "oppose")}),
        ("Chile joined the others in condemning Ruritania.", {("CHL", "support")}),
    ],
)
def test_joining_the_others_in_condemning_for_a_breach(
    sentence: str, pairs: set[tuple[str, str]]
) -> None:
    assert read(sentence) == pairs


_SANCTIONED = "The Council imposed sanctions on {state}. "


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            _SANCTIONED.format(state="Syria")
            + "Syria's envoy said Damascus would not bow to the Council's threats or demands.",
            {("SYR", "oppose")},
        ),
        (
            _SANCTIONED.format(state="Iraq")
            + "Iraqi officials called the arrangement a violation of the country's sovereignty.",
            {("IRQ", "oppose")},
        ),
        # near misses: pressure to do something (which way?), giving in, a state not targeted,
        # an arrangement with someone (another matter)
        (
            _SANCTIONED.format(state="Syria")
            + "Syria's envoy said Damascus would not bow to pressure to release the prisoners.",
            set(),
        ),
        (_SANCTIONED.format(state="Syria") + "Damascus bowed to the pressure.", set()),
        (_SANCTIONED.format(state="Syria") + "France said it would not bow to threats.", set()),
        (
            _SANCTIONED.format(state="Iraq")
            + "Iraqi officials called the arrangement with Jordan a lifeline.",
            set(),
        ),
    ],
)
def test_a_target_defying_or_faulting_the_scheme(text: str, pairs: set[tuple[str, str]]) -> None:
    assert read(text) == pairs


_TWO_BY_PLACE = (
    "Council extends monitors and condemns Ruritania\n\n"
    "NEW YORK, 15 March 2024 - The Security Council on Friday extended the monitoring mission "
    "in Ruritania for a year and in a second resolution condemned Ruritania for shelling its "
    "neighbour.\n\n"
    "The extension, resolution 2741, was approved by 13 votes to none, with two abstentions. "
    "Russia and China abstained. The text was drafted by France.\n\n"
    "The second text{number} was adopted unanimously. Russia and China joined the thirteen "
    "others in condemning Ruritania for breaking the truce."
)


@pytest.mark.parametrize("number", [", resolution 2742,", ""])
def test_two_resolutions_told_in_turn_by_their_place(number: str) -> None:
    sc = draft_scenario(_TWO_BY_PLACE.format(number=number), source="t.txt", on=DAY, body="unsc")
    named = labels_by_issue(sc, named_only=True)
    first, second = list(named)[:2]
    # the abstentions and the drafter are the first text's; the joiners are the second's
    assert named[first] == {"RUS": "abstain", "CHN": "abstain", "FRA": "support"}
    assert named[second] == {"RUS": "support", "CHN": "support"}
    # the second text's unanimity leaves every member for it
    assert set(labels_by_issue(sc)[second].values()) == {"support"}
    if number:
        assert "2742" in second


_SINGLED_OUT = (
    "Assembly backs Ruritanian statehood\n\n"
    "UNITED NATIONS, 4 December 2024 - The General Assembly on Wednesday called on all states "
    "to respect the borders of Ruritania, by 150 votes to 3, with 8 abstentions. Belarus, "
    "Nicaragua and North Korea voted against.\n\n"
    "The Assembly also adopted four resolutions on the question of Ruritania, among them a "
    "renewal of the mandate of the monitoring office{tail}"
)


def _assembly(tail: str) -> tuple[dict[str, dict[str, str]], dict]:
    sc = draft_scenario(
        _SINGLED_OUT.format(tail=tail), source="t.txt", on=dt.date(2024, 12, 4), body="unga"
    )
    meta = sc["x-draft"].get("issues") or {}
    return labels_by_issue(sc), {iid: m.get("counts") for iid, m in meta.items()}


def test_one_text_singled_out_among_several_with_its_count_is_an_issue() -> None:
    # the renewal's own count and its two votes against are its own, not the first text's
    issues, counts = _assembly(
        ", approved 120 to 2 with 30 abstentions, Belarus and Nicaragua again voting no."
    )
    first, renewal = list(issues)
    assert "renewal" in renewal
    assert issues[first] == {"BLR": "oppose", "NIC": "oppose", "PRK": "oppose"}
    assert issues[renewal] == {"BLR": "oppose", "NIC": "oppose"}
    assert counts == {
        first: {"yes": 150, "no": 3, "abstain": 8},
        renewal: {"yes": 120, "no": 2, "abstain": 30},
    }


def test_texts_adopted_together_with_no_count_of_their_own_are_no_issue() -> None:
    issues, _ = _assembly(".")
    assert list(issues.values()) == [{"BLR": "oppose", "NIC": "oppose", "PRK": "oppose"}]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("It was approved 120 to 2 with 30 abstentions.", {"yes": 120, "no": 2, "abstain": 30}),
        ("The text passed 14 to 0.", {"yes": 14, "no": 0}),
        # near misses: numbers of things approved, a share
        ("It approved 10 to 12 new posts.", {}),
        ("The ministers approved 2 to 3 per cent cuts.", {}),
    ],
)
def test_a_count_right_after_the_decision_verb(sentence: str, counts: dict[str, int]) -> None:
    assert find_counts(sentence).as_dict() == counts
