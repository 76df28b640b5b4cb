"""Lists and groups that lost or overfilled stances (issue 13): requesters given as a count and
named in the next sentence ("at the request of eight eastern members. A, B, ... had invoked
Article 4"), a state's description inside a list ("Mexico, a former member, and Chile opposed
the text", parsed with two subjects), a verb after a description misread as part of it, named
groups on the date ("the ten elected members"), and "Besides X, most of its allies voted no".

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Near misses check that nothing is guessed.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

NATO_LEAD = (
    "Allies act on the eastern flank\n\nBRUSSELS, 12 March 2024 (Wire) - NATO allies agreed on "
    "Tuesday to deploy four more battlegroups on the eastern flank"
)
COUNCIL_LEAD = (
    "Council votes on Haiti\n\nNEW YORK, 12 March 2024 (Wire) - The UN Security Council "
    "adopted a resolution on Haiti on Tuesday by 13 votes to 2. "
)
ASSEMBLY_LEAD = (
    "Assembly votes on the raid\n\nNEW YORK, 12 March 2024 (Wire) - The UN General Assembly "
    "adopted a resolution condemning the raid on Tuesday by 90 votes to 30. "
)
EIGHT = "Bulgaria, the Czech Republic, Estonia, Latvia, Lithuania, Poland, Romania and Slovakia"
EIGHT_IDS = ("BGR", "CZE", "EST", "LVA", "LTU", "POL", "ROU", "SVK")


def drafted(text: str) -> dict[str, str]:
    return labels(draft_scenario(text))


# ------------------------------------------------ requesters named after a count


@pytest.mark.parametrize(
    "after",
    [
        # the eight the count stood for, said to have invoked the clause that asked for it
        f"{EIGHT} had invoked Article 4.",
        # ... or to have asked for the consultations the decision came out of
        f"{EIGHT} asked for urgent consultations under Article 4.",
        # ... or named outright as "the eight"
        f"The eight were {EIGHT}.",
    ],
)
def test_requesters_named_in_the_next_sentence_support(after: str) -> None:
    text = f"{NATO_LEAD} at the request of eight eastern members. {after}"
    assert drafted(text) == dict.fromkeys(EIGHT_IDS, "support")


def test_requesters_named_in_apposition_support() -> None:
    # the count's names between dashes (the request hangs on "deploy", see the last test)
    text = f"{NATO_LEAD}, at the request of eight eastern members, the eight - {EIGHT} - said."
    assert drafted(text) == dict.fromkeys(EIGHT_IDS, "support")


@pytest.mark.parametrize(
    "after",
    [
        # four names for a count of three: which three asked is not said
        "Estonia, Latvia, Poland and Slovakia asked for talks.",
        # three names, but nothing asked: bordering Russia is no request
        "Estonia, Latvia and Lithuania border Russia.",
    ],
)
def test_requesters_not_named_fill_no_one(after: str) -> None:
    text = f"{NATO_LEAD} at the request of three eastern members. {after}"
    assert drafted(text) == {}


def test_a_delay_asked_by_a_count_is_against_the_text() -> None:
    # a vote put off is coded on the text (the lead's convention, test_draft_delay30): the
    # members that asked for more time held it up
    text = (
        "Council delays Haiti vote\n\nNEW YORK, 12 March 2024 (Wire) - The UN Security "
        "Council postponed the vote on Haiti at the request of three members. Russia, China "
        "and Gabon asked for more time."
    )
    assert drafted(text) == {"RUS": "oppose", "CHN": "oppose", "GAB": "oppose"}


def test_envoys_meeting_at_a_request_and_agreeing() -> None:
    # "NATO ambassadors" sit as the alliance's council: the meeting Poland asked for took the
    # steps, which Poland backs
    text = (
        "Allies act on the eastern flank\n\nBRUSSELS, 12 March 2024 (Wire) - NATO ambassadors "
        "met at the request of Poland and agreed to take additional steps to defend the allies."
    )
    assert drafted(text) == {"POL": "support"}


# ------------------------------------------------ a description inside a list


@pytest.mark.parametrize(
    "after, expected",
    [
        # the parser makes "Mexico" and "Chile" two subjects: both opposed it
        (
            "Mexico, a former member, and Chile opposed the text.",
            {"MEX": "oppose", "CHL": "oppose"},
        ),
        (
            "Peru, a close partner, and Colombia voted against it.",
            {"PER": "oppose", "COL": "oppose"},
        ),
        # already read: a relative clause or a bracket as the description
        (
            "Brazil, which holds the presidency, and India abstained.",
            {"BRA": "abstain", "IND": "abstain"},
        ),
        ("Poland (a frontline state) and Romania backed it.", {"POL": "support", "ROU": "support"}),
        # the description of a pair, parsed as a second subject ("members")
        (
            "Greece and Turkey, both members of the North Atlantic Treaty Organization, abstained.",
            {"GRC": "abstain", "TUR": "abstain"},
        ),
        (
            "Greece and Turkey, both members of the North Atlantic Treaty Organization, opposed it.",
            {"GRC": "oppose", "TUR": "oppose"},
        ),
    ],
)
def test_description_inside_a_list(after: str, expected: dict[str, str]) -> None:
    assert drafted(COUNCIL_LEAD + after) == expected


def test_verb_after_a_description_is_not_the_next_verb_s() -> None:
    # parsed with "abstained" hung on "member" and China as its conjunct: "opposed" is
    # China's, never Russia's (Russia's abstention itself is not read from this parse)
    after = "Russia, a permanent member, abstained and China opposed the text."
    assert drafted(COUNCIL_LEAD + after) == {"CHN": "oppose"}


@pytest.mark.parametrize(
    "after",
    [
        # the description comes first: a state told as not on the Council, no vote
        "A former member, Mexico, was not on the Council.",
        # places, not actors of a vote
        "The envoys met in Mexico, a former member, and in Chile.",
        # speakers who state no position
        "Mexico, a former member, and Chile spoke in the debate.",
    ],
)
def test_description_inside_a_list_near_misses(after: str) -> None:
    assert drafted(COUNCIL_LEAD + after) == {}


# ------------------------------------------------ named groups on the date


def test_elected_members_fill_only_the_ten() -> None:
    text = (
        "Council backs Haiti mission\n\nNEW YORK, 12 March 2024 (Wire) - The UN Security "
        "Council adopted a resolution on Haiti, unanimously backed by the ten elected members."
    )
    ten = ("DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE")
    assert drafted(text) == dict.fromkeys(ten, "support")


def test_permanent_members_fill_only_the_five() -> None:
    text = COUNCIL_LEAD + "All five permanent members supported it."
    assert drafted(text) == dict.fromkeys(("CHN", "FRA", "GBR", "RUS", "USA"), "support")


# ------------------------------------------------ "Besides X, most of its allies voted no"


@pytest.mark.parametrize(
    "after, expected",
    [
        # the one named beside "most of its allies" voted no; "most" names no one
        ("Besides the United States, most of its Western allies voted no.", {"USA": "oppose"}),
        (
            "Besides the United States, most of its Western allies voted no, as did Japan.",
            {"USA": "oppose", "JPN": "oppose"},
        ),
        # already read: a named subject
        ("Besides Britain, France abstained.", {"GBR": "abstain", "FRA": "abstain"}),
        # "apart from" may also exclude ("apart from Israel, all voted for it"): no guess
        ("Apart from Israel, several European states voted against it.", {}),
        # a group alone fills no one
        ("Most Western allies voted no. Japan abstained.", {"JPN": "abstain"}),
    ],
)
def test_besides_a_named_state(after: str, expected: dict[str, str]) -> None:
    assert drafted(ASSEMBLY_LEAD + after) == expected


@pytest.mark.parametrize(
    "act, expected",
    [
        # the request hangs on "deploy", the deciders' agreeing: Poland backs the deployment
        ("agreed on Tuesday to deploy four more battlegroups", {"POL": "support"}),
        # not done, or a delay: no side on the deployment
        ("did not agree to deploy four more battlegroups", {}),
        ("refused to deploy four more battlegroups", {}),
        ("agreed to delay the deployment", {}),
    ],
)
def test_request_on_what_the_deciders_agreed_to_do(act: str, expected: dict[str, str]) -> None:
    text = (
        "Allies act on the eastern flank\n\nBRUSSELS, 12 March 2024 (Wire) - NATO allies "
        f"{act} at the request of Poland."
    )
    assert drafted(text) == expected


@pytest.mark.parametrize(
    "after, expected",
    [
        # a group the drafter lists on the date: the three African members of 2024
        (
            ", backed by the three African members. Russia abstained.",
            {"DZA": "support", "MOZ": "support", "SLE": "support", "RUS": "abstain"},
        ),
        # groups it cannot list fill no one
        (", backed by the European members. Russia abstained.", {"RUS": "abstain"}),
        (". Most elected members voted in favour. Russia abstained.", {"RUS": "abstain"}),
    ],
)
def test_groups_fill_only_whom_they_name(after: str, expected: dict[str, str]) -> None:
    text = (
        "Council votes on Haiti\n\nNEW YORK, 12 March 2024 (Wire) - The UN Security Council "
        f"adopted a resolution on Haiti on Tuesday{after}"
    )
    assert drafted(text) == expected
