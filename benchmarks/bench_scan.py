"""Throughput of ``scan --fix`` against the PyPI package ``confusable-homoglyphs``, in one run.

confusable-homoglyphs is NOT a dependency of concilium.  Run this in a throw-away venv::

    python -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install -e . confusable-homoglyphs==3.3.1
    /tmp/bench-venv/bin/python benchmarks/bench_scan.py [--mb 4] [--repeat 3]

Without the package only concilium is timed.  Input: the test articles of ``tests/text/articles``
(English, Russian, Greek, mixed), repeated to ``--mb`` megabytes, in three versions: clean,
lightly obfuscated (1% of the eligible Latin letters swapped for Cyrillic/Greek look-alikes)
and heavily obfuscated (10%, which touches about one word in five); seeded, so every run sees
the same bytes.

What each side does per run, on the same text:

* concilium: ``scan_file(path, out=...)``: decode, detect, repair, write (the ``scan --fix``
  command minus interpreter start-up).
* confusable-homoglyphs: for each line, ``is_confusable(line, greedy=True,
  preferred_aliases=["latin"])`` and replace each reported character by its first Latin
  homoglyph: the package's own way to find and fold look-alikes (it has no "fix" function).

Target (issue 5): concilium >= 5x the throughput of confusable-homoglyphs.

``--shapes`` instead times ``scan`` (detect only, and ``--fix``) on the input shapes of
issue 14, each in CPU time (the machine may be shared): plain ASCII prose, the test articles,
the articles with 10% of their eligible letters swapped, one 20 MB word without spaces, one
800,000-letter mixed-script word, a 1 MB mixed-script name (a word of 550,000 letters), one
word alternating "a" and Cyrillic "а", many short lines repeating two spellings, many short
lines of distinct random mixed words, text dense with invisible characters, short lines of
distinct words mixing Han, kana, Latin and Cyrillic, and short lines of distinct words mixing
Latin with rarer scripts (Armenian, Cherokee, Georgian).  Target
(issue 14): at least 2 MB/s on every shape.  ``--baseline COMMIT`` times that commit's scanner
too, on the same files in the same run (in a subprocess importing its ``src``; ``85b6bd3`` is
the last commit before the array engine), and ``benchmarks/scan/equivalence.py`` checks that
the two give the same reports and repairs on every shape.  ``--shapes --memory`` gives the
peak resident memory of each shape's scans instead, in a fresh process each (with
``--baseline``, the older commit's too).  In the default mode the SHA-256 of
concilium's fixed text is printed with each input, so a speed-up can be checked to change no
byte of the repair (the inputs are seeded, so the hash is the same from run to run).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "text"))

from obfuscate import obfuscate

from concilium.text.scan import scan_file


def corpus(megabytes: float, seed: int = 7, rate: float = 0.1) -> str:
    parts = []
    for p in sorted((ROOT / "tests" / "text" / "articles").iterdir()):
        if p.suffix in (".txt", ".html"):
            parts.append(p.read_text(encoding="utf-8"))
    base = "\n\n".join(parts)
    target = int(megabytes * 1e6)
    chunks, size, k = [], 0, 0
    while size < target:
        piece = obfuscate(base, "mixed", rate, seed + k) if rate else base
        chunks.append(piece)
        size += len(piece.encode("utf-8"))
        k += 1
    return "".join(chunks)


def homoglyphs_fix(text: str, confusables) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        found = confusables.is_confusable(line, greedy=True, preferred_aliases=["latin"])
        if found:
            table = {}
            for f in found:
                alts = [h["c"] for h in f["homoglyphs"] if len(h["c"]) == 1]
                if alts:
                    table[ord(f["character"])] = alts[0]
            line = line.translate(table)
        out.append(line)
    return "".join(out)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _mixed(n: int, seed: int) -> str:
    """``n`` letters, each Latin or Cyrillic at random (seeded)."""
    import random

    rnd = random.Random(seed)
    lat, cyr = "abcdefghijklmnopqrstuvwxyz", "абвгдежзийклмнопрстуфхцчшщ"
    return "".join(rnd.choice(lat if rnd.random() < 0.5 else cyr) for _ in range(n))


def _mixed_cjk(n: int, seed: int) -> str:
    """``n`` characters, each Han, kana, Latin or Cyrillic at random (seeded): words that are
    cut at CJK / non-CJK boundaries and hold look-alikes on both sides."""
    import random

    rnd = random.Random(seed)
    kinds = ("東京大阪事務所北約会議", "のはをにがアイウエオ", "abcdefghop", "абвгдежзо")
    return "".join(rnd.choice(rnd.choice(kinds)) for _ in range(n))


def _repeat(s: str, n: int) -> str:
    return (s * (1 + n // len(s)))[:n]


def shapes() -> dict[str, str]:
    """The input shapes of issue 14 (see the module docstring), seeded."""
    import random

    articles = "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "text" / "articles").glob("*.txt"))
    )
    rnd = random.Random(3)
    return {
        "plain ASCII prose": _repeat("The Council adopted the proposal by majority. ", 4_000_000),
        "articles (mixed scripts)": _repeat(articles, 2_000_000),
        "articles, 10% swapped": _repeat(obfuscate(articles, "mixed", 0.1, 7), 2_000_000),
        "one 20 MB word": "a" * 20_000_000,
        "800,000-letter mixed word": _mixed(800_000, 1),
        "1 MB mixed-script name": _mixed(550_000, 2),
        "word alternating a/а": "aа" * 500_000,
        "short lines, 2 spellings": _repeat("Frаnce\nок\n", 2_000_000),
        "short lines, distinct words": "\n".join(
            _mixed(rnd.randint(1, 8), i) for i in range(300_000)
        ),
        "invisible characters dense": _repeat("a\u200bb\u200dc\u00ad ", 1_000_000),
        "one word with invisibles": _repeat("a\u200b", 1_000_000),
        "short lines, CJK mixed words": "\n".join(
            _mixed_cjk(rnd.randint(2, 8), i) for i in range(200_000)
        ),
        "short lines, rare scripts": "\n".join(
            "".join(
                rnd.choice("abcdefoս\u0585\u057c\u13aa\u10d0") for _ in range(rnd.randint(2, 8))
            )
            for _ in range(200_000)
        ),
    }


def time_file(src: Path, out: Path) -> tuple[float, float]:
    """CPU seconds of ``scan`` and of ``scan --fix`` on one file (the Unicode tables built
    first, as a long-running process would have them)."""
    from concilium.text.scan import scan_text

    scan_text("Fr\u0430nce a\u200bb \uff26 \u6771\u4eac")
    times = []
    for fix in (False, True):
        t = time.process_time()
        scan_file(src, out=out if fix else None, force=True)
        times.append(time.process_time() - t)
    return times[0], times[1]


def _baseline_times(old_src: Path, src: Path, out: Path) -> tuple[float, float]:
    """:func:`time_file` in a subprocess running the package found in ``old_src``."""
    import json
    import os
    import subprocess

    code = (
        f"import sys, json; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
        f"import bench_scan; from pathlib import Path; "
        f"print(json.dumps(bench_scan.time_file(Path({str(src)!r}), Path({str(out)!r}))))"
    )
    env = dict(os.environ, PYTHONPATH=str(old_src))
    res = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return tuple(json.loads(res.stdout.splitlines()[-1]))


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def scans_peak_rss(src: Path, out: Path) -> tuple[float, float]:
    """Resident memory (MB) before :func:`time_file` (interpreter, imports, Unicode tables)
    and at its peak (Linux: the peak is reset through ``/proc/self/clear_refs`` first, so an
    earlier high-water mark, e.g. while importing, does not hide it)."""
    from concilium.text.scan import scan_text

    scan_text("Fr\u0430nce a\u200bb")
    Path("/proc/self/clear_refs").write_text("5")
    before = _rss_kb("VmRSS")
    time_file(src, out)
    return before / 1024, _rss_kb("VmHWM") / 1024


def _peak_rss(src_dir: Path, src: Path, out: Path) -> tuple[float, float]:
    """:func:`scans_peak_rss` in a fresh process running the package in ``src_dir``."""
    import json
    import os
    import subprocess

    code = (
        f"import sys, json; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
        f"import bench_scan; from pathlib import Path; "
        f"print(json.dumps(bench_scan.scans_peak_rss(Path({str(src)!r}), Path({str(out)!r}))))"
    )
    env = dict(os.environ, PYTHONPATH=str(src_dir))
    res = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    before, peak = json.loads(res.stdout.splitlines()[-1])
    return before, peak


def bench_memory(only: list[str] | None = None, baseline: str | None = None) -> None:
    """Peak resident memory of ``scan`` + ``scan --fix`` of each shape, each in a fresh
    process (:func:`scans_peak_rss`); with ``baseline``, that commit's too."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
        old_src = None
        if baseline:
            sys.path.insert(0, str(ROOT / "benchmarks" / "scan"))
            from equivalence import baseline_tree

            old_src = baseline_tree(baseline, Path(tmp) / "old")
        for label, text in shapes().items():
            if only and not any(o in label for o in only):
                continue
            data = text.encode("utf-8")
            src.write_bytes(data)
            before = ""
            if old_src is not None:
                b0, p0 = _peak_rss(old_src, src, out)
                before = f"  before: peak {p0:5.0f} MB (at start {b0:4.0f});"
            b1, p1 = _peak_rss(ROOT / "src", src, out)
            print(
                f"{label:28s} {len(data) / 1e6:6.2f} MB{before}  peak {p1:5.0f} MB "
                f"(at start {b1:4.0f})",
                flush=True,
            )


def bench_shapes(only: list[str] | None = None, baseline: str | None = None) -> None:
    """Time every shape; with ``baseline`` (a commit), time that commit's code on the same
    files in the same run (a subprocess), before this checkout's."""
    worst = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
        old_src = None
        if baseline:
            sys.path.insert(0, str(ROOT / "benchmarks" / "scan"))
            from equivalence import baseline_tree

            old_src = baseline_tree(baseline, Path(tmp) / "old")
        for label, text in shapes().items():
            if only and not any(o in label for o in only):
                continue
            data = text.encode("utf-8")
            src.write_bytes(data)
            mb = len(data) / 1e6
            before = ""
            if old_src is not None:
                t_old = _baseline_times(old_src, src, out)
                before = f"  before: detect {mb / t_old[0]:6.2f} --fix {mb / t_old[1]:6.2f};"
            t_new = time_file(src, out)
            speeds = [mb / t for t in t_new]
            worst = min(worst, *speeds)
            print(
                f"{label:28s} {mb:6.2f} MB{before}  detect {speeds[0]:7.2f} MB/s  "
                f"--fix {speeds[1]:7.2f} MB/s",
                flush=True,
            )
    print(f"worst: {worst:.2f} MB/s (target >= 2 MB/s: {'met' if worst >= 2 else 'NOT met'})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shapes", action="store_true", help="time the shapes of issue 14")
    ap.add_argument("--only", action="append", help="with --shapes: shapes whose label has this")
    ap.add_argument(
        "--baseline",
        metavar="COMMIT",
        help="with --shapes: also time this commit's scanner on the same files, in the same run "
        "(85b6bd3 is the last one before the array engine)",
    )
    ap.add_argument(
        "--memory",
        action="store_true",
        help="with --shapes: peak resident memory per shape (fresh process each) instead of speed",
    )
    args = ap.parse_args(argv)
    if args.shapes and args.memory:
        bench_memory(args.only, args.baseline)
        return
    if args.shapes:
        bench_shapes(args.only, args.baseline)
        return

    try:
        from confusable_homoglyphs import confusables
    except ImportError:
        confusables = None
        print("confusable-homoglyphs not installed: see the docstring for the comparison venv")
    for label, rate in (("clean", 0.0), ("light (1%)", 0.01), ("heavy (10%)", 0.1)):
        text = corpus(args.mb, rate=rate)
        data = text.encode("utf-8")
        mb = len(data) / 1e6
        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
            src.write_bytes(data)
            scan_file(src, out=out)  # warm the tables
            t_ours = best_of(lambda src=src, out=out: scan_file(src, out=out), args.repeat)
            report = scan_file(src, out=out)
            digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
        print(
            f"\n{label}: {mb:.2f} MB, {report.words} words, {report.affected_words} affected "
            f"({report.verdict}); fixed text sha256 {digest}"
        )
        print(f"  concilium scan --fix      : {t_ours:7.3f} s  {mb / t_ours:8.2f} MB/s")
        if confusables is None:
            continue
        homoglyphs_fix(text[:10000], confusables)  # warm its JSON tables
        t_theirs = best_of(
            lambda text=text: homoglyphs_fix(text, confusables), max(1, args.repeat - 2)
        )
        print(f"  confusable-homoglyphs fix : {t_theirs:7.3f} s  {mb / t_theirs:8.2f} MB/s")
        print(
            f"  ratio (concilium / confusable-homoglyphs throughput): {t_theirs / t_ours:.1f}x "
            "(target >= 5x)"
        )


if __name__ == "__main__":
    main()
