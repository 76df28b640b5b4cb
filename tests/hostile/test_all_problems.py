"""Item: validation reports every problem it can in one run, each with its file:line, and
``validate`` and ``forecast`` report the same problems.

Before: pydantic runs a model's own (semantic) checks only once every field is valid, so a
scenario with an unknown field and a quota above the members' total weight reported only the
unknown field; fixing it revealed the quota.  And the rule's game was built only when no
other problem was found, so a stance off the scale hid the quota too.
"""

from __future__ import annotations

import pytest

from .conftest import MINI, assert_clean_error

# MINI (tests/hostile/conftest.py), 1-based lines: 7 is the body's rule, 9 member A,
# 19-21 actors A, B, C.  The members' total weight is 1 + 1 + 1 = 3, so quota 4 cannot be met.
QUOTA_4 = MINI.replace("quota: 2}", "quota: 4}")
QUOTA = "line 7, column 3, field body.rule: quota 4 exceeds the members' total weight 3"


def _col(text: str, line: int, needle: str) -> int:
    return text.splitlines()[line - 1].index(needle) + 1


def _problems(r) -> list[str]:
    return [" ".join(x.split()) for x in r.err.split("\n  - ")[1:]]


def test_unknown_field_and_quota_above_the_total_weight(tmp_path, run_cli):
    text = QUOTA_4.replace(
        "{id: A, name: Alpha, capability", "{id: A, name: Alpha, colour: red, capability"
    )
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    unknown = f"line 19, column {_col(text, 19, 'colour')}, field actors[0].colour: unknown field"
    reports = []
    for command in ("validate", "forecast"):
        r = run_cli(command, p)
        assert_clean_error(r, "2 problems", unknown, QUOTA)
        reports.append(_problems(r))
    assert reports[0] == reports[1]  # forecast reports exactly what validate does


def test_stance_off_the_scale_does_not_hide_the_quota(tmp_path, run_cli):
    text = QUOTA_4.replace("position: 60,", "position: 160,")
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    off = (
        f"line 20, column {_col(text, 20, 'position: 160')}, field actors[1].stances.i1.position:"
        " position 160 is outside 0..100"
    )
    reports = []
    for command in ("validate", "forecast"):
        r = run_cli(command, p)
        assert_clean_error(r, "2 problems", off, QUOTA)
        reports.append(_problems(r))
    assert reports[0] == reports[1]


def test_a_field_error_in_the_body_does_not_invent_rule_problems(tmp_path, run_cli):
    # Member A's weight is not a number: the second pass leaves it out, which would leave A
    # without a 'votes' weight; that is a consequence, not a second problem, so it is not
    # reported.  The stance off the scale is unrelated, and is.
    text = MINI.replace(
        "weights: {votes: 1}}\n    - {id: B", "weights: {votes: x}}\n    - {id: B", 1
    )
    text = text.replace("position: 60,", "position: 160,")
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    r = run_cli("validate", p)
    assert_clean_error(
        r,
        "2 problems",
        f"line 9, column {_col(text, 9, 'votes: x')}, field body.members[0].weights.votes",
        "field actors[1].stances.i1.position: position 160 is outside 0..100",
    )
    assert "body.rule" not in r.err


@pytest.mark.parametrize(
    "old,new,field",
    [
        ("date: 2024-01-01", "date: soon", "field date"),  # a top-level field: no second pass
        ("{id: C, name: Gamma, capability: 1,", "{name: Gamma, capability: 1,", "actors[2].id"),
    ],
)
def test_no_second_pass_when_the_fields_in_error_cannot_be_left_out(
    old, new, field, tmp_path, run_cli
):
    p = tmp_path / "s.yaml"
    p.write_text(QUOTA_4.replace(old, new), encoding="utf-8")
    r = run_cli("validate", p)
    assert_clean_error(r, field)
    assert "quota 4" not in r.err  # the rule check needs the date; an actor needs its id


def test_unknown_issue_hint_names_ten_issues_not_all():
    from concilium.errors import InputError
    from concilium.scenario import Scenario

    # 13 issues (i0..i11, then i0 again) and a stance on "i99": the hint lists the first ten
    # and counts 13 - 10 = 3 more; the second i0 (position 12) is a duplicate
    data = {
        "id": "s",
        "title": "S",
        "issues": [{"id": f"i{k}", "title": f"I{k}"} for k in range(12)]
        + [{"id": "i0", "title": "again"}],
        "actors": [{"id": "a", "name": "A", "stances": {"i99": {"position": 1}}}],
    }
    with pytest.raises(InputError) as err:
        Scenario.model_validate(data)
    text = str(err.value)
    assert "known issues: i0, i1, i2, i3, i4, i5, i6, i7, i8, i9 and 3 more" in text
    assert "duplicate issue id 'i0'" in text and "issues[12].id" in text


def test_every_actor_in_error_is_not_also_an_empty_actor_list(tmp_path, run_cli):
    # pydantic adds "Tuple should have at least 1 item after validation, not 0" when every
    # actor fails; the list is not empty, so that is dropped, and the second pass still runs:
    # 3 unknown fields (lines 19, 20, 21) + the quota = 4 problems
    text = QUOTA_4.replace("capability: 1,", "colour: red, capability: 1,")
    assert text.count("colour") == 3
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    r = run_cli("validate", p)
    assert_clean_error(r, "4 problems", QUOTA, "line 21", "field actors[2].colour")
    assert "at least 1" not in r.err


def test_fields_are_left_out_of_one_copy():
    from concilium.io.documents import _without

    shared = {"x": 1, "y": 2, "z": 3}
    data = {"a": [shared, {"x": 1}], "b": shared}
    out = _without(data, [("a", 0, "x"), ("a", 0, "y"), ("a", 1, "x")])
    assert out == {"a": [{"z": 3}, {}], "b": {"x": 1, "y": 2, "z": 3}}
    assert data == {"a": [shared, {"x": 1}], "b": shared} and shared == {"x": 1, "y": 2, "z": 3}
    assert _without(data, [("a", 5, "x")]) is None  # no such item: no second pass
