"""Command-line interface: ``concilium COMMAND``.  See ``concilium --help``."""

from concilium.cli._app import app, main

# Each module below registers its commands on ``app`` when imported.
from concilium.cli import core  # noqa: E402,F401
from concilium.cli import text  # noqa: E402,F401
from concilium.cli import power  # noqa: E402,F401
from concilium.cli import evaluate  # noqa: E402,F401
from concilium.cli import uncertainty  # noqa: E402,F401
from concilium.cli import interop  # noqa: E402,F401

__all__ = ["app", "main"]
