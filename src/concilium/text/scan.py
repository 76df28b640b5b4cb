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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from concilium.errors import InputError
from concilium.text.confusables import (
    KIND_COMPATIBILITY,
    KIND_HOMOGLYPH,
    KIND_INVISIBLE,
    KIND_ISOLATED,
    WordReport,
    _report,
    _suspects,
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
TEMPLATE_LIMIT = 20_000  # word analyses counted before they are folded into the totals
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


class _Scanner:
    """Accumulates a report over pieces of text and repairs each piece."""

    def __init__(self, report: ScanReport, fold_isolated: bool) -> None:
        self.report = report
        self.memo: dict = {}
        self.by_template: dict[int, list] = {}
        self.fold_isolated = fold_isolated
        self.context: Counter = Counter()
        self.chars: dict[tuple[str, str, str], CharStat] = {}
        self.scripts: Counter = Counter()
        self.line = 1  # line number at the start of the next piece
        self.col_base = 0  # characters since the last line end, at the start of the next piece
        self.seen_text = False

    def feed(self, piece: str, repair: bool) -> str | None:
        """Analyse one piece (ending at a line end, except possibly the last); return the
        repaired piece if asked.

        The loop below runs once per affected word, so it works on the shared analyses
        (templates) directly: a repeated spelling costs a dictionary lookup and, for the
        repair, two list appends.  Objects are built only for first occurrences.
        """
        rep = self.report
        rep.characters_read += len(piece)
        if not self.seen_text and not piece.isspace():
            self.seen_text = True
        rep.words += _WORD_COUNT_RE.subn("", piece)[1]  # counts matches without a list
        out: list[str] = []
        last = 0
        changed = 0
        fold_isolated = self.fold_isolated
        by_template = self.by_template
        examples = rep.examples
        want_examples = len(examples) < MAX_EXAMPLES
        for start, tpl in _suspects(piece, self.context, isolated=True, memo=self.memo):
            marks, isolated = tpl[4], tpl[7]
            if want_examples and marks:
                self._example(piece, _report(start, tpl))
                want_examples = len(examples) < MAX_EXAMPLES
            if isolated:  # found by position, not by spelling: counted one by one
                wr = _report(start, tpl)
                self._first_seen(piece, wr)
                self._add(wr, 1)
            else:
                entry = by_template.get(id(tpl))
                if entry is not None:
                    entry[1] += 1
                else:
                    wr = _report(start, tpl)
                    self._first_seen(piece, wr)
                    by_template[id(tpl)] = [wr, 1]
                    if len(by_template) > TEMPLATE_LIMIT:
                        self._flush()
            if repair and marks and (fold_isolated or not isolated):
                out.append(piece[last:start])
                out.append(tpl[6])
                last = start + len(tpl[1])
                changed += len(marks)
        rep.changed_characters += changed
        newlines = piece.count("\n")
        if newlines:
            self.col_base = len(piece) - piece.rindex("\n") - 1
        else:
            self.col_base += len(piece)
        self.line += newlines
        rep.lines = self.line - (1 if piece.endswith("\n") else 0)
        if not repair:
            return None
        if last == 0:
            return piece
        out.append(piece[last:])
        return "".join(out)

    def _where(self, piece: str, index: int) -> tuple[int, int]:
        before = piece.count("\n", 0, index)
        line = self.line + before
        if before:
            col = index - piece.rindex("\n", 0, index)
        else:
            col = self.col_base + index + 1
        return line, col

    def _first_seen(self, piece: str, wr: WordReport) -> None:
        for k, (i, kind, like) in enumerate(wr.marks):
            key = (wr.word[i], kind, like)
            if key not in self.chars:
                f = wr.finding(k)  # this mark's finding only (not all of the word's, per key)
                line, col = self._where(piece, f.index)
                self.chars[key] = CharStat(
                    f.char,
                    f.codepoint,
                    f.unicode_name,
                    f.script,
                    f.kind,
                    f.looks_like,
                    f.expected_script,
                    first_line=line,
                    first_column=col,
                )

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

    def _add(self, wr: WordReport, n: int) -> None:
        rep = self.report
        marks = wr.marks
        if not marks:
            if wr.foreign:
                rep.mixed_unexplained_words += n
            return
        rep.affected_words += n
        kinds = {k for _, k, _ in marks}
        if KIND_HOMOGLYPH in kinds:
            rep.homoglyph_words += n
        if KIND_ISOLATED in kinds:
            rep.isolated_words += n
        if KIND_INVISIBLE in kinds:
            rep.invisible_words += n
        if KIND_COMPATIBILITY in kinds:
            rep.compatibility_words += n
        seen: set[tuple[str, str, str]] = set()
        for i, kind, like in marks:
            key = (wr.word[i], kind, like)
            stat = self.chars[key]
            stat.count += n
            if key not in seen:
                stat.words += n
                seen.add(key)
            if kind == KIND_HOMOGLYPH or kind == KIND_ISOLATED:
                self.scripts[stat.script] += n

    def _flush(self) -> None:
        for wr, n in self.by_template.values():
            self._add(wr, n)
        self.by_template.clear()

    def finish(self) -> ScanReport:
        self._flush()
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
