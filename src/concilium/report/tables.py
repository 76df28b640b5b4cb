"""Rich renderables for forecasts, bodies and comparisons (the CLI prints them)."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.containers import Lines
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from concilium.analysis.comparison import Comparison
from concilium.bodies import Body
from concilium.forecast import Forecast, IssueForecast
from concilium.scenario import Scenario
from concilium.text.safe import terminal_safe

__all__ = [
    "bodies_table",
    "body_table",
    "column_blocks",
    "comparison_view",
    "forecast_view",
    "rounds_table",
    "user",
]


def user(text: object) -> Text:
    """A string from a user's file, as inert text: no rich markup is applied (``[bold]``
    shows as typed) and control and bidi characters show escaped (concilium.text.safe)."""
    return Text(terminal_safe(str(text)))


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.4g}" if abs(x - round(x)) > 1e-9 else f"{round(x):d}"


def _verdict(i: IssueForecast) -> Text:
    if i.adopted is True:
        return Text("ADOPTED", style="bold green")
    if i.adopted is False:
        return Text("NOT ADOPTED", style="bold red")
    return Text("undecided", style="yellow")


def _header(scenario: Scenario) -> Text:
    head = Text()
    head.append(terminal_safe(scenario.title), style="bold")
    if scenario.body is None:
        when = f", {scenario.date.isoformat()}" if scenario.date else ""
        head.append(
            terminal_safe(
                f"\nNo body{when}: a negotiation with no voting rule (no rule check)",
                keep_newlines=True,
            )
        )
        return head
    head.append(terminal_safe(f"\n{scenario.body.name}, {scenario.date}", keep_newlines=True))
    if scenario.procedure is not None:
        from concilium.procedures import resolve

        head.append(
            terminal_safe(f"\nProcedure: {resolve(scenario).describe()}", keep_newlines=True)
        )
        return head
    rule = scenario.decision_rule
    head.append(terminal_safe(f"\nRule: {rule.label_and_description}", keep_newlines=True))
    return head


def forecast_view(forecast: Forecast, scenario: Scenario) -> RenderableType:
    """The forecast as a headline, one row per issue, and the reasons."""
    names = {a.id: a.name for a in scenario.actors}
    issues = {i.id: i for i in scenario.issues}  # one lookup per issue, not a scan of them all
    parts: list[RenderableType] = []
    head = _header(scenario)
    head.append(f"\nModel: {forecast.model}")
    if forecast.citation:
        head.append(f" ({forecast.citation})", style="dim")
    parts.append(head)

    table = Table(show_lines=False, header_style="bold")
    for col in ("Issue", "Status quo", "Proposal", "Outcome", "Decision", "Blocked by"):
        table.add_column(
            col,
            justify="right" if col in ("Status quo", "Proposal", "Outcome") else "left",
            overflow="fold",  # a name longer than its column is folded, never cut to "…"
        )
    for i in forecast.issues:
        table.add_row(
            user(issues[i.issue].title),
            _num(i.status_quo),
            _num(i.proposal),
            _num(i.outcome),
            _verdict(i),
            user(", ".join(names.get(b, b) for b in i.blockers) or "–"),
        )
    parts.append(LongTable(table))

    reasons: list[tuple[str, Text]] = []
    for i in forecast.issues:
        issue = issues[i.issue]
        line = Text()
        if i.adopted is False and i.status_quo is not None and i.outcome == i.status_quo:
            line.append("Forecast: ", style="bold")
            line.append("NOT ADOPTED", style="bold red")
            label = _end_label(issue, i.status_quo)
            line.append(terminal_safe(f": the status quo persists ({_num(i.status_quo)}{label})."))
        elif i.adopted:
            line.append("Forecast: ", style="bold")
            line.append("ADOPTED", style="bold green")
            line.append(
                terminal_safe(
                    f": the outcome moves to {_num(i.outcome)}{_end_label(issue, i.outcome)}."
                )
            )
        elif i.outcome is not None:
            line.append("Forecast: ", style="bold")
            line.append(terminal_safe(f"{_num(i.outcome)}{_end_label(issue, i.outcome)}"))
        if len(forecast.issues) > 1:
            line.append(terminal_safe(f"  [{issue.id}]"), style="dim")
        reasons.append(("", line))
        if i.explanation:
            reasons.append(("", Text("Why:", style="bold")))
            reasons += [(_BULLET, user(sentence)) for sentence in i.explanation]
        if i.votes:
            reasons.append(("", _votes_line(i, names)))
    parts.append(Paragraphs(reasons))
    prov = forecast.provenance
    parts.append(
        Text(
            f"input {prov.input_hash} · concilium {prov.concilium_version}"
            + (f" · seed {prov.seed}" if prov.seed is not None else ""),
            style="dim",
        )
    )
    return Group(*parts)


_BULLET = "  • "


def _segments(console: Console, line: Text, under: Style | None = None) -> Iterable[Segment]:
    """One wrapped line of text as rich prints it: its style under its spans' (Text.render
    alone drops the text's own style when it has no spans), over ``under``."""
    base = console.get_style(line.style)
    return Segment.apply_style(line.render(console), under + base if under else base)


class Paragraphs:
    """Lines of text, each wrapped to the width, after a prefix (a bullet) that its wrapped
    lines are indented under; trailing blanks are dropped.

    The same lines as a ``Table.grid`` of bullets and sentences, without the grid: measuring
    and padding one grid per issue took rich seconds for a thousand issues.
    """

    def __init__(self, items: Iterable[tuple[str, Text]]) -> None:
        self.items = list(items)  # (prefix, text); prefix "" for a plain line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        width = options.max_width
        end = Segment.line()
        for prefix, text in self.items:
            indent = Segment(" " * cell_len(prefix))
            room = max(1, width - indent.cell_length)
            plain = text.plain
            if cell_len(plain) <= room and "\n" not in plain and "\t" not in plain:
                lines = [text]  # it fits: the one line wrap would copy it to
            else:
                lines = text.wrap(console, room)
            for k, line in enumerate(lines):
                if line.plain != line.plain.rstrip():
                    line = line.copy() if line is text else line  # never change the caller's
                    line.rstrip()
                if prefix:
                    yield Segment(prefix) if k == 0 else indent
                yield from _segments(console, line)
                yield end


class LongTable:
    """A rich ``Table`` drawn as rich draws it, row by row, with the text primitives rich
    uses but without its general machinery for any renderable in any cell (padding objects,
    measuring, cropping and reshaping every cell): the issue table of a thousand issues
    printed about four times faster.

    Covers the tables of this module: a box with edges, a header, padding of one space
    left and right, cells of text.  Anything else (titles, footers, lines between rows, row
    styles, other renderables in cells) is left to rich.  A test compares the two, segment
    by segment, on random tables and widths (tests/report/test_long_table.py).
    """

    def __init__(self, table: Table) -> None:
        self.table = table

    def _covered(self) -> bool:
        t = self.table
        return (
            t.box is not None
            and t.show_edge
            and t.show_header
            and not (t.show_footer or t.show_lines or t.leading or t.title or t.caption)
            and not (t.row_styles or t.expand or t.collapse_padding)
            and t.style in (None, "", "none")
            and t.width is None
            and t.pad_edge
            and t.padding == (0, 1, 0, 1)
            and not any(r.style or r.end_section for r in t.rows)
            and all(
                c.vertical == "top"
                and isinstance(c.header, (str, Text))
                and all(isinstance(x, (str, Text)) for x in c.cells)
                for c in t.columns
            )
        )

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.table)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Any]:
        t = self.table
        if not self._covered():
            yield t
            return
        columns = [
            [
                console.render_str(x, highlight=c.highlight) if isinstance(x, str) else x
                for x in c.cells
            ]
            for c in t.columns
        ]
        widths = self._widths(console, options, columns)
        assert t.box is not None  # _covered
        box = t.box.substitute(options, safe=console.safe_box if t.safe_box is None else t.safe_box)
        border = console.get_style(t.border_style or "")
        style = console.get_style
        line = Segment.line()
        yield Segment(box.get_top(widths), border)
        yield line
        head = [style(t.header_style or "") + style(c.header_style) for c in t.columns]
        edges = (box.head_left, box.head_vertical, box.head_right)
        cells: list[Any] = [c.header for c in t.columns]
        yield from self._row(console, cells, head, widths, edges, border, at_bottom=True)
        yield Segment(box.get_row(widths, "head", edge=True), border)
        yield line
        body = [style(c.style or "") for c in t.columns]
        for k in range(t.row_count):
            last = k == t.row_count - 1
            edges = (
                (box.foot_left, box.foot_vertical, box.foot_right)
                if last
                else (box.mid_left, box.mid_vertical, box.mid_right)
            )
            cells = [col[k] for col in columns]
            yield from self._row(console, cells, body, widths, edges, border, at_bottom=False)
        yield Segment(box.get_bottom(widths), border)
        yield line

    def _widths(self, console: Console, options: ConsoleOptions, columns) -> list[int]:
        """rich's own column widths, from the cells that decide them.

        rich sizes a column by the largest of its cells' minimum widths (longest word) and
        the largest of their maximum widths (longest line); a copy of the table holding just
        those two cells per column gets the same widths without measuring every cell.
        """

        def spans(text: Text) -> tuple[int, int]:  # as rich's Text.__rich_measure__
            lines = text.plain.splitlines()
            longest = max(map(cell_len, lines)) if lines else 0
            words = text.plain.split()
            return (max(map(cell_len, words)) if words else longest), longest

        probe = copy.copy(self.table)
        probe.columns = []
        for column, cells in zip(self.table.columns, columns, strict=True):
            sizes = [spans(x) for x in cells]
            keep = (
                {max(range(len(cells)), key=lambda k: sizes[k][j]) for j in (0, 1)}
                if cells
                else set()
            )
            probe.columns.append(
                dataclasses.replace(column, _cells=[cells[k] for k in sorted(keep)])
            )
        return probe._calculate_column_widths(
            console, options.update_width(options.max_width - probe._extra_width)
        )

    def _row(self, console, cells, styles, widths, edges, border, *, at_bottom: bool):
        """One row: each cell wrapped to its column, the short ones filled with blank lines
        (below the text; above it in the header, which rich aligns to the bottom)."""
        shown = [
            self._cell(console, cell, column, width, style)
            for cell, column, width, style in zip(
                cells, self.table.columns, widths, styles, strict=True
            )
        ]
        height = max(len(lines) for lines in shown)
        for lines, width, style in zip(shown, widths, styles, strict=True):
            blank = [[Segment(" " * width, style)]] * (height - len(lines))
            lines[:] = blank + lines if at_bottom else lines + blank
            if not height:  # no room for text in any cell: one blank line, as rich does
                lines.append([Segment(" " * width)])
        height = max(height, 1)
        left, mid, right = (Segment(e, border) for e in edges)
        for n in range(height):
            yield left
            for j, lines in enumerate(shown):
                if j:
                    yield mid
                yield from lines[n]
            yield right
            yield Segment.line()

    @staticmethod
    def _cell(console, cell, column, width: int, style) -> list[list[Segment]]:
        text = (
            console.render_str(cell, highlight=column.highlight) if isinstance(cell, str) else cell
        )
        inner = width - 2
        if inner < 1:
            return []  # no room for text (rich renders nothing there)
        justify = text.justify or column.justify or "default"
        overflow = text.overflow or column.overflow or "fold"
        plain = text.plain
        if (
            overflow != "ignore"
            and "\n" not in plain
            and "\t" not in plain
            and (cell_len(plain) <= inner)
        ):
            # it fits on one line: what Text.wrap returns for it (a copy, justified and
            # truncated to the width) without dividing it into words first
            lines = Lines([text.copy()])
            lines.justify(console, inner, justify=justify, overflow=overflow)
            for line in lines:
                line.truncate(inner, overflow=overflow)
        else:
            lines = text.wrap(
                console,
                inner,
                justify=justify,
                overflow=overflow,
                tab_size=text.tab_size or console.tab_size or 8,
                no_wrap=text.no_wrap if text.no_wrap is not None else column.no_wrap,
            )
        pad = Segment(" ", style)
        return [
            [
                pad,
                *Segment.adjust_line_length(
                    list(_segments(console, line, style)), inner, style=style
                ),
                pad,
            ]
            for line in lines
        ]


def _end_label(issue, v) -> str:
    if v is None:
        return ""
    if v == issue.scale.min and issue.scale.low:
        return f": {issue.scale.low}"
    if v == issue.scale.max and issue.scale.high:
        return f": {issue.scale.high}"
    return ""


def _votes_line(i: IssueForecast, names: dict[str, str]) -> Text:
    groups: dict[str, list[str]] = {"yes": [], "no": [], "abstain": []}
    for aid, v in i.votes.items():
        groups[v].append(names.get(aid, aid))
    t = Text("Votes: ", style="bold")
    pieces = []
    for v in ("yes", "no", "abstain"):
        who = groups[v]
        if not who:
            continue
        listed = f" ({', '.join(who)})" if len(who) <= 5 else ""
        pieces.append(f"{len(who)} {v}{listed}")
    t.append(terminal_safe("; ".join(pieces)))
    return t


def comparison_view(comparison: Comparison, scenario: Scenario) -> RenderableType:
    """Every model's forecast side by side, what they agree on, each model's first reason,
    and the models that could not run."""
    forecasts = comparison.forecasts
    names = {a.id: a.name for a in scenario.actors}
    several = len(scenario.issues) > 1
    table = Table(title="Forecasts by model", header_style="bold", title_justify="left")
    table.add_column("Model", no_wrap=True)
    if several:
        table.add_column("Issue", no_wrap=True)
    for col in ("Outcome", "Decision", "Blocked by", "Bargaining point"):
        table.add_column(col, justify="right" if col in ("Outcome", "Bargaining point") else "left")
    for f in forecasts:
        for i in f.issues:
            bp = i.details.get("bargaining_point")
            row: list[RenderableType] = (
                [f.model]
                + ([user(i.issue)] if several else [])
                + [
                    _num(i.outcome),
                    _verdict(i),
                    user(", ".join(names.get(b, b) for b in i.blockers) or "–"),
                    _num(bp) if isinstance(bp, (int, float)) else "–",
                ]
            )
            table.add_row(*row)
    parts: list[RenderableType] = [_header(scenario), table]
    agree = Text("Agreement: ", style="bold")
    agree.append(
        "; ".join((f"{a.issue}: " if several else "") + a.summary() for a in comparison.agreement)
    )
    parts.append(agree)
    why = Table.grid(padding=(0, 1))
    why.add_column(no_wrap=True, style="bold")
    why.add_column()
    for f in forecasts:
        first = f.issues[0].explanation[:1]
        if first:
            why.add_row(f.model, user(first[0]))
    parts += [Text("Why (first reason of each model):", style="bold"), why]
    for failure in comparison.failures:
        line = Text(f"{failure.model} could not run: ", style="yellow")
        line.append(user(failure.error))
        parts.append(line)
    prov = forecasts[0].provenance if forecasts else None
    parts.append(
        Text(
            f"input {prov.input_hash} · concilium {prov.concilium_version}" if prov else "",
            style="dim",
        )
    )
    return Group(*parts)


def rounds_table(
    issue: IssueForecast, scenario: Scenario, max_rounds: int = 12, width: int | None = None
) -> RenderableType:
    """Positions per round from an iterative model's trace: one row per actor, one column per
    round (``trace`` records carry ``round`` and ``positions`` in ``details["actor_ids"]`` order).
    Long runs show the first rounds and the last ones.

    Numbers are never cut: when the rounds do not fit in ``width`` columns (the terminal's),
    they are split into several tables of consecutive rounds, each with the actors' names, and
    long names wrap.
    """
    trace = issue.trace or []
    actor_ids = issue.details.get("actor_ids") or []
    names = [
        terminal_safe(str(n))
        for n in ({a.id: a.name for a in scenario.actors}.get(aid, aid) for aid in actor_ids)
    ]
    shown = (
        trace
        if len(trace) <= max_rounds
        else trace[: max_rounds // 2] + trace[-(max_rounds // 2) :]
    )
    cells = [[f"{rec['positions'][k]:.4g}" for k in range(len(actor_ids))] for rec in shown]
    medians = [_num(rec.get("median")) for rec in shown]
    heads = [str(rec.get("round", "")) for rec in shown]
    # Width of each round's column: its longest number or header, plus a space either side
    # and the border on its right.
    need = [
        max(len(h), len(m), *(len(c) for c in col)) + 3
        for h, m, col in zip(heads, medians, cells, strict=True)
    ]
    label_w = max([len("weighted median"), *(len(n) for n in names)])
    width = width or 80
    # The name column takes what the widest round block leaves, at least 12 characters.
    name_w = max(12, min(label_w, width - 4 - (max(need) if need else 0)))
    blocks = column_blocks(need, name_w + 4, width)  # + border, padding, border
    title = f"Positions by round: {terminal_safe(issue.issue)}"
    tables = []
    for b, cols in enumerate(blocks):
        part = f" (rounds {_spans(heads[j] for j in cols)})" if len(blocks) > 1 else ""
        table = Table(title=Text(title + part), header_style="bold", title_justify="left")
        table.add_column("Actor", max_width=name_w, overflow="fold")
        for j in cols:
            table.add_column(heads[j], justify="right", no_wrap=True, min_width=need[j] - 3)
        for k, name in enumerate(names):
            row = []
            for j in cols:
                moved = j > 0 and shown[j]["positions"][k] != shown[j - 1]["positions"][k]
                row.append(Text(cells[j][k], style="bold" if moved else ""))
            table.add_row(Text(name), *row)
        table.add_row(
            Text("weighted median", style="bold"),
            *(Text(medians[j], style="bold") for j in cols),
        )
        tables.append(table)
    if len(shown) < len(trace):
        tables[0].caption = f"rounds shown: {_spans(heads)} of {len(trace)}"
    return tables[0] if len(tables) == 1 else Group(*tables)


def column_blocks(need: list[int], fixed: int, width: int) -> list[list[int]]:
    """Consecutive columns grouped into tables that fit ``width`` characters.

    ``need[j]``: the characters column ``j`` takes with its padding and border; ``fixed``:
    what the columns repeated in every table (names) take.  A column wider than the space
    left gets a table of its own (it is then printed wider than ``width`` rather than cut).
    """
    blocks: list[list[int]] = []
    used = fixed
    for j, w in enumerate(need):
        if not blocks or (used + w > width and blocks[-1]):
            blocks.append([])
            used = fixed
        blocks[-1].append(j)
        used += w
    return blocks or [[]]


def _spans(labels: Iterable[str]) -> str:
    """Round labels as runs: "0–5, 43–48" (labels that are not numbers as they are)."""
    out: list[list[str]] = []
    prev: int | None = None
    for label in labels:
        n = int(label) if label.isdigit() else None
        if out and n is not None and prev is not None and n == prev + 1:
            out[-1][1] = label
        else:
            out.append([label, label])
        prev = n
    return ", ".join(a if a == b else f"{a}–{b}" for a, b in out)


def body_table(body: Body, on) -> RenderableType:
    members = body.members_on(on)
    weight_names = sorted({k for m in members for k in m.weights})
    table = Table(
        title=user(f"{body.name} on {on.isoformat()}: {len(members)} members"), header_style="bold"
    )
    table.add_column("#", justify="right")
    table.add_column("Id")
    table.add_column("Member")
    table.add_column("Joined")
    for w in weight_names:
        table.add_column(user(w.capitalize()), justify="right")
    if any(m.tags for m in members):
        table.add_column("Tags")
    for k, m in enumerate(members, 1):
        row: list[RenderableType] = [
            str(k),
            user(m.id),
            user(m.name),
            m.joined.isoformat() if m.joined else "–",
        ]
        row += [f"{m.weights[w]:g}" if w in m.weights else "–" for w in weight_names]
        if any(mm.tags for mm in members):
            row.append(user(", ".join(sorted(m.tags))))
        table.add_row(*row)
    rule = body.rule_on(on)
    info = Text()
    info.append("Rule: ", style="bold")
    info.append(terminal_safe(f"{rule.label}: {rule.describe()}"))
    for name, r in body.rules_on(on).items():
        info.append(terminal_safe(f"\n  other rule {name}: {r.describe()}", keep_newlines=True))
    period = body.rule_period_on(on)
    if period is not None:
        info.append(f"\nRules in force on {on.isoformat()}: ", style="bold")
        said = f"{period.from_.isoformat()} to {period.until.isoformat()}"
        if period.note:
            said += ": " + period.note.strip()
        if period.source:
            said += f" Source: {period.source}"
        info.append(terminal_safe(said, keep_newlines=True))
    if body.abstention:
        info.append("\nAbstention: ", style="bold")
        info.append(terminal_safe(body.abstention.strip(), keep_newlines=True))
    if body.weights_note:
        info.append("\nWeights: ", style="bold")
        info.append(terminal_safe(body.weights_note.strip(), keep_newlines=True))
    table_on = body.weights_on(on)
    if table_on is not None:
        info.append(f"\nWeights in force on {on.isoformat()}: ", style="bold")
        said = f"the table from {table_on.from_.isoformat()}"
        if table_on.as_of:
            said += f" (figures of {table_on.as_of.isoformat()})"
        if table_on.note:
            said += ": " + table_on.note.strip()
        if table_on.source:
            said += f" Source: {table_on.source}"
        info.append(terminal_safe(said, keep_newlines=True))
    ds = body.default_stance
    if ds is not None:
        info.append("\nDefault stance ", style="bold")
        info.append("(for members without one, unless a scenario states its own): ")
        parts = [f"position {_estimate_text(ds.position)}"]
        if ds.salience is not None:
            parts.append(f"salience {_estimate_text(ds.salience)}")
        if ds.capability is not None:
            parts.append(f"capability {_estimate_text(ds.capability)}")
        info.append(terminal_safe("; ".join(parts)))
        if ds.position.assumption:
            info.append(terminal_safe(f"\n  assumption: {ds.position.assumption}"))
    if body.sources:
        info.append("\nSources:", style="bold")
        for s in body.sources:
            info.append(terminal_safe(f"\n  - {s}", keep_newlines=True))
    return Group(table, info)


def _estimate_text(est) -> str:
    text = f"{est.value:g}"
    if est.range is not None:
        text += f" (range {est.range[0]:g}–{est.range[1]:g})"
    return text


def bodies_table(bodies: Iterable[Body]) -> Table:
    table = Table(title="Built-in bodies", header_style="bold")
    for col in ("Name", "Body", "Members (dates covered)", "Rule"):
        table.add_column(col)
    for b in bodies:
        span = f"{len(b.members)} listed"
        if b.valid_from or b.valid_until:
            span += f" ({b.valid_from or '…'} – {b.valid_until or 'today'})"
        table.add_row(user(b.id), user(b.name), span, user(b.rule.describe()))
    return table


def _rule_text(rule, body=None) -> str:
    if rule is None:
        return str(body.rule.label) if body is not None else "the body's rule"
    if isinstance(rule, str):
        return str(body.get_rule(rule).label) if body is not None else f"its rule {rule!r}"
    return str(rule.label)


def _stage_rule(st) -> str:
    if st.kind == "consent":
        return "consent of " + ", ".join(st.consent) + " (a yes from each)"
    if st.kind == "ratify":
        rat = st.ratify
        n = len(rat.thresholds)
        return f"every member of {rat.of} ratifies by its own threshold ({n} cited" + (
            ", the others by the default)" if rat.default is not None else ")"
        )
    body = st.body.id if st.body is not None else "the scenario's body"
    out = f"{body}: {_rule_text(st.rule, st.body)}"
    if st.amend_rule is not None:
        out += f"; to amend the setter's proposal: {_rule_text(st.amend_rule, st.body)}"
    return out


def procedures_table(procs) -> Table:
    """The built-in procedures: id, name, mode, stages and setter."""
    table = Table(title="Built-in procedures", header_style="bold")
    for col in ("Name", "Procedure", "Stages", "Agenda setter"):
        table.add_column(col)
    for p in procs:
        arrow = " → " if p.mode == "sequence" else " + "
        stages = arrow.join(f"{st.id} ({_stage_rule(st)})" for st in p.stages)
        table.add_row(user(p.id or ""), user(p.name or ""), user(stages), user(p.setter or "—"))
    return table


def procedure_view(p) -> RenderableType:
    """One procedure: each stage with its rule and legal source; ratification thresholds
    member by member, with their sources or the assumption that stands in for one."""
    parts: list[RenderableType] = []
    head = Text()
    head.append(terminal_safe(f"{p.name or p.id} ({p.id})"), style="bold")
    if p.description:
        head.append("\n")
        head.append(terminal_safe(p.description))
    mode = "in sequence" if p.mode == "sequence" else "together (all must pass)"
    head.append("\n")
    head.append(terminal_safe(f"Stages {mode}; agenda setter: {p.setter or 'none'}"))
    parts.append(head)
    table = Table(header_style="bold", show_lines=True)
    for col in ("Stage", "Rule", "Source"):
        table.add_column(col)
    for st in p.stages:
        table.add_row(user(st.name or st.id), user(_stage_rule(st)), user(st.source or ""))
        if st.ratify is not None:
            for mid, th in st.ratify.thresholds.items():
                src = th.source or ""
                if th.assumption:
                    src += f" (assumption: {th.assumption})"
                table.add_row(user(f"  {mid}: {th.chamber}"), user(th.rule.label), user(src))
            if st.ratify.default is not None:
                d = st.ratify.default
                table.add_row(
                    user(f"  others: {d.chamber}"),
                    user(d.rule.label),
                    user(d.source or f"assumption: {d.assumption}"),
                )
    parts.append(table)
    if p.sources:
        parts.append(Text("Sources:\n" + "\n".join(f"  {terminal_safe(x)}" for x in p.sources)))
    if p.notes:
        parts.append(Text(terminal_safe(p.notes)))
    return Group(*parts)
