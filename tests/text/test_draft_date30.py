"""A dateline without a year dated by the article itself (issue 13, heldout29's 29-03: a
Security Council report "UNITED NATIONS, Oct 4" that names the Soviet Union as voting, far
below its lead, was dated the latest Friday 4 October up to today, so the Soviet Union named
no state and its stance was lost).

Every article here is written for these tests.  Days of the week (checked against the
calendar): 9 March is a Thursday in 1950, 1961, 1967, 1972, 1978, 1989, 1995, 2000, 2006, 2017
and 2023 (from 1946 to 2026); the latest of them while the Soviet Union existed (to 25 December
1991) is 1989, the latest up to today 2023.  9 March 1985 was a Saturday, 9 March 1979 a
Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.drafted_labels import labels, needs_spacy, resolved

from concilium.text.draft import Gazetteer, article_date, draft_scenario

TODAY = dt.date(2026, 11, 30)
GAZ = Gazetteer.builtin()


def _date(text: str):
    return article_date(text, TODAY, gazetteer=GAZ)


def _report(tail: str) -> str:
    """A Security Council report with a yearless dateline whose lead and vote sentences name
    only states that exist on every day; ``tail`` comes five sentences below the lead."""
    return (
        "Council calls for border ceasefire\n\n"
        "UNITED NATIONS, 9 March (Wire) - The Security Council on Thursday called for an "
        "immediate ceasefire along the disputed border and asked both sides to pull back "
        "their troops.\n\n"
        "Thirteen members voted for the text. None voted against and two abstained.\n\n"
        "The text asks the Secretary-General to send observers within a month.\n\n"
        "Fighting along the border has killed dozens of soldiers since January.\n\n"
        "Diplomats said the observers could be in place by April.\n\n" + tail + "\n"
    )


# a state that existed only until a date, named as voting deep in the body: the dateline's
# year is one in which it existed (29-03)
LIVE_SOVIET = "Britain and the United States backed the text, as did the Soviet Union and France."


def test_a_state_named_voting_below_the_lead_dates_a_yearless_dateline():
    got = _date(_report(LIVE_SOVIET))
    # the latest Thursday 9 March up to 1991 (module docstring): still one of several years
    assert got.day == dt.date(1989, 3, 9)
    assert got.how == "assumed"
    # the draft says which clue it used, and where the text gives it
    assert "Soviet Union" in got.why
    assert "as did the Soviet Union" in got.why


@pytest.mark.parametrize(
    "tail",
    [
        # told as history: the state is no party to the decision
        (
            "Britain and the United States backed the text, as have most states since the "
            "collapse of the Soviet Union."
        ),
        # told with a year of its own: a vote of another year, not this one's
        "In 1985 the Soviet Union backed a similar text, and Britain and France did too.",
        # told as what once was
        "The border was drawn when the Soviet Union still ruled the region.",
    ],
)
def test_a_state_told_as_history_below_the_lead_dates_nothing(tail):
    got = _date(_report(tail))
    # the latest Thursday 9 March up to today; 1985 (named) is no Thursday
    assert got.day == dt.date(2023, 3, 9)
    assert "as did the Soviet Union" not in got.why


def test_a_state_that_exists_today_below_the_lead_changes_nothing():
    got = _date(_report("Britain and the United States backed the text, as did Russia."))
    assert got.day == dt.date(2023, 3, 9)


def test_a_year_the_text_names_comes_before_the_states_it_names():
    # a year stated that the Soviet Union outlived: that year, not the state's last
    got = _date(
        "Council backs accords\n\nUNITED NATIONS, 9 March (Wire) - The Security Council "
        "endorsed the 1979 accords on the disputed border.\n\nThe Soviet Union backed the "
        "text, as did Britain and France, diplomats said.\n"
    )
    assert got.day == dt.date(1979, 3, 9)
    assert "the latest year the article names" in got.why


def test_a_year_that_is_only_history_does_not_date_a_later_report():
    # "the 1948 war" is history; "the 1979 accords" is the latest year named: 1979, not 1948
    got = _date(
        "Council backs accords\n\nUNITED NATIONS, 9 March (Wire) - The Security Council "
        "endorsed the 1979 accords, which ended three decades of fighting that began with "
        "the 1948 war.\n"
    )
    assert got.day == dt.date(1979, 3, 9)


@needs_spacy
def test_the_draft_keeps_the_stance_of_a_state_that_existed_then():
    sc = draft_scenario(_report(LIVE_SOVIET), source="t.txt", engine="spacy")
    assert sc["date"] < dt.date(1992, 1, 1)
    got = labels(sc, named_only=True)
    assert got.get("SUN") == "support"
    assert got.get("GBR") == "support"
    assert "as did the Soviet Union" in sc["x-draft"]["date"]["why"]


def _malta(clause: str) -> str:
    """A yearless report (no weekday) naming Malta, an elected member in 1983-84 and 2023-24
    only, with ``clause`` after its name."""
    return (
        "Council condemns attack on ferry\n\nUNITED NATIONS, 9 March (Wire) - The Security "
        "Council condemned an attack on a passenger ferry in the Mediterranean.\n\n"
        f"Malta, {clause}, said the attack must not go unpunished.\n"
    )


@pytest.mark.xfail(
    strict=True,
    reason="open class: a state told as 'the only X state on the Council' is not seated (29-03's "
    "'Egypt, the only Arab state on the Council'); seating it changes test_draft_undated_year22's "
    "article, which counts Senegal alone beside 'Malaysia, the only Asian state on the Council'",
)
def test_a_state_told_as_the_only_one_of_a_kind_on_the_council_dates_the_dateline():
    # a membership fixes the era (29-03: "Egypt, the only Arab state on the Council"): the
    # latest 9 March on which Malta sat, not the latest up to today
    got = _date(_malta("the only European state on the Council besides the permanent five"))
    assert got.day == dt.date(2024, 3, 9)
    assert "Malta" in got.why


@pytest.mark.parametrize(
    "clause",
    [
        # on the Council's agenda, not on the Council
        "the only state on the Council's agenda this week",
        # said to be off the Council
        "which is not a member of the Council",
    ],
)
def test_a_state_not_told_as_sitting_dates_nothing(clause):
    got = _date(_malta(clause))
    assert got.day == dt.date(2026, 3, 9)
    assert "Malta" not in got.why


def test_a_state_named_as_a_party_just_below_the_lead_dates_it_and_its_capital():
    # the same shape as test_draft_old_names' embargo, the state told as a party in the
    # present: the era it fixes (to 2003), where "Belgrade" is its capital. 30 March is a
    # Thursday in 2000 (and 2023, when the name named no state)
    sc = draft_scenario(
        "UN bans arms sales\n\nNEW YORK, 30 March -- The Security Council on Thursday imposed "
        "an arms embargo on the province, with China abstaining. Yugoslavia opposed it, the "
        "Council was told.\n\nBelgrade rejected the embargo.\n",
        source="t.txt",
        engine="rules",
    )
    date = sc["x-draft"]["date"]
    assert (sc["date"], date["how"]) == (dt.date(2000, 3, 30), "assumed")
    assert "named as a party: 'Yugoslavia opposed it, the Council was...'" in date["why"]
    assert labels(sc).get("YUG") == "oppose"


# --- heldout29's EU misses told through ministers and leaders (29-13..29-20)

_BAN = "EU foreign ministers on Tuesday imposed an arms ban on the government in Damascus. "
_RULES = "EU finance ministers on Tuesday agreed to relax the deficit rules. "
_BUDGET = "EU leaders failed to agree a budget on Saturday. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the target of a measure calling it short-sighted: against it (29-16)
        (_BAN + "The Syrian foreign ministry called the ban short-sighted.", {"SYR": "oppose"}),
        (
            _BAN + "The Syrian foreign ministry said the ban was short-sighted and would change "
            "nothing.",
            {"SYR": "oppose"},
        ),
        # a minister by name and title, or by his state's possessive, praising the text in a
        # quote: for it (29-13)
        (
            _RULES + "Portugal's finance minister, who chaired the talks, called the compromise "
            '"a pragmatic answer" to the slump.',
            {"PRT": "support"},
        ),
        (
            _RULES + "Belgian Prime Minister Luc Martens called the decision an intelligent "
            "reading of the treaty.",
            {"BEL": "support"},
        ),
        # near misses: "ineffective" is said by a state that wants more as well as by one that
        # wants none; what is called intelligent is no decision
        (
            _BAN + "Swedish Foreign Minister Anna Berg called the ban ineffective, saying it "
            "should cover oil too.",
            {},
        ),
        (_RULES + "Portugal's finance minister called the critics intelligent people.", {}),
    ],
)
@needs_spacy
def test_a_decision_called_short_sighted_or_pragmatic(text, want):
    got = {a: lab for a, lab in resolved(text, dt.date(2006, 4, 10)).items() if lab != "neutral"}
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "its" is what was rejected, "by" names who rejected it: not the state named before
        # (29-19), whose own stance stands
        (
            _BUDGET + "Portugal was ready to accept the package. The leaders had agreed on "
            "Thursday to delay the treaty after its rejection by Danish voters.",
            {"PRT": "support"},
        ),
        # near misses: the owner's own rejection, and one by a state named before
        (_BUDGET + "Portugal confirmed its rejection of the package.", {"PRT": "oppose"}),
        (
            _BUDGET + "Sweden objected to the package. Portugal backed it, and its rejection by "
            "Stockholm ended the talks.",
            {"SWE": "oppose", "PRT": "support"},
        ),
    ],
)
@needs_spacy
def test_its_rejection_by_others_is_not_the_pronoun_owners(text, want):
    got = {a: lab for a, lab in resolved(text, dt.date(2005, 6, 18)).items() if lab != "neutral"}
    assert got == want


# Classes of heldout29's EU misses left open (each needs more than a cue word), and one a
# colleague's commit closed.
_OPEN = [
    pytest.param(
        _RULES + "Portugal's minister called the decision wise. Greece had made the same case.",
        {"PRT": "support", "GRC": "support"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="open class: 'made the same case' takes the side of the speaker before (29-13 "
            "FRA); read as a follow it needs the previous sentence's stances",
        ),
        id="same-case",
    ),
    pytest.param(
        "Leaders failed to agree on the new treaty, which would replace the old voting weights "
        "with a population-based system. Austria and Belgium insisted on the new system, saying "
        "it was simpler.",
        {"AUT": "support", "BEL": "support"},
        # (open when written; read since 9942e8e, 'insisting on a new scheme': kept as a check)
        id="new-system",
    ),
    pytest.param(
        'EU leaders on Monday agreed a joint statement on the crisis. "We are united again," '
        "said Portuguese Foreign Minister Joao Silva.",
        {"PRT": "support"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="open class: a minister's quote praising the unity of an agreement with no "
            "decision word in it (29-20 GRC)",
        ),
        id="united-quote",
    ),
    pytest.param(
        "EU leaders on Saturday failed to agree on Ruud Lubbers as the next Commission president "
        "after Britain blocked him. Mr Lubbers, the Dutch prime minister, said he was still a "
        "candidate.",
        {"GBR": "oppose", "NLD": "support"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="open class: a candidate who is his state's leader stands for its backing of "
            "his appointment (29-17 BEL); the reader gives the state no stance",
        ),
        id="candidate-own-state",
    ),
]


@needs_spacy
@pytest.mark.parametrize(("text", "want"), _OPEN)
def test_open_classes_of_the_eu_misses(text, want):
    got = {a: lab for a, lab in resolved(text, dt.date(2005, 6, 18)).items() if lab != "neutral"}
    assert got == want
