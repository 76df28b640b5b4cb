"""The scanner's array engine (:mod:`concilium.text._scanvec`) gives the same reports and the
same repairs as the per-word Python scanner it replaced (kept in ``reference_scan.py``).

Random text from an alphabet of the characters each rule turns on (look-alikes of the three
scripts, anchors, letters without a twin, CJK, rare scripts, invisible characters in every
legitimate and illegitimate position, compatibility forms, quotes, apostrophes, line ends),
whole and streamed in pieces, and the obfuscated test articles.  ``benchmarks/scan/
equivalence.py`` does the same against any older commit on the benchmark's input shapes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from concilium.text import _scanvec
from concilium.text import confusables as conf
from concilium.text import scan as scan_mod
from concilium.text.scan import ScanReport, _Scanner, scan_text

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from obfuscate import SCHEMES, obfuscate
from reference_scan import _Scanner as _ReferenceScanner

ALPHABET = [
    *"aceopxyAHDKMTdhkmtÉé0'’ \n.,-«»“”\"",
    *"\u0430\u043e\u0435\u0441\u0440\u0445\u0443\u0436\u0434\u0456\u0455\u041d\u0422\u041c",  # а о е с р х у ж д і ѕ Н Т М
    *"\u03bf\u03b1\u03bb\u03a1\u0391\u039a\u03c1",  # ο α λ Ρ Α Κ ρ
    "\u0585",  # Armenian օ
    "\u13aa",  # Cherokee Ꭺ
    *"\u0501\u04bb",  # Cyrillic ԁ һ
    *"東京のアᄀ한力工ロㅇㄅ々",  # Han, kana, Hangul, Bopomofo (some look like Latin letters)
    *"\uff26\uff46\u2469\U0001d41a\u24b6",  # Ｆ ｆ ⑩ 𝐚 Ⓐ
    *"\u200b\u200c\u200d\u00ad\u2060\u3164",  # ZWSP ZWNJ ZWJ SHY WJ Hangul filler
    *"\U0001f3f4\U000e0067\U000e0062\U000e007f",  # waving black flag, tags
    *"\U0001f44d\U0001f3fb\ufe0f\u2764",  # thumbs up, skin tone, VS16, heart
    *"\u0628\u0644\u0915\u094d\u0301",  # Arabic ب ل, Devanagari क ्, combining acute
]


def _report(scanner, pieces: list[str], fix: bool) -> tuple[dict, list[str]]:
    """The report (as JSON data, keys in order) and the repaired pieces.

    ``by_script`` is compared as a mapping: the order of scripts with equal counts is now
    the order of their first look-alike in the text, where the old scanner's depended on
    when its caches were flushed (``test_scripts_with_equal_counts_...`` checks the order).
    """
    fixed = [scanner.feed(p, repair=fix) for p in pieces]
    d = scanner.finish().to_dict()
    d["by_script"] = sorted(d["by_script"].items())
    return d, fixed


def _both(pieces: list[str], fix: bool, fold: bool):
    new = _report(_Scanner(ScanReport(source="t", encoding="str"), fold), pieces, fix)
    old = _report(_ReferenceScanner(ScanReport(source="t", encoding="str"), fold), pieces, fix)
    return new, old


def _pieces(text: str, cuts: list[int]) -> list[str]:
    """``text`` cut after the line ends chosen by ``cuts`` (as scan_file cuts a stream)."""
    ends = [i + 1 for i, c in enumerate(text) if c == "\n"]
    chosen = sorted({ends[k % len(ends)] for k in cuts}) if ends else []
    out, last = [], 0
    for e in chosen:
        if e > last:
            out.append(text[last:e])
            last = e
    if last < len(text) or not out:
        out.append(text[last:])
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from(ALPHABET), max_size=120),
    st.lists(st.integers(0, 50), max_size=4),
    st.booleans(),
)
@example("Frаnce а Paris\nοо\n", [0], False)
@example(
    "\U0001f3f4\U000e0067\U000e0062\U000e007f \U0001f44d\u200d\u2764 \u0628\u200c\u0644", [], True
)
def test_array_engine_equals_the_python_scanner(text, cuts, fold):
    pieces = _pieces(text, cuts)
    new, old = _both(pieces, fix=True, fold=fold)
    assert new == old
    # in batches of a few characters (a longer word is a batch of its own), and whole
    batch = _scanvec.BATCH
    try:
        _scanvec.BATCH = 4
        assert _both(pieces, fix=True, fold=fold)[0] == new
    finally:
        _scanvec.BATCH = batch
    whole = _report(_Scanner(ScanReport(source="t", encoding="str"), fold), [text], True)
    assert whole[0] == new[0] and "".join(whole[1]) == "".join(new[1])


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_array_engine_equals_the_python_scanner_on_obfuscated_articles(scheme, monkeypatch):
    monkeypatch.setattr(conf, "MEMO_LIMIT", 50)  # the caches are cleared along the way
    monkeypatch.setattr(_scanvec, "BATCH", 997)  # and the words analysed in many batches
    articles = sorted(p for p in (HERE / "articles").iterdir() if p.suffix in (".txt", ".html"))
    text = "\n".join(
        obfuscate(p.read_text(encoding="utf-8"), scheme, 0.2, seed=k)
        for k, p in enumerate(articles)
    )
    for fold in (False, True):
        new, old = _both(_pieces(text, [7, 300, 901]), fix=True, fold=fold)
        assert new == old
        assert new[0]["affected_words"] > 0


def test_words_of_many_scripts_are_split_between_arrays_and_python(monkeypatch):
    # more scripts than MAX_COLUMNS: the words holding the rarest go to the Python analysis
    monkeypatch.setattr(_scanvec, "MAX_COLUMNS", 4)
    text = "аb օb օc Ꭺb Ꭺa ᏴЬ ბa ბb ბc ბd ბe a\u0585\u13aa\n" * 3
    new, old = _both([text], fix=True, fold=False)
    assert new == old
    assert new[0]["affected_words"] >= 3


def test_scan_text_matches_on_a_text_of_every_kind_of_finding():
    text = "Frаnce and Ρaris\nок Frаnce a\u200bb ｆｕｌｌ ⑩ 東京のNАTO\n"
    report, fixed = scan_text(text, fix=True)
    old = _ReferenceScanner(ScanReport(source="<text>", encoding="str"), False)
    want_fixed = old.feed(text, repair=True)
    want = old.finish()
    want.repaired = True
    assert fixed == want_fixed
    assert report.to_dict() == want.to_dict()


@pytest.mark.parametrize(
    ("text", "order"),
    [
        # hand-made: one Cyrillic and one Greek look-alike each; ties listed by first look-alike
        ("Fr\u0430nce \u03a1aris", ["Cyrillic", "Greek"]),
        ("\u03a1aris Fr\u0430nce", ["Greek", "Cyrillic"]),
        # Greek 2 (the isolated "\u0391" counts), Cyrillic 1: counts first
        ("\u041c\u0391D \u0391 DAD", ["Greek", "Cyrillic"]),
        # Cyrillic М and Greek Α in "МΑD", then the whole Greek word "Α" and the whole
        # Cyrillic word "М" amid Latin words (isolated; "a" and "m" are letters of the line):
        # 2 each, and Cyrillic first, as its first look-alike (position 0) comes first.  The
        # old scanner said Greek first (it counted isolated words before the others).
        ("\u041c\u0391D \u0391 D \u041c MAD", ["Cyrillic", "Greek"]),
    ],
)
def test_scripts_with_equal_counts_are_listed_by_first_look_alike(text, order):
    report, _ = scan_text(text)
    assert list(report.by_script) == order


@given(st.text(alphabet="ab\n", max_size=60), st.integers(1, 12))
def test_line_parts_are_whole_lines_of_bounded_size(text, size):
    parts = scan_mod._line_parts(text, size)
    assert "".join(parts) == text
    for part in parts[:-1]:
        assert part.endswith("\n")
    for part in parts:
        # at most size characters, unless the part is one line (no line end before its last)
        assert len(part) <= size or "\n" not in part[:-1]


def test_a_text_analysed_in_parts_of_a_few_lines_gives_the_same_report(monkeypatch):
    articles = sorted(p for p in (HERE / "articles").iterdir() if p.suffix in (".txt", ".html"))
    text = "\n".join(
        obfuscate(p.read_text(encoding="utf-8"), "mixed", 0.2, seed=k)
        for k, p in enumerate(articles)
    )
    whole = scan_text(text, fix=True, fold_isolated=True)
    monkeypatch.setattr(scan_mod, "_PART", 300)
    parts = scan_text(text, fix=True, fold_isolated=True)
    assert parts[1] == whole[1]
    assert parts[0].to_dict() == whole[0].to_dict()
