"""Run ``concilium`` in process, returning what a subprocess would: ``returncode``,
``stdout``, ``stderr``.  Typer's ``CliRunner`` makes this about 50 times faster than a
``python -m concilium`` launch; a few smoke tests (tests/cli/test_smoke.py) still start the
real console script."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Completed:
    returncode: int
    stdout: str
    stderr: str
    args: tuple[str, ...] = ()


def run_cli(
    *args: object,
    cwd: str | Path | None = None,
    env: dict[str, str] | None = None,
    input: str | bytes | None = None,
    columns: int = 200,
) -> Completed:
    from typer.testing import CliRunner

    from concilium.cli import app

    full_env = {"COLUMNS": str(columns), "NO_COLOR": "1", "TERM": "dumb", **(env or {})}
    here = os.getcwd()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            os.chdir(cwd)
            stack.callback(os.chdir, here)
        r = CliRunner().invoke(app, [str(a) for a in args], input=input, env=full_env)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return Completed(r.exit_code, r.stdout, r.stderr, tuple(str(a) for a in args))
