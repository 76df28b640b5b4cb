"""Failure classes of drafting (issue 13, thirteenth stop): members named as presenting or
pushing the decision.

* putting a text before the body ("put the draft to the Assembly", "put it before the
  Council") is presenting it (support); negated, counterfactual, or put to people or with no
  text, no stance;
* a passive with two agents ("pushed by the Commission and by Germany") is each agent's act;
  a denied one ("but not by Hungary") is not;
* a bare number promised after a contribution of forces ("Spain will send 800 more troops,
  while Portugal has pledged a further 200") is a share of those forces; not negated,
  hypothetical, nor a number of something else ("200 million euros").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


# ------------------------------------------------ putting a text before the body


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana put the draft to the Assembly after the talks in Vienna failed.",
        "Ghana took the text to Geneva and then put it before the Council.",
    ],
)
def test_putting_a_text_before_the_body_is_presenting_it(sentence):
    assert resolved(sentence, DAY).get("GHA") == "support"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana did not put the draft to the Assembly.",  # negated
        "Ghana would have put the draft to the Council if it had the votes.",  # counterfactual
        "Ghana put the text to the delegates in Geneva.",  # people, not the body
        "Ghana put its concerns to the Council.",  # no text
    ],
)
def test_near_misses_of_putting_a_text_before_the_body(sentence):
    assert resolved(sentence, DAY).get("GHA") is None


# ------------------------------------------------ a passive with two agents


def test_each_agent_of_a_passive_has_the_stance():
    got = resolved(
        "The plan, pushed for months by the Commission and by Austria, was adopted.", DAY
    )
    assert got.get("AUT") == "support"
    got = resolved("The plan was backed by Spain and by Italy.", DAY)
    assert got.get("ESP") == "support"
    assert got.get("ITA") == "support"
    got = resolved("The plan, opposed by the Commission and by Hungary, was adopted.", DAY)
    assert got.get("HUN") == "oppose"


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was backed by the Commission and by Spain but not by Hungary.",
        "The plan was backed by the Commission and not by Hungary.",
    ],
)
def test_a_denied_agent_has_no_stance(sentence):
    assert resolved(sentence, DAY).get("HUN") is None


# ------------------------------------------------ a number of the forces just named


def test_a_bare_number_after_a_contribution_is_a_share_of_the_forces():
    got = resolved(
        "Spain will send about 800 more troops, while Portugal has pledged a further 200.", DAY
    )
    assert got.get("ESP") == "support"
    assert got.get("PRT") == "support"


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "Spain will send about 800 more troops, while Portugal has not announced a further 200.",
        # hypothetical
        "Spain will send about 800 more troops, and Portugal would commit 200 if asked.",
        # no forces named before the number
        "Portugal has announced a further 200.",
    ],
)
def test_near_misses_of_a_bare_number(sentence):
    assert resolved(sentence, DAY).get("PRT") is None


# ------------------------------------------------ "sign it" after the text was named


def test_signing_it_after_the_text_was_named():
    before = "The convention will be opened for signature in June. "
    assert (
        resolved(before + "Chile has said it will be the first to sign it.", DAY).get("CHL")
        == "support"
    )
    # negated: the weak opposition of a refusal to sign, never support
    assert resolved(before + "Chile said it would not sign it.", DAY).get("CHL") != "support"


@pytest.mark.parametrize(
    "text",
    [
        # no text named before: "it" may be anything
        "The talks in Geneva ended on Friday. Chile said it would sign it.",
        # a noun in its own sentence that "it" may stand for
        "The convention will be opened for signature in June. Chile read the report and signed it.",
    ],
)
def test_near_misses_of_signing_it(text):
    assert resolved(text, DAY).get("CHL") is None
