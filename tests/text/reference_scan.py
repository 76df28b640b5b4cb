"""The scanner as it was before the vectorised engine (commit 85b6bd3), kept as an oracle.

``reference_scan`` runs the old per-template loop over :func:`concilium.text.confusables._suspects`
(the Python word analysis, which :func:`concilium.text.confusables.analyse` still uses).  The tests
in ``test_scan_equivalence.py`` check that :mod:`concilium.text.scan` gives the same report and the
same repair on every input.  Only for tests; do not import from the package.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

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
from concilium.text.scan import MAX_EXAMPLES, CharStat, ScanReport

TEMPLATE_LIMIT = 20_000  # word analyses counted before they are folded into the totals
_WORD_COUNT_RE = re.compile(r"\w+")


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


def reference_scan_text(
    text: str, *, fix: bool = False, fold_isolated: bool = False, source: str = "<text>"
) -> tuple[ScanReport, str | None]:
    """Scan a string; with ``fix`` also return the repaired string (else ``None``)."""
    scanner = _Scanner(ScanReport(source=source, encoding="str"), fold_isolated)
    fixed = scanner.feed(text, repair=fix)
    report = scanner.finish()
    report.repaired = fix
    return report, fixed
