"""Classes of the heldout25 run's NATO misses and of heldout24's open ones (issue 13).

Accession protocols signed: the signatories counted by the body's possessive ("NATO's 16
foreign ministers signed the protocols"), the texts signed in the plural ("put their signatures
to the texts"), and the invited states who call the day historic or promise to keep up the
reforms asked of them.  From heldout24: "Among the ten were A and B" after a count, forces sent
to where the deployment decided is based, and a change of the rules ruled out.  Every sentence
is written for these tests (none is taken from the benchmark articles); each label is what a
careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels, needs_spacy, stance_pairs

from concilium.text.counts import find_counts


# The body's members counted by its possessive, or as "of all N", who signed the decision's text
@pytest.mark.parametrize(
    ("sentence", "yes"),
    [
        ("NATO's 16 foreign ministers signed the accession protocols on Tuesday.", 16),
        ("The ministers of NATO's twelve member countries on Monday signed the protocol.", 12),
        ("The alliance's 19 members signed the accession protocols.", 19),
        ("The bloc's 27 leaders signed up to the package.", 27),
        # near misses: a letter or a petition is about something else; a count with no body
        ("NATO's 16 foreign ministers signed a letter to the Russian president.", None),
        ("The alliance's 19 members signed a petition on the war.", None),
        ("Sixteen ministers signed the protocols.", None),
        # a part of the members, not all of them
        ("Leaders of twenty-five of the bloc's 27 members signed the new treaty.", None),
    ],
)
def test_members_counted_by_the_body_who_signed(sentence, yes):
    assert find_counts(sentence).yes == yes


read = partial(stance_pairs, on=dt.date(2016, 10, 26))


# The texts signed, in the plural, are the decision's
@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Norway and Canada signed the texts.", {("NOR", "support"), ("CAN", "support")}),
        (
            "Norway's foreign minister and Canada's envoy put their signatures to the texts.",
            {("NOR", "support"), ("CAN", "support")},
        ),
        ("Denmark signed the documents on Tuesday.", {("DNK", "support")}),
        # near misses: a letter signed, texts read
        ("Denmark signed the letters.", set()),
        ("Denmark read the texts.", set()),
    ],
)
def test_texts_signed_in_the_plural(sentence, pairs):
    assert read(sentence) == pairs


def _draft(body: str, head: str, dateline: str) -> dict[str, str]:
    from concilium.text.draft import draft_scenario

    text = f"{head}\n\n{dateline} - {body}\n"
    return labels(draft_scenario(text, source="t.txt", engine="spacy"), named_only=True)


UN = partial(_draft, head="Council vote", dateline="NEW YORK, 4 November 1956")


# "Among the ten were A and B": the ten of a count told just before
@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The Security Council adopted the resolution by ten votes to one. "
                "Among the ten were Britain and France."
            ),
            {"GBR": "support", "FRA": "support"},
        ),
        (
            (
                "The Security Council draft passed by nine votes to two, with four abstentions. "
                "Among the four were Britain and France."
            ),
            {"GBR": "abstain", "FRA": "abstain"},
        ),
        (
            (
                "The Security Council draft passed by nine votes to two, with four abstentions. "
                "Among the two were Britain and France."
            ),
            {"GBR": "oppose", "FRA": "oppose"},
        ),
        (
            (
                "The Security Council adopted the resolution by ten votes to one. "
                "Among the ten members were Britain and France."
            ),
            {"GBR": "support", "FRA": "support"},
        ),
        # near misses: no count of that number, or two sides with it
        (
            (
                "Ten countries sent observers to the Security Council session. "
                "Among the ten were Britain and France."
            ),
            {},
        ),
        (
            (
                "The Security Council draft passed by nine votes to two, with two abstentions. "
                "Among the two were Britain and France."
            ),
            {},
        ),
        (
            (
                "The Security Council draft passed by eleven votes to none, with four abstentions. "
                "Among the ten were Britain and France."
            ),
            {},
        ),
    ],
)
def test_among_the_counted(body, expected):
    assert UN(body) == expected


# The list goes on after a relative clause on its last member
@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The Security Council adopted the resolution by ten votes to one. Among the ten "
                "were Britain and France, whose troops were in Egypt, as well as the United States "
                "and Peru."
            ),
            {"GBR": "support", "FRA": "support", "USA": "support", "PER": "support"},
        ),
        (
            (
                "Voting in favour of the Security Council resolution were Britain and France, whose "
                "troops were in Egypt, as well as the United States and Peru."
            ),
            {"GBR": "support", "FRA": "support", "USA": "support", "PER": "support"},
        ),
        # near misses: the clause ends the sentence; no "as well as" after the clause's comma
        (
            (
                "Voting in favour of the Security Council resolution were Britain and France, whose "
                "troops were in Egypt. The United States, as well as Peru, abstained."
            ),
            {"GBR": "support", "FRA": "support", "USA": "abstain", "PER": "abstain"},
        ),
        (
            (
                "Voting in favour of the Security Council resolution were Britain and France, which "
                "Egypt accused of aggression as well as Peru."
            ),
            {"GBR": "support", "FRA": "support"},
        ),
    ],
)
def test_as_well_as_after_a_relative_clause(body, expected):
    assert UN(body) == expected


NATO = partial(_draft, head="NATO allies agree air presence", dateline="BRUSSELS, 26 October 2016")
_BASED = (
    "NATO defence ministers agreed on Wednesday to step up air policing over the Baltic states, "
    "with more allied aircraft to be based in Lithuania and Estonia. "
)


# Forces sent to where the decided deployment is based are a share of it
@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _BASED + "Norway would send F-35 jets to Lithuania, and Denmark said it would send "
            "aircraft there.",
            {"NOR": "support", "DNK": "support"},
        ),
        (
            (
                "NATO defence ministers agreed on Wednesday to base more allied aircraft in the "
                "Baltic states. Estonia will host the extra jets. Norway would send F-35 jets to "
                "Estonia next year."
            ),
            {"NOR": "support"},
        ),
        # near misses: not sent, not forces, no host told, a host of talks, a state not told
        # as a host
        (_BASED + "Norway would not send jets to Lithuania.", {}),
        (_BASED + "Norway would send a letter to Lithuania.", {}),
        (
            (
                "NATO defence ministers agreed on Wednesday to step up air policing over the Baltic "
                "states. Norway would send F-35 jets to Lithuania."
            ),
            {},
        ),
        (
            (
                "NATO defence ministers agreed on Wednesday to step up air policing over the Baltic "
                "states. Lithuania hosted the talks. Norway would send F-35 jets to Lithuania."
            ),
            {},
        ),
        (
            (
                "NATO defence ministers agreed on Wednesday to base more allied aircraft in the "
                "Baltic states. Estonia will host the extra jets. Norway would send F-35 jets to "
                "Lithuania and Estonia."
            ),
            {},
        ),
    ],
)
def test_forces_sent_to_the_host(body, expected):
    assert NATO(body) == expected


read13 = partial(stance_pairs, on=dt.date(2013, 10, 25))


# Ruling out a change of the rules opposes the change
@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Germany ruled out changing the rules.", {("DEU", "oppose")}),
        ("Germany ruled out changes to the treaty.", {("DEU", "oppose")}),
        ("Germany ruled out a change to the rules.", {("DEU", "oppose")}),
        (
            "Merkel said there was no question of changing the Dublin regulation.",
            {("DEU", "oppose")},
        ),
        ("Germany said there was no question of changing the rules.", {("DEU", "oppose")}),
        # near misses: its own position, not ruled out, a question asked, no change
        ("Germany ruled out changing its position.", set()),
        ("Germany ruled out changing course.", set()),
        ("Germany did not rule out changing the rules.", set()),
        ("Germany said there was no question of changing its position.", set()),
        ("Germany asked whether there was a question of changing the rules.", set()),
        ("Germany said there was no question of a veto.", set()),
        ("Germany ruled out a veto.", set()),
    ],
)
def test_a_change_of_the_rules_ruled_out(sentence, pairs):
    assert read13(sentence) == pairs


read03 = partial(stance_pairs, on=dt.date(2003, 3, 26))


# "called the day historic": the day of the decision reported
@needs_spacy
@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("Lithuania called the day historic.", {("LTU", "support")}),
        (
            "Vilnius and Riga, whose people lived under Soviet rule, called the day historic.",
            {("LTU", "support"), ("LVA", "support")},
        ),
        # near misses: another day, not said, no evaluation
        ("Lithuania called the day before historic.", set()),
        ("Lithuania did not call the day historic.", set()),
        ("Lithuania called the day long.", set()),
    ],
)
def test_the_day_called_historic(sentence, pairs):
    assert read03(sentence) == pairs


ACCESSION = partial(
    _draft, head="Allies sign accession protocols", dateline="BRUSSELS, 26 March 2003"
)


# The states a protocol admits promising to keep up the reforms asked of them back their entry
@needs_spacy
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "NATO ambassadors signed the accession protocols for Romania and Bulgaria on "
                "Wednesday. The Romanian and Bulgarian ministers promised that their countries "
                "would keep up the reforms."
            ),
            {"ROU": "support", "BGR": "support"},
        ),
        (
            (
                "NATO ambassadors signed the accession protocols for Romania and Bulgaria on "
                "Wednesday. Romania pledged to continue its reforms."
            ),
            {"ROU": "support"},
        ),
        # near misses: a state the decision does not admit; a promise that is not kept up
        (
            (
                "NATO ambassadors signed the accession protocols for Romania on Wednesday. Moldova "
                "promised to keep up its reforms."
            ),
            {},
        ),
        (
            (
                "NATO ambassadors signed the accession protocols for Romania on Wednesday. The "
                "Romanian minister promised that Romania would not keep up the reforms."
            ),
            {},
        ),
    ],
)
def test_invitees_promising_reforms(body, expected):
    assert ACCESSION(body) == expected
