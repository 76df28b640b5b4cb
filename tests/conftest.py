"""Shared fixtures.  Tests never read ../shared: everything they need ships in the repo."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check logic, not speed: on a shared, loaded machine a single example can take
# longer than hypothesis's default 200 ms deadline, which then fails tests at random.  The
# examples are derandomised so that a test run is reproducible, like every result of concilium
# (run with --hypothesis-seed=random or HYPOTHESIS_PROFILE=explore to search further).
settings.register_profile("concilium", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "concilium"))

# The in-process CLI runners below set the terminal width of each command (COLUMNS), but the
# CLI's rich consoles are made when concilium.cli is first imported and keep a width that is in
# the environment then.  GNU readline (imported by pytest) exports LINES=24 and COLUMNS=80 into
# the C environment, which every child process inherits: a pytest-xdist worker starts with
# COLUMNS=80 in os.environ, so every in-process run would be 80 columns wide whatever the test
# asks for.  Neither the caller's terminal nor that export may decide a test's width.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FLAGSHIP = EXAMPLES / "nato-tokyo-office.yaml"


@pytest.fixture(scope="session", autouse=True)
def _private_run_store(tmp_path_factory):
    """No test (nor a CLI subprocess it starts) writes to the user's real run store."""
    path = tmp_path_factory.mktemp("store") / "runs.sqlite"
    old = os.environ.get("CONCILIUM_STORE")
    os.environ["CONCILIUM_STORE"] = str(path)
    yield path
    if old is None:
        os.environ.pop("CONCILIUM_STORE", None)
    else:
        os.environ["CONCILIUM_STORE"] = old


@pytest.fixture(scope="session")
def flagship_path() -> Path:
    return FLAGSHIP


@pytest.fixture(scope="session")
def flagship():
    from concilium.io import load_scenario

    return load_scenario(FLAGSHIP)


@pytest.fixture(scope="session")
def eu_members():
    from concilium.bodies import load_body

    return load_body("eu-council").members_on(dt.date(2025, 6, 1))


@pytest.fixture(scope="session")
def unsc_members_2023():
    from concilium.bodies import load_body

    return load_body("unsc").members_on(dt.date(2023, 6, 1))


# ---------------------------------------------------------------- the CLI in process
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


def _run_cli(*args: str, seconds: float = 20.0, env: dict[str, str] | None = None) -> Run:
    """``concilium ARGS`` in process through ``concilium.cli.main`` (the console-script entry
    point, which maps errors to exit statuses), with typer's CliRunner capturing the output."""
    from typer.testing import CliRunner

    from concilium.cli import main

    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1", **(env or {})})
    with runner.isolation() as streams:
        out, err = streams[0], streams[1]
        code = 0
        try:
            with time_bound(seconds):
                main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return Run(
            code,
            out.getvalue().decode("utf-8", "replace"),
            err.getvalue().decode("utf-8", "replace"),
        )


@pytest.fixture
def run_cli():
    """``run_cli(*args, seconds=20, env=None) -> Run(code, out, err)``: ``concilium ARGS`` in
    process, with a time bound (see :func:`_run_cli`)."""
    return _run_cli


class CliResult:
    """What a user sees: exit status, standard output and standard error."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture()
def cli(monkeypatch):
    """Run ``concilium ARGS`` in process (typer's CliRunner) at 80 columns, without colour."""
    from typer.testing import CliRunner

    from concilium.cli import app

    def run(*args: object, input: str | bytes | None = None, columns: int = 80) -> CliResult:
        env = {"COLUMNS": str(columns), "NO_COLOR": "1", "TERM": "dumb"}
        r = CliRunner().invoke(app, [str(a) for a in args], input=input, env=env)
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            raise r.exception
        return CliResult(r.exit_code, r.stdout, r.stderr)

    return run


class MainResult:
    """A CLI run through ``concilium.cli.main`` (errors become exit statuses, as for users)."""

    def __init__(self, run: Run) -> None:
        self.exit_code, self.stdout, self.stderr = run.code, run.out, run.err


@pytest.fixture
def cli_main():
    """``cli_main(*args)``: ``concilium ARGS`` in process through ``main`` (an InputError is
    exit status 2 with its message on stderr), with a generous time bound."""

    def run(*args: object, env: dict[str, str] | None = None) -> MainResult:
        return MainResult(_run_cli(*[str(a) for a in args], seconds=300.0, env=env))

    return run
