"""Weights files and bad input: one clear InputError each."""

from __future__ import annotations

import numpy as np
import pytest

from concilium.analysis.power import load_weights_file, power_indices
from concilium.analysis.power.weights_file import parse_weights_csv
from concilium.errors import InputError
from concilium.games import SimpleGame

NASSAU = """member,name,weight
H1,Hempstead 1,9
H2,Hempstead 2,9
NH,North Hempstead,7
OB,Oyster Bay,3
GC,Glen Cove,1
LB,Long Beach,1
quota,16
"""


def test_csv_weights_file_gives_the_nassau_game():
    wf = parse_weights_csv(NASSAU, "nassau.csv")
    assert wf.game.players == ("H1", "H2", "NH", "OB", "GC", "LB")
    assert wf.game.clauses == ((0, 16),)
    assert wf.names["NH"] == "North Hempstead"
    df = power_indices(wf.game, "banzhaf", names=wf.names)
    assert df["dummy"].tolist() == [False, False, False, True, True, True]


def test_yaml_weights_file_with_percent_quotas_and_decimals(tmp_path):
    p = tmp_path / "council.yaml"
    p.write_text(
        "name: Three parties\n"
        "members:\n"
        "  - {id: A, name: Alpha, seats: 40.5}\n"
        "  - {id: B, seats: 30.25}\n"
        "  - {id: C, seats: 29.25}\n"
        "clauses:\n"
        "  - seats > 50%\n"
        "  - {members: 3}\n"
    )
    wf = load_weights_file(p)
    assert wf.title == "Three parties"
    assert wf.scales["seats"] == 100
    # total 10000 hundredths; more than 50 % -> at least 5001
    assert wf.game.clauses == ((0, 5001), (3, 0))
    assert [int(x) for x in wf.game.weights[:, 1]] == [4050, 3025, 2925]


def test_decimal_percent_quota_rounds_up():
    wf = parse_weights_csv("member,w\nA,1\nB,1\nC,1\nquota,w >= 66.67%\n")
    assert wf.game.clauses == ((0, 3),)  # 0.6667 * 3 = 2.0001 -> 3
    wf = parse_weights_csv("member,w\nA,1\nB,1\nC,1\nquota,w >= 66.66%\n")
    assert wf.game.clauses == ((0, 2),)


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("member,weight\nA,3\nB,-1\nquota,2\n", "must not be negative", 3),
        ("member,weight\nA,3\nB,lots\nquota,2\n", "must be a number", 3),
        ("member,weight\nA,3\nA,1\nquota,2\n", "duplicate member 'A' (first on line 2)", 3),
        ("member,weight\nA,3\nB,1\nquota,5\n", "above the members' total", 4),
        ("member,weight\nA,3\nB,1\nquota,0\n", "must be positive", 4),
        ("member,weight\nA,3\nB,1\n", "no quota given", None),
        ("member,weight\nA,3\nB,1\nquota,seats >= 2\n", "unknown column 'seats'", 4),
        ("member,weight\nA,3\nB,1\nquota,more than half\n", "cannot read the quota", 4),
        ("member,a,b\nA,3,1\nB,1,1\nquota,3\n", "does not say which column", 4),
        ("member,name\nA,Alpha\nquota,1\n", "no weight column", 1),
        ("weight,member\n", "no members given", None),
        ("x,y\n1,2\n", "must name the columns", 1),
    ],
)
def test_bad_weights_files(text, message, line):
    with pytest.raises(InputError) as err:
        parse_weights_csv(text, "bad.csv")
    assert message in str(err.value)
    assert str(err.value).startswith("bad.csv")
    if line is not None:
        assert err.value.problems[0].line == line


def _game(weights, clauses, labels=("members", "votes")):
    n = len(weights)
    w = np.column_stack([np.ones(n, dtype=np.int64), np.asarray(weights, dtype=np.int64)])
    return SimpleGame(tuple(f"m{i}" for i in range(n)), w, labels, clauses)


def test_quota_above_the_total_is_refused():
    with pytest.raises(InputError, match="no coalition can win"):
        power_indices(_game([1, 2, 3], ((0, 7),)))


def test_zero_quota_is_refused():
    with pytest.raises(InputError, match="empty coalition wins"):
        power_indices(_game([1, 2, 3], ((0, 0),)))


def test_negative_weights_are_refused_by_the_game():
    with pytest.raises(InputError, match="negative"):
        _game([1, -2, 3], ((0, 2),))


def test_unknown_index_and_method():
    g = _game([1, 2, 3], ((0, 4),))
    with pytest.raises(InputError, match="unknown power index 'johnson'"):
        power_indices(g, "banzhaf,johnson")
    with pytest.raises(InputError, match="unknown method"):
        power_indices(g, method="guess")
