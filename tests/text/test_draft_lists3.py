"""Counts and vote lists (issue 13, fifteenth stop): a voting-record list whose count comes
before its names ("In favour: 150, including A and B"), and a described group spelt out after a
colon ("joined by A and several island states: B, C and D").

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.  Negative cases check that nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario
from concilium.text.vote_lists import group_colon_run, headed_list_stances

ASSEMBLY = dt.date(2019, 12, 10)
ASSEMBLY_LEAD = (
    "Assembly votes on the oceans\n\nNEW YORK, 10 December 2019 - The UN General Assembly "
    "adopted a resolution on the protection of the oceans on Tuesday by 150 votes to 3, with "
    "12 abstentions. "
)


def _mentions(sentence: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for name, actor in names.items():
        at = sentence.index(name)
        out.append((at, at + len(name), actor))
    return out


@pytest.mark.parametrize(
    "sentence, names, expected",
    [
        # the count opens the list; the names after "including" are some of those in favour
        (
            "In favour: 150, including Peru, Chile and Norway",
            {"Peru": "PER", "Chile": "CHL", "Norway": "NOR"},
            {"PER": "support", "CHL": "support", "NOR": "support"},
        ),
        # a count with its noun, then "among them"
        (
            "Abstaining: 12 countries, among them Japan and Kenya",
            {"Japan": "JPN", "Kenya": "KEN"},
            {"JPN": "abstain", "KEN": "abstain"},
        ),
        # a count, then the whole side by name
        (
            "Against: 3, Fiji, Tonga and Samoa",
            {"Fiji": "FJI", "Tonga": "TON", "Samoa": "WSM"},
            {"FJI": "oppose", "TON": "oppose", "WSM": "oppose"},
        ),
        # near miss: the names after the count are the ones NOT on that side: nothing
        (
            "In favour: 150, but not Peru or Chile",
            {"Peru": "PER", "Chile": "CHL"},
            {},
        ),
        (
            "In favour: 150, excluding Peru and Chile",
            {"Peru": "PER", "Chile": "CHL"},
            {},
        ),
        # near miss: a year is no count ("In favour: 2019 ...")
        (
            "In favour: 2019 Peru and Chile",
            {"Peru": "PER", "Chile": "CHL"},
            {},
        ),
    ],
)
def test_count_first_headed_list(sentence, names, expected):
    got = {a: lab for a, lab, _ in headed_list_stances(sentence, _mentions(sentence, names))}
    assert got == expected


@pytest.mark.parametrize(
    "sentence, names, expected",
    [
        # the group coordinated with Peru is spelt out after the colon
        (
            (
                "Chile voted no, joined by Peru and three Andean nations: Bolivia, Ecuador and "
                "Colombia."
            ),
            {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU", "Colombia": "COL"},
            ("PER", ["BOL", "ECU", "COL"]),
        ),
        # near miss: the group is not coordinated with a named state
        (
            "Chile voted no, unlike several Andean nations: Bolivia, Ecuador and Colombia.",
            {"Chile": "CHL", "Bolivia": "BOL", "Ecuador": "ECU", "Colombia": "COL"},
            ("", []),
        ),
        # near miss: after the colon comes a clause, not a list of names
        (
            "Chile voted no, with Peru and several Andean nations: Bolivia said it would wait.",
            {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"},
            ("", []),
        ),
    ],
)
def test_group_colon_run(sentence, names, expected):
    assert group_colon_run(sentence, _mentions(sentence, names)) == expected


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # a recorded vote given as a list whose count comes first
        (
            ASSEMBLY_LEAD + "The recorded vote was as follows.\n\nIn favour: 150, including "
            "Peru, Chile and Norway.\n\nAgainst: Fiji, Tonga, Samoa.",
            {"PER": "support", "CHL": "support", "NOR": "support", "FJI": "oppose"},
        ),
        # the states spelt out after the colon voted with Peru, who joined Chile's no
        (
            ASSEMBLY_LEAD + "Chile voted no, joined by Peru and three Andean nations: Bolivia, "
            "Ecuador and Colombia.",
            {"CHL": "oppose", "PER": "oppose", "BOL": "oppose", "ECU": "oppose", "COL": "oppose"},
        ),
        # near miss: the states after the colon are set against the voters: no stance for them
        (
            ASSEMBLY_LEAD + "Chile voted no, unlike several Andean nations: Bolivia, Ecuador "
            "and Colombia.",
            {"CHL": "oppose", "BOL": None, "ECU": None, "COL": None},
        ),
    ],
)
def test_lists_in_a_draft(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=ASSEMBLY))
    assert {a: got.get(a) for a in expected} == expected


COUNCIL = dt.date(2021, 4, 27)
COUNCIL_LEAD = "Council acts on water\n\nNEW YORK, 27 April 2021 -- "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a dashed count after the decision verb and a comma, or after "a vote of"
        ("The council adopted a text on water supplies in armed conflicts, 15-0.", (15, 0, None)),
        ("The council adopted the text by a vote of 11-3-1.", (11, 3, 1)),
        # "in a 14-0-1 vote", with en dashes
        ("It was adopted in a 14–0–1 vote.", (14, 0, 1)),
        # near miss: a span of days is no count
        ("The council adopted, at its 10-12 May session, a text.", (None, None, None)),
    ],
)
def test_dashed_counts(sentence, expected):
    from concilium.text.counts import find_counts

    t = find_counts(sentence)
    assert (t.yes, t.no, t.abstain) == expected


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # 15 votes to none on a council of 15: every member voted for it; Russia's criticism
        # of the text is not a vote against (the count leaves no room for one)
        (
            COUNCIL_LEAD + "The Security Council on Tuesday adopted a resolution on water "
            "supplies in armed conflicts by 15 votes to none. Russia opposed the text, saying "
            "it went too far.",
            {"RUS": "support", "CHN": "support", "FRA": "support"},
        ),
        # the same with a dashed count after a comma
        (
            COUNCIL_LEAD + "The Security Council on Tuesday adopted a resolution on water "
            "supplies in armed conflicts, 15-0. Russia voiced reservations about the text.",
            {"RUS": "support", "USA": "support"},
        ),
        # a stated vote against beside "15 votes to none": the text contradicts itself, so
        # Russia gets no stance (never the count's 'support' over its stated vote)
        (
            COUNCIL_LEAD + "The Security Council on Tuesday adopted a resolution on water "
            "supplies in armed conflicts by 15 votes to none. Russia voted against the text.",
            {"RUS": None, "CHN": "support"},
        ),
        # near miss: 13 to none with two abstentions leaves room for Russia to have abstained:
        # its criticism is no vote, and the count gives it nothing either
        (
            COUNCIL_LEAD + "The Security Council on Tuesday adopted a resolution on water "
            "supplies in armed conflicts by 13 votes to none, with two abstentions. Russia "
            "criticised the text.",
            {"RUS": None},
        ),
    ],
)
def test_whole_count_outranks_a_reading(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=COUNCIL))
    assert {a: got.get(a) for a in expected} == expected


@needs_spacy
@pytest.mark.parametrize(
    "text, spurious",
    [
        # a habit told in a relative clause describes the states: "sanctions language" is
        # no decision of this report
        (
            COUNCIL_LEAD + "The Security Council on Tuesday unanimously adopted a resolution "
            "on water supplies in armed conflicts. Russia and China, which have long resisted "
            "sanctions language, did not block it.",
            "sanctions",
        ),
        (
            COUNCIL_LEAD + "The Security Council on Tuesday unanimously adopted a resolution "
            "on water supplies in armed conflicts. China, which has often opposed the "
            "expansion of peacekeeping mandates, backed the text.",
            "peacekeeping",
        ),
    ],
)
def test_habit_in_relative_clause_opens_no_issue(text, spurious):
    sc = draft_scenario(text, source="t.txt", on=COUNCIL)
    assert [i["id"] for i in sc["issues"] if spurious in i["id"]] == []
    assert labels(sc).get("CHN") == "support"


@needs_spacy
def test_past_act_in_relative_clause_still_names_a_decision():
    # near miss: a dated act ("on Monday"), not a habit, is a decision of its own
    text = (
        COUNCIL_LEAD + "The Security Council on Tuesday unanimously adopted a resolution on "
        "water supplies in armed conflicts. China, which vetoed a rival draft on Monday, backed "
        "the text."
    )
    sc = draft_scenario(text, source="t.txt", on=COUNCIL)
    assert len(sc["issues"]) == 2


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the habit is of another kind of measure, and the main clause gives no stance:
        # Russia gets none (never the habit's 'oppose' on the resolution)
        (
            COUNCIL_LEAD + "The Security Council on Tuesday adopted a resolution on water "
            "supplies in armed conflicts by 13 votes to none, with two abstentions. Russia, "
            "which has long resisted sanctions language, spoke after the vote.",
            {"RUS": None},
        ),
        # the habit is of the decision reported (an enlargement is a state's entry): it is
        # Russia's stance on it
        (
            "NATO signs protocol\n\nBRUSSELS, 5 July 2022 -- NATO leaders on Tuesday signed the "
            + "accession protocol of Finland. Russia, which has long opposed the enlargement of "
            + "the alliance, sent its ambassador.",
            {"RUS": "oppose"},
        ),
    ],
)
def test_habit_is_a_stance_only_on_a_decision_reported(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=dt.date(2022, 7, 5)))
    assert {a: got.get(a) for a in expected} == expected


EU_DAY = dt.date(2013, 5, 27)
EU_LEAD = "EU ministers meet\n\nBRUSSELS, 27 May 2013 -- "


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        # the decision is the ban's renewal: opposing its lifting is no 'oppose' on the
        # renewal (it is the reverse); without reading the reversal, no stance
        (
            EU_LEAD + "EU foreign ministers agreed on Monday to renew the arms embargo on "
            "Syria. Austria led the opposition to lifting the ban.",
            {"AUT": None},
        ),
        (
            EU_LEAD + "EU foreign ministers agreed on Monday to renew the arms embargo on "
            "Syria. Austria opposed lifting the ban.",
            {"AUT": None},
        ),
        (
            EU_LEAD + "EU foreign ministers agreed on Monday to renew the arms embargo on "
            "Syria, allowing it to run to the end of the year. Austria objected to easing the "
            "ban.",
            {"AUT": None},
        ),
        # near miss: the decision is the lifting itself: opposing the lifting opposes it
        (
            EU_LEAD + "EU foreign ministers agreed on Monday to lift the arms embargo on Syria. "
            "Austria led the opposition to lifting the ban.",
            {"AUT": "oppose"},
        ),
    ],
)
def test_stance_on_ending_a_measure(text, expected):
    got = labels(draft_scenario(text, source="t.txt", on=EU_DAY, body="eu-council"))
    assert {a: got.get(a) for a in expected} == expected


ALLIES_DAY = dt.date(2023, 7, 11)
ALLIES_LEAD = "Allies meet\n\nVILNIUS, 11 July 2023 -- NATO leaders endorsed a plan for Ukraine on "


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        # a second act the leaders did not manage is still a decision the states took sides
        # on: Poland's and Spain's stances are on the target, not on the Ukraine plan
        ALLIES_LEAD + "Tuesday but could not agree on a new defence spending target. Poland "
        "backed the target, but Spain rejected it.",
        ALLIES_LEAD + "Tuesday but failed to agree on a new defence spending target. Poland "
        "backed the target, but Spain rejected it.",
        # the same as the act they did take
        ALLIES_LEAD + "Tuesday and agreed on a new defence spending target. Poland backed the "
        "target, but Spain rejected it.",
    ],
)
def test_a_decision_not_taken_is_still_a_decision(text):
    by_issue = labels_by_issue(draft_scenario(text, source="t.txt", on=ALLIES_DAY, body="nato"))
    target = [iid for iid in by_issue if "target" in iid and "ukraine" not in iid]
    assert len(target) == 1
    assert by_issue[target[0]] == {"POL": "support", "ESP": "oppose"}
    assert all(not {"POL", "ESP"} & set(labs) for iid, labs in by_issue.items() if iid != target[0])
