"""Wrong readings and misses around heldout26's NATO articles (issue 13), fixed as classes on
sentences written for this file (not the articles'), with near misses that keep their
reading.

- A part the decision leaves out, told with who had wanted it ("The leaders dropped a
  review, something Sweden had called for", "The text does not set up a review, something
  Sweden had pushed for"): the state wanted what the text lacks, so its wish is no support
  of the text; no stance.  When the text does set the part up, the wish is support.
- A dateline with no year and a holder named in a minister's post the gazetteer does not list
  for the name ("the British Foreign Secretary, Anthony Eden", listed as prime minister
  1955-1957 only): the name dates nothing, as an envoy's does (test_draft_office_other_post);
  a foreign minister called "Foreign Secretary" or "Foreign Minister" is in his listed post.
  Weekdays by hand: 14 September 1954 was a Tuesday (1 January 1954 a Friday, + 256 days =
  36 weeks + 4); no year of Eden's premiership (1955-1957) has it on a Tuesday (1955 a
  Wednesday, 1956 a Friday, 1957 a Saturday).
- "given in London", "a speech given in Geneva by Russia's envoy": a passive participle or
  a preposition with its own object is no "gave in" (read as the envoy's state giving in,
  support); no stance.  "Canada gave in", "has given in" keep their reading.
- An act of the deciders done at a state's request, told as going on with it ("the alliance
  keeps protecting civilians at the request of Libya", "continued to patrol the coast") or
  with the request coordinated with another phrase ("under the UN mandate and at the
  request of Libya"): the state asked for it, support, as "extended the mission at the
  request of Libya" already read.  Another party's going on ("rebels kept fighting at the
  request of Libya") is no act of the deciders.
- A state leading "the push" or "the drive" with nothing saying to what ("Washington and
  London led the push") heads those for the decision told, as leading "the opposition" heads
  those against it.  A push with an infinitive ("led the push to delay the decision", "led
  the opposition to delay it") or a person leading it is left out.
- Welcoming or backing a text that is itself against the decision ("welcomed a statement
  opposing it", "backed a letter that rejected the plan") is no support of the decision;
  no stance.  A text against something else ("welcomed a resolution condemning the
  invasion") is welcomed as it stands.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

from concilium.text.draft import Gazetteer, article_date

TODAY = dt.date(2026, 11, 30)
GAZ = Gazetteer.builtin()

BONN = (
    "Ministers meet in Bonn\n\nBONN, Tuesday 14 September (Wire) - Chancellor Konrad Adenauer "
    "on Tuesday received {eden} for talks on the defence of Western Europe."
)


@pytest.mark.parametrize(
    "eden",
    [
        "the British Foreign Secretary, Anthony Eden,",
        "Anthony Eden, the British Foreign Secretary,",
    ],
)
def test_a_holder_named_in_another_ministers_post_dates_nothing(eden: str) -> None:
    # Adenauer alone dates the article (1949-1963): 14 September on a Tuesday only in 1954
    got = article_date(BONN.format(eden=eden), TODAY, GAZ)
    assert (got.day, got.how) == (dt.date(1954, 9, 14), "inferred")
    assert "Anthony Eden" not in got.why


def test_a_holder_in_his_listed_post_still_dates() -> None:
    # Eden as prime minister (1955-1957) and Adenauer meet, and no year of theirs fits the
    # weekday: the latest is assumed, as before
    got = article_date(BONN.format(eden="Prime Minister Anthony Eden"), TODAY, GAZ)
    assert got.how == "assumed"
    assert "Anthony Eden" in got.why


@pytest.mark.parametrize(
    "post", ["Foreign Secretary David Lammy", "The Foreign Minister, David Lammy,"]
)
def test_a_foreign_minister_by_another_title_still_dates(post: str) -> None:
    # Lammy, listed as foreign secretary (2024-07-05 to 2025-09-05): 12 September 2024 was a
    # Thursday (1 January 2024 a Monday, + 255 days = 36 weeks + 3)
    text = f"Talks in London\n\nLONDON, Thursday 12 September (Wire) - {post} met his French counterpart."
    got = article_date(text, TODAY, GAZ)
    assert (got.day, got.how) == (dt.date(2024, 9, 12), "inferred")
    assert "David Lammy" in got.why


EU = "BRUSSELS, 3 May 2019 - EU leaders on Thursday adopted conclusions on the single market. "

LEFT_OUT = [
    # ------------------------------------------- a wanted part the decision leaves out
    (
        EU + "The leaders dropped a review of progress, something Sweden had called for.",
        "SWE",
        None,
    ),
    (
        EU + "The text does not set up a review of progress, something Sweden had called for.",
        "SWE",
        None,
    ),
    (
        EU + "The conclusions omit a yearly report, something Denmark had long pushed for.",
        "DNK",
        None,
    ),
    (
        EU + "The leaders scrapped the review, something Austria and Finland had pressed for.",
        "FIN",
        None,
    ),
    # kept: the part is in the text, or the state's own call
    (
        EU + "The leaders added a review of progress, something Sweden had called for.",
        "SWE",
        "support",
    ),
    (
        EU + "The text sets up a review of progress, something Sweden had called for.",
        "SWE",
        "support",
    ),
    (EU + "Sweden called for a review of progress.", "SWE", "support"),
]

AGAINST_IT = [
    # ------------------------------------------- welcoming a text against the decision
    (EU + "Spain and Belgium welcomed a statement opposing it.", "BEL", None),
    (EU + "Spain welcomed a statement against the conclusions.", "ESP", None),
    (EU + "Portugal backed a letter that rejected the conclusions.", "PRT", None),
    (EU + "Austria endorsed a declaration criticising the conclusions.", "AUT", None),
    # kept: a text for the decision, or against something else
    (EU + "Spain and Belgium welcomed a statement supporting it.", "BEL", "support"),
    (EU + "Spain welcomed the conclusions.", "ESP", "support"),
    (EU + "Spain welcomed the conclusions condemning the attacks.", "ESP", "support"),
    # a vote against it is the vote itself, not a text
    (EU + "Malta cast the only vote against it.", "MLT", "oppose"),
]

GAVE_IN = [
    # ------------------------------------------- "given in <place>" is no giving in
    (
        EU + "The leaders noted with satisfaction the assurances given in London by the Dutch "
        "prime minister.",
        "NLD",
        None,
    ),
    (EU + "The leaders praised a speech given in Geneva by Austria's envoy.", "AUT", None),
    (EU + "Assurances were given in Rome by Malta.", "MLT", None),
    # kept: giving in
    (EU + "Under pressure, Malta gave in.", "MLT", "support"),
    (EU + "Malta has given in.", "MLT", "support"),
    (EU + "After two days Malta gave in to the pressure.", "MLT", "support"),
]

NATO = (
    "BRUSSELS, 21 September 2011 (Wire) - NATO on Wednesday extended its air campaign over "
    "Ruritania by up to three more months. "
)

AT_REQUEST = [
    # ------------------------------------------- going on at a state's request
    (NATO + "The alliance keeps protecting civilians at the request of Malta.", "MLT", "support"),
    (
        NATO + "The alliance continued to patrol the coast under the UN mandate and at the "
        "request of Malta.",
        "MLT",
        "support",
    ),
    (
        NATO + "The Secretary General said the alliance would keep protecting civilians under "
        "the UN mandate and at the request of Malta's government.",
        "MLT",
        "support",
    ),
    # kept: the deciders' own act; another party's
    (NATO + "The alliance extended the mission at the request of Malta.", "MLT", "support"),
    (NATO + "Rebels kept fighting at the request of Malta.", "MLT", None),
]

KOSOVO = (
    "BRUSSELS, 11 June 1998 - NATO defence ministers on Thursday ordered planners to prepare "
    "options for intervening in Ruritania. "
)

LED_PUSH = [
    # ------------------------------------------- leading the push
    (KOSOVO + "Washington and London led the push.", "GBR", "support"),
    (KOSOVO + "Norway led the drive.", "NOR", "support"),
    # kept: the push's own infinitive; the opposition
    (KOSOVO + "Norway led the push to delay the decision.", "NOR", None),
    (KOSOVO + "Norway led the opposition to delay the decision.", "NOR", None),
    (KOSOVO + "Norway led the opposition.", "NOR", "oppose"),
    (KOSOVO + "Norway led the push against the plan.", "NOR", "oppose"),
]


@needs_spacy
@pytest.mark.parametrize(
    ("text", "actor", "expected"), LEFT_OUT + AGAINST_IT + GAVE_IN + AT_REQUEST + LED_PUSH
)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected
