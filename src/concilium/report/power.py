"""Terminal view of a power analysis (``concilium power``)."""

from __future__ import annotations

import math
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from concilium.analysis.power.result import PowerResult
from concilium.report.tables import user
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


def _table(result: PowerResult) -> Table:
    rows = result.members
    columns = list(rows[0]) if rows else []
    sampled = result.method == "sampled"
    weight_cols = [
        c
        for c in columns
        if c not in _NOT_WEIGHTS and not c.endswith(("_ci_low", "_ci_high")) and c not in _SHOW
    ]
    table = Table(header_style="bold", show_lines=False, pad_edge=False)
    table.add_column("member", no_wrap=True)
    table.add_column("name", overflow="fold", max_width=18)
    for c in weight_cols:
        table.add_column(user(c[:10]), justify="right", no_wrap=True)
    shown = [c for c in _SHOW if c in columns]
    for c in shown:
        ci = f" ({result.confidence or 0:.0%} CI)" if sampled and f"{c}_ci_low" in columns else ""
        table.add_column(_HEAD[c] + ci, justify="right", no_wrap=True)
    table.add_column("veto", no_wrap=True)
    for r in rows:
        cells: list[RenderableType] = [user(r["member"]), user(r.get("name", ""))]
        cells += [_weight(r.get(c)) for c in weight_cols]
        for c in shown:
            v = _fmt(r.get(c))
            if sampled and f"{c}_ci_low" in r:
                v += f" [{_fmt(r[c + '_ci_low'])}, {_fmt(r[c + '_ci_high'])}]"
            cells.append(v)
        cells.append(_fmt(bool(r.get("veto"))))
        table.add_row(*cells)
    return table


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


def power_view(result: PowerResult) -> tuple[RenderableType, Table, RenderableType]:
    """Header, the table of members (never cut: see :func:`print_power`), and what follows."""
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
    return _header(result), _table(result), Group(*after)


def print_power(console: Console, result: PowerResult) -> None:
    """Print the view; the numbers are never cut: the table is printed wider than the
    terminal if it needs to be (a terminal wraps long lines; an ellipsis loses digits)."""
    head, table, after = power_view(result)
    console.print(head)
    need = console.measure(table, options=console.options.update_width(10_000)).maximum
    console.print(table, width=max(console.width, need))
    console.print(after)
