"""Counts and the stances they imply (issue 13, heldout20's counts).

* a text defeated "by 84 votes to 77": the larger number voted against it (not the reverse,
  which would put the majority on the losing side); not when a veto is told;
* the others counted with a quoted verb and the full name of the European Council's members
  ("a text the other 26 heads of state or government \\"firmly supported\\""): the rest's label;
* the members staying in the body told after the noun ("the leaders of the 27 countries
  staying in the European Union agreed"): a count of them;
* a Security Council member named only as not voting ("did not take part in the vote") beside
  a count that leaves exactly it out: the count is of the others, which it fills.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected counts and stances are what a careful reader codes from the text alone, and each
case says why in its comment.
"""

from __future__ import annotations

import pytest
from drafted_labels import issue_with, labels, labels_by_issue, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

# ------------------------------------------------------------------ a defeated text's count


@pytest.mark.parametrize(
    "sentence, counts",
    [
        # defeated: the 91 were against it -> yes 58, no 91
        ("The motion was defeated by 91 votes to 58, with 20 abstentions.",
         {"yes": 58, "no": 91, "abstain": 20}),
        # rejected, "by N to M" -> the larger number against
        ("The proposal was rejected by 45 to 31.", {"yes": 31, "no": 45}),
        # voted down, with a day between -> the same
        ("The rider was voted down on Tuesday by 70 votes to 64.", {"yes": 64, "no": 70}),
        # near miss: adopted -> the first number is for it (unchanged)
        ("The motion was adopted by 91 votes to 58, with 20 abstentions.",
         {"yes": 91, "no": 58, "abstain": 20}),
        # near miss: a veto told -> no swap (the larger number may be for it)
        ("The draft was defeated by 13 votes to 2 because of the American veto.",
         {"yes": 13, "no": 2}),
        # near miss: a rejection of another thing, then an adoption -> unchanged
        ("The chamber rejected the delay and adopted the budget by 80 votes to 40.",
         {"yes": 80, "no": 40}),
    ],
)  # fmt: skip
def test_a_defeated_text_count(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


# ------------------------------------------------------------------ the others, quoted


@pytest.mark.parametrize(
    "sentence, rest",
    [
        # quoted verb with an adverb, the leaders' full name -> the others supported
        (('Mr Babis would not sign a plan that the other 26 heads of state or government '
          '"strongly backed".'), "support"),
        # the same without a quote -> support
        ("The other 26 heads of state and government approved the plan.", "support"),
        # near miss: the others only discussed it -> no rest
        ("The other 26 heads of state or government discussed the plan.", None),
    ],
)  # fmt: skip
def test_the_others_counted_with_a_quoted_verb(sentence, rest):
    t = find_counts(sentence)
    assert (t.as_dict(), t.rest) == ({}, rest)


@needs_spacy
def test_the_others_quoted_fill_every_member_but_the_one_refusing():
    # The European Council had 27 members on 2024-05-15.  Slovakia refused (oppose); the
    # other 26 "fully backed" the text: each of them support.
    text = (
        "Slovakia blocks summit text\n\n"
        "BRUSSELS, 15 May 2024 (Wire) - At the European Council summit, Slovakia refused to endorse the conclusions on the "
        'migration pact, a text that the other 26 heads of state or government "fully backed".'
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["SVK"] == "oppose"
    assert got["AUT"] == got["DEU"] == got["FRA"] == "support"
    assert len(got) == 27


# ------------------------------------------------------------------ the members staying in


@pytest.mark.parametrize(
    "sentence, counts",
    [
        # the members staying in the union, after the noun -> yes 27
        ("Leaders of the 27 countries remaining in the European Union agreed the plan.",
         {"yes": 27}),
        # the same with "staying" and a day -> yes 27
        ("Ministers of the 27 member states staying in the EU on Monday approved the guidelines.",
         {"yes": 27}),
        # near miss: a saying, not a decision -> no count
        ("Leaders of the 27 countries remaining in the European Union said they were worried.",
         {}),
    ],
)  # fmt: skip
def test_the_members_staying_in_the_union(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


@needs_spacy
def test_the_27_staying_in_leave_out_the_leaving_member():
    # The European Council had 28 members on 2019-03-21, the UK leaving: "the leaders of the
    # 27 countries staying in the European Union agreed" fills the 27, never the UK.
    text = (
        "EU27 agree Brexit extension terms\n\n"
        "BRUSSELS, 21 March 2019 (Wire) - The leaders of the 27 countries staying in the "
        "European Union agreed on Thursday to a short delay to Brexit. Theresa May waited "
        "outside while they talked."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["AUT"] == got["IRL"] == got["SWE"] == "support"
    assert "GBR" not in got
    assert len(got) == 27


# ------------------------------------------------------------------ a member not voting


_NOT_VOTING_TEXT = (
    "Council extends Cyprus force\n\n"
    "UNITED NATIONS, 14 June 1976 (Wire) - The Security Council extended the peacekeeping "
    "force in Cyprus for six months. The resolution was adopted by 13 votes in favour, none "
    "against and one abstention. {tail}"
)


@needs_spacy
def test_a_member_not_voting_is_left_out_of_the_count():
    # The Council had 15 members on 1976-06-14; 13 + 0 + 1 = 14: Libya abstained and China
    # took no part (abstain, not one of the counted votes), so the 13 others voted for it.
    text = _NOT_VOTING_TEXT.format(
        tail="Libya abstained, while China did not participate in the vote."
    )
    got = labels(draft_scenario(text, source="t.txt"))
    assert got["LBY"] == got["CHN"] == "abstain"
    assert got["USA"] == got["SUN"] == got["JPN"] == "support"
    assert len(got) == 15


@needs_spacy
def test_a_member_abstaining_in_the_vote_is_counted():
    # near miss: both named as abstaining (no one named as not voting): 2 abstainers named,
    # one counted -> the text contradicts itself, no one is filled
    text = _NOT_VOTING_TEXT.format(tail="Libya and China abstained.")
    got = labels(draft_scenario(text, source="t.txt"))
    assert got == {"LBY": "abstain", "CHN": "abstain"}


# ------------------------------------------------------------------ a second text's count

_TWO_TEXTS = (
    "Council acts on Haiti\n\n"
    "UNITED NATIONS, 10 May 2022 (Wire) - The Security Council adopted two texts on Haiti on "
    "Tuesday. The first, resolution 2600, renews the travel ban on gang leaders. It passed "
    "with 13 votes in favour and none against. China and Russia abstained.\n\n"
    "Russia then joined the rest of the Council in backing the second text. {second}"
)


@needs_spacy
def test_a_second_text_named_by_its_number_takes_its_own_count():
    # "the second text" is resolution 2601, told in the next sentence with what it does:
    # its "adopted unanimously" fills all 15 members on it (China too), while the first
    # keeps 13-0-2 with China and Russia abstaining.
    text = _TWO_TEXTS.format(
        second="Resolution 2601, adopted unanimously, extends the political mission in the capital."
    )
    sc = draft_scenario(text, source="t.txt")
    by_issue = labels_by_issue(sc)
    first, second = (issue_with(by_issue, "2600"), issue_with(by_issue, "2601"))
    assert first["CHN"] == first["RUS"] == "abstain"
    assert first["USA"] == first["IND"] == "support"
    assert len(first) == 15
    assert second["CHN"] == second["RUS"] == second["USA"] == "support"
    assert len(second) == 15
    meta = sc["x-draft"]["issues"]
    (second_id,) = [i for i in meta if "2601" in i]
    assert meta[second_id]["counts"] == {"yes": 15, "no": 0, "abstain": 0}


def test_what_an_ordinal_text_does_from_the_next_sentence():
    from concilium.text.draft import _what_it_does

    text = (
        "Russia backed the second text. Resolution 2601, adopted unanimously, extends the mission."
    )
    assert _what_it_does("second text", text) == "Resolution 2601 extends the mission"
    # near miss: the next sentence opens with no number -> none
    assert _what_it_does("second text", "Russia backed the second text. It extends it.") is None
