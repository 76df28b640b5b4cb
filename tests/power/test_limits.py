"""Power indices on large games (issue 14): the cost is estimated before starting, long exact
counts report progress, estimates over a limit are refused or sampled (saying so), sample
counts and coalition listings are capped, and the power modules import each other in one
direction only."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import numpy as np
import pytest

from concilium.analysis.power import minimal_winning, power_indices
from concilium.analysis.power._limits import MAX_LISTED, MAX_SAMPLES
from concilium.analysis.power._space import Space
from concilium.analysis.power._swings import swing_counts
from concilium.analysis.power.indices import estimate_seconds
from concilium.errors import InputError
from concilium.games import SimpleGame

POWER = Path(__file__).resolve().parents[2] / "src" / "concilium" / "analysis" / "power"


def _weighted(n: int, seed: int = 5, second: bool = False) -> SimpleGame:
    rng = np.random.default_rng(seed)
    w = rng.integers(1, 40, n)
    cols = [np.ones(n, dtype=np.int64), w]
    labels = ["members", "votes"]
    clauses = [(0, int(w.sum()) // 2 + 1)]
    if second:  # a double majority: half of the members and 60 % of the votes
        clauses = [(n // 2 + 1, int(np.ceil(0.6 * w.sum())))]
    return SimpleGame(
        tuple(f"M{i}" for i in range(n)), np.column_stack(cols), tuple(labels), tuple(clauses)
    )


def test_power_modules_have_no_import_cycle():
    """Before: coalitions.py imported MAX_CELLS from indices.py (inside a function) while
    indices.py imported _minimal_counts from coalitions.py."""
    graph: dict[str, set[str]] = {}
    for path in POWER.glob("*.py"):
        mod = path.stem
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("concilium.analysis.power.")
            ):
                deps.add(node.module.rsplit(".", 1)[1])
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                deps.add(node.module)
        graph[mod] = deps

    def reaches(a: str, b: str, seen: set[str]) -> bool:
        return any(
            d == b or (d not in seen and reaches(d, b, seen | {d})) for d in graph.get(a, ())
        )

    cycles = [m for m in graph if reaches(m, m, set())]
    assert not cycles, cycles


@pytest.mark.parametrize(
    ("n", "by_size", "exact"),
    [
        (30, True, "auto"),  # one int64 pass
        (70, False, "never"),  # one float64 pass
        (70, True, "auto"),  # float64 + uint64 passes (over 62 members)
    ],
)
def test_progress_goes_from_0_to_1_and_changes_nothing(n, by_size, exact):
    game = _weighted(n, second=True)
    space = Space.of(game, need_size=by_size)
    seen: list[float] = []
    with_bar = swing_counts(space, by_size=by_size, exact=exact, progress=seen.append)
    plain = swing_counts(Space.of(game, need_size=by_size), by_size=by_size, exact=exact)
    assert with_bar.total == plain.total and with_bar.by_size == plain.by_size
    assert len(seen) > 10
    assert all(0 <= a <= b <= 1 for a, b in itertools.pairwise(seen))
    assert seen[-1] == 1.0


def test_power_indices_passes_progress_through():
    seen: list[float] = []
    df = power_indices(_weighted(40, second=True), ["banzhaf", "shapley"], progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert df["shapley_shubik"].sum() == pytest.approx(1.0)


def test_an_estimate_over_the_limit_is_refused_or_sampled_saying_so():
    game = _weighted(40, second=True)
    est = estimate_seconds(game, ["banzhaf"])
    assert est > 0
    with pytest.raises(InputError, match="estimated at"):
        power_indices(game, ["banzhaf"], max_seconds=est / 10)
    df = power_indices(
        game, ["banzhaf"], method="auto", max_seconds=est / 10, seed=1, samples=2_000
    )
    assert df.attrs["method"] == "sampled"
    assert any("estimated by sampling" in n and "estimated at" in n for n in df.attrs["notes"])
    # within the limit: counted exactly, as before
    assert power_indices(game, ["banzhaf"], max_seconds=est * 10).attrs["method"] == "exact"


def test_sample_counts_are_capped_with_a_clear_message():
    # before: samples=10**12 ran (in chunks) until killed
    with pytest.raises(InputError, match="more than the 10,000,000 allowed"):
        power_indices(_weighted(10), ["banzhaf"], method="sampled", samples=10**12)
    assert MAX_SAMPLES == 10_000_000


def test_coalition_listings_are_capped_with_a_clear_message():
    # before: --coalitions with a limit of 1e6 or 1e9 did not finish; the CLI now refuses a
    # limit over MAX_LISTED before counting anything (the library's listings stay bounded by
    # their search-node limit)
    from concilium.analysis.power._limits import check_listing

    with pytest.raises(InputError, match="more than the 10,000 allowed"):
        check_listing(1_000_000)
    check_listing(MAX_LISTED)
    assert len(minimal_winning(_weighted(8), limit=MAX_LISTED).coalitions) > 0


@pytest.mark.parametrize(
    "args",
    [
        ["--samples", "1000000000000", "--method", "sampled"],
        ["--coalitions", "--limit", "1000000000"],
    ],
)
def test_cli_refuses_huge_samples_and_listings_at_once(args, capsys):
    from concilium.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["power", "unsc", "--date", "2025-06-01", *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "allowed" in err
