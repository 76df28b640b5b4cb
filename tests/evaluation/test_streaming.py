"""``evaluate`` reads a dataset a proposal at a time (issue 14: memory per row was ~45 KB, the
validated scenarios of every row): same results as loading every case first, and nothing per
case is kept once its models have run."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import numpy as np
from pandas.testing import assert_frame_equal

from concilium.evaluation import (
    case_groups,
    evaluate,
    evaluate_file,
    evaluate_groups,
    load_cases,
    parse_model_spec,
)

MINI = Path(__file__).resolve().parent / "data" / "mini_deu.tsv"
RUNS = ("compromise", "mean", "exchange:institutions=false")


def _same(a, b) -> None:
    for x, y in ((a.predictions, b.predictions), (a.summary, b.summary), (a.folds, b.folds)):
        assert list(x.columns) == list(y.columns)
        assert_frame_equal(x, y, check_exact=True)
    assert a.meta == b.meta


def _both(path: Path, **options):
    runs = [parse_model_spec(m) for m in RUNS]
    cases, meta = load_cases(path)
    return evaluate(cases, runs, meta=meta, **options), evaluate_file(path, runs, **options)


def test_streamed_evaluation_equals_the_loaded_one():
    loaded, streamed = _both(MINI, tune=["compromise"], folds=2, n_boot=50, seed=3)
    _same(loaded, streamed)
    # mini_deu.tsv: 5 issue rows, t001i3 without an outcome, so 4 cases per model
    assert streamed.meta["n_cases"] == 4 and streamed.meta["issues_without_outcome"] == 1


def test_interleaved_proposals_keep_file_order(tmp_path):
    # the rows of proposal t001 (lines 3-5) split by proposal f002's row: t001's group is
    # complete only at its last row, after f002's, yet the table keeps the file's order
    head, meta_row, t1, t2, t3, f2, c3 = MINI.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "interleaved.tsv"
    rows = (head, meta_row, t1, f2, t2, t3, c3)
    path.write_text("".join(f"{r}\n" for r in rows), encoding="utf-8")
    loaded, streamed = _both(path, n_boot=50)
    _same(loaded, streamed)
    issues = streamed.predictions["issue"].tolist()
    assert issues[:4] == ["t001i1", "f002i1", "t001i2", "c003i1"]


def test_groups_come_a_proposal_at_a_time():
    groups, meta = case_groups(MINI)
    first = next(groups)
    # t001 (rows 1-3 of the file) is complete first; its case positions are file positions
    assert [(pos, c.issue) for pos, c in first] == [(0, "t001i1"), (1, "t001i2")]
    rest = list(groups)
    assert [[c.issue for _, c in g] for g in rest] == [["f002i1"], ["c003i1"]]
    assert meta() == load_cases(MINI)[1]


def test_no_case_is_kept_after_its_group():
    alive: list[weakref.ref] = []

    def groups():
        for g in case_groups(MINI)[0]:
            alive.extend(weakref.ref(c) for _, c in g)
            yield g

    ev = evaluate_groups(groups(), [parse_model_spec("compromise")], n_boot=20)
    gc.collect()
    assert len(alive) == 4 and ev.meta["n_cases"] == 4
    assert all(r() is None for r in alive)  # numbers were kept, not the cases or scenarios


def test_bootstrap_in_blocks_gives_the_same_intervals(monkeypatch):
    # The bootstrap weights (replicates x issues) are drawn in blocks of at most MAX_CELLS
    # values; a block of 1 replicate (MAX_CELLS below the issue count) must give the very same
    # draws and intervals as one block of all 300 replicates.
    from concilium.evaluation import scoring

    runs = [parse_model_spec(m) for m in RUNS]
    cases, meta = load_cases(MINI)
    whole = evaluate(cases, runs, n_boot=300, seed=5, meta=meta)
    monkeypatch.setattr(scoring, "MAX_CELLS", 1)
    blocks = evaluate(cases, runs, n_boot=300, seed=5, meta=meta)
    _same(whole, blocks)
    groups = ["p1", "p2", "p1", "p3"]
    drawn = np.concatenate(list(scoring._weight_blocks(groups, 7, 1, max_cells=4)))  # 1 a block
    assert drawn.shape == (7, 4) and (drawn == scoring.cluster_weights(groups, 7, 1)).all()
    assert (drawn[:, 0] == drawn[:, 2]).all()  # the two issues of p1 are drawn together
