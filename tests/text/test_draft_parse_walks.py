"""Walking up a dependency parse ends at the sentence's root.

spaCy makes a new ``Token`` object on every access, so ``tok.head is tok`` is never true, even
at the root (whose head is itself).  Loops that climbed "while verb.head is not verb" never
stopped when the root was not what they looked for: "..., and Spain, Portugal and several
northern member states backed that" (a demonstrative "that" read as a relative pronoun, its
clause's root not a relative clause) hung the drafter.  The walks now compare token indices.
Sentences written for this test; each draft runs under a 20-second alarm so a regression fails
instead of hanging the suite.
"""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from drafted_labels import labels

from concilium.text.draft import draft_scenario

pytest.importorskip("spacy")


@contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    def _fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"drafting took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _labels(text: str) -> dict[str, str]:
    with _alarm(20):
        return labels(draft_scenario(text, on=dt.date(2018, 6, 26), body="eu-council"))


def test_a_demonstrative_that_as_object_ends_the_walk_and_keeps_the_backers():
    text = (
        "EU ministers agree date for membership talks\n\n"
        "LUXEMBOURG, 26 June 2018 - European Union ministers agreed on Tuesday to open "
        "membership talks with the two candidates next year. The Commission had proposed "
        "opening the talks at once, and Spain, Portugal and several northern member states "
        "backed that."
    )
    got = _labels(text)
    # "backed that": Spain and Portugal backed opening the talks (at once), the direction of
    # the decision (opening them): support.
    assert got.get("ESP") == "support"
    assert got.get("PRT") == "support"


def test_a_nominal_root_with_a_that_clause_ends_the_walk():
    text = (
        "EU ministers agree date for membership talks\n\n"
        "LUXEMBOURG, 26 June 2018 - European Union ministers agreed on Tuesday to open "
        "membership talks with the two candidates next year. A compromise that Greece "
        "accepted, after weeks of talks."
    )
    got = _labels(text)
    assert got.get("GRC") != "oppose"
