"""The council an article is about when it never names one in full: the signals a careful
reader puts together ("the Council" voting on a resolution in New York, a permanent member's
veto, the European Union acting through its ministers or a written procedure), and the clear
error kept when those signals are partial or point at two councils."""

from __future__ import annotations

import pytest

from concilium.errors import InputError
from concilium.text.draft import _signalled_body, draft_scenario


def _body_id(sc: dict) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


@pytest.mark.parametrize(
    "article",
    [
        # the veto hint reads across an abbreviation's periods
        (
            "LAGOS, 3 May 2019 - Britain vetoed a U.K.-French resolution on fishing quotas. "
            "Norway voted in favour."
        ),
        # "the Council" votes on a resolution, told from New York
        (
            "NEW YORK, 3 May 2019 - The Council voted 13 to 2 on Friday for a resolution on "
            "river pollution. Norway voted in favour."
        ),
        # a permanent member's veto of a draft
        (
            "GENEVA, 3 May 2019 - China vetoed the draft on Friday, its second in a month. "
            "Norway voted in favour."
        ),
    ],
)
def test_security_council_signals(article):
    assert _body_id(draft_scenario(article, source="a.txt")) == "unsc"


@pytest.mark.parametrize(
    "article",
    [
        (
            "BRUSSELS, 3 May 2019 - The European Union on Friday approved money for river "
            "clean-up. Transport ministers agreed on it on Thursday. Spain backed it."
        ),
        (
            "BRUSSELS, 3 May 2019 - The bloc adopted the EU fishing rules by written procedure "
            "on Friday. Spain backed them."
        ),
        (
            "BRUSSELS, 3 May 2019 - The EU agreed at a summit on Friday to cut fishing quotas. "
            "Spain backed the cut."
        ),
    ],
)
def test_eu_signals(article):
    assert _body_id(draft_scenario(article, source="a.txt")) == "eu-council"


@pytest.mark.parametrize(
    "text",
    [
        # partial: "the Council" and a vote, but nothing places it at the United Nations
        "The Council voted on Friday for a resolution on river pollution.",
        # partial: the Union named, but not acting through its governments
        "The European Union said on Friday that river pollution was rising.",
        # partial: a veto by a state that holds none in the Security Council
        "Poland vetoed the draft on Friday.",
        # partial: a permanent member's veto, but of no draft or resolution
        "Russia vetoed the plan on Friday.",
        # a sentence ends between the veto and the state: "China. Vetoed" is no veto by China
        "Aid went to China. Others vetoed the text.",
        # "the bloc" with no word of the EU may be any bloc
        "The bloc's leaders agreed at a summit on Friday to cut fishing quotas.",
        # another grouping named: its summit, not the EU's
        "The African Union summit ended; the EU sent two ministers as observers.",
        # conflicting: Security Council and EU signals both present
        (
            "NEW YORK, 3 May 2019 - The Council voted for a resolution. EU ministers met the "
            "European Union envoy."
        ),
    ],
)
def test_partial_or_conflicting_signals_name_no_body(text):
    assert _signalled_body(text) is None


def test_partial_signals_keep_the_clear_error():
    article = (
        "GENEVA, 3 May 2019 - The Council voted on Friday for a text on river pollution. "
        "Norway voted in favour."
    )
    with pytest.raises(InputError, match="names no council"):
        draft_scenario(article, source="a.txt")
