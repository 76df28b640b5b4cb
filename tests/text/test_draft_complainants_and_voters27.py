"""Inversions found by heldout27's one run (issue 13), fixed as classes, each on sentences
written for this file (not the articles'), with near misses that keep their reading.

- The state a condemned wrong was done to ("condemned the attack on Chad") is not what the
  decision is taken against: its denials and its accusations of the attacker are no
  opposition (they were read as a target's defiance).
- The state that brought the complaint to the body asked for the meeting: support, as
  "requested the meeting" is; not a complaint lodged with a court or another body.
- The state the decision is taken against, calling the session itself unjustified, opposes it
  (as "called it unjustified" does).
- A person's "her" or "his" does not stand for a state named as itself in the sentence
  before ("France changed course. Her own government remained opposed").
- Backing a person by name "rather than" another candidate backs that person (a name is as
  definite as "the package"; only an indefinite alternative is no stance).
- Criticising or welcoming another state's vote ("Romania's no vote") reacts to that state's
  act, not to the decision: for the text when that vote was against it, else no stance.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy


def label(text: str, actor: str, on: dt.date) -> str | None:
    got = resolved(text, on, year=on.year).get(actor)
    return None if got in ("neutral", "follow") else got


UN_DAY = dt.date(1993, 5, 4)
UN_ATTACK = (
    "UNITED NATIONS, 4 May 1993 - The Security Council on Tuesday condemned the attack on Chad "
    "and asked all states to respect its borders. The resolution was adopted unanimously. "
)
UN_AGAINST = (
    "UNITED NATIONS, 4 May 1993 - The Security Council on Tuesday condemned Libya for the "
    "incursion and asked it to withdraw its troops. The resolution was adopted unanimously. "
)

UN_CASES = [
    # --------------------------------- the state harmed is not the one the text is against
    (UN_ATTACK + "Chad accused Libya of aggression against its people.", "TCD", None),
    (UN_ATTACK + "Chad denied the reports of fighting in the north.", "TCD", None),
    (UN_ATTACK + "Chad had accused Libya of aggression. Libya denied the charge.", "LBY", "oppose"),
    # kept: the state the text condemns, denying
    (UN_AGAINST + "Libya denied any part in the fighting.", "LBY", "oppose"),
    # ------------------------------------------------- the complainant asked for the meeting
    (UN_ATTACK + "Chad brought the complaint.", "TCD", "support"),
    (
        UN_ATTACK + "Chad's foreign minister, who brought the complaint, spoke first.",
        "TCD",
        "support",
    ),
    (UN_ATTACK + "Chad had lodged a complaint with the Council.", "TCD", "support"),
    (UN_ATTACK + "Chad brought the complaint before the Security Council.", "TCD", "support"),
    # not to the body, not said to whom, not brought
    (UN_ATTACK + "Chad lodged a complaint with the WTO.", "TCD", None),
    (UN_ATTACK + "Chad brought the complaint to the court.", "TCD", None),
    (UN_ATTACK + "Chad lodged a complaint.", "TCD", None),
    (UN_ATTACK + "Chad did not bring the complaint.", "TCD", None),
    # ------------------------------------------ the target calling the session unjustified
    (UN_AGAINST + "Libya called the session unjustified.", "LBY", "oppose"),
    (
        UN_AGAINST + "Libya replied on Wednesday. Its envoy called the session inappropriate.",
        "LBY",
        "oppose",
    ),
    # another state's word on the session, praise of it, or a denial of saying so
    (UN_AGAINST + "Niger called the session unjustified.", "NER", None),
    (UN_AGAINST + "Libya called the session historic.", "LBY", None),
    (UN_AGAINST + "Libya did not call the session unjustified.", "LBY", None),
]


@pytest.mark.parametrize(("text", "actor", "expected"), UN_CASES)
def test_un_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor, UN_DAY) == expected


EU_DAY = dt.date(2019, 9, 19)
EU_PICK = (
    "BRUSSELS, 19 September 2019 - EU ambassadors on Thursday backed Maria Ionescu to lead the "
    "new agency. "
)
EU_RULES = (
    "BRUSSELS, 3 March 2020 - EU ministers on Tuesday adopted the new rules on road haulage by "
    "qualified majority. "
)

EU_CASES = [
    # ------------------------------------------- "her" after a state named as itself
    (
        EU_PICK + "France changed course in the summer. Her own government remained opposed.",
        "FRA",
        None,
    ),
    (EU_PICK + "Spain changed course in the summer. His government stayed opposed.", "ESP", None),
    # kept: "its" for the state, "her" after a person
    (
        EU_PICK + "France changed course in the summer. Its government remained opposed.",
        "FRA",
        "oppose",
    ),
    (
        EU_PICK + "Germany's chancellor changed course in the summer. Her government opposed "
        "the choice.",
        "DEU",
        "oppose",
    ),
    # a person told of in the sentence before: "he" is that person's, "her" (after "his")
    # no one's there
    (
        EU_PICK + "Hungary held out, and Prime Minister Viktor Orban said there was no deal. "
        "Later he dropped his objection.",
        "HUN",
        "support",
    ),
    (
        EU_PICK + "Spain changed course: its prime minister decided to back Ionescu rather than "
        "his own candidate. Her own government remained opposed.",
        "ESP",
        "support",
    ),
    # ---------------------------------------------------- a name backed "rather than" another
    (EU_PICK + "Paris decided to back Ionescu rather than its own candidate.", "FRA", "support"),
    (EU_PICK + "Paris backed Ionescu instead of the German candidate.", "FRA", "support"),
    # kept: an indefinite alternative to the definite decision
    (EU_RULES + "Italy pushed for a smaller package instead of the rules.", "ITA", None),
    # ------------------------------------------------------------- another state's vote
    (EU_RULES + "Bulgaria criticised Romania's no vote.", "BGR", "support"),
    (EU_RULES + "Bulgaria deplored Romania's 'no' vote.", "BGR", "support"),
    (EU_RULES + "Bulgaria welcomed Romania's no vote.", "BGR", "oppose"),
    (EU_RULES + "Bulgaria criticised Romania's vote against the rules.", "BGR", None),
    (EU_RULES + "Bulgaria criticised Romania's yes vote.", "BGR", None),
    (EU_RULES + "Bulgaria regretted Romania's abstention.", "BGR", None),
    (
        EU_RULES + "Romania voted against the rules. Bulgaria criticised Romania's vote.",
        "BGR",
        "support",
    ),
    # kept: a block or the text itself
    (EU_RULES + "Bulgaria criticised Romania's veto.", "BGR", "support"),
    (EU_RULES + "Bulgaria criticised the text.", "BGR", "oppose"),
    (EU_RULES + "Bulgaria welcomed the rules.", "BGR", "support"),
]


@pytest.mark.parametrize(("text", "actor", "expected"), EU_CASES)
def test_eu_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor, EU_DAY) == expected
