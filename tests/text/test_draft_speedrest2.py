"""Speed, round 2, of the drafter's own passes and the vote counts (issue 13): no draft may
change, so each test checks that a faster way gives what the slower one gave.

- A dict lookup by a compiled pattern hashes the pattern's whole compiled code (some 10 µs
  for the longest count pattern): the counts' and the set-aside proposals' word prechecks look
  their words up by the pattern's id() instead, read from the same tables.
- The fixed groups ("the Baltic states") are searched for only in a text with a word each
  pattern needs (_GROUP_NAME_WORDS).
- The dated groups' patterns try "\\b" before their two lookbehinds ("not one of the P5"):
  zero-width tests of one position, so the order cannot change a match, but the lookbehinds
  now run only at word boundaries.

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected counts and expansions are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text import counts, draft


class _NoLookupByPattern(dict):  # type: ignore[type-arg]
    """A precheck table that refuses a lookup by key (the slow way): only its items are read."""

    def __getitem__(self, key: Any) -> Any:
        raise AssertionError("looked up by the pattern itself")

    def get(self, key: Any, default: Any = None) -> Any:
        raise AssertionError("looked up by the pattern itself")


# --- the counts' precheck by id ------------------------------------------------------------

COUNT_SENTENCES = [
    # (sentence, the counts stated, by hand)
    ("The board approved the plan by 14 votes to one.", {"yes": 14, "no": 1}),
    ("Twelve of the fifteen members voted for it; Chad and Peru abstained.", {"yes": 12}),
    ("The motion carried 9-4-2.", {"yes": 9, "no": 4, "abstain": 2}),
    ("No member voted against, and three abstained.", {"no": 0, "abstain": 3}),
    ("All 32 allies endorsed the request.", {"yes": 32}),
    ("The statement was agreed unanimously.", {"rest": "support"}),
    ("In favour: 101; against: 12; abstentions: 30.", {"yes": 101, "no": 12, "abstain": 30}),
    # near misses: no count of a vote
    ("The text needs nine votes in favour to pass.", {}),
    ("Ministers spent two days on 14 files.", {}),
    ("The budget grew from 12 to 15 billion.", {}),
]


def _stated(t: counts.Tally) -> dict[str, object]:
    out: dict[str, object] = dict(t.as_dict())
    if t.rest:
        out["rest"] = t.rest
    return out


@pytest.mark.parametrize(("sentence", "expected"), COUNT_SENTENCES)
def test_counts_read_by_hand(sentence: str, expected: dict[str, object]) -> None:
    got = _stated(counts.find_counts(sentence))
    for key, value in expected.items():
        assert got.get(key) == value, (sentence, got)
    if not expected:
        assert got == {}, (sentence, got)


# Classes seen while writing these, open then, read since (test_draft_count31)
OPEN_COUNTS = [
    # "every one of the N": all N, not the "one of the N" read as a count of one (a part)
    ("Every one of the 32 allies endorsed the request.", {"yes": 32}),
    # a roll-call summary with commas for colons ("In favour, 101; ...")
    ("In favour, 101; against, 12; abstaining, 30.", {"yes": 101, "no": 12, "abstain": 30}),
]


@pytest.mark.parametrize(("sentence", "expected"), OPEN_COUNTS)
def test_open_count_classes(sentence: str, expected: dict[str, object]) -> None:
    assert _stated(counts.find_counts(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), COUNT_SENTENCES)
def test_counts_never_look_a_pattern_up(
    sentence: str, expected: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = vars(counts.find_counts(sentence))
    monkeypatch.setattr(counts, "_NEEDS_WORD", _NoLookupByPattern(counts._NEEDS_WORD))
    assert vars(counts.find_counts(sentence)) == fast
    # and the same with every precheck off (a sentence folded() refuses skips none)
    monkeypatch.setattr(counts, "folded", lambda sentence: None)
    assert vars(counts.find_counts(sentence)) == fast


def test_counts_precheck_by_id_is_the_words_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counts, "_FOLDED_TWIN", {})  # (the words alone)
    # the table by id is _NEEDS_WORD's, pattern by pattern: the same words, no other pattern
    assert counts._NEEDS_BY_ID == {id(rx): words for rx, words in counts._NEEDS_WORD.items()}
    for rx, words in counts._NEEDS_WORD.items():
        assert not counts._may_match(rx, "zzz qqq")
        for word in words:
            assert counts._may_match(rx, f"a {word} b"), (word, rx.pattern[:60])
    unlisted = re.compile(r"\bvotes?\b", re.IGNORECASE)
    assert counts._may_match(unlisted, "zzz qqq")  # a pattern not listed runs


def test_case_free_keeps_only_patterns_that_ignore_case_throughout() -> None:
    assert counts._case_free(re.compile(r"\bvoted\s+(?P<Verb>for)\S*\B", re.IGNORECASE))
    assert not counts._case_free(re.compile(r"\bvoted\b"))  # case matters
    assert not counts._case_free(re.compile(r"\bvoted (?-i:[A-Z]\w+)", re.IGNORECASE))
    assert not counts._case_free(re.compile(r"\b(?:EU|bloc)\b", re.IGNORECASE))
    assert not counts._case_free(re.compile(r"[A-Z]\w+", re.IGNORECASE))
    # the count patterns with a name in them ("apart from Russia") have no twin
    assert id(counts._EXCEPTED) not in counts._FOLDED_TWIN
    assert len(counts._FOLDED_TWIN) >= 20


# sentences in several cases and with letters the engine folds: the twin on the folded text
# finds a match exactly where the pattern finds one in the sentence
TWIN_SENTENCES = [s for s, _ in COUNT_SENTENCES] + [
    "THE BOARD APPROVED THE PLAN BY 14 VOTES TO ONE.",
    "The Board Approved The Plan By Fourteen Votes To One, With Two Abstentions.",
    "In Favour: 101; Against: 12; Abstentions: 30.",
    "ÜBER 12 Delegationen stimmten dafür; the text passed 12-3.",
    "The \u212aelvin-sign draft (a look-alike K) was adopted by 12 votes to two.",
    "The ſecond draft was adopted by 12 votes to two.",  # folded refuses it: no twin used
]


@pytest.mark.parametrize("sentence", TWIN_SENTENCES)
def test_folded_twins_match_where_the_patterns_do(sentence: str) -> None:
    low = counts.folded(sentence)
    assert (low is None) == ("ſ" in sentence)
    compared = 0
    for rx in [*(rx for rx, _ in counts._PATTERNS), *counts._NEEDS_WORD]:
        twin = counts._FOLDED_TWIN.get(id(rx))
        if twin is None or low is None:
            continue
        assert (twin.search(low) is None) == (rx.search(sentence) is None), rx.pattern[:60]
        compared += 1
    assert compared >= 20 or low is None


# --- the set-aside proposals' precheck by id -----------------------------------------------


def test_argued_prechecks_read_by_id(monkeypatch: pytest.MonkeyPatch) -> None:
    sents = [
        (0, "Ministers agreed new tariffs on steel on Monday."),
        (50, "They did not agree to ban imports of timber."),
        (96, "Sweden had separately argued for a cap on fuel prices."),
    ]
    text = " ".join(s for _, s in sents)
    fast = draft._argued_over(sents, [], text, [], 0)
    monkeypatch.setattr(draft, "_ARGUED_WORDS", _NoLookupByPattern(draft._ARGUED_WORDS))
    assert draft._argued_over(sents, [], text, [], 0) == fast


# --- the fixed groups' precheck ------------------------------------------------------------

FIXED_GROUP_TEXTS = [
    # (text, the members put in, by hand)
    ("The Baltic states urged a tougher line.", "Estonia, Latvia and Lithuania"),
    ("The Baltics pressed for more troops.", "Estonia, Latvia and Lithuania"),
    ("The Baltic trio backed the plan.", "Estonia, Latvia and Lithuania"),
    ("The Benelux countries asked for a delay.", "Belgium, the Netherlands and Luxembourg"),
    ("The Nordics opposed the cut.", "Denmark, Finland, Iceland, Norway and Sweden"),
    ("The Nordic nations welcomed it.", "Denmark, Finland, Iceland, Norway and Sweden"),
    ("The Visegrad Four blocked the quota.", "Czechia, Hungary, Poland and Slovakia"),
    ("The Visegrád group held out.", "Czechia, Hungary, Poland and Slovakia"),
    ("The V4 said no.", "Czechia, Hungary, Poland and Slovakia"),
    # near misses: no group's name, or one the text spells out itself
    ("The Baltic Sea pipeline was discussed.", None),
    ("The Nordic model of welfare came up.", None),
    ("The V4+ format met in Prague.", None),
    ("The Baltic states (Estonia and Latvia) agreed.", None),
    ("Leaders met in Brussels on Friday.", None),
]


@pytest.mark.parametrize(("text", "members"), FIXED_GROUP_TEXTS)
def test_fixed_groups_by_hand_and_without_precheck(
    text: str, members: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = draft._expand_groups(text)
    if members is None:
        assert fast == (text, [])
    else:
        assert fast[1] == [f"{draft._GROUP_MARK}{members})"]
        assert f"{draft._GROUP_MARK}{members})" in fast[0]
    monkeypatch.setattr(draft, "_GROUP_NAME_WORDS", [("",)] * len(draft._GROUPS))
    assert draft._expand_groups(text) == fast


def test_fixed_group_words_are_the_patterns_own() -> None:
    assert len(draft._GROUP_NAME_WORDS) == len(draft._GROUPS)
    for (rx, _), words in zip(draft._GROUPS, draft._GROUP_NAME_WORDS, strict=True):
        assert not rx.flags & re.IGNORECASE  # the words are matched with their case
        assert all(word in rx.pattern for word in words), (words, rx.pattern)
        # every name of the group the pattern finds holds one of the words (a text naming
        # the group any way passes the precheck)
        for text, _ in FIXED_GROUP_TEXTS:
            for m in rx.finditer(text):
                assert any(word in m.group() for word in words), (m.group(), words)


# --- the dated groups' "\b" first ----------------------------------------------------------

_LOOKBEHINDS = r"(?<!\bof\s)(?<!\bof\sthe\s)"

DATED_GROUP_TEXTS = [
    "The P5 met before the vote, and one of the P5 abstained.",
    "Three of the five permanent members of the Security Council backed it.",
    "The E3 urged restraint; members of the E3 spoke later; the E3+3 met.",
    "Diplomats from the P3 drafted it. The three Western permanent members agreed.",
    "The frugal four held out. Some of the frugal four relented.",
    "The Council's three African members spoke. The A3 backed it.",
    "The ten elected members of the Council met; one of the elected members left.",
    "Both Korean governments and the two Koreas welcomed it.",
    "The two Congos, both the Sudans and the two German states were named.",
    "Leaders of the E3 and officials of the P5 met.",  # a part: never the group
    "xP5 and P5x and E3-led talks were not a group's name.",
]


@pytest.mark.parametrize(("rx", "group"), draft._DATED_GROUPS)
def test_dated_group_patterns_boundary_first_same_matches(rx: re.Pattern[str], group: str) -> None:
    assert rx.pattern.startswith(r"\b" + _LOOKBEHINDS)
    old = re.compile(_LOOKBEHINDS + r"\b" + rx.pattern[len(r"\b" + _LOOKBEHINDS) :], rx.flags)
    text = " ".join(DATED_GROUP_TEXTS)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_dated_group_patterns_still_skip_a_part() -> None:
    p5 = next(rx for rx, group in draft._DATED_GROUPS if group == "p5")
    assert [m.group() for m in p5.finditer(DATED_GROUP_TEXTS[0])] == ["P5"]  # not "of the P5"
    e3 = next(rx for rx, group in draft._DATED_GROUPS if group == "e3")
    # "the E3" only: not "members of the E3" nor "the E3+3"
    assert len(list(e3.finditer(DATED_GROUP_TEXTS[2]))) == 1


def test_dated_groups_expanded_by_hand() -> None:
    gaz = draft.Gazetteer.builtin()
    text, inserted = draft._expand_dated_groups(
        "The E3 urged restraint, and one of the P5 abstained.", dt.date(2021, 6, 1), gaz
    )
    assert inserted == [f"{draft._GROUP_MARK}France, Germany and the United Kingdom)"]
    assert text.count(draft._GROUP_MARK) == 1


# --- stances that must stay ----------------------------------------------------------------

ARTICLE = (
    "EU ministers back grain tariffs\n\n"
    "LUXEMBOURG, 10 June 2024 - European Union agriculture ministers on Monday approved "
    "tariffs on imported grain. The Baltic states pressed for the tariffs, while Hungary "
    "abstained.\n\n"
    "The ministers did not agree to ban imports of fertiliser. Poland pressed for it, while "
    "Spain objected.\n"
)


@needs_spacy
def test_draft_stances_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    from concilium.io.documents import dump_yaml

    fast = draft.draft_scenario(ARTICLE, source="t.txt", engine="spacy")
    labels = labels_by_issue(fast)
    main = next(iter(labels.values()))
    for member in ("EST", "LVA", "LTU"):
        assert main.get(member) == "support", main
    assert main.get("HUN") == "abstain", main
    assert {"POL": "support", "ESP": "oppose"} in labels.values(), labels
    monkeypatch.setattr(draft, "_GROUP_NAME_WORDS", [("",)] * len(draft._GROUPS))
    monkeypatch.setattr(draft, "_ARGUED_WORDS", {rx: ("",) for rx in draft._ARGUED_WORDS})
    monkeypatch.setattr(counts, "folded", lambda sentence: None)
    assert dump_yaml(draft.draft_scenario(ARTICLE, source="t.txt", engine="spacy")) == dump_yaml(
        fast
    )


# --- the euro area's size read once a draft --------------------------------------------------

EURO_ARTICLE = (
    "Euro zone backs bank levy, delays deposit scheme\n\n"
    "BRUSSELS, 12 March 2024 - Euro zone finance ministers on Tuesday unanimously agreed a "
    "levy on large banks. They put off a decision on a common deposit insurance scheme.\n\n"
    "Germany and the Netherlands opposed the deposit scheme, while Italy pressed for it.\n"
)


@needs_spacy
def test_euro_area_read_once_for_every_issue(monkeypatch: pytest.MonkeyPatch) -> None:
    days: list[dt.date] = []
    read = counts.euro_area_on
    monkeypatch.setattr(counts, "euro_area_on", lambda day: days.append(day) or read(day))
    labels = labels_by_issue(draft.draft_scenario(EURO_ARTICLE, source="t.txt", engine="spacy"))
    levy, deposit = labels.values()
    # the unanimity is the euro area's twenty (2024), not the Council's 27
    assert len(levy) == 20 and set(levy.values()) == {"support"}, levy
    assert "POL" not in levy and "SWE" not in levy
    assert deposit == {"DEU": "oppose", "NLD": "oppose", "ITA": "support"}
    # once for the count scopes of both issues, once for the euro-area issue's voters
    assert days == [dt.date(2024, 3, 12)] * 2
