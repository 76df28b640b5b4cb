"""A habit told in a relative clause is background (issue 13, fourteenth stop): "China, which
has often resisted such language, did not stand in the way" says what China usually does, not
what it did on this decision.  Read as China's act, "resisted" outranked the main clause and
inverted China on a text it let pass (heldout11's one inverting class, e08).

Every sentence here is written for these tests; the expected stances are what a careful reader
codes from the sentence alone.  In the Security Council "did not stand in the way" is itself no
stance (a permanent member that does not block may have abstained), so the careful reading of
the first cases is *no stance*, never oppose.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

UNSC = dt.date(2016, 5, 17)
UNSC_LEAD = (
    "Council backs the aid convoys\n\nNEW YORK, 17 May 2016 - The UN Security "
    "Council on Tuesday adopted a resolution on the protection of aid convoys. "
)


def drafted(sentence: str) -> dict[str, str]:
    return labels(draft_scenario(UNSC_LEAD + sentence, source="t.txt", on=UNSC))


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "China, which has often resisted such language, did not stand in the way.",
        "China, which has long opposed intervention mandates, did not stand in the way.",
        "China, which has traditionally resisted wording of this kind, did not block it.",
    ],
)
def test_a_habit_in_a_relative_clause_is_no_stance_on_the_decision(sentence: str) -> None:
    assert drafted(sentence).get("CHN") != "oppose"


@needs_spacy
def test_the_main_clause_still_decides() -> None:
    # the habit gives way; the vote in the main clause is the stance
    assert drafted("China, which has often resisted such language, abstained.").get("CHN") == (
        "abstain"
    )
    assert drafted("China, which has often resisted such language, voted for it.").get("CHN") == (
        "support"
    )


@needs_spacy
def test_a_relative_clause_without_a_habit_keeps_its_reading() -> None:
    # no habitual adverb: what the relative clause says is about this text
    assert drafted("China, which opposed the resolution, voted against it.").get("CHN") == (
        "oppose"
    )
