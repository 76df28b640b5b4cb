"""Tables at 80 columns (issue 14, "the first hour"): numbers and names are wrapped or split
across tables, never cut to "1…".

The ``--rounds`` tables are read back cell by cell and compared with the JSON output of the
same forecast: every position shown must be the trace's number as the table formats it
(4 significant digits), every shown round must appear once, and no line may pass 80 columns.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run_cli

from concilium.text.safe import terminal_safe

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "examples" / "nato-tokyo-office.yaml"
LINKED = ROOT / "examples" / "linked-veto.yaml"


def _at80(*args: object):
    r = run_cli(*args, "--no-store", cwd=ROOT, columns=80) if args[0] == "forecast" else None
    if r is None:
        r = run_cli(*args, cwd=ROOT, columns=80)
    assert r.returncode == 0, r.stderr
    assert "…" not in r.stdout, r.stdout  # rich's mark of a cut cell
    assert max(map(len, r.stdout.splitlines())) <= 80
    return r


def _read_round_tables(text: str) -> dict[str, dict[str, list[str]]]:
    """{issue: {round label: [cell per table row, actors then the weighted median]}}."""
    out: dict[str, dict[str, list[str]]] = {}
    issue, heads, rows = "", [], []

    def flush():
        for j, h in enumerate(heads):
            assert h not in out[issue], f"round {h} of {issue} shown twice"
            out[issue][h] = [r[j] for r in rows]

    lines = text.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("Positions by round: "):
            if heads:
                flush()
            title = line[len("Positions by round: ") :].strip()
            if n + 1 < len(lines) and lines[n + 1].strip().startswith("(rounds"):
                title += " " + lines[n + 1].strip()  # a title wrapped at 80 columns
            issue = title.split(" (rounds")[0]
            out.setdefault(issue, {})
            heads, rows = [], []
        elif line.startswith("┃") and issue:
            heads = [c.strip() for c in line.strip("┃").split("┃")][1:]
        elif line.startswith("│") and heads:
            cells = [c.strip() for c in line.strip("│").split("│")]
            if any(cells[1:]):  # a row of numbers (a wrapped name continues with none)
                rows.append(cells[1:])
    if heads:
        flush()
    return out


@pytest.mark.parametrize(
    ("model", "scenario"),
    [("expected_utility", FLAGSHIP), ("smp", FLAGSHIP), ("exchange", LINKED)],
)
def test_rounds_at_80_columns_show_every_number_whole(model, scenario):
    args = ("forecast", scenario, "-m", model, "--seed", "7")  # the same run twice
    table = _at80(*args, "--rounds").stdout
    data = json.loads(run_cli(*args, "-f", "json", "--no-store", cwd=ROOT).stdout)
    shown = _read_round_tables(table)
    traced = [i for i in data["issues"] if i.get("trace")]
    assert traced and set(shown) == {i["issue"] for i in traced}
    for issue in traced:
        trace = issue["trace"]
        # the first 6 and the last 6 rounds of a long run (rounds_table's max_rounds=12)
        kept = trace if len(trace) <= 12 else trace[:6] + trace[-6:]
        assert list(shown[issue["issue"]]) == [str(rec["round"]) for rec in kept]
        for rec in kept:
            cells = shown[issue["issue"]][str(rec["round"])]
            assert cells[:-1] == [f"{x:.4g}" for x in rec["positions"]]
    # the flagship's expected-utility run is long (49 rounds in the JSON): it is split
    if model == "expected_utility":
        assert len(data["issues"][0]["trace"]) > 12 and "rounds shown: 0–5" in table


def test_models_table_at_80_columns_cuts_no_word():
    out = _at80("models").stdout
    summaries = _column_texts(out, "What it forecasts", 1)
    from concilium.models import MODELS

    # each summary, wrapped at the column's width, reads back whole (spaces aside)
    assert [s.replace(" ", "") for s in summaries] == [
        m.summary.replace(" ", "") for m in MODELS.values()
    ]


def _column_texts(text: str, header: str, column: int) -> list[str]:
    """The cells of ``column`` in the table whose header row names ``header``, each cell's
    wrapped lines joined (a row continues on lines whose first cell is empty)."""
    cells: list[str] = []
    inside = False
    for line in text.splitlines():
        if line.startswith("┃"):
            inside = header in line
        elif inside and line.startswith("│"):
            parts = [c.strip() for c in line.strip("│").split("│")]
            if parts[0] or not cells:
                cells.append(parts[column])
            else:
                cells[-1] += parts[column]
        elif not line.startswith(("┡", "│")):
            inside = False
    return cells


def test_scan_table_at_80_columns(tmp_path):
    p = tmp_path / "a.txt"
    word = "Internationalisierungsbestrebungen"  # longer than its column: wraps, whole
    p.write_text(f"The {word.replace('a', 'а', 1)} of the Council in Frаnce.\n", "utf-8")
    out = _at80("scan", p).stdout
    assert _column_texts(out, "repaired", 3) == [word, "France"]


def test_evaluate_table_at_80_columns():
    mini = ROOT / "tests" / "evaluation" / "data" / "mini_deu.tsv"
    args = ("-m", "compromise:institutions=false,mean", "--tune", "compromise")
    out = _at80("evaluate", mini, *args, "--folds", "2", "--bootstrap", "20").stdout
    assert "compromise:institutions=false" in out.replace("\n", "")


def test_sampled_power_table_at_80_columns():
    out = _at80("power", "eu-council", "--method", "sampled", "--samples", "2000").stdout
    assert "Germany" in out


def _reasons(text: str) -> list[list[str]]:
    """The "Why:" bullets of a forecast table, per issue: each bullet's wrapped lines joined.

    Checks the layout on the way: a bullet's first line starts "  • ", its continuations are
    indented under it by four spaces, and no line ends in a blank."""
    issues: list[list[str]] = []
    inside = False
    for line in text.splitlines():
        if line == "Why:":
            issues.append([])
            inside = True
        elif inside and line.startswith("  • "):
            issues[-1].append(line[4:])
        elif inside and line.startswith("    ") and issues[-1]:
            assert line[4] != " ", line
            issues[-1][-1] += " " + line[4:]
        else:
            inside = False
        if inside:
            assert line == line.rstrip(), repr(line)
    return issues


@pytest.mark.parametrize(
    "scenario", [FLAGSHIP, ROOT / "examples" / "eu-olp-eudr-delay-2024.yaml", "long-name"]
)
def test_forecast_reasons_at_80_columns_are_the_explanations(scenario, tmp_path):
    if scenario == "long-name":
        # a name longer than the 76 columns after a bullet (folded, not cut), with markup and
        # a control character that must show as typed and escaped, not act
        name = "[bold]Ruritania" + "x" * 90 + "\x1b[2J"
        scenario = tmp_path / "long.yaml"
        scenario.write_text(
            json.dumps(
                {
                    "id": "long",
                    "title": "Long names",
                    "date": "2024-01-01",
                    "body": {
                        "id": "b",
                        "name": "Two",
                        "rule": {"kind": "unanimity"},
                        "members": [{"id": "R", "name": name}, {"id": "S", "name": "S"}],
                    },
                    "issues": [
                        {"id": f"i{k}", "title": f"T{k}", "status_quo": 0, "proposal": 100}
                        for k in range(3)
                    ],
                    "actors": [
                        {"id": "R", "stances": {f"i{k}": {"position": 0} for k in range(3)}},
                        {"id": "S", "stances": {f"i{k}": {"position": 90} for k in range(3)}},
                    ],
                }
            ),
            encoding="utf-8",
        )
    out = _at80("forecast", scenario).stdout
    data = json.loads(run_cli("forecast", scenario, "-f", "json", "--no-store", cwd=ROOT).stdout)
    explained = [i["explanation"] for i in data["issues"] if i["explanation"]]
    shown = _reasons(out)
    # every explanation sentence, in order, issue by issue; wrapping only moved line breaks
    # (a folded word gained a space where it was cut: compare without spaces)
    # (the control character shows escaped, as terminal_safe writes it)
    squash = lambda s: terminal_safe(s).replace(" ", "")
    assert [[squash(b) for b in i] for i in shown] == [[squash(s) for s in i] for i in explained]
    if "long" in str(scenario):
        assert "\x1b" not in out and "[bold]Ruritania" in out
        assert len(shown) == 3 and any(len(line) == 80 for line in out.splitlines())
