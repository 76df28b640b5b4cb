"""Which decision a stance is on, when a second one may be named (issue 13, eighteenth stop).

- A bare definite "the package" ("Hungary did not block the package") that the article has
  not named before, after sanctions were told, is those sanctions (they come in packages):
  no funding decision of its own, so no second issue, and the stance is on the sanctions.
  A package the article named with its own words ("a 5 billion euro aid package") keeps
  them, and "the package" after a decision of another kind (accession talks) is another.
- A text titled by what it asks of others: "a resolution urging states to ..." is titled
  with those words, not the bare "Resolution".
- The deciders "also" endorsing, after the lead, a thing the article has not named before,
  named with "the" ("had also endorsed the debt relief principles ..."), take a further
  decision, as "also approved a declaration" is: the stances told on it after are on it.
  Not a thing named before ("also endorsed the timetable"), nor one too vague to be another
  decision ("also endorsed the measures").
- One decision whose opening words give no title ("The decision, which must be unanimous"):
  titled by the words the deciders' act named it with.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario, proposal_title, sentences

DAY = dt.date(2024, 3, 15)


def drafted(text: str, body: str) -> dict:
    return draft_scenario(text, source="t.txt", on=DAY, body=body)


# ------------------------------------------- "the package": the decision told, no other


@needs_spacy
def test_a_bare_package_not_named_before_is_the_decision_reported():
    # The ministers agreed sanctions on Belarus; "did not block the package" can only be
    # the sanctions (no package was named before): one issue, Hungary letting it pass
    # (support, a consensus body) and Belarus against it, on the sanctions.
    sc = drafted(
        "EU imposes sanctions on Belarus\n\n"
        "BRUSSELS, 15 March 2024 - European Union foreign ministers agreed on Friday to "
        "impose the bloc's first broad economic sanctions on Belarus over the crackdown on "
        "protesters.\n\n"
        "The decision needs every member state. Hungary, which had voiced doubts, did not "
        "block the package. Minsk said the sanctions were illegal.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    ((_iid, labels),) = issues.items()
    assert labels == {"HUN": "support", "BLR": "oppose"}
    # titled by the words the ministers' act named it with, not "Decision"
    (title,) = [i["title"] for i in sc["issues"]]
    assert "sanctions on Belarus" in title, title


@needs_spacy
def test_a_package_named_by_its_own_words_keeps_them():
    # Near miss: the package is the decision the lead tells ("a 5 billion euro aid package
    # for Moldova"), and "the package" is it again: one issue, titled with its words.
    sc = drafted(
        "EU agrees aid for Moldova\n\n"
        "BRUSSELS, 15 March 2024 - European Union finance ministers on Friday agreed a 5 "
        "billion euro aid package for Moldova.\n\n"
        "Hungary, which had voiced doubts, did not block the package. Romania welcomed the "
        "package.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 1, issues
    ((_iid, labels),) = issues.items()
    assert labels == {"HUN": "support", "ROU": "support"}
    (title,) = [i["title"] for i in sc["issues"]]
    assert "aid package for Moldova" in title, title


@needs_spacy
def test_a_bare_package_after_another_kind_of_decision_is_another_decision():
    # Near miss: the leaders opened accession talks; "the package" Slovakia vetoed hours
    # later cannot be the talks (no one calls talks a package): a decision of its own, with
    # Slovakia against it, and Denmark's support for the talks stays on the talks.
    sc = drafted(
        "EU opens talks, budget deal fails\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders agreed on Friday to open accession "
        "talks with Moldova. Denmark welcomed the membership decision. Hours later Slovakia "
        "vetoed the package.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    assert {"DNK": "support"} in issues.values(), issues
    assert {"SVK": "oppose"} in issues.values(), issues


# -------------------------------------------------- "a resolution urging ...": its title


def test_a_resolution_is_titled_by_what_it_urges():
    text = (
        "Assembly calls for envoy\n\n"
        "UNITED NATIONS, 15 March 2024 - The General Assembly on Friday adopted a resolution "
        "urging states to protect journalists and asking the Secretary-General to appoint a "
        "special envoy on press freedom."
    )
    _, title = proposal_title(sentences(text), "Assembly calls for envoy")
    assert title.startswith("Resolution urging states to protect journalists"), title


def test_a_resolution_followed_by_its_date_is_not_titled_by_it():
    # Near miss: nothing it urges follows the noun (the next words say when): the bare noun,
    # no words the sentence does not give it
    text = (
        "Assembly votes\n\n"
        "UNITED NATIONS, 15 March 2024 - The General Assembly adopted a resolution, which "
        "Brazil introduced, by 120 votes to 3."
    )
    _, title = proposal_title(sentences(text), "Assembly votes")
    assert "urging" not in title.lower() and "brazil" not in title.lower(), title


@needs_spacy
def test_the_stances_on_a_resolution_urging_states_are_on_it():
    sc = drafted(
        "Assembly calls for envoy\n\n"
        "UNITED NATIONS, 15 March 2024 - The General Assembly on Friday adopted a resolution "
        "urging states to protect journalists and asking the Secretary-General to appoint a "
        "special envoy on press freedom.\n\n"
        "Brazil introduced the text. China abstained on the resolution.",
        "unga",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert list(issues.values()) == [{"BRA": "support", "CHN": "abstain"}], issues
    assert "protect journalists" in sc["issues"][0]["title"]


@needs_spacy
def test_a_later_decision_does_not_title_the_one_the_lead_tells():
    # Near miss: the lead tells a decision it names by no kind (the leaders failed to agree on
    # a loan), and a later sentence a package of sanctions.  The article's one issue is not
    # titled by the later decision's words: Belgium's objection is to the loan, and a title
    # of sanctions would put it on them.
    sc = drafted(
        "EU leaders put off Ukraine loan\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders failed on Friday to agree on using "
        "frozen assets to fund a loan for Ukraine, after Belgium demanded guarantees.\n\n"
        "Belgium's prime minister said he could not accept the plan. Earlier on Friday the 27 "
        "member states adopted a 20th package of sanctions against Russia.",
        "eu-council",
    )
    titles = [i["title"] for i in sc["issues"]]
    assert not any("sanctions" in t.lower() for t in titles[:1]), titles


# ------------------------------- "had also endorsed the X" (X not named before): a decision

CLIMATE = (
    "EU leaders back climate timetable\n\n"
    "BRUSSELS, 15 March 2024 - European Union leaders agreed on Friday to keep their "
    "timetable for a package of climate measures. Italy, which had threatened a veto, backed "
    "the timetable.\n\n"
)


@needs_spacy
@pytest.mark.parametrize(
    "later",
    [
        (
            "On Thursday the leaders had also endorsed the debt relief principles that the "
            "finance ministers drew up in Paris."
        ),
        "The leaders also endorsed the shipping guidelines set out by the Commission.",
    ],
)
def test_a_thing_also_endorsed_and_not_named_before_is_a_further_decision(later):
    # The leaders also endorsed something the article had not named: a second decision.
    # Sweden "did not block the endorsement" (its paragraph's decision, let pass: support)
    # is on it; Italy's backing of the timetable stays on the timetable.
    sc = drafted(
        CLIMATE + later + " Sweden, which had doubts, did not block the endorsement.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert len(issues) == 2, issues
    first, second = (i["id"] for i in sc["issues"])
    assert issues[first] == {"ITA": "support"}
    assert issues[second] == {"SWE": "support"}


@needs_spacy
@pytest.mark.parametrize(
    "later",
    [
        # the timetable, named before: the same decision again
        "On Thursday the leaders had also endorsed the timetable in principle.",
        # "the measures": too vague to be another decision
        "The leaders also endorsed the measures in principle.",
    ],
)
def test_a_thing_also_endorsed_that_was_named_before_is_no_further_decision(later):
    sc = drafted(
        CLIMATE + later + " Sweden, which had doubts, did not block them.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert list(issues.values()) == [{"ITA": "support", "SWE": "support"}], issues
