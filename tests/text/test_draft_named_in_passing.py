"""Actors named in passing (issue 13, sixteenth stop).

- Bare "Macedonia" names the state (North Macedonia, MKD) where the article treats it as one
  (its government, an invitation to it, a UN force in it, beside other states in a list, or
  the state named otherwise too), from its independence in 1991; never where the mention is
  marked as Greece's region ("Greek Macedonia", "the province of Macedonia") or as a word
  ("the name Macedonia").
- "An invitation to X" / "the accession of X" name X's own membership, as "X's invitation"
  does; "its" before such a noun is the state the sentence's main clause is about when the
  act on the noun is another state's ("Macedonia remains outside after Greece blocked its
  invitation").
- One state's membership beside the article's main decision about other states ("invited
  Albania and Croatia", "Albania and Croatia became members") is a second issue: a member
  blocking the one state is no stance on the others' entry.
- A state that joins the body on the article's day is no voter on its own accession: "all
  26 allies had ratified" them counts the others.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected labels are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import Gazetteer, draft_scenario

D2008 = dt.date(2008, 4, 3)


def found(text: str, on: dt.date = D2008) -> list[tuple[str, str | None]]:
    return [(m.surface, m.actor) for m in Gazetteer.builtin().find(text, on)]


@pytest.mark.parametrize(
    "text, want",
    [
        # the object of an invitation, beside two states invited
        (
            (
                "The allies invited Albania and Croatia, but Greece vetoed an invitation to "
                "Macedonia."
            ),
            [
                ("Albania", "ALB"),
                ("Croatia", "HRV"),
                ("Greece", "GRC"),
                ("Macedonia", "MKD"),
            ],
        ),
        # its government; a UN force posted in it
        ("The Macedonian government asked for the force.", [("Macedonian", "MKD")]),
        ("The Council kept peacekeepers in Macedonia.", [("Macedonia", "MKD")]),
        # in a list with another state
        (
            "Ministers will open talks with Serbia and Macedonia.",
            [("Serbia", "SRB"), ("Macedonia", "MKD")],
        ),
        # named as a candidate; one that hoped to join
        ("Macedonia, the only other applicant, waits.", [("Macedonia", "MKD")]),
        ("Macedonia, which had hoped to join, waits.", [("Macedonia", "MKD")]),
        # the lower-case "republic of" of the old name
        ("the former Yugoslav republic of Macedonia objected", [("Macedonia", "MKD")]),
    ],
)
def test_bare_macedonia_treated_as_a_state(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # no state context anywhere in the article: the word alone says nothing
        ("Farmers in Macedonia protested on Monday.", []),
        # Greece's region, marked as such, beside the state named by its leader
        (
            (
                "Athens objects to the name Macedonia, which it says claims its northern "
                "province of Macedonia; Greek Macedonia voted heavily against the deal."
            ),
            [("Athens", "GRC"), ("Greek", "GRC")],
        ),
        # "Central Macedonia" is a Greek administrative region
        ("Floods hit Central Macedonia and Greece asked for help.", [("Greece", "GRC")]),
    ],
)
def test_the_greek_region_and_the_bare_word_are_left_alone(text, want):
    assert found(text) == want


def test_region_mention_stays_out_when_the_article_names_the_state():
    # the state is named (an invitation to it); the region in the next clause is not
    text = (
        "Greece vetoed an invitation to Macedonia, saying the name laid claim to the region "
        "of Macedonia around Thessaloniki."
    )
    assert found(text) == [("Greece", "GRC"), ("Macedonia", "MKD")]


def test_no_state_before_independence():
    # a republic of Yugoslavia in 1990, no state of its own
    assert found("The Macedonian government asked for the force.", dt.date(1990, 5, 1)) == []


@needs_spacy
def test_blocking_one_candidate_is_no_stance_on_the_others_invitation():
    # The allies invited Albania and Croatia; Greece vetoed Macedonia's invitation (oppose on
    # that decision only), the United States had backed Macedonia's bid (support on it), and
    # Croatia welcomed its own invitation (support on the main decision).
    text = (
        "Allies invite Albania and Croatia; Greece blocks Macedonia\n\n"
        "BUCHAREST, 3 April 2008 - NATO leaders on Thursday invited Albania and Croatia to "
        "join the alliance, but Greece vetoed an invitation to Macedonia over the dispute "
        "about its name. Croatian Prime Minister Ivo Sanader welcomed the invitation.\n\n"
        "Athens refused to lift its objection despite pressure from Washington, which had "
        "backed Macedonia's bid."
    )
    sc = draft_scenario(text, source="t.txt", on=D2008, body="nato")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    assert issue_with(issues, "macedonia") == {"GRC": "oppose", "USA": "support"}
    main = next(v for k, v in issues.items() if "macedonia" not in k)
    assert main == {"HRV": "support"}


@needs_spacy
def test_its_invitation_is_the_main_clause_state_s():
    # "its" cannot be Greece's own invitation: the subject of the main clause, Macedonia
    text = (
        "Two states join NATO\n\n"
        "WASHINGTON, 1 April 2009 - Albania and Croatia became members of NATO on Wednesday. "
        "Their leaders hailed the day.\n\n"
        "Macedonia, the third applicant, remains outside after Greece blocked its invitation "
        "last year. Athens says it will not lift its objection."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2009, 4, 1), body="nato")
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    assert issue_with(issues, "macedonia") == {"GRC": "oppose"}
    main = next(v for k, v in issues.items() if "macedonia" not in k)
    assert "GRC" not in main
    assert main.get("ALB") == main.get("HRV") == "support"


@needs_spacy
def test_the_joining_states_are_no_voters_on_their_own_entry():
    # "All 26 allies ratified" the protocols of the two states that join on the day: the 26
    # are every member but the two, so every one of them supports (Greece included, though
    # it blocks a third candidate elsewhere in the article).
    text = (
        "Two states join NATO\n\n"
        "WASHINGTON, 1 April 2009 - Albania and Croatia became members of NATO on Wednesday, "
        "bringing the alliance to 28.\n\n"
        "All 26 allies had ratified their accession protocols."
    )
    sc = draft_scenario(text, source="t.txt", on=dt.date(2009, 4, 1), body="nato")
    (issue,) = labels_by_issue(sc).values()
    assert issue["GRC"] == issue["DEU"] == issue["SVN"] == "support"
    assert len(issue) == 28


# --------------------------------------------------------------- named in passing (slice 2)
# - A count of votes and some of the states that cast them ("got only five votes in favour,
#   including those of Chile and Peru"): the states named take that count's label.
# - "with A and B among its main backers" names the text's sponsors (support); "... among its
#   critics" its opponents.
# - "took its seat in NATO" is the state joining.
# - A status the deciders grant one state ("granted Serbia the status of candidate") is that
#   state's own decision, and the state's welcome of "the decision" is on it.


def _labels(text: str, on: dt.date, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=on, body=body)
    return labels_by_issue(sc, named_only=True)


@needs_spacy
@pytest.mark.parametrize(
    "clause, want",
    [
        ("got only five votes in favour, including those of Chile and Peru", "support"),
        ("drew six votes against, including Chile and Peru", "oppose"),
        ("received only five votes, including those of Chile and Peru", "support"),
    ],
)
def test_states_named_after_a_count_take_its_label(clause, want):
    text = (
        "Council rejects text\n\n"
        "NEW YORK, 3 May 2019 -- The draft resolution on the mission " + clause + "."
    )
    (issue,) = _labels(text, dt.date(2019, 5, 3), "unsc").values()
    assert issue.get("CHL") == issue.get("PER") == want, issue


def test_a_count_without_including_gives_nothing():
    from concilium.text.vote_lists import phrase_list_stances, sentence_mentions

    text = "The draft got only five votes in favour, and Chile and Peru spoke after the vote."
    ms = sorted(
        (m for m in Gazetteer.builtin().find(text, dt.date(2019, 5, 3)) if m.actor),
        key=lambda m: m.start,
    )
    assert phrase_list_stances(text, sentence_mentions(0, text, ms)) == []


@pytest.mark.parametrize(
    "tail, want",
    [
        ("with Jordan and Morocco among its main backers.", "support"),
        ("with Jordan and Morocco among its critics.", "oppose"),
    ],
)
def test_states_among_a_texts_backers_or_critics(tail, want):
    from concilium.text.vote_lists import backing_from_stances, sentence_mentions

    text = "The text was put forward by a group of states, " + tail
    ms = sorted(
        (m for m in Gazetteer.builtin().find(text, dt.date(2019, 5, 3)) if m.actor),
        key=lambda m: m.start,
    )
    found = backing_from_stances(text, sentence_mentions(0, text, ms))
    assert {(a, lab) for a, lab, _ in found} == {("JOR", want), ("MAR", want)}


def test_among_backers_needs_the_role_to_end_the_clause():
    from concilium.text.vote_lists import backing_from_stances, sentence_mentions

    # "among its backers of a rival plan": another thing's backers, not this text's
    text = "It passed, with Jordan among its backers of a rival plan in the region."
    ms = sorted(
        (m for m in Gazetteer.builtin().find(text, dt.date(2019, 5, 3)) if m.actor),
        key=lambda m: m.start,
    )
    assert backing_from_stances(text, sentence_mentions(0, text, ms)) == []


@needs_spacy
def test_taking_its_seat_in_the_alliance_is_joining():
    text = (
        "Spain takes its seat in NATO\n\n"
        "BRUSSELS, 30 May 1982 - Spain took its seat in the alliance on Sunday."
    )
    issues = _labels(text, dt.date(1982, 5, 30), "nato")
    assert any(v.get("ESP") == "support" for v in issues.values()), issues


@needs_spacy
def test_taking_a_seat_elsewhere_is_no_joining():
    # a seat at a conference, not in the body: no stance
    text = (
        "Talks open\n\n"
        "BRUSSELS, 30 May 1982 - Spain took its seat at the conference table on Sunday, and "
        "NATO ministers met in Luxembourg."
    )
    issues = _labels(text, dt.date(1982, 5, 30), "nato")
    assert all("ESP" not in v for v in issues.values()), issues


@needs_spacy
def test_a_status_granted_to_one_state_is_its_own_decision():
    # Two decisions: the fund (Germany demanded it) and Serbia's candidate status, which the
    # leaders granted in a perfect participle clause; Serbia's prime minister welcomed "the
    # decision": support for its own status, not for the fund.
    text = (
        "EU leaders agree rescue fund, make Serbia a candidate\n\n"
        "BRUSSELS, 2 March 2012 (Wire) - European Union leaders ended their summit on Friday "
        "having agreed a permanent rescue fund for the euro zone, and having granted Serbia "
        "the status of candidate for membership.\n\n"
        "The fund was demanded by Germany.\n\n"
        "Serbia must still improve its relations with Kosovo before talks can open. Its "
        "prime minister welcomed the decision as a reward for reform."
    )
    issues = _labels(text, dt.date(2012, 3, 2), "eu-council")
    assert issue_with(issues, "serbia") == {"SRB": "support"}, issues
    assert all("SRB" not in v for k, v in issues.items() if "serbia" not in k), issues


# A member named after the whole group's act: "All 26 allies had ratified them, Slovenia
# included" -- the member did what the whole group did.
@pytest.mark.parametrize(
    "text, want",
    [
        ("All 29 allies have ratified the protocol, Norway included.", {("NOR", "support")}),
        (
            "Every member state backed the text, Austria and Ireland included.",
            {("AUT", "support"), ("IRL", "support")},
        ),
        ("All the other governments rejected the plan, Hungary included.", {("HUN", "oppose")}),
        # not the whole group, or "included" as a verb with an object: nothing
        ("Some allies backed it, Norway included.", set()),
        ("All 29 allies ratified it, and Norway included a reservation.", set()),
    ],
)
def test_a_member_named_after_the_whole_groups_act(text, want):
    from concilium.text.vote_lists import group_member_stances, sentence_mentions

    ms = sorted(
        (m for m in Gazetteer.builtin().find(text, dt.date(2019, 5, 3)) if m.actor),
        key=lambda m: m.start,
    )
    found = group_member_stances(text, sentence_mentions(0, text, ms))
    assert {(a, lab) for a, lab, _ in found} == want


# The state a decision is taken against, saying the deciders have no right to act: a denial
# of the decision (oppose); the same words from a state the decision is not aimed at, or a
# right granted ("every right"), give nothing.
_SANCTIONS = (
    "Council sanctions Syria\n\n"
    "NEW YORK, 3 May 2019 -- The Security Council on Friday voted to impose sanctions on "
    "Syria over its weapons programme.\n\n"
)


@needs_spacy
def test_the_target_denying_the_councils_right_opposes():
    text = _SANCTIONS + "Syria's envoy said the Council had no right to punish his country."
    (issue,) = _labels(text, dt.date(2019, 5, 3), "unsc").values()
    assert issue.get("SYR") == "oppose", issue


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "Syria's envoy said the Council had every right to ask questions.",
        "Peru's envoy said the Council had no right to ignore the report.",
    ],
)
def test_no_denial_or_no_target_gives_nothing(sentence):
    (issue,) = _labels(_SANCTIONS + sentence, dt.date(2019, 5, 3), "unsc").values()
    assert "SYR" not in issue and "PER" not in issue, issue


# "said the veto sent the wrong message": against the veto, so for the text it stopped; "said
# the plan sent the wrong signal": against the plan; a right message, or a message sent by
# someone else, gives nothing.
@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Chile's envoy said the veto sent the wrong message to the region.", "support"),
        ("Chile's envoy said the plan sent a dangerous signal to the region.", "oppose"),
        ("Chile's envoy said the veto sent the right message to the region.", None),
        ("Chile's envoy said the rebels sent the wrong message to the region.", None),
    ],
)
def test_a_text_or_a_veto_sending_the_wrong_message(sentence, want):
    text = (
        "Peace plan vetoed\n\n"
        "NEW YORK, 3 May 2014 -- Russia on Friday vetoed a Security Council resolution "
        "endorsing the peace plan for the region. " + sentence
    )
    (issue,) = _labels(text, dt.date(2014, 5, 3), "unsc").values()
    assert issue.get("CHL") == want, issue
