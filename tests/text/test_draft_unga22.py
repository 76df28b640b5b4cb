"""Vote lists and endorsements of the heldout21 run (issue 13).

- A "for" of time is no vote for: "voted for the first time against the text" is a no (it
  was read as a yes, tied with the no and dropped), as is "for the first time voted against".
- A dropped abstention ("dropped its abstention") says the state no longer abstains, not how
  it voted: no stance (it was read as an abstention).
- "A and B were among the fourteen that abstained, along with C, D and E": the states after
  "along with" cast the same vote, a descriptor between runs included ("and the island
  nations of Fiji and Tonga").
- "The text, tabled as every year by Cuba": the agent the parser hangs on the "as" phrase
  of time is the sponsor.
- "joined the large majority calling for the text to be adopted": the joiner takes the side
  the phrase gives (nothing for a bare "joined the majority").
- A simple past in an "as" / "because" clause of a past perfect ("The Council had been unable
  to agree, as Russia vetoed three drafts") is as old as the past perfect: it weighs as a past
  act, below the vote on the text reported.
- "The text had the endorsement of X": as "won the backing of X", X supports it.
- A dateline with no year: a state that existed only for a time (the Soviet Union), named as
  casting the vote in the sentences after the lead ("The Soviet Union and Poland abstained."),
  dates the article as one named in the lead does (it was dated to a recent year, where the
  Soviet Union is no state, and its abstention was lost).  Not a sentence told as history.

Every sentence here is written for these tests (none is taken from the benchmark articles);
each expected label is what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import Gazetteer, article_date, draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
_ASSEMBLY = (
    "Assembly adopts text on nuclear safety\n\nNEW YORK, 15 March 2024 - The General Assembly"
    " adopted a resolution on nuclear safety on Friday by 99 votes to 9, with 60 abstentions. "
)
_COUNCIL = (
    "Council demands truce in the Caucasus\n\nUNITED NATIONS, 15 March 2024 - The Security "
    "Council on Friday demanded a ceasefire between Armenia and Azerbaijan. The resolution was"
    " adopted by 13 votes to none. Russia and China abstained. "
)


def _one(text: str, body: str = "unga") -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brazil voted for the first time against the resolution.", {"BRA": "oppose"}),
        ("Brazil for the first time voted against the resolution.", {"BRA": "oppose"}),
        ("Brazil voted for years against the text.", {"BRA": "oppose"}),
        # near misses: a "for" of time beside a real "for" or "in favour"
        ("Brazil voted for the first time in favour of the text.", {"BRA": "support"}),
        ("Brazil voted for the text for the first time.", {"BRA": "support"}),
    ],
)
def test_a_for_of_time_is_no_vote_for(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_ASSEMBLY + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile dropped its abstention on the text.", {}),
        ("Chile ended its abstention and voted against the text.", {"CHL": "oppose"}),
        # near miss: support dropped is still opposition
        ("Chile abstained, dropping its support.", {"CHL": "abstain"}),
    ],
)
def test_a_dropped_abstention_is_no_abstention(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_ASSEMBLY + sentence) == expected


def test_a_headline_dropping_an_abstention_leaves_the_no_vote() -> None:
    text = (
        "Chile drops abstention, votes with Peru against text on nuclear safety\n\n"
        "NEW YORK, 15 March 2024 - The General Assembly adopted a resolution on nuclear safety "
        "on Friday by 99 votes to 2. Only Peru and Chile voted no."
    )
    assert _one(text) == {"CHL": "oppose", "PER": "oppose"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Chile and Peru were among the 60 countries that abstained, along with Kenya, "
                "Ghana and Fiji."
            ),
            {
                "CHL": "abstain",
                "PER": "abstain",
                "KEN": "abstain",
                "GHA": "abstain",
                "FJI": "abstain",
            },
        ),
        (
            (
                "Chile and Peru were among the abstainers, together with Kenya and the island "
                "nations of Fiji and Tonga."
            ),
            {
                "CHL": "abstain",
                "PER": "abstain",
                "KEN": "abstain",
                "FJI": "abstain",
                "TON": "abstain",
            },
        ),
        (
            "Chile and Peru were among the sponsors, alongside Kenya.",
            {"CHL": "support", "PER": "support", "KEN": "support"},
        ),
        # near misses: no vote in the list, a companion that is no state, a clause after it
        ("Chile and Peru were among the countries that did not vote, along with Kenya.", {}),
        (
            "Chile and Peru were among the abstainers, along with the European Union.",
            {"CHL": "abstain", "PER": "abstain"},
        ),
        (
            (
                "Chile and Peru were among the countries that voted no, along with a group of "
                "observers."
            ),
            {"CHL": "oppose", "PER": "oppose"},
        ),
    ],
)
def test_along_with_after_among_the_voters(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_ASSEMBLY + sentence) == expected


def test_a_companion_with_a_clause_of_its_own_is_not_listed() -> None:
    sc = draft_scenario(
        _ASSEMBLY + "Chile and Peru were among the abstainers, along with Kenya, which had "
        "sponsored an amendment.",
        source="t.txt",
        on=DAY,
        body="unga",
    )
    labels = {
        a: lab
        for issue in labels_by_issue(sc, named_only=True).values()
        for a, lab in issue.items()
        if lab == "abstain"
    }
    assert labels == {"CHL": "abstain", "PER": "abstain"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The text, tabled as every year by Cuba, calls for action.", {"CUB": "support"}),
        ("The text, tabled as in past years by Cuba, calls for action.", {"CUB": "support"}),
        # near miss: an "as" phrase that is no time
        ("The text, described as a model by Cuba, calls for action.", {}),
    ],
)
def test_the_agent_after_an_as_of_time(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_ASSEMBLY + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peru joined the large majority calling for the text to be adopted.", {"PER": "support"}),
        (
            (
                "Peru changed its vote this year and joined the large majority calling for the "
                "text to be adopted."
            ),
            {"PER": "support"},
        ),
        ("Peru joined the majority backing the text.", {"PER": "support"}),
        ("Peru joined the countries that voted against the text.", {"PER": "oppose"}),
        # near misses: no side told, a side on something else, not joined
        ("Peru joined the large majority.", {}),
        ("Peru joined the majority calling for a delay.", {}),
        ("Peru joined the majority of Latin American states.", {}),
        ("Peru did not join the majority calling for the text to be adopted.", {}),
    ],
)
def test_joining_a_side_told_by_its_cue(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_ASSEMBLY + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The Council had been unable to agree for weeks, as Russia vetoed three drafts that"
                " would have called for a ceasefire."
            ),
            {"RUS": "abstain", "CHN": "abstain"},
        ),
        # near misses: a clause that comes after the past perfect is now; a past perfect in
        # the clause, not above it
        (
            "The talks had stalled until Japan backed the text on Friday.",
            {"RUS": "abstain", "CHN": "abstain", "JPN": "support"},
        ),
        (
            "Japan voted for the text, as it had promised.",
            {"RUS": "abstain", "CHN": "abstain", "JPN": "support"},
        ),
    ],
)
def test_a_clause_of_a_past_perfect_is_past(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_COUNCIL + sentence, "unsc") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The text had the endorsement of Armenia.", {"ARM": "support"}),
        (
            "The text has the backing of Armenia and Azerbaijan.",
            {"ARM": "support", "AZE": "support"},
        ),
        (
            (
                "Armenia and Azerbaijan had agreed to a truce. The text had the explicit endorsement "
                "of both governments."
            ),
            {"ARM": "support", "AZE": "support"},
        ),
        # near misses: not had, only would have, a count of members
        ("The text did not have the support of Armenia.", {}),
        ("The text would have the support of Armenia.", {}),
        ("The text had the support of nine members.", {}),
    ],
)
def test_a_text_that_had_a_states_endorsement(sentence: str, expected: dict[str, str]) -> None:
    assert _one(_COUNCIL + sentence, "unsc") == {"RUS": "abstain", "CHN": "abstain", **expected}


_UNDATED = (
    "Council extends mission in Cyprus\n\nUNITED NATIONS, Tuesday 21 December (Wire) - The "
    "Security Council on Tuesday extended the peacekeeping mission in Cyprus for six months.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "soviet"),
    [
        ("The resolution was adopted by 14 votes to none. The Soviet Union abstained.", True),
        (
            (
                "The resolution was adopted by 13 votes to none. The Soviet Union and Poland both "
                "abstained."
            ),
            True,
        ),
        # near misses: a name that is no voter, a vote told as history
        (
            (
                "The resolution was adopted by 14 votes to none. Russia, which holds the Soviet "
                "Union's seat, abstained."
            ),
            False,
        ),
        (
            (
                "The resolution was adopted by 14 votes to none. Russia abstained, as the Soviet "
                "Union had done in 1964."
            ),
            False,
        ),
        (
            (
                "The resolution was adopted unanimously. The mission was set up in 1964, when the "
                "Soviet Union voted for it."
            ),
            False,
        ),
    ],
)
def test_a_voter_that_existed_for_a_time_dates_the_article(sentence: str, soviet: bool) -> None:
    day = article_date(_UNDATED + sentence, dt.date(2026, 1, 1), Gazetteer.builtin()).day
    assert (day.year <= 1991) is soviet, day


def test_the_soviet_abstention_is_read_in_an_undated_report() -> None:
    text = _UNDATED + "The resolution was adopted by 14 votes to none. The Soviet Union abstained."
    sc = draft_scenario(text, source="t.txt", body="unsc")
    issues = labels_by_issue(sc, named_only=True)
    assert {a: lab for i in issues.values() for a, lab in i.items()} == {"SUN": "abstain"}
