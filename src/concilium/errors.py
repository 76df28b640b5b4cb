"""One exception type for everything a user can get wrong.

The CLI prints an :class:`InputError` as a single message and exits with status 2;
library callers can catch it and read the structured fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ConciliumError", "InputError", "Problem"]


class ConciliumError(Exception):
    """Base class of concilium's own errors."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is, what is wrong and what to do."""

    message: str
    field: str | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    hint: str | None = None

    def render(self, source: str | None = None) -> str:
        """One line: where, what, and the hint.  Control and bidi characters from the input
        (a file name, a quoted value) are shown escaped, never raw (concilium.text.safe)."""
        from concilium.text.safe import terminal_safe

        where = []
        if source:
            where.append(terminal_safe(source))
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        if self.field:
            where.append(f"field {terminal_safe(self.field)}")
        text = (", ".join(where) + ": " if where else "") + terminal_safe(
            self.message, keep_newlines=True
        )
        if self.hint:
            text += f" ({terminal_safe(self.hint, keep_newlines=True)})"
        return text


@dataclass
class InputError(ConciliumError):
    """A user error: bad file, bad field, unknown name.  Never a bug in concilium."""

    problems: list[Problem] = field(default_factory=list)
    source: str | None = None  # file name, when the input came from a file

    def __init__(
        self,
        message: str | None = None,
        *,
        problems: list[Problem] | None = None,
        source: str | None = None,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        probs = list(problems or [])
        if message is not None:
            probs.insert(0, Problem(message, field=field, line=line, column=column, hint=hint))
        self.problems = probs
        self.source = source
        super().__init__(str(self))

    def with_source(self, source: str) -> InputError:
        """The same error, naming the file it came from."""
        return InputError(problems=self.problems, source=source)

    def __str__(self) -> str:
        if not self.problems:
            from concilium.text.safe import terminal_safe

            return (
                f"{terminal_safe(self.source)}: invalid input" if self.source else "invalid input"
            )
        if len(self.problems) == 1:
            return self.problems[0].render(self.source)
        from concilium.text.safe import terminal_safe

        src = terminal_safe(self.source) if self.source else None
        head = (
            f"{src}: {len(self.problems)} problems" if src else (f"{len(self.problems)} problems")
        )
        return head + "\n" + "\n".join("  - " + p.render() for p in self.problems)
