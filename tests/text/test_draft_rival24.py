"""Two texts voted on in one UN article (issue 13, heldout23's rival drafts), fixed as classes on
sentences written for this file (not the articles'), with near misses that keep their reading.

- "a counter-proposal from Havana" (parsed as "counter", "-", "proposal") is a second text:
  "voted against it" after it is a vote on that text, not on the resolution reported.
- "The resolution was sponsored by Peru and Chile" names the text's sponsors, so "the Soviet
  resolution" told after it, named by another state's adjective, is a second text, and its
  votes are not the first text's; "the Peruvian text" is still the first one.
- "were also among its supporters": "its" is the text named last, as "it" is.
- A headline telling both texts ("keeps the exiles out, makes the seat an important
  question"): the main text's title is the part its own sentences tell.

Each expected label is what a careful reader codes from the text alone; a stance missing from
an issue's mapping is no stance there.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

COUNCIL = (
    "UNITED NATIONS, 3 May 1975 - The Security Council on Thursday called on members to help "
    "Chile defend its coast. The resolution, put forward by Peru, was adopted by nine votes to "
    "one. "
)
ASSEMBLY = (
    "UNITED NATIONS, 3 May 1975 - The General Assembly on Friday decided, by 60 votes to 30, "
    "that any change to the seat needs a two-thirds majority. The resolution was sponsored by "
    "Peru and Chile. "
)


def _issues(text: str, body: str) -> list[dict[str, str]]:
    """The drafted stances of each issue, in the draft's order."""
    return list(labels_by_issue(draft_scenario(text, source="t.txt", body=body)).values())


CASES = [
    # ------------------------------------------- a counter-proposal is a text of its own
    (
        COUNCIL + "The Council also considered a counter-proposal from Havana. Venezuela backed "
        "it, but Britain and France voted against it.",
        "unsc",
        [{"PER": "support"}, {"VEN": "support", "GBR": "oppose", "FRA": "oppose"}],
    ),
    (
        COUNCIL + "Earlier the Council rejected a counter-proposal from Havana. Britain and "
        "France voted against it.",
        "unsc",
        [{"PER": "support"}, {"GBR": "oppose", "FRA": "oppose"}],
    ),
    # near miss: a counter-terrorism text adopted years before is no rival draft (read as
    # before: the earlier text the sentence names)
    (
        COUNCIL + "It builds on a counter-terrorism text adopted in 1972. Britain and France "
        "voted for it.",
        "unsc",
        [{"PER": "support"}, {"GBR": "support", "FRA": "support"}],
    ),
    # ------------------------------------------- the sponsors' text and another state's
    (
        ASSEMBLY + "The Assembly then turned to the Soviet resolution, which would have given "
        "the seat to the exiles. It was voted down. Britain voted for the Soviet text, and so "
        "did Sweden. India and Ghana were also among its supporters.",
        "unga",
        [
            {"PER": "support", "CHL": "support"},
            {
                "SUN": "support",
                "GBR": "support",
                "SWE": "support",
                "IND": "support",
                "GHA": "support",
            },
        ],
    ),
    # near miss: the sponsor's own adjective names the same text
    (
        ASSEMBLY + "Britain voted for the Peruvian text, and so did Sweden. India and Ghana were "
        "also among its supporters.",
        "unga",
        [
            {
                "PER": "support",
                "CHL": "support",
                "GBR": "support",
                "SWE": "support",
                "IND": "support",
                "GHA": "support",
            }
        ],
    ),
    # near miss: "its critics" of the one text told
    (
        ASSEMBLY + "India and Ghana were among its critics.",
        "unga",
        [{"PER": "support", "CHL": "support", "IND": "oppose", "GHA": "oppose"}],
    ),
    # near miss: "its veto" is the state's own, on the further text it names
    (
        (
            "UNITED NATIONS, 3 May 1975 - The Security Council on Friday adopted a resolution on "
            "the blockade by 14 votes to none. Moscow said that on any second resolution it would "
            "keep its veto."
        ),
        "unsc",
        [{}, {"SUN": "oppose"}],
    ),
]


@pytest.mark.parametrize(("text", "body", "expected"), CASES)
def test_texts_apart(text: str, body: str, expected: list[dict[str, str]]) -> None:
    assert _issues(text, body) == expected


def test_headline_part_of_the_main_text() -> None:
    text = (
        "Assembly keeps the exiles out, makes the seat an important question\n\n"
        "UNITED NATIONS, 3 May 1975 - The General Assembly on Friday kept the exiles out of "
        "the seat. First the Assembly decided, by 60 votes to 30, that any change to the seat "
        "is an important question. The resolution was sponsored by Peru and Chile. The "
        "Assembly then turned to the Soviet resolution, which would have given the seat to the "
        "exiles. Britain voted for the Soviet text."
    )
    scenario = draft_scenario(text, source="t.txt", body="unga")
    titles = [issue["title"] for issue in scenario["issues"]]
    assert "important question" in titles[0], titles
    assert list(labels_by_issue(scenario).values()) == [
        {"PER": "support", "CHL": "support"},
        {"SUN": "support", "GBR": "support"},
    ]
