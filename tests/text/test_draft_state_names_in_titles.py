"""An issue on a state's membership is titled with the name the article gives the state (the
name it had then), not the gazetteer's current name (issue 13: a 2008 report on "Macedonia"
was titled "North Macedonia: membership").  Articles written for these tests."""

from __future__ import annotations

import pytest

from concilium.text import nlp
from concilium.text.draft import draft_scenario

ARTICLE = """Alliance invites two Balkan states

BUCHAREST, 3 April 2008 (Wire) - NATO leaders on Thursday invited Albania and Croatia to begin
accession talks. Greece blocked an invitation to {name}, citing the dispute over its name. The
United States had pushed for {name} to be invited.
"""


# the membership issue is read by the spaCy pipeline (the rules engine reads no stance here)
@pytest.mark.skipif(not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')")
@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Macedonia", "Macedonia: membership"),  # the name of the day
        ("North Macedonia", "North Macedonia: membership"),  # the article's own (later) name
        ("Turkey", "Turkey: membership"),  # an alias the article uses, not "Türkiye"
        # an acronym is no title: the gazetteer's name
        ("FYROM", "North Macedonia: membership"),
    ],
)
def test_a_membership_issue_is_titled_with_the_name_the_article_uses(name, title):
    sc = draft_scenario(ARTICLE.format(name=name), source="t.txt")
    titles = [i["title"] for i in sc["issues"]]
    assert title in titles
    # Greece blocked it (oppose), the United States pushed for it (support): on that issue
    issue = next(i["id"] for i in sc["issues"] if i["title"] == title)
    stances = {a["id"]: a["stances"] for a in sc["actors"] if issue in (a.get("stances") or {})}
    assert set(stances) == {"GRC", "USA"}
