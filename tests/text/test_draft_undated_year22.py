"""Dating an article whose dateline has no year, when a state it names by its own name
ended before some of the years its Security Council members leave (issue 13, heldout22's
undated dateline).

The members read on the latest possible day can leave years in which another state the text
names did not exist: "as did Yugoslavia" names no state in 2017, so Yugoslavia is not read as
a member there and Senegal alone leaves 2017.  A year in which a state the text names by its
own name did not exist is dropped, and the members are read again on a remaining year.  A
state told as history ("the former Soviet Union") moves nothing.

Every article here is written for these tests.  Terms (``unsc.yaml``): Senegal 1968-1969,
1988-1989 and 2016-2017; Yugoslavia (among others) 1988-1989; Malaysia is not read as seated
(its clause is split by an apposition).  20 March 1989 and 20 March 2017 were both Mondays.
"""

from __future__ import annotations

import datetime as dt

from concilium.text.draft import ArticleDate, Gazetteer, article_date

TODAY = dt.date(2026, 11, 30)

ARTICLE = """Security Council orders a ceasefire on the river, Moscow abstains

UNITED NATIONS, Monday, March 20 (Wire) - The Security Council ordered the two armies on the
river to stop firing and asked the Secretary-General to send a team of observers within a week.

The resolution was adopted by twelve votes to none, with three abstentions.

Malaysia, the only Asian state on the Council, and Senegal both abstained{rest}
"""


def _dated(rest: str) -> ArticleDate:
    return article_date(ARTICLE.format(rest=rest), TODAY, gazetteer=Gazetteer.builtin())


def test_a_defunct_state_named_as_voting_drops_the_years_after_it_ended():
    # Senegal alone leaves 1968, 1969, 1988, 1989, 2016, 2017; "Yugoslavia" names no state
    # in 2016 or 2017; read again on 1989, Senegal and Yugoslavia sat together in 1988 and
    # 1989, and the dateline's "Monday" leaves 1989 alone (20 March 1988 was a Sunday)
    got = _dated(", as did Yugoslavia, which rarely breaks with the non-aligned.")
    assert (got.day, got.how) == (dt.date(1989, 3, 20), "inferred")
    assert "Yugoslavia (" in got.why and "Senegal (1968-1969, 1988-1989, 2016-2017)" in got.why


def test_a_defunct_state_told_as_history_moves_nothing():
    # near misses: "the former ..." names the state as history, so the latest of Senegal's
    # years stays
    for rest in (
        ". The former Soviet Union had backed a ceasefire on the same river decades ago.",
        ". Observers from the former Yugoslavia will join the team.",
    ):
        got = _dated(rest)
        assert (got.day, got.how) == (dt.date(2017, 3, 20), "assumed"), rest


def test_no_defunct_state_leaves_the_latest_year():
    got = _dated(".")
    assert (got.day, got.how) == (dt.date(2017, 3, 20), "assumed")
