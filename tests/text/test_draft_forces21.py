"""Failure classes of drafting (issue 13, heldout20): forces in the decided operation.

* a present lead of a unit the decision sets up, gapped over the next states ("Norway leads
  the battalion in Latvia, Spain the one in Lithuania") is a share of it, as the future
  "will lead" is;
* never a past lead ("led the battalion in 1999"), a negated one, nor a present lead of an
  operation that may be a state's own ("leads the operation in Libya").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentences alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Ministers agreed to form four battalions. Norway leads the battalion in "
                "Latvia, Spain the one in Lithuania, Italy the one in Estonia."
            ),
            {"NOR": "support", "ESP": "support", "ITA": "support"},
        ),
        (
            "Ministers agreed to form two brigades. Portugal leads the brigade in Romania.",
            {"PRT": "support"},
        ),
    ],
)
def test_present_lead_of_a_unit_is_support(text, expected):
    got = resolved(text, DAY)
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Norway led the battalion in Latvia in 1999.", "NOR"),
        ("Norway does not lead the battalion in Latvia.", "NOR"),
        ("Norway leads the operation in Libya.", "NOR"),
        ("Norway leads the talks on the budget.", "NOR"),
    ],
)
def test_other_leads_give_no_stance(text, actor):
    assert actor not in resolved(text, DAY)
