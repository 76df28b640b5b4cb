"""Rejecting the finding a decision rests on (issue 13, heldout14's o23, seen), on sentences
written for this file.  When the deciders blame a state ("the allies said Russia was to
blame"), that state turning the charge back on others ("Moscow accused Washington of seeking
a pretext") rejects their finding: opposition.  A charge one actor makes against another is
no decision taken against anyone, so the one it blames gets no stance from answering it; and
the deciders' own subject ("NATO's 30 members backed ...") is never a list of the names that
follow a hyphen inside a word ("Intermediate-Range").

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy

BACKED = "NATO allies on Friday endorsed the American exit from the Open Skies Treaty"

CASES = [
    # the deciders blame a state; it answers with a charge of its own: opposition
    (
        (
            f"{BACKED} and said Russia was to blame. "
            "Moscow has accused Washington of seeking an excuse to leave the pact."
        ),
        "RUS",
        "oppose",
    ),
    (
        (
            f"{BACKED} and blamed Russia for its collapse. "
            "The Kremlin accused the United States of wrecking the accord."
        ),
        "RUS",
        "oppose",
    ),
    (
        "Allies blame Moscow as arms pact collapses. Moscow accused Washington of lying.",
        "RUS",
        "oppose",
    ),
    # the one accused in that charge gets no stance from it
    (
        (
            f"{BACKED} and said Russia was to blame. "
            "Moscow has accused Washington of seeking an excuse to leave the pact."
        ),
        "USA",
        None,
    ),
    # near misses: no finding of the deciders against the one who answers
    (
        (
            f"{BACKED} but did not blame Russia. "
            "The Kremlin accused the United States of wrecking the accord."
        ),
        "RUS",
        None,
    ),
    (
        (
            f"{BACKED}. Moscow said Washington was to blame. "
            "Washington accused Moscow of cheating on the treaty."
        ),
        "USA",
        None,
    ),
    (
        (
            f"{BACKED}. Washington was to blame, Moscow said. "
            "Washington accused Moscow of cheating on the treaty."
        ),
        "USA",
        None,
    ),
    (
        (
            "EU ministers agreed a new aid package for Ukraine. Moscow blamed Kyiv for the "
            "shelling. Kyiv accused Moscow of war crimes."
        ),
        "UKR",
        None,
    ),
    ("The Council adopted the resolution. Iran accused Israel of sabotage.", "IRN", None),
    # a state the deciders condemn answering with a charge: opposition (as before)
    (
        (
            "The Council condemned Syria for the attack. Damascus accused Washington of "
            "fabricating evidence."
        ),
        "SYR",
        "oppose",
    ),
    # a hyphen inside a word is no list marker: the clause after it names no backer
    (
        (
            "NATO's 30 members on Friday backed the Intermediate-Range plan and said Iran alone "
            "was to blame."
        ),
        "IRN",
        None,
    ),
    # a list after a colon still names the counted members
    (
        (
            "Thirteen members voted in favour of the Intermediate-Range draft: Russia, China and "
            "Algeria."
        ),
        "CHN",
        "support",
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_rejecting_the_premise(text: str, actor: str, expected: str | None) -> None:
    got = resolved(text).get(actor)
    assert (None if got in ("neutral", "follow") else got) == expected
