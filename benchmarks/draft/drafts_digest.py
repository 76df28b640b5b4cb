"""A hash of the drafted YAML of every seen article: a speed change must leave it unchanged.

Run from the repository root (no network)::

    python benchmarks/draft/drafts_digest.py [--engine auto|spacy|rules] [--seeds 0] [--verbose]

Every article of ``benchmarks/draft/articles`` except a held-out split not yet run (the
prefixes in ``UNRUN_PREFIXES``, never opened here) is drafted as ``concilium draft`` would (``draft_scenario`` then
``dump_yaml``; an article the drafter refuses hashes its error message), and one SHA-256 over
all of them in name order is printed.  ``--seeds N`` also drafts N obfuscated copies of each
article (the obfuscations and seeds of ``evaluate.py``), so the obfuscation repair is
covered too.  ``--verbose`` prints each article's own hash, to find which one changed.  The
date is fixed by each article (or today's, for an undated one), so run before and after on the
same day.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).resolve().parent / "articles"
sys.path.insert(0, str(ROOT / "tests" / "text"))

from obfuscate import obfuscate

from concilium.errors import InputError
from concilium.io.documents import dump_yaml
from concilium.text.draft import draft_scenario

OBFUSCATIONS = (("mixed", 0.3), ("invisible", 0.2), ("fullwidth", 0.2))
# File-name prefixes of held-out splits not yet run (add the next one when it is named).
UNRUN_PREFIXES: tuple[str, ...] = ()


def seen_articles() -> list[Path]:
    # The name's prefix decides before the file is opened: an unrun held-out split is never
    # read.  None is pending now (heldout16, 16-*, was run at the nineteenth stop's end).
    return sorted(
        p
        for p in ARTICLES.iterdir()
        if not p.name.startswith(UNRUN_PREFIXES) and p.suffix in (".txt", ".html")
    )


def drafted(raw: str, name: str, engine: str) -> str:
    try:
        return dump_yaml(draft_scenario(raw, source=name, engine=engine))
    except InputError as e:
        return f"InputError: {e}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="auto", choices=("auto", "spacy", "rules"))
    ap.add_argument("--seeds", type=int, default=0)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)

    total = hashlib.sha256()
    paths = seen_articles()
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        one = hashlib.sha256(drafted(raw, path.name, args.engine).encode())
        for seed in range(1, args.seeds + 1):
            for kind, rate in OBFUSCATIONS:
                copy = obfuscate(raw, kind, rate, seed=700 + 31 * seed)
                one.update(drafted(copy, path.name, args.engine).encode())
        total.update(path.name.encode() + b"\0" + one.digest())
        if args.verbose:
            print(f"{one.hexdigest()[:16]}  {path.name}")
    print(f"{total.hexdigest()}  {len(paths)} articles, engine {args.engine}, seeds {args.seeds}")


if __name__ == "__main__":
    main()
