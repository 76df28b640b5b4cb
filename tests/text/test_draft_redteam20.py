"""Red team 20 (issue 13): forms where support and opposition are easy to swap, found
drafting wrong or inverted stances, fixed as classes on sentences written for this file, with
near misses that keep their reading.

- "X was won over" (the passive of "win over"): the one won over consents (support); before,
  "Turkey, which had threatened to veto the move, was won over" kept only the threat
  (oppose).  Denied ("was not won over") it says only that X stayed where it stood (no
  stance); in the active ("the US won over Turkey") the subject is the persuader (no stance).
- "X was persuaded (convinced) to lift its objections": the passive subject does what the
  infinitive says (it was read as no one's, leaving the earlier threat: oppose); "was pressed
  to" says only what others wanted, and "had been forced to accept" is no consent (no stance).
- "thanked Russia for not blocking it": thanks for letting the text pass (support for the one
  thanking), not for a block (it was read as against the text).
- "Neither Russia nor China supported it; both abstained": "both" is the two named just
  before (they abstained; the denied support alone was read as oppose).

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

from typing import Any

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

UNSC = "NEW YORK, 14 June 2022 — The UN Security Council adopted a resolution on Haiti on Tuesday. "
VETO = "NEW YORK, 14 June 2022 — Russia vetoed a resolution on Syria on Tuesday. "
NATO = (
    "BRUSSELS, 14 June 2022 — NATO allies agreed on Tuesday to invite Finland and Sweden to join. "
)
EU = "BRUSSELS, 14 June 2022 — EU leaders adopted the migration pact on Friday. "
NATO_FAILED = (
    "BRUSSELS, 14 June 2022 — NATO allies failed on Tuesday to agree to invite Finland and Sweden. "
)


def drafted(text: str) -> dict[str, str]:
    """{actor: label} over the draft's issues (each case below has one decision)."""
    return labels(draft_scenario(text))


CASES: list[tuple[str, dict[str, Any]]] = [
    # ------------------------------------------- "was won over"
    (
        NATO + "Turkey, which had threatened to veto the move, was won over by a memorandum.",
        {"TUR": "support"},
    ),
    (NATO + "Turkey was eventually won over.", {"TUR": "support"}),
    (NATO + "Turkey, a sceptic, was won over.", {"TUR": "support"}),
    # kept: denied, it stayed where it stood (the text need not say where)
    (NATO_FAILED + "Turkey could not be won over.", {"TUR": None}),
    (NATO_FAILED + "Turkey was not won over.", {"TUR": None}),
    # not won over until the last minute: the threat ended then (it was kept: oppose)
    (
        NATO + "Turkey, which had threatened to veto the move, was not won over until the last"
        " minute.",
        {"TUR": None},
    ),
    # kept: the active's subject is the persuader, and its object is not said to consent
    (
        NATO + "The United States won over Turkey with a promise of jets.",
        {"USA": None, "TUR": None},
    ),
    # ------------------------------------------- "was persuaded to ..."
    (
        NATO
        + "Turkey, which had threatened to veto the move, was persuaded to lift its objections.",
        {"TUR": "support"},
    ),
    (NATO + "Turkey was convinced to back the move.", {"TUR": "support"}),
    (NATO + "Turkey was persuaded by Finland to drop its veto.", {"TUR": "support", "FIN": None}),
    # kept: pressing says what others wanted, not what Turkey did
    (NATO + "Turkey was pressed to back the move.", {"TUR": None}),
    # kept: being forced to accept is no consent
    (
        EU + "Hungary complained that it had been forced to accept rules it did not want.",
        {"HUN": None},
    ),
    # kept: the active's object does it
    (NATO + "Finland persuaded Turkey to drop its veto.", {"TUR": "support"}),
    # ------------------------------------------- thanks for not blocking
    (UNSC + "France thanked Russia for not blocking it.", {"FRA": "support", "RUS": None}),
    (UNSC + "France thanked Russia for not standing in the way.", {"FRA": "support", "RUS": None}),
    # kept: thanks or criticism for a block
    (VETO + "China thanked Russia for blocking it.", {"CHN": "oppose", "RUS": "oppose"}),
    (VETO + "Britain criticised Russia for blocking it.", {"GBR": "support", "RUS": "oppose"}),
    # ------------------------------------------- "both" after two names
    (
        UNSC + "Neither Russia nor China supported it; both abstained.",
        {"RUS": "abstain", "CHN": "abstain"},
    ),
    (
        UNSC + "Russia and China criticised the text, but both abstained.",
        {"RUS": "abstain", "CHN": "abstain"},
    ),
    # kept: "both" after three names or one is no one's
    (
        UNSC + "Russia, China and India criticised the text, but both abstained.",
        {"RUS": "oppose", "CHN": "oppose", "IND": "oppose"},
    ),
    (UNSC + "Russia criticised the text, but both abstained.", {"RUS": "oppose"}),
    # kept: "both" on the subject itself
    (
        UNSC + "Ghana and Russia, on opposite sides of the debate, both abstained.",
        {"GHA": "abstain", "RUS": "abstain"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_red_team_20(text: str, want: dict[str, Any]) -> None:
    got = drafted(text)
    assert {a: got.get(a) for a in want} == want
