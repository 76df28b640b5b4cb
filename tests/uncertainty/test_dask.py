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
