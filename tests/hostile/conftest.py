"""Helpers for the hostile-input tests: a small scenario and the check of a clean error.

The small scenario and the hostile files come from one module, ``tests/fuzz/make_corpus.py``
(the fuzz suite's corpus), so both suites change the same text.  The CLI runner is the
``run_cli`` fixture of ``tests/conftest.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz.make_corpus import MINI

__all__ = ["MINI", "assert_clean_error", "mini"]


@pytest.fixture
def mini(tmp_path) -> Path:
    """A small valid scenario with an inline weighted body (3 members, quota 2)."""
    p = tmp_path / "mini.yaml"
    p.write_text(MINI, encoding="utf-8")
    return p


def assert_clean_error(r, *needles: str) -> None:
    """Exit status 2, one clear message, no internal error or traceback."""
    assert r.code == 2, (r.code, r.text)
    assert "internal error" not in r.text and "Traceback" not in r.text, r.text
    flat = " ".join(r.err.split())
    for n in needles:
        assert n in flat, (n, r.err)
