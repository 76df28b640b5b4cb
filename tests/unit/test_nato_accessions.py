"""NATO's built-in Allies against the accession table of the stored reference notes.

The expected dates are copied from /work/shared/reference/institutions.md, section 1.1 (NATO
membership table), not from the body file; where that table gives only a year, the day is
from the source named in the comment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.bodies import load_body

D = dt.date
FOUNDERS = ["BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"]
ACCESSION = {
    **dict.fromkeys(FOUNDERS, D(1949, 4, 4)),  # signature of the Treaty (eata.ee)
    # Feb 1952; the table notes FRUS's 15 Feb against another page's 18 Feb; the file uses 18
    "GRC": D(1952, 2, 18),
    "TUR": D(1952, 2, 18),
    # year only in the table; day: NATO, "NATO celebrates 60 years of German membership" (2015)
    "DEU": D(1955, 5, 6),
    # year only in the table; day: The Diplomat in Spain, May 2022
    "ESP": D(1982, 5, 30),
    **dict.fromkeys(["CZE", "HUN", "POL"], D(1999, 3, 12)),
    **dict.fromkeys(["BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"], D(2004, 3, 29)),
    **dict.fromkeys(["ALB", "HRV"], D(2009, 4, 1)),
    # "UNVERIFIED exact date" in the table; day: NATO news item of 5 Jun 2017 and RFE/RL 2 Jun 2017
    "MNE": D(2017, 6, 5),
    "MKD": D(2020, 3, 27),  # the table (acubeias.com); MIA and Exit News, 27 Mar 2020
    "FIN": D(2023, 4, 4),
    "SWE": D(2024, 3, 7),
}


def test_every_ally_joined_on_the_reference_date():
    nato = load_body("nato")
    assert {m.id: m.joined for m in nato.members} == ACCESSION
    assert all(m.left is None for m in nato.members)  # no Ally has left


@pytest.mark.parametrize(
    "day, count",
    [
        # 12 founders; +2 (1952) = 14; +1 (1955) = 15; +1 (1982) = 16; +3 (1999) = 19;
        # +7 (2004) = 26; +2 (2009) = 28; Montenegro 29; North Macedonia 30; Finland 31;
        # Sweden 32 (the table's "from 12 to 32 countries")
        ("2017-06-04", 28),
        ("2017-06-05", 29),
        ("2020-03-26", 29),
        ("2020-03-27", 30),
        ("2023-04-03", 30),
        ("2023-04-04", 31),
    ],
)
def test_allies_on_the_eve_and_day_of_the_last_enlargements(day, count):
    assert len(load_body("nato").members_on(dt.date.fromisoformat(day))) == count
