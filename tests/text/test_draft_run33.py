"""Classes found in heldout33's run (issue 13; seen since):

- 33-02: "Algeria, Ethiopia and Senegal voted with the other twelve, and so did Britain and the
  United States, which have vetoed sanctions against South Africa in the past": "the other
  twelve" (eight or more others) are the majority, the "so did" clause shares the vote, and a
  veto told "in the past" in a relative clause is the state's habit, not a vote on the text
  (it was read as an inverted vote).
- 33-11: after the amendments were voted down, "Iran's ambassador called the text
  mind-boggling. Iran voted against." is a vote on the text, not on its own amendments (an
  inversion).

Passages written for these tests; labels derived by hand from the passage.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, labels_by_title, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

NAMIBIA = (
    "Council demands disbanding\n\nUNITED NATIONS, 29 August 1989 (Wire) - The UN Security "
    "Council on Tuesday unanimously demanded that South Africa disband all paramilitary forces "
    "in Namibia. "
)


def _named(text: str) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    return labels_by_issue(sc, named_only=True).get(issue["id"], {})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (fails on the old code: nothing read, and the veto "in the past" read as a vote)
        (
            (
                "Algeria, Ethiopia and Senegal voted with the other twelve, and so did Britain and "
                "the United States, which have vetoed sanctions against South Africa in the past."
            ),
            dict.fromkeys(["DZA", "ETH", "SEN", "GBR", "USA"], "support"),
        ),
        ("Algeria voted with the other fourteen members.", {"DZA": "support"}),
        # near misses: a few others are no majority; a side of its own
        ("Algeria voted with the other two members.", {}),
        ("Algeria voted with the other twelve against it.", {}),
    ],
)
def test_voting_with_the_other_members(sentence: str, expected: dict[str, str]) -> None:
    assert _named(NAMIBIA + sentence + "\n") == expected


def test_a_veto_in_the_past_is_a_habit() -> None:
    # (fails on the old code: the United States drafted against the demand)
    text = NAMIBIA + (
        "Britain and the United States, which have vetoed sanctions against South Africa in the "
        "past, did not speak.\n"
    )
    assert "USA" not in _named(text)


def test_the_text_named_after_the_amendments_takes_the_vote_back() -> None:
    # (fails on the old code: Iran's vote against put on its own amendments)
    text = (
        "Assembly deplores plot\n\nUNITED NATIONS, 18 November 2011 (Wire) - The UN General "
        "Assembly on Friday adopted a resolution deploring an alleged plot against Saudi "
        "Arabia's ambassador by 106 votes to 9.\n\n"
        "Before the vote, the Assembly voted down a series of amendments put forward by Iran.\n\n"
        "Iran's ambassador called the text mind-boggling. Iran voted against.\n"
    )
    sc = draft_scenario(text, source="t.txt", engine="spacy")
    by_title = labels_by_title(sc)
    (amendments,) = [t for t in by_title if "mendment" in t]
    (text_title,) = [t for t in by_title if t != amendments]
    assert by_title[amendments] == {"IRN": "support"}
    assert by_title[text_title] == {"IRN": "oppose"}


LORRY = (
    "EU adopts lorry rules\n\nBRUSSELS, 7 April 2020 (Wire) - European Union ministers on "
    "Tuesday adopted the mobility package. "
)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # (fails on the old code: an adoption told in a sentence naming no actor was not
        # read, so no one was outvoted; the coordinated "were outvoted" had no subject)
        (
            (
                "The package was carried by a qualified majority. Poland and Hungary fought the "
                "rules to the end and were outvoted, as were Cyprus and Malta."
            ),
            dict.fromkeys(["POL", "HUN", "CYP", "MLT"], "oppose"),
        ),
        # near misses: the adoption only as a condition; no fate told at all
        (
            (
                "Officials warned that firms would suffer if the package was adopted. Poland and "
                "Hungary were outvoted."
            ),
            {},
        ),
        ("Poland and Hungary were outvoted.", {}),
    ],
)
def test_outvoted_after_an_adoption_told_without_actors(
    sentences: str, expected: dict[str, str]
) -> None:
    assert _named(LORRY + sentences + "\n") == expected


ISRAEL = (
    "Council recommends Israel\n\nLAKE SUCCESS, N.Y., 4 March 1949 (Wire) - The Security Council "
    "on Friday recommended that the General Assembly admit Israel as a member of the United "
    "Nations. The recommendation was carried by nine votes to one. "
)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # (fails on the old code: December's abstentions kept, the change of side not read)
        (
            (
                "In December the application had won only five votes. Syria voted against it then, "
                "and Canada and France abstained. This time Canada and France moved into the "
                "majority."
            ),
            {"CAN": "support", "FRA": "support", "SYR": "oppose"},
        ),
        # near miss: "then" before the verb is "next", no earlier vote
        (
            "Canada and France then abstained.",
            {"CAN": "abstain", "FRA": "abstain"},
        ),
    ],
)
def test_a_side_changed_since_an_earlier_vote(sentences: str, expected: dict[str, str]) -> None:
    assert _named(ISRAEL + sentences + "\n") == expected


MONTENEGRO = (
    "Montenegro joins UN\n\nUNITED NATIONS, 28 June 2006 (Wire) - The General Assembly on "
    "Wednesday admitted Montenegro as the 192nd member of the United Nations. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (fails on the old code: nothing read)
        (
            (
                "Statements of welcome were also made by Zimbabwe for the African states, Turkey for "
                "the Asian states and Cuba for the Latin American states."
            ),
            {"ZWE", "TUR", "CUB"},
        ),
        # near misses: a statement of another kind; no speaker named
        ("Statements of concern were made by Zimbabwe.", set()),
        ("Statements of welcome were made for the African states.", set()),
    ],
)
def test_statements_of_welcome_made_by(sentence: str, expected: set[str]) -> None:
    sc = draft_scenario(MONTENEGRO + sentence + "\n", source="t.txt", engine="spacy")
    labels = {k: v for d in labels_by_issue(sc, named_only=True).values() for k, v in d.items()}
    labels.pop("MNE", None)  # (the state admitted: its own entry)
    assert labels == dict.fromkeys(expected, "support")


CONSTITUTION = (
    "EU leaders agree constitution\n\nBRUSSELS, 18 June 2004 (Wire) - The leaders of the "
    "European Union's 25 member states agreed on Friday night on the text of the bloc's first "
    "constitution. Germany's Gerhard Schroeder welcomed the agreement.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # (fails on the old code: Britain drafted against the constitution)
        (
            "Paris and Berlin backed Belgium's Prime Minister Guy Verhofstadt for the Commission, but "
            "Britain would not accept him."
        ),
        # (not the one who refuses: "him" is not Blair)
        (
            "Paris backed Belgium's Prime Minister Guy Verhofstadt for the Commission, but British "
            "Prime Minister Tony Blair would not accept him."
        ),
    ],
)
def test_refusing_a_person_the_article_does_not_report_is_not_refusing_its_text(
    sentence: str,
) -> None:
    sc = draft_scenario(CONSTITUTION + sentence + "\n", source="t.txt", engine="spacy")
    labels = labels_by_issue(sc, named_only=True)
    constitution = next(i["id"] for i in sc["issues"] if "constitution" in i["title"].lower())
    assert labels[constitution].get("GBR") != "oppose"
    assert labels[constitution]["DEU"] == "support"
