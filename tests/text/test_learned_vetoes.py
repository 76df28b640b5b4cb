"""The learned fallback's vetoes (``learned.sentence_vetoes``): constructions on which the
rules give an actor no stance on purpose, so the model must not fill one either.

Every sentence here is written for these tests (none is taken from an article or from the
rules' own tests), and every expected veto is read off the sentence: who is left out, who
reports whom, whose stance hangs on a condition.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from drafted_labels import needs_spacy

from concilium.text import learned, nlp
from concilium.text.draft import draft_scenario
from concilium.text.learned import Candidate, StanceModel, choose


def _vetoes(
    sentence: str, names: list[str], parse: bool = True, polarity: bool = False
) -> dict[str, set[str]]:
    """Each name's vetoes in the sentence, every other name being another actor; the
    structural vetoes only unless ``polarity`` (see ``test_learned_polarity.py``)."""
    p = learned._Parsed.of(nlp.load_pipeline()(sentence)) if parse else None
    spans = {n: (sentence.index(n), sentence.index(n) + len(n)) for n in names}
    return {
        n: learned.sentence_vetoes(
            p,
            sentence,
            [(*spans[n], "name")],
            [(*v, k) for k, v in spans.items() if k != n],
            polarity,
        )
        for n in names
    }


@pytest.mark.parametrize(
    "sentence, names, excluded",
    [
        # the one left out of what the others did: its own stance is not said
        ("Every government except Malta signed the declaration.", ["Malta"], {"Malta"}),
        # a list after the marker: each name of it is left out
        (
            "All members but Cyprus and Greece endorsed the conclusions.",
            ["Cyprus", "Greece"],
            {"Cyprus", "Greece"},
        ),
        # a contrast: Latvia did not do what Estonia did; Estonia's own stance is stated
        ("Estonia endorsed the plan, unlike Latvia.", ["Estonia", "Latvia"], {"Latvia"}),
        ("Apart from Iceland, the ministers approved the text.", ["Iceland"], {"Iceland"}),
        # "all but certain" is "almost certain": nobody is left out
        ("The outcome was all but certain, Austria noted.", ["Austria"], set()),
    ],
)
def test_an_actor_left_out_is_vetoed_in_words_alone(sentence, names, excluded) -> None:
    # read off the words (also where the drafter did not parse the sentence)
    got = _vetoes(sentence, names, parse=False)
    assert {n for n, v in got.items() if "veto:excluded" in v} == excluded


@needs_spacy
@pytest.mark.parametrize(
    "sentence, names, vetoed, veto",
    [
        # Ireland reports Finland's stance; Finland's own (signed) is the rules' to read
        (
            "Ireland said Finland had hesitated but signed the text.",
            ["Ireland", "Finland"],
            {"Ireland"},
            "veto:reports-other",
        ),
        # Canada caused Norway's signature; Canada's own stance is not said
        (
            "Canada persuaded Norway to sign the declaration.",
            ["Canada", "Norway"],
            {"Canada"},
            "veto:reports-other",
        ),
        # the source of a report about another actor
        (
            "According to Latvia, Lithuania endorsed the plan.",
            ["Latvia", "Lithuania"],
            {"Latvia"},
            "veto:reports-other",
        ),
        # a vote stated only relative to another actor's: both sides wait for a stated one
        ("Chile voted alongside Mexico.", ["Chile", "Mexico"], {"Chile", "Mexico"}, "veto:aligned"),
        # conditions, in either order: neither state has taken the stance yet
        (
            "Austria would sign the text if Slovakia agreed.",
            ["Austria", "Slovakia"],
            {"Austria", "Slovakia"},
            "veto:conditional",
        ),
        (
            "Unless Romania objects, Bulgaria will approve the measure.",
            ["Romania", "Bulgaria"],
            {"Romania", "Bulgaria"},
            "veto:conditional",
        ),
        # a concession is no condition: Denmark signed
        ("Denmark signed the text even if it had reservations.", ["Denmark"], set(), "veto:conditional"),
        # a stance given up: which way it now points the words alone do not settle
        ("Sweden dropped its objection.", ["Sweden"], {"Sweden"}, "veto:withdrawn"),
        # putting the decision off is no stance on it
        ("Slovenia requested a postponement of the vote.", ["Slovenia"], {"Slovenia"}, "veto:delay"),
        ("Hungary put off its decision until June.", ["Hungary"], {"Hungary"}, "veto:delay"),
        # negated, on the actor's verb or in what it says of itself: "did not object" would be
        # consent, "did not endorse" is not opposition; the words alone do not settle it
        ("Portugal did not endorse the plan.", ["Portugal"], {"Portugal"}, "veto:negated"),
        (
            "Austria and Ireland said they would not sign the declaration.",
            ["Austria", "Ireland"],
            {"Austria", "Ireland"},
            "veto:negated",
        ),
        ("Poland decided not to sign the pact.", ["Poland"], {"Poland"}, "veto:negated"),
        # a negation about something else (a copula on "it", a clause with its own noun
        # subject) is not the actor's: no veto
        (
            "Greece said it was not a perfect text but a fair one.",
            ["Greece"],
            set(),
            "veto:negated",
        ),
        (
            "Norway said the risk should not be exaggerated.",
            ["Norway"],
            set(),
            "veto:negated",
        ),
        # what a noun is about: for a state outside the body, the decision's object
        ("The council renewed sanctions on Eritrea.", ["Eritrea"], {"Eritrea"}, "veto:target"),
        # a plain list of backers and a "with ... abstaining" clause: no veto for anyone
        (
            "Croatia and Albania backed the text, with Serbia abstaining.",
            ["Croatia", "Albania", "Serbia"],
            set(),
            "veto:aligned",
        ),
    ],
)  # fmt: skip
def test_parse_vetoes(sentence, names, vetoed, veto) -> None:
    got = _vetoes(sentence, names)
    # "veto:aligned" carries the partner: "veto:aligned:Mexico" here (names stand for actors)
    assert {n for n, v in got.items() if any(x.startswith(veto) for x in v)} == vetoed
    if not vetoed:
        assert not any(got.values())


def test_vetoes_lifted_by_what_the_rules_read() -> None:
    # aligned with the United States, whose "no" the rules read: the alignment is no reason
    # to hold back; aligned with Malta, which the rules left without a stance: it stands
    rules = {("i", "USA"): "oppose", ("i", "MLT"): "neutral"}
    assert learned._lifted({"veto:aligned:USA"}, "i", rules, True) == set()
    assert learned._lifted({"veto:aligned:MLT"}, "i", rules, True) == {"veto:aligned:MLT"}
    # "sanctions on X" holds back a state outside the body, not a member
    assert learned._lifted({"veto:target"}, "i", rules, False) == {"veto:target"}
    assert learned._lifted({"veto:target"}, "i", rules, True) == set()


@needs_spacy
@pytest.mark.parametrize(
    "sentence, name, denied",
    [
        # not endorsing is no support; whether it is opposition the sentence does not say
        ("Portugal did not endorse the plan.", "Portugal", "veto:negated:support"),
        # not taking part is no support (it may be an abstention)
        ("Kenya did not take part in the vote.", "Kenya", "veto:negated:support"),
        # not blocking is no opposition (it may be consent or an abstention)
        ("Hungary did not block the accord.", "Hungary", "veto:negated:oppose"),
    ],
)
def test_a_negated_verb_rules_out_its_own_label(sentence, name, denied) -> None:
    assert _vetoes(sentence, [name])[name] == {denied}


def test_choose_does_not_fill_a_label_a_negation_rules_out() -> None:
    # P(support | a) = e^4 / (e^4 + 3) = 0.948 (see below)
    w = np.zeros((1, 4))
    w[0, learned.LABELS.index("support")] = 4.0
    model = StanceModel(["a"], w, np.zeros(4), 0.9)
    f = frozenset({"a", "ctx:support"})

    def cand(veto: str) -> Candidate:
        return Candidate("i", "KEN", f, [("Kenya spoke.", f)], True, None, frozenset({veto}))

    # support ruled out: no fill (and no fall-back to another label)
    assert choose([cand("veto:negated:support")], model.proba([f]), 0.9, {}, {}) == []
    # opposition ruled out: the support fill stands
    (fill,) = choose([cand("veto:negated:oppose")], model.proba([f]), 0.9, {}, {})
    assert fill.label == "support"


def test_choose_does_not_fill_a_vetoed_candidate() -> None:
    # one feature "a" at +4 on support: P(support) = e^4 / (e^4 + 3) = 0.948 >= 0.9
    w = np.zeros((1, 4))
    w[0, learned.LABELS.index("support")] = 4.0
    model = StanceModel(["a"], w, np.zeros(4), 0.9)
    f = frozenset({"a", "ctx:support"})
    free = Candidate("i", "DEU", f, [("Germany spoke.", f)], True)
    vetoed = Candidate("i", "HUN", f, [("Hungary spoke.", f)], True, None, frozenset({"veto:x"}))
    fills = choose([free, vetoed], model.proba([f, f]), 0.9, {}, {})
    assert [x.candidate.actor for x in fills] == ["DEU"]
    # unguarded (the cross-validation's comparison) the veto is ignored too
    assert len(choose([vetoed], model.proba([f]), 0.9, {}, {}, guarded=False)) == 1


ARTICLE = (
    "Ministers adopt port security rules\n\n"
    "BRUSSELS, 12 March 2024 - EU transport ministers adopted the port security regulation "
    "on Tuesday. Every government except Malta signed the declaration. Ireland said Finland "
    "had hesitated but signed the text. Portugal's minister spoke after the meeting."
)


@needs_spacy
def test_the_drafter_applies_the_vetoes(monkeypatch) -> None:
    from drafted_labels import labels

    # a model that says "support" for everyone: P = e^10 / (e^10 + 3) = 0.99986 >= its 0.9
    always = StanceModel(["x"], np.zeros((1, 4)), np.array([0.0, 10.0, 0.0, 0.0]), 0.9)
    monkeypatch.setattr(learned, "load_model", lambda: always)
    sc = draft_scenario(
        ARTICLE, source="t.txt", on=dt.date(2024, 3, 12), body="eu-council", engine="spacy+model"
    )
    got = labels(sc)
    # Finland signed (a rule stance); Portugal's minister only speaks, with no veto: the
    # always-support model fills it; Malta (left out) and Ireland (reporting Finland) are vetoed
    assert got.get("FIN") == "support"
    assert got.get("PRT") == "support"
    assert "MLT" not in got and "IRL" not in got
