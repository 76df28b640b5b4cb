"""Failure classes read from the first runs of two fresh training splits (issue 13, eleventh
stop): a relative clause whose own list of words holds state adjectives ("which wanted it only
in English, French and German"), a warning addressed to another party ("warned Washington
against military action"), and a criticism that the decision falls short ("criticised the
plan as too little").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

import pytest
from drafted_labels import labels, needs_spacy, stance_pairs

from concilium.text.draft import Gazetteer, draft_scenario
from concilium.text.vote_lists import relative_run

DAY = dt.date(2016, 5, 17)


def spans(sentence: str, *names: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every occurrence of each name (the names stand for actor ids)."""
    return sorted(
        (m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), sentence)
    )


read = partial(stance_pairs, on=DAY)


# ------------------------------------------ a list inside a relative clause is not the subject


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "English, French and German" is the list of languages inside the clause on Peru; the
        # comma after "German" closes that clause, and "voted" is Chile's and Peru's verb
        (
            (
                "Chile and Peru, which wanted the rules only in English, French and German, voted "
                "against."
            ),
            ["Chile", "Peru"],
        ),
        # the clause names places: "Kenya and Ghana" are what Peru feared, not voters
        (
            "Chile and Peru, which feared pressure from Kenya and Ghana, voted against.",
            ["Chile", "Peru"],
        ),
        # one name before the clause: no list of two
        ("Chile, which wanted it in French and German, voted against.", []),
        # unchanged: each name's own clause closed by a comma, then the verb
        ("Chile, which had doubts, and Peru, which did not, abstained.", ["Chile", "Peru"]),
        (
            "Chile, which chairs the group, Peru, who had doubts, and the Netherlands abstained.",
            ["Chile", "Peru", "the Netherlands"],
        ),
    ],
)
def test_relative_run_stops_at_the_clause(sentence, expected):
    names = ("Chile", "Peru", "the Netherlands", "French", "German", "Kenya", "Ghana")
    assert relative_run(sentence, spans(sentence, *names)) == expected


EU = dt.date(2017, 12, 11)
EU_LEAD = (
    "EU ministers adopt fishing rules\n\nBRUSSELS, 11 December 2017 - European Union "
    "fisheries ministers on Monday adopted new rules on fishing quotas by a qualified majority. "
)


@needs_spacy
def test_languages_in_a_relative_clause_get_no_vote():
    # Malta and Cyprus voted against; France and Germany are named only as languages (before
    # the fix, the list reader gave them Malta's and Cyprus's vote, "listed with")
    text = EU_LEAD + (
        "Malta and Cyprus, which wanted the rules published only in English, French and "
        "German, voted against the rules."
    )
    got = labels(draft_scenario(text, source="t.txt", on=EU))
    assert got.get("MLT") == "oppose" and got.get("CYP") == "oppose"
    assert "FRA" not in got and "DEU" not in got


# ----------------------------------------------------- a warning to another party, not a stance


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # a person as the one warned: the same
        ("The Kenyan envoy warned Obama against arming the rebels.", set()),
        # unchanged: a warning against the decision itself is opposition
        ("Chile warned against the plan.", {("CHL", "oppose")}),
    ],
)
def test_warning_a_party(text, expected):
    assert read(text) == expected


# ------------------------------------------------------ "as too little": wanting more, no stance


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # Kenya finds the plan too small: it neither backs nor opposes it in the sentence
        ("Kenya criticised the plan as too little.", set()),
        ("Kenya criticised the sanctions as too weak to change anything.", set()),
        ("Kenya criticised the proposal as insufficient.", set()),
        ("Kenya criticised the plan for not going far enough.", set()),
        # unchanged: a criticism of the plan itself is opposition
        ("Kenya criticised the plan.", {("KEN", "oppose")}),
    ],
)
def test_criticised_as_too_little(text, expected):
    assert read(text) == expected


# ------------------------------------------------- not taking part in the vote is not voting


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # staying out of the vote: read as "refrained from voting" (abstain)
        ("Kenya, the only African member, did not take part in the vote.", {("KEN", "abstain")}),
        ("Peru did not participate in the voting.", {("PER", "abstain")}),
        # taking part in a vote says nothing of how the vote was cast
        ("Kenya took part in the vote.", set()),
    ],
)
def test_not_taking_part_in_the_vote(text, expected):
    assert read(text) == expected


# ----------------------------------- a relation noun names another party beside its possessor


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "Moscow's closest ally" is the group, not Moscow: the vote is the group's (no state)
        ("The group, for years Moscow's closest ally, voted against the resolution.", set()),
        ("Its chairman, Beijing's main arms supplier, voted for the text.", set()),
        # unchanged: a named state with such an apposition keeps its own vote
        ("Cuba, Moscow's closest ally, voted against the resolution.", {("CUB", "oppose")}),
        # unchanged: a person's apposition names the person's state
        ("Kuleba, Ukraine's foreign minister, welcomed the resolution.", {("UKR", "support")}),
    ],
)
def test_relation_noun_apposition(text, expected):
    assert read(text) == expected


# --------------------------------- voters after a linking verb: "voting" as a noun, "such as"


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser tags "voting" a noun in "those voting in favour": the words give the vote
        (
            "Kenya, Ghana and Peru were among those voting in favour.",
            {("KEN", "support"), ("GHA", "support"), ("PER", "support")},
        ),
        # the states named after "such as" voted in favour; Moscow, whose allies they are, is
        # no voter here (a careful reader gives it nothing)
        (
            "Among those voting in favour were old friends of Moscow such as Cuba and Laos.",
            {("CUB", "support"), ("LAO", "support")},
        ),
        (
            (
                "Among those voting against were several of its neighbours, including Chile and "
                "Bolivia."
            ),
            {("CHL", "oppose"), ("BOL", "oppose")},
        ),
        # the complement's list is cut by a clause with its own verb: nothing guessed
        ("Voting in favour were those who had lobbied hardest, such as Peru.", set()),
    ],
)
def test_linked_voters(text, expected):
    assert read(text) == expected


# ------------------------------------ leading or joining the states that take a stance


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # leading the states that resist the text is resisting it
        ("Chile, which led the countries resisting the text, spoke first.", {("CHL", "oppose")}),
        # joining the members that backed the plan is backing it
        ("Peru joined the members that backed the plan.", {("PER", "support")}),
        # a group of states opposed to the resolution, headed by Kenya
        ("Kenya headed a group of states opposed to the resolution.", {("KEN", "oppose")}),
        # what the group resists is a state, not the decision: nothing
        ("Chile led the countries resisting Russia.", set()),
        # a negated clause: the group's stance is not stated
        ("Chile led the countries that did not back the plan.", set()),
    ],
)
def test_leading_a_group(text, expected):
    assert read(text) == expected


# ----------------------------- the opening names before "whose" clauses own the main verb


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser hangs "warned" on nothing: Chile, before its "whose" clause, warns that
        # the plan (the decision) would do harm
        (
            (
                "Chile, whose foreign minister Ana Soto was in Geneva for talks on the same day, "
                "warned that the plan could make the conflict worse."
            ),
            {("CHL", "oppose")},
        ),
        # two names, each with its own "whose" clause, then the verb: both pushed for it
        (
            (
                "Peru, whose fishing fleet works those waters, and Chile, whose cargo ship was "
                "seized by pirates in May, had pushed hardest for the mission."
            ),
            {("PER", "support"), ("CHL", "support")},
        ),
        # unchanged: a "which" clause
        ("Kenya, which had long resisted a cap, agreed to it.", {("KEN", "support")}),
    ],
)
def test_whose_clauses_before_the_verb(text, expected):
    got = read(text)
    assert expected <= got
    # nothing else but the clause's own, earlier stance ("had long resisted")
    assert got - expected <= {("KEN", "oppose")}


# ------------------------------------------- a threat made against the decision's adoption


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # Iran threatens a cost if the sanctions pass: against them
        (
            "Iran warned that Britain would pay a heavy price if the sanctions were adopted.",
            {("IRN", "oppose")},
        ),
        ("Iran warned that it would retaliate if the council passed the resolution.", None),
        # the condition in the present tense or with another verb of adoption (these forms were
        # shadowed by a narrower set of the same name until the eighteenth stop)
        (
            "Iran warned that Britain would pay a heavy price if the council imposes the sanctions.",
            {("IRN", "oppose")},
        ),
        (
            "Iran warned that Britain would pay a heavy price if the sanctions were imposed.",
            {("IRN", "oppose")},
        ),
        # the condition is the decision failing: no threat against it
        ("Iran warned that Britain would pay a price if the sanctions were not adopted.", set()),
        ("Iran warned that Britain would pay a price if the sanctions are not imposed.", set()),
        # a condition that names no decision
        ("Iran warned that Britain would pay a price if the talks were adopted.", set()),
    ],
)
def test_threat_if_adopted(text, expected):
    got = read(text)
    if expected is None:  # Iran's stance is against the resolution, by whichever cue
        assert ("IRN", "oppose") in got and ("IRN", "support") not in got
    else:
        assert got == expected


# ------------------------------------------- "spoke in support of", "urged Europe to follow"


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mexico and Peru spoke in support of the text.", {("MEX", "support"), ("PER", "support")}),
        # support of a state is not support of the decision: the state may be the text's
        # author or the state the decision is taken against
        ("Mexico spoke in support of Cuba.", set()),
        # asking Europe, the deciders of an EU article, to do the same is asking for it
        (
            "Canada, which banned the imports in May, had urged Europe to follow suit.",
            {("CAN", "support")},
        ),
    ],
)
def test_speaking_and_urging(text, expected):
    assert read(text) == expected


# ------------------------------- not blocking a consensus decision lets it pass (support)

UNSC = dt.date(2016, 5, 17)
UNSC_LEAD = (
    "Council extends the monitoring mission\n\nNEW YORK, 17 May 2016 - The UN Security "
    "Council on Tuesday adopted a resolution extending the monitoring mission for a year. "
)


@needs_spacy
def test_not_blocking_in_a_consensus_council():
    # the EU's ministers decide by consensus: Malta, which had doubts, let it pass
    text = EU_LEAD + "Malta had doubts about the rules but did not block them."
    assert labels(draft_scenario(text, source="t.txt", on=EU)).get("MLT") == "support"
    text = EU_LEAD + "Malta did not stand in the way."
    assert labels(draft_scenario(text, source="t.txt", on=EU)).get("MLT") == "support"


@needs_spacy
def test_not_blocking_in_the_security_council():
    # a permanent member that "did not block" a resolution may have abstained: no stance
    text = UNSC_LEAD + "China had doubts about the mission but did not block the text."
    assert "CHN" not in labels(draft_scenario(text, source="t.txt", on=UNSC))


# ------------------------------------------------ agreeing after a change: assent, not a guess


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # "agreed" with only a clause of when: assent to what the article reports
        (
            (
                "Chile and Peru, which have ships in the area, agreed after the text spelled "
                "out that any action would be coordinated with the UN."
            ),
            {("CHL", "support"), ("PER", "support")},
        ),
        ("Kenya agreed after long talks.", {("KEN", "support")}),
        # a condition is not assent
        ("Kenya agreed if the text was changed.", set()),
        # agreeing with someone that something is so is no stance on the decision
        ("Kenya agreed with Ghana after long talks that the plan was flawed.", set()),
    ],
)
def test_agreed_after(text, expected):
    assert read(text) == expected


# ------------------------------------------ staying out of what the decision sets up; content


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # not joining the new body the decision creates is staying out of it (abstain)
        (
            "Chile and Peru said they would not join the new fund for now.",
            {("CHL", "abstain"), ("PER", "abstain")},
        ),
        # joining new talks is no stance (talks are no decision)
        ("Chile will not join the new talks.", set()),
        # content with what was decided
        ("Finance Minister Ana Soto said Chile was satisfied.", {("CHL", "support")}),
        ("Peru was pleased with the compromise.", {("PER", "support")}),
    ],
)
def test_new_body_and_content(text, expected):
    assert read(text) == expected


# --------------------------------------------------- a capital that names a treaty is no state


@pytest.mark.parametrize(
    "text, expected",
    [
        # the treaty, statute or agreement named after the city where it was signed
        ("They ratified the Lisbon Treaty.", []),
        ("The Treaty of Lisbon entered into force.", []),
        ("It joined the Paris climate agreement.", []),
        ("Article 5 of the Washington Treaty applies.", []),
        ("Kyiv wants the Minsk agreements honoured.", ["UKR"]),
        # the capital itself acting: the state
        ("Paris agreed to the plan, and London backed the treaty.", ["FRA", "GBR"]),
    ],
)
def test_capital_naming_a_text(text, expected):
    found = Gazetteer.builtin().find(text, dt.date(2009, 6, 19))
    assert [m.actor for m in found if m.actor] == expected


@needs_spacy
def test_would_not_block_is_no_consent():
    # said of the future, with a condition after it: no consent given yet (no stance)
    text = EU_LEAD + "Malta would not block a decision, diplomats said, but it wants changes."
    assert "MLT" not in labels(draft_scenario(text, source="t.txt", on=EU))
