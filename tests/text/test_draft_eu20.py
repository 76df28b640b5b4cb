"""Council of the EU stances missed in heldout20 (issue 13), on sentences written for this file.

- Refusing to lift a veto ("refused to lift its veto", "declined to drop its objection")
  keeps the block: an act against the decision, as strong as blocking it (it was read as the
  weak "would not back"), so that a state "disappointed" at the failure is for the decision.
  Not "refused to lift the sanctions" (nothing blocked) nor "would refuse to ...".
- Declining to join a sharing "mechanism" is staying out of it (abstain), as for a scheme.
- "called the outcome good news", parsed with "the outcome" inside the description, is
  praise of the outcome; "called the decision a disaster for Europe" is no "call for" it.
- "wrote that the veto sends a wrong signal" is said as much as "said that ...".
- "wanted the agreement to come into force (soon)", "to be ratified": wanting the decision
  (not denied, not on a condition, not "to be renegotiated").
- "backed the Maltese position on tariffs against Tunisia" takes no side on the decision of
  the article (a travel ban): the position named is on a matter naming another state; "backed
  the Maltese position" alone still follows Malta.
- "Neither" standing alone as a subject after a sentence naming two states as its clauses'
  subjects ("Spain had held back, and Italy had shared its doubts. Neither stood in the
  way") is both of them, negated: "did not stand in the way" of a decision adopted.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, resolved, spacy_read

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2021, 4, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a refused removal of a block keeps it: against, at an act's weight
        ("Malta refused to lift its veto unless the others met its demand.", {"MLT": "oppose"}),
        ("Poland declined to drop its objection to the plan.", {"POL": "oppose"}),
        # near misses: nothing blocked, a removal done, a double negation
        ("Malta refused to lift the sanctions.", {}),
        ("Malta lifted its veto.", {"MLT": "support"}),
        ("Malta has not refused to lift its veto.", {"MLT": "support"}),
        # staying out of a sharing mechanism
        (
            (
                "Finland, the Czech Republic and Portugal declined to join the mechanism and "
                "will keep their usual share."
            ),
            {"FIN": "abstain", "CZE": "abstain", "PRT": "abstain"},
        ),
        ("Finland joined the mechanism.", {"FIN": "support"}),
        # near miss: using it is no stance on it
        ("Finland declined to use the mechanism.", {}),
        # what the outcome is called
        ("The Greek prime minister called the outcome good news for the whole of Europe.",
         {"GRC": "support"}),
        ("Greece called the outcome good news.", {"GRC": "support"}),
        ("Greece called the decision a mistake for Europe.", {"GRC": "oppose"}),
        # near misses: no evaluative word, or one the reader does not know, is no stance (and
        # never a "call for" it)
        ("Greece called the decision a disaster for Europe.", {}),
        ("Greece called the outcome a disaster for Europe.", {}),
        ("Greece called it a mistake for Europe.", {}),
        ("Greece called the Europe Day celebrations good news.", {}),
        ("Greece called for a ceasefire.", {"GRC": "support"}),
        # wanting the decision in force, adopted or ratified
        ("Sweden wanted the agreement to come into force soon.", {"SWE": "support"}),
        (
            (
                "The Swedish prime minister said that Stockholm wants the treaty to enter "
                "into force quickly."
            ),
            {"SWE": "support"},
        ),
        ("Sweden wanted the agreement to be ratified soon.", {"SWE": "support"}),
        # near misses: denied, another fate, a condition, no decision
        ("Sweden did not want the agreement to come into force.", {}),
        ("Sweden wanted the agreement to be renegotiated.", {}),
        ("Sweden wanted the agreement to enter into force only after a review.", {}),
        ("Sweden wanted the agreement to be adopted if the others agreed.", {}),
        ("Sweden wanted the new rules to come into force.", {}),
        # written words
        ("Estonia's prime minister wrote that the veto sends a wrong signal to the world.",
         {"EST": "support"}),
        ("Estonia's prime minister wrote the resolution.", {"EST": "support"}),
    ],
)  # fmt: skip
def test_sentences(sentence: str, expected: dict[str, str]) -> None:
    assert resolved(sentence, DAY) == expected


def test_refused_lift_is_an_act() -> None:
    found = spacy_read("Malta refused to lift its veto.", DAY)
    assert [(s.actor, s.label, s.how) for s in found] == [("MLT", "oppose", "action")]


HEAD = "EU ministers meet\n\nBRUSSELS, 12 March 2021 - "


def _labels(body: str) -> dict[str, str]:
    return labels(draft_scenario(HEAD + body, on=DAY))


def test_disappointment_after_a_veto_kept() -> None:
    text = (
        "EU foreign ministers failed on Monday to adopt a travel ban on ten officials, after "
        "Malta refused to lift its veto. Estonia also voiced its disappointment."
    )
    assert _labels(text) == {"MLT": "oppose", "EST": "support"}


def test_disappointment_after_a_weak_refusal_says_nothing() -> None:
    # near miss: "would not back" is no block; the disappointment is not read as for it
    text = (
        "EU foreign ministers discussed a travel ban on ten officials on Monday. Malta said "
        "it would not back the ban. Estonia voiced its disappointment."
    )
    assert _labels(text).get("EST") is None


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # the two subjects of the sentence before, of one clause or of two
        ("Spain and Italy had objected earlier.", {"ESP": "support", "ITA": "support"}),
        (
            "Spain had held back, and Italy had shared its doubts.",
            {"ESP": "support", "ITA": "support"},
        ),
        # near misses: three, or one, are not "neither"'s two: their earlier objection stays
        (
            "Spain, Italy and Greece had objected earlier.",
            {"ESP": "oppose", "ITA": "oppose", "GRC": "oppose"},
        ),
        ("Spain had objected earlier.", {"ESP": "oppose"}),
    ],
)
def test_neither_of_two_stood_in_the_way(middle: str, expected: dict[str, str]) -> None:
    text = (
        "EU ministers approved the trade pact with Chile on Monday. "
        f"{middle} Neither stood in the way on Monday."
    )
    assert _labels(text) == expected


def test_neither_text_is_no_pronoun() -> None:
    # near miss: "neither draft" is the texts, not the two states
    text = (
        "EU ministers discussed two drafts on Monday. Spain and Italy wrote the first text. "
        "Neither draft was adopted."
    )
    assert _labels(text) == {"ESP": "support", "ITA": "support"}


@pytest.mark.parametrize(
    ("backing", "expected"),
    [
        (
            "Italy's Europe minister has backed the Maltese position on tariffs against Tunisia.",
            {"MLT": "oppose"},
        ),
        # near misses: the position alone, or on the decision itself, is Malta's side
        ("Italy's Europe minister has backed the Maltese position.", {"MLT": "oppose", "ITA": "oppose"}),
        ("Italy has backed the Maltese position on the travel ban.", {"MLT": "oppose", "ITA": "oppose"}),
    ],
)  # fmt: skip
def test_position_on_another_matter_is_no_side(backing: str, expected: dict[str, str]) -> None:
    text = (
        "EU foreign ministers failed on Monday to adopt a travel ban on ten Venezuelan "
        f"officials after Malta refused to lift its veto. {backing}"
    )
    assert _labels(text) == expected
