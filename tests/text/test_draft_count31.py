"""Two count classes (the open counts of test_draft_speedrest2):

* "every one of the 32 allies", "each one of the fifteen members", "every single one of the
  30 allies": all of them, read as "all 32 allies" is (a count of N for or against, as the
  sentence says), not the "one of the 32" in it as a count of one;
* a roll-call summary with commas for colons: "In favour, 101; against, 12; abstentions, 3"
  is yes 101, no 12, abstain 3, as "In favour: 101; against: 12; abstentions: 3" is.

The near misses: a part of the members is still a part ("one of the 32 allies objected" is
one against, not none and not 32; "three of the 15 members voted against" is three);
"every one of them" has no number and is no count; "each of the 27 member states has one
vote" has no vote in it; a comma after a label with no number after it is no tally ("In
favour of the plan, Britain; against, France"), nor is "yes, two" in a quoted answer.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts and stances are what a careful reader codes from the text alone.  Each
case's comment says whether it fails on the code before this change ("fails before") or is a
near miss that already passed and guards the change ("guard").
"""

from __future__ import annotations

import pytest
from drafted_labels import labels, needs_spacy

from concilium.text import counts
from concilium.text.draft import draft_scenario


def _stated(t: counts.Tally) -> dict[str, object]:
    out: dict[str, object] = dict(t.as_dict())
    if t.rest:
        out["rest"] = t.rest
    if t.but_names:
        out["but_names"] = t.but_names
    return out


EVERY_ONE_OF = [
    # all 27 backed it -> yes 27 (fails before: yes 1, the "one of the 27")
    ("Every one of the 27 member states backed the sanctions package on Monday.", {"yes": 27}),
    # all fifteen voted for -> yes 15 (fails before: yes 1)
    ("Each one of the fifteen council members voted in favour of the text.", {"yes": 15}),
    # "every single one": all 30 signed up -> yes 30 (fails before: no count)
    ("Every single one of the 30 allies signed up to the package.", {"yes": 30}),
    # all but Hungary, as "All 27 governments except Hungary backed the plan" reads: the
    # others support, Hungary's own vote not stated (fails before: no count)
    (
        "Every one of the 27 governments except Hungary backed the plan.",
        {"rest": "support", "but_names": ["Hungary"]},
    ),
    # no number: every ally backed it, as "All the allies backed it" reads (fails before: none)
    ("Every one of the allies backed it.", {"rest": "support"}),
    # all 15 against -> no 15, as "All 15 members voted against the motion" (guard: read so
    # before, by the "15 members voted against" in it)
    ("Every one of the 15 members voted against the motion.", {"no": 15}),
    # "each of the 27" -> yes 27 (guard: read so before)
    ("Each of the 27 governments approved the text.", {"yes": 27}),
    # near miss: one of the 32, no "every" -> one against (fails before: no count)
    ("One of the 32 allies objected.", {"no": 1}),
    # near miss: one of the 32 voted against -> one, not 32 (fails before: no 32)
    ("One of the 32 allies voted against the request.", {"no": 1}),
    # near miss: three of the fifteen -> three against (fails before: no 15)
    ("Three of the 15 members voted against the text.", {"no": 3}),
    # near miss: "every one of them", no number -> no count (fails before: yes 1)
    ("Every one of them backed it.", {}),
    # near miss: "each of them", no number -> no count (guard)
    ("Each of them voted in favour.", {}),
    # near miss: "each of the 27" with no vote -> no count (guard)
    ("Each of the 27 member states has one vote in the council.", {}),
    # near miss: "all but one of the 27" against -> 26 (guard)
    ("All but one of the 27 member states voted against.", {"no": 26}),
]

COMMA_TALLIES = [
    # yes 101, no 12, abstain 3 (fails before: no count)
    ("In favour, 101; against, 12; abstentions, 3.", {"yes": 101, "no": 12, "abstain": 3}),
    # "For, N" and "abstaining, N" (fails before: no count)
    ("For, 26; against, 1; abstaining, 2.", {"yes": 26, "no": 1, "abstain": 2}),
    # in brackets after the decision (fails before: no count)
    (
        "The text passed (in favour, 128; against, 9; abstentions, 35).",
        {"yes": 128, "no": 9, "abstain": 35},
    ),
    # a count in words: "none" against is no 0 (fails before: no count)
    (
        "The result: in favour, 13; against, none; abstentions, 2.",
        {"yes": 13, "no": 0, "abstain": 2},
    ),
    # near miss: colons and full stops -> yes 101, no 12 (guard: read so before)
    ("In favour: 101. Against: 12.", {"yes": 101, "no": 12}),
    # near miss: the labels name members, not numbers -> no tally (guard)
    ("In favour of the plan, Britain; against, France.", {}),
    # near miss: "yes, two" is an answer, not a label and its count -> no tally (guard)
    ("Asked how many had objected, he said: yes, two.", {}),
    # near miss: "no, two more votes" -> no tally (guard)
    ("Asked whether the text would pass, the diplomat said: no, two more votes were needed.", {}),
    # near miss: a number after "against," that counts no votes -> no tally (guard)
    ("Against, two diplomats said, were France and Italy.", {}),
]


@pytest.mark.parametrize(("sentence", "expected"), EVERY_ONE_OF + COMMA_TALLIES)
def test_counts_read_by_hand(sentence: str, expected: dict[str, object]) -> None:
    assert _stated(counts.find_counts(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), EVERY_ONE_OF + COMMA_TALLIES)
def test_the_prechecks_change_no_count(
    sentence: str, expected: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the "each"/"every" check before the rewrite is a precheck only: with every precheck
    # off (folded() refusing the sentence) the counts are the same (guard)
    fast = vars(counts.find_counts(sentence))
    monkeypatch.setattr(counts, "folded", lambda sentence: None)
    assert vars(counts.find_counts(sentence)) == fast


@needs_spacy
def test_every_one_of_the_allies_fills_the_alliance() -> None:
    # NATO had 32 members on 2024-06-12: "Every one of the 32 allies endorsed the request" is
    # all of them, Poland and Finland (named for the batteries only) among them (fails before:
    # a count of one, and no stance drafted)
    text = (
        "NATO backs air-defence plan\n\n"
        "BRUSSELS, 12 June 2024 (Wire) - NATO defence ministers on Wednesday approved a new "
        "air-defence plan for the eastern flank. Every one of the 32 allies endorsed the "
        "request, officials said. Poland and Finland will host the first batteries."
    )
    sc = draft_scenario(text, source="t.txt")
    got = labels(sc)
    assert len(got) == 32
    assert set(got.values()) == {"support"}
    (meta,) = sc["x-draft"]["issues"].values()
    assert meta["counts"] == {"yes": 32, "no": 0, "abstain": 0}


@needs_spacy
def test_a_comma_tally_fills_the_council() -> None:
    # The Security Council (15 members in 2023): 13 in favour, none against, two abstaining,
    # the two named; the 13 others voted for it (fails before: only the two abstentions)
    text = (
        "Council renews mission\n\n"
        "NEW YORK, 10 May 2023 (Wire) - The Security Council renewed the mission in Mali on "
        "Wednesday. In favour, 13; against, none; abstentions, 2. China and Russia abstained."
    )
    sc = draft_scenario(text, source="t.txt")
    got = labels(sc)
    assert got["CHN"] == got["RUS"] == "abstain"
    assert got["FRA"] == got["BRA"] == "support"
    assert len(got) == 15
    (meta,) = sc["x-draft"]["issues"].values()
    assert meta["counts"] == {"yes": 13, "no": 0, "abstain": 2}
