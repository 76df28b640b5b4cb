"""Run the inversion probe set (``tests/inversion_probes.py``) through ``draft_scenario``
and print every probe whose drafted stance is inverted, spurious, wrong or missed.

    python benchmarks/draft/probe_inversions.py [--all] [--engine spacy|rules] [--src DIR]

The summary line counts actors per outcome (``ok``, ``inverted``, ``spurious``, ``wrong``,
``missed``) and the probes with at least one inverted actor.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ``--src DIR`` (before the other arguments are parsed): the drafter of another checkout, to
# measure the probes before a change ("--src /path/to/main/src")
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv else str(ROOT / "src")
sys.path[:0] = [str(ROOT / "tests"), _SRC]

from drafted_labels import labels_by_issue
from inversion_probes import PROBES, outcome

from concilium.text.draft import draft_scenario


def drafted(probe, engine: str) -> dict[str, str]:
    """{actor: label} on the probe article's first issue (the decision its lead states; an
    amendment or a motion the probe names makes a second issue, not scored); stances assumed
    from a count are left out."""
    sc = draft_scenario(probe.article(), source="probe.txt", engine=engine)
    first = sc["issues"][0]["id"]
    return labels_by_issue(sc, named_only=True)[first]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="print every probe, not only failures")
    ap.add_argument("--engine", default="spacy")
    ap.add_argument("--src", help="the src directory of the drafter to probe (default: this one)")
    args = ap.parse_args()
    tally: collections.Counter[str] = collections.Counter()
    inverted_probes = 0
    for i, probe in enumerate(PROBES):
        got = drafted(probe, args.engine)
        res = {}
        for actor, want in probe.expect.items():
            have = got.get(actor)
            res[actor] = outcome(want, have)
            tally[res[actor]] += 1
        if "inverted" in res.values():
            inverted_probes += 1
        if args.all or set(res.values()) - {"ok"}:
            print(f"[{i:3d}] {probe.cls:11s} {probe.text}")
            for actor, want in probe.expect.items():
                print(f"        {actor}: want {want}, got {got.get(actor)} -> {res[actor]}")
    print(
        f"probes {len(PROBES)}, probes with an inversion {inverted_probes}; actors: "
        + ", ".join(f"{k} {tally[k]}" for k in ("ok", "inverted", "spurious", "wrong", "missed"))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
