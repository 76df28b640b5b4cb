"""Deterministic look-alike obfuscation of clean text, for tests and the evaluation.

Each scheme maps some Latin letters to characters that look the same (the pairs are the
classic homoglyphs, chosen by eye, not taken from concilium's tables), or inserts invisible
characters, or swaps letters for their fullwidth forms.  ``rate`` is the share of eligible
positions changed; which ones is drawn from ``numpy.random.Generator(seed)``.
"""

from __future__ import annotations

import numpy as np

CYRILLIC_E = {"e": "\u0435"}
CYRILLIC_VOWELS = {"a": "\u0430", "e": "\u0435", "o": "\u043e"}
CYRILLIC_FULL = {
    "a": "\u0430",
    "c": "\u0441",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "x": "\u0445",
    "y": "\u0443",
    "i": "\u0456",
    "j": "\u0458",
    "s": "\u0455",
    "A": "\u0410",
    "B": "\u0412",
    "C": "\u0421",
    "E": "\u0415",
    "H": "\u041d",
    "K": "\u041a",
    "M": "\u041c",
    "O": "\u041e",
    "P": "\u0420",
    "T": "\u0422",
    "X": "\u0425",
    "I": "\u0406",
    "J": "\u0408",
    "S": "\u0405",
}
GREEK = {
    "o": "\u03bf",
    "v": "\u03bd",
    "i": "\u03b9",
    "A": "\u0391",
    "B": "\u0392",
    "E": "\u0395",
    "H": "\u0397",
    "I": "\u0399",
    "K": "\u039a",
    "M": "\u039c",
    "N": "\u039d",
    "O": "\u039f",
    "P": "\u03a1",
    "T": "\u03a4",
    "X": "\u03a7",
    "Y": "\u03a5",
    "Z": "\u0396",
}
INVISIBLES = ["\u200b", "\u200d", "\u00ad", "\u2060", "\u200c"]

SCHEMES = (
    "cyrillic-e",
    "cyrillic-vowels",
    "cyrillic-full",
    "greek",
    "mixed",
    "invisible",
    "fullwidth",
)


def obfuscate(text: str, scheme: str, rate: float, seed: int) -> str:
    """``text`` with a share ``rate`` of eligible positions obfuscated by ``scheme``."""
    rng = np.random.default_rng(seed)
    chars = list(text)
    if scheme == "invisible":
        # between two letters of a word
        slots = [i for i in range(1, len(chars)) if chars[i - 1].isalpha() and chars[i].isalpha()]
        pick = [s for s, u in zip(slots, rng.random(len(slots))) if u < rate]
        for i in reversed(pick):
            chars.insert(i, INVISIBLES[int(rng.integers(len(INVISIBLES)))])
        return "".join(chars)
    if scheme == "fullwidth":
        eligible = [i for i, c in enumerate(chars) if c.isascii() and c.isalnum()]
        for i, u in zip(eligible, rng.random(len(eligible))):
            if u < rate:
                chars[i] = chr(ord(chars[i]) + 0xFEE0)
        return "".join(chars)
    tables = {
        "cyrillic-e": [CYRILLIC_E],
        "cyrillic-vowels": [CYRILLIC_VOWELS],
        "cyrillic-full": [CYRILLIC_FULL],
        "greek": [GREEK],
        "mixed": [CYRILLIC_FULL, GREEK],
    }[scheme]
    eligible = [i for i, c in enumerate(chars) if any(c in t for t in tables)]
    draws = rng.random(len(eligible))
    which = rng.integers(len(tables), size=len(eligible))
    for i, u, k in zip(eligible, draws, which):
        if u < rate:
            c = chars[i]
            table = tables[k] if c in tables[k] else next(t for t in tables if c in t)
            chars[i] = table[c]
    return "".join(chars)
