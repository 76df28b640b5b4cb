"""The base classes of concilium's typed results (issue 8).

Every result a command shows (forecast, trace, comparison, power, simulation, sensitivity, flips,
scenario comparison) is a frozen pydantic model that renderers in ``concilium.report`` turn into
output and that round-trips through JSON: ``Result.from_json(r.to_json()) == r``.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """A part of a result: immutable, and unknown fields are an error when read back."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class TypedResult(Frozen):
    """A whole result with a ``schema`` tag, written and read as JSON."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)

    @classmethod
    def from_json(cls, text: str) -> Self:
        return cls.model_validate_json(text)
