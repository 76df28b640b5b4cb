"""report.tables.LongTable draws a rich Table exactly as rich does (the same characters and
the same style on each), only faster: compared segment by segment with rich's own drawing
on random tables at random widths.  report.tables.Paragraphs draws each text after its
bullet as rich draws that text alone in the width left, trailing blanks aside."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from concilium.report.tables import LongTable, Paragraphs

# words of plain, wide (two cells each) and accented letters; some longer than any column
WORD = st.text(alphabet="abcXYZ09漢字éü-.,", min_size=1, max_size=30)
CELL_TEXT = st.lists(WORD, max_size=6).map(" ".join)
STYLE = st.sampled_from(["", "bold", "bold red", "dim", "yellow"])


@st.composite
def tables(draw) -> Table:
    table = Table(header_style=draw(st.sampled_from(["", "bold"])))
    n = draw(st.integers(1, 6))
    for j in range(n):
        table.add_column(
            draw(CELL_TEXT) or f"c{j}",
            justify=draw(st.sampled_from(["left", "right", "center"])),
            overflow=draw(st.sampled_from(["fold", "ellipsis", "crop"])),
            no_wrap=draw(st.booleans()),
        )
    for _ in range(draw(st.integers(0, 8))):
        row = []
        for _ in range(n):
            text = draw(CELL_TEXT)
            # a plain string (rich reads it as markup: none here) or a styled Text
            row.append(text if draw(st.booleans()) else Text(text, style=draw(STYLE)))
        table.add_row(*row)
    return table


def _drawn(renderable, width: int, rstrip: bool = False) -> list[list[tuple[str, Style]]]:
    """Each line's characters with their styles (runs of one style joined); with ``rstrip``,
    without the blanks at the end of each line."""
    console = Console(
        width=width, file=io.StringIO(), force_terminal=True, color_system="truecolor"
    )
    out = []
    for line in Segment.split_lines(console.render(renderable, console.options)):
        runs: list[tuple[str, Style]] = []
        for seg in line:
            style = seg.style or Style.null()
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + seg.text, style)
            elif seg.text:
                runs.append((seg.text, style))
        out.append(_rstrip(runs) if rstrip else runs)
    return out


def _rstrip(runs: list[tuple[str, Style]]) -> list[tuple[str, Style]]:
    runs = list(runs)
    while runs and not runs[-1][0].rstrip():
        runs.pop()
    if runs:
        runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    return runs


@settings(max_examples=150, deadline=None)
@given(table=tables(), width=st.integers(20, 140))
def test_long_table_draws_what_rich_draws(table, width):
    assert _drawn(LongTable(table), width) == _drawn(table, width)


def test_a_table_it_does_not_cover_is_drawn_by_rich():
    table = Table(title="With a title", show_lines=True)
    table.add_column("a")
    table.add_row("x")
    table.add_row("y")
    assert _drawn(LongTable(table), 40) == _drawn(table, 40)


@settings(max_examples=100, deadline=None)
@given(
    # texts ending in blanks too: they are dropped, and the caller's text is left as it was
    texts=st.lists(
        st.tuples(
            st.tuples(CELL_TEXT, st.sampled_from(["", " ", "  "])).map("".join), STYLE, STYLE
        ),
        min_size=1,
        max_size=4,
    ),
    width=st.integers(10, 120),
)
def test_paragraphs_wrap_each_text_under_its_bullet_as_rich_wraps_it(texts, width):
    def text(words: str, style: str, span: str) -> Text:
        t = Text(words, style=style)
        t.stylize(span, 0, len(words) // 2)  # a span over part of it, as "Forecast: " has
        return t

    given_texts = [text(*t) for t in texts]
    drawn = _drawn(Paragraphs([("  • ", t) for t in given_texts]), width, rstrip=True)
    assert [t.plain for t in given_texts] == [t[0] for t in texts]
    expected = []
    for t in texts:
        # the text as rich draws it alone in the width left of the bullet (a word longer
        # than that folds), each line after the bullet or under it
        for k, line in enumerate(_drawn(text(*t), width - 4, rstrip=True)):
            lead = ("  • " if k == 0 else "    ", Style.null())
            if line and line[0][1] == lead[1]:
                line = [(lead[0] + line[0][0], lead[1]), *line[1:]]
            else:
                line = [lead, *line]
            expected.append(_rstrip(line))
    assert drawn == expected
    assert all(sum(cell_len(r[0]) for r in line) <= width for line in drawn)
    # a line without a bullet is drawn as rich draws the text alone
    one = text(*texts[0])
    assert _drawn(Paragraphs([("", one)]), width, rstrip=True) == _drawn(one, width, rstrip=True)
