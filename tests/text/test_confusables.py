"""Look-alike detection and TR39 skeletons.

Expected values come from the Unicode character names (what each letter is) and from
``confusables.txt`` itself, parsed here independently of the generated table.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import concilium.text.data as data_pkg
from concilium.text.confusables import (
    Lookalike,
    confusable,
    lookalikes,
    script_of,
    skeleton,
    unicode_versions,
)

DATA = Path(data_pkg.__file__).parent

# Hand-made table of homoglyphs: (foreign letter, Latin letter it imitates).  These pairs are
# the classic ones (same glyph in common fonts); the test checks the shipped data agrees.
CYRILLIC = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
}
GREEK = {
    "ο": "o",
    "ν": "v",
    "α": "a",
    "ι": "i",
    "ρ": "p",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}
HOMOGLYPHS = {**CYRILLIC, **GREEK}


def _raw_skeleton_table() -> dict[str, str]:
    table = {}
    with open(DATA / "confusables.txt", encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                src, dst = (f.strip() for f in line.split(";")[:2])
                table[chr(int(src, 16))] = "".join(chr(int(h, 16)) for h in dst.split())
    return table


RAW = _raw_skeleton_table()


def _ignorable(ch: str) -> bool:
    # Default_Ignorable_Code_Point, restated from DerivedCoreProperties.txt (Unicode 15.0)
    cp = ord(ch)
    return cp in (0x00AD, 0x034F, 0x061C, 0x3164, 0xFEFF, 0xFFA0) or any(
        lo <= cp <= hi
        for lo, hi in [
            (0x115F, 0x1160),
            (0x17B4, 0x17B5),
            (0x180B, 0x180F),
            (0x200B, 0x200F),
            (0x202A, 0x202E),
            (0x2060, 0x206F),
            (0xFE00, 0xFE0F),
            (0xFFF0, 0xFFF8),
            (0x1BCA0, 0x1BCA3),
            (0x1D173, 0x1D17A),
            (0xE0000, 0xE0FFF),
        ]
    )


def oracle_skeleton(text: str) -> str:
    """UTS #39 section 4, written out step by step from the raw file."""
    x = unicodedata.normalize("NFD", text)
    x = "".join(c for c in x if not _ignorable(c))
    x = "".join(RAW.get(c, c) for c in x)
    return unicodedata.normalize("NFD", x)


# ----------------------------------------------------------------------------- the API shape


def test_spoofed_country_name_is_reported_with_every_field():
    (f,) = lookalikes("Frаnce")  # Cyrillic а at index 2
    assert f == Lookalike(
        index=2,
        char="\u0430",
        codepoint="U+0430",
        unicode_name="CYRILLIC SMALL LETTER A",
        script="Cyrillic",
        looks_like="a",
        expected_script="Latin",
        word="Frаnce",
    )
    assert f.describe() == (
        "'а' (U+0430 CYRILLIC SMALL LETTER A) at position 2 looks like Latin 'a'"
    )


def test_index_is_the_code_point_offset_in_the_whole_string():
    text = "The office in Tоkyo 🇯🇵 was discussed"  # Cyrillic о
    (f,) = lookalikes(text)
    assert text[f.index] == "о" and f.index == text.index("о")
    assert f.word == "Tоkyo" and f.looks_like == "o"


@pytest.mark.parametrize("foreign, latin", sorted(HOMOGLYPHS.items()))
def test_each_classic_homoglyph_is_found_in_a_latin_word(foreign, latin):
    word = "Wd" + foreign + "mn"  # W, d, m, n have no Cyrillic/Greek twin: the word is Latin
    (f,) = lookalikes(word)
    assert (f.index, f.char, f.looks_like, f.expected_script) == (2, foreign, latin, "Latin")
    assert f.script == ("Cyrillic" if foreign in CYRILLIC else "Greek")


def test_latin_letters_inside_a_russian_word_fold_to_cyrillic():
    # "сорок" (forty) with two Latin o's; the line is Russian, so the word is Cyrillic.
    found = lookalikes("Их было сoрoк человек")
    assert [(f.char, f.looks_like, f.expected_script) for f in found] == [
        ("o", "о", "Cyrillic"),
        ("o", "о", "Cyrillic"),
    ]


def test_latin_abbreviation_spoofed_with_cyrillic_capitals_stays_latin():
    # N has no Cyrillic twin, so NАТО can only be the Latin word NATO.
    found = lookalikes("NАТО")
    assert [f.looks_like for f in found] == ["A", "T", "O"]
    assert {f.expected_script for f in found} == {"Latin"}


# ----------------------------------------------------------------------- no false alarms


@pytest.mark.parametrize(
    "text",
    [
        "Москва и Киев обменялись заявлениями.",
        "Η Αθήνα υποστηρίζει την πρόταση.",
        "Élysée, Türkiye, São Tomé, Łódź, Ærø, Straße, naïve, coöperate",
        "“Curly quotes”, ‘single’, an en–dash, an em—dash, ellipsis… and « guillemets »",
        "Emoji: 👍🏽 👨‍👩‍👧 🏳️‍🌈 🇫🇷 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ✌️",
        "東京都のNATO事務所について、岸田首相は「重要だ」と述べた。",
        "北约秘书长Stoltenberg说",
        "서울에서 NATO 회의",
        "می‌خواهم",  # Persian with a zero-width non-joiner, which it needs
        "क्‍ष",  # Devanagari with ZWJ after virama
        "Ukraine (Україна) and Greece (Ελλάδα) — 50 km², 3½ hours, №5, 10 µm",
    ],
)
def test_genuine_text_has_no_findings(text):
    assert lookalikes(text) == []


@given(
    st.text(
        alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ .,", max_size=60
    )
)
def test_any_cyrillic_only_text_is_clean(text):
    assert lookalikes(text) == []


@given(st.text(alphabet="αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ ,.", max_size=60))
def test_any_greek_only_text_is_clean(text):
    assert lookalikes(text) == []


@given(
    st.text(
        alphabet=st.characters(codec="latin-1", categories=("Lu", "Ll", "Zs", "Po")), max_size=60
    )
)
def test_any_latin1_text_is_clean(text):
    assert lookalikes(text) == []


# ------------------------------------------------------------- invisibles and compatibility


@pytest.mark.parametrize(
    "char, name",
    [
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u200d", "ZERO WIDTH JOINER"),
        ("\u200c", "ZERO WIDTH NON-JOINER"),
        ("\u00ad", "SOFT HYPHEN"),
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
        ("\u2060", "WORD JOINER"),
        ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
    ],
)
def test_invisible_characters_inside_latin_words(char, name):
    (f,) = lookalikes("Fra" + char + "nce")
    assert (f.index, f.kind, f.unicode_name, f.looks_like) == (3, "invisible", name, "")
    assert "is invisible" in f.describe() and char not in f.describe()


def test_invisible_characters_between_words_are_found_too():
    assert [f.index for f in lookalikes("one \u200b two")] == [4]


def test_fullwidth_and_mathematical_letters_are_compatibility_forms():
    found = lookalikes("Ｎ𝐀TO")
    assert [(f.char, f.looks_like, f.kind) for f in found] == [
        ("Ｎ", "N", "compatibility"),
        ("𝐀", "A", "compatibility"),
    ]
    assert found[0].unicode_name == "FULLWIDTH LATIN CAPITAL LETTER N"


# ------------------------------------------------------------------------------- skeletons


def test_skeleton_examples():
    assert skeleton("Frаnce") == skeleton("France")
    assert skeleton("Fr\u200bance") == skeleton("France")
    assert skeleton("раураl") == skeleton("paypal")  # Cyrillic р а у
    assert skeleton("France") != skeleton("Francia")
    assert confusable("Frаnce", "France") and not confusable("France", "France")


@given(st.text(max_size=40))
def test_skeleton_follows_the_uts39_definition(text):
    assert skeleton(text) == oracle_skeleton(text)


@given(st.text(alphabet=sorted(HOMOGLYPHS) + list("abcdefghijklmnopqrstuvwxyz"), max_size=30))
def test_skeleton_ignores_which_homoglyph_was_used(text):
    latin = "".join(HOMOGLYPHS.get(c, c) for c in text)
    assert skeleton(text) == skeleton(latin)


def test_script_property_values():
    assert [script_of(c) for c in "aаα1\u0301中ア"] == [
        "Latin",
        "Cyrillic",
        "Greek",
        "Common",
        "Inherited",
        "Han",
        "Katakana",
    ]


def test_versions_are_reported():
    v = unicode_versions()
    assert v["confusables"] == "18.0.0" and v["scripts"] == "18.0.0"


def test_generated_table_matches_the_shipped_raw_files(tmp_path):
    from concilium.text.data import build_tables

    out = tmp_path / "_ucd.py"
    build_tables.main(["--out", str(out)])
    shipped = (Path(build_tables.__file__).parent.parent / "_ucd.py").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped


def test_import_does_not_load_the_tables():
    import subprocess
    import sys

    code = "import sys, concilium.text.confusables; print('concilium.text._ucd' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
