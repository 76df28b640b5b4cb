"""Documented facts that could drift are checked against the code."""

from __future__ import annotations

import re
from pathlib import Path

from concilium.forecast import Forecast, IssueForecast, Provenance

DOCS = Path(__file__).resolve().parents[2] / "docs"


def documented_fields(section: str) -> set[str]:
    text = (DOCS / "forecast-json.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", body, flags=re.M))


def test_forecast_json_doc_lists_every_field():
    assert documented_fields("Forecast") == {f.alias or n for n, f in Forecast.model_fields.items()}
    assert documented_fields("IssueForecast") == set(IssueForecast.model_fields)
    assert documented_fields("Provenance") == set(Provenance.model_fields)


def test_every_registered_model_has_a_theory_page():
    from concilium.models import MODELS

    for name in MODELS:
        page = DOCS / "models" / f"{name.replace('_', '-')}.md"
        assert page.exists(), f"docs/models/{page.name} is missing"
