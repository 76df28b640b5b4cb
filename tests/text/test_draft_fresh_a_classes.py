"""Failure classes of the first run of the fresh split ``a01``-``a24`` (issue 13), fixed in
general.  Every sentence here is written for these tests (none copied from an article); the
expected label is what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

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


# -- an aside between a sentence's first state and its verb ----------------------------------
# The same parse loss as with "where" (above), after an aside opened by "as", "for", "like",
# "despite", "home to" ...: "Italy, as the country where most migrants land, had pushed for
# the mission" gave no stance.  The verb after the aside's closing comma is the state's.


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Portugal, as the country that chairs the talks, had pushed for the extension.",
            {"PRT": "support"},
        ),
        ("Greece, despite its doubts, voted for the plan.", {"GRC": "support"}),
        ("Austria, unlike Germany, voted against the plan.", {"AUT": "oppose"}),
        ("Hungary, itself a transit country, opposed the plan.", {"HUN": "oppose"}),
    ],
)
def test_state_before_an_aside_owns_the_verb_after_it(sentence, want):
    assert _labels(sentence) == want


# -- "for its part", "for years": no complement of the verb -----------------------------------
# "lobbied against" with a "for" phrase beside it was read as "lobbied for" or "lobbied
# against" depending on the order of a set of words, which changed with the hash seed from run
# to run: an inversion in some runs.  A "for" phrase that says whose turn or how long is no
# complement, and the first particle that makes a cue is read.


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Malta, for its part, had lobbied against the plan.", {"MLT": "oppose"}),
        ("Malta had lobbied against the plan for months.", {"MLT": "oppose"}),
        ("Cyprus had campaigned against the plan for a long time.", {"CYP": "oppose"}),
        ("Spain, for its part, had pushed for the plan.", {"ESP": "support"}),
        ("Portugal called for the plan for the first time.", {"PRT": "support"}),
        # the complement parsed on the frame's noun ("for months for the plan")
        ("Portugal had lobbied for months for the plan.", {"PRT": "support"}),
        ("Malta had lobbied for months against the plan.", {"MLT": "oppose"}),
    ],
)
def test_a_for_phrase_of_time_or_turn_is_no_complement(sentence, want):
    assert _labels(sentence) == want


def test_the_reading_does_not_depend_on_the_hash_seed():
    # the same sentence read in fresh interpreters with two string-hash seeds (before the fix,
    # seed 1 read support and seed 2 oppose)
    import os
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, 'tests'); "
        "from drafted_labels import labels; "
        "from concilium.text.draft import draft_scenario; "
        f"print(labels(draft_scenario({LEDE + 'Malta, for its part, had lobbied against the plan.'!r}, "
        "source='t.txt')))"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        seen.add(out.stdout.strip())
    assert seen == {"{'MLT': 'oppose'}"}


# -- a cue on a plan the decision is compared with --------------------------------------------
# "the pact is weaker than the plan Italy had backed": Italy backed another plan, which the
# sentence sets against the decision; that is no stance on the decision (before, support).
# "Unlike Poland, Italy backed the pact" still reads Italy's own verb.

EU_PACT_LEDE = (
    "EU adopts migration pact\n\n"
    "BRUSSELS, 14 May 2024 (Wire) - European Union ministers on Tuesday adopted the migration "
    "pact.\n\n"
)


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("The pact is weaker than the plan Italy had backed.", {}),
        ("The pact is weaker than the plan that Greece had proposed.", {}),
        ("Unlike the plan Germany had sought, the pact keeps quotas voluntary.", {}),
        ("Unlike Poland, Italy backed the pact.", {"ITA": "support"}),
    ],
)
def test_a_cue_on_a_plan_compared_with_the_decision_is_no_stance(sentence, want):
    assert labels(draft_scenario(EU_PACT_LEDE + sentence, source="t.txt")) == want
