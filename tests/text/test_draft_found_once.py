"""The drafter finds an article's names once: a state's title reads the mentions found already
(``_name_used`` with ``found``) and gives what finding them again gives.

Sentences written for this test.
"""

from __future__ import annotations

import datetime as dt

from concilium.text.draft import Gazetteer, Mention, _anchor_title, _name_used

TEXT = (
    "NATO leaders did not invite Macedonia on Thursday. Greece blocked the invitation, and "
    "officials in Skopje protested."
)
DAY = dt.date(2008, 4, 3)


def test_the_name_the_article_gives_a_state_is_read_from_the_mentions_found() -> None:
    gaz = Gazetteer.builtin()
    found = gaz.find(TEXT, DAY)
    assert _name_used("MKD", TEXT, gaz, DAY) == "Macedonia"  # the article's, not "North ..."
    assert _name_used("MKD", TEXT, gaz, DAY, found) == "Macedonia"
    # the capital is no name for the title; a state the article does not name by name: the
    # gazetteer's
    assert _name_used("GRC", TEXT, gaz, DAY, found) == "Greece"
    assert _name_used("ALB", TEXT, gaz, DAY, found) == gaz.state_name("ALB")
    assert _anchor_title("state:MKD", TEXT, gaz, None, DAY, found) == _anchor_title(
        "state:MKD", TEXT, gaz, None, DAY
    )


def test_the_mentions_given_are_the_ones_read() -> None:
    gaz = Gazetteer.builtin()
    # only the given mentions are read, not the text again: none given, the gazetteer's name
    assert _name_used("MKD", TEXT, gaz, DAY, []) == gaz.state_name("MKD")
    only = [Mention(0, 9, "Macedonia", "MKD", None, "alias")]
    assert _name_used("MKD", "Macedonia", gaz, DAY, only) == "Macedonia"
