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
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, ScalarEvent
from ruamel.yaml.nodes import MappingNode, SequenceNode

from concilium.errors import InputError, Problem
from concilium.io.limits import MAX_DEPTH, max_yaml_nodes, read_input

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


# ---------------------------------------------------------------------------- bounded YAML
class _LimitError(MarkedYAMLError):
    """A document past a documented limit (nesting depth, node count): refused, not parsed."""


class _BoundedComposer(Composer):
    """ruamel's composer with two limits, checked while the node graph is built and before
    anything is expanded (see docs/scenario-format.md, "Limits"):

    * nesting depth at most :data:`~concilium.io.limits.MAX_DEPTH` (ruamel's composer and
      constructor recurse once per level: a document nested 100,000 deep would otherwise end
      in ``RecursionError``);
    * at most :func:`~concilium.io.limits.max_yaml_nodes` values once aliases are expanded.

    The composer itself shares an anchored node between its aliases, but everything after it
    (converting to plain data, validating) expands them: ten aliases of ten aliases ... nine
    levels deep ("billion laughs") is a 100-byte file of 10^9 values.  Each node's expanded
    size is 1 + its children's; an alias adds its anchor's size.  The running total is the
    size of the expanded document so far, so a bomb is refused after composing a few dozen
    nodes, in microseconds.  An alias to a node that contains it (a recursive structure,
    which cannot be expanded at all) is refused too.
    """

    def compose_document(self: Any) -> Any:
        self._limit = max_yaml_nodes()
        self._total = 0
        self._open: list[int] = []  # expanded size so far of each node being composed
        self._sizes: dict[int, int] = {}  # id(anchored node) -> expanded size
        return super().compose_document()

    def _count(self, size: int, mark: Any) -> None:
        self._total += size
        if self._open:
            self._open[-1] += size
        if self._total > self._limit:
            raise _LimitError(
                None,
                None,
                f"the document holds more than {self._limit:,} values once its aliases are "
                "expanded (an alias bomb?); refused before expanding it",
                mark,
            )

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            target = self.anchors.get(event.anchor)
            if target is not None:
                size = self._sizes.get(id(target))
                if size is None:
                    raise _LimitError(
                        None,
                        None,
                        f"the alias *{event.anchor} refers to a mapping or list that contains "
                        "it (a recursive structure)",
                        event.start_mark,
                    )
                self._count(size, event.start_mark)
            return super().compose_node(parent, index)  # undefined alias: ruamel's error
        if len(self._open) >= MAX_DEPTH and not isinstance(event, ScalarEvent):
            raise _LimitError(
                None,
                None,
                f"mappings and lists are nested more than {MAX_DEPTH} levels deep",
                event.start_mark,
            )
        self._count(1, event.start_mark)
        self._open.append(0)
        try:
            node = super().compose_node(parent, index)
        finally:
            children = self._open.pop()
        if self._open:
            self._open[-1] += children
        if event.anchor is not None:
            self._sizes[id(node)] = 1 + children
        return node


class _CheckedConstructor(RoundTripConstructor):
    """Round-trip constructor turning a scalar that Python cannot represent (an integer of
    more than 4,300 digits, a date with day 31 in a 30-day month, year 0) into an
    :class:`InputError` naming the field and line, instead of a bare ``ValueError``."""

    def construct_document(self, node: Any) -> Any:
        self._root = node
        return super().construct_document(node)

    def construct_non_recursive_object(self, node: Any, tag: str | None = None) -> Any:
        try:
            return super().construct_non_recursive_object(node, tag)
        except (ValueError, OverflowError) as exc:
            if isinstance(exc, YAMLError):
                raise
            raise self._scalar_error(node, exc) from None

    def _scalar_error(self, node: Any, exc: Exception) -> InputError:
        raw = str(node.value) if not isinstance(node.value, list) else ""
        reason = str(exc)
        if "digits" in reason and raw:
            digits = sum(c.isdigit() for c in raw)
            msg = f"a number with {digits:,} digits is too long to read"
            hint = "numbers in scenarios are small; check the value"
        elif (
            "timestamp" in str(node.tag) or "year" in reason or "day" in reason or "month" in reason
        ):
            msg = f"{_short(raw)} is not a date: {reason}"
            hint = "write a real date as YYYY-MM-DD"
        else:
            msg = f"cannot read the value {_short(raw)}: {reason}"
            hint = None
        mark = node.start_mark
        return InputError(
            msg,
            field=_node_path(getattr(self, "_root", None), node),
            line=mark.line + 1,
            column=mark.column + 1,
            hint=hint,
        )


def _short(raw: str, width: int = 40) -> str:
    return repr(raw if len(raw) <= width else raw[:width] + "...")


def _node_path(root: Any, target: Any) -> str | None:
    """The field path (``actors[3].date``) of ``target`` in a composed node graph."""
    if root is None:
        return None
    stack: list[tuple[Any, tuple[Any, ...]]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node is target:
            return format_loc(path) or None
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key, value in node.value:
                stack.append((value, (*path, str(key.value))))
        elif isinstance(node, SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((value, (*path, i)))
    return None


_BRACKETS = re.compile(r"[\[\]{}]")


def _check_flow_depth(text: str, source: str) -> None:
    """Refuse more than :data:`MAX_DEPTH` unclosed ``[``/``{`` before ruamel scans them.

    ruamel's scanner keeps one possible simple key per open flow collection and checks them
    all at every token, so ``[[[[...`` a thousand deep takes seconds to scan before the
    composer's depth limit is reached.  This count ignores quoting (a bracket inside a quoted
    string counts too), so it can only over-count; a file needs more than 100 unclosed
    brackets to be refused by mistake.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
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


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.allow_duplicate_keys = False
    y.Composer = _BoundedComposer
    y.Constructor = _CheckedConstructor
    return y


def read_document(
    path: str | os.PathLike[str], *, what: str = "a scenario file"
) -> tuple[Any, str]:
    """Read a YAML or JSON file into a ruamel round-trip tree; returns ``(tree, source)``.

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
        except RecursionError:
            raise InputError(
                f"invalid JSON: objects and arrays are nested more than {MAX_DEPTH} levels deep",
                source=source,
            ) from None
        except ValueError:
            pass  # e.g. an integer of over 4,300 digits: reported below with its line
    _check_flow_depth(text, source)
    try:
        tree = _yaml().load(text)
    except InputError as exc:  # a scalar Python cannot hold (_CheckedConstructor)
        raise exc.with_source(source) from None
    except _LimitError as exc:
        mark = exc.problem_mark
        raise InputError(
            str(exc.problem),
            source=source,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="see the limits in docs/scenario-format.md",
        ) from None
    except RecursionError:  # belt and braces: the composer's depth limit comes first
        raise InputError(
            f"mappings and lists are nested more than {MAX_DEPTH} levels deep", source=source
        ) from None
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
    """Validate a parsed document against a pydantic model, errors pointing at lines."""
    try:
        return model.model_validate(to_plain(tree), context=context)
    except ValidationError as exc:
        raise InputError(
            problems=problems_from_validation(exc, tree, model), source=source
        ) from None
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
