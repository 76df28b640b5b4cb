"""A decision put off: three more wordings of who held it up and who wanted it now (issue 13;
found while writing ``test_draft_title31``'s passages, before heldout31 was run).

Under the benchmark's convention (``benchmarks/draft/README.md``, gold format) the issue is the
proposal: a member that wanted it put off or needed more time opposes it, one that wanted it
decided at once supports it.  The classes:

1. the lead's proposal named in more than six words before "until December" ("put off the
   overhaul of the bloc's asylum rules until December") was not read as put off, so no stance
   on it was read either;
2. "needed more time" (beside "wanted more time", already read) is a wish for the delay;
3. "wanted it agreed at once" (beside "pressed for it to be agreed at once") wants it now.

Every passage is written for these tests; the labels are derived by hand from the passage.
Near misses: needing more money (not time), wanting it agreed by a later date, the same words
where the decision was taken.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

EU = "EU leaders put off asylum overhaul to December\n\nBRUSSELS, 20 June 2024 (Wire) - "
NATO = "Allies delay decision on Sweden's membership\n\nBRUSSELS, 4 April 2023 (Wire) - "


def _named(text: str) -> dict[str, str]:
    sc = draft_scenario(text + "\n", source="t.txt", engine="spacy")
    (issue,) = sc["issues"]
    return labels_by_issue(sc, named_only=True).get(issue["id"], {})


@pytest.mark.parametrize(
    "body, want",
    [
        # 1: seven words between "put off" and "until December" (fails on the old code)
        (
            (
                "European Union leaders on Thursday put off the overhaul of the bloc's asylum rules "
                "until December. Italy and Greece had pressed for it to be agreed at once. Hungary "
                "said it wanted more time."
            ),
            {"ITA": "support", "GRC": "support", "HUN": "oppose"},
        ),
        # 2 and 3 (fail on the old code)
        (
            (
                "European Union leaders on Thursday put off a decision on the asylum overhaul until "
                "December. Italy and Greece had wanted it agreed at once. Hungary said it needed "
                "more time."
            ),
            {"ITA": "support", "GRC": "support", "HUN": "oppose"},
        ),
        (
            (
                "European Union leaders on Thursday put off a decision on the asylum overhaul until "
                "December. Hungary and Poland said they needed more time."
            ),
            {"HUN": "oppose", "POL": "oppose"},
        ),
    ],
)
def test_who_held_a_decision_up_and_who_wanted_it_now(body: str, want: dict[str, str]) -> None:
    assert _named(EU + body) == want


def test_an_alliance_decision_put_off_by_two_that_needed_more_time() -> None:
    # (fails on the old code: Turkey and Hungary were not read)
    got = _named(
        NATO + "NATO foreign ministers on Tuesday again put off the question. Turkey and Hungary "
        "said they needed more time, while Finland and Denmark urged an immediate decision."
    )
    assert got == {"TUR": "oppose", "HUN": "oppose", "FIN": "support", "DNK": "support"}


@pytest.mark.parametrize(
    "body, want",
    [
        # more money, not more time: no wish for the delay (Italy's push still read)
        (
            (
                "European Union leaders on Thursday put off a decision on the asylum overhaul until "
                "December. Italy had pressed for it to be agreed at once. Hungary said it needed "
                "more money for its border guards."
            ),
            {"ITA": "support"},
        ),
        # agreed by a later date is no "now": no stance
        (
            (
                "European Union leaders on Thursday put off a decision on the asylum overhaul until "
                "December. Italy had wanted it agreed by the end of the year."
            ),
            {},
        ),
    ],
)
def test_near_misses(body: str, want: dict[str, str]) -> None:
    assert _named(EU + body) == want


TAKEN = (
    "EU opens talks with Albania\n\nBRUSSELS, 27 June 2019 (Wire) - European Union ministers "
    "on Thursday agreed to open accession talks with Albania. "
)


@pytest.mark.parametrize(
    "text, want",
    [
        # a decision taken: leading the call for a delay is against deciding now (support on
        # the old code: the effort's "for" read without its object; fails on the old code)
        ("Denmark had led the call for a delay.", {"DNK": "oppose"}),
        # the campaign against a delay is for deciding now (fails on the old code: oppose)
        ("Denmark had led the campaign against a delay.", {"DNK": "support"}),
        # near miss: the call for the talks themselves
        ("Denmark had led the call for the talks.", {"DNK": "support"}),
    ],
)
def test_an_effort_for_or_against_a_delay_in_a_decision_taken(text: str, want: dict) -> None:
    assert _named(TAKEN + text) == want
