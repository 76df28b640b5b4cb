"""tests/text fixtures.

``CONCILIUM_TEST_LEARNED=1 python -m pytest tests/text`` runs every drafting test with the
learned stance fallback (``concilium.text.learned``) applied on every spaCy draft (engines
``auto``, ``spacy`` and ``spacy+model``), to find the constructions where its fills change
what the rules alone read.  Off by default: CI runs the engines as shipped.
"""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _learned_forced_on(monkeypatch: pytest.MonkeyPatch) -> None:
    if os.environ.get("CONCILIUM_TEST_LEARNED") != "1":
        return
    from concilium.text import learned

    real = learned.fill_draft

    def forced(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["apply"] = True
        return real(*args, **kwargs)

    monkeypatch.setattr(learned, "fill_draft", forced)
