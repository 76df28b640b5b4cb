"""A real two-worker Dask cluster on 127.0.0.1 gives the same result, bit for bit."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed")

from concilium.analysis.uncertainty.executors import DaskExecutor
from concilium.analysis.uncertainty.simulate import simulate
from concilium.errors import InputError


def test_local_cluster_matches_one_process(flagship):
    serial = simulate(flagship, ["procedural", "compromise"], draws=1_200, seed=7, keep_rows=True)
    ex = DaskExecutor("local", workers=2)
    try:
        assert ex.workers == 2
        dist = simulate(
            flagship, ["procedural", "compromise"], draws=1_200, seed=7, executor=ex, keep_rows=True
        )
    finally:
        ex.close()
    assert dist.run.engine == "dask"
    assert dist.rows().equals(serial.rows())
    assert {**dist.to_dict(), "run": None} == {**serial.to_dict(), "run": None}


def test_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        DaskExecutor("tcp://127.0.0.1:9", timeout=1)


def test_local_cluster_starts_while_port_8787_is_taken():
    """Dask's default HTTP port busy (another cluster, a notebook) is no warning and no clash:
    the scheduler's HTTP server takes a free loopback port (failed before with 'Port 8787 is
    already in use' turned into an error)."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    except OSError:
        pass  # already taken by someone else: the same situation
    try:
        ex = DaskExecutor("local", workers=1)
        try:
            assert ex.workers == 1
        finally:
            ex.close()
    finally:
        holder.close()
