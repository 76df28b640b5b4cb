"""Speed prechecks of the vote counts and the drafter's own passes (issue 13, speed): a
pattern is skipped where its sentence (or text) lacks every word it needs, so each precheck
must be keyed to words the pattern itself cannot match without, and must never change a
count, a group's expansion, a proposal found or a surname read.

Every sentence is written for these tests (none is taken from the benchmark articles); the
expected counts are what a careful reader codes from the text alone.  The checks compare
each result with the one the same code gives with its prechecks switched off.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text import counts, draft

# Wire-style sentences with a count, and near misses that state none (a threshold, a rule, a
# count of something else, a negative agreement), in several cases and with letters the
# regex engine folds differently from str.lower().
SENTENCES = [
    # (sentence, {"yes"/"no"/"abstain": n} or the "rest" label, by hand)
    (
        "The council adopted the text by 12 votes to two, with one abstention.",
        {"yes": 12, "no": 2, "abstain": 1},
    ),
    (
        "THE COUNCIL ADOPTED THE TEXT BY 12 VOTES TO TWO, WITH ONE ABSTENTION.",
        {"yes": 12, "no": 2, "abstain": 1},
    ),
    ("The measure passed 13-0-2 after a short debate.", {"yes": 13, "no": 0, "abstain": 2}),
    ("Nine of the council's fifteen members voted in favour of the request.", {"yes": 9}),
    (
        "Eleven members voted for the draft, three voted against and one abstained.",
        {"yes": 11, "no": 3, "abstain": 1},
    ),
    ("The plan was backed by 24 of the 27 member states on Tuesday.", {"yes": 24}),
    ("All 31 allies agreed to extend the mandate by a year.", {"yes": 31}),
    ("Apart from Norway, all 14 members backed the statement.", {"rest": "support"}),
    ("The other 26 governments approved the list on Friday.", {"rest": "support"}),
    ("The vote was unanimous.", {"rest": "support"}),
    (
        "The text was adopted without a vote against; two delegations abstained.",
        {"no": 0, "abstain": 2},
    ),
    ("In favour: 118; against: 7; abstentions: 40.", {"yes": 118, "no": 7, "abstain": 40}),
    ("Four countries, among them Chile and Peru, abstained.", {"abstain": 4}),
    ("The ſecond draft was adopted by 12 votes to two.", {"yes": 12, "no": 2}),
    ("İstanbul welcomed it; the text was adopted by 12 votes to two.", {"yes": 12, "no": 2}),
    # near misses: no count stated
    ("The resolution needed nine votes in favour and no veto.", {}),
    ("All 30 allies agreed that no troops should be sent.", {}),
    ("Decisions are taken by consensus of the 32 allies.", {}),
    ("The budget rose by 4 to 10 billion euros.", {}),
    ("Ministers met for two days in Luxembourg.", {}),
    ("Only the 10-12 May session was cancelled.", {}),
]


def _stated(t: counts.Tally) -> dict[str, object]:
    out: dict[str, object] = dict(t.as_dict())
    if t.rest:
        out["rest"] = t.rest
    return out


def _without_prechecks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counts, "_NEEDS_BY_ID", {})  # the word precheck (looked up by id)
    monkeypatch.setattr(counts, "folded", lambda sentence: None)


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_counts_read_by_hand(sentence: str, expected: dict[str, object]) -> None:
    got = _stated(counts.find_counts(sentence))
    for key, value in expected.items():
        assert got.get(key) == value, (sentence, got)
    if not expected:
        assert got == {}, (sentence, got)


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_counts_same_without_prechecks(
    sentence: str, expected: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = vars(counts.find_counts(sentence))
    _without_prechecks(monkeypatch)
    assert vars(counts.find_counts(sentence)) == fast


def test_folded_refuses_letters_the_engine_folds() -> None:
    # a letter whose lower case is two characters, or that IGNORECASE still matches to an
    # ASCII letter: the prechecks are not used on that sentence
    assert counts.folded("Adopted BY 12 votes") == "adopted by 12 votes"
    assert counts.folded("Adopted – “by 12 votes”") == "adopted – “by 12 votes”"
    assert counts.folded("İt was adopted") is None
    assert counts.folded("it waſ adopted") is None
    assert counts.folded("dıd not vote") is None


def _source_words(rx: re.Pattern[str]) -> str:
    return rx.pattern.lower() if rx.flags & re.IGNORECASE else rx.pattern


def test_count_prechecks_are_the_patterns_own_words() -> None:
    patterns = {rx for rx, _ in counts._PATTERNS}
    for rx, words in counts._NEEDS_WORD.items():
        assert rx.flags & re.IGNORECASE, rx.pattern[:60]
        assert rx in patterns or rx.pattern in {
            p.pattern for p in vars(counts).values() if isinstance(p, re.Pattern)
        }
        for word in words:
            assert word == word.lower() and word in _source_words(rx), (word, rx.pattern[:60])


def test_argued_over_prechecks_are_the_patterns_own_words() -> None:
    for rx, words in draft._ARGUED_WORDS.items():
        assert rx.flags & re.IGNORECASE
        for word in words:
            assert word == word.lower() and word in _source_words(rx), (word, rx.pattern[:60])


def test_dated_group_prechecks_are_the_patterns_own_words() -> None:
    assert {group for _, group in draft._DATED_GROUPS} == set(draft._DATED_GROUP_WORDS)
    for rx, group in draft._DATED_GROUPS:
        assert not rx.flags & re.IGNORECASE  # the words are matched with their case
        for word in draft._DATED_GROUP_WORDS[group]:
            assert word in rx.pattern or word in rx.pattern.replace("[Ff]", "F"), (group, word)


GROUP_TEXTS = [
    "The P5 met behind closed doors before the vote.",
    "Diplomats said the five permanent members of the Security Council were split.",
    "One of the P5 abstained.",  # a part of the group: not expanded
    "The E3 urged Tehran to return to the talks.",
    "The frugal four held out against the grants.",
    "The Security Council's three African members, Gabon, Ghana and Kenya, backed it.",
    "The elected members of the Council issued a joint statement.",
    "Both Korean governments welcomed the text.",
    "The two German states joined the body on the same day.",
    "Leaders met in Brussels and agreed the budget.",  # no group at all
]


@pytest.mark.parametrize("day", [dt.date(1975, 3, 1), dt.date(2021, 6, 1)])
def test_dated_groups_same_without_prechecks(day: dt.date, monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = draft.Gazetteer.builtin()
    text = " ".join(GROUP_TEXTS)
    fast = draft._expand_dated_groups(text, day, gaz)
    assert fast[0] != text  # some group was expanded
    monkeypatch.setattr(draft, "_DATED_GROUP_WORDS", {g: ("",) for g in draft._DATED_GROUP_WORDS})
    assert draft._expand_dated_groups(text, day, gaz) == fast


@pytest.mark.parametrize("surname", ["May", "Hague", "O'Neill", "Kramp-Karrenbauer"])
def test_surname_pattern_same_matches(surname: str) -> None:
    # the surname searched for first, the character before it checked by a lookbehind over
    # it: the same spans as the lookbehind first (_surnames_after)
    name = re.escape(surname)
    old = re.compile(rf"(?<![\w.]){name}(?![\w])")
    new = re.compile(rf"{name}(?<![\w.]{name})(?![\w])")
    text = (
        f"{surname} said. In late {surname}, x{surname} and .{surname} and {surname}s and "
        f"-{surname}-{surname} ({surname}) {surname}{surname} '{surname}' {surname}"
    )
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert len(list(new.finditer(text))) >= 4


def test_euro_deciders_say_deciding_group_euro() -> None:
    for sentence in [
        "Euro zone finance ministers agreed unanimously on the loan.",
        "The Eurogroup backed the plan on Monday.",
        "Penalties for euro zone countries were discussed.",  # the object: no decider
        "The ten elected members of the Council backed the euro plan.",
        "The Schengen states agreed to reopen borders.",
        "Leaders met in Brussels.",
    ]:
        assert bool(counts.euro_deciders(sentence)) == (
            counts.deciding_group(sentence) == counts.EURO
        ), sentence


ARTICLE = (
    "EU agrees tariffs on Belarusian potash\n\n"
    "BRUSSELS, 14 March 2024 - European Union leaders on Thursday agreed new tariffs on "
    "Belarusian potash and fertiliser. All 27 member states backed the tariffs.\n\n"
    "The leaders did not agree to ban imports of Belarusian timber. Lithuania and Poland "
    "pressed for it, while Hungary objected.\n\n"
    "Spain had separately argued for a cap on gas prices, an idea Italy supported.\n\n"
    "The frugal four had asked for the tariffs to be phased in. The larger fight: whether to "
    "extend the measures to Russian grain.\n\n"
    "Portugal's prime minister said the step was overdue.\n"
)


@needs_spacy
def test_draft_same_without_prechecks(monkeypatch: pytest.MonkeyPatch) -> None:
    from concilium.io.documents import dump_yaml

    fast = draft.draft_scenario(ARTICLE, source="t.txt", engine="spacy")
    labels = labels_by_issue(fast)
    main, timber, gas = labels.values()
    assert main.get("FRA") == "support"  # all 27 backed it
    assert timber == {"LTU": "support", "POL": "support", "HUN": "oppose"}
    assert gas == {"ESP": "support", "ITA": "support"}
    monkeypatch.setattr(draft, "_ARGUED_WORDS", {rx: ("",) for rx in draft._ARGUED_WORDS})
    monkeypatch.setattr(draft, "_DATED_GROUP_WORDS", {g: ("",) for g in draft._DATED_GROUP_WORDS})
    _without_prechecks(monkeypatch)
    slow = draft.draft_scenario(ARTICLE, source="t.txt", engine="spacy")
    assert dump_yaml(slow) == dump_yaml(fast)


MOTION_SENTENCES = [
    "The motion to adjourn the debate was carried by 74 votes to 69, with 12 abstentions.",
    "The Assembly rejected, 59 to 55, a motion by the delegation of Ruritania.",
    "Delegates voted 98 to 40 to take no action on the amendment.",
    "The Council decided by 11 votes to 2 to put the question on its agenda.",
    "The agenda was adopted by 12 votes to three.",
    "The motion failed.",  # no figure: no count of the motion
    "The text was adopted by 120 votes to 8.",  # the text's own count
    "Members agreed to defer the debate to the next session.",
]


@pytest.mark.parametrize("sentence", MOTION_SENTENCES)
def test_motion_vote_same_without_precheck(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = draft._motion_vote(sentence)
    assert (fast is not None) == (MOTION_SENTENCES.index(sentence) < 5), fast
    monkeypatch.setattr(draft, "_MOTION_WORDS", ("",))
    assert draft._motion_vote(sentence) == fast


def test_motion_precheck_words_are_the_patterns_own() -> None:
    sources = " ".join(
        rx.lower()
        for rx in (
            draft._MOTION_VERDICT.pattern,
            draft._MOTION_OBJECT.pattern,
            draft._VOTED_TO.pattern,
            draft._AGENDA_VERDICT,
            draft._AGENDA_VOTE.pattern,
        )
    )
    assert all(word in sources for word in draft._MOTION_WORDS)


def test_unexpand_takes_out_only_inserted_members() -> None:
    text, inserted = draft._expand_groups("The Baltic states and the Nordics (Sweden) agreed.")
    assert inserted and all(a.startswith(draft._GROUP_MARK) for a in inserted)
    value = {"a": [text, "no bracket here", "a (bracket) of its own"], "b": 3}
    assert draft._unexpand(value, inserted) == {
        "a": ["The Baltic states and the Nordics (Sweden) agreed.", "no bracket here",
              "a (bracket) of its own"],
        "b": 3,
    }  # fmt: skip
