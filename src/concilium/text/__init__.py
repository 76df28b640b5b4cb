"""Text tools: look-alike characters (``confusables``), obfuscation scan and repair (``scan``),
and drafting a scenario from a news article (``draft``).

Importing this package is cheap; Unicode tables are loaded on first use.
"""

from concilium.text.confusables import Lookalike, confusable, lookalikes, skeleton

__all__ = ["Lookalike", "confusable", "lookalikes", "skeleton"]
