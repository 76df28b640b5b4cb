"""Signings and a status granted beside them, misread in heldout23 (issue 13), on sentences
written for this file.

- A bare signing told with only a phrase of the signers' order ("signed first in alphabetical
  order", "signed in turn") is signing the text reported, as "signed first" is.  Not a purpose
  ("in order to ..."), nor an order of something else, nor a signing to come.
- The parser may tag a past "signed" after a comma-set subject as a participle ("Belgium's
  prime minister, Elio Di Rupo, signed first"): the root with a subject and no auxiliary is no
  passive and no perfect, so it is the past tense.
- "added his signature" with no text named is signing, as bare "signed" is.  Not "will add",
  a condition, nor a signature added to something else ("to a protest letter").
- Resisting or backing the grant of a status ("resisted granting the status now") when
  neither the headline nor the lead names a status (a treaty's signing is reported) is a
  stance on another decision told beside the one reported: none (it was read as opposing
  the treaty: an inversion of a member that signed it).  A lead that tells of the status
  keeps the stance, and so does "granting it" (the decision reported).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

pytestmark = needs_spacy

TREATY = (
    "Croatia signs EU accession treaty\n\nBRUSSELS, 9 December 2011 - Croatia signed its "
    "treaty of accession to the European Union on Friday at a European Council summit, but "
    "the leaders put off a decision on making Serbia a candidate.\n\n"
)
STATUS = (
    "EU delays Albania decision\n\nBRUSSELS, 9 December 2019 - EU ministers put off granting "
    "Albania candidate status at a meeting of the Council of the EU.\n\n"
)


def _labels(lead: str, sentences: str) -> dict[str, str]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(lead + sentences + "\n", source="t.txt", engine="spacy")
    return {a: lab for a, lab in labels(sc, named_only=True).items() if a not in ("HRV", "ALB")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a phrase of order only: signing all the same
        ("Belgium signed first in alphabetical order.", {"BEL": "support"}),
        ("Belgium signed in turn.", {"BEL": "support"}),
        # a past tense the parser tags as a participle after a comma-set subject
        ("Belgium's prime minister, Paul Verbeke, signed first.", {"BEL": "support"}),
        (
            "Belgium's new premier, Paul Verbeke, signed first in alphabetical order.",
            {"BEL": "support"},
        ),
        # a signature added with no text named
        ("Slovenia's prime minister added his signature on Friday.", {"SVN": "support"}),
        ("Slovenia's prime minister, Ana Novak, added her signature.", {"SVN": "support"}),
        # not an order, not done, or a signature on something else: nothing
        ("Belgium signed in order to keep the talks alive.", {}),
        ("Belgium signed in alphabetical order of the candidates.", {}),
        ("Belgium will sign in alphabetical order.", {}),
        ("Slovenia's prime minister will add his signature.", {}),
        ("Slovenia's prime minister added his signature to a protest letter.", {}),
        ("Slovenia's prime minister added his signature if the text was amended.", {}),
    ],
)
def test_signings_told_with_order_or_signature(sentence: str, expected: dict) -> None:
    assert _labels(TREATY, sentence) == expected


@pytest.mark.parametrize(
    "lead, sentence, expected",
    [
        # a status neither the headline nor the lead names: another decision, no stance
        (TREATY, "Germany most strongly resisted granting the status now.", {}),
        (TREATY, "Germany resisted giving the status to anyone yet.", {}),
        # the treaty itself, or "it": the decision reported
        (TREATY, "Germany resisted granting it now.", {"DEU": "oppose"}),
        (TREATY, "Germany opposed the treaty.", {"DEU": "oppose"}),
        # the lead tells of the status: the decision reported
        (STATUS, "The Netherlands resisted granting the status now.", {"NLD": "oppose"}),
        (STATUS, "The Netherlands resisted granting it now.", {"NLD": "oppose"}),
    ],
)
def test_a_status_the_lead_does_not_name(lead: str, sentence: str, expected: dict) -> None:
    assert _labels(lead, sentence) == expected
