"""``evaluate`` at scale: CPU time and peak memory on generated DEU-like files (issue 14).

Run on demand (never part of the test suite), in the project's venv::

    python benchmarks/bench_evaluate.py                      # 10,000 and 100,000 rows
    python benchmarks/bench_evaluate.py --rows 2000 8000     # quicker

Each row count runs in a fresh Python process (so peak memory is its own): the process reads
the file and scores the compromise model with :func:`concilium.evaluation.evaluate_file`
(what ``concilium evaluate`` runs; 2000 bootstrap replicates, the command's default), then reports

* CPU time (process time: the machine may be shared) and milliseconds per row;
* peak resident memory (``ru_maxrss``) minus the resident memory after the imports and
  before reading, and that difference per row.

Target: time and memory linear in rows, memory per row small (a few KB, not tens).

The file: a DEU-like tab-separated table (the columns of ``tests/evaluation/data/
mini_deu.tsv``), one issue per row, proposals of 1 to 3 issues, introduced in 2005 (so 25
member states, the Commission and the Parliament take positions), positions on 0..100 in
steps of 10, saliences, reference point and outcome drawn from a fixed seed, so every run
reads the same bytes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STATES_2005 = [
    "at",
    "be",
    "cy",
    "cz",
    "dk",
    "ee",
    "fi",
    "fr",
    "de",
    "el",
    "hu",
    "ie",
    "it",
    "lv",
    "lt",
    "lu",
    "mt",
    "nl",
    "pl",
    "pt",
    "si",
    "sk",
    "es",
    "se",
    "uk",
]


def write_deu_like(path: Path, n_rows: int, seed: int = 2024) -> None:
    """``n_rows`` issue rows in the DEU layout (see the module docstring)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    header = (ROOT / "tests" / "evaluation" / "data" / "mini_deu.tsv").read_text().split("\n")[0]
    cols = [c.strip('"') for c in header.split("\t")]
    actors = ["com", "ep", *STATES_2005]
    lines = [header]
    k = prop = 0
    while k < n_rows:
        prop += 1
        n_issues = min(int(rng.integers(1, 4)), n_rows - k)
        rule = "QMV" if rng.random() < 0.7 else "Unan"
        for j in range(n_issues):
            k += 1
            row = dict.fromkeys(cols, "")
            row.update(
                prnrnmc=str(prop),
                isnrnmc=str(k),
                prnr=f'"p{prop}"',
                prname=f'"proposal {prop}"',
                isnr=f'"p{prop}i{j + 1}"',
                type='"Dir"',
                council='"Gen"',
                proc='"COD"',
                counvte=f'"{rule}"',
                proccde="3",
                issues=str(n_issues),
                intro='"15-03-05"',
                finact="999",
                rp=str(10 * int(rng.integers(0, 11))),
                out=str(10 * int(rng.integers(0, 11))),
            )
            for a in actors:
                if rng.random() < 0.85:
                    row[f"p{a}"] = str(10 * int(rng.integers(0, 11)))
                    row[f"s{a}"] = str(10 * int(rng.integers(1, 11)))
            lines.append("\t".join(row[c] for c in cols))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rss_kb() -> int:
    """Current resident memory in KiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def child(path: Path, n_rows: int, model: str, n_boot: int) -> None:
    import gc

    from concilium.evaluation import evaluate_file, parse_model_spec

    runs = [parse_model_spec(model)]
    gc.collect()
    base = _rss_kb()
    t0 = time.process_time()
    ev = evaluate_file(path, runs, n_boot=n_boot)
    dt = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    mae = float(ev.summary["mae"].iloc[0])
    grew = max(peak - base, 0)
    print(
        f"{n_rows:>9,} rows: {dt:7.2f} s CPU ({1000 * dt / n_rows:.3f} ms/row), "
        f"peak memory +{grew / 1024:7.1f} MiB ({grew * 1024 / n_rows / 1000:6.2f} KB/row), "
        f"MAE {mae:.4f}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--model", default="compromise")
    p.add_argument("--bootstrap", type=int, default=2000, help="replicates (the CLI's default)")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args.child, args.rows[0], args.model, args.bootstrap)
        return
    print(f"evaluate {args.model}, {args.bootstrap} bootstrap replicates, DEU-like rows (seeded)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            path = Path(tmp) / f"deu{n}.tsv"
            write_deu_like(path, n)
            cmd = [sys.executable, __file__, "--child", str(path), "--rows", str(n)]
            more = ["--model", args.model, "--bootstrap", str(args.bootstrap)]
            subprocess.run([*cmd, *more], check=True)


if __name__ == "__main__":
    main()
