"""Item: CSV readers give a clear error for a field over 131,072 characters, and weights
files refuse rows with more fields than the header.

Before: ``power`` on a weights file with a 200,000-character field ended in ``internal error:
Error: field larger than field limit (131072)``; a row ``B,2,3,4`` under ``member,weight``
was accepted silently (weight 2; the 3 and 4 dropped).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import assert_clean_error

DEU = Path(__file__).resolve().parents[1] / "evaluation" / "data" / "mini_deu.tsv"


def test_weights_csv_field_over_the_limit(tmp_path, run_cli):
    p = tmp_path / "w.csv"
    p.write_text('member,weight\nA,1\nB,"' + "x" * 200_000 + '"\nquota,2\n', encoding="utf-8")
    r = run_cli("power", p)
    assert_clean_error(r, "w.csv, line 3", "a field is longer than 131,072 characters")


def test_weights_csv_unclosed_quote_runs_to_the_end(tmp_path, run_cli):
    p = tmp_path / "w.csv"
    p.write_text('member,weight\nA,"1\n' + "B,2\n" * 40_000 + "quota,2\n", encoding="utf-8")
    r = run_cli("power", p)
    assert_clean_error(r, "a field is longer than 131,072 characters", "unclosed quote")


def test_weights_csv_row_with_more_fields_than_the_header(tmp_path, run_cli):
    p = tmp_path / "w.csv"
    p.write_text("member,weight\nA,1\nB,2,3,4\nquota,2\n", encoding="utf-8")
    r = run_cli("power", p)
    assert_clean_error(r, "w.csv, line 3", "row has 4 fields, the header has 2")


def test_weights_csv_trailing_empty_fields_are_fine(tmp_path, run_cli):
    # a spreadsheet export often ends rows with empty cells: "A,1," is one weight, not two
    p = tmp_path / "w.csv"
    p.write_text("member,weight\nA,1,\nB,2,\nC,1,\nquota,3\n", encoding="utf-8")
    r = run_cli("power", p)
    assert r.code == 0, r.text


def test_dataset_field_over_the_limit(tmp_path, run_cli):
    rows = DEU.read_text(encoding="utf-8").split("\n")
    cells = rows[2].split("\t")
    cells[3] = '"' + "x" * 200_000 + '"'  # column prname of the first data row (line 3)
    rows[2] = "\t".join(cells)
    p = tmp_path / "long.tsv"
    p.write_text("\n".join(rows), encoding="utf-8")
    r = run_cli("evaluate", p, "-m", "mean", "--bootstrap", "10")
    assert_clean_error(
        r, "long.tsv, line 3, field prname", "a field is longer than 131,072 characters"
    )


def test_dataset_row_with_an_extra_field_names_the_line(tmp_path, run_cli):
    rows = DEU.read_text(encoding="utf-8").split("\n")
    rows[3] += "\textra"
    p = tmp_path / "extra.tsv"
    p.write_text("\n".join(rows), encoding="utf-8")
    r = run_cli("evaluate", p, "-m", "mean", "--bootstrap", "10")
    assert_clean_error(r, "extra.tsv, line 4", "Expected 75 fields in line 4, saw 76")


def test_weights_csv_numbers_past_pythons_integer_limit(tmp_path, run_cli):
    # Before: a 5,000-digit quota ended in "internal error: ValueError: Exceeds the limit (4300
    # digits)"; a 5,000-digit weight was quoted whole (5 kB) in the error.
    p = tmp_path / "w.csv"
    p.write_text("member,weight\nA,1\nB,2\nquota," + "9" * 5000 + "\n", encoding="utf-8")
    r = run_cli("power", p)
    assert_clean_error(r, "line 4", "a number with 5,000 digits is too long to read")
    p.write_text("member,weight\nA," + "9" * 5000 + "\nB,2\nquota,2\n", encoding="utf-8")
    r = run_cli("power", p)
    assert_clean_error(r, "line 2", "a number with 5,000 digits is too long to read")
    assert len(r.err) < 400
    p.write_text("member,weight\nA,2e15\nB,2\nquota,2\n", encoding="utf-8")
    assert_clean_error(run_cli("power", p), "line 2", "too large: weights are accepted up to 1e15")
