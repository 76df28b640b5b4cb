"""A participle set off by commas between a subject and its verb ("Romania and Slovenia,
passed over at the last summit, welcomed the plan").

The parser may read the participle as a clause of its own that takes the subject, and hang it
under the main verb, which is then left without a subject: the states named before the first
comma took no stance.  A careful reader gives the main verb to the subject before the aside.
Every sentence is written for these tests; the labels are what a careful reader codes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

from concilium.text import nlp
from concilium.text.stance import _participle_before

pytestmark = needs_spacy
DAY = dt.date(1999, 4, 24)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the aside says what happened to them before; the verb after it is their stance
        (
            (
                "Romania and Slovenia, passed over at Madrid two years ago, welcomed the plan "
                "but said they had hoped for more."
            ),
            {"ROU": "support", "SVN": "support"},
        ),
        (
            "Romania and Slovenia, left out at Madrid two years ago, rejected the plan.",
            {"ROU": "oppose", "SVN": "oppose"},
        ),
        # one state and an adverb before the participle
        ("Romania, long passed over, welcomed the plan.", {"ROU": "support"}),
    ],
)
def test_the_verb_after_the_aside_is_the_subjects(sentence, expected):
    assert resolved(sentence, DAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a real clause before the verb: its subject has no comma after it, and the report is
        # someone else's ("officials said"): Romania is not the speaker of "said"
        "Romania passed the plan over to the ministers, officials said.",
        # the participle has an object of its own: no aside
        "Romania, having passed the plan to the ministers, said nothing more.",
    ],
)
def test_no_aside_no_subject_borrowed(sentence):
    assert resolved(sentence, DAY) == {}


def test_the_repair_only_reads_the_misparse():
    """The helper gives the subject behind the aside, and nothing for a plain sentence whose
    verb has its own subject."""
    aside, plain = nlp.parse_texts(
        [
            "Romania and Slovenia, passed over at Madrid two years ago, welcomed the plan.",
            "Romania and Slovenia welcomed the plan.",
        ]
    )
    subj = _participle_before(next(t for t in aside if t.lower_ == "welcomed"))
    assert subj is not None and subj.text == "Romania"
    assert _participle_before(next(t for t in plain if t.lower_ == "welcomed")) is None
