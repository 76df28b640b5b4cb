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
            "Spain, where many of the workers who lost their jobs live, had pushed for the fund.",
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


# -- seeking the decision, and the states "the two countries" refers back to ---------------
# "... rather than the formal Membership Action Plan the two countries had sought" gave no
# stance: "seek" was no cue, "the two countries" named nobody, and "rather than" before the
# plan was read as negating the relative clause on it (Georgia did seek the plan: support;
# with "had backed" the old reading was an inversion).  Seeking is support only with the
# decision as what is sought (not "more time", "talks"); "the two countries" is the pair named
# last before it, and a bare count ("two countries") refers to no one.

NATO_LEDE = (
    "NATO holds off on membership plan\n\n"
    "BRUSSELS, 3 December 2019 (Wire) - NATO foreign ministers on Tuesday declined to offer a "
    "membership plan to Moldova and Armenia, agreeing instead to deepen talks.\n\n"
)


def _nato_labels(sentence: str) -> dict[str, str]:
    return labels(draft_scenario(NATO_LEDE + sentence, source="t.txt"))


@pytest.mark.parametrize(
    "sentence, want",
    [
        # sought the plan (the decision): support
        ("Moldova had long sought the plan.", {"MDA": "support"}),
        # a relative clause under "rather than" keeps its own polarity: Armenia sought it
        (
            "The allies chose closer talks rather than the plan that Armenia had sought.",
            {"ARM": "support"},
        ),
        (
            "The allies chose closer talks rather than the plan that Armenia had backed.",
            {"ARM": "support"},
        ),
        # "the two countries": Moldova and Armenia, named just before
        (
            (
                "The allies offered Moldova and Armenia talks rather than the plan the two "
                "countries had sought."
            ),
            {"MDA": "support", "ARM": "support"},
        ),
        # seeking something other than the decision is no stance on it
        ("Moldova sought more time.", {}),
        ("Armenia sought talks with the allies.", {}),
        # a bare count names no one; three states named are not "the two countries"
        ("Two countries had sought the plan.", {}),
        (
            (
                "Moldova, Armenia and Georgia met the ministers, who declined the plan the two "
                "countries had sought."
            ),
            {},
        ),
    ],
)
def test_seeking_the_decision_and_the_two_countries(sentence, want):
    assert _nato_labels(sentence) == want
