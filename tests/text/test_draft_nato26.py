"""Wrong readings and misses around heldout26's NATO articles (issue 13), fixed as classes on
sentences written for this file (not the articles'), with near misses that keep their
reading.

- A part the decision leaves out, told with who had wanted it ("The leaders dropped a
  review, something Sweden had called for", "The text does not set up a review, something
  Sweden had pushed for"): the state wanted what the text lacks, so its wish is no support
  of the text; no stance.  When the text does set the part up, the wish is support.
- Welcoming or backing a text that is itself against the decision ("welcomed a statement
  opposing it", "backed a letter that rejected the plan") is no support of the decision;
  no stance.  A text against something else ("welcomed a resolution condemning the
  invasion") is welcomed as it stands.

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy
from drafted_labels import winning_label as label

pytestmark = needs_spacy

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
]


@pytest.mark.parametrize(("text", "actor", "expected"), LEFT_OUT + AGAINST_IT)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected
