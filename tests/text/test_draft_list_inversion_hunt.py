"""The list, count and role inversion hunt (issue 13, "no inverted stance"; nineteenth stop):
forms of voting records, counts with exceptions and roles in lists that gave a member the
opposite stance, each fixed in general and tested on sentences written for this file (none is
taken from a benchmark article), with near misses that must keep their reading.

Each expected label is what a careful reader codes from the text alone (the reason is in the
comment); ``None`` means the reader codes no stance for that actor.
"""

from __future__ import annotations

import pytest
from drafted_labels import labels_by_issue, needs_spacy

from concilium.text.counts import find_counts
from concilium.text.draft import draft_scenario

_LEAD = {
    "unsc": (
        "UN Security Council votes on Sudan text",
        "NEW YORK",
        "The UN Security Council adopted a resolution on Sudan on Tuesday.",
    ),
    "eu": (
        "EU ministers decide on asylum reform",
        "BRUSSELS",
        "EU interior ministers approved a reform of the asylum rules on Tuesday.",
    ),
}


def drafted(body: str, text: str) -> dict[str, str]:
    """{actor: label} on the first issue of a scaffold article (stances filled from a count
    included: a member filled the wrong way is as wrong as one named)."""
    head, city, lead = _LEAD[body]
    article = f"{head}\n\n{city}, 12 March 2024 (Wire) - {lead}\n\n{text}\n"
    sc = draft_scenario(article, source="probe.txt")
    return labels_by_issue(sc)[sc["issues"][0]["id"]]


# ------------------------------------------------------------ a member set apart from "all"
# "Apart from Russia, all members supported it": Russia is the exception, so the count that
# fills the others must never fill Russia with their label (it filled Russia as a supporter).


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Apart from Russia, all members supported it.", ["Russia"]),
        ("Unlike Russia, all the other members backed it.", ["Russia"]),
        ("Except for Russia, the vote was unanimous.", ["Russia"]),
        (
            "All members backed the text, with the exception of Hungary and Poland.",
            ["Hungary", "Poland"],
        ),
        ("Hungary aside, all member states backed the reform.", ["Hungary"]),
        ("All members backed the text except the Netherlands.", ["Netherlands"]),
    ],
)
def test_a_name_set_apart_from_an_all_count_is_its_exception(sentence, names):
    t = find_counts(sentence)
    assert t.rest == "support"
    assert t.but_names == names
    assert not t.unanimous  # "unanimous except Russia" is no unanimity


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no name is set apart; the count is of every member
        "Unlike last year, all members backed it.",
        "With the exception of the preamble, all members backed the text.",
        "The council backed the text unanimously.",
    ],
)
def test_an_exclusion_of_no_member_keeps_the_unanimity(sentence):
    t = find_counts(sentence)
    assert t.rest == "support" and t.unanimous and not t.but_names


@needs_spacy
@pytest.mark.parametrize(
    "body, sentence, out",
    [
        ("unsc", "Apart from Russia, all members supported it.", "RUS"),
        ("unsc", "Unlike Russia, all the other members backed it.", "RUS"),
        ("unsc", "Except for Russia, the vote was unanimous.", "RUS"),
        ("eu", "Hungary aside, all member states backed the reform.", "HUN"),
    ],
)
def test_the_member_set_apart_is_not_filled(body, sentence, out):
    got = drafted(body, sentence)
    # the exception's vote is not stated (it did not back the text, if anything): no stance
    assert got.get(out) is None
    # the others are filled as the count says
    assert got.get("FRA") == "support"


@needs_spacy
def test_a_plain_unanimity_still_fills_every_member():
    # near miss: nobody is set apart, so Russia is one of the unanimous members
    got = drafted("unsc", "The council backed the text unanimously.")
    assert got.get("RUS") == "support" and got.get("FRA") == "support"


# ------------------------------------------------------------ a vote on a part of the text
# "Russia voted against the preamble but in favour of the text as a whole": the vote against
# a part was read as a vote against the text (the member adopted it).

_UNGA_LEAD = "The UN General Assembly adopted a resolution on Sudan on Tuesday."


def drafted_issues(text: str, lead: str = _LEAD["unsc"][2]) -> dict[str, dict[str, str]]:
    """{issue id: {actor: label}} of a scaffold article (a council vote in New York)."""
    article = f"UN votes on Sudan text\n\nNEW YORK, 12 March 2024 (Wire) - {lead}\n\n{text}\n"
    return labels_by_issue(draft_scenario(article, source="probe.txt"))


def on_text(issues: dict[str, dict[str, str]]) -> dict[str, str]:
    """The stances on the resolution (the issue named after it)."""
    return next(v for k, v in issues.items() if k.startswith("resolution"))


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        # the part's vote is not the text's; the text's "in favour" is elliptical (not read)
        "Russia voted against the preamble but in favour of the text as a whole.",
        "In a separate vote on the preamble, Russia voted against.",
        "Russia voted no on two paragraphs in a separate vote.",
        "Mozambique voted for paragraph 4 in a vote on the paragraph.",
    ],
)
def test_a_vote_on_a_part_is_no_vote_on_the_text(sentence):
    got = on_text(drafted_issues(sentence))
    assert got.get("RUS") is None and got.get("MOZ") is None


@needs_spacy
@pytest.mark.parametrize(
    "sentence, actor, want",
    [
        # near misses: the vote is on the text itself
        ("Russia voted against the text.", "RUS", "oppose"),
        ("Russia voted in favour of the resolution in a recorded vote.", "RUS", "support"),
        ("Russia voted against the text in the vote on Tuesday.", "RUS", "oppose"),
    ],
)
def test_a_vote_on_the_text_keeps_its_reading(sentence, actor, want):
    assert on_text(drafted_issues(sentence)).get(actor) == want


# ------------------------------------------------------------ backing a blocking act
# "Russia tried to block the text, backed by China": China backs the attempt to block (it
# was read as backing the text).


@needs_spacy
@pytest.mark.parametrize(
    "sentence",
    [
        "Russia tried to block the text, backed by China.",
        "The move to block it, backed by China, failed.",
        "Russia had sought to block the meeting in a procedural vote, backed by China.",
        # a vote against is such an act too
        "Russia voted against, backed only by China.",
    ],
)
def test_backing_a_blocking_act_is_no_support(sentence):
    got = on_text(drafted_issues(sentence))
    assert got.get("CHN") != "support"


@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        # near misses: what China backs is the text, or Russia before its block
        ("The text, backed by China, passed.", "support"),
        ("The resolution, backed by China, survived a Russian attempt to block it.", "support"),
        ("France pushed the text through, backed by Japan.", None),
        ("France voted in favour, backed by Japan.", None),
        ("Russia, backed by China, tried to block the text.", "oppose"),
    ],
)
def test_backing_the_text_or_the_blocker_keeps_its_reading(sentence, want):
    got = on_text(drafted_issues(sentence))
    if want is None:
        assert got.get("JPN") == "support"
    else:
        assert got.get("CHN") == want


# ------------------------------------------------------------ the votes on a motion
# "a motion to adjourn the debate was defeated, with China and Russia in favour": the list is
# the motion's (to set the text aside: for it is against the text, if anything); it was read
# as support for the text, and the motion's mover as the text's author.


@needs_spacy
@pytest.mark.parametrize(
    "sentence, actors",
    [
        (
            "A Russian motion to adjourn the debate was defeated, with China and Russia in favour.",
            ["CHN", "RUS"],
        ),
        (
            "A motion to adjourn was defeated by 80 votes to 20, with Cuba and Iran voting for it.",
            ["CUB", "IRN"],
        ),
        (
            "A Russian motion to strike a paragraph was defeated, with Cuba and Iran in favour.",
            ["CUB", "IRN", "RUS"],
        ),
    ],
)
def test_the_votes_on_a_motion_are_no_votes_on_the_text(sentence, actors):
    got = on_text(drafted_issues(sentence, _UNGA_LEAD))
    for actor in actors:
        assert got.get(actor) is None, actor


@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        # near misses: the with clause follows the text; an amendment's votes are its own
        ("The resolution was adopted, with Cuba and Iran against.", {"resolution": "oppose"}),
        (
            "After a motion to adjourn failed, the text was adopted, with Cuba and Iran against.",
            {"resolution": "oppose"},
        ),
        (
            "A Russian amendment was rejected by 80 votes to 20, with Cuba and Iran voting for it.",
            {"resolution": None, "amendment": "support"},
        ),
    ],
)
def test_a_with_clause_after_the_text_or_an_amendment(sentence, want):
    issues = drafted_issues(sentence, _UNGA_LEAD)
    for prefix, label in want.items():
        # (the amendment's id may name its owner: "russian-amendment")
        got = next((v for k, v in issues.items() if prefix in k.split("-")), {})
        assert got.get("CUB") == label and got.get("IRN") == label, (prefix, issues)


# ------------------------------------------------------------ relative clauses in a list
# "China, which voted for the text, and Russia, which did not, traded barbs": China's
# relative clause was read as Russia's too (Russia coordinated with China), and the list's
# shared-label reading gave Russia China's vote, read from China's own clause.


@needs_spacy
@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("China, which voted for the text, and Russia, which did not, traded barbs.", "RUS"),
        (
            "Japan, which voted in favour, and Russia, which refused to, spoke after the vote.",
            "RUS",
        ),
        # a name with no clause of its own and no stance of the list's verb: nothing to share
        (
            "Japan, which voted in favour, Malta, which spoke first, and Guyana stayed silent.",
            "GUY",
        ),
    ],
)
def test_a_relative_clause_is_not_said_of_the_names_after_it(sentence, actor):
    got = on_text(drafted_issues(sentence))
    assert got.get(actor) is None
    assert got.get("CHN", got.get("JPN")) == "support"  # the clause's own name keeps it


@needs_spacy
@pytest.mark.parametrize(
    "body, sentence, want",
    [
        # near misses: the list's own verb is shared by every name, clause or not
        (
            "eu",
            (
                "Hungary, which has long resisted the quotas, Poland, which faces an election, and "
                "Austria voted against."
            ),
            {"HUN": "oppose", "POL": "oppose", "AUT": "oppose"},
        ),
        (
            "unsc",
            (
                "Mozambique, which holds the presidency, Algeria, which chairs the Arab group, and "
                "Guyana abstained."
            ),
            {"MOZ": "abstain", "DZA": "abstain", "GUY": "abstain"},
        ),
        # a clause before the names coordinated with it is said of them all
        (
            "unsc",
            "China and Russia, which both voted for the text, traded barbs.",
            {"RUS": "support"},
        ),
    ],
)
def test_a_list_verb_or_a_clause_on_the_whole_list_keeps_its_reading(body, sentence, want):
    got = drafted(body, sentence)
    for actor, label in want.items():
        assert got.get(actor) == label, actor


# ------------------------------------------------------------ role nouns in lists
# "Sponsors included France and Japan; opponents, Russia and China": the parser hangs the
# opponents on "Sponsors", which made Russia and China sponsors; "France and Japan (the
# sponsors) and Russia (its main critic)": the sponsors' apposition was read of Russia too.


@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Sponsors included France and Japan; opponents, Russia and China.",
            {"FRA": "support", "JPN": "support", "RUS": "oppose", "CHN": "oppose"},
        ),
        (
            "France and Japan (the sponsors) and Russia (its main critic) all spoke.",
            {"FRA": "support", "JPN": "support", "RUS": None},
        ),
    ],
)
def test_a_role_is_said_only_of_its_own_names(sentence, want):
    got = on_text(drafted_issues(sentence))
    for actor, label in want.items():
        assert got.get(actor) == label, actor


@needs_spacy
@pytest.mark.parametrize(
    "sentence, want",
    [
        # near misses: a role after the whole list is said of every name in it
        ("France, Japan and Malta, the sponsors, spoke first.", ["FRA", "JPN", "MLT"]),
        ("Sponsors included France, Japan and Malta.", ["FRA", "JPN", "MLT"]),
    ],
)
def test_a_role_after_the_whole_list_keeps_every_name(sentence, want):
    got = on_text(drafted_issues(sentence))
    for actor in want:
        assert got.get(actor) == "support", actor


# ------------------------------------------------------------ joining a group by its role
# "Opponents of the text, led by Russia, failed ...; China joined them": "them" is the
# opponents, not a decision China took part in (it was read as China's support).


@needs_spacy
def test_joining_the_opponents_is_no_support():
    got = on_text(
        drafted_issues(
            "Opponents of the text, led by Russia, failed to muster enough votes; China joined "
            "them."
        )
    )
    assert got.get("CHN") != "support"
    assert got.get("RUS") == "oppose"


@needs_spacy
def test_joining_a_measure_told_as_them_keeps_its_reading():
    # near miss: "them" is the sanctions, which Norway takes part in
    head, city, lead = _LEAD["eu"]
    article = (
        f"{head}\n\n{city}, 12 March 2024 (Wire) - {lead}\n\n"
        "Ministers agreed new sanctions on Belarus; Norway joined them.\n"
    )
    issues = labels_by_issue(draft_scenario(article, source="probe.txt"))
    assert next(v for k, v in issues.items() if k.startswith("sanctions")).get("NOR") == "support"


# ------------------------------------------------------------ a remark in brackets in a list
# "Abstaining were Algeria, Mozambique (whose president had lobbied for changes) and Guyana":
# the remark ended the list, so Guyana was left to a reading of the remark (support).


@pytest.mark.parametrize(
    "sentence, names, want",
    [
        (
            "Abstaining were Algeria, Mozambique (whose president lobbied for changes) and Guyana.",
            ["Algeria", "Mozambique", "Guyana"],
            {"Algeria": "abstain", "Mozambique": "abstain", "Guyana": "abstain"},
        ),
        (
            "Against were Russia (whose envoy called the text a provocation) and China.",
            ["Russia", "China"],
            {"Russia": "oppose", "China": "oppose"},
        ),
        # a name inside the remark is none of the list's
        (
            "In favour were France, Britain (which Russia had criticised) and Japan.",
            ["France", "Britain", "Russia", "Japan"],
            {"France": "support", "Britain": "support", "Japan": "support"},
        ),
        # near miss: a count in brackets is no remark ("Against (2): A, B")
        (
            "Against (2): Russia, China.",
            ["Russia", "China"],
            {"Russia": "oppose", "China": "oppose"},
        ),
    ],
)
def test_a_list_reads_past_a_remark_in_brackets(sentence, names, want):
    from concilium.text.vote_lists import headed_list_stances

    mentions = []
    for name in names:
        at = sentence.index(name)
        mentions.append((at, at + len(name), name))
    got = {actor: label for actor, label, _ in headed_list_stances(sentence, mentions)}
    assert got == want
