"""heldout29's open structural classes (issue 13, amend30), on sentences of my own.

- A state's own amendments, or its own rival proposal, told as turned down before the main
  vote ("Its amendments would have ..., but they were rejected", "Moscow's own proposal ...
  was turned down"): a decision of its own, which its author supports; no stance on the text
  adopted from it (29-25, 29-28).  Near misses: amendments with no owner, amendments adopted.
- A position told as the first of two in one sentence ("first opposed the package, then backed
  it"): the later one is the stance, the first never wins (29-14, 29-15: positions that moved
  within the article).  Near misses: "the first to oppose it", a later act of another state,
  a later act that is no stance.
- "A, whose minister had said ..., and B, which ..., also opposed it", parsed with A as the
  sentence's root: A opposed it too (29-06).
- A state telling the others that the text "ran counter to the Charter" opposes it, also in
  "told them in a memorandum that the treaty was aimed against it and ran counter to ..."
  (29-24).  Near misses: "ran counter to its expectations", something other than the text.
- Consultations held at a state's request ("The allies held consultations at the request of
  Poland") are the decision the requester backs, as "met at Poland's request" already was:
  probe29 case 50 coded it so and test_draft_joined_the_others kept it a near miss; the seen
  golds decide it (21-21 codes Poland's Article 4 request as support, 15-24 and 21-22 the
  requesters of a meeting likewise), so the near miss is recoded.  Near misses: a vote held
  over, or held, at a state's request (a procedure).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone (``None``: none).
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2024, 3, 15)
_UN_LEAD = (
    "Council renews Sudan sanctions\n\n"
    "UNITED NATIONS, 15 March 2024 (Wire) - The Security Council on Friday adopted a "
    "resolution renewing sanctions on Sudan for a year.\n\n"
)
_EU_LEAD = (
    "EU agrees new sanctions on Belarus\n\n"
    "BRUSSELS, 15 March 2024 (Wire) - European Union foreign ministers on Friday agreed a new "
    "package of sanctions on Belarus.\n\n"
)


def _issues(text: str, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


def _main_and_others(body_text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The named stances on the sanctions text (the issue whose id names Sudan) and on every
    other issue."""
    issues = _issues(_UN_LEAD + body_text, "unsc")
    main = [k for k in issues if "sudan" in k]
    assert len(main) == 1, list(issues)
    return issues[main[0]], [v for k, v in issues.items() if k != main[0]]


# ------------------------------------------------ a state's own text, turned down


@pytest.mark.parametrize(
    "body_text, author",
    [
        # the possessor named
        ("Russia's amendments, which would have lifted the arms embargo, were rejected.", "RUS"),
        # "its" for the state the sentence before was about, the rejection in a joined clause
        (
            (
                "Russia spoke at length before the vote. Its amendments would have lifted "
                "the arms embargo, but they were rejected."
            ),
            "RUS",
        ),
        # a rival proposal told apart by "own", in a clause the parser hangs on a noun
        (
            (
                "China argued its case in the sanctions committee, where Beijing's own proposal, "
                "calling for a review in six months, was turned down on Tuesday."
            ),
            "CHN",
        ),
        # "voted down"
        ("Algeria's amendments were voted down before the text passed.", "DZA"),
    ],
)
def test_own_text_turned_down_is_its_authors_issue(body_text, author):
    main, others = _main_and_others(body_text)
    assert main.get(author) is None  # nothing on the text adopted from its own text
    assert [o.get(author) for o in others] == ["support"]


@pytest.mark.parametrize(
    "body_text, actor",
    [
        # no owner: nobody to give the stance to
        ("The amendments were rejected before the text passed.", "RUS"),
        # amendments adopted: folded into the text, no decision of their own
        ("Russia's amendments were adopted before the vote.", "RUS"),
        # a plain text of a state's (the reported one may be it) is not told apart by "own"
        ("Russia's proposal was turned down in committee last year.", "RUS"),
    ],
)
def test_own_text_near_misses(body_text, actor):
    main, others = _main_and_others(body_text)
    assert all(o.get(actor) is None for o in others)
    assert main.get(actor) != "oppose"


# ------------------------------------------------ a position that moved within one sentence


def _eu(body_text: str) -> dict[str, str]:
    issues = _issues(_EU_LEAD + body_text, "eu-council")
    assert len(issues) == 1, list(issues)
    return next(iter(issues.values()))


@pytest.mark.parametrize(
    "body_text, expected",
    [
        # the first position dropped; the later verb (no subject of its own) read or not
        ("Hungary first backed the package, then turned against it.", None),
        # "at first" opening the sentence, the later act after a semicolon
        ("At first Hungary rejected the package; it later approved it.", "support"),
        ("Hungary opposed the package at first but later voted for it.", "support"),
        ("Hungary initially opposed the package but later backed it.", "support"),
    ],
)
def test_first_position_gives_way_to_the_later(body_text, expected):
    assert _eu(body_text).get("HUN") == expected


@pytest.mark.parametrize(
    "body_text, expected",
    [
        pytest.param(
            "Hungary first opposed the package, then backed it after a late concession.",
            "support",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a later verb sharing the first one's subject after a comma ('..., then "
                "backed it') is not read: the first position is dropped (no stance), not "
                "replaced",
            ),
        ),
        pytest.param(
            "Hungary first opposed the package, then abstained.",
            "abstain",
            marks=pytest.mark.xfail(
                strict=True,
                reason="as above, for 'then abstained' (no stance drafted)",
            ),
        ),
    ],
)
def test_later_verb_after_a_comma(body_text, expected):
    assert _eu(body_text).get("HUN") == expected


def test_first_position_never_wins_against_the_later():
    # the inversion the first position made before (oppose for a state that backed it)
    got = _eu("Hungary first opposed the package, then backed it after a late concession.")
    assert got.get("HUN") != "oppose"


@pytest.mark.parametrize(
    "body_text, actor, expected",
    [
        # "the first to": an order among states, not a first position
        ("Hungary was the first to oppose the package, then Poland joined it.", "HUN", "oppose"),
        # a later act that is no stance
        ("Hungary opposed the package, then left the meeting.", "HUN", "oppose"),
        # the later act is another state's
        ("France first backed the package, then Germany followed.", "FRA", "support"),
    ],
)
def test_first_position_near_misses(body_text, actor, expected):
    assert _eu(body_text).get(actor) == expected


# ------------------------------------------------ "A, whose ..., and B, which ..., also opposed it"


def test_state_described_by_whose_clause_before_a_list_subject():
    main, _ = _main_and_others(
        "Kenya, whose president, Paul Mwangi, had flown to New York for the debate, and Ghana, "
        "which joined Chile in asking for more time instead, also opposed it."
    )
    assert (main.get("KEN"), main.get("GHA")) == ("oppose", "oppose")


def test_whose_clause_near_miss():
    # the described state does something else; only the list's own subject opposed it
    main, _ = _main_and_others(
        "Kenya, whose ambassador chaired the talks, stayed silent, and Ghana opposed it."
    )
    assert main.get("KEN") is None
    assert main.get("GHA") == "oppose"


# ------------------------------------------------ "ran counter to the Charter"


@pytest.mark.parametrize(
    "body_text, expected",
    [
        ("Russia said the resolution ran counter to the Charter.", "oppose"),
        ("Russia said the resolution ran counter to international law.", "oppose"),
        # the clause hung on the note's noun, the verb joined to a passive
        (
            (
                "Russia told members in a letter last week that the resolution was aimed against "
                "it and ran counter to the Charter."
            ),
            "oppose",
        ),
        # near misses: not the law, not the text
        ("Russia said the resolution ran counter to its expectations.", None),
        ("Russia said the raid ran counter to the Charter.", None),
    ],
)
def test_runs_counter_to_the_charter(body_text, expected):
    main, _ = _main_and_others(body_text)
    assert main.get("RUS") == expected


# ------------------------------------------------ a meeting called at a state's request


def _first_named(text: str, body: str) -> dict[str, str]:
    issues = _issues(text, body)
    return next(iter(issues.values())) if issues else {}


@pytest.mark.parametrize(
    "sentence, body, expected",
    [
        # consultations held at a state's request: the sitting it asked for, which it backs
        ("The allies held consultations at the request of Estonia.", "nato", {"EST": "support"}),
        (
            (
                "NATO ambassadors held consultations under Article 4 of the treaty on Monday "
                "at the request of Latvia."
            ),
            "nato",
            {"LVA": "support"},
        ),
        # near misses: a vote held over or held at a state's asking is a procedure
        ("The vote was held over at the request of Ghana.", "unsc", {}),
        ("The Council held the vote at the request of Ghana.", "unsc", {}),
        pytest.param(
            (
                "The Security Council met in an emergency session on Monday at the request of "
                "Ghana. The meeting ended without any text being proposed."
            ),
            "unsc",
            {},
            marks=pytest.mark.xfail(
                strict=True,
                reason="a meeting told to end with no text ('ended without any text being "
                "proposed', probe29 case 6): the requester is still read as backing it",
            ),
        ),
    ],
)
def test_meeting_at_a_request(sentence, body, expected):
    text = "Allies meet on the fighting\n\nBRUSSELS, 15 March 2024 (Wire) - " + sentence
    assert _first_named(text, body) == expected
