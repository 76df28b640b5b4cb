"""Reading and writing scenarios: YAML with comments, JSON, DataFrames, the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from concilium.errors import InputError
from concilium.io import (
    load_scenario,
    save_scenario,
    scenario_from_frame,
    scenario_json_schema,
    scenario_to_frame,
)


def test_yaml_round_trip_keeps_comments_and_values(tmp_path, flagship):
    out = tmp_path / "copy.yaml"
    save_scenario(flagship, out)
    text = out.read_text(encoding="utf-8")
    assert "# The NATO liaison office in Tokyo, June 2023." in text  # header comment survives
    assert "# Outside stakeholders: no vote" in text
    again = load_scenario(out)
    assert again.input_hash() == flagship.input_hash()


def test_json_round_trip(tmp_path, flagship):
    out = tmp_path / "copy.json"
    save_scenario(flagship, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["body"] == "nato"  # a built-in body is written by name
    assert load_scenario(out).input_hash() == flagship.input_hash()


def test_invalid_json_names_line_and_column(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"id": "x",\n "title": }\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.json, line 2, column 11: invalid JSON"):
        load_scenario(p)


def test_empty_and_binary_and_wrong_encoding_files(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_scenario(empty)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        load_scenario(binary)
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8.*UTF-16"):
        load_scenario(latin1)


def test_utf16_with_bom_is_read(tmp_path, flagship_path):
    p = tmp_path / "u16.yaml"
    p.write_bytes(flagship_path.read_text(encoding="utf-8").encode("utf-16"))
    assert load_scenario(p).id == "nato-tokyo-office-2023"


def test_missing_file():
    with pytest.raises(InputError, match="file not found"):
        load_scenario("no/such/file.yaml")


def test_frame_round_trip(flagship):
    frame = scenario_to_frame(flagship)
    assert len(frame) == 34  # 31 allies + 3 stakeholders, one issue
    assert set(frame.loc[frame.role == "stakeholder", "actor"]) == {"NATO-SG", "JPN", "CHN"}
    issue = flagship.issue("tokyo-office").model_dump(mode="json", exclude_none=True)
    again = scenario_from_frame(
        frame, id="copy", title="copy", date=flagship.date, body="nato", issues=[issue]
    )
    assert [a.id for a in again.members()] == [a.id for a in flagship.members()]
    assert (
        again.issue_arrays("tokyo-office").positions.tolist()
        == flagship.issue_arrays("tokyo-office").positions.tolist()
    )


def test_frame_with_bad_numbers():
    frame = pd.DataFrame({"actor": ["A"], "issue": ["i"], "position": ["high"]})
    with pytest.raises(InputError, match="position 'high' is not a number"):
        scenario_from_frame(frame, id="x", title="x", date="2025-01-01", body="nato")


def test_json_schema_describes_the_file_format():
    schema = scenario_json_schema()
    assert schema["title"] == "concilium scenario"
    for field in ("id", "title", "date", "body", "issues", "actors"):
        assert field in schema["properties"]
    # body and date may be left out: a negotiation with no voting rule (issue 10)
    assert set(schema["required"]) >= {"id", "title", "issues", "actors"}
    json.dumps(schema)  # serialisable


def test_examples_validate_against_the_json_schema():
    """What editors see (the JSON Schema) accepts what concilium accepts, and rejects typos."""
    import jsonschema

    from concilium.io.documents import read_document, to_plain

    validator = jsonschema.Draft202012Validator(scenario_json_schema())
    examples = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml"))
    assert examples
    for path in examples:
        tree, _ = read_document(path)
        data = json.loads(json.dumps(to_plain(tree), default=str))
        assert list(validator.iter_errors(data)) == [], path.name
        data["issues"][0]["propsal"] = 1
        assert any("propsal" in e.message for e in validator.iter_errors(data))
