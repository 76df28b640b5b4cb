"""Red team 18 (issue 13): wire-report forms that drafted the opposite of the stated stance
(or a stance where the text gives none), on sentences written for this file.

- the text denied beside something else backed: "We support the goal, but not this
  package" was support for the package; no stance;
- a claim set aside: "It was not that Hungary opposed sanctions", "Nobody can say Slovakia
  opposed this", "Reports that Austria had blocked the package were wrong" were oppose;
- a veto or objection that went away or never came: "Turkey's opposition melted away" was
  oppose (now support, as a lifted objection); "Hungary's veto never came", "a threatened
  veto did not materialise" were oppose (now no stance);
- earlier texts as background: "Washington, which had vetoed three earlier drafts, ..."
  was a veto of the text reported; no stance; "adopted after Russia and China vetoed a US
  draft" likewise (the US draft is now a second text);
- a stance that lasted until a named day: "Hungary had resisted it until Monday" was
  oppose; no stance;
- a clause after a semicolon read as the subject's apposition: "France voted yes; Germany
  and Italy, by contrast, abstained" gave Germany and Italy France's vote;
- "whose country": "the Israeli ambassador, whose country voted against, ..." gave no stance
  (a miss, cheap to mend); now the ambassador's state;
- a relative clause dated to a month: "India, which abstained in October, backed the text"
  was abstain (the earlier vote outranked the backing); now support;
- "criticised the plan but signed it anyway": "it" is the plan, and the signing outranks
  the criticism (was oppose).

Each expected label is what a careful reader codes from the text alone; ``None`` means no
stance for that actor (the whole article is drafted, dateline and all).
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

EU_LEAD = (
    "BRUSSELS, June 27, 2024 (Wire) - EU ministers approved the new sanctions package on Thursday. "
)
NATO_LEAD = (
    "BRUSSELS, July 4, 2024 (Wire) - NATO allies agreed a new air-defence plan on Thursday. "
)
UN_LEAD = (
    "UNITED NATIONS, March 25, 2024 (Wire) - The Security Council adopted a resolution on Gaza. "
)
DEC_LEAD = (
    "UNITED NATIONS, December 12, 2023 (Wire) - The General Assembly demanded a ceasefire in "
    "Gaza by 153 votes to 10. "
)
GA_LEAD = (
    "UNITED NATIONS, October 27, 2023 (Wire) - The General Assembly adopted a resolution on Gaza "
    "by 120 votes to 14. "
)


def _check(lead: str, tail: str, expected: dict[str, str | None]) -> None:
    """The drafted labels of the actors expected on the lead's decision (the first issue; a
    text recalled in passing is drafted as an issue of its own after it)."""
    got = next(iter(labels_by_issue(draft_scenario(lead + tail)).values()))
    assert {a: got.get(a) for a in expected} == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        # the text itself refused beside what is backed
        ("Hungary backed the aim but not the package.", {"HUN": None}),
        (
            '"We support the goal, but not this package," the Hungarian minister said.',
            {"HUN": None},
        ),
        ("Slovakia welcomed the idea, but not the text.", {"SVK": None}),
        # near misses: the text is what is backed, or both are
        (
            '"We support the package, but not the price cap," said the Hungarian minister.',
            {"HUN": "support"},
        ),
        ("Hungary backed the goal and the package.", {"HUN": "support"}),
        # a claim set aside
        ("It was not that Hungary opposed sanctions, its foreign minister said.", {"HUN": None}),
        ('"Nobody can say Slovakia opposed this," said the Slovak envoy.', {"SVK": None}),
        ("Reports that Austria had blocked the package were wrong.", {"AUT": None}),
        ("Claims that Austria had blocked the package were not true.", {"AUT": None}),
        # near misses: the claim stands
        ("Reports that Austria had blocked the package were correct.", {"AUT": "oppose"}),
        ("It was clear that Slovakia opposed the package.", {"SVK": "oppose"}),
        ("Slovakia said it opposed the package.", {"SVK": "oppose"}),
    ],
)
def test_eu_forms(tail: str, expected: dict[str, str | None]) -> None:
    _check(EU_LEAD, tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # what stood in the way went of itself, or never came
        ("Turkey's opposition melted away after talks with Washington.", {"TUR": "support"}),
        ("Hungary's objections evaporated once guarantees were offered.", {"HUN": "support"}),
        ("Turkey's support melted away after the talks.", {"TUR": "oppose"}),
        ("Hungary's veto never came.", {"HUN": None}),
        ("A threatened Turkish veto did not materialise.", {"TUR": None}),
        ("The Turkish veto that many had feared failed to materialise.", {"TUR": None}),
        # near misses: the opposition stands
        ("Turkey's opposition hardened after talks with Washington.", {"TUR": "oppose"}),
        ("Hungary's veto came on Wednesday.", {"HUN": "oppose"}),
        # a stance told as lasting until a named day
        ("Hungary had resisted it until Monday.", {"HUN": None}),
        ("Germany was joined by Hungary, which had resisted the plan until Monday.", {"HUN": None}),
        ("Turkey had backed the plan until March.", {"TUR": None}),
        ("Budapest withheld its blessing until the last minute.", {"HUN": None}),
        ("Budapest withheld its blessing.", {"HUN": "oppose"}),
        # near miss: "until the end" is no day
        ("Hungary resisted it until the end.", {"HUN": "oppose"}),
        # the criticised text signed all the same
        ("Hungary criticised the plan but signed it anyway.", {"HUN": "support"}),
        # near miss: "it" may be another noun
        ("Hungary read the report and signed it.", {"HUN": None}),
    ],
)
def test_nato_forms(tail: str, expected: dict[str, str | None]) -> None:
    _check(NATO_LEAD, tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # earlier texts as background
        ("Washington had vetoed three earlier drafts.", {"USA": None}),
        ("Washington had vetoed an earlier draft.", {"USA": None}),
        # (the earlier vetoes are background; its abstention on this one is read since red
        # team 19's "let it pass by abstaining")
        (
            "Washington, which had vetoed three earlier drafts, let this one pass by abstaining.",
            {"USA": "abstain"},
        ),
        ("Russia, which had backed previous drafts, abstained.", {"RUS": "abstain"}),
        # a text told by its sponsor, recalled in passing
        (
            "The vote came after Russia and China vetoed a US draft on Friday.",
            {"RUS": None, "CHN": None},
        ),
        (
            "It was adopted after Russia and China vetoed an American draft.",
            {"RUS": None, "CHN": None},
        ),
        # near misses: the text reported
        ("Washington had vetoed the draft.", {"USA": "oppose"}),
        ("Russia, which had backed earlier drafts, voted against this one.", {"RUS": "oppose"}),
    ],
)
def test_council_forms(tail: str, expected: dict[str, str | None]) -> None:
    _check(UN_LEAD, tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a semicolon ends the clause: what follows is not the subject's apposition
        (
            "France voted yes; Germany and Italy, by contrast, abstained.",
            {"FRA": "support", "DEU": None, "ITA": None},
        ),
        (
            "France voted in favour; Germany and Italy, however, voted against.",
            {"FRA": "support", "DEU": "oppose", "ITA": "oppose"},
        ),
        # "whose country": the state the relative clause's noun speaks for
        (
            "The Israeli ambassador, whose country voted against, called it a dark day.",
            {"ISR": "oppose"},
        ),
        (
            '"This is a dark day," said the Israeli ambassador, whose country voted no.',
            {"ISR": "oppose"},
        ),
        ("The Swiss envoy, whose government abstained, called for more talks.", {"CHE": "abstain"}),
        # near miss: what else "whose" owns names no state's act
        (
            "The Israeli ambassador, whose father was born in Morocco, voted no.",
            {"ISR": "oppose", "MAR": None},
        ),
        # near miss: no semicolon, a plain list
        (
            "France, Germany and Italy voted yes.",
            {"FRA": "support", "DEU": "support", "ITA": "support"},
        ),
    ],
)
def test_assembly_forms(tail: str, expected: dict[str, str | None]) -> None:
    _check(GA_LEAD, tail, expected)


@pytest.mark.parametrize(
    "tail, expected",
    [
        # a relative clause dated to a month tells an earlier vote
        ("India, which abstained in October, backed the text.", {"IND": "support"}),
        ("Austria, which voted against in October, abstained.", {"AUT": "abstain"}),
        # near misses: the same vote again, or the clause in the past perfect
        ("Germany, which abstained in October, abstained again.", {"DEU": "abstain"}),
        ("Canada, which had abstained in October, voted yes this time.", {"CAN": "support"}),
    ],
)
def test_earlier_month_forms(tail: str, expected: dict[str, str | None]) -> None:
    _check(DEC_LEAD, tail, expected)
