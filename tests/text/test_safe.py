"""concilium.text.safe: user strings made safe for a terminal and for JSON."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.text.safe import UNSAFE, json_dumps, markup_safe, terminal_safe

# The characters a terminal acts on, by hand from ECMA-48 and Unicode (see the module
# docstring): ESC (0x1b) starts CSI/OSC sequences, 0x9b is the 8-bit CSI, 0x07 BEL ends an
# OSC title, NUL, DEL, U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE.
HOSTILE = "\x1b[2J\x1b]0;title\x07\x9b31m\x00\x7f\u202e\u2066\u2028"


def test_controls_and_bidi_are_shown_escaped():
    assert terminal_safe(HOSTILE) == (
        "\\x1b[2J\\x1b]0;title\\x07\\x9b31m\\x00\\x7f\\u202e\\u2066\\u2028"
    )


def test_ordinary_text_is_unchanged_and_not_copied():
    s = "Ελλάδα, Україна, 日本, café — fine; C:\\path\\x1b stays"
    assert terminal_safe(s) is s


def test_newlines_kept_only_when_asked():
    assert terminal_safe("a\nb\tc") == "a\\nb\\tc"
    assert terminal_safe("a\nb\tc", keep_newlines=True) == "a\nb\tc"
    assert terminal_safe("a\r\nb", keep_newlines=True) == "a\\r\nb"  # CR can overwrite a line


def test_markup_is_shown_not_applied():
    from rich.console import Console

    console = Console(width=200, color_system=None, file=None, record=True)
    with console.capture() as cap:
        console.print("name: " + markup_safe("[bold]x[/] [link=http://evil]y[/link] \x1b[31m"))
    shown = cap.get()
    assert "[bold]x[/] [link=http://evil]y[/link] \\x1b[31m" in shown


def test_json_dumps_escapes_what_json_leaves_raw():
    data = {"name": "a\x9bb\u202ec\x7f", "fine": "café"}
    assert "\x9b" in json.dumps(data, ensure_ascii=False)  # the standard library lets it through
    text = json_dumps(data)
    assert UNSAFE.search(text) is None
    assert "café" in text and "\\u009b" in text and "\\u202e" in text and "\\u007f" in text
    assert json.loads(text) == data


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raw_and_idempotent(s):
    safe = terminal_safe(s)
    assert UNSAFE.search(safe) is None
    assert terminal_safe(safe) == safe
    assert UNSAFE.search(json_dumps(s)) is None and json.loads(json_dumps(s)) == s


def test_error_messages_show_file_names_escaped():
    err = InputError(
        "bad value '\x1b]8;;http://x\x07'",
        source="ev\x1b[2Jil\u202e.yaml",
        field="actors[0].na\x9bme",
        hint="fix \x00 it",
    )
    text = str(err)
    assert UNSAFE.search(text) is None
    assert "ev\\x1b[2Jil\\u202e.yaml" in text and "na\\x9bme" in text
