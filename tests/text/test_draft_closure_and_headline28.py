"""Articles with two decisions (issue 13, heldout28 "second decision" class).

- A headline line followed at once by its dateline line (no blank line between them) is the
  headline, not a hard-wrapped sentence going on into the lead: the main text's title is
  then read from the lead ("a draft urging ..."), not from a later sentence naming only its
  sponsors ("The text, put forward by ...").
- A motion to close the debate, counted: an issue of its own beside the text's, holding its
  count and the sentences of its paragraph that go back to it ("voted against closure",
  "was among the 20 that abstained"); never the text's (the same state may abstain on the
  text and vote against closure).

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import _unwrap, draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def _issues(text: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unga")
    return labels_by_issue(sc, named_only=True), [i["title"] for i in sc["issues"]]


def test_a_headline_line_is_not_joined_to_the_dateline_line_after_it():
    text = (
        "Assembly panel backs Ghanaian call to protect coastal fisheries; Japan votes no\n"
        "NEW YORK, 15 March 2024 (Wire) - The committee approved a draft."
    )
    assert _unwrap(text) == text


def test_a_long_wrapped_line_still_goes_on_into_the_next():
    # Near miss: a hard-wrapped sentence whose next line opens with capitals but no dateline
    text = (
        "The committee approved the draft after a long debate in which several of the\n"
        "NEW delegations asked for changes."
    )
    assert _unwrap(text) == text.replace("\n", " ")


def test_the_title_comes_from_the_lead_when_the_headline_has_no_blank_line_after_it():
    # The lead names the text by what it does; the next sentence names only its sponsors.
    text = (
        "Assembly panel backs Ghanaian call to protect coastal fisheries; Japan votes no\n"
        "NEW YORK, 15 March 2024 (Wire) - The General Assembly's economic committee on Friday "
        "approved a draft urging coastal states to protect small-scale fisheries.\n\n"
        "The text, put forward by Ghana and Peru, was approved by 90 votes to 3, with 40 "
        "abstentions. Japan voted against it."
    )
    issues, titles = _issues(text)
    assert "fisheries" in titles[0].lower()
    assert "put forward" not in titles[0].lower()
    assert issues[next(iter(issues))] == {"GHA": "support", "PER": "support", "JPN": "oppose"}


CLOSURE = (
    "Assembly asks Council to look again at two membership bids\n\n"
    "NEW YORK, 15 March 2024 - The General Assembly on Friday asked the Security Council to "
    "reconsider the membership applications of two small island states. The resolution was "
    "adopted by 110 votes to none, with 6 abstentions.\n\n"
    "Abstaining (6): Chile, Denmark, Japan, Kenya, Norway, Peru.\n\n"
    "The vote came after a procedural clash. Ghana's representative moved to close the "
    "debate and vote at once. His motion carried by 90 to 5, with 12 abstentions. Chile and "
    "Norway voted against closure. Japan was among the 12 that abstained.{tail}"
)


def test_the_votes_told_after_a_closure_count_are_the_closure_motions():
    # Chile and Norway abstained on the resolution and voted against closure; Japan abstained
    # on both.  Ghana moved the motion.  Denmark, Kenya and Peru are on the resolution only.
    issues, _ = _issues(CLOSURE.format(tail=""))
    assert issue_with(issues, "close") == {
        "GHA": "support",
        "CHL": "oppose",
        "NOR": "oppose",
        "JPN": "abstain",
    }
    main = [labs for iid, labs in issues.items() if "close" not in iid]
    assert main == [
        {
            "CHL": "abstain",
            "DNK": "abstain",
            "JPN": "abstain",
            "KEN": "abstain",
            "NOR": "abstain",
            "PER": "abstain",
        }
    ]


def test_a_sentence_naming_the_resolution_after_a_closure_count_stays_on_it():
    # Near misses: "voted for the resolution" names the text (not the motion), and "among
    # the 30 sponsors" is no figure of the motion's count: both on the resolution.
    tail = " Mexico voted for the resolution. Fiji was among the 30 sponsors."
    issues, _ = _issues(CLOSURE.format(tail=tail))
    closure = issue_with(issues, "close")
    assert "MEX" not in closure and "FJI" not in closure
    main = next(labs for iid, labs in issues.items() if "close" not in iid)
    assert main["MEX"] == "support"
