"""Item: YAML alias bombs and deep nesting are refused before they are built.

Before: a "billion laughs" document ran for over 60 s and took 3.5-3.9 GB; nesting of 300 to
100,000 levels ended in ``internal error: RecursionError`` (exit status 1).
"""

from __future__ import annotations

import json
import time

import pytest

from concilium.errors import InputError
from concilium.io.documents import parse_text
from concilium.io.limits import DEFAULT_MAX_YAML_NODES, MAX_DEPTH

from .conftest import MINI, assert_clean_error


def billion_laughs(levels: int = 9, fan: int = 10) -> str:
    """``fan`` aliases of ``fan`` aliases ... ``levels`` deep: fan**levels leaves from a
    document of a few hundred bytes (10**9 with the defaults)."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * fan) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fan) + "]")
    return "\n".join(lines) + "\nid: x\n"


def test_billion_laughs_is_refused_in_milliseconds(tmp_path, run_cli):
    p = tmp_path / "bomb.yaml"
    p.write_text(billion_laughs(), encoding="utf-8")
    started = time.monotonic()
    r = run_cli("validate", p, seconds=10)
    elapsed = time.monotonic() - started
    assert_clean_error(r, "more than 2,000,000 values once its aliases are expanded")
    assert elapsed < 5  # refused while composing, not after expanding 10**9 values


def test_merge_key_bomb_and_mapping_of_aliases_are_refused():
    # a mapping whose values are aliases of a big list: the expansion is what counts
    text = (
        "big: &big ["
        + ", ".join(["x"] * 1000)
        + "]\n"
        + "".join(f"k{i}: *big\n" for i in range(2500))
    )  # 2.5 million values once expanded
    with pytest.raises(InputError, match="more than 2,000,000 values"):
        parse_text(text)
    merge = (
        "base: &b {"
        + ", ".join(f"k{i}: {i}" for i in range(100))
        + "}\n"
        + "".join(f"m{i}: {{<<: *b}}\n" for i in range(10_001))
    )  # 10,001 merges of 201 nodes each
    with pytest.raises(InputError, match="more than 2,000,000 values"):
        parse_text(merge)


def test_node_limit_is_configurable(monkeypatch):
    assert DEFAULT_MAX_YAML_NODES == 2_000_000
    monkeypatch.setenv("CONCILIUM_MAX_YAML_NODES", "50")
    with pytest.raises(InputError, match="more than 50 values"):
        parse_text("x: [" + ", ".join(["1"] * 60) + "]\n")


def test_recursive_alias_is_refused():
    with pytest.raises(InputError, match=r"alias \*a refers to a mapping or list that contains"):
        parse_text("a: &a\n  b: *a\n")


def test_ordinary_anchors_still_work(mini):
    # the flagship example shares assumptions through anchors; a small document with a
    # few aliases is read as before
    text = "x-shared: &s {value: 50, assumption: shared}\n" + MINI.replace(
        "salience: 50}", "salience: *s}"
    )
    tree = parse_text(text)
    assert tree["actors"][2]["stances"]["i1"]["salience"]["assumption"] == "shared"


@pytest.mark.parametrize("depth", [300, 1000, 100_000])
@pytest.mark.parametrize("shape", ["flow", "block", "json", "json-object"])
def test_deep_nesting_is_a_clear_error(shape, depth, tmp_path, run_cli):
    if shape == "flow":
        text, name = "id: " + "[" * depth + "]" * depth + "\n", "deep.yaml"
    elif shape == "block":
        text, name = "id:\n" + "- " * depth + "x\n", "deep.yaml"  # '- - - x' nests lists
    elif shape == "json":
        text, name = '{"id": ' + "[" * depth + "]" * depth + "}\n", "deep.json"
    else:
        text, name = '{"a": ' * depth + "1" + "}" * depth + "\n", "deep.json"
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    started = time.monotonic()
    r = run_cli("validate", p, seconds=15)
    assert_clean_error(r, f"nested more than {MAX_DEPTH} levels deep")
    assert time.monotonic() - started < 10


def test_nesting_within_the_limit_is_read():
    depth = MAX_DEPTH - 1  # the root mapping is one level
    tree = parse_text("x: " + "[" * depth + "1" + "]" * depth + "\n")
    node, levels = tree["x"], 1
    while isinstance(node, list):
        node, levels = node[0], levels + 1
    assert (node, levels) == (1, MAX_DEPTH)
    assert json.loads(json.dumps([[1]]))  # sanity: json round trip of nesting is unaffected


def test_unclosed_brackets_in_quoted_text_count_only_past_the_limit():
    # The bracket pre-count ignores quoting: fine below the limit ...
    assert parse_text('q: "' + "[" * 50 + '"\n')["q"] == "[" * 50
    # ... and past it the refusal names the line.
    with pytest.raises(InputError, match="line 2.*nested more than"):
        parse_text("ok: 1\nq: '" + "[" * (MAX_DEPTH + 1) + "'\n")
