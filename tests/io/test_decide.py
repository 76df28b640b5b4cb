"""Reading decide-exchange-model input files (``#A``, ``#P``, ``#M``, ``#D`` rows).

The sample below is made up for these tests.  The four files of decide-exchange-model
(GPL-3.0 data) are read from ``../shared`` when present, never copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.io.decide import load_decide, parse_decide
from concilium.models import run_model

SAMPLE = (
    "'#A'\t'north'\t'Northland'\t'a comment'\n"
    "'#A'\t'south'\t'Southland'\t''\n"
    "'#P'\t'tax'\t'Tax rate'\t'how high'\n"
    "'#M'\t'tax'\t10\n"
    "'#M'\t'tax'\t30\n"
    "'#P'\t'roads'\t'Roads'\t'roads'\n"
    "'#D'\t'north'\t'tax'\t30\t0.8\t2\n"
    "'#D'\t'south'\t'tax'\t10.0\t0.2\t1\n"
    "'#D'\t'north'\t'roads'\t100\t0.2\t2\n"
    "'#D'\t'south'\t'roads'\t0\t0.8\t1\n"
)

SEMICOLON = """#/;ID;Full name;;;
#A;north;Northland;;;
#A;south;Southland;;;
#P;tax;Tax;;;
#M;tax;0
#M;tax;10
#/;actor;issue;position;salience;power
#D;north;tax;3,5;0,5;1
#D;south;tax;1;0;1
#D;south;tax2;1;0.5;1
"""


def test_sample_tab_separated_quoted():
    sc = parse_decide(SAMPLE, source="sample.csv", scenario_id="sample")
    assert [a.id for a in sc.actors] == ["north", "south"]
    assert sc.actor("north").name == "Northland" and sc.actor("north").note == "a comment"
    tax, roads = sc.issues
    assert (tax.scale.min, tax.scale.max, tax.title) == (10, 30, "Tax rate")
    # no #M rows for roads: its scale is the range of its positions, 0..100
    assert (roads.scale.min, roads.scale.max) == (0, 100)
    st = sc.actor("south").stances["tax"]
    # salience 0.2 on decide's 0..1 scale is 20 here; power is the capability
    assert (st.position.value, st.salience.value, st.capability.value) == (10, 20, 1)
    assert len(sc.members()) == 2 and sc.issues[0].status_quo is None


def test_exchange_on_sample_trades_tax_for_roads():
    # North: tax 30 (of 10..30 -> 100 on 0..100), s 80, c 2; roads 100, s 20.
    # South: tax 10 (-> 0), s 20, c 1; roads 0, s 80.
    # O_tax = (2*80*100)/(160 + 20) = 88.89; O_roads = (2*20*100)/(40 + 80) = 33.33.
    # North demands tax (80*80 > 20*20); r = (80 + 20)/(20 + 80) = 1.
    # Limits: South's move 20*100/180 = 11.11; North's distance 11.11; North's move on roads
    # 40*100/120 = 33.33; South's distance 33.33.  delta = 11.11: South moves all the way on
    # tax (to 30), North moves 11.11*120/40 = 33.33 on roads (to 66.67), O_roads = 22.22.
    sc = parse_decide(SAMPLE)
    f = run_model(sc, "exchange", seed=0, rounds=1)
    assert f.issue("tax").outcome == pytest.approx(30.0)
    assert f.issue("roads").outcome == pytest.approx(200 / 9)
    assert f.issue("roads").details["voting_positions"]["north"] == pytest.approx(200 / 3)


def test_semicolons_decimal_commas_and_zero_salience():
    sc = parse_decide(SEMICOLON.replace("#D;south;tax2;1;0.5;1\n", ""))
    st = sc.actor("north").stances["tax"]
    assert (st.position.value, st.salience.value) == (3.5, 50)
    # salience exactly 0: left out, as decide does
    assert "tax" not in sc.actor("south").stances


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (SEMICOLON, 10, "issue 'tax2'"),
        (SAMPLE.replace("\t0.2\t1\n", "\t1.5\t1\n", 1), 8, "outside 0..1"),
        (SAMPLE.replace("10.0", "ten"), 8, "not a number"),
        (SAMPLE.replace("'south'\t'tax'\t10.0", "'east'\t'tax'\t10.0"), 8, "actor 'east'"),
        (SAMPLE + "'#D'\t'north'\t'tax'\t20\t0.5\t1\n", 11, "two #D rows"),
        (SAMPLE.replace("'north'\t'tax'\t30\t0.8\t2", "'north'\t'tax'\t30\t0.8"), 7, "6"),
        (SAMPLE.replace("'#M'\t'tax'\t30", "'#M'\t'tax'\t20"), 7, "outside the scale"),
        (SAMPLE + "'#A'\t'north'\t'Again'\t''\n", 11, "defined twice"),
        (SAMPLE.replace("\t2\n", "\t-2\n", 1), 7, "negative"),
    ],
)
def test_errors_name_the_line(text, line, words):
    with pytest.raises(InputError) as ei:
        parse_decide(text, source="bad.csv")
    p = ei.value.problems[0]
    assert p.line == line and words in p.message, p
    assert ei.value.source == "bad.csv"


def test_not_decide_input(tmp_path):
    with pytest.raises(InputError, match="no #A"):
        parse_decide("a,b,c\n1,2,3\n")
    with pytest.raises(InputError, match="no #D rows"):
        parse_decide("#A;x;X\n#P;i;I\n")
    with pytest.raises(InputError, match="not found|No such file"):
        load_decide(tmp_path / "missing.csv")
    with pytest.raises(InputError):  # a device, not a regular file
        load_decide("/dev/zero")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("#A;caf\xe9;x\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        load_decide(bad)


_REL = "shared/reference/datasets/decide-exchange-model"
# ../shared beside the project root (a worktree may sit one level deeper)
SHARED = next(
    (p.parent / _REL for p in Path(__file__).resolve().parents[1:5] if (p.parent / _REL).is_dir()),
    Path("../" + _REL),
)
FILES = {
    "cop21.csv": (15, 13),
    "copenhagen.csv": (11, 7),
    "sample_data.txt": (10, 6),
    "verkiezing_2012.csv": (11, 11),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_reads_the_decide_files(name):
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{path} is not present (GPL-3.0 data, read from ../shared only)")
    sc = load_decide(path)
    # actors x issues as stated in the datasets README
    assert (len(sc.actors), len(sc.issues)) == FILES[name]
