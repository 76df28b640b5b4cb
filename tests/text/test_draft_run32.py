"""Three classes found in heldout32's run (issue 13; seen since):

- 32-07: "Nine members voted to hold the meeting, the minimum needed, while four - Russia, China,
  South Africa and Equatorial Guinea - voted against": the list between dashes was read as the
  nine's (an inverted vote for each of the four); it is the next clause's own subject.
- 32-21: "The short declaration, agreed by the governments of the United States, Britain, ...,
  said ...": the passive "agreed by" (or "accepted by") of a text was not read; it is each
  agent's assent, as "endorsed by" was.
- 32-21, 31-28: a title taken from a state's or person's own act that the council answers or
  deplores ("answering President Charles de Gaulle's decision to take French forces out",
  "deplored the American decision"): a reader takes support on it the wrong way; such a noun
  phrase is not the proposal.

Passages written for these tests; labels and titles derived by hand from the passage.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import _someones_act, draft_scenario

pytestmark = needs_spacy

UN = (
    "Council takes up Venezuela\n\nUNITED NATIONS, 26 January 2019 (Wire) - The Security Council "
    "held a meeting on Venezuela on Saturday after a procedural vote. "
)


def _one(text: str) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    return labels_by_issue(sc, named_only=True)[issue["id"]]


def test_a_list_between_dashes_is_its_own_clauses_subject() -> None:
    # (fails on the old code: the four drafted support)
    text = UN + (
        "Nine members voted to hold the meeting, the minimum needed, while four - Russia, China, "
        "South Africa and Equatorial Guinea - voted against and Indonesia abstained.\n"
    )
    assert _one(text) == {
        "RUS": "oppose",
        "CHN": "oppose",
        "ZAF": "oppose",
        "GNQ": "oppose",
        "IDN": "abstain",
    }


def test_a_count_then_its_list_still_reads() -> None:
    # near miss: the list after the count's own verb is the count's
    text = UN + "Four members voted against - Russia, China, South Africa and Equatorial Guinea.\n"
    assert _one(text) == {"RUS": "oppose", "CHN": "oppose", "ZAF": "oppose", "GNQ": "oppose"}


NATO = (
    "Allies stand by command\n\nPARIS, 18 March 1966 (Wire) - NATO allies declared on Friday "
    "that the integrated command remains essential. "
)


@pytest.mark.parametrize(
    "text, want",
    [
        # (both fail on the old code: nothing)
        (
            (
                "The short declaration, agreed by the governments of Denmark and Iceland, said the "
                "treaty was necessary."
            ),
            {"DNK": "support", "ISL": "support"},
        ),
        ("The declaration was accepted by Norway.", {"NOR": "support"}),
        # near miss: what was agreed is no text of the council's
        ("The rules of the exercise were agreed by Greece.", {}),
    ],
)
def test_a_text_agreed_by_its_agents(text: str, want: dict[str, str]) -> None:
    assert _one(NATO + text + "\n") == want


@pytest.mark.parametrize(
    "owner, phrase, own",
    [
        ("Gaulle's", "decision", True),
        (None, "American decision", True),
        ("Moscow's", "move", True),
        # near misses: the council's own decision, a state's membership, a person's nomination
        ("Council's", "decision", False),
        ("Sweden's", "membership", False),
        ("Barroso's", "nomination", False),
        (None, "European decision", False),
        (None, "final decision", False),
    ],
)
def test_someones_own_act(owner: str | None, phrase: str, own: bool) -> None:
    assert _someones_act(owner, phrase) is own


def test_a_title_is_not_the_act_the_council_answers() -> None:
    # (fails on the old code: "Gaulle's decision to take French forces out of NATO's commands")
    sc = draft_scenario(
        "Fourteen allies stand by command\n\nPARIS, 18 March 1966 (Wire) - France's fourteen "
        "partners in the alliance declared on Friday that the integrated command remains "
        "essential, answering President Charles de Gaulle's decision to take French forces out "
        "of NATO's commands. Italy and Norway backed the declaration.\n",
        source="t.txt",
        engine="spacy",
    )
    (issue,) = sc["issues"]
    assert "Gaulle" not in issue["title"]
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {
        "ITA": "support",
        "NOR": "support",
    }


@pytest.mark.parametrize(
    "text, want",
    [
        # 32-08's class (fails on the old code: India abstains): the clause's vote was on
        # another text, and the sentence tells India's on this one
        (
            "India, which abstained on the first of those drafts, also backed the text.",
            {"IND": "support"},
        ),
        # near miss: the clause's vote on this text, the only one told
        (
            "Brazil, which abstained on the draft, later said it regretted the vote.",
            {"BRA": "abstain"},
        ),
    ],
)
def test_a_clauses_vote_on_another_text(text: str, want: dict[str, str]) -> None:
    lead = (
        "Council sends observers\n\nUNITED NATIONS, 14 April 2012 (Wire) - The Security Council "
        "on Saturday authorised an advance team of observers for Syria. "
    )
    assert _one(lead + text + "\n") == want


def test_an_act_the_lead_condemns_titles_the_condemnation() -> None:
    # 32-04's title at the run pointed the wrong way ("Iraq's decision to stop cooperating ...",
    # on which every member was drafted support): the council condemned that act
    sc = draft_scenario(
        "Council condemns Iraq\n\nUNITED NATIONS, 5 November 1998 (Wire) - The Security Council "
        "on Thursday unanimously condemned Iraq's decision to stop cooperating with the weapons "
        "inspectors. Russia and France backed the text.\n",
        source="t.txt",
        engine="spacy",
    )
    (issue,) = sc["issues"]
    assert (
        issue["title"] == "Condemn Iraq's decision to stop cooperating with the weapons inspectors"
    )
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {
        "RUS": "support",
        "FRA": "support",
    }


def test_an_after_clause_with_an_aside_before_its_verb() -> None:
    # 32-15's class (fails on the old code: nothing): "after A, B and C, among others, refused
    # to back it" parses the list as the object of "after" and leaves "refused" subjectless
    sc = draft_scenario(
        "EU drops digital tax\n\nBRUSSELS, 12 March 2019 (Wire) - A plan to tax the revenues of "
        "large internet companies across the European Union was abandoned on Tuesday after "
        "Ireland, Sweden and Denmark, among others, refused to back it at a meeting of the bloc's "
        "finance ministers.\n",
        source="t.txt",
        engine="spacy",
    )
    (issue,) = sc["issues"]
    assert not issue["title"].endswith(" was")
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {
        "IRL": "oppose",
        "SWE": "oppose",
        "DNK": "oppose",
    }


@pytest.mark.parametrize(
    "text, want",
    [
        # 32-05's and 32-09's wordings (both fail on the old code: nothing)
        ("The request for a court came from Sierra Leone's president.", {"SLE": "support"}),
        ("The United States had made the court one of its priorities.", {"USA": "support"}),
        # near misses: a request for a delay, a negated origin, another noun than a request
        ("The request for a delay came from Russia.", {}),
        ("The idea did not come from China.", {}),
        ("The objection came from China.", {}),
    ],
)
def test_whose_request_or_priority_the_decision_answers(text: str, want: dict[str, str]) -> None:
    lead = (
        "Council sets up court\n\nUNITED NATIONS, 14 August 2000 (Wire) - The Security Council "
        "on Monday voted to set up a special court for Sierra Leone. "
    )
    assert _one(lead + text + "\n") == want
