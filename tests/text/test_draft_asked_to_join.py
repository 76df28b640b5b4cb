"""A state that asked to join a body or its plan applied for it (issue 13, heldout22's NATO
misses): "Tbilisi had asked to join the plan" is Georgia's support of being let in, as "had
applied to join" already was.  Only "to join" a body or its plan: asking to join talks,
asking another state to join, or not asking is no stance.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the sentence alone, and each case
says why in its comment.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

LEAD = (
    "NATO opens plan to Georgia\n\n"
    "BRUSSELS, 3 May 2011 (Wire) - NATO ambassadors agreed on Tuesday to invite Georgia into "
    "the Membership Action Plan. "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the capital asked to join the plan: Georgia backs its own entry -> GEO support
        ("Tbilisi had asked to join the plan last year.", {"GEO": "support"}),
        # "sought to join the alliance": the same -> GEO support
        ("Georgia had sought to join the alliance for years.", {"GEO": "support"}),
        # "applied to join", as before -> GEO support
        ("Georgia had applied to join the plan last year.", {"GEO": "support"}),
        # asking to join talks is no application: no stance
        ("Georgia had asked to join the talks.", {}),
        # Norway asked Georgia to join: Norway's request of another, Georgia's act not told
        ("Norway asked Georgia to join the plan.", {}),
        # not asked: no stance
        ("Georgia has not asked to join NATO.", {}),
        # another state's own request to join is no stance on Georgia's invitation
        ("Ukraine asked to join the plan too, but was told to wait.", {}),
    ],
)
def test_asking_to_join_a_body_is_applying(sentence, expected):
    got = labels(draft_scenario(LEAD + sentence, source="t.txt"), named_only=True)
    assert got == expected
