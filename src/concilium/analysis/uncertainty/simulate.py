"""Monte Carlo simulation: draw the uncertain inputs, run the models, count the outcomes.

The draws are split into batches of :data:`BATCH` (fixed, whatever the number of workers).
Batch ``b`` draws its uniforms from ``SeedSequence(seed, spawn_key=(b,))``, the ``b``-th
child of ``SeedSequence(seed).spawn(...)``, so every draw's inputs depend only on the seed
and the draw number, and results are bit-for-bit identical in one process, in N worker
processes or on a Dask cluster.  Each batch runs every model vectorised over its draws
(:mod:`.engines`); the results are put back in batch order before anything is summed.

Per issue and model: ``p_adopted`` (adopted / decided draws) with a 95 % Wilson score
interval, the outcome's mean, quantiles and histogram, and each actor's blocking frequency;
and the same for all models pooled.  The tidy draw rows (one per draw, model and issue) can
be kept as a pandas DataFrame or streamed to CSV or Parquet in chunks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from concilium.analysis.uncertainty.engines import IssueDraws, evaluate, vectorised
from concilium.analysis.uncertainty.executors import Executor, make_executor
from concilium.analysis.uncertainty.inputs import draw_uniforms, ppf
from concilium.analysis.uncertainty.result import (
    QUANTILES,
    Blocking,
    InputSummary,
    IssueSimulation,
    ModelSummary,
    OutcomeSummary,
    RunInfo,
    Simulation,
    wilson,
)
from concilium.analysis.uncertainty.space import Space, compile_space
from concilium.errors import InputError
from concilium.scenario import Scenario

__all__ = ["BATCH", "BINS", "estimate_memory", "resolve_models", "simulate", "values_for"]

BATCH = 1000  # draws per batch: fixed, so that the random streams never depend on workers
BINS = 20  # histogram bins over the issue's scale
MAX_DRAWS = 100_000_000


def resolve_models(models: str | Sequence[str]) -> list[str]:
    """Model names from ``"all"``, one name, a comma-separated list or a list of names."""
    from concilium.models import MODELS, get_model

    if isinstance(models, str):  # "all", one name, or a comma-separated list
        models = [m for m in models.split(",") if m.strip()]
    out: list[str] = []
    for m in models:
        names = list(MODELS) if m.strip().lower() == "all" else [get_model(m).name]
        out += [n for n in names if n not in out]
    if not out:
        raise InputError("give at least one model")
    return out


def values_for(space: Space, u: np.ndarray) -> np.ndarray:
    """Input values from uniforms ``u`` (D, k), column by column (inverse CDFs)."""
    v = np.empty_like(u, dtype=float)
    for j, inp in enumerate(space.inputs):
        v[:, j] = ppf(inp, u[:, j])
    return v


@dataclass(frozen=True)
class _Shared:
    space: Space
    models: tuple[str, ...]
    seed: int
    scenario: Scenario | None  # only for the per-draw fallback
    keep_masks: bool


@dataclass
class _Batch:
    size: int
    values: np.ndarray
    results: dict[str, list[Any]]  # IssueDraws, or _Counts once the masks are summed


@dataclass(frozen=True, eq=False)
class _Counts:
    """One issue's results for a batch with the blocking masks summed per member."""

    outcome: np.ndarray
    adopted: np.ndarray
    pivotal: np.ndarray  # (m,) counts
    veto: np.ndarray
    blocks: np.ndarray

    @classmethod
    def of(cls, r: IssueDraws) -> _Counts:
        return cls(r.outcome, r.adopted, r.pivotal.sum(0), r.veto.sum(0), r.blocks.sum(0))


def run_batch(shared: _Shared, b: int, size: int) -> _Batch:
    """One batch: its uniforms, values and every model's results (runs in any worker)."""
    ss = np.random.SeedSequence(shared.seed, spawn_key=(b,))
    u = draw_uniforms(ss, size, shared.space.k)
    v = values_for(shared.space, u)
    res: dict = {m: evaluate(shared.space, m, v, shared.scenario, ss) for m in shared.models}
    if not shared.keep_masks:  # only the counts travel back
        res = {m: [_Counts.of(r) for r in rs] for m, rs in res.items()}
    return _Batch(size=size, values=v if shared.keep_masks else v[:0], results=res)


def _available_memory() -> int:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 8 * 1024**3


def estimate_memory(
    space: Space, models: Sequence[str], draws: int, workers: int, keep_rows: bool = False
) -> int:
    """Bytes a run needs: per batch in flight (inputs, votes, blocking tables, the EU dyad
    tables) and the per-draw outcomes kept for the quantiles (9 bytes per draw, model and
    issue), plus the rows when they are kept in memory."""
    m = max(1, len(space.member_ids))
    n = max([len(i.actor_ids) for i in space.issues] + [1])
    per_batch = BATCH * (space.k * 24 + m * m * 3 + m * 16 + n * 48)
    if "expected_utility" in models:  # its draws run in batches sized by a memory budget
        from concilium.models.expected_utility import DEFAULT_MAX_ROUNDS, batch_memory

        per_batch += batch_memory(n, DEFAULT_MAX_ROUNDS)
    in_flight = per_batch * max(1, workers) * 3
    kept = draws * len(models) * len(space.issues) * 9
    if keep_rows:
        kept += draws * len(models) * len(space.issues) * (80 + 8 * space.k)
    return in_flight + kept + 200 * 1024**2


def simulate(
    scenario: Scenario,
    models: str | Sequence[str] = "procedural",
    draws: int = 10_000,
    seed: int | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    *,
    keep_rows: bool = False,
    sink: Callable | None = None,
    progress: Callable[[int, int], None] | None = None,
    memory_limit: int | None = None,
) -> Simulation:
    """Simulate ``scenario`` under ``models`` (a name, a list, or ``"all"``).

    ``seed`` (default: fresh entropy, recorded in the result) fixes every draw.  ``workers``
    > 1 runs batches in local processes; ``executor`` (see :func:`make_executor`) overrides
    it, e.g. with Dask.  ``keep_rows`` keeps the tidy draw rows (:meth:`Simulation.rows`);
    ``sink(frame)`` receives them batch by batch in draw order instead (what the CSV and
    Parquet writers use).  ``progress(done, total)`` is called as batches finish.  Ctrl-C
    (KeyboardInterrupt) stops the run: the result then covers the batches that finished
    (``complete=False``).  A run whose memory estimate exceeds ``memory_limit`` (default:
    the memory available) is refused with the figure.
    """
    if isinstance(draws, bool) or not isinstance(draws, (int, np.integer)) or draws < 1:
        raise InputError(
            f"draws must be a whole number of at least 1, not {draws!r}", hint="e.g. --draws 10000"
        )
    if draws > MAX_DRAWS:
        raise InputError(
            f"{draws} draws is more than the {MAX_DRAWS:,} a run may have",
            hint="split the run, or stream the rows with -o",
        )
    draws = int(draws)
    names = resolve_models(models)
    if seed is None:
        entropy = np.random.SeedSequence().entropy
        seed = int(entropy) % (2**63) if isinstance(entropy, int) else 0
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise InputError(f"seed must be a non-negative whole number, not {seed!r}")
    space = compile_space(scenario)
    # the point forecasts: their inputs errors are the simulation's, reported before starting
    from concilium.models import get_model, run_model

    points = {
        m: run_model(
            scenario.with_default_stances(), m, seed=0 if get_model(m).stochastic else None
        )
        for m in names
    }
    per_draw = [m for m in names if not vectorised(space, m)]
    if per_draw and any(i.field == "participation" for i in space.inputs):
        raise InputError(
            f"model(s) {', '.join(per_draw)} run once per draw on this scenario, "
            "which cannot include participation",
            hint="remove participation, or choose vectorised models",
        )
    ex = executor if executor is not None else make_executor(workers)
    need = estimate_memory(space, names, draws, ex.workers, keep_rows)
    limit = memory_limit if memory_limit is not None else _available_memory()
    if need > limit:
        if executor is None:
            ex.close()
        raise InputError(
            f"{draws:,} draws would need about {need / 1024**3:.1f} GB of memory; "
            f"{limit / 1024**3:.1f} GB is available",
            hint="use fewer draws, or stream the rows to a file with -o instead of keeping them",
        )
    sizes = [min(BATCH, draws - lo) for lo in range(0, draws, BATCH)]
    shared = _Shared(
        space=space,
        models=tuple(names),
        seed=int(seed),
        scenario=scenario if per_draw else None,
        keep_masks=keep_rows or sink is not None,
    )
    tasks = [(b, s) for b, s in enumerate(sizes)]
    got: dict[int, _Batch] = {}
    frames = []
    next_out = 0
    t0 = time.perf_counter()
    complete = True
    try:
        for b, batch in ex.run(run_batch, shared, tasks):
            got[b] = batch
            while next_out in got and (keep_rows or sink is not None):
                frame = _rows(space, names, got[next_out], next_out)
                if sink is not None:
                    sink(frame)
                if keep_rows:
                    frames.append(frame)
                got[next_out] = _drop_masks(got[next_out])
                next_out += 1
            if progress is not None:
                progress(sum(got[k].size for k in got), draws)
    except KeyboardInterrupt:
        complete = False
    finally:
        if executor is None:
            ex.close()
    seconds = time.perf_counter() - t0
    order = sorted(got)
    if not complete:  # keep the batches that finished in a row from the first
        order = [b for k, b in enumerate(order) if b == k]
    batches = [_drop_masks(got[b]) for b in order]
    sim = _summarise(scenario, space, names, points, batches, int(seed), draws, complete, per_draw)
    sim = sim.model_copy(
        update={"run": RunInfo(engine=ex.name, workers=ex.workers, seconds=round(seconds, 3))}
    )
    if keep_rows:
        import pandas as pd

        n_done = sum(b.size for b in batches)
        frame = pd.concat(frames, ignore_index=True) if frames else _rows(space, names, None, 0)
        sim._rows = frame[frame["draw"] < n_done].reset_index(drop=True)
    return sim


def _drop_masks(batch: _Batch) -> _Batch:
    res = {
        m: [r if isinstance(r, _Counts) else _Counts.of(r) for r in rs]
        for m, rs in batch.results.items()
    }
    return _Batch(size=batch.size, values=batch.values[:0], results=res)


def _rows(space: Space, models: Sequence[str], batch: _Batch | None, b: int):
    """The tidy rows of one batch: draw, stream, model, issue, outcome, adopted, blockers,
    then one column per uncertain input (its sampled value)."""
    import pandas as pd

    cols = ["draw", "stream", "model", "issue", "outcome", "adopted", "blockers"]
    if batch is None:
        return pd.DataFrame(columns=cols + [i.name for i in space.inputs])
    size = batch.size
    draw = np.arange(b * BATCH, b * BATCH + size)
    ids = np.array(space.report_ids, dtype=object)
    parts = []
    for m in models:
        for g, iss in enumerate(space.issues):
            r = batch.results[m][g]
            blocks = r.blocks
            blockers = (
                [",".join(ids[row]) for row in blocks] if blocks.shape[0] == size else [""] * size
            )
            flags = [None if a < 0 else bool(a == 1) for a in r.adopted.tolist()]
            adopted = pd.array(flags, dtype="boolean")
            data = {
                "draw": draw,
                "stream": np.full(size, b),
                "model": m,
                "issue": iss.id,
                "outcome": r.outcome,
                "adopted": adopted,
                "blockers": blockers,
            }
            frame = pd.DataFrame(data)
            vals = pd.DataFrame(batch.values, columns=[i.name for i in space.inputs])
            parts.append(pd.concat([frame, vals], axis=1))
    return pd.concat(parts, ignore_index=True)


def _outcome_summary(x: np.ndarray, lo: float, hi: float) -> OutcomeSummary:
    x = x[np.isfinite(x)]
    edges = np.linspace(lo, hi, BINS + 1)
    if len(x) == 0:
        return OutcomeSummary(n=0, edges=edges.tolist(), counts=[0] * BINS)
    qs = np.quantile(x, QUANTILES)
    qs = np.maximum.accumulate(qs)  # monotone even under round-off
    counts = np.histogram(np.clip(x, lo, hi), bins=edges)[0]
    return OutcomeSummary(
        n=len(x),
        mean=float(x.mean()),
        quantiles={f"{p:g}": float(v) for p, v in zip(QUANTILES, qs)},
        edges=edges.tolist(),
        counts=counts.astype(int).tolist(),
    )


def _model_summary(
    name, outcome, adopted, piv, veto, blocks, n, space, iss, point=None, per_draw=False
) -> ModelSummary:
    decided = int((adopted >= 0).sum())
    k = int((adopted == 1).sum())
    blocking = []
    for j in np.argsort(-blocks, kind="stable"):
        if blocks[j] > 0:
            rid = space.report_ids[j]
            blocking.append(
                Blocking(
                    actor=rid,
                    name=space.names.get(rid, rid),
                    blocks=float(blocks[j]),
                    pivotal=float(piv[j]),
                    veto=float(veto[j]),
                )
            )
    pf = point.issue(iss.id) if point is not None else None
    return ModelSummary(
        model=name,
        draws=n,
        decided=decided,
        adopted=k,
        p_adopted=(k / decided) if decided else None,
        interval=wilson(k, decided) if decided else None,
        outcome=_outcome_summary(outcome, iss.lo, iss.hi),
        blocking=blocking,
        point_adopted=None if pf is None else pf.adopted,
        point_outcome=None if pf is None else pf.outcome,
        per_draw=per_draw,
    )


def _summarise(scenario, space, names, points, batches, seed, draws, complete, per_draw):
    n = sum(b.size for b in batches)
    issues = []
    m = len(space.member_ids)
    for g, iss in enumerate(space.issues):
        summaries = []
        pooled_o, pooled_a = [], []
        pooled_b = np.zeros(m)
        pooled_p = np.zeros(m)
        pooled_v = np.zeros(m)
        for name in names:
            rs = [b.results[name][g] for b in batches]
            outcome = np.concatenate([r.outcome for r in rs]) if rs else np.zeros(0)
            adopted = np.concatenate([r.adopted for r in rs]) if rs else np.zeros(0, np.int8)
            piv = sum((r.pivotal for r in rs), np.zeros(m))
            veto = sum((r.veto for r in rs), np.zeros(m))
            blocks = sum((r.blocks for r in rs), np.zeros(m))
            denom = max(n, 1)
            s = _model_summary(
                name,
                outcome,
                adopted,
                piv / denom,
                veto / denom,
                blocks / denom,
                n,
                space,
                iss,
                points.get(name),
                name in per_draw,
            )
            summaries.append(s)
            pooled_o.append(outcome)
            pooled_a.append(adopted)
            pooled_b += blocks / denom
            pooled_p += piv / denom
            pooled_v += veto / denom
        combined = None
        if len(names) > 1:
            k = len(names)
            combined = _model_summary(
                "all",
                np.concatenate(pooled_o),
                np.concatenate(pooled_a),
                pooled_p / k,
                pooled_v / k,
                pooled_b / k,
                n * k,
                space,
                iss,
            )
        src = scenario.issue(iss.id)
        issues.append(
            IssueSimulation(
                issue=iss.id,
                title=src.title,
                scale=(iss.lo, iss.hi),
                status_quo=iss.status_quo,
                proposal=iss.proposal,
                models=summaries,
                combined=combined,
            )
        )
    notes = []
    if per_draw:
        notes.append(
            f"{', '.join(per_draw)} ran once per draw (no vectorised engine for this "
            "scenario): slower, same results"
        )
    if not complete:
        notes.append(f"interrupted: {n:,} of {draws:,} draws finished")
    return Simulation(
        scenario=scenario.id,
        title=scenario.title,
        input_hash=space.input_hash,
        seed=seed,
        draws=draws,
        draws_done=n,
        complete=complete and n == draws,
        batch_size=BATCH,
        models=list(names),
        inputs=[InputSummary(**i.to_dict()) for i in space.inputs],
        default_stance={k: list(v) for k, v in space.default_stance.items() if v},
        default_stance_from=scenario.default_stance_origin,
        issues=issues,
        notes=notes,
    )
