"""Item: Ctrl-C exits 130, says what stopped and whether anything was written, and never
dumps a traceback, even while an error message is being printed.

Before: Ctrl-C exited 130 with no word (typer's own handling); Ctrl-C while a long error was
printed dumped a KeyboardInterrupt traceback.  Ctrl-C is simulated by raising the exception
the SIGINT handler raises, at the point where the signal would arrive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from concilium.cli import _app


def test_ctrl_c_during_a_command(monkeypatch, mini, run_cli):
    import concilium.io

    def interrupted(path):
        raise _app.Interrupted

    monkeypatch.setattr(concilium.io, "load_scenario", interrupted)
    r = run_cli("forecast", mini)
    assert r.code == 130
    assert "interrupted: concilium forecast stopped (Ctrl-C); nothing was written" in r.err
    assert "Traceback" not in r.text


def test_ctrl_c_as_keyboard_interrupt_outside_typer(monkeypatch, mini, run_cli):
    def interrupted(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(_app, "_run", interrupted)
    r = run_cli("validate", mini)
    assert r.code == 130 and "interrupted: concilium validate stopped" in r.err


def test_ctrl_c_after_a_file_was_written_says_so(monkeypatch, tmp_path, run_cli):
    out = tmp_path / "schema.json"
    real_print = _app.err_console.print
    calls = []

    def print_interrupted_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:  # Ctrl-C while "wrote schema.json" is printed
            raise _app.Interrupted
        return real_print(*args, **kwargs)

    monkeypatch.setattr(_app.err_console, "print", print_interrupted_once)
    r = run_cli("schema", "-o", out)
    assert r.code == 130 and out.exists()
    assert f"written before the interrupt: {out}" in "".join(r.err.split("\n")), r.err
    # a later call does not report the files of an earlier one (same process)
    monkeypatch.setattr(_app, "_run", lambda argv: (_ for _ in ()).throw(_app.Interrupted()))
    r = run_cli("validate", out)
    assert r.code == 130 and "nothing was written" in r.err


def test_ctrl_c_while_a_long_error_is_printed(monkeypatch, tmp_path, run_cli):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")  # five missing fields: a long message
    printed = []
    real_print = _app.err_console.print

    def print_then_interrupt(*args, **kwargs):
        printed.append(args)
        if len(printed) == 1:  # Ctrl-C arrives while the error is printed
            raise _app.Interrupted
        return real_print(*args, **kwargs)

    monkeypatch.setattr(_app.err_console, "print", print_then_interrupt)
    r = run_cli("validate", bad)
    assert r.code == 130
    assert "Traceback" not in r.text
    assert "interrupted: concilium validate stopped" in r.err


def test_sigint_handler_is_restored(mini, run_cli):
    before = signal.getsignal(signal.SIGINT)
    run_cli("validate", mini)
    assert signal.getsignal(signal.SIGINT) is before


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX only")
def test_real_sigint_in_a_subprocess(tmp_path):
    # A real Ctrl-C: the command blocks (a stand-in for a long run), the signal arrives,
    # and the process says so and exits 130.  The child starts as a foreground job would, with
    # Python's own SIGINT handler: when pytest itself runs as a background job (`pytest &`),
    # SIGINT arrives ignored and main() rightly keeps it so (the next test).
    script = textwrap.dedent("""
        import os, signal, sys, time
        signal.signal(signal.SIGINT, signal.default_int_handler)
        import concilium.io
        def slow(path):
            sys.stderr.write("ready\\n"); sys.stderr.flush()
            time.sleep(30)
        concilium.io.load_scenario = slow
        from concilium.cli import main
        main(["validate", "x.yaml"])
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    try:
        assert proc.stderr.readline().strip() == "ready"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:  # no stray child left to warn in a later test
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "interrupted: concilium validate stopped (Ctrl-C); nothing was written" in err
    assert "Traceback" not in err


def test_an_ignored_sigint_stays_ignored(mini, run_cli):
    # A script may start concilium with SIGINT ignored (a background job); main() keeps that.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        seen = []
        real = signal.signal

        def spy(signum, handler):
            seen.append(handler)
            return real(signum, handler)

        signal.signal = spy
        try:
            assert run_cli("validate", mini).code == 0
        finally:
            signal.signal = real
        assert _app._on_sigint not in seen
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
