"""A stance cue reaches its actor through the clause structure, and the cue lexicon.

Failure classes read from the heldout5 split (s01-s24) after its one run, written here as new
sentences (none copied from an article); each expected label is what a reader takes from the
sentence:

* a verb coordinated after a report ("X said there was ..., and backed the plan") is X's,
  even when the parser hangs it on the reported clause;
* a plural role noun in apposition ("A and B, the plan's strongest champions, said ...")
  names the actors it describes;
* "ruled out the idea" / "the plan" is opposition, "asked for the plan" support; "ruled out a
  veto", "did not rule out the plan" and "asked for a delay" are no stance.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels

from concilium.text import nlp
from concilium.text.draft import draft_scenario

pytestmark = pytest.mark.skipif(not nlp.available(), reason="spaCy pipeline not installed")


def _labels(body: str) -> dict[str, str]:
    text = (
        "NATO ministers agree air patrol plan\n\n"
        "BRUSSELS, 15 March 2024 - NATO defence ministers on Friday agreed a plan for air "
        "patrols over the Baltic Sea. " + body
    )
    return labels(draft_scenario(text, on=dt.date(2024, 3, 15), body="nato"))


def test_verb_after_a_report_with_an_expletive_is_the_speakers():
    # "backed" shares the subject of "said" (Norway's minister), not the reported "there was"
    got = _labels(
        "Norway's defence minister said there were gaps in the coverage, and backed the plan."
    )
    assert got.get("NOR") == "support"


def test_verb_after_a_report_with_a_subject_naming_no_actor_is_the_speakers():
    # the talks cannot have backed the plan; after ", and" in the tense of "said", the
    # speaker (Denmark) did
    got = _labels("Denmark said the talks had been difficult, and backed the plan.")
    assert got.get("DNK") == "support"


def test_verb_coordinated_inside_the_report_keeps_the_reported_subject():
    # "Belgium" is the reported clause's subject: it, not the speaker, endorsed the plan
    got = _labels("Portugal said Belgium had doubts but endorsed the plan.")
    assert got.get("BEL") == "support"
    assert "PRT" not in got


def test_plural_role_noun_in_apposition_names_the_actors():
    got = _labels(
        "Latvia and Lithuania, the plan's strongest champions, said it would close a gap in "
        "the defences."
    )
    assert got.get("LVA") == "support"
    assert got.get("LTU") == "support"


def test_opponents_in_apposition_name_the_actors():
    got = _labels("Hungary and Slovakia, the plan's main opponents, said it cost too much.")
    assert got.get("HUN") == "oppose"
    assert got.get("SVK") == "oppose"


def test_role_in_apposition_yields_to_what_the_actors_do():
    # the description (opponents) is weaker than the act the sentence reports (approved)
    got = _labels(
        "Hungary and Slovakia, long opponents of the plan, approved it after a change to the "
        "cost sharing."
    )
    assert got.get("HUN") == "support"
    assert got.get("SVK") == "support"


def test_role_towards_something_else_is_no_stance():
    # critics of Turkey, not of the plan
    got = _labels("Greece and Cyprus, critics of Turkey, said the patrols were overdue.")
    assert got.get("GRC") != "oppose"
    assert got.get("CYP") != "oppose"


def test_last_holdouts_in_apposition_are_not_read():
    # "the last holdouts" is the position the news ends; the sentence says only that they spoke
    got = _labels("Hungary and Slovakia, the last holdouts, said they were satisfied.")
    assert got.get("HUN") != "oppose"
    assert got.get("SVK") != "oppose"


def test_ruled_out_the_plan_is_opposition():
    got = _labels("Iceland had ruled out the idea before the meeting.")
    assert got.get("ISL") == "oppose"


def test_ruled_out_something_that_is_not_the_decision_is_no_stance():
    # ruling out a veto is not opposing; not ruling out the plan is not opposing either
    got = _labels("Turkey ruled out a veto. Greece did not rule out the plan.")
    assert "TUR" not in got
    assert "GRC" not in got


def test_asked_for_the_plan_is_support_and_a_delay_no_stance():
    got = _labels("Estonia had asked for the plan in January. Croatia asked for a delay.")
    assert got.get("EST") == "support"
    assert "HRV" not in got
