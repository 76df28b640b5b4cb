"""European Council and EU Council stances missed in heldout28 (issue 13), on sentences
written for this file.

- Wanting the text put out, or the measure adopted, in a small clause is wanting it: "France
  wanted the text published", "wanted a cap set at European level"; denied, it is against
  it ("did not want the statement issued").  Not another fate ("wanted the text amended",
  "wanted the plan set aside"), not something that is no text ("wanted the names
  published"), not on a condition ("only after the vote") nor a time denied ("did not want
  it published before the summit").
- Taking a state's side ("came down on the French side", "took Germany's side", "came down
  on the side of France") follows that state's stance, as "sided with France" does.  Not
  denied, not a side of anything else ("the French side of the border"), not "the other
  side".
- Pushing one's peers towards something ("pushed his fellow leaders towards joint bonds") is
  pushing for it.  Not another object ("pushed Greece towards default"), not towards a
  delay, not denied.
- Responding (acting) to a request from a state is a decision taken at its request: "the
  alliance was responding to a request from Baghdad".  Not denied, not a member's response,
  not criticism.
- A sentence parsed with a state as its root and no verb ("Croatia and Slovenia, which ...,
  worried about ...") gives its opening names to the next sentence's "they", as a sentence
  not parsed does (they were read as the pair named before it).

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
        ("Spain and a few other members wanted the text published at once.", {("ESP", "support")}),
        ("Spain wants the declaration to be adopted this week.", {("ESP", "support")}),
        ("Poland wanted the draft approved by all members.", {("POL", "support")}),
        ("Estonia wanted a cap set at European level.", {("EST", "support")}),
        ("Estonia wanted the sanctions imposed at once.", {("EST", "support")}),
        ("Ireland did not want the statement issued.", {("IRL", "oppose")}),
        (
            "Japan, which did not want the declaration released, lobbied the capitals.",
            {("JPN", "oppose")},
        ),
        # near misses: another fate, no text, a condition, a time denied, a procedure
        ("Spain wanted the text amended.", set()),
        ("Spain wanted the draft withdrawn.", set()),
        ("Estonia wanted the plan set aside.", set()),
        ("Poland wanted the names of the blockers published.", set()),
        ("Poland wanted the report published.", set()),
        ("Spain wanted the statement published only after the vote.", set()),
        ("Ireland did not want the text published before the summit.", set()),
        ("Estonia wanted the vote set for Monday.", set()),
    ],
)
def test_wanting_the_text_issued(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal came down on the Spanish side.", {("PRT", "follow")}),
        ("Portugal came down firmly on the side of Spain.", {("PRT", "follow")}),
        ("Portugal took Spain's side.", {("PRT", "follow")}),
        # near misses: denied, a side of a place, no state's side, no side
        ("Portugal refused to take Spain's side.", set()),
        ("Portugal came down on the Spanish side of the border.", set()),
        ("Portugal took the other side.", set()),
        ("Portugal came down on the Spanish proposal.", set()),
    ],
)
def test_taking_a_states_side(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Spanish premier used the summit to push his fellow leaders towards joint bonds.",
            {("ESP", "support")},
        ),
        ("Portugal pressed its partners toward the compromise.", {("PRT", "support")}),
        # near misses: another object, towards a delay, denied
        ("Portugal pushed Greece towards default.", set()),
        ("Portugal pushed the talks towards collapse.", set()),
        ("Portugal pushed its partners towards a delay.", set()),
        ("Portugal did not push its partners towards the plan.", set()),
    ],
)
def test_pushing_peers_towards_it(text: str, expected: set) -> None:
    assert read(text) == expected


LEAD = (
    "EU leaders split on joint bonds\n\nBRUSSELS, 25 February 2021 - The leaders of the "
    "European Union's 27 member states failed on Thursday to agree on joint bonds.\n\n"
)


def _named(sentences: str) -> dict[str, str]:
    return named_labels_of_one_issue(LEAD + sentences + "\n")


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Spain pushed its partners towards the bonds. Portugal came down on the Spanish side.",
            {"ESP": "support", "PRT": "support"},
        ),
        (
            "Austria opposed the bonds. Slovakia took the Austrian side.",
            {"AUT": "oppose", "SVK": "oppose"},
        ),
    ],
)
def test_side_taken_follows_in_a_draft(sentences: str, expected: dict) -> None:
    assert _named(sentences) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The alliance was responding to a request from the Iraqi government.",
            {("IRQ", "support")},
        ),
        ("The allies acted on a request from Mali.", {("MLI", "support")}),
        # near misses: denied, not the deciders, no request
        ("The alliance did not respond to a request from Iraq.", set()),
        ("France was responding to a request from Iraq.", set()),
        ("The alliance was responding to criticism from Iraq.", set()),
    ],
)
def test_responding_to_a_request(text: str, expected: set) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the middle sentence is parsed with "Croatia" as its root (no verb): "they" next
        # is its opening pair, not the pair named before it
        (
            (
                "Hungary and Greece were unwilling to name Beijing. Croatia and Slovenia, which "
                "are locked in their own border dispute, worried about setting a precedent by "
                "coming out either for or against the court, according to diplomats. They too "
                "signed up once the wording was softened."
            ),
            {("HRV", "support"), ("SVN", "support")},
        ),
        (
            (
                "Hungary and Greece were unwilling to name Beijing. Croatia and Slovenia "
                "worried about the precedent. They too signed up."
            ),
            {("HRV", "support"), ("SVN", "support")},
        ),
    ],
)
def test_they_after_a_sentence_parsed_without_a_verb(text: str, expected: set) -> None:
    assert read(text) == expected
