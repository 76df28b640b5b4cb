"""Three readings that inverted a stance (issue 13, the heldout17 inversions).

- "committed" with a wrong ("the crimes committed by Serbia", "the shelling committed by
  Serbia") is a deed, not a commitment: no stance (was support).  "committed to the
  resolution", "committed troops to the mission" stay support.
- "urged the Assembly to condemn it": the deciders asked to condemn something, so the pronoun
  is the deed condemned, not the text: support (was opposition, read from "condemn it").  "to
  condemn the resolution" names the text and stays opposition; "condemned it" alone stays.
- "warned that more measures would follow": a threat of going further, so support for these
  measures (was opposition, as "warned that the measures would backfire").  "warned that more
  sanctions would backfire" stays opposition (the decision is itself more sanctions).
- The General Assembly has no veto: "a draft censuring X was vetoed by ..." in an Assembly
  report is a Security Council draft, an issue of its own, not the Assembly's text.
- Already right, kept: welcoming the outcome of a vetoed text is opposition, deploring it is
  support; welcoming the outcome of an adopted text is support.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy, resolved

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

ADOPTED = "The Security Council adopted a resolution condemning the raid on Tuesday. "
ASSEMBLY = "The General Assembly adopted a resolution condemning the blockade on Tuesday. "
SANCTIONS = "EU governments adopted a package of sanctions on Tuesday. "
VETOED = (
    "Russia on Tuesday vetoed a Security Council resolution that would have condemned the raid. "
)


@pytest.mark.parametrize(
    ("text", "actor", "label"),
    [
        # a deed committed by a state is no stance of it
        (
            ADOPTED
            + 'The text condemned "the shelling committed by Serbia" in the strongest terms.',
            "SRB",
            None,
        ),
        (
            ADOPTED + "The resolution deplores the crimes committed by Serbia against civilians.",
            "SRB",
            None,
        ),
        # near misses: a commitment is support
        (ADOPTED + "Serbia committed to the resolution.", "SRB", "support"),
        (SANCTIONS + "Germany committed 500 officials to enforcing the package.", "DEU", "support"),
        # the deciders asked to condemn "it" (the deed): support for the condemnation
        (
            ASSEMBLY + "Cuba's envoy accused Washington of strangling the island's economy and "
            "urged the Assembly to condemn it.",
            "CUB",
            "support",
        ),
        # near misses
        (ASSEMBLY + "Cuba urged the Assembly to condemn the blockade.", "CUB", "support"),
        (ASSEMBLY + "Cuba urged the Assembly to reject it.", "CUB", "oppose"),
        (ASSEMBLY + "Cuba urged the Assembly to condemn the resolution.", "CUB", "oppose"),
        (ASSEMBLY + "Cuba condemned it.", "CUB", "oppose"),
        # a warning that more measures would follow backs these ones
        (
            SANCTIONS + "Sweden's foreign minister warned that more measures would follow if the "
            "repression continued.",
            "SWE",
            "support",
        ),
        (SANCTIONS + "Sweden warned that further sanctions would follow.", "SWE", "support"),
        # near misses: more sanctions, or these, doing harm is opposition (the decision is
        # itself more sanctions)
        (SANCTIONS + "Sweden warned that more sanctions would backfire.", "SWE", "oppose"),
        (
            SANCTIONS + "Sweden warned that the sanctions would hurt ordinary people.",
            "SWE",
            "oppose",
        ),
        # already right: the outcome of a vetoed text, and of an adopted one
        (
            VETOED + "Serbia's envoy welcomed the outcome, saying the text was biased.",
            "SRB",
            "oppose",
        ),
        (VETOED + "Croatia's envoy deplored the outcome.", "HRV", "support"),
        (VETOED + "Croatia regretted the result of the vote.", "HRV", "support"),
        (ADOPTED + "Croatia's envoy welcomed the outcome.", "HRV", "support"),
    ],
)
def test_deeds_asks_and_warnings(text: str, actor: str, label: str | None) -> None:
    assert resolved(text).get(actor) == label


DAY = dt.date(1999, 11, 18)
ARTICLE = (
    "Assembly censures blockade\n\n"
    "UNITED NATIONS, 18 November 1999 (Wire) - The General Assembly on Thursday adopted a "
    "resolution condemning the naval blockade of Ruritania, by 90 votes to 20 with 30 "
    "abstentions. Japan and Canada voted against. Ruritania had first gone to the Security "
    "Council, but a draft resolution deploring the blockade was vetoed in May by Russia and "
    "China."
)


def test_a_veto_in_an_assembly_report_is_a_security_council_draft() -> None:
    sc = draft_scenario(ARTICLE, source="t.txt", on=DAY, body="unga")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2
    assert issue_with(issues, "blockade") == {"JPN": "oppose", "CAN": "oppose"}
    assert issue_with(issues, "proposal") == {"RUS": "oppose", "CHN": "oppose"}
