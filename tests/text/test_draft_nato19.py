"""NATO decisions of the heldout19 run (issue 13): the classes its NATO misses showed.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, stance_pairs

from concilium.text.counts import find_counts


# "gave their full support": the members named by number backed it, said with a noun
@pytest.mark.parametrize(
    ("sentence", "yes"),
    [
        ("NATO's 30 allies gave their full support on Monday to the naval mission.", 30),
        ("The 28 allies gave their backing to the air policing plan.", 28),
        ("All 27 leaders gave their unanimous approval to the recovery fund.", 27),
        ("The alliance's 16 members gave its blessing to the new command.", 16),
        # near misses: no backing given, or no owner of the backing (prefer no count)
        ("NATO's 30 allies gave their views on the naval mission.", None),
        ("The 28 allies gave no support to the air policing plan.", None),
        ("NATO's 30 allies gave support to Kyiv in the past.", None),
        ("The 28 allies gave their reasons for the delay.", None),
    ],
)
def test_gave_their_support_counts_the_members(sentence, yes):
    assert find_counts(sentence).yes == yes


@needs_spacy
def test_gave_their_support_implies_every_ally():
    from concilium.text.draft import draft_scenario

    text = (
        "NATO backs naval mission\n\nBRUSSELS, 3 May 2021 - NATO's 30 allies gave their full "
        "support on Monday to a naval mission in the Aegean, after Greece and Türkiye "
        "briefed the council.\n"
    )
    got = labels(draft_scenario(text, source="t.txt", engine="spacy"))
    assert len(got) == 30 and set(got.values()) == {"support"}


# "decided to send jets, granting Poland's request": a participle with no subject of its own
# is the deciders' act, so the request they grant is backed by the one who made it
READ_DAY = dt.date(2016, 7, 8)


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The allies agreed on Friday to station four battalions in the Baltic states, "
                "granting Lithuania's request for a permanent presence."
            ),
            {("LTU", "support")},
        ),
        (
            (
                "NATO decided to send surveillance planes to the border, granting Warsaw's request "
                "for help."
            ),
            {("POL", "support")},
        ),
        (
            "Defence ministers approved the new air policing rota, granting Estonia's request.",
            {("EST", "support")},
        ),
        # near misses: the deciders turn the request down, refuse the act or do not agree;
        # a member, not the deciders, grants it
        (
            (
                "The allies agreed to station four battalions in the Baltic states, rejecting "
                "Lithuania's request for a permanent presence."
            ),
            set(),
        ),
        (
            "NATO refused to send surveillance planes to the border, granting Moscow's request.",
            set(),
        ),
        (
            "The allies did not agree to send planes to the border, granting Moscow's request.",
            set(),
        ),
        (
            "Norway sent two frigates to the Baltic on Friday, granting Estonia's request.",
            set(),
        ),
    ],
)
def test_a_request_granted_in_a_participle_clause(sentence, expected):
    assert {p for p in stance_pairs(sentence, READ_DAY) if p[0] != "NOR"} == expected
