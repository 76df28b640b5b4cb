"""Local worker processes: forked when that is safe, spawned otherwise, same numbers."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from concilium.analysis.uncertainty.executors import ProcessExecutor, start_method
from concilium.analysis.uncertainty.simulate import simulate
from concilium.io import parse_scenario

from .test_simulate import UNCERTAIN_VOTE


def test_another_thread_means_spawn():
    """A thread that might hold a lock (a progress bar's, a web server's) rules fork out."""
    go = threading.Event()
    t = threading.Thread(target=go.wait)
    t.start()
    try:
        assert start_method() == "spawn"
    finally:
        go.set()
        t.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork only on Linux")
@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="3.12 forks only when the kernel counts one thread (depends on the BLAS build)",
)
def test_fork_on_linux_in_a_single_threaded_process():
    """Checked in a fresh interpreter: earlier tests in this process may leave a thread running
    (which rightly rules fork out), so the answer here would depend on the test order."""
    code = (
        "import threading\n"
        "from concilium.analysis.uncertainty.executors import start_method\n"
        "print(threading.active_count(), start_method())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out[0] == "1"  # the fresh interpreter runs one Python thread
    assert out[1] == "fork"


def test_forked_spawned_and_serial_runs_are_the_same():
    """The same seed gives the same result whether batches run here, in forked or in
    spawned workers (batch b always draws from SeedSequence(seed, spawn_key=(b,)))."""
    sc = parse_scenario(UNCERTAIN_VOTE)
    runs = {}
    for method in ("serial", "spawn", *(("fork",) if sys.platform.startswith("linux") else ())):
        ex = None if method == "serial" else ProcessExecutor(2, method=method)
        try:
            sim = simulate(sc, ["procedural", "compromise"], 2_500, seed=11, executor=ex)
        finally:
            if ex is not None:
                ex.close()
        runs[method] = {**sim.to_dict(), "run": None}
    assert runs["spawn"] == runs["serial"]
    assert runs.get("fork", runs["serial"]) == runs["serial"]
