"""A few real launches of ``python -m concilium``: the entry point, exit statuses, no traceback.
Everything else about the CLI is tested in process (tests/clirun.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _launch(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "concilium", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_flagship_forecast_runs_as_a_program():
    r = _launch("forecast", "examples/nato-tokyo-office.yaml")
    assert r.returncode == 0, r.stderr
    assert "NOT ADOPTED" in r.stdout and "France" in r.stdout


def test_a_user_error_is_one_line_and_status_2():
    r = _launch("validate", "no-such-file.yaml")
    assert r.returncode == 2
    assert r.stderr.startswith("error: no-such-file.yaml: file not found")
    assert "Traceback" not in r.stderr


def test_a_usage_error_is_status_2_without_traceback():
    r = _launch("forecast", "--no-such-option")
    assert r.returncode == 2 and "Traceback" not in r.stderr
