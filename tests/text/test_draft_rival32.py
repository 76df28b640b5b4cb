"""A rival's candidacy told by "his" in a report of another person's nomination: 31-20's class
(issue 13; found in heldout31's run, so seen).  "Verhofstadt had been the favourite of France
and Germany. His candidacy was sunk by Britain" was read as Britain against the nominee the
article reports (Barroso): an inverted stance.  "His" is the person named last, in the sentence
or the one before: Verhofstadt's candidacy is an issue of its own, and a stance that names no
person ("gave their consent as well") stays on the nominee the lead names.

Passages written for these tests; labels derived by hand from the passage.  Near miss: "his
candidacy" with the nominee himself named last (the reported decision, one issue).
"""

from __future__ import annotations

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

LEAD = (
    "Leaders pick Barroso for Commission\n\nBRUSSELS, 29 June 2004 (Wire) - European Union "
    "leaders on Tuesday nominated Portuguese Prime Minister Jose Manuel Barroso as president "
    "of the European Commission. Portugal had put Mr Barroso forward. "
)


def _labels(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(LEAD + text + "\n", source="t.txt", engine="spacy")
    return labels_by_issue(sc, named_only=True)


def test_his_candidacy_is_the_rival_named_before() -> None:
    # (fails on the old code: Britain against Barroso, one issue)
    labels = _labels(
        "At the summit before, Belgian Prime Minister Guy Verhofstadt had been the favourite. "
        "His candidacy was sunk by Britain.\n\nMr Barroso was acceptable to London. France and "
        "Germany gave their consent as well."
    )
    by_person = {
        person: by
        for iid, by in labels.items()
        for person in ("barroso", "verhofstadt")
        if iid.endswith(person)
    }
    assert by_person == {
        "barroso": {"PRT": "support", "FRA": "support", "DEU": "support"},
        "verhofstadt": {"GBR": "oppose"},
    }


def test_his_candidacy_after_the_nominee_is_the_nominees() -> None:
    # near miss: the person named last is the nominee: one issue, Britain's backing on it
    labels = _labels("His candidacy was backed by Britain.")
    (issue,) = labels
    assert labels[issue] == {"PRT": "support", "GBR": "support"}
