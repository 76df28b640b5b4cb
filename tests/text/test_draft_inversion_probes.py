"""Inverted stances hunted before a fresh split finds them (issue 13, "no inverted stance").

``inversion_probes.PROBES`` is a set of short wire-style articles, written for this test, built
around the constructions that have inverted stances on fresh splits: negations and negated
lists, reported speech about a third party, attribution across clauses, "over the objections
of", exclusion, conditionals, stances that changed, reactions to a failure, amendments and
procedural motions, a state as the target, comparatives, questions and headlines.  Each
expected label is what a careful reader codes from the article alone (see that module's
docstring).  The drafter must never invert one, nor draft a stance where the reader codes
none; it may still miss one (``benchmarks/draft/probe_inversions.py`` lists the misses).

Before the rules below, 16 of the first 178 probes drafted an inverted stance (17 actors), 9
a stance where the reader codes none and 1 an abstention coded as opposition; after them,
none.  A third batch of 41 longer probes, written after those fixes, found 3 more inverted
(and 1 abstention coded as a veto) on main at 598b768, and a fourth batch of 50 found 3 more
on main at 370bc40; after the last classes below, none of the 269
(``python benchmarks/draft/probe_inversions.py [--src OTHER/src]``).

The classes fixed, each with its own sentences below (written for this test; the expected
label is derived by reading the sentence, with the reason in a comment):

- negation outside the verb's own children: a negated subject ("Neither Russia nor China
  supported the text", "Not even Hungary voted against it"), "no longer", "no objection",
  "was not among the countries that opposed", "was not opposed to", denials ("denied that it
  had blocked", "rejected claims that it was obstructing");
- an act whose object is a block ("opposed Russia's veto" is for the text; "backed Poland's
  veto" against it) or a delay ("requested a postponement": no stance);
- conditions, counterfactuals, indirect questions and wishes ("would back it only if",
  "would have voted for it", "would not say whether it would back it", "hoped Poland would
  back it"): no stance;
- pressing another state to act ("pressed Hungary to drop its veto") is not that state's act;
- a stance told as past ("which backed the reform last year") gives way to the stance the
  same sentence gives now;
- questions state no stance; a procedural motion ("the motion to adjourn") is not the text.

And three classes from the inversions of the fresh training splits train5 (g) and train6 (j)
at their first run, with sentences of my own: "X against <doing something>" composes with
the act ("warned against blocking the deal" is for it; "warned Washington against taking
military action" says nothing on the decision); a demonym naming a language ("issued only in
English, French and German") is no actor; a firm "will take part" after a criticism of the
plan named in the sentence is support.

Third batch: failing to persuade a state is not its act; a description in apposition ("Russia,
a longtime critic of the mission, did not block it") gives way to what the state does; a
block lifted in the passive with no agent is its owner's support ("Hungary's veto was lifted",
"Finland's objection was the last hurdle; it was lifted"); a vote on "a similar text" is
background.

Fourth batch (50 probes: holding, giving, explaining and switching votes): a block lifted in
its own relative clause ("Hungary's objection, which it lifted on Monday, ...") is support; a
role on a block takes its reverse ("critics of Hungary's veto" are for the decision); "the
vote was a victory for X" follows the text's fate (and says nothing when the fate is not
given).

Fifth batch (twelfth stop, 196 probes on construction classes no earlier probe had, written
before running them): on main at c43a165, 25 of them drafted an inverted stance and 7 actors
a stance where the reader codes none; after the rules of ``test_draft_inversion_round2.py``
(a state backed is not the decision, delays, alternatives "instead of" the decision,
proposals to do another act, "voted to reject", warnings to another state's own conduct,
"either ... or", "all but one, X", double negatives, a host's welcome, a quote inside a
quote), none.
"""

from __future__ import annotations

from typing import Any

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved
from inversion_probes import PROBES, outcome

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


def _first_issue(article: str, engine: str = "spacy") -> dict[str, str]:
    """{actor: label} on the article's first issue (the decision its lead states; an
    amendment the probe names is an issue of its own), stances assumed from a count left
    out."""
    sc = draft_scenario(article, source="probe.txt", engine=engine)
    return labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]]


# Fifth-batch probes on which the learned fallback (engine spacy+model, off by default) still
# fills a stance the reader does not code, where the rules give none: an exception named in
# apposition ("all allies but one, Turkey"), "stood by Syria", being outvoted or losing the
# vote, a caption naming officials, "had its reasons to veto", the states in "..., a step
# welcomed by X".  The rules alone pass them; marked as expected failures of the fallback
# (strict: a fix shows as a pass to unmark), left to the fallback's owner.
LEARNED_OPEN = {
    "All allies but one, Turkey, agreed to the plan.",
    "Every member but one, Russia, voted in favour.",
    "China stood by Syria and said sanctions would only hurt civilians.",
    "Germany was outvoted by a coalition led by Poland.",
    "Hungary and Poland lost the vote.",
    "China said Russia had its reasons to veto the text.",
    "Hungary raised its own defence budget, a step welcomed by Poland.",
    "Turkey bought Russian missiles, a move condemned by Washington.",
}


def _cases() -> list[Any]:
    out = []
    for i, p in enumerate(PROBES):
        for engine in ("spacy", "spacy+model"):
            open_ = engine == "spacy+model" and (
                p.text in LEARNED_OPEN or p.text.startswith("<figure><figcaption>Turkish")
            )
            marks = [pytest.mark.xfail(strict=True, reason="learned fallback")] if open_ else []
            out.append(pytest.param(p, engine, id=f"{i:03d}-{p.cls}-{engine}", marks=marks))
    return out


# the rules alone, and the rules with the learned fallback (concilium.text.learned, its
# shipped weights and vetoes): neither may invert a probe (but LEARNED_OPEN)
@pytest.mark.parametrize("probe, engine", _cases())
def test_probe_is_not_inverted(probe, engine):
    got = _first_issue(probe.article(), engine)
    bad = {
        actor: (want, got.get(actor))
        for actor, want in probe.expect.items()
        if outcome(want, got.get(actor)) in ("inverted", "spurious", "wrong")
    }
    assert not bad, f"{probe.text!r}: {bad}"


def test_outcome_classes():
    # the scoring of one actor, by its definition in inversion_probes' docstring
    assert outcome("oppose", "support") == "inverted"
    assert outcome("!support", "support") == "inverted"
    assert outcome("!support", "oppose") == "ok"
    assert outcome("!support", "abstain") == "ok"
    assert outcome("!oppose", "oppose") == "inverted"
    assert outcome(None, "abstain") == "spurious"
    assert outcome("abstain", "oppose") == "wrong"
    assert outcome("support", None) == "missed"
    assert outcome("!oppose", None) == "ok"


# ------------------------------------------------------------- negation outside the verb


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # "neither" hangs on the subject: neither of them supported it
        ("Neither Russia nor China supported the text.", "RUS"),
        ("Neither Russia nor China supported the text.", "CHN"),
        # "no longer supports": it does not support it now
        ("Italy no longer supports the plan.", "ITA"),
    ],
)
def test_negated_subject_or_no_longer_is_not_support(sentence, actor):
    assert resolved(sentence).get(actor) != "support"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # "Not even Hungary voted against": Hungary did not vote against it
        ("Not even Hungary voted against the package.", "HUN"),
        # "no longer opposes": it does not oppose it now
        ("Austria no longer opposes the reform.", "AUT"),
        ("The Netherlands no longer objects to the package.", "NLD"),
        # "raised no objection": no objection at all
        ("Greece raised no objection to the plan.", "GRC"),
        # not among those who opposed it
        ("Germany was not among the countries that opposed the reform.", "DEU"),
        # a denial of a block is no block
        ("Greece denied that it had blocked the plan.", "GRC"),
        ("Hungary rejected claims that it was obstructing the package.", "HUN"),
    ],
)
def test_negated_opposition_is_not_opposition(sentence, actor):
    assert resolved(sentence).get(actor) != "oppose"


def test_not_opposed_is_not_opposition():
    # "was not opposed to the text in principle but abstained": "not opposed" adds no
    # opposition (the abstention is read from the article: probe "negation" 119)
    sentence = "Britain said it was not opposed to the text in principle but abstained."
    assert resolved(sentence).get("GBR") != "oppose"


def test_a_vote_told_of_an_amendment_is_not_its_sponsor_s():
    # "Russia's amendment, which failed, and then abstained": the parser makes the amendment
    # the subject of "abstained"; an amendment casts no vote, and China (who abstained) is
    # the sentence's subject.  Russia states no stance on the text
    sentence = "China supported Russia's amendment, which failed, and then abstained on the text."
    assert "RUS" not in resolved(sentence)


def test_negation_controls_still_read():
    # the same verbs without a negation (control cases)
    assert resolved("Austria opposes the reform.").get("AUT") == "oppose"
    assert resolved("Russia and China supported the text.") == {
        "RUS": "support",
        "CHN": "support",
    }
    assert resolved("Greece raised an objection to the plan.").get("GRC") == "oppose"


# ------------------------------------------------------------ acts on a block or a delay


@pytest.mark.parametrize(
    "sentence, actor, label",
    [
        # opposing another state's veto is wanting the text to pass
        ("Japan opposed Russia's veto.", "JPN", "support"),
        # rejecting another state's objections is siding with the decision
        ("France rejected Hungary's objections to the package.", "FRA", "support"),
        # backing another state's veto is siding against the decision
        ("Italy backed Poland's veto of the reform.", "ITA", "oppose"),
        # the vetoing state itself, in the same sentences: against
        ("Japan opposed Russia's veto.", "RUS", "oppose"),
        ("Italy backed Poland's veto of the reform.", "POL", "oppose"),
    ],
)
def test_an_act_on_a_block_takes_the_block_s_reverse(sentence, actor, label):
    assert resolved(sentence).get(actor) == label


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # asking for a postponement, or opposing a delay, is about the timing, not the text
        ("Hungary requested a postponement of the vote.", "HUN"),
        ("Sweden opposed the delay.", "SWE"),
        # a motion on procedure is not the text
        ("Hungary opposed the motion to adjourn the debate.", "HUN"),
        ("Hungary voted against the motion to adjourn.", "HUN"),
    ],
)
def test_acts_on_a_delay_or_a_procedure_give_no_stance(sentence, actor):
    assert actor not in resolved(sentence)


def test_a_vote_on_the_text_is_still_read():
    # control: the same vote on the resolution itself
    assert resolved("Hungary voted against the resolution.").get("HUN") == "oppose"


# -------------------------------------------- conditions, counterfactuals, wishes, questions


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a condition not (yet) met: no stance
        ("Poland would back the reform only if its border regions were compensated.", "POL"),
        ("France said it would support the plan if the budget were increased.", "FRA"),
        ("Italy could support the reform provided that it is amended.", "ITA"),
        ("Turkey would drop its objections if its demands were met.", "TUR"),
        # inside the if-clause: what would happen, not what happened
        ("If Hungary lifts its veto, the package will pass.", "HUN"),
        # counterfactual: it would have voted for another text, so not (yet) for this one
        ("Had the text condemned the attacks, the United States would have voted for it.", "USA"),
        # an indirect question: undecided
        ("Austria refused to say whether it would back the reform.", "AUT"),
        # what another state is hoped to do is not what it does
        ("Germany said it hoped Poland would back the reform.", "POL"),
        # a question states no stance
        ("Will Hungary veto the package?", "HUN"),
        ("Can the package survive without Hungary's support?", "HUN"),
    ],
)
def test_conditions_counterfactuals_wishes_and_questions_give_no_stance(sentence, actor):
    assert actor not in resolved(sentence)


def test_stated_intentions_still_read():
    # controls: a stated future act and a reported one, with no condition
    assert resolved("Poland will back the reform.").get("POL") == "support"
    assert resolved("Germany said Poland would back the reform.").get("POL") == "support"


# ---------------------------------------------------------- pressing another state to act


def test_pressing_a_state_to_drop_its_veto_is_not_its_act():
    # Hungary was pressed to drop its veto: it still has one (against); France and Germany,
    # pressing for it to go, want the package (for)
    got = resolved("Diplomats said France and Germany had pressed Hungary to drop its veto.")
    assert got.get("HUN") != "support"
    assert got.get("FRA") == "support" and got.get("DEU") == "support"


def test_persuading_a_state_is_still_its_act():
    # control: persuading says it was done: Hungary dropped its veto (for)
    assert resolved("France persuaded Hungary to drop its veto.").get("HUN") == "support"


# ------------------------------------------------------------------- the stance now


def test_a_past_stance_gives_way_to_the_present_one_in_the_same_sentence():
    # backed it last year, now will not support it: not support
    sentence = "Poland, which backed the reform last year, now says it will not support it."
    assert resolved(sentence).get("POL") not in ("support", None)


def test_the_same_stance_past_and_present_is_kept():
    # control: backed it last year and again now: support
    sentence = "Hungary, which backed the plan last year, backed it again."
    assert resolved(sentence).get("HUN") == "support"


# ------------------------------------ "against" an act (train5 g17, train6 j08 inversions)


@pytest.mark.parametrize(
    "sentence, actor, label",
    [
        # against blocking the decision: for it
        ("France warned against blocking the deal.", "FRA", "support"),
        ("France warned Russia against vetoing the text.", "FRA", "support"),
        ("Germany argued against using the veto.", "DEU", "support"),
        # against backing or adopting it: against it
        ("Britain warned against voting for the text.", "GBR", "oppose"),
        ("Italy argued against adopting the plan.", "ITA", "oppose"),
        # against lifting a veto: for keeping the block, against the decision
        ("Austria argued against lifting the veto.", "AUT", "oppose"),
        # against the act a council decides (admitting members): against it
        ("Moscow has warned against admitting the two countries.", "RUS", "oppose"),
        # no gerund: against the thing named (control)
        ("France warned against the plan.", "FRA", "oppose"),
    ],
)
def test_against_an_act_composes_with_the_act(sentence, actor, label):
    assert resolved(sentence).get(actor) == label


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a warning about another party's action, or a policy the decision is not: no stance
        ("Russia's envoy warned Washington against taking military action in Syria.", "RUS"),
        ("Germany argued against isolating Moscow.", "DEU"),
    ],
)
def test_against_an_act_that_is_not_the_decision_gives_no_stance(sentence, actor):
    # no stance: no cue, or one read as neutral on purpose (stance.QUIET)
    assert resolved(sentence).get(actor) in (None, "neutral")


# --------------------------------------------- languages are not peoples (train5 g13)


def test_languages_named_by_a_demonym_are_no_actors():
    import datetime as dt

    from concilium.text.draft import Gazetteer

    gaz = Gazetteer.builtin()
    day = dt.date(2020, 1, 1)

    def found(text: str) -> list[str | None]:
        return [m.actor for m in gaz.find(text, day)]

    # a list of languages after "in", no noun after it: languages
    assert found("The patent would be issued only in English, French and German, it said.") == []
    assert found("The text was circulated in Russian.") == []
    # a demonym before a word about language: a language
    assert found("Hungary objected to the Ukrainian language law.") == ["HUN"]
    # controls: peoples and states
    assert found("French and German leaders agreed.") == ["FRA", "DEU"]
    assert found("The port stayed in French hands.") == ["FRA"]
    assert found("Talks were held in France and Germany.") == ["FRA", "DEU"]


def test_a_language_list_after_a_relative_clause_is_not_a_subject_list():
    # "Italy and Spain, which objected that the patent would be issued only in English,
    # French and German, voted against": only Italy and Spain voted (against); France and
    # Germany are named only as languages
    text = (
        "EU states approve single patent\n\nBRUSSELS, 10 March 2011 (Wire) - EU ministers "
        "approved a single patent on Thursday.\n\nItaly and Spain, which objected that the "
        "patent would be issued only in English, French and German, voted against the "
        "decision.\n"
    )
    got = _first_issue(text)
    assert got.get("ITA") == "oppose" and got.get("ESP") == "oppose"
    assert "FRA" not in got and "DEU" not in got


# -------------------------------- taking part, stated after a criticism (train6 j22)


def test_taking_part_after_criticising_the_plan_is_support():
    # criticised the plan (past), but will take part (in the plan, named before): support
    sentence = (
        "Polish President Lech Walesa had criticised the plan as too little, but his "
        "government has said Poland will take part."
    )
    assert resolved(sentence).get("POL") == "support"


def test_considering_taking_part_or_no_decision_named_gives_no_stance():
    # "will consider taking part" is not taking part; a bare "will take part" with no
    # decision named in the sentence: in what, it does not say
    assert "RUS" not in resolved("Russia has said it will consider taking part.")
    assert "POL" not in resolved("Poland will take part.")


# ------------------------------------------- third batch of probes: classes found and fixed


def test_failing_to_persuade_a_state_is_not_its_act():
    # France and Germany failed to persuade Poland: Poland did not back it
    got = resolved("France and Germany failed to persuade Poland to back the reform.")
    assert got.get("POL") != "support"
    # tried to persuade: whether Poland did, the sentence does not say
    assert "POL" not in resolved("France tried to persuade Poland to back the reform.")
    # control: persuaded says it was done
    assert resolved("France persuaded Poland to back the reform.").get("POL") == "support"


def test_a_description_in_apposition_gives_way_to_what_the_state_does():
    # "a longtime critic of the mission" describes Russia; what it did is not block the text:
    # no opposition
    sentence = "Russia, a longtime critic of the mission, did not block the text."
    assert resolved(sentence).get("RUS") != "oppose"
    # the critics abstained: their vote, not their description
    sentence = "Poland and Hungary, the reform's fiercest critics, abstained."
    assert resolved(sentence) == {"POL": "abstain", "HUN": "abstain"}


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a block lifted in the passive, no agent: its owner lifted it (for)
        ("Hungary's veto was lifted.", "HUN"),
        ("Finland's objection was lifted on Tuesday.", "FIN"),
        # "it" stands for the objection, which the copula says was the last hurdle
        ("Finland's objection was the last hurdle; it was lifted on Tuesday.", "FIN"),
    ],
)
def test_a_block_lifted_in_the_passive_is_its_owner_s_support(sentence, actor):
    assert resolved(sentence).get(actor) == "support"


def test_a_vote_on_a_similar_earlier_text_is_background():
    # "when it vetoed a similar text" last year: another text; this time China abstained
    sentence = "Unlike last year, when it vetoed a similar text, China abstained."
    assert resolved(sentence) == {"CHN": "abstain"}


# ------------------------------------------ fourth batch of probes: classes found and fixed


def test_a_block_lifted_in_its_own_relative_clause_is_support():
    # "which it lifted on Monday": the objection is gone; what it did before ("had held up")
    # is background
    sentence = "Hungary's objection, which it lifted on Monday, had held up the package for weeks."
    assert resolved(sentence) == {"HUN": "support"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # critics of a veto are for the decision; the veto's owner is against it
        (
            "Critics of Hungary's veto, including France, said it was blackmail.",
            {"HUN": "oppose", "FRA": "support"},
        ),
        # supporters of a veto are against the decision
        ("Supporters of the veto, such as Slovakia, cheered.", {"SVK": "oppose"}),
    ],
)
def test_a_role_on_a_block_takes_the_block_s_reverse(sentence, expected):
    assert resolved(sentence) == expected


def test_a_win_in_the_vote_follows_the_text_s_fate():
    # the reform failed: a victory in that vote is a victory for its opponents (the fate is
    # read from a sentence that names a state: Poland voted against)
    failed = (
        "EU ministers decide on asylum reform\n\nBRUSSELS, 12 March 2024 (Wire) - A reform of "
        "the asylum rules failed on Tuesday after Poland voted against it.\n\n"
        "The vote was a victory for Hungary.\n"
    )
    assert _first_issue(failed).get("HUN") == "oppose"
    # adopted: a victory for its backers
    adopted = failed.replace(
        "failed on Tuesday after Poland voted against it",
        "was approved on Tuesday although Poland voted against it",
    )
    assert _first_issue(adopted).get("HUN") == "support"
    # no fate given: for which side, the sentence does not say
    assert "HUN" not in resolved("The vote was a victory for Hungary.")
    # control: a win named by the decision itself is the decision's
    assert resolved("The deal was a victory for Hungary.") == {"HUN": "support"}


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # a negative quantifier as the subject: nobody did it, the state named beside it
        # included (fifth, unlanded batch of probes)
        ("Nobody, not even Hungary, opposed the package.", "HUN"),
        ("No member, including Russia, voted against.", "RUS"),
    ],
)
def test_a_negative_quantifier_subject_negates_the_states_listed_with_it(sentence, actor):
    assert resolved(sentence).get(actor) != "oppose"


def test_a_quantified_subject_that_is_not_negative_still_reads():
    # control: "Every member, including Russia, voted against" (against)
    assert resolved("Every member, including Russia, voted against.").get("RUS") == "oppose"
