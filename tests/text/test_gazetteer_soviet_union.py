"""The Soviet Union (``SUN``) in the gazetteer, and the names it shared in turn with Russia.

Dates, restated here from their sources rather than copied from ``gazetteer.yaml``:
- the USSR's UN seat passed to the Russian Federation by its letter of 24 December 1991 to the
  Secretary-General (UN member-states page of the Russian Federation); the built-in ``unsc``
  body lists the seat under SUN to 23 Dec 1991 and under RUS from 24 Dec, so "Moscow",
  "Russia", "Russian" and "the Kremlin" name SUN up to 23 Dec and RUS from 24 Dec;
- the Union was dissolved on 26 December 1991 (Gorbachev's resignation was announced on
  25 Dec), so "the Soviet Union", "the USSR" and "Soviet" name nothing after 25 Dec 1991;
- Leonid Brezhnev led the Union from 14 Oct 1964 to his death on 10 Nov 1982; Mikhail
  Gorbachev from 11 Mar 1985 to 25 Dec 1991 (archontology.org, USSR heads of state and party).

The sentences are written for these tests; the inside and outside days are chosen by hand
from the dates above.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.text import nlp
from concilium.text.draft import Gazetteer, draft_scenario

D = dt.date


def _who(text: str, on: dt.date) -> list[str | None]:
    return [m.actor or m.body for m in Gazetteer.builtin().find(text, on)]


@pytest.mark.parametrize(
    "text, on, who",
    [
        # the Union's own names while it existed
        ("the Soviet Union said", D(1975, 11, 10), ["SUN"]),
        ("the USSR abstained", D(1983, 9, 12), ["SUN"]),
        ("the Soviet delegation", D(1961, 4, 1), ["SUN"]),
        ("the Soviet Union said", D(1991, 12, 25), ["SUN"]),  # last day before dissolution
        # after the dissolution they name no actor ("former Soviet republics")
        ("two former Soviet republics", D(2008, 4, 3), []),
        ("the Soviet Union said", D(1991, 12, 26), []),
        # the shared names: SUN up to 23 Dec 1991, RUS from 24 Dec 1991 (the UN seat's handover)
        ("Moscow said", D(1979, 12, 12), ["SUN"]),
        ("Moscow said", D(1991, 12, 23), ["SUN"]),
        ("Moscow said", D(1991, 12, 24), ["RUS"]),
        ("Moscow said", D(2014, 3, 1), ["RUS"]),
        ("the Kremlin warned", D(1968, 8, 21), ["SUN"]),
        ("the Kremlin warned", D(2022, 2, 24), ["RUS"]),
        ("the Russian delegation", D(1990, 11, 29), ["SUN"]),
        ("the Russian delegation", D(1999, 6, 10), ["RUS"]),
        ("Russia said", D(1991, 12, 1), ["SUN"]),
        ("the Russian Federation said", D(1993, 1, 1), ["RUS"]),
        # leaders only while in office
        ("Brezhnev said", D(1979, 12, 12), ["SUN"]),
        ("Brezhnev said", D(1985, 6, 1), []),  # died 10 Nov 1982
        ("Gorbachev said", D(1987, 12, 8), ["SUN"]),
        ("Gorbachev said", D(1984, 6, 1), []),  # Chernenko's time
        ("Gorbachev said", D(1995, 6, 1), []),  # the Union was gone
    ],
)
def test_soviet_union_names_and_the_names_it_shared_with_russia(text, on, who):
    assert _who(text, on) == who


@pytest.mark.skipif(not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')")
def test_soviet_stance_before_the_dissolution_is_the_unions():
    # A 1983 alliance decision (a date of the Union's time) and Moscow's warning against it:
    # a careful reader codes the Soviet Union as opposed, and no Russia actor exists then.
    text = (
        "NATO approves new radar network\n\n"
        "BRUSSELS, 8 June 1983 (Wire) - NATO ministers agreed on Wednesday to build a new "
        "early-warning radar network along the alliance's eastern border.\n\n"
        "Moscow condemned the decision as a provocation."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got.get("SUN") == "oppose"
    assert "RUS" not in got
