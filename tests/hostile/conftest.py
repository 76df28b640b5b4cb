"""Helpers for the hostile-input tests: run the CLI in process, bounded in time."""

from __future__ import annotations

import contextlib
import signal
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest


class TookTooLong(BaseException):
    """The command under test did not finish in its time bound."""


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@contextlib.contextmanager
def time_bound(seconds: float):
    """Raise TookTooLong in the main thread after ``seconds`` (SIGALRM)."""

    def on_alarm(signum, frame):
        raise TookTooLong(f"no answer in {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: str, seconds: float = 20.0, env: dict[str, str] | None = None) -> Run:
    """``concilium ARGS`` in process through ``concilium.cli.main`` (the console-script entry
    point, which maps errors to exit statuses), with typer's CliRunner capturing the output."""
    from typer.testing import CliRunner

    from concilium.cli import main

    runner = CliRunner(env={"COLUMNS": "100", "NO_COLOR": "1", **(env or {})})
    with runner.isolation() as streams:
        out, err = streams[0], streams[1]
        code = 0
        try:
            with time_bound(seconds):
                main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return Run(code, out.getvalue().decode("utf-8", "replace"),
                   err.getvalue().decode("utf-8", "replace"))


MINI = textwrap.dedent("""\
    id: mini
    title: Mini council
    date: 2024-01-01
    body:
      id: tiny
      name: Tiny council
      rule: {kind: weighted_majority, weight: votes, quota: 2}
      members:
        - {id: A, name: Alpha, weights: {votes: 1}}
        - {id: B, name: Beta, weights: {votes: 1}}
        - {id: C, name: Gamma, weights: {votes: 1}}
    issues:
      - id: i1
        title: Issue one
        scale: {min: 0, max: 100}
        status_quo: 0
        proposal: 100
    actors:
      - {id: A, name: Alpha, capability: 1, stances: {i1: {position: 10, salience: 50}}}
      - {id: B, name: Beta, capability: 1, stances: {i1: {position: 60, salience: 50}}}
      - {id: C, name: Gamma, capability: 1, stances: {i1: {position: 90, salience: 50}}}
    """)


@pytest.fixture
def mini(tmp_path) -> Path:
    """A small valid scenario with an inline weighted body (3 members, quota 2)."""
    p = tmp_path / "mini.yaml"
    p.write_text(MINI, encoding="utf-8")
    return p


def assert_clean_error(r: Run, *needles: str) -> None:
    """Exit status 2, one clear message, no internal error or traceback."""
    assert r.code == 2, (r.code, r.text)
    assert "internal error" not in r.text and "Traceback" not in r.text, r.text
    flat = " ".join(r.err.split())
    for n in needles:
        assert n in flat, (n, r.err)
