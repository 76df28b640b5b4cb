"""Shared fixtures.  Tests never read ../shared: everything they need ships in the repo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FLAGSHIP = EXAMPLES / "nato-tokyo-office.yaml"


@pytest.fixture(scope="session")
def flagship_path() -> Path:
    return FLAGSHIP


@pytest.fixture(scope="session")
def flagship():
    from concilium.io import load_scenario

    return load_scenario(FLAGSHIP)


@pytest.fixture(scope="session")
def eu_members():
    from concilium.bodies import load_body

    return load_body("eu-council").members_on(dt.date(2025, 6, 1))


@pytest.fixture(scope="session")
def unsc_members_2023():
    from concilium.bodies import load_body

    return load_body("unsc").members_on(dt.date(2023, 6, 1))
