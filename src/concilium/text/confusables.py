"""Look-alike characters: TR39 skeletons and mixed-script word analysis.

Unicode Technical Standard #39 (Unicode Security Mechanisms), section 4 "Confusable
Detection", defines the *skeleton* of a string: NFD, drop Default_Ignorable code points,
replace each character by its prototype from ``confusables.txt``, NFD again.  Two strings are
confusable when their skeletons are equal.  Section 5 ("Mixed-Script Detection") flags strings
that mix scripts.  We combine the two at the level of *words*:

* A word (a run of letters, digits, combining marks and invisible characters) whose letters
  come from more than one script is *mixed*.  Common and Inherited characters (digits,
  punctuation, combining marks) are neutral, and Han may mix with Hiragana/Katakana
  (Japanese), Hangul (Korean) or Bopomofo, as in TR39's augmented script sets.
* For a mixed word we pick the script it is meant to be in (its *expected script*): the
  script into which the most of its foreign letters can be mapped by skeleton, ties broken by
  the dominant script of the line, then of the text so far, then of the word itself.
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

A word written entirely in one script is never a finding, so genuine Russian ("Москва") or
Greek ("Αθήνα") words, accented Latin ("Élysée"), curly quotes and emoji pass untouched.

Data: ``confusables.txt`` and ``Scripts.txt`` of Unicode 18.0, Default_Ignorable_Code_Point
and the mark categories of Unicode 15.0 (see ``data/SOURCES.md``); normalisation uses
Python's own ``unicodedata`` (:data:`unicodedata.unidata_version`).  Tables are built lazily on
first use (a few milliseconds) so importing this module costs almost nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "Lookalike",
    "WordReport",
    "lookalikes",
    "skeleton",
    "confusable",
    "script_of",
    "unicode_versions",
]

KIND_HOMOGLYPH = "homoglyph"
KIND_INVISIBLE = "invisible"
KIND_COMPATIBILITY = "compatibility"
KIND_ISOLATED = "isolated"


@dataclass(frozen=True)
class Lookalike:
    """One character that passes for another.

    ``kind`` is ``"homoglyph"`` (a letter of another script inside a mixed-script word),
    ``"isolated"`` (a letter of a whole word in a look-alike script amid text of another
    script; only from ``analyse(..., isolated=True)``), ``"invisible"`` (a default-ignorable character) or ``"compatibility"`` (a fullwidth,
    mathematical or circled form of a letter or digit).
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
        shown = self.char if self.kind != KIND_INVISIBLE else self.char.encode(
            "unicode_escape").decode("ascii")
        head = f"'{shown}' ({self.codepoint} {self.unicode_name}) at position {self.index}"
        if self.kind == KIND_INVISIBLE:
            return f"{head} is invisible" + (f" (in '{_printable(self.word)}')" if self.word else "")
        if self.kind == KIND_ISOLATED:
            return (f"{head} looks like {self.expected_script} '{self.looks_like}' "
                    f"(the whole word '{self.word}' is {self.script} amid {self.expected_script} text)")
        if self.kind == KIND_COMPATIBILITY:
            return f"{head} is a compatibility form of {self.expected_script} '{self.looks_like}'"
        return f"{head} looks like {self.expected_script} '{self.looks_like}'"


@dataclass
class WordReport:
    """What the analysis found in one word (used by :mod:`concilium.text.scan`)."""

    start: int  # code-point offset of the word in the analysed string
    word: str
    scripts: tuple[str, ...]  # letter scripts present (neutral Common/Inherited left out)
    expected_script: str  # "" when the word has no letters
    findings: list[Lookalike] = field(default_factory=list)
    foreign: list[tuple[int, str]] = field(default_factory=list)  # (index, char) w/o counterpart
    isolated: bool = False  # a whole word in a look-alike script amid another script


    @property
    def mixed(self) -> bool:
        return len(self.scripts) > 1

    def repaired(self, fold_isolated: bool = False) -> str:
        """The word with look-alikes folded, compatibility forms NFKC'd, invisibles dropped.

        Whole words in a look-alike script (``isolated``) are folded only if asked.
        """
        if not self.findings or (self.isolated and not fold_isolated):
            return self.word
        chars = list(self.word)
        for f in self.findings:
            pos = f.index - self.start
            if f.kind == KIND_INVISIBLE:
                chars[pos] = ""
            else:
                chars[pos] = f.looks_like
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


def analyse(text: str, context: Counter | None = None,
            isolated: bool = False) -> Iterator[WordReport]:
    """Yield a :class:`WordReport` for every word of ``text`` that has a finding or mixes scripts.

    ``context`` (a :class:`collections.Counter` of script codes) carries the letter counts of
    text seen before this call, for streaming callers; it is updated in place.  With
    ``isolated``, whole words in a look-alike script amid text of another script are reported
    too (see :func:`_isolated_words`); :func:`lookalikes` does not do this.
    """
    t = _tables()
    doc = context if context is not None else Counter()
    pos = 0
    for line in text.splitlines(keepends=True):
        if not line.isascii():
            yield from _analyse_line(t, line, pos, doc, isolated)
        else:
            doc[t.latin_code] += len(line) >> 1  # cheap: about half of ASCII letters are anchors
        pos += len(line)


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------

_CODE_BASE = 0x100  # script id i is encoded as chr(_CODE_BASE + i) by str.translate


def _printable(s: str) -> str:
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in s)


def _class(ranges) -> str:
    return "".join(
        f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges
    )


class _ScriptCodes(dict):
    """A ``str.translate`` table: code point -> one-character script code, filled on demand."""

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self._t = tables

    def __missing__(self, cp: int) -> str:
        code = chr(_CODE_BASE + self._t.script_id(cp))
        self[cp] = code
        return code


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
        if code in t.trio and ch.isalpha():
            if not any(
                (twin := t.counterpart(ch, other)) is not None and _basic(twin, other, t)
                for other in t.trio if other != code
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

        marks = _class(_ucd.MARKS)
        ign = _class(_ucd.DEFAULT_IGNORABLE)
        compat = "".join(sorted(self.compat))
        wordish = rf"\w{marks}{ign}{compat}"
        # A candidate word: a run of word characters holding at least one non-ASCII one.
        # Apostrophes inside a word join it ("Sweden's", "don't").
        self.word_re = re.compile(rf"[{wordish}]+(?:['\u2019][{wordish}]+)*")
        self.trio = frozenset(self.code_of[n] for n in ("Latin", "Greek", "Cyrillic"))
        self.anchors = _AnchorCodes(self)
        self.candidate_re = re.compile(
            rf"(?:[{wordish}]+['\u2019])*[{wordish}]*(?:[^\x00-\x7f\W]|[{marks}{ign}{compat}])"
            rf"[{wordish}]*(?:['\u2019][{wordish}]+)*")
        self.counterparts: dict[tuple[str, str], str | None] = {}
        self._reverse: dict[str, dict[str, list[str]]] = {}

    def script_id(self, cp: int) -> int:
        i = bisect_right(self._starts, cp) - 1
        return self._ids[i] if i >= 0 and cp <= self._ends[i] else 0

    def name_of_code(self, code: str) -> str:
        return self.script_names[ord(code) - _CODE_BASE]

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
_NO_JOINER_SCRIPTS = {"Latin", "Greek", "Cyrillic", "Armenian", "Georgian", "Common",
                      "Inherited", "Unknown", "Han", "Hiragana", "Katakana", "Hangul"}


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
        if p >= 0 and text[p] == "\U0001F3F4":
            return True
    return False


def _make(ch: str, index: int, t: _Tables, looks_like: str, expected: str, word: str,
          kind: str) -> Lookalike:
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


def _analyse_line(t: _Tables, line: str, offset: int, doc: Counter,
                  isolated: bool = False) -> Iterator[WordReport]:
    state: dict[str, Counter] = {}
    codes_of = t.codes
    reports: list[WordReport] = []
    for m in t.candidate_re.finditer(line):
        word = m.group()
        codes = word.translate(codes_of)
        present = set(codes) - t.neutral
        if len(present) > 1 and (present & t.cjk) and (present - t.cjk):
            # CJK text has no spaces: a switch between a CJK and an alphabetic script is a word
            # boundary ("東京のNATO事務所"), not a mixed-script word.
            for sub in t.cjk_split_re.finditer(codes):
                a, b = sub.span()
                reports.extend(_analyse_word(t, line, offset, m.start() + a, word[a:b],
                                             codes[a:b], state, doc))
        else:
            reports.extend(_analyse_word(t, line, offset, m.start(), word, codes, state, doc))
    if "line" not in state:
        state["line"] = Counter(line.translate(t.anchors))
    anchors = state["line"]
    if isolated:
        raw = Counter(line.translate(codes_of))
        if sum(1 for c in t.trio if raw[c]) > 1:
            reports = _isolated_words(t, line, offset, reports, anchors)
    yield from reports
    doc.update(anchors)


def _isolated_words(t: _Tables, line: str, offset: int, reports: list[WordReport],
                    anchors: Counter) -> list[WordReport]:
    """Add whole words written in a look-alike script amid text of another script.

    A word entirely in Cyrillic (or Greek, or Latin) whose every letter has a *basic* twin in
    the line's dominant script (ASCII for Latin; the base Greek/Cyrillic blocks otherwise), when
    that script holds most of the line's *anchor* letters (letters with no basic twin in another
    script, which obfuscation cannot touch) and the run of such words it belongs to is bordered
    by words of the dominant script: the English article "a" typed as Cyrillic "а".  Single lowercase Greek
    letters in Latin text are left alone (α, β in science), and so are single Latin capitals in
    Cyrillic or Greek text ("план A", "витамин C").  These are reported, and folded only on
    request.
    """
    by_start = {r.start - offset: r for r in reports}
    words: list[tuple[int, str, str, str]] = []  # (start, word, resolved script code, codes)
    for m in t.word_re.finditer(line):
        word = m.group()
        codes = word.translate(t.codes)
        letters = [c for c in codes if c not in t.neutral]
        if not letters:
            continue
        rep = by_start.get(m.start())
        if rep is not None and rep.word == word and rep.expected_script:
            code = t.code_of[rep.expected_script]
        else:
            code = max(set(letters), key=letters.count)
        words.append((m.start(), word, code, codes))
    trio_anchors = Counter({c: anchors[c] for c in t.trio if anchors[c]})
    if not words or not trio_anchors:
        return reports
    dominant, n = trio_anchors.most_common(1)[0]
    if n < 0.5 * sum(anchors.values()):
        return reports
    # Candidates: single-script words of another script of the trio, every letter with a basic
    # twin in the dominant script.  A run of consecutive candidates ("а саѕе" for "a case")
    # is taken when it touches a dominant-script word on at least one side and no other
    # script on either side.
    cand: dict[int, list[str | None]] = {}
    for k, (at, word, code, codes) in enumerate(words):
        if code == dominant or code not in t.trio or at in by_start:
            continue
        if len(set(codes) - t.neutral) != 1:
            continue
        if len(word) == 1 and (
            (code == t.code_of["Greek"] and dominant == t.latin_code
             and word.islower())  # α, β in science
            or (code == t.latin_code and word.isupper())  # "план A", "витамин C"
        ):
            continue
        twins: list[str | None] = []
        for ch, c in zip(word, codes):
            if c in t.neutral:
                twins.append(None)
                continue
            twin = t.counterpart(ch, dominant)
            if twin is None or not _basic(twin, dominant, t):
                break
            twins.append(twin)
        else:
            cand[k] = twins
    added: list[WordReport] = []
    k = 0
    while k < len(words):
        if k not in cand:
            k += 1
            continue
        j = k
        while j + 1 in cand:
            j += 1
        sides = [words[k - 1][2] if k > 0 else None, words[j + 1][2] if j + 1 < len(words) else None]
        present_sides = [c for c in sides if c is not None]
        if present_sides and all(c == dominant for c in present_sides):
            for i in range(k, j + 1):
                at, word, code, _ = words[i]
                start = offset + at
                expected = t.name_of_code(dominant)
                rep = WordReport(start, word, (t.name_of_code(code),), expected, isolated=True)
                rep.findings = [
                    _make(ch, start + n, t, twin, expected, word, KIND_ISOLATED)
                    for n, (ch, twin) in enumerate(zip(word, cand[i])) if twin is not None
                ]
                added.append(rep)
        k = j + 1
    return sorted(reports + added, key=lambda r: r.start) if added else reports


def _basic(ch: str, code: str, t: _Tables) -> bool:
    if code == t.latin_code:
        return ch.isascii()
    return 0x0370 <= ord(ch) <= 0x045F


def _analyse_word(t: _Tables, line: str, offset: int, at: int, word: str, codes: str,
                  state: dict[str, Counter], doc: Counter) -> Iterator[WordReport]:
    present = set(codes) - t.neutral
    has_invisible = not t.invisible.isdisjoint(word)
    has_compat = not t.compat.isdisjoint(word)
    mixed = len(present) > 1 and not any(present <= s for s in t.compatible_sets)
    if not (mixed or has_invisible or has_compat):
        return
    start = offset + at
    if not present:
        expected_code = ""
    elif len(present) == 1:
        expected_code = next(iter(present))
    elif not mixed:  # Japanese/Korean mix: report against the word's majority script
        expected_code = max(sorted(present), key=codes.count)
    else:
        if "line" not in state:
            state["line"] = Counter(line.translate(t.anchors))
        candidates = set(present)
        line_anchors = state["line"]
        if line_anchors:
            # The line's own script competes even if the word holds none of its letters
            # ("Јοе": Cyrillic J and e, Greek o, in an English sentence).
            top = max(sorted(line_anchors), key=line_anchors.__getitem__)
            if top in t.trio:
                candidates.add(top)
        expected_code = _expected(t, word, codes, candidates, line_anchors, doc)
    expected = t.name_of_code(expected_code) if expected_code else ""
    report = WordReport(start, word, tuple(sorted(t.name_of_code(c) for c in present)), expected)
    for i, (ch, code) in enumerate(zip(word, codes)):
        if ch in t.invisible:
            if not _legit_invisible(t, line, at + i):
                report.findings.append(_make(ch, start + i, t, "", expected, word, KIND_INVISIBLE))
        elif ch in t.compat:
            norm = unicodedata.normalize("NFKC", ch)
            report.findings.append(
                _make(ch, start + i, t, norm, script_of(norm[0]), word, KIND_COMPATIBILITY))
        elif mixed and code != expected_code and code not in t.neutral:
            if any(code in s and expected_code in s for s in t.compatible_sets):
                continue  # Hiragana in a Han-based Japanese word etc.
            twin = t.counterpart(ch, expected_code)
            if twin is None:
                report.foreign.append((start + i, ch))
            else:
                report.findings.append(
                    _make(ch, start + i, t, twin, expected, word, KIND_HOMOGLYPH))
    if report.findings or report.foreign:
        yield report


def _expected(t: _Tables, word: str, codes: str, present: set[str], line_counts: Counter,
              doc: Counter) -> str:
    """The script a mixed word is meant to be in: fewest letters that cannot be mapped into it
    (for Latin, Greek and Cyrillic: mapped to a *basic* letter, so "hаd" is Latin, not Cyrillic
    "һаԁ"), then the line's dominant script by anchor letters, then the text's so far, then
    the word's own majority."""

    def unmappable(target: str) -> int:
        n = 0
        for ch, code in zip(word, codes):
            if code != target and code not in t.neutral:
                twin = t.counterpart(ch, target)
                if twin is None or (target in t.trio and not _basic(twin, target, t)):
                    n += 1
        return n

    return min(
        sorted(present),
        key=lambda c: (unmappable(c), -line_counts[c], -doc[c], -codes.count(c)),
    )
