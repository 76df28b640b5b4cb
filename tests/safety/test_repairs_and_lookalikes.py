"""Repairs keep what they must keep, and look-alike ids are caught (issue 14, data safety)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.io import parse_scenario
from concilium.text.scan import scan_text

ROOT = Path(__file__).resolve().parents[2]
RUSSIAN = "Мы получили SMS-ках от друзей и прочитали сообщения вечером в городе.\n"


# ------------------------------------------------------------------ scan --fix in place
@pytest.mark.parametrize(
    "bom, codec",
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_fix_in_place_keeps_the_encoding_and_byte_order_mark(cli, tmp_path, bom, codec):
    # "Frаnce" with a Cyrillic а (U+0430): one letter to repair.
    text = "The Council met in Brussels. Frаnce objected to the plan for an office.\n"
    f = tmp_path / "article.txt"
    f.write_bytes(bom + text.encode(codec))
    r = cli("scan", f, "--fix", "-o", f)
    assert r.exit_code == 0, r.stderr
    raw = f.read_bytes()
    assert raw.startswith(bom)
    assert raw[len(bom) :].decode(codec) == text.replace("\u0430", "a")
    assert "1 characters changed" in r.stderr


def test_fix_refuses_to_replace_another_existing_file_without_force(cli, tmp_path):
    f = tmp_path / "article.txt"
    f.write_text("Frаnce objected.\n")
    other = tmp_path / "keep.txt"
    other.write_text("keep me")
    r = cli("scan", f, "--fix", "-o", other)
    assert r.exit_code == 2 and "--force" in r.stderr
    assert other.read_text() == "keep me"


def test_fix_to_stdout_writes_the_text_and_reports_on_stderr(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = tmp_path / "article.txt"
    f.write_text("Frаnce objected to the plan.\n")
    r = cli("scan", f, "--fix", "-o", "-")
    assert r.exit_code == 0, r.stderr
    assert r.stdout == "France objected to the plan.\n"
    assert "obfuscated" in r.stderr or "suspicious" in r.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("fold", [False, True])
def test_repair_never_introduces_a_lookalike(fold):
    # issue 14: "SMS-ках" became "ЅМЅ-ках" (Cyrillic DZE, EM, DZE) with --fold-isolated.
    report, fixed = scan_text(RUSSIAN, fix=True, fold_isolated=fold)
    assert fixed == RUSSIAN
    assert report.verdict == "clean"


def test_isolated_words_are_still_folded_into_letters_the_line_uses():
    # The English article "a" typed as Cyrillic "а" is still repaired with --fold-isolated.
    text = "The cat sat on а mat and the dog sat on the rug near the door of the house.\n"
    _, fixed = scan_text(text, fix=True, fold_isolated=True)
    assert fixed == text.replace("\u0430", "a")


# ------------------------------------------------------------------ look-alike ids
def _flagship_with_stakeholder(actor_id: str) -> str:
    text = (ROOT / "examples" / "nato-tokyo-office.yaml").read_text(encoding="utf-8")
    extra = (
        f"  - id: {actor_id}\n    name: Somebody Else\n    role: stakeholder\n"
        "    stances:\n      tokyo-office: {position: 50, salience: 10, capability: 1}\n"
    )
    return text.rstrip("\n") + "\n" + extra


def test_an_all_cyrillic_id_that_looks_like_a_member_id_is_refused():
    # "ІТА": U+0406 CYRILLIC CAPITAL BYELORUSSIAN-UKRAINIAN I, U+0422 TE, U+0410 A
    with pytest.raises(InputError, match="looks like 'ITA'"):
        parse_scenario(_flagship_with_stakeholder("\u0406\u0422\u0410"), "x.yaml")


def test_a_plain_new_id_is_still_fine():
    sc = parse_scenario(_flagship_with_stakeholder("KOR"), "x.yaml")
    assert "KOR" in [a.id for a in sc.stakeholders()]


def test_a_weights_file_with_lookalike_member_ids_is_refused(cli, tmp_path):
    w = tmp_path / "w.csv"
    w.write_text("member,name,votes\nA,Alpha,3\n\u0410,Alpha,2\nquota,,3\n", encoding="utf-8")
    r = cli("power", w)
    assert r.exit_code == 2
    assert "looks like member 'A'" in r.stderr and "U+0410" in r.stderr


# ------------------------------------------------------------------ validate == forecast
BASE = """\
id: q
title: Q
date: 2024-01-01
body:
  id: club
  name: Club
  members:
    - {{id: A, name: Alpha, joined: 2000-01-01, weights: {{votes: {wa}}}}}
    - {{id: B, name: Beta, joined: 2000-01-01, weights: {{votes: {wb}}}}}
  rule: {{kind: weighted_majority, weight: {weight}, quota: {quota}}}
issues:
  - {{id: x, title: X, status_quo: 0, proposal: 100}}
actors:
  - {{id: A, name: Alpha, stances: {{x: {{position: 100}}}}}}
  - {{id: B, name: Beta, stances: {{x: {{position: 0}}}}}}
"""


@pytest.mark.parametrize(
    "values, message, line",
    [
        (
            {"wa": 2, "wb": 1, "weight": "votes", "quota": 10},
            "exceeds the members' total weight 3",
            10,
        ),
        (
            {"wa": 0, "wb": 0, "weight": "votes", "quota": 1},
            "exceeds the members' total weight 0",
            10,
        ),
        ({"wa": 2, "wb": 1, "weight": "seats", "quota": 2}, "have no 'seats' weight", 10),
        ({"wa": 2, "wb": 1, "weight": "votes", "quota": ".inf"}, "NaN or infinite", 10),
        ({"wa": "1e308", "wb": "1e308", "weight": "votes", "quota": 1}, "too large", 8),
    ],
)
@pytest.mark.parametrize("command", ["validate", "forecast"])
def test_validate_rejects_what_forecast_rejects_with_the_line(
    cli, tmp_path, values, message, line, command
):
    f = tmp_path / "q.yaml"
    f.write_text(BASE.format(**values))
    r = cli(command, f)
    assert r.exit_code == 2, r.stdout
    assert message in r.stderr
    assert f"line {line}" in r.stderr  # the rule's line, or the weight's
    assert "internal error" not in r.output
