"""European Council reports of issue 13 (heldout20's summit articles).

* a group named with some of its members ("Nine member states, among them Sweden and
  Austria, wrote to the Commission before the summit calling for ..."): the participle
  after the group's verb, which the parser hangs on the noun before it ("the summit
  calling for"), is the named members' stance, as the verb itself is ("Nine member states,
  among them ..., called for ...");
* a stance on "such" a thing of a matter the lead does not name (below).

On "such": a summit often settles one thing and only opens the door to another: "leaders asked for a
law on border checks; the conclusions also say new ways to handle asylum claims should be
examined".  A state that "said no to such offshoring" then refers back to that other idea,
not to the law the lead reports.  With no issue of its own for that idea, putting the stance
on the law is a guess (an opposition to one idea read as opposition to another), so the
drafter codes none.  Not "such a law" or "such checks" (the lead's own matter), nor "such a
step" (a word for any act, the reported one included), nor a bare noun with no "such".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

_LEAD = (
    "Leaders back a border law\n\n"
    "BRUSSELS, 11 May 2023 (Wire) - European Union leaders on Thursday asked the Commission "
    "to propose a new law on border checks.\n\n"
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "such offshoring": an idea the lead does not name -> no stance
        (
            (
                "Ireland and Malta have said no to such offshoring, arguing that it would cost "
                "too much."
            ),
            {},
        ),
        ("Ireland and Malta opposed such offshoring.", {}),
        # near misses: the lead's own matter under "such" -> the stance stands
        ("Ireland and Malta opposed such a law.", {"IRL": "oppose", "MLT": "oppose"}),
        ("Ireland and Malta opposed such checks.", {"IRL": "oppose", "MLT": "oppose"}),
        # a word for any act may be the reported one -> the stance stands
        ("Ireland and Malta opposed such a step.", {"IRL": "oppose", "MLT": "oppose"}),
        # no "such": not told as an idea told before (left as it was)
        ("Ireland and Malta opposed offshoring.", {"IRL": "oppose", "MLT": "oppose"}),
    ],
)
def test_such_other_matter(sentence: str, expected: dict[str, str]) -> None:
    assert labels(draft_scenario(_LEAD + sentence)) == expected


_GROUP = "Nine member states, among them Sweden, Austria and Croatia, wrote to the Commission"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the participle after the group's letter: the named members' stance
        (
            f"{_GROUP} before the summit calling for faster border checks.",
            {"AUT": "support", "HRV": "support", "SWE": "support"},
        ),
        (
            f"{_GROUP} before the summit opposing faster border checks.",
            {"AUT": "oppose", "HRV": "oppose", "SWE": "oppose"},
        ),
        # near miss: the call told in a sentence of its own is only its subject's
        (
            (
                "Nine member states, among them Sweden and Austria, wrote to the Commission "
                "before the summit. Croatia called for faster border checks."
            ),
            {"HRV": "support"},
        ),
        # already right before: the verb's own call, and members in an apposition
        (
            "Nine member states, among them Sweden and Austria, called for faster border checks.",
            {"AUT": "support", "SWE": "support"},
        ),
        (
            (
                "Nine member states, including Sweden and Austria, wrote to the Commission before "
                "the summit calling for faster border checks."
            ),
            {"AUT": "support", "SWE": "support"},
        ),
    ],
)
def test_group_members_participle(sentence: str, expected: dict[str, str]) -> None:
    assert labels(draft_scenario(_LEAD + sentence)) == expected
