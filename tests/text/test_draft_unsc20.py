"""Security Council classes of the heldout20 run (issue 13).

- Two resolutions on one day, the second named by its place ("backing the second text") and
  then by its number and what it does ("Resolution 3105, adopted unanimously, fully lifts the
  ban ..."): the second issue is titled by that number and act, so a reader (and a matcher)
  tells it from the first; a sentence telling only how it fared ("was adopted") gives no title.
- "A and B were among the twelve, as were C and D": C and D are on the counted side too (a
  list after "as were" that ends the clause; "as was expected" names no one).  "West Germany"
  names the Federal Republic (DEU), as "West German" did.
- A body's creation "set up in the light of a request from the Lebanese government" (or "in
  response to", "following" a request, or in the passive "was established at Chad's
  request"): the requester backs it; not troops sent, a vote put off, or a request rejected.

Every sentence here is written for these tests; each expected label is what a careful reader
codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, stance_pairs

from concilium.text.draft import _number_told_after, draft_scenario

pytestmark = needs_spacy

TWO_TEXTS = (
    "Council renews Ruritania sanctions and ends flight ban\n\n"
    "NEW YORK, 4 March 2022 (Wire) - The Security Council on Friday adopted two texts on"
    " Ruritania. The first, resolution 3104, renews for a year the asset freeze on the rebel"
    " commanders. It passed with 13 votes in favour and none against; Ghana and Kenya"
    " abstained.\n\n"
    "Both then joined the rest of the Council in backing the second text. {second}"
)


def _sents(*texts: str) -> list[tuple[int, str]]:
    return [(0, t) for t in texts]


def test_second_text_titled_by_its_number_and_act() -> None:
    told = _number_told_after(
        "second text",
        _sents(
            "Both backed the second text.",
            "Resolution 3105, adopted unanimously, fully lifts the ban on flights to the capital.",
        ),
        0,
    )
    assert told == "Resolution 3105: lifts the ban on flights to the capital"


def test_second_text_told_only_how_it_fared_gives_no_title() -> None:
    # near misses: how it fared is not what it is; a text named by its sponsors is no place
    fared = _sents("Both backed the second text.", "Resolution 3105 was adopted unanimously.")
    assert _number_told_after("second text", fared, 0) is None
    acts = _sents("Both backed the rival draft.", "Resolution 3105 lifts the ban on flights.")
    assert _number_told_after("rival draft", acts, 0) is None
    # the number told later than the next sentence is not this text's
    far = _sents("Both backed the second text.", "It was late.", "Resolution 3105 lifts it.")
    assert _number_told_after("second text", far, 0) is None


def test_stances_on_the_numbered_second_text() -> None:
    second = "Resolution 3105, adopted unanimously, fully lifts the ban on flights to the capital."
    sc = draft_scenario(TWO_TEXTS.format(second=second), source="t")
    issues = labels_by_issue(sc)
    ids = list(issues)
    assert len(ids) == 2
    assert "3104" in ids[0]
    assert "3105" in ids[1]
    assert issues[ids[0]]["GHA"] == "abstain"
    assert issues[ids[0]]["KEN"] == "abstain"
    assert issues[ids[1]]["GHA"] == "support"
    assert issues[ids[1]]["KEN"] == "support"


COUNTED = (
    "Council condemns raid on Ruritania\n\n"
    "NEW YORK, 19 March 1978 (Wire) - The Security Council condemned the raid on Ruritania."
    " The text was adopted by 12 votes in favour, none against and two abstentions. The Soviet"
    " Union and Czechoslovakia abstained, while China did not take part in the vote.\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (
            "Britain and France were among the twelve, as were Canada and West Germany.",
            {"GBR": "support", "FRA": "support", "CAN": "support", "DEU": "support"},
        ),
        (
            "India was among the twelve, as was Kuwait.",
            {"IND": "support", "KWT": "support"},
        ),
        # near misses: no one named after "as was"; a possessive is no list of states
        ("India was among the twelve, as was expected.", {"IND": "support"}),
        ("India was among the twelve, as were Kuwait's neighbours.", {"IND": "support"}),
    ],
)
def test_as_were_after_a_counted_side(tail: str, want: dict[str, str]) -> None:
    sc = draft_scenario(COUNTED.format(tail=tail), source="t")
    (got,) = labels_by_issue(sc, named_only=True).values()
    named = {a: lab for a, lab in got.items() if a not in ("SUN", "CSK", "CHN")}
    assert named == want


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            (
                "The force was set up in the light of a request from the Tunisian government,"
                " whose envoy had written to the Council."
            ),
            {("TUN", "support")},
        ),
        ("The mission was created in response to a request from Mali.", {("MLI", "support")}),
        (
            "The Council set up the panel following a request from Chad's government.",
            {("TCD", "support")},
        ),
        ("The panel was established at Chad's request.", {("TCD", "support")}),
        # near misses: not the body's creation, or not granted
        ("Troops were sent in response to a request from Mali.", set()),
        ("The vote was put off following a request from Peru.", set()),
        ("The Council set up the panel, rejecting a request from Chad.", set()),
        ("The panel was set up by France in response to a request from Chad.", set()),
        ("The fund was not set up, despite a request from Chad.", set()),
    ],
)
def test_created_on_a_request(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert stance_pairs(sentence, dt.date(1990, 3, 19)) == pairs
