"""General Assembly classes of the heldout20 run (issue 13).

- A vote list led by the state others voted alongside: "Voting no alongside A were B and C",
  "Abstaining along with A were B and C": A and the listed states all cast that vote (as
  "Joining A in voting no were B and C" did).  "Voting with A were B and C": the listed
  states take the label A's own stance resolves to, none when A has none.
- A report the Assembly adopts after an amendment was defeated, in an article whose headline
  and lead name no report ("The Assembly then adopted the committee's report by 120 votes to
  2 ... Chile and Peru cast the two votes against"): a decision of its own, holding the votes
  told on it (they had gone to the amendment).  Not a resolution (what the amendment was to),
  nor a report the lead names.
- A speaker "speaking for" states by name ("Brazil, also speaking for Argentina and Chile,
  voted against", "..., said it opposed the text"): the states spoken for share its stance,
  as "on behalf of" did.

Every sentence here is written for these tests (none is taken from the benchmark articles);
each expected label is what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
_LEAD = (
    "Assembly adopts text on nuclear safety\n\nNEW YORK, 15 March 2024 - The General Assembly"
    " adopted a resolution on nuclear safety on Friday by 99 votes to 9, with 60 abstentions. "
)


def _issues(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unga")
    return labels_by_issue(sc, named_only=True)


def _one(text: str) -> dict[str, str]:
    issues = _issues(text)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Voting no alongside Iran were Cuba, Laos and Syria.",
            {"IRN": "oppose", "CUB": "oppose", "LAO": "oppose", "SYR": "oppose"},
        ),
        (
            "Voting in favour together with Ukraine were Poland and Latvia.",
            {"UKR": "support", "POL": "support", "LVA": "support"},
        ),
        (
            "Abstaining along with China were India and Brazil.",
            {"CHN": "abstain", "IND": "abstain", "BRA": "abstain"},
        ),
        # a name that holds its article
        (
            "Voting against alongside the United States were Israel and Palau.",
            {"USA": "oppose", "ISR": "oppose", "PLW": "oppose"},
        ),
    ],
)
def test_voting_alongside_a_state(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_LEAD + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Russia's allies" are not Russia: the list stays unread
        ("Voting no alongside Russia's allies were Belarus and Syria.", {}),
        # no state after "alongside": the listed states only (as before)
        (
            "Voting no alongside most Western states were Israel and Palau.",
            {"ISR": "oppose", "PLW": "oppose"},
        ),
        # the joining form, unchanged
        (
            "Joining Russia in voting no were Belarus and Syria.",
            {"RUS": "oppose", "BLR": "oppose", "SYR": "oppose"},
        ),
    ],
)
def test_voting_alongside_near_misses(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_LEAD + sentence) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Russia voted against. Voting with Russia were Belarus and Syria.",
            {"RUS": "oppose", "BLR": "oppose", "SYR": "oppose"},
        ),
        (
            "China abstained. Voting with China were India and Brazil.",
            {"CHN": "abstain", "IND": "abstain", "BRA": "abstain"},
        ),
        # the leader's vote is not told: nothing for the listed states
        ("Voting with Russia were Belarus and Syria.", {}),
        # two leaders that voted differently: nothing for the listed states
        (
            (
                "Russia voted against and China abstained. Voting with Russia and China were"
                " Belarus and Syria."
            ),
            {"RUS": "oppose", "CHN": "abstain"},
        ),
        # not a state: nothing for the listed states
        (
            "Russia voted against. Voting with Russia's allies were Belarus and Syria.",
            {"RUS": "oppose"},
        ),
    ],
)
def test_voting_with_a_state_takes_its_vote(sentences: str, expected: dict[str, str]) -> None:
    assert _one(_LEAD + sentences) == expected


_BID = (
    "Pacific bid to delay ocean mining study fails at the UN\n\n"
    "NEW YORK, 15 March 2024 - The General Assembly on Friday rejected an amendment by Fiji"
    " that would have delayed a study of deep-sea mining.\n\n"
    "The amendment was defeated by 90 votes to 60, with 20 abstentions. Norway spoke against"
    " it.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "The Assembly then adopted the committee's report",
        "With the amendment out of the way, the Assembly then adopted the committee's report",
    ],
)
def test_a_report_adopted_after_the_amendment_is_its_own_issue(opening: str) -> None:
    issues = _issues(
        _BID + opening + " by 120 votes to 2, with 40 abstentions. Chile and Peru cast the two"
        " votes against."
    )
    report = [iid for iid in issues if "report" in iid]
    assert len(report) == 1, issues
    assert issues[report[0]] == {"CHL": "oppose", "PER": "oppose"}
    # none of those votes is on the amendment
    assert all("CHL" not in labs for iid, labs in issues.items() if iid != report[0])


def test_a_report_the_lead_names_is_not_split():
    # near miss: the report is the article's own decision; the amendment was to it
    issues = _issues(
        "Assembly adopts ocean report after amendment fails\n\n"
        "NEW YORK, 15 March 2024 - The General Assembly on Friday adopted the committee's"
        " report on deep-sea mining after rejecting an amendment by Fiji.\n\n"
        "The amendment was defeated by 90 votes to 60, with 20 abstentions. Norway spoke"
        " against it.\n\n"
        "The Assembly then adopted the report by 120 votes to 2, with 40 abstentions. Chile"
        " and Peru cast the two votes against."
    )
    assert sum("report" in iid for iid in issues) == 1, issues
    assert sum(lab.get("CHL") == "oppose" for lab in issues.values()) == 1


def test_a_resolution_adopted_after_the_amendment_is_no_new_issue():
    # near miss: "the resolution" is no report: no issue named by a report
    issues = _issues(
        _BID + "The Assembly then adopted the resolution by 120 votes to 2, with 40 abstentions."
        " Chile and Peru cast the two votes against."
    )
    assert not any("report" in iid for iid in issues), issues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Brazil, also speaking for Argentina, Chile and Mexico, voted against the"
                " resolution."
            ),
            {"BRA": "oppose", "ARG": "oppose", "CHL": "oppose", "MEX": "oppose"},
        ),
        (
            "Speaking for Argentina and Chile, Brazil voted against the resolution.",
            {"BRA": "oppose", "ARG": "oppose", "CHL": "oppose"},
        ),
    ],
)
def test_speaking_for_states(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_LEAD + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # after, not for
        "Brazil, speaking after Argentina and Chile, voted against the resolution.",
        # for a state's delegation or motion: not the states by name
        "Brazil, speaking for Chile's delegation as well, voted against the resolution.",
        "Brazil, speaking for the motion of Chile, voted against the resolution.",
        # negated
        "Brazil, not speaking for Argentina or Chile, voted against the resolution.",
    ],
)
def test_speaking_for_near_misses(sentence: str) -> None:
    assert _one(_LEAD + sentence) == {"BRA": "oppose"}


def test_speaking_for_states_in_a_report_of_its_own_stance():
    # "said it opposed": the speaker's own stance, shared by the states it spoke for
    assert _one(
        _LEAD + "Brazil, also speaking for Argentina and Mexico, said it opposed the resolution."
    ) == {"BRA": "oppose", "ARG": "oppose", "MEX": "oppose"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # another state's stance reported: the states spoken for share nothing of it
        (
            "Brazil, speaking for Argentina and Chile, said Peru opposed the resolution.",
            {"PER": "oppose"},
        ),
        (
            "Brazil, speaking after Argentina and Chile, said it opposed the resolution.",
            {"BRA": "oppose"},
        ),
    ],
)
def test_speaking_for_in_a_report_near_misses(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_LEAD + sentence) == expected
