"""The terminal view of a look-alike scan (``concilium scan``)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from concilium.report.tables import user
from concilium.text.safe import terminal_safe
from concilium.text.scan import ScanReport

__all__ = ["scan_view"]

_VERDICT_STYLE = {"clean": "bold green", "suspicious": "bold yellow", "obfuscated": "bold red"}


def _shown(ch: str) -> str:
    """A character as it can be seen: invisible and space characters by their escape."""
    return ch if ch.isprintable() and not ch.isspace() else ch.encode("unicode_escape").decode()


def scan_view(
    report: ScanReport, *, fix: bool = False, fold_isolated: bool = False
) -> RenderableType:
    """Verdict, why, the characters found, the first affected words, and notes."""
    verdict = report.verdict
    parts: list[RenderableType] = [
        Text.assemble(
            (terminal_safe(f"{report.source}: "), "bold"),
            (verdict, _VERDICT_STYLE[verdict]),
            f"  ({report.affected_words} of {report.words} words, {report.share:.2%}; "
            f"{report.encoding}, {report.lines} lines)",
        )
    ]
    parts.append(Text(report.explanation()))
    if report.characters:
        # six columns so that 80 terminal columns hold them; the Unicode name goes under the
        # character rather than in a column of its own
        table = Table(title="Characters", show_lines=False)
        table.add_column("character", overflow="fold", ratio=3)
        for col in ("script", "kind", "looks like"):
            table.add_column(col, overflow="fold", ratio=1)
        table.add_column("count (words)", justify="right", no_wrap=True)
        table.add_column("first at", no_wrap=True)
        for c in report.characters:
            table.add_row(
                Text(f"{_shown(c.char)} {c.codepoint} {c.unicode_name}"),
                c.script,
                c.kind,
                user(f"{c.expected_script} '{c.looks_like}'" if c.looks_like else "-"),
                f"{c.count} ({c.words})",
                f"{c.first_line}:{c.first_column}",
            )
        parts.append(table)
    if report.examples:
        ex = Table(title=f"First {len(report.examples)} affected words")
        for col in ("at", "word", "scripts", "repaired"):
            ex.add_column(col, overflow="fold")
        for e in report.examples:
            word = "".join(_shown(c) if not c.isprintable() else c for c in e["word"])
            ex.add_row(
                f"{e['line']}:{e['column']}",
                user(word),
                "+".join(e["scripts"]) or "-",
                user(e["repaired"]),
            )
        parts.append(ex)
    if report.mixed_unexplained_words:
        parts.append(
            Text.assemble(
                ("note: ", "yellow"),
                (
                    f"{report.mixed_unexplained_words} word(s) mix scripts without look-alike letters; "
                    "left as they are"
                ),
            )
        )
    if report.isolated_words and not fold_isolated and fix:
        parts.append(
            Text.assemble(
                ("note: ", "yellow"),
                (
                    f"{report.isolated_words} whole word(s) in a look-alike script were reported but "
                    "not folded (use --fold-isolated)"
                ),
            )
        )
    return Group(*parts)
