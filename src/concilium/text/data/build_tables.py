"""Generate ``concilium/text/_ucd.py`` from Unicode's own data files.

Run from the repository root whenever a data file is updated::

    python -m concilium.text.data.build_tables --ucd /path/to/usr/share/unicode

``confusables.txt`` and ``Scripts.txt`` are read from this folder (where they are shipped
unmodified, see ``SOURCES.md``).  ``--ucd`` names a folder holding Debian's ``unicode-data``
files (``apt-get download unicode-data && dpkg-deb -x unicode-data_*.deb x`` gives
``x/usr/share/unicode``); from it we take ``DerivedCoreProperties.txt``
(Default_Ignorable_Code_Point) and ``UnicodeData.txt`` (general category M).  Without
``--ucd`` those two sets are kept as they are in the existing ``_ucd.py``.

The generated module is plain Python literals so that importing it is one ``marshal`` load.
This script is the only code that parses the raw files; ``tests/text`` checks that the shipped
table still matches the shipped raw files.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "_ucd.py"

_VERSION_RE = re.compile(
    r"#\s*(?:Version:\s*|Scripts-|DerivedCoreProperties-)([0-9]+\.[0-9]+\.[0-9]+)"
)


def _version(path: Path) -> str:
    with path.open(encoding="utf-8-sig") as fh:
        for _ in range(12):
            m = _VERSION_RE.search(fh.readline())
            if m:
                return m.group(1)
    raise SystemExit(f"{path}: no Unicode version in its header")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _data_lines(path: Path):
    with path.open(encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip()
            if line:
                yield [f.strip() for f in line.split(";")]


def _range(field: str) -> tuple[int, int]:
    lo, _, hi = field.partition("..")
    return int(lo, 16), int(hi or lo, 16)


def parse_confusables(path: Path) -> dict[int, str]:
    """``source ; target ; type`` lines -> {source code point: target string}."""
    table: dict[int, str] = {}
    for fields in _data_lines(path):
        src, dst = fields[0], fields[1]
        table[int(src, 16)] = "".join(chr(int(h, 16)) for h in dst.split())
    return table


def parse_scripts(path: Path) -> tuple[list[str], list[tuple[int, int, int]]]:
    """Scripts.txt -> (script names, sorted non-overlapping (start, end, script id) ranges).

    Id 0 is "Unknown" (Zzzz), the value of every unlisted code point.
    """
    names = ["Unknown"]
    ids: dict[str, int] = {"Unknown": 0}
    ranges: list[tuple[int, int, int]] = []
    for fields in _data_lines(path):
        lo, hi = _range(fields[0])
        name = fields[1]
        if name not in ids:
            ids[name] = len(names)
            names.append(name)
        ranges.append((lo, hi, ids[name]))
    ranges.sort()
    merged: list[tuple[int, int, int]] = []
    for lo, hi, sid in ranges:
        if merged and merged[-1][2] == sid and merged[-1][1] + 1 == lo:
            merged[-1] = (merged[-1][0], hi, sid)
        else:
            merged.append((lo, hi, sid))
    return names, merged


def parse_default_ignorable(path: Path) -> list[tuple[int, int]]:
    out = [_range(f[0]) for f in _data_lines(path) if f[1] == "Default_Ignorable_Code_Point"]
    return _merge(out)


def parse_marks(path: Path) -> list[tuple[int, int]]:
    """General category M* (Mn, Mc, Me) from UnicodeData.txt, as merged ranges."""
    out: list[tuple[int, int]] = []
    first = None
    for fields in _data_lines(path):
        cp, name, cat = int(fields[0], 16), fields[1], fields[2]
        if name.endswith(", First>"):
            first = cp
            continue
        lo = first if name.endswith(", Last>") and first is not None else cp
        first = None
        if cat.startswith("M"):
            out.append((lo, cp))
    return _merge(out)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def render(
    confusables: dict[int, str],
    script_names: list[str],
    script_ranges: list[tuple[int, int, int]],
    ignorable: list[tuple[int, int]],
    marks: list[tuple[int, int]],
    versions: dict[str, str],
    hashes: dict[str, str],
) -> str:
    starts, ends, ids = zip(*script_ranges)
    lines = [
        "# ruff: noqa: E501",
        '"""Tables generated from Unicode data files by ``concilium.text.data.build_tables``.',
        "",
        "DO NOT EDIT: regenerate instead.  This is a modified (re-encoded) form of Unicode data",
        "files, distributed under the Unicode License v3 (see ``data/LICENSE-UNICODE.txt``);",
        "sources and versions are listed in ``data/SOURCES.md``.",
        '"""',
        "",
        "# fmt: off",
        f"VERSIONS = {versions!r}",
        f"SHA256 = {hashes!r}",
        f"SCRIPT_NAMES = {tuple(script_names)!r}",
        f"SCRIPT_STARTS = {starts!r}",
        f"SCRIPT_ENDS = {ends!r}",
        f"SCRIPT_IDS = {ids!r}",
        "# confusables.txt as two parallel strings (cheaper to load than a dict literal):",
        "# CONFUSABLE_SOURCES[i] maps to CONFUSABLE_TARGETS.split('\\x00')[i].",
        f"CONFUSABLE_SOURCES = {''.join(chr(k) for k in sorted(confusables))!r}",
        f"CONFUSABLE_TARGETS = {chr(0).join(confusables[k] for k in sorted(confusables))!r}",
        f"DEFAULT_IGNORABLE = {tuple(ignorable)!r}",
        f"MARKS = {tuple(marks)!r}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--ucd", type=Path, help="folder with DerivedCoreProperties.txt, UnicodeData.txt"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    conf_path, scripts_path = HERE / "confusables.txt", HERE / "Scripts.txt"
    versions = {"confusables": _version(conf_path), "scripts": _version(scripts_path)}
    hashes = {"confusables.txt": _sha256(conf_path), "Scripts.txt": _sha256(scripts_path)}
    names, ranges = parse_scripts(scripts_path)
    confusables = parse_confusables(conf_path)
    if args.ucd:
        dcp, ud = args.ucd / "DerivedCoreProperties.txt", args.ucd / "UnicodeData.txt"
        ignorable, marks = parse_default_ignorable(dcp), parse_marks(ud)
        versions["default_ignorable_and_marks"] = _version(dcp)
        hashes["DerivedCoreProperties.txt"] = _sha256(dcp)
        hashes["UnicodeData.txt"] = _sha256(ud)
    else:
        from concilium.text import _ucd

        ignorable, marks = list(_ucd.DEFAULT_IGNORABLE), list(_ucd.MARKS)
        versions["default_ignorable_and_marks"] = _ucd.VERSIONS["default_ignorable_and_marks"]
        for key in ("DerivedCoreProperties.txt", "UnicodeData.txt"):
            hashes[key] = _ucd.SHA256[key]
    args.out.write_text(
        render(confusables, names, ranges, ignorable, marks, versions, hashes), encoding="utf-8"
    )
    print(
        f"wrote {args.out}: {len(confusables)} confusables, {len(ranges)} script ranges, "
        f"{len(ignorable)} ignorable ranges, {len(marks)} mark ranges; versions {versions}"
    )


if __name__ == "__main__":
    main()
