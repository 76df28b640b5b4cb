"""Articles about two decisions, each its own issue (issue 13, dec17).

- Two or more states the General Assembly admits in the lead ("admitted the Czech Republic
  and Slovakia as members") are as many decisions: each admission is a resolution of its own,
  an issue per state.  Not the Assembly's admissions told as one act ("in a single
  resolution", "together": one decision, one issue), not one state admitted, and not an
  alliance's invitation ("NATO leaders invited Albania and Croatia": one decision).
- An applicant supports its own entry ("Prague and Bratislava had each applied for
  membership", "Slovakia, which had applied in January, ..."): on its own admission only,
  never on the other's; an application to anything else ("applied for a loan", "applied to
  the court") and a thing applied ("applied pressure") are no stance.
- A stance on "neither" of two decisions is no act ("opposed neither", "voted for neither
  text": was oppose and support, inversions); "either" and "neither" as the object ("did not
  block either decision") are both decisions, as "both" is.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, spacy_read, stance_pairs

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(1993, 1, 19)
read = partial(stance_pairs, on=DAY)


def drafted(text: str, body: str = "unga", on: dt.date = DAY) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=on, body=body)
    return labels_by_issue(sc, named_only=True)


_TWO = (
    "Assembly admits two states\n\n"
    "UNITED NATIONS, 19 January 1993 - The General Assembly admitted the Czech Republic and "
    "Slovakia as members on Tuesday. {second}"
)


def test_two_admissions_are_two_issues_each_applicant_on_its_own():
    # "each applied": CZE supports its own admission, SVK its own; neither the other's.
    # "both admissions" is Hungary's support of each.
    got = drafted(
        _TWO.format(
            second="Prague and Bratislava had each applied for membership in early January. "
            "Hungary welcomed both admissions."
        )
    )
    assert got == {
        "czech-republic-admission": {"CZE": "support", "HUN": "support"},
        "slovakia-admission": {"SVK": "support", "HUN": "support"},
    }


def test_an_applicant_in_a_relative_clause_is_on_its_own_admission():
    # Slovakia applied (and thanked the Assembly): its own admission only; Austria backed
    # "both decisions": each
    got = drafted(
        _TWO.format(
            second="Slovakia, which had applied in January, thanked the Assembly. "
            "Austria backed both decisions."
        )
    )
    assert got == {
        "czech-republic-admission": {"AUT": "support"},
        "slovakia-admission": {"SVK": "support", "AUT": "support"},
    }


def test_three_admissions_are_three_issues():
    got = drafted(
        "Assembly admits three states\n\n"
        "UNITED NATIONS, 22 May 1992 - The assembly admitted Croatia, Slovenia and Bosnia as "
        "members on Friday. Croatia had applied in January.",
        on=dt.date(1992, 5, 22),
    )
    assert got == {
        "croatia-admission": {"HRV": "support"},
        "slovenia-admission": {},
        "bosnia-admission": {},
    }


def test_a_third_state_on_the_decision_is_on_neither_admission():
    # "welcomed the decision": which one is not told; no stance rather than a guess. A
    # sentence naming one of the two states alone is about that one's admission.
    got = drafted(
        _TWO.format(second="Hungary welcomed the decision. Poland welcomed the vote on Slovakia.")
    )
    assert got == {"czech-republic-admission": {}, "slovakia-admission": {"POL": "support"}}


def test_admissions_in_a_single_resolution_are_one_issue():
    # one resolution is one decision: one issue, on which Slovakia's application is support
    got = drafted(
        "Assembly admits two states\n\n"
        "UNITED NATIONS, 19 January 1993 - The General Assembly admitted the Czech Republic "
        "and Slovakia in a single resolution on Tuesday. Slovakia had applied in January."
    )
    assert list(got.values()) == [{"SVK": "support"}]


def test_one_state_admitted_is_one_issue():
    got = drafted(
        "Assembly admits South Sudan\n\n"
        "UNITED NATIONS, 14 July 2011 - The General Assembly admitted South Sudan as its 193rd "
        "member on Thursday. South Sudan had applied on the day of its independence.",
        on=dt.date(2011, 7, 14),
    )
    assert list(got.values()) == [{"SSD": "support"}]


def test_an_alliance_invitation_of_two_states_is_one_issue():
    # NATO's invitation of both is one decision; Croatia's application is support of it
    got = drafted(
        "NATO invites two states\n\n"
        "BRUSSELS, 3 April 2008 - NATO leaders on Thursday invited Albania and Croatia to join "
        "the alliance. Croatia had applied in 2002.",
        body="nato",
        on=dt.date(2008, 4, 3),
    )
    assert list(got.values()) == [{"HRV": "support"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Slovakia had applied to join the United Nations.", {("SVK", "support")}),
        ("Slovakia applied for membership of the United Nations.", {("SVK", "support")}),
        ("Slovakia applied for admission in January.", {("SVK", "support")}),
        # near misses: an application to something else, a thing applied, a denial
        ("Greece applied for a loan.", set()),
        ("Ukraine applied to the International Court of Justice.", set()),
        ("Russia applied pressure on Ukraine.", set()),
        ("The rule applied to Slovakia.", set()),
        ("Slovakia did not apply for membership.", set()),
    ],
)
def test_applying_for_membership(sentence, expected):
    assert read(sentence) == expected


def test_an_application_is_on_the_applicants_own_entry():
    (st,) = spacy_read("Prague had applied for membership.", DAY)
    assert (st.actor, st.label, st.anchor) == ("CZE", "support", "state:CZE")


@pytest.mark.parametrize(
    "sentence",
    [
        "China opposed neither resolution.",
        "China opposed neither.",
        "China opposed neither of the texts.",
        "China opposed neither the first resolution nor the second.",
        "China did not oppose either resolution.",
    ],
)
def test_opposing_neither_is_no_opposition_and_on_both(sentence):
    # the act was not done (was oppose: an inversion for the first four); "neither" and
    # "either" are the two decisions
    (st,) = spacy_read(sentence, DAY)
    assert (st.label, st.how, st.anchor) == ("neutral", "negated", "all")


def test_voting_for_neither_is_no_support():
    # was a vote for (support): "neither" says China voted for no text
    assert ("CHN", "support") not in read("China voted for neither text.")


def test_either_in_either_or_is_not_both():
    # "either the first or the second" is one of them, not both: not read as "all"
    (st,) = spacy_read("China opposed either the first resolution or the second.", DAY)
    assert st.anchor != "all"


_TWO_TEXTS = (
    "Council adopts two texts\n\n"
    "UNITED NATIONS, 15 March 2024 - The Security Council on Friday adopted a resolution on "
    "aid workers and a second resolution extending the mission in Haiti. Russia abstained on "
    "both votes. {sentence}"
)


@pytest.mark.parametrize("sentence", ["China opposed neither.", "China voted for neither text."])
def test_neither_in_a_two_decision_article_is_no_stance(sentence):
    # In the Security Council not opposing may be an abstention: no stance for China (was
    # oppose / support on the second text); Russia's abstention is on both
    got = drafted(_TWO_TEXTS.format(sentence=sentence), body="unsc", on=dt.date(2024, 3, 15))
    assert len(got) == 2
    assert all(labels == {"RUS": "abstain"} for labels in got.values()), got


_NUMBERED = (
    "Council adopts two texts\n\n"
    "UNITED NATIONS, 15 March 2024 - The Security Council on Friday adopted resolution 2730 on "
    "aid workers, drafted by Britain, and resolution 2731 on Haiti, sponsored by France and "
    "Mexico. {more}"
)


def test_two_numbered_resolutions_each_with_its_sponsors():
    # two texts told by their numbers are two decisions: Britain drafted the first, France
    # and Mexico sponsored the second (not all three on the first); a later sentence naming
    # one number is on that one; "both votes" on each
    got = drafted(
        _NUMBERED.format(
            more="Russia abstained on both votes. China voted for resolution 2731. Japan "
            "welcomed resolution 2730."
        ),
        body="unsc",
        on=dt.date(2024, 3, 15),
    )
    assert list(got.values()) == [
        {"GBR": "support", "RUS": "abstain", "JPN": "support"},
        {"FRA": "support", "MEX": "support", "RUS": "abstain", "CHN": "support"},
    ]


@pytest.mark.parametrize(
    "lead",
    [
        # one text, which recalls an earlier one: one decision
        (
            "The Security Council on Friday adopted resolution 2731, which builds on "
            "resolution 2699, sponsored by France."
        ),
        # two numbers under one noun, with one sponsor phrase: not told apart, one issue
        "The Security Council on Friday adopted resolutions 2730 and 2731, drafted by France.",
    ],
)
def test_numbers_not_coordinated_as_two_texts_stay_one_issue(lead):
    got = drafted(
        "Council acts on Haiti\n\nUNITED NATIONS, 15 March 2024 - " + lead + " China abstained.",
        body="unsc",
        on=dt.date(2024, 3, 15),
    )
    assert list(got.values()) == [{"FRA": "support", "CHN": "abstain"}]
