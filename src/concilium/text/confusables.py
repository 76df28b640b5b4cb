"""Look-alike characters: TR39 skeletons and mixed-script word analysis.

Unicode Technical Standard #39 (Unicode Security Mechanisms), section 4 "Confusable
Detection", defines the *skeleton* of a string: NFD, drop Default_Ignorable code points,
replace each character by its prototype from ``confusables.txt``, NFD again.  Two strings are
confusable when their skeletons are equal.  Section 5 ("Mixed-Script Detection") flags strings
that mix scripts.  We combine the two at the level of *words*:

* A word (a run of letters, digits, combining marks, invisible and compatibility characters;
  an inner apostrophe joins it) whose letters come from more than one script is *mixed*.
  Common and Inherited characters (digits, punctuation, combining marks) are neutral, and Han
  may mix with Hiragana/Katakana (Japanese), Hangul (Korean) or Bopomofo, as in TR39's
  augmented script sets.
* For a mixed word we pick the script it is meant to be in (its *expected script*): the
  script into which the most of its foreign letters can be mapped by skeleton (for Latin,
  Greek and Cyrillic onto a *basic* letter), ties broken by the dominant script of the line
  measured by *anchor* letters (letters no obfuscator can have swapped in), then of the text
  so far, then of the word itself.
* Each foreign letter that has a counterpart of the same skeleton in the expected script is a
  :class:`Lookalike` (Cyrillic "а" in "Frаnce" looks like Latin "a").  Foreign letters without
  a counterpart (Cyrillic "ж" in a Latin word) are not look-alikes; :mod:`concilium.text.scan`
  counts them separately.
* Invisible characters (Default_Ignorable_Code_Point: zero-width space and joiners, soft
  hyphen, bidirectional controls, word joiner, Hangul fillers, tags ...) are findings wherever
  they sit, except where they do a legitimate job: variation selectors; ZWJ inside an emoji
  sequence; ZWJ/ZWNJ between two letters of a script that uses them (Arabic, Indic, ...); tag
  characters of an emoji flag sequence.
* Compatibility forms of letters and digits (fullwidth "Ｆ", mathematical "𝐅", circled "Ⓕ")
  are findings; their NFKC form is what they look like.

A word written entirely in one script is never a finding of :func:`lookalikes`, so genuine
Russian ("Москва") or Greek ("Αθήνα") words, accented Latin ("Élysée"), curly quotes and emoji
pass untouched.  :func:`analyse` can in addition report whole words in a look-alike script
amid another script (``isolated=True``, used by the scanner; see :func:`_isolated_words`).

Data: ``confusables.txt`` and ``Scripts.txt`` of Unicode 18.0, Default_Ignorable_Code_Point
and the mark categories of Unicode 15.0 (see ``data/SOURCES.md``); normalisation uses
Python's own ``unicodedata`` (:data:`unicodedata.unidata_version`).  Tables are built lazily on
first use (a few milliseconds) so importing this module costs almost nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any

__all__ = [
    "Lookalike",
    "WordReport",
    "confusable",
    "first_lookalikes",
    "lookalikes",
    "script_of",
    "skeleton",
    "unicode_versions",
]

KIND_HOMOGLYPH = "homoglyph"
KIND_INVISIBLE = "invisible"
KIND_COMPATIBILITY = "compatibility"
KIND_ISOLATED = "isolated"
MEMO_LIMIT = 20_000  # word analyses kept per text (bounded, so streaming memory is constant)


@dataclass(frozen=True)
class Lookalike:
    """One character that passes for another.

    ``kind`` is ``"homoglyph"`` (a letter of another script inside a mixed-script word),
    ``"isolated"`` (a letter of a whole word in a look-alike script amid text of another
    script; only from ``analyse(..., isolated=True)``), ``"invisible"`` (a default-ignorable
    character) or ``"compatibility"`` (a fullwidth, mathematical or circled form of a letter
    or digit).
    """

    index: int
    char: str
    codepoint: str
    unicode_name: str
    script: str
    looks_like: str
    expected_script: str
    word: str
    kind: str = KIND_HOMOGLYPH

    def describe(self) -> str:
        """One human sentence, e.g. "'а' (U+0430 CYRILLIC SMALL LETTER A) at position 3
        looks like Latin 'a'"."""
        shown = (
            self.char
            if self.kind != KIND_INVISIBLE
            else self.char.encode("unicode_escape").decode("ascii")
        )
        head = f"'{shown}' ({self.codepoint} {self.unicode_name}) at position {self.index}"
        if self.kind == KIND_INVISIBLE:
            where = f" (in '{_printable(_cut(self.word))}')" if self.word else ""
            return f"{head} is invisible{where}"
        if self.kind == KIND_ISOLATED:
            return (
                f"{head} looks like {self.expected_script} '{self.looks_like}' (the whole "
                f"word '{_cut(self.word)}' is {self.script} amid {self.expected_script} text)"
            )
        if self.kind == KIND_COMPATIBILITY:
            return f"{head} is a compatibility form of {self.expected_script} '{self.looks_like}'"
        return f"{head} looks like {self.expected_script} '{self.looks_like}'"


@dataclass(slots=True)
class WordReport:
    """What the analysis found in one word (used by :mod:`concilium.text.scan`).

    ``marks`` holds one ``(index in word, kind, looks like)`` per finding; :attr:`findings`
    turns them into :class:`Lookalike` objects on demand (the scanner only counts marks).
    """

    start: int  # code-point offset of the word in the analysed string
    word: str
    scripts: tuple[str, ...]  # letter scripts present (neutral Common/Inherited left out)
    expected_script: str  # "" when the word has no letters
    marks: tuple[tuple[int, str, str], ...] = ()
    foreign: tuple[int, ...] = ()  # indexes in word of foreign letters with no counterpart
    isolated: bool = False  # a whole word in a look-alike script amid another script
    # the analysis shared by every occurrence of this word (see _suspects):
    # (offset, word, scripts, expected, marks, foreign, repaired word, isolated)
    template: tuple | None = None

    @property
    def mixed(self) -> bool:
        return len(self.scripts) > 1

    @property
    def findings(self) -> list[Lookalike]:
        return [self.finding(k) for k in range(len(self.marks))]

    def finding(self, k: int) -> Lookalike:
        """The :class:`Lookalike` of mark ``k`` alone (``findings[k]`` without the others)."""
        i, kind, like = self.marks[k]
        return _make(
            self.word[i],
            self.start + i,
            _tables(),
            like,
            script_of(like[0]) if kind == KIND_COMPATIBILITY else self.expected_script,
            self.word,
            kind,
        )

    def repaired(self, fold_isolated: bool = False) -> str:
        """The word with look-alikes folded, compatibility forms NFKC'd, invisibles dropped.

        Whole words in a look-alike script (``isolated``) are folded only if asked.
        """
        if not self.marks or (self.isolated and not fold_isolated):
            return self.word
        if self.template is not None:
            return self.template[6]
        return _fold(self.word, self.marks)


def _fold(word: str, marks: tuple[tuple[int, str, str], ...]) -> str:
    chars = list(word)
    for i, _kind, like in marks:
        chars[i] = like
    return "".join(chars)


def unicode_versions() -> dict[str, str]:
    """Versions of the Unicode data behind this module (confusables, scripts, normalisation)."""
    t = _tables()
    return {**t.versions, "normalization (python unicodedata)": unicodedata.unidata_version}


def skeleton(text: str) -> str:
    """The UTS #39 skeleton of ``text``.

    NFD, remove Default_Ignorable_Code_Point characters, map every character to its prototype
    in ``confusables.txt``, NFD again (UTS #39 section 4, revision for Unicode 15.1 and later;
    the removal of default-ignorables is the step added in 15.1).  So
    ``skeleton("Frаnce") == skeleton("France")`` and ``skeleton("Fr\\u200bance")`` too.
    """
    nfd = unicodedata.normalize
    return nfd("NFD", nfd("NFD", text).translate(_tables().skeleton_map))


def confusable(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ but share a skeleton (they look alike)."""
    return a != b and skeleton(a) == skeleton(b)


def script_of(char: str) -> str:
    """The Unicode Script property value of one character ("Latin", "Cyrillic", "Common")."""
    t = _tables()
    return t.script_names[t.script_id(ord(char))]


def lookalikes(text: str) -> list[Lookalike]:
    """Every look-alike, invisible and compatibility character in ``text``.

    Look-alikes are letters that imitate a letter of another script inside a word that mixes
    scripts; single-script words in any script are never reported.  See the module docstring
    for the exact rules.  ``index`` is the code-point offset in ``text``.
    """
    if text.isascii():
        return []
    out: list[Lookalike] = []
    for report in analyse(text):
        out.extend(report.findings)
    return out


def first_lookalikes(text: str, limit: int = 5) -> tuple[list[Lookalike], int]:
    """The first ``limit`` of :func:`lookalikes` and how many there are in all, without
    building an object per finding (a long name can hold hundreds of thousands)."""
    if text.isascii():
        return [], 0
    out: list[Lookalike] = []
    total = 0
    for report in analyse(text):
        for k in range(min(len(report.marks), max(limit - len(out), 0))):
            out.append(report.finding(k))
        total += len(report.marks)
    return out, total


def analyse(
    text: str, context: Counter | None = None, isolated: bool = False, memo: dict | None = None
) -> Iterator[WordReport]:
    """Yield a :class:`WordReport` for every word of ``text`` that has a finding or mixes scripts.

    ``context`` (a :class:`collections.Counter` of script codes) carries the letter counts of
    text seen before this call, for streaming callers; it is updated in place.  With
    ``isolated``, whole words in a look-alike script amid text of another script are reported
    too (see :func:`_isolated_words`); :func:`lookalikes` does not do this.  ``memo`` (a dict
    the caller keeps across calls on one text) caches word analyses; it is cleared when large.

    How it stays fast: the whole text is mapped once by ``str.translate`` to one *class code*
    per character (the script of a letter; one code for digits and marks, one for invisible
    and one for compatibility characters; a space for anything else), and one regular
    expression over those codes finds the words that mix scripts or hold invisible or
    compatibility characters.  Python-level work is spent only on those words, and only once
    per distinct spelling (see :func:`_suspects`).
    """
    for start, tpl in _suspects(text, context, isolated, memo):
        yield _report(start, tpl)


def _add_counts(counter: Counter, counts: tuple[tuple[str, int], ...]) -> None:
    for key, n in counts:
        if n:
            counter[key] += n


def _report(start: int, tpl: tuple) -> WordReport:
    """The :class:`WordReport` of one occurrence (at ``start``) of a word analysis."""
    _rel, sub, scripts, expected, marks, foreign, _fixed, iso = tpl
    return WordReport(start, sub, scripts, expected, marks, foreign, iso, None if iso else tpl)


def _suspects(
    text: str, context: Counter | None = None, isolated: bool = False, memo: dict | None = None
) -> list[tuple[int, tuple]]:
    """The analyses behind :func:`analyse`, as ``(start, template)`` pairs in text order.

    A *template* is the analysis of one spelling, shared by all its occurrences (the scanner
    counts and repairs it per occurrence without building objects): ``(offset in the word,
    (sub)word, scripts, expected script name, marks, foreign, repaired (sub)word, isolated)``.
    """
    if text.isascii():
        return []
    t = _tables()
    doc = context if context is not None else Counter()
    memo = memo if memo is not None else {}
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    codes = text.translate(t.classes)
    lines: dict[int, tuple[dict[str, int], str, bool]] = {}

    def line_context(pos: int) -> tuple[dict[str, int], str, bool]:
        ls = text.rfind("\n", 0, pos) + 1
        hit = lines.get(ls)
        if hit is None:
            le = text.find("\n", pos)
            c1, c2, c3 = t.trio_list
            n1, n2, n3 = t.anchor_counts(text[ls : le if le >= 0 else len(text)])
            anchors = {c1: n1, c2: n2, c3: n3}
            if n1 or n2 or n3:
                top = c1 if n1 >= n2 and n1 >= n3 else (c2 if n2 >= n3 else c3)
                ranked = sorted((n1, n2, n3))
                strict = ranked[2] > ranked[1]
            else:
                top, strict = "", False
            hit = lines[ls] = (anchors, top, strict)
        return hit

    items: list[tuple[int, tuple]] = []
    line_end = -1  # end of the line being read
    c1, c2, c3 = t.trio_list
    anchors: dict[str, int] = dict.fromkeys(t.trio_list, 0)
    # The document context holds the anchors of the lines before the one being read.  Only a
    # new spelling reads it, so lines are added up in u1, u2, u3 and paid into it then.
    u1 = u2 = u3 = 0
    top = ""
    strict = False
    find = text.find
    memo_get = memo.get
    append = items.append
    # A space is put in front so that every word starts after a space or newline: the pattern
    # then begins with a character class, which the regex engine scans for quickly.
    for m in t.suspect_re.finditer(" " + codes):
        a, b = m.span(1)
        a -= 1
        b -= 1
        if a > line_end:  # the first suspect word of a new line
            u1 += anchors[c1]
            u2 += anchors[c2]
            u3 += anchors[c3]
            anchors, top, strict = line_context(a)
            line_end = find("\n", a)
            if line_end < 0:
                line_end = len(text)
        word = text[a:b]
        key = (word, top, strict)
        hit = memo_get(key)
        if hit is None:
            if u1 or u2 or u3:
                _add_counts(doc, ((c1, u1), (c2, u2), (c3, u3)))
                u1 = u2 = u3 = 0
            hit, cacheable = _word_templates(t, text, a, word, anchors, top, strict, doc)
            if cacheable:
                memo[key] = hit
        for tpl in hit:
            append((a + tpl[0], tpl))
    if isolated:
        starts = itemgetter(0)

        def reported(a: int) -> str | None:
            """The expected script of the reported word starting at ``a``, or None."""
            i = bisect_left(items, a, key=starts)
            return items[i][1][3] if i < len(items) and items[i][0] == a else None

        added = _isolated_words(t, text, codes, reported, line_context, memo)
        if added:  # two sorted runs: sorting merges them in linear time
            items = sorted(items + added, key=starts)
    _add_counts(doc, ((c1, u1 + anchors[c1]), (c2, u2 + anchors[c2]), (c3, u3 + anchors[c3])))
    return items


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------

_CODE_BASE = 0x100  # script id i is encoded as chr(_CODE_BASE + i) by str.translate


def _cut(word: str, limit: int = 80) -> str:
    """A word as shown in a sentence: whole up to ``limit`` characters, else its start."""
    return word if len(word) <= limit else f"{word[:limit]}... ({len(word):,} characters)"


def _printable(s: str) -> str:
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in s)


class _ScriptCodes(dict):
    """A ``str.translate`` table: code point -> one-character script code, filled on demand."""

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self._t = tables

    def __missing__(self, cp: int) -> str:
        code = chr(_CODE_BASE + self._t.script_id(cp))
        self[cp] = code
        return code


_NEUTRAL, _INVISIBLE, _COMPAT = "0", "!", "?"


class _ClassCodes(dict):
    """A ``str.translate`` table: one class code per character (see :func:`analyse`).

    Letters -> their script code; digits, marks and other word characters of the Common and
    Inherited scripts -> "0"; invisible -> "!"; compatibility forms -> "?"; apostrophes -> "'"
    (they join "Sweden's"); newline -> newline; everything else (spaces, punctuation,
    symbols) -> " ".
    """

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self._t = tables
        for cp in range(128):
            self[cp] = self.__missing__(cp)

    def __missing__(self, cp: int) -> str:
        t = self._t
        ch = chr(cp)
        if ch in t.invisible:
            code = _INVISIBLE
        elif ch in t.compat:
            code = _COMPAT
        elif ch in "'\u2019":
            code = "'"
        elif ch == "\n":
            code = "\n"  # kept, so that lines can be found in the codes
        elif ch.isalnum() or ch == "_" or t.is_mark(cp) or ch in t.ignorable:
            code = t.codes[cp]
            if code in t.neutral:
                code = _NEUTRAL
        else:
            code = " "
        self[cp] = code
        return code


_FAST = True  # tests switch the fast path off to check that both paths agree


class _FoldMap(dict):
    """A ``str.translate`` table folding every letter of another script that has a twin in the
    target script into that twin (other characters unchanged)."""

    def __init__(self, tables: _Tables, target: str) -> None:
        super().__init__()
        self._t, self._target = tables, target

    def __missing__(self, cp: int) -> str:
        t, target = self._t, self._target
        ch = chr(cp)
        code = t.codes[cp]
        out = ch
        if code != target and code not in t.neutral:
            out = t.counterpart(ch, target) or ch
        self[cp] = out
        return out


class _CostMap(dict):
    """A ``str.translate`` table for one target script: keeps (as "x") exactly the letters that
    cannot be written in that script, i.e. foreign letters with no twin there (for Latin,
    Greek and Cyrillic: no *basic* twin).  ``len(word.translate(...))`` counts them."""

    def __init__(self, tables: _Tables, target: str) -> None:
        super().__init__()
        self._t, self._target = tables, target

    def __missing__(self, cp: int) -> str:
        t, target = self._t, self._target
        code = t.codes[cp]
        keep = ""
        if code != target and code not in t.neutral:
            twin = t.counterpart(chr(cp), target)
            if twin is None or (target in t.trio and not _basic(twin, target, t)):
                keep = "x"
        self[cp] = keep
        return keep


class _AnchorCodes(dict):
    """A ``str.translate`` table keeping only *anchor* letters, as their script code.

    An anchor is a Latin, Greek or Cyrillic letter with no basic twin in the other two
    scripts ("d", "ж", "λ"): an obfuscator cannot have put it there, so anchors tell which
    script a line is really written in.  Every other character maps to "" (dropped).
    """

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self._t = tables

    def __missing__(self, cp: int) -> str:
        t = self._t
        ch = chr(cp)
        code = t.codes[cp]
        keep = ""
        if (
            code in t.trio
            and ch.isalpha()
            and not any(
                (twin := t.counterpart(ch, other)) is not None and _basic(twin, other, t)
                for other in t.trio
                if other != code
            )
        ):
            keep = code
        self[cp] = keep
        return keep


class _Tables:
    def __init__(self) -> None:
        from concilium.text import _ucd

        self.versions = dict(_ucd.VERSIONS)
        self.script_names: tuple[str, ...] = _ucd.SCRIPT_NAMES
        self._starts, self._ends, self._ids = _ucd.SCRIPT_STARTS, _ucd.SCRIPT_ENDS, _ucd.SCRIPT_IDS
        self.script_index = {name: i for i, name in enumerate(self.script_names)}
        self.code_of = {name: chr(_CODE_BASE + i) for name, i in self.script_index.items()}
        self.latin_code = self.code_of["Latin"]
        self.neutral = frozenset(self.code_of[n] for n in ("Common", "Inherited", "Unknown"))
        self.compatible_sets = tuple(
            frozenset(self.code_of[n] for n in names)
            for names in (("Han", "Hiragana", "Katakana"), ("Han", "Hangul"), ("Han", "Bopomofo"))
        )

        targets = _ucd.CONFUSABLE_TARGETS.split("\x00")
        self.prototype: dict[str, str] = dict(zip(_ucd.CONFUSABLE_SOURCES, targets))
        ignorable = [chr(c) for lo, hi in _ucd.DEFAULT_IGNORABLE for c in range(lo, hi + 1)]
        self.ignorable = frozenset(ignorable)
        smap: dict[int, str | None] = {ord(k): v for k, v in self.prototype.items()}
        smap.update(dict.fromkeys(map(ord, ignorable)))
        self.skeleton_map = smap

        # Invisible = default-ignorable minus variation selectors (they select glyphs of the
        # character before them, e.g. emoji presentation) and Mongolian free variation selectors.
        vs = {*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), 0x180B, 0x180C, 0x180D, 0x180F}
        self.invisible = frozenset(c for c in ignorable if ord(c) not in vs)
        self.compat = frozenset(_compat_chars())
        self.codes = _ScriptCodes(self)
        cjk_names = ("Han", "Hiragana", "Katakana", "Hangul", "Bopomofo")
        self.cjk = frozenset(self.code_of[n] for n in cjk_names)
        cjk = "".join(self.code_of[n] for n in cjk_names)
        # Over a word's script codes: runs of CJK / of non-CJK, neutral characters attached.
        neutral = "".join(sorted(self.neutral))
        self.cjk_split_re = re.compile(f"[{cjk}][{cjk}{neutral}]*|[^{cjk}]+")

        self._mark_starts = tuple(lo for lo, _ in _ucd.MARKS)
        self._mark_ends = tuple(hi for _, hi in _ucd.MARKS)
        self.trio = frozenset(self.code_of[n] for n in ("Latin", "Greek", "Cyrillic"))
        self.anchors = _AnchorCodes(self)
        self.counterparts: dict[tuple[str, str], str | None] = {}
        self._reverse: dict[str, dict[str, list[str]]] = {}
        self.trio_list = sorted(self.trio)
        self._cost_maps: dict[str, _CostMap] = {}
        self._fold_maps: dict[str, _FoldMap] = {}
        self._script_names_of: dict[frozenset[str], tuple[str, ...]] = {}
        self.classes = _ClassCodes(self)
        ne, inv, comp = _NEUTRAL, _INVISIBLE, _COMPAT
        self.nonletter_classes = frozenset((ne, inv, comp, "'"))
        # Per dominant script: after a space or newline, a whole word (group 1) of one other
        # script of the trio (group 2; with digits and apostrophes only), the candidates for
        # _isolated_words.  Starting with the separator lets the engine skip to it quickly.
        self.isolated_re = {
            d: re.compile(
                rf"[ \n]([{ne}']*+([{''.join(sorted(self.trio - {d}))}])"
                rf"(?:\2|[{ne}'])*+)(?![^ \n])"
            )
            for d in self.trio
        }
        # After a space or newline (the text is given a leading space), the whole word
        # (group 1) when it holds an invisible or compatibility character or a letter code
        # other than its first.  Linear, without backtracking (possessive quantifiers): skip
        # neutral codes; then an invisible/compatibility code matches at once, or the first
        # letter's run (itself and neutral codes) is consumed and any code still inside the
        # word must be another letter or an invisible/compatibility character.
        letter = rf"[^ \n{ne}'{inv}{comp}]"
        self.suspect_re = re.compile(
            rf"[ \n]([{ne}']*+(?:[{inv}{comp}]|({letter})(?:\2|[{ne}'])*+[^ \n])[^ \n]*)"
        )

    def anchor_counts(self, line: str) -> tuple[int, int, int]:
        """How many anchor letters of each script of :attr:`trio_list` ``line`` holds.

        The counts of ``line.translate(self.anchors)``, computed faster: ``str.translate``
        costs about 25 ns a character, and the lines that need this are mostly ASCII.  So
        the line's UTF-8 bytes go through ``bytes.translate`` (a C loop over a 256-byte
        table): ASCII anchors (all Latin) are counted there, and only the non-ASCII
        characters (deleting the ASCII bytes leaves their UTF-8 sequences whole) go through
        the ``str`` table.
        """
        raw = line.encode("utf-8", "surrogatepass")
        n_ascii = len(raw.translate(None, self._not_ascii_anchor))
        kept = (
            raw.translate(None, _ASCII_BYTES)
            .decode("utf-8", "surrogatepass")
            .translate(self.anchors)
        )
        c1, c2, c3 = self.trio_list
        latin = self.latin_code
        return (
            kept.count(c1) + (n_ascii if c1 == latin else 0),
            kept.count(c2) + (n_ascii if c2 == latin else 0),
            kept.count(c3) + (n_ascii if c3 == latin else 0),
        )

    @cached_property
    def _not_ascii_anchor(self) -> bytes:
        """Every byte value except the ASCII anchor letters (for ``bytes.translate``)."""
        assert all(self.anchors[b] in ("", self.latin_code) for b in range(128))
        return bytes(b for b in range(256) if b >= 128 or not self.anchors[b])

    def fold_map(self, target: str) -> _FoldMap:
        m = self._fold_maps.get(target)
        if m is None:
            m = self._fold_maps[target] = _FoldMap(self, target)
        return m

    def cost_map(self, target: str) -> _CostMap:
        m = self._cost_maps.get(target)
        if m is None:
            m = self._cost_maps[target] = _CostMap(self, target)
        return m

    def is_mark(self, cp: int) -> bool:
        """General category M (combining marks), from the shipped UnicodeData ranges."""
        i = bisect_right(self._mark_starts, cp) - 1
        return i >= 0 and cp <= self._mark_ends[i]

    def script_id(self, cp: int) -> int:
        i = bisect_right(self._starts, cp) - 1
        return self._ids[i] if i >= 0 and cp <= self._ends[i] else 0

    def name_of_code(self, code: str) -> str:
        return self.script_names[ord(code) - _CODE_BASE]

    def script_names_of(self, codes: set[str]) -> tuple[str, ...]:
        """The sorted script names of a set of script codes (cached: few sets occur)."""
        key = frozenset(codes)
        names = self._script_names_of.get(key)
        if names is None:
            if len(self._script_names_of) > 1000:  # bounded, whatever the text
                self._script_names_of.clear()
            names = self._script_names_of[key] = tuple(sorted(map(self.name_of_code, key)))
        return names

    def char_skeleton(self, c: str) -> str:
        nfd = unicodedata.normalize
        return nfd("NFD", nfd("NFD", c).translate(self.skeleton_map))

    def reverse(self, code: str) -> dict[str, list[str]]:
        """skeleton -> letters of script ``code`` with that skeleton (built once per script)."""
        rev = self._reverse.get(code)
        if rev is None:
            rev = {}
            sid = ord(code) - _CODE_BASE
            cps: list[int] = []
            for lo, hi, i in zip(self._starts, self._ends, self._ids):
                if i == sid:
                    cps.extend(range(lo, hi + 1))
            if len(cps) > 6000:  # Han and other huge scripts: only their listed confusables
                cps = [ord(c) for c in self.prototype if self.script_id(ord(c)) == sid]
            for cp in cps:
                ch = chr(cp)
                if unicodedata.category(ch)[0] in "LN" and ch not in self.compat:
                    rev.setdefault(self.char_skeleton(ch), []).append(ch)
            self._reverse[code] = rev
        return rev

    def counterpart(self, ch: str, code: str) -> str | None:
        """The letter of script ``code`` that looks like ``ch`` (same skeleton), or None."""
        key = (ch, code)
        if key in self.counterparts:
            return self.counterparts[key]
        cands = self.reverse(code).get(self.char_skeleton(ch), ())
        best = None
        if cands:
            # Keep the case of the original; prefer plain (NFKC-stable) and low code points,
            # so Cyrillic "І" -> Latin "I" (not "l"), "а" -> "a" (not "ɑ").
            best = min(
                cands,
                key=lambda c: (
                    c.isupper() != ch.isupper(),
                    unicodedata.normalize("NFKC", c) != c,
                    ord(c),
                ),
            )
        self.counterparts[key] = best
        return best


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def _compat_chars() -> Iterator[str]:
    """Letters/digits whose compatibility decomposition is <wide>, <font> or <circle>."""
    blocks = [
        (0x2100, 0x214F),  # letterlike symbols (ℂ ℍ ℕ ...)
        (0x2460, 0x24FF),  # enclosed alphanumerics (circled letters and digits)
        (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
        (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols
        (0x1F100, 0x1F1FF),  # enclosed alphanumeric supplement
        (0x1FBF0, 0x1FBF9),  # segmented digits
    ]
    for lo, hi in blocks:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            dec = unicodedata.decomposition(ch)
            if not dec.startswith(("<wide>", "<font>", "<circle>")):
                continue
            norm = unicodedata.normalize("NFKC", ch)
            if norm.isalnum():
                yield ch


_JOINERS = {"\u200c", "\u200d"}
_NO_JOINER_SCRIPTS = {
    "Latin",
    "Greek",
    "Cyrillic",
    "Armenian",
    "Georgian",
    "Common",
    "Inherited",
    "Unknown",
    "Han",
    "Hiragana",
    "Katakana",
    "Hangul",
}


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or 0x1F000 <= ord(ch) <= 0x1FAFF


def _legit_invisible(t: _Tables, text: str, i: int) -> bool:
    """Invisible characters that do a job where they stand (emoji ZWJ, Arabic/Indic ZWNJ...)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == "\u200d" and prev and nxt:
        p = i - 1
        while p > 0 and (text[p] in "\ufe0f\ufe0e" or 0x1F3FB <= ord(text[p]) <= 0x1F3FF):
            p -= 1
        if _is_emoji(text[p]) and _is_emoji(nxt):
            return True
    if ch in _JOINERS and prev and nxt:
        sp, sn = script_of(prev), script_of(nxt)
        if sp not in _NO_JOINER_SCRIPTS and (sn == sp or sn == "Inherited"):
            return True
    if 0xE0020 <= ord(ch) <= 0xE007F:  # tag sequence of a subdivision flag (🏴 + tags)
        p = i - 1
        while p >= 0 and 0xE0020 <= ord(text[p]) <= 0xE007F:
            p -= 1
        if p >= 0 and text[p] == "\U0001f3f4":
            return True
    return False


def _make(
    ch: str, index: int, t: _Tables, looks_like: str, expected: str, word: str, kind: str
) -> Lookalike:
    cp = ord(ch)
    return Lookalike(
        index=index,
        char=ch,
        codepoint=f"U+{cp:04X}",
        unicode_name=unicodedata.name(ch, f"<unnamed U+{cp:04X}>"),
        script=t.script_names[t.script_id(cp)],
        looks_like=looks_like,
        expected_script=expected,
        word=word,
        kind=kind,
    )


def _word_templates(
    t: _Tables,
    text: str,
    at: int,
    word: str,
    anchors: dict[str, int],
    top: str,
    strict: bool,
    doc: Counter,
) -> tuple[tuple, bool]:
    """The reports of one suspect word, relative to its start, and whether they can be cached.

    Returns the templates (see :func:`_suspects`) of the (sub)words with findings.  Words with
    invisible characters are judged with their neighbours and are not cached.
    """
    wc = word.translate(t.codes)
    present = set(wc) - t.neutral
    if len(present) > 1 and (present & t.cjk) and (present - t.cjk):
        # CJK text has no spaces: a switch between a CJK and an alphabetic script is a word
        # boundary ("東京のNATO事務所"), not a mixed-script word.
        parts = [(sub.start(), sub.end()) for sub in t.cjk_split_re.finditer(wc)]
    else:
        parts = [(0, len(word))]
    out = []
    cacheable = t.invisible.isdisjoint(word)
    for x, y in parts:
        sub = word[x:y]
        scripts, expected, marks, foreign, fixed, ok = _word_template(
            t,
            text,
            at + x,
            sub,
            wc[x:y],
            present if len(parts) == 1 else None,
            anchors,
            top,
            strict,
            doc,
        )
        cacheable = cacheable and ok
        if marks or foreign:
            out.append((x, sub, scripts, expected, marks, foreign, fixed, False))
    return tuple(out), cacheable


def _word_template(
    t: _Tables,
    line: str,
    at: int,
    word: str,
    wc: str,
    present: set[str] | None,
    anchors: dict[str, int],
    top: str,
    strict: bool,
    doc: Counter,
) -> tuple:
    """(scripts, expected script name, marks, foreign, repaired word, cacheable).

    ``present`` is the set of letter codes of ``wc`` if the caller has it (else None).
    """
    if present is None:
        present = set(wc) - t.neutral
    mixed = len(present) > 1 and not any(present <= s for s in t.compatible_sets)
    cacheable = True
    if (
        mixed
        and strict
        and _FAST
        and top in t.trio
        and t.invisible.isdisjoint(word)
        and t.compat.isdisjoint(word)
        and not word.translate(t.cost_map(top))
    ):
        # Every foreign letter has a basic twin in the line's clearly dominant script, so that
        # script wins: it costs nothing, and any tie is broken by the line's anchors.  Same
        # result as the general path below, with the folding done by str.translate.
        folded = word.translate(t.fold_map(top))
        marks = tuple(
            [(i, KIND_HOMOGLYPH, f) for i, c, f in zip(range(len(word)), word, folded) if c != f]
        )
        return t.script_names_of(present), t.name_of_code(top), marks, (), folded, True
    if not present:
        expected_code = ""
    elif len(present) == 1:
        expected_code = next(iter(present))
    elif not mixed:  # Japanese/Korean mix: report against the word's majority script
        expected_code = max(sorted(present), key=wc.count)
    else:
        candidates = set(present)
        if top in t.trio:
            # The line's own script competes even if the word holds none of its letters
            # ("Јοе": Cyrillic J and e, Greek o, in an English sentence).
            candidates.add(top)
        expected_code, cacheable = _expected(t, word, wc, candidates, anchors, doc)
    scripts = t.script_names_of(present)
    expected = t.name_of_code(expected_code) if expected_code else ""
    # What each character is, decided once per distinct character (a huge word repeats few
    # characters): None (fine), "invisible" (judged by position), or a (kind, like) mark, or
    # "foreign".  Then one pass over the positions.
    verdict: dict[str, Any] = {}
    for ch, code in dict(zip(word, wc)).items():
        if ch in t.invisible:
            verdict[ch] = "invisible"
        elif ch in t.compat:
            verdict[ch] = (KIND_COMPATIBILITY, unicodedata.normalize("NFKC", ch))
        elif mixed and code != expected_code and code not in t.neutral:
            if any(code in s and expected_code in s for s in t.compatible_sets):
                continue  # Hiragana in a Han-based Japanese word etc.
            twin = t.counterpart(ch, expected_code)
            verdict[ch] = "foreign" if twin is None else (KIND_HOMOGLYPH, twin)
    marks: list[tuple[int, str, str]] = []
    foreign: list[int] = []
    if verdict:
        get = verdict.get
        for i, ch in enumerate(word):
            v = get(ch)
            if v is None:
                continue
            if v == "invisible":
                if not _legit_invisible(t, line, at + i):
                    marks.append((i, KIND_INVISIBLE, ""))
            elif v == "foreign":
                foreign.append(i)
            else:
                marks.append((i, v[0], v[1]))
    marks_ = tuple(marks)
    return scripts, expected, marks_, tuple(foreign), _fold(word, marks_), cacheable


def _isolated_words(
    t: _Tables,
    text: str,
    codes: str,
    reported,
    line_context,
    memo: dict,
    line_starts: list[int] | None = None,
) -> list[tuple[int, tuple]]:
    """Whole words written in a look-alike script amid text of another script, as
    ``(start, template)`` in text order.

    ``reported(a)`` gives the expected script name of the word with findings starting at
    ``a`` ("" if it has none), or None if no such word starts there; ``line_starts`` (sorted)
    limits the search to those lines (the others must hold no candidate word).

    A word entirely in Cyrillic (or Greek, or Latin) whose every letter has a *basic* twin in
    the line's dominant script (ASCII for Latin; the base Greek/Cyrillic blocks otherwise), when
    that script holds most of the line's *anchor* letters (letters with no basic twin in another
    script, which obfuscation cannot touch) and the run of such words it belongs to is bordered
    by words of the dominant script: the English article "a" typed as Cyrillic "а".  Single
    lowercase Greek letters in Latin text are left alone (α, β in science), and so are single
    Latin capitals in Cyrillic or Greek text ("план A", "витамин C"), and words set in
    quotation marks (“у нас”, «ΝΑΤΟ»: quoted on purpose).  These are reported, and folded only
    on request.
    """
    greek, latin = t.code_of["Greek"], t.latin_code
    nonletter = t.nonletter_classes
    added: list[tuple[int, tuple]] = []

    t1, t2, t3 = t.trio_list

    def resolved(a: int, run: str) -> str | None:
        expected = reported(a)
        if expected:
            return t.code_of[expected]
        letters = set(run) - nonletter
        return next(iter(letters)) if len(letters) == 1 else None

    spaced = " " + codes  # as for suspect_re: every word follows a space or newline
    if line_starts is None:
        lines = ((m.start(), m.group()) for m in _LINE_RE.finditer(codes))
    else:
        lines = ((a, codes[a : codes.find("\n", a) + 1 or len(codes)]) for a in line_starts)
    for base, lc in lines:
        if (t1 in lc) + (t2 in lc) + (t3 in lc) < 2:
            continue
        anchors, _top, _strict = line_context(base)
        dominant = _top
        if not dominant:
            continue
        n = anchors[dominant]
        if n < 0.5 * sum(anchors.values()):
            continue
        cands: list[tuple[int, int, str, tuple[str, ...]]] = []
        line_letters: set[str] | None = None
        for cm in t.isolated_re[dominant].finditer(spaced, base, base + len(lc) + 1):
            a, b = cm.start(1) - 1, cm.end(1) - 1
            if reported(a) is not None:
                continue
            word = text[a:b]
            code = cm.group(2)
            if len(word) == 1 and (
                (code == greek and dominant == latin and word.islower())  # α, β in science
                or (code == latin and word.isupper())  # "план A", "витамин C"
            ):
                continue
            key = ("isolated", word, dominant)
            twins = memo.get(key)
            if twins is None:
                twins = memo[key] = _twins(t, word, dominant) or ()
            if twins and line_letters is None:
                line_letters = set(text[base : base + len(lc)].lower())
            # Fold only into letters the line already uses in its own script: a repair never
            # introduces a look-alike ("SMS" in Russian text is not "ЅМЅ": no Ѕ is in the line).
            if twins and all(not tw or tw.lower() in line_letters for tw in twins):
                cands.append((a, b, code, twins))
        if not cands:
            continue

        def neighbour(
            pos: int, step: int, lc: str = lc, base: int = base
        ) -> tuple[int, str | None]:
            """(start, resolved code) of the nearest word with letters before/after pos."""
            if step < 0:
                for rm in _runs_before(lc, pos - base):
                    if set(rm[1]) - nonletter:
                        return base + rm[0], resolved(base + rm[0], rm[1])
            else:
                for rm in _RUN_RE.finditer(lc, pos - base):
                    if set(rm.group()) - nonletter:
                        return base + rm.start(), resolved(base + rm.start(), rm.group())
            return -1, None

        expected = t.name_of_code(dominant)
        k = 0
        while k < len(cands):
            j = k
            after = neighbour(cands[j][1], +1)
            while j + 1 < len(cands) and after[0] == cands[j + 1][0]:
                j += 1
                after = neighbour(cands[j][1], +1)
            a0, b0 = cands[k][0], cands[j][1]
            quoted = (a0 > 0 and text[a0 - 1] in _QUOTES) or text[a0] in _QUOTES
            if quoted and ((b0 < len(text) and text[b0] in _QUOTES) or text[b0 - 1] in _QUOTES):
                k = j + 1
                continue  # a foreign word quoted on purpose: «у нас», “ΝΑΤΟ”
            sides = [neighbour(a0, -1)[1], after[1]]
            present_sides = [c for c in sides if c is not None]
            if present_sides and all(c == dominant for c in present_sides):
                for a, b, code, twins in cands[k : j + 1]:
                    marks = tuple((x, KIND_ISOLATED, tw) for x, tw in enumerate(twins) if tw)
                    word = text[a:b]
                    added.append(
                        (
                            a,
                            (
                                0,
                                word,
                                (t.name_of_code(code),),
                                expected,
                                marks,
                                (),
                                _fold(word, marks),
                                True,
                            ),
                        )
                    )
            k = j + 1
    return added


def _runs_before(lc: str, pos: int) -> Iterator[tuple[int, str]]:
    """Word runs of a line's class codes ending before ``pos``, nearest first."""
    end = pos
    while end > 0:
        while end > 0 and lc[end - 1] in " \n":
            end -= 1
        if end == 0:
            return
        start = max(lc.rfind(" ", 0, end), lc.rfind("\n", 0, end)) + 1
        yield start, lc[start:end]
        end = start


def _twins(t: _Tables, word: str, dominant: str) -> tuple[str, ...] | None:
    """Basic twins in ``dominant`` for every letter of ``word`` ("" for non-letters), or None."""
    twins: list[str] = []
    for ch in word:
        if not ch.isalpha():
            twins.append("")
            continue
        twin = t.counterpart(ch, dominant)
        if twin is None or not _basic(twin, dominant, t):
            return None
        twins.append(twin)
    return tuple(twins)


_LINE_RE = re.compile(r"[^\n]*\n?")
_ASCII_BYTES = bytes(range(128))
_QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
_RUN_RE = re.compile(r"[^ \n]+")


def _expected(
    t: _Tables, word: str, codes: str, present: set[str], line_counts: dict[str, int], doc: Counter
) -> tuple[str, bool]:
    """The script a mixed word is meant to be in, and whether the answer is context-free of
    the document (cacheable).

    Fewest letters that cannot be mapped into it (for Latin, Greek and Cyrillic: mapped to a
    *basic* letter, so "hаd" is Latin, not Cyrillic "һаԁ"), then the line's dominant script by
    anchor letters, then the text's so far, then the word's own majority.
    """

    def unmappable(target: str) -> int:
        return len(word.translate(t.cost_map(target)))

    scored = sorted((unmappable(c), c) for c in present)
    if len(scored) == 1 or scored[0][0] != scored[1][0]:
        return scored[0][1], True  # decided by the word alone: cacheable
    best = min(
        (c for n, c in scored if n == scored[0][0]),
        key=lambda c: (-line_counts.get(c, 0), -doc[c], -codes.count(c), c),
    )
    return best, False


def _basic(ch: str, code: str, t: _Tables) -> bool:
    if code == t.latin_code:
        return ch.isascii()
    return 0x0370 <= ord(ch) <= 0x045F
