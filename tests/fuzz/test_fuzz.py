"""Fuzz suite: every reading command on hostile files (issue 14).

For each run: exit status 0 or 2, no "internal error", no traceback, no raw control
characters in what is printed, and an answer within a time bound.  The corpus comes from
``tests/fuzz/make_corpus.py`` (written to a temporary folder, special files made at test
time); hypothesis adds generated values, rows and bytes.  One test runs the hostile cases in
a real subprocess under a memory limit (``RLIMIT_AS``).

Commands run in process (``concilium.cli.main`` with typer's CliRunner capturing output) so
the suite takes seconds, not minutes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .make_corpus import CONTROLS, MARKUP, MINI, build_corpus, make_special

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files, SIGALRM")

# Raw characters a terminal acts on (C0 except tab and newline, DEL, C1, bidi formatting).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PER_RUN_SECONDS = 15.0  # generous for a loaded CI machine; the slowest run takes about 1 s

# Each reading command, and the corpus files it is fed (by name pattern).
COMMANDS: dict[str, tuple[list[str], str]] = {
    "validate": (["validate", "{}"], r"\.(ya?ml|json)$"),
    "forecast": (
        ["forecast", "{}", "-f", "json"],
        (
            r"^(bomb\.|deep-flow|bigint\.yaml|inf-quota\.yaml|capability-|scale-|tiny-|"
            r"zero-weights|utf16-bom|day31|many-doc|huge-name)"
        ),
    ),
    "power": (["power", "{}", "-f", "json"], r"^(w-|inf-quota|weights-|bomb|deep|bigint)"),
    "body": (
        ["body", "{}", "-f", "json"],
        r"^(inf-quota\.json|bomb|deep|dev-|fifo|directory|binary|bigint|empty)",
    ),
    "scan": (["scan", "{}"], r"\.(txt|html)$|^(binary|latin1|utf16|utf8-bom|empty|whitespace)"),
    "draft": (["draft", "{}"], r"\.(txt|html)$|^(binary|latin1|utf16|empty|whitespace)"),
    "evaluate": (
        ["evaluate", "{}", "-m", "mean", "--bootstrap", "10", "-f", "json"],
        r"\.tsv$|^(binary|empty|latin1)",
    ),
}
# Special files go to every command.
SPECIAL = r"^(fifo|dev-|directory)"
# Files whose hostile part is a displayed value (control characters, markup in names): every
# renderer must show them inert (concilium.text.safe; issue 14, terminal injection).
DISPLAY = r"^(control-|markup-|w-markup|article-|deu-controls)"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    return build_corpus(folder) + make_special(folder)


def _run(run_cli, *args) -> tuple:
    started = time.monotonic()
    r = run_cli(*args, seconds=PER_RUN_SECONDS)
    return r, time.monotonic() - started


def _problems(r, elapsed: float, *, check_stdout: bool = True) -> list[str]:
    bad = []
    if r.code not in (0, 2):
        bad.append(f"exit status {r.code}")
    if "internal error" in r.text or "Traceback" in r.text:
        bad.append("internal error")
    if RAW.search(r.err):
        bad.append(f"raw control character in stderr: {RAW.search(r.err).group()!r}")
    if check_stdout and RAW.search(r.out):
        bad.append(f"raw control character in stdout: {RAW.search(r.out).group()!r}")
    if "Warning" in r.err:
        bad.append("a warning leaked to stderr")
    if elapsed > PER_RUN_SECONDS:
        bad.append(f"took {elapsed:.1f} s")
    return bad


def _feed(
    run_cli, command: str, files: list[Path], *, check_stdout: bool = True
) -> dict[str, list]:
    args, _ = COMMANDS[command]
    failures = {}
    for f in files:
        r, elapsed = _run(run_cli, *[a.format(f) for a in args])
        bad = _problems(r, elapsed, check_stdout=check_stdout)
        if bad:
            failures[f.name] = [*bad, " ".join(r.err.split())[:200]]
    return failures


# The display files each command is fed (names and titles it shows).
DISPLAY_FOR = {
    "validate": r"^(control-|markup-)",
    "forecast": r"^(control-|markup-)",
    "power": r"^(markup-member|w-markup|control-name)",
    "scan": r"^article-",
    "draft": r"^article-",
    "evaluate": r"^deu-controls",
}


def _select(corpus: list[Path], command: str, *, display: bool) -> list[Path]:
    if display:
        pattern = DISPLAY_FOR[command]
        return [p for p in corpus if pattern and re.search(pattern, p.name)]
    pattern = COMMANDS[command][1]
    return [
        p
        for p in corpus
        if (re.search(pattern, p.name) or re.search(SPECIAL, p.name))
        and not re.search(DISPLAY, p.name)
    ]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_hostile_files(command, corpus, run_cli):
    files = _select(corpus, command, display=False)
    assert files
    assert _feed(run_cli, command, files) == {}


@pytest.mark.parametrize("command", ["validate", "forecast", "draft", "evaluate", "scan"])
def test_hostile_names_in_commands_already_safe(command, corpus, run_cli):
    files = _select(corpus, command, display=True)
    if not files:
        pytest.skip("no display files for this command")
    assert _feed(run_cli, command, files) == {}


_RENDERERS = {
    "forecast": ["forecast", "{}"],
    "power": ["power", "{}"],
    "power-json": ["power", "{}", "-f", "json"],
    "scan-json": ["scan", "{}", "-f", "json"],
}


@pytest.mark.parametrize("renderer", sorted(_RENDERERS))
def test_hostile_names_in_renderers(renderer, corpus, run_cli):
    command = renderer.split("-")[0]
    failures = {}
    for f in _select(corpus, command, display=True):
        r, elapsed = _run(run_cli, *[a.format(f) for a in _RENDERERS[renderer]])
        if bad := _problems(r, elapsed):
            failures[f.name] = bad
    assert failures == {}


def test_hostile_errors_are_safe_even_where_rendering_is_not(corpus, run_cli):
    # Whatever the renderers do, what goes to stderr (errors, notes) is never raw.
    for command in ("forecast", "power"):
        for f in _select(corpus, command, display=True)[::3]:
            args, _ = COMMANDS[command]
            r, _ = _run(run_cli, *[a.format(f) for a in args])
            assert RAW.search(r.err) is None, (command, f.name, r.err)


# ------------------------------------------------------------------------------ hypothesis
_HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\x00\x07\x1b\x7f\x9b\u202e\u2066[]/=\\\"'\n:#&*!%@`{}")),
        st.characters(),
    ),
    max_size=30,
) | st.sampled_from([*CONTROLS, *MARKUP])
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.integers(min_value=4290, max_value=6000).map(lambda n: "9" * n),  # past int()'s limit
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(
        [
            ".inf",
            "-.inf",
            ".nan",
            "1e308",
            "-1e308",
            "1e-320",
            "9" * 4301,
            "0x1F",
            "0o17",
            "1_000",
            "+.5",
            "1e",
            "Infinity",
            "NaN",
            "true",
            "~",
        ]
    ),
)
_DATES = st.sampled_from(
    [
        "2023-06-31",
        "2023-02-29",
        "0000-01-01",
        "9999-12-31",
        "2024-13-01",
        "2024-00-10",
        "2024-1-1",
        "2001-02-03T04:05:06Z",
        "2024-02-29",
        "10000-01-01",
    ]
)
_TEXT_SLOTS = {
    "name: Alpha, capability": "name: {}, capability",
    "title: Issue one": "title: {}",
    "id: mini": "id: {}",
    "name: Beta, weights": "name: {}, weights",
    "title: Mini council": "title: {}",
}
_NUMBER_SLOTS = {
    "quota: 2}": "quota: {}}}",
    "capability: 1,": "capability: {},",
    "position: 10,": "position: {},",
    "max: 100}": "max: {}}}",
    "votes: 1}": "votes: {}}}",
    "salience: 50}": "salience: {}}}",
}

_FUZZ = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_FUZZ
@given(slot=st.sampled_from(sorted(_TEXT_SLOTS)), value=_HOSTILE_TEXT)
def test_hostile_text_values(slot, value, tmp_path, run_cli):
    p = tmp_path / "t.yaml"
    p.write_text(
        MINI.replace(slot, _TEXT_SLOTS[slot].format(json.dumps(value)), 1), encoding="utf-8"
    )
    r, elapsed = _run(run_cli, "validate", p)
    assert _problems(r, elapsed) == []
    r, elapsed = _run(run_cli, "forecast", p, "-f", "json")
    assert _problems(r, elapsed, check_stdout=False) == []  # JSON renderer: the lead's


@_FUZZ
@given(slot=st.sampled_from(sorted(_NUMBER_SLOTS)), value=_NUMBERS)
def test_hostile_numbers(slot, value, tmp_path, run_cli):
    p = tmp_path / "n.yaml"
    p.write_text(MINI.replace(slot, _NUMBER_SLOTS[slot].format(value), 1), encoding="utf-8")
    for args in (["validate", p], ["forecast", p, "-f", "json"]):
        r, elapsed = _run(run_cli, *args)
        assert _problems(r, elapsed) == [], args[0]


@_FUZZ
@given(value=_DATES)
def test_hostile_dates(value, tmp_path, run_cli):
    p = tmp_path / "d.yaml"
    p.write_text(MINI.replace("date: 2024-01-01", f"date: {value}"), encoding="utf-8")
    r, elapsed = _run(run_cli, "validate", p)
    assert _problems(r, elapsed) == []


_CELL = st.one_of(_NUMBERS, st.text(max_size=12), st.just('"unclosed'), st.just(""))


@_FUZZ
@given(rows=st.lists(st.lists(_CELL, min_size=1, max_size=5), max_size=6), quota=_NUMBERS)
def test_hostile_weights_files(rows, quota, tmp_path, run_cli):
    p = tmp_path / "w.csv"
    body = "\n".join(",".join(r) for r in rows)
    p.write_text(f"member,name,weight\nA,Alpha,1\n{body}\nquota,{quota}\n", encoding="utf-8")
    r, elapsed = _run(run_cli, "power", p, "-f", "json")
    assert _problems(r, elapsed, check_stdout=False) == []


@_FUZZ
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".yaml", ".json", ".csv", ".txt", ".tsv"]),
)
def test_arbitrary_bytes(data, suffix, tmp_path, run_cli):
    p = tmp_path / f"b{suffix}"
    p.write_bytes(data)
    command = {
        ".yaml": "validate",
        ".json": "validate",
        ".csv": "power",
        ".txt": "scan",
        ".tsv": "evaluate",
    }[suffix]
    args = [a.format(p) for a in COMMANDS[command][0]]
    r, elapsed = _run(run_cli, *args)
    assert _problems(r, elapsed, check_stdout=command != "scan") == []


# ------------------------------------------------------------------------------ memory
_DRIVER = """
import json, sys, time
from concilium.cli import main
out = []
for args in json.loads(sys.argv[1]):
    started = time.monotonic()
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except MemoryError:
        code = "MemoryError"
    out.append([args, code, round(time.monotonic() - started, 3)])
sys.stdout.write("RESULT " + json.dumps(out) + "\\n")
"""
MEMORY_LIMIT = 1536 * 2**20  # address space: 1.5 GiB (Python, numpy and pandas need ~0.7)


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS semantics")
def test_hostile_files_in_a_subprocess_under_a_memory_limit(corpus, tmp_path):
    by_name = {p.name: p for p in corpus}
    flagship = Path(__file__).resolve().parents[2] / "examples" / "nato-tokyo-office.yaml"
    cases = [["validate", str(flagship)]]  # control: a normal run fits the limit
    cases += [
        [cmd, str(by_name[name])]
        for cmd, name in [
            ("validate", "bomb.yaml"),
            ("validate", "bomb-map.yaml"),
            ("forecast", "deep-flow.yaml"),
            ("validate", "deep.json"),
            ("validate", "dev-zero.yaml"),
            ("scan", "dev-urandom.yaml"),
            ("validate", "fifo.yaml"),
            ("power", "w-unclosed-quote.csv"),
            ("draft", "huge-line.txt"),
        ]
    ]
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _DRIVER, json.dumps(cases)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        preexec_fn=_limit_memory,
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-2000:]
    results = json.loads(line.removeprefix("RESULT "))
    assert results[0][1] == 0, results[0]  # the control ran
    for args, code, seconds in results[1:]:
        assert code == 2, (args, code, proc.stderr[-1000:])
        assert seconds < 30, (args, seconds)
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
