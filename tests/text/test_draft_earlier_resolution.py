"""An earlier resolution recalled with its own count (issue 13, heldout22/23 class).

A report on a Security Council or General Assembly vote often recalls an earlier resolution
and how it was voted: "A month ago all fifteen members had voted for resolution 2731", "That
earlier text was also carried 14-0".  That count is the earlier resolution's, a decision of its
own: the drafting gives it an issue after the others (or the one the article already made of
it, "abstained, as it had on resolution 2731"), holding that count and the stances of the
sentence that tells it; the count fills its members, never the text reported.

Near misses: a sentence that names the earlier resolution but counts the text reported ("which
had adopted resolution 2731 in February, voted 13-0-2 for a new text"), and a vote "as it had
on resolution 2731" with no count of the earlier one.

Every article here is written for these tests (none is taken from the benchmark articles); the
expected stances are what a careful reader codes from the text alone, and each case says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)
# the Security Council on DAY
MEMBERS = {
    *("CHN", "FRA", "RUS", "GBR", "USA", "DZA", "ECU", "GUY"),
    *("JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"),
}
LEAD = "Council repeats call on Ruritania\n\nNEW YORK, 15 March 2024 - "


def _draft(text: str) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]], dict]:
    """(every stance, the stances named in the text, the counts), by issue."""
    sc = draft_scenario(LEAD + text, source="t.txt", on=DAY, body="unsc")
    meta = (sc.get("x-draft") or {}).get("issues") or {}
    counts: dict[str, Any] = {iid: (meta.get(iid) or {}).get("counts") for iid in meta}
    return labels_by_issue(sc), labels_by_issue(sc, named_only=True), counts


def test_an_earlier_resolution_voted_by_all_is_its_own_issue():
    # 13-0-2 today, Russia and China abstaining; "all fifteen members had voted for resolution
    # 2731" a month ago: every member for 2731, the count 15 on it alone.
    every, named, counts = _draft(
        "The Security Council on Friday adopted resolution 2740 on the Ruritania crossings by "
        "13 votes to none, with Russia and China abstaining. A month ago all fifteen members "
        "had voted for resolution 2731, the Council's first call for the crossings to be opened."
    )
    assert len(every) == 2, list(every)
    main = next(iid for iid in every if iid != "resolution-2731")
    assert every["resolution-2731"] == dict.fromkeys(MEMBERS, "support")
    assert counts["resolution-2731"] == {"yes": 15, "no": 0, "abstain": 0}
    assert named[main] == {"RUS": "abstain", "CHN": "abstain"}
    assert counts[main] == {"yes": 13, "no": 0, "abstain": 2}


def test_an_earlier_resolution_adopted_unanimously_is_its_own_issue():
    # "had unanimously adopted resolution 2731": all fifteen for it; Russia and China voted
    # against the text reported only.
    every, named, counts = _draft(
        "Resolution 2740 on the Ruritania crossings was adopted by 13 votes to 2, with Russia "
        "and China against. Only a week earlier the Council had unanimously adopted resolution "
        "2731, which called for the crossings to be opened."
    )
    assert every["resolution-2731"] == dict.fromkeys(MEMBERS, "support")
    main = next(iid for iid in every if iid != "resolution-2731")
    assert named[main] == {"RUS": "oppose", "CHN": "oppose"}
    assert counts[main] == {"yes": 13, "no": 2, "abstain": 0}


def test_that_earlier_text_carried_gives_its_count_to_the_earlier_resolution():
    # "Russia abstained, as it had ... resolution 2731": its abstention on both; "That earlier
    # text was also carried 14-0": 2731's count (not the text reported, counted before).
    every, named, counts = _draft(
        "Resolution 2740 on the Ruritania crossings was adopted by 14 votes to none. Russia "
        "abstained, as it had in February when the Council passed resolution 2731 on the same "
        "crossings. That earlier text was also carried 14-0, with Russia again the only member "
        "holding back."
    )
    assert named["resolution-2731"] == {"RUS": "abstain"}
    assert counts["resolution-2731"] == {"yes": 14, "no": 0, "abstain": 1}
    assert every["resolution-2731"] == {**dict.fromkeys(MEMBERS, "support"), "RUS": "abstain"}


def test_a_sentence_counting_the_new_text_is_no_earlier_resolutions_count():
    # Near miss: "which had adopted resolution 2731 in February" is an aside; the count is the
    # new text's, and no issue is made of 2731.
    every, named, counts = _draft(
        "The Security Council, which had adopted resolution 2731 in February, on Friday voted "
        "13-0-2 for a new text on the Ruritania crossings, with Russia and China abstaining."
    )
    assert len(every) == 1, list(every)
    assert next(iter(named.values())) == {"RUS": "abstain", "CHN": "abstain"}
    assert next(iter(counts.values())) == {"yes": 13, "no": 0, "abstain": 2}


def test_a_vote_as_on_an_earlier_resolution_with_no_count_of_it_fills_nothing():
    # Near miss: the count is the text reported's; "as it had on resolution 2731" names no count
    # of 2731, so nobody is filled on it.
    every, _named, counts = _draft(
        "The Security Council adopted resolution 2740 on the Ruritania crossings by 14 votes to "
        "none, with Russia abstaining, as it had on resolution 2731 in February."
    )
    assert all(not c for iid, c in counts.items() if "2731" in iid)
    assert all(labs.keys() <= {"RUS"} for iid, labs in every.items() if "2731" in iid)
    main = next(iid for iid in every if "2731" not in iid)
    assert counts[main] == {"yes": 14, "no": 0, "abstain": 1}
    assert every[main] == {**dict.fromkeys(MEMBERS, "support"), "RUS": "abstain"}
