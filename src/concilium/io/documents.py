"""Read YAML/JSON documents and validate them, with errors that point at a line.

Reading is fast and bounded: YAML is parsed by libyaml and built into plain values by
:mod:`concilium.io.yamlread` (limits on nesting and on values after alias expansion checked
before anything is expanded; duplicate keys and numbers Python cannot hold refused with their
line); JSON by Python's own parser, handing over to the YAML reader where only it can say
which line is at fault.  The root mapping comes as a :class:`Document`, which finds the line
and column of any field when an error needs it, so a pydantic validation error at
``actors[3].stances.tokyo-office.position`` is reported as "line 42, column 9".

Writing keeps comments: :func:`roundtrip_tree` reads the original text with ruamel.yaml's
round-trip loader (slow, but only when a scenario is saved), :func:`update_tree` merges the
new values into it and :func:`dump_yaml` writes it.
"""

from __future__ import annotations

import difflib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from concilium.errors import InputError, Problem
from concilium.io.limits import MAX_DEPTH, max_yaml_nodes, read_input
from concilium.io.yamlread import Marks, compose

if TYPE_CHECKING:
    from ruamel.yaml import YAML

__all__ = [
    "Document",
    "SourceText",
    "dump_yaml",
    "format_loc",
    "locate",
    "parse_text",
    "problems_from_validation",
    "read_document",
    "roundtrip_tree",
    "to_plain",
    "update_tree",
    "validate",
    "write_atomic",
]

M = TypeVar("M", bound=BaseModel)


# ---------------------------------------------------------------------------- documents
class Document(dict):  # type: ignore[type-arg]
    """The root mapping of a parsed YAML or JSON document: plain values (dicts, lists, str,
    int, float, bool, None, dates), plus the text they came from, so that :func:`locate` can
    find the line and column of any field.  The positions are found on demand (parsing the
    text once more, with marks): a valid document never pays for them."""

    __slots__ = ("__weakref__", "_marked", "_text")

    def __init__(self, data: dict[Any, Any], text: str) -> None:
        super().__init__(data)
        self._text = text
        self._marked: tuple[Any, Marks] | None = None

    def marked(self) -> tuple[Any, Marks]:
        """The document parsed again with the position of every key and list item."""
        if self._marked is None:
            marks: Marks = {}
            try:
                root = compose(
                    self._text, max_nodes=max_yaml_nodes(), max_depth=MAX_DEPTH, marks=marks
                )
            except InputError:  # the YAML reading of a JSON file can differ: no positions
                root, marks = None, {}
            self._marked = (root, marks)
        return self._marked

    def __reduce__(self) -> Any:  # a copy or pickle is the plain mapping
        return (dict, (dict(self),))


@dataclass(frozen=True)
class SourceText:
    """The text a scenario was read from, kept so that saving it can keep its comments."""

    text: str
    json_syntax: bool = False


_BRACKETS = re.compile(r"[\[\]{}]")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def _check_flow_depth(text: str, source: str) -> None:
    """Refuse more than :data:`MAX_DEPTH` unclosed ``[``/``{`` before the parser sees them.

    The YAML reader refuses deep nesting itself, at the event that passes the limit; this
    count is for Python's JSON parser, which would read 101 to about 1,000 levels without
    complaint (and keeps the message the same for both).  It ignores quoting (a bracket
    inside a quoted string counts too), so it can only over-count; a file needs more than 100
    unclosed brackets to be refused by mistake.  The depth is +1 per opening and -1 per
    closing bracket, held at 0 (a closing bracket with none open counts nothing): over the
    brackets alone (cut out in C), the running sum minus the lowest it has been below 0,
    with numpy; the plain loop runs only to name the line of a refused file.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    import numpy as np

    only = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKETS)
    b = np.frombuffer(only, dtype=np.uint8)
    walk = np.cumsum(np.where((b == 0x5B) | (b == 0x7B), 1, -1))
    if int((walk - np.minimum(np.minimum.accumulate(walk), 0)).max()) <= MAX_DEPTH:
        return
    depth = 0
    for m in _BRACKETS.finditer(text):
        if m.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, m.start()) + 1
                column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
                raise InputError(
                    f"mappings and lists are nested more than {MAX_DEPTH} levels deep "
                    "(counting unclosed [ and { brackets)",
                    source=source,
                    line=line,
                    column=column,
                    hint="see the limits in docs/scenario-format.md",
                )
        elif depth:
            depth -= 1
    raise AssertionError("unreachable: the count above found the depth")  # pragma: no cover


def _yaml() -> YAML:
    from ruamel.yaml import YAML  # only for writing: reading a scenario does not need it

    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.allow_duplicate_keys = False
    return y


def roundtrip_tree(source: SourceText) -> Any:
    """The comment-keeping ruamel.yaml tree of a document already read (and so already
    checked) by :func:`parse_text`, for writing it back with its comments."""
    return _yaml().load(source.text)


def read_document(
    path: str | os.PathLike[str], *, what: str = "a scenario file"
) -> tuple[Any, str]:
    """Read a YAML or JSON file; returns ``(tree, source)``, the tree as :func:`parse_text`
    gives it.

    The file must be a regular file within the size limit
    (:func:`concilium.io.limits.read_input`).
    """
    p = Path(path)
    source = str(path)
    raw = read_input(p, what=what, source=source)
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


class _Duplicate(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Duplicate
    return out


def _json_fast(text: str, source: str) -> Any:
    """The JSON document through Python's C parser, or ``_SLOW`` where the YAML reader must
    judge it (duplicate keys, numbers Python cannot hold, possibly too many values): that one
    reports the line and column."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg}", source=source, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise InputError(
            f"invalid JSON: objects and arrays are nested more than {MAX_DEPTH} levels deep",
            source=source,
            hint="see the limits in docs/scenario-format.md",
        ) from None
    except (_Duplicate, ValueError):  # e.g. an integer of over 4,300 digits
        return _SLOW
    # Every key and value follows a comma, colon or opening bracket, or is the root: an upper
    # bound of the values the YAML reader would count (keys included).
    bound = 2 * (text.count(",") + text.count(":") + text.count("[") + text.count("{")) + 1
    if bound > max_yaml_nodes():
        return _SLOW
    return data


_SLOW = object()


def parse_text(text: str, source: str = "<string>", *, json_syntax: bool = False) -> Any:
    """Parse YAML (or JSON) text into plain values; a mapping at the root comes as a
    :class:`Document`, which can locate its fields (:func:`locate`).

    Refused with one :class:`InputError` naming the line and column: invalid syntax,
    duplicate keys, nesting deeper than :data:`~concilium.io.limits.MAX_DEPTH`, more values
    than :func:`~concilium.io.limits.max_yaml_nodes` once aliases are expanded (checked
    before expanding anything), and numbers or dates Python cannot hold.  YAML is read with
    the YAML 1.2 core schema (:mod:`concilium.io.yamlread`).
    """
    if not text.strip():
        raise InputError("the file is empty", source=source, hint="start from an example scenario")
    _check_flow_depth(text, source)
    data: Any = _SLOW
    if json_syntax:
        data = _json_fast(text, source)
    if data is _SLOW:
        try:
            data = compose(text, max_nodes=max_yaml_nodes(), max_depth=MAX_DEPTH)
        except InputError as exc:
            raise exc.with_source(source) from None
    return Document(data, text) if isinstance(data, dict) else data


# ---------------------------------------------------------------------------- locations
def locate(tree: Any, loc: Sequence[Any]) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the deepest key or list item along ``loc`` that exists in
    ``tree`` (a :class:`Document`; anything else has no positions)."""
    if not isinstance(tree, Document):
        return (None, None)
    node, marks = tree.marked()
    line = col = None
    for key in loc:
        where = marks.get(id(node))
        if isinstance(node, dict) and key in node:
            pos = where.get(key) if where is not None else None
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            pos = where[key] if where is not None and key < len(where) else None
        else:
            break
        if pos is not None:
            line, col = pos
        node = node[key]
    return (line, col)


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
    errors = exc.errors(include_url=False)
    inner = _inner_prefixes(errors)
    for err in errors:
        loc = _clean_loc(err["loc"])
        if _consequence(err, loc, inner):
            continue
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
        elif kind == "too_short":
            least = (err.get("ctx") or {}).get("min_length", 1)
            msg = (
                f"needs at least {least} item{'s' if least != 1 else ''}, and this list is empty"
                if not err.get("input")
                else f"needs at least {least} items"
            )
        elif kind == "union_tag_not_found" or kind == "union_tag_invalid":
            tag = str((err.get("ctx") or {}).get("discriminator", "kind")).strip("'")
            got = (err.get("ctx") or {}).get("tag")
            msg = f"unknown {tag} {got!r}" if got else f"needs a {tag} (e.g. {tag}: majority)"
            expected = (err.get("ctx") or {}).get("expected_tags")
            if expected:
                hint = f"use one of {expected}"
        elif kind in ("finite_number",) or (
            isinstance(err.get("input"), float) and not math.isfinite(err["input"])
        ):
            msg = "NaN or infinite numbers are not allowed"
            hint = "give a finite number"
        else:
            msg = err["msg"]
            msg = msg.removeprefix("Value error, ")
            inp = err.get("input")
            if (
                isinstance(inp, (int, float, str))
                and not isinstance(inp, bool)
                and len(str(inp)) < 60
            ):
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
        if isinstance(part, int):  # list positions do not change the model
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


def validate(
    model: type[M], tree: Any, source: str | None = None, context: dict | None = None
) -> M:
    """Validate a parsed document against a pydantic model, errors pointing at lines.

    pydantic checks the fields first and runs the model's own checks (the semantic ones: a
    quota above the members' total weight, a stance off the scale, an actor who is not a
    member) only once every field is valid.  So that one run reports all it can, a document
    with field errors is validated a second time without the fields in error
    (:func:`_semantic_after_repair`), and the semantic problems found then are reported too,
    except those that could follow from the fields left out.
    """
    data = to_plain(tree)
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        problems = problems_from_validation(exc, tree, model)
        more = _semantic_after_repair(model, data, exc, context)
        raise InputError(
            problems=problems + [_with_line(p, tree) for p in more], source=source
        ) from None
    except InputError as exc:
        # semantic checks raised with field paths (Problem.field); add line numbers
        probs = [_with_line(p, tree) for p in exc.problems]
        raise InputError(problems=probs, source=source or exc.source) from None


def _inner_prefixes(errors: list[Any]) -> set[tuple[Any, ...]]:
    """Every proper prefix of the errors' places: the places that have an error inside."""
    out: set[tuple[Any, ...]] = set()
    for err in errors:
        loc = _clean_loc(err["loc"])
        out.update(loc[:n] for n in range(len(loc)))
    return out


def _consequence(err: Any, loc: tuple[Any, ...], inner: set[tuple[Any, ...]]) -> bool:
    """pydantic's "at least 1 item after validation, not 0" on a list that is not empty but
    whose every item failed: a consequence of the items' own errors, reported on its own it
    would say the list is too short."""
    given = err.get("input")
    return err["type"] == "too_short" and bool(given) and loc in inner


def _semantic_after_repair(
    model: type[BaseModel], data: Any, exc: ValidationError, context: dict | None
) -> list[Problem]:
    """The semantic problems of ``data`` once its fields in error are left out.

    Unknown fields are simply removed (they change nothing).  A field with a bad value inside
    a section is removed too, and the semantic problems of its part are then not reported: an
    actor's (``actors[3]``), all stances for an issue's, the body and rule together for the
    body's or rule's.  A bad top-level field, or one that cannot be left out (required, or a
    list item), stops the second pass: nothing more is reported then.
    """
    if not isinstance(data, dict):
        return []
    tainted: list[tuple[Any, ...]] = []
    for _ in range(3):  # removing a field may reveal that it was required: then stop
        errors = exc.errors(include_url=False)
        inner = _inner_prefixes(errors)
        locs: dict[tuple[Any, ...], None] = {}
        for err in errors:
            loc = _clean_loc(err["loc"])
            if _consequence(err, loc, inner):
                continue
            extra = err["type"] == "extra_forbidden"
            if not loc or (not extra and (len(loc) < 2 or err["type"] == "missing")):
                return []
            locs[loc] = None
            if not extra:
                tainted.append(loc)
        data = _without(data, list(locs))
        if data is None:
            return []
        try:
            model.model_validate(data, context=context)
        except ValidationError as again:
            exc = again
            continue
        except InputError as semantic:
            taint = _Taint(tainted)
            return [p for p in semantic.problems if not taint.covers(p.field)]
        return []
    return []


def _without(data: dict[Any, Any], locs: list[tuple[Any, ...]]) -> Any:
    """A copy of ``data`` without the mapping keys at ``locs``, copying each container on
    the way to them once; None if a place does not end at a mapping key."""
    root = dict(data)
    fresh = {id(root)}  # the containers copied here (alive in root, so ids stay distinct)
    for loc in locs:
        node: Any = root
        for key in loc[:-1]:
            found = (isinstance(node, dict) and key in node) or (
                isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
            )
            if not found:
                return None
            child = node[key]
            if not isinstance(child, (dict, list)):
                return None
            if id(child) not in fresh:
                child = dict(child) if isinstance(child, dict) else list(child)
                fresh.add(id(child))
                node[key] = child
            node = child
        if not isinstance(node, dict) or loc[-1] not in node:
            return None
        del node[loc[-1]]
    return root


class _Taint:
    """Which semantic problems could follow from leaving out the fields at ``tainted`` (see
    :func:`_semantic_after_repair`); one set look-up per part of a problem's field."""

    def __init__(self, tainted: list[tuple[Any, ...]]) -> None:
        self.locs = set(tainted)
        self.prefixes = {t[:n] for t in tainted for n in range(1, len(t) + 1)}
        self.body_rule = any(t[0] in ("body", "rule") for t in tainted)
        self.issues = any(t[0] == "issues" for t in tainted)
        self.actors = {t[:2] for t in tainted if t[0] == "actors"}

    def covers(self, field: str | None) -> bool:
        if not self.locs:
            return False
        if field is None:
            return True
        loc = tuple(_parse_field(field))
        if not loc:
            return True
        if loc in self.prefixes or any(loc[:n] in self.locs for n in range(1, len(loc))):
            return True  # one is inside the other
        if self.body_rule and loc[0] in ("body", "rule"):
            return True
        if loc[0] == "actors" and loc[:2] in self.actors:
            return True
        return self.issues and (loc[0] in ("issues", "default_stance", "links") or "stances" in loc)


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
    """A parsed document (or a ruamel tree) -> plain dicts, lists and scalars (what pydantic
    expects).  A :class:`Document` already holds plain values: only its root is copied."""
    if isinstance(node, Document):
        return dict(node)
    if isinstance(node, dict):
        return {
            str(k) if not isinstance(k, (int, float)) else k: to_plain(v) for k, v in node.items()
        }
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
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

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
        del tree[len(data) :]
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
    """Write ``text`` so that the file is either fully written or left as it was, replacing an
    existing file (the library's own saves); see :mod:`concilium.io.output` for the rules."""
    from concilium.io.output import write_output

    write_output(path, text, force=True)
