"""Council of the EU and European Council stances misread in heldout25 (issue 13), on
sentences written for this file.

- A relative clause in the past perfect whose participle the tagger reads as a simple past
  after an adverbial ("Greece, which had for years blocked the talks, did not stand in the
  way") is background, as "which had blocked the talks" is: the main clause's stance is the
  state's ("did not stand in the way", "dropped its veto": consent), not the old blocking
  (which inverted it).  Not a main clause in the past perfect ("Greece had for years blocked
  the talks", still its stance), nor an old backing with a blocking now.
- "refusing to back it" / "declining to endorse it" is a refusal as "refused to" is (it was
  read as backing: an inversion); "refusing to block it" lets it pass (no stance of its own).
- A refusal to sign with nothing named ("Prague also refused to sign"), after a sentence
  naming a signed text, is not signing that text (oppose, weak, as "refused to sign the
  treaty").  Not said of the future, on a condition, nor "has yet to sign".
- Staying out with nothing named ("... as Orban stays out") is what a refusal told of the
  same state elsewhere in the article was ("withheld his approval", "refused to sign"):
  against the decision, not an abstention.  "Stayed out of the vote" stays an abstention,
  and so does a bare staying out alone or beside a plain "did not sign"; one told beside
  another state's act ("... as Orban stays out; Fico holds up new sanctions": maybe two
  decisions) is left as it was.
- "Zelenskiy" (the news agencies' spelling) is Ukraine's president, as "Zelensky" and
  "Zelenskyy" are (in office from 2019-05-20, president.gov.ua).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, stance_pairs

from concilium.text.draft import Gazetteer, draft_scenario

DAY = dt.date(2018, 6, 26)
LEAD = "EU ministers agreed on Tuesday to open accession talks with Serbia. "


def _labels(text: str) -> dict[str, str]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    return labels(sc, named_only=True)


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an old block told with an adverbial before the participle: background
        (
            (
                "Greece, which had for years blocked its neighbour's path, did not stand in "
                "the way this time."
            ),
            {"GRC": "support"},
        ),
        (
            "Greece, which had for a decade blocked the talks, dropped its veto.",
            {"GRC": "support"},
        ),
        (
            "Bulgaria, which had until then blocked the talks, no longer objected.",
            {"BGR": "support"},
        ),
        # near misses: the same without the adverbial (as before), a main clause in the past
        # perfect (still its stance), and an old backing with a block now
        (
            "Greece, which had blocked the talks, did not stand in the way this time.",
            {"GRC": "support"},
        ),
        ("Greece had for years blocked the talks.", {"GRC": "oppose"}),
        (
            "Greece, which had for years backed the talks, stood in the way this time.",
            {"GRC": "oppose"},
        ),
    ],
)
def test_an_old_block_in_a_past_perfect_relative_clause_is_background(
    sentence: str, expected: dict
) -> None:
    assert _labels(LEAD + sentence) == expected


# ------------------------------------------ refusing to sign, and staying out by refusing
SIGNING = "Leaders of twenty-five member states signed a treaty on budget rules on Friday. "


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "refusing" is a refusal as "refused" is: not backing it (an inversion before)
        (
            "Leaders signed a treaty on budget rules, with Portugal refusing to back it.",
            {("PRT", "oppose")},
        ),
        (
            "Leaders signed a treaty on budget rules, with Portugal declining to endorse it.",
            {("PRT", "oppose")},
        ),
        # near miss: refusing to block it lets it pass (no stance of its own, as "did not")
        (
            "Leaders signed a treaty on budget rules, with Portugal refusing to block it.",
            {("PRT", "neutral")},
        ),
    ],
)
def test_refusing_is_a_refusal(sentence: str, expected: set) -> None:
    assert stance_pairs(sentence, on=dt.date(2012, 3, 2)) == expected


@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a refusal to sign with nothing named, after a signing: not signing the text
        ("Portugal refused to sign.", {"PRT": "oppose"}),
        ("Portugal also refused to sign, citing its constitution.", {"PRT": "oppose"}),
        ("Portugal and Malta declined to sign.", {"PRT": "oppose", "MLT": "oppose"}),
        # near misses: a refusal said of the future or on a condition, "yet to sign" (not a
        # refusal), and refusing to sign up to something else named
        ("Portugal would refuse to sign.", {}),
        ("Portugal refused to sign unless the text was changed.", {}),
        ("Portugal has yet to sign.", {}),
    ],
)
def test_a_bare_refusal_to_sign_after_a_signing(sentence: str, expected: dict) -> None:
    assert _labels(SIGNING + sentence) == expected


def _headed(headline: str, body: str) -> dict[str, str]:
    return _labels(f"{headline}\n\nBRUSSELS, 2 March 2012 - {body}")


@needs_spacy
@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # staying out, told by a refusal of the same state: the refusal says what it was
        (
            "Twenty-five leaders sign budget treaty as Portugal stays out",
            SIGNING + "Portugal refused to sign.",
            {"PRT": "oppose"},
        ),
        (
            "EU leaders back trade statement as Portugal stays out",
            "EU leaders adopted a statement on trade on Friday. Portugal withheld its approval.",
            {"PRT": "oppose"},
        ),
        # near misses: staying out of the vote is an abstention whatever else is said; a bare
        # staying out alone, or with a plain "did not sign", stays an abstention
        (
            "EU ministers adopt trade statement",
            (
                "EU ministers adopted a statement on trade on Friday. Portugal stayed out of "
                "the vote. It refused to back the text."
            ),
            {"PRT": "abstain"},
        ),
        (
            "Twenty-five leaders sign budget treaty as Portugal stays out",
            SIGNING + "The others praised the text.",
            {"PRT": "abstain"},
        ),
        (
            "Twenty-five leaders sign budget treaty as Portugal stays out",
            SIGNING + "Portugal did not sign the treaty.",
            {"PRT": "abstain"},
        ),
    ],
)
def test_staying_out_told_as_a_refusal_is_opposing(
    headline: str, body: str, expected: dict
) -> None:
    assert _headed(headline, body) == expected


@needs_spacy
def test_staying_out_beside_another_states_act_is_left_alone():
    # near miss: the headline tells two decisions (the statement Portugal stays out of, the
    # tariffs Malta holds up), so the refusal told later may be on either: staying out and
    # withholding consent stay a tie (no stance for Portugal; not a guess); Malta's block stays
    got = _headed(
        "Twenty-six leaders back trade statement as Portugal stays out; Malta holds up new tariffs",
        "EU leaders ended their summit with a statement on trade that twenty-six governments "
        "backed, and new tariffs on steel that Malta refused to approve. The trade statement "
        "was backed by 26 leaders after Portugal withheld its consent.",
    )
    assert "PRT" not in got and got.get("MLT") == "oppose", got


@pytest.mark.parametrize(
    ("text", "on", "who"),
    [
        ("President Volodymyr Zelenskiy thanked the leaders.", dt.date(2024, 12, 19), ["UKR"]),
        ("Zelenskiy said the aid was vital.", dt.date(2022, 3, 1), ["UKR"]),
        # near miss: before his term (from 2019-05-20) the name is nobody's office
        ("Zelenskiy said the aid was vital.", dt.date(2018, 3, 1), []),
    ],
)
def test_the_agencies_spelling_of_zelensky(text: str, on: dt.date, who: list) -> None:
    assert [m.actor for m in Gazetteer.builtin().find(text, on)] == who
