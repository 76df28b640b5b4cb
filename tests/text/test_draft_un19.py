"""Security Council counts and leads (issue 13, heldout19 Security Council misses).

* "without a dissenting vote or an abstention" is unanimity (none against, none abstaining);
  "without a dissenting vote" alone is none against, abstentions left open;
* "adopted by thirteen votes" counts the votes for the text; a margin ("passed by three
  votes", "defeated by two votes") is no count;
* "nobody voting against" is none against;
* a web page's dateline line with only a byline after it ("UNITED NATIONS, 4 March 1985 - By
  our staff") is not the lead: the lead that follows says which council decided.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts and stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario


@pytest.mark.parametrize(
    "sentence, counts, unanimous",
    [
        # none against and no abstention: unanimity -> no 0, unanimous
        ("The members passed the text without a dissenting vote or an abstention.",
         {"no": 0}, True),
        ("It went through without a vote against or any abstention.", {"no": 0}, True),
        # none against only: the abstentions are not said -> no 0, not unanimous
        ("The measure was adopted without a dissenting voice.", {"no": 0}, False),
        # the votes for it, and nobody against -> yes 11, no 0
        ("The text was adopted by eleven votes, nobody voting against.",
         {"yes": 11, "no": 0}, False),
        ("It was approved by 9 votes, with six abstentions.", {"yes": 9, "abstain": 6}, False),
        # "by N votes to M" is still read by its own pattern -> yes 12, no 3
        ("The draft was adopted by 12 votes to 3.", {"yes": 12, "no": 3}, False),
    ],
)  # fmt: skip
def test_counts_of_a_council_vote(sentence, counts, unanimous):
    tally = find_counts(sentence)
    assert tally.as_dict() == counts
    assert tally.unanimous is unanimous


@pytest.mark.parametrize(
    "sentence",
    [
        # a margin, not the votes for it -> no count
        "The bill passed by three votes in the lower house.",
        "The amendment was defeated by two votes.",
        # a dissenting voice that was heard is no count
        "The only dissenting voice came from the delegate of Peru.",
        # "nobody" not voting -> no count
        "Nobody expected the talks on the text to end soon.",
    ],
)
def test_no_count_from_a_margin_or_a_voice(sentence):
    assert find_counts(sentence).as_dict() == {}


# The 2010 Security Council: the five permanent members and AUT BIH BRA GAB JPN LBN MEX NGA
# TUR UGA.  Invented decisions.
_HEAD = "Security Council backs new piracy court\n\nUNITED NATIONS, 9 June 2010 - "


@needs_spacy
def test_thirteen_votes_with_two_named_abstainers_fill_the_rest():
    # 13 for, 2 abstaining (both named), none against: the other thirteen support
    sc = draft_scenario(
        _HEAD + "The Security Council on Wednesday set up a court to try pirates seized off "
        "the Horn of Africa. The resolution was adopted by thirteen votes, with Lebanon and "
        "Gabon abstaining and nobody voting against.\n",
        source="t.txt",
    )
    got = labels(sc)
    assert got["LBN"] == "abstain" and got["GAB"] == "abstain"
    others = {"CHN", "FRA", "GBR", "USA", "RUS", "AUT", "BIH", "BRA", "JPN", "MEX", "NGA"}
    assert {m: got.get(m) for m in others | {"TUR", "UGA"}} == dict.fromkeys(
        others | {"TUR", "UGA"}, "support"
    )


@needs_spacy
def test_no_dissent_and_no_abstention_is_every_member():
    sc = draft_scenario(
        _HEAD + "The Security Council on Wednesday set up a court to try pirates seized off "
        "the Horn of Africa. The fifteen members adopted the text without a dissenting vote "
        "or an abstention. Brazil's delegate called it overdue.\n",
        source="t.txt",
    )
    got = labels(sc)
    assert len(got) == 15 and set(got.values()) == {"support"}


@needs_spacy
def test_no_dissent_alone_fills_no_one():
    # none against, but the abstentions are not said: no member is assumed
    sc = draft_scenario(
        _HEAD + "The Security Council on Wednesday set up a court to try pirates seized off "
        "the Horn of Africa. The text was adopted without a dissenting vote. Brazil voted for "
        "it.\n",
        source="t.txt",
    )
    assert labels(sc) == {"BRA": "support"}


def _body(sc: dict) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


_BYLINE_PAGE = (
    "Council hands border row to the General Assembly\n\n"
    "UNITED NATIONS, 4 March 1985 - By our staff\n\n"
    "The {decider} on Monday voted to refer the border dispute between Ecuador and Peru "
    "to the {to}, after a week of fruitless talks. The Security Council will "
    "meet again on Friday. The General Assembly is to debate the matter next month.\n"
)


@needs_spacy
@pytest.mark.parametrize(
    "decider, to, body",
    [
        # the lead after the byline line makes the Security Council the decider (the
        # Assembly, named more often, is what it hands the matter to) -> unsc
        ("Security Council", "General Assembly", "unsc"),
        # near miss: the lead makes the Assembly the decider -> unga
        ("General Assembly", "International Court of Justice", "unga"),
    ],
)
def test_the_lead_after_a_byline_line_names_the_decider(decider, to, body):
    sc = draft_scenario(_BYLINE_PAGE.format(decider=decider, to=to), source="t.txt")
    assert _body(sc) == body


# A member named as absent cast no vote, so a count is of the members present.  Members on 27
# June 1950 (unsc.yaml): the five permanent (China's seat CHN, the Soviet Union SUN) and Cuba,
# Ecuador, Egypt, India, Norway, Yugoslavia; the vote was 7-1, Egypt and India not voting
# (here told as abstaining), the Soviet Union absent (its boycott).  On 22 May 2003 Syria was
# absent and the other fourteen voted for the text.
_KOREA = (
    "LAKE SUCCESS, 27 June 1950 - The Security Council on Tuesday recommended that members "
    "help the Republic of Korea repel the attack by seven votes to one, with Egypt and India "
    "abstaining. Yugoslavia voted against."
)


@needs_spacy
def test_an_absent_member_leaves_the_count_to_those_present():
    got = labels(draft_scenario(_KOREA + " The Soviet Union was absent.", source="t.txt"))
    seven = {"CHN", "FRA", "GBR", "USA", "CUB", "ECU", "NOR"}
    assert got == {"EGY": "abstain", "IND": "abstain", "YUG": "oppose"} | dict.fromkeys(
        seven, "support"
    )
    # near miss: the absence not told, ten votes of eleven members: no one is assumed
    assert labels(draft_scenario(_KOREA, source="t.txt")) == {
        "EGY": "abstain",
        "IND": "abstain",
        "YUG": "oppose",
    }


@needs_spacy
def test_fourteen_votes_to_none_with_one_member_absent():
    sc = draft_scenario(
        "NEW YORK, 22 May 2003 - The Security Council on Thursday lifted the sanctions on "
        "Iraq by 14 votes to none. Syria was absent.",
        source="t.txt",
    )
    got = labels(sc)
    present = {"CHN", "FRA", "RUS", "GBR", "USA", "AGO", "BGR", "CMR", "CHL", "DEU", "GIN"}
    present |= {"MEX", "PAK", "ESP"}
    assert got == dict.fromkeys(present, "support")
