"""What every command parses the same way: ``--format`` and ``--date``."""

from __future__ import annotations

import datetime as dt

from concilium.errors import InputError

__all__ = ["FORMATS", "check_format", "parse_date"]

# Every output format a command may offer; each command names the subset it renders.
FORMATS = ("table", "json", "csv", "markdown")


def check_format(value: str, allowed: tuple[str, ...] = ("table", "json")) -> str:
    """``--format`` checked against the formats this command renders."""
    v = value.strip().lower()
    if v not in allowed:
        raise InputError(f"--format {value!r} is not one of {', '.join(allowed)}", field="--format")
    return v


def parse_date(value: str | None, option: str = "--date") -> dt.date | None:
    """``YYYY-MM-DD`` (or None when the option was not given)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"{option} {value!r} is not a date",
            field=option,
            hint="write it as YYYY-MM-DD, e.g. 2024-03-07",
        ) from None
