"""Red team 19 (issue 13): forms found drafting wrong or no stance, fixed as classes, each on
sentences written for this file, with near misses that keep their reading.

- Two clauses joined by "and" with no comma, the second's subject parsed as a conjunct of the
  first's object ("Peru voted for the text and Chile voted against it"): the name before the
  second verb is its subject.  Before, the first subject got both votes and neither was kept.
- "Everyone except Hungary backed it", "everybody but ...": an exception count as for "every
  member except Hungary".
- "Tel Aviv" as Israel's seat of government, as "Jerusalem" already was.
- "raised no objection", "'We have no objection,' the envoy said": as "did not object", consent
  in a council that decides by consensus, no stance in one that votes; not a modal one set on
  a condition.
- A change of vote with both ends told ("moved from a yes to an abstention", "switched from
  opposing the text to abstaining"): the vote moved to is the stance, the one left is none.
- "let the text pass by abstaining": the one who lets it abstains (not the text).
- One actor named by its role: "the lone dissenter" (oppose), "the only abstainer" (abstain);
  a role denied after a copula ("Russia was not a critic of the text") is no stance (it was
  read as the role); a state in what the role is on ("a critic on Russia policy") does not
  hold it.
- A stance a text receives from several, one denied ("drew support from Mexico but not from
  Japan"): the denied one is no stance (it was read as support).

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor.
"""

from __future__ import annotations

from typing import Any

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

UNSC = "NEW YORK, 12 March 2019 — The UN Security Council adopted a resolution on Mali on Tuesday. "
UNGA = "NEW YORK, 12 March 2019 — The UN General Assembly adopted a resolution on Gaza on Tuesday. "
EU = "BRUSSELS, 12 March 2019 — The Council of the EU adopted new sanctions on Russia on Tuesday. "
NATO = "BRUSSELS, 12 March 2019 — NATO allies agreed on Tuesday to expand the mission in Iraq. "

EU28 = {
    *[
        "AUT",
        "BEL",
        "BGR",
        "CYP",
        "CZE",
        "DEU",
        "DNK",
        "ESP",
        "EST",
        "FIN",
        "FRA",
        "GBR",
        "GRC",
        "HRV",
        "HUN",
        "IRL",
        "ITA",
        "LTU",
        "LUX",
        "LVA",
        "MLT",
        "NLD",
        "POL",
        "PRT",
        "ROU",
        "SVK",
        "SVN",
        "SWE",
    ]
}


def drafted(text: str) -> dict[str, str]:
    """{actor: label} over the draft's issues (each case below has one decision)."""
    return labels(draft_scenario(text))


CASES: list[tuple[str, dict[str, Any]]] = [
    # ------------------------------------------- "A verbed X and B verbed it", no comma
    (UNSC + "Peru supported the text and Kuwait opposed it.", {"PER": "support", "KWT": "oppose"}),
    (
        UNGA + "Peru voted for the text and Chile voted against it.",
        {"PER": "support", "CHL": "oppose"},
    ),
    # kept: parsed right before
    (
        UNSC + "Belgium backed the resolution and Russia opposed it.",
        {"BEL": "support", "RUS": "oppose"},
    ),
    # kept: with a comma, as before
    (
        UNSC + "Poland voted for the text, and Kuwait abstained.",
        {"POL": "support", "KWT": "abstain"},
    ),
    # kept: names in the object, then a verb of the same subject after "and then"
    (
        UNSC + "Poland thanked Peru and Kuwait and then abstained.",
        {"POL": "abstain", "PER": None, "KWT": None},
    ),
    # ------------------------------------------- "everyone except X"
    (
        EU + "Everyone except Hungary backed the sanctions.",
        {**{a: "support" for a in EU28 - {"HUN"}}, "HUN": None},
    ),
    (
        EU + "Everybody but Poland and Hungary backed the sanctions.",
        {**{a: "support" for a in EU28 - {"HUN", "POL"}}, "HUN": None, "POL": None},
    ),
    # kept: "everyone" that counts no vote
    (
        EU + "Everyone in Brussels expected Hungary to back the sanctions.",
        {"HUN": None, "FRA": None},
    ),
    # ------------------------------------------- Tel Aviv as Israel
    (
        UNGA + "Tel Aviv voted against the text, while Ankara abstained.",
        {"ISR": "oppose", "TUR": "abstain"},
    ),
    # ------------------------------------------- "no objection"
    (NATO + "Turkey raised no objection to the plan.", {"TUR": "support"}),
    (NATO + "Hungary said it had no objections.", {"HUN": "support"}),
    (NATO + '"We have no objection," the Turkish ambassador said.', {"TUR": "support"}),
    # kept: a council that votes: no stance unless a vote is told
    (UNGA + '"We have no objection," the Turkish ambassador said.', {"TUR": None}),
    # kept: a modal one on a condition
    (NATO + "Turkey said it would have no objection if the mission stayed small.", {"TUR": None}),
    # ------------------------------------------- a change of vote with both ends
    (UNSC + "Poland moved from a yes to an abstention.", {"POL": "abstain"}),
    (UNSC + "Poland switched from opposing the text to abstaining.", {"POL": "abstain"}),
    (UNSC + "Poland switched from abstaining to supporting the text.", {"POL": "support"}),
    # kept: the vote left is no stance (the one moved to is not read here)
    (UNSC + "Poland switched from an abstention to a yes vote.", {"POL": None}),
    # ------------------------------------------- one actor named by its role
    (UNSC + "Russia was the lone dissenter.", {"RUS": "oppose"}),
    (UNSC + "China, the only abstainer, said it had concerns.", {"CHN": "abstain"}),
    # a role denied: no stance (it was read as the role before)
    (UNSC + "Russia was not a critic of the text.", {"RUS": None}),
    (UNSC + "Russia was never a backer of the text.", {"RUS": None}),
    # kept: a role towards the text
    (UNSC + "Russia was the text's main critic.", {"RUS": "oppose"}),
    # a state in what the role is on is not the one who holds it
    (
        EU + "Hungary, a frequent critic on Russia policy, backed the sanctions.",
        {"HUN": "support", "RUS": None},
    ),
    # ------------------------------------------- a stance received, one source denied
    (
        UNGA + "The text drew support from Mexico and Brazil but not from Japan.",
        {"MEX": "support", "BRA": "support", "JPN": None},
    ),
    (
        UNGA + "The plan drew objections from Hungary but not from Poland.",
        {"HUN": "oppose", "POL": None},
    ),
    # kept: every source stated
    (UNGA + "The text drew support from Mexico and Brazil.", {"MEX": "support", "BRA": "support"}),
    # ------------------------------------------- letting it pass by abstaining
    (UNSC + "Indonesia let the text pass by abstaining.", {"IDN": "abstain"}),
    (UNSC + "Indonesia allowed the resolution to pass by abstaining.", {"IDN": "abstain"}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_red_team_19(text: str, want: dict[str, Any]) -> None:
    got = drafted(text)
    assert {a: got.get(a) for a in want} == want
