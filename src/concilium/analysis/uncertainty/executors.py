"""Where batches of draws run: in this process, in local worker processes, or on Dask.

All three take the same tasks and yield ``(index, result)`` pairs as batches finish; the
caller puts results back in batch order, so the numbers never depend on where or in which
order batches ran.  Dask is imported only when asked for (``pip install
'concilium[dask]'``); ``local`` starts a ``LocalCluster`` bound to 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from concilium.errors import InputError

__all__ = ["Executor", "ProcessExecutor", "make_executor", "start_method"]


class Executor:
    """Serial execution; the base of the others."""

    name = "serial"
    workers = 1

    def run(self, fn: Callable, shared: Any, tasks: Sequence[tuple]) -> Iterator[tuple[int, Any]]:
        for k, task in enumerate(tasks):
            yield k, fn(shared, *task)

    def close(self) -> None:
        pass


def _os_threads() -> int:
    """Threads of this process as the kernel counts them (Linux), 0 if unknown."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def start_method() -> str:
    """How worker processes start: ``"fork"`` on Linux when this process runs no other
    Python thread, else ``"spawn"``.

    A spawned worker starts a new interpreter and imports numpy, pydantic and concilium
    again before its first batch: about 0.7 s of CPU per worker (measured with
    ``benchmarks/bench_simulate.py``), which on two cores is added to the wall time of
    every run.  A forked worker starts in milliseconds with everything already imported.
    Forking is unsafe when another thread may hold a lock (a progress bar's refresh
    thread, a web server's), so any other Python thread means spawn; numpy's BLAS threads
    stop and restart around a fork (OpenBLAS registers ``pthread_atfork`` handlers), as
    they always have under multiprocessing's fork default on Linux.  From Python 3.12,
    which warns about forking any multi-threaded process, fork only when the kernel counts
    a single thread.  Results never depend on this: each batch's numbers follow from the
    seed and the batch number alone.
    """
    import sys
    import threading

    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return "spawn"
    if sys.version_info >= (3, 12) and _os_threads() != 1:
        return "spawn"
    return "fork"


class ProcessExecutor(Executor):
    """Local worker processes, forked or spawned (see :func:`start_method`); ``method``
    overrides the choice."""

    name = "processes"

    def __init__(self, workers: int, method: str | None = None):
        self.workers = workers
        self.method = method
        self._pool = None

    def run(self, fn, shared, tasks):
        import multiprocessing as mp
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        ctx = mp.get_context(self.method or start_method())
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx)
        pending: dict[Any, int] = {}
        queue = list(enumerate(tasks))
        window = 2 * self.workers  # bounded: results are consumed as they come
        try:
            while queue or pending:
                while queue and len(pending) < window:
                    k, task = queue.pop(0)
                    pending[self._pool.submit(fn, shared, *task)] = k
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                for fut in done:
                    k = pending.pop(fut)
                    yield k, fut.result()
        finally:
            for fut in pending:
                fut.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskExecutor(Executor):
    """A Dask distributed cluster: an address (``tcp://host:8786``) or ``local``."""

    name = "dask"

    def __init__(self, address: str, workers: int = 2, timeout: float = 10.0):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - depends on the environment
            raise InputError(
                "--dask needs the dask extra", hint="pip install 'concilium[dask]'"
            ) from None
        self._cluster = None
        try:
            if address == "local":
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    # the scheduler's HTTP server starts even without a dashboard, on port
                    # 8787 unless told otherwise (distributed/scheduler.py, start_http_server):
                    # a free loopback port instead, so a busy 8787 is no warning or clash
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            if self._cluster is not None:
                self._cluster.close()
            raise InputError(
                f"cannot reach the Dask scheduler at {address!r}: {exc}",
                hint="check the address (tcp://host:8786) or use --dask local",
            ) from None
        self.workers = len(self._client.scheduler_info().get("workers", {})) or workers

    def run(self, fn, shared, tasks):
        from dask.distributed import as_completed

        handle = self._client.scatter(shared, broadcast=True)
        futures = {
            self._client.submit(fn, handle, *task, pure=False): k for k, task in enumerate(tasks)
        }
        try:
            for fut in as_completed(list(futures)):
                yield futures[fut], fut.result()
        finally:
            for fut in futures:
                fut.cancel()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(workers: int = 1, dask: str | None = None) -> Executor:
    """The executor for ``--workers N`` / ``--dask ADDRESS|local``."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers must be a whole number of at least 1, not {workers!r}")
    if dask:
        return DaskExecutor(dask, workers=max(2, workers) if dask == "local" else workers)
    if workers == 1:
        return Executor()
    return ProcessExecutor(workers)
