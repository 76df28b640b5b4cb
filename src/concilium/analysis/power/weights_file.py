"""Small files of weights and quotas: a weighted voting game without a whole body file.

CSV — one row per member, then one ``quota`` row per way of winning::

    member,name,weight
    H1,Hempstead 1,9
    H2,Hempstead 2,9
    NH,North Hempstead,7
    OB,Oyster Bay,3
    GC,Glen Cove,1
    LB,Long Beach,1
    quota,16

The ``member`` column holds the ids; ``name`` is optional; every other column is a weight
(non-negative numbers; decimals are scaled to integers exactly, e.g. 18.49 -> 1849
hundredths).  A ``quota`` row gives either one number (with a single weight column) or
conditions joined by ``and``, each ``COLUMN >= VALUE`` or ``COLUMN > VALUE``; ``members`` is
the head count.  A value is absolute (in the column's own units) or a percentage of the
column total, always taken of the members listed (``65%`` -> at least 65 % of the total,
rounded up to the next whole unit).  Several ``quota`` rows are alternatives: a coalition
wins when it meets any of them.  The EU double majority with its blocking-minority clause::

    member,name,population
    DEU,Germany,18.49
    ...
    quota,members >= 55% and population >= 65%
    quota,members >= 24

YAML — the same, as a mapping::

    name: Nassau County Board of Supervisors, 1964
    members:
      - {id: H1, name: Hempstead 1, weight: 9}
      ...
    quota: 16                       # or: clauses: ["members >= 15 and population >= 65%", ...]
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from concilium.errors import InputError, Problem
from concilium.games import SimpleGame

__all__ = [
    "WeightsFile",
    "load_weights_file",
    "looks_like_weights_file",
    "parse_weights_csv",
    "weighted_game",
]

_RESERVED = {"id", "member", "name", "members"}
_COND = re.compile(r"^\s*([A-Za-z_][\w\-]*)\s*(>=|>)\s*([0-9]*\.?[0-9]+)\s*(%?)\s*$")


@dataclass(frozen=True)
class WeightsFile:
    """A parsed weights file: the game, display names, and the integer scale per column."""

    game: SimpleGame
    names: dict[str, str]
    title: str
    scales: dict[str, int] = field(default_factory=dict)
    source: str | None = None


# ------------------------------------------------------------------------------ numbers
def _shown(text: str, width: int = 40) -> str:
    return repr(text if len(text) <= width else text[:width] + "...")


def _fraction(text: str, *, what: str, line: int | None, fld: str) -> Fraction:
    """``text`` as an exact number, or one InputError (an integer of more than 4,300 digits
    cannot be converted by Python, and is no sensible weight or quota anyway)."""
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        digits = sum(c.isdigit() for c in text)
        if digits > 4300:
            raise InputError(
                f"{what}: a number with {digits:,} digits is too long to read",
                line=line,
                field=fld,
                hint="check the value",
            ) from None
        raise InputError(
            f"{what} must be a number, got {_shown(text)}",
            line=line,
            field=fld,
            hint="write plain numbers such as 9 or 18.49",
        ) from None


def _number(text: Any, *, what: str, line: int | None, fld: str) -> Fraction:
    from concilium.numbers import MAX_MAGNITUDE

    if isinstance(text, bool):
        raise InputError(f"{what} must be a number, not {text!r}", line=line, field=fld)
    value = _fraction(str(text).strip(), what=what, line=line, fld=fld)
    if value < 0:
        raise InputError(
            f"{what} must not be negative (got {_shown(str(text))})", line=line, field=fld
        )
    if value > MAX_MAGNITUDE:
        raise InputError(
            f"{what} is too large: weights are accepted up to 1e15",
            line=line,
            field=fld,
            hint="give the weights in larger units",
        )
    return value


def _to_integers(values: Sequence[Fraction], column: str) -> tuple[list[int], int]:
    """Scale exact decimals to integers with the smallest power of ten (at most 10**9)."""
    for k in range(10):
        scale = 10**k
        if all((v * scale).denominator == 1 for v in values):
            return [int(v * scale) for v in values], scale
    raise InputError(
        f"weights in column {column!r} have more than 9 decimals",
        field=column,
        hint="round the weights",
    )


# ------------------------------------------------------------------------------ builder
def _codepoints(text: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in text)


def weighted_game(
    members: Sequence[str],
    weights: Mapping[str, Sequence[Any]],
    clauses: Sequence[str | Mapping[str, Any] | Any],
    *,
    lines: Sequence[int | None] | None = None,
    clause_lines: Sequence[int | None] | None = None,
) -> tuple[SimpleGame, dict[str, int]]:
    """Build a game from members, weight columns and quota clauses.

    ``clauses`` items are a number / percentage (single weight column), a condition string
    (``"members >= 15 and population >= 65%"``) or a mapping ``{column: value}``.  Returns
    the game and the integer scale of each weight column.
    """
    n = len(members)
    if n == 0:
        raise InputError("no members given", hint="list at least one member")
    lines = list(lines) if lines is not None else [None] * n
    from concilium.text.confusables import skeleton

    seen: dict[str, int | None] = {}
    look: dict[str, str] = {}  # TR39 skeleton -> the id first spelt that way
    probs: list[Problem] = []
    for m, ln in zip(members, lines):
        if not m:
            probs.append(Problem("empty member id", line=ln, field="member"))
        elif m in seen:
            where = f" (first on line {seen[m]})" if seen[m] else ""
            probs.append(
                Problem(
                    f"duplicate member {m!r}{where}",
                    line=ln,
                    field="member",
                    hint="each member may appear once",
                )
            )
        elif look.setdefault(skeleton(m), m) != m:
            twin = look[skeleton(m)]
            where = f" on line {seen[twin]}" if seen.get(twin) else ""
            probs.append(
                Problem(
                    f"member {m!r} looks like member {twin!r}{where} but is spelt with different "
                    f"characters ({_codepoints(m)} vs {_codepoints(twin)})",
                    line=ln,
                    field="member",
                    hint="use one spelling, or clearly different ids",
                )
            )
        else:
            seen[m] = ln
    if probs:
        raise InputError(problems=probs)
    labels = ["members"]
    cols = [np.ones(n, dtype=np.int64)]
    scales: dict[str, int] = {"members": 1}
    for name, vals in weights.items():
        fr = [
            _number(v, what=f"weight of {m} in {name!r}", line=ln, fld=name)
            for v, m, ln in zip(vals, members, lines)
        ]
        ints, scale = _to_integers(fr, name)
        labels.append(name)
        cols.append(np.array(ints, dtype=object if max(ints, default=0) >= 2**62 else np.int64))
        scales[name] = scale
    if any(c.dtype == object for c in cols):
        raise InputError("weights are too large", hint="express the weights in larger units")
    w = np.column_stack(cols).astype(np.int64)
    totals = w.sum(axis=0)
    if not clauses:
        raise InputError(
            "no quota given",
            field="quota",
            hint="add a quota row (CSV) or a quota/clauses key (YAML)",
        )
    clause_lines = list(clause_lines) if clause_lines is not None else [None] * len(clauses)
    out = []
    for raw, ln in zip(clauses, clause_lines):
        out.append(_clause(raw, labels, totals, scales, ln))
    game = SimpleGame(tuple(members), w, tuple(labels), tuple(out))
    return game, scales


def _clause(
    raw: Any, labels: list[str], totals: np.ndarray, scales: dict[str, int], line: int | None
) -> tuple[int, ...]:
    conds: list[tuple[str, str, str, str]] = []
    if isinstance(raw, Mapping):
        for k, v in raw.items():
            text = str(v).strip()
            pct = "%" if text.endswith("%") else ""
            conds.append((str(k), ">=", text.rstrip("%").strip(), pct))
    else:
        text = str(raw).strip()
        single = re.fullmatch(r"(>=|>)?\s*([0-9]*\.?[0-9]+)\s*(%?)", text)
        if single:
            if len(labels) != 2:
                raise InputError(
                    f"quota {text!r} does not say which column it is for",
                    line=line,
                    field="quota",
                    hint="write conditions such as 'population >= 65%' when there are several "
                    "weight columns",
                )
            conds.append((labels[1], single.group(1) or ">=", single.group(2), single.group(3)))
        else:
            for part in re.split(r"\s+and\s+|\s*&\s*", text):
                m = _COND.match(part)
                if not m:
                    raise InputError(
                        f"cannot read the quota condition {part.strip()!r}",
                        line=line,
                        field="quota",
                        hint="write e.g. 'weight >= 16', 'population >= 65%', or one number",
                    )
                conds.append(m.groups())
    quota = [0] * len(labels)
    for col, op, value, pct in conds:
        if col not in labels:
            raise InputError(
                f"unknown column {col!r} in the quota",
                line=line,
                field="quota",
                hint="columns: " + ", ".join(labels),
            )
        d = labels.index(col)
        v = _fraction(value, what=f"quota for {col!r}", line=line, fld="quota")
        total = int(totals[d])
        if pct:
            if v > 100:
                raise InputError(f"quota {value}% is above 100%", line=line, field="quota")
            exact = v / 100 * total
        else:
            exact = v * scales[col]
        q = math.floor(exact) + 1 if op == ">" else math.ceil(exact)
        if q > total:
            raise InputError(
                f"quota for {col!r} ({_shown(value + pct)}) is above the members' total "
                f"({total / scales[col]:g}): no coalition could win",
                line=line,
                field="quota",
                hint="lower the quota",
            )
        if q <= 0:
            raise InputError(
                f"quota for {col!r} must be positive",
                line=line,
                field="quota",
                hint="a zero quota lets the empty coalition win",
            )
        quota[d] = max(quota[d], q)
    return tuple(quota)


# ------------------------------------------------------------------------------ CSV
def parse_weights_csv(text: str, source: str = "<csv>") -> WeightsFile:
    """Parse the CSV form (see the module docstring)."""
    rows = _csv_rows(text, source)
    numbered = [
        (i + 1, r)
        for i, r in enumerate(rows)
        if r and any(c.strip() for c in r) and not r[0].lstrip().startswith("#")
    ]
    if not numbered:
        raise InputError("the file is empty", source=source)
    header_line, header = numbered[0]
    header = [h.strip() for h in header]
    lower = [h.lower() for h in header]
    if "member" not in lower and "id" not in lower:
        raise InputError(
            "the first row must name the columns, starting with 'member'",
            source=source,
            line=header_line,
            hint="e.g. member,name,weight",
        )
    id_col = lower.index("member") if "member" in lower else lower.index("id")
    name_col = lower.index("name") if "name" in lower else None
    weight_cols = [j for j, h in enumerate(lower) if j not in (id_col, name_col) and h]
    if not weight_cols:
        raise InputError(
            "no weight column",
            source=source,
            line=header_line,
            hint="add a column of weights, e.g. member,weight",
        )
    for j in weight_cols:
        if lower[j] in _RESERVED:
            raise InputError(
                f"column name {header[j]!r} is reserved",
                source=source,
                line=header_line,
                hint="rename the weight column",
            )
    members, names, lines = [], {}, []
    weights: dict[str, list[str]] = {header[j]: [] for j in weight_cols}
    clauses, clause_lines = [], []
    try:
        for ln, r in numbered[1:]:
            first = r[id_col].strip() if id_col < len(r) else ""
            if r[0].strip().lower() == "quota":
                clauses.append(",".join(c for c in r[1:] if c.strip()).strip())
                clause_lines.append(ln)
                continue
            if len(r) < len(header):
                raise InputError(
                    f"row has {len(r)} fields, the header has {len(header)}",
                    line=ln,
                    hint="fill every column",
                )
            if len(r) > len(header) and any(c.strip() for c in r[len(header) :]):
                raise InputError(
                    f"row has {len(r)} fields, the header has {len(header)}",
                    line=ln,
                    hint="remove the extra values or name their column in the header; put a "
                    "name containing a comma in double quotes",
                )
            members.append(first)
            lines.append(ln)
            if name_col is not None and r[name_col].strip():
                names[first] = r[name_col].strip()
            for j in weight_cols:
                weights[header[j]].append(r[j].strip())
        game, scales = weighted_game(
            members, weights, clauses, lines=lines, clause_lines=clause_lines
        )
    except InputError as exc:
        raise exc.with_source(source) from None
    return WeightsFile(game, names, Path(source).stem, scales, source)


def _csv_rows(text: str, source: str) -> list[list[str]]:
    """All rows; a field over the csv module's limit (131,072 characters) or another
    malformation is one InputError with its line."""
    reader = csv.reader(io.StringIO(text))
    try:
        rows = list(reader)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            limit = csv.field_size_limit()
            raise InputError(
                f"a field is longer than {limit:,} characters",
                source=source,
                line=reader.line_num,
                hint='check for an unclosed quote (") or a runaway value',
            ) from None
        raise InputError(
            f"cannot read the CSV: {exc}", source=source, line=reader.line_num
        ) from None
    return rows


# ------------------------------------------------------------------------------ YAML
def _parse_yaml(path: Path) -> WeightsFile:
    from concilium.io.documents import locate, read_document, to_plain

    tree, source = read_document(path, what="a weights file")
    data = to_plain(tree)
    if not isinstance(data, dict) or not isinstance(data.get("members"), list):
        raise InputError(
            "a weights file needs a 'members' list",
            source=source,
            hint="see 'concilium power --help' for the format",
        )
    members, names, lines = [], {}, []
    cols: dict[str, list[Any]] = {}
    try:
        for k, m in enumerate(data["members"]):
            line = locate(tree, ["members", k])[0]
            if not isinstance(m, dict) or "id" not in m:
                raise InputError("each member needs an id", line=line, field=f"members[{k}]")
            members.append(str(m["id"]))
            lines.append(line)
            if m.get("name"):
                names[str(m["id"])] = str(m["name"])
            for key in m:
                if key not in _RESERVED:
                    cols.setdefault(key, [])
        for k, m in enumerate(data["members"]):
            for key, values in cols.items():
                if key not in m:
                    raise InputError(
                        f"member {m['id']!r} has no {key!r} weight",
                        line=lines[k],
                        field=f"members[{k}].{key}",
                    )
                values.append(m[key])
        if not cols:
            raise InputError(
                "members have no weights", field="members", hint="give each member e.g. 'weight: 9'"
            )
        if "clauses" in data:
            clauses = data["clauses"]
            if not isinstance(clauses, list):
                raise InputError("clauses must be a list", field="clauses")
            clause_lines = [locate(tree, ["clauses", i])[0] for i in range(len(clauses))]
        elif "quota" in data:
            clauses = [data["quota"]]
            clause_lines = [locate(tree, ["quota"])[0]]
        else:
            raise InputError(
                "no quota given", field="quota", hint="add 'quota: 16' or a 'clauses' list"
            )
        game, scales = weighted_game(members, cols, clauses, lines=lines, clause_lines=clause_lines)
    except InputError as exc:
        raise exc.with_source(source) from None
    return WeightsFile(game, names, str(data.get("name") or path.stem), scales, source)


def looks_like_weights_file(path: str | Path) -> bool:
    """CSV files, and YAML/JSON files with a ``members`` list and a quota but no ``rule``."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        return True
    if p.suffix.lower() not in (".yaml", ".yml", ".json") or not p.is_file():
        return False
    text = read_text_head(p)
    if text is None:
        return False
    return bool(re.search(r"^(quota|clauses)\s*:", text, re.MULTILINE)) and not re.search(
        r"^(rule|actors|issues)\s*:", text, re.MULTILINE
    )


def load_weights_file(path: str | Path) -> WeightsFile:
    """Read a CSV or YAML weights file (see the module docstring for the format)."""
    from concilium.io.limits import read_input

    p = Path(path)
    if p.suffix.lower() == ".csv":
        raw = read_input(p, what="a weights file")  # regular files only, bounded size
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise InputError(
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line})",
                source=str(path),
                line=line,
                hint="save the file as UTF-8",
            ) from None
        return parse_weights_csv(text, str(path))
    return _parse_yaml(p)


def read_text_head(path: str | Path) -> str | None:
    """The text of a regular file within the input size limit, or None when it cannot be
    read as UTF-8 (used to guess a file's kind; the loader then reports what is wrong)."""
    from concilium.io.limits import read_input

    try:
        return read_input(path).decode("utf-8")
    except (InputError, UnicodeDecodeError):
        return None
