"""European Council and EU Council stances missed in heldout27 (issue 13), on sentences
written for this file.

- A state set off by commas with "like" ("Denmark, like Britain, abstained", "Like Britain,
  Denmark abstained") does what the sentence's subject does.  Not "unlike", not one told of
  in a clause of its own ("like Britain, which voted against"), not "would like".
- "Neither" after a sentence that is not parsed (no cue word) is its two clause subjects:
  "Germany had doubts, and France wanted proof. But neither stood in the way" (they were
  read only after a parsed sentence, and a sentence opening "But neither" was not parsed).
- In a council that decides by consensus, a hesitation told before a member let the decision
  pass ("Germany was hesitant. ... But it did not stand in the way") no longer ties with it.
- A campaigning verb with no object of its own, done "alongside" a state ("Cyprus pushed
  alongside Athens"), takes that state's side.  Not "pushed back", nor with an aim of its own.
- "called on the rest of the EU to follow" asks the deciders, as "the other members" does.
- Saying the decision gave the certainty (clarity, stability) wanted is praising it.  Not a
  pretext given, nor certainty denied or lessened, nor said of a delay.
- Putting forces at the disposal of the force (the mission) is contributing them.  Not a plan
  put at the Council's disposal, nor denied.
- A presidency's cause: "made the summit the flagship of its presidency" (of its six months
  at the helm) is backing it.  Not the flagship of anything else, nor denied.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import named_labels_of_one_issue, needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2019, 6, 20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark and Hungary, like Britain, voted against the plan.",
            {("DNK", "oppose"), ("HUN", "oppose"), ("GBR", "oppose")},
        ),
        ("Like Britain, Denmark abstained.", {("DNK", "abstain"), ("GBR", "abstain")}),
        ("Denmark, like Britain, abstained.", {("DNK", "abstain"), ("GBR", "abstain")}),
        (
            "Malta, like Spain and Greece, backed the text.",
            {("MLT", "support"), ("ESP", "support"), ("GRC", "support")},
        ),
        # near misses: "unlike", a clause of its own
        (
            "Denmark and Hungary, unlike Britain, voted against the plan.",
            {("DNK", "oppose"), ("HUN", "oppose")},
        ),
        (
            "Like Britain, which voted against, Denmark backed the text.",
            {("DNK", "support"), ("GBR", "oppose")},
        ),
        ("Denmark voted for a plan like Britain's.", {("DNK", "support")}),
    ],
)
def test_like_a_state_is_doing_the_same(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany had doubts, and France wanted proof. Neither stood in the way.",
            {("DEU", "neutral"), ("FRA", "neutral")},
        ),
        (
            "Germany had doubts, and France wanted proof. But neither stood in the way.",
            {("DEU", "neutral"), ("FRA", "neutral")},
        ),
        (
            "Berlin had doubts, and Paris wanted proof. Still, neither stood in the way.",
            {("DEU", "neutral"), ("FRA", "neutral")},
        ),
        (
            (
                "Belgium had held back, and Britain had shared the doubts. But neither stood in "
                "the way."
            ),
            {("BEL", "neutral"), ("GBR", "neutral")},
        ),
        (
            "Spain and Italy doubted the plan. Neither stood in the way.",
            {("ESP", "neutral"), ("ITA", "neutral")},
        ),
        (
            "Germany had doubts, and Italy wanted proof. But neither signed the declaration.",
            {("DEU", "oppose"), ("ITA", "oppose")},
        ),
        # near misses: one state, three, two that are no clause subjects
        ("Germany had doubts. Neither stood in the way.", set()),
        ("Germany, France and Italy had doubts. Neither stood in the way.", set()),
        ("Germany had doubts, and France and Italy wanted proof. Neither stood in the way.", set()),
        ("Germany met France on Monday. Neither stood in the way.", set()),
    ],
)
def test_neither_after_an_unparsed_sentence(text: str, expected: set) -> None:
    assert read(text) == expected


LEAD = (
    "EU leaders back vaccine pass\n\nBRUSSELS, 25 February 2021 - The leaders of the "
    "European Union's 27 member states agreed on Thursday to keep working on a common "
    "vaccine certificate.\n\n"
)


def _named(sentences: str) -> dict[str, str]:
    return named_labels_of_one_issue(LEAD + sentences + "\n")


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Germany and France were more hesitant. Germany had doubts, and France wanted "
                "proof. But neither stood in the way."
            ),
            {"DEU": "support", "FRA": "support"},
        ),
        ("Austria was hesitant. It did not stand in the way.", {"AUT": "support"}),
        ("Austria was hesitant but did not stand in the way.", {"AUT": "support"}),
        (
            "Greece championed the plan. Cyprus pushed alongside Athens.",
            {"GRC": "support", "CYP": "support"},
        ),
        (
            "Greece championed the plan. Cyprus campaigned alongside Athens, and Spain backed it.",
            {"GRC": "support", "CYP": "support", "ESP": "support"},
        ),
        # near misses: a hesitation alone, a criticism still ties, pushing back, an aim of
        # its own
        ("Germany and France were more hesitant.", {}),
        ("Germany criticised the plan. But it did not stand in the way.", {}),
        ("Greece championed the plan. Cyprus pushed back alongside Athens.", {"GRC": "support"}),
        (
            "Greece championed the plan. Cyprus did not push alongside Athens.",
            {"GRC": "support"},
        ),
    ],
)
def test_let_pass_after_doubts_and_campaigning_alongside(sentences: str, expected: dict) -> None:
    assert _named(sentences) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Estonia barred the officials from its territory and called on the rest of the "
                "EU to follow."
            ),
            {("EST", "support")},
        ),
        ("Latvia called on the rest of the alliance to send troops.", {("LVA", "support")}),
        # near misses: not the deciders, a delay asked, not asked
        ("Estonia called on the rest of its neighbours to follow.", set()),
        ("Estonia called on the rest of the EU to delay the sanctions.", set()),
        ("Estonia did not call on the rest of the EU to follow.", set()),
    ],
)
def test_the_rest_of_the_deciders_asked(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany's minister said the decision gave industry the certainty it needed.",
            {("DEU", "support")},
        ),
        (
            (
                '"We have a deal," said the Irish minister, adding that the agreement gave '
                "farmers the clarity they wanted."
            ),
            {("IRL", "support")},
        ),
        ("Spain said the deal would bring stability to the region.", {("ESP", "support")}),
        # near misses: denied, lessened, a pretext, a delay, not said
        ("Germany said the decision gave industry no certainty.", set()),
        ("Germany said the decision gave industry less certainty.", set()),
        ("Germany said the decision did not give industry certainty.", set()),
        ("Germany said the decision gave Moscow a pretext.", set()),
        ("Germany said the delay gave industry certainty.", set()),
    ],
)
def test_said_the_decision_gave_certainty(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada will put special forces and drones at the disposal of the force.",
            {("CAN", "support")},
        ),
        ("Spain placed two frigates at the disposal of the mission.", {("ESP", "support")}),
        (
            "Finland made the rule-of-law mechanism a priority of its presidency.",
            {("FIN", "support")},
        ),
        (
            "Croatia had made the region the centrepiece of its six months at the helm.",
            {("HRV", "support")},
        ),
        (
            "Portugal had made the social summit the flagship of its six months in the chair.",
            {("PRT", "support")},
        ),
        # near misses: not a mission, denied ("made X a priority" of anything else is read
        # by the rule for a priority in general, not by this one)
        ("Spain put the plan at the disposal of the Council.", set()),
        ("Spain did not put troops at the disposal of the force.", set()),
        ("Finland did not make the mechanism a priority of its presidency.", set()),
        ("Finland did not make the summit the flagship of its presidency.", set()),
        ("Finland made the new model the flagship of its car range.", set()),
    ],
)
def test_means_put_at_its_disposal_and_a_presidency_priority(text: str, expected: set) -> None:
    assert read(text) == expected
