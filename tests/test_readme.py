"""The README's examples run as tests, and CI runs the README's test command."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.DOTALL)


def test_readme_starts_with_the_two_commands():
    first, second = blocks("console")[:2]
    assert (
        first.strip()
        == "$ python -m pip install . && concilium forecast examples/nato-tokyo-office.yaml"
    )
    assert second.strip() == "$ python -m pip install '.[test]' && python -m pytest"


def test_ci_runs_the_readme_test_command():
    command = blocks("console")[1].strip().lstrip("$ ").strip()
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_python_examples(monkeypatch):
    monkeypatch.chdir(ROOT)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for k, block in enumerate(blocks("python")):
        test = parser.get_doctest(block, {}, f"README python block {k}", "README.md", 0)
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_shown_forecast_output_matches_the_real_output():
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(
        [sys.executable, "-m", "concilium", "forecast", "examples/nato-tokyo-office.yaml"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    norm = lambda s: " ".join(s.split())
    actual = norm(out)
    shown = blocks("text")[0].splitlines()
    checked = 0
    for line in shown:
        text = line.strip()
        if not text.startswith(("Rule:", "Model:", "Forecast:", "•", "Votes:")):
            continue
        piece = text.split("...")[-1]  # README elides the start of long lines with "..."
        assert norm(piece) in actual, piece
        checked += 1
    assert checked >= 6


def test_shown_simulate_and_flips_lines_match_the_real_output():
    # the README shows these two commands' key sentences; they must be what the tool prints
    from clirun import run_cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for args, expected in (
        (
            ("simulate", "examples/nato-tokyo-office.yaml", "--draws", "10000", "--seed", "7"),
            "France blocks in 100.0 % of draws",
        ),
        (
            ("flips", "examples/nato-tokyo-office.yaml"),
            "France would have to move from 0 to 50 (+50 on the 0..100 scale) to flip the",
        ),
    ):
        assert expected in text
        r = run_cli(*args, cwd=ROOT, columns=80)
        assert r.returncode == 0, r.stderr
        assert " ".join(expected.split()) in " ".join(r.stdout.split())
