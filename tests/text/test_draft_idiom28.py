"""Probe 27's open classes (issue 13), on sentences written for this file.

- Idioms of a vote, as phrasal cues with the word they need: "raised his hand against the
  draft" (against), "sat on their hands" (abstained); not "raised objections", "sat on the
  committee", and negated as the other cues are.
- A vote cast in other words: "registered a negative vote", "recorded a vote against it",
  "cast an affirmative vote"; the adjective only on the vote cast ("criticised Romania's
  negative vote" is no vote of the critic's).
- "Were outvoted": the outvoted lost, against a text told adopted (as a win is read from
  the text's fate: none when no fate is told); only the passive, told as done (in "Germany
  outvoted Ireland" the majority's side is untold; "could be outvoted" is a prospect).
- Signing a summit's communique is support of it, as signing a treaty is.
- A request for the body to act ("a US request for NATO to begin planning"), its "for"
  clause hung on the noun or on the verb after a phrase of when: its asker backs it.
- A habit told in a main clause on a matter the lead does not name ("has long opposed a
  common EU minimum wage" after a lead on gas storage): no stance on the decision.
- A deed in the past perfect dated two years or more before the article ("Back in 2010,
  the Netherlands had voted to end its own mission" in 2021): on no issue of the article.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

pytestmark = needs_spacy

read = partial(stance_pairs, on=dt.date(2024, 3, 25))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's envoy raised his hand against the draft.", {("RUS", "oppose")}),
        (
            "Britain and France raised their hands against the text.",
            {("GBR", "oppose"), ("FRA", "oppose")},
        ),
        (
            "China and Russia sat on their hands as the text passed.",
            {("CHN", "abstain"), ("RUS", "abstain")},
        ),
        # near misses: another object, another sense, negated
        ("Slovenia raised the issue against the wishes of its partners.", set()),
        ("Russia did not raise its hand against the draft.", set()),
        ("China did not sit on its hands.", set()),
        ("Ghana sat on the committee for two years.", set()),
    ],
)
def test_idioms_of_a_vote(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malta abstained, and Cyprus registered a negative vote.",
            {("MLT", "abstain"), ("CYP", "oppose")},
        ),
        ("Poland recorded a vote against the text.", {("POL", "oppose")}),
        ("Greece cast an affirmative vote.", {("GRC", "support")}),
        # near misses: a vote reacted to, a figure recorded, a vote not registered
        ("Sweden criticised Latvia's negative vote.", set()),
        ("Italy recorded a negative growth rate.", set()),
        ("Malta did not register a negative vote.", set()),
    ],
)
def test_vote_cast_in_other_words(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark signed the communique.", {("DNK", "support")}),
        (
            "Oslo would have liked firmer wording, but signed the communique.",
            {("NOR", "support")},
        ),
        ("Hungary signed the communiqué despite misgivings.", {("HUN", "support")}),
        # near misses: a refusal, a counterfactual
        ("Turkey refused to sign the communique.", {("TUR", "oppose")}),
        ("Turkey did not sign the communique.", {("TUR", "oppose")}),
    ],
)
def test_signed_the_communique(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain blocked a Greek request on Friday for the alliance to send ships.",
            {("ESP", "oppose"), ("GRC", "support")},
        ),
        (
            "Italy and Austria turned down a US request for NATO to start planning.",
            {("ITA", "oppose"), ("AUT", "oppose"), ("USA", "support")},
        ),
        # near misses: no clause of what is asked; a "for" of cause, not a request
        ("Rome rejected the plan on Monday for reasons of cost.", {("ITA", "oppose")}),
        ("Paris blocked the Dutch request on Friday.", {("FRA", "oppose")}),
        # a way of behaving asked, not the decision
        ("Paris blocked a Dutch request for the alliance to show restraint.", {("FRA", "oppose")}),
    ],
)
def test_request_for_the_body_to_act(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


def drafted(body: str, date: str, council: str = "eu-council") -> set[tuple[str, str]]:
    """(actor, label) of every named stance drafted on the article's first issue."""
    from concilium.errors import InputError
    from concilium.text.draft import draft_scenario

    day = dt.date.fromisoformat(date)
    article = f"Ministers decide\n\nBRUSSELS, {day:%B} {day.day}, {day.year} - {body}\n"
    try:
        sc = draft_scenario(article, source="t.txt", on=day, body=council, engine="spacy")
    except InputError as err:  # no state named
        assert "no state named" in str(err)
        return set()
    return set(labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]].items())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "EU ministers approved new rules on fishing quotas. Finland has long opposed a "
                "common EU tax on aviation fuel."
            ),
            set(),
        ),
        # near misses: the habit on the lead's own matter; a deed of the day
        (
            (
                "EU ministers approved new rules on fishing quotas. Finland has long opposed "
                "lower fishing quotas."
            ),
            {("FIN", "oppose")},
        ),
        (
            "EU ministers approved new rules on fishing quotas. Finland has long opposed the plan.",
            {("FIN", "oppose")},
        ),
        (
            (
                "EU ministers approved new rules on fishing quotas. Finland has long opposed the "
                "trawling limits."
            ),
            {("FIN", "oppose")},
        ),
    ],
)
def test_habit_on_another_matter(body: str, expected: set[tuple[str, str]]) -> None:
    assert drafted(body, "2022-10-04") == expected


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        (
            (
                "NATO allies agreed to pull their troops out of Iraq. Back in 2008, Denmark had "
                "voted to end its own mission there."
            ),
            "2021-02-18",
            set(),
        ),
        # near misses: the past perfect of the day's act; "last year" (the same decision
        # may still have been pending)
        (
            (
                "NATO allies agreed to pull their troops out of Iraq. Denmark had asked the "
                "alliance last year to end the mission."
            ),
            "2021-02-18",
            {("DNK", "support")},
        ),
        (
            (
                "NATO allies agreed to pull their troops out of Iraq. Denmark had voted on Monday "
                "to end the mission."
            ),
            "2021-02-18",
            {("DNK", "support")},
        ),
    ],
)
def test_past_perfect_years_back(body: str, date: str, expected: set[tuple[str, str]]) -> None:
    assert drafted(body, date, "nato") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rules were approved by all member states except Latvia, which voted against.",
            {("LVA", "oppose")},
        ),
        (
            "The rules were backed by all members except Malta and Cyprus, which abstained.",
            {("MLT", "abstain"), ("CYP", "abstain")},
        ),
        # near miss: an exception with no clause of its own stays no stance
        ("The rules were approved by all member states except Latvia.", set()),
    ],
)
def test_exception_with_its_own_clause(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark and Austria sided with the Commission.",
            {("DNK", "support"), ("AUT", "support")},
        ),
        ("Spain aligned itself with the European Commission.", {("ESP", "support")}),
        # near misses: negated, another commission, a side against someone
        ("Poland did not side with the Commission.", set()),
        ("Cuba sided with the Commission on Human Rights.", set()),
        ("Malta sided with the Commission against Italy.", set()),
    ],
)
def test_sided_with_the_commission(text: str, expected: set[tuple[str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The package was adopted by EU ministers on Tuesday. Denmark and Sweden were outvoted.",
            {("DNK", "oppose"), ("SWE", "oppose")},
        ),
        (
            "The package was adopted on Tuesday, though Poland was outvoted by Germany and France.",
            {("POL", "oppose")},
        ),
        # near misses: no fate told (lost, on which side unsaid), the active (the majority's
        # side untold), negated, a prospect
        ("Ministers met on Tuesday. Denmark and Sweden were outvoted on the package.", set()),
        (
            (
                "The package was adopted by EU ministers on Tuesday. Germany and France outvoted "
                "Poland."
            ),
            set(),
        ),
        ("The package was adopted by EU ministers on Tuesday. Estonia was not outvoted.", set()),
        (
            (
                "The package was adopted by EU ministers on Tuesday. Officials had said Estonia "
                "could simply be outvoted."
            ),
            set(),
        ),
    ],
)
def test_outvoted(body: str, expected: set[tuple[str, str]]) -> None:
    assert drafted(body, "2024-03-12") == expected
