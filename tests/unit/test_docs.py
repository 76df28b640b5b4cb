"""Documented facts that could drift are checked against the code."""

from __future__ import annotations

import re
from pathlib import Path

from concilium.forecast import Forecast, IssueForecast, Provenance

DOCS = Path(__file__).resolve().parents[2] / "docs"


def documented_fields(section: str) -> set[str]:
    text = (DOCS / "forecast-json.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", body, flags=re.MULTILINE))


def test_forecast_json_doc_lists_every_field():
    assert documented_fields("Forecast") == {f.alias or n for n, f in Forecast.model_fields.items()}
    assert documented_fields("IssueForecast") == set(IssueForecast.model_fields)
    assert documented_fields("Provenance") == set(Provenance.model_fields)


def test_every_registered_model_has_a_theory_page():
    """Each model is documented on a page of docs/models/ that names it as `name` and cites it."""
    from concilium.models import MODELS

    pages = {p.name: p.read_text(encoding="utf-8") for p in (DOCS / "models").glob("*.md")}
    for name in MODELS:
        hits = [p for p, text in pages.items() if f"`{name}`" in text]
        assert hits, f"no page in docs/models/ names the model `{name}`"


def test_model_list_in_the_docs_is_generated_from_the_registry():
    from concilium.models import models_markdown

    page = (DOCS / "models" / "index.md").read_text(encoding="utf-8")
    assert page == models_markdown(), (
        "regenerate: concilium models --format markdown > docs/models/index.md"
    )
