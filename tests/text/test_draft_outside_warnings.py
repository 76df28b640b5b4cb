"""Failure classes of drafting (issue 13, thirteenth stop): outside states' reactions to an
alliance's or a council's decision.

* a warning that the decision's act (a gerund: "bringing Ukraine closer to the alliance",
  "accepting the bases") would do harm ("would threaten its security", "would expose them to
  retaliation") opposes the decision; an act against it ("dropping the plan"), a negated act
  ("not accepting"), doing nothing and a warning under a condition are not read;
* "called the build-up of forces near its borders a threat", parsed with the description as
  a second object after a long first one, is the description "a threat" (oppose).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import needs_spacy, resolved

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 25)


@pytest.mark.parametrize(
    "sentence",
    [
        # a warning of what the decision's act would do to the warner
        "Russia warned that admitting Sweden to the alliance would threaten its security.",
        # the act's object is the decision's means; the harm is to others
        "Iran warned that deploying the new warships would endanger shipping in the Gulf.",
        # the warning as a participle after the main verb
        (
            "Russia wrote to the allies, warning them that hosting the missiles would expose "
            "their countries to retaliation."
        ),
    ],
)
def test_a_warning_that_the_act_would_do_harm_opposes(sentence):
    actor = {"Russia": "RUS", "Iran": "IRN"}[sentence.split()[0]]
    assert resolved(sentence, DAY).get(actor) == "oppose"


@pytest.mark.parametrize(
    "sentence",
    [
        # an act against the decision: the warning is for it, not read as oppose
        "Russia warned that dropping the plan would threaten security in Europe.",
        "Russia warned that delaying the deployment would endanger the region.",
        # a negated act
        "Russia warned that not accepting the bases would expose Europe to attack.",
        # doing nothing
        "Russia warned that doing nothing would threaten the region.",
        # a condition on the harm
        "Russia warned that accepting the bases could expose Europe to attack if the talks failed.",
        # the warning denied
        "Russia did not warn that hosting the missiles would threaten its security.",
    ],
)
def test_near_misses_of_the_harmful_act_are_no_opposition(sentence):
    assert resolved(sentence, DAY).get("RUS") != "oppose"


def test_a_threat_parsed_as_a_second_object():
    sentence = (
        "Moscow has called the build-up of allied troops along the eastern flank a threat to "
        "its security."
    )
    assert resolved(sentence, DAY).get("RUS") == "oppose"


def test_a_description_negated_or_positive_keeps_its_label():
    # "not a threat" is no opposition; "a necessary step" after a long object is support
    assert (
        resolved(
            "Moscow has not called the build-up of allied troops along the eastern flank a threat.",
            DAY,
        ).get("RUS")
        != "oppose"
    )
    assert (
        resolved(
            "Sweden called the deployment of allied troops along the eastern flank a necessary "
            "step.",
            DAY,
        ).get("SWE")
        == "support"
    )
