"""Two decisions on one subject, or a second act told with "also" (issue 13).

- A vetoed draft and a text adopted later on the same subject ("China vetoed a draft ... Ten
  days later, the Council unanimously adopted resolution 2801, after China dropped its
  objection"): two issues, the veto on the failed draft, the climb-down and the count on the
  resolution; "the new resolution" / "the new one" and "the vetoed text" each on its own.
  The adopted text is another one when named by its number or as new or revised.
- Told the other way round ("Resolution 2801 sends 100 observers ... On 11 March, a draft put
  forward by France and Mexico won 14 votes. But China voted against it"): after the text
  reported was named by its number, a sponsored text introduced as "a draft" is another
  text, with its sponsors and its veto; the first issue is titled by the number.
- Near misses, one issue: the vetoed draft itself adopted later ("adopted it", "The text,
  amended, was then adopted"), "a draft that was later adopted".
- "Ministers also decided / They also agreed to lift the arms embargo on Somalia" after new
  sanctions against Iran: a second decision of the same kind on a place the first does not
  name, an issue of its own (as "In a separate decision, ..." already was); a stance on the
  embargo alone is on it alone.
- Near misses, one issue: the same measure again ("also agreed to extend the sanctions on
  Iran"), a clause of the same act ("also decided to review the sanctions in a year"), a part
  of it with no other target ("also approved new listings"), "also welcomed" (no decision).
- A count told before the article names a second decision is on the first ("The decision was
  unanimous among the 27" before "also decided to lift the embargo").

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 18)
UN_DAY = dt.date(2024, 3, 25)
UN_LEAD = "Council sends monitors to Ruritania\n\nNEW YORK, 25 March 2024 - "
VETO = "China vetoed a draft resolution on monitors for Ruritania on 15 March. "
EU_LEAD = (
    "EU ministers agree sanctions\n\n"
    "BRUSSELS, 18 March 2024 - The Council of the EU adopted new sanctions against Iran on "
    "Monday. "
)


def eu(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(EU_LEAD + text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@pytest.mark.parametrize(
    "second",
    [
        "Ministers also decided to lift the arms embargo on Somalia.",
        "They also agreed to lift the arms embargo on Somalia.",
    ],
)
def test_an_also_decision_on_another_target_is_its_own_issue(second):
    # "either decision": Hungary let both pass (a consensus body: support of each)
    got = eu(second + " Hungary did not block either decision.")
    assert got == {
        "new-sanctions": {"HUN": "support"},
        "arms-embargo-somalia": {"HUN": "support"},
    }


def test_a_stance_on_the_also_decision_alone_is_on_it():
    # Poland voted against lifting the embargo: against the second decision, not the Iran
    # sanctions (was Poland against the Iran sanctions: the wrong decision)
    got = eu(
        "Ministers also decided to lift the arms embargo on Somalia. "
        "Poland voted against lifting the embargo."
    )
    assert got == {"new-sanctions": {}, "arms-embargo-somalia": {"POL": "oppose"}}


@pytest.mark.parametrize(
    "also",
    [
        # the same measure, on the same target: the decision told before
        "Ministers also agreed to extend the sanctions on Iran by a year.",
        # a clause of the same act
        "Ministers also decided to review the sanctions in a year.",
        # a part of the package, no other target named
        "Ministers also approved new listings.",
        # no decision of the ministers
        "Ministers also welcomed the decision.",
    ],
)
def test_an_also_clause_of_the_same_act_stays_one_issue(also):
    got = eu(also + " Poland opposed the sanctions.")
    assert len(got) == 1, got
    assert list(got.values()) == [{"POL": "oppose"}]


def test_a_count_before_the_second_decision_is_on_the_first():
    # "unanimous among the 27" is said of the Iran sanctions, the only decision told so far:
    # every member supports them (assumed from the count, shown here as the count's support);
    # the embargo decision has no count and no stance
    text = (
        EU_LEAD + "The decision was unanimous among the 27 member states. "
        "Ministers also decided to lift the arms embargo on Somalia."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    got = labels_by_issue(sc)
    assert set(got) == {"new-sanctions", "arms-embargo-somalia"}
    assert got["new-sanctions"].get("HUN") == "support"
    assert got["new-sanctions"].get("FRA") == "support"
    assert got["arms-embargo-somalia"] == {}


def un(text: str, named_only: bool = True) -> dict[str, dict[str, str]]:
    sc = draft_scenario(UN_LEAD + text, source="t.txt", on=UN_DAY, body="unsc")
    return labels_by_issue(sc, named_only=named_only)


def test_a_vetoed_draft_and_a_later_resolution_are_two_issues():
    # China's veto is on the draft; dropping its objection is consent to resolution 2801 (was
    # one issue, China's veto cancelled by the climb-down: support of the vetoed draft).
    # Japan welcomed "the new resolution"; France voted for "the vetoed text".
    text = (
        "On 15 March, China vetoed a draft resolution on monitors for Ruritania. Ten days "
        "later, the Council unanimously adopted resolution 2801, after China dropped its "
        "objection. Japan welcomed the new resolution. France had voted for the vetoed text."
    )
    got = un(text)
    assert got == {
        "monitors-ruritania": {"CHN": "oppose", "FRA": "support"},
        "resolution-2801": {"CHN": "support", "JPN": "support"},
    }
    # "unanimously" is the resolution's count: all fifteen members for it
    counted = un(text, named_only=False)["resolution-2801"]
    assert len(counted) == 15 and set(counted.values()) == {"support"}


def test_a_new_resolution_after_a_veto_is_its_own_issue():
    # Russia abstained on the vetoed text and voted for the new one: a stance on each
    got = un(
        VETO + "On Monday the Council adopted a new resolution on the monitors by 15 votes to "
        "none. Russia, which had abstained on the vetoed text, voted for the new one."
    )
    assert len(got) == 2, got
    assert issue_with(got, "ruritania") == {"CHN": "oppose", "RUS": "abstain"}
    assert issue_with(got, "new") == {"RUS": "support"}


def test_a_revised_text_after_a_veto_is_its_own_issue():
    # China abstained in the sentence after the revised text: on that one, not the veto
    got = un(
        VETO + "On Monday the Council adopted a revised text on the monitors. China abstained."
    )
    assert len(got) == 2, got
    assert issue_with(got, "ruritania") == {"CHN": "oppose"}
    assert issue_with(got, "revised") == {"CHN": "abstain"}


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the vetoed draft itself, adopted after China gave way: China's last word, support
        ("A week later the Council adopted it after China dropped its objection.", "support"),
        # the same text, amended: one issue, the veto stands
        ("The text, amended, was then adopted.", "oppose"),
        ("On Monday the Council adopted the draft after changes.", "oppose"),
    ],
)
def test_the_vetoed_draft_adopted_later_is_one_issue(later, expected):
    got = un(VETO + later)
    assert len(got) == 1, got
    assert next(iter(got.values()))["CHN"] == expected


def test_a_draft_later_adopted_is_one_issue():
    got = un(
        "A draft on monitors for Ruritania, put forward by France, was later adopted. "
        "China abstained."
    )
    assert got == {"monitors-ruritania": {"FRA": "support", "CHN": "abstain"}}


ADOPTED = (
    "The Security Council unanimously authorised monitors for Ruritania on Monday. "
    "{text} sends 100 observers for six months. All fifteen members voted for it, China "
    "among them. On 11 March, a draft put forward by France and Mexico won 14 votes in "
    "favour. But China voted against it."
)


def test_a_draft_told_after_the_numbered_resolution_is_another_text():
    # China voted for resolution 2801 and against the draft of 11 March, which France and
    # Mexico put forward (was: China's stances on neither, the sponsors on the one issue)
    got = un(ADOPTED.format(text="Resolution 2801"))
    assert got == {
        "resolution-2801-monitors-for-ruritania": {"CHN": "support"},
        "proposal": {"CHN": "oppose", "FRA": "support", "MEX": "support"},
    }


def test_a_draft_told_after_an_unnumbered_resolution_is_left_as_it_was():
    # no number tells the two texts apart: the sponsored draft is the one issue, and China's
    # two votes (for "it", against "it") give no stance rather than a guess.  Its id is the
    # headline's proposal ("Council sends monitors to Ruritania"), no longer a bare "proposal"
    got = un(ADOPTED.format(text="The resolution"))
    assert got == {"send-monitors-ruritania": {"FRA": "support", "MEX": "support"}}


def test_the_numbered_resolution_put_forward_by_its_sponsors_is_one_text():
    # "The text had been put forward by": the resolution itself, not another text
    got = un(
        "The Security Council unanimously adopted resolution 2801 on Monday, sending monitors "
        "to Ruritania. The text had been put forward by France and Mexico. Japan welcomed it."
    )
    assert len(got) == 1, got
    assert next(iter(got.values())) == {"FRA": "support", "MEX": "support", "JPN": "support"}
