"""The learned stance fallback (``concilium.text.learned``): features, the combination rule
and the shipped weights.

The sentences are written for these tests (not taken from the benchmark articles); every
expected feature or label is read off the sentence's grammar, and every probability is
worked out by hand in a comment.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re

import numpy as np
import pytest
from drafted_labels import needs_spacy

from concilium.text import draft as draft_module
from concilium.text import learned, nlp
from concilium.text.draft import draft_scenario
from concilium.text.learned import LABELS, Candidate, StanceModel, choose, fold


@pytest.mark.parametrize(
    "word, folded",
    [
        ("abstained", "abstain"),  # -ed stripped
        ("Abstaining", "abstain"),  # lower-cased, -ing stripped
        ("vetoes", "veto"),  # -es stripped
        ("backs", "back"),  # -s stripped
        ("vote", "vot"),  # a final -e too, so "vote" and "voted" meet
        ("voted", "vot"),
        ("yes", "yes"),  # "y" + "es" would leave a one-letter stem: kept whole
        ("is", "is"),
    ],
)
def test_fold_strips_one_suffix(word: str, folded: str) -> None:
    assert fold(word) == folded


def _features(text: str, name: str, n_actors: int = 1, doc: bool = True) -> set[str]:
    at = text.index(name)
    parsed = nlp.load_pipeline()(text) if doc else None
    return learned.sentence_features(parsed, text, [(at, at + len(name), "name")], 3, n_actors)


@needs_spacy
def test_features_of_a_list_subject_and_a_with_clause() -> None:
    text = "Britain and France backed the draft, with China abstaining."
    france = _features(text, "France", 3)
    # France is the second conjunct of the subject "Britain and France" of "backed"
    assert {"in-list", "edep:nsubj", "gov:back", "role:nsubj>back"} <= france
    britain = _features(text, "Britain", 3)
    assert "in-list" not in britain and "clause:back" in britain
    # "with China abstaining" is a clause of its own: its word is not Britain's
    assert "clause:abstain" not in britain
    china = _features(text, "China", 3)
    assert "gov:abstain" in china and "nact:2-3" in china


@needs_spacy
def test_features_of_a_negated_verb_and_an_agent() -> None:
    russia = _features("Russia did not veto the text.", "Russia")
    assert {"gov:veto", "gov-neg", "gov:veto:neg", "clause:veto:neg"} <= russia
    japan = _features("The resolution was sponsored by Japan.", "Japan")
    # Japan is the object of "by", the agent of "sponsored"
    assert {"edep:pobj", "prep:by", "prep:by>sponsor", "sent:decision"} <= japan


def test_features_of_an_unparsed_sentence() -> None:
    out = _features("Kenya's envoy spoke first.", "Kenya", doc=False)
    assert {"unparsed", "uwinR:envoy", "uwinR:spok", "pos:body", "nact:1"} <= out
    assert not any(f.startswith("gov:") for f in out)


def _model(threshold: float = 0.9) -> StanceModel:
    # feature "a": +4 on support; "b": +4 on abstain; "c": +2 on support; bias 0.
    # P(support | a) = e^4 / (e^4 + 3) = 54.598 / 57.598 = 0.948 (three other labels at e^0)
    # P(abstain | b) = 0.948 likewise; P(support | c) = e^2 / (e^2 + 3) = 7.389 / 10.389 = 0.711
    w = np.zeros((3, 4))
    w[0, LABELS.index("support")] = 4.0
    w[1, LABELS.index("abstain")] = 4.0
    w[2, LABELS.index("support")] = 2.0
    return StanceModel(["a", "b", "c"], w, np.zeros(4), threshold)


def _cand(
    actor: str, feats: set[str], rule: str | None = None, ctx: str = "ctx:support"
) -> Candidate:
    # ctx: the rules' reading of the other actors on the issue (a feature the test model
    # does not weigh, so it leaves the probabilities as worked out above)
    f = frozenset(feats | {ctx})
    return Candidate("i", actor, f, [(f"{actor} spoke.", f)], True, rule)


def test_model_probabilities_are_the_softmax() -> None:
    p = _model().proba([{"a"}, {"c"}, {"unknown"}])
    assert p[0, 1] == pytest.approx(math.exp(4) / (math.exp(4) + 3), abs=1e-12)
    assert p[1, 1] == pytest.approx(math.exp(2) / (math.exp(2) + 3), abs=1e-12)
    # a feature the model does not know adds nothing: all four labels at 1/4
    assert p[2] == pytest.approx([0.25] * 4)


def test_choose_fills_only_open_confident_stances_within_the_counts() -> None:
    model = _model()
    cands = [
        _cand("FRA", {"a"}, rule="oppose"),  # a rule stance: never overridden
        _cand("DEU", {"a"}),  # 0.948 >= 0.9: filled as support
        _cand("ITA", {"b"}),  # 0.948 abstain, but the text counts one abstention, drafted
        _cand("ESP", {"c"}),  # 0.711 < 0.9: left open
        _cand("NLD", {"a"}, rule="neutral"),  # conflicting cues read by the rules: left open
    ]
    drafted = {"i": {"abstain": 1, "yes": 3}}
    fills = choose(cands, model.proba([c.features for c in cands]), 0.9, {"i": {"abstain": 1}},
                   drafted, model)  # fmt: skip
    assert [(f.candidate.actor, f.label) for f in fills] == [("DEU", "support")]
    assert fills[0].p == pytest.approx(0.948, abs=1e-3)
    assert learned.note(fills[0]) == "model-inferred (p=0.94)"  # floored, never rounded up
    # the filled support is counted: a stated "yes: 4" would now be full
    assert drafted["i"]["yes"] == 4
    assert choose(cands[3:4], model.proba([{"c"}]), 0.7, {}, {}) != []  # 0.711 >= 0.7


def test_choose_guards_drafts_of_several_issues_and_opposed_issues() -> None:
    model = _model()
    sure = model.proba([{"a"}])  # 0.948 support, as above
    # the rules read the other actors as opposing (a blocked text): no fill
    for ctx in ("ctx:oppose", "ctx:mixed-oppose"):
        assert choose([_cand("DEU", {"a"}, ctx=ctx)], sure, 0.9, {}, {}) == []
    # no other actor read, or mostly supporters: filled
    for ctx in ("ctx:none", "ctx:mixed-support"):
        assert len(choose([_cand("DEU", {"a"}, ctx=ctx)], sure, 0.9, {}, {})) == 1
    # a draft of two issues: no fill; unguarded (the cross-validation's comparison): filled
    assert choose([_cand("DEU", {"a"})], sure, 0.9, {}, {}, n_issues=2) == []
    opposed = [_cand("DEU", {"a"}, ctx="ctx:oppose")]
    assert len(choose(opposed, sure, 0.9, {}, {}, n_issues=2, guarded=False)) == 1


def test_shipped_weights_load_with_their_declared_shape() -> None:
    assert learned.WEIGHTS.stat().st_size < 600_000
    model = learned.load_model()
    assert model is not None
    assert model.weights.shape == (len(model.features), len(LABELS))
    assert model.bias.shape == (len(LABELS),)
    assert 0.5 <= model.threshold < 1.0
    meta = model.meta
    # trained only on the seen splits' prefixes; never on the held-out "k" articles (heldout9)
    assert set(meta["prefixes"]) <= set("dhnpqrstuvxywzgj")
    assert "k" not in meta["prefixes"] and "heldout9" not in meta["splits"]
    assert meta["command"].startswith("python benchmarks/draft/train_stance.py")
    assert len(meta["data_sha256"]) == 64
    # no feature names an actor (an ISO id: three capitals; the parser's "ROOT" label aside)
    # or a year (digits are folded to "#")
    assert not [f for f in model.features if re.search(r"(?<![A-Za-z])(?!ROOT)[A-Z]{3}\b", f)]
    assert not [f for f in model.features if re.search(r"\d{2}", f)]


ARTICLE = (
    "UN council backs Haiti mission\n\n"
    "UNITED NATIONS, 4 March 2024 - The Security Council adopted a resolution on Haiti on "
    "Monday. France voted for the resolution. Russia abstained. Kenya's ambassador spoke "
    "after the vote."
)


@needs_spacy
def test_the_fallback_fills_only_an_actor_the_rules_left_out(monkeypatch) -> None:
    from drafted_labels import labels

    rules = labels(draft_scenario(ARTICLE, engine="spacy"))
    # the rules read France (voted for) and Russia (abstained); Kenya's envoy only speaks
    assert rules.get("FRA") == "support" and rules.get("RUS") == "abstain"
    assert "KEN" not in rules
    # a model that says "support" for everyone: P = e^10 / (e^10 + 3) = 0.99986
    always = StanceModel(["x"], np.zeros((1, 4)), np.array([0.0, 10.0, 0.0, 0.0]), 0.9)
    monkeypatch.setattr(learned, "load_model", lambda: always)
    sc = draft_scenario(ARTICLE, engine="spacy+model")
    got = labels(sc)
    assert got["FRA"] == "support" and got["RUS"] == "abstain"  # rule stances kept
    assert got["KEN"] == "support"
    kenya = next(a for a in sc["actors"] if a["id"] == "KEN")
    (stance,) = kenya["stances"].values()
    assert "model-inferred (p=0.99)" in stance["note"]
    assert stance["position"]["evidence"][0]["quote"].startswith("Kenya's ambassador")
    assert "learned fallback" in sc["notes"]
    assert sc["x-draft"]["engine"] == "spacy+model"
    # the default engine uses it exactly when draft._MODEL_BY_DEFAULT says so (not checked when
    # tests/text/conftest.py forces the fallback on every spaCy draft)
    if os.environ.get("CONCILIUM_TEST_LEARNED") != "1":
        default = labels(draft_scenario(ARTICLE, on=dt.date(2024, 3, 4)))
        assert ("KEN" in default) == draft_module._MODEL_BY_DEFAULT


@pytest.mark.parametrize(
    "support, oppose, ctx",
    [
        (0, 0, "ctx:none"),  # the rules read no other actor on the issue
        (3, 0, "ctx:support"),
        (0, 2, "ctx:oppose"),  # a blocked or failed text
        (3, 1, "ctx:mixed-support"),
        (1, 1, "ctx:mixed-oppose"),  # a tie is not "mostly supporters"
    ],
)
def test_issue_context_from_the_other_actors_rule_labels(support, oppose, ctx) -> None:
    assert learned._context(support, oppose) == ctx
