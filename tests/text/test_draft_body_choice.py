"""Which council an article is about: the lead sentence, the body's data coverage, and the
ways wire reports speak of EU deciders without naming a council."""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.errors import InputError
from concilium.text.draft import _open_body, draft_scenario


def _body_id(sc: dict) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


def test_the_council_named_alone_in_the_lead_sentence_decides():
    # The lead names only the Assembly; the Security Council is named twice further down (and
    # the Secretary-General, an official counted for it), so by counts alone it would win.
    article = (
        "NEW YORK, 14 March 2024 - The UN General Assembly on Thursday backed a text on "
        "ocean plastics by 150 votes to 3. Unlike Security Council resolutions, it does not "
        "bind states. France voted in favour. Secretary-General Antonio Guterres welcomed the vote. The Security "
        "Council has not taken up the question."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "unga"


def test_a_body_whose_data_do_not_cover_the_date_gives_way_to_the_next():
    # The built-in Security Council data start at its first meeting, 17 Jan 1946
    # (src/concilium/bodies/data/unsc.yaml); an article from before it that names the Council
    # more often than the Assembly is an Assembly article.
    body, the_body, members, error = _open_body(["unsc", "unga"], dt.date(1946, 1, 10))
    assert (body, the_body, members, error) == ("unga", None, {}, None)
    # near miss: 1965, which the data cover since they reach back to 1946, stays the Council's
    body, the_body, members, error = _open_body(["unsc", "unga"], dt.date(1965, 10, 21))
    assert (body, error) == ("unsc", None) and len(members) == 11


def test_a_forced_body_outside_its_data_is_drafted_with_its_error():
    # (the draft goes on with no members from the data and warns: test_draft_dates18.py)
    body, the_body, members, error = _open_body(["unsc"], dt.date(1946, 1, 10))
    assert (body, the_body.id, members) == ("unsc", "unsc", {})
    assert isinstance(error, InputError) and "1946-01-17" in str(error)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of 25 of the European Union's 27 countries agreed on Monday on a new treaty.",
        "European affairs ministers could not agree to open the talks.",
        "The Polish presidency of the EU had proposed a compromise.",
        "Euro zone leaders agreed before dawn to let the fund lend to banks.",
        "Once the deal was reached, all 27 leaders adopted the growth pact.",
    ],
)
def test_eu_deciders_named_without_a_council(sentence):
    # No council name in the text: each sentence speaks of the EU's member governments.
    article = f"BRUSSELS, 30 January 2012 - {sentence} France backed it."
    assert _body_id(draft_scenario(article, source="a.txt")) == "eu-council"


def test_the_first_sentence_naming_a_council_decides_not_the_headline_alone():
    # The headline names no council; the lead names only the Assembly; the Security Council
    # is named twice further down, so by counts alone it would win (2 to 1).
    article = (
        "Assembly backs report on Gaza war\n\n"
        "UNITED NATIONS, 5 November 2009 - The UN General Assembly on Thursday endorsed a "
        "report by 114 votes to 18. Israel voted against. The text asks that the report be "
        "sent to the Security Council, where the Security Council's members may take it up."
    )
    assert _body_id(draft_scenario(article, source="a.txt")) == "unga"


def test_un_assembly_is_the_general_assembly():
    article = "UN Assembly demands halt to barrier\n\nNEW YORK, 21 October 2003 - Israel voted no."
    assert _body_id(draft_scenario(article, source="a.txt")) == "unga"
