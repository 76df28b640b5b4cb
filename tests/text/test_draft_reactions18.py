"""Reaction and failure wordings (issue 13), on sentences written for this file.

- A stance noun said only to be needed ("Hungary's support was not needed") tells nothing of
  how its owner voted: no stance.
- A decision taken against a state's wishes or despite its misgivings ("against the wishes of
  Hungary", "despite Polish misgivings") is opposition for that state; a member's own doubts
  kept while it votes for the text are not.
- A failed text told with a modifier ("the revised draft failed") or in a headline without an
  article ("Draft fails") turns "welcomed the outcome" into opposition; an earlier version's
  failure ("An earlier draft failed, but the revised text was adopted") does not.
- "The ball was in Britain's court", "all eyes were on Hungary": no stance.

Each expected label is what a careful reader codes from the text alone; an actor left out has
no stance.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

EU = (
    "BRUSSELS, 12 March 2021 - The Council of the EU adopted the new sanctions regulation on Monday"
)
UN = (
    "NEW YORK, 12 March 2021 - The Security Council voted on Monday on a draft resolution on Syria."
)

CASES = [
    # (1) a stance noun only said to be needed
    (EU + ". Hungary's support was not needed.", {}),
    (EU + ". Hungary's backing was not required.", {}),
    (EU + ". Hungary's consent was needed.", {}),
    (EU + ". Ministers did not need Hungary's backing.", {}),
    (EU + ". The regulation passed without needing Poland's vote.", {}),
    # near misses: support told
    (EU + ". Hungary's support was not in doubt.", {"HUN": "support"}),
    (EU + ". Hungary gave its support.", {"HUN": "support"}),
    # (2) against a state's wishes, despite its misgivings
    (EU + " against the wishes of Hungary.", {"HUN": "oppose"}),
    (EU + " against Hungary's wishes.", {"HUN": "oppose"}),
    (EU + ". The regulation was adopted against the wishes of Hungary.", {"HUN": "oppose"}),
    (EU + " despite Polish misgivings.", {"POL": "oppose"}),
    (EU + " despite misgivings from Poland.", {"POL": "oppose"}),
    (EU + " over Poland's reservations.", {"POL": "oppose"}),
    (EU + " in the teeth of Italian opposition.", {"ITA": "oppose"}),
    # near misses: wishes met; a member's own doubts while it votes for the text; doubts voiced
    (EU + ", in line with the wishes of Hungary.", {}),
    (EU + ". Italy voted for it despite its reservations.", {"ITA": "support"}),
    (EU + ". Poland voiced misgivings about the regulation.", {}),
    # "its" may be the deciders' own: no owner read
    (
        (
            "BRUSSELS, 12 March 2021 - Poland had doubts about the new sanctions regulation. The"
            " Council of the EU adopted it on Monday despite its misgivings."
        ),
        {},
    ),
    # (3) a change of heart welcomed: the one welcoming supports; never the changer against
    (
        EU + " after Greece dropped its objection. Spain welcomed Greece's change of heart.",
        {"ESP": "support", "GRC": "support"},
    ),
    (EU + ". Spain welcomed Greece's change of heart.", {"ESP": "support"}),
    # (4) a failed text: welcoming the outcome opposes it
    ("Draft fails\n" + UN + " Russia welcomed the outcome.", {"RUS": "oppose"}),
    ("UN draft vetoed\n" + UN + " Russia welcomed the outcome.", {"RUS": "oppose"}),
    # a headline naming an actor, which the parser may misread
    ("Syria text defeated\n" + UN + " China deplored the result.", {"CHN": "support"}),
    (
        UN + " The revised draft failed to win nine votes. Russia welcomed the outcome.",
        {"RUS": "oppose"},
    ),
    (
        UN + " The US draft failed. Russia welcomed the outcome. Britain deplored the result.",
        {"RUS": "oppose", "GBR": "support"},
    ),
    (
        (
            "NEW YORK, 12 March 2021 - The French proposal on Mali was defeated at the Security"
            " Council on Monday. Russia welcomed the outcome."
        ),
        {"RUS": "oppose"},
    ),
    # near misses: an earlier or rival text failed, the reported one was adopted
    (
        (
            "NEW YORK, 12 March 2021 - An earlier draft failed, but the revised resolution on"
            " Syria was adopted by the Security Council on Monday. Russia welcomed the outcome."
        ),
        {"RUS": "support"},
    ),
    (
        UN + " An earlier draft failed, but the revised text was adopted. Russia welcomed the"
        " outcome.",
        {"RUS": "support"},
    ),
    (
        (
            "Rival draft fails\nNEW YORK, 12 March 2021 - The Security Council adopted a"
            " resolution on Syria on Monday. Russia welcomed the outcome."
        ),
        {"RUS": "support"},
    ),
    # (5) no stance
    (EU + ". The ball was in Britain's court.", {}),
    (EU + ". All eyes were on Hungary.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reaction_and_failure_wordings(text: str, expected: dict[str, str]) -> None:
    assert labels(draft_scenario(text, on=dt.date(2021, 3, 12))) == expected
