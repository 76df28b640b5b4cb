"""Text commands: ``scan`` (look-alike obfuscation) and ``draft`` (article -> draft scenario)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.errors import InputError

_VERDICT_STYLE = {"clean": "bold green", "suspicious": "bold yellow", "obfuscated": "bold red"}


def _fmt(value: str) -> str:
    v = value.lower()
    if v not in ("table", "json"):
        raise InputError(f"--format {value!r} is not one of table, json")
    return v


def _shown(ch: str) -> str:
    return ch if ch.isprintable() and not ch.isspace() else ch.encode("unicode_escape").decode()


@app.command()
def scan(
    file: Annotated[Path, typer.Argument(help="text file to scan (UTF-8, or UTF-16 with BOM)")],
    fix: Annotated[bool, typer.Option("--fix", help="write the repaired text")] = False,
    out: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="where --fix writes (default: FILE.fixed.txt beside FILE)")] = None,
    fold_isolated: Annotated[bool, typer.Option(
        "--fold-isolated", help="also fold whole words written in a look-alike script "
        "(e.g. a Cyrillic 'а' standing for the English article 'a')")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Report look-alike letters, invisible characters and compatibility forms; verdict
    clean / suspicious / obfuscated.  --fix writes the repaired text."""
    from concilium.text.scan import scan_file

    fmt = _fmt(fmt)
    if out is not None and not fix:
        raise InputError("--output is only used with --fix", hint="add --fix")
    target = None
    if fix:
        target = out if out is not None else file.with_name(file.stem + ".fixed" + (
            file.suffix or ".txt"))
    report = scan_file(file, out=target, fold_isolated=fold_isolated)
    if fmt == "json":
        console.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    verdict = report.verdict
    console.print(Text.assemble(
        (f"{file}: ", "bold"), (verdict, _VERDICT_STYLE[verdict]),
        f"  ({report.affected_words} of {report.words} words, {report.share:.2%}; "
        f"{report.encoding}, {report.lines} lines)"))
    console.print(report.explanation())
    if report.characters:
        table = Table(title="Characters", show_lines=False)
        for col in ("char", "code point", "name", "script", "kind", "looks like", "count",
                    "words", "first at"):
            table.add_column(col)
        for c in report.characters:
            table.add_row(_shown(c.char), c.codepoint, c.unicode_name, c.script, c.kind,
                          (f"{c.expected_script} '{c.looks_like}'" if c.looks_like else "-"),
                          str(c.count), str(c.words), f"{c.first_line}:{c.first_column}")
        console.print(table)
    if report.examples:
        ex = Table(title=f"First {len(report.examples)} affected words")
        for col in ("at", "word", "scripts", "repaired"):
            ex.add_column(col)
        for e in report.examples:
            ex.add_row(f"{e['line']}:{e['column']}", _shown_word(e["word"]),
                       "+".join(e["scripts"]) or "-", e["repaired"])
        console.print(ex)
    if report.mixed_unexplained_words:
        console.print(f"[yellow]note:[/] {report.mixed_unexplained_words} word(s) mix scripts "
                      "without look-alike letters; left as they are")
    if report.isolated_words and not fold_isolated and fix:
        console.print(f"[yellow]note:[/] {report.isolated_words} whole word(s) in a look-alike "
                      "script were reported but not folded (use --fold-isolated)")
    if report.output:
        err_console.print(f"wrote {report.output} ({report.changed_characters} characters "
                          "changed)")


def _shown_word(word: str) -> str:
    return "".join(_shown(c) if not c.isprintable() else c for c in word)
