"""Time ``concilium draft`` on a 5,000-word article after the first call.

Run from the repository root (no network)::

    python benchmarks/draft/bench_speed.py [--words 5000] [--repeat 5] [--engine spacy|rules|spacy+model]
                                            [--stages] [--blis] [--profile]

The article is the benchmark's own articles (``benchmarks/draft/articles``, the splits already
run, d, h, n and p, never an unrun held-out one; plain text only) joined in name order and cut
at ``--words`` words; each sentence appears once (no repeated text that a cache could exploit)
as long as the articles hold that many words, which the script checks and says.  One untimed
call loads the pipeline; then
``--repeat`` calls are timed, each for wall-clock time (``time.perf_counter``) and the
process's CPU time (``time.process_time``, all threads).  The machine's load average and core
count are printed beside them: on a shared machine the wall time is the CPU time stretched by
the queue for a core, so the CPU time is the figure that carries over to an unloaded core.
``--stages`` times each stage of the ``--repeat`` calls apart (CPU time, median over the
calls): normalising the text (look-alike repair, markup, groups), dating it and finding its
actors and sentences, the spaCy parse, the stance readers (the parse walks and the vote lists),
the vote counts, and the rest.  ``--profile`` also splits one call into the spaCy pipeline and
the rest, under cProfile (which inflates the pure-Python part several times over: the stage
times are the figures to compare).  ``--blis`` compares, in the same process, calls with
the pipeline's layers on thinc's default BLIS (as before ``concilium.text.nlp`` moved them to
NumPy's BLAS) and on NumPy's BLAS, alternately, ``--repeat`` calls each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ARTICLES = Path(__file__).resolve().parent / "articles"

# Each stage's functions as (module, attribute); a method as (module, "Class.method").  Every
# one is called from draft_scenario and none from another stage's, so the times add up.
STAGES = {
    "normalise": [
        ("concilium.text.scan", "scan_text"),
        ("concilium.text.draft", "_unspoof_tags"),
        ("concilium.text.draft", "article_text"),
        ("concilium.text.draft", "_expand_groups"),
    ],
    "date, actors, sentences": [
        ("concilium.text.draft", "article_date"),
        ("concilium.text.draft", "Gazetteer.find"),
        ("concilium.text.draft", "sentences"),
    ],
    "parse (spaCy)": [("concilium.text.nlp", "parse_texts")],
    "stances": [
        ("concilium.text.stance", "read_stances"),
        ("concilium.text.vote_lists", "list_stances"),
    ],
    "counts": [("concilium.text.counts", "find_counts")],
}


def timed_stages() -> dict[str, list[float]]:
    """Wrap each stage's functions with a CPU-time counter; the dict gathers one total per
    stage per call (the caller appends a 0.0 to every list before each call)."""
    import functools
    import importlib

    spent: dict[str, list[float]] = {name: [] for name in STAGES}
    for name, where in STAGES.items():
        for module_name, attr in where:
            owner: object = importlib.import_module(module_name)
            if "." in attr:
                cls, attr = attr.split(".")
                owner = getattr(owner, cls)
            inner = getattr(owner, attr)

            def wrapper(*a: Any, _f: Any = inner, _s: list[float] = spent[name], **k: Any) -> Any:
                c0 = time.process_time()
                try:
                    return _f(*a, **k)
                finally:
                    _s[-1] += time.process_time() - c0

            setattr(owner, attr, functools.wraps(inner)(wrapper))
    return spent


def article(words: int) -> tuple[str, bool]:
    """(text of about ``words`` words, whether it needed to repeat any article)."""
    # Only the splits already run (d, h, n, p): an unrun held-out split is never read here.
    paths = sorted(p for p in ARTICLES.glob("*.txt") if p.name[0] in "dhnp")
    parts = [p.read_text(encoding="utf-8") for p in paths]
    pool = "\n\n".join(parts).split()
    repeated = len(pool) < words
    while len(pool) < words:
        pool += pool
    return " ".join(pool[:words]), repeated


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--engine", default="auto", choices=("auto", "spacy", "rules", "spacy+model"))
    ap.add_argument("--stages", action="store_true")
    ap.add_argument("--blis", action="store_true")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)

    from concilium.text.draft import draft_scenario

    text, repeated = article(args.words)
    t0, c0 = time.perf_counter(), time.process_time()
    sc = draft_scenario(text, source="big.txt", engine=args.engine)
    first_wall, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    walls, cpus = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        draft_scenario(text, source="big.txt", engine=args.engine)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(
        f"## Drafting a {len(text.split()):,}-word article (engine {sc['x-draft']['engine']}"
        f"{', articles repeated' if repeated else ', no sentence repeated'})\n"
    )
    print(f"first call (loads the pipeline): {first_wall:.2f} s wall, {first_cpu:.2f} s CPU")
    print(
        f"after the first call, {args.repeat} calls: wall median {statistics.median(walls):.3f} s "
        f"(min {min(walls):.3f}), CPU median {statistics.median(cpus):.3f} s "
        f"(min {min(cpus):.3f})"
    )
    print(
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) on "
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    if args.stages:
        spent = timed_stages()
        totals = []
        for _ in range(args.repeat):
            for times in spent.values():
                times.append(0.0)
            c0 = time.process_time()
            draft_scenario(text, source="big.txt", engine=args.engine)
            totals.append(time.process_time() - c0)
        whole = statistics.median(totals)
        print(f"\nstages, CPU median of {args.repeat} calls (whole call {whole:.3f} s):")
        named = 0.0
        for name, times in spent.items():
            t = statistics.median(times)
            named += t
            print(f"  {name:<24} {t:.3f} s  {t / whole:4.0%}")
        print(f"  {'the rest':<24} {whole - named:.3f} s  {(whole - named) / whole:4.0%}")
    if args.blis:
        from thinc.api import NumpyOps

        from concilium.text.nlp import load_pipeline

        layers = [layer for _, c in load_pipeline().pipeline for layer in c.model.walk()]
        ops = {"NumPy's BLAS": layers[0].ops, "BLIS": NumpyOps(use_blis=True)}
        cpu: dict[str, list[float]] = {name: [] for name in ops}
        for _ in range(args.repeat):
            for name, o in ops.items():
                for layer in layers:
                    layer.ops = o
                c0 = time.process_time()
                draft_scenario(text, source="big.txt", engine=args.engine)
                cpu[name].append(time.process_time() - c0)
        for layer in layers:
            layer.ops = ops["NumPy's BLAS"]
        print(f"\nthe same process, {args.repeat} calls each, alternately (CPU):")
        for name, times in cpu.items():
            print(
                f"  layers on {name:<13} median {statistics.median(times):.3f} s (min {min(times):.3f})"
            )
        new, old = cpu["NumPy's BLAS"], cpu["BLIS"]
        print(
            f"  NumPy's BLAS / BLIS: {statistics.median(new) / statistics.median(old):.2f} "
            f"(median), {min(new) / min(old):.2f} (min)"
        )
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(draft_scenario, text, source="big.txt", engine=args.engine)
        stats = pstats.Stats(prof)
        total = sum(v[3] for k, v in stats.stats.items() if k[2] == "draft_scenario")  # type: ignore[attr-defined]
        spacy = sum(
            v[3]
            for k, v in stats.stats.items()  # type: ignore[attr-defined]
            if k[2] == "pipe" and "spacy" in k[0] and "language" in k[0]
        )
        print(
            f"profile (cumulative, under cProfile): draft_scenario {total:.2f} s, of which the "
            f"spaCy pipeline {spacy:.2f} s ({spacy / total:.0%})"
        )


if __name__ == "__main__":
    main()
