"""Fast, bounded reading of YAML text into plain Python values.

The parsing is libyaml's (PyYAML's ``CSafeLoader``: C, several MB/s); when PyYAML was built
without libyaml, PyYAML's pure-Python parser gives the same events, about ten times slower
(:data:`LIBYAML` says which one runs).  Only the *events* are taken from PyYAML: this module
builds the values itself, in one loop without recursion, so that it can

* refuse a document whose values, once aliases are expanded, pass a limit ("billion laughs"),
  **before** anything is expanded: a node's expanded size is 1 + its children's, an alias adds
  its anchor's size, and the running total is checked at every event; an alias to a mapping
  or list that contains it (a recursive structure) is refused too;
* refuse mappings and lists nested deeper than a limit, at the event that passes it;
* refuse duplicate keys, and scalars Python cannot hold (an integer of more than 4,300 digits,
  a date with day 31 of a 30-day month, year 0), each with its line, column and field path;
* resolve plain scalars the way ruamel.yaml's round-trip loader did before (YAML 1.2 core
  schema: only ``true``/``false`` are booleans, ``yes``, ``no``, ``on``, ``off`` and ``NO``
  stay strings; ``1e3`` is a float, ``017`` is 17; a ``%YAML 1.1`` directive switches to the
  YAML 1.1 rules, where ``yes``/``no``/``on``/``off`` are booleans and ``017`` is octal);
* record, only when asked (``marks``), the line and column of every key and list item: the
  readers ask only when an error needs a location, so a valid file pays nothing for them.

Aliases share one Python object between their uses (nothing is copied).  Merge keys
(``<<: *base``) are applied, explicit keys winning, then the earlier merged mapping.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from concilium.errors import InputError

try:
    from yaml import CSafeLoader as _Loader

    #: True when libyaml (C) parses; False on PyYAML's pure-Python fallback (slower, same result)
    LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    LIBYAML = False

__all__ = ["LIBYAML", "Marks", "compose"]

#: id(mapping or list) -> {key: (line, column)} or [(line, column), ...], 1-based
Marks = dict[int, Any]

_TAG = "tag:yaml.org,2002:"


class _Merge:
    """The plain scalar ``<<`` (a merge key), distinct from the quoted string ``"<<"``."""

    def __repr__(self) -> str:
        return "<<"


MERGE = _Merge()

# ruamel.yaml's implicit resolvers (ruamel/yaml/resolver.py), YAML 1.2 and 1.1
_FLOAT_12 = re.compile(
    r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.VERBOSE,
)
_FLOAT_11 = re.compile(
    r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.VERBOSE,
)
_INT_12 = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.VERBOSE,
)
_INT_11 = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0?[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.VERBOSE,
)
_TIMESTAMP = re.compile(
    r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
    (?:[Tt]|[ \t]+)[0-9][0-9]?
    :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
    (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
    re.VERBOSE,
)
_TIMESTAMP_PARTS = re.compile(
    r"""^(?P<year>[0-9][0-9][0-9][0-9])
    -(?P<month>[0-9][0-9]?)
    -(?P<day>[0-9][0-9]?)
    (?:(?:[Tt]|[ \t]+)
    (?P<hour>[0-9][0-9]?)
    :(?P<minute>[0-9][0-9])
    :(?P<second>[0-9][0-9])
    (?:\.(?P<fraction>[0-9]*))?
    (?:[ \t]*(?P<tz>Z|(?P<tz_sign>[-+])(?P<tz_hour>[0-9][0-9]?)
    (?::(?P<tz_minute>[0-9][0-9]))?))?)?$""",
    re.VERBOSE,
)
_BOOL_12 = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
_BOOL_12["FALSE"] = False
_BOOL_11 = dict(_BOOL_12)
for _words, _value in (("y Y yes Yes YES on On ON", True), ("n N no No NO off Off OFF", False)):
    _BOOL_11.update(dict.fromkeys(_words.split(), _value))
_NULL = frozenset(("~", "null", "Null", "NULL"))
_NUMBER_START = frozenset("-+0123456789.")


class _ScalarError(Exception):
    """A scalar Python cannot hold; turned into an InputError with its place."""

    def __init__(self, raw: str, tag: str, exc: Exception) -> None:
        super().__init__(str(exc))
        self.raw, self.tag, self.exc = raw, tag, exc


def _int(value: str, v11: bool) -> int:
    s = value.replace("_", "")
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if s.startswith(("0b", "0x", "0o")):
        return sign * int(s, 0)
    if v11 and len(s) > 1 and s[0] == "0":
        return sign * int(s, 8)
    if v11 and ":" in s:
        total = 0
        for part in s.split(":"):
            total = total * 60 + int(part)
        return sign * total
    return sign * int(s)


def _float(value: str, v11: bool) -> float:
    s = value.replace("_", "").lower()
    sign = -1.0 if s[:1] == "-" else 1.0
    if s[:1] in ("-", "+"):
        s = s[1:]
    if s == ".inf":
        return sign * float("inf")
    if s == ".nan":
        return float("nan")
    if v11 and ":" in s:
        total = 0.0
        for part in s.split(":"):
            total = total * 60 + float(part)
        return sign * total
    return sign * float(s)


def _timestamp(value: str) -> dt.date | dt.datetime:
    m = _TIMESTAMP_PARTS.match(value)
    if m is None:
        raise ValueError(f"{value!r} is not a timestamp")
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if m["hour"] is None:
        return dt.date(year, month, day)
    fraction = int((m["fraction"] or "0")[:6].ljust(6, "0"))
    tz = None
    if m["tz"] == "Z":
        tz = dt.UTC
    elif m["tz_sign"]:
        delta = dt.timedelta(hours=int(m["tz_hour"]), minutes=int(m["tz_minute"] or 0))
        tz = dt.timezone(-delta if m["tz_sign"] == "-" else delta)
    return dt.datetime(
        year, month, day, int(m["hour"]), int(m["minute"]), int(m["second"]), fraction, tz
    )


def _plain(value: str, v11: bool) -> Any:
    """A plain (unquoted, untagged) scalar, resolved as ruamel.yaml's round-trip loader did."""
    if not value:
        return None
    c = value[0]
    if c in _NUMBER_START:
        try:
            if not v11 and value.isdigit() and value.isascii():  # the common case: 24
                return int(value)  # (in 1.2 a leading zero is still decimal: 017 is 17)
            if (_FLOAT_11 if v11 else _FLOAT_12).match(value):
                return _float(value, v11)
            if (_INT_11 if v11 else _INT_12).match(value):
                return _int(value, v11)
            if "0" <= c <= "9" and _TIMESTAMP.match(value):
                return _timestamp(value)
        except (ValueError, OverflowError) as exc:
            raise _ScalarError(value, "", exc) from None
        return value
    if c in "tTfFyYnNoO":
        found = (_BOOL_11 if v11 else _BOOL_12).get(value)
        if found is not None:
            return found
    if c in "~nN" and value in _NULL:
        return None
    if c == "<" and value == "<<":
        return MERGE
    return value


def _tagged(value: str, tag: str, v11: bool) -> Any:
    """A scalar with an explicit standard tag (``!!str 12``, ``!!int "7"``)."""
    kind = tag[len(_TAG) :] if tag.startswith(_TAG) else None
    try:
        if kind == "str":
            return value
        if kind == "int":
            return _int(value, v11)
        if kind == "float":
            return _float(value, v11)
        if kind == "bool":
            found = _BOOL_11.get(value)
            if found is None:
                raise ValueError(f"{value!r} is not a boolean")
            return found
        if kind == "null":
            return None
        if kind == "timestamp":
            return _timestamp(value)
    except (ValueError, OverflowError) as exc:
        raise _ScalarError(value, tag, exc) from None
    raise _ScalarError(value, tag, ValueError(f"the tag {tag} is not supported here"))


def _key(value: Any) -> Any:
    # as concilium.io.documents.to_plain did: numbers (and booleans) stay, the rest are text
    return value if isinstance(value, (int, float)) else str(value)


def _path(stack: list[list[Any]]) -> str | None:
    out = ""
    for frame in stack:
        container = frame[0]
        if isinstance(container, dict):
            key = frame[1]
            if key is _NO_KEY:
                break
            out += ("." if out else "") + str(key)
        else:
            out += f"[{len(container)}]"
    return out or None


_NO_KEY = object()


def _error(message: str, mark: Any, stack: list[list[Any]] | None = None, hint: str | None = None):
    return InputError(
        message,
        field=_path(stack) if stack else None,
        line=mark.line + 1 if mark is not None else None,
        column=mark.column + 1 if mark is not None else None,
        hint=hint,
    )


def _scalar_error(err: _ScalarError, mark: Any, stack: list[list[Any]]) -> InputError:
    raw, reason = err.raw, str(err.exc)
    short = repr(raw if len(raw) <= 40 else raw[:40] + "...")
    hint = None
    if "digits" in reason:
        msg = f"a number with {sum(c.isdigit() for c in raw):,} digits is too long to read"
        hint = "numbers in scenarios are small; check the value"
    elif "timestamp" in err.tag or any(w in reason for w in ("year", "day", "month")):
        msg = f"{short} is not a date: {reason}"
        hint = "write a real date as YYYY-MM-DD"
    else:
        msg = f"cannot read the value {short}: {reason}"
    return _error(msg, mark, stack, hint)


_LIMITS_HINT = "see the limits in docs/scenario-format.md"


def compose(text: str, *, max_nodes: int, max_depth: int, marks: Marks | None = None) -> Any:
    """The single YAML document in ``text`` as plain values (dict, list, str, int, float, bool,
    None, date, datetime).

    Raises :class:`~concilium.errors.InputError` (with line and column, and the field path
    where one exists) for invalid YAML and for the limits above.  With ``marks`` (a dict),
    fills it with the position of every key and list item (see :data:`Marks`).
    """
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # the pure-Python reader checks the text first
        raise _reader_error(exc, text) from None
    try:
        return _compose(loader, max_nodes, max_depth, marks)
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or exc.context or "syntax error").strip()
        raise _error(f"invalid YAML: {what}", mark) from None
    except yaml.YAMLError as exc:  # e.g. a reader error (a character YAML does not allow)
        raise InputError(f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _reader_error(exc: Any, text: str) -> InputError:
    """A character YAML does not allow (a control character), with its line and column.
    libyaml gives the offset in UTF-8 bytes, PyYAML's own reader in characters."""
    at = int(exc.position)
    if not issubclass(_Loader, yaml.SafeLoader):  # libyaml's CSafeLoader
        at = len(text.encode("utf-8", "surrogatepass")[:at].decode("utf-8", "ignore"))
    ch = exc.character
    code = ch if isinstance(ch, int) else ord(ch) if isinstance(ch, str) and len(ch) == 1 else None
    what, escape = "a character", "an escape"
    if code is not None:
        what = f"the character U+{code:04X}"
        escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return InputError(
        f"invalid YAML: {what} is not allowed in YAML text ({exc.reason})",
        line=text.count("\n", 0, at) + 1,
        column=at - (text.rfind("\n", 0, at) + 1) + 1,
        hint=f"remove it, or write it as {escape} inside double quotes",
    )


def _compose(loader: Any, max_nodes: int, max_depth: int, marks: Marks | None) -> Any:
    get = loader.get_event
    event = get()  # StreamStartEvent
    event = get()
    if type(event) is StreamEndEvent:
        return None
    assert type(event) is DocumentStartEvent
    v11 = event.version == (1, 1)
    # anchor -> (value, expanded size); size None while the anchored node is still open
    anchors: dict[str, tuple[Any, int | None]] = {}
    # one frame per open mapping or list:
    # [container, pending key or _NO_KEY, key mark, anchor, total before it, merges, marks]
    stack: list[list[Any]] = []
    total = 0
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            total += 1
            if total > max_nodes:
                raise _too_many(max_nodes, event.start_mark, stack)
            tag = event.tag
            try:
                if tag is None and event.implicit[0]:
                    value = _plain(event.value, v11)
                elif tag is None or tag == "!":
                    value = event.value
                else:
                    value = _tagged(event.value, tag, v11)
            except _ScalarError as err:
                if stack and isinstance(stack[-1][0], dict) and stack[-1][1] is _NO_KEY:
                    stack[-1][1] = err.raw  # the key itself is bad: name it as the field
                raise _scalar_error(err, event.start_mark, stack) from None
            if value is MERGE and not (
                stack and type(stack[-1][0]) is dict and stack[-1][1] is _NO_KEY
            ):
                value = "<<"  # a merge key only where a key is expected
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
        elif kind is AliasEvent:
            found = anchors.get(event.anchor)
            if found is None:
                raise _error(
                    f"invalid YAML: found undefined alias {event.anchor!r}", event.start_mark
                )
            value, size = found
            if size is None:
                raise _error(
                    f"the alias *{event.anchor} refers to a mapping or list that contains it "
                    "(a recursive structure)",
                    event.start_mark,
                    hint=_LIMITS_HINT,
                )
            total += size
            if total > max_nodes:
                raise _too_many(max_nodes, event.start_mark, stack)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(stack) >= max_depth:
                raise _error(
                    f"mappings and lists are nested more than {max_depth} levels deep",
                    event.start_mark,
                    hint=_LIMITS_HINT,
                )
            if stack and isinstance(stack[-1][0], dict) and stack[-1][1] is _NO_KEY:
                raise _error(
                    "invalid YAML: a mapping or list cannot be a key (keys are names)",
                    event.start_mark,
                )
            _check_tag(event.tag, event.start_mark, kind is MappingStartEvent)
            total += 1
            if total > max_nodes:
                raise _too_many(max_nodes, event.start_mark, stack)
            container: Any = {} if kind is MappingStartEvent else []
            if event.anchor is not None:
                anchors[event.anchor] = (container, None)
            where: Any = None
            if marks is not None:
                where = {} if kind is MappingStartEvent else []
                marks[id(container)] = where
            stack.append([container, _NO_KEY, None, event.anchor, total - 1, None, where])
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            frame = stack.pop()
            value = frame[0]
            if frame[5]:
                _merge(value, frame[5], frame[6])
            if frame[3] is not None:
                anchors[frame[3]] = (value, total - frame[4])
        elif kind is DocumentEndEvent:
            event = get()
            if type(event) is not StreamEndEvent:
                raise _error(
                    "invalid YAML: expected a single document in the stream, but found another "
                    "document",
                    event.start_mark,
                    hint="keep one document per file (remove the '---' line)",
                )
            return root
        else:  # pragma: no cover - the parser emits nothing else inside a document
            raise _error(f"invalid YAML: unexpected {kind.__name__}", event.start_mark)

        # a complete value: put it into its parent
        if not stack:
            root = value
            continue
        frame = stack[-1]
        parent = frame[0]
        if type(parent) is list:
            if frame[6] is not None:
                frame[6].append((event.start_mark.line + 1, event.start_mark.column + 1))
            parent.append(value)
        elif frame[1] is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise _error(
                    "invalid YAML: a mapping or list cannot be a key (keys are names)",
                    event.start_mark,
                )
            frame[1] = value if type(value) is str or value is MERGE else _key(value)
            frame[2] = event.start_mark
        else:
            key = frame[1]
            frame[1] = _NO_KEY
            if key is MERGE:
                if frame[5] is None:
                    frame[5] = []
                frame[5].append((value, frame[2]))
                continue
            if key in parent:
                mark = frame[2]
                frame[1] = key
                raise _error(
                    f"invalid YAML: duplicate key: found duplicate key {key!r}",
                    mark,
                    stack,
                    hint="each key may appear once in a mapping",
                )
            parent[key] = value
            if frame[6] is not None:
                frame[6][key] = (frame[2].line + 1, frame[2].column + 1)


def _merge(target: dict, merges: list[tuple[Any, Any]], where: dict | None) -> None:
    """Apply ``<<`` merge keys: explicit keys win, then the earlier merged mapping."""
    for value, mark in merges:
        sources = value if isinstance(value, list) else [value]
        for src in sources:
            if not isinstance(src, dict):
                raise _error(
                    "invalid YAML: a merge key (<<) needs a mapping or a list of mappings",
                    mark,
                )
            for k, v in src.items():
                if k not in target:
                    target[k] = v
                    if where is not None:
                        where[k] = (mark.line + 1, mark.column + 1)


def _check_tag(tag: str | None, mark: Any, mapping: bool) -> None:
    if tag is None or tag == "!" or tag == _TAG + ("map" if mapping else "seq"):
        return
    raise _error(
        f"invalid YAML: the tag {tag} is not supported here",
        mark,
        hint="remove the tag: scenario files need plain mappings, lists and values",
    )


def _too_many(limit: int, mark: Any, stack: list[list[Any]]) -> InputError:
    return _error(
        f"the document holds more than {limit:,} values once its aliases are expanded "
        "(an alias bomb?); refused before expanding it",
        mark,
        hint=_LIMITS_HINT,
    )
