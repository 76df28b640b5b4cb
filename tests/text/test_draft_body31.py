"""The Union itself as the decider names the Council of the EU (issue 13; 31-13, heldout31's
one article with no draft: "The European Union agreed on Tuesday to freeze the funds of ...",
no council or ministers named, was refused as naming no council).

Passages written for these tests; the body is derived by hand (an EU sanctions listing is a
Council decision, Art. 29 TEU).  Near misses: the EU as one voice among others at the UN
("The EU welcomed the resolution" beside the Security Council), and an article naming no
decider at all.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.errors import InputError
from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


@pytest.mark.parametrize(
    "text",
    [
        # (both fail on the old code: "names no council")
        (
            "EU freezes assets of Iranian unit\n\nBRUSSELS, 8 January 2019 (Wire) - The European "
            "Union agreed on Tuesday to freeze the funds of an Iranian intelligence unit. Denmark "
            "had pressed for the move, and France backed it.\n"
        ),
        (
            "Union lists Iranian unit\n\nBRUSSELS, 8 January 2019 (Wire) - The EU on Tuesday froze "
            "the funds of an Iranian intelligence unit. Denmark had pressed for the move, and France "
            "backed it.\n"
        ),
    ],
)
def test_the_union_as_the_decider_is_the_council_of_the_eu(text: str) -> None:
    sc = draft_scenario(text, source="t.txt", engine="spacy")
    assert sc["body"] == "eu-council"
    (issue,) = sc["issues"]
    assert labels_by_issue(sc, named_only=True)[issue["id"]] == {
        "DNK": "support",
        "FRA": "support",
    }


def test_the_eu_beside_the_security_council_stays_a_voice_at_the_un() -> None:
    # near miss: the Council is named; the EU's welcome changes nothing
    text = (
        "Council extends Haiti mission\n\nUNITED NATIONS, 14 July 2023 - The Security Council "
        "on Friday extended its office in Haiti. The European Union welcomed the decision.\n"
    )
    assert draft_scenario(text, source="t.txt", engine="spacy")["body"] == "unsc"


def test_an_article_naming_no_decider_is_still_refused() -> None:
    # near miss: "the European Union" as a place, no act of its own
    text = (
        "Trade figures\n\nBRUSSELS, 8 January 2019 (Wire) - Exports from Denmark to the "
        "European Union rose last year, France said.\n"
    )
    with pytest.raises(InputError, match="names no council"):
        draft_scenario(text, source="t.txt", engine="spacy")
