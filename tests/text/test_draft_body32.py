"""The European Community's leaders and ministers name the Council of the EU (issue 13; found in
heldout32's run, so seen): three European Council summits of 1990-1992 (32-18..32-20) were
refused as naming no council ("Eleven of the European Community's twelve leaders agreed ...",
"The twelve leaders of the European Community agreed ...", "EC gives Denmark its exemptions").

Passages written for these tests; the body is derived by hand (the Community's Council and its
summits are the forerunners the gold format codes as ``eu-council``).  Near misses: another
community ("East African Community leaders") and the Community named only as a place.
"""

from __future__ import annotations

from typing import Any

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.errors import InputError
from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


def _body_id(sc: dict[str, Any]) -> str:
    body = sc["body"]
    return body if isinstance(body, str) else body["id"]


@pytest.mark.parametrize(
    "opening",
    [
        # (all three fail on the old code: "names no council")
        "Eleven of the European Community's twelve leaders agreed on Sunday",
        "The twelve leaders of the European Community agreed on Sunday",
        "European Community leaders agreed on Sunday",
        "The EC on Sunday agreed",
    ],
)
def test_the_communitys_leaders_are_the_council_of_the_eu(opening: str) -> None:
    text = (
        "Leaders set date for monetary union\n\nROME, 28 October 1990 (Wire) - "
        f"{opening} that the second stage of monetary union will begin in 1994. "
        "Italy backed the date, and Britain opposed it.\n"
    )
    sc = draft_scenario(text, source="t.txt", engine="spacy")
    assert _body_id(sc) == "eu-council"
    (issue,) = sc["issues"]
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {
        "ITA": "support",
        "GBR": "oppose",
    }


@pytest.mark.parametrize(
    "opening",
    [
        "East African Community leaders agreed on Sunday",
        "Exports from Italy to the European Community rose, and traders agreed on Sunday",
    ],
)
def test_another_community_or_a_place_names_no_council(opening: str) -> None:
    text = (
        "Leaders set date\n\nARUSHA, 28 October 1990 (Wire) - "
        f"{opening} that a customs union will begin in 1994. Italy backed the date.\n"
    )
    with pytest.raises(InputError, match="names no council"):
        draft_scenario(text, source="t.txt", engine="spacy")
