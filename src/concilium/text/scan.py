"""Scan text for look-alike obfuscation and repair it, streaming.

:func:`scan_text` and :func:`scan_file` report which characters imitate which, where, from
which script, in how many words, and a verdict; with a repair target they also write the text
back with

* look-alike letters inside mixed-script words folded to the word's expected script (the
  letter of that script with the same TR39 skeleton, see :mod:`concilium.text.confusables`);
* compatibility forms (fullwidth, mathematical, circled letters and digits) replaced by their
  NFKC form, character by character (NFKC of the whole text would also flatten "km²");
* invisible characters (Default_Ignorable_Code_Point other than variation selectors, where
  they do no legitimate job) removed.

Words written wholly in one script are left alone, whatever the script.  Whole words in a
look-alike script amid text of another script (the English article "a" typed as Cyrillic
"а") are *reported* (kind ``isolated``) and folded only with ``fold_isolated=True``.

Verdict (``share`` = affected words / words, a word being a run of letters and digits):

* ``clean``: no finding at all;
* ``obfuscated``: at least :data:`OBFUSCATED_MIN_WORDS` affected words making at least
  :data:`OBFUSCATED_SHARE` of all words: systematic substitution, not an accident;
* ``suspicious``: anything in between (a stray soft hyphen, one spoofed name).

Files are read in chunks (:data:`CHUNK_BYTES`) and cut at line ends, so memory stays constant
however large the file; only counters and the first :data:`MAX_EXAMPLES` examples are kept.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np

from concilium.errors import InputError
from concilium.text import _scanvec
from concilium.text._scanvec import KINDS
from concilium.text.confusables import (
    _CODE_BASE,
    KIND_COMPATIBILITY,
    WordReport,
    _report,
    _tables,
    script_of,
    unicode_versions,
)

__all__ = [
    "OBFUSCATED_MIN_WORDS",
    "OBFUSCATED_SHARE",
    "CharStat",
    "ScanReport",
    "read_text",
    "repair",
    "scan_file",
    "scan_text",
    "verdict",
]

OBFUSCATED_SHARE = 0.02
OBFUSCATED_MIN_WORDS = 3
CHUNK_BYTES = 1 << 20
MAX_EXAMPLES = 20
_MAX_CARRY = 1 << 22  # characters kept waiting for a line end before cutting at a space

_WORD_COUNT_RE = re.compile(r"\w+")


@dataclass
class CharStat:
    """One distinct suspicious character and how often it occurs."""

    char: str
    codepoint: str
    unicode_name: str
    script: str
    kind: str
    looks_like: str
    expected_script: str
    count: int = 0
    words: int = 0  # words it occurs in (a word with it twice counts once)
    first_line: int = 0
    first_column: int = 0


@dataclass
class ScanReport:
    """The result of a scan.  ``to_dict()`` gives the JSON form."""

    source: str
    encoding: str
    bytes: int = 0
    characters_read: int = 0
    lines: int = 0
    words: int = 0
    affected_words: int = 0
    homoglyph_words: int = 0
    isolated_words: int = 0
    invisible_words: int = 0
    compatibility_words: int = 0
    mixed_unexplained_words: int = 0  # mixed scripts but no look-alike (Cyrillic "ж" in Latin)
    by_script: dict[str, int] = field(default_factory=dict)  # look-alike letters per script
    characters: list[CharStat] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)
    repaired: bool = False
    changed_characters: int = 0
    output: str | None = None
    unicode: dict[str, str] = field(default_factory=dict)

    @property
    def share(self) -> float:
        return self.affected_words / self.words if self.words else 0.0

    @property
    def verdict(self) -> str:
        return verdict(self.words, self.affected_words)

    def explanation(self) -> str:
        """Why the verdict: one sentence."""
        if self.verdict == "clean":
            return f"No look-alike, invisible or compatibility characters in {self.words} words."
        kinds = ", ".join(
            f"{n} {label}"
            for n, label in (
                (self.homoglyph_words, "with look-alike letters from another script"),
                (self.isolated_words, "written wholly in a look-alike script"),
                (self.invisible_words, "with invisible characters"),
                (self.compatibility_words, "with compatibility forms"),
            )
            if n
        )
        rule = (
            f">= {OBFUSCATED_MIN_WORDS} words and >= {OBFUSCATED_SHARE:.0%} of words"
            if self.verdict == "obfuscated"
            else f"below the obfuscation threshold of {OBFUSCATED_MIN_WORDS} words and "
            f"{OBFUSCATED_SHARE:.0%} of words"
        )
        return (
            f"{self.affected_words} of {self.words} words ({self.share:.1%}) are affected "
            f"({kinds}): {rule}."
        )

    def to_dict(self) -> dict:
        d = asdict(self)
        d["share"] = round(self.share, 6)
        d["verdict"] = self.verdict
        d["explanation"] = self.explanation()
        return d


def verdict(words: int, affected: int) -> str:
    """``clean`` / ``suspicious`` / ``obfuscated`` from word counts (thresholds in module doc)."""
    if affected == 0:
        return "clean"
    if affected >= OBFUSCATED_MIN_WORDS and affected >= OBFUSCATED_SHARE * words:
        return "obfuscated"
    return "suspicious"


# ----------------------------------------------------------------------------- the engine

_PART = 1 << 20  # characters analysed at once (whole lines; a longer line on its own)


def _line_parts(text: str, size: int) -> list[str]:
    """``text`` cut after line ends into parts of at most ``size`` characters, except where
    one line is longer (it stays whole)."""
    parts = []
    a = 0
    while len(text) - a > size:
        cut = text.rfind("\n", a, a + size) + 1
        if cut <= a:  # the line at a is longer than size: up to its end
            cut = text.find("\n", a + size) + 1 or len(text)
        parts.append(text[a:cut])
        a = cut
    if a < len(text):
        parts.append(text[a:])
    return parts


class _Scanner:
    """Accumulates a report over pieces of text and repairs each piece.

    The word analysis of a piece comes as arrays (:func:`concilium.text._scanvec.
    analyse_piece`): the reported words, their marks and foreign letters.  Counting, the
    character statistics and the repair are done on those arrays; objects are built only for
    the distinct characters found and the first :data:`MAX_EXAMPLES` examples.
    """

    def __init__(self, report: ScanReport, fold_isolated: bool) -> None:
        self.report = report
        self.memo: dict = {}
        self.fold_isolated = fold_isolated
        self.context: Counter = Counter()
        self.chars: dict[tuple[str, str, str], CharStat] = {}
        self.scripts: Counter = Counter()
        self.facts = _scanvec.Facts(_tables())
        self.line = 1  # line number at the start of the next piece
        self.col_base = 0  # characters since the last line end, at the start of the next piece
        self.seen_text = False

    def feed(self, piece: str, repair: bool) -> str | None:
        """Analyse one piece (ending at a line end, except possibly the last); return the
        repaired piece if asked.  A long piece is analysed in parts of whole lines (about
        :data:`_PART` characters, or one longer line), which changes no result and bounds
        the arrays' memory."""
        if len(piece) > _PART:
            parts = _line_parts(piece, _PART)
            if len(parts) > 1:
                fixed = [self.feed(part, repair) for part in parts]
                return "".join(fixed) if repair else None  # type: ignore[arg-type]
        rep = self.report
        rep.characters_read += len(piece)
        if not self.seen_text and not piece.isspace():
            self.seen_text = True
        rep.words += _WORD_COUNT_RE.subn("", piece)[1]  # counts matches without a list
        found = _scanvec.analyse_piece(piece, self.facts, self.context, self.memo)
        fixed = piece
        if found is not None and len(found.start):
            self._count(piece, found)
            if repair:
                fixed = self._repair(piece, found)
        newlines = piece.count("\n")
        if newlines:
            self.col_base = len(piece) - piece.rindex("\n") - 1
        else:
            self.col_base += len(piece)
        self.line += newlines
        rep.lines = self.line - (1 if piece.endswith("\n") else 0)
        return fixed if repair else None

    def _count(self, piece: str, found: _scanvec.Piece) -> None:
        rep = self.report
        want = MAX_EXAMPLES - len(rep.examples)
        if want > 0:
            for w in np.flatnonzero(found.nmarks)[:want].tolist():
                tpl = found.template.get(w)
                if tpl is None:
                    self._array_example(piece, found, w)
                else:
                    self._example(piece, _report(int(found.start[w]), tpl))
        marked = found.nmarks > 0
        rep.affected_words += int(np.count_nonzero(marked))
        rep.mixed_unexplained_words += int(np.count_nonzero(~marked & (found.nforeign > 0)))
        nwords = len(found.start)
        for kind, name in enumerate(
            ("homoglyph_words", "isolated_words", "invisible_words", "compatibility_words")
        ):
            words = found.m_word[found.m_kind == kind]
            if len(words):
                n = int(np.count_nonzero(np.bincount(words, minlength=nwords)))
                setattr(rep, name, getattr(rep, name) + n)
        # the marks in batches of whole words (so that memory stays moderate), in text order
        a, total = 0, len(found.m_pos)
        while a < total:
            b = min(a + _scanvec.BATCH, total)
            b = int(np.searchsorted(found.m_word, found.m_word[b - 1], side="right"))
            self._count_marks(piece, found, a, b)
            a = b

    def _count_marks(self, piece: str, found: _scanvec.Piece, a: int, b: int) -> None:
        """Character statistics and look-alikes per script of marks ``a:b`` (whole words)."""
        m_pos, m_word, m_kind = found.m_pos[a:b], found.m_word[a:b], found.m_kind[a:b]
        # distinct (character, kind, look-alike): count, words, first occurrence
        cp = found.cps[m_pos].astype(np.int64)
        key = ((cp << 26) | found.m_like[a:b]) << 2 | m_kind
        del cp
        uniq, first, _, count, words = _scanvec.groups(key, m_word)
        del key
        likes = self.facts.likes
        t = _tables()
        for j in np.argsort(first, kind="stable").tolist():
            k = int(uniq[j])
            kind = KINDS[k & 3]
            like = likes[(k >> 2) & ((1 << 26) - 1)]
            ch = chr(k >> 28)
            stat = self.chars.get((ch, kind, like))
            if stat is None:
                at = int(m_pos[first[j]])
                if kind == KIND_COMPATIBILITY:
                    expected = script_of(like[0])
                else:
                    e = int(found.expected[m_word[first[j]]])
                    expected = t.script_names[e] if e >= 0 else ""
                line, col = self._where(piece, at)
                stat = self.chars[(ch, kind, like)] = CharStat(
                    ch,
                    f"U+{ord(ch):04X}",
                    unicodedata.name(ch, f"<unnamed U+{ord(ch):04X}>"),
                    script_of(ch),
                    kind,
                    like,
                    expected,
                    first_line=line,
                    first_column=col,
                )
            stat.count += int(count[j])
            stat.words += int(words[j])
        # look-alike letters per script, scripts in order of first occurrence
        lookalike = m_kind <= 1  # homoglyph or isolated
        if lookalike.any():
            sid = self.facts.a.sid[found.slots[m_pos[lookalike]]]
            uniq, first, _, count, _ = _scanvec.groups(sid)
            for j in np.argsort(first, kind="stable").tolist():
                self.scripts[t.script_names[int(uniq[j])]] += int(count[j])

    def _repair(self, piece: str, found: _scanvec.Piece) -> str:
        """The piece with the marks of its words replaced (whole words in a look-alike script
        only with ``fold_isolated``)."""
        if self.fold_isolated:
            pos, like = found.m_pos, found.m_like
        else:
            apply = ~found.isolated[found.m_word]
            pos, like = found.m_pos[apply], found.m_like[apply]
        self.report.changed_characters += len(pos)
        return self._apply(piece, found.cps, pos, like)

    def _apply(self, piece: str, cps: np.ndarray, pos: np.ndarray, like: np.ndarray) -> str:
        """``piece`` (code points ``cps``) with the characters at ``pos`` replaced by the
        look-alike strings ``like`` (ids; "" removes the character)."""
        if not len(pos):
            return piece
        like_cp, like_len = self.facts.like_arrays()
        n = like_len[like]
        if (n > 1).any():  # a replacement of several characters (NFKC of "⑩" is "10")
            likes = self.facts.likes
            out: list[str] = []
            last = 0
            for p, k in zip(pos.tolist(), like.tolist()):
                out.append(piece[last:p])
                out.append(likes[k])
                last = p + 1
            out.append(piece[last:])
            return "".join(out)
        cps = cps.copy()
        one = n == 1
        cps[pos[one]] = like_cp[like[one]]
        if not one.all():  # removals
            keep = np.ones(len(cps), bool)
            keep[pos[~one]] = False
            cps = cps[keep]
        return codecs.decode(memoryview(cps), "utf-32-le", "surrogatepass")

    def _array_example(self, piece: str, found: _scanvec.Piece, w: int) -> None:
        """The example of a word analysed in arrays (the fields of :meth:`_example`), built
        from the arrays: a huge word may hold hundreds of thousands of findings."""
        start, end = int(found.start[w]), int(found.end[w])
        a, b = np.searchsorted(found.m_pos, [start, end])
        pos, kind, like = found.m_pos[a:b], found.m_kind[a:b], found.m_like[a:b]
        line, col = self._where(piece, start)  # a word holds no line end
        t = _tables()
        e = int(found.expected[w])
        expected = t.script_names[e] if e >= 0 else ""
        key = ((found.cps[pos].astype(np.int64) << 26) | like) << 2 | kind
        uniq, _, inverse, _, _ = _scanvec.groups(key, inverse=True)
        likes = self.facts.likes
        fields = []
        for k in uniq.tolist():
            ch, kd, lk = chr(k >> 28), KINDS[k & 3], likes[(k >> 2) & ((1 << 26) - 1)]
            fields.append(
                {
                    "char": ch,
                    "codepoint": f"U+{ord(ch):04X}",
                    "unicode_name": unicodedata.name(ch, f"<unnamed U+{ord(ch):04X}>"),
                    "script": script_of(ch),
                    "kind": kd,
                    "looks_like": lk,
                    "expected_script": script_of(lk[0]) if kd == KIND_COMPATIBILITY else expected,
                }
            )
        columns = (pos + (col - start)).tolist()
        # one dict per finding, "column" first: copies of per-character templates
        templates = [{"column": 0, **f} for f in fields]
        findings = list(map(dict.copy, map(templates.__getitem__, inverse.tolist())))
        for d, c in zip(findings, columns):
            d["column"] = c
        a_ = self.facts.a
        sl = found.slots[start:end]
        sids = _scanvec._distinct(a_.sid[sl][~a_.neutral[sl]]).tolist()
        scripts = t.script_names_of({chr(_CODE_BASE + s) for s in sids})
        self.report.examples.append(
            {
                "line": line,
                "column": col,
                "word": piece[start:end],
                "repaired": self._apply(piece[start:end], found.cps[start:end], pos - start, like),
                "scripts": list(scripts),
                "expected_script": expected,
                "findings": findings,
            }
        )

    def _where(self, piece: str, index: int) -> tuple[int, int]:
        before = piece.count("\n", 0, index)
        line = self.line + before
        if before:
            col = index - piece.rindex("\n", 0, index)
        else:
            col = self.col_base + index + 1
        return line, col

    def _example(self, piece: str, wr: WordReport) -> None:
        line, col = self._where(piece, wr.start)
        if "\n" in wr.word:

            def column(index: int) -> int:
                return self._where(piece, index)[1]
        else:  # within a word without a line end, columns advance with the index

            def column(index: int) -> int:
                return col + index - wr.start

        self.report.examples.append(
            {
                "line": line,
                "column": col,
                "word": wr.word,
                "repaired": wr.repaired(self.fold_isolated),
                "scripts": list(wr.scripts),
                "expected_script": wr.expected_script,
                "findings": [
                    {"column": column(wr.start + i), **fields}
                    for i, fields in self._finding_fields(wr)
                ],
            }
        )

    @staticmethod
    def _finding_fields(wr: WordReport) -> Iterator[tuple[int, dict]]:
        """``(index in word, fields)`` of each finding; the fields are worked out once per
        distinct (character, kind, look-alike), as a huge word repeats few of them."""
        done: dict[tuple[str, str, str], dict] = {}
        for k, (i, kind, like) in enumerate(wr.marks):
            key = (wr.word[i], kind, like)
            fields = done.get(key)
            if fields is None:
                f = wr.finding(k)
                fields = done[key] = {
                    "char": f.char,
                    "codepoint": f.codepoint,
                    "unicode_name": f.unicode_name,
                    "script": f.script,
                    "kind": f.kind,
                    "looks_like": f.looks_like,
                    "expected_script": f.expected_script,
                }
            yield i, fields

    def finish(self) -> ScanReport:
        rep = self.report
        rep.characters = sorted(self.chars.values(), key=lambda s: (-s.count, s.codepoint))
        rep.by_script = dict(self.scripts.most_common())
        rep.unicode = unicode_versions()
        return rep


def scan_text(
    text: str, *, fix: bool = False, fold_isolated: bool = False, source: str = "<text>"
) -> tuple[ScanReport, str | None]:
    """Scan a string; with ``fix`` also return the repaired string (else ``None``)."""
    scanner = _Scanner(ScanReport(source=source, encoding="str"), fold_isolated)
    fixed = scanner.feed(text, repair=fix)
    report = scanner.finish()
    report.repaired = fix
    return report, fixed


def repair(text: str, *, fold_isolated: bool = False) -> str:
    """The repaired text (see the module docstring for what is changed)."""
    return scan_text(text, fix=True, fold_isolated=fold_isolated)[1] or ""


# ------------------------------------------------------------------------- files, streamed


def _pieces(chunks: Iterable[str]) -> Iterator[str]:
    """Re-cut decoded chunks at line ends so no word (and no line) is split between pieces."""
    carry = ""
    for chunk in chunks:
        buf = carry + chunk
        cut = buf.rfind("\n") + 1
        if cut == 0 and len(buf) > _MAX_CARRY:  # one enormous line: cut at a space instead
            cut = max(buf.rfind(" "), buf.rfind("\t")) + 1 or len(buf)
        if cut:
            yield buf[:cut]
            carry = buf[cut:]
        else:
            carry = buf
    if carry:
        yield carry


def _decoded_chunks(fh: BinaryIO, source: str, report: ScanReport) -> Iterator[str]:
    """Decode a byte stream: UTF-8 (an initial BOM dropped), or UTF-16 when it starts with a
    UTF-16 byte-order mark.  Raise one InputError naming the encodings tried."""
    head = fh.read(CHUNK_BYTES)
    if not head:
        raise InputError(
            "the file is empty", hint="give a text file with the article", source=source
        )
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and head[:4] != codecs.BOM_UTF32_LE:
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    report.encoding = "UTF-16 (with byte-order mark)" if encoding == "utf-16" else "UTF-8"
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    consumed = 0  # bytes handed to the decoder before this chunk
    lines_before = 0
    chunk = head
    while chunk:
        report.bytes += len(chunk)
        if encoding != "utf-16" and b"\x00" in chunk:
            at = consumed + chunk.index(b"\x00")
            raise InputError(
                f"this looks like a binary file: NUL byte at byte offset {at}",
                hint="tried UTF-8 and UTF-16 with a byte-order mark; give a text file "
                "(UTF-16 text needs its byte-order mark)",
                source=source,
            )
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            pending = len(decoder.getstate()[0]) if encoding != "utf-16" else 0
            at = consumed - pending + exc.start
            line = lines_before + chunk[: max(exc.start - pending, 0)].count(b"\n") + 1
            bad = exc.object[exc.start : exc.start + 1].hex()
            raise InputError(
                f"cannot decode as {report.encoding}: invalid byte 0x{bad} at byte offset {at}",
                line=line,
                hint="tried UTF-8, then UTF-16 (only used when the file starts with a UTF-16 "
                "byte-order mark); convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t "
                "UTF-8` for Western European text",
                source=source,
            ) from None
        if "\x00" in text:
            raise InputError(
                "this looks like a binary file: it decodes to NUL characters",
                hint="give a text file",
                source=source,
            )
        lines_before += text.count("\n")
        consumed += len(chunk)
        yield text
        chunk = fh.read(CHUNK_BYTES)
    try:
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(
            f"cannot decode as {report.encoding}: the file ends in the middle of a character",
            hint="the file is truncated or not text",
            source=source,
        ) from None
    if tail:
        yield tail


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a whole text file with the same decoding rules and errors as :func:`scan_file`."""
    from concilium.io.limits import read_input

    path = Path(path)
    report = ScanReport(source=str(path), encoding="")
    raw = read_input(path, what="a text file")  # regular files only, at most the size limit
    with io.BytesIO(raw) as fh:
        text = "".join(_decoded_chunks(fh, str(path), report))
    if not text.strip():
        raise InputError("the file has no text (only white space)", source=str(path))
    return text


def scan_file(
    path: str | os.PathLike[str],
    *,
    out: str | os.PathLike[str] | None = None,
    fold_isolated: bool = False,
    force: bool = False,
) -> ScanReport:
    """Scan a file, streaming; with ``out``, write the repaired text there.

    The repaired text keeps the input's encoding and byte-order mark (UTF-8 with or without
    a BOM, UTF-16 LE or BE with its BOM).  ``out`` follows :mod:`concilium.io.output`: written
    atomically and only when the whole input has been read (a failure leaves an existing
    ``out`` untouched); ``out`` may be the input file itself (in-place repair), any other
    existing file needs ``force``; ``-`` is standard output.
    """
    from concilium.io.limits import open_input
    from concilium.io.output import check_output, open_output

    path = Path(path)
    if out is not None:
        check_output(out, inputs=[path], force=force, in_place=True)
    report = ScanReport(source=str(path), encoding="")
    scanner = _Scanner(report, fold_isolated)
    # Regular files only (a FIFO or /dev/zero would never end); streamed, so no size limit.
    with open_input(path, what="a text file") as fh:
        if out is None:
            for piece in _pieces(_decoded_chunks(fh, str(path), report)):
                scanner.feed(piece, repair=False)
        else:
            codec, bom = _output_codec(fh.read(4))
            fh.seek(0)
            with open_output(out, inputs=[path], force=force, in_place=True) as raw:
                raw.write(bom)
                encoder = codecs.getincrementalencoder(codec)()
                for piece in _pieces(_decoded_chunks(fh, str(path), report)):
                    raw.write(encoder.encode(scanner.feed(piece, repair=True)))
                raw.write(encoder.encode("", final=True))
                if not scanner.seen_text:  # raised inside the block: nothing is written
                    raise InputError(
                        "the file has no text (only white space or a byte-order mark)",
                        hint="give a text file with the article",
                        source=str(path),
                    )
            report.repaired = True
            report.output = str(out)
    if not scanner.seen_text:
        raise InputError(
            "the file has no text (only white space or a byte-order mark)",
            hint="give a text file with the article",
            source=str(path),
        )
    return scanner.finish()


def _output_codec(head: bytes) -> tuple[str, bytes]:
    """The codec (without BOM) and the BOM to write, so the output keeps the input's form."""
    if head.startswith(codecs.BOM_UTF16_LE) and head[:4] != codecs.BOM_UTF32_LE:
        return "utf-16-le", codecs.BOM_UTF16_LE
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    return "utf-8", b""
