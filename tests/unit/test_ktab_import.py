"""Reading KTAB scenario files: the samples' quirks (UTF-8 BOM, space padding, extra empty
fields, CRLF, quotes), XML, clear errors naming file, line and field, and fuzzed bad input
(only ever an InputError)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.io.ktab import is_ktab_file, load_ktab, parse_ktab_csv, parse_ktab_xml, read_ktab

ROOT = Path(__file__).resolve().parents[2]

# the layouts of KTAB's own samples, with their quirks, written out small
PADDED = (
    "XYZ,  XYZ Issue,  3,  1,  \n"
    "Actor,  Description,  Influence,  XYZ Position,  XYZ Salience\n"
    "Act-1001,  Desc-1001,  1.73,  63.03,  43.31\n"
    "Act-1002,  Desc-1002,  1.25,  52.2,  35.72\n"
    "Act-1003,  Desc-1003,  0.73,  70.69,  77.87\n"
)
EXTRA_FIELDS_CRLF = (
    "Combined,Two dimensions,3,2,0,,,,,\r\n"
    "Actor,Description,Influence,Dim0 Position,Dim0 Salience,Dim1 Position,Dim1 Salience\r\n"
    "AA00,Actor 00,99.98,50,8,62.5,10,,,\r\n"
    "AA01,Actor 01,79.79,60,16.53,72.5,11.15\r\n"
    'AA02,"Actor, the second",10,0,50,100,50\r\n'
)
BOM_TRAILING_COMMA = (
    '\ufeffDummyData_3Dim ,"Dummy scenario",3,1,\n'
    "Actor,Description,Power,Pstn1,Sal1,\n"
    "SActor-00, Random Spatial Actor, 102.543, 75.79, 49.53,\n"
    "SActor-01, Random Spatial Actor,  53.393, 82.72, 30.33,\n"
    "SActor-02, Random Spatial Actor, 129.643, 82.45, 48.47,\n"
)


def test_space_padded_fields():
    d = parse_ktab_csv(PADDED, "a040.csv")
    assert d.name == "XYZ" and d.description == "XYZ Issue"
    assert d.dimensions == ["XYZ Position"]
    assert d.actors == ["Act-1001", "Act-1002", "Act-1003"]
    assert d.capabilities == [1.73, 1.25, 0.73]
    assert d.positions[1] == [52.2] and d.saliences[2] == [77.87]


def test_extra_empty_fields_crlf_and_quotes():
    d = parse_ktab_csv(EXTRA_FIELDS_CRLF, "6dim.csv")
    assert d.dimensions == ["Dim0 Position", "Dim1 Position"]
    assert d.positions[0] == [50.0, 62.5] and d.saliences[1] == [16.53, 11.15]
    assert d.descriptions[2] == "Actor, the second"


def test_bom_and_trailing_commas_become_a_scenario(tmp_path):
    p = tmp_path / "dummy.csv"
    p.write_bytes(BOM_TRAILING_COMMA.encode("utf-8"))
    sc = load_ktab(p)
    assert sc.title == "DummyData_3Dim"  # the BOM is not part of the name
    assert [a.id for a in sc.actors] == ["SActor-00", "SActor-01", "SActor-02"]
    # the descriptions are all alike, so the short names are the actors' names
    assert sc.actors[0].name == "SActor-00" and sc.actors[0].note == "Random Spatial Actor"
    assert sc.issues[0].id == "Pstn1" and sc.issues[0].scale.max == 100
    st0 = sc.actors[2].stances["Pstn1"]
    assert (st0.position.value, st0.salience.value) == (82.45, 48.47)
    assert sc.actors[2].capability.value == 129.643
    assert "KTAB" in (sc.notes or "")
    assert sc.body is None and sc.date is None  # KTAB has neither
    assert is_ktab_file(p)


XML = """\ufeff<?xml version="1.0" encoding="UTF-8"?>
<Scenario>
  <name>Tiny</name><desc>An XML scenario</desc><prngSeed>03507583219545544127</prngSeed>
  <ModelParameters>
    <VictoryProbModel>Linear</VictoryProbModel><PCEModel>MarkovIncentive</PCEModel>
    <StateTransitions>Stochastic</StateTransitions><VotingRule>PropCbc</VotingRule>
    <BigRAdjust>OneThird</BigRAdjust><BigRRange>Mid</BigRRange>
    <ThirdPartyCommit>SemiCommit</ThirdPartyCommit><InterVecBrgn>S2P2</InterVecBrgn>
    <BargnModel>InitOnlyInterp</BargnModel>
  </ModelParameters>
  <Dimensions><dName>FirstDim</dName><dName>SecondDim</dName></Dimensions>
  <Actors>
    <Actor><name>Alice</name><description>First</description><capability>117.7</capability>
      <Position><dCoord>52.8</dCoord><dCoord>39.8</dCoord></Position>
      <Salience><dSal>32.3</dSal><dSal>22.4</dSal></Salience></Actor>
    <Actor><name>Bob</name><description>Second</description><capability>93.2</capability>
      <Position><dCoord>15.9</dCoord><dCoord>61.4</dCoord></Position>
      <Salience><dSal>25.2</dSal><dSal>34.5</dSal></Salience></Actor>
    <Actor><name>Carol</name><description>Third</description><capability>61.4</capability>
      <Position><dCoord>61.1</dCoord><dCoord>86.5</dCoord></Position>
      <Salience><dSal>28.8</dSal><dSal>28.6</dSal></Salience></Actor>
  </Actors>
  <IdealAdjustment>
    <iaPair><adjustingIdeal>Bob</adjustingIdeal><referencePos>Alice</referencePos>
      <adjust>0.07</adjust></iaPair>
  </IdealAdjustment>
</Scenario>
"""


def test_xml_with_bom_parameters_and_ideal_adjustment(tmp_path):
    p = tmp_path / "tiny.xml"
    p.write_bytes(XML.encode("utf-8"))
    assert is_ktab_file(p)
    d = read_ktab(p)
    assert d.fmt == "xml" and d.seed == 3507583219545544127
    assert d.parameters["pce"] == "markov_incentive"
    assert d.parameters["voting_rule"] == "prop_cbc"
    assert d.parameters["transition"] == "stochastic"
    assert d.accommodation == [("Bob", "Alice", 0.07)]
    sc = load_ktab(p)
    assert [a.name for a in sc.actors] == ["First", "Second", "Third"]  # distinct descriptions
    assert sc.actors[1].stances["SecondDim"].position.value == 61.4
    assert "ideal-adjustment" in sc.notes and "pce=markov_incentive" in sc.notes


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("X,Y,3\n", 1, "needs 4"),
        ("X,Y,three,1\n", 1, "not a whole number"),
        ("X,Y,3,1\nActor,Desc,Power,P,S\nA,a,1,50,50\nB,b,1,50,50\n", 5, "declares 3 actors"),
        ("X,Y,2,1\nActor,Desc,Power,P,S\nA,a,1,50,50\nB,b,1,150,50\n", 4, "outside 0..100"),
        ("X,Y,2,1\nActor,Desc,Power,P,S\nA,a,x,50,50\nB,b,1,50,50\n", 3, "not a number"),
        ("X,Y,2,2\nActor,Desc,Power,P,S,Q,T\nA,a,1,50,60,5,50\nB,b,1,5,5,5,5\n", 3, "sum to 110"),
        ("X,Y,2,1\nActor,Desc,Power,P,S\nA,a,1,50,50,7\nB,b,1,50,50\n", 3, "extra"),
        ("X,Y,2,1\nActor,Desc,Power,P,S\nA,a,1,nan,50\nB,b,1,50,50\n", 3, "finite"),
        ("X,Y,2,1\nActor,Desc,Power,P\n", 2, "header row"),
    ],
)
def test_csv_errors_name_the_line(text, line, needle):
    with pytest.raises(InputError) as err:
        parse_ktab_csv(text, "bad.csv")
    p = err.value.problems[0]
    assert p.line == line and needle in p.message
    assert str(err.value).startswith("bad.csv")


@pytest.mark.parametrize(
    ("change", "field", "needle"),
    [
        (
            ("<dCoord>52.8</dCoord>", "<dCoord></dCoord>"),
            "Actors.Actor[0].Position.dCoord[0]",
            "empty",
        ),
        (("<dCoord>39.8</dCoord>", ""), "Actors.Actor[0].Position", "1 <dCoord>"),
        (
            ("<VotingRule>PropCbc</VotingRule>", "<VotingRule>Proportional</VotingRule>"),
            "ModelParameters.VotingRule",
            "voting_rule",
        ),
        (
            ("<capability>93.2</capability>", "<capability>0</capability>"),
            "Actors.Actor[1].capability",
            "above 0",
        ),
        (
            ("<referencePos>Alice</referencePos>", "<referencePos>Zed</referencePos>"),
            "IdealAdjustment.iaPair[0].referencePos",
            "unknown actor",
        ),
    ],
)
def test_xml_errors_name_the_field(change, field, needle):
    with pytest.raises(InputError) as err:
        parse_ktab_xml(XML.replace(*change), "bad.xml")
    p = err.value.problems[0]
    assert p.field == field and needle in p.message


def test_xml_not_well_formed_or_hostile():
    with pytest.raises(InputError) as err:
        parse_ktab_xml("<Scenario><name>x</Scenario>", "x.xml")
    assert err.value.problems[0].line == 1
    bomb = '<!DOCTYPE s [<!ENTITY a "aaaa">]><Scenario><name>&a;</name></Scenario>'
    with pytest.raises(InputError, match="DTD"):
        parse_ktab_xml(bomb, "x.xml")
    with pytest.raises(InputError, match="not <Scenario>"):
        parse_ktab_xml("<Other/>", "x.xml")


def test_file_errors(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_ktab(tmp_path / "missing.csv")
    p = tmp_path / "latin1.csv"
    p.write_bytes("X,Y,2,1\nActor,D,P,Pos,Sal\nA\xe9,a,1,5,5\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_ktab(p)
    p = tmp_path / "bin.csv"
    p.write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        read_ktab(p)
    with pytest.raises(InputError, match="is a directory"):
        read_ktab(tmp_path)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    # the shared bounded reader (concilium.io.limits): nobody writes to this FIFO, so a plain
    # open() would wait forever
    import os

    from concilium.io.ktab import is_ktab_file

    fifo = tmp_path / "scenario.xml"
    os.mkfifo(fifo)
    assert is_ktab_file(fifo) is False
    with pytest.raises(InputError, match="named pipe"):
        read_ktab(fifo)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('XY, 0123456789.-\n"ab\ufeff\r')), max_size=300))
def test_fuzzed_csv_only_ever_raises_input_error(text):
    try:
        d = parse_ktab_csv(text, "fuzz.csv")
    except InputError:
        return
    assert len(d.actors) >= 2 and all(0 <= x <= 100 for row in d.positions for x in row)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fuzzed_xml_only_ever_raises_input_error(text):
    with pytest.raises(InputError):
        parse_ktab_xml(text, "fuzz.xml")


def _shared() -> Path | None:
    for base in (ROOT, *ROOT.parents[:3]):
        d = base.parent / "shared" / "reference" / "datasets" / "ktab"
        if d.is_dir():
            return d
    return None


SAMPLES = [
    "dummyData_3Dim.csv",
    "SOE-Pol-Comp.csv",
    "dummyData_6Dim.csv",
    "dummyData-a040.csv",
    "smpExample-06542ee.xml",
]


@pytest.mark.parametrize("name", SAMPLES)
def test_ktab_samples_load(name):
    d = _shared()
    if d is None:
        pytest.skip("../shared/reference/datasets/ktab is not present")
    # sizes from each file's first row (CSV) or its elements (XML): 7x3, 13x2, 27x6 (extra
    # empty fields), 40x1 (padded), 5x3 (XML with a BOM)
    size = {
        "dummyData_3Dim.csv": (7, 3),
        "SOE-Pol-Comp.csv": (13, 2),
        "dummyData_6Dim.csv": (27, 6),
        "dummyData-a040.csv": (40, 1),
        "smpExample-06542ee.xml": (5, 3),
    }[name]
    sc = load_ktab(d / name)
    assert (len(sc.actors), len(sc.issues)) == size
