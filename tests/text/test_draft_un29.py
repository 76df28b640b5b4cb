"""Voting lists of older UN reports fixed for heldout29's UN misses (issue 13, un29).

- "Nationalist China" names the China seat (the Republic of China's) up to 24 October 1971,
  so a list "Britain, France and Nationalist China" is names only (29-25).
- A relative clause that gives listed voters' reasons ("..., all of which object that the
  treaty ...", "..., which had worried about reprisals") is no second stance against the vote
  the list gives them (29-27, 29-05).
- A sentence that opens "So did A, which ..., and B and C" repeats the one vote the sentence
  before gave (29-05).
- "The five votes against came from the Eastern bloc: A, the B and C republics, D and E": a
  counted vote noun's group spelt out after a colon, the states as many as the count (29-28).

Every sentence is written for these tests; each label is what a careful reader codes from
the passage alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import first_issue_pairs, needs_spacy

pytestmark = needs_spacy

HEAD = "Council acts on the fishing dispute"
LEAD = "The Security Council on Tuesday adopted a resolution on the fishing dispute. "


def named(body: str, date: str = "1962-05-08", council: str = "unsc") -> set[tuple[str, str]]:
    return first_issue_pairs(HEAD, LEAD + body, date, council, named_only=True)


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        # the old name of the China seat, in an apposed list of abstainers
        (
            "Two permanent members - France and Nationalist China - abstained.",
            {("FRA", "abstain"), ("CHN", "abstain")},
            set(),
        ),
        (
            "Nationalist China and Norway abstained.",
            {("CHN", "abstain"), ("NOR", "abstain")},
            set(),
        ),
        # near miss: a count that does not match the list gives nothing from it
        (
            "Three permanent members - France and Nationalist China - abstained.",
            set(),
            {("FRA", "abstain"), ("CHN", "abstain")},
        ),
    ],
)
def test_nationalist_china_is_the_seat_before_1971(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        (
            (
                "Italy, which has a large fleet of its own and has said it will not sign, abstained,"
                " as did Chile, Peru and Ecuador, all of which object that the text favours the big"
                " fleets."
            ),
            {("ITA", "abstain"), ("CHL", "abstain"), ("PER", "abstain"), ("ECU", "abstain")},
            {("CHL", "oppose"), ("PER", "oppose"), ("ECU", "oppose")},
        ),
        # already right (the parser reads the "as did") and unchanged
        (
            (
                "Norway voted against it, and so did Chile and Peru, both of which had welcomed an"
                " earlier draft."
            ),
            {("NOR", "oppose"), ("CHL", "oppose"), ("PER", "oppose")},
            {("CHL", "support"), ("PER", "support")},
        ),
        # near misses: another verb after the relative clause (no "as did": nothing shared),
        # and an objection in the main clause (no reason for a vote)
        (
            (
                "Italy, which has a large fleet and says it will not sign, abstained, and Chile, Peru"
                " and Ecuador, all of which object that the text favours the big fleets, voted"
                " against."
            ),
            set(),
            {("CHL", "abstain"), ("PER", "abstain"), ("CHL", "support"), ("PER", "support")},
        ),
        (
            "Italy abstained, and Chile and Peru complained that the text favours the big fleets.",
            {("ITA", "abstain")},
            {("CHL", "abstain"), ("PER", "abstain")},
        ),
    ],
)
def test_a_reason_in_a_relative_clause_keeps_the_listed_vote(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        (
            (
                "Ghana voted for the resolution. So did Chile, which had pressed for a tougher"
                " text, and Italy, Norway and Peru, which have boats in the area and had worried"
                " about reprisals against them."
            ),
            {("GHA", "support"), ("CHL", "support"), ("ITA", "support"), ("NOR", "support")}
            | {("PER", "support")},
            {("ITA", "oppose"), ("NOR", "oppose"), ("PER", "oppose")},
        ),
        (
            "Ghana voted against the resolution. So did Chile and Peru.",
            {("GHA", "oppose"), ("CHL", "oppose"), ("PER", "oppose")},
            set(),
        ),
        # near misses: a state in an apposition (no voter), two votes before (no one label to
        # repeat), and no vote before
        (
            "Ghana voted for the resolution. So did Chile, a neighbour of Peru.",
            {("GHA", "support"), ("CHL", "support")},
            {("PER", "support")},
        ),
        (
            "Ghana voted for the resolution and Ireland voted against it. So did Chile.",
            {("GHA", "support"), ("IRL", "oppose")},
            {("CHL", "support"), ("CHL", "oppose")},
        ),
        (
            "Ghana said the fleets must share the catch. So did Chile.",
            set(),
            {("CHL", "support"), ("CHL", "oppose"), ("CHL", "abstain")},
        ),
    ],
)
def test_a_sentence_opening_so_did_repeats_the_vote_before(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        (
            (
                "The three votes against came from the Nordic group: Norway, and the Danish and"
                " Swedish delegations."
            ),
            {("NOR", "oppose"), ("DNK", "oppose"), ("SWE", "oppose")},
            set(),
        ),
        (
            (
                "The two abstentions came from the Iberian neighbours: Spain and the Portuguese"
                " delegation."
            ),
            {("ESP", "abstain"), ("PRT", "abstain")},
            set(),
        ),
        # near misses: the count differs from the states named, or the span excepts one
        (
            (
                "The four votes against came from the Nordic group: Norway, and the Danish and"
                " Swedish delegations."
            ),
            set(),
            {("NOR", "oppose"), ("DNK", "oppose"), ("SWE", "oppose")},
        ),
        (
            (
                "The three votes against came from the Nordic group: Norway, Denmark and Sweden"
                " but not Finland."
            ),
            set(),
            {("NOR", "oppose"), ("FIN", "oppose")},
        ),
    ],
)
def test_a_counted_vote_nouns_group_spelt_out_after_a_colon(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        # the subject a pronoun the reader cannot name: the companions still share the vote
        (
            (
                "The text was worked out by Ghana and Chile in long talks, and both voted for the"
                " resolution along with Norway."
            ),
            {("NOR", "support")},
            set(),
        ),
        (
            "Both abstained, together with Peru and Ecuador.",
            {("PER", "abstain"), ("ECU", "abstain")},
            set(),
        ),
        # near misses: the companions are not states named alone, or the verb is no vote
        (
            "Both voted for the resolution along with Norway's allies.",
            set(),
            {("NOR", "support")},
        ),
        (
            "Both spoke in the debate along with Norway.",
            set(),
            {("NOR", "support"), ("NOR", "oppose"), ("NOR", "abstain")},
        ),
    ],
)
def test_a_vote_along_with_states_whoever_the_subject(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("body", "want", "absent"),
    [
        (
            (
                "The text, sponsored by six countries with Norway in the lead, passed by nine votes"
                " to two."
            ),
            {("NOR", "support")},
            set(),
        ),
        (
            (
                "The draft, put forward by a group of states with Chile and Peru at their head, was"
                " adopted."
            ),
            {("CHL", "support"), ("PER", "support")},
            set(),
        ),
        # near misses: a state in the lead of something else, and a leading critic
        (
            "The text passed by nine votes to two, with Norway in the lead in the fishing talks.",
            set(),
            {("NOR", "support")},
        ),
        (
            (
                "The text, sponsored by six countries, was criticised by many, with Norway in the"
                " lead."
            ),
            set(),
            {("NOR", "support")},
        ),
    ],
)
def test_the_state_leading_the_sponsors_is_one(
    body: str, want: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = named(body)
    assert want <= got
    assert not absent & got


# Troop offers told as hedged reports (29-25): an open class here, fixed in delay30.
def test_states_reported_ready_to_send_contingents() -> None:
    got = named(
        "Ghana has already offered troops, and Chile, Peru and Ecuador were reported ready to"
        " send contingents of their own."
    )
    assert {("CHL", "support"), ("PER", "support"), ("ECU", "support")} <= got


# Open classes of heldout29's UN misses, not fixed here (strict: a fix shows as a pass).
@pytest.mark.xfail(
    strict=True,
    reason="a rejection as the last verb of a long coordination after a relative clause and a"
    " reported claim ('said it had been aimed at ..., among them ..., and rejected the"
    " Council's condemnation', 29-03): missed",
)
def test_a_rejection_after_a_long_said_clause() -> None:
    got = named(
        "Israel, which carried out the raid, said it had been aimed at the men behind attacks on"
        " its citizens, among them a shooting in Cyprus last week, and rejected the Council's"
        " condemnation.",
        date="1985-10-04",
    )
    assert ("ISR", "oppose") in got


# fixed in amend30 (was a strict xfail: a member's amendments told by their content and rejected
# ('Its amendments would have condemned ... but they were rejected', 29-25; 'Moscow's own
# proposal ... was turned down', 29-28): no issue of their own is drafted, so their author's
# support is missed)
def test_rejected_amendments_of_a_named_author_are_an_issue() -> None:
    import datetime as dt

    from drafted_labels import labels_by_issue

    from concilium.text.draft import draft_scenario

    sc = draft_scenario(
        f"{HEAD}\n\n{LEAD}The text passed by nine votes to none. Earlier in the night Norway"
        " tried to harden the text. Its amendments would have condemned the blockade and"
        " demanded the release of the boats, but they were rejected.\n",
        source="probe.txt",
        on=dt.date(1962, 5, 8),
        body="unsc",
        engine="spacy",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert any(
        iid != sc["issues"][0]["id"] and labs.get("NOR") == "support"
        for iid, labs in issues.items()
    )
