"""A report of two resolutions, the earlier told by its day (issue 13, heldout25 class).

A report on a Security Council resolution often sets it beside an earlier one on the same
question and how that was voted: "resolution 2722, passed on 2 February by twelve votes to
none with three abstentions", "when it met on 8 February ... That text, resolution 2724, was
carried 12-0-3", "The vote came a week after the council unanimously adopted resolution
2738".  When the article counts a later
resolution (a higher number) as well, the one told by a day before the report's is the earlier
resolution: an issue of its own, holding its count, the stances of the sentence that counts it
and those of the sentences after it in its paragraph that go back to that vote ("abstained
that day", "said then", "Paris had abstained").  The abstentions are that resolution's, never
the text reported, which its own count ("unanimously") fills.

Near misses: one resolution counted, with a day before told in passing ("after talks that
began on 2 March"): one issue; a sentence after the earlier count that does not go back to
that vote stays on the text reported.

Every article here is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)  # a Friday
# the Security Council on DAY
MEMBERS = {
    *("CHN", "FRA", "RUS", "GBR", "USA", "DZA", "ECU", "GUY"),
    *("JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"),
}
LEAD = "Council acts on Ruritania\n\nNEW YORK, 15 March 2024 - "


def _draft(text: str) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]], dict]:
    """(every stance, the stances named in the text, the counts), by issue."""
    sc = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="unsc")
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    counts: dict[str, Any] = {iid: (meta.get(iid) or {}).get("counts") for iid in meta}
    return labels_by_issue(sc), labels_by_issue(sc, named_only=True), counts


def _main(every: dict[str, dict[str, str]], earlier: str) -> str:
    return next(iid for iid in every if iid != earlier)


def test_abstentions_told_on_an_earlier_day_are_the_earlier_resolutions():
    # 2741 unanimous today; 2722 on 2 February, 12-0-3, Russia, China and France abstaining
    # "that day", France's "had abstained" going back to it: the three abstain on 2722 only.
    every, named, counts = _draft(
        "The Security Council on Friday unanimously adopted resolution 2741, which opens the "
        "Ruritania crossings.\n\nResolution 2722, passed on 2 February by twelve votes "
        "to none with three abstentions, went less far. Russia, China and France abstained "
        "that day. France's ambassador said Paris had abstained because the text went too far."
    )
    assert len(every) == 2, list(every)
    main = _main(every, "resolution-2722")
    assert counts["resolution-2722"] == {"yes": 12, "no": 0, "abstain": 3}
    assert named["resolution-2722"] == dict.fromkeys(("RUS", "CHN", "FRA"), "abstain")
    assert every["resolution-2722"] == {
        **dict.fromkeys(MEMBERS, "support"),
        **dict.fromkeys(("RUS", "CHN", "FRA"), "abstain"),
    }
    assert counts[main] == {"yes": 15, "no": 0, "abstain": 0}
    assert every[main] == dict.fromkeys(MEMBERS, "support")


def test_that_text_after_a_vote_of_an_earlier_day_is_the_earlier_resolution():
    # "when it met on 8 February ... That text, resolution 2724, was carried 12-0-3, with
    # Guyana, Malta and Slovenia abstaining": their abstentions are 2724's.
    every, named, counts = _draft(
        "All 15 members backed resolution 2741, which sets up a monitoring mission in "
        "Ruritania.\n\nThe council was more divided when it met on 8 February to send a "
        "regional force. That text, resolution 2724, was carried 12-0-3, with Guyana, Malta "
        "and Slovenia abstaining."
    )
    assert len(every) == 2, list(every)
    main = _main(every, "resolution-2724")
    assert counts["resolution-2724"] == {"yes": 12, "no": 0, "abstain": 3}
    assert named["resolution-2724"] == dict.fromkeys(("GUY", "MLT", "SVN"), "abstain")
    assert every[main] == dict.fromkeys(MEMBERS, "support")
    assert not named[main]


def test_a_vote_some_days_after_an_earlier_resolution_leaves_it_its_own_count():
    # "came a week after the council unanimously adopted resolution 2738": 2738's count is its
    # own (all fifteen); the text reported's 13-0-2 with Russia and China abstaining.
    every, named, counts = _draft(
        "The Security Council on Friday adopted resolution 2741 by 13 votes to none, with "
        "Russia and China abstaining. The vote came a week after the council unanimously "
        "adopted resolution 2738, which condemned the attacks on the crossings."
    )
    assert len(every) == 2, list(every)
    main = _main(every, "resolution-2738")
    assert every["resolution-2738"] == dict.fromkeys(MEMBERS, "support")
    assert counts["resolution-2738"] == {"yes": 15, "no": 0, "abstain": 0}
    assert named[main] == {"RUS": "abstain", "CHN": "abstain"}
    assert counts[main] == {"yes": 13, "no": 0, "abstain": 2}


def test_one_resolution_with_an_earlier_day_in_passing_is_one_issue():
    # Near miss: "after talks that began on 2 March" is no earlier resolution; the only count
    # is 2741's.
    every, named, counts = _draft(
        "The Security Council on Friday adopted resolution 2741 by 13 votes to none with two "
        "abstentions, after talks that began on 2 March. Russia and China abstained."
    )
    assert len(every) == 1, list(every)
    assert next(iter(named.values())) == {"RUS": "abstain", "CHN": "abstain"}
    assert next(iter(counts.values())) == {"yes": 13, "no": 0, "abstain": 2}


def test_a_sentence_after_the_earlier_count_that_does_not_go_back_stays_on_the_text():
    # Near miss: "Russia and China abstained." after 2735's unanimous count says nothing of
    # that day: the abstentions are 2741's (2735 was unanimous), which the count agrees with.
    every, named, _counts = _draft(
        "The Security Council adopted resolution 2741 on Friday by 13 votes to none with two "
        "abstentions. The vote came a month after the council unanimously adopted resolution "
        "2735. Russia and China abstained."
    )
    assert len(every) == 2, list(every)
    main = _main(every, "resolution-2735")
    assert named[main] == {"RUS": "abstain", "CHN": "abstain"}
    assert every["resolution-2735"] == dict.fromkeys(MEMBERS, "support")
