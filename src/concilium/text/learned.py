"""A learned fallback for the stances the rule reader leaves out (``concilium draft``).

The dependency rules (``concilium.text.stance``) read most stances on wording they were tuned
on, and leave many actors at "no stance" on wording they have not seen.  This module reads
those actors again with a small statistical model trained on the hand-coded gold of the
drafting benchmark (``benchmarks/draft/train_stance.py``):

* **examples**: one per (drafted issue, actor the drafter finds mentioned); the label is the
  gold stated stance of the gold issue the drafted issue matches (``support``, ``oppose``,
  ``abstain``) or ``none`` (mentioned, but neither stated nor implied in the gold);
* **features** (:func:`sentence_features`, from the spaCy parse the drafter already made, or
  from the words for a sentence it did not parse): for each sentence naming the actor on that
  issue, the word forms of the actor's governing verb and whether it is negated, its
  dependency role (subject, object, in a list, after a preposition: "with China abstaining"),
  the words on its path to the root and within a small window, the stance words of its clause,
  whether the sentence names a vote or a text, and where the sentence stands; the sets are
  joined over the actor's sentences (binary, the "max" of each feature).  No article, actor or
  date enters the features.  Words are folded by a light suffix stripper (:func:`fold`): the
  pipeline is loaded without its lemmatizer (``concilium.text.nlp``);
* **model**: multinomial logistic regression with an L2 penalty (the maximum-entropy
  classifier of Berger, Della Pietra & Della Pietra 1996, "A maximum entropy approach to
  natural language processing", Computational Linguistics 22(1)):
  ``P(y | x) = exp(w_y . x + b_y) / sum_k exp(w_k . x + b_k)``, fitted by minimising
  ``-sum_i log P(y_i | x_i) + (lambda / 2) * ||W||^2`` with L-BFGS;
* **combination** (:func:`choose`): the rules first; the model only gives a stance to an actor
  the rules left with none on that issue (not one they read as conflicting), only when its
  probability for a label is at least the threshold chosen by leave-one-split-out
  cross-validation (``benchmarks/draft/crossval.py``), and never beyond a vote count the
  text states (a third abstainer where the text counts two), and never against a veto:
  constructions where the rules give no stance on purpose (:func:`sentence_vetoes`), and
  the polarity veto, read with the rules' own lexicons and scope readers
  (``stance._negated``, ``_hypothetical``, ``_conditional``): no fill whose label a cue in
  the actor's scope contradicts ("the text, which Algeria had opposed"), none where a
  negation, a condition, a counterfactual, a question or a disposition stands in that scope.
  A filled stance says so in its note and evidence: "model-inferred (p=0.87)", with the
  sentence that weighs most.

The runtime needs only numpy and the weights file ``data/stance_model.json`` (read once).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from concilium.text import stance as _st

__all__ = [
    "LABELS",
    "WEIGHTS",
    "Candidate",
    "StanceModel",
    "candidates",
    "choose",
    "fold",
    "load_model",
    "sentence_features",
    "sentence_vetoes",
]

LABELS = ("none", "support", "oppose", "abstain")
WEIGHTS = Path(__file__).resolve().parent / "data" / "stance_model.json"
FEATURE_VERSION = 1

_SUFFIXES = ("ing", "ed", "es", "s", "e")
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
# the words that name a vote or a text: "the sentence names the decision"
_DECISION_WORDS = frozenset(
    {
        "vote", "voted", "votes", "voting", "resolution", "resolutions", "draft", "drafts",
        "text", "texts", "decision", "motion", "proposal", "package", "declaration", "deal",
        "agreement", "conclusions", "statement", "sanctions", "membership", "accession",
    }
)  # fmt: skip
# stance words looked for in the actor's clause (folded forms are compared)
_STANCE_WORDS = (
    "abstain abstention veto vetoes sponsor sponsored cosponsor co-sponsor against favour favor "
    "back support oppose reject block object welcome condemn criticise criticize endorse "
    "approve adopt sign agree refuse dissent reservation objection in-favour yes no"
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_CONTENT_TAGS = ("VB", "NN", "JJ", "RB", "IN", "RP")
_WINDOW = 4
_OTHER_CLAUSES = frozenset({"advcl", "pcomp", "relcl", "acl", "parataxis"})


def fold(word: str) -> str:
    """A word's lower-case form with one inflectional suffix stripped ("abstained",
    "abstaining", "abstains" -> "abstain"; "vetoed", "vetoes" -> "veto"; "voted", "votes",
    "vote" -> "vot"), keeping a stem of at least three letters; digits are "#" (no year or
    resolution number is a feature)."""
    w = _DIGITS.sub("#", word.lower())
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


_STANCE_FOLDED = frozenset(fold(w) for w in _STANCE_WORDS.split())


@dataclass
class _Parsed:
    """A parsed sentence's token attributes, read once (a spaCy Token is built per access)."""

    lower: list[str]
    folded: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    starts: list[int]
    ends: list[int]
    children: list[list[int]] = field(default_factory=list)
    doc: Any = None  # the spaCy Doc, for the rules' own scope readers (``_polarity_vetoes``)

    @classmethod
    def of(cls, doc: Any) -> _Parsed:
        lower = [t.lower_ for t in doc]
        head = [t.head.i for t in doc]
        children: list[list[int]] = [[] for _ in lower]
        for i, h in enumerate(head):
            if h != i:
                children[h].append(i)
        starts = [t.idx for t in doc]
        return cls(
            lower=lower,
            folded=[fold(w) for w in lower],
            tag=[t.tag_ for t in doc],
            dep=[t.dep_ for t in doc],
            head=head,
            starts=starts,
            ends=[a + len(t.text) for a, t in zip(starts, doc)],
            children=children,
            doc=doc,
        )

    def clause(self, i: int) -> list[int]:
        """Token ``i``'s subtree without the clauses of other verbs hanging from it ("with
        China abstaining", "which voted ...", "and Russia vetoed it"); reported and
        complement clauses ("said it would oppose", "refused to back") stay in."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(
                c
                for c in self.children[j]
                if not (
                    self.dep[c] in _OTHER_CLAUSES
                    or self.dep[c] == "conj"
                    and self.tag[c].startswith("VB")
                )
            )
        return out


def _mention_tokens(p: _Parsed, start: int, end: int) -> list[int]:
    """The tokens a mention covers (as the stance reader maps them: tokens starting within it
    and ending at most one character after it)."""
    out = []
    for i in range(bisect.bisect_left(p.starts, start), len(p.starts)):
        if p.starts[i] >= end:
            break
        if p.ends[i] <= end + 1:
            out.append(i)
    return out


def _parsed_features(p: _Parsed, toks: list[int], out: set[str]) -> None:
    span = set(toks)
    # the mention's head: the token whose head is outside the mention
    top = next((i for i in toks if p.head[i] not in span or p.head[i] == i), toks[-1])
    dep = p.dep[top]
    out.add(f"dep:{dep}")
    t0 = top
    steps = 0
    while p.dep[t0] in ("conj", "appos") and p.head[t0] != t0 and steps < 20:
        t0 = p.head[t0]  # "Britain and France backed it": France's role is Britain's
        steps += 1
    if t0 != top:
        out.add("in-list")
    edep = p.dep[t0]
    out.add(f"edep:{edep}")
    if edep == "pobj" and p.head[t0] != t0:
        prep = p.head[t0]
        out.add(f"prep:{p.folded[prep]}")
        out.add(f"prep:{p.folded[prep]}>{p.folded[p.head[prep]]}")
    # the governing verb: the first verb above the mention (token indices, never identity)
    gov = t0
    steps = 0
    while not p.tag[gov].startswith(("VB", "MD")) and p.head[gov] != gov and steps < 30:
        gov = p.head[gov]
        steps += 1
    g = p.folded[gov]
    negated = any(p.dep[c] == "neg" or p.lower[c] in _NEGATIONS for c in p.children[gov])
    out.add(f"gov:{g}")
    out.add(f"role:{edep}>{g}")
    if negated:
        out.add("gov-neg")
        out.add(f"gov:{g}:neg")
    for c in p.children[gov]:
        if p.dep[c] in ("xcomp", "ccomp") and p.tag[c].startswith("VB"):
            out.add(f"comp:{g}>{p.folded[c]}")
            out.add(f"comp:{p.folded[c]}")
        elif p.dep[c] in ("dobj", "prep", "advmod", "acomp", "prt", "attr"):
            out.add(f"gov-{p.dep[c]}:{p.folded[c]}")
    if p.dep[gov] in ("xcomp", "ccomp", "advcl", "conj") and p.head[gov] != gov:
        out.add(f"govup:{p.folded[p.head[gov]]}")
    # the path to the root
    j, steps = t0, 0
    while p.head[j] != j and steps < 30:
        j = p.head[j]
        steps += 1
        if p.tag[j].startswith(_CONTENT_TAGS):
            out.add(f"path:{p.folded[j]}")
    # a small window
    lo, hi = max(0, min(toks) - _WINDOW), min(len(p.lower), max(toks) + _WINDOW + 1)
    for k in range(lo, hi):
        if k not in span and p.lower[k][:1].isalpha():
            side = "L" if k < top else "R"
            out.add(f"win{side}:{p.folded[k]}")
    # the stance words of the governing verb's clause
    for k in p.clause(gov):
        if p.folded[k] in _STANCE_FOLDED:
            out.add(f"clause:{p.folded[k]}")
            if any(p.dep[c] == "neg" for c in p.children[k]):
                out.add(f"clause:{p.folded[k]}:neg")


def _word_features(text: str, start: int, end: int, out: set[str]) -> None:
    """Features of a sentence the drafter did not parse (it holds no cue word): the words
    around the mention."""
    before = _WORDS.findall(text[:start].lower())[-_WINDOW:]
    after = _WORDS.findall(text[end:].lower())[:_WINDOW]
    out.add("unparsed")
    out.update(f"uwinL:{fold(w)}" for w in before)
    out.update(f"uwinR:{fold(w)}" for w in after)


def sentence_features(
    doc: Any,
    text: str,
    spans: Sequence[tuple[int, int, str]],
    index: int,
    n_actors: int,
    parsed: _Parsed | None = None,
) -> set[str]:
    """The features of one actor in one sentence.

    ``doc``: the sentence's spaCy Doc, or None when the drafter did not parse it; ``spans``:
    the actor's mentions in the sentence as (start, end, how) with offsets in ``text``;
    ``index``: the sentence's index in the article (0 is the headline); ``n_actors``: how many
    actors the sentence names."""
    out: set[str] = set()
    out.add("pos:head" if index == 0 else "pos:lede" if index <= 2 else "pos:body")
    out.add("nact:1" if n_actors <= 1 else "nact:2-3" if n_actors <= 3 else "nact:4+")
    words = set(_WORDS.findall(text.lower()))
    if words & _DECISION_WORDS:
        out.add("sent:decision")
    if re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", text):
        out.add("sent:number")
    if re.search(r"[\"“”]", text):
        out.add("sent:quote")
    for _, _, how in spans:
        out.add(f"how:{how.split(':', 1)[0]}")
    if doc is None:
        for start, end, _ in spans:
            _word_features(text, start, end, out)
        return out
    p = parsed if parsed is not None else _Parsed.of(doc)
    for start, end, _ in spans:
        toks = _mention_tokens(p, start, end)
        if toks:
            _parsed_features(p, toks, out)
    return out


# -- vetoes: constructions where the rules give no stance on purpose ---------------------------
#
# The model reads bags of words around an actor; on a few constructions those words belong to
# someone else or describe what the actor did NOT do, and the rules deliberately leave the
# actor without a stance.  A candidate with any of these in any of its sentences is not filled
# (``choose``).  Each is read off the sentence (its parse where there is one), never off an
# article or an actor.

# "all but Hungary", "every member except Malta", "apart from Poland", "but not Italy": the
# actor is the one left out of what the sentence says of the others
_EXCLUSION = re.compile(
    r"(?:\b(?:all|everyone|everybody|each|every)(?:\s+[\w-]+){0,3}?\s+(?:"
    # the rules' exception words ("all members save Malta", "every state bar one")
    + "|".join(sorted(w for w in _st._EXCEPT if w not in ("apart", "not")))
    + r")"
    r"|\bexcept(?:\s+for)?|\bexcepting|\bexcluding|\bbarring|\bnot\s+including"
    r"|\bapart\s+from|\baside\s+from|\bother\s+than|\bsave\s+for|\bunlike|\bbut\s+not"
    r"|\bwith\s+the\s+(?:\w+\s+)?exceptions?\s+of)\b",
    re.IGNORECASE,
)
# what may stand between the marker and the actor: other names of a list ("all but Hungary,
# Poland and the Czech Republic"), never a lower-case word ("all but certain, Hungary said")
_LIST_GAP = re.compile(r"(?:\s|,|;|\band\b|\bor\b|\bthe\b|[A-Z][\w'’.-]*)*")
# "China sided with Malta", "voted alongside Japan", "joined France": a stance relative to
# another actor's (the rules give it once that actor's is known)
_ALIGN_PREPS = frozenset({"with", "alongside", "like", "behind"})
_ALIGN_VERBS = re.compile(r"^(?:join|follow)")
# conditions: "France would back it if ...", "unless ...", "provided ..."
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
# "withdrew its objection", "dropped its support", "lifted its veto": a stance given up or
# reversed, whose direction the words alone do not settle
_WITHDRAW = re.compile(
    r"^(?:withdr|drop|abandon|retract|revers|rescind|backtrack|waiv|lift"
    # a stance changed ("changed its vote from yes to no", "switched sides"): which way, only
    # the words after the verb say
    r"|chang|switch|flip)"
)
# "put off a decision", "held off": the verbs that delay with the particle "off"
_PUT_OFF = frozenset({"put", "puts", "putting", "hold", "holds", "held", "holding"})
# what a noun is about: "sanctions on North Korea", "the mission in Sudan", "the invasion of
# Ukraine"; for a state outside the deciding body, the decision's object, not a stance on it
_TARGET_PREPS = frozenset({"on", "against", "in", "of", "over", "to", "for", "into"})
# verbs of speech, which may follow the clause they report ("Belgium backed it, Portugal said")
_SPEECH = re.compile(
    r"^(?:sa(?:id|ys?|ying)|told|tell|add|not(?:e|ed|es|ing)$|claim|insist|report|announc|"
    r"confirm|warn|argu|stat(?:e|ed|es|ing)$|wr[io]t|explain|tweet|declar)"
)
# "asked for a delay", "sought more time": putting the decision off, no stance on it
_DELAY_WORDS = frozenset(
    {"delay", "delays", "postpone", "postponed", "postponement", "defer", "deferral",
     "deferred", "pause"}
)  # fmt: skip


# an exclusion marker after the name: "Twenty-six leaders backed it, Hungary excepted"
_EXCLUDED_AFTER = re.compile(r"\s*(?:excepted|excluded|aside|apart|exempted)\b", re.IGNORECASE)


def _excluded(text: str, start: int, end: int | None = None) -> bool:
    """Whether an exclusion marker ("all but", "all save", "except", "apart from", "unlike",
    "but not") stands before ``text[start:]`` with only a list of names between, or one
    ("excepted", "aside") right after the name ending at ``end``."""
    lo = max(0, start - 120)
    prefix = text[lo:start]
    if end is not None and _EXCLUDED_AFTER.match(text, end):
        return True
    return any(_LIST_GAP.fullmatch(prefix[m.end() :]) for m in _EXCLUSION.finditer(prefix))


def _climb(p: _Parsed, i: int) -> int:
    """The token a list member or apposition stands for ("Britain and France": Britain)."""
    steps = 0
    while p.dep[i] in ("conj", "appos") and p.head[i] != i and steps < 20:
        i = p.head[i]
        steps += 1
    return i


def _governor(p: _Parsed, i: int) -> int:
    """The first verb above token ``i`` (``i`` itself when it is one)."""
    steps = 0
    while not p.tag[i].startswith(("VB", "MD")) and p.head[i] != i and steps < 30:
        i = p.head[i]
        steps += 1
    return i


def _subtree(p: _Parsed, i: int) -> set[int]:
    out, todo = set(), [i]
    while todo:
        j = todo.pop()
        out.add(j)
        todo.extend(p.children[j])
    return out


def _subject(p: _Parsed, i: int, verb: int) -> bool:
    """Whether token ``i`` is (in) the subject of ``verb``: the subject itself, a member of
    it ("Britain and France"), or a word inside it ("Germany's chancellor", "the Dutch
    prime minister")."""
    i, steps = _climb(p, i), 0
    while p.dep[i] in ("poss", "compound", "amod", "nmod") and p.head[i] != i and steps < 10:
        i = _climb(p, p.head[i])
        steps += 1
    return p.head[i] == verb and p.dep[i] in ("nsubj", "nsubjpass")


def _parsed_vetoes(p: _Parsed, toks: list[int], mine: set[int], other: dict[int, str]) -> set[str]:
    """The vetoes of one mention (tokens ``toks``); ``mine``: all the actor's tokens in the
    sentence; ``other``: the other actors' tokens, each with its actor."""
    out: set[str] = set()
    span = set(toks)
    top = next((i for i in toks if p.head[i] not in span or p.head[i] == i), toks[-1])
    t0 = _climb(p, top)
    gov = _governor(p, t0)
    # the other actors' tokens, without those in a list with this mention ("Finland and Sweden")
    other = {j: a for j, a in other.items() if _climb(p, j) != t0}
    if not _subject(p, top, gov):
        # the vetoes below are about what the actor as a subject does; a source of a report
        # ("according to Sweden, ..."), what a noun is about and the partner of an
        # alignment are the exceptions
        if p.dep[t0] == "pobj" and p.head[t0] != t0:
            prep = p.head[t0]
            if other and p.lower[prep] == "to" and p.lower[p.head[prep]] == "according":
                out.add("veto:reports-other")
            elif p.lower[prep] in _TARGET_PREPS and p.tag[p.head[prep]].startswith("NN"):
                out.add("veto:target")
        out |= _aligned(p, t0, other)
        return out
    # another actor as the subject of a clause the actor reports or causes ("Portugal said
    # Belgium had doubts but endorsed the plan", "the United States persuaded Turkey to back
    # the plan", "Spain urged Poland to lift its veto"), unless the actor itself is in that
    # clause too ("Blair said Britain stood by ..."); a clause before the verb only with a
    # verb of speech ("Belgium backed it, Portugal said"), not "A asked ...; B called ..."
    comps = [
        c
        for c in p.children[gov]
        if p.dep[c] in ("ccomp", "xcomp") and (c > gov or _SPEECH.match(p.lower[gov]))
    ]
    if comps and other:
        inside = set().union(*(_subtree(p, c) for c in comps))
        if not inside & mine:
            for j in other:
                j0 = _climb(p, j)
                if (p.dep[j0] in ("nsubj", "nsubjpass") and p.head[j0] in inside) or (
                    p.dep[j0] == "dobj" and p.head[j0] == gov and any(c > gov for c in comps)
                ):
                    out.add("veto:reports-other")
                    break
    out |= _aligned(p, t0, other)
    # a condition on the actor's verb or around it ("if", "unless", "provided"), not a
    # concession ("even if")
    j, steps = gov, 0
    while steps < 30:
        if any(p.dep[c] == "advcl" and _conditional(p, c) for c in p.children[j]) or (
            p.dep[j] == "advcl" and _conditional(p, j)
        ):
            out.add("veto:conditional")
            break
        if p.head[j] == j:
            break
        j = p.head[j]
        steps += 1
    # a negated verb, the actor's own or in the clause it reports of itself ("did not endorse
    # the plan", "said they would not join the supervisor"): which way it points the words
    # alone do not settle ("did not object" is consent)
    chain: list[int] = []
    todo = [gov]
    while todo and len(chain) < 10:
        v = todo.pop()
        chain.append(v)
        todo.extend(
            c
            for c in p.children[v]
            if p.dep[c] in ("ccomp", "xcomp")
            # a coordinated verb of the actor's own, not "..., but Germany did not"
            or p.dep[c] == "conj"
            and not any(p.dep[g] == "nsubj" for g in p.children[c])
        )
    for v in chain:
        if (v == gov or _own_clause(p, v)) and any(
            p.dep[c] == "neg" or p.lower[c] in ("not", "n't", "never") for c in p.children[v]
        ):
            out.add(f"veto:negated:{_denied(p.lower[v])}")
    if _WITHDRAW.match(p.lower[gov]):
        out.add("veto:withdrawn")
    if any(p.lower[k] in _DELAY_WORDS for k in p.clause(gov)) or (
        p.lower[gov] in _PUT_OFF
        and any(p.dep[c] == "prt" and p.lower[c] == "off" for c in p.children[gov])
    ):
        out.add("veto:delay")
    return out


# verbs whose negation denies opposition ("did not block" is consent or abstention, never
# opposition) or abstention; any other negated verb denies support ("did not take part",
# "would not join", "did not endorse")
_OPPOSING = re.compile(r"^(?:block|veto|oppos|object|reject|resist|obstruct|stand|stood|derail)")


def _denied(verb: str) -> str:
    """The label a negated verb rules out."""
    if _OPPOSING.match(verb):
        return "oppose"
    return "abstain" if verb.startswith("abstain") else "support"


_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
_BE = frozenset({"be", "is", "was", "are", "were", "been", "being", "'s"})


def _own_clause(p: _Parsed, v: int) -> bool:
    """Whether a clause below the actor's verb speaks of what the actor does: its subject is a
    pronoun or left out ("said they would not join", "decided not to sign"), and its verb is
    no copula ("said it was not an easy decision" is about the decision)."""
    if p.lower[v] in _BE:
        return False
    subjects = [c for c in p.children[v] if p.dep[c] in ("nsubj", "nsubjpass")]
    return all(p.lower[c] in _PRONOUNS for c in subjects)


def _aligned(p: _Parsed, t0: int, other: dict[int, str]) -> set[str]:
    """``veto:aligned:ISO`` for each other actor on the other side of "with", "alongside",
    "like", "behind" or "join"/"follow" from this one, one of the two being the verb's
    subject ("China sided with Malta": China and Malta)."""
    out: set[str] = set()
    verbs = {_governor(p, t0)} | {_governor(p, _climb(p, j)) for j in other}
    for v in verbs:
        linked: set[int] = set()
        for c in p.children[v]:
            if p.dep[c] == "prep" and p.lower[c] in _ALIGN_PREPS:
                linked |= {g for g in p.children[c] if p.dep[g] == "pobj"}
            elif p.dep[c] == "dobj" and _ALIGN_VERBS.match(p.lower[v]):
                linked.add(c)
        if not linked:
            continue
        if _subject(p, t0, v):
            out |= {f"veto:aligned:{a}" for j, a in other.items() if _climb(p, j) in linked}
        elif t0 in linked:
            out |= {f"veto:aligned:{a}" for j, a in other.items() if _subject(p, j, v)}
    return out


def _conditional(p: _Parsed, clause: int) -> bool:
    marks = [c for c in p.children[clause] if p.dep[c] == "mark"]
    if not any(p.lower[m] in _CONDITION_MARKS for m in marks):
        return p.lower[clause] in ("provided", "providing")
    return not any(p.lower[c] == "even" for c in p.children[clause]) and not any(
        p.lower[m - 1] == "even" for m in marks if m > 0
    )


def sentence_vetoes(
    parsed: _Parsed | None,
    text: str,
    spans: Sequence[tuple[int, int, str]],
    others: Sequence[tuple[int, int, str]] = (),
    polarity: bool = True,
) -> set[str]:
    """The constructions in one sentence on which the model must not fill the actor's stance:
    ``veto:excluded`` (the actor is left out: "all but Hungary backed it"),
    ``veto:reports-other`` (the actor, as a subject, reports or causes another actor's stance:
    "Portugal said Belgium ... endorsed the plan", "the United States persuaded Turkey to back
    the plan"; or is the source in "according to ..."), ``veto:aligned:ISO`` (its stance is
    stated relative to actor ISO's: "China sided with Malta"; lifted by ``candidates`` when the
    rules read ISO's stance), and, for an actor that is its verb's subject,
    ``veto:conditional`` ("France would back it if ..."), ``veto:negated:LABEL`` (the one
    label a negated verb of the actor's rules out: "did not endorse", "said it would not join"
    rule out support, "did not block" opposition), ``veto:withdrawn`` ("dropped its
    objection") and ``veto:delay`` ("asked for a delay", "put off a decision"); for one that
    is not, ``veto:target`` (what a noun is about: "sanctions on North Korea"; lifted by
    ``candidates`` for a member of the body).  With ``polarity`` (for an actor the rules left
    open), also the polarity, negation, hedge, embedding and other-actor vetoes read with the
    rules' own lexicons (``_polarity_vetoes``), and ``veto:hedged`` for a question.
    ``spans``: the actor's mentions (offsets in ``text``); ``others``: the other actors'
    mentions in the sentence as (start, end, actor)."""
    out: set[str] = set()
    for start, end, _ in spans:
        if _excluded(text, start, end):
            out.add("veto:excluded")
    if parsed is None:
        return out
    mine_toks = [_mention_tokens(parsed, a, b) for a, b, _ in spans]
    mine = {i for t in mine_toks for i in t}
    other = {i: who for a, b, who in others for i in _mention_tokens(parsed, a, b)}
    other = {i: who for i, who in other.items() if i not in mine}
    for toks in mine_toks:
        if toks:
            out |= _parsed_vetoes(parsed, toks, mine, other)
            if polarity and parsed.doc is not None:
                out |= _polarity_vetoes(parsed, toks, other)
    if polarity and _st._question(text):
        out.add("veto:hedged")  # "Is France ready to back the plan?"
    return out


# -- the polarity veto: the rules' own cue words and scope readers around the actor ----------
#
# The model weighs words; the rules know which words point which way (``stance.VERBS``,
# ``NOUNS``, ``ADJECTIVES``, ``BLOCKING``, ``BACKING``, the role nouns, the evaluative words)
# and when a cue is not a stance taken (``stance._negated``: "not even Hungary voted against",
# "no longer willing"; ``stance._hypothetical``: "would have voted for it", "hoped Poland would
# back", "whether Austria will back"; ``stance._conditional``).  Around each mention of an
# actor the rules leave open, its scope is read: the clause of its governing verb (with the
# complements it reports, not other verbs' clauses), the actor's own phrase (with a relative
# clause on it: "Russia, which was the only member to vote against, ..."), the words between
# it and that verb ("the veto cast by Russia": "cast"), and the noun a participle or relative
# clause on it describes ("veto").  Then (``choose``):
#
# * ``veto:polarity:LABEL``: a cue pointing to LABEL is in scope; a fill of another label is
#   vetoed ("Algeria had opposed" is no support; "over its objections" no support);
# * ``veto:negation``: a negation or a cue the rules read as negated is in scope, other than
#   the actor's own negated verb (``veto:negated:LABEL``, which rules out LABEL only);
# * ``veto:hedged``: a cue in scope is hypothetical or conditional, the sentence is a
#   question, or the actor is only said to be disposed to act ("is unlikely to back", "is
#   ready to back");
# * ``veto:embedded``: a cue in scope hangs, through a preposition, on a verb that is not
#   itself a cue ("stopped short of backing", "accused China of obstructing"): what the
#   outer verb does to it the words do not say;
# * ``veto:others-act``: the actor is not the subject of its governing verb, which has another
#   actor as its subject ("Despite pressure from Washington, Egypt voted in favour").

_POLAR = (_st.SUPPORT, _st.OPPOSE, _st.ABSTAIN)
# a vote verb's complement or a preposition alone: "campaigned against", "in favour of"
_POLAR_WORDS = {"against": _st.OPPOSE, "favour": _st.SUPPORT, "favor": _st.SUPPORT}


def _polarity(tok: Any) -> str | None:
    """The label a word points to in the rules' lexicons (None for no cue word)."""
    low = tok.lower_
    if tok.tag_.startswith("VB"):
        entry = _st.VERBS.get(low)
        if entry is not None:
            label = _st._vote_label(tok) if entry[0] == "vote" else entry[1]
            return label if label in _POLAR else None
    for table in (_st.NOUNS, _st.ADJECTIVES):
        if low in table:
            label = table[low][0]
            return label if label in _POLAR else None
    if low in _st.ROLE_NOUNS:
        return str(_st.ROLE_NOUNS[low])
    if low in _st.ROLE_NOUN:
        return str(_st.ROLE_NOUN[low])
    if low in _st.BLOCKING or low in _st.NEGATIVE_WORDS:
        return _st.OPPOSE
    if low in _st.BACKING or low in _st.POSITIVE_WORDS:
        return _st.SUPPORT
    return _POLAR_WORDS.get(low)


# the nouns a negated verb's subject may be for the negation to bear on the decision: the
# decision itself ("the draft had not passed"), an actor, or a pronoun
_DECISION_NOUNS = frozenset(_st.PROPOSAL_NOUNS | _st.TEXT_NOUNS)


def _acts(p: _Parsed, v: int) -> bool:
    """Whether verb ``v`` tells an act or the decision's fate, not a description: no copula
    ("it was not a perfect text"), and a subject that is a pronoun, a name or a decision noun,
    or none ("the risk should not be exaggerated" is about the risk)."""
    if p.lower[v] in _st._BE:
        return False
    subjects = [c for c in p.children[v] if p.dep[c] in ("nsubj", "nsubjpass")]
    return all(
        p.tag[c].startswith(("PRP", "NNP")) or p.lower[c] in _DECISION_NOUNS for c in subjects
    )


def _disposed(p: _Parsed, gov: int) -> bool:
    """The actor's verb is a copula whose adjective takes the act as its complement: "is
    unlikely to back", "is ready to back", "was willing to support" (a disposition, not an
    act); the rules' stance adjectives ("was opposed to") are read by the rules."""
    if p.lower[gov] not in _st._COPULAS and p.lower[gov] not in _st._BE:
        return False
    return any(
        p.dep[c] == "acomp"
        and p.lower[c] not in _st.ADJECTIVES
        and any(p.dep[g] == "xcomp" for g in p.children[c])
        for c in p.children[gov]
    )


def _scope_clause(p: _Parsed, gov: int) -> set[int]:
    """The actor's verb's clause for the polarity veto: ``_Parsed.clause`` with prepositional
    complements ("stopped short of backing", "accused China of obstructing"), a noun's
    content clause ("relief that the draft failed") and the verb's own coordinated verbs and
    clauses without a subject ("said ... but approved it", "..., saying it would veto") kept;
    relative clauses and participles on nouns, and clauses with their own subject ("..., but
    Russia vetoed it") left out."""
    out, todo = set(), [gov]
    while todo:
        j = todo.pop()
        out.add(j)
        for c in p.children[j]:
            d = p.dep[c]
            if d == "parataxis" or (
                # a relative clause or participle on a noun, but not a noun's content clause
                # ("satisfaction that the draft had not passed")
                d in ("relcl", "acl") and not any(p.dep[g] == "mark" for g in p.children[c])
            ):
                continue
            if (d == "advcl" or (d == "conj" and p.tag[c].startswith("VB"))) and any(
                p.dep[g] in ("nsubj", "nsubjpass") for g in p.children[c]
            ):
                continue  # "..., but Russia vetoed it", "while Russia abstained"
            todo.append(c)
    return out


def _polarity_vetoes(p: _Parsed, toks: list[int], other: dict[int, str]) -> set[str]:
    """The polarity, negation, hedge, embedding and other-actor vetoes of one mention (see
    the section comment); ``other``: the other actors' tokens."""
    doc = p.doc
    out: set[str] = set()
    span = set(toks)
    top = next((i for i in toks if p.head[i] not in span or p.head[i] == i), toks[-1])
    t0 = _climb(p, top)
    gov = _governor(p, t0)
    subject = _subject(p, top, gov)
    scope = _scope_clause(p, gov) | _subtree(p, t0)
    j, steps = t0, 0
    while j != gov and p.head[j] != j and steps < 30:  # the words up to the verb
        j = p.head[j]
        scope.add(j)
        steps += 1
    if p.dep[gov] in ("acl", "relcl") and p.head[gov] != gov:
        scope.add(p.head[gov])  # "the veto cast by Russia", "the text Algeria opposed"
    scope -= span
    for k in sorted(scope):
        tok = doc[k]
        label = _polarity(tok)
        verb = p.tag[k].startswith("VB")
        # a cue the rules read as negated points nowhere ("did not block", "raised no
        # objection"); a negated verb is one of the actor's acts or of the decision's fate
        negated = (verb or label is not None) and _st._negated(tok)
        if label is not None and not negated:
            out.add(f"veto:polarity:{label}")
            if k != gov and p.dep[k] == "pcomp" and p.dep[p.head[k]] == "prep":
                outer = _governor(p, p.head[k])
                if p.tag[outer].startswith("VB") and _polarity(doc[outer]) is None:
                    out.add("veto:embedded")  # "stopped short of backing"
        if verb and (_st._hypothetical(tok) or _st._conditional(tok)):
            out.add("veto:hedged")
        if negated and not (k == gov and subject) and (label is not None or _acts(p, k)):
            out.add("veto:negation")
    if subject and _st._negated(doc[gov]):
        denied = _polarity(doc[gov])
        out.add(f"veto:negated:{denied or _denied(p.lower[gov])}")
    if _disposed(p, gov):
        out.add("veto:hedged")
    agent = p.dep[t0] == "pobj" and p.dep[p.head[t0]] == "agent"  # "drafted by France"
    if (
        not subject
        and not agent
        and any(
            p.dep[c] in ("nsubj", "nsubjpass")
            and any(_climb(p, o) == c or _climb(p, o) in _subtree(p, c) for o in other)
            for c in p.children[gov]
        )
    ):
        out.add("veto:others-act")
    return out


@dataclass
class Candidate:
    """An actor without a rule stance on an issue, as the model sees it."""

    issue: str
    actor: str
    features: frozenset[str]
    # (sentence text, that sentence's features) for the evidence sentence
    sentences: list[tuple[str, frozenset[str]]]
    member: bool
    rule: str | None = None  # the rules' label on this issue, "neutral", or None
    # the constructions in the actor's sentences where the rules give no stance on purpose
    # (``sentence_vetoes``): the model fills nothing for this actor when any is present
    vetoes: frozenset[str] = frozenset()


def candidates(
    parsed: Iterable[tuple[int, str, Any, list[tuple[int, int, Any]]]],
    issue_ids: Sequence[str],
    sentence_issue: dict[int, str],
    members: Iterable[str],
    rule_label: dict[tuple[str, str], str],
    body: str,
) -> list[Candidate]:
    """One candidate per (issue, actor named in a sentence on that issue), in article order.

    ``parsed``: the drafter's sentences as the stance reader received them (index, text, Doc or
    None, mentions as (start, end, Mention)); ``sentence_issue``: the issue each sentence is
    about when the article has several (a sentence with none is about the last one named
    before it, else the first issue); ``rule_label``: the rules' label per (issue, actor)."""
    member_set = set(members)
    feats: dict[tuple[str, str], set[str]] = {}
    sents: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = {}
    vetoes: dict[tuple[str, str], set[str]] = {}
    marked = sorted(sentence_issue)
    for index, text, doc, mentions in parsed:
        if len(issue_ids) == 1:
            iid = issue_ids[0]
        else:
            at = bisect.bisect_right(marked, index) - 1
            iid = sentence_issue[marked[at]] if at >= 0 else issue_ids[0]
        by_actor: dict[str, list[tuple[int, int, str]]] = {}
        for a, b, m in mentions:
            if m.actor:
                by_actor.setdefault(m.actor, []).append((a, b, m.how))
        if not by_actor:
            continue
        p = _Parsed.of(doc) if doc is not None else None
        for actor, spans in by_actor.items():
            f = sentence_features(doc, text, spans, index, len(by_actor), p)
            key = (iid, actor)
            feats.setdefault(key, set()).update(f)
            sents.setdefault(key, []).append((text, frozenset(f)))
            rest = [(a, b, who) for who, sp in by_actor.items() if who != actor for a, b, _ in sp]
            # the polarity vetoes only where the model may fill (the rules left no stance)
            open_ = rule_label.get(key) is None
            vetoes.setdefault(key, set()).update(sentence_vetoes(p, text, spans, rest, open_))
    # what the rules read for the other actors on the same issue: a failed text's unnamed
    # reasons run the other way from an adopted one's
    tally: dict[str, dict[str, set[str]]] = {}
    for (iid, actor), label in rule_label.items():
        if label in _COUNT_KEY:
            tally.setdefault(iid, {}).setdefault(label, set()).add(actor)
    out = []
    for (iid, actor), f in feats.items():
        n = len(sents[(iid, actor)])
        others = {lab: len(who - {actor}) for lab, who in tally.get(iid, {}).items()}
        ctx = _context(others.get("support", 0), others.get("oppose", 0))
        f = f | {
            f"nsent:{min(n, 3)}",
            f"body:{body}",
            "member" if actor in member_set else "outside",
        }
        f |= {ctx} | {f"{ctx}|{x}" for x in f if x.startswith(_CROSSED)}
        out.append(
            Candidate(
                iid,
                actor,
                frozenset(f),
                sents[(iid, actor)],
                actor in member_set,
                rule_label.get((iid, actor)),
                frozenset(
                    _lifted(vetoes.get((iid, actor), set()), iid, rule_label, actor in member_set)
                ),
            )
        )
    return out


def _lifted(
    vetoes: set[str], iid: str, rule_label: dict[tuple[str, str], str], member: bool
) -> set[str]:
    """The vetoes that stand: an alignment with an actor whose stance the rules read ("voted
    no, together with Albania": the United States' no) is no reason to hold back, and being
    what a noun is about ("sanctions on ...") holds back only a state outside the body."""
    return {
        v
        for v in vetoes
        if not (
            v.startswith("veto:aligned:")
            and rule_label.get((iid, v.split(":", 2)[2])) in _COUNT_KEY
        )
        and not (v == "veto:target" and member)
    }


# the features crossed with the rules' reading of the issue (the linear model's interactions)
_CROSSED = ("edep:", "gov:", "role:", "member", "outside", "in-list", "how:", "clause:")


def _context(support: int, oppose: int) -> str:
    """The rules' reading of an issue from the other actors' labels."""
    if support == oppose == 0:
        return "ctx:none"
    if oppose == 0:
        return "ctx:support"
    if support == 0:
        return "ctx:oppose"
    return "ctx:mixed-support" if support > oppose else "ctx:mixed-oppose"


class StanceModel:
    """Multinomial logistic regression over named binary features."""

    def __init__(
        self,
        features: Sequence[str],
        weights: np.ndarray,
        bias: np.ndarray,
        threshold: float,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.index = {f: i for i, f in enumerate(features)}
        self.features = list(features)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.threshold = float(threshold)
        self.meta = meta or {}
        if self.weights.shape != (len(self.features), len(LABELS)) or self.bias.shape != (
            len(LABELS),
        ):
            raise ValueError(
                f"weights {self.weights.shape} and bias {self.bias.shape} do not fit "
                f"{len(self.features)} features and {len(LABELS)} labels"
            )

    def proba(self, feature_sets: Sequence[Iterable[str]]) -> np.ndarray:
        """P(label | features), one row per feature set, columns in ``LABELS`` order."""
        z = np.tile(self.bias, (len(feature_sets), 1))
        for r, fs in enumerate(feature_sets):
            rows = [self.index[f] for f in fs if f in self.index]
            if rows:
                z[r] += self.weights[rows].sum(axis=0)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            "feature_version": FEATURE_VERSION,
            "labels": list(LABELS),
            "threshold": self.threshold,
            "meta": self.meta,
            "bias": [round(float(v), 5) for v in self.bias],
            "features": {
                f: [round(float(v), 5) for v in self.weights[i]]
                for i, f in enumerate(self.features)
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StanceModel:
        if data.get("labels") != list(LABELS) or data.get("feature_version") != FEATURE_VERSION:
            raise ValueError("the stance model was trained for other labels or features")
        feats = data["features"]
        names = list(feats)
        w = np.array([feats[f] for f in names], dtype=np.float64).reshape(len(names), len(LABELS))
        return cls(names, w, np.array(data["bias"]), data["threshold"], data.get("meta"))


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> StanceModel | None:
    """The shipped model (read once), or None when the weights file is missing."""
    p = Path(path) if path else WEIGHTS
    if not p.is_file():
        return None
    return StanceModel.from_json(json.loads(p.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Fill:
    candidate: Candidate
    label: str
    p: float
    sentence: str


_COUNT_KEY = {"support": "yes", "oppose": "no", "abstain": "abstain"}


# Where the fallback does not fill (``choose``'s guards, on by default; see
# benchmarks/draft/README.md): a draft with several issues (which issue a rule-less actor's
# sentence is about is a guess there), and an issue on which the rules read the other actors
# as opposing only or mostly (a blocked or failed text: the model's priors, learned mostly
# from adopted texts, point the wrong way there).  In the cross-validation these two held
# every inverted stance the model added.
TRUSTED_CONTEXTS = frozenset({"ctx:none", "ctx:support", "ctx:mixed-support"})
# a veto of one label only ("veto:negated:support"); every other veto rules out any fill
_DENIES = "veto:negated:"
# a cue word in the actor's scope pointing to a label ("veto:polarity:oppose"): every other
# label is vetoed
_POLARITY = "veto:polarity:"


def choose(
    cands: Sequence[Candidate],
    proba: np.ndarray,
    threshold: float,
    counts: dict[str, dict[str, int]],
    drafted: dict[str, dict[str, int]],
    model: StanceModel | None = None,
    *,
    n_issues: int = 1,
    guarded: bool = True,
) -> list[Fill]:
    """The stances the model fills: for each candidate the rules left with no stance (not
    one they read as conflicting), the most probable label other than ``none`` when its
    probability is at least ``threshold`` and the issue's stated count (``counts``: issue ->
    {"yes"|"no"|"abstain": n}) leaves room for one more member with that label beyond those
    already drafted (``drafted``: issue -> the same keys, updated as stances are filled).
    ``model``, when given, picks each fill's evidence sentence (its most probable one).
    ``guarded``: nothing is filled in a draft of ``n_issues`` > 1, nor on an issue whose
    context (the rules' reading of the other actors) is not in ``TRUSTED_CONTEXTS``, nor for
    an actor with a veto (``Candidate.vetoes``: a construction where the rules give no stance
    on purpose; ``veto:negated:LABEL`` rules out that label only)."""
    out: list[Fill] = []
    if guarded and n_issues > 1:
        return out
    for r, c in enumerate(cands):
        if c.rule is not None:
            continue
        if guarded and (
            any(not v.startswith((_DENIES, _POLARITY)) for v in c.vetoes)
            or not (c.features & TRUSTED_CONTEXTS)
        ):
            continue
        k = int(np.argmax(proba[r, 1:])) + 1
        p = float(proba[r, k])
        if p < threshold:
            continue
        label = LABELS[k]
        if guarded and _DENIES + label in c.vetoes:
            continue  # a negated verb rules this label out: "did not take part" is no support
        if guarded and any(v.startswith(_POLARITY) and v != _POLARITY + label for v in c.vetoes):
            continue  # a cue in scope points elsewhere: "which Algeria had opposed"
        if c.member and c.issue in counts:
            key = _COUNT_KEY[label]
            limit = counts[c.issue].get(key)
            have = drafted.setdefault(c.issue, {}).get(key, 0)
            if limit is not None and have >= limit:
                continue
            drafted[c.issue][key] = have + 1
        sentence = c.sentences[0][0]
        if model is not None and len(c.sentences) > 1:
            ps = model.proba([f for _, f in c.sentences])[:, k]
            sentence = c.sentences[int(np.argmax(ps))][0]
        out.append(Fill(c, label, p, sentence))
    return out


def note(fill: Fill) -> str:
    return f"model-inferred (p={math.floor(fill.p * 100) / 100:.2f})"


# The benchmark scripts' recorder: when a list, every draft appends what the model would see.
_RECORDER: list[dict[str, Any]] | None = None


def start_recording() -> list[dict[str, Any]]:
    """Record, for every draft until :func:`stop_recording`, its candidates (all of them, with
    the rules' labels), stated counts and drafted counts (``benchmarks/draft``)."""
    global _RECORDER
    _RECORDER = []
    return _RECORDER


def stop_recording() -> None:
    global _RECORDER
    _RECORDER = None


_VOTE_LABEL = {"yes": "support", "no": "oppose", "abstain": "abstain"}
_NOTE_LABEL = re.compile(r"drafted stance: (\w+)")


def _entry_label(entry: dict[str, Any]) -> str | None:
    vote = entry.get("vote")
    vote = vote.get("value") if isinstance(vote, dict) else vote
    if vote in _VOTE_LABEL:
        return _VOTE_LABEL[vote]
    m = _NOTE_LABEL.search(entry.get("note") or "")
    return m.group(1) if m else None


def drafted_counts(
    actor_stances: dict[str, dict[str, Any]], members: Iterable[str]
) -> dict[str, dict[str, int]]:
    """Per issue, how many members the draft gives each vote label."""
    out: dict[str, dict[str, int]] = {}
    for actor in members:
        for iid, entry in (actor_stances.get(actor) or {}).items():
            label = _entry_label(entry)
            if label in _COUNT_KEY:
                key = _COUNT_KEY[label]
                out.setdefault(iid, {})[key] = out.setdefault(iid, {}).get(key, 0) + 1
    return out


def fill_draft(
    parsed: list[tuple[int, str, Any, list[tuple[int, int, Any]]]],
    issue_ids: Sequence[str],
    sentence_issue: dict[int, str],
    members: Iterable[str],
    actor_stances: dict[str, dict[str, Any]],
    neutral: Iterable[str],
    issue_meta: dict[str, dict[str, Any]],
    body: str,
    entry: Any,
    apply: bool,
) -> list[str]:
    """The drafter's hook: fill ``actor_stances`` (in place) with the model's stances where
    the rules left none, when ``apply``; returns the notes to add to the draft.  ``entry``
    builds a stance entry from (label, p, sentence, note)."""
    if not apply and _RECORDER is None:
        return []
    member_list = list(members)
    rule_label: dict[tuple[str, str], str] = {}
    for actor, by_issue in actor_stances.items():
        for iid, e in by_issue.items():
            rule_label[(iid, actor)] = _entry_label(e) or "drafted"
    for actor in neutral:
        for iid in issue_ids:
            rule_label.setdefault((iid, actor), "neutral")
    cands = candidates(parsed, issue_ids, sentence_issue, member_list, rule_label, body)
    counts = {iid: dict(meta["counts"]) for iid, meta in issue_meta.items() if meta.get("counts")}
    drafted = drafted_counts(actor_stances, member_list)
    if _RECORDER is not None:
        _RECORDER.append(
            {
                "candidates": cands,
                "counts": counts,
                "drafted": {k: dict(v) for k, v in drafted.items()},
            }
        )
    if not apply:
        return []
    model = load_model()
    open_ = [c for c in cands if c.rule is None]
    if model is None or not open_:
        return []
    fills = choose(
        open_,
        model.proba([c.features for c in open_]),
        model.threshold,
        counts,
        drafted,
        model,
        n_issues=len(issue_ids),
    )
    for f in fills:
        actor_stances.setdefault(f.candidate.actor, {})[f.candidate.issue] = entry(
            f.label, f.p, f.sentence, note(f)
        )
    if not fills:
        return []
    return [
        "Stances the rules left out, inferred by the learned fallback (threshold "
        f"{model.threshold:.2f}; check each): "
        + "; ".join(
            f"{f.candidate.actor} {f.label} on {f.candidate.issue} ({note(f)})" for f in fills
        )
        + "."
    ]
