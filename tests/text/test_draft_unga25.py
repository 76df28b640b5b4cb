"""General Assembly voting records (issue 13, heldout25's Assembly misses).

- "A and B were joined in opposing the text by C and D" (or backing, supporting, rejecting
  it): all four cast that vote; after a fronted phrase too ("In a repeat of last year's vote,
  A was joined ..."), and with the agents in apposition to a counted group ("by two island
  states, C and D").  Only with the text (or "it") as the object: opposing the embargo a text
  would end is support for the text, so it is left unread.  A "by" inside the fronted phrase
  names no agent.
- "Every country in the region except A and B voted for the resolution, C, D and E among
  them": the members named after the whole group's vote cast it (as "..., C included" did);
  not a group that is only some ("Some countries voted for it, C among them"), nor a list
  that does not end in names.  The states the group leaves out get nothing from it.
- "The text had forty sponsors, but A and B were also among the co-sponsors": the clause
  after ", but" (or a clause-joining ", and") has its own subject; the "and" of a list of
  names ("A, B, and C were among them") is no clause break.
- "A, one of its chief backers, ...": a role after "one of" in apposition to a state, when
  "its" can stand only for the text (the previous sentence opens on it), or the role is
  plainly the text's ("one of the sponsors", "one of the text's sponsors"); not a role
  towards a policy ("long one of the champions of a test ban").
- "with only A declining to support it", "A, refusing to back it": the participle is a
  refusal, as "declined to support it" is (was read as support: an inversion).
- A paragraph put to a separate vote ("voted separately on a paragraph on fishing quotas.
  The paragraph was retained by 90 votes to 3"): an issue of its own, with its count and
  the stances of the sentences that tell it ("Peru abstained on the paragraph"), none of
  them on the resolution.  Not a count the whole text shares the sentence with, nor a
  paragraph only described, nor one "deleted by 50 votes to 40" (its votes in favour may have
  been for the deletion: which side is which is not said).

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from drafted_labels import labels_by_issue, needs_spacy, resolved, stance_pairs

from concilium.text.draft import Gazetteer, draft_scenario
from concilium.text.vote_lists import group_member_stances, sentence_mentions

DAY = dt.date(2003, 11, 4)
read = partial(stance_pairs, on=DAY)


def drafted(text: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unga")
    return labels_by_issue(sc, named_only=True)


def only(issues: dict[str, dict[str, str]]) -> dict[str, str]:
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


_LEAD = (
    "Assembly adopts text on fisheries\n\n"
    "UNITED NATIONS, 4 November 2003 - The General Assembly on Tuesday adopted a resolution "
    "on high-seas fisheries by 120 votes to 4, with 6 abstentions.\n\n"
)


# ------------------------------------------------------------ "joined in opposing the text"
@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            (
                "In a repeat of last year's vote, Chile and Peru were joined in opposing the text "
                "by two Pacific island states, Fiji and Tonga."
            ),
            {("CHL", "oppose"), ("PER", "oppose"), ("FJI", "oppose"), ("TON", "oppose")},
        ),
        (
            "Kenya was joined in backing the draft by Ghana.",
            {("KEN", "support"), ("GHA", "support")},
        ),
        ("Kenya was joined in supporting it by Ghana.", {("KEN", "support"), ("GHA", "support")}),
        (
            "As before, Chile was joined in voting against the text by Peru.",
            {("CHL", "oppose"), ("PER", "oppose")},
        ),
        # a "by" in the fronted phrase is no agent
        (
            "In a debate called by Kenya, Chile was joined in opposing the draft by Peru.",
            {("CHL", "oppose"), ("PER", "oppose")},
        ),
        # near misses: opposing something other than the text; no vote named
        ("Chile and Peru were joined in opposing the embargo by Fiji and Tonga.", set()),
        ("In a repeat of last year's talks, Chile was joined in the debate by Peru.", set()),
    ],
)
def test_joined_in_opposing_the_text(sentence, want):
    assert read(sentence) == want


# ------------------------------------------------------------ "..., C and D among them"
def _members(text: str) -> dict[str, str]:
    ms = sorted((m for m in Gazetteer.builtin().find(text, DAY) if m.actor), key=lambda m: m.start)
    return {a: lab for a, lab, _ in group_member_stances(text, sentence_mentions(0, text, ms))}


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            (
                "Every country in the region except Chile and Peru voted for the resolution, "
                "Mexico, Brazil and Argentina among them."
            ),
            {"MEX": "support", "BRA": "support", "ARG": "support"},
        ),
        (
            "All the other states abstained, Kenya and Ghana among them.",
            {"KEN": "abstain", "GHA": "abstain"},
        ),
        ("Every nation but Chile voted against it, Peru included.", {"PER": "oppose"}),
        # near misses: only some of the group; a list that is not names only
        ("Some countries in the region voted for the resolution, Mexico among them.", {}),
        ("Every country in the region voted for it, Mexico and most others among them.", {}),
    ],
)
def test_members_named_after_the_whole_groups_vote(sentence, want):
    assert _members(sentence) == want


@needs_spacy
def test_the_states_a_group_leaves_out_get_nothing_from_it():
    got = only(
        drafted(
            _LEAD + "Every country in the region except Chile and Peru voted for the "
            "resolution, Mexico and Brazil among them."
        )
    )
    assert got.get("MEX") == "support" and got.get("BRA") == "support", got
    assert got.get("CHL") is None and got.get("PER") is None, got


# ------------------------------------------------------------ ", but A and B were among ..."
@needs_spacy
@pytest.mark.parametrize(
    "body, want",
    [
        (
            (
                "The resolution was sponsored by forty states, most of them from Africa, but Chile "
                "and Peru were also among the co-sponsors."
            ),
            {"CHL": "support", "PER": "support"},
        ),
        (
            "The resolution had many sponsors, and Chile and Peru were among them.",
            {"CHL": None, "PER": None},  # "among them" names no role: nothing
        ),
        (
            "Kenya voted in favour, but Chile and Peru were among the abstainers.",
            {"KEN": "support", "CHL": "abstain", "PER": "abstain"},
        ),
        # the "and" of a list of names
        (
            "Chile, Peru, and Kenya were among the co-sponsors.",
            {"CHL": "support", "PER": "support", "KEN": "support"},
        ),
        # near miss: a role denied
        (
            "The resolution had forty sponsors, but Chile and Peru were not among them.",
            {"CHL": None, "PER": None},
        ),
    ],
)
def test_a_clause_after_but_has_its_own_subject(body, want):
    got = only(drafted(_LEAD + body))
    assert {a: got.get(a) for a in want} == want, got


# ------------------------------------------------------------ "A, one of its chief backers,"
_SPONSORED = "The resolution was sponsored by forty countries. "


@needs_spacy
@pytest.mark.parametrize(
    "body, want",
    [
        (
            _SPONSORED + "Chile, one of its chief backers, wants a bigger majority next year.",
            "support",
        ),
        ("Chile, one of the sponsors, wants a bigger majority next year.", "support"),
        ("Chile, one of the text's sponsors, wants a bigger majority next year.", "support"),
        (_SPONSORED + "Chile, one of its critics, wants a smaller majority next year.", "oppose"),
        # near misses: "its" after a state is that state's; a role towards a policy
        (
            (
                "Peru is isolated on the question. Chile, one of its chief backers, wants a "
                "bigger majority next year."
            ),
            None,
        ),
        (
            "Chile, long one of the champions of a fishing ban, wants a bigger majority next year.",
            None,
        ),
    ],
)
def test_one_of_the_texts_backers_in_apposition(body, want):
    assert only(drafted(_LEAD + body)).get("CHL") == want


# ------------------------------------------------------------ "with only A declining to support it"
@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly adopted the resolution, with only Chile declining to support it.",
        "The Assembly adopted the resolution, with only Chile refusing to back it.",
        "The Assembly adopted the resolution, Chile declining to support it.",
    ],
)
def test_declining_to_support_is_a_refusal(sentence):
    # read as the finite "Chile declined to support it" is: a refusal, never support
    assert resolved(sentence, DAY).get("CHL") == resolved(
        "Chile declined to support the resolution.", DAY
    ).get("CHL")
    assert ("CHL", "support") not in read(sentence)


# ------------------------------------------------------------ a paragraph's separate vote
def _issue_counts(text: str) -> dict[str, dict]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unga")
    meta = sc["x-draft"]["issues"]
    return {i["id"]: (meta.get(i["id"]) or {}).get("counts") for i in sc["issues"]}


_SEPARATE = (
    _LEAD + "Kenya abstained. Before that, delegations voted separately on a paragraph on "
    "fishing quotas. The paragraph was retained by 90 votes to 1, Chile casting the only "
    "vote against it. Peru abstained on the paragraph.\n\nGhana spoke in favour of the text."
)


@needs_spacy
def test_a_paragraphs_separate_vote_is_its_own_issue():
    got = drafted(_SEPARATE)
    assert len(got) == 2, got
    main, part = got.values()
    assert main == {"KEN": "abstain", "GHA": "support"}
    assert part == {"CHL": "oppose", "PER": "abstain"}
    assert "quotas" in list(got)[1]
    counts = list(_issue_counts(_SEPARATE).values())
    assert counts[0]["yes"] == 120 and counts[1] == {"yes": 90, "no": 1}


@needs_spacy
def test_a_paragraph_retained_by_the_assembly_in_a_separate_vote():
    got = drafted(
        _LEAD + "Kenya abstained. In a separate vote, the Assembly retained paragraph 4 by 90 "
        "votes to 3, with Chile against."
    )
    assert len(got) == 2, got
    main, part = got.values()
    assert main == {"KEN": "abstain"}
    assert part == {"CHL": "oppose"}


@needs_spacy
@pytest.mark.parametrize(
    "body",
    [
        # a paragraph only described; the count is the whole text's; a paragraph deleted
        # (its votes in favour may be for the deletion: which side is which is not said)
        (
            "Before that, delegations voted separately on a paragraph on fishing quotas. The "
            "paragraph was deleted by 50 votes to 40. Chile voted against the text."
        ),
        "Its paragraph on fishing quotas was disputed. Chile voted against the text.",
        (
            "The paragraph on fishing quotas was retained, and the resolution as a whole was "
            "adopted by 120 votes to 4. Chile voted against the text."
        ),
    ],
)
def test_no_separate_vote_without_the_paragraphs_own_count(body):
    got = drafted(_LEAD + body)
    assert len(got) == 1, got
    assert only(got).get("CHL") == "oppose"
