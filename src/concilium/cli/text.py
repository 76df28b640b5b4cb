"""Text commands: ``scan`` (look-alike obfuscation) and ``draft`` (article -> draft scenario)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, console, err_console
from concilium.cli._options import check_format, parse_date
from concilium.errors import InputError
from concilium.text.safe import json_dumps, terminal_safe


@app.command()
def scan(
    file: Annotated[Path, typer.Argument(help="text file to scan (UTF-8, or UTF-16 with BOM)")],
    fix: Annotated[bool, typer.Option("--fix", help="write the repaired text")] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="where --fix writes: a file, FILE itself to repair it in place, "
            "or - for standard output (default: FILE.fixed.txt beside FILE); the input's encoding "
            "and byte-order mark are kept",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="replace an existing output file (not needed for FILE itself)"
        ),
    ] = False,
    fold_isolated: Annotated[
        bool,
        typer.Option(
            "--fold-isolated",
            help="also fold whole words written in a look-alike script "
            "(e.g. a Cyrillic 'а' standing for the English article 'a')",
        ),
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="exit with status 1 when the verdict is not clean (for scripts and CI)",
        ),
    ] = False,
) -> None:
    """Report look-alike letters, invisible characters and compatibility forms; verdict
    clean / suspicious / obfuscated.  --fix writes the repaired text; --check makes a finding
    exit with status 1."""
    from concilium.text.scan import scan_file

    fmt = check_format(fmt)
    if out is not None and not fix:
        raise InputError("--output is only used with --fix", hint="add --fix")
    target = None
    if fix:
        target = (
            out
            if out is not None
            else file.with_name(file.stem + ".fixed" + (file.suffix or ".txt"))
        )
    report = scan_file(file, out=target, fold_isolated=fold_isolated, force=force)
    to_stdout = target is not None and str(target) == "-"  # then the report goes to stderr
    show = err_console if to_stdout else console
    if fmt == "json":
        # plain output: rich would wrap long lines and break the JSON
        typer.echo(json_dumps(report.to_dict(), indent=2), err=to_stdout)
        if check and report.verdict != "clean":
            raise typer.Exit(1)
        return
    from concilium.report.scan import scan_view

    show.print(scan_view(report, fix=fix, fold_isolated=fold_isolated))
    if report.output and report.output != "-":
        err_console.print(
            Text(
                f"wrote {report.output} ({report.changed_characters} characters "
                f"changed; encoding kept: {report.encoding})"
            )
        )
    if check and report.verdict != "clean":
        raise typer.Exit(1)


@app.command()
def draft(
    articles: Annotated[
        list[Path],
        typer.Argument(
            help="news articles: plain text or HTML (UTF-8); several reports of one decision are "
            "merged"
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="write the draft scenario here (YAML); default or -: print it",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing output file")] = False,
    body: Annotated[
        str | None,
        typer.Option(
            "--body",
            help="the deciding body (nato, eu-council, unsc, unga); default: from the article",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="decision date YYYY-MM-DD; default: the first date in the article (a "
            "dateline without a year: inferred from the weekday, else assumed and said)",
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="auto (spaCy when installed), spacy, rules (cue words only), or spacy+model "
            "(spaCy, then the learned fallback for the stances it leaves out, marked "
            "'model-inferred')",
        ),
    ] = "auto",
) -> None:
    """Draft a scenario from news articles: actors, rule cues, issues, stances with evidence.

    Each article is repaired for look-alike characters first.  With several articles the
    stances are merged (latest date wins, evidence from each kept) and conflicts between
    sources are reported.  Salience and capability are left as marked assumptions; the draft
    is validated as a scenario before it is written.
    """

    from concilium.io import parse_scenario
    from concilium.io.documents import dump_yaml
    from concilium.io.output import check_output, is_stdout, write_output
    from concilium.text.draft import draft_from_file
    from concilium.text.merge import merge_drafts

    day = None
    if date is not None:
        day = parse_date(date)
    if is_stdout(out):
        out = None
    if out is not None:  # refuse a bad output before the work, not after
        check_output(out, inputs=articles, force=force)
    drafts = [draft_from_file(a, on=day, body=body, engine=engine) for a in articles]
    scenario = merge_drafts(drafts)
    text = dump_yaml(scenario)
    # the draft must be a valid scenario (its stand-in body may lack members: warned below)
    sc = parse_scenario(text, str(out or "draft.yaml"), draft=True)
    meta = scenario.get("x-draft") or {}
    if out is None or str(out) == "-":
        typer.echo(text, nl=False)  # plain output: rich would wrap long lines
    else:
        write_output(out, text, inputs=articles, force=force)
        with_stance = sum(1 for a in sc.actors if a.stances)
        assert sc.body is not None  # a draft always names its body
        err_console.print(
            Text(
                f"wrote {out}: {len(sc.actors)} actors ({with_stance} with a stance), "
                f"{len(sc.issues)} issue(s), body {sc.body.id}, date {sc.date}"
            )
        )
        missing = sc.missing_members()
        if missing:
            err_console.print(
                Text(
                    f"next: {len(missing)} member(s) of {sc.body.name} are not in the article; add "
                    "their positions, or state what to assume about them with a default_stance "
                    "(position, salience, capability, each with a range and an assumption; see "
                    f"docs/scenario-format.md), then: concilium simulate {out}"
                )
            )
    dated = meta.get("date") or {}
    for why in meta.get("dates_assumed") or (
        [dated["why"]] if dated.get("how") == "assumed" else []
    ):
        err_console.print(Text(terminal_safe("warning: date assumed: " + why), style="yellow"))
    for why in meta.get("membership_unknown", []):
        err_console.print(
            Text(terminal_safe("warning: membership unknown: " + why), style="yellow")
        )
    short = sc.stand_in_shortfall()
    if short is not None:
        err_console.print(
            Text(
                terminal_safe(
                    "warning: validate and forecast refuse the draft until then: " + short
                ),
                style="yellow",
            )
        )
    for found in meta.get("lookalikes", []):
        err_console.print(
            Text(
                terminal_safe(
                    f"warning: look-alike characters in {found['source']} ({found['verdict']}: "
                    f"{found['affected_words']} of {found['words']} words), repaired before "
                    "reading; check the names: " + " | ".join(found["examples"])
                ),
                style="yellow",
            )
        )
    for conflict in meta.get("conflicts", []):
        err_console.print(Text(terminal_safe("conflict: " + conflict), style="yellow"))
    if meta.get("engine") == "rules" and engine == "auto":
        from concilium.text.nlp import INSTALL_HINT

        err_console.print(Text("note: stances were read with cue words only; " + INSTALL_HINT))
