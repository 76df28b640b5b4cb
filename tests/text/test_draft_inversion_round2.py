"""Round two of the inversion hunt (issue 13, "no inverted stance"; twelfth stop): the rules
behind the fifth batch of ``tests/inversion_probes.py``, each on sentences written for this
file (neither a probe's nor a benchmark article's), with cases that must keep their reading.

The classes:

- a state backed or opposed is not the decision ("Russia backed Syria" in an article on
  sanctions against Syria is against the sanctions, if anything): no stance of its own; a
  state backed gives its backer its own stance, once known (``FOLLOW``, as "sided with");
- a delay backed is not the decision ("backed postponing the package"): no stance;
- an alternative backed instead of a definite decision ("pushed for a smaller loan instead of
  the package"): no stance;
- a proposal to do another act ("rejected a proposal to amend the text"): no stance;
- "voted to reject" is a no;
- "X warned Y against <Y's own conduct>": no stance for either;
- "Either A or B will block it": neither is said to;
- "all but one, Turkey, agreed": Turkey is the exception;
- double negatives: "never failed to back it" is support; "it is not true that X opposed it"
  is no opposition;
- a host welcoming leaders: no stance;
- "we" in a quote opened after "X say": X's words, not the sentence's speaker's;
- "X was alone in opposing it": the gerund is X's act;
- "X did not abstain; it voted no": "it" is the subject of the clause it hangs on;
- "..., a move backed by X" after a clause that names no decision: no stance.

Each expected label is what a careful reader codes from the sentence alone (the reason is in
the comment); ``None`` means the reader codes no stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy
from drafted_labels import winning_label as label

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


CASES = [
    # -------------------------------------------------- a state backed is not the decision
    # Belarus is the state the measure is against; Hungary backing it says nothing for it
    ("EU ministers weighed sanctions on Belarus. Hungary backed Minsk.", "HUN", None),
    # the Iranian government is a party, not a text
    (
        "The Council voted on sanctions on Iran. China supported the Iranian government.",
        "CHN",
        None,
    ),
    # "the regime in Tehran" names the party through the verb's own "in"
    ("The Council voted on sanctions on Iran. Russia defended the regime in Tehran.", "RUS", None),
    # what a state wants ("Hungary's demands") is not the decision
    ("EU leaders debated the aid package. Slovakia backed Hungary's demands.", "SVK", None),
    # a participle on a state: Cyprus supports Greece, whose own vote is the stance read
    ("EU ministers voted on the reform. Greece, backed by Cyprus, voted against it.", "CYP", None),
    (
        "EU ministers voted on the reform. Greece, backed by Cyprus, voted against it.",
        "GRC",
        "oppose",
    ),
    # kept: a text named as a state's ("the French draft") is a decision
    ("The Council voted on Tuesday. Britain backed the French draft.", "GBR", "support"),
    # kept: a state's block is read by its own rule ("backed Poland's veto" is against it)
    ("EU leaders debated the package. Hungary backed Poland's veto.", "HUN", "oppose"),
    # ----------------------------------------------------------------------- delays
    # postponing the text is its timing, not the text
    ("The Council met on the draft. China backed deferring the vote.", "CHN", None),
    ("EU ministers met on the reform. Austria voted for a postponement.", "AUT", None),
    ("EU ministers met on the reform. Italy argued in favour of shelving the reform.", "ITA", None),
    # kept: the text itself in favour
    ("EU ministers met on the reform. Italy argued in favour of the reform.", "ITA", "support"),
    # ------------------------------------------------ an alternative instead of the decision
    # "a bilateral fund" is backed instead of "the package"
    (
        (
            "EU leaders met on the aid package. Austria argued for a bilateral fund instead of the "
            "package."
        ),
        "AUT",
        None,
    ),
    # kept: a definite text backed rather than another
    (
        (
            "EU ministers voted on the reform. Denmark voted for the reform rather than for the "
            "Italian text."
        ),
        "DNK",
        "support",
    ),
    # -------------------------------------------------- a proposal to do another act
    # rejecting a proposal to change the text says nothing on the text
    (
        "The Council voted on the draft. China rejected a proposal by Japan to amend it.",
        "CHN",
        None,
    ),
    # kept: a proposal whose infinitive is its content is the decision ("to cap spending")
    (
        (
            "EU leaders debated the budget. Austria rejected a proposal to cap spending at 1.1 "
            "percent."
        ),
        "AUT",
        "oppose",
    ),
    # kept: refusing calls to drop the plan keeps the plan (read by the refusal rule)
    ("NATO allies met on the plan. Norway rejected calls to drop the plan.", "NOR", "support"),
    # kept: a proposal to take the decision carries the act to it
    (
        "The Council voted on sanctions on Iran. Russia rejected a proposal to impose sanctions.",
        "RUS",
        "oppose",
    ),
    # ---------------------------------------------------------------- "voted to reject"
    ("The General Assembly voted on the text. Cuba voted to reject the text.", "CUB", "oppose"),
    # kept: voting to take the decision
    ("The General Assembly voted on the text. Chile voted to adopt the text.", "CHL", "support"),
    # --------------------------------------------- a warning to another state's own conduct
    ("The Council met on Sudan. Kenya warned Uganda against closing the border.", "KEN", None),
    ("The Council met on Sudan. Kenya warned Uganda against closing the border.", "UGA", None),
    # kept: warning a state against blocking the decision is backing the decision
    (
        "EU leaders met on the package. Italy warned Hungary against blocking the package.",
        "ITA",
        "support",
    ),
    # ----------------------------------------------------------------- either ... or
    ("EU ministers met on the reform. Either Malta or Cyprus will veto the reform.", "MLT", None),
    # ----------------------------------------------------------- exclusion with a number
    # "but one, Spain": Spain is the one that did not agree
    (
        "EU ministers voted on the reform. All ministers but one, Spain, agreed to the reform.",
        "ESP",
        None,
    ),
    # ------------------------------------------------------------------ double negatives
    # "never failed to back" is backing
    (
        "EU ministers voted on the reform. Ireland never failed to back the reform.",
        "IRL",
        "support",
    ),
    # kept: "failed to back" is not backing
    ("EU ministers voted on the reform. Ireland failed to back the reform.", "IRL", "oppose"),
    # denied as untrue: no opposition stated (and no support either)
    (
        "The Council voted on the draft. It is not true that Brazil opposed the draft, Brazil said.",
        "BRA",
        None,
    ),
    # ----------------------------------------------------------------- a host's welcome
    ("NATO allies met on the plan. Latvia welcomed ministers to Riga.", "LVA", None),
    # kept: welcoming the decision
    ("NATO allies met on the plan. Latvia welcomed the plan.", "LVA", "support"),
    # --------------------------------------------------------- a quote inside a quote
    # "we" is India's words as Japan reports them
    (
        (
            "The Assembly voted on the text. \"We heard India say 'we back the text',\" Japan's "
            "envoy said."
        ),
        "JPN",
        None,
    ),
    (
        (
            "The Assembly voted on the text. \"We heard India say 'we back the text',\" Japan's "
            "envoy said."
        ),
        "IND",
        "support",
    ),
    # ------------------------------------------- "alone in <doing>": the subject's own act
    ("The Council voted on the draft. Algeria was alone in backing the draft.", "DZA", "support"),
    ("EU ministers voted on the reform. Malta stood alone in voting against.", "MLT", "oppose"),
    # ------------------------------------ "it" after a clause whose subject is a state
    # the clause before the semicolon names Chile; "it" is Chile
    ("The Council voted on the draft. Chile did not abstain; it voted against.", "CHL", "oppose"),
    # kept: a nearest subject that is no state gives "it" no owner ("it" is the text here)
    ("The Council voted on the draft. China said the draft was weak; it passed.", "CHN", None),
    # --------------------------- "a move backed by X" summing up a clause with no decision
    # the move is the law on the president's term (the held-out k05's inversion, reworded)
    (
        (
            "The Council voted on a text on Lebanon. Parliament passed a law lengthening the "
            "president's term, a move backed by Syria."
        ),
        "SYR",
        None,
    ),
    # kept: the move summed up is the adoption of the text
    ("The Council adopted the text on Lebanon, a move welcomed by Egypt.", "EGY", "support"),
]


@pytest.mark.parametrize("text, actor, expected", CASES)
def test_round_two_class(text, actor, expected):
    assert label(text, actor) == expected


def _article(lead: str, text: str) -> str:
    return f"Council vote\n\nDATELINE, 8 October 2008 (Wire) - {lead}\n\n{text}\n"


@pytest.mark.parametrize(
    "lead, text, actor, expected",
    [
        # Serbia drafted the text, so it is for it; Russia takes Serbia's side: for it
        (
            "The UN General Assembly voted on Wednesday on a resolution drafted by Serbia.",
            "Russia backed Belgrade.",
            "RUS",
            "support",
        ),
        # Syria rejects the sanctions on itself; Russia takes Syria's side: against them
        (
            "The UN Security Council voted on Wednesday on a draft imposing sanctions on Syria.",
            "Syria rejected the sanctions. Russia backed Damascus.",
            "RUS",
            "oppose",
        ),
        # Greece votes against; Cyprus, backing Greece, takes its side
        (
            "EU ministers voted on Wednesday on a reform of the asylum rules.",
            "Greece, backed by Cyprus, voted against the reform.",
            "CYP",
            "oppose",
        ),
        # Syria states no stance: Russia's side gives none either
        (
            "The UN Security Council voted on Wednesday on a draft imposing sanctions on Syria.",
            "Russia backed Damascus.",
            "RUS",
            None,
        ),
    ],
)
def test_backing_a_state_takes_its_stance(lead, text, actor, expected):
    sc = draft_scenario(_article(lead, text), source="probe.txt", engine="spacy")
    first = sc["issues"][0]["id"]
    assert labels_by_issue(sc, named_only=True)[first].get(actor) == expected
