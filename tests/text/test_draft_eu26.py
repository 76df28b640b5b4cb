"""Council of the EU stances misread in heldout26 (issue 13), on sentences written for this
file.

- A further step the deciders were expected to take, told after the lead ("The ministers had
  also been expected to freeze the assets of ..."), that the next sentence says a member
  vetoed or blocked ("That step was vetoed by Italy") is a decision of its own, not adopted:
  the veto is on that step, not on what the deciders agreed (it was put on the decision taken:
  an inversion of a member that agreed it).  Not a step they took after all ("That step was
  welcomed by Italy"), nor an expectation with no veto told after it, nor a member's own
  expectation ("Italy had been expected to ..."), nor a step that is the lead's decision
  itself.
- A later stance whose object writes a name only that vetoed step writes ("the listing of
  Cabello had been pushed by Spain", after a step to freeze the assets of Diosdado Cabello)
  is on that step, in a later paragraph too.  Not one naming the decision taken, nor a name
  the step does not write.
- Saying a decision or a project runs (goes) counter to EU interests, values or goals ("wrote
  to say the project runs counter to EU interests") is opposing it, as saying it is a mistake
  is.  Not denied, not counter to expectations, not said of a state's policy.
- Asking for an agreement to be finished ("pressed for the agreement to be wrapped up",
  "to be signed", "finalised") is backing it, as asking for it to be adopted is.  Not talks
  to be concluded, nor the agreement renegotiated; and asking for it not to be signed or
  adopted, the clause parsed on the noun, is no backing (it was read as "called for the
  agreement": an inversion).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy, stance_pairs

pytestmark = needs_spacy

LEAD = (
    "EU extends arms embargo on Venezuela\n\nBRUSSELS, 14 May 2019 - European Union foreign "
    "ministers on Tuesday extended the arms embargo on Venezuela by one year.\n\n"
)


def _issues(sentences: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(LEAD + sentences + "\n", source="t.txt", engine="spacy")
    return labels_by_issue(sc, named_only=True)


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The ministers had also been expected to ban travel by three Venezuelan generals. "
            "That step was vetoed by Italy, which wanted more time."
        ),
        (
            "Ministers were also due to ban travel by three Venezuelan generals. "
            "But the move was blocked by Italy."
        ),
        (
            "The ministers had been expected to ban travel by three Venezuelan generals. "
            "This step was held up by Rome."
        ),
    ],
)
def test_a_vetoed_further_step_is_an_issue_of_its_own(sentences: str) -> None:
    issues = _issues(sentences)
    assert len(issues) == 2, issues
    # the veto is on the travel ban, not on the embargo the ministers extended
    assert issue_with(issues, "travel") == {"ITA": "oppose"}
    assert issue_with(issues, "embargo") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        # the step welcomed, not vetoed: no second decision told as blocked
        (
            "The ministers had also been expected to ban travel by three Venezuelan generals. "
            "That step was welcomed by Italy."
        ),
        # an expectation with nothing blocked after it
        "The ministers had also been expected to ban travel by three Venezuelan generals.",
    ],
)
def test_a_step_not_vetoed_makes_no_issue(sentences: str) -> None:
    issues = _issues(sentences)
    assert len(issues) == 1, issues


def test_a_members_own_expectation_is_not_the_deciders_step() -> None:
    # Italy's own expected act, vetoed by no one of the deciders' steps: left as it was
    issues = _issues(
        "Italy had been expected to ban travel by three Venezuelan generals. "
        "That step was blocked by Spain."
    )
    assert not any("travel" in iid for iid in issues), issues


def test_the_lead_decision_expected_then_blocked_stays_the_main_one() -> None:
    # the step expected is the embargo the lead tells: no second issue
    issues = _issues(
        "The ministers had been expected to extend the arms embargo on Venezuela. "
        "That step was blocked by Italy for a day."
    )
    assert len(issues) == 1, issues


# ------------------------------------------- a project said to run counter to EU interests
read = partial(stance_pairs, on=dt.date(2015, 12, 18))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poland said the project runs counter to EU interests.", {("POL", "oppose")}),
        (
            (
                "Latvia and Poland wrote to the Commission to say the pipeline runs counter to "
                "EU interests."
            ),
            {("LVA", "oppose"), ("POL", "oppose")},
        ),
        (
            "Poland said the plan ran counter to the interests of the Union.",
            {("POL", "oppose")},
        ),
        # near misses: denied, counter to no interest, and a state's policy (no decision)
        ("Poland said the plan does not run counter to EU interests.", set()),
        ("Poland said the plan runs counter to expectations.", set()),
        ("Poland said Russia's policy runs counter to EU interests.", set()),
    ],
)
def test_said_to_run_counter_to_the_unions_interests(sentence: str, expected: set) -> None:
    assert read(sentence) == expected


# -------------------------------------------- asking for an agreement to be finished
asked = partial(stance_pairs, on=dt.date(2010, 9, 16))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Britain and Sweden had pressed for months for the agreement to be wrapped up quickly.",
            {("GBR", "support"), ("SWE", "support")},
        ),
        ("Britain pushed for the agreement to be signed.", {("GBR", "support")}),
        ("Britain pressed for the deal to be finalised.", {("GBR", "support")}),
        # near misses: talks are no decision, and another fate of the agreement
        ("Britain called for the talks to be concluded.", set()),
        ("Britain pressed for the agreement to be renegotiated.", set()),
        # asking that it not be done, the clause parsed on the noun: no backing (it was read
        # as "called for the agreement", an inversion)
        ("Britain called for the agreement not to be signed.", set()),
        ("Britain pressed for the agreement not to be adopted.", set()),
    ],
)
def test_asking_for_an_agreement_to_be_finished(sentence: str, expected: set) -> None:
    assert asked(sentence) == expected


# ------------------------------------------ a later stance naming the vetoed step's target
STEP = (
    "The ministers had also been expected to freeze the assets of Diosdado Cabello. "
    "That step was vetoed by Italy.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "on_freeze", "on_embargo"),
    [
        # the name only the vetoed step writes: on that step, in a later paragraph too
        (
            "Diplomats said the listing of Cabello had been pushed hardest by Spain.",
            {"ITA": "oppose", "ESP": "support"},
            {},
        ),
        ("Spain had pushed for the listing of Cabello.", {"ITA": "oppose", "ESP": "support"}, {}),
        # near misses: the embargo named, or a name the step does not write (as before)
        (
            "Diplomats said the embargo had been pushed hardest by Spain.",
            {"ITA": "oppose"},
            {"ESP": "support"},
        ),
        (
            "Diplomats said the listing of Maduro had been pushed hardest by Spain.",
            {"ITA": "oppose"},
            {"ESP": "support"},
        ),
    ],
)
def test_a_stance_naming_the_vetoed_steps_target_is_on_it(
    sentence: str, on_freeze: dict, on_embargo: dict
) -> None:
    issues = _issues(STEP + sentence)
    assert issue_with(issues, "freeze") == on_freeze
    assert issue_with(issues, "embargo") == on_embargo


def test_an_actors_name_in_the_vetoed_step_does_not_draw_stances_to_it() -> None:
    # "Russian" is Russia's demonym, no name of the step's own: Spain's call stays as before
    issues = _issues(
        "The ministers had also been expected to ban imports of Russian timber. "
        "That step was vetoed by Italy.\n\nSpain had pushed for sanctions on Russian banks."
    )
    assert issue_with(issues, "timber") == {"ITA": "oppose"}
    assert issue_with(issues, "embargo") == {"ESP": "support"}
