"""A count fills the decision its sentence names (issue 13, heldout21's counts).

- A count sentence that opens with the decision it counts, named by a state ("The Moldova
  text was backed by 26 ...") or a name an issue's words have ("The Haiti resolution was
  adopted by 15 votes to none"), fills that decision's issue, not the one the sentences before
  it were about; a decision named by a state that no issue is about (a summit statement beside
  a sanctions package) fills nothing, rather than the wrong issue.
- A count of a text told by what its main clause says ("In the text adopted by all 27, the
  leaders urged Serbia to ...") names the text by the states it speaks of: one no issue's
  words name fills nothing (heldout22: a put-off climate target got the 27 of a Turkey text,
  overruling Poland's refusal).
- Near misses: a one-decision article, a text named by its place ("The second resolution"),
  a text named by no name ("The resolution"), and a text whose main clause names the issue's
  state (Moscow, on sanctions on Russia) or none keep the count where it was.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 14)
# the Security Council's fifteen members on DAY
COUNCIL = {"CHE", "CHN", "DZA", "ECU", "FRA", "GBR", "GUY", "JPN", "KOR", "MLT", "MOZ", "RUS",
           "SLE", "SVN", "USA"}  # fmt: skip

TWO_COUNCIL_TEXTS = (
    "Council renews Haiti mission and extends Mali sanctions\n\n"
    "UNITED NATIONS, 14 March 2024 - The Security Council on Thursday renewed the Haiti "
    "mission for a year and extended sanctions on Mali.\n\n"
    "Russia abstained on the sanctions, which it called outdated.\n\n"
)


def by_title(sc: dict, word: str) -> dict[str, str]:
    """The stances of the one drafted issue whose title has ``word``."""
    found = [i["id"] for i in sc["issues"] if word.lower() in i["title"].lower()]
    assert len(found) == 1, (word, [i["title"] for i in sc["issues"]])
    return labels_by_issue(sc)[found[0]]


@needs_spacy
def test_a_count_of_a_text_named_by_a_state_no_issue_is_about_fills_nothing():
    # Two decisions: a statement on Moldova that 26 leaders backed (Hungary withheld
    # consent) and a sanctions package on Belarus that Austria vetoed.  The 26 are the
    # statement's, not the package's: no one is counted on the sanctions (Hungary least of
    # all); Austria's veto stays.
    sc = draft_scenario(
        "Twenty-six leaders back Moldova text as Orban stays out; Austria holds up new "
        "sanctions\n\n"
        "BRUSSELS, 14 March 2024 - European Union leaders ended a summit on Thursday with a "
        "statement of support for Moldova that only twenty-six of the twenty-seven "
        "governments would sign, and a package of sanctions on Belarus that Austria refused "
        "to approve.\n\n"
        "The Moldova text was backed by 26 heads of state and government after Hungarian "
        "Prime Minister Viktor Orban withheld his consent.\n\n"
        "Austrian Chancellor Karl Nehammer used his veto on the sanctions package, demanding "
        "guarantees for Austrian banks.",
        source="t.txt",
        on=DAY,
        body="eu-council",
    )
    assert by_title(sc, "sanctions") == {"AUT": "oppose"}


@needs_spacy
def test_a_count_of_the_first_text_told_after_the_second_fills_the_first():
    # "The Haiti resolution was adopted by 15 votes to none": every member voted for the
    # Haiti text (Russia too); on the Mali sanctions only Russia's abstention is told.
    sc = draft_scenario(
        TWO_COUNCIL_TEXTS + "The Haiti resolution was adopted by 15 votes to none.",
        source="t.txt",
        on=DAY,
        body="unsc",
    )
    assert by_title(sc, "haiti") == dict.fromkeys(COUNCIL, "support")
    assert by_title(sc, "mali") == {"RUS": "abstain"}


@needs_spacy
@pytest.mark.parametrize(
    "count",
    [
        # named by its place: the second text named, the sanctions -> theirs
        "The second resolution was adopted by 14 votes to none, with one abstention.",
        # named by no name, after the sanctions paragraph -> the sanctions'
        "The resolution was adopted by 14 votes to none, with one abstention.",
    ],
)
def test_a_count_named_by_no_name_stays_where_it_was(count):
    # 14 for and one abstention, Russia's: the other fourteen support the sanctions
    sc = draft_scenario(TWO_COUNCIL_TEXTS + count, source="t.txt", on=DAY, body="unsc")
    assert by_title(sc, "mali") == {
        **dict.fromkeys(COUNCIL - {"RUS"}, "support"),
        "RUS": "abstain",
    }
    assert by_title(sc, "haiti") == {}


@needs_spacy
def test_a_one_decision_article_keeps_its_count():
    # one decision, named by its state: the count is its own -> all fifteen support
    sc = draft_scenario(
        "Council renews Haiti mission\n\n"
        "UNITED NATIONS, 14 March 2024 - The Security Council on Thursday renewed the Haiti "
        "mission for a year.\n\n"
        "The Haiti resolution was adopted by 15 votes to none.",
        source="t.txt",
        on=DAY,
        body="unsc",
    )
    (only,) = labels_by_issue(sc).values()
    assert only == dict.fromkeys(COUNCIL, "support")


CAP_PUT_OFF = (
    "EU leaders put off gas price cap decision\n\n"
    "BRUSSELS, 14 March 2024 - European Union leaders on Thursday put off until June a "
    "decision on a cap on gas prices. Spain pressed for the cap. The Netherlands has said it "
    "cannot back a cap.\n\n"
)


@needs_spacy
def test_a_count_of_a_text_told_by_what_it_says_of_a_state_no_issue_names_fills_nothing():
    # "In the text adopted by all 27, the leaders urged Serbia ...": the 27 adopted a text on
    # Serbia and Kosovo, not the cap put off; the Netherlands' refusal is not overruled, and
    # no one is counted on the cap
    sc = draft_scenario(
        CAP_PUT_OFF + "In the text adopted by all 27, the leaders urged Serbia to end its "
        "border dispute with Kosovo.",
        source="t.txt",
        on=DAY,
        body="eu-council",
    )
    (only,) = labels_by_issue(sc).values()
    assert only == {"ESP": "support", "NLD": "oppose"}


@needs_spacy
def test_a_count_of_a_text_told_by_what_it_says_of_the_issues_state_stays():
    # the text urges Moscow (Russia, whom the sanctions are on): the count is the sanctions'
    sc = draft_scenario(
        "EU extends sanctions on Russia\n\n"
        "BRUSSELS, 14 March 2024 - European Union leaders on Thursday extended economic "
        "sanctions on Russia for six months.\n\n"
        "In the text adopted by all 27, the leaders urged Moscow to withdraw its troops.",
        source="t.txt",
        on=DAY,
        body="eu-council",
    )
    (only,) = labels_by_issue(sc).values()
    assert set(only.values()) == {"support"} and len(only) == 27


@needs_spacy
def test_a_count_of_a_text_told_by_what_it_says_naming_no_state_stays():
    # the text names no state: the one decision's (a cap agreed by all 27)
    sc = draft_scenario(
        "EU leaders agree gas price cap\n\n"
        "BRUSSELS, 14 March 2024 - European Union leaders on Thursday agreed a cap on gas "
        "prices.\n\n"
        "In the text adopted by all 27, the leaders asked the Commission to propose the cap "
        "by June.",
        source="t.txt",
        on=DAY,
        body="eu-council",
    )
    (only,) = labels_by_issue(sc).values()
    assert set(only.values()) == {"support"} and len(only) == 27
