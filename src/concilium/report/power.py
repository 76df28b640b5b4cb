"""Terminal view of a power analysis (``concilium power``)."""

from __future__ import annotations

import math
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from concilium.analysis.power.result import PowerResult
from concilium.report.tables import column_blocks, user
from concilium.text.safe import terminal_safe

__all__ = ["power_view", "print_power"]

_SHOW = (
    "banzhaf",
    "banzhaf_normalised",
    "swings",
    "shapley_shubik",
    "holler_packel",
    "deegan_packel",
)
# Short headers so that a full table fits 80 columns; the legend below names them in full.
_HEAD = {
    "banzhaf": "Bz abs",
    "banzhaf_normalised": "Bz norm",
    "swings": "swings",
    "shapley_shubik": "SS",
    "holler_packel": "PGI",
    "deegan_packel": "DP",
}
_LEGEND = {
    "banzhaf": "Bz abs = absolute Banzhaf (Penrose) index",
    "banzhaf_normalised": "Bz norm = normalised Banzhaf index",
    "swings": "swings = coalitions of the others the member turns from losing to winning",
    "shapley_shubik": "SS = Shapley-Shubik index",
    "holler_packel": "PGI = Holler-Packel public good index",
    "deegan_packel": "DP = Deegan-Packel index",
}
_NOT_WEIGHTS = ("member", "name", "veto", "dummy", "method")


def _fmt(x: Any) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, bool):
        return "yes" if x else ""
    if isinstance(x, float):
        return f"{x:.4f}" if abs(x) >= 1e-4 or x == 0 else f"{x:.3g}"
    return str(x)


def _weight(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:g}" if isinstance(x, float) else ("–" if x is None else str(x))


def _header(result: PowerResult) -> Text:
    sampled = result.method == "sampled"
    head = Text()
    head.append(terminal_safe(f"Voting power: {result.title}"), style="bold")
    if result.date:
        head.append(f" on {result.date}")
    head.append(terminal_safe(f"\nRule: {result.rule}", keep_newlines=True))
    if result.rule != result.rule_clauses:
        head.append(terminal_safe(f"  [wins when {result.rule_clauses}]"))
    if sampled:
        head.append(
            f"\nSAMPLED estimate: {result.samples or 0:,} random draws, seed "
            f"{result.seed}, {result.confidence or 0:.0%} confidence intervals",
            style="yellow",
        )
    elif result.relative_error_bound:
        head.append(
            f"\nExact algorithm, counts in {result.arithmetic} (relative error at "
            f"most {result.relative_error_bound:.1e})"
        )
    else:
        head.append(f"\nExact count ({result.arithmetic})")
    if result.date_note:
        head.append("\nnote: " + terminal_safe(result.date_note), style="dim")
    return head


def _tables(result: PowerResult, width: int | None = None) -> list[Table]:
    """The members' table; when it is wider than ``width``, several tables, each with the
    members' ids and names and as many of the other columns as fit (numbers are never cut)."""
    rows = result.members
    columns = list(rows[0]) if rows else []
    sampled = result.method == "sampled"
    weight_cols = [
        c
        for c in columns
        if c not in _NOT_WEIGHTS and not c.endswith(("_ci_low", "_ci_high")) and c not in _SHOW
    ]
    # (header, cells) of each column after the two repeated ones
    data: list[tuple[str, list[str]]] = [
        (terminal_safe(c), [_weight(r.get(c)) for r in rows]) for c in weight_cols
    ]
    for c in (c for c in _SHOW if c in columns):
        ci = f" ({result.confidence or 0:.0%} CI)" if sampled and f"{c}_ci_low" in columns else ""
        cells = []
        for r in rows:
            v = _fmt(r.get(c))
            if sampled and f"{c}_ci_low" in r:
                v += f" [{_fmt(r[c + '_ci_low'])}, {_fmt(r[c + '_ci_high'])}]"
            cells.append(v)
        data.append((_HEAD[c] + ci, cells))
    data.append(("veto", [_fmt(bool(r.get("veto"))) for r in rows]))
    ids = [terminal_safe(str(r["member"])) for r in rows]
    names = [terminal_safe(str(r.get("name", ""))) for r in rows]
    id_w = max([len("member"), *map(len, ids)])
    name_w = min(18, max([len("name"), *map(len, names)]))
    need = [max([len(h), *map(len, cells)]) + 3 for h, cells in data]
    blocks = column_blocks(need, id_w + name_w + 5, width or 10_000)
    tables = []
    for cols in blocks:
        table = Table(header_style="bold", show_lines=False, pad_edge=False)
        table.add_column("member", no_wrap=True)
        table.add_column("name", overflow="fold", max_width=18)
        for j in cols:
            head = data[j][0]
            table.add_column(
                Text(head), justify="left" if head == "veto" else "right", no_wrap=True
            )
        for k in range(len(rows)):
            table.add_row(Text(ids[k]), Text(names[k]), *(Text(data[j][1][k]) for j in cols))
        tables.append(table)
    return tables


def _listing(info: dict[str, Any], names: dict[str, str]) -> list[RenderableType]:
    count = info["count"]
    listed = info["listed"]
    head = f"\n{str(info['what']).capitalize()}: {count:,}"
    if count == 0:
        head += " (none)"
    elif not info["complete"]:
        head += f" (showing {len(listed)})"
    out: list[RenderableType] = [Text(head, style="bold")]
    out += [user("  " + ", ".join(names.get(m, m) for m in c)) for c in listed]
    return out


def power_view(
    result: PowerResult, width: int | None = None
) -> tuple[RenderableType, RenderableType, RenderableType]:
    """Header, the table of members (split to fit ``width``; never cut: see
    :func:`print_power`), and what follows."""
    shown = [c for c in _SHOW if result.members and c in result.members[0]]
    after: list[RenderableType] = [Text("; ".join(_LEGEND[c] for c in shown), style="dim")]
    after += [user("• " + note) for note in result.notes]
    names = result.names
    if result.veto_players is not None:
        vp = result.veto_players
        after.append(
            Text("\nVeto players: ", style="bold")
            + user(", ".join(names.get(v, v) for v in vp) or "none")
        )
    for info in (result.minimal_winning, result.minimal_blocking, result.blocking_groups):
        if info is not None:
            after += _listing(info, names)
    tables = _tables(result, width)
    return _header(result), tables[0] if len(tables) == 1 else Group(*tables), Group(*after)


def print_power(console: Console, result: PowerResult) -> None:
    """Print the view; the numbers are never cut: the table is split into tables that fit
    the terminal, and printed wider than the terminal only if one column alone does not fit
    (a terminal wraps long lines; an ellipsis loses digits)."""
    head, table, after = power_view(result, console.width)
    console.print(head)
    need = console.measure(table, options=console.options.update_width(10_000)).maximum
    console.print(table, width=max(console.width, need))
    console.print(after)
