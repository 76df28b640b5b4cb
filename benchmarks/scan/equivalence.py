"""Old and new scanner, report for report: run ``scan`` and ``scan --fix`` of an older commit
and of this checkout on every input shape of ``bench_scan.py --shapes`` and on the test
articles (clean and obfuscated by every scheme), and compare the reports exactly.

Run from the repository root (no network)::

    python benchmarks/scan/equivalence.py [--baseline 85b6bd3] [--only LABEL ...]

The older commit's ``src`` is taken with ``git archive`` into a temporary folder and run in a
subprocess with that folder first on ``PYTHONPATH``; this checkout runs the same way.  Each side
writes, per input and mode (detect; ``--fix``; ``--fix --fold-isolated``), the report's JSON
data (the temporary file names replaced) and the SHA-256 of the repaired file.  Everything must
be equal, with one documented exception: the order of scripts with *equal* counts in
``by_script`` (now the order of their first look-alike in the text; before, it depended on when
the old scanner flushed its caches).  Such differences are counted and printed separately.

85b6bd3 is the last commit before the array engine (``concilium.text._scanvec``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def baseline_tree(rev: str, into: Path) -> Path:
    """``src/`` of commit ``rev``, extracted under ``into``; returns the folder to import."""
    raw = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(raw)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def inputs(only: list[str] | None) -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests" / "text"))
    from bench_scan import shapes
    from obfuscate import SCHEMES, obfuscate

    out = dict(shapes())
    for p in sorted((ROOT / "tests" / "text" / "articles").iterdir()):
        if p.suffix not in (".txt", ".html"):
            continue
        text = p.read_text(encoding="utf-8")
        out[f"article {p.name}"] = text
        for k, scheme in enumerate(sorted(SCHEMES)):
            out[f"article {p.name}, {scheme} 20%"] = obfuscate(text, scheme, 0.2, seed=k)
    if only:
        out = {k: v for k, v in out.items() if any(o in k for o in only)}
    return out


def _worker(folder: str) -> None:
    """In the subprocess: scan every file of ``folder`` (names from its index.json)."""
    from concilium.text.scan import scan_file

    folder_p = Path(folder)
    names = json.loads((folder_p / "index.json").read_text())
    results = {}
    out = folder_p / "out.bin"
    for i, label in enumerate(names):
        src = folder_p / f"{i}.txt"
        for mode in ("detect", "fix", "fix-fold"):
            if out.exists():
                out.unlink()
            if mode == "detect":
                rep = scan_file(src)
            else:
                rep = scan_file(src, out=out, fold_isolated=mode == "fix-fold", force=True)
            d = rep.to_dict()
            d["source"] = "<in>"
            d["output"] = "<out>" if d["output"] else None
            digest = hashlib.sha256(out.read_bytes()).hexdigest() if mode != "detect" else ""
            results[f"{label} | {mode}"] = (d, digest)
    sys.stdout.write(json.dumps(results))


def run(pythonpath: Path, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks' / 'scan')!r}); "
    code += f"import equivalence; equivalence._worker({str(folder)!r})"
    res = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if res.returncode:
        sys.exit(f"worker failed ({pythonpath}):\n{res.stderr[-3000:]}")
    return json.loads(res.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="85b6bd3", help="the older commit (default 85b6bd3)")
    ap.add_argument("--only", action="append", help="inputs whose label contains this")
    args = ap.parse_args(argv)
    texts = inputs(args.only)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        data = tmp_p / "data"
        data.mkdir()
        for i, text in enumerate(texts.values()):
            (data / f"{i}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
        (data / "index.json").write_text(json.dumps(list(texts)))
        old = run(baseline_tree(args.baseline, tmp_p / "old"), data)
        new = run(ROOT / "src", data)
    differ, tie_order = [], []
    for key in old:
        (d_old, h_old), (d_new, h_new) = old[key], new[key]
        same_order = list(d_old["by_script"]) == list(d_new["by_script"])
        if h_old != h_new or d_old != d_new:
            differ.append(key)
        elif not same_order:
            tie_order.append(key)
    for key in differ:
        print(f"DIFFERENT: {key}")
    for key in tie_order:
        print(f"by_script tie order only: {key}")
    print(
        f"{len(old)} reports ({len(texts)} inputs x detect, --fix, --fix --fold-isolated): "
        f"{len(old) - len(differ) - len(tie_order)} identical, {len(tie_order)} differ only in "
        f"the order of equal by_script counts, {len(differ)} different"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
