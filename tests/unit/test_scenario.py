"""Scenario validation: every kind of bad input gets one clear error naming the place."""

from __future__ import annotations

import hashlib
import textwrap

import pytest

from concilium.errors import InputError
from concilium.io import parse_scenario

SMALL = """\
id: small
title: A small council
date: 2025-03-01
body:
  id: trio
  name: Trio council
  rule: {kind: unanimity}
  members:
    - {id: A, name: Alpha}
    - {id: B, name: Beta}
    - {id: C, name: Gamma}
issues:
  - id: budget
    title: Budget
    status_quo: 20
    proposal: 60
actors:
  - {id: A, name: Alpha, stances: {budget: {position: 70, salience: 50}}}
  - {id: B, name: Beta, stances: {budget: {position: 50, salience: 50}}}
  - {id: C, name: Gamma, stances: {budget: {position: 10, salience: 50}}}
  - {id: X, name: Outsider, stances: {budget: {position: 90, salience: 80}}}
"""


def parse(text=SMALL):
    return parse_scenario(textwrap.dedent(text), "test.yaml")


def error_of(text) -> InputError:
    with pytest.raises(InputError) as info:
        parse(text)
    return info.value


def test_small_scenario_is_valid():
    sc = parse()
    assert [a.id for a in sc.members()] == ["A", "B", "C"]
    assert [a.id for a in sc.stakeholders()] == ["X"]
    assert sc.decision_rule.kind == "unanimity"
    arrays = sc.issue_arrays("budget")
    assert arrays.positions.tolist() == [70, 50, 10, 90]
    assert arrays.is_member.tolist() == [True, True, True, False]


def test_input_hash_is_stable_and_sensitive():
    assert parse().input_hash() == parse().input_hash()
    assert parse().input_hash() != parse(SMALL.replace("position: 70", "position: 71")).input_hash()


def test_canonical_json_is_made_once_and_edits_make_it_anew():
    sc = parse()
    text = sc.canonical_json()
    assert sc.canonical_json() is text  # kept, not dumped again for the hash and the store
    assert sc.input_hash() == "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    edited = sc.with_stance(sc.actors[0].id, sc.issues[0].id, position=71)
    assert edited.canonical_json() != text and edited.input_hash() != sc.input_hash()
    assert sc.model_copy().canonical_json() == text


def test_malformed_yaml_names_line_and_column():
    err = error_of(SMALL.replace("title: Budget", "title: Budget: more: colons"))
    text = str(err)
    assert "test.yaml" in text and "line 14" in text and "invalid YAML" in text


def test_unknown_field_suggests_the_right_name():
    err = error_of(SMALL.replace("    proposal: 60", "    propsal: 60"))
    text = str(err)
    assert "unknown field 'propsal'" in text and "did you mean 'proposal'" in text
    assert "line 16" in text


def test_missing_field():
    err = error_of(SMALL.replace("title: A small council\n", ""))
    assert "field title" in str(err) and "required" in str(err)


def test_duplicate_actor_ids():
    err = error_of(SMALL.replace("{id: X, name: Outsider", "{id: A, name: Outsider"))
    assert "duplicate actor id 'A'" in str(err)
    assert "line 21" in str(err)


def test_duplicate_yaml_keys():
    err = error_of(SMALL.replace("    proposal: 60", "    proposal: 60\n    proposal: 70"))
    assert "duplicate key" in str(err)


def test_position_outside_the_scale():
    err = error_of(SMALL.replace("position: 90", "position: 150"))
    text = str(err)
    assert "position 150 is outside 0..100" in text
    assert "actors[3].stances.budget.position" in text and "line 21" in text


@pytest.mark.parametrize("bad", [".nan", ".inf", "-.inf"])
def test_nan_and_infinite_numbers(bad):
    err = error_of(SMALL.replace("position: 90", f"position: {bad}"))
    assert "NaN or infinite" in str(err)


def test_salience_outside_0_100():
    err = error_of(SMALL.replace("salience: 80", "salience: 120"))
    assert "salience 120 is outside 0..100" in str(err)


def test_status_quo_outside_the_scale():
    err = error_of(SMALL.replace("status_quo: 20", "status_quo: -5"))
    assert "status quo -5 is outside the scale" in str(err)


def test_stance_on_unknown_issue():
    err = error_of(SMALL.replace("{budget: {position: 90", "{budgett: {position: 90"))
    assert "unknown issue 'budgett'" in str(err)


def test_member_not_in_the_body_on_the_date():
    nato = """\
    id: n
    title: t
    date: 2023-06-01
    body: nato
    issues: [{id: i, title: i, status_quo: 0, proposal: 100}]
    actors:
      - {id: SWE, name: Sweden, role: member, stances: {i: {position: 80}}}
    """
    err = error_of(nato)
    text = str(err)
    assert "Sweden is not a member of North Atlantic Council (NATO) on 2023-06-01" in text
    assert "2024-03-07" in text and "role: stakeholder" in text


def test_a_member_cannot_be_declared_a_stakeholder():
    err = error_of(SMALL.replace("{id: C, name: Gamma,", "{id: C, name: Gamma, role: stakeholder,"))
    assert "is a member" in str(err)


def test_empty_body_on_the_date():
    text = SMALL.replace(
        "    - {id: A, name: Alpha}", "    - {id: A, name: Alpha, joined: 2030-01-01}"
    )
    text = text.replace(
        "    - {id: B, name: Beta}", "    - {id: B, name: Beta, joined: 2030-01-01}"
    )
    text = text.replace(
        "    - {id: C, name: Gamma}", "    - {id: C, name: Gamma, joined: 2030-01-01}"
    )
    err = error_of(text)
    assert "has no members on 2025-03-01" in str(err)


def test_body_without_members():
    err = error_of(SMALL.split("  members:")[0] + "  members: []\nissues: []\nactors: []\n")
    assert "members" in str(err)


def test_date_outside_the_built_in_data():
    text = """\
    id: u
    title: t
    date: 1946-01-16
    body: unsc
    issues: [{id: i, title: i}]
    actors: [{id: FRA, name: France, stances: {i: {position: 1}}}]
    """
    # the day before the Council's first meeting, where the data start
    assert "cover 1946-01-17 onwards" in str(error_of(text))


def test_cyrillic_lookalike_in_a_name_is_rejected():
    spoofed = SMALL.replace("name: Outsider", "name: Fr\u0430nce")  # Cyrillic a
    err = error_of(spoofed)
    text = str(err)
    assert "not what they seem" in text
    assert "U+0430" in text and "CYRILLIC SMALL LETTER A" in text and "Latin" in text
    assert "actors[3].name" in text


def test_actor_id_differing_only_by_a_lookalike_is_rejected():
    # a second outsider whose id is the Cyrillic capital Ha, which looks exactly like "X"
    err = error_of(SMALL + "  - {id: \u0425, name: Other, stances: {budget: {position: 5}}}\n")
    assert "looks like 'X'" in str(err) and "actors[4].id" in str(err)


def test_names_differing_only_by_lookalikes_are_rejected():
    # A whole-script Greek/Cyrillic spelling passes the mixed-script check but has the same
    # skeleton as another actor's Latin name.
    text = SMALL.replace(
        "{id: X, name: Outsider", "{id: X, name: \u0391\u0392\u0392\u0391"
    )  # Greek ΑΒΒΑ
    text = text.replace("{id: A, name: Alpha,", "{id: A, name: Alpha, aliases: [ABBA],")
    err = error_of(text)
    assert "looks like 'ABBA'" in str(err)


def test_genuine_non_latin_names_are_fine():
    sc = parse(
        SMALL.replace("name: Outsider", "name: \u041c\u043e\u0441\u043a\u0432\u0430")
    )  # Москва
    assert sc.actor("X").name == "Москва"


def test_unknown_agenda_setter():
    err = error_of(SMALL.replace("actors:", "agenda_setter: Z\nactors:"))
    assert "agenda setter 'Z' is not an actor" in str(err)


def test_scalar_or_mapping_numbers():
    sc = parse(
        SMALL.replace("position: 90", "position: {value: 90, range: [80, 95], assumption: guess}")
    )
    est = sc.actor("X").stances["budget"].position
    assert est.value == 90 and est.range == (80, 95) and est.assumption == "guess"


def test_value_outside_its_range():
    err = error_of(SMALL.replace("position: 90", "position: {value: 90, range: [10, 20]}"))
    assert "outside its range" in str(err)


def test_extension_keys_are_ignored():
    sc = parse("x-notes: {anything: 1}\n" + SMALL)
    assert sc.id == "small"
