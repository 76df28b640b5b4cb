"""Stances on the right one of several decisions (issue 13, nineteenth stop).

- "The changes" (also "the proposed changes", "those revisions"), a bare definite plural noun
  of change, after the article named amendments, are those amendments: "Mexico opposed the
  changes" after "rejected three amendments put forward by Hungary" is against the
  amendments, not against the resolution Mexico drafted.  With no amendments named the
  changes may be the decision itself ("agreed changes to the asylum rules ... Hungary opposed
  the changes"); changes named by their own words ("the changes to the reporting rules") are
  not the amendments told before; the amended text, the revised draft and the compromise
  are the text that was adopted.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

DAY = dt.date(2024, 3, 15)


def drafted(text: str, body: str) -> dict:
    return draft_scenario(text, source="t.txt", on=DAY, body=body)


def by_title_word(sc: dict, word: str) -> dict[str, str]:
    """The labels of the one issue whose title has ``word``."""
    issues = labels_by_issue(sc, named_only=True)
    titles = {i["id"]: i["title"].lower() for i in sc["issues"]}
    (iid,) = [k for k in titles if word in titles[k]]
    return issues.get(iid, {})


# ------------------------------------------------ "the changes" after amendments: those


_AMENDED = (
    "Assembly adopts text on migrant workers after rejecting changes\n\n"
    "UNITED NATIONS, 15 March 2024 - The General Assembly on Friday adopted a resolution "
    "calling on states to protect the rights of migrant workers, by 120 votes to 8, with 30 "
    "abstentions.\n\n"
    "Before the vote, the Assembly rejected three amendments put forward by Hungary. Mexico, "
    "which drafted the resolution, {sentence} Poland voted for the amendments.\n\n"
    "Brazil voted for the resolution. Chile welcomed the amended text."
)


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "opposed the changes, saying they would gut the text.",
        "opposed the proposed changes, saying they would gut the text.",
        "rejected those revisions as an attempt to gut the text.",
    ],
)
def test_the_changes_after_amendments_are_the_amendments(sentence):
    # Mexico drafted the resolution (support) and opposed the changes: the three amendments
    # just told, not the resolution (which would also leave Mexico with no stance on it,
    # support and opposition tied).  Hungary put the amendments forward, Poland voted for
    # them; Brazil voted for the resolution and Chile welcomed the amended text, which is
    # the resolution as adopted.
    sc = drafted(_AMENDED.format(sentence=sentence), "unga")
    assert len(sc["issues"]) == 2, sc["issues"]
    assert by_title_word(sc, "amendment") == {"HUN": "support", "MEX": "oppose", "POL": "support"}
    assert by_title_word(sc, "migrant") == {"MEX": "support", "BRA": "support", "CHL": "support"}


@needs_spacy
def test_the_changes_with_no_amendments_named_are_the_decision():
    # Near miss: no amendment is named; the changes are the ones the ministers agreed, so
    # Hungary's opposition and Italy's welcome of the compromise are on that one decision.
    sc = drafted(
        "EU ministers agree changes to asylum rules\n\n"
        "BRUSSELS, 15 March 2024 - European Union interior ministers on Friday agreed changes "
        "to the bloc's asylum rules, speeding up returns of rejected applicants.\n\n"
        "Hungary opposed the changes, saying they did not go far enough. Italy welcomed the "
        "compromise.",
        "eu-council",
    )
    issues = labels_by_issue(sc, named_only=True)
    assert list(issues.values()) == [{"HUN": "oppose", "ITA": "support"}], issues


@needs_spacy
def test_changes_named_by_their_own_words_are_not_the_amendments():
    # Near miss: "the changes to the reporting rules" names what is changed, the resolution's
    # own reporting rules, not the amendment told before; the revised draft and the
    # compromise are the text adopted.  Only Hungary, which put the amendment forward, is on
    # the amendment.
    sc = drafted(
        "Assembly adopts text on migrant workers\n\n"
        "UNITED NATIONS, 15 March 2024 - The General Assembly on Friday adopted a resolution "
        "calling on states to protect the rights of migrant workers, by 120 votes to 8, with "
        "30 abstentions.\n\n"
        "Before the vote, the Assembly rejected an amendment put forward by Hungary. Poland "
        "backed the revised draft, and Chile supported the compromise. Russia opposed the "
        "changes to the reporting rules.",
        "unga",
    )
    assert by_title_word(sc, "amendment") == {"HUN": "support"}
    assert by_title_word(sc, "migrant") == {"POL": "support", "CHL": "support", "RUS": "oppose"}
