"""Recorded-vote lists read from the words of a sentence, with no parse.

Reports of recorded votes (the General Assembly's, the Council's) often give the vote as
lists rather than as clauses, which a dependency parse reads badly:

* **label-headed lists**: "In favour: France, Germany and Italy. Against: Russia; Belarus.
  Abstaining: China, India", "Against (3): Russia, Belarus and Syria; abstentions: China and
  India", "Voting no: Hungary and Poland".  The label opens the sentence or follows a
  semicolon, a full stop, a dash or an opening bracket, and a colon follows it; the list runs
  to the next semicolon, bracket or the end of the sentence.  It is read only when that span
  holds nothing but state names and separators (commas, "and", "the", a count in
  brackets), so that "Against: most Western states" or "For Paris, the deal ..." give
  nothing.
* **elliptical additions**: "Canada and Mexico were among the abstainers, and so were
  Poland and Hungary", "Russia voted no; so did Belarus", "... as were Chile and Peru": the
  states after "so were / so did / as were / as did" take the one vote label the same sentence
  gives every state named before it (read by the stance reader); none when those labels
  differ or are not votes.

Both give a vote-tier stance (0.9) with the sentence as evidence.  Nothing is guessed: a
list that is not made only of names, or an addition whose label is not unique, gives no
stance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["elliptical_stances", "headed_list_stances", "list_stances", "sentence_mentions"]

_HEAD = re.compile(
    r"(?:^|(?<=[;.(\n—–])|(?<=[;.(]\s)|(?<=\s[—–]\s))\s*"
    r"(?P<head>in\s+favou?r|for|yes(?:\s+votes?)?|no\s+votes?|against|"
    r"voting\s+(?:for|in\s+favou?r|yes|against|no)|votes?\s+(?:for|in\s+favou?r|against)|"
    r"abstaining|abstentions?|abstained|abstainers)"
    r"\s*(?:\(\s*\d{1,3}\s*\))?\s*:\s*",
    re.IGNORECASE,
)
_END = re.compile(r"[;)\n]|\.(?:\s|$)|\s[—–]\s")
# What may stand between the names of a list: separators, articles, a count in brackets.
_FILLER = re.compile(r"^(?:[\s,]|\band\b|\bthe\b|\(\s*\d{1,3}\s*\))*$", re.IGNORECASE)


def _label(head: str) -> str:
    h = " ".join(head.lower().split())
    if h.startswith("abst"):
        return "abstain"
    if h in ("against", "no vote", "no votes") or h.endswith(("against", " no")):
        return "oppose"
    return "support"


def _in_span(mentions: list[tuple[int, int, str]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(a, b, act) for a, b, act in mentions if lo <= a and b <= hi]


def _only_names(text: str, found: list[tuple[int, int, str]], lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is the names ``found`` and separators only."""
    pos = lo
    for a, b, _ in sorted(found):
        if not _FILLER.match(text[pos:a]):
            return False
        pos = b
    return bool(_FILLER.match(text[pos:hi]))


def headed_list_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for every state in a label-headed list of ``sentence``.

    ``mentions``: (start, end, actor) of the states named in the sentence, offsets relative to
    it.  A state listed under two labels gets neither."""
    out: list[tuple[str, str, str]] = []
    for m in _HEAD.finditer(sentence):
        lo = m.end()
        stop = _END.search(sentence, lo)
        hi = stop.start() if stop else len(sentence)
        # a next label opening within the span ends it ("For: A, B; against: C" is split
        # at the semicolon already; "For: A, B against: C" is not a list of names)
        found = _in_span(mentions, lo, hi)
        if not found or not _only_names(sentence, found, lo, hi):
            continue
        label = _label(m.group("head"))
        cue = " ".join(m.group("head").split()) + ":"
        for _, _, actor in found:
            out.append((actor, label, cue))
    labels: dict[str, set[str]] = {}
    for actor, label, _ in out:
        labels.setdefault(actor, set()).add(label)
    return [(a, lab, cue) for a, lab, cue in out if len(labels[a]) == 1]


_ELLIPSIS = re.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+)?|\band\s+)(?P<word>so|as|so\s+too|likewise)\s+"
    r"(?P<verb>were|was|did|do|does|had|have|has)\b(?:\s+too\b)?",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[;.]|,\s*(?:which|who|whose|while|but|although|though)\b|\s(?:but|while)\s", re.IGNORECASE
)


def elliptical_stances(
    sentence: str,
    mentions: list[tuple[int, int, str]],
    read: Iterable[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states an elliptical addition names ("..., and so were
    Poland and Hungary"): the one vote label ``read`` gives the states named before it.

    ``read``: (actor, label, how) of the stances already read in this sentence."""
    m = _ELLIPSIS.search(sentence)
    if m is None:
        return []
    before = {act for a, b, act in mentions if b <= m.start()}
    labels = {lab for act, lab, how in read if act in before and how == "vote"}
    others = {lab for act, lab, how in read if act in before and how != "vote"}
    if len(labels) != 1 or (others - labels):
        return []
    label = labels.pop()
    if any(act in before for act, lab, how in read if lab != label):
        return []
    end = _CLAUSE_END.search(sentence, m.end())
    hi = end.start() if end else len(sentence)
    after = [
        act
        for a, b, act in mentions
        if a >= m.end()
        and b <= hi
        and act not in before
        and not sentence[b : b + 2] in ("'s", "’s")  # "as did Germany's partners"
    ]
    cue = f"{m.group('word')} {m.group('verb')}".lower()
    return [(act, label, cue) for act in dict.fromkeys(after)]


def sentence_mentions(
    start: int, sentence: str, mentions: Iterable[Any]
) -> list[tuple[int, int, str]]:
    """The state mentions (``draft.Mention``) inside one sentence, relative to it."""
    end = start + len(sentence)
    return [
        (m.start - start, m.end - start, m.actor)
        for m in mentions
        if m.actor and start <= m.start and m.end <= end
    ]


def list_stances(sents: list[tuple[int, str]], mentions: list[Any], read: list[Any]) -> list[Any]:
    """Stances (``stance.Stance``) from the recorded-vote lists of an article's sentences,
    for states the stance reader gave no stance in that sentence; ``read``: its stances."""
    from concilium.text.stance import VOTE, Stance

    by_index: dict[int, list[Any]] = {}
    for st in read:
        by_index.setdefault(st.index, []).append(st)
    ms = sorted((m for m in mentions if m.actor), key=lambda m: m.start)
    out: list[Any] = []
    for index, (start, sent) in enumerate(sents):
        if ":" not in sent and not _ELLIPSIS.search(sent):
            continue
        mine = sentence_mentions(start, sent, ms)
        if not mine:
            continue
        have = by_index.get(index, [])
        had = {st.actor for st in have}
        found = headed_list_stances(sent, mine)
        found += elliptical_stances(sent, mine, [(st.actor, st.label, st.how) for st in have])
        for actor, label, cue in found:
            if actor in had:
                continue
            had.add(actor)
            out.append(Stance(actor, label, VOTE, sent, cue, "vote", None, index))
    return out
