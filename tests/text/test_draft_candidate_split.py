"""One decision on two candidates, told apart: an issue per candidate (issue 13).

- The lead's one decision on the entry of two or more candidates ("failed to open accession
  talks with North Macedonia and Albania", "granted candidate status to Ukraine and Moldova",
  "invited Finland and Sweden to join") is an issue per candidate when a stance after the
  lead is on some of them and not on all alike: a split stance ("backed talks with Skopje but
  not Tirana"), "only" / "alone", "while keeping Tirana waiting", a later sentence naming one
  candidate only.  Capitals stand for their states.
- Each stance goes on the candidates the clause of its cue names; "both", "the two" and a
  sentence naming none (the decision as a whole) on each.  "Backed X but not Y" is against
  Y; "blocked X but not Y" says nothing of Y (no stance rather than a guess).
- One issue still: a pair the article never tells apart (every stance on both or on the
  decision), talks *between* two states (one dialogue), sanctions on two states (no entry),
  and the names used as places ("a summit in Skopje").

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy

DAY = dt.date(2019, 10, 18)
TALKS = (
    "Leaders decide on Balkan talks\n\n"
    "BRUSSELS, 18 October 2019 - EU leaders failed to open accession talks with North "
    "Macedonia and Albania. {rest}"
)
MKD, ALB = "north-macedonia-accession-talks", "albania-accession-talks"


def drafted(text: str, body: str = "eu-council", on: dt.date = DAY) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=on, body=body)
    return labels_by_issue(sc, named_only=True)


def test_a_split_stance_makes_two_issues_and_both_is_each():
    # France "blocked both": against each.  Germany backed Skopje's talks "but not Tirana":
    # for North Macedonia's, against Albania's.
    got = drafted(
        TALKS.format(rest="France blocked both. Germany backed talks with Skopje but not Tirana.")
    )
    assert got == {
        MKD: {"FRA": "oppose", "DEU": "support"},
        ALB: {"FRA": "oppose", "DEU": "oppose"},
    }


def test_alone_is_on_that_candidate_only():
    got = drafted(TALKS.format(rest="France opposed talks with Albania alone."))
    assert got == {MKD: {}, ALB: {"FRA": "oppose"}}


def test_keeping_the_other_waiting_is_no_stance_on_it():
    # "backed Skopje's bid while keeping Tirana waiting": for North Macedonia's talks; the
    # clause on Albania has no act of its own to read
    got = drafted(
        TALKS.format(rest="The Netherlands backed Skopje's bid while keeping Tirana waiting.")
    )
    assert got == {MKD: {"NLD": "support"}, ALB: {}}


def test_a_later_sentence_on_the_talks_is_on_both():
    # Denmark's sentence names Albania alone; France's, in the next paragraph, the talks as a
    # whole: on each
    got = drafted(
        TALKS.format(rest="Denmark blocked talks with Albania.\n\nFrance blocked the talks.")
    )
    assert got == {MKD: {"FRA": "oppose"}, ALB: {"DNK": "oppose", "FRA": "oppose"}}


def test_only_before_the_name():
    got = drafted(
        TALKS.format(
            rest="France opposed talks with both candidates. "
            "Austria supported only North Macedonia's talks."
        )
    )
    assert got == {MKD: {"FRA": "oppose", "AUT": "support"}, ALB: {"FRA": "oppose"}}


def test_blocking_one_but_not_the_other_is_no_support_of_the_other():
    # "blocked talks with Albania but not with North Macedonia": not blocking is no backing
    got = drafted(
        TALKS.format(rest="France blocked talks with Albania but not with North Macedonia.")
    )
    assert got == {MKD: {}, ALB: {"FRA": "oppose"}}


def test_each_clause_its_own_act():
    # "Austria backed North Macedonia's talks, while France vetoed both": Austria on North
    # Macedonia's only, France on each
    got = drafted(
        TALKS.format(rest="Austria backed North Macedonia's talks, while France vetoed both.")
    )
    assert got == {MKD: {"AUT": "support", "FRA": "oppose"}, ALB: {"FRA": "oppose"}}


def test_but_not_after_the_talks():
    got = drafted(TALKS.format(rest="Germany backed the talks, but not with Tirana."))
    assert got == {MKD: {"DEU": "support"}, ALB: {"DEU": "oppose"}}


def test_a_candidate_taking_a_stance_is_on_its_own_entry():
    # Albania beside Germany as a subject is no object: Germany on both, Albania on its own;
    # Spain's sentence names Skopje alone
    got = drafted(
        TALKS.format(rest="Albania and Germany welcomed the talks. Spain backed talks with Skopje.")
    )
    assert got == {
        MKD: {"DEU": "support", "ESP": "support"},
        ALB: {"ALB": "support", "DEU": "support"},
    }


def test_candidate_status_for_ukraine_and_moldova():
    got = drafted(
        "EU grants candidate status\n\n"
        "BRUSSELS, 23 June 2022 - EU leaders granted candidate status to Ukraine and Moldova "
        "on Thursday. Hungary backed Ukraine's bid but not Moldova's. Austria backed both.",
        on=dt.date(2022, 6, 23),
    )
    assert got == {
        "ukraine-candidate-status": {"HUN": "support", "AUT": "support"},
        "moldova-candidate-status": {"HUN": "oppose", "AUT": "support"},
    }


def test_bosnia_and_georgia_with_only_after_the_name():
    got = drafted(
        "Leaders decide\n\n"
        "BRUSSELS, 18 October 2019 - EU leaders failed to open accession talks with Bosnia and "
        "Georgia. France blocked both. The Netherlands opposed talks with Georgia only."
    )
    assert got == {
        "bosnia-accession-talks": {"FRA": "oppose"},
        "georgia-accession-talks": {"FRA": "oppose", "NLD": "oppose"},
    }


def test_nato_invitation_of_two_with_one_blocked():
    # Turkey blocked Sweden's bid (not Finland's); Canada backed both bids
    got = drafted(
        "NATO invites two\n\n"
        "MADRID, 29 June 2022 - NATO leaders invited Finland and Sweden to join the alliance. "
        "Turkey had blocked Sweden's membership bid. Canada backed both bids.",
        body="nato",
        on=dt.date(2022, 6, 29),
    )
    assert got == {
        "finland-membership": {"CAN": "support"},
        "sweden-membership": {"TUR": "oppose", "CAN": "support"},
    }


def test_three_candidates_in_a_list():
    # Hungary backed Ukraine's bid "but not Georgia's": nothing said of Moldova's
    got = drafted(
        "Candidates\n\nBRUSSELS, 14 December 2023 - EU leaders granted candidate status to "
        "Ukraine, Moldova and Georgia on Thursday. Hungary backed Ukraine's bid but not "
        "Georgia's. Austria backed all three.",
        on=dt.date(2023, 12, 14),
    )
    assert got == {
        "ukraine-candidate-status": {"HUN": "support", "AUT": "support"},
        "moldova-candidate-status": {"AUT": "support"},
        "georgia-candidate-status": {"HUN": "oppose", "AUT": "support"},
    }


# Near misses: one issue


def test_candidates_as_the_subjects_are_one_issue():
    # the two open their talks themselves: a later sentence naming one of them tells no
    # decision on each apart
    got = drafted(
        "Talks open\n\nBRUSSELS, 18 October 2019 - Montenegro and Serbia opened accession talks "
        "with the European Union on Tuesday. Croatia had long blocked Belgrade's path. "
        "Germany welcomed the talks."
    )
    assert len(got) == 1


def test_a_pair_never_told_apart_is_one_issue():
    got = drafted(
        "EU grants candidate status\n\n"
        "BRUSSELS, 23 June 2022 - EU leaders granted candidate status to Ukraine and Moldova "
        "on Thursday. Hungary backed the decision. Austria backed both.",
        on=dt.date(2022, 6, 23),
    )
    assert list(got.values()) == [{"HUN": "support", "AUT": "support"}]


def test_talks_with_serbia_and_kosovo_as_one_dialogue():
    got = drafted(
        "Talks\n\nBRUSSELS, 18 October 2019 - EU leaders agreed to open talks with Serbia and "
        "Kosovo on Friday. Germany welcomed the talks. France backed both."
    )
    assert list(got.values()) == [{"DEU": "support", "FRA": "support"}]


def test_talks_between_two_states_stay_one_even_with_one_named():
    got = drafted(
        "Talks\n\nBRUSSELS, 18 October 2019 - EU leaders backed talks between Serbia and "
        "Kosovo on Friday. France backed the talks with Kosovo."
    )
    assert list(got.values()) == [{"FRA": "support"}]


def test_sanctions_on_two_states_are_one_issue():
    got = drafted(
        "Sanctions\n\nBRUSSELS, 27 February 2022 - EU ministers imposed sanctions on Russia and "
        "Belarus on Sunday. Hungary opposed the sanctions. Poland backed them.",
        on=dt.date(2022, 2, 27),
    )
    assert list(got.values()) == [{"HUN": "oppose", "POL": "support"}]


def test_a_capital_as_a_place_tells_nothing_apart():
    got = drafted(
        "Leaders decide\n\nBRUSSELS, 18 October 2019 - EU leaders failed to open accession "
        "talks with North Macedonia and Albania at a summit in Skopje. France blocked the "
        "talks. Germany backed them."
    )
    assert list(got.values()) == [{"FRA": "oppose", "DEU": "support"}]


def test_a_one_sentence_text_has_no_stance_after_its_lead():
    got = drafted(
        "BRUSSELS, 18 October 2019 - EU leaders opened accession talks with North Macedonia "
        "and Albania, over French objections."
    )
    assert len(got) == 1
