"""Speed of the stance readers (issue 13): the same stances, with less work per sentence.

None of speedstance's changes reads anything differently (``benchmarks/draft/drafts_digest.py``
prints the same hash before and after); the tests hold both halves of that, on sentences
written for these tests: what each reader still reads, near misses included, and that it no
longer does the work it skipped.

- A reader asked of every token or every verb tests the words or the tag it needs before it
  walks the tree: ``_serves_with`` (join / serve), ``_side_taken`` (come down / take),
  ``body_acts`` (a verb), ``_retaliation`` (a noun or a verb), ``_summed_as_set_aside`` (an
  idea noun in the sentence), ``_capped_object`` ("more" or "most"), ``_echo_clauses`` ("did",
  "do", "does"), the Assembly's president in ``_Sentence`` ("assembly").
- What is the same for a whole article is found once: the lead's patterns (``_lead_says``),
  a cue word's place in its sentence (``_word_at``), the verb forms of ``_fate``.
- ``vote_lists``'s sentence filter searches its cue words behind one word boundary.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from drafted_labels import CallCounter, frozen_parse, needs_spacy, read_sentence

from concilium.text import stance, vote_lists

pytestmark = needs_spacy


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# -- vote_lists: the sentence filter


# the filter as it was before speedstance: one word boundary per word
_OLD_PHRASE_CUE = re.compile(
    r"\bwith\b|\bvot(?:es?|ing|ed)\b|\babstentions?\b|\bjoining\b|\babstain(?:s|ed)\b|"
    r"\bamong\b|\bincluding\b|\bsuch\s+as\b|\bnotably\b|\bbehalf\b|,\s+wh(?:ich|o)\b|"
    r"\bincluded\b|\bmajority\b|\bminority\b|\bjoined\s+in\b",
    re.IGNORECASE,
)
PHRASE_SENTENCES = [
    "Ruritania voted against, along with Freedonia.",
    "The abstentions came from Graustark and Osterlich.",
    "Freedonia, which had drafted the text, welcomed it.",
    "Several members, notably Ruritania, spoke on behalf of the group.",
    "A MAJORITY OF THE MEMBERS JOINED IN CONDEMNING THE ATTACK.",
    "States such as Graustark abstained.",
    # near misses: the words inside others, and a comma with no space before "which"
    "The devoted envoy spoke without notes; withdrawal was not discussed.",
    "Votes-wise, nothing moved; abstainers stayed home.",
    "The minorityreport and the amongst clause,which nobody read, were dropped.",
    "",
]


@pytest.mark.parametrize("text", PHRASE_SENTENCES)
def test_the_list_filter_finds_what_it_found_before(text: str) -> None:
    old, new = _OLD_PHRASE_CUE.search(text), vote_lists._PHRASE_CUE.search(text)
    assert (old and old.span()) == (new and new.span())


def test_the_list_filter_passes_a_cue_word_and_not_a_longer_word() -> None:
    assert vote_lists._PHRASE_CUE.search("Freedonia voted against.")
    assert vote_lists._PHRASE_CUE.search("Graustark, who abstained, said little.")
    assert not vote_lists._PHRASE_CUE.search("The devoted envoy spoke without notes.")
    assert not vote_lists._PHRASE_CUE.search("The minorityreport was dropped.")


# -- what is the same for the whole article is found once


class _Pattern:
    """A pattern that counts its searches."""

    def __init__(self, regex: str) -> None:
        self.rx = re.compile(regex)
        self.searches = 0

    def search(self, text: str) -> Any:
        self.searches += 1
        return self.rx.search(text)


def test_the_lead_is_searched_once_per_pattern() -> None:
    lead = "The council lifted the arms embargo on Ruritania on Monday."
    lifted, kept = _Pattern(r"\blifted\b"), _Pattern(r"\bimposed\b")
    for _ in range(5):  # asked for every sentence of the article
        assert stance._lead_says(lifted, lead)
        assert not stance._lead_says(kept, lead)
    assert (lifted.searches, kept.searches) == (1, 1)
    # another lead (another article) is searched anew
    assert not stance._lead_says(lifted, "The council imposed an arms embargo.")
    assert lifted.searches == 2


def test_a_cue_word_is_placed_as_a_whole_word_in_any_case() -> None:
    sentence = "Rebacked by none, Freedonia Backed the plan and backed it again."
    assert stance._word_at("backed", sentence) == sentence.index("Backed")
    assert stance._word_at("plan", sentence) == sentence.index("plan")
    assert stance._word_at("back", sentence) == -1  # only inside longer words
    assert stance._word_at("vetoed", sentence) == -1


def test_the_fate_verbs_are_the_defeat_forms() -> None:
    assert stance._DEFEATED_FORMS == stance._DEFEATED | {"rejects", "defeats"}


# -- a reader asked of every token or verb tests its words first


def test_a_commitment_to_serve_beside_another_state_is_read() -> None:
    sent = read_sentence(
        "Ruritania will join the Freedonians in Graustark.",
        {"Ruritania": "RUR", "Freedonians": "FRE", "Graustark": "GRA"},
    )
    sent.before = "The alliance will station a battalion in each of the three states."
    assert stance._serves_with(sent, _tok(sent.doc, "join"))
    # near miss: no forces told of ("will join Freedonia in Graustark for the talks")
    sent.before = "The ministers will meet again in the spring."
    assert not stance._serves_with(sent, _tok(sent.doc, "join"))


def test_a_verb_other_than_join_or_serve_is_no_commitment_and_is_not_walked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    takes_on = CallCounter(stance._takes_on)
    monkeypatch.setattr(stance, "_takes_on", takes_on)
    sent = read_sentence(
        "Ruritania will back the Freedonian troops in Graustark.",
        {"Ruritania": "RUR", "Freedonian": "FRE", "Graustark": "GRA"},
    )
    assert not stance._serves_with(sent, _tok(sent.doc, "back"))
    assert takes_on.calls == 0


def test_a_side_taken_is_read_and_a_side_of_a_border_is_not() -> None:
    sent = read_sentence("Freedonia came down on the side of Ruritania.", {"Ruritania": "RUR"})
    assert stance._side_taken(sent, _tok(sent.doc, "came")) == ["RUR"]
    near = read_sentence("Freedonia came down on the Ruritanian side of the border.", {})
    assert stance._side_taken(near, _tok(near.doc, "came")) == []


def test_a_verb_that_takes_no_side_is_not_asked_for_its_negation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    negated = CallCounter(stance._negated)
    monkeypatch.setattr(stance, "_negated", negated)
    sent = read_sentence("Freedonia did not back Ruritania.", {"Ruritania": "RUR"})
    assert stance._side_taken(sent, _tok(sent.doc, "back")) == []
    assert negated.calls == 0


def test_the_deciders_acts_are_read_and_only_verbs_are_asked_of_a_further_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    real = stance.in_a_further_decision

    def further(verb: Any, *a: Any, **k: Any) -> bool:
        asked.append(verb.tag_)
        return real(verb, *a, **k)

    monkeypatch.setattr(stance, "in_a_further_decision", further)
    sent = read_sentence("In a separate decision, the ministers approved the package.", {})
    acts = stance.body_acts(sent)
    assert [(v.text, o.text) for v, o in acts] == [("approved", "package")]
    assert all(tag.startswith("VB") for tag in asked)  # no noun, article or comma


def test_a_retaliation_is_read_and_other_words_do_not_read_their_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = frozen_parse("Ruritania vowed to take countermeasures against the decision.")
    assert stance._retaliation(_tok(doc, "countermeasures")) is _tok(doc, "take")
    word = CallCounter(stance._word)
    monkeypatch.setattr(stance, "_word", word)
    assert stance._retaliation(_tok(doc, "against")) is None
    assert stance._retaliation(_tok(doc, "the")) is None
    assert word.calls == 0


def test_a_backed_idea_summed_up_as_set_aside_is_read() -> None:
    doc = frozen_parse("Freedonia had proposed a tougher test, an idea the ministers set aside.")
    assert stance._summed_as_set_aside(_tok(doc, "proposed"))
    near = frozen_parse("Freedonia had proposed a tougher test, which the ministers adopted.")
    assert not stance._summed_as_set_aside(_tok(near, "proposed"))


def test_a_capped_object_is_read_and_no_object_is_walked_without_more_or_most(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    capped = frozen_parse("Ruritania said it would accept no more than 50 police officers.")
    assert stance._capped_object(_tok(capped, "accept"))
    at_most = frozen_parse("Ruritania would take at most two battalions.")
    assert stance._capped_object(_tok(at_most, "take"))
    objects = CallCounter(stance._objects)
    monkeypatch.setattr(stance, "_objects", objects)
    plain = frozen_parse("Ruritania said it would accept 50 police officers.")
    assert not stance._capped_object(_tok(plain, "accept"))
    assert objects.calls == 0


def test_an_echo_clause_is_read_and_none_is_sought_without_a_did() -> None:
    doc = frozen_parse("Freedonia backed the text, as did Ruritania.")
    assert [c.text for c in stance._echo_clauses(_tok(doc, "backed"))] == ["did"]
    near = frozen_parse("Freedonia backed the text, as Ruritania had asked.")
    assert stance._echo_clauses(_tok(near, "backed")) == []


def test_the_assemblys_president_is_sought_only_where_the_assembly_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    presides = CallCounter(stance._presides_assembly)
    monkeypatch.setattr(stance, "_presides_assembly", presides)
    sent = read_sentence("Ruritania and Freedonia backed the text.", {"Ruritania": "RUR"})
    assert sent.actor_at  # the state is still read
    assert presides.calls == 0
    named = read_sentence("Ruritania told the Assembly it backed the text.", {"Ruritania": "RUR"})
    assert named.actor_at and presides.calls == 1


# -- the second round: the words before the walks


def test_a_matter_told_apart_is_read_and_no_object_is_walked_without_its_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = read_sentence("Freedonia backed the other conclusions.", {"Freedonia": "FRE"})
    assert stance._other_matter(other, _tok(other.doc, "backed"))
    objects = CallCounter(stance._objects)
    monkeypatch.setattr(stance, "_objects", objects)
    plain = read_sentence("Freedonia backed the conclusions.", {"Freedonia": "FRE"})
    assert not stance._other_matter(plain, _tok(plain.doc, "backed"))
    assert objects.calls == 0


def test_an_earlier_text_is_read_and_no_object_is_walked_without_earlier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = frozen_parse("Ruritania had vetoed an earlier draft on the question.")
    assert stance._acts_on_earlier_texts(_tok(doc, "vetoed"))
    objects = CallCounter(stance._objects)
    monkeypatch.setattr(stance, "_objects", objects)
    plain = frozen_parse("Ruritania had vetoed the draft on the question.")
    assert not stance._acts_on_earlier_texts(_tok(plain, "vetoed"))
    assert objects.calls == 0


def test_criteria_met_are_read_not_when_denied_and_no_other_verb_is_asked_its_negation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    met = read_sentence(
        "Ruritania has met all the criteria, its minister said.", {"Ruritania": "RUR"}
    )
    assert [(who, cue) for who, _, cue in stance._wanting_entry(met)] == [
        (["RUR"], "met the criteria")
    ]
    denied = read_sentence("Ruritania has not met the criteria.", {"Ruritania": "RUR"})
    assert stance._wanting_entry(denied) == []
    negated = CallCounter(stance._negated)
    monkeypatch.setattr(stance, "_negated", negated)
    plain = read_sentence("Ruritania backed the plan on Monday.", {"Ruritania": "RUR"})
    assert stance._wanting_entry(plain) == []
    assert negated.calls == 0
