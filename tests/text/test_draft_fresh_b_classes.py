"""Failure classes read from the first run of the fresh training split train8 (b01-b24; issue
13, twelfth stop): companions joining the author of a text ("X, which drafted the text, was
joined by A and B"), the Soviet-era names of UN members (the Byelorussian SSR, Czechoslovakia),
a reaction to the adopted "document", a warning against a state's own accession ("warned
Madrid against joining"), the UN's "Group of 77 and China", a group's name, not China; and
from wording the split's misses showed once its second decisions are split off: asking for the
decision in a passive clause ("called for the sanctions to be extended", "for Moldova to be
made a candidate"), and never support when the clause is negated ("not to be extended").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, needs_spacy, resolved

from concilium.text.draft import Gazetteer, draft_scenario

UNSC = dt.date(2019, 6, 14)  # a day in the 2019 Council: BEL, DEU, IDN, ZAF, PER ... elected
NATO = dt.date(2021, 10, 21)
OLD_UN = dt.date(1956, 11, 4)  # the Byelorussian SSR and Czechoslovakia both UN members then


# ---------------------------------------- joined by companions in the author's own act


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # Germany wrote the text; Peru and Indonesia "joined" Germany in it (as co-authors or
        # as voters): both are for the text, like its author
        (
            (
                "The Security Council on Monday renewed the mission. Germany, which wrote the text, "
                "was joined by Peru and Indonesia."
            ),
            {"DEU": "support", "PER": "support", "IDN": "support"},
        ),
        # the author's act is a block: joining the one who blocked it is blocking it too
        (
            (
                "The Security Council on Monday failed to adopt the draft. Russia, which vetoed the "
                "draft, was joined by China."
            ),
            {"RUS": "oppose", "CHN": "oppose"},
        ),
    ],
)
def test_joined_by_the_author(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=UNSC))
    for actor, label in expected.items():
        assert got.get(actor) == label, (actor, got)


@needs_spacy
def test_joined_by_after_a_reaction_is_no_stance():
    # Belgium only "regretted the delay" (a reaction, not its act on the text): what South
    # Africa joined it in is not a stance on the mission, so South Africa gets none
    text = (
        "The Security Council on Monday renewed the mission. Belgium, which regretted the delay, "
        "was joined by South Africa."
    )
    assert "ZAF" not in labels(draft_scenario(text, source="t.txt", on=UNSC))


# ---------------------------------------- Soviet-era names of UN members


@pytest.mark.parametrize(
    "surface, actor",
    [
        ("Byelorussia", "BLR"),
        ("the Byelorussian SSR", "BLR"),
        ("the Byelorussian delegation", "BLR"),  # demonym
        ("Czechoslovakia", "CSK"),
        ("the Czechoslovak delegate", "CSK"),  # demonym
    ],
)
def test_soviet_era_names(surface, actor):
    found = Gazetteer.builtin().find(f"On Sunday {surface} spoke.", OLD_UN)
    assert [m.actor for m in found if m.actor] == [actor]


def test_czechoslovakia_ends_with_1992():
    # Czechoslovakia was dissolved on 31 Dec 1992 (CZE and SVK from 1 Jan 1993): the name
    # names no state after it
    found = Gazetteer.builtin().find("Czechoslovakia spoke.", dt.date(1995, 1, 1))
    assert [m.actor for m in found if m.actor] == []


@needs_spacy
def test_soviet_republics_vote_against():
    # the five named "voted against": the Soviet Union, the Ukrainian and the Byelorussian
    # Soviet republics (UKR, BLR: their UN seats), Poland and Czechoslovakia
    text = (
        "The Assembly adopted the plan. The Soviet Union, the Ukrainian and Byelorussian Soviet "
        "republics, Poland and Czechoslovakia voted against."
    )
    got = resolved(text, OLD_UN)
    assert got == {a: "oppose" for a in ("SUN", "UKR", "BLR", "POL", "CSK")}


# ---------------------------------------- a reaction to "the document"


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "condemned" the adopted text, called "the document": against it
        (
            "NATO leaders on Thursday adopted a new strategy. Moscow condemned the document.",
            {"RUS": "oppose"},
        ),
        # "welcomed" it: for it
        (
            "NATO leaders on Thursday adopted a new strategy. Canberra welcomed the document.",
            {"AUS": "support"},
        ),
    ],
)
def test_reaction_to_the_document(text, expected):
    assert resolved(text, NATO) == expected


# ---------------------------------------- warning a state against joining


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the article's decision is Finland's accession; Moscow warned Helsinki "against
        # joining": against the accession.  Helsinki is the one warned, no stance of its own
        (
            (
                "Finland became the alliance's newest member on Tuesday. Moscow had warned Helsinki "
                "against joining."
            ),
            {"FIN": "support", "RUS": "oppose"},
        ),
        # joining the alliance, named: the same
        (
            (
                "Finland became the alliance's newest member on Tuesday. Moscow had warned Helsinki "
                "against joining the alliance."
            ),
            {"FIN": "support", "RUS": "oppose"},
        ),
        # joining something else (a boycott) is another act: no stance of Moscow's
        (
            (
                "Finland became the alliance's newest member on Tuesday. Moscow had warned Helsinki "
                "against joining the boycott."
            ),
            {"FIN": "support"},
        ),
    ],
)
def test_warned_against_joining(text, expected):
    assert resolved(text, dt.date(2023, 4, 4)) == expected


# ---------------------------------------- the Group of 77 and China


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        "The Assembly adopted the text, tabled by Ghana on behalf of the Group of 77 and China.",
        "The Assembly adopted the text, tabled by Ghana for the G77 and China.",
        (
            "The Assembly adopted the text, tabled by Ghana on behalf of the Group of 77 developing "
            "countries and China."
        ),
    ],
)
def test_group_of_77_and_china_is_not_china(text):
    # Ghana tabled the text (support); "the Group of 77 and China" is one group's name, so
    # China has no stance of its own
    assert resolved(text, dt.date(2015, 12, 22)) == {"GHA": "support"}


@needs_spacy
def test_china_named_on_its_own_still_counts():
    # after the group's name, China's own vote is read as usual
    text = (
        "The Assembly adopted the text, tabled by Ghana on behalf of the Group of 77 and China. "
        "China voted in favour."
    )
    assert resolved(text, dt.date(2015, 12, 22)) == {"GHA": "support", "CHN": "support"}


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        # "had written" (the past participle of "write") is authorship as "wrote" is
        (
            "The Security Council on Monday renewed the mission. Germany, which had written the "
            "text, was joined by Peru, Indonesia and Belgium."
        ),
        # the role noun "author" in apposition, and companions joining the author
        (
            "The Security Council on Monday renewed the mission. Germany, the text's author, was "
            "joined by Peru, Indonesia and Belgium."
        ),
    ],
)
def test_author_and_companions(text):
    got = labels(draft_scenario(text, source="t.txt", on=UNSC))
    assert got == {a: "support" for a in ("DEU", "PER", "IDN", "BEL")}


@needs_spacy
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "the author of the text" is the text's author: for it
        ("Germany, the author of the text, spoke first.", {"DEU": "support"}),
        # the author of something that is no decision (a report) says nothing of the text
        ("Germany, the author of the report, spoke first.", {}),
    ],
)
def test_author_of_what(sentence, expected):
    text = f"The Security Council on Monday renewed the mission. {sentence}"
    assert labels(draft_scenario(text, source="t.txt", on=UNSC)) == expected


# ---------------------------------------- more names of states that no longer exist


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # Yugoslavia (YUG) to 4 Feb 2003, when it became Serbia and Montenegro
        ("Yugoslavia and the Yugoslav envoy objected.", dt.date(1961, 5, 2), ["YUG", "YUG"]),
        ("Yugoslavia objected.", dt.date(2005, 1, 10), []),
        # the region named after the state: "the former Yugoslavia" is no actor
        ("The tribunal for the former Yugoslavia sat.", dt.date(1994, 6, 1), []),
        # East Germany (DDR) from 7 Oct 1949 to 2 Oct 1990; its longer names win over
        # Germany's ("East German" is not the region's word "East" before "German")
        ("East Germany and the GDR objected.", dt.date(1975, 6, 1), ["DDR", "DDR"]),
        ("An East German envoy objected.", dt.date(1975, 6, 1), ["DDR"]),
        ("East Germany objected.", dt.date(1991, 6, 1), []),
        # Bonn names the Federal Republic while it was the seat of government (to Aug 1999)
        ("Bonn objected.", dt.date(1982, 5, 30), ["DEU"]),
        ("Bonn objected.", dt.date(2001, 12, 5), []),
        # Peking, the older spelling of China's capital
        ("Peking objected.", dt.date(1971, 10, 25), ["CHN"]),
    ],
)
def test_more_past_names(text, day, expected):
    found = Gazetteer.builtin().find(text, day)
    assert [m.actor for m in found if m.actor] == expected


# ---------------------------------------- asking for the decision in a passive clause


@needs_spacy
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "called for the sanctions to be extended": asking that the decision be taken
        ("Portugal called for the sanctions to be extended.", {"PRT": "support"}),
        ("Portugal pressed for the sanctions to be renewed quickly.", {"PRT": "support"}),
        # asking that it NOT be done is no call for it: never support (an inversion before:
        # the parser hangs "for the sanctions" on "called" and the negation on the clause)
        ("Portugal called for the sanctions not to be extended.", {}),
        # the clause asks for something that is not a decision (talks, a deadline)
        ("Portugal called for the talks to be extended.", {}),
        # lifting: whether that is for or against depends on the decision; no guess
        ("Portugal called for the sanctions to be lifted.", {}),
    ],
)
def test_called_for_it_to_be_done(sentence, expected):
    text = f"EU ministers on Monday agreed to extend the sanctions on Belarus. {sentence}"
    assert labels(draft_scenario(text, source="t.txt", on=dt.date(2021, 2, 22))) == expected


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "Portugal had called for Moldova to be made a candidate.",
        "Portugal pressed for Moldova to be given candidate status.",
        "Portugal called for Moldova to be granted candidate status.",
    ],
)
def test_called_for_a_state_to_be_made_a_candidate(sentence):
    # the decision is Moldova's candidacy; asking that Moldova be made a candidate is for it
    text = f"EU leaders on Thursday made Moldova a candidate for membership. {sentence}"
    got = labels(draft_scenario(text, source="t.txt", on=dt.date(2022, 6, 23)))
    assert got.get("PRT") == "support", got
