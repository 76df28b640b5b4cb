"""Failure classes of drafting that recur in wire reports (issue 13, fourth stop): counts of
every member signing, the Council of the EU named only through its ambassadors, two texts on
one question told apart by their sponsors, lists of voters after a linking verb ("Voting
against were ...", "Its sponsors were ...", "A and B were among the abstentions") and states
joining an alliance.

Every sentence here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the sentence alone, and each case
says why in its comment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from concilium.text import nlp
from concilium.text.counts import find_counts
from concilium.text.draft import Gazetteer, draft_scenario, sentences

needs_spacy = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)
DAY = dt.date(2024, 3, 25)


def resolved(text: str, on: dt.date = DAY) -> dict[str, str]:
    """Per actor, the label that wins in the dependency reader (a tie is neutral)."""
    from concilium.text.draft import _spacy_stances
    from concilium.text.stance import resolve

    gaz = Gazetteer.builtin()
    found = _spacy_stances(sentences(text), gaz.find(text, on))
    return {actor: label for actor, (label, _) in resolve(found).items()}


def drafted(text: str, **kw) -> dict[str, dict[str, str]]:
    """{issue title: {actor: label}} of a drafted scenario (the label read from the stance's
    vote, else its 'drafted stance' note)."""
    sc = draft_scenario(text, source="t.txt", **kw)
    titles = {i["id"]: i["title"] for i in sc["issues"]}
    out: dict[str, dict[str, str]] = {t: {} for t in titles.values()}
    vote = {"yes": "support", "no": "oppose", "abstain": "abstain"}
    for a in sc["actors"]:
        for iid, st in (a.get("stances") or {}).items():
            v = st.get("vote")
            v = v.get("value") if isinstance(v, dict) else v
            label = vote.get(v) if v else st["note"].split("drafted stance: ")[1].split()[0]
            out[titles[iid]][a["id"]] = label
    return out


# --------------------------------------------------------------- "all N members signed it"


@pytest.mark.parametrize(
    "sentence, counts",
    [
        # every member signing the text is every member for it: 32 yes
        ("All 32 allies signed the declaration on Wednesday.", {"yes": 32}),
        # "signed up to" / "signed off on" the package: 27 yes
        ("In the end all 27 leaders signed up to the package.", {"yes": 27}),
        ("All 27 ministers signed off on the reform late on Monday.", {"yes": 27}),
        # ratifying an accession protocol: 30 yes
        ("All 30 allies have now ratified the protocol.", {"yes": 30}),
        # a letter or a statement the members signed is not the decision: no count
        ("All 27 ministers signed a letter criticising the plan.", {}),
        ("All 27 leaders signed up to a statement on the war.", {}),
    ],
)
def test_all_members_signing_is_a_count(sentence, counts):
    assert find_counts(sentence).as_dict() == counts


# ------------------------------------------- the Council of the EU named by its ambassadors


def test_eu_ambassadors_point_at_the_council_of_the_eu():
    # No council is named; "EU ambassadors" are the Council of the EU's preparatory body
    # (Coreper), so the body is the Council of the EU, and Poland's lifted veto is support.
    text = (
        "Poland lifts veto on grain deal\n\n"
        "WARSAW, 4 March 2024 — Poland dropped its veto on Monday on a grain import deal "
        "after EU ambassadors agreed to cap imports from Ukraine."
    )
    sc = draft_scenario(text, source="t.txt", engine="rules")
    assert sc["body"] == "eu-council"
