"""Support stated by a commitment rather than a vote verb, and non-members' reactions to what
a decision does (issue 13, fifth stop).

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the sentence alone, with the reason in
each case's comment.  Where a careful reader would not commit to a stance, none is expected.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


@pytest.mark.parametrize(
    "text, expected",
    [
        # committing troops or ships to what was decided is taking part in it: support
        (
            (
                "The allies agreed to form a new naval task force. Portugal pledged two "
                "frigates to the task force, and Denmark committed a submarine to it."
            ),
            {"PRT": "support", "DNK": "support"},
        ),
        # a pledge to carry the decision out: support
        (
            (
                "Ministers agreed to raise the training budget. Greece pledged to meet the new "
                "budget within two years."
            ),
            {"GRC": "support"},
        ),
        # committed to the mission; the other clause's reaction is Iran's, not Norway's
        (
            (
                "The allies agreed on a new air policing mission. Norway committed to the "
                "mission, while Iran condemned the decision."
            ),
            {"NOR": "support", "IRN": "oppose"},
        ),
        # a pledge or commitment to block is opposition, read from "block"/"veto" ...
        (
            "Ministers debated the levy. Austria pledged to block the levy.",
            {"AUT": "oppose"},
        ),
        # ... and never support: the commitment verb gives way to its complement
        (
            "Ministers debated the levy. Austria committed to vetoing the levy.",
            {},
        ),
        # not having committed is being undecided, not against: no stance
        (
            "Ministers debated the levy. Austria has not committed to the levy.",
            {},
        ),
    ],
)
def test_commitments(text, expected):
    assert {a: lab for a, lab in resolved(text).items() if lab != "neutral"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negative reaction to what the decision does (its deployment, its expulsions,
        # its embargo) is opposition to the decision
        (
            (
                "The allies agreed to send four more warships to the region. Iran denounced "
                "the deployment as a provocation."
            ),
            {"IRN": "oppose"},
        ),
        (
            (
                "The alliance ordered the closure of Venezuela's liaison office. Venezuela "
                "condemned the expulsions."
            ),
            {"VEN": "oppose"},
        ),
        (
            "EU ministers approved an embargo on Iranian oil. Tehran condemned the embargo.",
            {"IRN": "oppose"},
        ),
        # praise is support, criticism opposition, of the same loan
        (
            "EU leaders approved the loan. Ireland hailed the loan, while Hungary criticised it.",
            {"IRL": "support", "HUN": "oppose"},
        ),
        # condemning something that is not the decision (an attack) is no stance on it
        (
            "The allies approved the deployment. Iran condemned the attack on its embassy.",
            {},
        ),
    ],
)
def test_reactions_to_what_a_decision_does(text, expected):
    assert {a: lab for a, lab in resolved(text).items() if lab != "neutral"} == expected


# ------------------------------------------------------- states named as a fixed group


def _drafted_labels(text: str) -> dict[str, set[str]]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, source="t.txt")
    out: dict[str, set[str]] = {}
    for a in sc["actors"]:
        for st in (a.get("stances") or {}).values():
            out.setdefault(a["id"], set()).add(st["note"].split("drafted stance: ")[1].split()[0])
    return out


def test_a_fixed_group_is_read_as_its_members_and_quoted_as_written():
    from concilium.text.draft import draft_scenario

    text = (
        "EU adopts curbs on fertiliser imports\n\nBRUSSELS, 12 March 2024 - EU ministers on "
        "Tuesday adopted tariffs on Russian fertiliser imports. The Nordic countries welcomed "
        "the tariffs, while Hungary voted against them.\n"
    )
    # "the Nordic countries" are Denmark, Finland, Iceland, Norway and Sweden (a fixed
    # group), of which the Union's members (not Iceland and Norway) welcomed the tariffs.
    # Hungary voted against.
    labels = _drafted_labels(text)
    assert labels == {
        **{key: {"support"} for key in ["DNK", "FIN", "SWE"]},
        "HUN": {"oppose"},
    }
    sc = draft_scenario(text, source="t.txt")
    quotes = {
        e["quote"]
        for a in sc["actors"]
        for st in (a.get("stances") or {}).values()
        for e in st["position"]["evidence"]
    }
    # the article's own words, without the bracket the reader added
    assert "The Nordic countries welcomed the tariffs, while Hungary voted against them." in quotes
    assert not any("Iceland" in q for q in quotes)
    assert "Groups of states read as their members" in sc["notes"]


def test_a_group_already_followed_by_its_members_is_not_expanded():
    from concilium.text.draft import _expand_groups

    text = "the Baltic states (Estonia, Latvia and Lithuania) and the Benelux countries agreed"
    out, added = _expand_groups(text)
    assert out == (
        "the Baltic states (Estonia, Latvia and Lithuania) and the Benelux countries "
        "(Belgium, the Netherlands and Luxembourg) agreed"
    )
    assert added == [" (Belgium, the Netherlands and Luxembourg)"]


# ----------------------------------------- a proposal set aside beside the one adopted


def _by_issue(text: str) -> dict[str, dict[str, str]]:
    from concilium.text.draft import draft_scenario

    sc = draft_scenario(text, source="t.txt")
    titles = {i["id"]: i["title"] for i in sc["issues"]}
    out: dict[str, dict[str, str]] = {t: {} for t in titles.values()}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            out[titles[iid]][a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    return out


def test_refusing_to_back_a_proposal_that_was_set_aside_is_not_a_stance_on_the_one_adopted():
    # Austria refused to support the energy levy, which was shelved; the grant was adopted
    # and Austria says nothing about it.  Opposing the grant would invert Austria's stance
    # on what was decided; its refusal is about the levy, a decision of its own.
    text = (
        "EU agrees grant for Moldova\n\nBRUSSELS, 14 March 2024 - EU leaders on Thursday "
        "agreed a 2 billion euro grant for Moldova. The proposed energy levy was shelved "
        "after Austria refused to support it. Spain welcomed the grant.\n"
    )
    issues = _by_issue(text)
    levy = [t for t in issues if "levy" in t.lower()]
    grant = [t for t in issues if "grant" in t.lower()]
    assert len(levy) == 1 and len(grant) == 1
    assert issues[levy[0]] == {"AUT": "oppose"}
    assert issues[grant[0]] == {"ESP": "support"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the text itself ("the draft"), or a proposal named by its kind only ("the plan"):
        # the article's one decision, not a second one
        "The draft was dropped after Hungary refused to back it.",
        "The plan was shelved after Hungary refused to back it.",
    ],
)
def test_the_one_decision_set_aside_stays_one_issue(sentence):
    text = f"Plan fails\n\nBRUSSELS, 14 March 2024 - EU ministers met on Thursday. {sentence}\n"
    issues = _by_issue(text)
    assert list(issues.values()) == [{"HUN": "oppose"}]


# --------------------------------------------- "X was joined in voting no by A, B and C"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the passive subject and every state after "by" cast the vote named after "in"
        (
            (
                "The Assembly adopted the text by 120 votes to 9. Iran was joined in voting "
                "against it by Venezuela, Laos and Eritrea."
            ),
            dict.fromkeys(["IRN", "VEN", "LAO", "ERI"], "oppose"),
        ),
        (
            "The Assembly adopted the text. Ghana was joined in abstaining by Kenya and Peru.",
            dict.fromkeys(["GHA", "KEN", "PER"], "abstain"),
        ),
        (
            "The Assembly adopted the text. Chile was joined in voting in favour by Peru.",
            dict.fromkeys(["CHL", "PER"], "support"),
        ),
        # "by" first, "in" after
        (
            (
                "The Assembly adopted the text. Iran was joined by Venezuela and Laos in voting "
                "against it."
            ),
            dict.fromkeys(["IRN", "VEN", "LAO"], "oppose"),
        ),
        # joining a body is not a vote ("was joined by" with no vote named): no stance here
        (
            "The Assembly met on Monday. Iran was joined in the hall by Venezuela.",
            {},
        ),
    ],
)
def test_joined_in_voting(text, expected):
    assert {a: lab for a, lab in resolved(text).items() if lab != "neutral"} == expected
