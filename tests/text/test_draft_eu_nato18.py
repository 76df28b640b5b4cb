"""Council of the EU, European Council and NATO wordings missed in heldout18 (issue 13), on
sentences written for this file.

- A recorded vote whose list follows a source's aside: "Two capitals voted against, diplomats
  said: Madrid and Dublin" (the list after the colon is the count's).
- A holdout that came round: "Germany held out until the last minute before voting in favour"
  (the gerund hung on "minute" is still the subject's).
- A call for a decision is its owner's support, whatever the deciders made of it: "the
  summit rejected Hungary's call for a rescue fund" (Hungary for the fund); a call to hold
  the decision back is none.
- "Budapest set itself firmly against the idea": opposition.
- A relative clause coordinated after another is said of the same noun: "Scholz, whose
  country gives most aid and who backed the plan, ..." (Germany for).
- Wanting the decision soon is wanting it: "demanded swift agreement", "wanted a quick deal"
  (a bare "demanded a deal" may set conditions: no stance).

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
    "BRUSSELS, 12 March 2021 - EU governments on Monday backed a Commission proposal to cut"
    " fishing quotas."
)
SUMMIT = "BRUSSELS, 12 March 2021 - EU leaders at a summit on Monday"
BANKS = (
    "BRUSSELS, 12 March 2021 - EU leaders agreed on Friday to set up a single bank supervisor by"
    " January."
)
NATO = (
    "BRUSSELS, 12 March 2021 - NATO foreign ministers on Monday agreed to plan a new fund for"
    " Ukraine."
)

CASES = [
    # (1) a count's list after a source's aside
    (
        EU + " Only two capitals voted against, diplomats said: Madrid and Dublin.",
        {"ESP": "oppose", "IRL": "oppose"},
    ),
    (
        EU + " Two states abstained, officials told reporters: Malta and Cyprus.",
        {"MLT": "abstain", "CYP": "abstain"},
    ),
    (
        EU + " Three countries voted against, an EU official said: Spain, Portugal and Ireland.",
        {"ESP": "oppose", "PRT": "oppose", "IRL": "oppose"},
    ),
    # near misses: the aside ends the sentence's list; a vote for by one state, doubts by others
    (EU + " Two capitals voted against, diplomats said, and Madrid and Dublin were unhappy.", {}),
    (
        EU + " Spain voted in favour, diplomats said: Madrid and Dublin had doubts.",
        {"ESP": "support"},
    ),
    # (2) a holdout that came round
    (EU + " Germany held out until the last minute before voting in favour.", {"DEU": "support"}),
    (
        EU
        + " Germany held out until the very last moment before voting in favour, diplomats said.",
        {"DEU": "support"},
    ),
    (EU + " Italy held out until the last minute before voting against.", {"ITA": "oppose"}),
    # near miss: another state's vote after the holdout
    (
        EU + " Germany held out until the last minute before Spain voted in favour.",
        {"ESP": "support"},
    ),
    # (3) a call for the decision, rejected or not
    (SUMMIT + " rejected Hungary's call for a joint rescue fund.", {"HUN": "support"}),
    (
        SUMMIT + " turned down Hungary's call for a joint rescue fund. Germany and the Czech"
        " Republic were against it.",
        {"HUN": "support", "DEU": "oppose", "CZE": "oppose"},
    ),
    (
        SUMMIT + " rejected Hungary's calls for a joint rescue fund, which Germany and Poland"
        " opposed.",
        {"HUN": "support", "DEU": "oppose", "POL": "oppose"},
    ),
    # near misses: a call to hold it back; a call for something else; a telephone call
    (SUMMIT + " rejected Hungary's calls to delay the fund.", {}),
    (SUMMIT + " agreed a rescue fund. Hungary's call for restraint was ignored.", {}),
    (SUMMIT + " agreed a rescue fund. Merkel's call with Orban lasted an hour.", {}),
    # (4) set itself against
    (NATO + " Budapest set itself firmly against the idea.", {"HUN": "oppose"}),
    (
        NATO + " Hungary and Slovakia set themselves against the fund.",
        {"HUN": "oppose", "SVK": "oppose"},
    ),
    # near misses: denied; a deadline set
    (NATO + " Hungary did not set itself against the fund.", {}),
    (NATO + " Hungary set itself a deadline for the fund.", {}),
    # (6) the decision wanted soon
    (
        BANKS + " French President Francois Hollande had arrived demanding swift agreement.",
        {"FRA": "support"},
    ),
    (BANKS + " France demanded a quick deal.", {"FRA": "support"}),
    (BANKS + " Spain wanted a speedy decision.", {"ESP": "support"}),
    # near misses: denied; a bare deal (it may set conditions); swift guarantees
    (BANKS + " France did not want a quick deal.", {}),
    (BANKS + " France demanded a deal.", {}),
    (BANKS + " France demanded swift guarantees.", {}),
    # (5) a relative clause coordinated after another
    (
        NATO + " German Chancellor Olaf Scholz, whose country gives most aid and who backed the"
        " plan, said talks would go on.",
        {"DEU": "support"},
    ),
    (
        NATO + " Poland, which borders Ukraine and which opposed the fund, said talks would go on.",
        {"POL": "oppose"},
    ),
    # near misses: a text's own clauses; a doubt is no stance
    (
        NATO + " The fund, which Germany drafted and which backs Kyiv, was approved.",
        {"DEU": "support"},
    ),
    (
        NATO + " Germany's Olaf Scholz, who leads a coalition and who has doubts about the"
        " fund, spoke.",
        {},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_eu_nato_wordings(text: str, expected: dict[str, str]) -> None:
    assert labels(draft_scenario(text, on=dt.date(2021, 3, 12))) == expected
