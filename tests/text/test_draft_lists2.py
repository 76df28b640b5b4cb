"""Lists that name a group's states, and the decision a pronoun refers back to (issue 13,
thirteenth stop): a counted group followed by its states in apposition ("together with three
island states, A, B and C"), and "it" after a sentence whose subject is the text itself.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

ASSEMBLY = dt.date(2019, 12, 10)
ASSEMBLY_LEAD = (
    "Assembly votes on the oceans\n\nNEW YORK, 10 December 2019 - The UN General Assembly "
    "adopted a resolution on the protection of the oceans on Tuesday by 120 votes to 5. "
)


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the three states named after "three island states" are those states: they voted no
        # with Canada and Chile
        (
            ASSEMBLY_LEAD + "Canada voted against, together with Chile and three island states, "
            "Fiji, Tonga and Samoa.",
            {"CAN": "oppose", "CHL": "oppose", "FJI": "oppose", "TON": "oppose", "WSM": "oppose"},
        ),
        # the counted group opens the companions' list
        (
            ASSEMBLY_LEAD + "Canada abstained, along with two northern states, Norway and Iceland.",
            {"CAN": "abstain", "NOR": "abstain", "ISL": "abstain"},
        ),
        # near miss: a voting-against list stays against, however it is introduced (never
        # support for the group's names)
        (
            ASSEMBLY_LEAD + "Japan voted no, together with Peru and two Andean nations, "
            "Bolivia and Ecuador.",
            {"JPN": "oppose", "PER": "oppose", "BOL": "oppose", "ECU": "oppose"},
        ),
    ],
)
def test_counted_group_in_apposition(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert {a: got.get(a) for a in expected} == expected


@needs_spacy
def test_counted_group_whose_names_are_not_as_many():
    # "three island states" followed by two names: which states the three are is not said,
    # so the names after the group take no vote from the companions' list
    text = (
        ASSEMBLY_LEAD + "Canada voted against, together with Chile and three island states, "
        "Fiji and Tonga."
    )
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert got.get("CAN") == "oppose"
    assert got.get("FJI") is None and got.get("TON") is None


RIVAL_LEAD = (
    "Assembly backs oceans text\n\nNEW YORK, 10 December 2019 - The UN General Assembly on "
    "Tuesday adopted a resolution on the protection of the oceans, while a rival Russian text "
    "was rejected. "
)


@needs_spacy
@pytest.mark.parametrize(
    "rest, main, rival",
    [
        # the sentence between is about the resolution itself (no actor in it): "It" is the
        # resolution, so its drafters support the resolution, not the rival text
        (
            "The resolution was adopted without a vote. It was drafted by Fiji and Norway.",
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # the same with a first clause set off by a colon
        (
            (
                "The resolution was adopted without a vote: it passed unopposed. It was drafted by "
                "Fiji and Norway."
            ),
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # a sentence about the text with an actor in it (parsed)
        (
            (
                "The resolution was adopted after Chile objected to a paragraph. It was drafted by "
                "Fiji and Norway."
            ),
            {"FJI": "support", "NOR": "support"},
            {"FJI": None, "NOR": None},
        ),
        # near miss: the sentence between is about the Russian text: "It" stays the rival
        (
            "The Russian text did not come to a vote. It was drafted by Belarus and Syria.",
            {"BLR": None, "SYR": None},
            {"BLR": "support", "SYR": "support"},
        ),
        # near miss: no sentence between: "It" is the text named last, the rival
        (
            "It was drafted by Belarus and Syria.",
            {"BLR": None, "SYR": None},
            {"BLR": "support", "SYR": "support"},
        ),
        # a vote against "it" after a sentence on the resolution is against the resolution,
        # and stays against (never support of the rival)
        (
            "The resolution calls for more marine reserves. Norway voted against it.",
            {"NOR": "oppose"},
            {"NOR": None},
        ),
    ],
)
def test_it_after_a_sentence_on_the_text(rest, main, rival):
    got = labels_by_issue(draft_scenario(RIVAL_LEAD + rest, source="t.txt", on=ASSEMBLY))
    assert set(got) == {"protection-oceans", "rival-russian"}
    assert {a: got["protection-oceans"].get(a) for a in main} == main
    assert {a: got["rival-russian"].get(a) for a in rival} == rival


EU = dt.date(2017, 3, 25)
EU_LEAD = (
    "EU leaders sign a declaration on migration\n\nBRUSSELS, 25 March 2017 - The leaders of 27 "
    "European Union countries signed a declaration on migration on Saturday. "
)


@needs_spacy
@pytest.mark.parametrize(
    "rest, expected",
    [
        # 27 of the 28 members signed and the one named as staying away is the 28th: it stayed
        # out (abstain), and the count leaves support for every other member
        (
            "British Prime Minister Theresa May did not attend.",
            {"GBR": "abstain", "HUN": "support", "ROU": "support"},
        ),
        (
            "The Netherlands did not attend the summit.",
            {"NLD": "abstain", "GBR": "support", "ROU": "support"},
        ),
        # two named as staying away, one too many for the count: no stance for anyone (never
        # support assumed for a state that stayed away)
        (
            "Hungary and Poland did not attend the summit.",
            {"HUN": None, "POL": None, "ROU": None},
        ),
        # away from a dinner is not away from the decision: nothing said of the 28th
        (
            "British Prime Minister Theresa May did not attend the dinner.",
            {"GBR": None, "ROU": None},
        ),
        # no one named as away: which member did not sign is not said
        ("Italy hosted the meeting.", {"GBR": None, "ROU": None}),
    ],
)
def test_member_staying_away_from_a_counted_decision(rest, expected):
    got = labels(draft_scenario(EU_LEAD + rest, source="t.txt", on=EU))
    assert {a: got.get(a) for a in expected} == expected


@needs_spacy
def test_signatories_of_a_letter_are_no_count():
    # 27 leaders signing a letter is not the decision: no count, so no stance for the 28th
    text = (
        "EU leaders write to Washington\n\nBRUSSELS, 25 March 2017 - The leaders of 27 European "
        "Union countries signed a letter on migration on Saturday. British Prime Minister "
        "Theresa May did not attend."
    )
    assert labels(draft_scenario(text, source="t.txt", on=EU)).get("GBR") is None


@needs_spacy
def test_not_attending_in_the_security_council_is_no_abstention():
    # the Security Council does not decide by consensus: its ambassador's absence from the
    # meeting says nothing of how the member's vote was recorded
    text = (
        "Council adopts a text on Mali\n\nNEW YORK, 25 March 2017 - The UN Security Council "
        "adopted a resolution on Mali by 14 votes on Saturday. British Ambassador Matthew "
        "Rycroft did not attend."
    )
    assert labels(draft_scenario(text, source="t.txt", on=EU)).get("GBR") != "abstain"


@pytest.mark.parametrize(
    "sentence, yes",
    [
        # the signatories counted by the body's name: that many said yes
        ("The leaders of 27 European Union countries signed a declaration on Saturday.", 27),
        ("Heads of government of 30 NATO countries on Tuesday agreed a new strategy.", 30),
        # a letter is not the decision
        ("The leaders of 27 European Union countries signed a letter to the president.", None),
        # leaders of countries not named as the body's: no count of its members
        ("The leaders of 12 countries signed a declaration on Saturday.", None),
    ],
)
def test_leaders_of_n_body_countries_count(sentence, yes):
    from concilium.text.counts import find_counts

    assert find_counts(sentence).yes == yes


ACCLAIMED_LEAD = (
    "Assembly backs oceans text\n\nNEW YORK, 10 December 2019 - The UN General Assembly on "
    "Tuesday adopted by acclamation a resolution on the protection of the oceans. "
)


@needs_spacy
@pytest.mark.parametrize(
    "rest, expected",
    [
        # joining in the acclamation or the consensus is taking the decision: support
        ("Chile joined in the acclamation.", "support"),
        ("Chile joined in the consensus.", "support"),
        # a relative clause between subject and verb does not change whose act it is
        (
            "Chile, whose president had called the text weak, joined in the acclamation.",
            "support",
        ),
        # joining in something that is not the decision: nothing
        ("Chile joined in the applause.", None),
        ("Chile joined in the debate.", None),
    ],
)
def test_joined_in_the_acclamation(rest, expected):
    got = labels(draft_scenario(ACCLAIMED_LEAD + rest, source="t.txt", on=ASSEMBLY))
    assert got.get("CHL") == expected


@needs_spacy
def test_joining_another_state_in_voting_against_stays_against():
    # "joined Peru in voting against it": a vote against with Peru, never support
    text = (
        "Assembly backs oceans text\n\nNEW YORK, 10 December 2019 - The UN General Assembly on "
        "Tuesday adopted a resolution on the protection of the oceans by 150 votes to 3. Chile "
        "joined Peru in voting against it."
    )
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert got.get("CHL") == "oppose" and got.get("PER") == "oppose"


def test_nyusi_speaks_for_mozambique_while_in_office():
    # Filipe Nyusi, president of Mozambique, sworn in 15 January 2015; Daniel Chapo sworn in
    # 15 January 2025 (presidencia.gov.mz): matched in his term, not after it
    from concilium.text.draft import Gazetteer

    def who(on: dt.date) -> list[str | None]:
        return [m.actor for m in Gazetteer.builtin().find("Nyusi asked for help.", on)]

    assert who(dt.date(2021, 7, 12)) == ["MOZ"]
    assert who(dt.date(2025, 6, 1)) == []
