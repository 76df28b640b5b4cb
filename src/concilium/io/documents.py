"""Read YAML/JSON documents and validate them, with errors that point at a line.

``ruamel.yaml``'s round-trip loader keeps each key's line and column, so a pydantic
validation error at ``actors[3].stances.tokyo-office.position`` can be reported as
"line 42, column 9".  The same tree keeps comments, so a document can be written back
with its comments (:func:`update_tree`).
"""

from __future__ import annotations

import difflib
import io
import json
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from concilium.errors import InputError, Problem

__all__ = [
    "dump_yaml",
    "format_loc",
    "locate",
    "parse_text",
    "problems_from_validation",
    "read_document",
    "to_plain",
    "update_tree",
    "validate",
    "write_atomic",
]

M = TypeVar("M", bound=BaseModel)

_MAX_BYTES = 50 * 1024 * 1024  # scenario files are small; refuse to parse something huge


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.allow_duplicate_keys = False
    return y


def read_document(path: str | os.PathLike[str]) -> tuple[Any, str]:
    """Read a YAML or JSON file into a ruamel round-trip tree; returns ``(tree, source)``."""
    p = Path(path)
    source = str(path)
    if not p.exists():
        raise InputError("file not found", source=source, hint="check the path")
    if p.is_dir():
        raise InputError("is a directory, not a scenario file", source=source)
    size = p.stat().st_size
    if size > _MAX_BYTES:
        raise InputError(f"file is too large ({size / 1e6:.0f} MB) for a scenario", source=source)
    raw = p.read_bytes()
    return parse_text(_decode(raw, source), source, json_syntax=p.suffix.lower() == ".json"), source


def _decode(raw: bytes, source: str) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("looks like a binary file, not YAML or JSON text", source=source)
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line}); tried UTF-8 and "
            "UTF-16 with a byte-order mark",
            source=source,
            hint="save the file as UTF-8",
        ) from None
    raise AssertionError("unreachable")


def parse_text(text: str, source: str = "<string>", *, json_syntax: bool = False) -> Any:
    """Parse YAML (or JSON) text into a ruamel round-trip tree with line information."""
    if not text.strip():
        raise InputError("the file is empty", source=source, hint="start from an example scenario")
    if json_syntax:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"invalid JSON: {exc.msg}", source=source, line=exc.lineno, column=exc.colno
            ) from None
    try:
        tree = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or exc.context or "syntax error").strip()
        if "found duplicate key" in str(exc) or "duplicate key" in what:
            what = "duplicate key: " + what
        raise InputError(
            f"invalid YAML: {what}",
            source=source,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", source=source) from None
    return tree


# ---------------------------------------------------------------------------- locations
def locate(tree: Any, loc: Sequence[Any]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the deepest node along ``loc`` that exists in ``tree``."""
    node, line, col = tree, None, None
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            try:
                line, col = node.lc.key(key)
            except (KeyError, TypeError):
                pass
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            try:
                line, col = node.lc.item(key)
            except (KeyError, TypeError, IndexError):
                pass
            node = node[key]
        else:
            break
    return (line + 1 if line is not None else None, col + 1 if col is not None else None)


def format_loc(loc: Iterable[Any]) -> str:
    """``("actors", 3, "name")`` -> ``actors[3].name``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _clean_loc(loc: Sequence[Any]) -> tuple[Any, ...]:
    # pydantic adds union-member tags (e.g. 'Unanimity', 'str', 'function-after[...]') to locs
    keep = []
    for part in loc:
        if isinstance(part, str) and (
            part[:1].isupper() or "[" in part or part in {"str", "float", "int", "dict", "list"}
        ):
            continue
        keep.append(part)
    return tuple(keep)


def problems_from_validation(
    exc: ValidationError, tree: Any = None, model: type[BaseModel] | None = None
) -> list[Problem]:
    """Turn a pydantic ValidationError into user-facing problems with lines."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(err["loc"])
        field = format_loc(loc) or None
        kind = err["type"]
        hint = None
        if kind == "extra_forbidden":
            name = str(loc[-1]) if loc else "?"
            msg = f"unknown field {name!r}"
            allowed = _allowed_fields(model, loc[:-1]) if model else []
            close = difflib.get_close_matches(name, allowed, n=1)
            if close:
                hint = f"did you mean {close[0]!r}?"
            elif allowed:
                hint = "allowed fields: " + ", ".join(allowed)
        elif kind == "missing":
            msg = "this field is required"
        elif kind in ("finite_number",) or (
            isinstance(err.get("input"), float) and not math.isfinite(err["input"])
        ):
            msg = "NaN or infinite numbers are not allowed"
            hint = "give a finite number"
        else:
            msg = err["msg"]
            msg = msg.removeprefix("Value error, ")
            inp = err.get("input")
            if isinstance(inp, (int, float, str)) and not isinstance(inp, bool) and len(str(inp)) < 60:
                msg += f" (got {inp!r})"
        key = (field or "", msg)
        if key in seen:
            continue
        seen.add(key)
        line, col = locate(tree, loc) if tree is not None else (None, None)
        problems.append(Problem(msg, field=field, line=line, column=col, hint=hint))
    return problems


def _allowed_fields(model: type[BaseModel], loc: Sequence[Any]) -> list[str]:
    """Best effort: the field names of the sub-model at ``loc``."""
    import typing

    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            if isinstance(part, int):
                continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            f = current.model_fields.get(str(part))
            if f is None:
                return []
            current = _model_in(f.annotation, typing)
        else:
            current = _model_in(current, typing)
        if current is None:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _model_in(annotation: Any, typing: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg, typing)
        if found is not None:
            return found
    meta = getattr(annotation, "__metadata__", None)
    if meta is not None:
        return _model_in(getattr(annotation, "__origin__", None), typing)
    return None


def validate(model: type[M], tree: Any, source: str | None = None, context: dict | None = None) -> M:
    """Validate a parsed document against a pydantic model, errors pointing at lines."""
    try:
        return model.model_validate(to_plain(tree), context=context)
    except ValidationError as exc:
        raise InputError(problems=problems_from_validation(exc, tree, model), source=source) from None
    except InputError as exc:
        # semantic checks raised with field paths (Problem.field); add line numbers
        probs = [_with_line(p, tree) for p in exc.problems]
        raise InputError(problems=probs, source=source or exc.source) from None


def _with_line(problem: Problem, tree: Any) -> Problem:
    if problem.line is not None or not problem.field or tree is None:
        return problem
    loc = _parse_field(problem.field)
    line, col = locate(tree, loc)
    return Problem(problem.message, field=problem.field, line=line, column=col, hint=problem.hint)


def _parse_field(field: str) -> list[Any]:
    """Inverse of :func:`format_loc` for simple paths (keys without dots or brackets)."""
    loc: list[Any] = []
    for chunk in field.split("."):
        while "[" in chunk:
            head, _, rest = chunk.partition("[")
            if head:
                loc.append(head)
            idx, _, chunk = rest.partition("]")
            loc.append(int(idx) if idx.isdigit() else idx)
        if chunk:
            loc.append(chunk)
    return loc


def to_plain(node: Any) -> Any:
    """ruamel tree -> plain dicts, lists and scalars (what pydantic expects)."""
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, (int, float)) else k: to_plain(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [to_plain(v) for v in node]
    # ruamel scalar subclasses (ScalarFloat, ScalarString...) -> builtins
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


# ---------------------------------------------------------------------------- writing
def update_tree(tree: Any, data: Any) -> Any:
    """Merge plain ``data`` into a round-trip ``tree`` in place, keeping comments and order."""
    if isinstance(tree, CommentedMap) and isinstance(data, dict):
        for key in list(tree.keys()):
            if key not in data and not str(key).startswith("x-"):
                del tree[key]
        for key, value in data.items():
            if key in tree:
                tree[key] = update_tree(tree[key], value)
            else:
                tree[key] = value
        return tree
    if isinstance(tree, CommentedSeq) and isinstance(data, list):
        for i, value in enumerate(data):
            if i < len(tree):
                tree[i] = update_tree(tree[i], value)
            else:
                tree.append(value)
        del tree[len(data):]
        return tree
    return data


def dump_yaml(data: Any) -> str:
    buf = io.StringIO()
    y = _yaml()
    y.width = 100
    y.indent(mapping=2, sequence=4, offset=2)
    y.dump(data, buf)
    return buf.getvalue()


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` so that the file is either fully written or left as it was."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
