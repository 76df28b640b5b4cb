"""Command-line interface: ``concilium COMMAND``.  See ``concilium --help``."""

# Each module below registers its commands on ``app`` when imported.
from concilium.cli import (
    core,  # noqa: F401
    evaluate,  # noqa: F401
    interop,  # noqa: F401
    new,  # noqa: F401
    power,  # noqa: F401
    report,  # noqa: F401
    runs,  # noqa: F401
    serve,  # noqa: F401
    text,  # noqa: F401
    uncertainty,  # noqa: F401
)
from concilium.cli._app import app, main

__all__ = ["app", "main"]
