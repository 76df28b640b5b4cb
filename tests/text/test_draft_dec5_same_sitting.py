"""Putting stances on the right decision when an article reports two (issue 13, sixteenth
stop).

- An act of the deciders told "at the same summit" or "at the same meeting" is a further
  decision of that sitting, as one told "in a separate vote" is; the stances its paragraph
  reads are on it, not on the decision the article opens with.
- A decision named by no kind of its own ("endorsed an estimate that ...") is titled with what
  it is about, so that its title says which decision it is.
- The first decision's title, when only the headline gives one, is the headline's first
  decision ("Council extends Golan mission, lifts embargo" -> "Council extends Golan
  mission"), not both.
- A text named by its place only ("the second resolution") is titled by what the sentence
  opening with it says it does ("The second resolution invites ...").

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import _what_it_does, draft_scenario, proposal_title

DAY = dt.date(2024, 3, 15)


def drafted(text: str, body: str) -> dict:
    return draft_scenario(text, source="t.txt", on=DAY, body=body)


def titled(sc: dict, word: str) -> str:
    """The id of the one drafted issue whose title has ``word``."""
    found = [i["id"] for i in sc["issues"] if word.lower() in i["title"].lower()]
    assert len(found) == 1, (word, [i["title"] for i in sc["issues"]])
    return found[0]


# ------------------------------------------------ "at the same summit": a second decision


@needs_spacy
def test_an_act_told_at_the_same_summit_is_a_decision_of_its_own():
    # The leaders agreed a fisheries deal (Denmark welcomed it), then "at the same summit"
    # endorsed an estimate of what poorer states need for their railways: a second decision,
    # titled with what it estimates.  Portugal and Greece welcomed the estimate: on it, not on
    # the fisheries deal.
    sc = drafted(
        "EU leaders agree fisheries deal, back rail estimate\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Friday agreed a deal on fishing "
        "quotas in the Baltic Sea. Denmark welcomed the deal.\n\n"
        "At the same summit, leaders endorsed an estimate that poorer member states will need "
        "about 20 billion euros a year to modernise their railways. Portugal and Greece "
        "welcomed the estimate.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    rail = titled(sc, "20 billion")
    assert issues[rail] == {"PRT": "support", "GRC": "support"}
    (fish,) = [iid for iid in issues if iid != rail]
    assert issues[fish] == {"DNK": "support"}


@needs_spacy
def test_a_member_speaking_at_the_same_summit_opens_no_decision():
    # Near miss: "At the same summit, Poland criticised the deal" is one member's reaction
    # to the one decision, not a further act of the deciders: one issue, Poland against it.
    sc = drafted(
        "EU leaders agree fisheries deal\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Friday agreed a deal on fishing "
        "quotas in the Baltic Sea. Denmark welcomed the deal.\n\n"
        "At the same summit, Poland criticised the deal.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"DNK": "support", "POL": "oppose"}


@needs_spacy
def test_an_act_at_the_same_meeting_keeps_its_stances_apart():
    # The Council set up a monitoring mission in Yemen; "At the same meeting" it lifted the
    # arms embargo on Somalia.  Somalia's welcome in that paragraph is on the embargo's
    # lifting; Britain's support, told before it, stays on the Yemen mission.
    sc = drafted(
        "Council sets up Yemen monitors, lifts Somalia embargo\n\n"
        "NEW YORK, 15 March 2024 - The UN Security Council on Friday set up a monitoring "
        "mission in Yemen. Britain, which drafted the text, said the monitors would help the "
        "truce hold.\n\n"
        "At the same meeting, the Council lifted the arms embargo on Somalia. Somalia "
        "welcomed the decision.",
        "unsc",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    embargo = titled(sc, "embargo")
    assert issues[embargo].get("SOM") == "support", issues
    assert "GBR" not in issues[embargo], issues


# --------------------------------------------------------------------------- titles


def test_the_headline_titles_only_its_first_decision_when_there_are_two():
    # Nothing in the lead names the first decision by a noun: the headline does, together
    # with the second ("..., lifts arms embargo"); the first issue's title is its first part.
    sents = [(0, "The Council met on Friday in New York.")]
    headline = "U.N. extends Golan mission, lifts arms embargo"
    assert proposal_title(sents, headline, first_only=True)[1] == "U.N. extends Golan mission"
    assert proposal_title(sents, "Assembly backs truce plan and seats envoy", first_only=True)[
        1
    ] == ("Assembly backs truce plan")
    # one decision: the whole headline
    assert proposal_title(sents, headline)[1] == headline
    # near miss: "and" inside the subject ("EU and NATO") is no second decision
    assert proposal_title(sents, "EU and NATO back truce plan", first_only=True)[1] == (
        "EU and NATO back truce plan"
    )


def test_a_text_named_by_its_place_is_titled_by_what_it_does():
    text = (
        "The Assembly adopted two resolutions. The first text calls for a ceasefire. It passed "
        "120-10. The second resolution asks the Secretary-General to report within a month, "
        "on the aid delivered. It passed 100-20."
    )
    assert _what_it_does("second resolution", text) == (
        "second resolution asks the Secretary-General to report within a month"
    )
    assert _what_it_does("first text", text) == "first text calls for a ceasefire"
    # near miss: how it fared is not what it is
    assert _what_it_does("second resolution", "The second resolution was adopted 90-5.") is None
    # a text named by more than its place is titled by its own words
    assert _what_it_does("rival draft", "The rival draft calls for talks.") is None


# ------------------------------------- the headline's last decision is not the lead's "pact"


@needs_spacy
def test_the_leads_pact_is_not_the_decision_the_headline_named_last():
    # The headline names both decisions, the sanctions last; the lead's "ratify the pact" is
    # the pact the lead tells of (Ireland's stance is on the note about it), not the
    # sanctions.  Norway's welcome of "the Irish solution", after the sanctions paragraph, is
    # on the note too: the lead tells it by its Irish voters, the sanctions have no
    # such word.  The sanctions get no named stance.
    sc = drafted(
        "EU leaders ease Irish worries over fishing pact and extend Iran sanctions\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders agreed on Friday to a binding note "
        "spelling out what the bloc's fishing pact with Norway does not cover, in an attempt "
        "to let Ireland ratify the pact after Irish voters rejected it in a referendum.\n\n"
        "At the same summit, leaders agreed to extend sanctions against Iran for another "
        "year.\n\n"
        "In Oslo, the Norwegian government welcomed the Irish solution.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    sanctions = titled(sc, "sanctions")
    assert issues[sanctions] == {}, issues
    (pact,) = [iid for iid in issues if iid != sanctions]
    assert issues[pact] == {"IRL": "support", "NOR": "support"}, issues


# ----------------------------------------------------- "the two resolutions": each of them


@needs_spacy
def test_a_stance_on_the_two_resolutions_is_on_each_and_the_second_is_titled():
    # Two texts, the second named by its place and what it asks: its title says so (Egypt
    # drafted it: for it).  Saudi
    # Arabia's vote is told of the first text only; Iran "rejected the two resolutions":
    # against each of them (not only the one named last).
    sc = drafted(
        "Assembly adopts two texts on Yemen\n\n"
        "UNITED NATIONS, 15 March 2024 - The General Assembly on Friday adopted two "
        "resolutions on Yemen. The first text calls for a ceasefire in Hodeidah. It was "
        "approved by 120 votes to 8. Saudi Arabia voted in favour.\n\n"
        "The second resolution, drafted by Egypt, asks the Secretary-General to appoint an "
        "envoy for detainees. It passed 100-20.\n\n"
        "Iran said it rejected the two resolutions.",
        "unga",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    envoy = titled(sc, "envoy")
    (first,) = [iid for iid in issues if iid != envoy]
    assert issues[envoy] == {"EGY": "support", "IRN": "oppose"}, issues
    assert issues[first] == {"SAU": "support", "IRN": "oppose"}, issues


# ----------------------------------------- the lead's words name the decision the lead tells


@needs_spacy
def test_the_lead_words_name_the_first_decision_and_the_decisions_are_both():
    # The lead tells one act (a training centre, with money pledged for it); the summit
    # declaration is a second decision.  Canada "backed the new centre": the lead's centre,
    # the first decision, though the declaration was named last.  Georgia "welcomed the
    # decisions": both of them.
    sc = drafted(
        "NATO to train Moldovan troops from Romania; allies back summit declaration\n\n"
        "VILNIUS, 15 March 2024 - NATO leaders agreed on Friday to set up a training centre "
        "in Constanta, Romania, to train Moldovan officers, and pledged at least 2 billion "
        "euros for it over the next five years.\n\n"
        "All 32 allies endorsed the summit declaration, which says the alliance's door "
        "remains open.\n\n"
        "Georgia welcomed the decisions. Canada, which backed the new centre, announced "
        "extra instructors for it.",
        "nato",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    declaration = titled(sc, "declaration")
    (centre,) = [iid for iid in issues if iid != declaration]
    assert issues[centre] == {"GEO": "support", "CAN": "support"}, issues
    assert issues[declaration] == {"GEO": "support"}, issues


@needs_spacy
def test_the_measures_welcomed_are_not_both_decisions():
    # Near miss: "welcomed the measures" after the second decision may be that decision's
    # parts: it stays on the decision named last (the sanctions), not on both.
    sc = drafted(
        "EU leaders agree fisheries deal, extend Iran sanctions\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Friday agreed a deal on fishing "
        "quotas in the Baltic Sea. Denmark welcomed the deal.\n\n"
        "At the same summit, leaders agreed to extend sanctions against Iran for another "
        "year. Israel welcomed the measures.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    sanctions = titled(sc, "sanctions")
    (fish,) = [iid for iid in issues if iid != sanctions]
    assert issues[fish] == {"DNK": "support"}, issues
    assert issues[sanctions].get("ISR") == "support", issues
