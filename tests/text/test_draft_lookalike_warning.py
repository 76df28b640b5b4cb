"""A look-alike letter in an article is a spoofing risk (a Cyrillic "а" in "France"): the draft
records what was repaired under ``x-draft.lookalikes`` and ``concilium draft`` warns with it on
the terminal, naming each character by its Unicode name and code point rather than printing it.
"""

from __future__ import annotations

from typer.testing import CliRunner

from concilium.cli import app
from concilium.text.draft import draft_scenario
from concilium.text.merge import merge_drafts

CLEAN = (
    "France blocks NATO office in Tokyo\n\n"
    "BRUSSELS, 12 July 2023 -- France blocked a plan for a NATO liaison office in Tokyo. "
    "Germany backed it.\n"
)
# The same article with a Cyrillic "а" (U+0430) in both "France" and in "Germany".
SPOOFED = CLEAN.replace("France", "Fr\u0430nce").replace("Germany", "Germ\u0430ny")


def test_a_spoofed_article_records_the_words_repaired():
    found = draft_scenario(SPOOFED, source="a.txt", engine="rules")["x-draft"]["lookalikes"]
    assert len(found) == 1
    (entry,) = found
    # three words carry the letter: "France" in the headline and lede, "Germany" once
    assert (entry["source"], entry["affected_words"]) == ("a.txt", 3)
    assert entry["examples"][0] == ("line 1: 'France' had CYRILLIC SMALL LETTER A (U+0430) for 'a'")
    assert "line 3: 'Germany' had CYRILLIC SMALL LETTER A (U+0430) for 'a'" in entry["examples"]
    # the repaired names are read as the states they spell
    ids = {a["id"] for a in draft_scenario(SPOOFED, source="a.txt", engine="rules")["actors"]}
    assert {"FRA", "DEU"} <= ids


def test_a_clean_article_records_nothing():
    assert "lookalikes" not in draft_scenario(CLEAN, source="a.txt", engine="rules")["x-draft"]


def test_merged_drafts_keep_each_spoofed_source():
    merged = merge_drafts(
        [
            draft_scenario(SPOOFED, source="a.txt", engine="rules"),
            draft_scenario(CLEAN.replace("12 July", "13 July"), source="b.txt", engine="rules"),
        ]
    )
    assert [x["source"] for x in merged["x-draft"]["lookalikes"]] == ["a.txt"]


def test_cli_warns_with_the_code_points_and_never_prints_the_raw_letter(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(SPOOFED, encoding="utf-8")
    res = CliRunner().invoke(app, ["draft", str(art), "-o", str(tmp_path / "d.yaml")])
    assert res.exit_code == 0, res.output
    err = " ".join(res.stderr.split())  # rich may wrap the long line
    assert "warning: look-alike characters in a.txt" in err
    assert "'France' had CYRILLIC SMALL LETTER A (U+0430)" in err
    assert "\u0430" not in res.stderr


def test_cli_gives_no_lookalike_warning_for_a_clean_article(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(CLEAN, encoding="utf-8")
    res = CliRunner().invoke(app, ["draft", str(art), "-o", str(tmp_path / "d.yaml")])
    assert res.exit_code == 0, res.output
    assert "look-alike" not in res.stderr
