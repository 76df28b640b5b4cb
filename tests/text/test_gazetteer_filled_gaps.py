"""Office holders added to the gazetteer's listed gaps (issue 13), matched while in office and
never outside it, and the rule that an entry whose note names another, unlisted office dates
no article.

Every date below is the one the published report in the entry's note gives, restated here so
that a wrong entry in ``gazetteer.yaml`` fails rather than being copied from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import Gazetteer

D = dt.date


def _who(text: str, on: dt.date) -> list[str | None]:
    return [m.actor or m.body for m in Gazetteer.builtin().find(text, on)]


@pytest.mark.parametrize(
    "text, inside, outside, who",
    [
        # Teodor Meleșcanu, appointed 4 January 2017 (GLOBSEC profile); his successor sworn
        # in 24 July 2019 (Radio România Actualități)
        ("Melescanu said", D(2018, 3, 1), D(2019, 9, 1), "ROU"),
        ("Meleșcanu said", D(2017, 1, 5), D(2016, 12, 1), "ROU"),
        # Ramona Mănescu, sworn in 24 July 2019; Aurescu's government from 4 November 2019
        ("Ramona Mănescu said", D(2019, 8, 1), D(2019, 12, 1), "ROU"),
        # Nikos Christodoulides, foreign minister from March 2018 to 11 January 2022
        # (Cyprus Mail, Parikiaki), president from 28 February 2023: not in between
        ("Christodoulides said", D(2020, 5, 1), D(2022, 6, 1), "CYP"),
        # Ioannis Kasoulides, sworn in again 11 January 2022 (Financial Mirror)
        ("Kasoulides said", D(2022, 6, 1), D(2021, 6, 1), "CYP"),
        # Ruben Brekelmans, acting foreign minister 23 August - 5 September 2025
        # (rijksoverheid.nl); his defence ministry is not listed
        ("Brekelmans said", D(2025, 8, 30), D(2025, 10, 1), "NLD"),
        # David van Weel, foreign minister from 5 September 2025 (rijksoverheid.nl)
        ("David van Weel said", D(2025, 10, 1), D(2025, 8, 30), "NLD"),
        # Rastislav Káčer, appointed Tuesday 13 September 2022 (Reuters); Wlachovský from
        # 15 May 2023; Korčok until the same 13 September 2022
        ("Kacer said", D(2023, 1, 10), D(2023, 6, 1), "SVK"),
        ("Korčok said", D(2022, 9, 12), D(2022, 9, 20), "SVK"),
        # Rui Machete, took office 24 July 2013 (PSD biography); Santos Silva from 26 November
        # 2015
        ("Rui Machete said", D(2014, 6, 1), D(2015, 12, 1), "PRT"),
        # Gintautas Paluckas, prime minister 12 December 2024 (Delfi) to 4 August 2025 (LRT)
        ("Paluckas said", D(2025, 3, 1), D(2025, 9, 1), "LTU"),
        # Inga Ruginienė, approved by the Seimas 26 August 2025 (Politico Europe)
        ("Inga Ruginiene said", D(2025, 10, 1), D(2025, 3, 1), "LTU"),
    ],
)
def test_filled_office_holders(text, inside, outside, who):
    assert _who(text, inside) == [who]
    assert _who(text, outside) == []


def test_the_cyprus_president_is_the_former_foreign_minister():
    # 2023-03-01: president (from 2023-02-28), no longer foreign minister (to 2022-01-11)
    found = Gazetteer.builtin().find("Christodoulides said", D(2023, 3, 1))
    assert [(m.actor, m.how) for m in found] == [("CYP", "person:president")]


def test_an_entry_with_an_unlisted_office_dates_no_article():
    # Brekelmans's note says his days as defence minister are not listed: he may be named
    # long before or after his two weeks at the foreign ministry, so his name dates nothing;
    # Paluckas's entry has checked days and dates the article to his term.
    gaz = Gazetteer.builtin()
    assert gaz.office_windows("Brekelmans said so.") == []
    (paluckas,) = gaz.office_windows("Paluckas said so.")
    assert paluckas.spans == ((D(2024, 12, 12), D(2025, 8, 4)),)
