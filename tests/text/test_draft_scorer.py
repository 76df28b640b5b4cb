"""The drafting benchmark's issue matching (``benchmarks/draft/evaluate.py``), lenient and strict.

Hand-built drafts: a stance put on a second drafted issue that shares no ``match`` word with the
gold (a recalled "similar text") is a hit for the lenient scorer and unscored for the strict one;
the draft's first issue is scored by both even when its title has no match word.
"""

from __future__ import annotations

from typing import Any

from drafted_labels import draft_evaluate


def _evaluate() -> Any:
    return draft_evaluate()


GOLD = {"issues": [{"id": "jerusalem", "match": ["jerusalem", "status"], "stated": {}}]}


def _scenario(*issue_ids: str, stances: dict[str, dict[str, str]]) -> dict[str, Any]:
    issues = [{"id": i, "title": i.replace("-", " ").capitalize()} for i in issue_ids]
    actors = [
        {
            "id": actor,
            "stances": {iid: {"note": f"drafted stance: {lab}"} for iid, lab in by.items()},
        }
        for actor, by in stances.items()
    ]
    return {"issues": issues, "actors": actors}


def test_a_stance_on_a_recalled_text_is_a_hit_only_for_the_lenient_scorer() -> None:
    ev = _evaluate()
    sc = _scenario("proposal", "similar-text", stances={"USA": {"similar-text": "oppose"}})
    assert ev.drafted(sc, GOLD) == {(0, "USA"): "oppose"}
    assert ev.drafted(sc, GOLD, strict=True) == {}


def test_the_first_issue_is_scored_by_both_without_a_match_word() -> None:
    ev = _evaluate()
    sc = _scenario("proposal", "similar-text", stances={"GBR": {"proposal": "support"}})
    assert ev.drafted(sc, GOLD, strict=True) == {(0, "GBR"): "support"}


def test_a_second_issue_sharing_a_match_word_is_scored_by_both() -> None:
    ev = _evaluate()
    sc = _scenario("proposal", "jerusalem-status", stances={"TUR": {"jerusalem-status": "support"}})
    assert ev.issue_map(sc, GOLD, strict=True) == {"proposal": 0, "jerusalem-status": 0}
    assert ev.drafted(sc, GOLD, strict=True) == {(0, "TUR"): "support"}


def test_a_further_issue_naming_nothing_is_unscored_once_every_gold_issue_is_named() -> None:
    # 31-10's class: "Security Council second term" beside "Kofi Annan". Once every gold issue
    # has a drafted issue naming it, a further one naming none is a decision the gold does not
    # code, unscored (before the thirty-second stop the lenient scorer put it on the first)
    ev = _evaluate()
    sc = _scenario(
        "jerusalem-status",
        "second-term",
        stances={"USA": {"second-term": "oppose"}, "FRA": {"jerusalem-status": "support"}},
    )
    assert ev.issue_map(sc, GOLD) == {"jerusalem-status": 0}
    assert ev.drafted(sc, GOLD) == {(0, "FRA"): "support"}
    # with a gold issue no drafted one names, the lenient scorer keeps its guess (the first)
    two = {"issues": [*GOLD["issues"], {"id": "annan", "match": ["annan"], "stated": {}}]}
    assert ev.issue_map(sc, two) == {"jerusalem-status": 0, "second-term": 0}
    assert ev.issue_map(sc, two, strict=True) == {"jerusalem-status": 0}


def test_issues_framed_on_a_delay_are_listed_for_a_hand_check() -> None:
    # The scorer compares labels only; an issue titled on the delay points the other way from
    # the convention's proposal (24-20's "EU leaders defer asylum overhaul"), so it is listed.
    evaluate = _evaluate()
    sc = _scenario(
        "leaders-defer-asylum-overhaul",
        "start-of-membership-negotiations",
        "vote-put-off-until-monday",
        "postponement-of-the-talks",
        "waiting-room-reform",
        stances={},
    )
    assert evaluate.delay_framed(sc) == [
        "leaders-defer-asylum-overhaul",
        "vote-put-off-until-monday",
        "postponement-of-the-talks",
    ]
    assert evaluate.delay_framed(None) == []


ASYLUM = {
    "issues": [
        # coded on the proposal, as the gold format's convention says (24-20, 30-14)
        {"id": "asylum-overhaul", "match": ["asylum", "overhaul"], "stated": {}},
        # a vote on the delay itself (19-10's motion to defer): its own decision
        {"id": "motion-to-defer", "match": ["defer", "motion"], "stated": {}},
    ]
}


def test_labels_on_an_issue_framed_on_a_delay_are_scored_turned_over() -> None:
    # "EU leaders defer asylum overhaul": a reader takes ITA's "support" as support for the
    # delay, that is against the overhaul the gold codes; HUN's "oppose" is for it
    ev = _evaluate()
    sc = _scenario(
        "leaders-defer-asylum-overhaul",
        stances={
            "ITA": {"leaders-defer-asylum-overhaul": "support"},
            "HUN": {"leaders-defer-asylum-overhaul": "oppose"},
            "AUT": {"leaders-defer-asylum-overhaul": "abstain"},
        },
    )
    assert ev.reversed_issues(sc, ASYLUM) == {"leaders-defer-asylum-overhaul"}
    assert ev.drafted(sc, ASYLUM) == {
        (0, "ITA"): "oppose",
        (0, "HUN"): "support",
        (0, "AUT"): "abstain",
    }


def test_an_issue_named_on_the_proposal_is_scored_as_drafted() -> None:
    ev = _evaluate()
    sc = _scenario("asylum-overhaul", stances={"ITA": {"asylum-overhaul": "support"}})
    assert ev.reversed_issues(sc, ASYLUM) == set()
    assert ev.drafted(sc, ASYLUM) == {(0, "ITA"): "support"}


def test_a_delay_framed_issue_on_a_gold_delay_is_not_turned_over() -> None:
    # the motion to defer is itself the decision: "support" on it is support for deferring
    ev = _evaluate()
    sc = _scenario("motion-to-defer", stances={"SAU": {"motion-to-defer": "support"}})
    assert ev.reversed_issues(sc, ASYLUM) == set()
    assert ev.drafted(sc, ASYLUM) == {(1, "SAU"): "support"}
    assert ev.reversed_issues(None, ASYLUM) == set()


def test_a_delay_named_after_the_decision_taken_does_not_turn_the_issue_over() -> None:
    # 16-20: "EU leaders agree limited sanctions over Turkish drilling, defer tougher steps to
    # March" is the sanctions agreed; the delay is of a second decision
    ev = _evaluate()
    sc = {
        "issues": [
            {
                "id": "leaders-agree-limited-sanctions",
                "title": "EU leaders agree limited sanctions over Turkish drilling, "
                "defer tougher steps to March",
            }
        ],
        "actors": [],
    }
    assert ev.delay_framed(sc) == []
    sc["issues"][0]["title"] = "EU leaders defer asylum overhaul to next June, promise steps"
    assert ev.delay_framed(sc) == ["leaders-agree-limited-sanctions"]
