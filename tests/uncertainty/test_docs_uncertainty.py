"""docs/simulation-json.md lists every field of the simulation schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from concilium.analysis.uncertainty import result

DOCS = Path(__file__).resolve().parents[2] / "docs"


def documented(section: str) -> set[str]:
    text = (DOCS / "simulation-json.md").read_text(encoding="utf-8")
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", body, flags=re.MULTILINE))


@pytest.mark.parametrize(
    "name",
    [
        "Simulation",
        "InputSummary",
        "IssueSimulation",
        "ModelSummary",
        "OutcomeSummary",
        "Blocking",
        "RunInfo",
    ],
)
def test_every_field_is_documented(name):
    cls = getattr(result, name)
    assert documented(name) == {f.alias or n for n, f in cls.model_fields.items()}
