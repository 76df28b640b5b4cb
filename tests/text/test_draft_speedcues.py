"""Speed of the stance readers, round 2 (issue 13): the same stances, with less work per token.

None of speedcues's changes reads anything differently (``benchmarks/draft/drafts_digest.py``
prints the same hash before and after); the tests hold both halves of that, on sentences
written for these tests: what the readers still read, near misses included (the same stances
with every precheck turned off), and that they no longer do the work they skip.

- ``_cues`` leaves a token that is not a verb at once unless its word is in one of the lists
  its checks on other words read (``_nonverb_cue_words``) or it is a clausal complement, and
  asks every verb for an "either ... or" subject only when "either" is in the sentence;
- ``_second_text`` answers None at once for a word none of its text lists holds;
- the readers that walk a sentence for a token with one of their words test the sentence's
  set of words first (kept on the frozen copy, ``FrozenDoc.lows``; ``stance._doc_words``):
  ``_retaliations``, ``in_a_further_decision``, ``body_acts``, ``_fate``, ``_Texts.mark``,
  ``_reactions_to_acts``, ``_target_comments``, ``_harm_comments``, ``_national_texts``,
  ``_applications``, ``_sought_to_weaken``, ``_called_it``, ``_with_as_roles``,
  ``_with_clauses``, ``_turned_since``, ``_request_granted``, ``_relieved``, and per cue
  ``_acts_on_earlier_texts``, ``_other_matter``, ``_threat_on_condition`` and the semicolon
  scans of ``actors_of``;
- ``_gapped_remnants`` walks on from a cue only with an actor after it.
"""

from __future__ import annotations

from typing import Any

import pytest
from drafted_labels import (
    CallCounter,
    frozen_parse,
    needs_spacy,
    read_sentence,
    resolved,
    spacy_read,
)

from concilium.text import stance

pytestmark = needs_spacy


class _Everything:
    """A word list that holds every word: a precheck against it never skips."""

    def __contains__(self, word: object) -> bool:
        return True


@pytest.fixture
def no_prechecks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn every precheck of this round off: each sentence's words then hold every word a
    precheck looks for, and the word lists every word."""
    looked_for = frozenset().union(
        stance._FATE_TEXTS,
        {"it"},
        stance._VETOED,
        stance._EARLIER,
        {"other"},
        stance._APART_NOUNS,
        stance._RETALIATION_WORDS,
        stance._FURTHER_WORDS,
        {";", "with", "either"},
        stance._SAY,
        stance.SPONSOR_TEXTS,
        stance._ASK_TO_JOIN,
        stance.APPLY_VERBS,
        stance._SEEK,
        stance._CALL,
        stance._TURN_VERBS,
        stance._GRANTS,
        stance._AGREED_TO,
        stance._AGAINST_WORDS,
        stance._reaction_forms(),
        stance.BODY_ACTS,
        stance._CONDITIONS_NAMED,
    )
    real = stance._doc_words
    monkeypatch.setattr(stance, "_doc_words", lambda doc: real(doc) | looked_for)
    monkeypatch.setattr(stance, "_nonverb_cue_words", lambda: _Everything())
    monkeypatch.setattr(stance, "_SECOND_TEXT_WORDS", _Everything())


# -- the word lists: each precheck's words cover every word its checks read


def test_the_nonverb_words_cover_every_list_cues_reads_on_a_word() -> None:
    words = stance._nonverb_cue_words()
    for listed in (
        stance._SIGNING_NOUNS,
        stance._CONCERNS,
        stance._LIMITS,
        set(stance.ROLE_NOUNS),
        stance._WIN_NOUNS,
        stance._ORIGIN_NOUNS,
        stance.REQUEST_NOUNS,
        stance._OVERRIDDEN_ONLY,
        set(stance.ADJECTIVES),
        stance._ANGRILY,
    ):
        assert set(listed) <= words
    # read by _word or _noun_key, whose last token is the word itself: "co-sponsor",
    # "go-ahead", "green light", "no vote"; "seal of approval" at "seal"; "refusing" bare
    for key in (*stance.ROLE_NOUN, *stance.NOUNS):
        assert key.split()[-1].split("-")[-1] in words
    assert {"seal", "refusing"} <= words
    # a determiner, a preposition, an everyday noun: no cue
    assert not {"the", "of", "on", "envoy", "monday", ","} & words


def test_the_other_word_lists_cover_their_readers() -> None:
    assert (
        stance.AMENDMENT_NOUNS
        | stance.COUNTER_NOUNS
        | stance.TEXT_NOUNS
        | stance.OTHER_TEXTS
        | {"resolution"}
    ) <= stance._SECOND_TEXT_WORDS
    for w in (
        stance.RETALIATION
        | stance._THREATENED
        | stance._RETALIATE
        | stance._RESPOND
        | {"retaliatory"}
    ):
        # whole, or split by the tokenizer ("counter - measures"): its first part is there
        assert w in stance._RETALIATION_WORDS and w.split("-")[0] in stance._RETALIATION_WORDS
    # "the measures", "sanctions": no retaliation by themselves
    assert not {"measures", "sanctions", "said"} & stance._RETALIATION_WORDS
    assert stance._FURTHER | {"separately", "same"} <= stance._FURTHER_WORDS
    reactions = stance._POSITIVE_REACTIONS | stance._NEGATIVE_REACTIONS
    for word, entry in stance.VERBS.items():
        assert (word in stance._reaction_forms()) == (entry[0] in reactions)


def test_the_frozen_copy_keeps_its_words() -> None:
    doc = frozen_parse("Ruritania Vetoed the draft; Freedonia abstained.")
    assert stance._doc_words(doc) is stance._doc_words(doc)
    assert stance._doc_words(doc) == {"ruritania", "vetoed", "the", "draft", ";", "freedonia"} | {
        "abstained",
        ".",
    }
    # a spaCy Doc (no copy) is read afresh, with the same words
    assert stance._doc_words(doc._raw) == stance._doc_words(doc)


# -- the work skipped (each fails on the code before speedcues)


def test_cues_leaves_a_word_no_check_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = frozen_parse("The envoy of Freedonia spoke at length on Monday about the weather.")
    asked = CallCounter(stance._asked_change)
    monkeypatch.setattr(stance, "_asked_change", asked)
    stance._cues(stance._Sentence(doc, doc.text, 1, [], []))
    words = stance._nonverb_cue_words()
    read = [t for t in doc if t.tag_.startswith("VB") or t.lower_ in words or t.dep_ == "ccomp"]
    assert 0 < asked.calls == len(read) < len(doc)


def test_second_text_reads_only_a_text_word(monkeypatch: pytest.MonkeyPatch) -> None:
    numbered = CallCounter(stance._number_of)
    monkeypatch.setattr(stance, "_number_of", numbered)
    doc = frozen_parse("Ruritania and Freedonia welcomed the talks on Monday.")
    assert [stance._second_text(t) for t in doc] == [None] * len(doc)
    assert numbered.calls == 0
    doc = frozen_parse("The council adopted resolution 2730 and resolution 2731.")
    assert stance.RIVAL in [stance._second_text(t) for t in doc]
    assert numbered.calls > 0


def test_retaliations_leave_a_sentence_without_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one = CallCounter(stance._retaliation)
    monkeypatch.setattr(stance, "_retaliation", one)
    doc = frozen_parse("Ruritania said the measures were unjustified and would fail.")
    assert stance._retaliations(stance._Sentence(doc, doc.text, 1, [], [])) == []
    assert one.calls == 0
    doc = frozen_parse("Ruritania warned that it would retaliate.")
    stance._retaliations(stance._Sentence(doc, doc.text, 1, [], []))
    assert one.calls == len(doc)


def test_fate_leaves_a_sentence_without_a_text_it_or_veto(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vetoes = CallCounter(stance._member_vetoes)
    monkeypatch.setattr(stance, "_member_vetoes", vetoes)
    doc = frozen_parse("Ruritania welcomed the outcome of the talks.")
    assert stance._fate(stance._Sentence(doc, doc.text, 1, [], [])) is None
    assert vetoes.calls == 0
    doc = frozen_parse("Ruritania and Freedonia vetoed the draft.")
    assert stance._fate(stance._Sentence(doc, doc.text, 1, [], [])) == "failed"
    assert vetoes.calls > 0


class _Watched:
    """A token whose children are counted as they are asked for."""

    def __init__(self, tok: Any) -> None:
        self._tok = tok
        self.asked = 0

    def __getattr__(self, name: str) -> Any:
        if name == "children":
            self.asked += 1
        return getattr(self._tok, name)


def test_a_threat_on_condition_needs_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    intended = CallCounter(stance._intended)
    monkeypatch.setattr(stance, "_intended", intended)
    doc = frozen_parse("Russia threatened to veto the text on Friday.")
    assert not stance._threat_on_condition(next(t for t in doc if t.lower_ == "veto"))
    assert intended.calls == 0
    doc = frozen_parse("Russia threatened to veto the text unless it was amended.")
    assert stance._threat_on_condition(next(t for t in doc if t.lower_ == "veto"))
    assert intended.calls > 0


def test_a_further_decision_needs_its_words() -> None:
    doc = frozen_parse("The ministers extended the sanctions on Monday.")
    verb = _Watched(next(t for t in doc if t.lower_ == "extended"))
    assert not stance.in_a_further_decision(verb)
    assert verb.asked == 0
    doc = frozen_parse("In a separate decision, the ministers extended the sanctions.")
    verb = _Watched(next(t for t in doc if t.lower_ == "extended"))
    assert stance.in_a_further_decision(verb)
    assert verb.asked > 0


class _IndexedDoc:
    """A parsed sentence whose tokens are counted as they are looked up by index or walked."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self.looked_up = 0
        self.walked = 0

    def __len__(self) -> int:
        return len(self._doc)

    def __iter__(self) -> Any:
        self.walked += 1
        return iter(self._doc)

    def __getitem__(self, i: Any) -> Any:
        self.looked_up += 1
        return self._doc[i]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)


def test_gapped_remnants_need_an_actor_after_the_cue() -> None:
    sent = read_sentence(
        "Freedonia backed the text on Monday, officials said.", {"Freedonia": "FRE"}
    )
    backed = next(t for t in sent.doc if t.lower_ == "backed")
    sent.doc = watched = _IndexedDoc(sent.doc)
    assert stance._gapped_remnants(sent, backed, stance.SUPPORT, False) == []
    assert watched.looked_up == 0
    sent = read_sentence(
        "Freedonia backed the text, Ruritania too.", {"Freedonia": "FRE", "Ruritania": "RUR"}
    )
    backed = next(t for t in sent.doc if t.lower_ == "backed")
    assert stance._gapped_remnants(sent, backed, stance.SUPPORT, False) == [
        (["RUR"], stance.SUPPORT)
    ]


# each sentence reader whose loop reads only a token with one of its words: (reader, a sentence
# with such a word, which it walks[, its actors])
WALKERS: dict[str, tuple[Any, ...]] = {
    "_target_comments": (stance._target_comments, "France said the resolution was a mistake."),
    "_harm_comments": (stance._harm_comments, "Hungary said it would harm the country."),
    "_national_texts": (
        lambda sent: stance._national_texts(sent, None),
        "A French text was adopted.",
    ),
    "_applications": (stance._applications, "Ukraine applied to join the alliance."),
    "_sought_to_weaken": (
        lambda sent: stance._sought_to_weaken(sent, "The council adopted the text."),
        "Poland sought to delay the sanctions.",
    ),
    "_called_it": (stance._called_it, "Russia called it a mistake."),
    "_with_as_roles": (stance._with_as_roles, "With Russia abstaining, the text passed."),
    "_with_clauses": (stance._with_clauses, "With Russia abstaining, the text passed."),
    "_turned_since": (stance._turned_since, "Germany changed its position."),
    "_request_granted": (stance._request_granted, "The council granted the request."),
    "_relieved": (stance._relieved, "The embargo against Cuba was lifted.", {"Cuba": "CUB"}),
    "_retaliations": (stance._retaliations, "Russia warned it would retaliate."),
    "_fate": (stance._fate, "The resolution failed."),
    "_reactions_to_acts": (stance._reactions_to_acts, "Poland condemned the decision."),
    "body_acts": (stance.body_acts, "The leaders endorsed the agreement."),
    "_Texts.mark": (lambda sent: stance._Texts(None).mark(sent), "A French draft failed."),
}


@pytest.mark.parametrize("name", list(WALKERS))
def test_a_reader_walks_only_a_sentence_with_its_words(name: str) -> None:
    reader, with_words, *names = WALKERS[name]
    sent = stance._Sentence(
        frozen_parse("The envoy of Freedonia arrived on Monday."), "", 1, [], []
    )
    sent.doc = watched = _IndexedDoc(sent.doc)
    assert not reader(sent)
    assert watched.walked == watched.looked_up == 0
    sent = read_sentence(with_words, names[0] if names else {})
    sent.doc = watched = _IndexedDoc(sent.doc)
    reader(sent)
    assert watched.walked + watched.looked_up > 0


# -- what is read: the same stances with every precheck off, and the labels by hand

SENTENCES = [
    # noun and adjective cues (_cues, not verbs)
    "Russia cast its veto, and China's abstention let the text fall.",
    "France gave the green light to the mission, and Germany gave its seal of approval.",
    "Spain gave the go-ahead for the operation, diplomats said.",
    "Britain, a co-sponsor of the draft, welcomed its adoption.",
    "Hungary's objections had been met, diplomats said, and it backed the package.",
    "Poland was opposed to the plan, and Italy reacted angrily to the decision.",
    "The vote was a victory for Spain, whose request for a delay was granted.",
    "Austria said there was no question of changing the rules.",
    # near misses: the words in another sense, or no cue word at all
    "The light was dim in the hall and the seal on the door was broken.",
    "The envoy of Portugal spoke at length about the weather on Monday.",
    # retaliation
    "Russia warned it would retaliate against the sanctions.",
    "China threatened counter-measures against Japan over the decision.",
    "Russia said the measures were unjustified.",
    # a second text, a text's fate
    "China abstained on a rival Russian draft, which failed.",
    "Britain backed resolution 2730 and resolution 2731.",
    "The resolution failed after Russia vetoed it.",
    "Russia and China vetoed the draft on Tuesday.",
    "The United States welcomed the outcome.",
    # a further decision, an earlier text, another matter
    "In a separate decision, the ministers extended the sanctions on Russia.",
    "EU leaders endorsed the agreement and, in a separate vote, extended the mission.",
    "At the same summit, the leaders agreed to admit Finland.",
    "Russia had vetoed an earlier draft, but it abstained on Friday.",
    "France restated its opposition to the plan, a separate dispute.",
    # a semicolon in a list, a verb left out
    "In favour were India and Ghana; Belgium and Britain abstained.",
    "France backed the text, Britain too.",
    "Brazil voted for it, Belgium and Italy against.",
    "Brazil voted for it.",
    "Either Poland or Hungary will block the text.",
    "Russia threatened to veto the text unless it was amended.",
    "France said it would block the renewal without changes.",
    "Russia threatened to veto the text.",
    # the sentence readers that need a word
    "France said the resolution was a mistake, and Germany said it would harm Europe.",
    "Hungary said the decision would put its energy security at risk.",
    "A French text, backed by Germany, was adopted.",
    "Ukraine applied to join the alliance, and Georgia asked to join it.",
    "Poland sought to delay the sanctions on Russia.",
    "Russia called it a mistake.",
    "With Russia and China abstaining, the text passed by 13 votes.",
    "The text passed, with Britain as its sponsor.",
    "Germany changed its position and backed the plan.",
    "The council granted Ukraine's request for a meeting.",
    "The embargo against Cuba was lifted.",
    "Poland condemned Russia's decision, and Germany praised France's move.",
]


def _read(text: str) -> list[str]:
    return [repr(s) for s in spacy_read(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_stances_with_every_precheck_off(
    text: str, request: pytest.FixtureRequest
) -> None:
    fast = _read(text)
    request.getfixturevalue("no_prechecks")
    assert _read(text) == fast


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia cast its veto, and China's abstention let the text fall.", {"RUS": "oppose"}),
        ("Britain, a co-sponsor of the draft, welcomed its adoption.", {"GBR": "support"}),
        ("Poland was opposed to the plan.", {"POL": "oppose"}),
        ("Russia warned it would retaliate against the sanctions.", {"RUS": "oppose"}),
        (
            "In favour were India and Ghana; Belgium and Britain abstained.",
            {"BEL": "abstain", "GBR": "abstain"},
        ),
        ("France backed the text, Britain too.", {"FRA": "support", "GBR": "support"}),
        (
            "Brazil voted for it, Belgium and Italy against.",
            {"BRA": "support", "BEL": "oppose", "ITA": "oppose"},
        ),
        # near misses: no stance
        ("The light was dim in the hall and the seal on the door was broken.", {}),
        ("The envoy of Portugal spoke at length about the weather on Monday.", {}),
    ],
)
def test_the_labels_by_hand(text: str, want: dict[str, str]) -> None:
    got = {a: lab for a, lab in resolved(text).items() if lab not in ("neutral", "follow")}
    assert {a: got.get(a) for a in want} == want
    if not want:
        assert got == {}
