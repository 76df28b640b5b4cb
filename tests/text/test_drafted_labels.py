"""The hand-written memberships the probes code counted votes with agree with the body data."""

from __future__ import annotations

import datetime as dt

import drafted_labels as labels
import pytest

from concilium.bodies import load_body


@pytest.mark.parametrize("year", [2014, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
def test_security_council_by_year(year: int) -> None:
    # mid-year: the elected members serve 1 January to 31 December
    members = load_body("unsc").members_on(dt.date(year, 6, 1))
    assert {m.id for m in members} == getattr(labels, f"UNSC_{year}")
    assert labels.P5 <= getattr(labels, f"UNSC_{year}")


def test_eu_27_since_brexit() -> None:
    members = load_body("eu-council").members_on(dt.date(2024, 6, 1))
    assert {m.id for m in members} == labels.EU_27
    assert len(labels.EU_27) == 27 and "GBR" not in labels.EU_27
