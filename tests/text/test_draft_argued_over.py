"""A proposal the deciders argued over but did not adopt is an issue of its own (issue 13,
seventeenth stop): "The leaders did not agree to X. Poland pressed for it" tells Poland's
stance on X, not on what the leaders did adopt, and X, not decided, has no count.

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import needs_spacy

pytestmark = needs_spacy

LEAD = (
    "EU agrees tariffs on Belarus\n\nBRUSSELS, 14 March 2024 - European Union leaders on "
    "Thursday agreed new tariffs on Belarusian potash and fertiliser.\n\n"
)


def _draft(text: str) -> dict:
    from concilium.text.draft import draft_scenario

    return draft_scenario(text, source="t.txt", engine="spacy")


def _by_issue(sc: dict) -> dict[str, dict[str, str]]:
    titles = {i["id"]: i["title"] for i in sc["issues"]}
    assert len(set(titles.values())) == len(titles), titles  # one issue per decision
    out: dict[str, dict[str, str]] = {t: {} for t in titles.values()}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            out[titles[iid]][a["id"]] = st["note"].split("drafted stance: ")[1].split()[0]
    return out


def _one(issues: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    found = [t for t in issues if word in t.lower()]
    assert len(found) == 1, issues
    return issues[found[0]]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The leaders did not agree to ban imports of Belarusian timber. Lithuania and Poland "
            "pressed for it."
        ),
        (
            "The leaders failed to agree on a ban on Belarusian timber. Lithuania and Poland "
            "pressed for it."
        ),
        (
            "But they stopped short of a ban on Belarusian timber, which Lithuania and Poland "
            "had pressed for."
        ),
        (
            "There was no consensus on a ban on Belarusian timber. Lithuania and Poland had "
            "called for it."
        ),
    ],
)
def test_a_proposal_not_adopted_holds_the_stances_told_on_it(sentences):
    # Lithuania and Poland pressed for the timber ban, which the leaders did not adopt: their
    # support is on the timber ban, an issue of its own; the tariffs hold no stance of theirs
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 2
    assert _one(issues, "timber") == {"LTU": "support", "POL": "support"}
    assert _one(issues, "tariffs") == {}


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The leaders did not agree to ban imports of Belarusian timber. Lithuania pressed for "
            "it, but Hungary resisted it."
        ),
        (
            "The leaders did not agree to ban imports of Belarusian timber. Lithuania pressed for "
            "it. Hungary blocked it."
        ),
    ],
)
def test_blocking_a_proposal_not_adopted_is_opposing_it(sentences):
    # Hungary resisted (blocked) the timber ban: against it, and no stance on the tariffs
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert _one(issues, "timber") == {"LTU": "support", "HUN": "oppose"}
    assert _one(issues, "tariffs") == {}


def test_a_stance_told_after_the_proposal_on_the_adopted_decision_stays_there():
    # Latvia welcomed the tariffs, which it names: the decision adopted, not the timber ban;
    # with no stance told on the timber ban, no issue for it
    issues = _by_issue(
        _draft(
            LEAD + "The leaders did not agree to ban imports of Belarusian timber. Latvia "
            "welcomed the tariffs.\n"
        )
    )
    assert issues == {next(iter(issues)): {"LVA": "support"}}
    assert "tariffs" in next(iter(issues)).lower()


@pytest.mark.parametrize(
    "sentences",
    [
        # the decision adopted: Poland's support is on it, one issue
        "Poland pressed for the tariffs, which the leaders adopted.",
        # a member's own refusal is its stance, not the deciders' (Hungary opposed)
        "Hungary did not agree to the tariffs at first. Poland pressed for them.",
        # agreed in the end: the decision adopted, not a proposal set aside
        (
            "The leaders did not agree to the tariffs until Hungary lifted its objection. Poland "
            "pressed for them."
        ),
    ],
)
def test_no_second_issue_for_the_decision_adopted(sentences):
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 1, issues
    assert next(iter(issues.values())).get("POL") == "support"


def test_a_stance_in_another_paragraph_is_not_moved():
    # the next paragraph's "backed the plan" is not tied to the timber ban by the text
    issues = _by_issue(
        _draft(
            LEAD + "The leaders did not agree to ban imports of Belarusian timber. Lithuania "
            "pressed for it.\n\nPoland backed the tariffs.\n"
        )
    )
    assert _one(issues, "timber") == {"LTU": "support"}
    assert _one(issues, "tariffs") == {"POL": "support"}


def test_the_count_of_the_decision_adopted_is_not_the_proposals():
    # "agreed unanimously on the tariffs but not on the timber ban": the count (all 27 for)
    # is the tariffs'; the timber ban, not decided, has no count and no stance filled from one
    sc = _draft(
        "EU agrees tariffs on Belarus\n\nBRUSSELS, 14 March 2024 - European Union leaders on "
        "Thursday agreed new tariffs on Belarusian potash.\n\nThe leaders agreed unanimously on "
        "the tariffs but not on a ban on Belarusian timber. Lithuania pressed for it.\n"
    )
    issues = {i["id"]: i["title"] for i in sc["issues"]}
    timber = [i for i, t in issues.items() if "timber" in t.lower()]
    assert len(timber) == 1
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    assert "counts" not in meta.get(timber[0], {})
    held = {
        a["id"]: a["stances"][timber[0]]
        for a in sc["actors"]
        if timber[0] in (a.get("stances") or {})
    }
    assert set(held) == {"LTU"}


# ------------------------------------------ a headline's proposal not adopted, named again

HEAD_LEAD = (
    "\n\nBRUSSELS, 14 March 2024 - European Union leaders on Thursday agreed new tariffs on "
    "Belarusian potash and fertiliser.\n\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "EU agrees tariffs on Belarus but stops short of timber ban",
        "EU agrees tariffs on Belarus as leaders split over timber ban",
        "EU agrees tariffs on Belarus but holds back on timber ban",
    ],
)
def test_the_headlines_proposal_named_again_holds_the_stances_told_there(headline):
    # the headline says the timber ban was not adopted; the body sentence that names it tells
    # who pressed for it (Lithuania, Poland) and the next who would not support it (Germany)
    issues = _by_issue(
        _draft(
            headline + HEAD_LEAD + "Lithuania and Poland had pushed for an outright ban on "
            "timber imports. Germany declined to support a timber ban.\n"
        )
    )
    assert _one(issues, "timber") == {"LTU": "support", "POL": "support", "DEU": "oppose"}
    assert _one(issues, "tariffs") == {}


def test_a_call_for_the_proposal_under_another_name_is_on_it():
    # "a common import levy, or a timber ban": one thing by two names, called for by Lithuania
    issues = _by_issue(
        _draft(
            "EU agrees tariffs on Belarus as leaders split over timber ban"
            + HEAD_LEAD
            + "Lithuania wrote to call for a common import levy, or timber ban.\n"
        )
    )
    assert len(issues) == 2
    assert _one(issues, "timber") == {"LTU": "support"}
    assert _one(issues, "tariffs") == {}


def test_a_headline_stance_on_the_decision_is_not_moved_by_the_proposals_words():
    # Hungary rejects the tariffs (its own headline stance): the headline's words on the
    # timber ban do not make Hungary's rejection a stance on the ban
    issues = _by_issue(
        _draft(
            "Hungary rejects tariffs as leaders split over timber ban"
            + HEAD_LEAD
            + "Lithuania had pushed for a ban on timber imports.\n"
        )
    )
    assert _one(issues, "timber") == {"LTU": "support"}
    assert [v for t, v in issues.items() if "timber" not in t.lower()] == [{"HUN": "oppose"}]


def test_a_headline_proposal_the_body_never_names_again_is_no_issue():
    issues = _by_issue(
        _draft(
            "EU agrees tariffs on Belarus but stops short of timber ban"
            + HEAD_LEAD
            + "Poland welcomed the tariffs.\n"
        )
    )
    assert list(issues.values()) == [{"POL": "support"}]


# A proposal the deciders turned down, told after the lead (issue 13, heldout18 second issues):
# "The leaders rejected Lithuania's call for a ban on timber" tells Lithuania's stance on the ban,
# not on the tariffs the leaders did agree, as "did not agree to" does above.


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The leaders rejected Lithuania's call for a ban on Belarusian timber. Poland had "
            "also pressed for it."
        ),
        "The summit ruled out a ban on Belarusian timber. Lithuania and Poland had pressed for it.",
        (
            "The leaders turned down a ban on Belarusian timber. Lithuania and Poland had called "
            "for it."
        ),
        (
            "But the ministers brushed aside calls for a ban on Belarusian timber, which Lithuania "
            "and Poland had pressed for."
        ),
    ],
)
def test_a_proposal_turned_down_holds_the_stances_told_on_it(sentences):
    # the timber ban was turned down: the support of those who pressed for it is on the ban,
    # an issue of its own; the tariffs, the decision, keep their own title and no stance
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 2
    assert _one(issues, "timber") == {"LTU": "support", "POL": "support"}
    assert _one(issues, "tariffs") == {}


def test_a_proposal_adopted_is_the_decision():
    # near miss: "adopted Lithuania's proposal" is the decision itself, no second issue
    sentences = (
        "The leaders adopted Lithuania's proposal for the tariffs. Poland had pressed for it."
    )
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 1
    assert next(iter(issues.values())) == {"POL": "support"}


def test_rejecting_it_names_no_proposal():
    # near miss: "rejected it" names no proposal of its own; nothing is set apart
    sentences = "The leaders rejected it. Poland had pressed for it."
    issues = _by_issue(_draft(LEAD + sentences + "\n"))
    assert len(issues) == 1
