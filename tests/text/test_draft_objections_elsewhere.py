"""Objections, blocks and warnings whose object is not the decision reported (issue 13,
sixteenth stop), and the one reading of a warning the drafter inverted.

- a block of the entry (membership, bid, invitation) of a state that neither the headline nor
  the lead names is that state's own decision, not the one reported; so is the same actor's
  objection told after it with nothing it is an objection to ("will not lift its objection");
  a block of the entry the article reports keeps its stance;
- a state saying the decision would harm its own country ("would put its energy security at
  risk", "would damage its economy") opposes it, never supports it; a harm to another state,
  a negated harm and a benefit are not read so;
- the objectors of a measure ("an end to gas imports over Hungarian objections") are not the
  state the measure is taken against.

Every sentence here is written for these tests (none is taken from the benchmark articles);
each expected label is what a careful reader codes from the text alone (``None``: no stance).
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved, spacy_read

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy


def by_issue(text: str, body: str, day: dt.date) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=day, body=body)
    return labels_by_issue(sc, named_only=True)


def issue_of(issues: dict[str, dict[str, str]], actor: str) -> dict[str, str]:
    """The stances of the one issue on which ``actor`` has a stance."""
    found = [labels for labels in issues.values() if actor in labels]
    assert len(found) == 1, issues
    return found[0]


JOINED = dt.date(2017, 6, 5)


def test_a_block_of_an_unnamed_states_invitation_is_no_stance_on_the_entry_reported():
    # "Ruritania" is no state the gazetteer knows: its invitation can be no issue
    text = (
        "Montenegro joins NATO\n\n"
        "BRUSSELS, 5 June 2017 - Montenegro became the 29th member of NATO on Monday when it "
        "deposited its instrument of accession in Washington.\n\n"
        "Ruritania, which had hoped to join at the same time, remains outside after Spain "
        "blocked its invitation last year. Madrid has said it will not lift its objection "
        "until the border question is settled."
    )
    issues = by_issue(text, "nato", JOINED)
    assert issue_of(issues, "MNE")["MNE"] == "support"
    assert all("ESP" not in labels for labels in issues.values())


def test_a_block_of_another_named_states_bid_is_on_that_states_bid():
    text = (
        "Montenegro joins NATO\n\n"
        "BRUSSELS, 5 June 2017 - Montenegro became the 29th member of NATO on Monday when it "
        "deposited its instrument of accession in Washington.\n\n"
        "Kosovo, which hopes to follow, remains far outside after Spain blocked its application "
        "last year. Madrid has said it will not lift its objection until the status question "
        "is settled."
    )
    issues = by_issue(text, "nato", JOINED)
    montenegro = issue_of(issues, "MNE")
    assert montenegro["MNE"] == "support"
    assert "ESP" not in montenegro
    # never support on any issue
    assert all(labels.get("ESP") in (None, "oppose") for labels in issues.values())


def test_the_objection_to_the_entry_reported_is_kept():
    text = (
        "EU fails to open talks with Albania\n\n"
        "BRUSSELS, 18 October 2019 - European Union leaders failed on Friday to agree to open "
        "accession talks with Albania.\n\n"
        "France blocked Albania's bid, and Paris said it would not lift its objection until "
        "the bloc changed its enlargement rules."
    )
    issues = by_issue(text, "eu-council", dt.date(2019, 10, 18))
    assert issue_of(issues, "FRA")["FRA"] == "oppose"


def test_a_block_of_a_state_the_lead_names_is_kept():
    # the lead names Sweden: its bid is a decision the article reports
    text = (
        "NATO admits Finland, Sweden left waiting\n\n"
        "BRUSSELS, 4 April 2023 - Finland became a member of NATO on Tuesday, while Sweden's "
        "bid remained on hold.\n\n"
        "Hungary has blocked Sweden's bid, and Budapest said it would not lift its objection "
        "soon."
    )
    issues = by_issue(text, "nato", dt.date(2023, 4, 4))
    assert any(labels.get("HUN") == "oppose" for labels in issues.values())
    assert all(labels.get("HUN") != "support" for labels in issues.values())


DAY = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            (
                "EU ministers agreed a ban on Russian oil on Monday. Slovakia's prime minister said "
                "the ban would put Slovakia's energy supply at risk."
            ),
            "SVK",
        ),
        (
            (
                "EU ministers adopted the tariffs on Monday. The Hungarian government said the "
                "decision would damage its economy."
            ),
            "HUN",
        ),
    ],
)
def test_saying_the_decision_would_harm_ones_own_country_opposes(sentence, actor):
    assert resolved(sentence, DAY).get(actor) == "oppose"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a benefit, not a harm
        (
            (
                "EU ministers adopted the tariffs on Monday. The Hungarian government said the "
                "decision would strengthen its economy."
            ),
            "HUN",
        ),
        # a negated harm
        (
            (
                "EU ministers adopted the tariffs on Monday. The Hungarian government said the "
                "decision would not damage its economy."
            ),
            "HUN",
        ),
        # a harm to another state: not the speaker's own
        (
            (
                "EU ministers adopted the tariffs on Monday. The Hungarian government said the "
                "decision would damage Slovakia's economy."
            ),
            "HUN",
        ),
    ],
)
def test_a_benefit_a_negated_harm_or_anothers_harm_is_no_opposition(sentence, actor):
    assert resolved(sentence, DAY).get(actor) != "oppose"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "EU ministers backed an end to Russian gas imports over Hungarian objections. "
            "Hungary's foreign minister said the decision would put Hungary's energy security "
            "at risk."
        ),
        # the objector's comment on what the decision shows is no support either
        (
            "EU ministers agreed to end Russian gas imports, overriding objections from Hungary. "
            "Hungary's foreign minister said the decision showed the bloc's weakness."
        ),
    ],
)
def test_an_objector_to_ending_a_measure_is_never_read_as_supporting_it(sentence):
    # the objector is not what the measure is taken against (Russia is), so what it says of
    # the decision is no support for it
    read = spacy_read(sentence, DAY)
    assert not [s for s in read if s.actor == "HUN" and s.label == "support"]


def test_objectors_are_not_the_target_of_the_measure_ended():
    # near miss: the state the ended embargo is against is what the decision is for, and its
    # comment on it is support
    sentence = (
        "The Assembly called for an end to the embargo against Cuba. Cuba said the decision "
        "showed the world's support."
    )
    assert resolved(sentence, DAY).get("CUB") == "support"
