"""Dated EU bodies: the EU-28 (to 31 Jan 2020) and EU-27 members, and the Council's
population tables by year (``weight_tables``).

Every number below is derived by hand from the shares in ``eu-council.yaml``, which come
from the sources the file names: the 2016 shares of Council Decision (EU, Euratom) 2015/2393
as reported by Agence Europe No 11449 (9 Dec 2015), used as the fallback for every EU-28
date, and the 2025 shares (Agence Europe, 12 Dec 2024). The 2016 shares, in the order the
source gives them (DEU FRA GBR ITA ESP POL ROU NLD BEL GRC CZE PRT HUN SWE AUT BGR DNK FIN
SVK IRL HRV LTU SVN LVA EST CYP LUX MLT):
15.93 + 13.04 + 12.73 + 12.07 + 9.12 + 7.47 + 3.90 + 3.37 + 2.21 + 2.13 + 2.05 + 2.04 +
1.94 + 1.92 + 1.69 + 1.42 + 1.11 + 1.08 + 1.06 + 0.91 + 0.83 + 0.57 + 0.41 + 0.39 + 0.26 +
0.17 + 0.11 + 0.08 = 100.01 (the first six: 70.36; the next eight: 19.56; the last
fourteen: 10.09).
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.bodies import load_body
from concilium.errors import InputError

EU = "eu-council"


def _ids(on: dt.date, body: str = EU) -> set[str]:
    return {m.id for m in load_body(body).members_on(on)}


def _votes(on: dt.date, no=(), abstain=(), absent=()) -> dict[str, str]:
    out = {}
    for m in load_body(EU).members_on(on):
        out[m.id] = (
            "no"
            if m.id in no
            else "abstain"
            if m.id in abstain
            else "absent"
            if m.id in absent
            else "yes"
        )
    return out


# ------------------------------------------------------------------ membership
def test_the_united_kingdom_is_a_member_until_31_january_2020():
    assert "GBR" in _ids(dt.date(2019, 4, 15))
    assert "GBR" in _ids(dt.date(2020, 1, 31))  # the last day (left at midnight CET)
    assert "GBR" not in _ids(dt.date(2020, 2, 1))  # the Treaties ceased to apply to it
    assert len(_ids(dt.date(2020, 1, 31))) == 28
    assert len(_ids(dt.date(2020, 2, 1))) == 27


def test_28_members_on_the_day_of_the_uk_referendum():
    on = dt.date(2016, 6, 23)
    assert len(_ids(on)) == 28
    # Croatia joined on 1 July 2013, before the data start, so it is in from the first day
    assert "HRV" in _ids(dt.date(2014, 11, 1))


def test_the_population_tables_start_with_the_double_majority_on_1_november_2014():
    body = load_body(EU)
    assert len(body.members_on(dt.date(2014, 11, 1))) == 28
    # the day before: the Nice weighted votes (tests/unit/test_nice_council.py), no shares
    assert all("population" not in m.weights for m in body.members_on(dt.date(2014, 10, 31)))
    table = body.weights_on(dt.date(2014, 11, 1))
    assert table is not None and table.weight == "population"


def test_a_scenario_of_2019_on_the_council_is_accepted():
    from concilium.io import parse_scenario

    sc = parse_scenario(
        textwrap.dedent(
            """\
            id: eu2019
            title: A 2019 Council vote
            date: 2019-04-15
            body: eu-council
            issues: [{id: i, title: i, scale: {min: 0, max: 100}, status_quo: 0, proposal: 100}]
            actors:
              - {id: GBR, name: United Kingdom, stances: {i: {position: 100}}}
              - {id: DEU, name: Germany, stances: {i: {position: 100}}}
            """
        )
    )
    assert {m.id for m in sc.body_members()} >= {"GBR", "DEU"}
    assert len(sc.body_members()) == 28


# ------------------------------------------------------------------ weights by date
def test_the_table_in_force_follows_the_date():
    body = load_body(EU)
    t2016 = body.weights_on(dt.date(2016, 6, 23))
    assert t2016 is not None and t2016.from_ == dt.date(2016, 1, 1) and not t2016.fallback
    t2019 = body.weights_on(dt.date(2019, 4, 15))
    # the 2019 table (Decision 2018/2076) could not be read: the 2016 figures, said so
    assert t2019 is not None and t2019.fallback and t2019.as_of == dt.date(2016, 1, 1)
    t2025 = body.weights_on(dt.date(2025, 6, 1))
    assert t2025 is not None and not t2025.fallback and t2025.as_of == dt.date(2025, 1, 1)
    weights = {m.id: m.weights["population"] for m in body.members_on(dt.date(2019, 4, 15))}
    assert weights["GBR"] == 12.73 and weights["DEU"] == 15.93
    # from 2025 the 2025 shares, as before this change
    weights = {m.id: m.weights["population"] for m in body.members_on(dt.date(2025, 6, 1))}
    assert weights["DEU"] == 18.49 and "GBR" not in weights


def test_the_population_threshold_on_a_2019_date_uses_the_eu28_total():
    body = load_body(EU)
    on = dt.date(2019, 4, 15)
    members = body.members_on(on)
    # the sum in the module docstring: 100.01 (the EU-27 total of 2025 is also 100.01, but
    # without the UK's 12.73: the base must include it)
    assert sum(m.weights["population"] for m in members) == pytest.approx(100.01)
    dec = body.rule.decide(_votes(on), members)
    assert dec.totals["population"]["base"] == pytest.approx(100.01)
    # Germany, France, the UK and Italy against: 15.93 + 13.04 + 12.73 + 12.07 = 53.77, so
    # 100.01 - 53.77 = 46.24 in favour, 46.24 / 100.01 = 46.2 % < 65 %: blocked (4 members)
    big4 = _votes(on, no=("DEU", "FRA", "GBR", "ITA"))
    dec = body.rule.decide(big4, members)
    assert not dec.passed
    assert dec.totals["population"]["yes"] == pytest.approx(46.24)


def test_the_relocation_decision_of_22_september_2015_passes():
    """Council Decision (EU) 2015/1601 on the relocation of 120,000 persons, adopted at the
    extraordinary JHA Council of 22 Sep 2015: the Czech Republic, Hungary, Romania and
    Slovakia against, Finland abstaining (europeansources.info, 'Extraordinary Justice and
    Home Affairs Council, Brussels, 22 September 2015'; EUobserver, 22 Sep 2015)."""
    body = load_body(EU)
    on = dt.date(2015, 9, 22)
    members = body.members_on(on)
    votes = _votes(on, no=("CZE", "HUN", "ROU", "SVK"), abstain=("FIN",))
    # against or abstaining (an abstention counts against): 2.05 + 1.94 + 3.90 + 1.06 + 1.08
    # = 10.03; in favour 100.01 - 10.03 = 89.98, i.e. 89.98 / 100.01 = 89.97 % >= 65 %, and
    # 23 of 28 members >= 16 (55 % of 28 = 15.4, rounded up)
    dec = body.rule.decide(votes, members)
    assert dec.passed
    assert dec.totals["population"]["yes"] == pytest.approx(89.98)
    # the UK did not take part in the scheme (City A.M., 22 Sep 2015): without it 27 take
    # part, 15 needed (55 % of 27 = 14.85); base 100.01 - 12.73 = 87.28, in favour
    # 87.28 - 10.03 = 77.25, 77.25 / 87.28 = 88.5 % >= 65 %: still adopted
    dec = body.rule.decide({**votes, "GBR": "absent"}, members)
    assert dec.passed
    assert dec.totals["population"]["base"] == pytest.approx(87.28)
    assert dec.totals["population"]["yes"] == pytest.approx(77.25)


def test_the_copyright_directive_of_15_april_2019_passes():
    """Directive (EU) 2019/790, adopted by the Council on 15 Apr 2019: 19 in favour; Italy,
    Luxembourg, the Netherlands, Poland, Finland and Sweden against; Belgium, Estonia and
    Slovenia abstaining (saveyourinternet.eu 'How did EU member states vote?'; create.ac.uk,
    15 Apr 2019)."""
    body = load_body(EU)
    on = dt.date(2019, 4, 15)
    members = body.members_on(on)
    votes = _votes(on, no=("ITA", "NLD", "LUX", "POL", "FIN", "SWE"), abstain=("BEL", "EST", "SVN"))
    assert sum(v == "yes" for v in votes.values()) == 19
    # against: 12.07 + 3.37 + 0.11 + 7.47 + 1.08 + 1.92 = 26.02; abstaining: 2.21 + 0.26 +
    # 0.41 = 2.88; in favour 100.01 - 28.90 = 71.11, 71.11 / 100.01 = 71.10 % >= 65 %.
    # (With the 2019 table itself, saveyourinternet.eu gives 71.26 % in favour, 25.86 %
    # against and 2.88 % abstaining: the 2016 fallback is within 0.2 points of it.)
    dec = body.rule.decide(votes, members)
    assert dec.passed
    assert dec.totals["population"]["yes"] == pytest.approx(71.11)
    # had Germany voted against too: 71.11 - 15.93 = 55.18, 55.17 % < 65 %, 7 against: blocked
    dec = body.rule.decide({**votes, "DEU": "no"}, members)
    assert not dec.passed


def test_the_european_council_has_the_same_members_and_tables():
    eu, euco = load_body(EU), load_body("european-council")
    assert euco.valid_from == eu.valid_from == dt.date(2007, 1, 1)
    assert euco.weight_tables == eu.weight_tables
    assert [m.model_dump() for m in euco.members] == [m.model_dump() for m in eu.members]


# ------------------------------------------------------------------ malformed tables
BODY = """\
id: duo
name: Duo council
valid_from: 2014-11-01
rule: {kind: double_majority, weight: population}
members:
  - {id: A, name: A}
  - {id: B, name: B}
  - {id: C, name: C, left: 2020-01-31}
weight_tables:
"""


def _error(tmp_path, tables: str) -> str:
    path = tmp_path / "duo.yaml"
    path.write_text(BODY + textwrap.dedent(tables), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_body(path)
    return str(info.value)


def test_a_table_spanning_a_membership_change_is_refused(tmp_path):
    text = _error(
        tmp_path,
        """\
        - {from: 2014-11-01, values: {A: 1, B: 1, C: 1}}
        """,
    )
    assert "duo.yaml" in text and "weight_tables[0].values" in text
    assert "on 2020-02-01" in text and "not members then: C" in text


def test_a_table_missing_a_member_is_refused(tmp_path):
    text = _error(
        tmp_path,
        """\
        - {from: 2014-11-01, values: {A: 1, B: 1}}
        - {from: 2020-02-01, values: {A: 1, B: 1}}
        """,
    )
    assert "weight_tables[0].values" in text and "no weight for C" in text
    assert "weight_tables[1]" not in text


def test_unsorted_tables_and_a_gap_at_the_start_are_refused(tmp_path):
    text = _error(
        tmp_path,
        """\
        - {from: 2015-01-01, values: {A: 1, B: 1, C: 1}}
        - {from: 2014-12-01, values: {A: 1, B: 1}}
        """,
    )
    assert "weight_tables[0].from" in text and "must start on valid_from" in text
    assert "weight_tables[1].from" in text and "sorted by date" in text


def test_a_bad_weight_in_a_table_is_refused(tmp_path):
    text = _error(
        tmp_path,
        """\
        - {from: 2014-11-01, values: {A: 1, B: -1, C: 1}}
        - {from: 2020-02-01, values: {A: 1, B: 1}}
        """,
    )
    assert "duo.yaml" in text and "weight_tables" in text


def test_well_formed_tables_are_used(tmp_path):
    path = tmp_path / "duo.yaml"
    path.write_text(
        BODY
        + "  - {from: 2014-11-01, values: {A: 1, B: 2, C: 3}}\n"
        + "  - {from: 2020-02-01, values: {A: 4, B: 5}}\n",
        encoding="utf-8",
    )
    body = load_body(path)
    assert {m.id: m.weights["population"] for m in body.members_on(dt.date(2020, 1, 31))} == {
        "A": 1,
        "B": 2,
        "C": 3,
    }
    assert {m.id: m.weights["population"] for m in body.members_on(dt.date(2020, 2, 1))} == {
        "A": 4,
        "B": 5,
    }


def test_the_copyright_example_forecasts_the_recorded_outcome():
    """examples/eu-council-copyright-2019.yaml: the recorded votes (19 for, 6 against,
    3 abstaining) as stated votes, on the 28-member Council of 15 Apr 2019."""
    from pathlib import Path

    from concilium.io import load_scenario
    from concilium.models import procedural

    path = Path(__file__).resolve().parents[2] / "examples" / "eu-council-copyright-2019.yaml"
    sc = load_scenario(path)
    assert len(sc.members()) == 28
    i = procedural.forecast(sc).issue("directive")
    assert i.adopted is True and i.outcome == 100
    votes = list(i.votes.values())
    assert (votes.count("yes"), votes.count("no"), votes.count("abstain")) == (19, 6, 3)
    # the hand sum of test_the_copyright_directive_of_15_april_2019_passes: 71.11 of 100.01
    totals = i.details["decision"]["totals"]["population"]
    assert totals["yes"] == pytest.approx(71.11) and totals["base"] == pytest.approx(100.01)


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(2007, 1, 1), max_value=dt.date(2030, 12, 31)),
    name=st.sampled_from([EU, "european-council"]),
)
def test_every_date_gets_a_weight_for_exactly_its_members(day, name):
    body = load_body(name)
    members = body.members_on(day)
    table = body.weights_on(day)
    assert table is not None and {m.id for m in members} == set(table.values)
    # 27 from 1 Jan 2007 (Bulgaria and Romania), 28 from 1 Jul 2013 (Croatia) up to 31 Jan
    # 2020 (the UK's last day), 27 from 1 Feb 2020
    expected = 27 if day < dt.date(2013, 7, 1) else 28 if day <= dt.date(2020, 1, 31) else 27
    assert len(members) == expected
    if day < dt.date(2014, 11, 1):
        # the Nice votes: 345 in the EU-27, 352 in the EU-28 (tests/unit/test_nice_council.py)
        assert sum(m.weights["votes"] for m in members) == (345 if expected == 27 else 352)
        return
    # each table's shares sum to 100.01 (the module docstring; the 2025 shares likewise,
    # as the file's comment says: rounding)
    assert sum(m.weights["population"] for m in members) == pytest.approx(100.01)
