"""Make user strings safe to show in a terminal or to write as JSON.

A name, title or file name read from a file may hold characters that a terminal acts on
instead of showing: ESC starts an escape sequence (clear the screen, set the window title,
make a hyperlink: CSI ``ESC [`` and OSC ``ESC ]``), 8-bit CSI (U+009B) does the same in one
character on terminals that honour C1 controls, NUL and DEL can hide text, and the Unicode
bidirectional overrides (U+202E RIGHT-TO-LEFT OVERRIDE and friends) reorder what follows so
that the text shown is not the text read ("Trojan Source", CVE-2021-42574).

:func:`terminal_safe` replaces each such character by its Python-style escape (``\\x1b``,
``\\x9b``, ``\\u202e``), so it is visible and inert.  Backslashes are left alone, which
makes the function idempotent (``terminal_safe(terminal_safe(s)) == terminal_safe(s)``) and
keeps Windows paths readable; the price is that a literal ``\\x1b`` typed in a file shows
the same as an escaped ESC, which is harmless.

Which characters (Unicode 15.1 general categories and bidi classes):

* C0 controls U+0000..U+001F (including NUL and ESC); tab and newline only when
  ``keep_newlines`` is false (the default, for one-line values);
* DEL U+007F and the C1 controls U+0080..U+009F (including 8-bit CSI U+009B);
* the bidirectional formatting characters: U+061C ARABIC LETTER MARK, U+200E/U+200F
  (LRM/RLM), U+202A..U+202E (embeddings and overrides), U+2066..U+2069 (isolates);
* U+2028/U+2029 (line and paragraph separators), which some terminals and viewers treat as
  line breaks.

:func:`json_dumps` is :func:`json.dumps` with ``ensure_ascii=False`` (readable non-ASCII
text) but with the characters above written as ``\\uXXXX`` escapes: ``json.dumps`` already
escapes C0 controls, but lets DEL, C1 controls (0x9B) and bidi overrides through raw.  The
result is the same JSON value.

Markup: rich treats ``[bold]``, ``[/]`` and ``[link=...]`` in a string printed with markup
as tags.  :func:`markup_safe` applies :func:`terminal_safe` and then ``rich.markup.escape``
for strings interpolated into a markup template.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["UNSAFE", "json_dumps", "markup_safe", "terminal_safe"]

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SEPARATORS = "\u2028\u2029"
#: every character :func:`terminal_safe` escapes (with ``keep_newlines=False``)
UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_SEPARATORS}]")
_UNSAFE_KEEP_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_SEPARATORS}]")
# What json.dumps(ensure_ascii=False) leaves raw of the above (it escapes C0 itself).
_JSON_RAW = re.compile(f"[\x7f-\x9f{_BIDI}{_SEPARATORS}]")


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` (made a string) with control and bidi characters shown as escapes.

    >>> terminal_safe("evil\\x1b]0;pwned\\x07name\\u202e")
    'evil\\\\x1b]0;pwned\\\\x07name\\\\u202e'
    >>> terminal_safe("two\\nlines\\tand a tab", keep_newlines=True)
    'two\\nlines\\tand a tab'
    """
    s = text if isinstance(text, str) else str(text)
    pattern = _UNSAFE_KEEP_LINES if keep_newlines else UNSAFE
    if pattern.search(s) is None:  # the common case: nothing to do, no copy
        return s
    return pattern.sub(_escape, s)


def markup_safe(text: object, *, keep_newlines: bool = False) -> str:
    """:func:`terminal_safe`, then escaped for rich markup (``[bold]`` is shown, not applied)."""
    from rich.markup import escape

    return escape(terminal_safe(text, keep_newlines=keep_newlines))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_dumps(obj: Any, **kwargs: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, **kwargs)`` with DEL, C1 controls, bidi
    formatting characters and U+2028/U+2029 written as ``\\uXXXX`` escapes.

    Those characters can only occur inside JSON strings, where ``\\uXXXX`` means the same
    character, so the value is unchanged:

    >>> s = json_dumps({"name": "a\\x9bb\\u202e"})
    >>> s
    '{"name": "a\\\\u009bb\\\\u202e"}'
    >>> json.loads(s) == {"name": "a\\x9bb\\u202e"}
    True
    """
    kwargs.setdefault("ensure_ascii", False)
    text = json.dumps(obj, **kwargs)
    if _JSON_RAW.search(text) is None:
        return text
    return _JSON_RAW.sub(_json_escape, text)
