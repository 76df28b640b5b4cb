"""Older and short names of states that news of 2010-2020 uses (gazetteer aliases)."""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text.draft import Gazetteer


@pytest.mark.parametrize(
    "text, iso",
    [
        ("FYROM said", "MKD"),
        ("the former Yugoslav Republic of Macedonia said", "MKD"),
        ("the Republic of Macedonia said", "MKD"),
        ("St. Vincent and the Grenadines said", "VCT"),  # the UNSC member of 2020-2021
        ("Ivory Coast said", "CIV"),
        ("Swaziland said", "SWZ"),
        ("the Czech Republic said", "CZE"),
        ("Turkey said", "TUR"),
    ],
)
def test_old_and_short_names(text, iso):
    assert [m.actor for m in Gazetteer.builtin().find(text, dt.date(2018, 6, 1))] == [iso]


def test_bare_macedonia_is_not_a_state():
    # also a region of Greece: left out on purpose
    assert Gazetteer.builtin().find("in Macedonia, farmers said", dt.date(2018, 6, 1)) == []
