"""Several decisions in one article (issue 13, seventh stop): memberships of several states
told apart ("X's entry was approved, but Y and Z were kept out after W vetoed their
accession"), a membership decided with no actor of its own ("ministers approved X's entry"),
"admission" as a membership noun, "his country's entry" as the speaker's state's, and a
reaction to another actor's act ("regretted Austria's decision") that gives no stance at all.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2023, 6, 15)
LEAD = "Ministers decide on the passport-free area\n\nLUXEMBOURG, 15 June 2023 - "


def by_issue(text: str) -> dict[str, dict[str, str]]:
    """{issue id: {actor: label}} of a drafted scenario (the vote, else the note's label)."""
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    return labels_by_issue(sc, named_only=True)


@pytest.mark.parametrize(
    "body, expected",
    [
        # "their accession" is the accession of the two states kept out (the plural subject
        # before it), not of Denmark, whose veto it is: Denmark opposes each, on its own issue;
        # Slovakia's entry, approved by the ministers, is a third decision
        (
            (
                "EU ministers approved Slovakia's entry into the area, but Ireland and Portugal "
                "were kept out after Denmark vetoed their accession."
            ),
            {
                "slovakia-membership": {},
                "ireland-membership": {"DNK": "oppose"},
                "portugal-membership": {"DNK": "oppose"},
            },
        ),
        # the same with "admission" for one state, named in a sentence of its own: Sweden
        # opposes only Portugal's admission
        (
            (
                "EU ministers approved Slovakia's entry into the area, but Ireland and Portugal "
                "were kept out after Denmark vetoed their accession. Sweden also opposed "
                "Portugal's admission."
            ),
            {
                "slovakia-membership": {},
                "ireland-membership": {"DNK": "oppose"},
                "portugal-membership": {"DNK": "oppose", "SWE": "oppose"},
            },
        ),
        # "his country's entry": the entry of the speaker's state (the Slovak minister's);
        # welcoming it is support for Slovakia's membership only
        (
            (
                "EU ministers approved Slovakia's entry into the area, but Ireland and Portugal "
                "were kept out after Denmark vetoed their accession. The Slovak interior minister "
                "welcomed his country's entry."
            ),
            {
                "slovakia-membership": {"SVK": "support"},
                "ireland-membership": {"DNK": "oppose"},
                "portugal-membership": {"DNK": "oppose"},
            },
        ),
        # regretting the decision of the state that vetoed Portugal's accession is wanting
        # that accession: support for Portugal's own entry, and on that issue only (Ireland's
        # entry was blocked by the same veto, but Portugal says nothing of it); the words
        # "regretted the decision" alone must not read as opposition
        (
            (
                "EU ministers approved Slovakia's entry into the area, but Ireland and Portugal "
                "were kept out after Denmark vetoed their accession. Portugal's prime minister "
                "said he regretted Denmark's decision."
            ),
            {
                "slovakia-membership": {},
                "ireland-membership": {"DNK": "oppose"},
                "portugal-membership": {"DNK": "oppose", "PRT": "support"},
            },
        ),
    ],
)
def test_memberships_of_several_states(body, expected):
    got = by_issue(LEAD + body)
    assert got == expected


def test_their_with_one_state_before_it_is_not_that_state():
    # "their" in a sentence whose only plural subject is the two applicants: the two; the
    # vetoing state is never given its own "accession"
    got = by_issue(LEAD + "Norway and Iceland were turned away after Finland blocked their bids.")
    assert got == {"norway-membership": {"FIN": "oppose"}, "iceland-membership": {"FIN": "oppose"}}


SUMMIT = "Summit ends\n\nBRUSSELS, 30 June 2023 - "


@pytest.mark.parametrize(
    "body, expected",
    [
        # two decisions named by common nouns; praise of the summit as a whole names neither,
        # so Poland gets no stance on either (before: support on the decision named last).
        # Each issue's id is from the words that first name it, the leaders' own act ("imposed
        # new sanctions on Belarus": sanctions-belarus; until the tenth stop the leaders' act
        # named no decision, and the id came from a later "backed the sanctions")
        (
            (
                "EU leaders imposed new sanctions on Belarus and approved a loan for Ukraine. "
                "Slovakia backed the sanctions. Poland welcomed the summit's outcome."
            ),
            {"loan-ukraine": {}, "sanctions-belarus": {"SVK": "support"}},
        ),
        (
            (
                "EU leaders imposed new sanctions on Belarus and approved a loan for Ukraine. "
                "Slovakia backed the sanctions. Latvia praised the results of the meeting."
            ),
            {"loan-ukraine": {}, "sanctions-belarus": {"SVK": "support"}},
        ),
        # the gerund after "before" is the subject's own act: Hungary lifted its veto on the
        # sanctions, which outranks the veto it "had" cast (before: oppose, an inversion)
        (
            (
                "EU leaders imposed new sanctions on Belarus and approved a loan for Ukraine. "
                "Hungary had blocked the sanctions for weeks before lifting its veto."
            ),
            {"loan-ukraine": {}, "sanctions-belarus": {"HUN": "support"}},
        ),
        # a stance sentence that names one decision goes to that one only
        (
            (
                "EU leaders approved a loan for Ukraine and imposed new sanctions on Belarus. "
                "The loan was backed by Italy. Austria opposed the sanctions package, but Spain "
                "supported it."
            ),
            {
                "loan-ukraine": {"ITA": "support"},
                "sanctions-belarus": {"AUT": "oppose", "ESP": "support"},
            },
        ),
    ],
)
def test_summit_in_general_gives_no_stance_on_one_decision(body, expected):
    sc = draft_scenario(SUMMIT + body, source="t.txt", on=dt.date(2023, 6, 30), body="eu-council")
    got: dict[str, dict[str, str]] = {i["id"]: {} for i in sc["issues"]}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            got[iid][a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    assert got == expected


def test_summit_praise_still_counts_when_the_article_has_one_decision():
    # one decision only: welcoming the summit's outcome is welcoming that decision
    sc = draft_scenario(
        SUMMIT + "EU leaders imposed new sanctions on Belarus. Poland welcomed the summit's "
        "outcome.",
        source="t.txt",
        on=dt.date(2023, 6, 30),
        body="eu-council",
    )
    pol = next(a for a in sc["actors"] if a["id"] == "POL")
    assert [
        st["note"].split("drafted stance: ")[1].split()[0] for st in pol["stances"].values()
    ] == ["support"]


def test_dropping_resistance_is_support_over_an_earlier_block():
    # "which had blocked a similar goal ..., dropped their resistance": the earlier block is
    # a past stance (x0.6), dropping the resistance removes what stood in the way (support,
    # an action); before, "resistance" was no blocking noun and the two states were drafted
    # against the goal they accepted
    text = (
        SUMMIT + "EU leaders agreed on a 2040 emissions goal. Spain and Italy, which along with "
        "Malta had blocked a similar goal in March, dropped their resistance after talks."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2023, 6, 30), body="eu-council")
    label = {
        a["id"]: st["note"].split("drafted stance: ")[1].split()[0]
        for a in sc["actors"]
        for st in (a.get("stances") or {}).values()
        if "assumed" not in st["note"]
    }
    assert label.get("ESP") == "support" and label.get("ITA") == "support"


def test_rival_candidate_is_the_appointment_and_decisions_keep_the_order_first_named():
    # Brandt's election is first named by the count sentence (no actor of its own), then by
    # Austria's vote; "a rival candidate" is that appointment, not a membership decision.
    # So: Poland against Brandt (a vote), Austria for him, the 25 other members counted for
    # him (26 yes, Poland named against).  Before, "rival candidate" opened an issue of its
    # own that took Poland's vote and the count.  The summit's bare "conclusions" Warsaw
    # refused are the container of the summit's decisions, no decision of their own
    # (thirteenth stop; before, a second issue): one issue.
    text = (
        "Leaders re-elect their chair, 26 to 1\n\nBRUSSELS, 22 June 2023 - EU leaders on "
        "Thursday re-elected Mark Brandt as chair of their summits. Poland voted against, "
        "having put forward a rival candidate. All of the other 26 leaders voted for Mr "
        "Brandt. Warsaw then refused to endorse the summit's conclusions. Austria's "
        "chancellor said he had voted for Mr Brandt."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2023, 6, 22), body="eu-council")
    ids = [i["id"] for i in sc["issues"]]
    assert len(ids) == 1 and "chair" in ids[0]
    named: dict[str, dict[str, str]] = {iid: {} for iid in ids}
    implied: dict[str, set[str]] = {iid: set() for iid in ids}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            label = st["note"].split("drafted stance: ")[1].split()[0]
            if "assumed from the count" in st["note"]:
                assert label == "support"
                implied[iid].add(a["id"])
            else:
                named[iid][a["id"]] = label
    assert named[ids[0]] == {"POL": "oppose", "AUT": "support"}
    assert len(implied[ids[0]]) == 25 and not implied[ids[0]] & {"POL", "AUT"}
