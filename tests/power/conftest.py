"""Helpers for the power tests: games from the JSON golden cases and from EU 2025 shares."""

from __future__ import annotations

import json
from math import ceil
from pathlib import Path

import numpy as np
import pytest

from concilium.games import SimpleGame

CASES = Path(__file__).resolve().parents[1] / "cases"


def game_from_case(case: dict) -> SimpleGame:
    ids = tuple(case["members"])
    rows = [[1, *case["members"][i]] for i in ids]
    return SimpleGame(
        ids,
        np.array(rows, dtype=np.int64),
        ("members", *case["columns"]),
        tuple(tuple(c) for c in case["clauses"]),
    )


def eu_game(
    shares: dict[str, float], member_threshold: float = 0.55, min_blocking: int | None = 4
) -> SimpleGame:
    """The EU double majority built here from the treaty text, independently of concilium.rules.

    Weights in hundredths of a percent; 65 % of the participating total, rounded up;
    ``member_threshold`` of the participating members, rounded up; and, when
    ``min_blocking`` is given, "fewer than min_blocking against" also adopts.
    """
    ids = tuple(shares)
    pop = [round(shares[i] * 100) for i in ids]
    n, total = len(ids), sum(pop)
    members_q = ceil(member_threshold * n - 1e-9)
    pop_q = -(-65 * total // 100)
    clauses = [(members_q, pop_q)]
    if min_blocking:
        clauses.append((n - min_blocking + 1, 0))
    w = np.column_stack([np.ones(n, dtype=np.int64), np.array(pop, dtype=np.int64)])
    return SimpleGame(ids, w, ("members", "population"), tuple(clauses))


@pytest.fixture(scope="session")
def eu2025() -> dict:
    return json.loads((CASES / "power_eu2025.json").read_text())


@pytest.fixture(scope="session")
def eu_qmv(eu2025) -> SimpleGame:
    return eu_game(eu2025["shares"])
