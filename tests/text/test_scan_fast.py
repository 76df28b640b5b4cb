"""The scanner's fast paths agree with their plain definitions.

* The regular expressions over class codes (which words are suspect, which are whole words of
  one look-alike script) are checked against a word-by-word reading of the definitions in
  ``docs/text.md`` on random code strings.
* The scanner counts per shared word analysis (template) and repairs from it; its counts are
  checked against a naive count of every :class:`WordReport` that :func:`analyse` yields, on
  obfuscated articles, with caches small enough that their bounds are hit.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import concilium.text.confusables as conf
from concilium.text import scan as scan_mod
from concilium.text.confusables import (
    KIND_COMPATIBILITY,
    KIND_HOMOGLYPH,
    KIND_INVISIBLE,
    KIND_ISOLATED,
    analyse,
)
from concilium.text.scan import repair, scan_text

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from obfuscate import obfuscate

T = conf._tables()
LATIN, GREEK, CYRILLIC = (T.code_of[n] for n in ("Latin", "Greek", "Cyrillic"))
HAN = T.code_of["Han"]
# class codes: word separators, neutral, apostrophe, invisible, compatibility, four scripts
CODES = [" ", "\n", "0", "'", "!", "?", LATIN, GREEK, CYRILLIC, HAN]
LETTERS = {LATIN, GREEK, CYRILLIC, HAN}


def _words(codes: str):
    """(start, end) of every run of characters other than space and newline."""
    i = 0
    while i < len(codes):
        if codes[i] in " \n":
            i += 1
            continue
        j = i
        while j < len(codes) and codes[j] not in " \n":
            j += 1
        yield i, j
        i = j


@given(st.text(alphabet=st.sampled_from(CODES), max_size=60))
def test_suspect_words_are_the_words_with_two_scripts_or_an_invisible_or_compatibility_code(codes):
    want = [
        (a, b)
        for a, b in _words(codes)
        if len(set(codes[a:b]) & LETTERS) > 1 or set(codes[a:b]) & {"!", "?"}
    ]
    got = [(m.start(1) - 1, m.end(1) - 1) for m in T.suspect_re.finditer(" " + codes)]
    assert got == want


@pytest.mark.parametrize("dominant", [LATIN, GREEK, CYRILLIC])
@given(codes=st.text(alphabet=st.sampled_from(CODES), max_size=60))
def test_isolated_candidates_are_whole_words_of_one_other_lookalike_script(dominant, codes):
    others = {LATIN, GREEK, CYRILLIC} - {dominant}
    want = []
    for a, b in _words(codes):
        chars = set(codes[a:b])
        letters = chars & LETTERS
        if len(letters) == 1 and letters <= others and chars - letters <= {"0", "'"}:
            want.append((a, b, letters.pop()))
    got = [
        (m.start(1) - 1, m.end(1) - 1, m.group(2))
        for m in T.isolated_re[dominant].finditer(" " + codes)
    ]
    assert got == want


def _naive_counts(text: str, fold_isolated: bool) -> tuple[dict, Counter, str]:
    """Counts, character statistics and repair from every WordReport, one at a time."""
    counts: Counter = Counter()
    chars: Counter = Counter()
    out, last = [], 0
    for wr in analyse(text, isolated=True):
        kinds = {k for _, k, _ in wr.marks}
        if not wr.marks:
            counts["mixed_unexplained_words"] += bool(wr.foreign)
            continue
        counts["affected_words"] += 1
        for kind, name in (
            (KIND_HOMOGLYPH, "homoglyph_words"),
            (KIND_ISOLATED, "isolated_words"),
            (KIND_INVISIBLE, "invisible_words"),
            (KIND_COMPATIBILITY, "compatibility_words"),
        ):
            counts[name] += kind in kinds
        for i, kind, like in wr.marks:
            chars[(wr.word[i], kind, like)] += 1
        if fold_isolated or not wr.isolated:
            out.append(text[last : wr.start])
            out.append(wr.repaired(fold_isolated))
            last = wr.start + len(wr.word)
            counts["changed_characters"] += len(wr.marks)
    out.append(text[last:])
    return counts, chars, "".join(out)


@pytest.mark.parametrize("scheme", ["mixed", "cyrillic-full", "invisible", "fullwidth"])
@pytest.mark.parametrize("fold_isolated", [False, True])
def test_template_counting_agrees_with_counting_every_word(monkeypatch, scheme, fold_isolated):
    # a tiny cache, so that the memo is cleared along the way
    monkeypatch.setattr(conf, "MEMO_LIMIT", 7)
    articles = sorted(p for p in (HERE / "articles").iterdir() if p.suffix in (".txt", ".html"))
    text = "\n".join(
        obfuscate(p.read_text(encoding="utf-8"), scheme, 0.3, seed=k)
        for k, p in enumerate(articles)
    )
    report, fixed = scan_text(text, fix=True, fold_isolated=fold_isolated)
    counts, chars, want_fixed = _naive_counts(text, fold_isolated)
    assert fixed == want_fixed
    for name in (
        "affected_words",
        "homoglyph_words",
        "isolated_words",
        "invisible_words",
        "compatibility_words",
        "mixed_unexplained_words",
        "changed_characters",
    ):
        assert getattr(report, name) == counts[name], name
    assert {(s.char, s.kind, s.looks_like): s.count for s in report.characters} == dict(chars)
    assert report.affected_words > 100


@given(
    st.text(max_size=80)
    | st.text(
        alphabet=st.sampled_from(
            list("adhkm otxAHDÉé'\n")
            + [
                "\u0430",
                "\u0434",
                "\u0436",
                "\u03bb",
                "\u03bf",
                "\u0501",
                "\u04bb",
                "\U0001d41a",
                "\u200b",
            ]
        ),
        max_size=80,
    )
)
def test_anchor_counts_agree_with_translating_the_line(line):
    want = tuple(line.translate(T.anchors).count(c) for c in T.trio_list)
    assert T.anchor_counts(line) == want


def test_anchor_counts_of_a_line_with_a_lone_surrogate():
    line = "d\ud800ж λ"  # a str may hold a lone surrogate (e.g. from surrogateescape)
    want = tuple(line.translate(T.anchors).count(c) for c in T.trio_list)
    assert T.anchor_counts(line) == want and sum(want) == 3


@given(st.text(alphabet=st.sampled_from(CODES), max_size=40), st.integers(0, 40))
def test_runs_before_are_the_words_before_a_position_nearest_first(codes, pos):
    pos = min(pos, len(codes))
    want = [(a, codes[a:b]) for a, b in _words(codes[:pos])][::-1]
    assert list(conf._runs_before(codes, pos)) == want


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("Жизнь и οо\n", "\u043e\u043e"),  # Cyrillic anchors (Ж, з, ь) before: Cyrillic о о
        ("Λάμβδα και οо\n", "\u03bf\u03bf"),  # Greek anchors (Λ, λ, μ, β, δ) before: Greek ο ο
    ],
)
def test_a_tie_the_line_cannot_break_goes_to_the_text_so_far(first_line, expected):
    # "οо" (Greek omicron, Cyrillic o) maps wholly into either script; the second line has
    # no anchor letter, so the anchors of the text read so far decide (docs/text.md).
    text = first_line + "οо\n"
    assert repair(text).splitlines()[1] == expected
    # the same when the lines arrive in separate pieces (streaming carries the context over)
    scanner = scan_mod._Scanner(scan_mod.ScanReport(source="t", encoding="str"), False)
    assert scanner.feed(first_line, repair=True) == first_line.replace("οо", expected)
    assert scanner.feed("οо\n", repair=True) == expected + "\n"
