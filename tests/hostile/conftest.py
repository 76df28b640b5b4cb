"""Helpers for the hostile-input tests: a small scenario and the check of a clean error.

The CLI runner is the ``run_cli`` fixture of ``tests/conftest.py``."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

MINI = textwrap.dedent("""\
    id: mini
    title: Mini council
    date: 2024-01-01
    body:
      id: tiny
      name: Tiny council
      rule: {kind: weighted_majority, weight: votes, quota: 2}
      members:
        - {id: A, name: Alpha, weights: {votes: 1}}
        - {id: B, name: Beta, weights: {votes: 1}}
        - {id: C, name: Gamma, weights: {votes: 1}}
    issues:
      - id: i1
        title: Issue one
        scale: {min: 0, max: 100}
        status_quo: 0
        proposal: 100
    actors:
      - {id: A, name: Alpha, capability: 1, stances: {i1: {position: 10, salience: 50}}}
      - {id: B, name: Beta, capability: 1, stances: {i1: {position: 60, salience: 50}}}
      - {id: C, name: Gamma, capability: 1, stances: {i1: {position: 90, salience: 50}}}
    """)


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
