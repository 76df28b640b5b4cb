"""Speed of drafting (issue 13): the same drafts, with less work per article.

Three changes of speed29 read nothing differently (``benchmarks/draft/drafts_digest.py`` prints
the same hash before and after); the tests hold both halves of that: what each part reads,
on sentences written for these tests, and that it no longer does the work it skipped.

- ``_stayed_away`` finds the sentence that holds each member's mention by bisection, not by
  a scan of every sentence per mention (a quadratic loop: 3 % of a 5,000-word draft).
- ``_earlier_resolutions`` reads a sentence's count only where it is asked (a sentence naming
  a resolution, the one after it, those after a recalled one), not every sentence's (half the
  time of the counts of a 5,000-word draft).
- the spaCy pipeline's objects are frozen out of the cyclic collector's sight once loaded
  (``gc.freeze``): a full collection during a draft took 130 ms with them, 8 ms without.
"""

from __future__ import annotations

import gc

from drafted_labels import needs_spacy

from concilium.text import counts, draft, nlp
from concilium.text.draft import Mention, _earlier_resolutions, _paragraphs, sentences


class _CountedList(list):
    """A list that counts the loops over it (``for`` and comprehensions)."""

    loops = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).loops += 1
        return super().__iter__()


def _mentions(text: str, names: dict[str, str]) -> list[Mention]:
    """A mention of each name's every occurrence, with its state id."""
    out = []
    for name, actor in names.items():
        at = text.find(name)
        while at >= 0:
            out.append(Mention(at, at + len(name), name, actor, None, "name"))
            at = text.find(name, at + 1)
    return out


AWAY = (
    "Ruritania stayed away. The ministers met in Brussels on Monday to agree the plan. "
    "Most governments backed it after a long night. "
    "Freedonia and Graustark did not attend, officials said. "
    "Ruritania's envoy spoke to reporters later. Osterlich was absent"
)
STATES = {"Ruritania": "RUR", "Freedonia": "FRE", "Graustark": "GRA", "Osterlich": "OST"}


def test_members_staying_away_are_read_from_their_own_sentence():
    # The first sentence (Ruritania), a list in the middle (Freedonia and Graustark: every
    # state of "A and B did not attend") and the last, with no full stop (Osterlich).
    sents = sentences(AWAY)
    away = draft._stayed_away(sents, _mentions(AWAY, STATES), set(STATES.values()))
    assert away == {
        "RUR": "Ruritania stayed away.",
        "FRE": "Freedonia and Graustark did not attend, officials said.",
        "GRA": "Freedonia and Graustark did not attend, officials said.",
        "OST": "Osterlich was absent",
    }


def test_a_member_named_beside_another_verb_or_outside_the_body_is_not_away():
    # Near misses: "Ruritania's envoy spoke" is no absence (Ruritania is away from the first
    # sentence alone), and a state outside the members is never read.
    text = "Ruritania's envoy spoke to reporters. Freedonia did not attend."
    sents = sentences(text)
    away = draft._stayed_away(sents, _mentions(text, STATES), {"RUR"})
    assert away == {}


def test_staying_away_reads_the_sentences_once_not_once_per_mention():
    # speed29: the old loop went over every sentence for each member's mention (five here).
    sents = _CountedList(sentences(AWAY))
    _CountedList.loops = 0
    draft._stayed_away(sents, _mentions(AWAY, STATES), set(STATES.values()))
    assert _CountedList.loops == 1


RECALLED = (
    "Council renews Ruritania mission\n\n"
    "The Security Council on Friday adopted resolution 2740 on the Ruritania mission by 13 "
    "votes to none, with two abstentions. Diplomats said the talks had been long. "
    "The mission has some 900 staff. Its budget was cut last year. "
    "In February the Council had adopted resolution 2731 on the crossings. "
    "That text was carried 14-0.\nRussia had abstained that day. "
    "Aid groups welcomed the vote."
)


def test_an_earlier_resolution_is_read_with_its_count_and_the_sentences_that_go_back_to_it():
    # 2731's count is in the sentence after it ("That text was carried 14-0"), and "Russia had
    # abstained that day" goes back to that vote, but is in another paragraph (no line break
    # joined: not after it); 2740's count is the text reported's.
    sents = sentences(RECALLED)
    found = _earlier_resolutions(sents, None, _paragraphs(sents, RECALLED))
    assert found == [("2731", 6, ())]


def test_an_earlier_resolution_with_its_count_keeps_the_same_paragraphs_sentences():
    # The same, with "Russia had abstained that day" in 2731's paragraph: after it.
    text = RECALLED.replace(".\nRussia", ". Russia")
    sents = sentences(text)
    assert _earlier_resolutions(sents, None, _paragraphs(sents, text)) == [("2731", 6, (7,))]


def test_earlier_resolutions_count_only_the_sentences_they_ask_about(monkeypatch):
    # speed29: of the nine sentences, the counts of those naming a resolution (1: 2740, 5:
    # 2731), the one after the recalled one (6: "That text was carried 14-0") and the one
    # after that which goes back to its vote (7: "Russia had abstained that day") are read;
    # not the other five's (the old code counted all nine).
    text = RECALLED.replace(".\nRussia", ". Russia")
    sents = sentences(text)
    asked: list[str] = []
    inner = counts.find_counts

    def spy(sentence: str, tally: counts.Tally | None = None) -> counts.Tally:
        asked.append(sentence)
        return inner(sentence, tally)

    monkeypatch.setattr(counts, "find_counts", spy)
    found = _earlier_resolutions(sents, None, _paragraphs(sents, text))
    assert found == [("2731", 6, (7,))]
    assert len(sents) == 9
    assert set(asked) == {sents[i][1] for i in (1, 5, 6, 7)}


@needs_spacy
def test_the_loaded_pipeline_is_out_of_the_collectors_sight():
    # speed29: the pipeline's objects are frozen (gc.freeze) once loaded.
    nlp.load_pipeline()
    assert gc.get_freeze_count() > 10_000
