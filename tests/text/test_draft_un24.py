"""Classes found by heldout24's UN articles (issue 13), each on sentences written for this
file (not the articles'), with near misses that keep their reading.

- "spoke in support of the US position": support of another state's side (its position,
  stance, line), not of the text; "spoke in support of the text" keeps its reading.
- "cast their ballots against the text", "cast its vote in favour of it": a vote, read from
  its direction as "voted" is ("cast doubt on it" is none).
- "were on the 'no' side", "were in the yes camp": a side of the vote, as "among the no
  votes"; "together with A, B and the rest of the Union's members" adds the named ones.
- "Russia vetoed a British draft ... The Council then adopted resolution 290": a numbered
  text adopted after a veto on the article's main decision is another text, with its own
  stances.

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

GA = (
    "UNITED NATIONS, 21 March 2019 - The General Assembly on Thursday rejected a Chilean "
    "draft resolution on fishing quotas by 40 votes to 52. "
)

CASES = [
    # ------------------------------------------- support of another state's side
    (GA + "Peru spoke in support of the Argentine position.", "PER", None),
    (GA + "Peru spoke in support of Argentina's stance before the vote.", "PER", None),
    # the state's own vote against the text stands beside it
    (
        GA + "Peru and Kenya spoke in support of the Argentine position and cast their "
        "ballots against the text.",
        "PER",
        "oppose",
    ),
    # kept: support of the text, of the draft a state wrote
    (GA + "Peru spoke in support of the text.", "PER", "support"),
    (GA + "Peru spoke in support of the Chilean draft.", "PER", "support"),
    # ------------------------------------------- casting a vote
    (GA + "Peru cast its ballot against the text.", "PER", "oppose"),
    (GA + "Peru cast its vote in favour of the text.", "PER", "support"),
    (GA + "Peru cast doubt on the text.", "PER", None),
    (GA + "Peru cast its vote.", "PER", None),
    # ------------------------------------------- a side of the vote
    (GA + 'Peru and Kenya were on the "no" side.', "KEN", "oppose"),
    (GA + "Peru and Kenya were also on the no side.", "PER", "oppose"),
    (GA + "Peru was in the yes camp.", "PER", "support"),
    (GA + "On the no side were Peru and Kenya.", "KEN", "oppose"),
    # not a side of the vote
    (GA + "Peru and Kenya were on the other side.", "PER", None),
    (GA + "Peru and Kenya were in the same camp as Argentina.", "PER", None),
    # "together with" the named ones, the unnamed rest aside
    (
        GA + "Peru and Kenya were on the no side, together with Ghana, Fiji and the rest of "
        "the Pacific Islands Forum's members.",
        "FJI",
        "oppose",
    ),
    (
        GA + "Peru and Kenya were among the no votes, along with Ghana and other African states.",
        "GHA",
        "oppose",
    ),
    # a phrase that is no actor after the list: none for the one named in it
    (
        GA + "Peru and Kenya were among the no votes, along with Ghana and the observers.",
        "GHA",
        None,
    ),
]


@pytest.mark.parametrize(("text", "actor", "expected"), CASES)
def test_reader(text: str, actor: str, expected: str | None) -> None:
    assert label(text, actor) == expected


VETOED = (
    "UNITED NATIONS, 6 February 1976 - France on Friday used its veto in the Security "
    "Council to kill a resolution on the island's referendum. "
)
ADOPTED = (
    "UNITED NATIONS, 6 February 1976 - The Security Council on Friday adopted a resolution "
    "on the island's referendum. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regretting the text's failure: let down, wanting it
        (VETOED + "Ghana's envoy said he regretted that the draft had failed.", "support"),
        (VETOED + "Ghana said it regretted that the text was not adopted.", "support"),
        (VETOED + "Ghana deplored that the resolution was vetoed.", "support"),
        # not the text's failure, or not regretted
        (VETOED + "Ghana regretted that the draft had been put to a vote.", None),
        (VETOED + "Ghana did not regret that the draft had failed.", None),
        # another text's failure in an article on an adopted one
        (ADOPTED + "Ghana regretted that an earlier draft had failed.", None),
        (ADOPTED + "Ghana regretted that the text was adopted.", None),
    ],
)
def test_regretting_the_failure(text: str, expected: str | None) -> None:
    assert label(text, "GHA") == expected


def un(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(
        "Council calls Assembly session\n\nUNITED NATIONS, 4 May 1970 - " + text,
        source="t.txt",
        on=dt.date(1970, 5, 4),
        body="unsc",
    )
    return labels_by_issue(sc, named_only=True)


def test_a_numbered_resolution_after_a_veto_on_the_main_text_is_its_own_issue():
    got = un(
        "Russia vetoed a British draft resolution on Ruritania on Monday. The Council then "
        "adopted resolution 290, which calls an emergency session of the General Assembly. "
        "That resolution passed by ten votes to one, with Russia casting the only vote "
        "against. Chile and Peru also voted in favour."
    )
    assert got == {
        "british-ruritania": {"SUN": "oppose", "GBR": "support"},
        "resolution-290": {"SUN": "oppose", "CHL": "support", "PER": "support"},
    }


def test_the_vetoed_text_adopted_later_stays_one_issue():
    # no number, no "new": the text told before
    got = un(
        "Russia vetoed a British draft resolution on Ruritania on Monday. The text, amended, "
        "was then adopted. Chile voted in favour."
    )
    assert len(got) == 1, got
