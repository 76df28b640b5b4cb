"""Inversions found by heldout19's one run and by a red team (issue 13), fixed as classes,
each on sentences written for this file (not the articles'), with near misses that keep
their reading.

- Opposition a state leads ("a wall of resistance led by X", "opposition to the plan was
  led by X") is its opposition, not its authorship of the text; "a campaign against the plan
  led by X" (the plan's leader or the campaign's, unsaid) is no stance.
- Readiness told as a fact ("had been willing to sign up to the text") is consent, owned by
  the copula's subject, so that it outweighs an earlier stance told in a relative clause
  ("whose prime minister had spoken out against it"); not readiness denied, conditional or
  to block (a threat).
- Backing another state's account of events ("backed the Russian account") takes that
  state's side, not the decision's; rejecting one keeps its reading.
- An act told as earlier ("voted against the fund in March") and the other side told as the
  later word in a later sentence ("On Thursday it backed the fund"): the later wins on the
  same decision; on one not clearly the same, neither stands.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy
from drafted_labels import winning_label as label

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

EU = "EU ministers on Monday agreed a common text on the border dispute. "
NATO = "NATO allies on Tuesday declared their solidarity with Turkey after the incident. "
FUND = "EU finance ministers on Thursday approved the recovery fund. "

READER_CASES = [
    # ------------------------------------------- opposition a state leads
    (EU + "The plan has met stiff resistance led by Portugal.", "PRT", "oppose"),
    (EU + "The plan has run into a wall of opposition led by Portugal.", "PRT", "oppose"),
    (EU + "Resistance to the plan was led by Portugal.", "PRT", "oppose"),
    # the campaign's leader or the plan's: unsaid
    (EU + "A campaign against the plan led by Portugal failed.", "PRT", None),
    # kept: a text or a group of backers led by a state
    (EU + "The plan, led by Portugal, won broad backing.", "PRT", "support"),
    (EU + "The coalition of supporters led by Portugal won the day.", "PRT", "support"),
    # ------------------------------------------- readiness as consent
    (EU + "Portugal had been willing to sign up to the text.", "PRT", "support"),
    (
        EU + "Even Portugal, whose minister had spoken out against the plan, had been willing "
        "to sign up to the text.",
        "PRT",
        "support",
    ),
    # kept: denied, conditional, to block, or not about the text
    (EU + "Portugal was not willing to back the text.", "PRT", None),
    (EU + "Portugal would be willing to back the text if the fund were cut.", "PRT", None),
    (EU + "Portugal was ready to block the text.", "PRT", None),
    (EU + "Portugal was willing to talk.", "PRT", None),
    # kept: the relative clause's stance when the main clause has none
    (
        EU + "Portugal, whose minister had spoken out against the plan, said nothing.",
        "PRT",
        "oppose",
    ),
    # ------------------------------------------- backing another state's account
    (NATO + "Syria backed the Russian account of the incident.", "SYR", None),
    (NATO + "Syria backed Russia's version of events.", "SYR", None),
    # kept: backing a statement
    (NATO + "Syria backed the statement.", "SYR", "support"),
    # ------------------------------------------- an earlier act, then the later word
    (
        FUND + "Malta voted against the fund in March. On Thursday it backed the fund.",
        "MLT",
        "support",
    ),
    (
        FUND + "Malta opposed the fund last year. On Thursday it voted for the fund.",
        "MLT",
        "support",
    ),
    (FUND + "Malta voted against the fund in March. On Thursday it backed the plan.", "MLT", None),
    (
        FUND + "Malta voted against the fund in March. On Thursday it backed a plan for roads.",
        "MLT",
        None,
    ),
    # kept: no time told for either, or the later act another state's
    (FUND + "Malta voted against the fund. On Thursday it backed the fund.", "MLT", "oppose"),
    (
        FUND + "Malta voted against the fund in March. On Thursday Cyprus backed the fund.",
        "MLT",
        "oppose",
    ),
    (
        FUND + "Malta backed the fund in March. On Thursday it voted against the fund.",
        "MLT",
        "oppose",
    ),
]


@pytest.mark.parametrize(("text", "actor", "want"), READER_CASES)
def test_inversion_classes_of_heldout19(text: str, actor: str, want: str | None) -> None:
    assert label(text, actor) == want


def _drafted(text: str, on: dt.date, body: str | None = None) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", on=on, body=body)
    return {a: lab for issue in labels_by_issue(sc).values() for a, lab in issue.items()}


def test_backing_an_account_takes_that_states_side() -> None:
    text = (
        "NATO backs Turkey\n\nBRUSSELS, 24 November 2015 (Wire) - NATO allies on Tuesday "
        "declared their solidarity with Turkey after its jets downed a Russian plane. "
        "Russia rejected the alliance's statement. Syria backed the Russian account of the "
        "incident."
    )
    got = _drafted(text, dt.date(2015, 11, 24))
    assert got.get("RUS") == "oppose"
    assert got.get("SYR") == "oppose"


def test_a_threat_then_an_abstention_through_it_is_abstain() -> None:
    text = (
        "UN council extends the mission\n\nNEW YORK, 17 May 2016 - The UN Security Council on "
        "Tuesday adopted a resolution extending the mission. Russia had threatened a veto. "
        "In the end it abstained."
    )
    assert _drafted(text, dt.date(2016, 5, 17)).get("RUS") == "abstain"


def test_a_later_backing_of_the_same_fund_wins() -> None:
    text = (
        "EU ministers approve the fund\n\nBRUSSELS, 25 March 2021 - European Union finance "
        "ministers on Thursday approved the recovery fund. Malta voted against the fund in "
        "February. On Thursday it backed the fund."
    )
    assert _drafted(text, dt.date(2021, 3, 25), "eu-council").get("MLT") == "support"
