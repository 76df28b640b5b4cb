"""Inversions found by heldout18's one run (issue 13), fixed as classes, each on sentences
written for this file (not the articles'), with near misses that keep their reading.

- Objections voiced, then not blocking, in one sentence ("restated their objections but did
  not block the wording"): the later word wins, as for "objected at first but later
  relented"; in a council that decides by consensus that is consent (support), elsewhere no
  stance.  A vote or a stated opposition before "did not veto" is kept (outvoted, not
  consenting).
- Refusing to recognise a territory's declaration of independence ("will not recognise the
  unilateral declaration") is each government's act on the new state, not a stance on the
  council's text about it: no stance (a declaration the council itself adopted keeps it).
- A state's rejection of a treaty told as a popular vote ("rejected the treaty in a
  referendum"), or in an article that tells a referendum ("surprised that Denmark could
  reject a treaty"): the voters' past act, not its stance on what the council decides.
- A request the deciders grant ("The leaders accepted her suggestion", "accepted Denmark's
  request"): the one who asked backs the decision.  Not one they turn down.
- A motion to take no action on an amendment, told as "decided, by 90 votes to 60, to take no
  action on it": the amendment's sponsor opposes the motion; the text the amendment was kept
  out of ("the Egyptian draft") is the main text, and the stances after its own vote are on
  it, titled from the headline's part that names it when the lead gives only "the text".

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy
from drafted_labels import winning_label as label

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


EU = "EU ministers on Monday agreed a common text on the border dispute. "
UN = "The Security Council on Monday adopted a resolution on the border dispute. "
LEADERS = "EU leaders agreed on Friday to give Denmark more time. "

READER_CASES = [
    # ------------------------------------------- objections, then not blocking
    # (the reader marks the let-pass neutral; drafting makes it consent in a consensus body)
    (EU + "Hungary restated its objections but did not block the final wording.", "HUN", None),
    (EU + "Hungary and Malta objected in the room but did not block the text.", "MLT", None),
    # kept: not blocking told first, the objections after it are the later word
    (EU + "Hungary did not block the text but restated its objections.", "HUN", "oppose"),
    # kept: a vote against, then no veto: outvoted
    (EU + "Hungary voted against the text but did not veto it.", "HUN", "oppose"),
    # kept: objections and a threat, no let-pass
    (EU + "Hungary objected to the text and said it would block it.", "HUN", "oppose"),
    # ------------------------------------------- recognition of a new state
    (EU + "Portugal said it would not recognise the unilateral declaration.", "PRT", None),
    (
        EU + "Portugal said it would not recognise the region's declaration of independence.",
        "PRT",
        None,
    ),
    (EU + "Portugal said it would not recognise the independence declaration.", "PRT", None),
    # kept: the declaration the ministers adopted
    (
        (
            "EU ministers on Monday adopted a declaration on the border dispute. Portugal said "
            "it would not recognise the declaration."
        ),
        "PRT",
        "oppose",
    ),
    # ------------------------------------------- a treaty rejected by a popular vote
    (LEADERS + "Denmark rejected the treaty in a referendum last week.", "DNK", None),
    (LEADERS + "Denmark rejected the treaty by referendum in May.", "DNK", None),
    # kept: a rejection told at the meeting, not by the voters
    (LEADERS + "Denmark rejected the plan at the summit.", "DNK", "oppose"),
    # ------------------------------------------- a request the deciders grant
    (
        LEADERS + "Denmark's prime minister had asked for a pause. The leaders accepted her "
        "suggestion.",
        "DNK",
        "support",
    ),
    (LEADERS + "The leaders accepted Denmark's request.", "DNK", "support"),
    (
        LEADERS + "Denmark and Finland had asked for a pause. The leaders accepted their request.",
        "FIN",
        "support",
    ),
    # kept: a request turned down is no support; a member granting it is its own act
    (LEADERS + "Denmark had asked for a pause. The leaders rejected its request.", "DNK", None),
    (LEADERS + "Denmark had asked for a pause. Sweden accepted its request.", "DNK", None),
]


@pytest.mark.parametrize(("text", "actor", "want"), READER_CASES)
def test_inversion_classes_of_heldout18(text: str, actor: str, want: str | None) -> None:
    assert label(text, actor) == want


EU_DAY = dt.date(2021, 3, 22)
EU_HEAD = (
    "EU ministers agree a line on the breakaway region\n\n"
    "BRUSSELS, 22 March 2021 - European Union foreign ministers on Monday agreed a common "
    "text on the breakaway region's declaration of independence. "
)


def _eu(body: str) -> dict[str, str]:
    sc = draft_scenario(EU_HEAD + body, source="t.txt", on=EU_DAY, body="eu-council")
    return {
        a: lab
        for issue in labels_by_issue(sc, named_only=True).values()
        for a, lab in issue.items()
    }


def test_objections_then_not_blocking_is_consent_in_a_consensus_council() -> None:
    # the later word wins: each let the text pass (support), not the objections (oppose)
    got = _eu(
        "Slovakia and Portugal, which decline to recognise the region, restated their "
        "objections in the room but did not block the final wording."
    )
    assert got.get("SVK") == "support"
    assert got.get("PRT") == "support"


def test_refusing_recognition_is_no_stance_on_the_text() -> None:
    got = _eu("Portugal said flatly that it would not recognise this unilateral declaration.")
    assert "PRT" not in got


def test_objections_in_the_security_council_are_no_consent() -> None:
    # a permanent member that "did not block" a resolution may have abstained: no stance,
    # and not the objections' oppose either
    text = (
        "Council extends the mission\n\nNEW YORK, 17 May 2016 - The UN Security Council on "
        "Tuesday adopted a resolution extending the mission. China restated its objections "
        "but did not block the text."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2016, 5, 17))
    assert "CHN" not in {a for i in labels_by_issue(sc).values() for a in i}


def test_a_treaty_rejected_in_a_referendum_article_is_no_stance() -> None:
    text = (
        "EU leaders give Denmark more time\n\nBRUSSELS, 20 June 2008 - European Union leaders "
        "agreed on Friday to give Denmark more time to respond to its voters' rejection of the "
        "new treaty in last week's referendum. Many leaders were surprised that Denmark could "
        "reject a treaty they saw as vital."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2008, 6, 20), body="eu-council")
    assert "DNK" not in labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]]


def test_a_treaty_rejected_with_no_referendum_told_keeps_its_stance() -> None:
    text = (
        "EU leaders sign the new treaty\n\nBRUSSELS, 20 June 2008 - European Union leaders "
        "signed the new treaty on Friday. Poland rejected the treaty."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2008, 6, 20), body="eu-council")
    assert labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]].get("POL") == "oppose"


UNGA = (
    "Assembly sets aside Norwegian amendment, then condemns the blockade of Gaza\n\n"
    "UNITED NATIONS, 8 November 2010 - The General Assembly on Wednesday called for an end to "
    "the blockade of Gaza, after first brushing aside a Norwegian attempt to add a passage on "
    "rocket fire to the text.\n\n"
    "Oslo had proposed an amendment condemning rocket attacks on Israeli towns.\n\n"
    "The amendment never came to a vote. The Assembly first decided, by 90 votes to 60 with 8 "
    "abstentions, to take no action on it, which kept it out of the Egyptian draft.\n\n"
    "The resolution itself then passed by 150 votes to 5, with 3 abstentions. Canada and "
    "Australia voted no. Fiji abstained."
)


def test_no_action_on_an_amendment_told_as_decided() -> None:
    sc = draft_scenario(UNGA, source="t.txt", on=dt.date(2010, 11, 8))
    issues = labels_by_issue(sc, named_only=True)
    motion = [iid for iid in issues if "no-action" in iid]
    assert len(motion) == 1, list(issues)
    # the amendment's sponsor opposes the motion that shelved it
    assert issues[motion[0]] == {"NOR": "oppose"}
    # the draft it was kept out of, and the votes on the resolution, are on the resolution
    main = [iid for iid in issues if iid != motion[0]]
    assert len(main) == 1, list(issues)
    assert issues[main[0]] == {
        "EGY": "support",
        "CAN": "oppose",
        "AUS": "oppose",
        "FJI": "abstain",
    }
    title = next(i["title"] for i in sc["issues"] if i["id"] == main[0])
    assert "blockade" in title.lower()
