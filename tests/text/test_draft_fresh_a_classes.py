"""Failure classes of the first run of the fresh split ``a01``-``a24`` (issue 13), fixed in
general.  Every sentence here is written for these tests (none copied from an article); the
expected label is what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels

from concilium.text import nlp
from concilium.text.draft import draft_scenario

pytestmark = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)

LEDE = (
    "EU ministers extend border mission\n\n"
    "BRUSSELS, 14 March 2017 (Wire) - European Union ministers on Tuesday extended the "
    "bloc's border mission by a year.\n\n"
)


def _labels(sentence: str) -> dict[str, str]:
    return labels(draft_scenario(LEDE + sentence, source="t.txt"))


# -- a state opening the sentence before a "where" clause ----------------------------------
# "Italy, where most of the migrants ... land, had pushed hard for ..." lost its subject: the
# parser hung the main verb on "Italy" as a relative clause introduced by "where".  A state,
# a "where" clause closed by a comma, then the sentence's own finite verb: the verb is the
# state's, as for "which"/"who"/"whose".


@pytest.mark.parametrize(
    "sentence, want",
    [
        # pushed for / voted for the plan: support
        (
            (
                "Greece, where most of the asylum seekers who reach Europe first arrive, voted "
                "for the plan."
            ),
            {"GRC": "support"},
        ),
        (
            ("Spain, where many of the workers who lost their jobs live, had pushed for the fund."),
            {"ESP": "support"},
        ),
        # lobbied against the ban: oppose
        (
            (
                "Cyprus, where most of the ships that carry the oil are registered, had lobbied "
                "against the ban."
            ),
            {"CYP": "oppose"},
        ),
        # hosting talks is no stance on the decision
        ("Denmark, where the summit was held, hosted the talks.", {}),
    ],
)
def test_state_before_a_where_clause_owns_the_verb_after_it(sentence, want):
    assert _labels(sentence) == want
