"""concilium: model councils and forecast their decisions."""

from concilium._version import __version__
from concilium.errors import ConciliumError, InputError

__all__ = ["__version__", "ConciliumError", "InputError"]
