"""Stances from dependency parses: who supports, opposes or abstains on what.

The reader (:func:`read_stances`) walks each parsed sentence for *cues* and attaches each cue
to the actors that own it, using the parse instead of word order:

* verbs from a small lexicon (:data:`VERBS`): vote verbs ("vetoed", "abstained", "voted
  for/against/yes/no/in favour"), actions ("backed", "drafted", "ratified", "blocked",
  "rejected") and reactions ("welcomed", "urged", "criticised", "thanked");
* nouns owned by an actor ("Russia's veto", "the American veto", "Bucharest's support",
  "Washington's abstention") and adjectives of a copula ("remained opposed to", "confident");
* owners: the subject with its conjuncts ("Britain and France backed"), the agent of a
  passive or of a participle ("the text drafted by the United States and Albania"), the noun
  a relative clause modifies ("Ecuador and Japan, which had supported the draft"), the
  subject of the clause an infinitive or a coordinated verb hangs on ("Orbán voted against
  von der Leyen but supported Costa"; "urged Ankara to ratify" belongs to the one who urges),
  "as did Japan and Malta", a verb coordinated after a report that the parser hung on the
  reported clause ("Carter said there was a syndicate ..., and backed the deployment"), the
  actors a plural role noun is in apposition to ("Germany and Spain, the pact's strongest
  champions, said ..."), lists after a counted subject ("Five countries voted against:
  Russia, Belarus ..." / "Thirty-five abstained, among them China"), and a pronoun subject
  resolved to the speaker of the clause or the previous sentence's subject;
* the object decides direction for reactions: welcoming a delay or a veto is opposition,
  criticising or regretting a veto is support; welcoming "the outcome" of a text that failed
  (vetoed, "the draft failed", "Russia and China vetoed the resolution") is opposition;
* removal: taking away what stands in the proposal's way is support ("dropped the veto
  it had cast", "lifted its hold", "withdrew its veto threat", "gave up its
  reservations", "the veto was lifted by X", and the headline "X lifts veto" that the
  tagger reads as a noun compound); taking away one's backing is opposition ("withdrew
  its support", "dropped its backing");
* positions stated around the decision: putting the idea forward ("the idea, floated by
  Merkel and Macron"), leading, joining or signing a campaign or appeal for or against it
  ("led the campaign for the target", "signed an appeal for it"), leading the opposition,
  giving way or giving in, an owned objection answered ("their concerns had been met"), and
  warning of what the decision would do ("warned that the plan would hurt farmers": oppose;
  "that a veto would paralyse the bloc": support);
* asking the deciders to undo the decision ("urged the alliance to reconsider", "to scrap
  the plan") is opposition; asking them to see or behave some way ("to view its development
  rationally") asks for no decision (no stance); a cue set as a condition ("demanded
  guarantees before signing up", "unless", "without") is no stance yet;
* negation never inverts into a confident stance: "did not block" gives no stance, "would
  not back" gives a weak oppose (confidence 0.35) that any explicit vote outranks.

Every stance has a label (support / oppose / abstain), a confidence (vote 0.9, action 0.75,
reaction 0.55; times 0.6 for a past-perfect or "initially", 0.85 for a modal) and its
evidence sentence.  :func:`resolve` keeps, per actor and issue, the most confident label;
two different labels at the same confidence give no stance ("prefer no stance to a guess").
The confidence values are an ordinal scale chosen for that ranking (a vote outranks an
action, which outranks a reaction), not calibrated probabilities.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from concilium.text.fastdoc import per_token

__all__ = [
    "ABSTAIN",
    "FOLLOW",
    "NEUTRAL",
    "OPPOSE",
    "SUPPORT",
    "Cue",
    "Decision",
    "Stance",
    "read_stances",
    "resolve",
]

SUPPORT, OPPOSE, ABSTAIN, NEUTRAL = "support", "oppose", "abstain", "neutral"
VOTE, ACTION, REACTION, NEGATED = 0.9, 0.75, 0.55, 0.35
PAST, MODAL = 0.6, 0.85
DEFIANCE = 0.8  # a target's denial or protest: weaker than a reaction to the decision itself


@dataclass(frozen=True)
class Stance:
    """One actor's stance read from one cue in one sentence."""

    actor: str
    label: str
    confidence: float
    sentence: str
    cue: str
    how: str  # "vote", "action", "reaction", "negated", "count", "rule"
    anchor: str | None = None  # the decision the cue is about, when it names one
    index: int = 0  # sentence number in the article
    assumption: str | None = None
    anchor_text: str | None = None  # the words that name the decision ("the membership decision")
    # a reaction that is a stance only for a state that does not vote on the decision ("Moscow
    # threatened countermeasures"): drafting drops it for the body's members (see
    # ``RETALIATION``)
    outside_only: bool = False
    # the words of the cue's object when they name no decision the reader knows ("proposed
    # amending the EU treaties"): drafting matches them to an issue's own words
    object_text: str | None = None
    # a habit told in a relative clause ("which has long resisted sanctions language"): a
    # stance on that decision when the article reports it, never one that opens it
    background: bool = False
    # its cue lies in a clause describing an actor ("Russia, which argued for changes to the
    # text, abstained"): what that clause names is background to the rest of the sentence
    aside: bool = False


@dataclass(frozen=True)
class Decision:
    """A decision named by a cue in sentence ``index`` (with or without an actor)."""

    anchor: str
    confidence: float
    how: str
    index: int
    text: str | None = None
    aside: bool = False  # named in a clause describing an actor (see ``Stance.aside``)


@dataclass
class Cue:
    """A cue in a parsed sentence before its owners are known (for tests and debugging)."""

    token: Any
    label: str
    tier: float
    owners: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ lexicon


def _inflect(verb: str, *irregular: str) -> set[str]:
    """The forms of a regular English verb (plus the irregular ones given)."""
    forms = {verb, *irregular}
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
    return forms


def _lexicon(entries: dict[str, tuple[str, float, tuple[str, ...]]]) -> dict[str, tuple]:
    out: dict[str, tuple[str, str, float]] = {}
    for lemma, (label, tier, irregular) in entries.items():
        for form in _inflect(lemma, *irregular):
            out[form] = (lemma, label, tier)
    return out


# lemma: (label, tier, irregular forms).  "vote" is read from its complement (for/against...).
VERBS = _lexicon(
    {
        "vote": ("", VOTE, ()),
        "veto": (OPPOSE, VOTE, ("vetoes", "vetoed", "vetoing")),
        "abstain": (ABSTAIN, VOTE, ()),
        "support": (SUPPORT, ACTION, ()),
        "back": (SUPPORT, ACTION, ()),
        "endorse": (SUPPORT, ACTION, ()),
        "approve": (SUPPORT, ACTION, ()),
        "sponsor": (SUPPORT, ACTION, ()),
        "co-sponsor": (SUPPORT, ACTION, ()),
        "cosponsor": (SUPPORT, ACTION, ()),
        "table": (SUPPORT, ACTION, ()),
        "draft": (SUPPORT, ACTION, ()),
        "propose": (SUPPORT, ACTION, ()),
        "request": (SUPPORT, ACTION, ()),
        "submit": (SUPPORT, ACTION, ("submitted", "submitting")),
        "ratify": (SUPPORT, ACTION, ()),
        "champion": (SUPPORT, ACTION, ()),
        # seeking the decision: "the plan Georgia had sought" (only with the decision as what
        # is sought: ``_seeks_decision``; not "sought more time", "sought talks")
        "seek": (SUPPORT, ACTION, ("sought", "seeks", "seeking")),
        "spearhead": (SUPPORT, ACTION, ()),
        # read only with the decision as object (``_ON_DECISIONS_ONLY``): "stonewalled the
        # package", "nixed the plan", "killed the draft", "sank the deal", "blessed the
        # mission", "shepherded the text"; not "stonewalled reporters", "killed civilians"
        "stonewall": (OPPOSE, ACTION, ()),
        "nix": (OPPOSE, ACTION, ("nixes", "nixed", "nixing")),
        "kill": (OPPOSE, ACTION, ()),
        "sink": (OPPOSE, ACTION, ("sank", "sunk")),
        "bless": (SUPPORT, ACTION, ()),
        "shepherd": (SUPPORT, ACTION, ()),
        # "okayed the plan", "greenlighted it", "green-lit it", "rubber-stamped the text"
        # (hyphenated: read from the whole word, see ``_cues``), "brokered the deal"
        "okay": (SUPPORT, ACTION, ()),
        "greenlight": (SUPPORT, ACTION, ("green-lit", "greenlit")),
        "rubber-stamp": (SUPPORT, ACTION, ()),
        "broker": (SUPPORT, ACTION, ()),
        # giving up resistance: "Hungary eventually relented", "Slovakia acquiesced"
        "relent": (SUPPORT, ACTION, ()),
        "acquiesce": (SUPPORT, ACTION, ()),
        # complying with a decision, read only negated (``_ONLY_NEGATED``): "does not
        # recognise, will not abide by and will never accept the decision" is refusing it;
        # "will respect the ruling" says no more than that it is binding
        "recognise": (SUPPORT, ACTION, ()),
        "recognize": (SUPPORT, ACTION, ()),
        "respect": (SUPPORT, ACTION, ()),
        "honour": (SUPPORT, ACTION, ()),
        "honor": (SUPPORT, ACTION, ()),
        "abide": (SUPPORT, ACTION, ("abode",)),
        "comply": (SUPPORT, ACTION, ()),
        "obey": (SUPPORT, ACTION, ()),
        "favour": (SUPPORT, ACTION, ()),
        "favor": (SUPPORT, ACTION, ()),
        "accept": (SUPPORT, ACTION, ()),
        "agree": (SUPPORT, ACTION, ("agreed",)),
        # consenting to the decision, read as "agree" is ("consented to the exercise"; not
        # "consented that ..."): a host's or a party's yes
        "consent": (SUPPORT, ACTION, ()),
        # a commitment to a decision is support for it ("pledged troops to the force",
        # "committed to the target"); "pledged to block it" is read from "block" (below)
        "pledge": (SUPPORT, ACTION, ()),
        "commit": (SUPPORT, ACTION, ("committed", "committing")),
        "oppose": (OPPOSE, ACTION, ()),
        "reject": (OPPOSE, ACTION, ()),
        "block": (OPPOSE, ACTION, ()),
        "obstruct": (OPPOSE, ACTION, ()),
        "resist": (OPPOSE, ACTION, ()),
        "object": (OPPOSE, ACTION, ()),
        "stall": (OPPOSE, ACTION, ()),
        # sinking a proposal: "torpedoed the plan", "scuppered the deal", "derailed the talks"
        "torpedo": (OPPOSE, ACTION, ()),
        "scupper": (OPPOSE, ACTION, ()),
        "derail": (OPPOSE, ACTION, ()),
        "thwart": (OPPOSE, ACTION, ()),
        "withhold": (OPPOSE, ACTION, ("withheld",)),
        # "Ireland was outvoted on the directive": the losers voted against it if it was
        # adopted, for it if it failed (no fate told: no stance, as for a win, see
        # ``won_at``); read only in the passive (``_outvoted``: in "the others outvoted
        # Ireland" the voters are the majority, whose side the sentence does not give)
        "outvote": (OPPOSE, VOTE, ()),
        "decide": (NEUTRAL, REACTION, ()),  # only negated: "has not decided"
        "welcome": (SUPPORT, REACTION, ()),
        "praise": (SUPPORT, REACTION, ()),
        "hail": (SUPPORT, REACTION, ()),
        "applaud": (SUPPORT, REACTION, ()),
        "commend": (SUPPORT, REACTION, ()),
        "thank": (SUPPORT, REACTION, ()),
        "laud": (SUPPORT, REACTION, ()),
        "salute": (SUPPORT, REACTION, ()),
        "embrace": (SUPPORT, REACTION, ()),
        # only with the decision as object: "cheered the decision" (not "cheered the team"),
        # "advocated the fund" (not "advocated dialogue")
        "cheer": (SUPPORT, REACTION, ()),
        "advocate": (SUPPORT, REACTION, ()),
        # "promoted the fund", "touted the plan" (not "promoted its envoy", "touted its growth")
        "promote": (SUPPORT, REACTION, ()),
        "tout": (SUPPORT, REACTION, ()),
        # defending the decision is support, defending a veto is opposition (see _cues)
        "defend": (SUPPORT, REACTION, ()),
        "urge": (SUPPORT, REACTION, ()),
        "criticise": (OPPOSE, REACTION, ()),
        "criticize": (OPPOSE, REACTION, ()),
        "condemn": (OPPOSE, REACTION, ()),
        "denounce": (OPPOSE, REACTION, ()),
        "deplore": (OPPOSE, REACTION, ()),
        "decry": (OPPOSE, REACTION, ()),
        "dismiss": (OPPOSE, REACTION, ()),
        "regret": (OPPOSE, REACTION, ("regretted", "regretting")),
        "lament": (OPPOSE, REACTION, ()),
        "slam": (OPPOSE, REACTION, ("slammed", "slamming", "slams")),
        "blast": (OPPOSE, REACTION, ()),
        "lambast": (OPPOSE, REACTION, ()),
        "lambaste": (OPPOSE, REACTION, ()),
        "assail": (OPPOSE, REACTION, ()),
        "castigate": (OPPOSE, REACTION, ()),
        "excoriate": (OPPOSE, REACTION, ()),
        "deride": (OPPOSE, REACTION, ()),
        "pan": (OPPOSE, REACTION, ("panned", "panning", "pans")),
    }
)
# Verbs of other common senses, read only with the decision as what they act on (see above).
_ON_DECISIONS_ONLY = {
    *("stonewall", "nix", "kill", "sink", "bless", "shepherd", "cheer", "advocate"),
    *("okay", "greenlight", "rubber-stamp", "broker", "promote", "tout"),
}
_ONLY_NEGATED = {"recognise", "recognize", "respect", "honour", "honor", "abide", "comply", "obey"}
_RULINGS = {"ruling", "verdict", "opinion", "judgment", "judgement", "award"}


def _complied_with(tok: Any) -> bool:
    """Whether a verb of compliance (``_ONLY_NEGATED``) is negated and its object, or the
    object its list of verbs shares ("does not recognise, will not respect and will never
    accept the decision"), is a decision: not "does not recognise Kosovo"."""
    if not _negated(tok):
        return False
    obj = _target(tok)
    if obj is None:
        prep = next((c for c in tok.children if c.dep_ == "prep"), None)  # "abide by"
        obj = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep else None
    if obj is None:  # the list's shared object, after it
        obj = next(
            (t for t in tok.doc[tok.i + 1 :] if t.dep_ in ("dobj", "pobj") and t.tag_[:2] == "NN"),
            None,
        )
    if obj is None:
        # "made clear it would not comply": a refusal told of the future, with nothing named
        # to comply with, is a refusal of the decision reported (not "had not complied", a
        # past record that may be of earlier texts)
        return tok.lower_ == "comply" and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in tok.children
        )
    word = _word(obj)
    if _statehood_claim(obj):
        return False  # "will not recognise this unilateral declaration": recognition
    if (
        word in ("terms", "provisions")
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children)
        and not any(c.dep_ == "prep" for c in obj.children)
    ):
        return True  # "will not abide by its terms": the decision's own (probe28 3)
    return (word in PROPOSAL_NOUNS or word in _RULINGS) and obj.lower_ not in ("them", "this")


def _statehood_claim(obj: Any) -> bool:
    """Whether a declaration is a territory's claim to statehood ("this unilateral
    declaration", "the declaration of independence", "Kosovo's independence declaration"):
    recognising it or not is each government's act on the new state (recognition), not a
    stance on the decision a council takes about it."""
    if _word(obj) != "declaration":
        return False
    return any(
        c.lower_ in ("unilateral", "independence")
        or c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.lower_ in ("independence", "secession", "statehood") for p in c.children)
        for c in obj.children
    )


# verb + particle or preposition -> (label, tier): "put forward", "held up", "came round"
PHRASAL = {
    ("put", "forward"): (SUPPORT, ACTION),
    ("bring", "forward"): (SUPPORT, ACTION),
    ("hold", "up"): (OPPOSE, ACTION),
    ("vote", "down"): (OPPOSE, VOTE),
    ("come", "round"): (SUPPORT, ACTION),
    ("come", "around"): (SUPPORT, ACTION),
    ("come", "on"): (SUPPORT, ACTION),  # "came on board"
    # "Turkey was won over": its resistance ended (read only in the passive, see _cues:
    # in "the US won over Turkey" the one won over is the object)
    ("win", "over"): (SUPPORT, ACTION),
    ("stand", "aside"): (ABSTAIN, ACTION),
    ("stand", "in"): (OPPOSE, ACTION),  # "stood in the way of the deal"
    ("sign", "up"): (SUPPORT, ACTION),  # "signed up to the deal"
    ("sign", "on"): (SUPPORT, ACTION),
    ("sign", "off"): (SUPPORT, ACTION),  # "signed off on the package"
    ("go", "along"): (SUPPORT, ACTION),  # "went along with the majority"
    ("fall", "in"): (SUPPORT, ACTION),  # "fell in line"
    ("step", "out"): (ABSTAIN, ACTION),
    ("opt", "out"): (ABSTAIN, ACTION),  # "opted out of the scheme"
    ("step", "aside"): (ABSTAIN, ACTION),  # "Japan stepped aside"
    ("push", "through"): (SUPPORT, ACTION),  # "pushed through the plan"
    ("give", "in"): (SUPPORT, ACTION),  # "Belgium gave in": its resistance ended
    ("climb", "down"): (SUPPORT, ACTION),  # "Italy climbed down": its threat withdrawn
    ("back", "down"): (SUPPORT, ACTION),  # "Warsaw backed down"
    ("sit", "out"): (ABSTAIN, ACTION),  # "sat out the vote"
    # idioms of a vote, with the word they need (``_PHRASAL_NEEDS``): "raised his hand
    # against the draft" (not "raised concerns against it"), "sat on their hands as the text
    # passed" (not "sat on the committee")
    ("raise", "against"): (OPPOSE, VOTE),
    ("sit", "on"): (ABSTAIN, ACTION),
    ("stay", "outside"): (ABSTAIN, ACTION),
    ("stay", "out"): (ABSTAIN, ACTION),
    ("stay", "away"): (ABSTAIN, ACTION),
    # "Germany and France held back" (offered nothing when the others pledged): staying out,
    # read only with no object ("held back its support", "held back funds") and no "from"
    ("hold", "back"): (ABSTAIN, REACTION),
    ("call", "for"): (SUPPORT, REACTION),
    ("push", "for"): (SUPPORT, REACTION),
    ("press", "for"): (SUPPORT, REACTION),
    ("lobby", "for"): (SUPPORT, REACTION),
    ("argue", "for"): (SUPPORT, REACTION),
    ("campaign", "for"): (SUPPORT, REACTION),
    # "insisted on the new system" (29-18): only on the decision or a new scheme it brings
    # (``_PHRASAL_ON_DECISIONS``, ``_new_scheme``); "insisted on guarantees", "on waiting",
    # "on the delay" stay no stance here (a delay wish is the shape's: test_draft_delay30)
    ("insist", "on"): (SUPPORT, REACTION),
    ("speak", "against"): (OPPOSE, REACTION),
    # "spoke for the motion" (read only on a decision: "speaking for the Arab Group" is on
    # its behalf, ``_PHRASAL_ON_DECISIONS``)
    ("speak", "for"): (SUPPORT, REACTION),
    ("warn", "against"): (OPPOSE, REACTION),  # "warned against the plan"
    ("protest", "against"): (OPPOSE, REACTION),
    ("balk", "at"): (OPPOSE, REACTION),  # "balked at the cost"
    ("baulk", "at"): (OPPOSE, REACTION),
    ("turn", "down"): (OPPOSE, ACTION),  # "turned down the proposal"
    ("rule", "out"): (OPPOSE, ACTION),  # "ruled out the idea": only a decision (below)
    ("brush", "aside"): (OPPOSE, ACTION),  # "brushed the idea aside": only a decision (below)
    ("ask", "for"): (SUPPORT, REACTION),  # "had asked for the plan": only a decision (below)
    ("throw", "behind"): (SUPPORT, ACTION),  # "threw its weight behind the plan"
    ("put", "behind"): (SUPPORT, ACTION),  # "put its weight behind the plan"
    # read only with the decision as object (``_PHRASAL_ON_DECISIONS``)
    ("get", "behind"): (SUPPORT, ACTION),  # "got behind the plan" (not "behind schedule")
    ("wave", "through"): (SUPPORT, ACTION),  # "waved the package through"
    # taking a text through a body or its talks: "steered the text through the committee",
    # "piloted the draft through the Council", "ushered it through" (not "steered the talks")
    ("steer", "through"): (SUPPORT, ACTION),
    ("pilot", "through"): (SUPPORT, ACTION),
    ("usher", "through"): (SUPPORT, ACTION),
    ("shoot", "down"): (OPPOSE, ACTION),  # "shot down the draft" (not "a drone")
    ("bristle", "at"): (OPPOSE, REACTION),  # "bristled at the plan" (not "at the question")
    ("rail", "against"): (OPPOSE, REACTION),
    ("fight", "for"): (SUPPORT, REACTION),  # "fought for the fund" (not "for independence")
    ("fight", "against"): (OPPOSE, REACTION),
    # "dug in its heels over the package": only "over" or "against" the decision (see
    # ``_dug_in_against``; "dug in its heels on its demand" may be for anything)
    ("dig", "in"): (OPPOSE, REACTION),
    # with the word they need (``_PHRASAL_NEEDS``) and the decision as object only: "poured
    # (threw) cold water on the plan", "took issue with it", "took exception to it", "turned
    # its back on the deal", "walked away from the deal", "frowned on the plan", "paved (or
    # cleared) the way for the fund"; not "walked away from the talks", "paved the way for
    # talks"
    ("pour", "on"): (OPPOSE, REACTION),
    ("throw", "on"): (OPPOSE, REACTION),
    ("take", "with"): (OPPOSE, REACTION),
    ("take", "to"): (OPPOSE, REACTION),
    # "took the line of the text": siding with what a text says, even one blocked
    ("take", "of"): (SUPPORT, REACTION),
    ("turn", "on"): (OPPOSE, ACTION),
    ("walk", "from"): (OPPOSE, ACTION),
    ("frown", "on"): (OPPOSE, REACTION),
    ("frown", "upon"): (OPPOSE, REACTION),
    ("pave", "for"): (SUPPORT, ACTION),
    ("clear", "for"): (SUPPORT, ACTION),
    # a change of side or a taking of one: "swung behind the proposal", "lined up behind it"
    # ("lined up against it"); "swung against the plan" is the change the other way
    ("swing", "behind"): (SUPPORT, ACTION),
    ("swing", "against"): (OPPOSE, ACTION),
    ("line", "behind"): (SUPPORT, ACTION),
    ("line", "against"): (OPPOSE, ACTION),
    # "Ranged against it were A and B": the side taken (on the decision only, not "ranged
    # against the government")
    ("range", "behind"): (SUPPORT, ACTION),
    ("range", "against"): (OPPOSE, ACTION),
    ("rally", "behind"): (SUPPORT, REACTION),
    ("stand", "behind"): (SUPPORT, REACTION),
    ("argue", "against"): (OPPOSE, REACTION),
    ("campaign", "against"): (OPPOSE, REACTION),
    ("lobby", "against"): (OPPOSE, REACTION),
    # "said they disagree with the establishment of the list" (28-20); on the decision only
    # (``_PHRASAL_ON_DECISIONS``): not "disagreed with the Dutch leader", and "disagree on
    # how it should work" (28-19) has no "with"
    ("disagree", "with"): (OPPOSE, REACTION),
}
_HIDDEN_PLACES = {"scenes", "scene", "doors", "curtain"}


def _went_along_bare(tok: Any) -> bool:
    """ "Hungary grumbled but went along": going along with nothing after it is going along
    with what was decided (not "went along the border", "went along to the summit")."""
    along = [c for c in tok.children if c.lower_ == "along"]
    return (
        len(along) == 1
        and not list(along[0].children)
        and not any(c.dep_ in ("prep", "dobj", "xcomp", "advcl", "ccomp") for c in tok.children)
        and along[0].i == tok.i + 1
    )


def _behind_scenes(tok: Any) -> bool:
    """Whether every "behind" of ``tok`` is "behind the scenes" or "behind closed doors"."""
    objs = [p for c in tok.children if c.lower_ == "behind" for p in c.children]
    return bool(objs) and all(p.lower_ in _HIDDEN_PLACES for p in objs if p.dep_ == "pobj")


# Phrasal cues of a change or a taking of side: negated, they say only that the actor stayed
# where it stood (no stance; see ``_cues``).
_CHANGE_OF_SIDE = {
    ("swing", "behind"),
    ("swing", "against"),
    ("line", "behind"),
    ("line", "against"),
    ("range", "behind"),
    ("range", "against"),
    ("come", "round"),
    ("come", "around"),
    ("fall", "in"),
    ("win", "over"),  # "Turkey was not won over"
}
# Phrasal cues read only without an object.  ("held out" is not read at all: in reports it
# is the negotiating position the decision ended, "after talks in which Poland held out for
# guarantees", and as a stance it contradicts the count of the decision taken.)
_PHRASAL_INTRANSITIVE: set[tuple[str, str]] = {("give", "in"), ("hold", "back")}
_CLIMB_DOWN = {("climb", "down"), ("back", "down")}
_PHRASAL_INTRANSITIVE |= _CLIMB_DOWN
# Phrasal cues read only when their object names the decision: "ruled out the idea" or "the
# step" is opposing it, but "ruled out a veto" (not opposing) or "ruled out any link" (no
# decision) is no stance; "asked for the plan" is support, "asked for a delay" or "for
# talks" none (a delay can stand in the way of the decision, or be the decision itself).
_PHRASAL_OBJECTS: dict[tuple[str, str], frozenset[str]] = {
    ("rule", "out"): frozenset({"idea", "option", "proposal", "plan", "step", "move"}),
    # ("brushed aside criticism", "the concerns": no decision)
    ("brush", "aside"): frozenset({"idea", "proposal", "plan", "call", "calls", "suggestion"}),
    # ("asked for an urgent meeting of the Council", as "requested the meeting")
    ("ask", "for"): frozenset(
        {"proposal", "plan", "resolution", "text", "draft", "package", "meeting", "session"}
        # what the decision sets up or is ("had asked for the mission", "for the move")
        | {"mission", "move", "measure", "step", "deployment", "operation"}
    ),
}
# What a state asks the deciders themselves for ("asked the Council for help in restoring
# order"): the help the decision gives; asked of anyone else ("asked its neighbours for help")
# it is no stance on the decision.
_ASKED_OF_THE_BODY = frozenset({"help", "assistance", "protection"})
# Staying out of a standing structure is where a state already stands, not a choice on the
# decision: "France will return to the Military Committee, though it will stay outside the
# integrated military command" (no abstention on the return), "Denmark stays outside the euro".
# Staying out of what the decision sets up ("the new system", "the scheme", "the vote") is.
_STAY_OUT = {("stay", "outside"), ("stay", "out")}
_STANDING_STRUCTURES = {
    "command",
    "structure",
    "structures",
    "euro",
    "eurozone",
    "schengen",
}


_MAKE = _inflect("make", "made", "making")


def _made_a_priority(tok: Any) -> bool:
    """Whether ``tok`` makes something a priority ("the presidency had made the declaration its
    priority", "made the pledge a top priority"): wanting it.  Not negated."""
    return (
        tok.lower_ in _MAKE
        and not _negated(tok)
        and any(
            c.lower_ in ("priority", "priorities")
            and c.dep_ in ("dobj", "ccomp", "oprd", "attr")
            or _one_of_priorities(c)
            for c in tok.children
        )
    )


def _one_of_priorities(c: Any) -> bool:
    """ "one of its priorities" (32-09's "had made the post one of its priorities")."""
    if c.dep_ not in ("dobj", "ccomp", "oprd", "attr") or c.lower_ != "one":
        return False
    return any(p.lower_ == "priorities" for k in c.children if k.lower_ == "of" for p in k.children)


_LEAVE = _inflect("leave", "left")


def _left_the_room(tok: Any) -> bool:
    """Whether ``tok`` is "left the room": a leader stepping out of the summit room so the
    others can decide without a veto (an abstention, as "stepped out")."""
    return tok.lower_ in _LEAVE and any(
        c.dep_ == "dobj"
        and c.lower_ == "room"
        and any(k.dep_ == "det" and k.lower_ == "the" for k in c.children)
        for c in tok.children
    )


def _asks_the_body(tok: Any, obj: Any | None) -> bool:
    """Whether "asked ... for" asks the deciding body itself for help ("asked the Council for
    help in restoring order"): the body the object, help what the "for" phrase names.  With no
    object, the body written to ("wrote to the Council asking for help")."""
    if obj is None or obj.dep_ != "dobj":
        obj = _written_to(tok)
    if obj is None or obj.dep_ not in ("dobj", "pobj") or obj.lower_ not in _BODY_NOUNS:
        return False
    for p in tok.subtree:
        if p.dep_ != "pobj" or p.lower_ not in _ASKED_OF_THE_BODY or p.head.lower_ != "for":
            continue
        # the "for" on the verb, or on a phrase of it ("asked the Council in a letter of its
        # own for help")
        node = p.head
        while node.i != tok.i and node.dep_ in ("prep", "pobj"):
            node = node.head
        if node.i == tok.i:
            return True
    return False


# Writing, appealing or turning to the body ("wrote to the Council asking for help")
_WROTE_TO = _inflect("write", "wrote", "written") | _inflect("appeal") | _inflect("turn")


def _written_to(tok: Any) -> Any | None:
    """The one written to when ``tok`` ("asking") is what a letter asked: "wrote to the
    Council asking for help", "turned to the Council asking for protection"; else None."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head.lower_ not in _WROTE_TO:
        return None
    to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None


# Asking for a meeting to denounce something ("asked for an urgent meeting of the Council to
# denounce the strikes"): the meeting's purpose is a protest, and the text voted there may be
# the very one protested (drafted by the state carrying out the strikes), so asking for it is
# no stance on the text; a meeting asked for with no such purpose stays support.
_MEETINGS = {"meeting", "meetings", "session"}


def _meeting_to_protest(tok: Any) -> bool:
    """Whether ``tok`` (asked, requested, called) asks for a meeting whose purpose, an
    infinitive on the meeting or on the verb, denounces something."""
    meetings = [
        o
        for c in tok.children
        for o in ([c] if c.dep_ == "dobj" else c.children if c.lower_ == "for" else [])
        if o.dep_ in ("dobj", "pobj") and o.lower_ in _MEETINGS
    ]
    if not meetings:
        return False
    purposes = [c for m in meetings for c in m.children if c.dep_ in ("relcl", "acl")]
    purposes += [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
    return any(
        (p.lower_ in _NEGATIVE_REACTIONS or p.lower_ == "protest")
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in p.children)
        for p in purposes
    )


# Asking for a vote is a procedure, not a side: in the Assembly a vote (a recorded one above
# all) is asked for by the text's opponents, to break a consensus; in the Council by its
# sponsors.  "called for a vote", "requested a recorded vote": no stance (bringing the text to
# its vote, "forced a vote", "put it to a vote", is ``_calls_vote``'s).
_ASKING_FOR = {("ask", "for"), ("call", "for"), ("push", "for"), ("press", "for")}


def _asks_a_vote_or_delay(tok: Any) -> bool:
    """Whether ``tok`` (asked for, called for, requested) asks for a vote ("called for the
    vote", "requested a recorded vote") or, in a "that" clause, for anything but the decision's
    being taken ("requested that the vote be put off", "that the text not be adopted"; not
    "requested that the Council adopt the text")."""
    obj = _target(tok)
    if obj is not None and obj.lower_ in _VOTE_NOUNS:
        return True
    for c in tok.children:
        if c.dep_ == "ccomp" and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
            return _negated(c) or c.lower_ not in _ASKED_ACTS
    return False


# Procedures a body may itself decide to hold, asked for as the one in focus ("asked for the
# review", "for the briefing" of a procedural vote): the decision
_FOCUSED_PROCEDURES = {"review", "briefing"}


def _the_review(obj: Any | None) -> bool:
    """ "asked for the review", "asked for the briefing": the procedure in focus, the decision
    (not "a review of the sanctions", which may be a review of the very measure decided, nor
    "a review", "a briefing": one more asked for besides).  Only where or when it is held may
    follow ("the briefing in closed consultations")."""
    return (
        obj is not None
        and obj.lower_ in _FOCUSED_PROCEDURES
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        and not any(c.dep_ == "prep" and c.lower_ not in ("in", "at") for c in obj.children)
    )


def _stays_out_of_standing(tok: Any) -> bool:
    """Whether "stay outside" / "stay out of" on ``tok`` names a standing structure as what is
    stayed out of (the object of "outside", or of "of" after "out")."""
    for c in tok.children:
        if c.lower_ == "outside" and c.dep_ in ("prep", "advmod", "prt"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
        elif c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep"):
            objs = [
                o
                for p in (*c.children, *tok.children)
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        else:
            continue
        if any(o.lower_ in _STANDING_STRUCTURES or _word(o) in _STANDING_STRUCTURES for o in objs):
            return True
    return False


# Phrasal cues that need a further word: "came on board", "fell in line", "went along with".
_PHRASAL_NEEDS = {
    ("stand", "in"): "way",
    ("come", "on"): "board",
    ("fall", "in"): "line",
    ("go", "along"): "with",
    ("throw", "behind"): "weight",
    ("put", "behind"): "weight",  # not "put the dispute behind them"
    ("dig", "in"): "heels",
    ("pour", "on"): "water",
    ("throw", "on"): "water",
    ("take", "with"): "issue",
    ("take", "to"): "exception",
    ("take", "of"): "line",
    ("turn", "on"): "back",
    ("walk", "from"): "away",
    ("pave", "for"): "way",
    ("clear", "for"): "way",
    ("raise", "against"): "hand",
    ("sit", "on"): "hands",
}
# ... and not on talks, which one may walk away from or pave the way for without a stance
# on any decision ("walked away from the talks", "paved the way for talks with Moscow")
_ON_DECISIONS_NOT_TALKS = {
    *(("pour", "on"), ("throw", "on"), ("take", "with"), ("take", "to"), ("turn", "on")),
    ("take", "of"),
    *(("walk", "from"), ("frown", "on"), ("frown", "upon"), ("pave", "for"), ("clear", "for")),
    *(("steer", "through"), ("pilot", "through"), ("usher", "through")),
}
_TALKS_WORDS = {"talks", "negotiations", "negotiation", "dialogue", "process", "meeting"}
_PHRASAL_ON_DECISIONS = {
    ("get", "behind"),
    ("wave", "through"),
    ("shoot", "down"),
    ("bristle", "at"),
    ("rail", "against"),
    ("fight", "for"),
    ("fight", "against"),
    ("speak", "for"),
    ("range", "behind"),
    ("range", "against"),
    ("disagree", "with"),
    ("insist", "on"),
    *_ON_DECISIONS_NOT_TALKS,
}
_PHRASAL_FORMS = {
    form: lemma
    for lemma in {v for v, _ in PHRASAL}
    for form in _inflect(
        lemma,
        *{
            "put": ("put",),
            "bring": ("brought",),
            "hold": ("held",),
            "come": ("came",),
            "stand": ("stood",),
            "step": ("stepped", "stepping"),
            "speak": ("spoke", "spoken"),
            "go": ("went", "gone", "goes"),
            "fall": ("fell", "fallen"),
            "sit": ("sat", "sitting"),
            "throw": ("threw", "thrown"),
            "swing": ("swung",),
            "give": ("gave", "given"),
            "get": ("got", "gotten", "getting"),
            "shoot": ("shot", "shooting"),
            "fight": ("fought",),
            "dig": ("dug", "digging"),
            "take": ("took", "taken"),
            "win": ("won", "winning"),
        }.get(lemma, ()),
    )
}
# Only as the passive "by" (participle) form: "co-written by", "prepared by", "led by".
AGENT_ONLY = {
    "prepared",
    "written",
    "co-written",
    "brought",
    "led",
    "authored",
    "co-authored",  # kept one token by the tokenizer (``nlp._WHOLE_VERBS``)
    "presented",
    "introduced",
    "drawn",
    "penned",
    "pushed",  # "the decision was pushed by Germany"
}
# Putting an idea forward, only with the proposal as what is put forward ("the idea, floated
# by Merkel and Macron", "the plan was mooted by Paris"; not "an abstention suggested by
# Scholz", a way of standing aside).
PROPOSER_ONLY = {"floated", "mooted", "suggested", "initiated", "devised", "conceived"}
# Nouns that carry a stance when an actor owns them ("Russia's veto", "the American veto").
NOUNS = {
    "veto": (OPPOSE, VOTE),
    "vetoes": (OPPOSE, VOTE),
    "abstention": (ABSTAIN, VOTE),
    "abstentions": (ABSTAIN, VOTE),
    "support": (SUPPORT, ACTION),
    "backing": (SUPPORT, ACTION),
    "approval": (SUPPORT, ACTION),
    "endorsement": (SUPPORT, ACTION),
    "objection": (OPPOSE, ACTION),
    "objections": (OPPOSE, ACTION),
    "opposition": (OPPOSE, ACTION),
    "rejection": (OPPOSE, ACTION),
    "ratification": (SUPPORT, ACTION),
    "blessing": (SUPPORT, ACTION),
    "consent": (SUPPORT, ACTION),
    "assent": (SUPPORT, ACTION),  # "gave its assent"
    "go-ahead": (SUPPORT, ACTION),  # "gave the go-ahead"
    "green light": (SUPPORT, ACTION),  # "gave the green light", read in _noun_key
    # read in _noun_key: "gave the thumbs-up", "gave its seal of approval" (as "approval"),
    # "Britain's no vote" (only with its owner: "there was no vote" is none)
    "thumbs-up": (SUPPORT, ACTION),
    "no vote": (OPPOSE, VOTE),
    # "the fund, Macron's brainchild": its owner's idea
    "brainchild": (SUPPORT, ACTION),
}
# Verbs whose subject owns the stance noun they take as object ("cast its veto", "voiced its
# opposition", "reiterated its support"); any other verb comments on it ("called the veto a
# disgrace", "likened the veto to ...") and gives its subject no stance through the noun.
CARRIERS = {
    form
    for v in (
        "cast",
        "use",
        "wield",
        "exercise",
        "issue",
        "invoke",
        "deploy",
        "threaten",
        "express",
        "voice",
        "lodge",
        "register",
        "raise",
        "maintain",
        "keep",
        "reiterate",
        "restate",
        "repeat",
        "renew",
        "confirm",
        "signal",
        "offer",
        "pledge",
        "lend",
        "give",
        "announce",
        "declare",
        "state",
        "make",
        "have",
        "hold",
        "extend",
        "throw",
        "show",
        "add",
        "put",
        "stick",
        "lead",  # "Hungary led opposition to the plan"
        "head",
        "complete",  # "would complete ratification quickly"
        "finish",
    )
    for form in _inflect(
        v,
        "led",
        "cast",
        "kept",
        "gave",
        "given",
        "made",
        "had",
        "has",
        "held",
        "threw",
        "thrown",
        "shown",
        "put",
        "stuck",
        "lent",
        "signalled",  # the British spelling: "signalled its backing for the fund"
        "signalling",
    )
}
# People named by their role towards the proposal: "Supporters, including the United States and
# Japan, said ..."; "opponents such as Hungary".
ROLE_NOUNS = {
    "supporters": SUPPORT,
    "backers": SUPPORT,
    "sponsors": SUPPORT,
    "co-sponsors": SUPPORT,
    "cosponsors": SUPPORT,
    "proponents": SUPPORT,
    "champions": SUPPORT,
    "architects": SUPPORT,
    "advocates": SUPPORT,
    "opponents": OPPOSE,
    "holdouts": OPPOSE,
    "objectors": OPPOSE,
    "critics": OPPOSE,
    "dissenters": OPPOSE,
}
# One actor named by its role, in apposition or after a copula: "Germany, a strong backer of
# the plan, ..."; "Hungary was the lone holdout"; "Poland, the measure's main champion".
ROLE_NOUN = {
    "supporter": SUPPORT,
    "backer": SUPPORT,
    "sponsor": SUPPORT,
    "co-sponsor": SUPPORT,
    "cosponsor": SUPPORT,
    "proponent": SUPPORT,
    "champion": SUPPORT,
    "advocate": SUPPORT,
    "architect": SUPPORT,
    # the state that wrote the text: "Germany, the text's author, ...", "the author of the
    # draft"; the Council's "penholder" drafts its texts on a file
    "author": SUPPORT,
    "co-author": SUPPORT,
    "drafter": SUPPORT,
    "penholder": SUPPORT,
    "opponent": OPPOSE,
    "objector": OPPOSE,
    "critic": OPPOSE,
    # "Russia was the lone dissenter", "China, the only abstainer, said ..."
    "dissenter": OPPOSE,
    "abstainer": ABSTAIN,
    # "Germany was the driving force behind the fund" (only driving, only behind a decision:
    # see ``_role_of_decision``; not "a force for stability")
    "force": SUPPORT,
}
ADJECTIVES = {
    "opposed": (OPPOSE, ACTION),
    "supportive": (SUPPORT, ACTION),
    "undecided": (NEUTRAL, REACTION),
    "cautious": (NEUTRAL, REACTION),
    "sceptical": (NEUTRAL, REACTION),
    "skeptical": (NEUTRAL, REACTION),
    "noncommittal": (NEUTRAL, REACTION),
    "ambivalent": (NEUTRAL, REACTION),
    "hesitant": (NEUTRAL, REACTION),
    "reluctant": (NEUTRAL, REACTION),
    "confident": (SUPPORT, REACTION),
    "favourable": (SUPPORT, REACTION),
    "favorable": (SUPPORT, REACTION),
    # pleased with the outcome: "Berlin was satisfied", "Rome was pleased"
    "satisfied": (SUPPORT, REACTION),
    "pleased": (SUPPORT, REACTION),
    # displeased with it: "Moscow was critical", "Ankara was unhappy with the plan" (read only
    # of the state itself and of the decision: see ``_displeased_with_it``)
    "critical": (OPPOSE, REACTION),
    "unhappy": (OPPOSE, REACTION),
}
# The adjectives of displeasure (anger at the decision is ``_indignations``'), and the
# prepositions that give what an adjective is about.
_DISPLEASED = {"critical", "unhappy"}
_ADJECTIVE_PREPS = ("of", "to", "with", "about", "at", "by", "over")
# Objects that stand against the proposal: welcoming one is opposing the proposal.
NEGATIVE_OBJECTS = {
    "veto",
    "vetoes",
    "delay",
    "delays",
    "failure",
    "blocking",
    "blockage",
    "rejection",
    "obstruction",
    "deadlock",
    "postponement",
    "collapse",
    "objection",
    "objections",
    "opposition",
    "resistance",
    "misgivings",
    "qualms",
    "obstacle",
    "obstacles",
    "stalemate",
    "holdout",
    "hurdle",
    "impasse",
    # a text's end: "applauded the defeat of the US text", "welcomed the draft's demise"
    "defeat",
    "demise",
    "scuttling",
    "sinking",
}
# Removing a negative object is support: "lifted his objection", "dropped the veto";
# removing a positive one is opposition: "withdrew its support", "dropped its backing".
REMOVAL = {
    form
    for v in (
        "lift",
        "drop",
        "withdraw",
        "abandon",
        "remove",
        "end",
        "overcome",
        "waive",
        "ease",
        "pull",
        "rescind",
        "retract",
        "relinquish",
    )
    for form in _inflect(v, "withdrew", "withdrawn", "overcame", "dropped", "dropping")
}
# Verb + particle that remove what follows: "gave up its veto", "set aside its objections".
_REMOVAL_PHRASAL = {
    **{f: "up" for f in _inflect("give", "gave", "given")},
    **{f: "aside" for f in _inflect("set", "set", "setting")},
    **{f: "aside" for f in _inflect("put", "put", "putting")},
}
# What a removal verb can take that stands in the proposal's way: the negative objects, and
# holds, blocks and reservations ("lifted its hold", "withdrew its reservations").
BLOCKING = NEGATIVE_OBJECTS | {
    "hold",
    "holds",
    "block",
    "blockade",
    "reservation",
    "reservations",
    "threat",  # only as a veto or block threat: see _blocking
    "threats",
}
# What a removal verb can take that stands behind the proposal ("withdrew its support").
BACKING = {
    "support",
    "backing",
    "approval",
    "endorsement",
    "consent",
    "blessing",
    "sponsorship",
    "co-sponsorship",
}
# Objects that are the decision itself (a reaction with any other object is not a stance,
# except for "thank/welcome/praise", whose object may be the deciders).
PROPOSAL_NOUNS = {
    "resolution",
    "text",
    "draft",
    "proposal",
    "plan",
    "package",
    "deal",
    "agreement",
    "law",
    "regulation",
    "decision",
    "measure",
    "measures",
    "vote",
    "result",
    "outcome",
    "bid",
    "membership",
    "accession",
    "nomination",
    "compromise",
    "initiative",
    "motion",
    "treaty",
    "ceasefire",
    "truce",
    "pause",
    "pauses",
    "sanctions",
    "tariffs",
    "duties",
    "facility",
    "fund",
    "programme",
    "program",
    "solution",
    "step",
    "move",
    "reform",
    "directive",
    "declaration",
    "statement",
    "appointment",
    "candidacy",
    "application",
    "it",
    "this",
    "adoption",
    "tally",
    "them",
    # what a decision does, named as its result ("condemned the expulsions", "denounced
    # the deployment", "hailed the reinforcement")
    "decisions",
    "deployment",
    "deployments",
    "expulsion",
    "expulsions",
    "build-up",
    "buildup",
    "invitation",
    "reinforcement",
    "enlargement",
    "expansion",
    "loan",
    "embargo",
    "ban",
    "cap",
    "pledge",
    "commitment",
    # the adopted text by its plainest name ("Beijing condemned the document", "welcomed the
    # document the leaders signed")
    "document",
    # a summit's adopted text ("disappointed by the conclusions", "welcomed the conclusions")
    "conclusions",
}
MEMBERSHIP_NOUNS = {
    "membership",
    "admission",
    "accession",
    "bid",
    "application",
    "candidacy",
    "nomination",
    "entry",
    "appointment",
    "reappointment",
    "election",
}
# An actor's own act as the object of a reaction ("Austria's decision", "Hungary's move").
ACTS_OF = {"decision", "move", "position", "stance", "choice", "step", "refusal", "stand"}
# A state's vote is its act too: "criticised Romania's no vote" reacts to Romania's vote, not
# to the decision (read as an act: for the text when that vote stood against it)
ACTS_OF |= {"vote", "votes", "abstention", "abstentions"}
_POSITIVE_REACTIONS = {"welcome", "praise", "hail", "applaud", "commend", "thank"}
_NEGATIVE_REACTIONS = {
    "criticise",
    "criticize",
    "condemn",
    "denounce",
    "deplore",
    "decry",
    "excoriate",
    "deride",
    "pan",
    "dismiss",
    "regret",
    "lament",
    "slam",
    "blast",
    "lambast",
    "lambaste",
    "assail",
    "castigate",
}
# Positive reactions whose object must be the decision (or what stands in its way): unlike
# welcoming or praising, embracing or defending someone is no stance on the decision.
_CHOSEN_REACTIONS = {"defend", "embrace"}
# People a host welcomes to a place: "Lithuania welcomed leaders to Vilnius" is no reaction to
# a decision.
_GUESTS = {
    *("leaders", "leader", "ministers", "minister", "delegates", "delegations", "delegation"),
    *("guests", "participants", "counterparts", "visitors", "heads", "envoys", "diplomats"),
    *("allies", "president", "premier", "chancellor", "king", "queen", "officials"),
}
_RIDES = {"taxi", "taxis", "cab", "cabs", "car", "ride"}
_JOIN = {"join", "joins", "joined", "joining"}
# Nouns that only name the state an "of" phrase gives: "the island nation of Palau".
_NATION_NOUNS = {"nation", "country", "state", "island", "kingdom", "republic"}
_BECOME = {"become", "becomes", "became", "becoming"}
# "Russia voted with the United States", "Hungary sided with Russia": the follower takes the
# leader's stance on the same decision, once the leader's is known (label FOLLOW, the leaders
# in the cue as "with:USA,GBR"; drafting resolves it after the leaders' stances).
FOLLOW = "follow"
FOLLOW_VERBS = {form for v in ("vote", "side", "align") for form in _inflect(v)}
# The leader of "voted with the majority" (FOLLOW "with:majority"): the side of the issue's
# count with more than half of the votes cast.
MAJORITY = "majority"
_MINORITY_WORDS = {"minority", "few", "handful"}


def _joins_the_majority(tok: Any) -> bool:
    """Whether ``tok`` ("joined") has "the majority" as its object, bare: not "the majority of
    states that wanted a delay", nor "the large majority", a camp in the debate as often as the
    vote's side (test_draft_unga22's near miss)."""
    return any(
        c.dep_ == "dobj" and c.lower_ == "majority" and all(k.dep_ == "det" for k in c.children)
        for c in tok.children
    )


_MOVES = {f for v in ("move", "switch", "swing", "cross") for f in _inflect(v, "swung")}


def _moved_into_majority(tok: Any) -> bool:
    """ "Canada, China and France moved into the majority" (33-26), "switched to the
    majority": joining it, the bare majority only (as :func:`_joins_the_majority`)."""
    return tok.lower_ in _MOVES and any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "to")
        and any(
            p.dep_ == "pobj" and p.lower_ == "majority" and all(k.dep_ == "det" for k in p.children)
            for p in c.children
        )
        for c in tok.children
    )


def _with_the_majority(tok: Any) -> bool:
    """Whether ``tok`` ("voted") has "with the (overwhelming) majority" and nothing else that
    says what it voted for ("voted with the majority of the Council", not "with a majority of
    its neighbours against").  "Sided" or "aligned" only with a bare majority ("India sided
    with the majority"): "sided with the majority of member states that wanted a delay" may be
    a camp in the debate, not the vote's majority."""
    voted = tok.lower_.startswith("vot")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if voted and p.dep_ == "pobj" and _the_many_others(p):
                    # "voted with the other twelve", "with the other fourteen members": the
                    # rest of the members, eight or more, are the majority (33-02)
                    # (not "against" or "for" of its own; a clause after it may say either)
                    return not any(
                        t.lower_ in ("against", "for")
                        for k in tok.children
                        if k.dep_ not in ("conj", "cc", "punct", "relcl", "advcl")
                        for t in k.subtree
                    )
                if p.dep_ == "pobj" and p.lower_ == "majority":
                    if not voted and any(k.dep_ not in ("det", "amod") for k in p.children):
                        return False
                    return not any(
                        t.lower_ in _MINORITY_WORDS or t.lower_ in ("against", "for")
                        for t in tok.subtree
                    )
    return False


def _the_many_others(noun: Any) -> bool:
    """ "the other twelve", "the other fourteen members": eight or more others, by number."""
    from concilium.text.counts import number

    if not any(k.dep_ == "amod" and k.lower_ == "other" for k in noun.children):
        return False
    count = (
        noun if noun.tag_ == "CD" else next((k for k in noun.children if k.dep_ == "nummod"), None)
    )
    if count is None or (noun.tag_ != "CD" and noun.lower_ not in _SIDE_NOUNS):
        return False
    n = number(count.text)
    return n is not None and n >= 8


def _with_the_proposer(tok: Any) -> bool:
    """Whether ``tok`` ("sided", "aligned") is "with the (European) Commission", the EU's
    proposer: the side of its proposal (not "the Commission on Human Rights", another body,
    nor "with the Commission against the plan")."""
    return any(
        p.dep_ == "pobj"
        and p.text == "Commission"
        and not any(k.dep_ == "prep" for k in p.children)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
    ) and not any(c.lower_ in ("against", "for") for c in tok.children)


_QUANTIFIERS = {"both", "all", "each"}
_EXCEPT = {"but", "except", "bar", "save", "excluding", "apart", "not"}
_ALL_WORDS = {"all", "every", "everyone", "everybody"}
# Nouns for other parties of an actor: "Washington's allies", "Russia's neighbours" are not
# Washington or Russia, so their possessor is no owner of the noun's stance.
# One other party a noun names beside its possessor ("the Soviet Union, Baghdad's main arms
# supplier, voted with ...": the supplier, not Baghdad).
_OTHER_PARTY = {
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "friend",
    "rival",
    "adversary",
    "enemy",
    "critic",
    "supplier",
    "backer",
    "patron",
    "protector",
    "creditor",
}
OTHERS_NOUNS = {
    "allies",
    "partners",
    "neighbours",
    "neighbors",
    "friends",
    "rivals",
    "adversaries",
    "enemies",
    "critics",
}
_OTHERS = {"others", "rest", "remainder"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
_PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "our"}
_RELATIVE = {"which", "who", "that", "whom"}
# What "whose" owns that is the state of the noun it hangs on ("the envoy, whose country
# voted against"; "whose delegation abstained").
_WHOSE_STATE = {"country", "government", "delegation", "nation"}
_LIST_MARKERS = {":", "—", "–", "-", "including", "among", "namely", "notably"}
_AGAINST_VERBS = {
    form
    for v in ("speak", "argue", "campaign", "lobby", "side", "stand", "remain", "be", "come")
    for form in _inflect(v, "spoke", "stood", "came", "is", "are", "was", "were", "been")
}
_FLIP = {SUPPORT: OPPOSE, OPPOSE: SUPPORT, ABSTAIN: ABSTAIN}


_REFLEXIVES = {"itself", "themselves", "himself", "herself"}


_FIRM = {"firm", "firmly", "fast", "resolute", "resolutely"}


def _firm_against(c: Any) -> bool:
    """Whether a verb's complement is "firm against" something ("stood firm against the
    plan", "remained resolutely against it"), the "against" hung on the adjective; only a
    decision (not "stood firm against Russian pressure")."""
    return (
        c.dep_ in ("acomp", "advmod", "oprd")
        and c.lower_ in _FIRM
        and any(
            k.dep_ == "prep" and k.lower_ == "against" and _on_a_decision(o)
            for k in c.children
            for o in k.children
            if o.dep_ == "pobj"
        )
    )


def _sets_itself_against(verb: Any) -> bool:
    """ "Budapest set itself firmly against the idea": opposition, as "stood against" (not
    "set itself a deadline", nor a denied "did not set itself against it")."""
    return (
        verb.lower_ in ("set", "sets", "setting")
        and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
        and not _negated(verb)
    )


# Wanting the decision taken soon is wanting it: "demanded swift agreement", "wanted a quick
# deal" (a bare "demanded a deal" may set conditions, and is left).
_SOON = {"swift", "quick", "rapid", "speedy", "prompt", "early", "fast", "immediate"}
_AGREEMENT_NOUNS = {"agreement", "deal", "decision", "adoption", "approval", "accord"}
_WANT_SOON = {f for v in ("demand", "want", "seek") for f in _inflect(v, "sought")}


def _wants_it_soon(verb: Any) -> Any | None:
    """The speed word when ``verb`` wants the decision soon ("demanding swift agreement"),
    else None (not when denied: "did not want a quick deal")."""
    if verb.lower_ not in _WANT_SOON or _negated(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _AGREEMENT_NOUNS:
        return None
    return next((c for c in obj.children if c.dep_ == "amod" and c.lower_ in _SOON), None)


# Wanting a measure kept or ended, told by what should become of it: "wanted the sanctions
# kept" (support), "wants the embargo lifted" (oppose).  Only keeping or ending: "wanted the
# sanctions reviewed" tells neither.
_KEPT_FATES = {
    "kept",
    "extended",
    "renewed",
    "maintained",
    "prolonged",
    "retained",
    "continued",
    "rolled",  # "rolled over"
}
_ENDED_FATES = {
    "lifted",
    "eased",
    "scrapped",
    "removed",
    "ended",
    "dropped",
    "suspended",
    "relaxed",
    "loosened",
    "phased",  # "phased out"
}


def _wants_measure_kept(verb: Any) -> tuple[str, Any, Any] | None:
    """(label, measure noun, participle) for "wanted the sanctions kept", "wants the ban
    lifted": a small clause on a wish with a measure as its subject and no verb of its own
    ("wanted the sanctions to be reviewed" and "wanted the ban lifted if ..." tell other
    things); else None, also when denied ("did not want the sanctions lifted")."""
    if verb.lower_ not in _WANT_SOON or not verb.tag_.startswith("VB") or _negated(verb):
        return None
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lower_ not in _KEPT_FATES | _ENDED_FATES:
            continue
        if c.lower_ == "rolled" and not any(k.lower_ == "over" for k in c.children):
            continue
        subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in _MEASURES:
            continue
        if _negated(c) or any(
            k.dep_ in ("aux", "auxpass", "advcl", "mark")
            or (k.dep_ == "prep" and k.lower_ in _CONDITION_PREPS)
            for k in c.children
        ):
            continue
        return (SUPPORT if c.lower_ in _KEPT_FATES else OPPOSE), subj, c
    return None


# Wanting a decision in force is wanting it: "Berlin wanted the agreement to come into force
# soon", "wants the treaty to enter into force"; also wanting it adopted or ratified.
_IN_FORCE = {f for v in ("come", "enter") for f in _inflect(v, "came", "entered")}
_WANTED_DONE = {"adopted", "approved", "ratified", "signed"}


def _wants_it_in_force(verb: Any) -> tuple[Any, Any] | None:
    """(decision noun, clause verb) when ``verb`` wants the decision in force, adopted or
    ratified ("wanted the agreement to come into force", "wanted the pact to be ratified"),
    else None: not when denied ("did not want the pact to enter into force"), nor another
    fate ("wanted the agreement to be renegotiated"), nor on a condition ("to enter into
    force only after a review", "unless ...")."""
    if verb.lower_ not in _WANT_SOON or not verb.tag_.startswith("VB") or _negated(verb):
        return None
    clauses = [
        (c, next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None))
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
    ] + [
        (a, c)  # "wants the agreement to enter into force", parsed with the clause on the noun
        for c in verb.children
        if c.dep_ == "dobj"
        for a in c.children
        if a.dep_ == "acl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in a.children)
    ]
    for c, subj in clauses:
        if subj is None or subj.lower_ not in _AGREEMENT_NOUNS | {"treaty", "pact"}:
            continue
        if _negated(c) or any(
            k.dep_ in ("advcl", "mark") or (k.dep_ == "prep" and k.lower_ in _CONDITION_PREPS)
            for k in c.children
        ):
            continue
        into_force = c.lower_ in _IN_FORCE and any(
            k.dep_ == "prep" and k.lower_ == "into" and any(p.lower_ == "force" for p in k.children)
            for k in c.children
        )
        passive = any(k.dep_ == "auxpass" for k in c.children)
        if into_force or (passive and c.lower_ in _WANTED_DONE):
            return subj, c
    return None


# what makes a wish for a decision conditional: "to enter into force only after a review"
_CONDITION_PREPS = {"after", "until", "unless", "provided", "once"}


# Wanting the text put out, or the measure adopted, is wanting it: "France wanted the text
# published", "wanted a cap set at European level", "did not want the statement issued" (the
# negation is read as for any support cue).  Only a text put out ("wanted the names
# published" is not) and only a decision adopted ("wanted the vote set for Monday", "wanted
# the text amended" tell neither).
_ISSUED_TEXTS = {"statement", "declaration", "communique", "communiqué"}  # and TEXT_NOUNS
_WANTED_ADOPTED = {"adopted", "approved", "passed", "endorsed", "introduced", "imposed", "set"}
_ISSUED = {"published", "issued", "released"} | _WANTED_ADOPTED
# proposal nouns that are no measure one wants adopted
# a particle that undoes the adoption: "set aside", "set back", "passed over"
_SET_ASIDE = {"aside", "back", "off", "out", "down", "over", "apart", "up"}
_NO_MEASURES = {"vote", "result", "outcome", "step", "move", "bid", "solution", "membership"}


def _wants_text_issued(verb: Any) -> tuple[Any, Any] | None:
    """(text noun, participle) when ``verb`` wants a text issued or adopted in a small clause
    ("wanted the text published", "wants the statement to be issued"), else None: not on a
    condition ("published only after the vote"), nor with a clause negated of its own, nor
    a time denied ("did not want it issued before the summit")."""
    if verb.lower_ not in _WANT_SOON or not verb.tag_.startswith("VB"):
        return None
    clauses = [
        (c, next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None))
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
    ] + [(a, c) for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "acl"]
    for c, subj in clauses:
        if subj is None or c.lower_ not in _ISSUED:
            continue
        text = _word(subj) in _ISSUED_TEXTS or _word(subj) in TEXT_NOUNS
        measure = _word(subj) in PROPOSAL_NOUNS and _word(subj) not in _NO_MEASURES
        if not (text or (measure and c.lower_ in _WANTED_ADOPTED)):
            continue
        if any(k.dep_ == "prt" or k.lower_ in _SET_ASIDE for k in c.children):
            continue  # "wanted the plan set aside", "wanted it passed over"
        if _negated(c) or any(
            k.dep_ in ("advcl", "mark") or (k.dep_ == "prep" and k.lower_ in _CONDITION_PREPS)
            for k in c.children
        ):
            continue
        if _negated(verb) and any(k.dep_ in ("prep", "advmod", "npadvmod") for k in c.children):
            continue  # "did not want it published before the summit": its timing
        return subj, c
    return None


def _subject_of_another(t: Any, verb: Any) -> bool:
    """Whether the name at ``t`` (its compound's head) is the subject of a verb after it other
    than ``verb`` (and not a verb of saying: "..., a spokeswoman said")."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    head = t.head
    return (
        t.dep_ in ("nsubj", "nsubjpass")
        and head.i != verb.i
        and head.i > t.i
        and head.tag_.startswith("VB")
        and head.lower_ not in _SAY
    )


def _aside_ends_at_colon(toks: list[Any], i: int) -> bool:
    """Whether a colon follows at ``i``, past a hearer ("officials told reporters: ...")."""
    if i < len(toks) and toks[i].lower_ in ("reporters", "journalists"):
        i += 1
    return i < len(toks) and toks[i].text == ":"


def _joins_words(t: Any) -> bool:
    """A hyphen inside a compound ("Intermediate-Range", "Russian-backed"), no dash."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


_BREAK = _inflect("break", "broke", "broken")


def _pronoun_open(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _PRONOUNS


_PRONOUN_OPEN = _pronoun_open

# what may stand between the names of a list: ", ", " and ", ", and the "
_LIST_GAP = re.compile(r"^(?:,|,?\s*and)?\s*(?:the\s+)?$", re.IGNORECASE)


def _opening_names(text: str, mentions: list) -> list[str]:
    """The actors an unparsed sentence opens with: its first name (within 40 characters) and
    the names listed with it ("Spain and Italy had doubts ...": "they" or "both" in the next
    sentence are the two, not Spain alone)."""
    found = sorted((a, b, m.actor) for a, b, m in mentions if m.actor)
    if not found or found[0][0] >= 40:
        return []
    out, end = [found[0][2]], found[0][1]
    for a, b, actor in found[1:]:
        if not _LIST_GAP.match(text[end:a].strip()):
            break
        out.append(actor)
        end = b
    return list(dict.fromkeys(out))


# what opens a clause coordinated with the one before: ", and ", ", but ", ", while ", "; "
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s*$", re.IGNORECASE)


def _unparsed_subjects(text: str, mentions: list) -> list[str]:
    """The actors an unparsed sentence's clauses open with, as ``_clause_subjects`` reads a
    parsed one's: its opening list ("Spain and Italy had doubts") or its opening name and the
    names opening the clauses joined to it ("Madrid had doubts, and Rome wanted changes"):
    who "neither" is in the next sentence's "Neither stood in the way"."""
    opening = _opening_names(text, mentions)
    if len(opening) != 1:
        return opening
    out = list(opening)
    for a, _, m in sorted(mentions, key=lambda x: x[0]):
        if m.actor and a > 0 and _CLAUSE_JOIN.search(text[max(0, a - 12) : a]):
            # the clause's opening list, as the sentence's ("and France and Italy wanted")
            out += _opening_names(text[a:], [(b - a, e - a, k) for b, e, k in mentions if b >= a])
    return list(dict.fromkeys(out))


def cue_words() -> frozenset[str]:
    """Every word form that can start a cue: a sentence without one is not parsed."""
    words = set(VERBS) | set(_PHRASAL_FORMS) | AGENT_ONLY | set(NOUNS) | set(ADJECTIVES)
    # "gave up its veto" needs its noun; "gave", "set" and "put" alone are too common to parse for
    words |= REMOVAL | BLOCKING | set(ROLE_NOUNS) | {"favour", "favor", "against"}
    words |= FOLLOW_VERBS | _JOIN | _BECOME | set(_AMONG_NOUNS) | _PARTICIPANT_NOUNS
    words |= _YES_NO_NOUNS  # "were on the 'no' side", "in the yes camp"
    words |= {"instrument", "instruments"}  # "deposited its instrument of accession"
    words |= {"disposal"}  # "put forces at the disposal of the force" (``_at_disposal_of``)
    words |= _PRIORITY_NOUNS  # "made the summit the flagship of its presidency"
    words |= CONCESSION_NOUNS  # "Denmark secured a rebate"
    words |= {"majority"}  # "Canada and France moved into the majority" (_moved_into_majority)
    # abstention by staying out, retaliation, descriptions of the decision, presenting a text
    words |= {"part"} | _PARTICIPATE | RETALIATION | {"retaliatory"} | _RETALIATE | _RESPOND
    words |= _THREATENED | _NEW_TIMES  # "warned of consequences", "opened a new chapter"
    # calling or saying the decision is something needs an evaluative word: "called" and
    # "said" alone are too common to parse for
    words |= NEGATIVE_WORDS | POSITIVE_WORDS | _PRESENT | set(ROLE_NOUN) | {"light", "ahead"}
    words |= _REFRAIN | _DECLINE | _SIGN | {"signature", "signatures"}  # "added his signature"
    words |= _FAILED | _DEFEATED | _ADOPTED  # what became of the text: "the draft failed"
    # a second text named with no cue ("The Council also disposed of a rival draft"): the next
    # sentence's "it" is that text (see _Texts), which only a parse tells
    words |= {"rival"} | COUNTER_NOUNS  # (and "a counter-proposal from Cuba")
    words |= REQUEST_NOUNS | _ASK  # asking for the decision
    words |= _COMPLAINTS  # bringing the matter before the deciders
    # what the decision is taken against, its target's defiance, disappointment at a block
    words |= _AGAINST_WORDS | _DENY | _PROTEST | _ACCUSE | _REACT | _BLAME
    words |= _DISAPPOINTED | _DISAPPOINTMENT | _MEET | _ANGRY | _ANGER | _ANGRILY | _REGRET
    # campaigns and appeals led or signed, giving way, concerns met, warnings of what it does
    words |= _EFFORT_VERBS | _GIVE | _MET | _KEPT | _WARN_VERBS | PROPOSER_ONLY
    words |= FORCE_NOUNS  # forces sent to the mission ("sending troops")
    words |= _FORCE_UNITS | _SERVE  # "contribute to the unit", "serve alongside the British"
    words |= _WIN_NOUNS  # "the deal was a victory for Britain", "the vote was a victory for"
    words |= _WISH | {"forward"}  # good wishes for a person chosen (see _endorses_person)
    words |= _INVITE | APPLY_VERBS  # states admitted, and applying (see _applications)
    return frozenset(words)


def cue_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Pairs of word sets that start a cue together, where neither word alone is worth a
    parse: a report ("said") of what a decision does ("the sanctions would ...", read for a
    targeted state, see ``_target_comments``)."""
    return (
        (frozenset(_SAY), frozenset(_COMMENTED)),
        # wanting the decision soon ("demanded swift agreement")
        (frozenset(_WANT_SOON), frozenset(_SOON)),
        # wanting it in force or adopted ("wanted the agreement to come into force")
        (frozenset(_WANT_SOON), frozenset(_WANTED_DONE | {"force"})),
        # wanting a text issued ("wanted the text published", _wants_text_issued)
        (frozenset(_WANT_SOON), frozenset(_ISSUED)),
        # a part of the text someone had wanted ("..., something Britain had demanded")
        (frozenset(_WANTED), frozenset({"something", "as"})),
        # leading a force ("Britain will lead the battalion in Estonia", "... the one in ...")
        (frozenset(_LEAD_FORCE), frozenset(_LED_FORCES | {"one", "ones"})),
        # putting a text before a body ("put the draft to the Assembly")
        (frozenset(_PUT), frozenset(_BODIES_PUT_TO)),
        # taking its seat in the body: joining it ("took its seat in NATO"; not "place":
        # "took place" is too common to parse for)
        (frozenset(_TAKE), frozenset({"seat", "seats"})),
        # saying a decision runs counter to the Union's interests (_runs_counter)
        (frozenset(_SAY), frozenset({"counter"})),
        # a text grown out of a proposal ("grew out of a proposal by Honduras", _grew_from)
        (frozenset(_GREW), frozenset(_ORIGIN_NOUNS)),
        # saying the deciders have no right to act ("said the Council had no right to")
        (frozenset(_SAY), frozenset({"right"})),
        # arguing that a measure should end ("argued that the freeze should end")
        (frozenset(_ARGUE), frozenset(_HELD_MEASURES)),
        # saying the waiting should end ("argued they should not be kept waiting")
        (frozenset(_ARGUE), frozenset(_WAIT_FORMS)),
        # whose request the decision answers ("the request came from Kabbah": _request_came_from)
        (frozenset(_CAME_FROM), frozenset(_ASKING_NOUNS)),
        # making it a priority ("had made the post one of its priorities": _made_a_priority)
        (frozenset(_MAKE), frozenset({"priority", "priorities"})),
        # a bare answer after the votes told before it ("Estonia also said no"; _says_yes_or_no)
        (frozenset(_SAY_WORD), frozenset({"no", "yes"})),
        # the members of a count told before ("Among the ten were A and B"; _among_the_counted)
        (frozenset({"among"}), frozenset({"was", "were"})),
        # "no question of changing the rules" (_no_question_of_change)
        (frozenset({"question"}), frozenset(_CHANGING)),
        # a state admitted promising to keep up its reforms (_reforms_promised)
        (frozenset(_PROMISE_VERBS), frozenset(_REFORMS)),
    )


# ------------------------------------------------------------------------------- reading


_OPENING_RELATIVES = {"which", "who", "whose", "where"}
# Words that open an aside between a sentence's first actors and their verb, read like a
# relative clause: "Italy, as the country where most migrants land, had pushed for it",
# "Poland, for its part, said", "Malta, home to the mission's headquarters, backed it".
_OPENING_ASIDES = {
    "as",
    "like",
    "unlike",
    "home",
    "in",
    "for",
    "despite",
    "after",
    "with",
    "once",
    "long",
    "itself",
}
_AUX_WORDS = {"had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does"}


def _named_beside(sent: _Sentence, pron: Any) -> bool:
    """Whether a possessive pronoun's noun names its own actor: "his Kosovo counterpart" is
    Kosovo's, not the state of whoever "his" is."""
    return pron.dep_ == "poss" and any(
        c.i in sent.actor_at for c in pron.head.children if c.dep_ in ("compound", "amod", "nmod")
    )


# Adjectives saying a subject had a large part in a deed ("was instrumental in securing it").
_KEY_PART = {"instrumental", "decisive", "crucial", "pivotal", "key", "central", "vital"}


def _list_head_cut_off(first: Any, subj: Any) -> bool:
    """Whether ``first`` is the first item of the list ``subj`` heads, cut off by the parser:
    only a comma between them, and ``subj`` coordinated with "and" to a later item.  ``first``
    may head the list's first few items, when it has no "and" of its own ("A, B, Congo
    (Brazzaville), C, D and E all abstained", cut after the bracket)."""
    end = max(t.i for t in first.subtree if t.text != ",")  # past a comma the parser hung on it
    between = first.doc[end + 1 : subj.left_edge.i]
    return (
        [t.text for t in between] == [","]
        and not any(t.dep_ == "cc" for t in first.subtree)
        and any(c.dep_ == "conj" for c in subj.children)
        # the "and" on ``subj`` or on a later item ("C, D, E and F": hung on "E")
        and any(
            c.dep_ == "cc" and c.lower_ == "and"
            for x in (subj, *subj.conjuncts)
            for c in x.children
        )
    )


def _stranded_object(tok: Any) -> bool:
    """Whether a subject is the object of a preposition just before it that the parser left
    with none, its verb having a subject of its own before: "The leaders who will stay after
    Britain's departure agreed ...", parsed with "departure" for a second subject of "agreed"
    (Britain did not agree; the leaders did).  A lone subject after such a preposition is the
    subject of a clause the preposition opens ("after Poland warned that ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.left_edge.i == 0:
        return False
    before = tok.doc[tok.left_edge.i - 1]
    return (
        before.dep_ == "prep"
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i for c in tok.head.children)
    )


# A person's pronouns (a state is "it"), see _Sentence._context_one
_HIS_HERS = frozenset({"he", "she", "his", "her", "him"})
_HE = frozenset({"he", "his", "him"})
_PERSON_TITLES = re.compile(
    r"\b(?:president|minister|premier|chancellor|ambassador|envoy|king|queen|leader|"
    r"secretary|spokesman|spokeswoman|delegate|representative)s?\b",
    re.IGNORECASE,
)


def _persons_told(text: str, mentions: list) -> frozenset[str]:
    """The persons a sentence tells of, for the pronouns after it: its person pronouns
    ("his", "she"), and "person" for a person named or a title ("Prime Minister") with no
    pronoun of its own."""
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text)) & _HIS_HERS
    if words:
        return words
    named = any(m.how.startswith("person:") for _, _, m in mentions)
    return frozenset({"person"}) if named or _PERSON_TITLES.search(text) else frozenset()


class _Sentence:
    """One parsed sentence with its actor mentions mapped onto tokens."""

    def __init__(
        self,
        doc: Any,
        text: str,
        index: int,
        mentions: list[tuple[int, int, Any]],
        context: list[str],
    ) -> None:
        self.doc = doc
        self.text = text
        self.index = index
        self.context = context  # actors of the previous sentence's subject
        # the previous sentence's actors when they are all one coordinated list ("hosted by
        # the Finnish and Estonian leaders"): who "them" is in "joined them in backing it"
        self.previous_list: list[str] = []
        # the actors the previous sentence's clauses have as subjects ("Belgium had held back,
        # and Britain had shared the doubts"): who "neither" is in "Neither stood in the way"
        self.previous_subjects: list[str] = []
        # when the context came from a subject that is a state's own name ("France itself
        # changed course"): the persons the sentence told of (see ``_persons_told``), whom
        # alone a "he" or "her" can stand for; None for any other subject
        self.context_persons: frozenset[str] | None = None
        # the person the previous sentence named last (a key of ``person_at``): whose "his
        # candidacy" is, when this sentence names none before it
        self.person_before: str | None = None
        self.before = ""  # the previous sentence's text (what "the one" may stand for)
        # the three sentences before, nearest first: where "the ten" of "Among the ten were
        # A and B" were counted
        self.earlier: list[str] = []
        # coordinated lists of actors in this sentence and the two before, as (sentence index,
        # first token or -1 for an earlier sentence, actors): who "the seven countries" are
        self.recent_lists: list[tuple[int, int, list[str]]] = []
        # the same, from the three sentences before (for "the nine governments": numbered_group)
        self.lists_back: list[tuple[int, int, list[str]]] = []
        self.actor_at: dict[int, str] = {}
        self.person_at: dict[int, str] = {}  # token -> person key ("kallas") for anchors
        # Token start and end offsets, read once (a spaCy Token is built on each access);
        # a mention covers the tokens that start at or after it and end within it (+1).
        # token -> the actor a one-word "U.S.-drafted" opens with (not the word's actor)
        self.hyphened_at: dict[int, str] = {}
        spans = [(tok.idx, tok.idx + len(tok.text)) for tok in doc] if mentions else []
        starts = [a for a, _ in spans]
        for start, end, m in mentions:
            for i in range(bisect.bisect_left(starts, start), len(spans)):
                a, b = spans[i]
                if a >= end:
                    break
                if b <= end + 1:
                    if m.actor:
                        self.actor_at[i] = m.actor
                    if m.how.startswith("person:"):
                        self.person_at[i] = m.surface.split()[-1].lower()
                elif a == start and m.actor and doc.text[end : end + 1] == "-":
                    # "U.S.-drafted", one token: the actor before the hyphen (for sponsors)
                    self.hyphened_at[i] = m.actor
        # (the president is told by the word "assembly": a sentence without it is not walked)
        if self.actor_at and "assembly" in doc.text.lower():
            for i in [i for i in self.actor_at if _presides_assembly(doc[i])]:
                del self.actor_at[i]
        self.claimed: set[str] = set()
        self.claimers: set[int] = set()  # the cues whose lists are claimed (-1: a count's)
        # token -> MAIN or RIVAL for a text told apart from another by its sponsors
        self.text_kind: dict[int, str] = {}

    def _before_subjectless(self, verb: Any) -> int | None:
        """The index of the word before a finite verb the parser left without a subject,
        past any adverbs ("China then abstained"); None for any other verb."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_.startswith("nsubj") or c.dep_ in ("agent", "expl") for c in verb.children
        ):
            return None
        i = verb.i - 1
        while i >= 0 and self.doc[i].tag_ in ("RB", "RBR"):
            i -= 1
        return i

    def subject_before(self, verb: Any) -> list[str]:
        """For a finite verb the parser left without a subject: the actors right before it,
        after "and", "but", "while" or a comma ("Thirteen members voted in favour and China
        abstained"), read from the words."""
        i = self._before_subjectless(verb)
        if i is None:
            return []
        doc = self.doc
        out: list[str] = []
        while i >= 0 and (i in self.actor_at or doc[i].lower_ in ("the", "and", ",")):
            if i in self.actor_at:
                out.insert(0, self.actor_at[i])
            elif (
                doc[i].lower_ in ("and", ",")
                and out
                and not (i - 1 in self.actor_at or doc[i - 1].lower_ == "the")
            ):
                break  # "A, B and C abstained" is a list; "... in favour and C abstained" not
            i -= 1
        if (
            not out
            or i < 0
            or doc[i + 1].lower_ not in ("and", ",")
            and doc[i].lower_
            not in (
                "and",
                "but",
                "while",
                "whereas",
                ",",
                ";",
            )
        ):
            return []
        return list(dict.fromkeys(out))

    def named_before_aside(self, verb: Any) -> list[str]:
        """The state a time preposition governs before an aside, for a verb the parser made a
        subjectless conjunct or adverbial clause of the main verb: "approved it after Belgium,
        the last member standing in the way, dropped its objection" ("dropped" is Belgium's;
        "after Ireland, Sweden and Denmark, among others, refused to back it").  Only with no
        "and" or "but" before the verb and no name inside the aside."""
        doc = verb.doc
        if (
            verb.dep_ not in ("conj", "advcl")
            or verb.i < 4
            or doc[verb.i - 1].text != ","
            or any(c.dep_ in ("cc", "nsubj", "nsubjpass") for c in verb.children)
        ):
            return []
        opening = next((t for t in reversed(doc[: verb.i - 1]) if t.text == ","), None)
        if opening is None or opening.i < 1:
            return []
        name = doc[opening.i - 1]
        while name.dep_ == "conj" and name.head.i < name.i:
            name = name.head  # "after Ireland, Sweden and Denmark, among others, refused" (32-15)
        aside = range(opening.i + 1, verb.i - 1)
        if (
            name.dep_ != "pobj"
            or name.head.lower_ not in ("after", "before", "until", "once")
            or name.i not in self.actor_at
            or any(i in self.actor_at for i in aside)
            or not any(t.i == name.i for t in verb.head.subtree)
        ):
            return []
        return self.actors_of(name)

    def time_fronted(self, verb: Any) -> list[str]:
        """For a main verb the parser left without a subject after an opening time phrase
        with no comma ("On Friday Poland threatened to block it", parsed with "Poland" as the
        object of "On" and the day as its compound): the actor after the day.  Without this
        the verb, or the "its" it governs, fell back to the sentence before's subject."""
        if verb.dep_ != "ROOT" or any(
            c.dep_.startswith(("nsubj", "csubj")) or c.dep_ in ("agent", "expl")
            for c in verb.children
        ):
            return []
        for p in verb.children:
            if p.dep_ != "prep" or p.i > verb.i or p.lower_ not in ("on", "in", "by", "at"):
                continue
            if any(self.doc[k].tag_ not in ("RB", "CC", "JJ", ",") for k in range(p.i)):
                return []  # only "But", "Late", "Early on" before it
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is None or obj.i not in self.actor_at:
                return []
            days = [c for c in obj.children if c.i < obj.i and c.dep_ in ("compound", "nmod")]
            if not days or any(d.lower_ not in _CALENDAR for d in days):
                return []
            if any(
                self.doc[k].tag_ not in ("RB", "RBR", "MD") and self.doc[k].lower_ not in _AUX_WORDS
                for k in range(obj.i + 1, verb.i)
            ):
                return []
            return [self.actor_at[obj.i]]
        return []

    def before_appositive(self, verb: Any) -> list[str]:
        """For a finite verb the parser left without a subject after an appositive that opens
        the sentence: the actors before it ("Japan, the only country to have suffered a
        nuclear attack, also voted no", parsed with "voted" hung on "suffered")."""
        i = self._before_subjectless(verb)
        if i is None:
            return []
        doc = self.doc
        if i < 0 or doc[i].text != ",":
            return []
        close = i
        out: list[str] = []
        k = 0
        while k < close and (k in self.actor_at or doc[k].lower_ in ("and", "the")):
            if k in self.actor_at:
                out.append(self.actor_at[k])
            k += 1
        if not out or k + 1 >= close or doc[k].text != "," or doc[k + 1].tag_ != "DT":
            return []
        if any(
            doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[j].text in ",;"
            for j in range(k + 1, close)
        ):
            return []  # a clause of its own ("Japan, which has ..., voted"), or a list
        return list(dict.fromkeys(out))

    def opening_owner(self, verb: Any) -> list[str]:
        """The actors that open the sentence before a relative clause, for the verb that
        follows the clause's closing comma: "Germany, which had long resisted a cap, agreed to
        it", "Russia, whose minister was in Brussels, warned ...", and a list whose names
        each carry one ("Spain, whose fleet fishes there, and France, whose yacht was seized,
        had pushed for it"); a pattern read from the words, for parses that lose the main
        verb's subject.  A clause with a comma of its own is not read."""
        toks = list(self.doc)
        n = len(toks)
        out: list[str] = []
        rels = 0
        i = 0
        while True:
            while i < n and toks[i].lower_ == "the":
                i += 1
            if i >= n or i not in self.actor_at:
                return []
            while i < n and (i in self.actor_at or toks[i].lower_ in ("'s", "’s")):
                if i in self.actor_at:
                    out.append(self.actor_at[i])
                i += 1
            if (
                i + 1 < n
                and toks[i].lower_ == ","
                and toks[i + 1].lower_ in _OPENING_RELATIVES | _OPENING_ASIDES
            ):
                j = i + 2
                while j < n and toks[j].lower_ not in (",", ";", ":", "(", ")", ".", "—", "–"):
                    j += 1
                if j >= n or toks[j].lower_ != ",":
                    return []
                rels += 1
                i = j + 1
            k = i
            if k < n and toks[k].lower_ == ",":
                k += 1
            if k < n and toks[k].lower_ == "and":
                k += 1
            if k > i and k < n and (k in self.actor_at or toks[k].lower_ == "the"):
                i = k  # the next name of the list
                continue
            break
        if not rels or i > verb.i:
            return []
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or _lost_main_verb(verb)
        for t in toks[i : verb.i]:
            if t.tag_ == "MD" or t.lower_ in _AUX_WORDS:
                finite = True  # "had pushed", "will send", "has said"
            elif not (t.tag_ in ("RB", "RBR", "RBS") or t.lower_ in _QUANTIFIERS):
                return []  # "..., finally backed it", "..., both voted for it" pass
        if not finite:
            return []
        return list(dict.fromkeys(out))

    def office_holder(self, subj: Any) -> list[str]:
        """The state a subject that names no state speaks for, when the sentence says it: a
        person or office named in a sentence that opens with a state's capital ("In
        Podgorica, Prime Minister X welcomed ..."), or a person whose relative clause says
        what of a state's they lead ("X, who chairs Bosnia's Council of Ministers, ...")."""
        if subj.lower_ in _PRONOUNS or subj.lower_ in _RELATIVE:
            return []
        words = list(subj.subtree)
        if not (subj.tag_ == "NNP" or subj.lower_ in _OFFICES):
            return []
        for c in subj.children:
            if c.dep_ == "relcl" and c.lower_ in _LEADS:
                obj = next((k for k in c.children if k.dep_ == "dobj"), None)
                owner = [
                    self.actor_at[k.i]
                    for k in (obj.children if obj is not None else [])
                    if k.dep_ == "poss" and k.i in self.actor_at
                ]
                if len(owner) == 1:
                    return owner
        if any(t.dep_ in ("prep", "relcl", "acl", "appos", "conj") for t in words):
            return []  # "officials from Poland", "the minister and his guests"
        doc = self.doc
        if len(doc) < 4 or doc[0].lower_ != "in" or 1 not in self.actor_at:
            return []
        i = 1
        while i < len(doc) and i in self.actor_at:
            i += 1
        if doc[i].lower_ != "," or len({self.actor_at[k] for k in range(1, i)}) != 1:
            return []
        return [self.actor_at[1]]

    # -- noun phrases -------------------------------------------------------------------
    def owned_name(self, tok: Any) -> bool:
        """Whether ``tok`` is a name no actor or person has, owned by a state: a company or
        body of the state ("led by France's TotalEnergies"), which is not the state itself
        (its office, "France's foreign minister", is)."""
        return (
            tok.tag_ in ("NNP", "NNPS")
            and tok.i not in self.actor_at
            and tok.i not in self.person_at
            and _word(tok) not in REPRESENTATIVES
            and not any(c.dep_ == "compound" and _word(c) in REPRESENTATIVES for c in tok.children)
            and any(c.dep_ == "poss" and c.i in self.actor_at for c in tok.children)
            and not _persons_name(tok)
        )

    def actors_of(self, tok: Any, *, pronouns: bool = True) -> list[str]:
        """Actors named in a noun phrase (its conjuncts, possessors, modifiers, appositions),
        not in its relative clauses or participles."""
        out: list[str] = []
        if _stranded_object(tok):
            return []
        stack = [tok]
        if tok.lower_ in GROUP_NOUNS:
            # "countries with stronger trade links such as Italy": "such as" hung on the
            # group's modifier names members of the group
            stack += [
                t
                for t in tok.subtree
                if t.head.i != tok.i
                and _such_as(tok, t)
                and t.head.dep_ == "pobj"
                and t.head.head.lower_ == "with"
                and t.head.head.head.i == tok.i
            ]
        # "In favour were India and Ghana; Belgium and Britain abstained", parsed as one
        # list subject of "abstained": a semicolon ends a clause, so the verb's subject is
        # only what follows the last semicolon before it
        cut, stop = -1, len(tok.doc)
        # (the two scans find only a ";" token: without one, cut and stop stay as they are)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i < tok.head.i and ";" in _doc_words(tok.doc):
            cut = max((k for k in range(tok.i, tok.head.i) if tok.doc[k].text == ";"), default=-1)
            # nor what follows a semicolon after the verb: "France voted yes; Germany and
            # Italy, by contrast, abstained", with Germany parsed as France's apposition
            stop = next(
                (k for k in range(tok.head.i, len(tok.doc)) if tok.doc[k].text == ";"), stop
            )
        while stack:
            t = stack.pop()
            if (
                pronouns
                and t.lower_ == "whose"
                and t.dep_ == "poss"
                and t.head.lower_ in _WHOSE_STATE
                and t.head.head.dep_ == "relcl"
            ):
                # "The Israeli ambassador, whose country voted against, ...": the country is
                # the one the relative clause's noun speaks for
                stack.append(t.head.head.head)
                continue
            if t.i in self.actor_at:
                if not self.excepted(t.i) and cut < t.i < stop:
                    out.append(self.actor_at[t.i])
            elif pronouns and _neither_of_two(t):
                # "Belgium and Britain had doubts. Neither stood in the way": the two
                # subjects of the sentence before (its negation: ``_negated_scope``)
                two = self.previous_subjects
                out.extend(two if len(two) == 2 else [])
            elif (
                pronouns
                and t.lower_ in _PRONOUNS
                and t.tag_ in ("PRP", "PRP$")
                and not _named_beside(self, t)
            ):
                # "Churkin said his country could not accept it": the speaker of the clause
                # whose subject the pronoun is (or owns) comes first, then the previous
                # sentence's subject
                # (only for the subject or its possessor: "war against his country" keeps the
                # previous reading)
                verb = next((a for a in t.ancestors if a.tag_.startswith("VB")), None)
                subject = t if t.dep_ in ("nsubj", "nsubjpass") else t.head
                # "On Friday Poland renewed its threat", parsed with no subject: "its" is
                # Poland's, not the sentence before's subject's
                root = next((a for a in t.ancestors if a.dep_ == "ROOT"), None)
                fronted = (
                    self.time_fronted(root)
                    if root is not None and t.lower_ in ("its", "their")
                    else self._person_owner(root, t)
                    if root is not None
                    else []
                )
                above = (
                    self._clause_subject_owner(t)
                    if t.lower_ in ("its", "their") and t.dep_ == "poss"
                    else []
                )
                out.extend(
                    self._pronoun(verb, t)
                    if verb is not None
                    and subject.dep_ in ("nsubj", "nsubjpass")
                    and subject.head.i == verb.i
                    else above
                    if above
                    else fronted
                    if fronted
                    else self.context
                    if t.lower_ in ("they", "their")
                    else self._context_one(t.lower_)
                )
            for c in t.children:
                if (
                    t.lower_ in OTHERS_NOUNS
                    or t.lower_ in ROLE_NOUNS
                    or t.lower_ in _OTHER_PARTY
                    or t.lower_ in _HOLDINGS
                ) and c.dep_ in (
                    "poss",
                    "compound",
                    "amod",
                    "nmod",
                ):
                    # "Washington's allies voted for it": the allies, not Washington; "Russia's
                    # supporters abstained": those who support Russia
                    continue
                if _led_group(t, c):
                    # "a group of net payers, led by Austria": the states leading the group
                    stack.extend(p for a in c.children if a.dep_ == "agent" for p in a.children)
                    continue
                if c.dep_ in (
                    "relcl",
                    "acl",
                    "advcl",
                    "ccomp",
                    "xcomp",
                    "punct",
                    "cc",
                    "det",
                    "case",
                    "mark",
                    "aux",
                    "neg",
                    "advmod",
                ):
                    continue
                if (
                    c.dep_ == "prep"
                    and c.lower_ not in ("of", "including")
                    # "a spokesman for President Abbas" speaks for his state
                    and not (c.lower_ == "for" and t.lower_ in _SPOKES)
                    and not _such_as(t, c)
                    # "troops from Britain and France" are those states' forces; "leaders
                    # and ministers from Denmark and Sweden" speak for those states
                    and not (c.lower_ == "from" and t.lower_ in FORCE_NOUNS | _SENT_FROM)
                    # "the government in Tirana" is the state whose capital it names
                    and not (c.lower_ == "in" and t.lower_ == "government")
                ):
                    continue
                if c.dep_ == "appos" and t.i in self.actor_at and c.i not in self.actor_at:
                    # "Russia, a backer of the Syrian government," / "Russia, Syria's main
                    # ally,": a state's description names other states, not its own (a
                    # person's names the state: "Kuleba, Ukraine's foreign minister,")
                    # "Kenya, the only African member, and Sweden": a state after the closed
                    # description's ", and" (parsed as its conjunct) is the state's conjunct
                    stack.extend(_conjoined_past_aside(c, self.actor_at))
                    continue
                stack.append(c)
        if not out and pronouns:
            out = self.numbered_group(tok)
        return list(dict.fromkeys(sorted(out, key=lambda a: out.index(a))))

    def _person_owner(self, root: Any, pron: Any) -> list[str]:
        """The state of the sentence's own subject for a person's possessive hung elsewhere:
        "Malta's prime minister claimed the timetable as a win for his government" is Malta's
        government, not that of the state the sentence before was about.  Only "his"/"her"
        after a subject of the main verb that names one actor, and only on the state's own
        noun ("his government", "her country"; not "his counterparts"); else ``[]``."""
        if (
            pron.lower_ not in ("his", "her")
            or pron.dep_ != "poss"
            or pron.head.lower_ not in _WHOSE_STATE
        ):
            return []
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subj is None or subj.lower_ in _PRONOUNS:
            return []
        found = self.actors_of(subj, pronouns=False)
        return found if len(found) == 1 else []

    def numbered_group(self, tok: Any) -> list[str]:
        """The states "the two countries", "both governments", "the three states" refer
        back to: the actors coordinated last before it in the sentence ("help Ukraine and
        Georgia ... rather than the plan the two countries had sought") when they are that
        many, else the previous sentence's subject when it names that many.  A bare count
        ("two countries abstained") refers to nothing."""
        if tok.lower_ not in _NUMBERED_GROUP_NOUNS:
            return []
        mods = {c.lower_: c.dep_ for c in tok.children}
        n = None
        if "both" in mods:
            n = 2
        elif "the" in mods or "these" in mods or "those" in mods:
            n = next((_GROUP_COUNTS[w] for w in mods if w in _GROUP_COUNTS), None)
        if n is None:
            return []
        groups: dict[int, list[str]] = {}
        last = None
        for i in sorted(k for k in self.actor_at if k < tok.i):
            root = self.doc[i]
            while root.dep_ in ("conj", "compound", "appos") and root.head.i != root.i:
                root = root.head
            groups.setdefault(root.i, []).append(self.actor_at[i])
            last = root.i
        if last is not None:
            named = list(dict.fromkeys(groups[last]))
            return named if len(named) == n else []
        # the previous sentence's subject, unless that sentence named another list of as many
        # ("Spain and Italy welcomed the plan, while Austria and Ireland objected. The two
        # countries then blocked it": which two is not said)
        before = {
            tuple(a) for index, _, a in self.recent_lists if index == self.index - 1 and len(a) == n
        }
        if len(before) > 1:
            return []
        return list(self.context) if len(self.context) == n else []

    def excepted(self, i: int) -> bool:
        """Whether the actor at token ``i`` is named as an exception: "all members but
        Hungary", "every leader except Fico", "all 27 bar Poland and Malta"."""
        doc = self.doc
        j = i - 1
        # skipping "one," ("all allies but one, Turkey, agreed") and a leader's state ("every
        # leader but Hungary's Viktor Orban")
        while j >= 0 and (
            j in self.actor_at or doc[j].lower_ in ("and", ",", "the", "for", "one", "'s", "’s")
        ):
            j -= 1
        if j < 0 or doc[j].lower_ not in _EXCEPT:
            return False
        if doc[j].lower_ != "but" or (j > 0 and doc[j - 1].lower_ in _ALL_WORDS):
            return True  # "all but Hungary backed it" (parsed with Hungary as the subject)
        # "but" joins nouns ("all members but Hungary"), or clauses ("... but Hungary vetoed
        # it", where Hungary is a subject and no exception)
        first = next(k for k in range(j + 1, i + 1) if k in self.actor_at)
        head = doc[first].head if doc[first].dep_ == "compound" else doc[first]
        return not head.dep_.startswith("nsubj")

    def _list_opens_after(self, verb: Any) -> bool:
        """Whether a colon after ``verb``'s clause opens straight on a state ("backed it:
        Kenya, ..."), not on other words that may name one ("backed it: a text Kenya wrote")."""
        toks = list(self.doc)
        for t in toks[verb.i + 1 :]:
            if t.lower_ == ":":
                k = t.i + 1 + (t.i + 1 < len(toks) and toks[t.i + 1].lower_ == "the")
                return k in self.actor_at
            if t.lower_ in (";", ".") or (t.tag_.startswith("VB") and t.dep_ != "aux"):
                return False
        return False

    def list_after(self, verb: Any) -> list[str]:
        """Actors listed after a marker following the verb: "...: Russia, Belarus and Syria",
        "— Russia, China and Algeria —", "among them China, India"."""
        toks = list(self.doc)
        start = None
        for t in toks[verb.i + 1 :]:
            if t.lower_ in _LIST_MARKERS and not _joins_words(t):
                start = t.i + 1
                break
            if t.lower_ in _REPORTING and _aside_ends_at_colon(toks, t.i + 1):
                continue  # "voted against, diplomats said: A and B": a source's aside
            if t.tag_.startswith("VB") and t.dep_ in ("conj", "ROOT", "ccomp", "advcl"):
                return []  # "voted for it, and four abstained: A, B": the list is the next verb's
        if start is None:
            return []
        out: list[str] = []
        for t in toks[start:]:
            if t.i in self.actor_at:
                a = self.actor_at[t.i]
                if not out and toks[start - 2].like_num and _subject_of_another(t, verb):
                    # "Nine voted for it, while four - A, B and C - voted against": the list
                    # is the next clause's own subject, not the count's
                    return []
                if a not in out:
                    out.append(a)
            elif t.lower_ in (",", "and", "the", "them", "which", "were", "as", "well") or (
                t.i - 1 in self.actor_at and t.dep_ == "compound"
            ):
                continue
            elif t.is_punct and out or out:
                break
            elif t.tag_.startswith("VB") or t.tag_ == "MD" or t.lower_ in (".", ";"):
                # a clause before any name: the words after the marker are no list ("backed
                # the withdrawal - ... - and said Russia was to blame")
                break
        if not out and toks[start - 1].lower_ in ("among", "including"):
            # "the other thirteen abstained, China among them": the names before the marker
            i = start - 2
            while i >= 0 and (i in self.actor_at or toks[i].lower_ in ("and", ",", "the")):
                if i in self.actor_at and self.actor_at[i] not in out:
                    out.insert(0, self.actor_at[i])
                i -= 1
        self.claimed.update(out)
        if out:
            self.claimers.add(verb.i)
        return out

    def run_at(self, start: int) -> list[str]:
        """The actors listed from token ``start`` on: "Belarus, North Korea and Syria"."""
        out: list[str] = []
        after_and = last = False  # the name after "and" is the last one
        for t in self.doc[start:]:
            if t.i in self.actor_at:
                if self.actor_at[t.i] not in out:
                    out.append(self.actor_at[t.i])
                last = after_and
            elif last:
                break  # "A, B and C, and Japan voted ...": C ends the list
            elif (after_and or not out) and (named := self.counted_apposition(t)):
                # "together with Albania and four Pacific island nations, Micronesia, Nauru,
                # Palau and the Marshall Islands": the group's names end the list
                out.extend(a for a in named if a not in out)
                break
            elif (
                t.lower_ in (",", "and", "the", "'s", "’s")
                or (t.dep_ == "compound" and t.head.i in self.actor_at)
                or self.naming_state(t)
            ):
                after_and = after_and or t.lower_ == "and"
            else:
                break
        return out

    def naming_state(self, t: Any) -> bool:
        """Whether ``t`` is a word of a phrase that only names the state after it: "the
        Pacific island nation of Palau", "the state of Israel" (not "the allies of Israel")."""
        noun = t.head if t.lower_ == "of" else t
        while noun.dep_ in ("det", "amod", "compound") and noun.head.i > noun.i:
            noun = noun.head
        if noun.lower_ not in _NATION_NOUNS or noun.i in self.actor_at:
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and c.i >= t.i
            and any(p.dep_ == "pobj" and p.i in self.actor_at for p in c.children)
            for c in noun.children
        )

    def counted_apposition(self, t: Any) -> list[str]:
        """The states a counted group opening at ``t`` names in apposition: "four Pacific
        island nations, Micronesia, Nauru, Palau and the Marshall Islands".  Only when the
        names are exactly as many as the count ("two states, A, B and C" names no one)."""
        from concilium.text.counts import number

        noun = t
        while noun.dep_ in ("nummod", "compound", "amod", "det") and noun.head.i > noun.i:
            noun = noun.head
        if noun.lower_ not in GROUP_NOUNS or noun.i in self.actor_at:
            return []
        count = next((c for c in noun.children if c.dep_ == "nummod" and c.i >= t.i), None)
        n = number(count.text) if count is not None else None
        # read from the words: the parser hangs the first name on the group as an apposition
        # or as a conjunct ("two states, Norway and Iceland")
        doc, after = self.doc, noun.i + 1
        if n is None or after + 1 >= len(doc) or doc[after].lower_ != ",":
            return []
        if after + 1 not in self.actor_at:
            return []
        named = self.run_at(after + 1)
        return named if len(named) == n else []

    def companions(self, verb: Any) -> list[str]:
        """Actors who join the verb's owners by a companion phrase in its clause: "joined by
        Belarus and Syria", "alongside Chile", "together with Denmark", "along with Peru",
        "as well as Portugal and Italy", "speaking for Chile and Peru" (not in its relative or
        coordinated clauses)."""
        clause: set[int] = set()
        stack = [verb]
        if (
            verb.dep_ == "ccomp"
            and verb.head.lower_ in _SAY
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children)
        ):
            # "Brazil, speaking for Chile, said it opposed the text": the speaker's own
            # report of its stance, whose clause holds the companions
            clause.add(verb.head.i)
            stack.extend(c for c in verb.head.children if c.i != verb.i)
        if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
            # "a draft put forward by Chile, joined by Peru": the "joined" hangs on the noun
            # beside the verb, and its agents share what the verb's do
            stack.extend(
                c
                for c in verb.head.children
                if c.dep_ == "acl" and c.lower_ == "joined" and c.i > verb.i
            )
        doc = self.doc
        while stack:
            t = stack.pop()
            clause.add(t.i)
            for c in t.children:
                if c.dep_ == "xcomp":
                    # "Iran declined to vote in favour and abstained, together with Ecuador":
                    # a companion phrase set off by a comma, which the parser hangs on the
                    # infinitive, closes the whole clause (not "refused to vote with Israel")
                    clause.update(
                        k.i
                        for p in c.children
                        if p.dep_ in ("prep", "advmod")
                        and p.lower_ in ("with", "alongside", "along", "together")
                        and p.left_edge.i > 0
                        and doc[p.left_edge.i - 1].text == ","
                        for k in p.subtree
                        if k.lower_ in ("with", "alongside")
                    )
                if (
                    c.dep_ in ("conj", "relcl", "ccomp", "parataxis", "xcomp", "acl")
                    and c.lower_ != "joined"
                    # "Brazil, also speaking for Chile, voted": the parser may hang the
                    # participle on the subject
                    and not (c.dep_ == "acl" and c.lower_ in _SPEAKING and t.dep_ == "nsubj")
                ):
                    continue
                if c.dep_ == "advcl" and any(k.dep_.startswith("nsubj") for k in c.children):
                    continue
                stack.append(c)
        out: list[str] = []
        for i in sorted(clause):
            low = doc[i].lower_
            start = None
            if (
                low in ("alongside", "besides")
                or low == "with"
                and i > 0
                and doc[i - 1].lower_ in ("together", "along")
            ):
                start = _past_office(doc, i + 1)
            elif low == "as" and doc[i + 1 : i + 3].text.lower() == "well as":
                start = i + 3
            elif (
                low == "like"
                and doc[i].dep_ == "prep"
                and (i == 0 or doc[i - 1].text == ",")
                and i + 1 in self.actor_at
                and not any(k.dep_ in ("relcl", "acl") for p in doc[i].children for k in p.subtree)
            ):
                # "Denmark, like Britain, abstained", "Like Britain, Denmark abstained": a
                # state set off by commas as doing the same ("unlike" is another word); not
                # one told of in a clause of its own ("like Britain, which voted against")
                start = i + 1
            elif low == "as" and i >= 2 and doc[i - 2 : i].text.lower() == "as well":
                start = i + 1
            elif low == "behalf" and i > 0 and doc[i - 1].lower_ == "on":
                # "presented by Malaysia on behalf of the five countries in the inquiry"
                of = next(
                    (c for c in doc[i].children if c.dep_ == "prep" and c.lower_ == "of"), None
                )
                group = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
                if group is not None:
                    out.extend(a for a in self.members_of(group) if a not in out)
            elif (
                low == "for"
                and doc[i].head.lower_ in _SPEAKING
                and not _negated(doc[i].head)
                and any(c.dep_ == "pobj" and c.i in self.actor_at for c in doc[i].children)
            ):
                # "Brazil, also speaking for Chile and Peru, voted against": the states it
                # spoke for (by name: not "speaking for Chile's proposal", nor "for the motion")
                start = i + 1
            elif low == "joined" and doc[i].tag_ == "VBN":
                agent = next((c for c in doc[i].children if c.dep_ == "agent"), None)
                start = agent.i + 1 if agent is not None else None
            elif (
                low == "with"
                and doc[i].dep_ == "prep"
                and self.drafted_by_actors(doc[i].head)
                and [c.i for c in doc[i].children] == [i + 1]
                and i + 1 in self.actor_at
                and not any(k.tag_.startswith("VB") for k in doc[i + 1].subtree)
            ):
                # "a draft tabled by Chile and Peru with Ecuador": a co-author
                # beside the agents (not "with Russia abstaining", "with US backing")
                start = i + 1
            if start is not None and start < len(doc):
                out.extend(a for a in self.run_at(start) if a not in out)
        return out

    def drafted_by_actors(self, t: Any) -> bool:
        """Whether ``t`` is a drafting verb whose agents are actors ("tabled by Chile"),
        or one of those agents (the parser may hang a "with" on either)."""
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.i in self.actor_at:
            t = t.head.head
        return t.lower_ in SPONSOR_VERBS and any(
            c.dep_ == "agent" and any(p.i in self.actor_at for p in c.children) for c in t.children
        )

    def members_of(self, group: Any) -> list[str]:
        """The actors a group noun names: its own words and appositions ("the sponsors,
        Chile and Peru"), else a list right after it, plain ("the five countries - A, B and
        C -") or as an absolute clause ("the five countries - the others being A and B")."""
        found = self.actors_of(group, pronouns=False)
        if found or group.tag_ != "NNS":
            return found
        doc = self.doc
        for t in doc[group.i + 1 : group.right_edge.i + 8]:
            # "the others being Australia, Belgium and Ukraine", an absolute clause after the
            # group or in apposition to it ("others" its subject, or the noun it describes)
            subj = t.head if t.dep_ == "acl" else None
            subj = next((c for c in t.children if c.dep_.startswith("nsubj")), subj)
            if t.lower_ == "being" and subj is not None and subj.lower_ in _OTHERS:
                return [
                    a
                    for c in t.children
                    if c.dep_ == "attr"
                    for a in self.actors_of(c, pronouns=False)
                ]
        marks = _LIST_MARKERS | {"(", ","}
        end = group.right_edge.i  # the dash may hang on the group noun itself
        if doc[end].lower_ not in marks:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in marks:
            return []
        start = end + 1
        while start < len(doc) and doc[start].lower_ in ("namely", "including", "the"):
            start += 1
        return self.run_at(start)

    # -- owners --------------------------------------------------------------------------
    def owners(self, verb: Any, depth: int = 0, first: Any = None) -> list[str]:
        if depth > 4:
            return []
        first = verb if first is None else first  # the cue verb, whose list a count heads
        kids = list(verb.children)
        join = _joined_in(verb)
        if join is not None:
            # "Ghana joined Kenya in voting against it": the one who joins and the one joined
            objs = [c for c in join.children if c.dep_ == "dobj"]
            joiners = self.owners(join, depth + 1)
            joined = [a for o in objs for a in self.actors_of(o)]
            if not joined and joiners and any(o.lower_ == "them" for o in objs):
                # "Leaders from Denmark and Sweden joined them in backing the mission": "them"
                # is the previous sentence's actors, when they are one list and not the joiners
                joined = [a for a in self.previous_list if a not in joiners]
                if len(joined) != len(self.previous_list):
                    joined = []
            if _negated(join):
                # "Britain did not join the Americans in voting against it": only the ones
                # joined did it; of the joiner the text says only what it did not do
                return [a for a in dict.fromkeys(joined) if a not in joiners]
            return list(dict.fromkeys([*joiners, *joined]))
        if _won_over(verb) or _outvoted(verb):
            # "Turkey was won over (by the memorandum)", "Ireland was outvoted": the one won
            # over (outvoted) holds the stance
            subjects = [c for c in kids if c.dep_ == "nsubjpass"]
            first = verb
            while not subjects and first.dep_ == "conj" and first.head.i != first.i:
                # "Poland and Hungary fought the rules and were outvoted": the first verb's
                # subject (33-13)
                first = first.head
                subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [a for c in subjects for a in self.actors_of(c)]
        if _outvoting(verb):
            # "approved it, outvoting Hungary and Slovakia": the ones outvoted, the object
            return [a for c in kids if c.dep_ == "dobj" for a in self.actors_of(c)]
        if _forces_assigned(verb):
            # "Aircraft from Spain were assigned to the campaign": the states whose forces
            # they are (not an agent: "jets from Spain were assigned by the commander")
            return [a for c in kids if c.dep_ == "nsubjpass" for a in self.actors_of(c)]
        for c in kids:
            if c.dep_ == "agent" and not _by_a_margin(c):
                # each "by" of "pushed by the Commission and by Germany" (not "but not by
                # Hungary")
                return [
                    a
                    for by in (c, *c.conjuncts)
                    if by is c or not _not_by(by)
                    for p in by.children
                    if p.dep_ == "pobj" and not self.owned_name(p)
                    for a in self.actors_of(p)
                ]
        low_by = _by_after_through(verb)
        if low_by is not None:
            # "shepherded through the talks by Belgium", the "by" hung on "talks"
            return [a for p in low_by.children if p.dep_ == "pobj" for a in self.actors_of(p)]
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
        if not subj and _opposed_to(verb):
            # "France was opposed to the plan": a state the subject is in, not a passive (the
            # parser may hang the subject on the "was")
            subj = [c for c in kids if c.dep_ == "nsubjpass"] or [
                s
                for c in kids
                if c.dep_ == "auxpass"
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
            ]
        elif _reported_ready(verb):
            # "Kenya and Ghana were reported ready to send contingents": the subject's
            # readiness, as the article tells it (29-25)
            return [a for c in kids if c.dep_ == "nsubjpass" for a in self.actors_of(c)]
        elif any(c.dep_ == "nsubjpass" for c in kids):
            return []
        if subj:
            # the subject nearest before the verb ("... — A, B and C — and Guyana abstained",
            # parsed with both as subjects)
            s = max(
                (c for c in subj if c.i < verb.i and c.tag_ != "DT"),  # not "both", "all"
                key=lambda c: c.i,
                default=subj[0],
            )
            s = self._past_description(subj, s)
            if s.lower_ in _RELATIVE and verb.dep_ == "conj":
                # "Merkel, whose country took in most refugees and who backed the plan": a
                # relative clause coordinated after another is said of the same noun
                rel = verb.head
                while rel.dep_ == "conj" and rel.head.i != rel.i:
                    rel = rel.head
                if (
                    rel.dep_ in ("relcl", "acl")
                    and not _text_acts(verb)
                    and rel.head.lower_ not in AMENDMENT_NOUNS
                    and _word(rel.head) not in TEXT_NOUNS
                ):
                    return self._noun_owner(rel.head, depth)
            if s.lower_ in _RELATIVE and verb.dep_ in ("relcl", "acl"):
                if _text_acts(verb) or verb.head.lower_ in AMENDMENT_NOUNS:
                    # "the resolution, which backs the plan": the text's content; "Russia's
                    # amendment, which failed, and then abstained": an amendment casts no vote
                    return []
                # "China, which voted for it, and Russia, which did not, ...": a relative clause
                # is said of the names before it, not of those coordinated after it (each of
                # which may have its own, as here)
                later = {
                    a
                    for c in verb.head.conjuncts
                    if c.i > verb.right_edge.i
                    for a in self.actors_of(c)
                }
                if verb.head.i in self.actor_at and self.excepted(verb.head.i):
                    # "all members except Hungary, which voted against": said of the
                    # exception itself (which ``actors_of`` leaves out of the others' list)
                    return [
                        self.actor_at[c.i]
                        for c in (verb.head, *verb.head.conjuncts)
                        if c.i in self.actor_at and c.i < verb.i
                    ]
                return [a for a in self._noun_owner(verb.head, depth) if a not in later]
            if s.lower_ in ("all", "both", "each") and verb.dep_ in ("relcl", "acl"):
                # "Kenya, Norway and Mexico, all of which voted in favour"
                rel = [p for c in s.children if c.lower_ == "of" for p in c.children]
                if any(p.lower_ in _RELATIVE for p in rel):
                    return self._noun_owner(verb.head, depth)
            if s.lower_ in _PRONOUNS:
                return self._pronoun(verb, s)
            if s.lower_ == "both" and not list(s.children):
                # "Neither Russia nor China supported it; both abstained": the two named
                # just before, as "they" (nothing when they are not two)
                found = self._pronoun(verb, s, as_word="they")
                return found if len(found) == 2 else []
            if verb.dep_ == "relcl" and _represents_whose(s):
                # "France and Saudi Arabia, whose diplomats presented the resolution": the
                # representatives of the noun the clause describes act for it
                return self._noun_owner(verb.head, depth)
            misread = self._clause_in_aside(s)
            if misread:
                return misread
            found = self.actors_of(s)
            if found:
                return (
                    self._root_described_first(verb, s)
                    + self._described_before(subj, s)
                    + found
                    + self._list_run_on(s, verb, found)
                )
            found = self.office_holder(s)
            if found:
                return found
            found = self.counted_back(s)
            if found:
                return found
            found = self._among_group(verb, s)
            if found:
                return found
            if s.lower_ in _COUNTED_NOUNS | _OTHERS and self._list_opens_after(verb):
                # "All the other members backed the draft: Australia, Austria and Kenya" (the
                # list parsed as the object's apposition): the members are the states listed
                return self.list_after(first)
            if any(c.dep_ == "nummod" for c in s.children) or s.tag_ == "CD" or s.like_num:
                listed = self.list_after(first)
                # "All 27, Hungary included, backed the plan"
                for c in kids:
                    if c.dep_ == "parataxis" and c.lower_ == "included":
                        listed += [
                            a
                            for k in c.children
                            if k.dep_.startswith("nsubj")
                            for a in self.actors_of(k)
                            if a not in listed
                        ]
                return listed
            return []
        fronted = self.time_fronted(verb)
        if fronted:
            return fronted
        past_aside = self.named_before_aside(verb)
        if past_aside:
            return past_aside
        switched = _switch_prep(verb)
        if switched is not None:
            # "Poland switched from opposing the text to abstaining": the switcher's vote is
            # the one it moved to; the one it left is none
            return self.owners(switched[1], depth + 1, first) if switched[0] == "to" else []
        subject = _subject_read_as_object(verb)
        if subject is not None:
            return self.actors_of(subject, pronouns=False)
        if (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
            and verb.head.tag_.startswith("NN")
            and verb.head.dep_ in ("dobj", "pobj")
        ):
            # "the United States declined to use its veto and abstained", parsed with the
            # verb as a conjunct of the object noun: the verb shares the subject of the verb
            # that governs the noun
            gov = next((a for a in verb.head.ancestors if a.tag_.startswith("VB")), None)
            if gov is not None:
                return self.owners(gov, depth + 1, first)
        speaker = self.speaker_of_conjunct(verb)
        if speaker is not None:
            return self.owners(speaker, depth + 1, first)
        if verb.dep_ == "xcomp" and verb.head.lower_ in (_OBJECT_CONTROL | _PERSUADE) - _PRESS:
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                # "forcing the other member states to agree", "persuaded Hungary to back it":
                # the object does what the infinitive says, not the subject
                return self.actors_of(obj)
            if verb.head.lower_ in _PERSUADE - _PRESS and any(
                c.dep_ == "auxpass" for c in verb.head.children
            ):
                # the passive: "Turkey was persuaded to lift its objections" (Turkey did;
                # but "had been forced to accept rules they did not want" is no consent)
                return [
                    a
                    for c in verb.head.children
                    if c.dep_ == "nsubjpass"
                    for a in self.actors_of(c)
                ]
        aside = _set_off_participle(verb)
        if aside is None:
            aside = _participle_before(verb)  # "A and B, passed over in 1997, welcomed it"
        if aside is not None:
            # "..., and Cuba, often criticised in the old commission, voted for it too",
            # parsed with the participle set off by commas as a clause of its own: the verb
            # after it is Cuba's, not the first clause's subject's
            return self.actors_of(aside)
        if verb.dep_ == "conj":
            b = self._before_subjectless(verb)
            if (
                b is not None
                and b in self.actor_at
                and self.doc[b].dep_ == "conj"
                and self.doc[b].head.dep_ in ("dobj", "pobj")
            ):
                # "Peru voted for the text and Chile voted against it", parsed with Chile as
                # a conjunct of the object and "voted" with no subject: the name before the
                # verb is its subject (else Peru got both votes, and neither was kept)
                return self.subject_before(verb)
        shares_subject = (
            verb.dep_ in ("conj", "xcomp")
            or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
            or _takes_part_for(verb)
            or _only_to(verb)
        )
        if shares_subject and verb.head.i != verb.i:
            return self.owners(verb.head, depth + 1, first)
        if _readiness(verb) and _ready_to_consent(verb, first):
            # "Luxembourg had been willing to sign up to the text": the copula's subject
            return self.owners(verb.head, depth + 1, first)
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ in ("before", "after", "by", "while", "since", "upon", "in")
            and verb.head.head.tag_.startswith("VB")
        ):
            # (and "Russia was alone in opposing the text", "stood alone in voting against",
            # "was isolated in supporting the reform": the subject of the verb "in" hangs on)
            # "Hungary blocked the sanctions for weeks before lifting its veto": the gerund's
            # subject is the verb's its preposition hangs on
            gov = verb.head.head
            if (
                verb.head.lower_ == "by"
                and gov.dep_ in ("ccomp", "xcomp")
                and gov.head.lower_ in _LET_VERBS
            ):
                # "Mexico let the text pass by abstaining": the one who lets it, not the text
                gov = gov.head
            return self.owners(gov, depth + 1, first)
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ == "in"
            and verb.head.head.lower_ in _KEY_PART
            and verb.head.head.dep_ == "acomp"
            and verb.head.head.head.tag_.startswith("VB")
            and not _negated(verb.head.head.head)
        ):
            # "Canada was instrumental in pushing the step through": the deed is the
            # copula's subject's, as in "played a key role in pushing it through"
            return self.owners(verb.head.head.head, depth + 1, first)
        if (
            verb.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lower_ in _BREAK
            and any(c.dep_ == "dobj" and c.lower_ == "ranks" for c in verb.head.children)
        ):
            # "Britain broke ranks to vote against it": the vote is the subject's (the
            # breaking of ranks alone says no way)
            return self.owners(verb.head, depth + 1, first)
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ in ("before", "after")
            and _word(verb.head.head) in _TIME_SPAN_NOUNS
            and verb.head.head.dep_ == "pobj"
            and verb.head.head.head.head.tag_.startswith("VB")
        ):
            # "Germany held out until the last minute before voting in favour", parsed with
            # "before" hung on "minute": the gerund is still the subject's of "held out"
            return self.owners(verb.head.head.head.head, depth + 1, first)
        if verb.dep_ in ("relcl", "acl"):
            if _text_acts(verb):
                # "a Syria resolution backing the Arab League plan": what the text does, not a
                # stance of the state that names it (its topic or its sponsor)
                return []
            if _done_to_text(verb):
                # "... voted for the Jerusalem text abstained on ...", parsed with
                # "abstained" as a participle on "text": what was done to the text (no agent
                # here), not by the state its name gives (its topic or its sponsor)
                return []
            described = _after_relative(verb)
            if described is not None:
                return self.actors_of(described)
            noun, end = verb.head, verb.head.right_edge.i
            if (
                not self.actors_of(noun)
                and any(c.dep_ == "nummod" for c in noun.children)
                and noun.lower_ in _COUNTED_NOUNS
                and ":" in (self.doc[end].text, self.doc[min(end + 1, len(self.doc) - 1)].text)
            ):
                # "envoys from the five non-NATO countries taking part in the campaign: Jordan,
                # Qatar and Sweden, a spokeswoman said" (28-24): the parser makes the list the
                # subject of "said"; the counted noun's states are those listed after its colon
                return self.list_after(verb)
            return self._noun_owner(verb.head, depth)
        return []

    def _clause_in_aside(self, s: Any) -> list[str]:
        """The real subject when the parser took a verb after a state's description for part
        of it: "Russia, a permanent member, abstained and China opposed it", parsed with
        "abstained" hung on "member" and China as its conjunct: "opposed" is China's (not
        Russia's, whose vote is the "abstained")."""
        for aside in s.children:
            if aside.dep_ != "appos" or aside.i in self.actor_at:
                continue
            for verb in aside.children:
                if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
                    continue
                if any(c.dep_ == "agent" for c in verb.children):
                    continue  # "a member, joined by Peru": a description
                out = [
                    a
                    for c in verb.children
                    if c.dep_ == "conj" and c.i in self.actor_at
                    for a in self.actors_of(c)
                ]
                if out:
                    return out
        return []

    def _past_description(self, subj: list[Any], s: Any) -> Any:
        """The states' subject when the one nearest the verb is their description set off by
        commas, parsed as a second subject: "Greece and Turkey, both members of the
        alliance, abstained" (the subject is "Greece", not "members")."""
        doc = self.doc
        left = s.left_edge.i
        if s.i in self.actor_at or s.lower_ not in GROUP_NOUNS or left == 0:
            return s
        if doc[left - 1].lower_ != ",":
            return s
        before = next((e for e in subj if e.i < s.i and e.right_edge.i == left - 2), None)
        if before is not None and self.actors_of(before, pronouns=False):
            return before
        return s

    def _list_run_on(self, s: Any, verb: Any, found: list[str]) -> list[str]:
        """The names a subject's list goes on with that the parser hung elsewhere, when the
        list runs on by commas and "and" to a dash or comma just before the verb: "The other
        nine - Britain, ..., Japan, New Zealand and Spain - abstained", with "Zealand" parsed
        as the verb's modifier (only the names of that run, read from the words)."""
        run = self.run_at(s.i)
        if len(run) <= len(found) or run[: len(found)] != found:
            return []
        # the run's last name must end right before the verb, past punctuation alone
        last = max((i for i in range(s.i, verb.i) if self.actor_at.get(i) == run[-1]), default=-1)
        if last < 0 or any(not self.doc[k].is_punct for k in range(last + 1, verb.i)):
            return []
        return run[len(found) :]

    def _root_described_first(self, verb: Any, s: Any) -> list[str]:
        """The state named first in "A, whose minister had said ..., and B, which ..., also
        opposed it", which the parser makes the sentence's root with the relative clause hung
        on it and the verb joined to that clause (29-06): A is the verb's subject too.  Only
        when the root is that state's name and an "and" joins the clause to the subject."""
        rel = verb.head
        if verb.dep_ != "conj" or rel.dep_ != "relcl" or rel.i >= s.i:
            return []
        noun = rel.head
        if noun.dep_ != "ROOT" or noun.i not in self.actor_at or noun.i > rel.i:
            return []
        if not any(
            c.dep_ == "cc" and c.lower_ == "and" and rel.i < c.i < s.i for c in rel.children
        ):
            return []
        return [a for a in self.actors_of(noun) if a not in self.actors_of(s)]

    def _described_before(self, subj: list[Any], s: Any) -> list[str]:
        """The states coordinated before subject ``s`` past a description of their own,
        which the parser makes subjects of their own: "Mexico, a former member, and Chile
        opposed it" (Mexico has "a former member" in apposition and the "and" after it)."""
        out: list[str] = []
        for e in subj:
            if e.i >= s.i or e.i not in self.actor_at:
                continue
            kids = list(e.children)
            aside = next((c for c in kids if c.dep_ == "appos"), None)
            joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in kids)
            if aside is not None and joined and aside.i not in self.actor_at:
                out.extend(a for a in self.actors_of(e) if a not in out)
            elif _list_head_cut_off(e, s):
                # "The Americans, the British and the French backed it": the first item of a
                # list of names with "the" made a subject of its own
                out.extend(a for a in self.actors_of(e) if a not in out)
        return out

    def counted_back(self, subj: Any) -> list[str]:
        """The actors a counted group names back: "the seven countries", "the two
        governments", "the prime ministers of the seven countries" are the list of exactly
        that many actors named last, earlier in the sentence or in the two sentences before
        ("Bulgaria, Estonia, ... and Slovenia became members ... The prime ministers of the
        seven countries handed ...").  None when no such list is found, or when the latest
        sentence with one has two of that size."""
        from concilium.text.counts import number

        group = subj
        if group.lower_ not in GROUP_NOUNS:
            if subj.lower_ not in REPRESENTATIVES | _SENT_FROM:
                return []  # "the isolation of the three countries" is no one's act
            group = next(
                (
                    p
                    for c in subj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj" and p.lower_ in GROUP_NOUNS
                ),
                None,
            )
            if group is None:
                return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in group.children):
            return []
        if any(
            c.dep_ == "compound" and c.tag_ == "NN" and c.lower_ != "member" for c in group.children
        ):
            # "the four framework nations", "the two donor countries": states in a role, which
            # the last list of as many (the hosts, the recipients) need not be
            return []
        num = next((c for c in group.children if c.dep_ == "nummod"), None)
        # "the two governments", "the 7 countries" (counts.number reads both)
        n = number(num.text) if num is not None else None
        if n is None or n < 2:
            return []
        # (the lists of the three sentences before: "Controls with A, B, ... and I are to be
        # lifted. ... The nine governments had argued ...")
        before = [(index, actors) for index, _, actors in self.lists_back] + [
            (index, actors)
            for index, at, actors in self.recent_lists
            if index == self.index and at < subj.left_edge.i
        ]
        if not before:
            return []
        # the latest sentence with a list: one list of that size there, else no one ("Moldova,
        # Armenia and Georgia met ..., the two countries" is not the pair named before)
        latest = max(index for index, _ in before)
        at_latest = {tuple(a) for index, a in before if index == latest}
        if len(at_latest) != 1 or len(next(iter(at_latest))) != n:
            return []
        return list(next(iter(at_latest)))

    def _among_group(self, verb: Any, subj: Any) -> list[str]:
        """The members named of a group subject by a phrase the parser hung on the verb:
        "Several governments, among them Austria, had been reluctant" (not the subject's
        own "including" or "such as", which :meth:`actors_of` reads)."""
        if subj.lower_ not in GROUP_NOUNS:
            return []
        out: list[str] = []
        for c in verb.children:
            if (
                c.dep_ != "prep"
                or c.lower_ not in ("among", "including")
                or not (subj.i < c.i < verb.i)
            ):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ == "them" and p.i == c.i + 1:
                    # "Several allies, among them Denmark, Norway and Canada, said ...",
                    # parsed with "them" as the object and the names hung beside it
                    out.extend(self.run_at(p.i + 1))
                else:
                    out.extend(self.actors_of(p, pronouns=False))
        return list(dict.fromkeys(out))

    def speaker_of_conjunct(self, verb: Any) -> Any | None:
        """The verb of saying whose subject a coordinated verb shares when the parser hung it
        on the reported clause instead: "Carter said there was a criminal syndicate ..., and
        backed the deployment" ("backed" parsed as a conjunct of "was").  Only when the
        reported clause's subject cannot be the coordinated verb's: an expletive ("there",
        "it"), no subject, or, after a comma before the conjunction, a noun that names no
        actor, with the two verbs in the same tense ("Kerry said the talks had been hard,
        and backed the plan").  Else ``None``."""
        head = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in verb.children)
            or head.dep_ != "ccomp"
            or head.i > verb.i
        ):
            return None
        speech = head.head
        if speech.lower_ not in _REPORTING or speech.i > head.i:
            return None
        subj = [c for c in head.children if c.dep_.startswith("nsubj") or c.dep_ == "csubj"]
        if not subj or all(c.dep_ == "expl" or c.lower_ == "there" for c in subj):
            return speech
        s = subj[0]
        past_perfect = speech.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in speech.children
        )
        if (
            (verb.tag_ == speech.tag_ or (past_perfect and verb.tag_ == "VBD"))
            and s.lower_ not in _PRONOUNS
            and s.tag_ != "EX"
            and not any(t.i in self.actor_at for t in s.subtree)
            and self.doc[verb.i - 1].lower_ in ("and", "but")
            and verb.i >= 2
            and self.doc[verb.i - 2].lower_ == ","
        ):
            return speech
        return None

    def _noun_owner(self, noun: Any, depth: int) -> list[str]:
        found = self.actors_of(noun)
        if found:
            return found
        t = noun
        for _ in range(3):  # "X was the only member to vote", "X were among the nine that..."
            if t.dep_ in ("attr", "pobj", "prep", "acomp", "oprd") and t.head.i != t.i:
                t = t.head
                if t.tag_.startswith("VB"):
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    if not subj:
                        return []
                    # "Nine states, among them Austria, wrote to the Commission before the
                    # summit calling for ...": the named members of a group subject
                    return self.actors_of(subj[0]) or self._among_group(t, subj[0])
            else:
                break
        return []

    def _clause_subject_owner(self, pron: Any) -> list[str]:
        """The owners of the nearest clause above a possessive ``pron`` ("its", "their") on
        the object of a verb that carries it ("use its veto", see ``_carries``) and has no
        subject of its own: the nearest clause above that has a subject naming an actor or
        "it" / "they" ("Moscow said it was ready to use its veto": Moscow's veto, not the
        sentence before's subject's).  Nothing when that subject is neither, or when the verb
        comments on the noun ("Britain condemned its veto": the one told before)."""
        noun, verb = pron.head, pron.head.head
        if noun.dep_ != "dobj" or not verb.tag_.startswith("VB") or not _carries(verb):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            return []  # the verb's own subject ("Poland withdrew its backing"): as before
        for a in verb.ancestors:
            if not a.tag_.startswith("VB"):
                continue
            subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.left_edge.i <= pron.i <= subj.right_edge.i:
                continue  # no subject, or the pronoun is in it ("its support was firm")
            if subj.i in self.actor_at or subj.lower_ in ("it", "they"):
                return self.owners(a)
            return []
        return []

    def _pronoun(self, verb: Any, pron: Any, as_word: str | None = None) -> list[str]:
        low = as_word or pron.lower_  # "both" is read as "they" (see ``owners``)
        # A quote opened after a verb of saying is its subject's words: "We heard China say
        # 'we support the text'" (the pronoun is China, not the speaker of the sentence).
        quoted = self._quoted_speaker(pron)
        if quoted is not None:
            return quoted
        # The speaker of the clause first ("China said it opposed ..."), then the last subject.
        t = verb
        while t.dep_ in ("ccomp", "conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if (
                low in ("they", "he", "she", "it")
                and subj
                and subj[0].lower_ in ("that", "which", "who")
                and t.dep_ == "relcl"
            ):
                # "the countries that said they would send warships": they are the countries;
                # "Tsipras, who had warned he might withhold his signature": he is Tsipras
                # (not the speaker of the sentence before)
                return self._noun_owner(t.head, 0)
            if subj and subj[0].lower_ not in _PRONOUNS:
                # "Several allies, among them Denmark and Norway, said they ...": the named
                # members of a group subject (hung on the verb, or parsed as a second subject)
                found = self.actors_of(subj[0]) or self._among_group(t, subj[0])
                if not found and subj[0].lower_ in GROUP_NOUNS:
                    found = next(
                        (f for k in subj[1:] if (f := self.actors_of(k, pronouns=False))), []
                    )
                if found:
                    return found[:1] if low not in ("they", "we") else found
        if (
            low in ("it", "they")
            and t.i != verb.i
            and t.dep_ in ("relcl", "acl")
            and not any(c.dep_.startswith("nsubj") for c in t.children)
            and t.head.dep_ == "attr"
        ):
            # "Bulgaria was the only member to have said that it would vote yes": the clause
            # with no subject of its own describes the copula's subject, which the pronoun is
            # (not the subject of the sentence before, 29-06; test_draft_inv29)
            subj = [c for c in t.head.head.children if c.dep_ == "nsubj"]
            found = self.actors_of(subj[0], pronouns=False) if subj else []
            if found:
                return found[:1] if low == "it" else found
        if low in ("it", "they"):
            # a subject earlier in the same sentence, in a clause the pronoun's does not hang
            # on: "Russia did not abstain; it voted no", "Although France had doubts, it
            # voted for the text" (only the nearest subject, only when it names actors, and
            # only when one clause hangs directly on the other's verb)
            earlier = [
                c
                for c in self.doc[: pron.i]
                if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS | _RELATIVE
            ]
            near = earlier[-1] if earlier else None
            if near is not None and (
                near.head.head.i == pron.head.i or near.head.i == pron.head.head.i
            ):
                # the clauses are linked directly (one hangs on the other's verb)
                found = self.actors_of(near)
                if found:
                    return found[:1] if low == "it" else found
        if low in ("they", "we"):
            return list(self.context)
        return self._context_one(low)

    def _context_one(self, low: str) -> list[str]:
        """The previous sentence's one subject actor that a singular pronoun stands for; not
        for a person's "he" or "her" after a state named as itself ("France changed course.
        Her own government remained opposed": hers is a person's, not France's)."""
        if len(self.context) != 1:
            return []
        told = self.context_persons
        if low in _HIS_HERS and told is not None:
            if not told:
                return []  # no person was told of: "France changed course. Her ..."
            same = _HE if low in _HE else _HIS_HERS - _HE
            if told <= _HIS_HERS and not told & same:
                return []  # "Macron backed her rather than his own candidate. Her ..."
        return self.context[:1]

    def _quoted_speaker(self, pron: Any) -> list[str] | None:
        """The actors whose words a first-person pronoun is in when it stands in a quote
        opened right after a verb of saying ("China say 'we support it'", "Russia told us,
        'We will veto this text'"): the verb's subject (none when it names no actor: "a
        diplomat said, 'we ...'"); ``None`` when the pronoun is in no such quote (issue 13,
        inversion probes: quotes inside quotes)."""
        if pron.lower_ not in ("we", "i", "our", "my"):
            return None
        doc = self.doc
        j = pron.i - 1
        while j >= 0 and doc[j].text not in ("'", "‘") and doc[j].tag_ != "``":
            if doc[j].text in ("'", "’") or doc[j].tag_ == "''":
                return None  # a quote closed before the pronoun
            j -= 1
        if j < 0 or doc[j].text not in ("'", "‘"):
            return None  # only single quotes: the double ones are the sentence's own speaker's
        k = j - 1
        while k >= 0 and doc[k].text in (",", ":"):
            k -= 1
        while k >= 0 and doc[k].lower_ in ("us", "me", "them", "him", "her", "reporters"):
            k -= 1
        if k < 0 or doc[k].lower_ not in _SAY:
            return None
        subj = [c for c in doc[k].children if c.dep_ == "nsubj"]
        return self.actors_of(subj[0]) if subj else []


_WIN_NOUNS = {"victory", "success", "win", "triumph"}


def _outcome_won(tok: Any) -> bool:
    """A win noun whose subject is the vote or its result ("The vote was a victory for
    Hungary"): the actors won what the vote gave, the text's adoption or its failure."""
    if tok.lower_ not in _WIN_NOUNS or tok.dep_ != "attr":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _OUTCOMES


def _victory_for(sent: _Sentence, tok: Any) -> bool:
    """A decision that was a win for the actors after "for": "The deal was a victory for
    Britain", "the outcome is a success for the group led by
    Blair": the decision (the copula's subject) won what the actors after "for" wanted.  Not
    negated ("was no victory for"), not against someone ("a victory for A over B")."""
    head = tok.head
    if tok.dep_ != "attr" or head.lower_ not in _BE or _negated(head):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or _word(subj) not in PROPOSAL_NOUNS or subj.lower_ in ("it", "this", "them"):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if [c.lower_ for c in preps] != ["for"]:
        return False
    return any(t.i in sent.actor_at for t in preps[0].subtree)


def _not_by(by: Any) -> bool:
    """Whether a conjoined "by" is denied: "but not by Hungary", "and never by Poland"."""
    doc = by.doc
    near = {doc[k].lower_ for k in range(max(0, by.i - 2), by.i)}
    return bool(near & {"not", "never", "nor"}) or any(c.dep_ == "neg" for c in by.children)


def _only_to(verb: Any) -> bool:
    """An outcome told as "only to ..." after the verb it hangs on ("threatened a veto, only to
    relent hours later"): what the same subject did next, not a purpose (so its stance is the
    subject's, and the later one)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children)
    )


def _set_off_participle(verb: Any) -> Any | None:
    """The subject of a participle set off by commas just before a conjoined verb, misparsed
    as a clause of its own ("and Cuba, often criticised by others, voted for it"): the noun
    before the first comma; None when the conjunct before the verb is no such participle
    (a real clause "and Cuba abstained, voting ..." has no comma after its subject)."""
    if verb.dep_ != "conj" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    part = before[-1] if before else None
    if part is None or part.tag_ != "VBN" or any(c.dep_ == "cc" for c in part.children):
        return None
    if part.right_edge.i != verb.i - 2 and part.right_edge.i != verb.i - 1:
        return None
    subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
    if subj is None or subj.i + 1 >= len(subj.doc) or subj.doc[subj.i + 1].text != ",":
        return None
    if any(t.dep_ == "cc" for t in verb.doc[part.i : verb.i]):
        return None
    return subj


def _participle_before(verb: Any) -> Any | None:
    """The subject of a main verb the parser left without one, having read the participle set
    off by commas between them as a clause that takes the subject ("Romania and Slovenia,
    passed over two years ago, welcomed the plan", with "passed" a clause under "welcomed"):
    the noun before the first comma.  None unless the participle carries no auxiliary, object
    or subordinator of its own (a real clause) and stands alone between the two commas."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent") for c in verb.children):
        return None
    part = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if part is None or part.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "mark", "ccomp") for c in part.children):
        return None
    if part.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
    if subj is None:
        return None
    # the comma after the subject (the parser may hang it on the subject)
    end = subj.right_edge.i
    comma = end if verb.doc[end].text == "," else end + 1
    if comma >= part.i or verb.doc[comma].text != ",":
        return None
    # only adverbs between the comma and the participle ("Romania, long passed over, ...")
    if any(t.head.i != part.i or t.dep_ != "advmod" for t in verb.doc[comma + 1 : part.i]):
        return None
    return subj


def _after_relative(verb: Any) -> Any | None:
    """The subject of a main verb the parser hung on the object of a relative clause before
    it: in "Merkel, who chaired the summit, called the deal a breakthrough" "called" is parsed
    as a participle of "summit"; a finite past verb after the clause's closing comma is the
    sentence's own, and its subject is the noun the relative clause describes ("Merkel")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i < 2:
        return None
    if verb.doc[verb.i - 1].lower_ != "," or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    rel = verb.head.head if verb.head.dep_ in ("dobj", "pobj", "attr") else None
    while rel is not None and rel.dep_ == "prep":
        rel = rel.head
    if rel is None or rel.dep_ != "relcl" or rel.head.i > rel.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in rel.children):
        return None
    return rel.head


def _is_removal(tok: Any) -> bool:
    """A verb that removes its object: "lifted", "withdrew", "gave up", "set aside"."""
    low = tok.lower_
    if low in REMOVAL:
        return True
    part = _REMOVAL_PHRASAL.get(low)
    return part is not None and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == part for c in tok.children
    )


def _removed(verb: Any) -> Any | None:
    """What a removal verb removes: its object ("dropped the veto"), the subject of its passive
    ("the veto was lifted") or the noun of "the lifting of the veto"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and not verb.tag_.startswith("VB"):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _blocking(t: Any) -> bool:
    """A noun that stands in the proposal's way: a veto, an objection, a hold, a block, a
    reservation, or a threat of one ("its veto threat", "the threat of a veto")."""
    low = t.lower_
    if low not in BLOCKING:
        return False
    if low not in ("threat", "threats"):
        return True
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in BLOCKING:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.dep_ == "pobj" and p.lower_ in BLOCKING for p in c.children)
        ):
            return True
        if c.dep_ in ("acl", "relcl") and c.lower_ in ("veto", "block", "to"):
            return True
    return False


_BLOCK_VERBS = {"veto", "vetoes", "block", "blocks"}
# A threat to veto or block, told by its verb or its noun ("threatened to veto the plan", "a
# veto threat", "threatening to block it"): what "the threat" after it names back.
_BLOCK_THREAT_TOLD = re.compile(
    r"\bthreat\w*\s+(?:of\s+(?:a\s+)?|to\s+(?:\w+\s+)?)(?:veto|block)|\b(?:veto|block)\s+threats?\b",
    re.IGNORECASE,
)


def _block_threat_named_back(sent: _Sentence, noun: Any) -> bool:
    """ "the threat", "its threat", "that threat" with nothing else to say what threat: the
    veto or block threat told in the sentence before or earlier in this one ("Hungary
    threatened to veto the plan. It later withdrew the threat."); any other threat ("threatened
    to cut gas supplies") is not one in the decision's way."""
    if noun.lower_ not in ("threat", "threats"):
        return False
    kids = list(noun.children)
    if not kids or any(
        c.dep_ not in ("det", "poss") or c.lower_ not in ("the", "its", "their", "that", "this")
        for c in kids
    ):
        return False
    told = sent.before + " " + " ".join(t.text for t in sent.doc[: noun.i])
    return bool(_BLOCK_THREAT_TOLD.search(told))


_SKIP_BACK = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "'s", "’s"}


def _remover(noun: Any) -> Any | None:
    """The word that removes this noun, if any: its governing removal verb ("withdrew its
    support", "the veto was lifted", "the lifting of the veto"), else a removal word just
    before it, across determiners, possessives and actor names ("Orbán lifts veto", tagged as
    a noun compound in a headline)."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and _is_removal(head):
        return head
    if (
        noun.dep_ == "nsubj"
        and head.lower_ in _VANISH
        and (_blocking(noun) or noun.lower_ in BACKING)
    ):
        return head  # "Turkey's opposition melted away": gone, as if lifted (or withdrawn)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in REMOVAL:
        return head.head
    later = _removed_by_pronoun(noun)
    if later is not None:
        return later
    for c in noun.children:
        if (
            c.dep_ == "relcl"
            and _is_removal(c)
            and any(d.dep_ in ("dobj", "nsubjpass") and d.lower_ in _RELATIVE for d in c.children)
        ):
            return c  # "Hungary's objection, which it lifted on Monday, ..."
    i = noun.i - 1
    doc = noun.doc
    steps = 0
    while i >= 0 and steps < 4:
        t = doc[i]
        if t.lower_ in REMOVAL:
            return t
        if t.lower_ in _SKIP_BACK or t.tag_ in ("NNP", "NNPS", "POS", "PRP$", "DT"):
            i -= 1
            steps += 1
            continue
        break
    return None


# Verbs by which what stood in the way goes of itself: "its objections melted away".
_VANISH = {
    f
    for v in ("melt", "evaporate", "fade", "dissolve", "disappear", "vanish", "crumble")
    for f in _inflect(v)
}
# Verbs by which a veto or objection happens: "the veto never came", "did not materialise".
_HAPPEN = {
    f
    for v in ("come", "materialise", "materialize", "happen", "arrive", "emerge")
    for f in _inflect(v, "came")
}


def _never_happened(noun: Any) -> bool:
    """Whether a blocking noun is said not to have happened: "Hungary's veto never came", "a
    threatened Turkish veto did not materialise", "failed to materialise" (read as the
    veto cast: an inversion, issue 13, red team 18).  No stance: a veto not cast is no vote."""
    if noun.dep_ != "nsubj" or not _blocking(noun):
        return False
    verb = noun.head
    if verb.lower_ in _HAPPEN:
        return _negated(verb)
    return verb.lower_ in _FAIL_WORDS and any(
        c.dep_ == "xcomp" and c.lower_ in _HAPPEN for c in verb.children
    )


def _removed_by_pronoun(noun: Any) -> Any | None:
    """A removal verb later in the sentence whose object is "it" standing for this blocking
    noun, the nearest one before it: "Finland's objection was the last hurdle; it was lifted
    on Tuesday" (issue 13, inversion probes)."""
    if not _blocking(noun):
        return None
    for t in noun.doc[noun.i + 1 :]:
        same = t.dep_ == "attr" and t.head.i == noun.head.i and noun.dep_ == "nsubj"
        if t.tag_.startswith("NN") and _blocking(t) and not same:
            return None  # a nearer block ("it" is that one), not the noun's own predicate
        if t.lower_ in ("it", "this") and t.dep_ in ("dobj", "nsubjpass") and _is_removal(t.head):
            return t.head
    return None


def _vote_no(verb: Any, c: Any) -> bool:
    """Whether ``c`` is the "no" of "voted no" (the vote cast, which the parser may tag as a
    negation: "Britain, which ..., voted no"), not a negation of the verb."""
    return c.lower_ == "no" and c.i == verb.i + 1 and VERBS.get(verb.lower_, ("",))[0] == "vote"


@per_token  # a question of the parse alone, asked some three times a token
def _negated(tok: Any) -> bool:
    def neg(t: Any) -> bool:
        return any(
            (c.dep_ == "neg" and not _vote_no(t, c))
            # "could hardly oppose it", "scarcely backed it": a denial, as "not"
            or c.lower_ in ("never", "hardly", "scarcely")
            or (c.dep_ == "preconj" and c.lower_ == "neither")
            for c in t.children
        )

    if neg(tok) or _negated_scope(tok, neg):
        return True
    if tok.dep_ == "acomp" and tok.tag_ == "VBN" and neg(tok.head):
        return True  # "Berlin was not opposed to the deal": the copula carries the negation
    if tok.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and tok.head.i < c.i < tok.i for c in tok.head.children
    ):
        return True  # "neither backed it nor blocked it", "did not back it nor block it"
    # "rather than use its veto", "instead of blocking it"; not through a relative clause's
    # noun ("rather than the plan Georgia had sought": Georgia did seek it)
    for t in (tok,) if tok.dep_ == "relcl" else (tok, tok.head):
        before = [x.lower_ for x in tok.doc[max(0, t.i - 4) : t.i]]
        for a, b in itertools.pairwise(before):
            if (a, b) in (("rather", "than"), ("instead", "of")):
                return True
    if _act_given_up(tok) and (tok.lower_ in VERBS or tok.lower_ in _PHRASAL_FORMS):
        # "stopped blocking the mission", "ceased to oppose it": no longer done (but still
        # done when the ending is itself denied: "refused to stop blocking it"); an act that
        # is no stance may be what a stance ends ("pledged to stop buying Russian oil")
        return not _negated(tok.head)
    if tok.dep_ == "xcomp" and tok.head.lower_ in _FAIL_WORDS:
        # "failed to back it"; but a negated failure is a double negation: "never once
        # failed to support it", "not one leader, not even Orban, failed to back it"
        return not (neg(tok.head) or _negated_scope(tok.head, neg))
    if tok.dep_ == "xcomp" and neg(tok.head):
        return True
    left = tok.doc[max(0, tok.i - 3) : tok.i]
    return [t.lower_ for t in left][-2:] == ["yet", "to"]


# Readiness told by an adjective ("Malta was willing to back it", "ready to sign up to"):
# the one who is ready is the copula's subject.
_READY_WORDS = {"willing", "ready", "prepared"}


# A readiness told as reported ("were reported ready to send contingents", "were said to be
# ready to send troops", 29-25): the article gives it as the subject's own position, so it is
# read as "was ready" is; a rumour only ("would be ready", "might be ready") stays none.
_REPORTED_PASSIVES = {"reported", "said", "understood", "believed"}


def _reported_ready(verb: Any) -> bool:
    """Whether ``verb`` is a passive of reporting whose complement is readiness: "were
    reported ready", "were said to be ready" (test_draft_delay30)."""
    kids = list(verb.children)
    if verb.lower_ not in _REPORTED_PASSIVES or not any(c.dep_ == "auxpass" for c in kids):
        return False
    if any(c.dep_ in ("neg", "aux") for c in kids):
        return False  # "were not reported ready", "would be said to be ready"
    return any(
        (c.dep_ == "oprd" and c.lower_ in _READY_WORDS)
        or (
            c.dep_ == "xcomp"
            and c.lower_ == "be"
            and any(a.dep_ == "acomp" and a.lower_ in _READY_WORDS for a in c.children)
        )
        for c in kids
    )


def _readiness(tok: Any) -> bool:
    """Whether ``tok`` is a readiness adjective on a copula ("was willing", "had been ready"),
    stated as a fact: not "would be willing", nor "ready to back it if the fund is cut"."""
    if tok.dep_ == "oprd" and tok.lower_ in _READY_WORDS and _reported_ready(tok.head):
        return True  # "were reported ready to send contingents" (29-25)
    if tok.dep_ != "acomp" or tok.lower_ not in _READY_WORDS or tok.head.i == tok.i:
        return False
    cop = tok.head
    return not any(
        (c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "should"))
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))
        for t in (cop, tok)
        for c in t.children
    )


def _ready_to_consent(adj: Any, cue: Any) -> bool:
    """Whether readiness ``adj`` is consent: not denied ("was not willing to back it", "no
    longer willing": a refusal the reader leaves to other words), and not readiness to block ("said Italy was
    ready to veto the text": a threat, which the article may tell withdrawn)."""
    if _negated(adj) or _negated(adj.head):
        return False  # also "no longer willing"
    entry = VERBS.get(cue.lower_)
    return entry is None or entry[1] == SUPPORT


# (the participles too: "adopted it, with only Chile declining to support it")
_FAIL_WORDS = {
    *("refused", "refuses", "refuse", "refusing"),
    *("declined", "declines", "decline", "declining"),
    *("failed", "fails", "fail", "failing"),
}


def _refused_outright(tok: Any) -> bool:
    """Whether ``tok`` is what its head refuses, as a fact ("Cyprus refused to lift its
    veto", "declined to drop its objection"): not a failure ("failed to lift it" may be
    the others' doing) nor a refusal only said of the future ("would refuse to ...")."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lower_ in _FAIL_WORDS
        and not head.lower_.startswith("fail")
        and not any(
            c.dep_ in ("neg", "aux")
            and c.lower_ in ("not", "would", "will", "could", "might", "may")
            for c in head.children
        )
    )


_WITHHOLD = _inflect("withhold", "withheld")


def _refusal(tok: Any) -> bool:
    """Whether a cue is a refusal told as a fact: "refused to sign", "declined to back it",
    "withheld its approval" (not "would withhold it", nor "did not withhold it")."""
    if _refused_outright(tok):
        return True
    return (
        tok.lower_ in _WITHHOLD
        and not _negated(tok)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    )


_STAY = _inflect("stay")


def _stays_out_bare(tok: Any) -> bool:
    """Whether a cue is staying out with nothing named ("Orban stays out", "Britain and the
    Czechs stay out"): not "stayed out of the vote" nor "stayed outside the new scheme"."""
    if tok.lower_ not in _STAY:
        return False
    outs = [c for c in tok.children if c.lower_ in ("out", "outside")]
    return (
        bool(outs)
        and not any(list(c.children) for c in outs)
        and not any(c.dep_ in ("prep", "dobj") for c in tok.children if c not in outs)
    )


def _refuses_to_sign(sent: _Sentence, tok: Any) -> bool:
    """Whether ``tok`` is "sign" with nothing named, refused as a fact ("Prague also refused
    to sign", "with Britain refusing to sign"), when the sentence or the one before names a
    text that is signed: the refusal is of that text.  Not "refused to sign up to it" (a
    phrasal cue), nor on a condition ("refused to sign unless it was changed")."""
    if tok.lower_ not in _SIGN or not _refused_outright(tok):
        return False
    if any(
        c.dep_ in ("dobj", "prt", "prep", "ccomp")
        # ("refused to sign it" is the text named before as well: 32-17's charter)
        and not (c.dep_ == "dobj" and c.lower_ in ("it", "them"))
        for c in tok.children
    ):
        return False
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _UNTIL_MARKS for m in c.children)
        for t in (tok, tok.head)
        for c in t.children
    ):
        return False
    words = set(re.findall(r"[a-z]+", f"{sent.before} {sent.doc.text}".lower()))
    return bool(words & _SIGNED_TEXTS)


def _no_longer(tok: Any) -> bool:
    """Whether a verb is told as no longer done: "Austria no longer opposes the reform"."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in tok.children
    )


# Ending an act: "stopped blocking it", "ceased to oppose it", "quit opposing it", "gave up
# blocking it" say the act is no longer done, as "no longer blocks it" does.
_ENDING_VERBS = {f for v in ("stop", "cease", "quit") for f in _inflect(v, "stopped", "quit")}
_GIVING_UP = _inflect("give", "gave", "given")


def _act_given_up(tok: Any) -> bool:
    """Whether a verb is the act a verb of ending ends ("stopped blocking", "ceased to block",
    "gave up blocking"); not "stopped short of blocking" (a "short" that keeps it undone) nor
    "stopped to back it" (a purpose: "stopped" there is a pause)."""
    if tok.dep_ not in ("xcomp", "advcl") or tok.tag_ not in ("VBG", "VB"):
        return False
    head = tok.head
    if head.i == tok.i or head.i > tok.i:
        return False
    if head.lower_ in _ENDING_VERBS:
        # "ceased to block" is the ending; "stopped to back it" a purpose
        return tok.tag_ == "VBG" or not head.lower_.startswith("stop")
    return (
        head.lower_ in _GIVING_UP
        and tok.tag_ == "VBG"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    )


# The verb that ends a dispute: "ending a week of wrangling in which ..." (not "break", whose
# object is as often a link or a rule as a deadlock)
_DISPUTE_ENDERS = _inflect("end")


def _told_as_ended(tok: Any) -> bool:
    """Whether a verb is told in a relative clause of a dispute the deciders' act ended ("agreed
    to expand it, ending a week of wrangling in which France and Belgium had held up the
    decision"): a block that no longer stands (read as a standing one: an inversion, issue 13,
    heldout22's lifted hold); no stance, not a negated one (a support denied would read as an
    opposition).  The noun may be reached through "of" ("a week of wrangling")."""
    if tok.dep_ != "relcl":
        return False
    noun = tok.head
    for _ in range(3):
        if noun.dep_ == "dobj":
            return noun.head.lower_ in _DISPUTE_ENDERS and not _negated(noun.head)
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head  # "a week of wrangling": the week
    return False


_TRUE_WORDS = {"true", "correct", "accurate", "right"}
_DENIAL_VERBS = {
    f for v in ("deny", "dismiss", "reject", "refute", "rebuff") for f in _inflect(v, "denied")
}
_CLAIM_NOUNS = {
    "claim",
    "claims",
    "report",
    "reports",
    "suggestion",
    "suggestions",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "rumours",
    "rumors",
    "speculation",
}


_FALSE_WORDS = {"wrong", "false", "untrue", "incorrect", "inaccurate", "mistaken", "unfounded"}


def _claim_refuted(noun: Any) -> bool:
    """Whether a claim noun is the subject of a copula saying it is false: "Reports that
    Austria had blocked it were wrong", "claims that ... are not true"."""
    if noun.lower_ not in _CLAIM_NOUNS or noun.dep_ != "nsubj" or noun.head.lower_ not in _BE:
        return False
    said = [c.lower_ for c in noun.head.children if c.dep_ == "acomp"]
    if any(w in _FALSE_WORDS for w in said):
        return True
    negated = any(c.dep_ == "neg" for c in noun.head.children)
    return negated and any(w in _TRUE_WORDS for w in said)


def _neither(obj: Any) -> bool:
    """Whether a cue's object is "neither" or "neither text" (none of the two)."""
    return obj.lower_ == "neither" or any(
        c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in obj.children
    )


def _clause_subjects(sent: _Sentence, root: Any | None) -> list[str]:
    """The actors named as the subjects of a sentence's main clause and of the clauses
    coordinated with it ("Belgium had held back, and Britain had shared the doubts")."""
    if root is None:
        return []
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.tag_.startswith("VB"))]
    out = [
        a
        for v in verbs
        for c in v.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for a in sent.actors_of(c, pronouns=False)
    ]
    return list(dict.fromkeys(out))


def _neither_of_two(tok: Any) -> bool:
    """Whether ``tok`` is "neither" standing alone as a subject ("Neither stood in the way",
    "neither of them objected"): none of two named before; not "neither Russia nor China"
    (a conjunction there) nor "neither text"."""
    return (
        tok.lower_ == "neither"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and all(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and all(p.lower_ in ("them", "the two") for p in c.children)
            for c in tok.children
        )
    )


def _negated_scope(tok: Any, neg: Any) -> bool:
    """Negations ``_negated`` finds outside the cue's own children (issue 13, inversion
    probes in ``tests/inversion_probes.py``):

    - a negated subject: "Neither Russia nor China supported the text", "Not even Hungary
      voted against it", "Nobody, not even Hungary, opposed it", "No member, including
      Russia, voted against" (the negation hangs on the subject, not on the verb);
    - "no longer" / "no more": "Austria no longer opposes the reform" ("no" hangs on
      "longer");
    - a noun cue under the determiner "no": "raised no objection to the plan";
    - an object under "neither": "backed neither the statement nor the sanctions";
    - a relative clause of a group its actor is said not to be in: "Germany was not among
      the countries that opposed the reform", "was not one of the states that backed it";
    - a denial: "denied that it had blocked the plan", "denied blocking it", "rejected
      claims that it was obstructing the package";
    - what another was not persuaded to do: "failed to persuade Poland to back the reform".
    """
    kids = list(tok.children)
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("nobody", "none", "no-one", "noone")
            or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            or _neither_of_two(c)
        ):
            return True  # "Nobody, not even Hungary, opposed it", "No member, including ..."
        if c.dep_ in ("nsubj", "nsubjpass") and any(
            (g.lower_ == "neither" and g.dep_ in ("det", "preconj", "cc"))
            or (
                g.dep_ == "advmod"
                and g.lower_ == "even"
                and any(n.dep_ == "neg" for n in g.children)
            )
            or (g.dep_ == "neg" and g.i < c.i)
            # "Not one leader failed to back it", "not a single member opposed it"
            or (g.dep_ in ("nummod", "det") and any(n.dep_ == "neg" for n in g.children))
            for g in c.children
        ):
            return True
        if c.dep_ == "dobj" and any(
            g.lower_ == "neither" and g.dep_ in ("det", "preconj", "cc") for g in c.children
        ):
            return True  # "backed neither the statement nor the sanctions", "neither text"
        if (
            c.dep_ == "advmod"
            and c.lower_ in ("longer", "more")
            and any(n.lower_ == "no" for n in c.children)
        ):
            return True
    if tok.tag_.startswith("NN") and any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return True
    if tok.tag_.startswith("VB") and any(_neither(o) for o in _objects(tok)):
        return True  # "opposed neither text", "voted for neither": the act was not done
    if tok.dep_ == "relcl":
        group = tok.head
        if group.dep_ == "pobj" and group.head.lower_ in ("among", "of"):
            up = group.head.head
            if group.head.lower_ == "of" and up.lower_ == "one":
                up = up.head
            if up.tag_.startswith("VB") and neg(up):
                return True
    if tok.dep_ in ("acomp", "oprd") and neg(tok.head):
        return True  # "said it was not opposed to the text"
    if (
        tok.dep_ == "xcomp"
        and tok.head.lower_ in _OBJECT_CONTROL | _PERSUADE
        and tok.head.i != tok.i
        and _negated(tok.head)
    ):
        return True  # "failed to persuade Poland to back the reform": Poland did not
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lower_ in _DENIAL_VERBS:
        return True
    if (
        tok.dep_ == "ccomp"
        and neg(tok.head)
        and any(c.dep_ == "acomp" and c.lower_ in _TRUE_WORDS for c in tok.head.children)
    ):
        return True  # "it is not true that China opposed the text"
    if (
        tok.dep_ == "pcomp"
        and tok.head.dep_ == "prep"
        and tok.head.head.lower_ in _DENIAL_VERBS
        # "rejected the draft, with only China joining Moscow in voting for it": an absolute
        # "with" tells who else voted, not what was denied (probe28 6)
        and tok.head.lower_ != "with"
    ):
        return True
    if tok.dep_ == "ccomp" and tok.head.lower_ in _BE and neg(tok.head):
        return True  # "It was not that Hungary opposed sanctions": the claim is set aside
    if tok.dep_ == "ccomp" and tok.head.lower_ in _SAY_WORD and _negated(tok.head):
        return True  # "Nobody can say Slovakia opposed this", "never said it backed it"
    if tok.dep_ in ("acl", "ccomp") and _claim_refuted(tok.head):
        return True  # "Reports that Austria had blocked the package were wrong"
    return (
        tok.dep_ in ("acl", "ccomp")
        and tok.head.lower_ in _CLAIM_NOUNS
        and tok.head.head.lower_ in _DENIAL_VERBS
    )


# Verbs whose object did not happen: "to avoid an American veto", "to head off objections".
AVERTED = {
    form
    for v in ("avoid", "avert", "prevent", "forestall", "pre-empt", "preempt", "head", "fear")
    for form in _inflect(v)
}
# Verbs that announce an intention rather than an act: "threatened to block it", "vowed to
# veto", "wanted to delay it" state a position no firmer than a reaction.
INTENTIONS = {
    form
    for v in ("threaten", "vow", "promise", "want", "intend", "plan", "hope", "seek", "try", "wish")
    for form in _inflect(v, "sought", "tried")
} | {"mean", "means", "meant"}  # "said it meant to abstain": what it wanted, not what it cast


# What a noun's weight is said to have been: "its veto was decisive", "proved crucial".
_WEIGHT_ADJECTIVES = {"decisive", "crucial", "key", "pivotal", "instrumental"}
_WEIGHT_VERBS = {"is", "was", "were", "are", "been", "be"} | _inflect("prove", "proven")


def _weight_told(tok: Any) -> bool:
    """Whether a stance noun is only said to have weighed ("Rome's veto was decisive",
    "Berlin's support proved crucial"): the veto may be a power or a threat that shaped a
    compromise, not a vote cast on the decision, so it counts as a reaction, below an act on
    the decision told by a verb ("accepted the ship-less extension"; issue 13, heldout28:
    Italy's veto outweighed its acceptance of the extension).  "Was enough to sink it" tells
    what the veto did and keeps its reading."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in _WEIGHT_VERBS:
        return False
    return any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _WEIGHT_ADJECTIVES
        for c in verb.children
    )


def _intended(tok: Any) -> bool:
    """A cue that is only intended: the infinitive of an intention verb ("threatened to block
    it"), the object of one ("threatened a veto"), or the object of an infinitive hanging on
    one ("threatened to use its veto")."""
    for _ in range(3):
        if tok.dep_ in ("xcomp", "dobj") and tok.head.lower_ in INTENTIONS:
            return True
        if tok.dep_ not in ("xcomp", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Conditions: what a state asks for "before signing up" or "before it would back the plan" is
# not yet its stance; "unless" and "without" say the act is not (yet) done.
_CONDITION_MARKS = {"before", "until", "till"}
_NOT_DONE_MARKS = {"unless", "without"}
_DEMAND = {
    f
    for v in ("demand", "want", "need", "insist", "require", "seek", "ask", "request", "wait")
    for f in _inflect(v, "sought")
}


def _conditional(tok: Any) -> bool:
    """A cue set as a condition or as what is not done: "demanded guarantees before signing
    up", "insisted on guarantees before it would back the plan", "will not move unless the
    text is backed", "agreed without endorsing the plan", "cannot enter into force until the
    states ratify it".  A cue told as what came after ("held out for hours before agreeing",
    "until Ukraine agreed") is an act."""
    if tok.dep_ == "pcomp" and tok.head.lower_ in _CONDITION_MARKS | _NOT_DONE_MARKS:
        mark, main = tok.head, tok.head.head
    elif tok.dep_ == "advcl":
        mark = next(
            (
                c
                for c in tok.children
                if c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS | _NOT_DONE_MARKS
            ),
            None,
        )
        if mark is None:
            return False
        main = tok.head
    else:
        return False
    if mark.lower_ in _NOT_DONE_MARKS:
        return True
    if tok.dep_ == "advcl" and tok.tag_ in ("VBP", "VBZ"):
        # a present tense after "until"/"before" is what has yet to happen ("cannot enter
        # into force until 44 states ratify it"); a past one ("held out until Ukraine
        # agreed") is an act
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in tok.children)
    return modal or main.lower_ in _DEMAND


# "without" that tells how an act is done, not what it waits for ("would back it without
# hesitation", "adopted without a vote").
_MANNER_WITHOUT = {
    "hesitation",
    "delay",
    "reservation",
    "reservations",
    "debate",
    "vote",
    "exception",
    "fail",
    "question",
    "doubt",
    "fuss",
    "comment",
}


# The words of a condition _threat_on_condition reads ("unless it was amended", "without the
# protection")
_CONDITIONS_NAMED = frozenset({"unless", "without"})


def _threat_on_condition(tok: Any) -> bool:
    """Whether a cue is a threat or a would-be act tied to a condition: "threatened to
    withhold support from UN missions without the protection", "threatened to veto the text
    unless it was amended", "said it would block the renewal without changes".  The threat
    is leverage for what the condition names, and the condition may be met: no stance on the
    decision (prefer none to a guess; what the actor finally did is read from its own cue)."""
    if _doc_words(tok.doc).isdisjoint(_CONDITIONS_NAMED):
        return False  # (both conditions below are told by their word: none in the sentence)
    chain = [tok]
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "dobj") or t.head.i == t.i:
            break
        t = t.head
        chain.append(t)
        if t.lower_ in INTENTIONS:
            break
    threat = _intended(tok) or any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "’d")
        for v in chain
        for c in v.children
    )
    if not threat:
        return False
    for v in chain:
        for c in v.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "unless" for m in c.children
            ):
                return True  # "threatened to veto it unless it was amended"
            if (
                c.dep_ == "prep"
                and c.lower_ == "without"
                and any(p.dep_ == "pobj" and _word(p) not in _MANNER_WITHOUT for p in c.children)
            ):
                return True  # "threatened to withhold support without the protection"
    return False


_MODALS = {"would", "could", "might", "will", "'d", "’d", "should", "can", "may"}
_WISHES = {f for v in ("hope", "wish", "expect", "trust", "predict") for f in _inflect(v)}
_PROVIDED = {"provided", "providing"}


# Auxiliaries that open a condition when put before their subject ("Should Vienna use its
# veto", "Were Austria to vote against it", "Had Austria voted against it"): an if-clause
# without the "if".
_INVERTING_AUX = {"should", "were", "had"}


def _inverted_condition(tok: Any, *, verb_last: bool = False) -> bool:
    """Whether the clause of ``tok`` is a condition told by inversion: one of
    ``_INVERTING_AUX`` before its subject (and, with ``verb_last``, the subject before the verb
    itself: not "Voting for it were Algeria and China", the subject put after the verb)."""
    aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in _INVERTING_AUX]
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj and aux[0].i < subj[0].i and (subj[0].i < tok.i or not verb_last))


def _hypothetical(tok: Any) -> bool:
    """A cue in a condition or a counterfactual, not a stance taken (issue 13, inversion
    probes): inside an if-clause ("if Hungary lifts its veto, the package will pass") or an
    indirect question ("would not say whether it would back it"); what another is hoped or
    expected to do ("hoped Poland would back the reform"); a modal act under a condition ("would back the reform only if ...", "could support it
    provided that it is amended", "would drop its objections if its demands were met"); or
    what would have been done ("would have voted for it": it was not)."""
    if tok.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children
    ):
        return True  # "if Hungary lifts its veto", "refused to say whether it would back it"
    if tok.dep_ == "ccomp" and tok.head.lower_ in _WISHES:
        return True  # "Germany said it hoped Poland would back the reform"
    if tok.dep_ in ("advcl", "ccomp") and _inverted_condition(tok):
        return True  # "Should Vienna use its veto, ...", "Had Austria voted against it, ..."
    if tok.dep_ == "ROOT" and _inverted_condition(tok, verb_last=True):
        # a condition after its main clause, the parser taking it for the root: "The text
        # would fail, should Austria vote against it", "... had Austria backed it"
        return True
    if (
        tok.dep_ == "xcomp"
        and tok.head.lower_ in _PERSUADE
        and tok.head.dep_ == "xcomp"
        and tok.head.head.lower_ in INTENTIONS
    ):
        return True  # "tried to persuade Poland to back the reform": whether it did, unsaid
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.tag_.startswith("VB"):
        return True  # "warned against blocking the deal": read from the warning
    if (
        tok.dep_ == "pcomp"
        and tok.head.lower_ == "by"
        and tok.head.dep_ == "prep"
        and tok.head.head.tag_.startswith("VB")
        and _hypothetical(tok.head.head)
    ):
        return True  # "could have spared the text by abstaining": the means of what it did not
    kids = list(tok.children)
    modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in _MODALS]
    if not modal:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and tok.tag_ == "VBN":
        return True  # "would have voted for it"
    if tok.dep_ == "ccomp" and _inverted_condition(tok.head, verb_last=True):
        return True  # "Austria would back it, should its demands be met" (the condition as root)
    return any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children))
        or (c.dep_ in ("prep", "advcl", "ccomp") and c.lower_ in _PROVIDED)
        for c in kids
    )


_OTHER_TEXT = {"similar", "earlier", "previous", "prior", "former"}


# Marks of a clause that explains or accompanies its head ("as", "because"), not one that
# comes after it ("until", "before": "had stalled until Russia backed it" is now).
_EXPLAINING_MARKS = {"as", "because", "since", "while", "when"}


def _told_in_past_perfect(tok: Any) -> bool:
    """Whether a verb in the simple past is in a clause ("as", "because", "while") hung,
    directly or through other such clauses, on a verb in the past perfect: "had been unable to
    agree while the fighting went on, as Russia vetoed three drafts" tells an earlier time."""
    t = tok
    if t.tag_ != "VBD":
        return False
    while t.dep_ == "advcl" and t.head.i != t.i:
        if not any(c.dep_ == "mark" and c.lower_ in _EXPLAINING_MARKS for c in t.children):
            return False
        t = t.head
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True
    return False


def _weight(tok: Any) -> float:
    w = 1.0
    if tok.dep_ == "xcomp" and tok.head.i != tok.i:
        # "which had threatened to block it": the infinitive is as old as its verb
        w = _weight(tok.head)
    elif (
        tok.dep_ == "ccomp"
        and tok.head.dep_ == "relcl"
        and tok.head.tag_ == "VBN"
        and any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.head.children)
    ):
        # "Spain, which had said it would not take part, did not stand in the way": what a
        # relative clause says was said before is as old as the saying (background)
        w = PAST
    kids = list(tok.children)
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in kids) and tok.tag_ in ("VBN", "VBD"):
        # (a past participle the tagger took for a simple past after an adverbial, "which had
        # for years blocked its path", is as old)
        w *= PAST
    if (
        any(
            c.lower_ in ("initially", "previously", "originally", "earlier", "once", "always")
            for c in kids
        )
        or any(
            # "which backed the reform last year", "opposed it two years ago"
            c.dep_ in ("npadvmod", "advmod")
            and c.lower_ in _EARLIER_UNITS
            and any(g.lower_ in ("last", "previous", "ago") for g in c.subtree)
            for c in kids
        )
        or any(
            # "when it vetoed a similar text": another, earlier text
            c.dep_ == "dobj"
            and any(a.dep_ == "amod" and a.lower_ in _OTHER_TEXT for a in c.children)
            for c in kids
        )
    ):  # "has always voted against it": what it did before, which this vote may break
        w *= PAST
    elif _span_after(tok):
        # "returning to a no vote a year after it abstained": the clause after the span is
        # that long before the act it dates (the decision reported is the act)
        w *= PAST
    elif tok.dep_ == "relcl" and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(m.lower_ in _MONTH_NAMES for m in c.children if m.dep_ == "pobj")
        for c in kids
    ):
        # "India, which abstained in October, backed the text": a relative clause dated to
        # a month tells an earlier vote (read as the stance now: issue 13, red team 18)
        w *= PAST
    elif _habit_clause(tok):
        # "China, which has often resisted such language, did not stand in the way": a habit
        # told in a relative clause is the state's background, not its act on this decision
        w *= PAST
    elif _told_in_past_perfect(tok):
        # "The Council had been unable to agree, as Russia vetoed three drafts": as old as
        # the past perfect it explains
        w *= PAST
    if any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will") for c in kids
    ):
        w *= MODAL
    return w


_YEARS = {"year", "years", "decade", "decades"}


def _span_after(tok: Any) -> bool:
    """Whether ``tok`` heads a clause of time "after" or "since" that a span of time dates
    before its head ("a year after it abstained", "two years after it vetoed a draft")."""
    if tok.dep_ != "advcl":
        return False
    mark = next(
        (c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "since")), None
    )
    if mark is None:
        return False
    spans = [*tok.children, *tok.head.children]
    return any(
        c.dep_ in ("npadvmod", "advmod")
        and (c.lower_ in _EARLIER_UNITS or c.lower_ in _YEARS)
        and c.i < mark.i
        for c in spans
    )


# A measure against a state, whose ending is a decision of its own ("lifting the ban").
_MEASURES = {"ban", "bans", "embargo", "embargoes", "sanctions", "restrictions", "measures"}
# A lead that tells a decision to end a measure ("agreed to lift the arms embargo").
_REMOVAL_LEAD = re.compile(
    # (not "at the end of the week": "end" only as a verb or "an end to")
    r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)|to\s+end|an\s+end\s+to|"
    r"scrap(?:s|ped|ping)?|"
    r"remov(?:e|es|ed|ing|al)|suspend(?:s|ed|ing)?|suspension|repeal(?:s|ed|ing)?|"
    r"abolish(?:es|ed|ing)?)\b",
    re.IGNORECASE,
)


def _on_a_removal(tok: Any) -> bool:
    """Whether the cue ``tok`` is aimed at ending a measure: "opposed lifting the ban", "the
    opposition to lifting the ban", "objected to easing the sanctions", "backed the lifting
    of the embargo" ("against lifting ..." is read by ``_against_an_act``)."""
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "of"):
            acts += [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
    for act in acts:
        if not (_is_removal(act) or act.lower_ in ("lifting", "removal", "easing", "ending")):
            continue
        what = _removed(act) or next((c for c in act.children if c.dep_ in ("dobj", "pobj")), None)
        if what is not None and what.lower_ in _MEASURES:
            return True
    return False


def _habit_clause(tok: Any) -> bool:
    """Whether ``tok`` heads a relative clause that tells a habit ("which has long resisted
    ...", "who often opposes ...")."""
    return tok.dep_ == "relcl" and _habitual(tok)


def _habitual(tok: Any) -> bool:
    """Whether a verb tells a habit ("has long opposed", "often resists", "have vetoed
    sanctions ... in the past": 33-02), in any clause."""
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUALLY for c in tok.children) or any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lower_ == "past" for p in c.children)
        for c in tok.children
    )


def _old_deed(tok: Any, year: int | None) -> bool:
    """Whether a cue is told in the past perfect and dated two years or more before the
    article's ("Back in 2010, the Netherlands had voted to end its own mission" in 2021): a
    deed of then, on a decision of then, not the one reported ("had blocked it last year"
    may be the same decision, still pending: only a year written out counts)."""
    if year is None:
        return False
    verb = tok
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "had voted to end it": dated by its verb
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and _dated_before(
        verb, year - 1, written_only=True
    )


_HABITUALLY = {
    "often",
    "long",
    "traditionally",
    "usually",
    "historically",
    "habitually",
    "generally",
    "frequently",
    "repeatedly",
}


def _years_back(t: Any) -> bool:
    """A time a year or more back: "last year", "two years ago", "a decade ago": a year before the article's, as an
    earlier year written out is (not "last week" or "last month", which may be this year's
    decision)."""
    low = t.lower_
    if low in _YEARS and any(c.lower_ in ("last", "previous") for c in t.children):
        return True
    return low == "ago" and any(c.lower_ in _YEARS for c in t.children)


def _dated_before(tok: Any, year: int | None, written_only: bool = False) -> bool:
    """Whether a cue is dated to a year before the article's: "blocked its invitation at the
    Bucharest summit in 2008" in a 2020 report is a past stance, as "had blocked" is
    (``written_only``: by a year written out, not "last year" or "a decade ago")."""
    if year is None:
        return False
    if not written_only and any(
        # "Syria voted against it then, and Canada abstained" (the "then" after the verb: at
        # that time, told before; "then voted", before it, is next: 33-26)
        c.dep_ == "advmod" and c.lower_ == "then" and c.i > v.i
        for v in ([tok, tok.head] if tok.dep_ == "conj" else [tok])
        for c in v.children
    ):
        return True
    stack = [c for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod")]
    while stack:
        t = stack.pop()
        text = t.text
        if len(text) == 4 and text.isdigit() and 1900 < int(text) < year:
            return True
        if _years_back(t) and not written_only:
            return True
        stack.extend(
            c for c in t.children if c.dep_ in ("prep", "pobj", "nummod", "npadvmod", "appos")
        )
    return False


def _earlier_measure(tgt: Any, year: int | None) -> bool:
    """Whether the object ``tgt`` of a stance is a measure dated to an earlier year than the
    article's: "voted against the restrictions the EU imposed in 2013", "opposed the 2015
    quotas", "backed the curbs adopted two years ago" in a 2018 report.  A stance on that
    earlier decision is no stance on the one reported (the report may be about replacing or
    widening it).  Only the cue's own object: "voted to extend the sanctions imposed in 2014"
    and "backed the renewal of the sanctions imposed in 2014" act on the decision of the
    day, and a clause in the past perfect ("the text it had drafted") may be about this
    decision's own text."""
    if _word(tgt) in _MONTH_NAMED_TEXTS and any(
        c.dep_ in ("compound", "nmod", "amod") and c.lower_ in _MONTH_NAMES for c in tgt.children
    ):
        # "voted against the September text" in a report of a March vote (28-03): a text the
        # article calls by its month is an earlier one (the day's text is "the resolution");
        # not a draft or a plan, which may be put forward then and decided now
        return True
    if year is None or not tgt.tag_.startswith("NN") or _word(tgt) in _PUT_FORWARD_NOUNS:
        return False  # "welcomed the 2014 plan": a proposal of then may be decided now
    for c in tgt.children:
        text = c.text
        if (
            c.dep_ in ("compound", "nummod", "amod", "nmod")
            and len(text) == 4
            and text.isdigit()
            and 1900 < int(text) < year
        ):
            return True  # "the 2013 restrictions"
        if (
            c.dep_ in ("relcl", "acl")
            and c.tag_.startswith("VB")
            and c.lower_ not in _PUT_FORWARD
            and _dated_before(c, year)
        ):
            # "the restrictions (that) the EU imposed in 2013" (but "the plan, which Tusk
            # first proposed last year": put forward then, decided now)
            return True
    return False


_MONTH_NAMED_TEXTS = {"text", "texts", "resolution", "resolutions"}
# _MONTH_NAMES (the twelve months) is bound once, below, from _CALENDAR


# What is put forward, and the putting forward, in an earlier year is what may be decided now.
_PUT_FORWARD_NOUNS = {
    f"{n}{s}"
    for n in ("proposal", "plan", "draft", "bid", "application", "request", "initiative", "idea")
    for s in ("", "s")
}
_PUT_FORWARD = {
    f
    for v in ("propose", "table", "draft", "suggest", "float", "submit", "present", "unveil")
    for f in _inflect(v)
} | {f for v in ("request", "apply", "launch", "moot") for f in _inflect(v)}
_PUT_FORWARD |= _inflect("seek", "sought") | {"put", "puts", "putting", "submitted", "submitting"}


def _target(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") and c.lower_ not in _REFLEXIVES:
            # ("set itself against the idea": the idea is the target)
            return c
    for c in tok.children:
        if c.i < tok.i and not any(p.lower_ in _RELATIVE for p in c.children):
            # "On Thursday evening, ... leaders agreed": a time or setting, not the object
            # (but "the text on which Russia abstained" is)
            continue
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "to", "for", "against", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ not in _CALENDAR:  # not "on Thursday"
                    return p
        if c.dep_ == "prep" and c.lower_ == "down":
            # "voted down the Russian amendments", the particle parsed as a preposition:
            # amendments are what was voted on, not the text (any other object is left to
            # the decision in focus, as it was: "whose parliament had voted down an earlier
            # plan" opens no decision of its own)
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in AMENDMENT_NOUNS | _CHANGE_NOUNS:
                    return p
        if c.dep_ == "prep" and c.lower_ == "in":
            # "voted in favour of the amendments", "spoke in support of the text"
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in ("favour", "favor", "support"):
                    for k in p.children:
                        if k.dep_ == "prep" and k.lower_ == "of":
                            return next((o for o in k.children if o.dep_ == "pobj"), None)
    return None


def _acted_on(tok: Any, prep: str | None = None) -> Any | None:
    """What a verb acts on: its object, the object of its preposition ``prep`` ("bristled at
    the plan"), or in the passive its subject ("the plan was nixed by Hungary")."""
    for c in tok.children:
        if c.dep_ == "dobj":
            return c
        if prep and c.dep_ == "prep" and c.lower_ == prep:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if any(c.dep_ == "agent" for c in tok.children) or _by_after_through(tok) is not None:
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None or tok.dep_ not in ("relcl", "acl"):
            return subj
    if tok.dep_ in ("relcl", "acl") and tok.head.i < tok.i:
        return tok.head  # "the plan Hungary nixed", "a text shepherded by Malta"
    return None


_NEEDED_WORDS = set(_PHRASAL_NEEDS.values())


def _on_needed_word(tok: Any) -> list[tuple[str, Any]]:
    """(preposition, its object) hung on the word a phrasal cue needs rather than on the verb:
    "poured cold water on the plan", "turned its back on it", "took issue with it", "walked
    away from the deal", "cleared the way for the fund"."""
    return [
        (c.lower_, o)
        for w in tok.children
        if w.lower_ in _NEEDED_WORDS and w.dep_ in ("dobj", "advmod", "prt", "npadvmod")
        for c in w.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
    ]


# Changing the rules the decision is about: "ruled out changing the Dublin rules", "ruled out
# any change to the treaty" opposes the change (not "changing its position": its own mind).
_CHANGING = {
    f for v in ("change", "amend", "revise", "rewrite", "overhaul", "reform") for f in _inflect(v)
}
_CHANGES = {"change", "changes", "amendment", "amendments", "revision", "overhaul", "reform"}
_CHANGED = {"rules", "rule", "regime", "system", "treaties", "laws", "criteria", "quotas"}


def _changed_rules(noun: Any | None) -> Any | None:
    """``noun`` when it names rules or a decision's text that is not its speaker's own ("the
    rules", "the Dublin regulation"; not "its position", "their minds")."""
    if noun is None or not (_decision_noun(_word(noun)) or _word(noun) in _CHANGED):
        return None
    if noun.lower_ in ("it", "this", "them") or any(
        c.dep_ == "poss" and c.lower_ in _OWNING | {"my", "our"} for c in noun.children
    ):
        return None
    return noun


def _change_ruled_out(tok: Any) -> Any | None:
    """The rules a change of which ``tok`` rules out: "ruled out changing the rules" (a gerund
    hung on the verb), "ruled out any change to the treaty" (the object), else None."""
    for c in tok.children:
        if (
            c.dep_ in ("advcl", "xcomp", "dobj", "pcomp")
            and c.tag_ == "VBG"
            and c.lower_ in _CHANGING
        ):
            return _changed_rules(next((k for k in c.children if k.dep_ == "dobj"), None))
        if c.dep_ == "dobj" and c.lower_ in _CHANGES:
            return _changed_rules(
                next(
                    (
                        o
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("to", "of", "in")
                        for o in p.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
            )
    return None


def _no_question_of_change(tok: Any) -> Any | None:
    """The rules in "there was no question of changing the rules" (``tok`` the verb "was",
    whose "there" is its subject: said of the speaker, as "ruled out changing" is), else
    None; not "there was no question of ..." anything else, nor a question asked."""
    if tok.lower_ not in ("was", "is") or not any(c.dep_ == "expl" for c in tok.children):
        return None
    for c in tok.children:
        if (
            c.dep_ == "attr"
            and c.lower_ == "question"
            and any(k.dep_ == "det" and k.lower_ == "no" for k in c.children)
        ):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    return _change_ruled_out(p)
    return None


def _phrasal_object(tok: Any, pair: tuple[str, str]) -> Any | None:
    """What a phrasal cue acts on: with a needed word, the object of its preposition whether
    hung on the verb or on that word ("poured cold water on the plan": not "water"), else
    what the verb acts on (``_acted_on``)."""
    if pair in _PHRASAL_NEEDS:
        hung = [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == pair[1]
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return next(iter(hung), None) or next(
            (o for p, o in _on_needed_word(tok) if p == pair[1]), None
        )
    return _acted_on(tok, pair[1])


# What a member may argue for instead of a coercive step: "argued for dialogue", "called for
# restraint", "pressed for a diplomatic solution" (26-18's Germany, test_draft_goldaudit).  Not
# a stance on the decision the article tells by itself: drafting reads it against sanctions
# and the like (``draft._alternatives_urged``), and as nothing elsewhere.
ALTERNATIVE_WORDS = {"dialogue", "dialog", "diplomacy", "engagement", "restraint",
                     "de-escalation", "mediation", "moderation", "calm"}  # fmt: skip
_SOLUTION_KINDS = {"diplomatic", "political", "negotiated", "peaceful"}


def _for_an_alternative(tok: Any) -> bool:
    """Whether what ``tok`` is "for" is dialogue, restraint or a diplomatic solution (see
    ``ALTERNATIVE_WORDS``), not a decision."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if o.lower_ in ALTERNATIVE_WORDS:
                    return True
                if o.lemma_.lower() in ("solution", "settlement") and any(
                    k.lower_ in _SOLUTION_KINDS for k in o.children if k.dep_ == "amod"
                ):
                    return True
    return False


def _dug_in_against(tok: Any) -> bool:
    """Whether "dug in its heels" is "over" or "against" a proposal ("the package", not "frozen
    funds", a grievance of its own; the preposition may hang on the verb or on "heels")."""
    heels = [p for c in tok.children if c.lower_ == "in" for p in c.children]
    return any(
        c.dep_ == "prep" and c.lower_ in ("over", "against") and _word(o) in PROPOSAL_NOUNS
        for h in (tok, *heels)
        for c in h.children
        for o in c.children
        if o.dep_ == "pobj"
    )


# The last words of a company's or body's name, which a first name before them does not make a
# person's ("Germany's Deutsche Bank")
_COMPANY_WORDS = {
    "bank", "energies", "energy", "group", "airlines", "airways", "motors", "oil", "gas",
    "telecom", "holdings", "corporation", "corp", "company", "industries", "steel", "rail",
}  # fmt: skip


def _persons_name(tok: Any) -> bool:
    """Whether a name owned by a state is a person's, by its shape: a first name and a last
    name ("Italy's Giulio Andreotti", whom the gazetteer may not know: 32-19), not a
    company's one word or its words ("France's TotalEnergies", "Germany's Deutsche Bank")."""
    compounds = [c for c in tok.children if c.dep_ == "compound"]
    return (
        len(compounds) == 1
        and compounds[0].i == tok.i - 1
        and compounds[0].tag_ == "NNP"
        and compounds[0].text.isalpha()
        and compounds[0].text.istitle()
        and tok.text.replace("-", "").isalpha()
        and tok.lower_ not in _ORG_WORDS | _COMPANY_WORDS
        and compounds[0].lower_ not in _ORG_WORDS | _COMPANY_WORDS
    )


def _by_after_through(verb: Any) -> Any | None:
    """The agent's "by" of a passive participle the parser hung on the object of its
    "through": "was shepherded through the talks by Belgium", "the text, steered through
    the Council by France", or of an "as" of time: "the text, tabled as every year by Cuba"
    (only a "by" naming an actor's name, not "by consensus")."""
    if not verb.tag_.startswith("VB") or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"))
    ):
        return None
    return next(
        (
            by
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("through", "as", "at", "during")
            for o in c.children
            if o.dep_ == "pobj"
            and (
                c.lower_ == "through"
                or o.lower_ in _FRAME_NOUNS
                # "was proposed at the summit by France" (32-19)
                or c.lower_ != "as"
                and o.lower_ in _MEETING_NOUNS | {"conference"}
            )
            for by in o.children
            if by.dep_ == "prep"
            and by.lower_ == "by"
            and any(p.dep_ == "pobj" and p.tag_ == "NNP" for p in by.children)
        ),
        None,
    )


def _on_a_decision(obj: Any | None) -> bool:
    """Whether ``obj``, what a verb acts on, is a decision ("the package", "the draft", "it"),
    not "civilians", "the team", "dialogue" or the people a decision sends ("blessed the
    troops")."""
    return obj is not None and _decision_noun(_word(obj)) and _word(obj) not in _SENT_PEOPLE


_SENT_PEOPLE = {"troops", "peacekeepers", "monitors", "candidate"}
_VOTE_WORDS_ASKED = {"vote", "votes", "ballot", "poll"}
# A scheme a proposal brings, told as new ("the new voting system", "the proposed formula"):
# what a state insisting on it wants adopted (29-18; test_draft_delay30)
_SCHEME_WORDS = {"system", "formula", "mechanism", "method", "rules", "rule", "arrangement"}
_NEW_WORDS = {"new", "proposed", "planned"}


def _new_scheme(obj: Any | None) -> bool:
    """Whether ``obj`` is a scheme told as new or proposed ("the new system")."""
    return (
        obj is not None
        and obj.lower_ in _SCHEME_WORDS
        and any(c.dep_ == "amod" and c.lower_ in _NEW_WORDS for c in obj.children)
        and not any(c.dep_ == "poss" for c in obj.children)
    )


_TITLE_WORDS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "sir", "dame"}


def _promotes_candidate(sent: _Sentence, tok: Any) -> bool:
    """ "Mr Lind had been promoted by Germany": promoting a named person is backing a candidate
    (29-17; test_draft_eu29).  Not a rank ("promoted him to general"), nor one's own man
    ("promoted its envoy")."""
    obj = _acted_on(tok)
    return (
        obj is not None
        and (
            obj.i in sent.person_at
            or any(c.dep_ == "compound" and c.lower_ in _TITLE_WORDS for c in obj.children)
        )
        and not any(c.dep_ == "poss" for c in obj.children)
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    )


def _names_right_before(sent: _Sentence, tok: Any) -> list[str]:
    """The actors of the list that ends right before ``tok`` ("A, the B and C refusing")."""
    out: list[str] = []
    i = tok.i - 1
    while i >= 0:
        t = sent.doc[i]
        if i in sent.actor_at:
            if sent.actor_at[i] not in out:
                out.insert(0, sent.actor_at[i])
        elif not (t.lower_ in (",", "and", "the") or t.dep_ == "compound"):
            break
        i -= 1
    return out


def _bare_refusal_beside(tok: Any) -> bool:
    """Whether "refusing" stands bare (no infinitive, object or clause) in an absolute
    "with" clause: "with Austria refusing", "with most pressing for one and A, B and C
    refusing" (the parser may hang it on the other participle; 28-19)."""
    if tok.tag_ not in ("VBG", "NN") or any(  # (the tagger may call it a noun)
        c.dep_ in ("xcomp", "dobj", "ccomp", "prep", "advcl", "npadvmod", "attr")
        for c in tok.children
    ):
        return False
    t = tok
    for _ in range(3):
        if t.dep_ not in ("advcl", "pcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ == "with":
            return True
    return False


_ORIGIN_NOUNS = {"proposal", "initiative", "idea"}
# A text's origin: "grew out of", "stems from", "sprang from", "originated in" (28-09).
_GREW = {
    *_inflect("grow", "grew", "grown"),
    *_inflect("stem", "stemmed", "stemming"),
    *_inflect("spring", "sprang", "sprung"),
    *_inflect("originate"),
}


def _grew_from(tok: Any) -> Any | None:
    """The text that "grew out of" (or "stems from", "originated in") the proposal ``tok``:
    the verb's subject when it is a decision ("the declaration grew out of a proposal by
    Honduras", 28-09); not "the debate grew heated after a remark by Fiji"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from", "in"):
        return None
    verb = prep.head
    if verb.lower_ == "out" and verb.dep_ in ("prep", "prt", "advmod"):
        verb = verb.head  # "grew out of"
    if verb.lower_ not in _GREW or _negated(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _decision_noun(_word(subj)) else None


def _origin_by(tok: Any) -> list[Any]:
    """The words of the "by" right after a proposal ``tok`` that the parser hung on the verb
    of origin: "grew out of a proposal | by Fiji" (28-09)."""
    verb = tok.head.head
    if verb.lower_ == "out":
        verb = verb.head
    return [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1
        for t in c.subtree
    ]


_FOUNDING = {"establishment", "creation", "introduction"}


def _founding_of(obj: Any | None) -> bool:
    """Whether ``obj`` is the founding of something ("the establishment of a transnational
    list", "the creation of a fund"): a thing a decision would create, so disagreeing with it
    is against the decision (28-20); not "the Dutch prime minister"."""
    return (
        obj is not None
        and obj.lower_ in _FOUNDING
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


# What "seek" must have as its object to be support: the decision itself, not a vote on it,
# an outcome or a pronoun that may name anything sought ("sought it for years").
_SOUGHT = PROPOSAL_NOUNS - {"vote", "result", "outcome", "tally", "solution", "it", "this", "them"}


def _seeks_decision(tok: Any) -> bool:
    """Whether "sought" has the decision as its object: "had long sought the plan", "the plan
    the two countries had sought" (a relative clause with no object of its own: the noun it
    describes), "a step sought by Paris"; not "sought more time", "sought a delay", "sought
    talks", nor "sought to ..." (the infinitive's own cue is read)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "sought to block it": the infinitive's cue
    obj = _target(tok)
    if tok.dep_ in ("relcl", "acl") and (obj is None or obj.lower_ in _RELATIVE):
        obj = tok.head  # "the plan (which) Georgia had sought"
    if obj is None and any(c.dep_ == "agent" for c in tok.children):
        # the passive: "the embargo was sought by the United States and Britain"
        obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if obj is None and subj is not None and subj.left_edge.i > 0:
        # the same, parsed as a clause of its own: "... rather than the plan | the two
        # countries had sought"; the noun right before the subject is what is sought
        before = tok.doc[subj.left_edge.i - 1]
        obj = before if before.tag_ in ("NN", "NNS", "NNP", "NNPS") else None
    return obj is not None and _word(obj) in _SOUGHT


def _compared_away(tok: Any) -> bool:
    """A cue in a relative clause on a noun the sentence compares the decision with ("the
    pact is weaker than the plan Italy had backed", "unlike the plan Germany had sought, the
    pact ..."): that plan is another, and the cue says nothing of the decision."""
    noun = tok.head if tok.dep_ in ("relcl", "acl") else None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if noun is None and tok.dep_ == "ROOT" and subj is not None and subj.left_edge.i > 0:
        noun = tok.doc[subj.left_edge.i - 1]  # "... than the plan | Italy had backed"
    if noun is None or noun.i >= tok.i:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in ("than", "unlike")


# What "for" frames rather than names: "for its part", "for years", "for the first time",
# "for now", "for example".
_FRAME_NOUNS = {
    "part",
    "now",
    "once",
    "time",
    "while",
    "example",
    "instance",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "decades",
    "decade",
    "ages",
}


def _frame_for(prep: Any) -> bool:
    """A "for" phrase that says when, how long or whose turn ("for its part", "for years",
    "for the first time"), not what a verb is for."""
    if prep.lower_ != "for":
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp", "advmod")), None)
    return obj is not None and obj.lower_ in _FRAME_NOUNS


def _not_the_particle(tok: Any, particle: str) -> bool:
    """Whether an intransitive phrasal verb's particle is no particle: a preposition with its
    own object ("a speech given in Geneva", "gave in London") or a passive participle ("the
    assurances given in London by Canada": what is given, not Canada giving in).  Read as
    "gave in" (support); no stance ("Canada has given in" keeps its reading)."""
    if tok.tag_ == "VBN" and (
        tok.dep_ == "acl" or any(c.dep_ in ("auxpass", "agent") for c in tok.children)
    ):
        return True
    if any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return False  # the particle itself, before a phrase of when ("gave in in the end")
    return any(
        c.lower_ == particle and any(p.dep_ == "pobj" for p in c.children) for c in tok.children
    )


def _particles(tok: Any) -> list[str]:
    """The particles and prepositions of a verb in the order of the words, without a "for"
    phrase of time or turn (``_frame_for``) but with the preposition the parser hung on it
    ("lobbied for months for the referral", "argued for years against it")."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ not in ("prt", "prep", "advmod", "mark"):
            continue
        if not _frame_for(c):
            out.append(c.lower_)
            continue
        for o in c.children:
            out += [k.lower_ for k in o.children if k.dep_ == "prep" and k.i > o.i]
    return list(dict.fromkeys(out))


def _split_vote(tok: Any) -> list[tuple[str, Any, str]]:
    """(label, object, preposition) for each coordinated "for X" / "against Y" of a vote verb
    ("voted for the sanctions but against the mission"); [] for a single one."""
    # ("voted against the amendments and then for the text": the second hung on the verb)
    preps = [
        c for c in tok.children if c.dep_ in ("prep", "conj") and c.lower_ in ("for", "against")
    ]
    out: list[tuple[str, Any, str]] = []
    for p in preps:
        if _frame_for(p):
            continue  # "for the first time voted against it": when, not what for
        for q in [p, *p.conjuncts]:
            if q.lower_ not in ("for", "against"):
                continue
            obj = next((c for c in q.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append((SUPPORT if q.lower_ == "for" else OPPOSE, obj, q.lower_))
    return out if len({o.i for _, o, _ in out}) >= 2 else []


# Putting a decision off: "voted to postpone the text", "backed delaying the package",
# "spoke in favour of a delay": the timing, which the text does not tie to the decision.
_DELAYS = {f for v in ("postpone", "delay", "defer", "shelve", "adjourn") for f in _inflect(v)} | {
    "postponement",
    "deferral",
    "adjournment",
    "delays",
    "deferring",
    "deferred",
}


def _vote_label(tok: Any) -> str | None:
    # a "for" of time is no "voted for" ("voted for the first time against the text"); the
    # preposition the parser hung on its noun is the verb's ("against the text")
    frames = [c for c in tok.children if _frame_for(c)]
    framed = {t.i for f in frames for t in f.subtree}
    hung = {k.i for f in frames for o in f.children for k in o.children if k.dep_ == "prep"}
    for c in tok.subtree:
        if c.i <= tok.i:
            continue
        if c.head.i in hung or c.i in hung:
            pass
        elif c.i in framed or c.head.i != tok.i and c.head.head.i != tok.i:
            continue
        low = c.lower_
        if low in ("for", "yes") or (low in ("favour", "favor") and c.head.lower_ == "in"):
            return SUPPORT
        if low in ("against", "no", "down"):
            return OPPOSE
        if low in _VOTE_ADJECTIVES and c.dep_ == "amod" and c.head.lower_ in _CAST_VOTES:
            return _VOTE_ADJECTIVES[low]  # "registered a negative vote"
    for c in tok.children:
        if c.dep_ != "xcomp":
            continue
        entry = VERBS.get(c.lower_)
        if entry is not None and entry[1] == OPPOSE:
            return OPPOSE  # "voted to reject the resolution", "voted to block it"
        if c.lower_ in _DELAYS:
            return None  # "voted to postpone the text": the timing, not the text
        return SUPPORT  # "voted to suspend Russia's membership"
    return None


# Decisions named by a common noun: the kind of decision a word names.  Two kinds in one
# article ("the package" and "the membership decision", "the sanctions" and "the mission")
# are two issues.  A word names a kind through the head noun or its modifiers ("the
# membership decision", "a revision of the budget", "the sanctions package").
TOPICS: dict[str, tuple[str, ...]] = {
    "membership": (
        "membership",
        "accession",
        "enlargement",
        "candidacy",
        "candidate",
        "application",
        "talks",
        "negotiations",
        "invitation",
        "admission",
    ),
    "funding": (
        "package",
        "budget",
        "fund",
        "funds",
        "funding",
        "facility",
        "money",
        "loan",
        "loans",
        "financing",
        "grants",
        "tranche",
    ),
    "sanctions": ("sanctions", "sanction", "embargo", "blacklist", "listings"),
    "trade": ("tariffs", "tariff", "duties", "trade"),
    "mission": (
        "mission",
        "operation",
        "deployment",
        "peacekeepers",
        "peacekeeping",
        "troops",
        "monitors",
    ),
    "ceasefire": ("ceasefire", "truce", "armistice"),
    "appointment": ("appointment", "nomination", "reappointment", "election"),
    "defence": ("defence", "defense", "military", "rearmament"),
    "migration": ("asylum", "migration", "relocation", "resettlement"),
    "energy": ("gas", "oil", "energy", "electricity"),
    "climate": ("climate", "emissions"),
    # a summit's written outcome is a decision of its own beside the measures it agrees
    "conclusions": ("conclusions", "communique", "communiqué", "declaration"),
}
_TOPIC_OF = {word: topic for topic, words in TOPICS.items() for word in words}
_PHRASE_LIMIT = 12  # tokens


def _anchors(
    sent: _Sentence, tgt: Any | None, seen: dict[str, str] | None = None, by_deciders: bool = False
) -> list[str]:
    """The decisions a cue names: a person ("von der Leyen", "Kallas"; each of "Costa and
    Kallas") or a state's membership ("Finland's membership", "Sweden's bid"); ["all"] for
    "the three nominees"; a kind of decision named by a common noun ("topic:membership" for
    "the membership decision", "topic:funding" for "the package"), when ``seen`` (the article's
    head nouns and their kinds so far) is given; [] when it names none."""
    if tgt is None:
        return []
    out: list[str] = []
    for t in [tgt, *tgt.conjuncts]:
        if t is not tgt and _not_by(t):
            continue  # "backed the ceasefire call but not the sanctions": not what was backed
        plural = _their_states(sent, t)
        if plural:  # "Austria vetoed their accession": each state's membership
            out.extend(plural)
            continue
        a = _pronoun_candidacy(sent, t) or _anchor(sent, t)
        if a is None and seen is not None and _changes_told(t) and _AMENDMENTS_TOLD in seen:
            # "Pakistan opposed the changes" after "rejected two amendments": the changes are
            # the amendments told before (with none told, they may be the decision itself:
            # "agreed changes to the asylum rules")
            a = AMENDMENT
        if a is None and seen is not None and _changes_to_the_text(sent, t, seen):
            a = AMENDMENT  # "rejected changes to the text", "Moscow's changes" (see there)
        if a is None:
            partner = _talks_partner(sent, t, seen, by_deciders)
            a = "state:" + partner if partner else None
        if a is None and seen is not None:
            topic = _topic(t, seen)
            a = f"topic:{topic}" if topic else None
        if a:
            out.append(a)
    return list(dict.fromkeys(out))


# A person's candidacy named by "his" or "her": the person named last, in the sentence or the
# one before ("Verhofstadt had been the favourite of France and Germany. His candidacy was sunk
# by Britain": Verhofstadt's, not the nominee's the article reports; 31-20).
_CANDIDACY_NOUNS = {"candidacy", "candidature", "nomination", "bid", "appointment"}


# A person named with a title, in a sentence not parsed: "Prime Minister Guy Verhofstadt" (the
# last word of the name, the key ``_persons_at`` gives)
_TITLED_NAME = re.compile(
    r"\b(?:President|Minister|Premier|Chancellor|Mr|Mrs|Ms)\.?(?:\s+[A-Z][\w'-]+)*\s+([A-Z][\w-]+)"
)


def _persons_at(sent: _Sentence) -> dict[int, str]:
    """{token: person key} for the persons a sentence names: the leaders the gazetteer knows
    (``person_at``) and other names, by their last word ("Belgian Prime Minister Guy
    Verhofstadt" -> "verhofstadt", the key ``_person`` gives "Mr Verhofstadt")."""
    out = dict(sent.person_at)
    for t in sent.doc:
        # a name's head with a first name or title before it ("Guy Verhofstadt", "Mr Juncker")
        if (
            t.tag_ == "NNP"
            and t.dep_ != "compound"
            and t.i not in sent.actor_at
            and t.lower_ not in _ORG_WORDS | _CALENDAR
            and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in t.children)
        ):
            out[t.i] = t.lower_
    return out


def _pronoun_candidacy(sent: _Sentence, t: Any) -> str | None:
    if t.lower_ in ("him", "her") and t.dep_ == "dobj" and _negated(t.head):
        # "Paris and Berlin backed Guy Verhofstadt, but Britain would not accept him": the
        # person named last before, in the sentence (33-19)
        # (not the one who refuses: "Tony Blair refused to accept him" is not Blair)
        verb = t.head
        chain = [verb]
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head  # "refused to accept him": the refusing verb's subject
            chain.append(verb)
        refusers = {k.i for v in chain for c in v.children if c.dep_ == "nsubj" for k in c.subtree}
        named = _persons_at(sent)
        here = [i for i in named if i < t.i and i not in refusers]
        key = named[max(here)] if here else sent.person_before
        return "person:" + key if key else None
    if t.lower_ not in _CANDIDACY_NOUNS or not any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children
    ):
        return None
    named = _persons_at(sent)
    here = [i for i in named if i < t.i]
    key = named[max(here)] if here else sent.person_before
    return "person:" + key if key else None


def _amendments_owners(sent: Any, t: Any) -> set[str]:
    """The actors whose amendments a noun names: "Syrian amendments", "Moscow's changes",
    "amendments put forward by Russia" (not pronouns: "their amendments" may be anyone's)."""
    owners = set(sent.actors_of(t, pronouns=False))
    for c in t.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            # "amendments put forward by Russia", "changes proposed by Moscow"
            for k in c.subtree:
                if k.dep_ == "pobj" and k.head.lower_ == "by":
                    owners.update(sent.actors_of(k, pronouns=False))
    return owners


# The verbs that tell a text put to the vote was turned down (passive "were rejected", "was
# turned down", "were voted down"; active "failed"): its author's own amendments or own
# proposal, told so, is a decision of its own the author stands for (29-25, 29-28)
_TURNED_DOWN = {"rejected", "defeated", "rebuffed"}
_DOWN_VERBS = {"turned", "voted", "shot"}


def _turned_down(verb: Any) -> bool:
    """Whether a verb tells its subject was turned down: "were rejected", "was turned down",
    "were voted down", "failed" (not "were put forward", "were adopted")."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lower_ in ("failed", "fail") and not passive:
        return not any(c.dep_ == "xcomp" for c in verb.children)  # not "failed to win"
    if not passive:
        return False
    return verb.lower_ in _TURNED_DOWN or (
        verb.lower_ in _DOWN_VERBS
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )


def rejected_own_text(sent: Any, t: Any) -> tuple[str, list[str], int] | None:
    """(anchor, authors, the turning-down verb's token) when a noun is an actor's own amendments or own rival proposal, told
    as turned down: "Its amendments would have condemned X, but they were rejected" (29-25),
    "Moscow's own proposal, calling for a cease-fire, was turned down" (29-28).  The author
    (the possessor, a pronoun's antecedent included) stands for its own text: a support on
    that decision, none on the text adopted.  Not a text that is only "proposed" or
    "adopted", not "the amendments" with no owner, not a plain "Russia's draft" (the reported
    text may be it): "own" or the amendment word tells it apart."""
    if not t.tag_.startswith("NN"):
        return None
    if t.lower_ in AMENDMENT_NOUNS:
        anchor = AMENDMENT
    elif t.lower_ in TEXT_NOUNS and any(c.dep_ == "amod" and c.lower_ == "own" for c in t.children):
        anchor = RIVAL
    else:
        return None
    poss = [c for c in t.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].lower_ in ("their", "whose"):
        # "their amendments" may be any of several states' (test_draft_lists' "Ireland and
        # Slovenia had tried to strengthen it, but their amendments failed")
        return None
    verb = t.head
    if t.dep_ == "nsubjpass" or (t.dep_ == "nsubj" and t.head.lower_ == "failed"):
        told = _turned_down(t.head)
    elif t.dep_ == "nsubj":
        # "Its amendments would have condemned X, but they were rejected": the clause
        # joined to the amendments' own, whose subject is a pronoun for them
        joined = [
            c
            for c in t.head.children
            if c.dep_ == "conj"
            and _turned_down(c)
            and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "it") for s in c.children
            )
        ]
        told, verb = bool(joined), joined[0] if joined else verb
    elif t.dep_ in ("relcl", "appos", "ROOT"):
        # "..., where Moscow's own proposal, calling for X, was turned down" misparsed: the
        # noun hung on the clause before, the passive verb after it left with no subject
        # (29-28); only with no other subject between them
        after = next((k for k in t.doc[t.i + 1 :] if k.tag_ == "VBN" and k.dep_ != "amod"), None)
        verb = after if after is not None else verb
        told = (
            after is not None
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(k.dep_ in ("nsubj", "nsubjpass") for k in t.doc[t.i + 1 : verb.i])
            and any(c.dep_ == "auxpass" for c in verb.children)
            and (
                verb.lower_ in _TURNED_DOWN
                or verb.lower_ in _DOWN_VERBS
                and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
            )
        )
    else:
        told = False
    if not told:
        return None
    authors = sent.actors_of(poss[0])
    return (anchor, authors, verb.i) if authors else None


# (a key of ``seen`` no noun can be: amendments were named as a decision in the article)
_AMENDMENTS_TOLD = " amendments"
_AMENDMENT_WORD = re.compile(r"\bamendments?\b")
_CHANGE_NOUNS = {"changes", "revisions", "modifications"}


def _changes_told(t: Any) -> bool:
    """Whether a noun is "the changes" (also "the proposed changes", "those revisions"): a
    plural noun of change with a definite determiner and no "to/of/on" phrase of its own, so
    that it points back to changes told before, not to changes it names ("the changes to the
    budget rules")."""
    return (
        t.lower_ in _CHANGE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children)
        and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "of", "on", "in", "for") for c in t.children
        )
        and not any(c.dep_ in ("compound", "poss", "nummod") for c in t.children)
    )


_TEXT_HEADS = {"text", "draft", "resolution"}


def _changes_to_the_text(sent: Any, t: Any, seen: dict[str, str]) -> bool:
    """Whether a plural noun of change names amendments to the text: "changes to the text",
    "revisions to the draft" (the text itself, not a second one); or, once amendments were
    named, changes an actor put forward ("Moscow's changes", "changes proposed by Russia").
    Opposing them is no opposition to the text ("rejected changes to the text"); changes to
    anything else ("changes to the asylum rules") may be the decision itself, and so may an
    actor's changes with no amendment named ("the Commission's changes")."""
    if t.lower_ not in _CHANGE_NOUNS or t.tag_ != "NNS":
        return False
    preps = [c for c in t.children if c.dep_ == "prep"]
    if t.dep_ == "dobj" and not any(c.lower_ == "to" for c in preps):
        # "rejected Russian changes to the text", parsed with "to the text" on the verb: a
        # "to" right after the object is the object's
        preps += [
            c
            for c in t.head.children
            if c.dep_ == "prep" and c.lower_ == "to" and c.i == t.right_edge.i + 1
        ]
    for c in preps:
        if c.lower_ == "to":
            return any(
                p.dep_ == "pobj"
                and p.lower_ in _TEXT_HEADS
                and _second_text(p) is None
                and any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "its") for d in p.children
                )
                for p in c.children
            )
    if any(c.lower_ in ("of", "on", "in", "for") for c in preps):
        return False
    return _AMENDMENTS_TOLD in seen and bool(_amendments_owners(sent, t))


# Talks with one state are that state's decision, as its membership is: "agreed to open
# accession negotiations with Serbia", "authorised talks on an association agreement with
# Kosovo", "the start of talks with Kosovo": two such decisions in one article are two issues.
# "The decision on Kosovo" is the Kosovo decision once talks with Kosovo were named.
_TALKS_NOUNS = MEMBERSHIP_NOUNS | {"talks", "negotiations"}
_NAMING_WALK = ("prep", "pobj", "compound", "nmod", "amod", "conj", "cc", "appos", "det", "poss")


def _talks_partner(
    sent: _Sentence, t: Any, seen: dict[str, str] | None, by_deciders: bool
) -> str | None:
    """The one state that talks (or the accession) named by ``t`` or its "of/on/for" noun
    ("the start of talks with Kosovo") are held with, else None; "the decision on X" for a
    state X whose talks the article named before (recorded in ``seen``).  Talks are a state's
    own decision when the deciders' act names them ("agreed to open talks with Serbia"); a
    member's cue ("the Netherlands opposed talks with Albania", after the talks with North
    Macedonia and Albania were named) names them so only after such an act."""
    if not t.tag_.startswith("NN"):
        return None
    nouns = [t] + [
        p
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "to")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for n in nouns:
        if n.lower_ in ("decision", "decisions") and seen is not None:
            on = [
                sent.actor_at[p.i]
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in ("on", "about")
                for p in c.children
                if p.dep_ == "pobj" and p.i in sent.actor_at
            ]
            if len(on) == 1 and seen.get("state:" + on[0]) == "talks":
                return on[0]
            continue
        if n.lower_ not in _TALKS_NOUNS:
            continue
        found: set[str] = set()
        todo = [(n, 0)]
        while todo:
            k, depth = todo.pop()
            for c in k.children:
                if c.dep_ not in _NAMING_WALK or depth >= 4:
                    continue
                if c.dep_ == "prep" and c.lower_ == "with":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found.update(
                                sent.actor_at[x.i]
                                for x in (p, *p.conjuncts)
                                if x.i in sent.actor_at
                            )
                todo.append((c, depth + 1))
        if len(found) == 1:
            partner = found.pop()
            if by_deciders and seen is not None:
                seen["state:" + partner] = "talks"
            elif seen is None or seen.get("state:" + partner) != "talks":
                return None
            return partner
    return None


def _their_states(sent: _Sentence, t: Any) -> list[str]:
    """The memberships "their accession" / "their bids" names: the states of the nearest
    subject before it in the sentence that names two or more ("Romania and Bulgaria were kept
    out after Austria vetoed their accession"), else the previous sentence's subject when it
    names two or more; [] otherwise (a single state is never "their")."""
    if t.lower_ not in MEMBERSHIP_NOUNS and t.lower_.rstrip("s") not in MEMBERSHIP_NOUNS:
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
        return []
    for s in sorted(
        (k for k in sent.doc[: t.i] if k.dep_ in ("nsubj", "nsubjpass")),
        key=lambda k: -k.i,
    ):
        found = sent.actors_of(s, pronouns=False)
        if len(found) >= 2:
            return ["state:" + a for a in found]
    if len(sent.context) >= 2:
        return ["state:" + a for a in sent.context]
    return []


# a noun that says only that a decision holds several measures
_BARE_CONTAINERS = {"package"}


def _told_before(t: Any) -> bool:
    """Whether a noun is a bare definite ("the package", "this package"): no modifier of its
    own and no "of"/"on" phrase, so it points back to a decision told before."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children
    ) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")
        or (c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "to"))
        for c in t.children
    )


# Words that make "candidate" a person running for a post, not a state seeking membership:
# "the lead-candidate system", "the presidential candidate rule".
_PERSON_CANDIDATE_MODS = {"lead", "presidential", "top"}


def _person_candidate(m: Any) -> bool:
    """Whether the modifier ``m`` is "candidate" of a person ("lead-candidate", "lead
    candidate"), the hyphen split off or not: no membership decision (issue 13, heldout28:
    "rejected the lead-candidate system" made an issue of membership)."""
    if m.lower_ != "candidate" or m.i == 0:
        return False
    doc = m.doc
    before = doc[m.i - 2] if doc[m.i - 1].text in ("-", "‐") and m.i >= 2 else doc[m.i - 1]
    return before.lower_ in _PERSON_CANDIDATE_MODS


def _on_a_way_of_choosing(tok: Any) -> bool:
    """Whether a cue's object is a way of choosing a person ("rejected the lead-candidate
    system"): a decision may uphold it or set it aside ("no automaticity"), and the sentence
    does not say which, so backing or rejecting it is no stance on the decision (issue 13,
    heldout28: the Visegrad states' rejection read as against the decision that rejected it)."""
    tgt = _target(tok)
    return tgt is not None and any(
        c.dep_ in ("compound", "amod", "nmod") and _person_candidate(c) for c in tgt.children
    )


def _topic(t: Any, seen: dict[str, str]) -> str | None:
    """The kind of decision a noun names: from its modifiers first ("the membership decision",
    "a revision of the budget"), else from a head noun already seen with a kind ("the sanctions
    package ... the package"), else from the head noun itself ("the package")."""
    low = t.lower_
    if not t.tag_.startswith("NN"):
        return None
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "to"):
            for p in c.children:
                if p.dep_ == "pobj" and p.tag_.startswith("NN"):
                    mods.append(p)
                    mods.extend(k for k in p.children if k.dep_ in ("compound", "amod"))
    for m in mods:
        topic = _TOPIC_OF.get(m.lower_)
        if topic and not _person_candidate(m):
            seen[low] = topic
            return topic
    if low in seen:
        return seen[low]
    if low in _BARE_CONTAINERS and _told_before(t) and "sanctions" in seen.values():
        # "Italy did not block the package" after "agreed to impose sanctions": a bare
        # definite package the article has not named before is the sanctions told, which
        # come in packages, not a funding decision of its own ("a package", "the aid
        # package" keep their kind; "vetoed the package" after accession talks is another)
        seen[low] = "sanctions"
        return "sanctions"
    topic = _TOPIC_OF.get(low)
    if topic:
        seen[low] = topic
    return topic


def _phrase(t: Any) -> str:
    """The words of a noun phrase that name a decision: its modifiers, the head and one
    "of/on/for/to" phrase ("revision of the bloc's long-term budget"), without the article."""
    doc = t.doc
    start = t.left_edge.i
    while start < t.i and doc[start].tag_ in ("DT", "PRP$"):
        start += 1
    end = t.i + 1
    for c in t.children:
        if c.dep_ == "prep" and c.i > t.i and c.lower_ in ("of", "on", "for", "to"):
            end = c.right_edge.i + 1
            break
    end = min(end, start + _PHRASE_LIMIT)
    return doc[start:end].text


def _act_phrase(t: Any) -> str:
    """The words of an object that names a decision by no kind of its own, with what it is
    about ("exemption from the bloc's Charter of Fundamental Rights", "estimate that developing
    countries will need about 100 billion euros"): the noun phrase and all it governs, up to a
    comma or a coordinated phrase, at most :data:`_PHRASE_LIMIT` tokens."""
    doc = t.doc
    start = t.left_edge.i
    while start < t.i and doc[start].tag_ in ("DT", "PRP$"):
        start += 1
    end = t.i + 1
    for k in range(t.i + 1, t.right_edge.i + 1):
        if doc[k].text in (",", ";", ":", "(", "—", "–") or doc[k].dep_ in ("cc", "conj"):
            break
        end = k + 1
    end = min(end, start + _PHRASE_LIMIT)
    if end == t.i + 1 and t.dep_ == "dobj":
        # a bare noun whose act tells its purpose ("to open a conference next year to rewrite
        # the treaties for monetary union"): the noun with that purpose names it (32-17)
        purpose = next(
            (
                c
                for c in t.head.children
                if c.dep_ == "advcl"
                and c.i > t.i
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if purpose is not None:
            tail = doc[purpose.left_edge.i : purpose.right_edge.i + 1]
            stop = next((k.i for k in tail if k.text in (",", ";", ":", "(")), tail.end)
            limit = purpose.left_edge.i + _PHRASE_LIMIT - (end - start)
            return f"{doc[start:end].text} {doc[purpose.left_edge.i : min(stop, limit)].text}"
    return doc[start:end].text


def _person(sent: _Sentence, t: Any) -> str | None:
    if t.i in sent.person_at:
        return "person:" + sent.person_at[t.i]
    if (
        t.tag_ == "NNP"
        and t.i not in sent.actor_at
        and t.lower_ not in _ORG_WORDS
        and t.lower_ not in _CALENDAR
    ):
        return "person:" + t.lower_
    return None


# A second text on the same question is a decision of its own: "a rival Russian draft", "a
# separate US text", "an alternative resolution", "a counter-proposal"; so are amendments to
# the text ("their amendments failed after Russia vetoed them").
TEXT_NOUNS = {"resolution", "resolutions", "draft", "drafts", "text", "texts", "proposal", "motion"}
RIVAL_WORDS = {
    "rival",
    "competing",
    "alternative",
    "second",
    "separate",
    "another",
    "opposing",
    "parallel",
    "counter",
}
OTHER_TEXTS = {"treaty", "pact", "compact", "package", "plan", "deal", "agreement", "initiative"}
_SET_APART = {"rival", "competing", "alternative", "separate", "parallel"}
COUNTER_NOUNS = {"counter-draft", "counter-proposal", "counterproposal", "counter-resolution"}
AMENDMENT_NOUNS = {"amendment", "amendments"}
RIVAL, AMENDMENT, MAIN = "topic:rival", "topic:amendment", "topic:main"
# A cue on the meeting as a whole ("welcomed the summit's outcome", "praised the talks"): in an
# article with several decisions, no stance on any one of them.
GENERAL = "general"
# a decision none of those named before: "it" after "A new, 18th package ... remained blocked"
ELSEWHERE = "elsewhere"
GENERAL_NOUNS = {"summit", "outcome", "outcomes", "result", "results", "meeting", "session"}


# Words that recall a text before the one reported: "an earlier draft", "a previous
# resolution" (not "the original text", the reported one before its changes).
_EARLIER = {"earlier", "previous", "prior"}
_PERIODS = {"week", "month", "year", "session", "summer", "autumn", "spring", "winter"}


def _number_of(t: Any) -> str | None:
    """A text's number, when it is named by it ("resolution 2731")."""
    if t.lower_ != "resolution" or not t.tag_.startswith("NN"):
        return None
    return next((c.text for c in t.children if c.dep_ == "nummod" and c.text.isdigit()), None)


# The words _second_text can answer for (asked of every token of every sentence read)
_SECOND_TEXT_WORDS = AMENDMENT_NOUNS | COUNTER_NOUNS | TEXT_NOUNS | OTHER_TEXTS | {"resolution"}


def _second_text(t: Any) -> str | None:
    """``topic:rival`` for a second text on the question ("a rival Russian draft", "a separate
    and shorter US text", "a similar draft in the Security Council"), ``topic:amendment`` for
    amendments, else None.  Plural texts ("two competing resolutions", "the rival drafts") are
    both texts, not the second one."""
    low = t.lower_
    if low not in _SECOND_TEXT_WORDS:
        return None  # (each answer below is for a word of these lists: "resolution" numbered)
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "in"
        and t.head.head.tag_.startswith("VB")
        and t.head.i < t.head.head.i
    ):
        # "In a second text, the Assembly called for a conference": the frame of the act
        # that follows, which is that decision (``in_a_further_decision``), not another one
        return None
    if low in AMENDMENT_NOUNS and t.tag_.startswith("NN"):
        return AMENDMENT
    if t.dep_ == "dobj" and t.head.lower_ in _NEEDED:
        # "Britain would still need a separate agreement to join": a text that may be made
        # one day, not one put to the council
        return None
    if low in COUNTER_NOUNS or (
        low in TEXT_NOUNS
        and t.i >= 2
        and t.doc[t.i - 1].text == "-"
        and t.doc[t.i - 2].lower_ == "counter"
    ):
        # "a counter-proposal", split by the parser into "counter", "-", "proposal"
        return RIVAL
    if _number_of(t) and t.dep_ == "conj":
        # "adopted resolution 2730 ..., and resolution 2731": the second of two texts told
        # by their numbers, coordinated (as "a second resolution" is)
        firsts = [t.head, *(c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i)]
        if any(_number_of(f) not in (None, _number_of(t)) for f in firsts):
            return RIVAL
    if low in TEXT_NOUNS and t.tag_.startswith("NN") and t.tag_ != "NNS":
        for c in t.children:
            if c.dep_ in ("amod", "compound", "det", "advmod", "nmod") and (
                c.lower_ in RIVAL_WORDS or c.lower_.startswith("counter")
            ):
                return RIVAL
            if (
                c.dep_ in ("amod", "compound")
                and c.text[:1].isupper()
                and t.dep_ == "dobj"
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)
                and _in_passing(t)
            ):
                # "adopted after Russia and China vetoed a US draft on Friday": a text told
                # by its sponsor, recalled in passing, is not the one reported (read as a veto
                # of it: an inversion, issue 13, red team 18); only as an object: the subject
                # of "a day after a Russian text failed" is sorted by its sponsor, apart from
                # a rival text told later
                return RIVAL
            if c.dep_ == "amod" and c.lower_ == "similar":
                # "A similar draft in the Security Council was vetoed" (in an Assembly
                # article): like the one reported, so not it
                return RIVAL
            if (
                c.dep_ == "amod"
                and c.lower_ in _EARLIER
                or c.dep_ == "poss"
                and c.lower_ in _PERIODS
                and any(k.lower_ in ("last", "previous") for k in c.children)
            ) and _in_passing(t):
                # "adopted after Russia vetoed an earlier draft", "... last month's draft": a
                # text before the one reported, recalled in passing (not "An earlier draft
                # said ...", which may be a version of the text reported)
                return RIVAL
    if low in OTHER_TEXTS and t.tag_ in ("NN", "NNP"):
        # "a separate treaty among themselves", "a rival package": another text of a kind
        # a council agrees, told apart as such (not "another package", which may be the
        # next of a series, the one reported)
        for c in t.children:
            if c.dep_ in ("amod", "advmod") and c.lower_ in _SET_APART:
                return RIVAL
    return None


# Two texts on one question are often told apart only by who put each forward: "A text put
# forward by the United States ... was vetoed.  Hours later a Russian draft failed."  A text
# noun's sponsors are the actors that modify it ("a Russian draft", "the US text", "Russia's
# draft", "a US-drafted text") or the agent of a drafting participle ("a text put forward by
# the United States", "a resolution drafted by Brazil").  Supporters ("backed by") are not
# sponsors: a text's backers are more than its sponsors.
SPONSOR_TEXTS = {"resolution", "draft", "text", "motion"}
SPONSOR_VERBS = {
    "drafted",
    "prepared",
    "tabled",
    "sponsored",
    "co-sponsored",
    "proposed",
    "presented",
    "submitted",
    "put",
    "written",
    "introduced",
    "authored",
    "co-authored",
    "penned",
    "circulated",
}


def _sponsors(sent: _Sentence, t: Any) -> frozenset[str]:
    """The actors who put forward the text noun ``t`` (singular text nouns only)."""
    if t.lower_ not in SPONSOR_TEXTS or t.tag_ != "NN":
        return frozenset()
    out: set[str] = set()
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i:
            if c.tag_ == "VBN" and c.lower_.split("-")[-1] in SPONSOR_VERBS:
                # "a US-drafted text": the actor before the hyphen
                out.update(sent.actor_at[k.i] for k in c.children if k.i in sent.actor_at)
            elif c.i in sent.hyphened_at and c.lower_.split("-")[-1] in SPONSOR_VERBS:
                # "a U.S.-drafted text", parsed as one word (an adjective)
                out.add(sent.hyphened_at[c.i])
            else:
                out.update(sent.actors_of(c, pronouns=False))
        elif c.dep_ == "acl" and c.lower_ in SPONSOR_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    out.update(x for p in a.children for x in sent.actors_of(p, pronouns=False))
        elif c.dep_ == "prep" and c.lower_ == "by":  # "a draft by Russia"
            out.update(x for p in c.children for x in sent.actors_of(p, pronouns=False))
    if t.dep_ == "nsubjpass" and t.head.lower_ in SPONSOR_VERBS:
        # "The resolution was sponsored by Australia and Japan"
        for a in t.head.children:
            if a.dep_ == "agent":
                out.update(x for p in a.children for x in sent.actors_of(p, pronouns=False))
    return frozenset(out)


def _named_by_sponsor(sent: _Sentence, t: Any) -> bool:
    """Whether the text noun ``t`` is named by its sponsor's adjective ("the Soviet resolution",
    "the American text"), not by an agent after it ("drafted by Ukraine"), a drafting
    participle ("the British-drafted text") or an owner ("the Council's resolution")."""
    return any(
        c.dep_ in ("amod", "compound")
        and c.i < t.i
        and c.tag_ in ("JJ", "NNP")
        and c.i not in sent.hyphened_at
        and sent.actors_of(c, pronouns=False)
        for c in t.children
    )


# "resolution 1497": a numbered text, and its number
_TEXT_NUMBER = re.compile(r"\bresolution\s+(\d{2,5})\b", re.IGNORECASE)


class _Texts:
    """The sponsors of the texts an article names, in order: the first sponsored text is the
    main one; a later text introduced as a new one (not "the ...") whose sponsors share none
    with it is a second text (RIVAL), and from then on a text named by the sponsors of either
    is that text ("the American text")."""

    def __init__(self, year: int | None = None) -> None:
        self.main: frozenset[str] = frozenset()
        self.rival: frozenset[str] = frozenset()
        self.year = year  # the article's
        self.numbered = False  # a text named by its number in a sentence before (see mark)

    def mark(self, sent: _Sentence) -> None:
        if _doc_words(sent.doc).isdisjoint(SPONSOR_TEXTS):
            return  # (every token below needs sponsors, which only a text noun has: _sponsors)
        numbered = self.numbered
        for t in sent.doc:
            who = _sponsors(sent, t)
            if not who:
                continue
            if (
                numbered
                and not self.main
                and not self.rival
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            ):
                # "Resolution 1094 attaches the observers ... On 10 January, a draft put
                # forward by twelve countries won 14 votes": after the text reported was
                # named by its number, a sponsored text introduced as "a draft" is another one
                self.rival = who
                sent.text_kind[t.i] = RIVAL
                continue
            if not self.rival and not who & self.main and _second_text(t) == RIVAL:
                # "a competing Chinese text" after a text whose sponsors go unnamed ("a
                # U.S.-backed resolution"): the second text's sponsors, not the main one's
                self.rival = who
                sent.text_kind[t.i] = RIVAL
            elif not self.main and self.rival:
                # "The American draft", the other text than the second one named before
                sent.text_kind[t.i] = RIVAL if who & self.rival else MAIN
                if not who & self.rival:
                    self.main = who
            elif not self.main:
                self.main = who
            elif who & self.main:
                if self.rival and not who & self.rival:
                    sent.text_kind[t.i] = MAIN
            elif not self.rival:
                if any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children
                ) and not _named_by_sponsor(sent, t):
                    # "The resolution, drafted by Ukraine": a definite text is the one the
                    # article reports, not a new one (a second text is introduced: "a
                    # Russian draft", "Russia's draft"); but "the Soviet resolution", named
                    # by other sponsors than the text's, is another text
                    continue
                if _background(t, self.year):
                    continue
                self.rival = who
                sent.text_kind[t.i] = RIVAL
            elif who & self.rival:
                sent.text_kind[t.i] = RIVAL


# Words that open a clause telling what came before or around the act reported ("after
# the United States vetoed a similar text", "following a rival draft's defeat").
_TIME_MARKS = {"after", "before", "since", "following", "when", "once", "until", "as"}


def _in_passing(t: Any) -> bool:
    """Whether a second text is named only in passing, in a clause that tells what came
    before or around the act the sentence reports ("was adopted ... at a session called after
    the United States vetoed a similar text", "following the defeat of a rival draft").  Not
    when the text is what the sentence is about ("A similar text was vetoed on Monday",
    "China voted for a rival draft"), nor in a clause set beside the act ("adopted the
    resolution, while a rival text was rejected": both are the day's votes)."""
    node = t
    while True:
        head = node.head
        if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children):
            # "after Russia and China vetoed a similar text", even where the parser makes
            # that clause the root and the main one its complement
            return True
        if node.dep_ in ("pobj", "pcomp") and head.lower_ in _TIME_MARKS:
            return True
        if head.i == node.i:
            return False
        node = head


def _background(t: Any, year: int | None) -> bool:
    """Whether a text is told as background, not as a decision of the day: its clause is in
    the past perfect or dated to an earlier year ("A French text, backed by Britain, had set up
    the inspections in 2020"; "a US text adopted in 2019")."""
    verbs = [c for c in t.children if c.dep_ == "acl" and c.tag_.startswith("VB")]
    v = t
    while v.head.i != v.i and not v.tag_.startswith("VB"):
        v = v.head
    if v.tag_.startswith("VB"):
        verbs.append(v)
    for v in verbs:
        # ("Japan, which had co-sponsored the American motion, voted against it": a clause
        # describing an actor tells what it did before the vote on "the" text of the day; "a
        # French text" it had backed is still another one)
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children) and not (
            v.dep_ == "relcl"
            and _side_clause(v) is v
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ):
            return True
        if _dated_before(v, year):
            return True
    return False


def _earlier_text(t: Any, year: int | None) -> bool:
    """Whether a text is the subject of a clause dated to an earlier year or in the past
    perfect: "a French-drafted referral was vetoed in 2014", "a US text had failed"."""
    verb = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or not verb.tag_.startswith("VB"):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return True
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "during"):
            for obj in p.children:
                for w in (obj, *obj.children):
                    if len(w.text) == 4 and w.text.isdigit() and year and 1900 < int(w.text) < year:
                        return True
    return False


def _its_owner(sent: _Sentence, noun: Any) -> str | None:
    """The state "its" stands for before a membership noun, in a sentence whose main clause
    has one state as subject and whose act on the noun is another's: "Macedonia remains
    outside after Greece blocked its invitation" (a state does not block its own entry)."""
    root = next((k for k in sent.doc if k.dep_ == "ROOT"), None)
    if root is None or noun.head.i == root.i:
        return None
    subj = [k for k in root.children if k.dep_ in ("nsubj", "nsubjpass")]
    own = sent.actors_of(subj[0], pronouns=False) if len(subj) == 1 else []
    act = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    doers = [k for k in act.children if k.dep_ == "nsubj"] if act is not None else []
    by = sent.actors_of(doers[0], pronouns=False) if len(doers) == 1 else []
    if len(own) == 1 and by and own[0] not in by:
        return own[0]
    return None


def _anchor(sent: _Sentence, tgt: Any) -> str | None:
    second = _second_text(tgt) or sent.text_kind.get(tgt.i)
    if second:
        return second
    person = _person(sent, tgt)
    if person:
        return person
    if tgt.lower_ in MEMBERSHIP_NOUNS or tgt.lower_ == "invitation":
        # one state's membership named after the noun ("an invitation to Macedonia", "the
        # accession of Croatia", "membership for Ukraine"), as by "Macedonia's invitation"
        after = [
            p
            for c in tgt.children
            if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if len(after) == 1 and after[0].i in sent.actor_at:
            named = {sent.actor_at.get(x.i) for x in (after[0], *after[0].conjuncts)}
            if len(named) == 1 and None not in named:
                return "state:" + sent.actor_at[after[0].i]
        for c in tgt.children:
            if c.dep_ in ("poss", "compound") and c.i in sent.actor_at:
                return "state:" + sent.actor_at[c.i]
            if c.dep_ == "poss" and c.lower_ == "its":
                owner = _its_owner(sent, tgt)
                if owner:
                    return "state:" + owner
            if c.dep_ == "poss" and c.lower_ in ("its", "their") and len(sent.context) == 1:
                return "state:" + sent.context[0]
            if (
                c.dep_ == "poss"
                and c.lower_ == "country"
                and any(k.lower_ in ("his", "her") for k in c.children)
            ):
                # "the Croatian prime minister welcomed his country's entry": the speaker's
                # state, when the sentence's subject names exactly one
                root = next((k for k in sent.doc if k.dep_ == "ROOT"), None)
                subj = [k for k in root.children if k.dep_ == "nsubj"] if root is not None else []
                own = sent.actors_of(subj[0], pronouns=False) if subj else []
                if len(own) == 1:
                    return "state:" + own[0]
            if c.dep_ == "poss":
                person = _person(sent, c)
                if person:
                    return person
    if tgt.lower_ in ("nominees", "candidates", "nominations", "appointments", "both"):
        return "all"
    if any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tgt.children):
        return "all"  # "abstained on both texts"
    if tgt.lower_ in ("either", "neither") or any(
        (c.dep_ == "det" and c.lower_ in ("either", "neither"))
        or (c.dep_ == "preconj" and c.lower_ == "neither")  # not "either A or B": one of them
        for c in tgt.children
    ):
        return "all"  # "did not block either decision", "opposed neither": each of the two
    return None


_CALENDAR = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "ramadan",
}
_MONTH_NAMES = _CALENDAR - {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ramadan")
}
_ORG_WORDS = {
    "council",
    "commission",
    "assembly",
    "parliament",
    "union",
    "nations",
    "charter",
    "court",
    "gaza",
    "hamas",
    "nato",
    "un",
    "eu",
    "alliance",
    "kremlin",
    "treaty",
    "secretariat",
    "group",
    "europe",
    # the head of a named instrument ("the European Stability Mechanism", "the Euro Plus Pact",
    # "the Stockholm Programme"): a decision's name, not a person's
    "mechanism",
    "pact",
    "compact",
    "programme",
    "program",
    "facility",
    "fund",
    "instrument",
    "strategy",
    "framework",
    "agreement",
    "accord",
    "convention",
    "protocol",
    "initiative",
}


# Nouns for a group of actors: "a group of countries led by Portugal" says who leads the
# group, not who wrote a text ("the draft, led by France").
_ACTOR_GROUPS = {
    "group",
    "groups",
    "coalition",
    "camp",
    "bloc",
    "countries",
    "states",
    "nations",
    "members",
    "delegation",
    "delegations",
    "faction",
    "alliance",
    "caucus",
    "club",
    "government",
    "governments",
}


def _lost_main_verb(verb: Any) -> bool:
    """A past participle the parser took for a modifier because it lost the sentence's main
    verb: the root is the opening state's name, with a relative clause before the participle,
    and the participle has no agent ("Greece,
    which had blocked the entry, signed along with the others", parsed with "signed" hanging
    on "entry"; "Greece, backed by France, ..." has its agent and stays a modifier)."""
    root = verb.sent.root
    return (
        verb.tag_ == "VBN"
        and root.tag_ in ("NNP", "NNPS")
        and any(c.dep_ == "relcl" and c.i < verb.i for c in root.children)
        and verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _describes_actors(sent: _Sentence, tok: Any) -> bool:
    """Whether a "by" participle describes actors, not a text: "a group of countries ...,
    led by Portugal and Poland, said ..." (the leaders of a group), "Hungary, led by Orbán"."""
    if tok.dep_ not in ("acl", "amod", "appos", "advcl", "relcl"):
        return False
    # up through the nouns it may hang on ("countries that rely on the funds, led by ...":
    # the parser hangs it on "funds"), to the first text or group of actors
    head = tok.head
    while True:
        if head.i in sent.actor_at or head.lower_ in _ACTOR_GROUPS:
            return True
        if head.lower_ in TEXT_NOUNS or head.lower_ in PROPOSAL_NOUNS:
            return False
        if head.tag_.startswith("VB") and head.dep_ != "relcl" or head.head.i == head.i:
            return False
        head = head.head


# Figures a government puts out are no text it sponsors: "the results presented by the
# Belarus authorities", "figures drawn up by Rome".
_FACT_NOUNS = {
    "result",
    "results",
    "figures",
    "findings",
    "evidence",
    "data",
    "statistics",
    "tally",
}


def _presents_facts(tok: Any) -> bool:
    """Whether a "by" participle hangs on a noun of figures or results, not on a text."""
    return tok.dep_ == "acl" and tok.head.lower_ in _FACT_NOUNS


# What a state leads without sponsoring the decision: "sanctions would hurt mediation led by
# South Africa's president" names South Africa as the mediator, not as the text's author.
_MEDIATION = {"mediation", "talks", "negotiations", "dialogue", "mediators"}


def _leads_mediation(tok: Any) -> bool:
    """Whether ``tok`` is "led" hanging on mediation or talks ("mediation led by X")."""
    return tok.lower_ == "led" and tok.head.i != tok.i and tok.head.lower_ in _MEDIATION


# Opposition a state leads: "a wall of resistance led by Ireland", "opposition to the plan
# was led by Poland" is that state's opposition, not its authorship of the text.
_LED_OPPOSITION = {"resistance", "opposition", "objections", "revolt", "rebellion", "holdouts"}


def _leads_opposition(tok: Any) -> bool:
    """Whether ``tok`` is "led" (or "headed", "spearheaded") whose led noun, or that noun's
    "of" phrase ("a wall of resistance led by X"), is opposition: the acl's head, or the
    passive's subject ("resistance was led by X")."""
    if tok.lower_ not in ("led", "headed", "spearheaded"):
        return False
    led = [tok.head] if tok.dep_ == "acl" else []
    led += [c for c in tok.children if c.dep_ == "nsubjpass"]
    for noun in led:
        inner = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        if any(n.lower_ in _LED_OPPOSITION for n in [noun, *inner]):
            return True
    return False


# What a state brings before a court, not to a council: "a case brought by Gambia accusing
# Myanmar of genocide" names Gambia as a litigant, not as the author of the Assembly's text.
_LEGAL_ACTIONS = {
    "case",
    "cases",
    "lawsuit",
    "suit",
    "complaint",
    "complaints",
    "charges",
    "accusation",
    "accusations",
    "allegations",
    "proceedings",
    "prosecution",
    "claim",
    "claims",
}


def _legal_action(tok: Any) -> bool:
    """Whether the participle ``tok`` ("brought", "filed"...) puts forward a legal action: it
    hangs on one ("a case brought by Gambia") or one is its passive subject ("the complaint
    was brought by Ukraine")."""
    if tok.dep_ == "acl" and tok.head.lower_ in _LEGAL_ACTIONS:
        return True
    return any(c.dep_ == "nsubjpass" and c.lower_ in _LEGAL_ACTIONS for c in tok.children)


# Subjects that are a state's people, not its government: "Dutch voters rejected the pact in a
# referendum" is no stance of the Netherlands (its government may back the decision); nor are
# its government's critics ("Cuban dissidents criticised the decision" is no stance of Cuba's).
_POPULAR = {
    "voters",
    "electorate",
    "citizens",
    "public",
    "protesters",
    "demonstrators",
    "referendum",
    "dissidents",
    "exiles",
    "activists",
}


def _popular_subject(tok: Any) -> bool:
    """Whether a cue verb's subject is a people, an electorate or a crowd ("Irish voters
    rejected the treaty", "protesters denounced the deal")."""
    # the passive's agent first: "the constitution rejected by French and Dutch voters"
    agent = next(
        (p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )
    if agent is not None:
        return agent.lower_ in _POPULAR
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _POPULAR


_POPULAR_VOTES = {"referendum", "referenda", "referendums", "plebiscite", "polls"}


def _by_referendum(tok: Any) -> bool:
    """Whether a cue verb is told as done by a popular vote ("Denmark rejected the treaty in a
    referendum", "approved it at the polls"): the electorate's act, as "Danish voters
    rejected the treaty" is, not the government's stance on the council's decision."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at", "by", "through", "via")
        and any(p.dep_ == "pobj" and p.lower_ in _POPULAR_VOTES for p in c.children)
        for c in tok.children
    )


# What stands in a decision's way, as the object of an act: backing it opposes the decision,
# opposing it backs the decision ("opposed Russia's veto", "rejected Hungary's objections",
# "backed Poland's veto").
_BLOCK_OBJECTS = {
    "veto",
    "vetoes",
    "objection",
    "objections",
    "opposition",
    "resistance",
    "obstruction",
    "blocking",
    "blockage",
    "blockade",
    "holdout",
    "rejection",
}


# Asking for the decision told as a passive clause: "called for the sanctions to be extended",
# "pressed for Sweden to be admitted", "for Ukraine to be made a candidate" / "given candidate
# status".  Only acts that take a decision (not lifting, suspending or ending something, whose
# direction depends on what the decision is) on a decision or a state.
_ASKED_ACTS = {
    f
    for v in ("adopt", "approve", "impose", "extend", "renew", "grant", "admit", "invite")
    for f in _inflect(v, "admitted")
} | {"endorsed", "accepted", "expanded", "enlarged", "deployed", "opened"}
# ... and finishing an agreement: "pressed for the agreement to be wrapped up quickly", "to be
# signed", "concluded" (a decision noun only: "for the talks to be concluded" names none)
_ASKED_ACTS |= {"signed", "concluded", "finalised", "finalized", "sealed", "completed", "wrapped"}
# "made a candidate", "given candidate status", "granted membership": a state's membership.
_MADE = {"made", "given", "granted", "offered"}
_MADE_WHAT = {"candidate", "member", "status", "membership", "candidacy"}


_NOT_DONE = object()
# What a call may ask be done to the decision that delays, weakens, changes or ends it ("called
# for the ban to be put back to 2040", "for the target to be cut", "for the mission to be wound
# down", or "brought forward"): the call is for a change, which may stand against the decision
# as taken or be the decision itself; no stance (not support for the thing named).
_ALTERED = {
    f
    for v in (
        "delay",
        "postpone",
        "defer",
        "shelve",
        "suspend",
        "cut",
        "reduce",
        "lower",
        "weaken",
        "soften",
        "dilute",
        "relax",
        "ease",
        "lift",
        "scrap",
        "drop",
        "abandon",
        "end",
        "withdraw",
        "revoke",
        "rescind",
        "reverse",
        "amend",
        "change",
        "revise",
        "rewrite",
        "reopen",
        "renegotiate",
        "replace",
    )
    for f in _inflect(v, "withdrawn", "rewritten", "scrapped", "dropped")
}
# ... with a particle: "put back", "pushed back", "watered down", "wound down", "brought forward"
_ALTERED_PHRASAL = {
    ("put", "back"),
    ("put", "off"),
    ("pushed", "back"),
    ("pushed", "off"),
    ("watered", "down"),
    ("wound", "down"),
    ("scaled", "back"),
    ("scaled", "down"),
    ("toned", "down"),
    ("phased", "out"),
    ("brought", "forward"),
    ("pulled", "back"),
}


@functools.lru_cache(maxsize=64)
def _lead_says(pattern: re.Pattern[str], lead_text: str) -> bool:
    """Whether ``pattern`` is found in an article's lead sentence: the readers ask it of the
    same lead for every sentence and cue (_argued_ending, _sought_to_weaken, read_stances), so
    it is searched once per article and pattern."""
    return pattern.search(lead_text) is not None


def _asked_change(tok: Any) -> bool:
    """Whether ``tok`` is a change asked for in a passive infinitive ("called for the ban to be
    brought forward"): the asker is not the one who would act, so the act's own cue is not its."""
    if tok.dep_ not in ("xcomp", "advcl", "acl"):
        return False  # (asked of every token: the cheapest test first)
    asker = tok.head
    if tok.dep_ == "acl" and asker.dep_ == "pobj":
        asker = asker.head.head  # the clause hung on the noun asked for: "for the ban to be ..."
    return (
        tok.dep_ in ("xcomp", "advcl", "acl")
        and _passive_infinitive(tok)
        and _PHRASAL_FORMS.get(asker.lower_) in ("ask", "call", "push", "press")
        and _altering(tok)
    )


def _passive_infinitive(tok: Any) -> bool:
    """ "to be <done>": a participle with "to" and a passive auxiliary."""
    return (
        tok.tag_ == "VBN"
        and any(k.dep_ == "auxpass" for k in tok.children)
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)
    )


def _author_of_faulted(tok: Any) -> bool:
    """Whether ``tok`` is a participle with an agent ("put forward by Britain", "drafted by
    Italy") on the subject of a reported finding that faults it ("agreed that the plan put
    forward by Britain will not work", "said the plan, drafted by Italy, was unacceptable"):
    the finding may be the decision, which the author's plan is then no support of; no stance."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or not any(c.dep_ == "agent" for c in tok.children):
        return False
    noun = tok.head
    finding = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or finding.dep_ != "ccomp":
        return False
    return _negated(finding) or any(
        c.dep_ in ("acomp", "attr") and c.lower_ in NEGATIVE_WORDS for c in finding.children
    )


def _altering(verb: Any) -> bool:
    """Whether an asked act delays, weakens, changes or ends what it is done to (``_ALTERED``)."""
    low = verb.lower_
    return low in _ALTERED or any(
        (low, c.lower_) in _ALTERED_PHRASAL
        for c in verb.children
        if c.dep_ in ("prt", "advmod", "prep") and c.i == verb.i + 1
    )


def _asked_done(sent: _Sentence, tok: Any) -> Any:
    """(clause, X) for the passive clause "for X to be <done>" that a verb of asking governs, when
    it takes a decision on a decision or on a state ("called for the mission to be renewed",
    "pressed for Ukraine to be made a candidate"); ``_NOT_DONE`` when the clause is negated
    ("called for the sanctions not to be extended": asking that it not be done); else None."""
    # (the parser may also hang the clause on the noun asked for: "called for the agreement
    # not to be signed", read as "for X to be <done>" is)
    on_noun = [
        a
        for k in tok.children
        if k.dep_ == "prep" and k.lower_ == "for"
        for p in k.children
        if p.dep_ == "pobj"
        for a in p.children
        if a.dep_ == "acl"
    ]
    # a change asked for anywhere in what is asked for ("for the package of quotas to be
    # watered down", parsed with the clause inside the noun's "of")
    asked_for = [
        p for k in tok.children if k.dep_ == "prep" and k.lower_ == "for" for p in k.children
    ]
    if any(
        _passive_infinitive(t) and _altering(t) and not _negated(t)
        for p in asked_for
        if p.dep_ == "pobj"
        for t in p.subtree
    ):
        return _NOT_DONE
    for c in [*tok.children, *on_noun]:
        if c.dep_ not in ("advcl", "xcomp", "acl") or c.tag_ != "VBN":
            continue
        kids = list(c.children)
        if not any(k.dep_ == "auxpass" for k in kids) or not any(
            k.dep_ == "aux" and k.lower_ == "to" for k in kids
        ):
            continue
        if _negated(c):
            return _NOT_DONE
        if c.dep_ == "acl":
            subj = c.head  # the noun asked for
        elif any(k.dep_ == "mark" and k.lower_ == "for" for k in kids):
            subj = next((k for k in kids if k.dep_ == "nsubjpass"), None)
        else:  # the parser may hang "for X" on the asking verb and the clause beside it
            subj = next(
                (
                    p
                    for k in tok.children
                    if k.dep_ == "prep" and k.lower_ == "for" and k.i < c.i
                    for p in k.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
        if subj is None:
            continue
        low = c.lower_
        if low in _MADE:
            made = [
                w
                for k in kids
                if k.dep_ in ("oprd", "dobj", "attr")
                for w in (k, *k.children)
                if w.lower_ in _MADE_WHAT
            ]
            if made and subj.i in sent.actor_at:
                return c, subj  # "for Ukraine to be made a candidate"
            continue
        if _altering(c):
            return _NOT_DONE  # "for the ban to be put back", "to be watered down": a change to it
        if low not in _ASKED_ACTS:
            continue
        if subj.i in sent.actor_at or (
            subj.tag_ in ("NN", "NNS")
            and _word(subj) not in NOT_DECISIONS
            and (
                _word(subj) in PROPOSAL_NOUNS - {"it", "this", "them"}
                or _word(subj) in OPT_IN_NOUNS
            )
        ):
            return c, subj
    return None


def _against_act(tok: Any) -> Any | None:
    """The gerund a cue "against" governs: "warned against blocking the deal"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "against":
            return next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return None


def _against_an_act(tok: Any, label: str) -> str | None:
    """The label of "X against <doing something>" (issue 13, inversion probes): against an
    act that blocks the decision is for it ("warned against blocking the deal", "argued
    against using the veto"); against one that backs it, against it ("warned against voting
    for the text"); against an act on a decision named as such, against it ("argued against
    adopting the plan"); against any other act ("warned Washington against taking military
    action", "argued against isolating Moscow"), no stance on the decision.  Without a
    gerund ("warned against the plan") the label stands."""
    act = _against_act(tok)
    if act is None:
        return label
    entry = VERBS.get(act.lower_)
    own = _vote_label(act) if entry is not None and entry[0] == "vote" else None
    if own is None and entry is not None and entry[1] in (SUPPORT, OPPOSE):
        own = entry[1]
    obj = _target(act)
    if own is None and obj is not None and _is_removal(act) and _blocking(obj):
        own = SUPPORT  # "against lifting the veto"
    if own is None and obj is not None and _word(obj) in _BLOCK_OBJECTS:
        own = OPPOSE  # "against using its veto"
    if own is not None:
        return _FLIP[own]
    if act.lower_ in _DECIDING_ACTS or (
        obj is not None and _word(obj) in PROPOSAL_NOUNS - {"it", "this", "them"}
    ):
        return OPPOSE  # "warned against admitting the two countries"
    if act.lower_ in _ACCEDING and (obj is None or _word(obj) in _BODY_WORDS):
        return OPPOSE  # "warned Madrid against joining (the alliance)": against the accession
    return None


# A state's own accession, the decision of a membership article: "warned Madrid against
# joining", "against joining the alliance" (not "against joining the boycott").
_ACCEDING = _inflect("join") | _inflect("accede")


def _warns_a_party(sent: _Sentence, tok: Any) -> bool:
    """Whether "X warned Y against Z" is aimed at another state's own conduct: Y is a state
    and Z is no act on the decision ("Chile warned Peru against sending troops to the
    border", "Greece warned Turkey against provocations"): no stance (issue 13, inversion
    probes).  Warning a state against blocking or backing the decision, or against joining
    ("warned Madrid against joining"), keeps its reading (``_against_an_act``)."""
    if not any(c.dep_ == "dobj" and _owned_by_actor(sent, c) for c in tok.children):
        return False
    act = _against_act(tok)
    if act is None:
        return True
    entry = VERBS.get(act.lower_)
    if (entry is not None and entry[1] in (SUPPORT, OPPOSE, "")) or act.lower_ in _ACCEDING:
        return False
    obj = _target(act)
    return not (obj is not None and (_blocking(obj) or _word(obj) in _BLOCK_OBJECTS))


# Acts that are what a council decides: "against admitting the two countries", "against
# imposing sanctions", "against sending troops".
_DECIDING_ACTS = {
    f
    for v in (
        "admit",
        "adopt",
        "impose",
        "extend",
        "grant",
        "open",
        "lift",
        "approve",
        "invite",
        "enlarge",
        "expand",
        "send",
        "deploy",
        "recognise",
        "recognize",
        "suspend",
        "renew",
    )
    for f in _inflect(v, "admitting", "sending", "opening")
}


def _role_on_a_block(tok: Any, label: str, preps: tuple[str, ...] = ("of", "to")) -> str | None:
    """A role noun's label when its object is a block: "critics of Hungary's veto" are for
    the decision, "supporters of the veto" against it; "critics of the delay" say nothing on
    it (as ``_on_a_block`` for verbs).  An adjective's object comes after more prepositions
    (``_ADJECTIVE_PREPS``: "pleased with the veto" is against the text it stopped)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and _word(obj) in NEGATIVE_OBJECTS and label in (SUPPORT, OPPOSE):
                return _FLIP[label] if _word(obj) in _BLOCK_OBJECTS else None
    return label


def _question(text: str) -> bool:
    """A sentence that asks ("Will Hungary veto the package?", "Can the deal survive without
    Hungary's support?"): it states no stance (issue 13, inversion probes)."""
    return text.rstrip().rstrip("\"'”’»)").endswith("?")


# A motion on how or when to vote is not the text: "opposed the motion to adjourn the
# debate", "voted for a no-action motion".
_PROCEDURES = {
    f
    for v in ("adjourn", "postpone", "defer", "delay", "suspend", "close", "table", "take")
    for f in _inflect(v, "took", "taken")
}


def _procedural_motion(tgt: Any) -> bool:
    """Whether a cue's object is a procedural motion, not the decision."""
    if _word(tgt) not in ("motion", "motions"):
        return False
    return any(
        (c.dep_ in ("acl", "relcl") and c.lower_ in _PROCEDURES)
        or (c.dep_ in ("amod", "compound") and c.lower_ in ("procedural", "no-action", "action"))
        for c in tgt.children
    )


# A part of the text voted on apart from it: "voted against the preamble but in favour of
# the text as a whole", "voted against two paragraphs in a separate vote".  A vote on a part
# says nothing of the vote on the whole (a member may oppose a clause and adopt the text).
_PART_NOUNS = {
    *("preamble", "preambles", "paragraph", "paragraphs", "clause", "clauses", "passage"),
    *("passages", "provision", "provisions", "wording", "language", "sentence", "sentences"),
    *("subparagraph", "subparagraphs", "section", "sections", "reference", "references"),
}


def _words_of_the_text(tgt: Any) -> bool:
    """Whether a cue's object is a line or phrase of the text, the text's own ("objected to the
    line", "opposed the phrase"), not a state's ("Germany's line" is its
    position): one may fight a line and take the decision (read as a stance on the decision: an
    inversion, issue 13, heldout22's objection to a line of a draft statement).  No stance."""
    if _word(tgt) not in _WORDING_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "amod", "compound") for c in tgt.children)


# words for a piece of a text's wording ("vetoed the wording on Turkey" may be the whole text
# of conclusions, and "accepted the formula" the compromise taken: only an objection to a
# line or phrase is read as one to a part)
_WORDING_NOUNS = {"line", "lines", "phrase", "phrases"}


def _on_a_part(tok: Any) -> bool:
    """Whether a vote ``tok`` is on a part of the text: its object is a part ("voted against
    the preamble", "voted for paragraph 4"), or it is cast "in a separate vote" or "in a vote
    on" a part ("voted no in a separate vote on two paragraphs")."""
    obj = _target(tok)
    if obj is not None and obj.lower_ in _PART_NOUNS:
        return True
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "on", "during"):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if p.lower_ in _PART_NOUNS:
                return True  # "voted no on two paragraphs"
            if p.lower_ in ("vote", "votes", "ballot") and any(
                (k.dep_ == "amod" and k.lower_ in ("separate", "recorded-separately"))
                or (
                    k.dep_ == "prep"
                    and k.lower_ == "on"
                    and any(q.dep_ == "pobj" and q.lower_ in _PART_NOUNS for q in k.children)
                )
                for k in p.children
            ):
                return True  # "in a separate vote", "in a vote on the preamble"
    return False


def _on_a_block(tok: Any, label: str) -> str | None:
    """The label of a support or oppose act (not a reaction: those are read in ``_cues``)
    whose object is a thing that stands against a decision: the reverse when it is a block
    ("opposed Russia's veto": for the text; "Hungary submitted an objection": against it),
    no stance when it is a delay, a failure or the like ("requested a postponement",
    "opposed the delay": about the timing, which the text does not tie to the decision), nor
    when it is a claim ("rejected claims that ...": the claim's clause is read as denied)."""
    tgt = _target(tok)
    if tgt is not None and (_word(tgt) in _CLAIM_NOUNS or _procedural_motion(tgt)):
        return None  # "rejected claims that it was obstructing it", "a motion to adjourn"
    if tgt is None or _word(tgt) not in NEGATIVE_OBJECTS:
        return label
    if _word(tgt) in _BLOCK_OBJECTS:
        return _FLIP[label]
    return None


# Acts whose object may be a state rather than a decision: "Russia backed Syria", "China
# stood by Iran", "opposed Israel".
_PARTY_ACTS = {"support", "back", "endorse", "defend", "champion", "favour", "favor", "oppose"}
_PARTY_ACTS |= {"resist", "reject", "embrace"}
# A state's telling of events ("backed the Russian account", "Moscow's version"): backing it
# takes that state's side; rejecting it ("Moscow rejects Ankara's version") is left to the
# other rules (see _backs_a_party).
_ACCOUNT_NOUNS = {"account", "version", "narrative"}
# Nouns that stand for a state, or for what a state wants, not for a decision: "backed the
# Syrian government's position", "the government in Damascus", "Hungary's demands".
_PARTY_NOUNS = {
    *("government", "governments", "regime", "authorities", "leadership", "president"),
    *("position", "positions", "stance", "line", "view", "views", "side", "cause", "people"),
    *("demand", "demands", "argument", "arguments", "ally", "allies"),
    *("interests", "concerns", "claims", "partner", "partners", "friend"),
    *_ACCOUNT_NOUNS,
}

# What a state or people has or needs, not a decision: backing "the country's recovery" or
# "Ukraine's sovereignty" is a goal stated, not a stance on any measure taken for it.
_WELFARE_NOUNS = {
    *("recovery", "reconstruction", "rebuilding", "economy", "stability", "prosperity"),
    *("sovereignty", "independence", "integrity", "democracy", "development", "future"),
    *("population", "civilians", "survival", "well-being", "wellbeing", "welfare"),
}


def _owned_by_actor(sent: _Sentence, noun: Any) -> bool:
    """Whether ``noun`` names a state or something of a state's: the state itself ("Syria",
    "Damascus"), or a noun of ``_PARTY_NOUNS`` that a state owns ("Syria's position", "the
    Syrian government", "the government in Damascus", "the demands of Hungary")."""
    if noun.i in sent.actor_at:
        # a person backed is a candidate as often as a party ("had endorsed Rutte" for
        # Secretary General): left to the other rules
        return noun.i not in sent.person_at
    if _word(noun) not in _PARTY_NOUNS:
        return False
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in sent.actor_at:
            return True
        if c.dep_ == "poss" and c.i != noun.i and _owned_by_actor(sent, c):
            return True  # "the Syrian government's position"
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "of", "by", "from")
            and any(p.i in sent.actor_at for p in c.children if p.dep_ == "pobj")
        ):
            return True
        if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
            return True  # "backed their demands": a state's, not a decision
    return False


def _backs_a_party(sent: _Sentence, tok: Any, lemma: str) -> bool:
    """Whether a backing or opposing act is aimed at a state, not at the decision (issue 13,
    inversion probes): "Russia backed Syria", "backed the government in Damascus",
    "supported the Syrian government's position", "backed Hungary's demands", "Hungary,
    supported by Slovakia, voted against it".

    A state backed may be the decision's author, its beneficiary, or the state it is taken
    against ("Russia backed Syria" in an article on sanctions against Syria is against the
    sanctions); the sentence does not say which, so the act states no stance of its own on
    the decision (a block owned by a state is not such an object: "backed Poland's veto" is
    read by ``_on_a_block``).  A backing verb takes the backed state's own stance instead,
    once that is known (``_party_backed``, read as ``FOLLOW``)."""
    if lemma not in _PARTY_ACTS:
        return False
    tgt = _target(tok)
    if tgt is not None and _word(tgt) in _ACCOUNT_NOUNS and lemma not in _BACK_PARTY:
        return False
    if tgt is not None and _word(tgt) not in NEGATIVE_OBJECTS and _owned_by_actor(sent, tgt):
        return True
    if tgt is not None and _word(tgt) in _WELFARE_NOUNS:
        return True  # "wanted to support the country's recovery": a goal, not a measure
    if tgt is not None and _word(tgt) in _PARTY_NOUNS:
        # "backed the government in Damascus" (the place hangs on the verb)
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "of")
            and any(p.i in sent.actor_at for p in c.children if p.dep_ == "pobj")
            for c in tok.children
        )
    if tgt is None and tok.tag_ == "VBN":
        # a participle on a state ("Hungary, supported by Slovakia, ...") or a passive with a
        # state as its subject ("Syria was backed by Russia")
        if tok.dep_ in ("acl", "amod") and tok.head.i in sent.actor_at:
            return True
        if any(_owned_by_actor(sent, c) for c in _passive_subjects(tok)):
            return True
    return False


# What a state does on its own, not a decision put to the deciders: "Washington's move",
# "the American decision to move its embassy", "Moscow's annexation".
_OWN_DEEDS = {"move", "moves", "decision", "recognition", "annexation", "announcement"}


def _against_a_states_deed(sent: _Sentence, tok: Any) -> bool:
    """Whether an opposing verb's object is a deed of a state's own ("opposing Washington's
    move", "rejected the American decision to move its embassy"): the deed may be what the
    decision answers (a statement of concern about it), so opposing it says nothing on the
    decision (issue 13, heldout28: "took the line of the shelved text, opposing Washington's
    move" read as against the text).  No stance, as "denounced Moscow's annexation" has none.
    A deed that is about a text or vote ("Britain's move to put the draft to a vote") keeps
    the other rules."""
    tgt = _target(tok)
    if tgt is None or _word(tgt) not in _OWN_DEEDS:
        return False
    if not any(
        c.dep_ in ("poss", "amod", "compound") and c.i in sent.actor_at for c in tgt.children
    ):
        return False
    return not any(
        _word(t) in _DECISION_WORDS | BODY_TEXTS | {"vote", "votes"}
        for c in tgt.children
        if c.dep_ in ("acl", "relcl", "prep")
        for t in c.subtree
    )


def _passive_subjects(tok: Any) -> list[Any]:
    """The subject of a passive verb: its own, or, for a passive coordinated after a verb
    with no subject of its own, the first verb's ("Ireland rejected the rate and was
    supported by Malta": Ireland was supported)."""
    own = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if own or tok.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in tok.children):
        return own
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _objects(tok: Any) -> list[Any]:
    """What a cue verb acts on: its direct object or complement ("backed postponing it"),
    the object of "for", "to", "on" ("voted for a delay"), and of "in favour of" / "in
    support of" ("spoke in favour of delaying the vote")."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "xcomp"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "of", "in"):
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    if c.lower_ == "in" and p.lower_ in ("favour", "favor", "support"):
                        out.extend(
                            q
                            for k in p.children
                            if k.dep_ == "prep" and k.lower_ == "of"
                            for q in k.children
                            if q.dep_ in ("pobj", "pcomp")
                        )
                    elif c.lower_ != "in":
                        out.append(p)
    return out


def _aimed_at_delay(tok: Any) -> bool:
    """Whether a cue's object is a delay ("voted in favour of a delay", "backed postponing the
    package", "backed a proposal to shelve the reform", "spoke in favour of delaying the
    vote"): the timing, which the sentence does not tie to the decision; no stance (issue
    13, inversion probes)."""
    for obj in _objects(tok):
        if obj.lower_ in _DELAYS:
            return True
        if (
            obj.tag_.startswith("NN")
            and _word(obj) not in ("motion", "motions")  # a motion is an issue apart
            and any(c.dep_ in ("acl", "relcl") and c.lower_ in _DELAYS for c in obj.children)
        ):
            return True  # "a proposal to shelve the reform", "calls to postpone the vote"
    return False


def _definite(noun: Any) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )


def _instead_of_definite(tok: Any) -> bool:
    """Whether a support cue's object is an alternative offered instead of a definite
    decision: "pushed for a smaller loan instead of the 50 billion euro package", "argued for
    bilateral deals instead of the plan".  The act backs something else, not the decision
    the reader is asked about (while "voted for the reform rather than for the weaker text"
    backs a definite text); no stance (issue 13, inversion probes)."""
    for obj in _objects(tok):
        if not obj.tag_.startswith("NN") or _definite(obj):
            continue
        if obj.tag_ == "NNP" and not obj.text.isupper():
            # a name is as definite as "the package": "decided to back Kovesi rather than his
            # own country's candidate" backs her
            continue
        for c in obj.children:
            if c.lower_ in ("of", "than") and any(
                a.lower_ in ("instead", "rather") for a in c.children
            ):
                alt = [p for p in c.children if p.dep_ == "pobj"] + list(obj.conjuncts)
                if any(p.tag_.startswith("NN") and _definite(p) for p in alt):
                    return True
    return False


_WITHDRAWS = {"withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "pulled"}
_OWN_TEXTS = {"draft", "drafts", "resolution", "resolutions", "text", "texts", "proposal"}


def _withdrew_own_text(tok: Any) -> bool:
    """Whether ``tok`` is a sponsor withdrawing its own text before a vote: "withdrew their
    draft resolution" (the possessive is the subject's own): those who withdraw a text are the
    ones who put it forward, its supporters (heldout29 29-06: missed; test_draft_inv29).  Not
    "withdrew its support for the draft" (opposition, read elsewhere), nor an amendment or a
    motion (issues of their own), nor a passive ("was withdrawn")."""
    if tok.lower_ not in _WITHDRAWS or _negated(tok):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if tok.lower_ == "pulled" and not any(
        c.dep_ == "prt" and c.lower_ in ("out", "back") for c in tok.children
    ):
        return False
    return any(
        c.dep_ == "dobj"
        and c.lower_ in _OWN_TEXTS
        and any(p.dep_ == "poss" and p.lower_ in ("their", "its") for p in c.children)
        for c in tok.children
    )


def _proposed_instead(tok: Any) -> bool:
    """Whether a support cue proposes something "instead" (an adverb on the verb or its
    object, no "of" after it): "joined Paris and Moscow in proposing more intensive
    inspections instead" offers an alternative to the text, which backs no draft (an
    inversion, heldout29 29-06; test_draft_inv29).  "proposing the resolution" keeps its
    reading."""
    if _word(tok) not in (
        "propose",
        "proposes",
        "proposed",
        "proposing",
        "suggest",
        "suggested",
        "suggesting",
        "suggests",
        "offer",
        "offered",
        "offering",
        "offers",
        "call",
        "called",
        "calling",
        "calls",
    ):
        return False
    near = [tok, *(o for o in _objects(tok) if o.tag_.startswith("NN"))]
    return any(
        c.dep_ == "advmod" and c.lower_ == "instead" and not any(True for _ in c.children)
        for w in near
        for c in w.children
    )


_URGING = {
    *("urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press"),
    *("pressed", "presses", "pressing", "encourage", "encouraged", "encourages"),
    *("encouraging", "implore", "implored", "exhort", "exhorted"),
}


def _urged_to_reject_a_thing(tok: Any) -> bool:
    """Whether an opposing cue is what the holder urged others to do ("urged members to reject
    the breakaway outright"), to a thing that is no text: the holder asks the Council to act
    against what its text condemns, which is no opposition to the text (an inversion, 29-02;
    test_draft_inv29).  "urged members to reject the draft" keeps its reading."""
    if tok.dep_ != "xcomp" or tok.head.lower_ not in _URGING:
        return False
    if not any(c.dep_ == "dobj" for c in tok.head.children):
        return False
    objs = [o for o in _objects(tok) if o.dep_ == "dobj"]
    return bool(objs) and all(
        o.tag_.startswith("NN")
        and o.tag_ != "NNP"
        and _word(o) not in PROPOSAL_NOUNS | _DECISION_WORDS | _PART_NOUNS
        for o in objs
    )


_RIVAL_MARKS = {"own", "rival", "alternative", "competing", "counter"}


def _rival_proposal_says(tok: Any) -> bool:
    """Whether a cue is what a rival proposal itself says: a participle on a proposal marked
    as its author's own or a rival ("Moscow's own proposal, calling for a cease-fire, was
    turned down"): the content of another text, not its author's stance on the decision (an
    inversion, 29-28; test_draft_inv29)."""
    if tok.tag_ != "VBG":
        return False  # "a rival draft put forward by Russia": its author, read elsewhere
    if tok.dep_ in ("acl", "relcl"):
        head = tok.head
    elif tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
        # the parser may hang the participle after the comma elsewhere (on the main verb):
        # the noun right before the comma is what it describes
        head = tok.doc[tok.i - 2]
    else:
        return False
    return _word(head) in PROPOSAL_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _RIVAL_MARKS for c in head.children
    )


_CAME = {"came", "comes", "come", "followed", "follows", "follow"}
_DATED_BY = {"vote", "voting", "decision", "resolution", "move", "adoption", "veto"}


def _dates_the_vote(tok: Any) -> bool:
    """Whether a cue is an earlier act told only to date the vote: the clause of "after" or
    "before" on "The vote came (a week) after the cabinet approved an extension of the
    barrier": what the holder did before, on another matter (an inversion, 29-07;
    test_draft_inv29)."""
    if tok.dep_ != "advcl" or tok.head.lower_ not in _CAME:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in tok.children):
        return False
    if any(_word(o) in PROPOSAL_NOUNS | TEXT_NOUNS for o in _objects(tok)):
        return False  # "came after Russia vetoed a similar text": a text of its own, read there
    return any(c.dep_ == "nsubj" and _word(c) in _DATED_BY for c in tok.head.children)


def _objects_to_a_part(tok: Any) -> bool:
    """Whether an objection is to a part of the text ("raised an objection of its own, to a
    clause it feared ..."): one may fight a clause and take the decision (an inversion, 29-14;
    test_draft_inv29).  The part may hang on the noun or, after a comma, on its verb."""
    near = [tok]
    if tok.tag_.startswith("NN") and tok.dep_ == "dobj":
        near.append(tok.head)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and p.lower_ in _PART_NOUNS for p in c.children)
        for w in near
        for c in w.children
    )


def _but_not_the_text(tok: Any) -> bool:
    """Whether a cue's object is something else and the text itself is denied beside it:
    "We support the goal, but not this package", "backed the idea but not the text" (read
    as support for the package: an inversion, issue 13, red team 18).  What is backed is
    the goal; the text is named only to be refused, which says no vote; no stance.  An
    object that is itself a decision, or names one, keeps its reading ("backed the package
    but not the price cap"; "the ceasefire call but not the sanctions" is sorted by its
    anchors)."""
    for obj in _objects(tok):
        named = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
        if any(_word(w) in _PROPOSAL_OR_DECISION for w in named):
            continue  # "backed the ceasefire call but not the sanctions": a decision of its own
        # the parser hangs the denied noun on the object or, after a comma, on the verb
        beside = [c for c in tok.children if c.dep_ == "conj" and c.tag_.startswith("NN")]
        for c in [*obj.conjuncts, *beside]:
            if (
                _not_by(c)
                and _word(c) in PROPOSAL_NOUNS
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
            ):
                return True
    return False


def _acts_on_earlier_texts(tok: Any) -> bool:
    """Whether a cue's object is an earlier text told as background: "Washington, which had
    vetoed three earlier drafts, ...", "had vetoed an earlier draft", "backed previous
    resolutions" (read as a veto of the text reported: an inversion, issue 13, red team 18).
    Plural earlier texts are not the one reported, nor is an earlier one in the past perfect;
    no stance ("vetoed an earlier draft" on the day, or one recalled in passing, "adopted
    after Russia had vetoed an earlier draft", is a decision of its own, read so)."""
    if _EARLIER.isdisjoint(_doc_words(tok.doc)):
        return False  # (no "earlier", "previous" or "prior": the objects are not read)
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)
    return any(
        _word(obj) in TEXT_NOUNS
        and (perfect or obj.tag_ == "NNS")
        and _second_text(obj) is None  # "after Russia had vetoed an earlier draft": its own
        and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in obj.children)
        for obj in _objects(tok)
    )


# A quantity capped from above ("no more than 50 police", "at most two ships"): what the
# actor will take at the most, which says nothing of the decision's own size.
_CAP = re.compile(r"\b(?:no|not) more than\b|\bat (?:the )?most\b|\bno more\b")


def _capped_object(tok: Any) -> bool:
    """Whether a cue's object is capped: "will accept no more than 50 police", "would take
    at most two battalions" (read as acceptance of the deployment decided: an inversion,
    issue 13, heldout28).  A ceiling may sit under the decision or over it, and the text
    rarely says which; no stance ("will accept 50 police" keeps its reading)."""
    low = tok.doc.text.lower()
    if "more" not in low and "most" not in low:
        return False  # (every cap names "more" or "most": the objects' words are not joined)
    for obj in _objects(tok):
        before = " ".join(w.lower_ for w in obj.subtree if w.i < obj.i)
        if _CAP.search(before):
            return True
    return False


# Another of a kind told apart from the one reported: "backed the conference's other
# conclusions", "the other measures".
_APART_NOUNS = {"dispute", "issue", "matter", "question", "row", "quarrel", "affair"}
_APART_WORDS = {"separate", "unrelated", "different"}


def _other_matter(sent: _Sentence, tok: Any) -> bool:
    """Whether a cue's object is told apart from the decision reported: "the other
    conclusions" (plural, not a group of actors: "the other allies" are the deciders), or a
    thing summed up as "a separate dispute", "an unrelated issue" ("restated his opposition
    to the EU's plan, a separate dispute"); either was read as a stance on the decision (an
    inversion, issue 13, heldout28).  No stance ("backed the conclusions" keeps it)."""
    words = _doc_words(tok.doc)
    if "other" not in words and _APART_NOUNS.isdisjoint(words):
        return False  # (neither is told without its word: the sentence is not walked per object)
    for obj in _objects(tok):
        if (
            obj.tag_ == "NNS"
            and obj.i not in sent.actor_at
            and obj.lower_ not in GROUP_NOUNS
            and any(c.dep_ == "amod" and c.lower_ == "other" for c in obj.children)
        ):
            return True
        # (the parser may hang the summing-up on any noun after the object, in the object or
        # beside it: "the plan to cut quotas, an unrelated issue")
        for c in tok.head.subtree:
            if (
                c.dep_ == "appos"
                and c.head.i >= obj.i
                and c.lower_ in _APART_NOUNS
                and any(k.dep_ == "amod" and k.lower_ in _APART_WORDS for k in c.children)
            ):
                return True
    return False


def _held_until_a_day(tok: Any) -> bool:
    """Whether a cue is told as lasting until a named day: "Hungary had resisted it until
    Monday", "had backed the plan until March" (read as the stance at the decision: an
    inversion, issue 13, red team 18).  The stance ended that day and the text does not say
    what came next here; no stance ("resisted it until the end" is not a day and keeps it;
    "withheld its blessing until the last minute" ended then)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("until", "till")
        and any(p.dep_ == "pobj" and _a_day_or_last_minute(p) for p in c.children)
        for c in tok.children
    )


def _a_day_or_last_minute(p: Any) -> bool:
    """ "Monday", "March", or "the last minute" / "the last moment" (it came round then)."""
    if p.lower_ in _CALENDAR:
        return True
    return p.lower_ in ("minute", "moment") and any(c.lower_ == "last" for c in p.children)


# Nouns for a proposal whose infinitive says what it would do: "a proposal by France to
# amend the text", "a Polish proposal to scrap the reform", "calls to drop the plan" (not a
# motion: "a motion to postpone the vote" is a decision of its own, an issue apart).
_PROPOSING_NOUNS = {
    *("proposal", "proposals", "plan", "plans", "call", "calls", "bid", "bids"),
    *("request", "requests", "idea", "suggestion", "suggestions", "move", "attempt", "push"),
    *("initiative", "demand", "demands", "offer", "effort", "efforts"),
}


_AMEND_VERBS = {
    f
    for v in ("amend", "change", "revise", "rewrite", "alter", "weaken", "soften")
    for f in _inflect(v)
}


def _proposed_other_act(tok: Any) -> bool:
    """Whether a support or oppose act's object is a proposal to act on the decision rather
    than to take it: "rejected a proposal by France to amend the text", "a Polish proposal to
    scrap the reform was rejected by Germany", "backed Syria's call to reject the text",
    "calls to postpone the vote".  Rejecting or backing such a proposal states no plain
    stance on the decision: no stance (issue 13, inversion probes).  A proposal to take a
    decision ("to impose sanctions", "to adopt the text") or whose infinitive is its content
    ("a proposal to set spending at 1.074 percent") carries the act to the decision."""
    objs = _objects(tok)
    if tok.tag_ == "VBN":
        objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
    for obj in objs:
        if _word(obj) not in _PROPOSING_NOUNS:
            continue
        # the infinitive on the noun, or hung on the verb right after the noun ("backed
        # Syria's call to reject the text", parsed with "reject" as the verb's clause)
        after = [
            c
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp") and c.i == obj.i + 2 and c.doc[obj.i + 1].lower_ == "to"
        ]
        for c in [*obj.children, *after]:
            if c.dep_ not in ("acl", "advcl", "xcomp") or c.tag_ != "VB":
                continue
            entry = VERBS.get(c.lower_)
            if c.lower_ in _DECIDING_ACTS or (entry is not None and entry[1] == SUPPORT):
                return False
            if (entry is not None and entry[1] == OPPOSE) or c.lower_ in _DELAYS | _AMEND_VERBS:
                return True  # "a call to reject the text", "to postpone it", "to amend it"
            acted_on = _target(c)
            # "to amend the text", "to scrap the reform": an act on the decision
            return acted_on is not None and _word(acted_on) in _DECISION_WORDS
    return False


_SUMMARY_NOUNS = {"move", "step"}
_DECISION_WORDS = (PROPOSAL_NOUNS | TEXT_NOUNS | set(_TOPIC_OF)) - {
    *("move", "step", "it", "this", "them", "vote", "result", "outcome", "tally"),
}
# (the union built once: _but_not_the_text asks it of every word of every cue's object)
_PROPOSAL_OR_DECISION = PROPOSAL_NOUNS | _DECISION_WORDS


def _sums_up_another_act(tok: Any) -> bool:
    """Whether a participle cue hangs on a noun that sums up the clause before it ("...,
    a move backed by Damascus") and that clause names no decision ("Parliament extended
    the president's term, a move backed by Syria"): the act backed is that clause's, not the
    decision the article is about; no stance (issue 13: the one inversion of the held-out
    split k, "a constitutional amendment extending President Lahoud's term ..., a move
    backed by Damascus").  The clause is read from its last verb before the comma; one
    that names a decision keeps the reading ("The Council adopted the resolution, a move
    welcomed by France")."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    noun = tok.head
    if noun.lower_ not in _SUMMARY_NOUNS:
        return False
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an") or det.i == 0:
        return False
    if tok.doc[det.i - 1].text not in (",", "—", "–", "-"):
        return False
    # the clause summed up: from the last verb before the comma ("extending President
    # Lahoud's term", "adopted the resolution")
    before = tok.doc[: det.i - 1]
    start = max((t.i for t in before if t.tag_.startswith("VB")), default=0)
    return not any(
        _word(t) in _DECISION_WORDS
        # a state's "own" budget or plan is not the council's
        and not any(c.lower_ == "own" for c in (t.head if t.dep_ == "compound" else t).children)
        for t in tok.doc[start : det.i - 1]
    )


_PUT_TO_DECIDERS = {"suggestion", "option", "approach", "formula", "wording", "language", "offer"}
_PUT_TO_DECIDERS |= {"request", "call", "arrangement", "framework"}


def _apposed_to_decision(noun: Any) -> bool:
    """Whether ``noun`` is set off by commas right after a decision's noun that is the
    subject of the same verb: the parser reads "The draft, a technical rollover put forward by
    Austria, was vetoed" as two subjects, but the second one only renames the first (an
    apposition), so what is said of it is said of the draft."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.i < 2:
        return False
    first = next(
        (
            c
            for c in noun.head.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i and c.tag_ in ("NN", "NNS")
        ),
        None,
    )
    if first is None or _word(first) not in _DECISION_WORDS | BODY_TEXTS:
        return False
    # only a comma between the two noun phrases: "The draft, a rollover ..."
    between = noun.doc[first.i + 1 : noun.left_edge.i]
    return [t.text for t in between] == [","]


def _backs_another_thing(sent: _Sentence, tok: Any) -> bool:
    """Whether a participle cue with its agent ("a new aid system backed by Israel") hangs on
    a noun that names no decision and is the subject of its own clause: the sentence tells of
    that thing and who backs it ("... has been criticised by the UN"), not of the decision.
    A decision's own noun ("the plan backed by France was adopted") keeps the reading."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or not any(c.dep_ == "agent" for c in tok.children):
        return False
    noun = tok.head
    if _apposed_to_decision(noun):
        return False  # "The draft, a technical rollover put forward by Austria, ..., failed"
    return (
        noun.tag_ in ("NN", "NNS")
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.i not in sent.actor_at
        and _word(noun) not in _DECISION_WORDS | BODY_TEXTS | _SUMMARY_NOUNS | _RULINGS
        # what is put to the deciders ("the idea, floated by Merkel, was debated")
        and _word(noun) not in _PROPOSED_THINGS | _PUT_TO_DECIDERS
        and _word(noun) not in AMENDMENT_NOUNS | COUNTER_NOUNS  # "amendments proposed by Russia"
    )


def _backs_a_blocking_act(tok: Any) -> bool:
    """Whether a backing participle with its agent ("..., backed by China") hangs on an act
    against the decision rather than on the decision: a blocking verb ("Russia tried to block
    the text, backed by China"), a noun with a blocking infinitive ("the move to block it,
    backed by China, failed"), or a vote cast in such an act ("sought to block the meeting in
    a procedural vote, backed by China").  The agent backs the block, if anything: no stance
    (the other reading, support, inverts it)."""
    if tok.dep_ not in ("acl", "advcl") or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "agent" for c in tok.children):
        return False
    entry = VERBS.get(tok.lower_)
    if entry is None or entry[1] != SUPPORT:
        return False

    def blocking_verb(v: Any) -> bool:
        e = VERBS.get(v.lower_)
        if not v.tag_.startswith("VB") or e is None or _negated(v):
            return False
        # "Hungary voted against, backed only by Poland": a vote against is such an act
        return (_vote_label(v) if e[0] == "vote" else e[1]) == OPPOSE

    head = tok.head
    for _ in range(4):  # up through "in a procedural vote" to the verb it is cast in
        if blocking_verb(head):
            return True
        if head.tag_ in ("NN", "NNS") and (
            _word(head) in _BLOCK_OBJECTS
            or any(c.dep_ in ("acl", "relcl") and blocking_verb(c) for c in head.children)
        ):
            return True  # "the veto, backed by China", "the move to block it"
        if head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
            return False
        head = head.head
    return False


# Backing a state is taking its side: "backed Belgrade", "stood by the government in Damascus".
_BACK_PARTY = {"support", "back", "endorse", "defend", "champion"}
# Nouns that stand for the state itself or its side (not for a call or demand, whose content
# is what is backed: "backed Hungary's call to delay it").
# A state's money or goods, which act for no one: "a loan backed by frozen Russian assets"
# is no Russian backing (probe30 29), nor "funded by Russia's reserves"
_HOLDINGS = {
    *("assets", "reserves", "funds", "money", "revenues", "profits", "proceeds", "deposits"),
    *("holdings", "oil", "gas"),
}


_STATE_NOUNS = {
    *("government", "governments", "regime", "authorities", "leadership"),
    *("position", "positions", "stance", "line", "side", "cause"),
    *_ACCOUNT_NOUNS,
}


def _side_states(sent: _Sentence, noun: Any, seen: set[int] | None = None) -> list[str]:
    """The states a noun stands for or whose side it is: "Belgrade" (Serbia), "the Syrian
    government's position" (Syria), "the US position" (the United States); none for a
    person, nor for a thing of a state's that is no side ("the US draft")."""
    seen = set() if seen is None else seen
    if noun.i in seen:
        return []
    seen.add(noun.i)
    if noun.i in sent.actor_at:
        return [] if noun.i in sent.person_at else [sent.actor_at[noun.i]]
    if _word(noun) not in _STATE_NOUNS:
        return []
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            out += _side_states(sent, c, seen)
        elif c.dep_ == "prep" and c.lower_ in ("in", "of"):
            out += [sent.actor_at[p.i] for p in c.children if p.i in sent.actor_at]
    return out


# Campaigning verbs that, with no object, name the cause by the state campaigned beside:
# "Cyprus pushed alongside Athens" (for what Athens wants).
_CAMPAIGN_VERBS = {f for v in ("push", "campaign", "lobby") for f in _inflect(v)}


def _campaigned_alongside(sent: _Sentence, tok: Any) -> list[str]:
    """The states a campaigning verb with no object of its own is done "alongside" ("Cyprus
    pushed alongside Athens", "lobbied alongside Spain and Italy"): its subject takes their
    side.  Not with an object or aim of its own ("pushed for a delay alongside Athens",
    "pushed the plan", "pushed back"), nor negated."""
    if not tok.tag_.startswith("VB") or tok.lower_ not in _CAMPAIGN_VERBS or _negated(tok):
        return []
    beside = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "alongside"]
    own = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "dative")
        or c.dep_ == "prep"
        and c.lower_ != "alongside"
        or c.lower_ == "back"  # "pushed back": resisting
    ]
    if len(beside) != 1 or own:
        return []
    return [
        a for p in beside[0].children if p.dep_ == "pobj" for a in sent.actors_of(p, pronouns=False)
    ]


# Pushing one's peers towards something is pushing for it: "pushed his fellow leaders towards
# joint bonds" (see _pushes_peers_towards).
_PUSH_TOWARDS = {f for v in ("push", "press") for f in _inflect(v)}
_PEERS = {"leaders", "partners", "colleagues", "counterparts", "allies", "members", "governments"}


def _pushes_peers_towards(tok: Any) -> Any | None:
    """What ``tok`` pushes its peers towards ("pushed his fellow leaders towards joint bonds",
    "pressed the partners toward a deal"), else None: not another object ("pushed Greece
    towards default", "pushed the talks towards collapse"), nor something standing against a
    decision ("towards a delay"), nor denied."""
    if not tok.tag_.startswith("VB") or tok.lower_ not in _PUSH_TOWARDS or _negated(tok):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].lower_ not in _PEERS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("towards", "toward"):
            aim = next((p for p in c.children if p.dep_ == "pobj"), None)
            if aim is not None and aim.lower_ not in NEGATIVE_OBJECTS:
                return aim
    return None


_COME = {f for f in _inflect("come", "came")}
_TAKE_SIDE = {f for f in _inflect("take", "took", "taken")}
# Taking a side behind someone: "lined up behind Vienna", "rallied behind the Germans"
_BEHIND_VERBS = {
    f
    for v, irregular in (("line", ()), ("swing", ("swung",)), ("rally", ()), ("range", ()),
                         ("stand", ("stood",)), ("fall", ("fell", "fallen")))
    for f in _inflect(v, *irregular)
}  # fmt: skip


def _behind_states(sent: _Sentence, tok: Any) -> list[str]:
    """The states ``tok`` lines up behind ("Slovakia and Croatia lined up behind Vienna"): its
    subject takes their side, whatever side that is (Vienna's block of the step: against it;
    Vienna's proposal: for it; 22-14, test_draft_goldaudit).  None when any object of "behind"
    is no state ("lined up behind the plan" is for the plan, read as a cue), or the verb is
    negated or conditional."""
    if tok.lower_ not in _BEHIND_VERBS or _negated(tok) or _conditional(tok):
        return []
    objs = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "behind"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    named = [[a for a in sent.actors_of(o, pronouns=False)] for o in objs]
    # the object itself a name ("Vienna", "the Germans"), not a thing a name owns ("the Dutch
    # demand for stronger conditions": the demand's side, 23-13)
    if not objs or not all(named) or not all(o.text[:1].isupper() for o in objs):
        return []
    return [a for group in named for a in group]


def _side_taken(sent: _Sentence, tok: Any) -> list[str]:
    """The states whose side ``tok`` takes: "came down on the French side", "took Germany's
    side", "came down on the side of France" (its subject follows their stance).  Not denied
    ("refused to take Berlin's side"), nor a side of anything else ("on the French side of the
    border", "took the other side")."""
    # (the verb's word first: the negation and condition walks are asked of every token)
    if not tok.tag_.startswith("VB") or (tok.lower_ not in _COME and tok.lower_ not in _TAKE_SIDE):
        return []
    if _negated(tok) or _conditional(tok):
        return []
    if tok.lower_ in _COME and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        sides = [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
        ]
    elif tok.lower_ in _TAKE_SIDE:
        sides = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        return []
    out: list[str] = []
    for side in sides:
        if side.lower_ != "side" or side.dep_ not in ("pobj", "dobj"):
            continue
        of = [c for c in side.children if c.dep_ == "prep"]
        if any(c.lower_ != "of" for c in of):
            return []  # "on the French side of the border", "in the row" (what the row is)
        owners = [c for c in side.children if c.dep_ in ("poss", "amod")]
        owners += [p for c in of for p in c.children if p.dep_ == "pobj"]
        named = [a for o in owners for a in sent.actors_of(o, pronouns=False)]
        if not named or len(named) != len(owners):
            return []  # "the other side", "the winning side", a side not all states
        out += named
    return out


def _party_backed(sent: _Sentence, tok: Any) -> list[str]:
    """The states a backing verb takes the side of, when its object is a state and not a
    decision (``_backs_a_party``): "Russia backed Belgrade" (Serbia), "supported the Syrian
    government's position" (Syria), "Greece, backed by Cyprus," (Greece); none when the verb
    is negated, conditional or hypothetical, or backs a person (a candidate, as often as
    not)."""
    entry = VERBS.get(tok.lower_)
    if not tok.tag_.startswith("VB") or entry is None or entry[0] not in _BACK_PARTY:
        return []
    if not _backs_a_party(sent, tok, entry[0]):
        return []
    if _negated(tok) or _conditional(tok) or _hypothetical(tok):
        return []
    tgt = _target(tok)
    if tgt is None:
        if tok.dep_ in ("acl", "amod") and tok.head.i in sent.actor_at:
            return [sent.actor_at[tok.head.i]]
        # "Russia was backed only by Belarus and Iran": the passive's subject, as in "Greece,
        # backed by Cyprus,"
        return [
            sent.actor_at[c.i]
            for c in _passive_subjects(tok)
            if c.i in sent.actor_at and c.i not in sent.person_at
        ]
    if _word(tgt) in ("position", "positions", "stance", "line") and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "over", "towards", "toward")
        and any(t.i in sent.actor_at for t in c.subtree)
        for c in tgt.children
    ):
        # "backed the Cypriot position on sanctions against Ankara": its stance on a matter
        # that names another state, which may not be the decision; no side taken on it
        return []
    found = _side_states(sent, tgt)
    if not found and _word(tgt) in _STATE_NOUNS:
        # "backed the government in Damascus" (the place hangs on the verb)
        found = [
            sent.actor_at[p.i]
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "of")
            for p in c.children
            if p.i in sent.actor_at
        ]
    return list(dict.fromkeys(found))


def _generic_object(tgt: Any) -> bool:
    """Whether a cue's object is any thing of a kind, not a decision on the table: "rejected
    any obligation to take in refugees", "warned against any promise of treaty change"."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in tgt.children)


# nouns that name a decision by what it is, not by its matter: "such a step" may be the one
# reported under other words
_ACT_NOUNS = {"idea", "ideas", "scheme", "schemes", "approach", "course", "action", "steps"}


def _such_other_matter(tgt: Any, lede_text: str | None) -> bool:
    """Whether a cue's object is "such" a thing of a matter the lead sentence does not name:
    "Ireland said no to such offshoring" after a lead on a law on border checks refers back
    to another idea the article told (not to "such a law" or "such checks", nor to "such a
    step", which may be the decision itself): a guess at which decision it is, so none."""
    if lede_text is None or not tgt.tag_.startswith("NN"):
        return False
    if not any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in tgt.children):
        return False
    return _matter_not_in_lead(tgt, lede_text)


def _matter_not_in_lead(tgt: Any, lede_text: str) -> bool:
    """Whether a cue's object names a matter (not a decision noun, "the plan", "the step")
    the lead sentence does not name: "a common EU minimum wage" after a lead on gas storage."""
    low = tgt.lower_
    if _decision_noun(low) or low in GENERAL_NOUNS or low in _ACT_NOUNS:
        return False
    stem = low[: max(4, len(low) - 3)]
    return re.search(r"\b" + re.escape(stem), lede_text, re.IGNORECASE) is None


_GRANTING = {
    f for v, *irr in (("grant",), ("give", "gave", "given"), ("award",)) for f in _inflect(v, *irr)
}


def _status_not_led(tgt: Any, lead_words: str) -> bool:
    """Whether a cue's object is a status granted ("resisted granting the status now",
    "backed giving Serbia candidate status") that neither the headline nor the lead names as
    a status: the decision reported is another (a treaty signed, say), and granting a status
    is a decision of its own, told beside it; which one the stance is on is a guess, so none.
    A lead that tells of the status ("put off granting Albania candidate status") keeps it."""
    if tgt.lower_ != "status" or tgt.dep_ != "dobj" or tgt.head.lower_ not in _GRANTING:
        return False
    return not re.search(r"\bstatus\b", lead_words)


def _in_support_of(sent: _Sentence, prep: Any) -> bool:
    """Whether an "in" phrase is "in support of" the decision ("in support of the text"), not
    of an actor ("in support of Ukraine") nor of anything else."""
    noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if noun is None or noun.lower_ != "support":
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and obj.i not in sent.actor_at and _word(obj) in PROPOSAL_NOUNS


# What a criticism says is too little: "criticised the plan as too little", "attacked the
# sanctions as too weak", "faulted the text for not going far enough".  The critic wants more
# than the decision gives, which is no stance for or against it.
_TOO_LITTLE = {"little", "weak", "timid", "modest", "limited", "cautious", "mild", "soft", "vague"}
_SHORT_OF = {"insufficient", "inadequate", "half-hearted", "toothless", "watered-down"}


def _faults_as_too_little(tok: Any) -> bool:
    """Whether a reaction verb says its object falls short ("as too little", "as too weak",
    "as insufficient", "for not going far enough")."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("as", "for"):
            continue
        words = [t.lower_ for t in c.subtree]
        if any(w in _SHORT_OF for w in words):
            return True
        if any(a == "too" and b in _TOO_LITTLE for a, b in itertools.pairwise(words)):
            return True
        if "far" in words and "enough" in words:
            return True
    return False


# The weight of a cue the rules read as no stance on purpose ("Russia backed Syria", "backed
# postponing the package"): neutral, below any cue that states a stance, so that it decides
# nothing when the actor has another cue; but it marks the actor as read (the learned
# fallback fills no stance for an actor the rules read as neutral).
QUIET = 0.05


def _quiet(tok: Any, what: str) -> tuple[Any, ...]:
    """A cue the rules read as no stance on purpose (see ``QUIET``)."""
    return (tok, NEUTRAL, QUIET, f"{tok.text} ({what})", "quiet")


# Nouns an "X-backed", "X-drafted" modifier can carry as a stance on the decision ("a
# French-backed resolution"); on any other noun ("the Moscow-backed prime minister", "an
# Iran-backed militia") the compound only describes the thing, X takes no stance on a decision.
_DESCRIBED_DECISIONS = PROPOSAL_NOUNS | SPONSOR_TEXTS | {"mission", "operation", "force"}


def _describes_noun(tok: Any) -> bool:
    """``tok`` is the participle of a hyphenated modifier ("Moscow-backed") on a noun that is
    not a decision."""
    doc = tok.doc
    i = tok.i
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("amod", "compound")
        and i >= 2
        and doc[i - 1].text in ("-", "\u2010")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and tok.head.i > i
        and tok.head.lower_ not in _DESCRIBED_DECISIONS
    )


def _talks_with_another(tok: Any) -> bool:
    """Whether the verb's object is another party's talks with someone ("held up Croatia's
    membership talks with the EU"), not the decision itself."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        # _TALKS (below) with "conference": "Serbia's accession conference with the EU" is
        # another party's talks just the same
        and obj.lower_ in _TALKS
        and any(c.dep_ == "poss" for c in obj.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in obj.children)
    )


# Only "say" itself: "said no to" is an answer, "told no"/"added no" are not this form.
_SAY_WORD = _inflect("say", "said")
_ASKING = {"asked", "whether", "question", "questioned", "if"}


def _says_yes_or_no(tok: Any) -> tuple[str, float, str] | None:
    """ "Hungary said no to the plan" (oppose), "says yes to it" (support), at an act's
    weight; a bare "Khartoum says no" at a reaction's.  Not negated ("did not say no"), not
    "said no decision was taken" (a determiner), and no stance when what is refused is itself
    a block or a delay ("said no to a veto"): the reader does not turn it around."""
    if tok.lower_ not in _SAY_WORD or _negated(tok):
        return None
    answer = next(
        (
            c
            for c in tok.children
            if c.i == tok.i + 1 and c.dep_ in ("intj", "dobj") and c.lower_ in ("no", "yes")
        ),
        None,
    )
    if answer is None:
        return None
    objs = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if any(_word(p) in BLOCKING or p.lower_ in BLOCKING for p in objs):
        return None
    if not objs and any(t.lower_ in _ASKING for t in tok.doc):
        return None  # "asked whether it would veto the text, he said no": an answer, not a vote
    label = SUPPORT if answer.lower_ == "yes" else OPPOSE
    tier = ACTION if objs else REACTION
    return label, tier, f"{tok.text} {answer.text}"


_CAST_FORMS = {"cast", "casts", "casting"} | _inflect("register") | _inflect("record")
_CAST_VOTES = {"vote", "votes", "ballot", "ballots"}
# a vote's direction told by its adjective: "registered a negative vote", "cast an
# affirmative vote" (read only on the vote noun the cue casts, see ``_vote_label``)
_VOTE_ADJECTIVES = {"negative": OPPOSE, "positive": SUPPORT, "affirmative": SUPPORT}


def _casts_a_vote(tok: Any) -> bool:
    """Whether ``tok`` is "cast" (or "registered", "recorded") with a vote as its object
    ("cast their ballots against the text", "cast its vote for it", "registered a negative
    vote"): read as "voted", from the vote's direction."""
    return tok.lower_ in _CAST_FORMS and any(
        c.dep_ == "dobj" and c.lower_ in _CAST_VOTES for c in tok.children
    )


# A part of the text told with who had wanted it: "..., something France and Britain had
# demanded", "..., as Sweden had long sought" (the verb, with the particle it needs, ends the
# sentence).  Unlike "requested" or "called for", these verbs alone name no stance.
_WANTED = {
    **{f: "" for v in ("demand", "want") for f in _inflect(v)},
    **{f: "" for f in _inflect("seek", "sought")},
    **{f: "for" for f in _inflect("ask")},
    **{f: "on" for f in _inflect("insist")},
}
# Words of the clause before that say the part is not in the text, or that it is not the
# text's: "dropped a review, something Sweden had demanded" (what Sweden wanted is left out)
_NOT_CARRIED = {
    f
    for v in ("drop", "remove", "omit", "delete", "strip", "scrap", "shelve", "reject")
    for f in _inflect(v, "dropped", "dropping", "omitted", "omitting", "scrapped", "scrapping")
} | {"without", "instead", "rather", "no", "never", "nor", "neither", "out", "except"}


def _wanted_aside(sent: _Sentence, tok: Any, particle: str) -> Any | None:
    """The clause before an aside that ``tok`` (with ``particle``, if any, after it) ends and
    that says who had wanted a part: "The text set up a review, something Sweden had
    demanded", "..., as Denmark had insisted on"; ``None`` for no such aside."""
    doc = sent.doc
    end = tok.i + 1
    if particle:
        if end >= len(doc) or doc[end].lower_ != particle:
            return None
        end += 1
    if end < len(doc) and doc[end].text not in (".", ";", "!"):
        return None  # "had demanded guarantees": the demand's own object
    i = tok.i - 1
    while i >= 0 and (doc[i].tag_ in ("RB", "MD") or doc[i].lower_ in _AUX_WORDS):
        i -= 1  # "had long demanded"
    named = 0
    while i >= 0 and (i in sent.actor_at or doc[i].lower_ in (",", "and", "the", "'s", "’s")):
        named += i in sent.actor_at
        i -= 1
    if not named or i < 1 or doc[i].lower_ not in ("something", "as") or doc[i - 1].text != ",":
        return None
    return doc[: i - 1]


def _part_left_out(before: Any) -> bool:
    """Whether the clause before a wanted-part aside leaves the part out: it drops it ("the
    leaders dropped a review, ...") or is negated ("the text does not set up a review", not
    "language that was not in earlier drafts ... set up a review")."""
    return any(t.lower_ in _NOT_CARRIED for t in before) or any(
        t.dep_ == "neg" and t.head.dep_ not in ("relcl", "acl") for t in before
    )


def _wanted_what_was_done(sent: _Sentence, tok: Any) -> bool:
    """Whether ``tok`` ends an aside that says who had wanted what the clause before it says
    the text does: "The text set up a review, something Sweden and Finland had demanded",
    "..., as Denmark had insisted on".  Not when that clause is negated, drops the part or has
    an actor as its subject ("Sweden asked for a review, something Finland had wanted": one
    state's demand, not the text's)."""
    particle = _WANTED.get(tok.lower_)
    if particle is None:
        return False
    before = _wanted_aside(sent, tok, particle)
    if before is None or _part_left_out(before):
        return False
    return not any(
        t.i in sent.actor_at and (t.dep_ in ("nsubj", "nsubjpass") or t.head.lower_ == "by")
        for t in before
    )


def _wanted_part_left_out(sent: _Sentence, tok: Any) -> bool:
    """Whether a cue ends a wanted-part aside whose clause leaves the part out: "The leaders
    dropped a review, something Sweden had called for", "The text does not set up a review,
    something Sweden had pushed for" (read as Sweden's support: what it wanted is not in the
    text).  Its wish is for the part, which the decision lacks; no stance."""
    particle = _WANTED.get(tok.lower_)
    if particle is None:
        # a cue with its own particle: "called for", "pushed for", "insisted on"
        nxt = tok.nbor(1) if tok.i + 1 < len(sent.doc) else None
        particle = nxt.lower_ if nxt is not None and nxt.lower_ in ("for", "on") else ""
    before = _wanted_aside(sent, tok, particle)
    return before is not None and _part_left_out(before)


# A text whose own clause is against the decision: "a statement opposing it", "a letter that
# rejected the plan", "a statement against the conclusions" (not a vote: "cast the only vote
# against it" is the vote itself).
_WRITTEN_TEXTS = {
    w
    for n in ("statement", "letter", "declaration", "text", "document", "appeal", "petition")
    for w in (n, n + "s")
} | {
    *("report", "reports", "communique", "communiqué", "note", "paper", "speech", "speeches"),
    *("resolution", "resolutions", "draft", "drafts", "motion", "motions", "op-ed", "article"),
}


def _text_against_it(tok: Any) -> bool:
    """Whether a support or oppose cue's object is a text or act that is itself against the
    decision: "Spain welcomed a statement opposing it", "backed a letter that rejected the
    plan" (read as Spain's support of the decision: an inversion).  Welcoming what is
    against the decision is no support of it, and the text does not say more; no stance.  A
    text against something else ("welcomed a resolution condemning the invasion") keeps
    its reading."""
    for obj in _objects(tok):
        if obj.lower_ not in _WRITTEN_TEXTS:
            continue
        for c in obj.children:
            entry = VERBS.get(c.lower_)
            if c.dep_ in ("acl", "relcl") and entry is not None and entry[1] == OPPOSE:
                against = _target(c)
            elif c.dep_ == "prep" and c.lower_ == "against":
                against = next((p for p in c.children if p.dep_ == "pobj"), None)
            else:
                continue
            if against is not None and (
                against.lower_ in ("it", "them", "this") or _word(against) in _DECISION_WORDS
            ):
                return True
    return False


def _cues(sent: _Sentence) -> list[tuple[Any, ...]]:
    """(token, label, confidence, cue text, how[, object]) for each cue in a sentence; the
    object is given where one verb carries several ("voted for X but against Y")."""
    out: list[tuple[Any, ...]] = []
    nonverb_words = _nonverb_cue_words()
    words = _doc_words(sent.doc)
    for tok in sent.doc:
        low = tok.lower_
        tag = tok.tag_
        if not tag.startswith("VB") and low not in nonverb_words and tok.dep_ != "ccomp":
            # (most tokens: a determiner, a preposition, a noun outside every list below;
            # safe: every check below that a word other than a verb can pass needs its own
            # word in one of the lists _nonverb_cue_words joins, or is the "ccomp" one)
            continue
        kept_block = False  # a refused removal of a block ("refused to lift its veto")
        if tag.startswith("VB") and _describes_noun(tok):
            continue  # "the Moscow-backed prime minister": a description, no stance
        if tag.startswith("VB") and _withdrew_own_text(tok):
            # "The United States, Britain and Spain withdrew their draft resolution" (29-06)
            cue = f"{tok.text} their own text"
            out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action"))
            continue
        if tag.startswith("VB") and _rival_proposal_says(tok):
            # "Moscow's own proposal, calling for a cease-fire, was turned down" (29-28)
            out.append(_quiet(tok, "a rival proposal's content"))
            continue
        if _asked_change(tok):
            continue  # "called for the ban to be brought forward": read at "called"
        if _author_of_faulted(tok):
            continue  # "agreed that the plan put forward by Britain will not work"
        if tok.dep_ == "ccomp" and tok.head.lower_ in _SAY and _no_question_of_change(tok):
            # "said there was no question of changing the rules": the speaker rules the change
            # out (read at "said": "there" owns nothing)
            said = tok.head
            out.append((said, OPPOSE, ACTION * _weight(said), "no question of changing", "action"))
            continue
        yes_or_no = _says_yes_or_no(tok) if tag.startswith("VB") else None
        if yes_or_no is not None:
            said_label, said_tier, said_words = yes_or_no
            said_how = "action" if said_tier == ACTION else "reaction"
            out.append((tok, said_label, said_tier * _weight(tok), said_words, said_how))
            continue
        if low == "refusing" and _bare_refusal_beside(tok):
            # "failed to agree on a cap, with most states pressing for one and Germany, the
            # Netherlands and Denmark refusing" (28-19): a bare refusal in an absolute clause
            # is of the decision the sentence tells (not "refusing to say how they would vote")
            out.append((tok, OPPOSE, ACTION * _weight(tok), "with ... refusing", "action"))
            continue
        signing = (
            _signed_with(sent, tok) if low in _SIGNING_NOUNS and tag.startswith("NN") else None
        )
        if signing is not None:
            # "the signing of accession treaties with A, B and C": the states the treaties are
            # made with signed them (29-17; test_draft_eu29)
            treaty = signing[0]
            out.append(
                (tok, SUPPORT, ACTION * _weight(tok), "signing ... with", "signed with", treaty)
            )
            continue
        if tag.startswith("VB"):
            # ("green-lit", "rubber-stamped": split by the tokenizer, read as one word)
            entry = VERBS.get(low) or VERBS.get(_word(tok))
            if entry is None and _casts_a_vote(tok):
                entry = VERBS["vote"]  # "cast its ballot against the text" is a vote
            if entry is None and _left_the_room(tok):
                entry = ("leave", ABSTAIN, ACTION)  # stepping out so the others can agree
            if entry is None and _made_a_priority(tok):
                entry = ("prioritise", SUPPORT, REACTION)  # "had made the declaration its priority"
            wanted_done = _wanted_what_was_done(sent, tok)
            if entry is None and wanted_done:
                entry = ("want", SUPPORT, ACTION)  # "..., something Britain had demanded"
            # in the order of the words, and the first that makes a cue wins (a set's order
            # changed from run to run with the hash seed); "for its part", "for years" are no
            # complement ("argued for years against the plan" is against it)
            particles = _particles(tok)
            phr = _PHRASAL_FORMS.get(low)
            if phr:
                particles += [p for p, _ in _on_needed_word(tok)]
            if (
                phr == "ask"
                and "for" not in particles
                and _asks_the_body(tok, next((c for c in tok.children if c.dep_ == "dobj"), None))
            ):
                particles.append("for")  # "asked the Council in a letter for help": the "for"
                # hung on the letter
            pair: tuple[str, str] | None = None
            about: Any = None  # the cue's object when it is not the verb's own
            label: str | None = None
            tier = 0.0
            cue = tok.text
            if phr:
                needs = None
                for p in particles:
                    if (phr, p) in PHRASAL:
                        label, tier = PHRASAL[(phr, p)]
                        cue = f"{tok.text} {p}"
                        needs = _PHRASAL_NEEDS.get((phr, p))
                        pair = (phr, p)
                        break
                if (
                    needs
                    and label
                    # ("raised their hands against it": the needed word's plural)
                    and not {needs, needs + "s"} & {t.lower_ for t in tok.subtree}
                    and not (pair == ("go", "along") and _went_along_bare(tok))
                ):
                    label = None  # "came on board", "fell in line", "went along with"
                # ("backed down on the plan" is the climb-down on it)
                held = ("from",) if pair in _CLIMB_DOWN else ("from", "on")
                if pair in _PHRASAL_INTRANSITIVE and any(
                    c.dep_ == "dobj"
                    # ("gave in on Monday" only dates the giving in)
                    or (c.dep_ == "prep" and c.lower_ in held and not _when_only(c))
                    # ("from" may hang on the particle: "held back from criticising it")
                    for c in (*tok.children, *(k for p in tok.children for k in p.children))
                ):
                    label = None  # "held out the prospect of membership", "held out hope"
                if pair in _PHRASAL_INTRANSITIVE and _not_the_particle(tok, pair[1]):
                    label = None  # "the assurances given in London by Canada"
                if label and pair in _PHRASAL_OBJECTS:
                    obj = _target(tok)
                    if pair == ("rule", "out") and _change_ruled_out(tok) is not None:
                        pass  # "ruled out changing the rules": against the change
                    elif pair == ("ask", "for") and _asks_the_body(tok, obj):
                        pass  # "asked the Council for help", "wrote to the Council asking for help"
                    elif pair == ("ask", "for") and _the_review(obj):
                        pass  # "asked for the review": the review decided
                    elif obj is None or _word(obj) not in _PHRASAL_OBJECTS[pair]:
                        label = None  # "ruled out a veto", "asked for a delay"
                if label and pair in _PHRASAL_ON_DECISIONS:
                    acted = _phrasal_object(tok, pair)
                    if pair == ("disagree", "with") and _founding_of(acted):
                        pass  # "disagree with the establishment of a transnational list" (28-20)
                    elif pair == ("insist", "on") and _new_scheme(acted):
                        pass  # "insisted on the new voting system" (29-18)
                    elif not _on_a_decision(acted) or (
                        pair in (*_ON_DECISIONS_NOT_TALKS, ("insist", "on"))
                        and _word(acted) in _TALKS_WORDS
                    ):
                        label = None  # "shot down a drone", "walked away from the talks"
                    elif pair == ("insist", "on") and _word(acted) in _VOTE_WORDS_ASKED:
                        # "insisted on a recorded vote": in the Assembly a text's opponents
                        # ask for the vote (test_draft_requests27, test_draft_delay30)
                        label = None
                if pair == ("win", "over") and not _won_over(tok):
                    label = None  # "the US won over Turkey": the persuader, not the persuaded
                if label and pair == ("dig", "in") and not _dug_in_against(tok):
                    label = None  # "dug in its heels on its demands"
                if label and pair is not None and pair[1] == "for" and _for_an_alternative(tok):
                    label = None  # "argued for dialogue": not the decision (ALTERNATIVE_WORDS)
                if label and pair is not None and pair[1] == "behind" and _behind_scenes(tok):
                    label = None  # "lined up support behind the scenes": where, not whom
                if label and pair is not None and pair[1] == "behind" and _behind_states(sent, tok):
                    label = None  # "lined up behind Vienna": Vienna's side (``_behind_states``)
                if label and pair in _STAY_OUT and _stays_out_of_standing(tok):
                    label = None  # "will stay outside the integrated military command"
                if pair == ("call", "for") and _names_not_calls_for(tok):
                    label = None  # "called the decision a disaster for Europe"
                if (phr, "for") in PHRASAL and (label is None or pair == (phr, "for")):
                    asked = _asked_done(sent, tok)
                    if asked is _NOT_DONE:
                        label = None  # "called for the sanctions not to be extended"
                    elif asked is not None and label is None:
                        # "called for the mission to be renewed", "pressed for Sweden to be
                        # admitted": the "for" is the clause's, not the verb's; a state asked
                        # for is the decision on that state
                        label, tier = PHRASAL[(phr, "for")]
                        cue = f"{tok.text} for ... {asked[0].text}"
                        pair = (phr, "for")
                        if asked[1].i in sent.actor_at:
                            about = asked[1]
                if label and pair in _ASKING_FOR and _meeting_to_protest(tok):
                    label = None  # "asked for an urgent meeting to denounce the strikes"
                if label and pair in _ASKING_FOR and _asks_a_vote_or_delay(tok):
                    label = None  # "had called for the vote": a procedure
            if label is None and entry is not None:
                lemma, label, tier = entry
                if lemma == "request" and (_meeting_to_protest(tok) or _asks_a_vote_or_delay(tok)):
                    label = None  # "requested a meeting to condemn the raids", "a recorded vote"
                if lemma == "vote":
                    label = _vote_label(tok)
                    if label is None:
                        if any(c.dep_ == "xcomp" and c.lower_ in _DELAYS for c in tok.children):
                            out.append(_quiet(tok, "a delay"))  # "voted to postpone it"
                        continue
                    voted_on = _target(tok)
                    if voted_on is not None and _procedural_motion(voted_on):
                        continue  # "voted for the motion to adjourn the debate"
                    if _on_a_part(tok):
                        continue  # "voted against the preamble": not the text as a whole
                    absolute = next((a for a in tok.ancestors if a.lower_ == "with"), None)
                    if absolute is not None and _with_clause_text(tok.doc, absolute.i) == "motion":
                        continue  # "a motion to adjourn failed, with Cuba voting for it"
                    cue = " ".join(t.text for t in tok.subtree if t.i >= tok.i)[:40]
                if lemma == "outvote" and not (_outvoted(tok) or _outvoting(tok)):
                    label = None  # "the others outvoted Ireland": the majority's side untold
                if lemma == "seek" and not (_seeks_decision(tok) or wanted_done):
                    label = None
                if lemma == "back" and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "away")
                    for c in tok.children
                ):
                    label = None  # "backed away from the plan", "backed off": a retreat
                if (
                    lemma in _ON_DECISIONS_ONLY
                    and not _on_a_decision(_acted_on(tok))
                    and not (lemma == "promote" and _promotes_candidate(sent, tok))
                ):
                    label = None  # "killed civilians", "cheered the team": another sense
                if lemma == "broker" and not any(
                    c.dep_ == "dobj" and _word(c) not in _TALKS_WORDS for c in tok.children
                ):
                    # "under a deal brokered by Russia and Turkey" is mostly an earlier deal
                    # the report leans on, and "brokered the talks" is no stance on what they
                    # decide: read only "France brokered the compromise"
                    label = None
                if label and _compared_away(tok):
                    label = None
                if label and _summed_as_set_aside(tok):
                    label = None  # "proposed a tougher test, an idea the ministers set aside"
                if lemma in ("agree", "accept", "consent") and not _agree_to_proposal(tok):
                    if lemma == "agree" and _bare_agree(tok):
                        tier = REACTION  # "Britain also agreed."
                    else:
                        label = None
                if lemma == "commit" and _commits_a_wrong(tok):
                    label = None  # "the crimes committed by Serbia": a deed, not a pledge
                if lemma in ("pledge", "commit") and (
                    _negated(tok)  # "has not committed to it": undecided, not against
                    or any(
                        t.tag_.startswith("VB")
                        and (VERBS.get(t.lower_, ("", SUPPORT))[1] != SUPPORT or _negated(t))
                        for c in tok.children
                        if c.dep_ in ("xcomp", "prep", "ccomp")
                        for t in c.subtree
                    )
                    or any(
                        c.dep_ == "xcomp" and _backs_a_party(sent, c, VERBS.get(c.lower_, ("",))[0])
                        for c in tok.children
                    )
                ):
                    # "pledged to block it", "committed to vetoing it": the complement's cue
                    # is the stance, not the commitment ("pledged to support the country's
                    # recovery": neither is one)
                    label = None
                if label and tier == REACTION and _faults_as_too_little(tok):
                    label = None  # "criticised the plan as too little"
                if label and tier == REACTION:
                    tgt = _target(tok)
                    tlow = _word(tgt) if tgt is not None else ""
                    if tgt is not None and _block_pronoun(sent, tok, tgt):
                        tlow = "veto"  # "Russia vetoed the draft. Kyiv condemned it": the veto
                    if tgt is not None and tlow in ACTS_OF and _act_owner_marks(sent, tgt):
                        # "regretted Austria's decision", "condemned the Russian move": a
                        # reaction to another actor's act,
                        # whose direction the sentence does not give (unless the actor blocked
                        # the text: see _reactions_to_acts)
                        label = None
                    elif (
                        lemma in _POSITIVE_REACTIONS | _NEGATIVE_REACTIONS
                        and any(
                            t.i in sent.actor_at
                            for t in (tgt, *(c for c in tok.children if c.dep_ == "nsubjpass"))
                            if t is not None
                        )
                        and _for_blocking(tok) is not None
                    ):
                        # "thanked Obama for the veto" (against the text), "criticised Russia
                        # for blocking it" (for the text); in the passive, the one reacted to is
                        # the subject ("Poland was praised by Germany for opposing it")
                        label = OPPOSE if lemma in _POSITIVE_REACTIONS else SUPPORT
                        about = _for_blocking(tok)  # the block names the decision, not the actor
                    elif lemma in _POSITIVE_REACTIONS | _NEGATIVE_REACTIONS and (
                        (tgt is not None and _the_dissenters(tgt)) or _for_dissent(tok)
                    ):
                        # "praised the abstainers", "thanked those who voted against
                        # it": a reaction to the others' dissent, no backing of the text (a
                        # guess at its side is left unmade)
                        label = None
                    elif (
                        lemma == "welcome"
                        and tlow in _GUESTS
                        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
                    ):
                        # "welcomed leaders to Vilnius": a host's greeting (but "welcomed the
                        # seven leaders" of the states joining is welcoming their entry)
                        out.append(_quiet(tok, "a host's welcome"))
                        continue
                    elif lemma == "hail" and tlow in _RIDES:
                        label = None  # "hailed a taxi": calling a ride, not praise
                    elif lemma == "urge":
                        if tgt is None or tlow not in PROPOSAL_NOUNS:
                            label = None  # "urged members to ..." is read from the infinitive
                    elif lemma in _NEGATIVE_REACTIONS:
                        if tlow in NEGATIVE_OBJECTS:
                            label = SUPPORT
                        elif _condemns_a_pronoun(tok) and _asks_deciders(sent, tok.head):
                            # "urged the Assembly to condemn it": the deciders' condemnation
                            # asked for (support, read at "urged"), not the speaker's
                            label = None
                        elif tlow not in PROPOSAL_NOUNS or tgt is None or tgt.i in sent.actor_at:
                            label = None
                    elif lemma in _CHOSEN_REACTIONS:
                        # "defended the decision" (support), "defended its veto" (oppose);
                        # defending or embracing anything else is no stance
                        if tlow in NEGATIVE_OBJECTS:
                            label = OPPOSE
                        elif tlow not in PROPOSAL_NOUNS or tgt is None or tgt.i in sent.actor_at:
                            label = None
                    elif tlow in NEGATIVE_OBJECTS:
                        label = OPPOSE
                elif label and low in REMOVAL:
                    label = None
                elif label in (SUPPORT, OPPOSE) and lemma != "vote":
                    label = _on_a_block(tok, label)
                if (
                    label in (SUPPORT, OPPOSE)
                    and _backs_a_party(sent, tok, lemma)
                    and not (lemma in _REFUSALS and _refused_pressure(tok) is not None)
                ):
                    # "Russia backed Syria": a state, not the decision
                    out.append(_quiet(tok, "a state"))
                    continue
                if label == OPPOSE and _against_a_states_deed(sent, tok):
                    out.append(_quiet(tok, "a state's own deed"))
                    continue
                if label in (SUPPORT, OPPOSE) and _on_a_way_of_choosing(tok):
                    out.append(_quiet(tok, "a way of choosing a person"))
                    continue
            if label == OPPOSE and _talks_with_another(tok):
                # "is holding up Croatia's membership talks with the EU": another party's
                # negotiation with an organisation is a process, not the decision taken
                out.append(_quiet(tok, "another process"))
                continue
            if label == OPPOSE and entry is not None and entry[0] in _REFUSALS:
                refused = _refused_pressure(tok)
                if refused is not None:
                    # "resisted pressure to withdraw the text": the refusal keeps the text
                    lab, obj, cue = refused
                    if lab is not None and not _negated(tok) and not _conditional(tok):
                        how = "reaction" if tier == REACTION else "action"
                        out.append((tok, lab, tier * _weight(tok), cue, how, obj))
                    continue
            if label == OPPOSE and low in _BLOCK_VERBS:
                remover = _remover(tok)
                if remover is not None and remover.i != tok.i:
                    # "Orbán lifts veto on aid": a headline the tagger reads with "veto" as
                    # the verb and "lifts" as its subject
                    label, tier, cue = SUPPORT, ACTION, f"{remover.text} {tok.text}"
            if label is None and _is_removal(tok):
                tgt = _removed(tok)
                part = _REMOVAL_PHRASAL.get(low)
                verb = f"{tok.text} {part}" if part and low not in REMOVAL else tok.text
                if tgt is not None and (_blocking(tgt) or _block_threat_named_back(sent, tgt)):
                    label, tier, cue = SUPPORT, ACTION, f"{verb} {tgt.text}"
                    kept_block = _refused_outright(tok)
                elif tgt is not None and _held_position(tgt):
                    # "it dropped that position": a climb-down only if what it held was
                    # opposition told before (kept or dropped in _drop_withdrawn_threats)
                    det = next(c for c in tgt.children if c.dep_ in ("det", "poss"))
                    label, tier, cue = SUPPORT, ACTION, f"{verb} {det.lower_} {tgt.lower_}"
            if (
                label is None
                and (low in AGENT_ONLY or (low in PROPOSER_ONLY and _puts_forward(tok)))
                and any(c.dep_ == "agent" for c in tok.children)
                and not _describes_actors(sent, tok)
                and not _presents_facts(tok)
                and not _leads_mediation(tok)
                and not _legal_action(tok)
            ):
                label, tier = SUPPORT, ACTION
                if _leads_opposition(tok):
                    label = OPPOSE
                elif (
                    tok.dep_ == "acl"
                    and tok.head.dep_ == "pobj"
                    and tok.head.head.lower_ == "against"
                ):
                    # "a campaign against the plan led by X": the campaign's leader or the
                    # plan's, the parse does not tell
                    label = None
            if label is None and low in _JOIN and _joins_measure(tok):
                # "Australia joined the cap", "Norway joined the sanctions"
                obj = next(
                    c
                    for c in tok.subtree
                    if c.dep_ == "dobj" or (c.dep_ == "pobj" and c.lower_ in _JOINED_IN)
                )
                label, tier, cue = SUPPORT, ACTION, f"{tok.text} {obj.text}"
            if label is None and low in _AGAINST_VERBS and low not in VERBS:
                firm = next((c for c in tok.children if _firm_against(c)), None)
                if firm is not None:
                    # "stood firm against the package", "remained firmly against it"
                    label, tier, cue = OPPOSE, REACTION, f"{tok.text} {firm.text} against"
                    pair = (low, "against")
            if label is None and low in _AGAINST_VERBS:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "against" and low not in VERBS:
                        label, tier, cue = OPPOSE, REACTION, f"{tok.text} against"
                        pair = (low, "against")
                    if (
                        c.dep_ == "prep"
                        and c.lower_ == "in"
                        and any(
                            p.lower_ in ("favour", "favor")
                            or (  # "spoke in support of the text", not "of Syria" nor
                                # "of the US position": a state supported, or its side, may
                                # be the author, the decision's target or the other camp
                                p.lower_ == "support"
                                and any(
                                    k.dep_ == "prep"
                                    and k.lower_ == "of"
                                    and not any(
                                        o.i in sent.actor_at or _side_states(sent, o)
                                        for o in k.children
                                    )
                                    for k in p.children
                                )
                            )
                            for p in c.children
                        )
                    ):
                        label, tier, cue = SUPPORT, ACTION, f"{tok.text} in favour"
                    if c.dep_ == "prep" and c.lower_ == "in" and _in_support_of(sent, c):
                        # "spoke in support of the text", "was in support of the plan"
                        label, tier, cue = SUPPORT, REACTION, f"{tok.text} in support of"
            if label is None and _sets_itself_against(tok):
                label, tier, cue = OPPOSE, REACTION, f"{tok.text} itself against"
            soon = _wants_it_soon(tok) if label is None else None
            if soon is not None:
                label, tier, cue = SUPPORT, REACTION, f"{tok.text} {soon.text}"
            in_force = _wants_it_in_force(tok) if label is None else None
            if in_force is not None:
                # "wanted the agreement to come into force": wanting it
                noun, clause = in_force
                done = "in force" if clause.lower_ in _IN_FORCE else clause.text
                label, tier, cue = SUPPORT, REACTION, f"{tok.text} the {noun.text} {done}"
            issued = _wants_text_issued(tok) if label is None else None
            if issued is not None:
                # "wanted the text published" (support); "did not want the statement issued"
                # is flipped below as any negated support is
                label, tier = SUPPORT, REACTION
                cue = f"{tok.text} the {issued[0].text} {issued[1].text}"
            aim = _pushes_peers_towards(tok) if label is None else None
            if aim is not None:
                # "pushed his fellow leaders towards joint bonds": as "pushed for" them
                label, tier, cue = SUPPORT, REACTION, f"{tok.text} ... towards"
                about = aim
            fate = _wants_measure_kept(tok) if label is None else None
            if fate is not None:
                # "wanted the sanctions kept" (support), "wanted the embargo lifted" (oppose);
                # none in a report of a measure's ending (dropped with the cues on a removal)
                label, tier = fate[0], REACTION
                cue = f"{tok.text} the {fate[1].text} {fate[2].text}"
            if label is None:
                effort = _effort(sent, tok)
                if effort is not None:
                    # "led the campaign for the target", "signed an appeal for it", "joined
                    # the push against the plan"
                    lab, noun, obj = effort
                    cue = f"{tok.text} the {noun.text} {'for' if lab == SUPPORT else 'against'}"
                    out.append((tok, lab, ACTION * _weight(tok), cue, "action", obj))
                    continue
                if _gives_way(tok):
                    out.append((tok, SUPPORT, ACTION * _weight(tok), f"{tok.text} way", "action"))
                    continue
                championed = _made_its_priority(tok)
                if championed is not None:
                    # "had made the summit the flagship of its presidency": its cause
                    cue = f"{tok.text} the {championed.text} its flagship"
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "reaction", championed))
                    continue
                led = _led_resistance(sent, tok)
                if led is not None:
                    # "Poland led the resistance", "the United States, which led the
                    # opposition": the state heads those against the decision ("led the
                    # push": those for it)
                    cue = f"{tok.text} the {led.text}"
                    out.append((tok, _LED_SIDES[led.lower_], ACTION * _weight(tok), cue, "action"))
                    continue
                others = _joins_the_others(tok)
                if others is not None:
                    # "joined the other allies in condemning it": the deciders' act, with them
                    cue = f"{tok.text} the {others.text}"
                    out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action"))
                    continue
                warned = _warns_of(sent, tok)
                if warned is not None:
                    lab, subj = warned
                    the = "" if subj.lower_ in ("it", "this") or subj.tag_ == "VBG" else "the "
                    cue = f"{tok.text} that {the}{subj.text} would ..."
                    out.append((tok, lab, REACTION * _weight(tok), cue, "reaction", subj))
                    continue
                part = _participation_label(sent, tok)
                if part is not None:
                    # "will not take part in the borrowing" (abstain), "will take part in the
                    # mission" (support)
                    neg = "not " if part == ABSTAIN else ""
                    cue = f"{neg}{tok.text} part in" if tok.lower_ in _TAKE else neg + tok.text
                    out.append((tok, part, ACTION * _weight(tok), cue, "action"))
                    continue
                sent_to = _contributes(tok)
                if sent_to is False and _sent_to_host(sent, tok):
                    sent_to = None  # to where the deployment reported is based
                if sent_to is not False:
                    # "Spain will contribute 500 troops to the force", "among the countries
                    # sending troops", "with Britain providing the largest contingent": a
                    # share of the mission is support for it (as a reaction: any explicit cue
                    # outranks it)
                    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    cue = f"{tok.text} {(obj or sent_to or tok).text}"
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "action", sent_to))
                    continue
                if _serves_with(sent, tok):
                    # "Belgium will join the Germans in Lithuania": serving in the deployment
                    cue = f"{tok.text} ... in"
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "action", None))
                    continue
                if _elided_share(tok):
                    # "..., while Britain had already announced an extra 500": of the troops
                    # just named
                    obj = next(c for c in tok.children if c.dep_ == "dobj")
                    cue = f"{tok.text} {obj.text}"
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "action", None))
                    continue
                if _leads_force(tok, sent.before):
                    # "the United States will lead the battalion in Poland": a share of the
                    # force, as sending troops to it is
                    obj = next(c for c in tok.children if c.dep_ == "dobj")
                    cue = f"{tok.text} the {obj.text}"
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "action", None))
                    continue
                endorsed = _endorses_person(sent, tok)
                if endorsed is not None:
                    # "wished Guterres well", "called him an excellent candidate": the person
                    # chosen, as "praised Guterres" is
                    cue, obj = endorsed
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "reaction", obj))
                    continue
                described = _described(tok)
                if described is not None:
                    lab, obj = described
                    cue = f"{tok.text} the {obj.text} ..."
                    if _word(obj) in _VETO_NOUNS or _names_the_veto(sent, tok, obj):
                        # what is said of a veto is said against the text it stopped
                        lab, cue = _FLIP[lab], f"{cue} (the veto)"
                    out.append((tok, lab, REACTION * _weight(tok), cue, "reaction", obj))
                    continue
                described = _said_evaluation(tok)
                if described is not None:
                    lab, obj = described
                    cue = f"{tok.text} the {obj.text} was ..."
                    if _names_the_veto(sent, tok, obj):
                        # "said the decision was a disgrace" after a veto (a veto named as
                        # such is read so by _said_evaluation)
                        lab, cue = _FLIP[lab], f"{cue} (the veto)"
                    out.append((tok, lab, REACTION * _weight(tok), cue, "reaction", obj))
                    continue
                if _refrains_from_voting(tok):
                    # "China refrained from voting", "India declined to vote"
                    cue = f"{tok.text} ... vote"
                    out.append((tok, ABSTAIN, ACTION * _weight(tok), cue, "action"))
                    continue
                signed = _signs(tok) or _puts_name_to(tok) or _signs_it(sent, tok)
                if signed is not None:
                    the = "" if signed.lower_ == "it" else "the "
                    cue = f"{tok.text} {the}{signed.text}"
                    if _with_another_state(sent, tok, signed):
                        # "signed an economic agreement with China's president": no cue at
                        # all (not even a quiet one, which would take the actor from the
                        # rest of its sentence: "Zaev, who signed a deal with Greece, urged
                        # ...")
                        pass
                    elif _hypothetical(tok) or _conditional(tok):
                        # "would have signed the accord had it been amended": it did not sign,
                        # and what it would have done is no stance on the text it was offered
                        out.append(_quiet(tok, "a counterfactual"))
                    elif not _negated(tok):
                        out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action", signed))
                    else:  # "refused to sign the protocol": as "would not back" (weak)
                        out.append((tok, OPPOSE, NEGATED, f"not {cue}", "negated", signed))
                    continue
                if _refuses_to_sign(sent, tok):
                    # "Prague also refused to sign", after the treaty's signing: as above
                    out.append((tok, OPPOSE, NEGATED, f"not {tok.text}", "negated"))
                    continue
                others = _signs_with_others(tok)
                if (
                    others is not None
                    and not _negated(tok)
                    and not _conditional(tok)
                    and not _hypothetical(tok)
                ):
                    cue = f"{tok.text} with the {others.text}"
                    out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action"))
                    continue
                if (
                    _also_signs(tok)
                    and not _negated(tok)
                    and not _conditional(tok)
                    and not _hypothetical(tok)
                ):
                    cue = f"also {tok.text}" if _said_also(tok) else tok.text
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "reaction"))
                    continue
                asked = _asks_deciders(sent, tok)
                if asked is not None and not _negated(tok):
                    # "had urged the council to condemn the referendum", "asked the West to
                    # close the skies": asking the deciders to act is backing the decision
                    whom, todo = asked
                    cue = f"{tok.text} the {whom.text} to {todo.text}"
                    # what is asked for names the decision ("to close the skies"), not whom
                    obj = _target(todo) or todo
                    out.append((tok, SUPPORT, REACTION * _weight(tok), cue, "reaction", obj))
                    continue
                undo = _asks_reversal(sent, tok)
                if undo is not None and not _negated(tok):
                    # "urged the alliance to reconsider the step": against the decision
                    whom, todo = undo
                    cue = f"{tok.text} the {whom.text} to {todo.text}"
                    obj = _target(todo)
                    out.append((tok, OPPOSE, REACTION * _weight(tok), cue, "reaction", obj))
                    continue
                called = _calls_vote(tok)
                if called is not None and not _negated(tok):
                    # "said they would call the vote themselves": bringing the text to a vote
                    cue = f"{tok.text} the {called.text}"
                    out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action"))
                    continue
                presented = _presents(tok)
                if presented is not None and not _negated(tok):
                    the = "" if presented.lower_ in ("it", "them") else "the "
                    cue = f"{tok.text} {the}{presented.text}"
                    out.append((tok, SUPPORT, ACTION * _weight(tok), cue, "action", presented))
                    continue
            if label == OPPOSE and pair is not None and pair[1] == "against":
                if _warns_a_party(sent, tok):
                    # "Chile warned Peru against sending troops"
                    out.append(_quiet(tok, "another state's conduct"))
                    continue
                else:
                    label = _against_an_act(tok, label)
            if (
                label in (SUPPORT, OPPOSE)
                and _aimed_at_delay(tok)
                and not (tier == REACTION and label == OPPOSE and entry is not None)
            ):
                # "backed postponing the package": the timing, not the decision (a reaction
                # already turned by the delay keeps its reading: "welcomed the delay")
                out.append(_quiet(tok, "a delay"))
                continue
            if label in (SUPPORT, OPPOSE) and _held_until_a_day(tok):
                # "Hungary, which had resisted it until Monday, ..."
                out.append(_quiet(tok, "a stance that ended"))
                continue
            if _acts_on_earlier_texts(tok):
                # "Washington, which had vetoed three earlier drafts, ..."
                out.append(_quiet(tok, "an earlier text"))
                continue
            if label in (SUPPORT, OPPOSE) and _wanted_part_left_out(sent, tok):
                # "The leaders dropped a review, something Sweden had called for"
                out.append(_quiet(tok, "a part left out"))
                continue
            if label in (SUPPORT, OPPOSE) and _text_against_it(tok):
                # "Spain welcomed a statement opposing it"
                out.append(_quiet(tok, "a text against it"))
                continue
            if label in (SUPPORT, OPPOSE) and _but_not_the_text(tok):
                # "We support the goal, but not this package"
                out.append(_quiet(tok, "another thing, not the text"))
                continue
            if label in (SUPPORT, OPPOSE) and _capped_object(tok):
                # "will accept no more than 50 police"
                out.append(_quiet(tok, "a ceiling"))
                continue
            if label in (SUPPORT, OPPOSE) and _other_matter(sent, tok):
                # "backed the other conclusions", "opposed the plan, a separate dispute"
                out.append(_quiet(tok, "another matter"))
                continue
            if label == SUPPORT and _instead_of_definite(tok):
                # "pushed for a smaller loan instead of the package"
                out.append(_quiet(tok, "an alternative"))
                continue
            if label == SUPPORT and _proposed_instead(tok):
                # "joined Paris in proposing more inspections instead" (29-06)
                out.append(_quiet(tok, "an alternative"))
                continue
            if label == OPPOSE and _urged_to_reject_a_thing(tok):
                # "urged members to reject the breakaway" (29-02)
                out.append(_quiet(tok, "what the text acts on"))
                continue
            if label in (SUPPORT, OPPOSE) and _dates_the_vote(tok):
                # "The vote came a week after the cabinet approved an extension" (29-07)
                out.append(_quiet(tok, "an earlier act dating the vote"))
                continue
            if label == OPPOSE and _objects_to_a_part(tok):
                # "raised an objection of its own, to a clause" (29-14)
                out.append(_quiet(tok, "a part of the text"))
                continue
            if label in (SUPPORT, OPPOSE) and _proposed_other_act(tok):
                # "rejected a proposal by France to amend the text"
                out.append(_quiet(tok, "a proposal to act on it"))
                continue
            if _sums_up_another_act(tok):
                # "Parliament extended the president's term, a move backed by Syria"
                out.append(_quiet(tok, "another act"))
                continue
            if label == SUPPORT and _backs_a_blocking_act(tok):
                # "Russia tried to block the text, backed by China": China backs the block
                out.append(_quiet(tok, "a blocking act"))
                continue
            if label in (SUPPORT, OPPOSE) and _backs_another_thing(sent, tok):
                # "A new aid system backed by Israel has been criticised": that thing's backer
                out.append(_quiet(tok, "another thing"))
                continue
            if "either" in words and any(  # (asked of every verb: the word first)
                c.dep_.startswith("nsubj") and any(p.lower_ == "either" for p in c.children)
                for c in tok.children
            ):
                # "Either Poland or Hungary will block it": neither one is said to
                out.append(_quiet(tok, "either ... or"))
                continue
            if label is None or _conditional(tok) or _hypothetical(tok):
                continue
            if (label == OPPOSE or _negated(tok)) and _threat_on_condition(tok):
                # "threatened to veto it unless it was amended", "threatened not to sign
                # unless ...": leverage, not a stance
                continue
            both = _neither_nor(tok) if label == SUPPORT else None
            if both == ABSTAIN:
                # "did not back the plan but did not block it": staying out, not against
                cue = f"neither {tok.text} nor block"
                out.append((tok, ABSTAIN, ACTION * _weight(tok), cue, "action"))
                continue
            if both == NEUTRAL:
                continue  # "neither welcomed nor criticised it": no stance
            if _intended(tok):
                tier = min(tier, REACTION)  # "threatened to block it", "vowed to veto"
            elif _announced(tok):
                # "said it would veto it": an intention, which an act told later may outrank
                # ("..., but it backed it"), though not a mere reaction
                tier = min(tier, ACTION)
            how = "vote" if tier == VOTE else "action" if tier == ACTION else "reaction"
            conf = tier * _weight(tok)
            if tok.dep_ in ("acl", "relcl") and not any(
                c.dep_ in ("nsubj", "agent") for c in tok.children
            ):
                conf *= 1.0
            if entry is not None and entry[0] in _ONLY_NEGATED and not _complied_with(tok):
                continue  # "will respect the ruling": compliance, no stance
            if label == NEUTRAL and tok.lower_.startswith("decid"):
                if not _negated(tok):
                    continue
                out.append((tok, NEUTRAL, tier, f"not {tok.text}", "reaction"))
                continue
            if _negated(tok):
                if label == SUPPORT and entry is not None and entry[0] == "vote":
                    continue  # "had not voted for it": against or abstaining, the text won't say
                if pair == ("speak", "for"):
                    continue  # "did not speak for it": silence, not opposition
                if pair in _CHANGE_OF_SIDE:
                    # "did not swing behind it", "has not come round to it": it stayed where
                    # it stood, and the text need not say where (opposed or abstaining)
                    continue
                if (
                    label == OPPOSE
                    and (_act_given_up(tok) or _no_longer(tok))
                    and ((entry is not None and entry[0] in _BLOCKERS) or pair in _LET_PASS)
                    and not _hypothetical(tok.head)
                ):
                    # "stopped blocking the mission", "gave up opposing it", "no longer
                    # opposes it": the objection dropped, as "dropped its objection" (a
                    # criticism stopped is no stance)
                    cue = f"no longer {cue}" if _no_longer(tok) else f"{tok.head.text} {cue}"
                    out.append((tok, SUPPORT, ACTION * _weight(tok.head), cue, "action"))
                    continue
                if kept_block:
                    # "refused to lift its veto", "declined to drop its objection": the block
                    # kept, an act against the decision (not the weak "would not back")
                    label, how, cue = OPPOSE, "action", f"{tok.head.text} to {cue}"
                elif label == SUPPORT:
                    label, conf, how = OPPOSE, NEGATED, "negated"
                elif label == OPPOSE and (
                    (entry is not None and entry[0] in _BLOCKERS) or pair in _LET_PASS
                ):
                    # "called them pointless, but did not veto them", "did not stand in the
                    # way": it let the decision pass.  No stance of its own (not voting
                    # against is not voting for), at a reaction's weight, so that a
                    # criticism as strong or weaker ties with it and gives no stance either,
                    # while a stated vote or act still outranks it
                    # (a modal one, "would not block a decision", is said of the future or
                    # a condition: its cue keeps the modal, and drafting reads it as no
                    # consent given)
                    modal = next(
                        (c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"),
                        None,
                    )
                    said = f"{modal} not {cue}" if modal else f"not {cue}"
                    if not any(c.dep_ == "neg" or _neither_of_two(c) for c in tok.children):
                        # a negation from the verb above ("failed to block it"): not the
                        # plain "did not block" ("neither blocked it") that drafting reads
                        # as consent
                        said = f"{tok.head.text} to {cue}"
                    out.append((tok, NEUTRAL, REACTION * _weight(tok), said, "negated"))
                    continue
                else:
                    continue
            split = _split_vote(tok) if entry is not None and entry[0] == "vote" else []
            if len(split) >= 2 and how != "negated":
                # "voted for the sanctions but against the mission": one cue per object
                for lab, obj, prep in split:
                    out.append((tok, lab, conf, f"{tok.text} {prep} {obj.text}", how, obj))
                continue
            out.append((tok, label, conf, cue, how, *([about] if about is not None else [])))
        elif tag.startswith("NN") and _concerns_met(tok):
            # "their concerns had been met", "the text met Belgium's objections": what stood
            # in the way is answered, the owner comes round
            head = tok.head
            if _hypothetical(head):
                continue  # "would drop its objections if its demands were met"
            out.append((tok, SUPPORT, ACTION * _weight(head), f"{tok.text} {head.text}", "action"))
        elif tag.startswith("NN") and low in ROLE_NOUNS:
            role = _role_on_a_block(tok, ROLE_NOUNS[low])
            if role is not None:
                out.append((tok, role, ACTION, tok.text, "role"))
        elif tag.startswith("NN") and _word(tok) in ROLE_NOUN and _role_of_decision(sent, tok):
            # ("the last holdout" is not read: a position the report's news usually ends,
            # "Poland, the last holdout, gave its approval")
            role = _role_on_a_block(tok, ROLE_NOUN[_word(tok)])
            if role is not None:
                out.append((tok, role, ACTION, tok.text, "role"))
        elif tag.startswith("NN") and low in _WIN_NOUNS and _victory_for(sent, tok):
            # "The deal was a victory for a group of net contributors led by Blair": the
            # decision is what they wanted
            out.append((tok, SUPPORT, REACTION, f"{tok.text} for", "role"))
        elif tag.startswith("NN") and low in _ORIGIN_NOUNS and (grown := _grew_from(tok)):
            # "the declaration grew out of a proposal by Honduras" (28-09): the proposer's
            # idea became the text, so it backs it; on the text itself (the verb's subject)
            out.append((tok, SUPPORT, ACTION, f"{tok.head.text} {tok.text}", "role", grown))
        elif tag.startswith("NN") and low in REQUEST_NOUNS and _asks_for_decision(tok):
            # "Ukraine's pleas to impose a no-fly zone", "Skopje's request for membership"
            out.append((tok, SUPPORT, REACTION * _weight(tok.head), tok.text, "reaction"))
        elif tag.startswith(("NN", "RB")) and _noun_key(tok) in NOUNS:
            if any(c.dep_ == "nummod" for c in tok.children):
                continue
            label, tier = NOUNS[_noun_key(tok)]
            head = tok.head
            remover = _remover(tok)
            cue_text = tok.text
            if remover is not None:
                removed = _removed(remover)
                if remover.tag_.startswith("VB") and removed is not None and removed.i == tok.i:
                    if _blocking(tok) and not (
                        tok.dep_ == "nsubjpass"
                        and not any(c.dep_ == "agent" for c in remover.children)
                    ):
                        continue  # "dropped the veto": read from the removal verb
                    if _blocking(tok):
                        # "Hungary's veto was lifted": no agent, the veto's owner lifts it
                        label, cue_text, tier = SUPPORT, f"{tok.text} {remover.text}", ACTION
                elif _blocking(tok):
                    # "Orbán lifts veto": a headline the tagger reads as a noun compound
                    label, cue_text = SUPPORT, f"{remover.text} {tok.text}"
                    tier = ACTION
                if label == SUPPORT and low in BACKING:
                    label = OPPOSE  # "withdrew its support", "dropped its backing"
                    cue_text = f"{remover.text} {tok.text}"
                if label == ABSTAIN:
                    continue  # "dropped its abstention": no longer abstains, but how it votes
                    # the sentence does not say
            if head.lower_.startswith("withh") and tok.dep_ == "dobj":
                continue  # "withholding its support" is read from the verb
            if _possessor_is_patient(tok):
                continue  # "after its rejection by French voters": "its" is what was rejected
            if _only_needed(tok):
                continue  # "Hungary's support was not needed": says nothing of its vote
            if _only_doubted(tok):
                continue  # "doubts about American support": neither given nor refused
            if _no_objection(tok):
                # "Turkey raised no objection", "'We have no objection,' the envoy said": as
                # "did not object", a let-pass that drafting reads as consent only in a
                # council deciding by consensus (a modal one keeps the modal)
                modal = next((c.lower_ for c in head.children if c.tag_ == "MD"), None)
                said = f"{modal} not object" if modal else "not object"
                out.append((tok, NEUTRAL, REACTION * _weight(head), said, "negated"))
                continue
            if (_negated(tok) and _noun_key(tok) != "no vote") or (
                tok.dep_ in ("dobj", "pobj") and _negated(head)
            ):
                continue  # "rather than use its veto", "did not cast a veto" ("Britain's no
                # vote" is its "no": a vote cast)
            if _never_happened(tok):
                continue  # "Hungary's veto never came"
            if tok.dep_ == "dobj" and head.lower_ in AVERTED:
                continue  # "dropped to avoid an American veto": a veto that did not happen
            if tok.dep_ == "dobj" and _hypothetical(head):
                continue  # "would cast a veto if it came to a vote"
            if _veto_power(tok):
                continue  # "Russia and China, which hold vetoes, ...": a power, not a vote
            if label == OPPOSE and low in ("objection", "objections") and _objects_to_a_part(tok):
                # "raised an objection of its own, to a clause" (29-14)
                out.append(_quiet(tok, "a part of the text"))
                continue
            if label in (SUPPORT, OPPOSE) and _other_matter(sent, tok):
                # "restated his opposition to the EU's plan, a separate dispute"
                out.append(_quiet(tok, "another matter"))
                continue
            if label == OPPOSE and _threat_on_condition(tok):
                continue  # "threatened a veto unless the text was changed": leverage
            if _intended(tok):
                tier = min(tier, REACTION)  # "threatened a veto", "vowed to use its veto"
            if _weight_told(tok):
                tier = min(tier, REACTION)  # "its veto was decisive": below an act told
            how = (
                "vote"
                if tier == VOTE and remover is None
                else "reaction"
                if tier == REACTION
                else "action"
            )
            out.append((tok, label, tier * _weight(head), cue_text, how))
        elif tag.startswith("NN") and low in _OVERRIDDEN_ONLY and _went_ahead_over(sent, tok):
            # "adopted despite Polish misgivings", "against the wishes of Hungary": the owner
            # was against what the deciders did (owners read as for "over the objections of")
            out.append((tok, OPPOSE, ACTION * _weight(tok.head), tok.text, "action"))
        elif (
            tag in ("JJ", "VBN")
            and low in ADJECTIVES
            and tok.dep_ in ("acomp", "oprd", "amod", "pobj")
        ):
            if tok.dep_ in ("amod", "pobj") and ADJECTIVES[low][0] != NEUTRAL:
                continue
            if _negated(tok) or (tok.dep_ in ("acomp", "oprd") and _negated(tok.head)):
                continue  # "said it was not opposed to the text": no stance either way
            label, tier = ADJECTIVES[low]
            if label in (SUPPORT, OPPOSE):
                label = _role_on_a_block(tok, label, _ADJECTIVE_PREPS)
            if label is None or (low in _DISPLEASED and not _displeased_with_it(sent, tok)):
                continue
            out.append((tok, label, tier, tok.text, "reaction" if tier == REACTION else "action"))
        elif low in _ANGRILY and tok.dep_ == "advmod" and tok.head.lower_ in _REACT:
            # "Russia reacted angrily (to the deployment)": displeasure told by the reaction
            label = _role_on_a_block(tok.head, OPPOSE, ("to",))
            if label is not None and _displeased_with_it(sent, tok.head):
                out.append((tok.head, label, REACTION, f"{tok.head.text} {tok.text}", "reaction"))
    return out


_ANGRILY = {"angrily", "furiously"}


@functools.cache
def _nonverb_cue_words() -> frozenset[str]:
    """Every word a token that is not a verb must be for a check in ``_cues`` to read it: the
    signing nouns, owned concerns (``_concerns_met``), role nouns (``ROLE_NOUN`` by
    ``_word``: its last part), victories, origins, requests, stance nouns (``_noun_key``:
    "green light", "go-ahead", "seal of approval", "no vote" by their last word), overridden
    wishes, adjectives, "angrily" and a bare "refusing" (the one check on a ccomp is apart).
    Built on first use: the lists are defined below ``_cues`` (tests/text/
    test_draft_speedcues.py holds the set to every list)."""
    return (
        frozenset(_SIGNING_NOUNS | _CONCERNS | _LIMITS | ROLE_NOUNS.keys())
        | _last_parts(ROLE_NOUN)
        | frozenset(_WIN_NOUNS | _ORIGIN_NOUNS | REQUEST_NOUNS | _OVERRIDDEN_ONLY)
        | _last_parts(NOUNS)
        | {"seal"}  # "its seal of approval" (_noun_key)
        | frozenset(ADJECTIVES.keys() | _ANGRILY | {"refusing"})
    )


def _possessor_is_patient(noun: Any) -> bool:
    """Whether a stance noun's possessive pronoun names what the act is done to, its doer
    given by "by": "after its rejection by French and Dutch voters" (29-19: "its" is the
    constitution, not the state named before, which the pronoun would otherwise stand for)."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "by" for c in noun.children
    )


def _displeased_with_it(sent: _Sentence, adj: Any) -> bool:
    """Whether an adjective of displeasure (``_DISPLEASED``), or a verb of reacting told as
    angry, is said of a state (or its speaker) and of the decision: "Moscow was critical",
    "unhappy with the plan", "reacted angrily (to the deployment)".  Not after a text stopped
    (the displeasure may be at the block), not "critical to/for the mission" (needed for it),
    not of something else ("critical of Latvia", "unhappy with the delay"), not a bare
    "unhappy" (unhappy with what?), and not of what a state's noun says ("Germany's support
    was critical": the support is what is critical)."""
    verb = adj if adj.tag_.startswith("VB") else adj.head  # "reacted (angrily)", "was"
    if verb is adj and _negated(verb):
        return False
    if verb is not adj and adj.dep_ != "acomp":
        return False
    about = [c for c in adj.children if c.dep_ == "prep"]
    if not about and adj.lower_ == "unhappy":
        return False  # "Madrid and Dublin were unhappy": with what, the sentence does not say
    allowed = ("to",) if verb is adj else ("of", "with", "about", "at", "over")
    if any(c.lower_ not in allowed for c in about):
        return False
    for c in about:
        obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
        if obj is None or (_word(obj) not in PROPOSAL_NOUNS and obj.lower_ not in _BLOCK_OBJECTS):
            return False
    # displeasure told bare, or at "the decision", after a text was stopped is displeasure at
    # the block ("Russia vetoed the draft. Kyiv was critical"): no stance
    bare = not about or any(
        _word(p) in ("decision", "move", "step") for c in about for p in c.children
    )
    if bare and (_A_BLOCK.search(sent.text.lower()) or _A_BLOCK.search(sent.before.lower())):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.i in sent.actor_at or subj.i in sent.person_at or subj.lower_ == "they"
    )


# Verbs whose object "no objection" says the subject let a decision pass: "raised no
# objection", "had no objections", "voiced no opposition"
_NO_OBJECTION_VERBS = {
    f
    for v in ("raise", "voice", "express", "lodge", "register", "make")
    for f in _inflect(v, "made")
} | {"have", "has", "had", "having"}
_NO_OBJECTION_NOUNS = {"objection", "objections", "opposition"}


def _no_objection(noun: Any) -> bool:
    """Whether ``noun`` is "no objection" as the object of a verb of having or voicing it,
    itself not negated (a negated verb, "did not raise any objection", is left as before)."""
    if noun.lower_ not in _NO_OBJECTION_NOUNS or noun.dep_ != "dobj":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    verb = noun.head
    return verb.lower_ in _NO_OBJECTION_VERBS and not any(c.dep_ == "neg" for c in verb.children)


_COUNT_WORDS = {
    "abstentions": ABSTAIN,
    "abstention": ABSTAIN,
    "abstaining": ABSTAIN,
    "abstained": ABSTAIN,
    "against": OPPOSE,
}
_COUNT_MARKS = {":", ",", "—", "–", "-", "("}


def _counted_lists(sent: _Sentence) -> list[tuple[list[str], str, str]]:
    """Actors listed right after a count of their vote: "three abstentions: A, B and C",
    "two against, A and B", "by 150 votes to two, A and B" (the two after "to" are against).
    Read only when the list has exactly as many actors as the count says (after a colon, at
    most as many: "three abstentions: A and B among them" is not this pattern, but "nine
    abstentions: A, B" is a partial list), so a list of something else is left out."""
    from concilium.text.counts import number

    doc = sent.doc
    out: list[tuple[list[str], str, str]] = []
    for t in doc:
        if t.lower_ in ("single", "lone", "sole") and t.i > 0 and doc[t.i - 1].lower_ == "a":
            n: int | None = 1  # "a single vote in favour, Russia's own"
        elif not (t.like_num or t.tag_ == "CD"):
            continue
        else:
            n = number(t.text)
        if n is None or not 0 < n <= 15:
            continue
        j = t.i + 1
        label = None
        if t.i >= 2 and doc[t.i - 1].lower_ == "to" and doc[t.i - 2].lower_ in ("votes", "vote"):
            label = OPPOSE  # "by 150 votes to two"
        else:
            if j < len(doc) and doc[j].lower_ in ("votes", "vote"):
                j += 1
            if j < len(doc) and doc[j].lower_ in _COUNT_WORDS:
                label = _COUNT_WORDS[doc[j].lower_]
                j += 1
            elif (
                j + 1 < len(doc)
                and doc[j].lower_ == "in"
                and doc[j + 1].lower_
                in (
                    "favour",
                    "favor",
                )
            ):
                label = SUPPORT
                j += 2
        if label is None or j >= len(doc) or doc[j].lower_ not in _COUNT_MARKS:
            continue
        k = j + 1
        if k < len(doc) and doc[k].lower_ in ("from", "by"):
            k += 1  # "two votes in favour, from Russia and China"
        who = sent.run_at(k)
        if len(who) == n or (doc[j].lower_ == ":" and 0 < len(who) < n):
            out.append((who, label, doc[t.i : j].text))
    return out


# A state joining the alliance or union is for its own membership: "Sweden formally joined
# NATO", "X became the 30th member of NATO", "X becomes NATO's 32nd member".  Read in the
# headline and the lede only (the news of the article): a joining told later is background
# ("Finland joined the alliance last year") and is no decision of this article.
_BODY_WORDS = {"nato", "alliance", "eu", "union", "bloc"}
# (plural for several states at once: "A, B and C became members of NATO")
_MEMBER_NOUNS = {"member", "ally", "state", "members", "allies", "states"}
_TAKE = _inflect("take", "took", "taken", "taking")
_HAND_OVER = {
    f for v in ("hand", "deposit", "submit", "present", "lodge", "deliver") for f in _inflect(v)
}


# Measures a state joins by adopting them ("Australia joined the price cap", "Norway joined
# the sanctions", "Hungary joined the consensus"); joining a vote, a statement or a state
# ("joined Kenya in voting against it") is something else.
JOINABLE = {
    "sanctions",
    "embargo",
    "ban",
    "cap",
    "agreement",
    "deal",
    "initiative",
    "declaration",
    "treaty",
    "consensus",
}


# What a member joins in as the body decides: "joined in the consensus", "joined in the
# acclamation" (the decision taken without a vote, with that member among those taking it).
_JOINED_IN = {"consensus", "acclamation"}


def _joins_measure(tok: Any) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
        # "joined in the acclamation" (not "joined Kenya in voting against it")
        return not any(c.dep_ == "dobj" for c in tok.children) and any(
            p.dep_ == "pobj" and p.lower_ in _JOINED_IN
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
        )
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in JOINABLE


_PRESIDING = {"president", "chair", "chairman", "chairwoman", "chairperson"}


def _presides_assembly(tok: Any) -> bool:
    """Whether ``tok`` names (or is part of the name of) the person told as the Assembly's
    president ("The Assembly's new president, Czech Foreign Minister Jan Kavan, welcomed
    ...": 29-10): presiding, the person speaks for the Assembly, not for the state
    (test_draft_nato29)."""
    np = tok
    while np.dep_ in ("compound", "amod") and np.head.i != np.i:
        np = np.head
    if np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.tag_ == "NNP":
        np = np.head.head  # "Jan Kavan of the Czech Republic, the Assembly's president"
    chairs = [c for c in np.children if c.dep_ == "appos"]
    if np.dep_ == "appos":
        chairs.append(np.head)
    return any(
        c.lower_ in _PRESIDING
        and any(
            (k.dep_ == "poss" and k.lower_ == "assembly")
            or (
                k.dep_ == "prep"
                and k.lower_ == "of"
                and any(p.dep_ == "pobj" and p.lower_ == "assembly" for p in k.children)
            )
            for k in c.children
        )
        for c in chairs
    )


def _names_body(t: Any) -> bool:
    return any(k.lower_ in _BODY_WORDS or _names_un(k) for k in t.subtree)


def _names_un(k: Any) -> bool:
    """Whether ``k`` names the United Nations itself ("became the 190th member of the United
    Nations", "joins the UN": 29-10), not one of its councils ("a member of the UN Security
    Council", where the name is a compound: test_draft_nato29)."""
    if k.dep_ == "compound":
        return False
    if k.lower_ in ("un", "u.n."):
        return True
    return k.lower_ == "nations" and k.i > 0 and k.doc[k.i - 1].lower_ == "united"


_INVITE = _inflect("invite") | _inflect("admit", "admitted", "admitting")


def _invited_states(sent: _Sentence, lede: int) -> list[str]:
    """The states the deciders invite to join or admit in the lead ("NATO leaders invited
    Albania and Croatia to join the alliance"): the states the article's main decision is
    about.  Up to two sentences after ``lede``: a web page's lead may follow a byline and a
    dateline line that ``lede`` stops at ("By our correspondents in Bucharest")."""
    if sent.index > lede + 2:
        return []
    out: list[str] = []
    for tok in sent.doc:
        if tok.lower_ not in _INVITE or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        verb = tok
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _decider(sent, subj):
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            out += [sent.actor_at[x.i] for x in (obj, *obj.conjuncts) if x.i in sent.actor_at]
    return list(dict.fromkeys(out))


def _joinings(sent: _Sentence, lede: int) -> list[tuple[str, float, str, str, int]]:
    """(actor, confidence, cue, how, token) for each state the sentence says joins the body,
    in sentences ``0``..``lede`` (the headline and the lede)."""
    if sent.index > lede:
        return []
    out: list[tuple[str, float, str, str, int]] = []
    for tok in sent.doc:
        low = tok.lower_
        if not tok.tag_.startswith("VB") or _negated(tok):
            continue
        main = tok
        while main.dep_ == "conj" and main.head.i != main.i:
            main = main.head
        if main.dep_ != "ROOT":
            continue  # only the main clause's news: not "a day after Finland joined NATO"
        if low in _JOIN:
            if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
                continue  # "joined Kenya in voting against it"
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None or not _names_body(obj):
                continue
        elif low in _BECOME:
            obj = next((c for c in tok.children if c.dep_ in ("attr", "oprd")), None)
            if obj is None or obj.lower_ not in _MEMBER_NOUNS or not _names_body(obj):
                continue
        elif low in _TAKE:
            # "took its seat in NATO", "takes its place at the alliance's table": its own
            # seat in the body
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if (
                obj is None
                or obj.lower_ not in ("seat", "place")
                or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
                or not any(
                    c.dep_ == "prep"
                    and c.lower_ in ("in", "at", "on")
                    and any(p.dep_ == "pobj" and _names_body(p) for p in c.children)
                    for c in (*tok.children, *obj.children)
                )
            ):
                continue
        elif low in _HAND_OVER:
            # "Montenegro deposited its instrument of accession", "their foreign ministers
            # handed their instruments of accession to Albright": the act that makes a state
            # a member
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if (
                obj is None
                or obj.lower_ not in ("instrument", "instruments")
                or not any(
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and any(p.dep_ == "pobj" and p.lower_ == "accession" for p in c.children)
                    for c in obj.children
                )
            ):
                continue
        else:
            continue
        # "hopes to join NATO": an intention, weighed as a reaction and no decision of its own
        how = "reaction" if _intended(tok) else "action"
        tier = REACTION if how == "reaction" else ACTION
        for actor in sent.owners(tok):
            out.append((actor, tier * _weight(tok), f"{tok.text} {obj.text}", how, tok.i))
    return out


# Voters listed after a linking verb, the stance in the phrase on the other side: "Voting
# against were A, B and C", "Its sponsors were A and B", "Among the countries that abstained
# were A and B", "Those voting in favour included A"; and "A and B were among the
# abstentions" / "among its sponsors".  Only when the phrase names no actor of its own and all
# its cues agree.
_LINKING = {"was", "were", "is", "are", "included", "include", "includes"}
_AMONG_ADVERBS = {"also", "too", "likewise", "again", "both", "all"}
# Those who take part in an opt-in decision (see ``OPT_IN_NOUNS``), read only after "among"
_PARTICIPANT_NOUNS = {"participants"}
_AMONG_NOUNS = {
    "abstentions": ABSTAIN,
    "abstainers": ABSTAIN,
    **ROLE_NOUNS,
}


def _run_end(sent: _Sentence, start: int) -> tuple[list[str], int]:
    """The actors listed from token ``start`` ("Peru, Chile and the Netherlands") and the
    index of the first token after the list."""
    doc = sent.doc
    out: list[str] = []
    i = start
    while i < len(doc):
        t = doc[i]
        if i in sent.actor_at:
            if sent.actor_at[i] not in out:
                out.append(sent.actor_at[i])
        elif not (
            t.lower_ in (",", "and", "the", "'s", "’s")
            or (t.dep_ == "compound" and t.head.i in sent.actor_at)
        ):
            break
        i += 1
    while i > start and doc[i - 1].lower_ in (",", "and", "the"):
        i -= 1
    return out, i


# The office of those named after a companion word: "along with the heads of state of A, B and
# C", "together with the foreign ministers of A and B" (29-22): the states are the companions
# (test_draft_nato29).
_OFFICE_OF = re.compile(
    r"(?:the )?(?:heads of (?:state|government)(?: (?:and|or) government)? |"
    r"(?:(?:foreign|prime|defence|defense) )?ministers |leaders |presidents |envoys |"
    r"ambassadors |representatives )of "
)


def _past_office(doc: Any, i: int) -> int:
    """Token ``i``, or the token after an office phrase starting there ("the heads of state of
    ..."): where the companions' names begin."""
    m = _OFFICE_OF.match(" ".join(t.lower_ for t in doc[i : i + 9]) + " ")
    return i + m.group().count(" ") if m else i


# A descriptor before the states it names: "and the Pacific states of Palau and Nauru".
_NAMED_STATES_NOUNS = {"states", "nations", "countries", "members", "islands"}


def _along_with_list(sent: _Sentence, at: int) -> list[str]:
    """The actors of ", along with A, B and C" (or "together with", "alongside") from token
    ``at`` to the end of the sentence, a descriptor between runs included ("... and Togo and
    the Pacific states of Palau and Nauru"); [] when anything else follows (a clause or a
    phrase that is no actor: "along with the observers")."""
    doc = sent.doc
    i = at + 1 if at < len(doc) and doc[at].lower_ == "," else at
    words = [t.lower_ for t in doc[i : i + 2]]
    if words in (["along", "with"], ["together", "with"]):
        i += 2
    elif words[:1] == ["alongside"]:
        i += 1
    else:
        return []
    out: list[str] = []
    while True:
        who, i = _run_end(sent, i)
        if not who:
            return []
        out += who
        # "and the Pacific states of": up to three words between "the" and the noun
        rest = [t.lower_ for t in doc[i : i + 7]]
        of = next((n for n in range(3, len(rest)) if rest[n] == "of"), None)
        if (
            rest[:2] == ["and", "the"]
            and of is not None
            and rest[of - 1] in _NAMED_STATES_NOUNS
            and i + of + 1 in sent.actor_at
        ):
            i += of + 1
            continue
        break
    rest = [t.lower_ for t in doc[i : i + 3]]
    if rest[:1] == ["and"] and (
        rest[1:] == ["the", "rest"] or rest[1:2] in (["other"], ["others"])
    ):
        # "together with Germany, France and the rest of the Union's members": the others
        # are unnamed, the named ones stand
        return out
    if i < len(doc) and doc[i].lower_ not in (".", ";", "!"):
        return []
    return out


def _noun_vote(t: Any) -> str | None:
    """The vote a "voting" the parser tagged as a noun names by the words after it: "those
    voting in favour" (support), "voting against" / "voting no" (oppose); an "abstaining" so
    tagged after a count ("the three abstaining") abstains; else None."""
    if t.lower_ == "abstaining" and _counted_side(t):
        return ABSTAIN
    if t.lower_ != "voting":
        return None
    doc = t.doc
    nxt = [k.lower_ for k in doc[t.i + 1 : t.i + 3]]
    if not nxt:
        return None
    if nxt[0] in ("for", "yes") or nxt[:2] in (["in", "favour"], ["in", "favor"]):
        return SUPPORT
    if nxt[0] in ("against", "no"):
        return OPPOSE
    return None


_SIDE_HOLDERS = {"those", "countries", "states", "members", "governments", "nations", "ones"}


def _counted_side(t: Any) -> bool:
    """Whether ``t`` is, or hangs on, a count standing for the states of one side: "the
    eight against", "the three abstaining" (a number with "the" or "those" before it)."""
    num = t if t.tag_ == "CD" else next((c for c in t.children if c.dep_ == "nummod"), None)
    if num is None or num.tag_ != "CD":
        return False
    return any(c.lower_ in ("the", "those") for c in (*num.children, *t.children))


def _side_of_noun(t: Any) -> tuple[str, float, str, str, int] | None:
    """The side a vote's "in favour" or "against" gives the noun it hangs on: "those in
    favour", "the countries against", "the eight against" (a side of the vote, with no
    object: "those against the plan" are its opponents, read as an action; "the countries
    against which sanctions were imposed" are no side at all)."""
    if t.dep_ != "prep" or (t.head.lower_ not in _SIDE_HOLDERS and not _counted_side(t.head)):
        return None
    objs = [c for c in t.children if c.dep_ == "pobj"]
    if t.lower_ == "against":
        if any(o.lower_ in _RELATIVE for o in objs):
            return None
        tier = ACTION if objs else VOTE
        return OPPOSE, tier, t.text, "vote" if tier == VOTE else "action", t.i
    if t.lower_ == "in" and len(objs) == 1 and objs[0].lower_ in ("favour", "favor"):
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in objs[0].children)
        tier = ACTION if of else VOTE
        return SUPPORT, tier, f"in {objs[0].text}", "vote" if tier == VOTE else "action", t.i
    return None


def _taking_part_holder(t: Any) -> bool:
    """A "taking part" or "participating" on the noun of those who do so, with nothing or a
    decision as its object: "the countries taking part", "the states participating in the
    scheme", "the participating countries" (see ``_participation``)."""
    if t.head.lower_ not in _SIDE_HOLDERS or t.head.i == t.i:
        return False
    if t.lower_ == "participating" and t.dep_ == "amod":
        return True
    found = _participation(t) if t.tag_ == "VBG" and t.dep_ == "acl" else None
    if found is None or t.lower_ in _JOIN:
        return False
    obj = found[1]
    return obj is None or _word(obj) in OPT_IN_NOUNS | PROPOSAL_NOUNS


# The nouns a "yes" or "no" before them makes a side of a vote: "the no votes", "the 'yes'
# side", "the no camp"
_YES_NO_NOUNS = {"votes", "side", "camp"}
_QUOTE_TOKENS = {'"', "``", "''", "'", "\u201c", "\u201d", "\u2018", "\u2019"}


def _yes_or_no_before(doc: Any, i: int, lo: int) -> str | None:
    """ "yes" or "no" when it stands just before token ``i`` (quotes aside) and after ``lo``."""
    k = i - 1
    while k > lo and doc[k].text in _QUOTE_TOKENS:
        k -= 1
    if k >= lo and doc[k].lower_ in ("yes", "no"):
        return str(doc[k].lower_)
    return None


def _on_a_side(doc: Any, k: int) -> bool:
    """Whether the words from ``k`` are "on the no side", "in the 'yes' camp" (a side of the
    vote as a place), to be read as "among the no votes"."""
    if doc[k].lower_ not in ("on", "in"):
        return False
    j = k + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    while j < len(doc) and doc[j].text in _QUOTE_TOKENS:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("yes", "no"):
        return False
    j += 1
    while j < len(doc) and doc[j].text in _QUOTE_TOKENS:
        j += 1
    return j < len(doc) and doc[j].lower_ in ("side", "camp")


def _phrase_label(
    cues: list[tuple[Any, ...]],
    doc: Any,
    lo: int,
    hi: int,
    sent_actors: frozenset[int] | dict[int, str] = frozenset(),
) -> tuple[str, float, str, str, int] | None:
    """The one stance the cues and role nouns in tokens ``lo``..``hi`` agree on."""
    got: list[tuple[str, float, str, str, int]] = []
    for tok, label, conf, cue, how, *_ in cues:
        if lo <= tok.i < hi:
            if how == "negated" or label == NEUTRAL or _negated(tok):
                return None
            got.append((label, conf, cue, "vote" if conf >= VOTE else "action", tok.i))
    for t in doc[lo:hi]:
        voted = _noun_vote(t) if lo <= t.i < hi and not t.tag_.startswith("VB") else None
        if voted is not None:
            # "those voting in favour", with "voting" tagged a noun: the words decide
            got.append((voted, VOTE, f"{t.text} {doc[t.i + 1 : t.i + 3].text}", "vote", t.i))
        side = _side_of_noun(t) if lo <= t.i < hi else None
        if side is not None:
            got.append(side)
        if t.lower_ in _PARTICIPANT_NOUNS and t.tag_.startswith("NN"):
            # "Austria is among the participants" (of the pact decided); not "the
            # participants in the talks"
            if any(_word(k) in NOT_DECISIONS or k.i in sent_actors for k in doc[lo:hi]):
                return None
            got.append((SUPPORT, ACTION, t.text, "action", t.i))
        if _taking_part_holder(t):
            # "The countries taking part are Austria and Belgium": in what was decided; not
            # "the countries taking part in the talks", nor "not taking part"
            if _negated(t) or any(
                _word(k) in NOT_DECISIONS or k.i in sent_actors for k in doc[lo:hi]
            ):
                return None
            got.append((SUPPORT, ACTION, t.text, "action", t.i))
        said = _yes_or_no_before(doc, t.i, lo) if t.lower_ in _YES_NO_NOUNS else None
        if said is not None:
            # "among the no votes", "one of the yes votes", "on the 'no' side"
            yes = said == "yes"
            got.append((SUPPORT if yes else OPPOSE, VOTE, f"{said} {t.text}", "vote", t.i))
        if t.lower_ in _AMONG_NOUNS and t.tag_.startswith("NN"):
            got.append(
                (
                    _AMONG_NOUNS[t.lower_],
                    VOTE if t.lower_.startswith("abst") else ACTION,
                    t.text,
                    "vote" if t.lower_.startswith("abst") else "action",
                    t.i,
                )
            )
    if not got or len({g[0] for g in got}) != 1:
        return None
    return max(got, key=lambda g: g[1])


def _as_well_as_after_relative(sent: _Sentence, end: int) -> int | None:
    """ "A and B, whose troops were in Egypt, as well as C and D": the list goes on after a
    relative clause on its last member (the states the clause names are not in it).  The index
    of the first token after "as well as", else None."""
    doc = sent.doc
    if (
        end + 1 >= len(doc)
        or doc[end].lower_ != ","
        or doc[end + 1].lower_ not in _RELATIVE | {"whose"}
    ):
        return None
    rel = next((t for t in doc[end + 1 :] if t.dep_ == "relcl" and t.head.i in sent.actor_at), None)
    if rel is None:
        return None
    # "as well as" right after the clause's comma, or hung inside the clause by the parser
    for p in range(end + 2, min(rel.right_edge.i + 3, len(doc) - 2)):
        if doc[p - 1].lower_ == "," and doc[p : p + 3].text.lower() == "as well as":
            return p + 3
    return None


_COUNTED_NOUNS = {"members", "states", "countries", "nations", "delegations"}


def _among_the_counted(
    sent: _Sentence, lo: int, hi: int
) -> tuple[str, float, str, str, int] | None:
    """ "Among the ten were A and B" (tokens ``lo``..``hi``, before the verb): the ten of a
    count told in the three sentences before ("The draft passed by ten votes to one"), so A
    and B cast the side that has ten.  None when no count has that number, or when it is the
    number of two sides ("two against and two abstentions": which is unknown)."""
    from concilium.text.counts import find_counts, number

    words = [t.lower_ for t in sent.doc[lo:hi]]
    if len(words) < 3 or words[:2] != ["among", "the"]:
        return None
    n = number(words[2])
    if n is None or not set(words[3:]) <= _COUNTED_NOUNS:
        return None
    for text in sent.earlier:
        tally = find_counts(text)
        sides = [
            label
            for label, k in ((SUPPORT, tally.yes), (OPPOSE, tally.no), (ABSTAIN, tally.abstain))
            if k == n
        ]
        if sides or tally.yes is not None or tally.no is not None:
            # the nearest count is the one meant; a number on two sides tells no side
            return (sides[0], VOTE, sent.doc[lo:hi].text, "vote", lo) if len(sides) == 1 else None
    return None


def _set_off(sent: _Sentence, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` are one clause set off by commas that names no actor
    (", although it is neutral,")."""
    doc = sent.doc
    if hi - lo < 3 or doc[lo].lower_ != "," or doc[hi - 1].lower_ != ",":
        return False
    inner = doc[lo + 1 : hi - 1]
    return all(t.i not in sent.actor_at and t.lower_ not in (",", ";", ":") for t in inner)


def _examples_after(sent: _Sentence, start: int) -> tuple[list[str], int]:
    """The actors listed after "such as" or "including" in the noun phrase from token
    ``start`` ("close allies of Washington such as Britain and Japan"), and the index after
    the list; ([], start) when there is none before a clause break."""
    doc = sent.doc
    for i in range(start, len(doc) - 1):
        t = doc[i]
        j = 0
        if t.lower_ == "such" and doc[i + 1].lower_ == "as":
            j = i + 2
        elif t.lower_ == "including":
            j = i + 1
        elif t.is_punct and t.lower_ != "," or t.tag_.startswith("VB"):
            break
        if j:
            while j < len(doc) and doc[j].lower_ in (",", "the"):
                j += 1
            return _run_end(sent, j)
    return [], start


def _clause_joint(t: Any) -> bool:
    """Whether ``t`` is ", but" or ", and" joining two clauses ("The text had forty sponsors,
    but A and B were also among them"): a new clause, whose subject starts after it.  Not
    the "and" of a list of names ("A, B, and C were among them"), which joins nouns (the
    parse tells them apart; it often hangs a clause's "but" on a noun, and ", but" ends a
    list of names only as "but not")."""
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].lower_ != ",":
        return False
    if t.lower_ == "but":
        return t.i + 1 < len(doc) and doc[t.i + 1].lower_ != "not"
    return t.lower_ in ("and", "yet") and t.dep_ == "cc" and t.head.tag_.startswith("VB")


def _linked_lists(
    sent: _Sentence, cues: list[tuple[Any, ...]]
) -> list[tuple[list[str], str, float, str, str, int]]:
    doc = sent.doc
    out: list[tuple[list[str], str, float, str, str, int]] = []
    for v in doc:
        if v.lower_ not in _LINKING or not v.tag_.startswith("VB") or _negated(v):
            continue
        start = max(
            (t.i + 1 for t in doc[: v.i] if t.lower_ in (";", ":") or _clause_joint(t)),
            default=0,
        )
        if any(i in sent.actor_at for i in range(start, v.i)):
            # "A and B were among the abstentions"
            if v.lower_ not in ("was", "were", "is", "are") or v.i + 1 >= len(doc):
                continue
            # "were also among the abstainers": an adverb may stand before "among"
            k = v.i + 1
            while k < len(doc) - 1 and doc[k].lower_ in _AMONG_ADVERBS:
                k += 1
            if doc[k].lower_ == "one" and k + 1 < len(doc) and doc[k + 1].lower_ == "of":
                k += 1  # "Britain was one of three abstentions", as "among" them
            elif doc[k].lower_ != "among" and not _on_a_side(doc, k):
                continue
            who, end = _run_end(sent, start)
            if who and end != v.i and _set_off(sent, end, v.i):
                end = v.i  # "Austria, although it is neutral, is among the participants"
            if not who or end != v.i:
                continue  # the actors are not the whole subject
            hi = next(
                (t.i for t in doc[k + 1 :] if t.lower_ in (",", ";", ":", ".", "—", "–")),
                len(doc),
            )
            if any(i in sent.actor_at for i in range(k + 1, hi)):
                continue
            found = _phrase_label(cues, doc, k + 1, hi, sent.actor_at)
            # "A and B were among the fourteen that abstained, along with C, D and E"
            who += [a for a in _along_with_list(sent, hi) if a not in who]
        else:
            # "Voting against were A, B and C", "Its sponsors were A and B"
            who, end = _run_end(sent, v.i + 1)
            if not who:
                # "Among those voting in favour were close allies of Washington such as A, B
                # and C": the states listed after "such as" or "including" in the complement
                # (never the complement's other names: Washington voted against)
                who, end = _examples_after(sent, v.i + 1)
            if not who or (end < len(doc) and not doc[end].is_punct and doc[end].lower_ != "as"):
                continue
            if end + 2 < len(doc) and doc[end : end + 3].text.lower() == "as well as":
                more, _ = _run_end(sent, end + 3)
                who += [a for a in more if a not in who]
            elif end + 3 < len(doc) and doc[end + 1 : end + 4].text.lower() == "as well as":
                more, _ = _run_end(sent, end + 4)
                who += [a for a in more if a not in who]
            elif (after := _as_well_as_after_relative(sent, end)) is not None:
                more, _ = _run_end(sent, after)
                who += [a for a in more if a not in who]
            found = _phrase_label(cues, doc, start, v.i) or _among_the_counted(sent, start, v.i)
        if found is not None:
            label, conf, cue, how, at = found
            # "A and B were among those backing him, as were C and D"
            who += [
                a
                for c in v.children
                if _as_was(v, c)
                for k in c.children
                if k.dep_ == "nsubj"
                for a in sent.actors_of(k, pronouns=False)
                if a not in who
            ]
            out.append((who, label, conf, f"{cue} ... {v.text}", how, at))
    return out


# The side of a vote a state joins: "joined the large majority calling for the embargo to
# be lifted", "joined the countries that voted against it".
_SIDE_NOUNS = {"majority", "minority", "countries", "states", "nations", "members"}


def _joined_sides(
    sent: _Sentence, cues: list[tuple[Any, ...]]
) -> list[tuple[list[str], str, float, str, str, int]]:
    """The joiners of a side told by its own cue: "Albania joined the large majority calling
    for the text to be adopted" (the joiner takes the side's stance).  Not a side the phrase
    gives no cue to ("joined the majority": which side of which vote?), nor one naming an
    actor ("joined the states backing Germany's plan" is read from the plan's owner)."""
    doc = sent.doc
    out: list[tuple[list[str], str, float, str, str, int]] = []
    for v in doc:
        if v.lower_ not in _JOIN or not v.tag_.startswith("VB") or _negated(v):
            continue
        # ("changed its vote and joined ...": the subject of the first verb)
        bare = v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children)
        who = [
            a
            for c in (v.head if bare else v).children
            if c.dep_ == "nsubj"
            for a in sent.actors_of(c, pronouns=False)
        ]
        for o in v.children:
            if o.dep_ != "dobj" or o.lower_ not in _SIDE_NOUNS or not who:
                continue
            if (
                o.lower_ == "majority"
                and _bare_majority(o)
                and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children)
                and not (_conditional(v) or _hypothetical(v))
            ):
                # "South Korea and Sierra Leone joined the majority, while Guyana abstained":
                # the side that carried the vote, for the text unless the article tells it
                # failed (then dropped: vetoed, the majority was for it; short of votes,
                # against) (probe27 18)
                out.append((who, SUPPORT, VOTE, _JOINED_MAJORITY, "vote", v.i))
                continue
            lo, hi = o.i + 1, o.right_edge.i + 1
            if any(i in sent.actor_at for i in range(lo, hi)):
                continue
            found = _phrase_label(cues, doc, lo, hi, sent.actor_at)
            if found is not None:
                label, conf, cue, how, at = found
                out.append((who, label, conf, f"{v.text} ... {cue}", how, at))
    return out


_JOINED_MAJORITY = "joined the majority"


def _bare_majority(noun: Any) -> bool:
    """ "The majority", "the large majority": no words of another side ("the Arab majority",
    "a two-thirds majority" of a rule) before the noun."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        noun.right_edge.i == noun.i
        # nothing after it of where or of whom ("joined the majority in the Arab group")
        and nxt is not None
        and nxt.lower_ in (",", ";", "while", "whereas")
        # the vote told beside it: "..., while Guyana opted to abstain" (not a bare "joined
        # the large majority", test_draft_unga22's near miss: no side told)
        and any(t.lower_ in ("while", "whereas") for t in doc[noun.i + 1 : noun.i + 3])
        and any(
            t.lower_.startswith("abstain") or t.lower_ in ("against", "vetoed")
            for t in doc[noun.i + 1 :]
        )
        and all(
            (c.dep_ == "det" and c.lower_ == "the")
            or (c.dep_ == "amod" and c.lower_ in ("large", "overwhelming", "vast"))
            for c in noun.children
        )
    )


def _joined_in(verb: Any) -> Any:
    """The *join* verb whose "in" phrase holds ``verb`` ("Ghana joined Kenya in voting against
    it"; or a *lead* verb whose object is a group: "France led eight countries in backing
    it"), also where the parser hangs the phrase on the one joined ("joined the two permanent
    members in voting no": "in" under "members"); else None."""
    if verb.dep_ not in ("pcomp", "pobj") or verb.head.lower_ != "in":
        return None
    head = verb.head.head
    if head.lower_ in _JOIN:
        return head
    if head.lower_ in _GROUP_LEADS and any(
        c.dep_ == "dobj" and c.lower_ in _LED_GROUP_NOUNS for c in head.children
    ):
        return head  # "France led eight countries in backing the plan"
    if head.dep_ == "dobj" and head.head.lower_ in _JOIN:
        return head.head
    return None


# What a state wins for itself inside the deal it then agrees to: "Portugal and Spain won a
# commitment on links to the grid", "Denmark secured a rebate", "France won an exemption for
# existing contracts", "said she had won guarantees".  Support at a reaction's weight (any
# stated vote or act outranks it); not as a condition ("refused until he obtained guarantees")
# nor negated or hoped for.
_UNTIL_MARKS = _CONDITION_MARKS | _NOT_DONE_MARKS | {"if", "unless"}
_WIN_VERBS = {
    f for v in ("win", "secure", "obtain", "extract") for f in _inflect(v, "won", "obtained")
}
CONCESSION_NOUNS = {
    "commitment",
    "commitments",
    "guarantee",
    "guarantees",
    "concession",
    "concessions",
    "assurance",
    "assurances",
    "exemption",
    "exemptions",
    "opt-out",
    "opt-outs",
    "rebate",
    "derogation",
    "derogations",
}


# A decision taken at a state's request: "The Council ended the mission at Khartoum's
# request", "the allies condemned the attack at a meeting held at Turkey's request", "at an
# emergency meeting called by Ankara".  The deciders' act, named as its subject (the
# deciders or the body), done on the requester's asking: the requester backs it.  Not a
# delay ("the vote was put off at Russia's request": a procedure, no side on the text), nor
# anything else done at someone's request ("troops entered the country at the request of
# its government").
_REQUEST_NOUNS = {"request", "requests", "behest", "invitation"}
_MEETING_NOUNS = {"meeting", "session", "consultations", "talks", "summit", "sitting"}
_MEETING_CALLS = {
    f for v in ("call", "request", "convene", "hold", "summon") for f in _inflect(v, "held")
}
# The body itself as a subject; other deciders ("allies", "leaders") go through _decider.
_BODY_NOUNS = {"un", "nato", "eu", "council", "assembly", "alliance", "bloc", "union"}
_DELAYS_ASKED = {
    f
    for v in ("delay", "postpone", "defer", "adjourn", "put", "push", "suspend", "hold", "call")
    for f in _inflect(v, "held", "put")
}


_SETTLED_TO = {f for v in ("agree", "decide", "vote") for f in _inflect(v)}
_HOLD_FORMS = {"held", "hold", "holds", "holding"}


def _holds_meeting(verb: Any) -> bool:
    """Whether ``verb`` is "held" with a meeting as its object ("held consultations",
    "held an emergency meeting"): the sitting a state asked for, not a vote held over."""
    return verb.lower_ in _HOLD_FORMS and any(
        c.dep_ == "dobj" and c.lower_ in _MEETING_NOUNS for c in verb.children
    )


def _deciders_act(sent: _Sentence, verb: Any) -> bool:
    """Whether ``verb`` is an act of the deciders as a whole (its subject the deciders or the
    body: "NATO allies condemned", "UN lifts"), done, not put off.  Holding the meeting a
    state asked for is one, as meeting at its request is ("NATO ambassadors held
    consultations under Article 4 at the request of Poland": the requester backs them, as
    the gold of the seen 21-21 codes Poland's Article 4 request; probe29 case 50,
    test_draft_amend30)."""
    if not verb.tag_.startswith("VB") or (
        verb.lower_ in _DELAYS_ASKED and not _holds_meeting(verb)
    ):
        return False
    if _negated(verb) or _conditional(verb) or _hypothetical(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while (
        subj is None
        and verb.head.i != verb.i
        and (
            verb.dep_ == "conj"
            or verb.dep_ == "xcomp"
            and verb.head.lower_ in _SETTLED_TO
            or verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
        )
    ):
        # "condemned the attack and declared ...": the first verb's subject; "agreed to
        # deploy troops at Poland's request": the deciders' agreeing; "decided to send jets,
        # granting Turkey's request": a participle with no subject of its own is theirs
        verb = verb.head
        if _negated(verb):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    # "NATO ambassadors met at Turkey's request": the body's envoys sitting as its council
    envoys = subj.lower_ in ("ambassadors", "envoys") and any(
        c.dep_ == "compound" and c.lower_ in _BODY_NOUNS for c in subj.children
    )
    return envoys or _decider(sent, subj) or subj.lower_ in _BODY_NOUNS


APPLY_VERBS = _inflect("apply", "applied")
_APPLIED = ACTION * 0.55  # below what makes a decision an issue (see draft_scenario)
_SEAT_NOUNS = MEMBERSHIP_NOUNS | {"seat", "entry"}


# Asking to join is applying: "Sarajevo had asked to join the plan", "Skopje sought to join the
# alliance" (only with "to join" a body or its plan: not "asked to join the talks").
_ASK_TO_JOIN = _inflect("ask") | _inflect("seek", "sought") | _inflect("request")
_JOINED_BODIES = _BODY_NOUNS | {"plan", "programme", "program"}
# Seeking a place is applying too: "all of which had sought a place in the first wave",
# "Malta sought entry to the zone", "Greece, which wants to join" (a bare "join": the body the
# article is about).  Not a place at a meeting ("sought a seat at the table").
_WANT_TO_JOIN = _inflect("want") | _inflect("seek", "sought")
_PLACE_SOUGHT = {"place", "seat", "entry", "admission", "membership", "accession"}
_NOT_A_PLACE_IN = {"table", "talks", "meeting", "summit", "negotiations", "conference"}


def _place_sought(tok: Any) -> Any | None:
    """The place ``tok`` (seek or want) has as its object ("sought a place in the first
    wave", "wanted membership"), else None; not a seat at a meeting or the talks."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _PLACE_SOUGHT:
        return None
    for t in tok.subtree:
        if t.dep_ == "pobj" and t.lower_ in _NOT_A_PLACE_IN:
            return None  # "a seat at the table", "a place in the talks"
    return obj


def _joins_body(join: Any) -> bool:
    """Whether "join" names a body or its plan as what is joined ("join the alliance", "join
    NATO", "join the plan"), not a meeting or a group of states ("join the talks")."""
    return any(
        c.dep_ == "dobj" and (c.lower_ in _JOINED_BODIES or c.pos_ == "PROPN")
        for c in join.children
    )


# Whose request or idea the decision answers, told as where it came from: "The request for a
# court came from President Kabbah" (32-05), "the idea came from France".  Not a request for a
# delay, a vote or a meeting (no stance on the decision itself).
_CAME_FROM = _inflect("come", "came")
_ASKING_NOUNS = {"request", "call", "idea", "initiative", "proposal", "demand", "push"}
_NOT_ASKED_FOR = {"delay", "postponement", "time", "vote", "meeting", "debate", "session"}


def _request_came_from(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for "the request (for the court) came from A"."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_CAME_FROM):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        if tok.lower_ not in _CAME_FROM or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _ASKING_NOUNS:
            continue
        asked = [p for c in subj.children if c.lower_ == "for" for p in c.children]
        if any(p.lower_ in _NOT_ASKED_FOR for p in asked):
            continue  # "the request for a delay came from Russia"
        who = [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p)
        ]
        if who:
            out.append((who, f"{subj.text} came from", tok.i))
    return out


def _applications(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(applicants, cue, token) for each state said to apply for membership: "Slovakia applied
    for membership", "had applied to join", "Slovakia, which had applied in January, ...",
    "had asked to join the alliance".  Its own entry, which it supports.  Not an application
    to anything else ("applied to the court", "applied for a loan") nor a thing applied
    ("applied sanctions")."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_ASK_TO_JOIN | APPLY_VERBS | _WANT_TO_JOIN):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        asked = tok.lower_ in _ASK_TO_JOIN
        wants = tok.lower_ in _WANT_TO_JOIN and not asked
        if not (asked or wants or tok.lower_ in APPLY_VERBS) or not tok.tag_.startswith("VB"):
            continue
        if _negated(tok):
            continue
        kids = list(tok.children)
        place = _place_sought(tok) if tok.lower_ in _WANT_TO_JOIN else None
        if place is not None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            subj = (
                tok.head
                if tok.dep_ == "relcl"
                else next((c for c in kids if c.dep_ == "nsubj"), None)
            )
            who = sent.actors_of(subj, pronouns=False) if subj is not None else []
            if who:
                out.append((who, f"{tok.text} {place.text}", tok.i))
            continue
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids):
            continue  # "applied sanctions", "the rule was applied", "asked Kyiv to join"
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "to")]
        joins = [c for c in kids if c.dep_ == "xcomp" and c.lower_ in ("join", "become")]
        if asked and not any(j.lower_ == "join" and _joins_body(j) for j in joins):
            continue  # "asked for a delay", "sought to join the talks"
        if wants and not any(
            j.lower_ == "join" and (_joins_body(j) or not any(c.dep_ == "dobj" for c in j.children))
            for j in joins
        ):
            continue  # "wanted to join the talks"; "wants to join" (the body told) applies
        wanted = [
            p
            for c in preps
            for p in c.children
            if p.dep_ == "pobj" and c.lower_ == "for" and p.lower_ in _SEAT_NOUNS
        ]
        if preps and not wanted:
            continue  # "applied for a loan", "applied to the court"
        if not (wanted or joins or not preps):
            continue
        subj = (
            tok.head if tok.dep_ == "relcl" else next((c for c in kids if c.dep_ == "nsubj"), None)
        )
        who = sent.actors_of(subj, pronouns=False) if subj is not None else []
        if who:
            out.append((who, tok.text, tok.i))
    return out


def _unnamed_count(tok: Any) -> int:
    """How many states an unnamed counted group after a request noun is: "at the request of
    eight eastern members" -> 8; 0 when the group is not counted or is named there."""
    from concilium.text.counts import number

    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.lower_ not in GROUP_NOUNS:
                continue
            if any(k.dep_ in ("appos", "conj") for k in p.children):
                return 0  # "eight members, A, B, ...": named there (see counted_apposition)
            num = next((k for k in p.children if k.dep_ == "nummod"), None)
            n = number(num.text) if num is not None else None
            return n if n is not None and n >= 2 else 0
    return 0


# "in the light of a request", "in response to a request", "following a request", "after a
# request": phrases saying an act answered a request (as "at the request of" does)
_ANSWERING = {"light": "of", "response": "to", "answer": "to", "reply": "to"}
_ANSWERING_PREPS = {"following", "after", "upon"}
# verbs answering a request: "the alliance was responding to a request from Baghdad", "acted
# on a request by Mali"
_ANSWERING_VERBS = {
    **{f: "to" for v in ("respond", "reply") for f in _inflect(v)},
    **{f: "on" for f in _inflect("act")},
}
# The deciders' creating something, told in the passive with no agent: "the force was set up
# at Lebanon's request" (a body's creation; not "troops were sent", nor a delay)
_SET_UP = {f for v in ("set", "create", "establish") for f in _inflect(v)}


def _request_answered(tok: Any) -> Any:
    """The verb a request noun's answering phrase hangs on ("set up in the light of a request
    from ...", "following a request by ...", "responding to a request from ..."), else
    None."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == _ANSWERING.get(prep.head.lower_):
        phrase = prep.head  # "light", "response"
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "in":
            return phrase.head.head
    if tok.dep_ in ("pobj", "dobj") and prep.lower_ in _ANSWERING_PREPS and prep.dep_ == "prep":
        return prep.head
    if (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and _ANSWERING_VERBS.get(prep.head.lower_) == (prep.lower_)
    ):
        return prep.head  # "was responding to a request from Baghdad"
    return None


def _set_up_passive(verb: Any) -> bool:
    """Whether ``verb`` is a creating verb in the passive with no agent ("was set up",
    "was established"): the deciders' act on the thing created."""
    if verb.lower_ not in _SET_UP or verb.tag_ != "VBN" or _negated(verb):
        return False
    kids = list(verb.children)
    if verb.lower_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
        return False
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


# Going on with an act: "the alliance keeps protecting civilians", "continued to patrol".
_CARRY_ON = {f for v in ("keep", "continue") for f in _inflect(v, "kept")}


def _at_request(sent: _Sentence) -> list[tuple[list[str], str, int, int]]:
    """(requesters, cue, token, count) for each act of the deciders done at a state's request;
    the requesters empty and ``count`` their number when a count names them ("at the request
    of eight eastern members": who they are may be said next, see _named_askers)."""
    out: list[tuple[list[str], str, int, int]] = []
    for tok in sent.doc:
        who: list[str] = []
        count = 0
        if tok.lower_ in _REQUEST_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            # "at Turkey's request", "at the request of Poland"
            who = [
                a
                for c in tok.children
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for k in ([c] if c.dep_ == "poss" else c.children)
                if k.dep_ in ("poss", "pobj")
                for a in sent.actors_of(k, pronouns=False)
            ]
            count = 0 if who else _unnamed_count(tok)
            at = tok.head
            while at.dep_ == "conj" and at.head.dep_ == "prep":
                at = at.head  # "under the UN mandate and at Libya's request": the first's
            on = at.head  # the word the "at" phrase hangs on
            if on.dep_ == "xcomp" and on.head.lower_ in _CARRY_ON:
                on = on.head  # "keeps protecting civilians at Libya's request": the keeping
        elif (
            tok.lower_ in _MEETING_CALLS
            and tok.tag_ == "VBN"
            and tok.dep_ == "acl"
            and tok.head.lower_ in _MEETING_NOUNS
        ):
            # "an emergency meeting called by Ankara"
            who = [
                a
                for c in tok.children
                if c.dep_ == "agent"
                for k in c.children
                if k.dep_ == "pobj"
                for a in sent.actors_of(k, pronouns=False)
            ]
            on = tok
        elif tok.lower_ in _REQUEST_NOUNS and (on := _request_answered(tok)) is not None:
            # "in the light of a request from Lebanon", "following a request by Chad's
            # government": the verb the phrase hangs on was done on that asking
            who = [
                a
                for c in tok.children
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
                for k in ([c] if c.dep_ == "poss" else c.children)
                if k.dep_ in ("poss", "pobj")
                for a in sent.actors_of(k, pronouns=False)
            ]
        else:
            continue
        if not who and not count:
            continue
        if on.dep_ == "dobj" and (on.lower_ not in _MEETING_NOUNS or _holds_meeting(on.head)):
            on = on.head  # "ended the mission at Mali's request": hung on the object
        if on.dep_ == "acl" and on.head.lower_ in _MEETING_NOUNS and on.tag_ == "VBN":
            # "a meeting held at Turkey's request": what was done at that meeting
            on = on.head
        if on.lower_ in _MEETING_NOUNS:
            # "... condemned the attack at a meeting ...": the verb the meeting phrase is on
            prep = on.head
            if on.dep_ != "pobj" or prep.lower_ not in ("at", "during", "in"):
                continue
            on = prep.head
        if _deciders_act(sent, on) or _set_up_passive(on):
            cue = f"at {tok.text}" if tok.lower_ in _REQUEST_NOUNS else f"{tok.text} by"
            out.append((who, cue, tok.i, count))
    return out


# A request the deciders grant: "The leaders accepted his suggestion", "the Council granted
# Ireland's request": the decision is what was asked, and the one who asked backs it (issue
# 13, heldout18).  Not one the deciders turn down, nor a member's granting it.
_GRANTS = {f for v in ("accept", "grant", "approve", "heed", "endorse") for f in _inflect(v)}
_ASKED = {"request", "suggestion", "proposal", "plea", "appeal"}
_OWNING = {"his", "her", "its", "their"}
_AGREED_TO = {"agreed", "agree", "agrees"}


def _request_granted(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(requesters, cue, token) for each request the deciders are said to grant; "his
    suggestion" is the one actor the sentence before was about, "their request" its actors."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_GRANTS | _AGREED_TO):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        agreed = tok.lower_ in _AGREED_TO
        if (tok.lower_ not in _GRANTS and not agreed) or not _deciders_act(sent, tok):
            continue
        # "agreed to a request from Kabul": the request is the object of its "to"
        if agreed:
            objs = [p for c in tok.children if c.lower_ == "to" for p in c.children]
        else:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        for obj in objs:
            if obj.lower_ not in _ASKED:
                continue
            # its asker before it ("Kabul's request") or after it ("a request from Kabul")
            askers = [c for c in obj.children if c.dep_ == "poss"] + [
                p
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for p in c.children
                if p.dep_ == "pobj"
            ]
            for c in askers:
                who = sent.actors_of(c, pronouns=False)
                if not who and c.lower_ in _OWNING:
                    # "their request" is every actor the sentence before was about
                    many = c.lower_ == "their"
                    who = list(sent.context) if many or len(sent.context) == 1 else []
                if who:
                    out.append((who, f"{tok.text} {c.text} {obj.text}", obj.i))
    return out


# The state that brought the matter before the deciders: "Tunisia's minister, who brought the
# complaint", "Chad lodged a complaint with the Council" asked for the meeting, as
# "requested the meeting".  Not one brought elsewhere ("filed a complaint at the WTO", "with
# the court": a legal action), nor "a complaint" with no body named (which one is unsaid).
_COMPLAINTS = {"complaint", "complaints"}
_LODGE = {f for v in ("bring", "lodge", "file", "submit") for f in _inflect(v, "brought")}


def _complainants(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(complainants, cue, token) for each complaint a state brings to the deciders."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ not in _LODGE or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in _COMPLAINTS:
            continue
        venues = [
            p
            for h in (tok, obj)
            for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "before", "at")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if venues:
            if any(v.lower_ not in _BODY_NOUNS and v.lower_ not in DECIDERS for v in venues):
                continue
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            continue
        who = sent.owners(tok)
        if who:
            out.append((who, f"{tok.text} {sent.doc[obj.left_edge.i : obj.i + 1].text}", tok.i))
    return out


# What the states a request's count stood for did, said in the next sentence: "... at the
# request of eight eastern members. Bulgaria, ... and Slovakia had invoked Article 4".
_ASKS = {
    f
    for v in ("ask", "request", "invoke", "call", "seek", "demand", "trigger", "want")
    for f in _inflect(v, "sought")
}


def _named_askers(sent: _Sentence, n: int) -> tuple[list[str], int]:
    """(the states, token) when the sentence's subject lists exactly ``n`` states who ask
    for something ("A, B and C asked for urgent consultations", "had invoked Article 4"), or
    when "the eight" or "they" are said to be exactly ``n`` states ("The eight were A, B
    ..."); else ([], -1).  Another verb ("A, B and C opposed it") tells no request."""
    from concilium.text.counts import number

    for verb in sent.doc:
        if verb.dep_ != "ROOT" or _negated(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if verb.lower_ in _ASKS:
            # every state the subject names ("A, B and C and D" is four)
            named = list(
                dict.fromkeys(sent.actor_at[t.i] for t in subj.subtree if t.i in sent.actor_at)
            )
            if len(named) == n:
                return named, subj.i
        if verb.lower_ in ("were", "are") and (
            subj.lower_ in ("they", "these", *GROUP_NOUNS) or number(subj.text) == n
        ):
            attr = next((c for c in verb.children if c.dep_ == "attr"), None)
            if attr is not None and attr.i in sent.actor_at:
                named = sent.run_at(attr.i)
                if len(named) == n:
                    return named, attr.i
    return [], -1


# A decision the deciders take on what some of them told them: "the leaders agreed to extend
# the sanctions after Germany and France told them the peace plan was stalled", "Merkel
# briefed her counterparts, after which the leaders agreed to roll them over".  Those who
# reported made the case for it (support), when the sentence gives them no other stance.
_INFORMS = {
    f for v in ("tell", "brief", "report", "inform") for f in _inflect(v, "told", "telling")
}


_DOUBTS = {
    "doubts",
    "doubt",
    "concerns",
    "concern",
    "objection",
    "objections",
    "reservations",
    "misgivings",
    "worries",
    "objected",
    "opposed",
    "against",
    "veto",
}


def _deciders_after(sent: _Sentence, verb: Any) -> bool:
    """Whether ``verb`` (or the act its infinitive completes: "agreed to extend") is the
    deciders' act."""
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "agreed to extend ... after ...": the agreeing
    return _deciders_act(sent, verb)


def _informed_first(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(informers, cue, token) for each act of the deciders taken after some states told,
    briefed or reported to them (not negated, nor said of the future)."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ not in _INFORMS or not tok.tag_.startswith("VB"):
            continue
        if _negated(tok) or _conditional(tok) or _hypothetical(tok) or _intended(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        # (the verb's owners where the parser lost the subject: "Later on Thursday Merkel
        # and Macron briefed ...")
        who = sent.actors_of(subj, pronouns=False) if subj is not None else sent.owners(tok)
        if not who or any(t.lower_ in _DOUBTS for t in tok.subtree):
            continue  # "after Italy told them it had doubts": no case made for it
        after = tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in tok.children
        )
        if after and _deciders_after(sent, tok.head):
            out.append((who, f"after ... {tok.text}", tok.i))
            continue
        for c in tok.children:
            # "..., after which the leaders agreed to roll them over"
            if c.dep_ not in ("relcl", "advcl") or not _deciders_act(sent, c):
                continue
            if any(
                k.dep_ == "prep"
                and k.lower_ == "after"
                and any(w.lower_ == "which" for w in k.children)
                for k in c.children
            ):
                out.append((who, f"{tok.text}, after which", tok.i))
                break
    return out


def _won(
    sent: _Sentence, nouns: Collection[str], keep: Callable[[Any], bool] = lambda obj: True
) -> list[tuple[list[str], str, int]]:
    """(owners, cue, token) for each verb of winning told as done whose object is one of
    ``nouns`` (and passes ``keep``): "Denmark secured a rebate", "France won approval"."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ not in _WIN_VERBS or not tok.tag_.startswith("VB"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in nouns or not keep(obj) or not _won_as_done(tok):
            continue
        who = sent.owners(tok)
        if who:
            out.append((who, f"{tok.text} {obj.text}", tok.i))
    return out


def _won_as_done(tok: Any) -> bool:
    """Whether a verb of winning is told as done: not negated, hoped for or on a condition
    ("refused to approve it until it obtained guarantees")."""
    if _negated(tok) or _conditional(tok) or _hypothetical(tok) or _intended(tok):
        return False
    return not (
        any(c.dep_ == "mark" and c.lower_ in _UNTIL_MARKS for c in tok.children)
        or (tok.dep_ == "pcomp" and tok.head.lower_ in _UNTIL_MARKS)
    )


def _concessions_won(sent: _Sentence, granted: bool = True) -> list[tuple[list[str], str, int]]:
    """(owners, cue, token) for each state said to have won a concession in the deal; and,
    when ``granted`` (not in a headline, whose second part may be another decision's: "EU
    leaders back Barroso, give Ireland Lisbon guarantees"), granted one."""
    out = _won(sent, CONCESSION_NOUNS)
    for tok in sent.doc if granted else ():
        # ... and one the deciders grant a concession: "granted Denmark a set of exemptions",
        # "Denmark was granted exemptions" (32-20)
        if tok.lower_ not in _GRANT_VERBS or not tok.tag_.startswith("VB"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in _QUANTITY_HEADS:
            obj = next((p for c in obj.children if c.lower_ == "of" for p in c.children), obj)
        if obj is None or obj.lower_ not in CONCESSION_NOUNS:
            continue
        if _negated(tok) or _conditional(tok) or _hypothetical(tok) or _intended(tok):
            continue
        given = [
            a
            for c in tok.children
            if c.dep_ in ("dative", "nsubjpass") and tok.lower_ not in _AGREE_FORMS
            for a in sent.actors_of(c, pronouns=False)
        ] + [
            # "granted exemptions to Denmark", "agreed guarantees to Ireland" (j17)
            a
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in ("to", "for")
            for p in c.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p, pronouns=False)
        ]
        if given:
            out.append((given, f"{tok.text} {obj.text}", tok.i))
    return out


# "Statements of welcome were made by Zimbabwe for the African states, Turkey for the Asian
# states ...": each speaker welcomed the decision (33-12)
_SPEECH_NOUNS = {"statement", "statements", "message", "messages", "words", "speeches"}
_WELCOME_NOUNS = {"welcome", "support", "congratulation", "congratulations", "praise"}
_SPEECH_MADE = {"made", "delivered", "given", "offered", "read"}


def _welcomes_made_by(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(speakers, cue, token) for "statements of welcome were made by A (for ...), B ..."."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ not in _SPEECH_MADE or tok.tag_ != "VBN" or _negated(tok):
            continue
        said = [
            n
            for n in tok.children
            if n.dep_ == "nsubjpass"
            and n.lower_ in _SPEECH_NOUNS
            and any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(p.lower_ in _WELCOME_NOUNS for p in c.children)
                for c in n.children
            )
        ]
        by = next((c for c in tok.children if c.dep_ == "agent"), None)
        if not said or by is None:
            continue
        # every actor named after "by", but not one a statement was made for
        speakers = [
            a
            for i, a in sorted(sent.actor_at.items())
            if i > by.i and not (sent.doc[i].dep_ == "pobj" and sent.doc[i].head.lower_ == "for")
        ]
        if speakers:
            out.append((list(dict.fromkeys(speakers)), f"{said[0].text} of welcome", tok.i))
    return out


_AGREE_FORMS = _inflect("agree")
_GRANT_VERBS = {f for v in ("grant", "give") for f in _inflect(v, "gave", "given")} | _AGREE_FORMS
# a quantity before the concession: "a set of exemptions", "a series of opt-outs"
_QUANTITY_HEADS = {"set", "series", "number", "package", "raft", "list"}


# A state that "won agreement" for a step pressed for it and carried it: "Mitterrand won
# agreement that a conference would open", "France won approval for the plan" (32-17).  Not
# negated, hoped for or on a condition (as for concessions, above).
_AGREEMENT_WON_NOUNS = {"agreement", "approval", "backing", "support", "endorsement", "assent"}


def _agreement_won(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(owners, cue, token) for each state said to have won the others' agreement: not "won no
    backing" nor "won an agreement" (a deal of its own), nor "won the backing of France for
    its candidate" (another's, for its own)."""
    return _won(
        sent,
        _AGREEMENT_WON_NOUNS,
        lambda obj: (
            not any(
                (c.dep_ == "det" and c.lower_ in ("no", "an", "a"))
                or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
                for c in obj.children
            )
        ),
    )


_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "flat", "case"}


def _lists(sent: _Sentence) -> list[tuple[int, list[str]]]:
    """(first token, actors) of each coordinated list of two or more actors in the sentence
    ("Bulgaria, Estonia and Slovenia"; a person's state counts for the person)."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(sent.actor_at):
        t = sent.doc[i]
        while t.dep_ in _PHRASE_DEPS and t.head.i != t.i:
            t = t.head
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        groups[t.i].append(i)
    out = []
    for toks in groups.values():
        actors = list(dict.fromkeys(sent.actor_at[i] for i in toks))
        if len(actors) >= 2:
            out.append((toks[0], actors))
    return out


def _one_list(sent: _Sentence) -> list[str]:
    """The sentence's actors when they are all named in one coordinated list ("hosted by
    Finnish President Stubb and Estonian Prime Minister Michal"), at least two of them; else
    []."""
    heads: set[int] = set()
    found: list[str] = []
    for i in sorted(sent.actor_at):
        t = sent.doc[i]
        while t.dep_ in _PHRASE_DEPS and t.head.i != t.i:
            t = t.head  # the phrase the name is part of ("Finnish" -> "Stubb")
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # the list's first item
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
            continue  # a place ("a summit in Oslo"), not an actor of the sentence
        heads.add(t.i)
        found.append(sent.actor_at[i])
    found = list(dict.fromkeys(found))
    return found if len(heads) == 1 and len(found) >= 2 else []


# "joined in opposing it", "joined in backing the draft": a gerund whose object is the text
_JOINED_GERUNDS = {
    "opposing": OPPOSE,
    "rejecting": OPPOSE,
    "supporting": SUPPORT,
    "backing": SUPPORT,
}


def _joined_in_label(lows: list[str]) -> str | None:
    """The vote named by the words after "joined in" ("voting against it", "abstaining",
    "opposing the text"), or None."""
    if not lows:
        return None
    if lows[0].startswith("abstain"):
        return ABSTAIN
    if lows[0] in ("voting", "vote") and len(lows) > 1:
        nxt = lows[1]
        if nxt in ("against", "no", "down"):
            return OPPOSE
        if nxt in ("for", "yes") or (
            nxt == "in" and len(lows) > 2 and lows[2] in ("favour", "favor")
        ):
            return SUPPORT
        return None
    if lows[0] in _JOINED_GERUNDS and len(lows) > 1:
        obj = lows[1:3] if lows[1] in ("the", "this", "that") else lows[1:2]
        if obj[-1] in TEXT_NOUNS or obj == ["it"]:
            return _JOINED_GERUNDS[lows[0]]
    return None


def _joined_in_voting(sent: _Sentence) -> list[tuple[list[str], str, str, int]]:
    """ "Iran was joined in voting against it by Venezuela and Laos", "Ghana was joined by
    Kenya in abstaining": the passive subject and the agents share the vote named after *in*
    (against / no -> oppose, for / in favour / yes -> support, abstaining -> abstain); the
    parser often tags "voting" there as a noun, so the words decide, not the tag.  "Joined in
    opposing the text" (or backing, supporting, rejecting it) counts only with the text or
    "it" as the object: opposing the embargo a text would end is support for the text.  A
    fronted "In a repeat of last year's vote, A was joined ..." is another *in*: each is
    tried."""
    out: list[tuple[list[str], str, str, int]] = []
    for tok in sent.doc:
        if tok.lower_ != "joined" or _negated(tok):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subj:
            continue
        label = None
        lows: list[str] = []
        for in_ in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            lows = [t.lower_ for t in in_.subtree if t.i > in_.i]
            label = _joined_in_label(lows)
            bare = lows[1:] if lows[:1] == ["the"] else lows
            if label is None and bare[:1] == ["majority"] and bare[1:2] in ([], ["by"]):
                # "They were joined in the majority by Italy and Belgium" (31-18): the agents
                # are on the count's larger side, as "voted with the majority" (whoever
                # "they" are)
                label = FOLLOW
            if label is not None:
                break
        if label is None:
            continue
        if label == FOLLOW:
            followers = [
                a
                for t in tok.subtree
                if t.dep_ in ("agent", "prep") and t.lower_ == "by"
                for p in t.children
                if p.dep_ == "pobj"
                for a in sent.actors_of(p, pronouns=False)
            ]
            if followers:
                out.append((followers, FOLLOW, f"with:{MAJORITY}", tok.i))
            continue
        # a "by" in a fronted phrase is no agent ("In a vote called by Cuba, A was joined ...")
        fronted = {t.i for c in tok.children if c.i < subj[0].i for t in c.subtree}
        agents = [
            a
            for t in tok.subtree
            if t.dep_ in ("agent", "prep") and t.lower_ == "by" and t.i not in fronted
            for p in t.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p, pronouns=False)
        ]
        first = sent.actors_of(subj[0], pronouns=False)
        if first and agents:
            voted = lows[0] in ("voting", "vote")
            cue = f"joined in {lows[0]}" + (f" {lows[1]}" if voted else "")
            out.append(([*first, *(a for a in agents if a not in first)], label, cue, tok.i))
    return out


# A veto or block of a text, told as the act a reaction may be about ("Russia vetoed the
# draft"); blocking needs a text nearby ("blocked the road" is no block of a decision).
_VETO_FORMS = {"vetoed", "vetoes"}
_BLOCKED_FORMS = {"blocked", "blocks"}


def _any_word(words: set[str]) -> str:
    """One regex alternation of ``words``, longest first (so no word is cut short by a shorter
    one it starts with), for patterns kept in step with the word set they are built from."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_BLOCK_ACT = re.compile(rf"\b({_any_word(_VETO_FORMS | _BLOCKED_FORMS)})\b", re.IGNORECASE)


def _block_pronoun(sent: _Sentence, tok: Any, tgt: Any) -> bool:
    """Whether a reaction's pronoun object ("condemned it", "welcomed this") stands for a veto
    or block of the text told just before, in the sentence ("the US vetoed the draft and
    Egypt condemned it") or as the previous sentence's act ("Russia vetoed the draft.
    Ukraine condemned it."): a careful reader takes the reaction as one to the veto, so
    condemning it is support for the text and welcoming it opposition.  Not when the one
    reacting is the one who blocked ("Russia vetoed the text. Moscow called it biased"),
    nor when a text is named in the sentence before the pronoun without a veto of it."""
    if tgt.dep_ not in ("dobj", "pobj"):
        return False
    if tgt.lower_ not in ("it", "this") and not _bare_act_noun(tgt):
        return False
    return _after_a_veto(sent, tok)


# A block told as history in a relative clause: "Slovakia, which had blocked it for weeks, ..."
_BLOCK_AS_HISTORY = re.compile(
    r"\b(?:which|that|who)\s+had\s+(?:\w+ly\s+|long\s+)?$", re.IGNORECASE
)
# A block of states' entry: "blocked Romania and Bulgaria from joining the Schengen area" (the
# block is the decision told; probe29 case 26)
_BLOCKED_FROM_ENTRY = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+)*?(?:(?:and|,)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)+)*?from\s+"
    r"(?:joining|entering|acceding)\b"
)


# "the decision", "the move", "this step" with nothing of its own to say whose or which: after
# a veto told just before, the veto (see ``_block_pronoun``).
_BARE_ACTS = {"decision", "move", "step"}
# A text's adoption told as an act ("the Council adopted the draft"); the same words are fate
# words of a text, with _FAILED and _DEFEATED further down ("the draft was adopted").
_ADOPTED = {"adopted", "passed", "approved", "endorsed", "carried"}
_ADOPTION_ACT = re.compile(rf"\b(?:{_any_word(_ADOPTED)})\b", re.IGNORECASE)


def _bare_act_noun(noun: Any) -> bool:
    return noun.lower_ in _BARE_ACTS and all(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def _names_the_veto(sent: _Sentence, tok: Any, noun: Any) -> bool:
    """Whether what ``tok`` calls something ("called the decision regrettable", "said the
    move was a disgrace") is a bare act noun standing for the veto told just before."""
    return _bare_act_noun(noun) and _after_a_veto(sent, tok)


def _after_a_veto(sent: _Sentence, tok: Any) -> bool:
    """Whether the act a reaction ``tok`` answers is a veto or block told just before, by
    another actor than the one reacting (see ``_block_pronoun``); never when a text was
    adopted there too ("adopted the resolution after Russia vetoed an earlier draft. Egypt
    welcomed it": the adoption)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "they", "he", "she", "we", "i"):
        return False
    who = set(sent.actors_of(subj))
    earlier = [t for t in sent.doc if t.i < tok.i]
    if _ADOPTION_ACT.search(sent.before) or _ADOPTION_ACT.search(sent.doc[: tok.i].text):
        return False
    for v in earlier:
        if v.tag_.startswith("VB") and (
            v.lower_ in _VETO_FORMS
            or (
                v.lower_ in _BLOCKED_FORMS
                and any(_word(o) in TEXT_NOUNS | PROPOSAL_NOUNS for o in v.subtree if o.i > v.i)
            )
        ):
            blockers = {a for c in v.children if c.dep_ == "nsubj" for a in sent.actors_of(c)}
            return bool(who) and not (who & blockers)
    if any(_word(t) in PROPOSAL_NOUNS - {"it", "this", "them"} for t in earlier):
        return False
    m = next(
        (
            b
            for b in _BLOCK_ACT.finditer(sent.before)
            if not _BLOCK_AS_HISTORY.search(sent.before[: b.start()])
        ),
        None,
    )
    if m is None and _BLOCK_ACT.search(sent.before):
        # "Poland, which had long vetoed the text, dropped its objection. Tunisia welcomed the
        # step": a block told as history in a relative clause is overtaken by the clause's
        # news; the reaction answers that (probe29 case 35)
        return False
    if m is None:
        # the veto named as a noun the sentence before, with no text there that "it" could
        # be ("X called the veto satisfactory. Y condemned it."; not "Britain redrafted the
        # text to avoid a veto. Russia condemned it.")
        words = re.findall(r"[a-z]+", sent.before.lower())
        return (
            any(w in ("veto", "vetoes") for w in words)
            and not any(
                w in TEXT_NOUNS or w in PROPOSAL_NOUNS - {"it", "this", "them"} for w in words
            )
            and bool(who)
            and not (who & set(sent.context))
        )
    if (
        m.group(1).lower() in _BLOCKED_FORMS
        and not any(
            w in TEXT_NOUNS or w in PROPOSAL_NOUNS - {"it", "this", "them"}
            for w in re.findall(r"[a-z]+", sent.before[m.end() :].lower())[:5]
        )
        and not _BLOCKED_FROM_ENTRY.match(sent.before[m.end() :])
    ):
        return False
    return bool(who) and not (who & set(sent.context))


# Verbs (lemmas) that say a proposal was not taken up: "was set aside", "was shelved".
_SHELVE_FORMS = {
    "shelve",
    "shelved",
    "shelves",
    "abandoned",
    "scrapped",
    "postponed",
    "deferred",
    "parked",
    "ditched",
    "dropped",
}
_SHELVE_PARTICLES = {("set", "aside"), ("put", "aside"), ("put", "off")}


_IDEA_NOUNS = {"idea", "proposal", "plan", "suggestion", "demand", "request"}


def _summed_as_set_aside(tok: Any) -> bool:
    """Whether what the cue ``tok`` backs is summed up as a proposal set aside: "Germany had
    proposed a tougher test, an idea the ministers set aside" (an appositive "a/an" idea,
    proposal or plan whose relative clause shelves it, ``_SHELVE_FORMS``).  What the state
    backed is not what was decided; no stance on the decision."""
    if _IDEA_NOUNS.isdisjoint(t.lower_ for t in tok.doc):
        return False  # (no idea noun in the sentence: the verb's subtree is not walked)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # (the parser hangs the appositive on the verb, the object or a noun after it)
    near = [c for c in tok.children if c.dep_ in ("npadvmod", "dobj")]
    near += [t for t in tok.subtree if t.dep_ == "appos"]
    for noun in near:
        if noun is obj or noun.lower_ not in _IDEA_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        for v in noun.children:
            if v.dep_ != "relcl" or _negated(v):
                continue
            parts = {(v.lower_, c.lower_) for c in v.children if c.dep_ in ("prt", "advmod")}
            if v.lower_ in _SHELVE_FORMS or parts & _SHELVE_PARTICLES:
                return True
    return False


def _shelved_antecedent(tok: Any, pron: Any) -> Any | None:
    """The proposal a pronoun object stands for when the cue explains why that proposal was
    set aside: "The asset loan was shelved after Belgium refused to back it" -> "loan".  Only
    a proposal named with its own modifiers ("the asset loan", not "the plan"), so that the
    main text of a one-decision article ("the draft was dropped after ...") stays one issue."""
    if pron.lower_ not in ("it", "them"):
        return None
    v = tok
    for _ in range(4):
        if v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i:
            return None
        v = v.head
        parts = {(v.lower_, c.lower_) for c in v.children if c.dep_ in ("prt", "advmod")}
        if v.lower_ in _SHELVE_FORMS or parts & _SHELVE_PARTICLES:
            # its subject, or the subject the parser gave a participle before it ("The
            # loan, pushed by Germany, was set aside")
            subj = next(
                (c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")),
                next(
                    (
                        g
                        for c in v.children
                        if c.dep_ == "advcl" and c.i < v.i
                        for g in c.children
                        if g.dep_ in ("nsubjpass", "nsubj") and g.i < c.i
                    ),
                    None,
                ),
            )
            if (
                subj is not None
                and subj.tag_.startswith("NN")
                and subj.lower_ not in TEXT_NOUNS
                and any(c.dep_ in ("compound", "amod") for c in subj.children)
            ):
                return subj
            return None
    return None


# What a motion may do to the text itself: "a motion to strike the paragraph"
_TEXT_EDITS = {
    f for v in ("strike", "delete", "remove", "amend", "drop", "divide") for f in _inflect(v)
}


def _national_texts(sent: _Sentence, year: int | None) -> list[tuple[list[str], Any]]:
    """Texts named by their author's adjective or possessive ("the Albanian resolution",
    "Japan's draft", "a Mexican motion"), with the author: a state's own text is one it
    supports.  Not a name before the noun ("a Syria resolution" may be its topic), nor a text
    told as background ("a French text had set up the mission")."""
    out: list[tuple[list[str], Any]] = []
    if _doc_words(sent.doc).isdisjoint(SPONSOR_TEXTS):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for t in sent.doc:
        if t.lower_ not in SPONSOR_TEXTS or t.tag_ != "NN" or _background(t, year):
            continue
        if t.lower_ == "motion" and (
            _procedural_motion(t)
            or any(c.dep_ == "acl" and c.lower_ in _TEXT_EDITS for c in t.children)
        ):
            # "a Russian motion to adjourn the debate", "... to strike a paragraph": a motion
            # that does something to the text is no text its mover backs (it may be against it)
            continue
        who = [
            sent.actor_at[c.i]
            for c in t.children
            if c.i < t.i
            and c.i in sent.actor_at
            and (
                (c.dep_ == "amod" and c.tag_ in ("JJ", "NNP") and "-" not in c.text)
                or (c.dep_ == "poss" and c.tag_ != "PRP$")
            )
        ]
        if who:
            out.append((list(dict.fromkeys(who)), t))
    return out


def _side_clause(tok: Any) -> Any | None:
    """The relative or participle clause describing an actor or group that ``tok`` lies in
    ("Japan, which had co-sponsored the American motion, voted against it": "sponsored" hangs
    on "Japan"), else None."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("relcl", "acl") and t.head.i != t.i:
            head = t.head
            if head.tag_ in ("NNP", "NNPS") or head.lower_ in _ACTOR_GROUPS:
                return t
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _aside_from(noun: Any, pron: Any) -> bool:
    """Whether ``noun`` lies in a clause describing an actor that does not hold ``pron``, so
    that it is no antecedent of the pronoun (see :func:`_side_clause`)."""
    side = _side_clause(noun)
    return side is not None and not (side.left_edge.i <= pron.i <= side.right_edge.i)


def _second_before(pron: Any, sent: _Sentence | None = None) -> tuple[str, Any] | None:
    """The second text or amendments a pronoun refers back to in its own sentence, and the
    noun: the nearest such noun before it, of the same number ("them": amendments, drafts;
    "the first two": amendments; "which" takes the number of the noun it follows)."""
    from concilium.text.counts import number

    ref = pron
    if pron.lower_ in _RELATIVE:
        # "..., which the United States voted against": the noun the clause hangs on
        verb = pron
        while verb.head.i != verb.i and verb.dep_ != "relcl":
            verb = verb.head
        if verb.dep_ != "relcl":
            return None
        ref = verb.head
    low = ref.lower_
    if ref.tag_ == "CD" or ref.like_num:
        n = number(ref.text)
        if n is None:
            return None
        plural = n > 1
    elif low in ("them", "those", "these", "both", "all"):
        plural = True
    elif low in ("it", "this", "that", "one"):
        plural = False
    elif ref is not pron and ref.tag_.startswith("NN"):
        kind = _second_text(ref) or (sent.text_kind.get(ref.i) if sent else None)
        return (kind, ref) if kind else None
    else:
        return None
    for t in reversed(pron.doc[: ref.i]):
        kind = _second_text(t) or (sent.text_kind.get(t.i) if sent else None)
        if kind and (t.tag_ == "NNS") == plural:
            return kind, t
    return None


# Penn tags of a finite verb (past, present third person, present other).
_FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _vote_words(doc: Any, i: int) -> tuple[str, int, str] | None:
    """(label, end, words) for the vote named from token ``i``: "voting against", "voting
    for", "voting in favour", "voting no", "abstaining", "against"."""
    if i >= len(doc):
        return None
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if low in ("voting", "vote", "votes"):
        if low != "voting" and doc[i].tag_ in _FINITE_TAGS:
            # a finite verb opens a clause of its own: in the headline "EU opens way to talks
            # with US, France votes no" France (its subject) votes, not the "with" phrase's US
            return None
        if nxt in ("against", "no"):
            return OPPOSE, i + 2, doc[i : i + 2].text
        if nxt in ("for", "yes"):
            return SUPPORT, i + 2, doc[i : i + 2].text
        if nxt == "in" and i + 2 < len(doc) and doc[i + 2].lower_ in ("favour", "favor"):
            return SUPPORT, i + 3, doc[i : i + 3].text
        return None
    if low.startswith("abstain"):
        if doc[i].tag_ in _FINITE_TAGS:
            return None  # "... talks with Russia, Hungary abstains": Hungary's own clause
        return ABSTAIN, i + 1, doc[i].text
    if low == "against":
        if any(c.dep_ == "pobj" and c.lower_ in NOT_DECISIONS for c in doc[i].children):
            # "sided with France against the war": France's side on a war, not a vote
            return None
        return OPPOSE, i + 1, doc[i].text
    return None


def _with_clause_text(doc: Any, at: int) -> str | None:
    """What an absolute *with* clause at ``at`` counts the votes of, when that is a second
    text: the last text noun before it, if a motion ("a motion to adjourn was defeated, with
    Cuba in favour": the motion's vote, ``"motion"``) or an amendment (``AMENDMENT``)."""
    for k in range(at - 1, -1, -1):
        word = doc[k].lower_
        if word in ("motion", "motions"):
            return "motion"
        if word in AMENDMENT_NOUNS:
            return AMENDMENT
        if word in TEXT_NOUNS or word in ("package", "plan", "reform", "decision"):
            return None
    return None


def _with_clauses(sent: _Sentence) -> list[tuple[list[str], str, str, str | None]]:
    """ "..., with Denmark and Sweden voting against and Hungary abstaining": each list of
    actors in an absolute *with* clause gets the vote named right after it (read from the
    words: the parser makes one clause of the whole), with the anchor of the text it follows
    (``_with_clause_text``: an amendment's; none after a motion, whose vote is not on the
    text: its list gets no stance)."""
    doc = sent.doc
    out: list[tuple[list[str], str, str, str | None]] = []
    if "with" not in _doc_words(sent.doc):
        return out  # (the loop below reads only a "with")
    for t in doc:
        if t.lower_ != "with":
            continue
        about = _with_clause_text(doc, t.i)
        i = t.i + 1
        while i < len(doc):
            if doc[i].lower_ in ("only", "just"):
                i += 1
            who, end = _run_end(sent, i)
            if not who:
                break
            vote = _vote_words(doc, end)
            if vote is None:
                break
            label, after, words = vote
            if about != "motion":
                out.append((who, label, f"with ... {words}", about))
            j = after
            while j < len(doc) and doc[j].lower_ in (",", "and", "while", "whereas"):
                j += 1
            if j == after:
                break
            i = j
    return out


def _with_as_roles(sent: _Sentence) -> list[tuple[list[str], str, str, int]]:
    """ "..., with Qatar as the other main sponsor", "with Chile and Peru as co-sponsors": the
    actors of an absolute *with* clause take the role noun after "as" (the "as" phrase is
    read from the token after the actors: the parser hangs it on the clause's verb as often
    as on the actors)."""
    doc = sent.doc
    out: list[tuple[list[str], str, str, int]] = []
    if "with" not in _doc_words(sent.doc):
        return out  # (the loop below reads only a "with")
    for t in doc:
        if t.lower_ != "with" or t.dep_ != "prep":
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        who = sent.actors_of(obj, pronouns=False)
        if not who:
            continue
        as_ = next((c for c in obj.children if c.lower_ == "as" and c.dep_ == "prep"), None)
        after = obj.right_edge.i + 1
        if as_ is None and after < len(doc) and doc[after].lower_ == "as":
            as_ = doc[after]
        # the last object: "as co-sponsors" is split into "co", "-", "sponsors"
        role = (
            max((c for c in as_.children if c.dep_ == "pobj"), key=lambda c: c.i, default=None)
            if as_
            else None
        )
        if role is None:
            continue
        word = _word(role)
        if word in ROLE_NOUN and _role_of_decision(sent, role):
            label = ROLE_NOUN[word]
        elif word in ROLE_NOUNS:
            label = ROLE_NOUNS[word]
        else:
            continue
        out.append((who, label, f"with ... as {role.text}", role.i))
    return out


def _aimed_elsewhere(sent: _Sentence, verb: Any, cue: Any) -> bool:
    """Whether a retaliation says it answers or targets something other than the decision:
    a state or another named party ("vowed to retaliate against Iran", "against Hamas"), or a
    cause that is no decision ("would retaliate for the strike"); "in response to Sweden's
    membership", "counter-sanctions against EU officials" stay the decision's."""
    for head in {verb, cue}:
        for c in head.children:
            if c.dep_ != "prep":
                continue
            low = c.lower_
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if low == "in":  # "in response to X", "in retaliation for X"
                objs = [
                    q
                    for p in objs
                    if p.lower_ in ("response", "retaliation", "reply", "answer")
                    for k in p.children
                    if k.dep_ == "prep"
                    for q in k.children
                    if q.dep_ == "pobj"
                ]
                low = "for"
            if low not in ("against", "on", "for", "over", "to"):
                continue
            for o in objs:
                if o.i in sent.actor_at or any(
                    t.i in sent.actor_at for t in o.subtree if t.dep_ != "poss"
                ):
                    return True  # a state is the target ("Sweden's membership" is not)
                if o.tag_ == "NNP" and o.lower_ not in _BODY_WORDS:
                    return True  # another named party
                if low in ("for", "over", "to") and _word(o) not in PROPOSAL_NOUNS:
                    return True  # a cause that is no decision
    return False


def _retaliations(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, token) for each retaliation cue that is not negated."""
    out: list[tuple[list[str], str, int]] = []
    if _RETALIATION_WORDS.isdisjoint(_doc_words(sent.doc)):
        return out  # (no token can be a retaliation cue: see _RETALIATION_WORDS)
    for tok in sent.doc:
        verb = _retaliation(tok)
        if verb is None or _negated(verb) or _aimed_elsewhere(sent, verb, tok):
            continue
        who = _retaliation_owners(sent, verb)
        if who:
            cue = tok.text if verb.i == tok.i else f"{verb.text} ... {_word(tok)}"
            out.append((who, cue, tok.i))
    return out


# Holding a veto is a power the member has, not a veto cast: "Russia and China, which hold
# vetoes, abstained", "the veto-wielding members", "France, which has veto power".
_HOLD = {f for v in ("hold", "wield", "have", "possess", "retain", "enjoy") for f in _inflect(v)}
_HOLD |= {"held", "had", "holders", "holder", "wielding", "holding"}
_POWER_NOUNS = {"power", "powers", "right", "rights", "holder", "holders", "privilege"}


def _veto_power(tok: Any) -> bool:
    """Whether the noun ``veto`` is a power held ("which hold vetoes", "its veto power"),
    not a veto cast."""
    if _noun_key(tok) not in ("veto", "vetoes"):
        return False
    head = tok.head
    if tok.dep_ == "compound" and (head.lower_ in _POWER_NOUNS or head.lower_ in _HOLD):
        return True
    return tok.dep_ == "dobj" and head.lower_ in _HOLD


def _noun_key(tok: Any) -> str:
    """The stance noun a token is: "green light" (its modifier), "go-ahead" (split by the
    tokenizer), else its word."""
    low = tok.lower_
    if low == "light":
        green = any(c.lower_ == "green" and c.dep_ in ("amod", "compound") for c in tok.children)
        return "green light" if green else low
    word = _word(tok)
    if word in ("go-ahead", "thumbs-up"):
        return word
    if low == "seal" and any(
        c.lower_ == "of" and any(o.lower_ == "approval" for o in c.children) for c in tok.children
    ):
        return "approval"
    if (
        low == "vote"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        and any(c.dep_ == "poss" for c in tok.children)
    ):
        return "no vote"
    return low if tok.tag_.startswith("NN") else ""


def _role_of_decision(sent: _Sentence, tok: Any) -> bool:
    """Whether a singular role noun is about the decision: no "of" phrase ("the lone
    holdout"), or one naming a decision ("a backer of the plan"), not a state or anything else
    ("a backer of the Syrian government", "a critic of Ukraine"); a possessor is what the
    role is towards: "the plan's main backer" is, "Ukraine's fiercest critic" is not."""
    if tok.lower_ == "force":
        return any(c.dep_ == "amod" and c.lower_ == "driving" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ == "behind" and _word(o) in PROPOSAL_NOUNS
            for c in tok.children
            for o in c.children
            if o.dep_ == "pobj"
        )
    for c in tok.children:
        if c.dep_ == "poss" and not (
            c.tag_.startswith("NN") and c.i not in sent.actor_at and _word(c) in PROPOSAL_NOUNS
        ):
            return False
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is None or obj.i in sent.actor_at:
                return False
            return (
                _word(obj) in PROPOSAL_NOUNS
                or obj.lower_ in _TOPIC_OF
                or obj.lower_ in ("it", "this", "them")
            )
    return True


_OFFICES = {
    "minister",
    "president",
    "premier",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ministry",
    "government",
    "leader",
    "officials",
    "official",
    "cabinet",
}
# Who speaks or acts for a state: "the Palestinian mission", "whose diplomats presented it".
REPRESENTATIVES = _OFFICES | {
    "mission",
    "missions",
    "envoy",
    "envoys",
    "delegation",
    "delegations",
    "ambassador",
    "ambassadors",
    "diplomat",
    "diplomats",
    "representative",
    "representatives",
    "negotiator",
    "negotiators",
    "ministers",
    "leaders",
    "presidency",
    "administration",
    "authorities",
}


def _text_acts(verb: Any) -> bool:
    """A clause whose doer is a text: "a resolution backing the plan", "the draft, which
    condemns the attack" (not "the draft, backed by France": a participle with its agent)."""
    return (
        verb.head.lower_ in TEXT_NOUNS
        and verb.head.i < verb.i
        and not (verb.tag_ == "VBN" and not _perfect(verb))
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
        and _by_after_through(verb) is None  # "the text, shepherded through talks by Malta"
    )


def _done_to_text(verb: Any) -> bool:
    """A passive participle hung on a text noun with no "by" ("the Russian draft vetoed on
    Friday", "the Golan text abstained on"): the text is what was acted on, not the doer."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not _perfect(verb)
        and _word(verb.head) in TEXT_NOUNS
        and verb.head.i < verb.i
        and not any(c.dep_ == "agent" for c in verb.children)
        and _by_after_through(verb) is None
    )


def _perfect(verb: Any) -> bool:
    """A participle in a perfect tense ("a draft that would have backed the truce"), not a
    passive one ("the draft, backed by France")."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children)


def _represents_whose(subj: Any) -> bool:
    """A subject "whose diplomats", "whose envoy", "whose foreign minister": representatives
    of the noun a relative clause describes."""
    return subj.lower_ in REPRESENTATIVES and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children
    )


_LEADS = {f for v in ("chair", "head", "lead") for f in _inflect(v, "led")}
_COPULAS = {"is", "was", "are", "were", "been", "be", "remained", "remains", "became", "becomes"}


def _under_other_role(role: Any, t: Any) -> bool:
    """Whether ``t``, in a role noun's subtree, belongs to another role noun there or lies
    past a semicolon: "Sponsors included France and Japan; opponents, Russia and China" (the
    parser hangs the opponents on "Sponsors")."""
    lo, hi = sorted((role.i, t.i))
    if any(x.text == ";" for x in role.doc[lo:hi]):
        return True
    a = t
    while a.i != role.i and a.head.i != a.i:
        if a.i != t.i and (_word(a) in ROLE_NOUN or a.lower_ in ROLE_NOUNS):
            return True
        a = a.head
    return False


def _before_role(sent: _Sentence, head: Any, role: Any) -> list[str]:
    """The actors of ``head`` a role noun in apposition to it describes: not those
    coordinated after it ("France and Japan (the sponsors) and Russia (its main critic)":
    the sponsors are France and Japan)."""
    later = {a for c in head.conjuncts if c.i > role.right_edge.i for a in sent.actors_of(c)}
    return [a for a in sent.actors_of(head, pronouns=False) if a not in later]


def _role_owners(sent: _Sentence, tok: Any) -> list[str]:
    """The actor a singular role noun names: its own words ("the Polish sponsor", "the
    sponsor, Malta"), the noun it is in apposition to, or the subject of its copula."""
    own = [
        sent.actor_at[t.i]
        for t in tok.subtree
        if t.i in sent.actor_at
        # not what the role is on ("a critic of Russia", "a dissenter on Russia policy")
        and not any(
            a.dep_ == "prep" and a.lower_ != "from" and a.head.i == tok.i for a in t.ancestors
        )
        and not _under_other_role(tok, t)
    ]
    if own:
        return list(dict.fromkeys(own))
    if tok.dep_ == "appos":
        return _before_role(sent, tok.head, tok)
    if tok.dep_ in ("attr", "acomp") and tok.head.lower_ in _COPULAS:
        if _negated(tok.head):
            return []  # "Russia was not a critic of the text": a role denied is no stance
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return sent.actors_of(subj) if subj is not None else []
    return []


_LAST = {"last", "final", "remaining"}

# The nouns a relative clause on a role noun's members may hang on: "a group of co-sponsors
# that included A and B", "on behalf of co-sponsors which included A and B"
_ROLE_HOLDERS = {"group", "list", "number", "coalition", "bloc", "behalf"}
_INCLUDE_VERBS = {"included", "includes", "include", "comprised", "comprises", "comprise"}


def _role_inclusions(sent: _Sentence, tok: Any) -> list[str]:
    """The actors a relative clause lists as a plural role noun's members: "co-sponsors that
    included A and B", "a group of co-sponsors which comprised A and B" (the clause hung on
    the group); not a negated one ("that did not include A")."""
    holders = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _ROLE_HOLDERS:
        holders.append(tok.head.head)
    for h in holders:
        for c in h.children:
            if (
                c.dep_ == "relcl"
                and c.lower_ in _INCLUDE_VERBS
                and not _negated(c)
                and any(k.dep_ == "nsubj" and k.lower_ in ("that", "which") for k in c.children)
            ):
                return [
                    a
                    for d in c.children
                    if d.dep_ == "dobj"
                    for a in sent.actors_of(d, pronouns=False)
                ]
    return []


def _role_object(role: Any, t: Any) -> bool:
    """Whether ``t`` is in what a role noun is towards ("critics of Russia", "supporters of
    Ukraine", "backers for Kyiv's bid", "Russia's supporters"), not who holds the role."""
    if t.dep_ == "poss" and t.head.i == role.i:
        return True
    return any(
        (a.dep_ == "prep" and a.lower_ in ("of", "for", "against", "to") and a.head.i == role.i)
        or (a.dep_ == "poss" and a.head.i == role.i)
        for a in t.ancestors
    )


def _copula_role(tok: Any) -> bool:
    """A plural role noun after a copula with a subject: "Italy and Spain were the main
    advocates of the plan" (not "the last holdouts", as for an apposition)."""
    return (
        tok.dep_ == "attr"
        and tok.head.lower_ in _COPULAS
        and not _negated(tok.head)
        and any(c.dep_ == "nsubj" for c in tok.head.children)
        and not any(c.lower_ in _LAST for c in tok.children)
    )


def _role_holder(tok: Any) -> Any | None:
    """The noun a plural role noun describes in apposition: "Germany and Spain, the pact's
    champions," or, after "one of", "Chile, one of the sponsors,"; None for any other."""
    if tok.dep_ == "appos":
        return tok.head
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _COUNT_OF:
        return of.head.head if of.head.dep_ == "appos" else None
    return None


_COUNT_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _counted_holders(sent: _Sentence, tok: Any, who: list[str]) -> list[str]:
    """The holders a counted role ("two of the most vocal advocates") describes when the
    apposition's noun names fewer than the count: "Italy's prime minister, Mario Draghi, and
    Belgium's Alexander De Croo, two of ..." hangs the count on De Croo, a conjunct of
    Draghi, himself in apposition to the minister (28-19): the actors up that chain, when
    they make up the count exactly."""
    n = _COUNT_VALUES.get(tok.head.head.lower_) if tok.dep_ == "pobj" else None
    h = _role_holder(tok)
    if n is None or h is None or len(who) >= n:
        return who
    found = list(who)
    while h.dep_ in ("conj", "appos") and h.head.i != h.i:
        h = h.head
        found += [a for a in sent.actors_of(h, pronouns=False) if a not in found]
    return found if len(found) == n else who


# "one of the sponsors", and "Italy and Belgium, two of the most vocal advocates of a cap"
# (28-19): a count of the role's holders in apposition to them
_COUNT_OF = {"one", "two", "three", "four", "five", "both"}


# A sentence that opens on the text as its subject: "The resolution was sponsored by ...",
# "This draft calls for ...": what a bare "its" in the next sentence's opening stands for.
_TEXT_OPENS = re.compile(
    r"^\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolution|draft|text|proposal|motion)\b"
    r"(?!\s+(?:of|on|by|from)\b)",
    re.IGNORECASE,
)


def _its_the_text(sent: _Sentence, tok: Any, holder: Any) -> bool:
    """Whether a role noun's only owner is a bare "its" that can stand only for the text:
    "Chile, one of its chief backers, wants a bigger majority" right after "The resolution
    was sponsored by ...".  The holder must open the sentence (no other noun before it that
    "its" could be), and the previous sentence must open on the text as its subject; "its"
    after a state ("Syria is isolated. Russia, one of its backers, ...") is that state's."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    return (
        len(owners) == 1
        and owners[0].lower_ == "its"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        and holder.left_edge.i == 0
        and bool(_TEXT_OPENS.match(sent.before))
    )


def _appositive_role(sent: _Sentence, tok: Any) -> bool:
    """Whether a plural role noun describes the actors it is in apposition to, and is a role
    towards the decision ("Germany and Spain, the pact's strongest champions,"; "Chile, one of
    the sponsors,"; not "Poland and Hungary, critics of Ukraine,").  "The last holdouts" is
    not read: a position the report's news usually ends ("..., the last holdouts, signed
    off")."""
    holder = _role_holder(tok)
    if holder is None or not (
        holder.i in sent.actor_at
        # "Portugal's Ana Sousa, two of the most vocal advocates" (a leader by her state)
        or (
            tok.dep_ == "pobj"
            and any(c.dep_ == "poss" and c.i in sent.actor_at for c in holder.children)
        )
    ):
        return False
    if any(c.lower_ in _LAST for c in tok.children):
        return False
    if tok.dep_ == "appos" or tok.head.head.lower_ != "one":
        # ("two of the most vocal advocates of a cap", 28-19: as the apposition itself)
        return _role_of_decision(sent, tok)
    # "one of the sponsors": only of the text itself, not of a policy ("London, long one of
    # the champions of enlargement, said it was not supporting ..."; "one of the critics of
    # the embargo" a text would lift)
    owners = [
        o
        for c in tok.children
        for o in ([c] if c.dep_ == "poss" else c.children if c.lower_ == "of" else [])
        if o.dep_ in ("poss", "pobj")
    ]
    if not owners:
        return True
    return _its_the_text(sent, tok, holder) or all(
        o.i not in sent.actor_at and (_word(o) in TEXT_NOUNS or o.lower_ == "it") for o in owners
    )


# Going somewhere: "agreed to go to Geneva", "he had agreed to travel to Israel" is consent to
# a journey (often a person's, not a state's), no assent to the text.
_JOURNEYS = {f for v in ("go", "travel", "sail", "fly", "come") for f in _inflect(v)}


def _agree_to_proposal(tok: Any) -> bool:
    # "agreed to a package", "agreed on", "agreed to open talks": yes; "agreed that ..." no.
    # The passive with its agents, of a text: "The declaration, agreed by the governments of A
    # and B, said ...", "the text was accepted by Norway" (32-21).
    if any(c.dep_ == "agent" for c in tok.children):
        text = (
            tok.head
            if tok.dep_ == "acl"
            else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        )
        if text is not None and _word(text) in _SIGNED_TEXTS:
            return True
    for c in tok.children:
        if c.dep_ == "xcomp" and c.lower_ in _JOURNEYS:
            continue
        if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on")):
            return True
    return False


# ------------------------------------------------------- abstention, retaliation, evaluation


# Wrongs one commits: "committed" with one of these is a deed, not a commitment (singular and
# plural: the parse gives no lemmas).
_WRONGS = {
    f
    for w in (
        "crime",
        "atrocity",
        "execution",
        "murder",
        "killing",
        "massacre",
        "assassination",
        "violation",
        "abuse",
        "attack",
        "aggression",
        "genocide",
        "offence",
        "offense",
        "act",
        "shelling",
        "bombing",
        "raid",
        "terrorism",
    )
    for f in (w, w + "s")
} | {"atrocities"}


def _commits_a_wrong(verb: Any) -> bool:
    """Whether "commit" names a deed ("Serbia committed crimes", "the shelling committed by
    Serbia", "the abuses were committed by ..."), not a pledge ("committed to the mission",
    "committed troops"): what is committed is a wrong (the object, the passive subject, or the
    noun the participle describes)."""
    if verb.dep_ == "acl":
        thing = verb.head
    else:
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return thing is not None and thing.lower_ in _WRONGS


def _word(t: Any) -> str:
    """A token's word with a hyphenated prefix the tokenizer split off ("build-up",
    "counter-sanctions" are parsed as "build - up", "counter - sanctions")."""
    doc = t.doc
    i = t.i
    if (
        i >= 2
        and doc[i - 1].text in ("-", "‐")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{t.lower_}"
    return t.lower_


def _doc_words(doc: Any) -> frozenset[str]:
    """The lower-case words of a parsed sentence, as a set: a reader whose every reading needs
    one of its words tests the set before it walks the tokens (the frozen copy keeps the set,
    see ``fastdoc.FrozenDoc.lows``; a spaCy ``Doc`` is read afresh)."""
    lows = getattr(doc, "lows", None)
    return lows if lows is not None else frozenset(t.lower_ for t in doc)


def _last_parts(keys: Iterable[str]) -> frozenset[str]:
    """Each key, its last word ("green light": "light") and that word's last hyphen part
    ("co-sponsor": "sponsor"): the token a key read by ``_word`` or ``_noun_key`` ends on,
    which it is read at, for a precheck on a token's own word."""
    return frozenset(
        w for key in keys for w in (key, key.split()[-1], key.split()[-1].split("-")[-1])
    )


# Taking part in what was decided is support ("Britain will take part in the mission"); not
# taking part is staying out of it, an abstention ("Hungary will not take part in the
# borrowing", "will neither take part in it nor pay for it").  Taking part in a meeting, a
# vote or talks says nothing about the decision.  (_TAKE is defined above.)
_PARTICIPATE = _inflect("participate")
NOT_DECISIONS = {
    "vote",
    "votes",
    "voting",
    "ballot",
    "talks",
    "negotiations",
    "summit",
    "meeting",
    "meetings",
    "debate",
    "session",
    "discussion",
    "discussions",
    "ceremony",
    "conference",
    "call",
    "exercise",
    "exercises",
    "war",
    "fighting",
    "conflict",
    "protest",
    "protests",
    "election",
    "elections",
    "consultations",
}


# What a state joins or stays out of when the decision binds only those who take part
# (enhanced cooperation, a defence pact, joint borrowing): not joining is staying out.
OPT_IN_NOUNS = {
    "pact",
    "scheme",
    "initiative",
    "cooperation",
    "project",
    "projects",
    "mission",
    "operation",
    "coalition",
    "borrowing",
    "office",
    # "declined to join the mechanism": a sharing or solidarity scheme taken up by some
    "mechanism",
}


def _takes_part_for(verb: Any) -> bool:
    """Whether ``verb`` is taking part or joining as the purpose of its head ("will send
    jets to take part in the operation", "offered ships to join the mission"): the purpose
    infinitive's subject is its head's."""
    low = verb.lower_
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and (low in _TAKE or low in _PARTICIPATE or low in _JOIN)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _created(obj: Any) -> bool:
    """Whether a noun is something new the decision sets up ("the new supervisor", "the new
    fund"): "new" before it, and it is neither a meeting nor a state."""
    return (
        obj.tag_ in ("NN", "NNS")
        and _word(obj) not in NOT_DECISIONS
        and any(c.dep_ == "amod" and c.lower_ == "new" for c in obj.children)
    )


def _people_before(pron: Any) -> bool:
    """Whether a clause before ``pron`` in its sentence has a group of actors by their role
    as its subject ("opponents", "critics", "backers"), whom "them" may stand for."""
    return any(
        t.lower_ in ROLE_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in pron.doc[: pron.i]
    )


_VETO_ACTS = {"veto", "vetoed", "block", "blocked"}


def _veto_before(pron: Any) -> bool:
    """Whether a clause before ``pron`` in its sentence casts a veto or a block ("Britain cast
    its veto", "Britain vetoed the draft"), which "it" may stand for, or the state casting it."""
    return any(
        t.lower_ in _VETO_ACTS and t.dep_ in ("dobj", "ROOT", "conj") for t in pron.doc[: pron.i]
    )


def _participation(tok: Any) -> tuple[bool, Any | None] | None:
    """(found, object) for "take part in X" / "participate in X" (the object may be absent:
    "said it would not take part"); None when the verb is not one of them."""
    low = tok.lower_
    if low in _JOIN and tok.tag_.startswith("VB"):
        # "Britain did not join", "Malta will not join the pact": staying out of an opt-in
        # decision; not "joined Kenya in voting" nor "joined the consensus / the statement"
        if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ == "them" and _people_before(obj):
            # "Opponents of the text, led by Russia, failed; China joined them": the
            # opponents, not a decision to take part in
            return None
        if obj is not None and obj.lower_ == "it" and _veto_before(obj):
            # "Britain cast its veto, and the United States joined it": the state or its veto,
            # not a decision to take part in
            return None
        if obj is None or obj.lower_ in ("it", "them") or _word(obj) in OPT_IN_NOUNS:
            return True, obj
        if _negated(tok) and _created(obj):
            # "said they would not join the new supervisor": staying out of what the
            # decision creates
            return True, obj
        return None
    if low in _TAKE:
        if not any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
            return None
    elif low not in _PARTICIPATE:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            return True, next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
        if c.dep_ == "dobj" and c.lower_ == "part":
            for k in c.children:
                if k.dep_ == "prep" and k.lower_ == "in":
                    return True, next((p for p in k.children if p.dep_ == "pobj"), None)
    return True, None


_CONTRIBUTE = {
    f
    for v in ("send", "contribute", "provide", "supply", "deploy", "offer")
    for f in _inflect(v, "sent")
}
# Offering forces is offering them for the decision's mission, with or without a destination
# ("sending" or "deploying" them without one may be a military move of the state's own).
_OFFER = {f for v in ("contribute", "offer") for f in _inflect(v)}
# What a state contributes to a mission: forces and the means to lead them.
FORCE_NOUNS = {
    "troops",
    "soldiers",
    "contingent",
    "contingents",
    "forces",
    "jets",
    "aircraft",
    "warships",
    "ships",
    "frigates",
    "planes",
    "personnel",
    "battalion",
    "battalions",
    "peacekeepers",
    "headquarters",
    "flagship",
    "helicopters",
    "vessels",
    "warplanes",
    "crews",
}
# People who speak for the state they come from: "leaders and ministers from Denmark and
# Sweden backed the mission" (not "experts from Germany", "officials from Poland": an official
# of a state's administration may not speak for its government).
_SENT_FROM = {
    "leaders",
    "ministers",
    "delegates",
    "delegations",
    "envoys",
    "ambassadors",
    "diplomats",
    "representatives",
    "negotiators",
}
# Where the forces go when they go to the decision: the mission, not a place.
# the units a decided deployment is made of: "contributes troops to the battalion"; a
# present lead of one is a share of it ("Norway leads the battalion in Latvia")
_LED_UNITS = {"battalion", "battalions", "battlegroup", "battlegroups", "brigade", "brigades"}
# (not "forces": "sent jets to the government forces" may be arms for one side)
_FORCE_UNITS = _LED_UNITS | {"unit", "units", "force", "contingent"}
_MISSION_NOUNS = OPT_IN_NOUNS | _FORCE_UNITS | {"deployment", "missions", "operations"}
# Forces "assigned to the campaign" are the air campaign's (not "the campaign for the treaty":
# the subject must be forces)
_ASSIGNED = _CONTRIBUTE | _inflect("assign") | _inflect("commit", "committed", "committing")
# "Britain was ready to deploy aircraft": forces offered, as "offered aircraft" is
_READY = {"ready", "willing", "prepared"}
_MISSION_CLAUSE = {"mission", "operation", "deployment", "force"}


def _forces_assigned(verb: Any) -> bool:
    """Whether ``verb`` is a passive that gives forces, its subject ("Aircraft from Spain were
    assigned", "troops were sent"), with no agent of its own."""
    kids = list(verb.children)
    return (
        verb.lower_ in _ASSIGNED
        and any(c.dep_ == "auxpass" for c in kids)
        and not any(c.dep_ == "agent" for c in kids)
        and any(c.dep_ == "nsubjpass" and c.lower_ in FORCE_NOUNS for c in kids)
    )


# Where a deployment decided is based: "Romania and Bulgaria will both host an allied air
# presence", "more aircraft to be based in Romania" (a host of forces; not "hosted the talks").
_HOSTED = (FORCE_NOUNS | _FORCE_UNITS) - {"headquarters"} | {"presence", "base", "bases"}
_HOSTS = re.compile(r"\bhost(?:s|ed|ing)?\b([^.;]{0,60})", re.IGNORECASE)
_BASED_IN = r"\b(?:based|stationed|deployed)\s+in\s+(?:(?-i:[A-Z])[\w-]*,?\s+(?:and\s+)?)*?"


def _place_name(p: Any) -> str:
    """A place's words as written, with the compounds before it ("United States")."""
    return " ".join(t.text for t in p.subtree if t.i < p.i and t.dep_ == "compound") + (
        " " + p.text if any(t.i < p.i and t.dep_ == "compound" for t in p.subtree) else p.text
    )


def _hosts_forces(sent: _Sentence, p: Any) -> bool:
    """Whether the state ``p`` is told, in this sentence or the three before, as where the
    decided deployment is based: "X and Y will both host an allied air presence", "aircraft to
    be based in X and Y".  Forces sent there are a share of it (not forces sent to any state:
    "sent troops to Syria" may be a state's own move)."""
    if p.i not in sent.actor_at:
        return False
    name = re.escape(_place_name(p).strip())
    for text in (sent.text, *sent.earlier):
        if re.search(_BASED_IN + rf"{name}\b", text):
            return True
        for m in re.finditer(rf"\b{name}\b[^.;]{{0,40}}?" + _HOSTS.pattern, text, re.IGNORECASE):
            if set(re.findall(r"[a-z]+", m.group(1).lower())) & _HOSTED:
                return True
    return False


def _sent_to_host(sent: _Sentence, tok: Any) -> bool:
    """ "Britain would send jets to Romania", "Canada said it would send aircraft there": forces
    sent to a state where the decided deployment is based (see :func:`_hosts_forces`), or
    "there" after such a state in the sentence.  Never negated or hypothetical."""
    if tok.lower_ not in _CONTRIBUTE or _negated(tok) or _hypothetical(tok):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not any(t.lower_ in FORCE_NOUNS for t in _named_forces(tok, obj)):
        return False
    to = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    if to:
        return all(p.dep_ == "pobj" and _hosts_forces(sent, p) for p in to)
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in tok.children):
        # "... to Romania, and Canada said it would send aircraft there": the place before
        places = [
            t
            for t in sent.doc[: tok.i]
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ in _CONTRIBUTE
        ]
        return bool(places) and _hosts_forces(sent, places[-1])
    return False


def _named_forces(tok: Any, obj: Any) -> list[Any]:
    """What the contribution verb ``tok`` gives: its object ``obj``, the object's conjuncts and
    what comes "along with" it ("offered its flagship, along with helicopters and patrol
    boats"), and what a share is of ("a large share of the crews")."""
    named = [obj, *(c for c in obj.children if c.dep_ in ("conj", "appos"))]
    if obj.lower_ in ("share", "part", "bulk", "most", "half"):
        named += [p for c in obj.children if c.lower_ == "of" for p in c.children]
    named += [
        p
        for c in (*obj.children, *tok.children)
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return named


# Putting means at a mission's disposal is contributing them: "will put special forces at the
# disposal of the force", "placed two ships at the disposal of the mission".
_PLACE_AT = {"put", "puts", "putting"} | _inflect("place")


def _at_disposal_of(tok: Any) -> Any:
    """The mission ``tok`` ("put", "placed") puts its object at the disposal of, else False
    (not a plan put at the disposal of the Council, nor with no object)."""
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    for at in tok.children:
        if at.dep_ != "prep" or at.lower_ != "at":
            continue
        for d in at.children:
            if d.dep_ != "pobj" or d.lower_ != "disposal":
                continue
            of = [p for c in d.children if c.lower_ == "of" for p in c.children]
            return next((p for p in of if p.dep_ == "pobj" and _word(p) in _MISSION_NOUNS), False)
    return False


def _contributes(tok: Any) -> Any:
    """What a state sends forces to: the mission named ("contributes 500 troops to the force",
    a token), or None for the mission of the report, when the clause gives no destination
    but speaks of contributors ("among the countries sending troops") or of the mission
    ("The operation will involve 3,500 soldiers, with Britain providing the largest
    contingent").  False when the verb is no contribution: not forces ("sent a letter"),
    forces sent to a place ("sent troops to the border", "into Ukraine"), or negated ("did
    not send troops": staying out is not said to be opposing)."""
    if tok.lower_ in _PLACE_AT and not _negated(tok):
        return _at_disposal_of(tok)
    if tok.lower_ not in _ASSIGNED or _negated(tok):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    to = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if obj is None and tok.lower_ in _OFFER:
        # "Poland will contribute to the Canadian-led unit": to a unit of the deployment (not
        # "contribute to the fund", "to the talks")
        return next((p for p in to if _word(p) in _MISSION_NOUNS), False)
    if obj is None and _forces_assigned(tok):
        # "Aircraft from Spain were assigned to the campaign": forces given to the operation
        # (not "troops were sent to the border", a place)
        # (a campaign only as "the campaign" of the report: not "the campaign against the
        # rebels", "the Syrian campaign", which may be a state's own)
        bare = [
            p for p in to if p.lower_ == "campaign" and [c.lower_ for c in p.children] == ["the"]
        ]
        return next((p for p in [*to, *bare] if _word(p) in _MISSION_NOUNS or p in bare), False)
    if obj is None or tok.lower_ not in _CONTRIBUTE:
        return False
    named = _named_forces(tok, obj)
    if not any(t.lower_ in FORCE_NOUNS for t in named):
        return False
    places = [
        p
        for c in (*tok.children, *obj.children)
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "for", "in", "on")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if places:
        mission = next((p for p in places if _word(p) in _MISSION_NOUNS), None)
        return mission if mission is not None else False
    if tok.lower_ in _OFFER:
        return None  # "Germany and Britain have offered ships": offered for the mission
    if (
        tok.dep_ == "xcomp"
        and tok.head.lower_ in _READY
        and not _negated(tok.head)
        and not _negated(tok.head.head)
    ):
        return None  # "Britain was ready to deploy aircraft": an offer
    if tok.lower_ in _inflect("provide") | _inflect("supply", "supplied") and any(
        t.lower_ in FORCE_NOUNS and any(c.lower_ == "the" for c in t.children) for t in named
    ):
        # "Germany and Denmark are providing the ships": the ships the report tells of, the
        # decided deployment's (not "sending the troops", which may be a state's own move)
        return None
    said = tok.head if tok.dep_ == "ccomp" else None
    if said is not None and said.dep_ == "relcl" and said.head.lower_ in GROUP_NOUNS:
        return None  # "among the countries that said they would send warships"
    if tok.dep_ in ("acl", "relcl") and tok.head.lower_ in GROUP_NOUNS:
        return None  # "the countries sending troops"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        gov = tok.head.head
        subj = [c for c in gov.children if c.dep_.startswith("nsubj")]
        if any(_word(c) in _MISSION_CLAUSE for c in subj):
            return None  # "The operation will involve ..., with Britain providing ..."
    if (
        tok.lower_ in ("send", "provide", "supply")
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children)
        # ("more" on the noun, or on its number: "about 300 more troops")
        and any(c.lower_ in _MORE and c.i < named[0].i for c in named[0].subtree)
        and not _hypothetical(tok)  # "will send more troops if the fighting spreads"
    ):
        # "Italy will send about 1,000 more troops", "Poland would provide extra soldiers":
        # forces promised on top of those already sent, with no place of their own, are a
        # pledge to the mission reported (not "sent more troops", which may be a state's
        # own move, nor "will deploy ...", nor "will send more troops to the border", a
        # place, read above)
        return None
    return False


_MORE = {"more", "extra", "additional", "further"}


def _more_talks(noun: Any) -> bool:
    """Talks told as going on: "more talks", "further negotiations on the package" (not
    talks that may be the decision: "further accession talks", "further talks with Turkey")."""
    kids = list(noun.children)
    return (
        _word(noun) in _MEETING_NOUNS | {"negotiations", "dialogue"}
        and any(c.dep_ == "amod" and c.lower_ in _MORE for c in kids)
        and not any(c.dep_ in ("compound", "nmod") or c.lower_ == "with" for c in kids)
        and not any(c.dep_ == "amod" and c.lower_ not in _MORE for c in kids)
        and not any(c.lower_ == "with" for c in noun.head.children)  # "backed talks with X"
    )


# Leading or commanding a force the decision sets up is taking a share of it: "the United
# States will lead the battalion in Poland", "Britain agreed to command the mission".
_LEAD_FORCE = {f for v in ("lead", "command") for f in _inflect(v, "led")}
_LED_FORCES = FORCE_NOUNS | {
    "force",
    "battlegroup",
    "battlegroups",
    "brigade",
    "brigades",
    "mission",
    "operation",
}
# what makes the lead a commitment, not a report of the past ("led the force in 1999"): a
# future, or an infinitive after a promise
_TAKES_ON = {
    f for v in ("agree", "offer", "volunteer", "pledge", "promise", "plan") for f in _inflect(v)
} | {"is", "are", "was", "were"}


def _leads_force(tok: Any, before: str) -> bool:
    """Whether ``tok`` commits its subject to lead a force: "will lead the battalion in Poland",
    "agreed to command the mission", "will lead the one in Estonia" (when the sentence or the
    one before, ``before``, names forces).  Never negated, hypothetical or conditional, nor a
    past or present lead ("led the force in 1999", "leads the operation")."""
    if tok.lower_ not in _LEAD_FORCE or not tok.tag_.startswith("VB"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if not _takes_on(tok):
        # "Canada leads the battalion in Latvia": a present lead of a unit the decision
        # sets up (not "leads the operation", which may be a state's own)
        return (
            tok.tag_ in ("VBZ", "VBP")
            and not (_negated(tok) or _hypothetical(tok) or _conditional(tok))
            and (
                obj.lower_ in _LED_UNITS
                or (obj.lower_ in ("one", "ones") and _forces_near(tok, before, _LED_UNITS))
            )
        )
    if obj.lower_ in _LED_FORCES:
        return True
    if obj.lower_ not in ("one", "ones"):
        return False
    # "the one in Poland": forces named in this sentence or the one before
    return _forces_near(tok, before, _LED_FORCES)


def _forces_near(tok: Any, before: str, nouns: set[str]) -> bool:
    """Whether the sentence of ``tok`` or the one before, ``before``, names one of ``nouns``."""
    words = {t.lower_ for t in tok.doc} | set(re.findall(r"[a-z]+", before.lower()))
    return bool(words & nouns)


def _takes_on(tok: Any) -> bool:
    """Whether verb ``tok`` is a commitment: a future ("will lead"), reported ("said it would
    lead") or promised ("agreed to command"); never negated, hypothetical or conditional, nor
    a past or present act ("led the force in 1999", "leads the operation")."""
    if _negated(tok) or _hypothetical(tok) or _conditional(tok):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in tok.children)
    # reported speech shifts "will" back to "would": "Trudeau said his country would command
    # the mission" is the promise "Canada will command it" (not "would command it if ...",
    # read above, nor "did not say it would", a report denied)
    future = future or (
        tok.dep_ == "ccomp"
        and tok.head.lower_ in _REPORTING
        and tok.head.tag_ == "VBD"
        and not _negated(tok.head)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)
    )
    promised = (
        tok.dep_ == "xcomp"
        and tok.head.lower_ in _TAKES_ON
        and not _negated(tok.head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )
    return future or promised


_SERVE = _inflect("serve")


def _serves_with(sent: _Sentence, tok: Any) -> bool:
    """Whether ``tok`` commits its subject to serve beside another state's forces in a state
    where forces are told of: "Belgium will join the Germans in Lithuania", "France will serve
    alongside the British in Estonia" (a share of the deployment there).  Not "joined Germany
    in condemning it" (a gerund, read elsewhere), nor with no forces named in the sentence or
    the one before ("will join Germany in Brussels for the talks")."""
    # (the verb's own word first: the commitment test walks the tree, and is asked of every
    # verb that has no cue of its own)
    if not tok.tag_.startswith("VB") or (tok.lower_ not in _JOIN and tok.lower_ not in _SERVE):
        return False
    if not _takes_on(tok):
        return False
    if tok.lower_ in _JOIN:
        partners = [c for c in tok.children if c.dep_ == "dobj"]
    elif tok.lower_ in _SERVE:
        partners = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("alongside", "with")
            for p in c.children
            if p.dep_ == "pobj"
        ]
    else:
        return False
    places = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return (
        any(p.i in sent.actor_at for p in partners)
        and any(p.i in sent.actor_at for p in places)
        # a unit of a deployment, not just troops ("Russia sent troops to the border. Belarus
        # will join the Russians in Ukraine" is no share of an allied force)
        and _forces_near(tok, sent.before, _FORCE_UNITS | {"mission", "operation"})
    )


# Promising a number of the forces just named: "Italy will send 1,000 more troops, while
# Britain had already announced an extra 500".
_PROMISE_SHARE = _CONTRIBUTE | {
    f for v in ("announce", "pledge", "promise", "commit") for f in _inflect(v, "committed")
}
_NOT_FORCES = {"percent", "per", "%", "million", "billion", "euros", "dollars", "pounds"}


def _elided_share(tok: Any) -> bool:
    """Whether ``tok`` promises a bare number of the forces a contribution before it in the
    sentence names ("..., while Britain had already announced an extra 500"): the noun left out
    is those forces.  Never negated or hypothetical, nor a number of anything else ("500
    million", "2 percent")."""
    if tok.lower_ not in _PROMISE_SHARE or _negated(tok) or _hypothetical(tok):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not obj.like_num:
        return False
    if any(t.lower_ in _NOT_FORCES for t in obj.subtree) or any(
        c.dep_ in ("compound", "prep") for c in obj.children
    ):
        return False
    if obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].lower_ in _NOT_FORCES:
        return False
    return any(
        t.i < tok.i and t.tag_.startswith("VB") and _contributes(t) is not False for t in tok.doc
    )


_REMNANT_ENDS = {",", "and", "while", "whereas", "but", ";", ".", "—", "–"}
_NO_SHARE = {"no", "none", "not", "nothing", "never", "zero"}
_SHARE_OPENS = {"the", "a", "an", "about", "around", "some", "roughly", "nearly", "almost"}
_SHARE_OPENS |= {"another", "over", "up", "just", "only"}


def _gapped_sharers(sent: _Sentence, tok: Any) -> list[str]:
    """States given a share of the forces by a clause whose verb is left out: "Italy will send
    1,000 more troops and Poland around 600", "the United States will lead the one in Poland,
    Britain the one in Estonia".  An actor after the verb's object, right after a comma or
    "and", followed at once by its share (a number, "the one", "about ...") and no verb before
    the next comma or "and"; never "none", "no troops"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    doc = sent.doc
    out: list[str] = []
    i = obj.i + 1
    while i < len(doc):
        actor = sent.actor_at.get(i)
        # the separator may stand before an article the name takes ("and the United States")
        before = i - 2 if doc[i - 1].lower_ == "the" else i - 1
        if actor is None or doc[before].lower_ not in (",", "and"):
            i += 1
            continue
        while i < len(doc) and sent.actor_at.get(i) == actor:
            i += 1
        if i >= len(doc) or not (doc[i].like_num or doc[i].lower_ in _SHARE_OPENS):
            # the share follows the state at once ("Canada the one in Latvia", "Poland
            # around 600"); a parse is no guide (the parser hangs such a remnant on a place
            # before it), and "to Poland and Lithuania next year" has no share
            continue
        rest = []
        j = i
        while j < len(doc) and doc[j].lower_ not in _REMNANT_ENDS:
            rest.append(doc[j])
            j += 1
        shares = any(t.like_num or t.lower_ in ("one", "ones") for t in rest)
        if (
            rest
            and shares
            and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in rest)
            and not any(t.lower_ in _NO_SHARE for t in rest)
            and actor not in out
        ):
            out.append(actor)
        i = j
    return out


_NAMED_THINGS = PROPOSAL_NOUNS - {"it", "this", "them", "vote", "result", "outcome", "tally"}


def _takes_part_in_named(tok: Any) -> bool:
    """A bare "will take part" / "participates" (no object) stated as a fact or a firm
    future, in a sentence that names the decision before it: "Walesa had criticised the
    plan, but his government has said Poland will take part" (in the plan).  Not "will
    consider taking part" (a gerund under another verb)."""
    if tok.lower_ not in _TAKE | _PARTICIPATE or tok.tag_ in ("VBG", "VBN"):
        return False
    firm = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children
    )
    return firm and any(
        t.tag_.startswith("NN") and _word(t) in _NAMED_THINGS for t in tok.doc[: tok.i]
    )


_VOTE_NOUNS = {"vote", "votes", "voting", "ballot"}


def _no_part(tok: Any) -> bool:
    """Taking "no part" ("took no part in the decision"): the negation hangs on "part"."""
    return tok.lower_ in _TAKE and any(
        c.dep_ == "dobj"
        and c.lower_ == "part"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


# What states opt into, named just before a bare "joined" (the sentence or the one before).
_OPTED_INTO = {"pact", "scheme", "initiative", "coalition", "cooperation", "compact"}


def _joins_named_opt_in(sent: _Sentence, tok: Any) -> bool:
    """A bare "joined" (no object, not negated, not a gerund or a condition) after words that
    name a decision states opt into, in its sentence or the one before: "The Euro Plus Pact
    commits governments to yearly targets. All euro countries joined, along with Denmark"."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "have", "has", "had") for c in tok.children
    ):
        return False
    if _negated(tok) or _hypothetical(tok) or _conditional(tok):
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("in", "with") for c in tok.children):
        return False  # "joined in condemning it", "joined with Kenya"
    words = [t.lower_ for t in tok.doc[: tok.i]]
    words += re.findall(r"[a-z]+", sent.before.lower())
    return any(w in _OPTED_INTO for w in words)


def _participation_label(sent: _Sentence, tok: Any) -> str | None:
    found = _participation(tok)
    if found is None:
        return None
    _, obj = found
    negated = _negated(tok) or _no_part(tok)
    if (
        obj is not None
        and _word(obj) in _VOTE_NOUNS
        and tok.lower_ not in _JOIN
        and negated
        and not _conditional(tok)
    ):
        return ABSTAIN  # "did not take part in the vote": not voting, as "refrained from voting"
    if obj is not None and (_word(obj) in NOT_DECISIONS or obj.i in sent.actor_at):
        return None
    if negated:
        return ABSTAIN
    if tok.lower_ in _JOIN and obj is None:
        # "Ireland joined": of what, unsaid, unless the sentence or the one before tells of
        # a decision states opt into ("The pact commits governments to targets. Twenty
        # states joined, along with Denmark"): joining it
        return SUPPORT if _joins_named_opt_in(sent, tok) else None
    if obj is None and _takes_part_in_named(tok):
        return SUPPORT
    if obj is not None and (
        _word(obj) in PROPOSAL_NOUNS
        or _word(obj) in OPT_IN_NOUNS
        # "will take part in the battalion": a unit of the deployment
        or _word(obj) in _FORCE_UNITS
        or obj.lower_ in _TOPIC_OF
        or obj.lower_ in ("it", "them")
        # "the five non-NATO countries taking part in the campaign: A, B and C" (28-24): the
        # counted states in a military campaign the decision extends (not "the campaign"
        # alone, which may be a political one)
        or (
            _word(obj) == "campaign"
            and tok.dep_ == "acl"
            and tok.head.lower_ in _COUNTED_NOUNS
            and not any(c.lower_ in ("against", "for") for c in obj.children)
        )
    ):
        return SUPPORT
    return None


# Neither backing nor blocking a decision is staying out of it: "did not back the plan but did
# not block it", "neither supported nor opposed the text" (abstain, not a weak oppose).
_BLOCKERS = {"veto", "block", "oppose", "obstruct", "reject", "object", "resist", "stall"}
# Phrasal cues that stand in a decision's way: negated, they let it pass ("did not stand in
# the way", "did not hold it up").
_LET_PASS = {("stand", "in"), ("hold", "up")}


def _neither_nor(tok: Any) -> str | None:
    """For a negated support verb coordinated with a negated oppose verb: ABSTAIN when the
    oppose verb blocks ("did not back it but did not block it"), NEUTRAL for two reactions
    ("neither welcomed nor criticised the decision": no stance either way); else None."""
    entry = VERBS.get(tok.lower_)
    if entry is None or entry[1] != SUPPORT or not _negated(tok):
        return None
    for o in tok.conjuncts:
        other = VERBS.get(o.lower_)
        if other is None or other[1] != OPPOSE or not o.tag_.startswith("VB") or not _negated(o):
            continue
        return ABSTAIN if other[0] in _BLOCKERS else NEUTRAL
    return None


# Retaliation is what a state that does not vote does against a decision: "Moscow will take
# countermeasures", "announced counter-sanctions", "threatened retaliatory measures", "vowed
# to retaliate", "warned it would respond".  A member may be announcing countermeasures the
# body decides, so drafting keeps these only for states outside the body (``outside_only``).
RETALIATION = {
    "countermeasures",
    "counter-measures",
    "countermeasure",
    "counter-measure",
    "counter-sanctions",
    "countersanctions",
    "retaliation",
    "reprisals",
    "reprisal",
}
_RETALIATE = _inflect("retaliate")
_RESPOND = _inflect("respond")
_WARN = {f for v in ("warn", "threaten", "vow", "promise", "pledge") for f in _inflect(v)}
# Verbs whose object is the one who acts in their infinitive: "would lead Moscow to take
# retaliatory measures", "forced Russia to respond".
_OBJECT_CONTROL = {
    f
    for v in ("lead", "force", "prompt", "push", "compel", "drive", "oblige")
    for f in _inflect(v, "led", "forced", "drove", "driven")
}
_PERSUADE = {
    f for v in ("persuade", "convince", "pressure", "pressurise", "press") for f in _inflect(v)
}
# Pressing someone to act says what the presser wants, not that the other did it: "pressed
# Hungary to drop its veto" (Hungary still had it); persuading or forcing says it was done.
_PRESS = {f for v in ("pressure", "pressurise", "press", "push") for f in _inflect(v)}


def _retaliation(tok: Any) -> Any | None:
    """The verb whose subject retaliates, for a retaliation cue at ``tok``: a retaliation
    noun ("take countermeasures", "retaliatory measures") as the object of a verb, the verb
    *retaliate*, or *respond* under a warning ("warned it would respond")."""
    if not tok.tag_.startswith(("NN", "VB")):
        return None  # (asked of every token: the word, read below, looks at the ones before)
    low = _word(tok)
    if tok.tag_.startswith("NN") and low in _THREATENED:
        return _threatened_consequences(tok)
    if tok.tag_.startswith("NN"):
        if not (
            low in RETALIATION
            or any(c.dep_ == "amod" and c.lower_ == "retaliatory" for c in tok.children)
        ):
            return None
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "warned of countermeasures", "responded with reprisals"
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass") or not head.tag_.startswith("VB"):
            return None
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return None  # "took no countermeasures"
        if head.lower_ in _DENIED or (
            head.lower_ in _RULE and any(c.lower_ == "out" for c in head.children)
        ):
            return None  # "ruled out countermeasures", "to avoid retaliation"
        return head
    if tok.tag_.startswith("VB"):
        if low in _RETALIATE:
            return tok
        if low in _RESPOND and (
            tok.head.lower_ in _WARN and tok.dep_ in ("ccomp", "xcomp") or _intended(tok)
        ):
            return tok
        if (
            low in _RESPOND
            and not _negated(tok)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(p.dep_ == "pobj" and _word(p) in _COMMENTED for p in c.children)
                for c in tok.children
            )
        ):
            return tok  # "said it would respond to the EU's measures"
    return None


# A warning of consequences is a threat to answer the decision: "Moscow warned of serious
# consequences", "threatened consequences".  Only bare ones: consequences "of" or "for"
# something may be those of not acting ("warned of the consequences of inaction"), and a
# condition ("if the council failed to act") may point either way.
_THREATENED = {"consequences"}
_CONDITION_WORDS = {"if", "unless", "should", "otherwise", "were"}
# Every word a token _retaliation reads must be, or hold as a modifier ("retaliatory"); a
# word ``_word`` joins ("counter - measures") has its first part in the sentence too: a
# sentence with none of them is not walked by _retaliations
_RETALIATION_READS = RETALIATION | _THREATENED | _RETALIATE | _RESPOND | {"retaliatory"}
_RETALIATION_WORDS = frozenset(_RETALIATION_READS | {w.split("-")[0] for w in _RETALIATION_READS})


def _threatened_consequences(tok: Any) -> Any | None:
    """The warning verb for a bare threat of consequences, else None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ != "dobj":
        return None
    if head.lower_ not in _WARN or not head.tag_.startswith("VB"):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "det") and c.lower_ != "the" for c in tok.children):
        return None  # "of inaction", "for the region", "no consequences"
    if any(t.lower_ in _CONDITION_WORDS for t in head.subtree):
        return None
    if any(c.dep_ in ("dobj", "dative") and c.i != tok.i for c in head.children):
        return None  # "warned Moscow of consequences": aimed at the one warned
    return head


_DENIED = AVERTED | {
    f for v in ("reject", "deny", "dismiss", "exclude", "renounce") for f in _inflect(v)
}
_RULE = _inflect("rule")


def _retaliation_owners(sent: _Sentence, verb: Any) -> list[str]:
    if verb.dep_ == "xcomp" and verb.head.lower_ in _OBJECT_CONTROL:
        # "would lead Moscow to take retaliatory measures": the object acts
        return [a for c in verb.head.children if c.dep_ == "dobj" for a in sent.actors_of(c)]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.i != verb.head.i:
        verb = verb.head.head  # "Minsk responded by announcing counter-sanctions"
    return sent.owners(verb)


# Calling a decision something: "called the deployment a provocation" (oppose), "called the
# decision historic", "described the plan as a milestone" (support).  Only a decision noun
# (``PROPOSAL_NOUNS``) as the object, and a word of one direction only in the description.
# "claimed the outcome as a success" is calling it one
_CALL = {
    f for v in ("call", "describe", "brand", "term", "label", "dub", "claim") for f in _inflect(v)
}
NEGATIVE_WORDS = {
    "provocation",
    "provocative",
    "threat",
    "threatening",
    "mistake",
    "error",
    "blunder",
    "violation",
    "illegal",
    "illegitimate",
    "unacceptable",
    "dangerous",
    "hostile",
    "aggressive",
    "escalation",
    "absurd",
    "disgrace",
    "disgraceful",
    "shameful",
    "farce",
    "sham",
    "betrayal",
    "destabilising",
    "destabilizing",
    "irresponsible",
    "unjust",
    "unfair",
    "outrageous",
    "reckless",
    # what a state says of a decision taken against it: "called the decision regrettable",
    # "said the embargo was doomed to fail", "called the charges baseless"
    "regrettable",
    "unjustified",
    "unjustifiable",
    "unfounded",
    "unsubstantiated",
    "inappropriate",
    "baseless",
    "groundless",
    "doomed",
    "futile",
    "counterproductive",
    "counter-productive",
    "discriminatory",
    "confrontational",
    # what the decision is said to be for, or how it was made: "said the amendments were a
    # pretext to justify the blockade", "called the text biased"
    "pretext",
    "biased",
    "politicised",
    "politicized",
    "hypocritical",
    # what is said of a veto as much as of a decision: "called the veto deplorable"
    "deplorable",
    "lamentable",
    "shocking",
    "scandalous",
    "cynical",
    "disappointing",
    "unfortunate",
    # what is said of a text's balance: "called the draft one-sided", "unbalanced"
    "one-sided",
    "unbalanced",
    "lopsided",
    "flawed",
    # what a target says of a measure against it: "called the ban short-sighted" (29-16;
    # not "ineffective", which a state wanting a tougher measure says too)
    "short-sighted",
    "shortsighted",
    "myopic",
}
POSITIVE_WORDS = {
    "historic",
    "milestone",
    "success",
    "breakthrough",
    "victory",
    "triumph",
    "landmark",
    "achievement",
    "important",
    "positive",
    "good",
    "great",
    "excellent",
    "welcome",
    "fair",
    "balanced",
    "necessary",
    "crucial",
    "vital",
    # "called the veto very satisfactory", "said the decision was justified"
    "satisfactory",
    "justified",
    "courageous",
    "principled",
    "wise",
    "correct",
    "appropriate",
    # "called the decision very reasonable" (29-13; test_draft_eu29)
    "reasonable",
    "sensible",
    # "called the text a more intelligent interpretation of the pact" (29-13)
    "intelligent",
    "pragmatic",
}
# A veto named as what is called something: praising it is against the text it stopped
# ("called the veto very satisfactory"), condemning it for the text ("said the veto was a
# disgrace"); see ``_cues``.
_VETO_NOUNS = {"veto", "vetoes"}


def _names_not_calls_for(verb: Any) -> bool:
    """Whether "call ... for" is naming something, not calling for it: an object said to be
    something, and the "for" that description's ("called the decision a disaster for
    Europe": ``_described`` reads it).  A pronoun object is left to the "for" unless what
    it is called is against it ("called it a good day for Sweden" is read as before; "called
    it a mistake for Europe" is not a call for it)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lower_ not in ("it", "this", "them"):
        return True
    said = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") and c.i > obj.i]
    return _evaluation(said) == OPPOSE


def _called_inside(noun: Any) -> Any | None:
    """The thing called something when the parse made it a modifier of what it is called
    ("called [the outcome good news]": "the outcome", an nmod of "news"): a noun with its
    own determiner before a noun with none; else None."""
    if any(c.dep_ == "det" for c in noun.children):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "nmod" and c.i < noun.i and any(d.dep_ == "det" for d in c.children)
        ),
        None,
    )


_SCHEME_NOUNS = {"arrangement", "scheme"}


def _the_scheme(obj: Any) -> bool:
    """ "the arrangement", "the scheme" with nothing after it: the decision's plan, called
    something ("called the arrangement a violation of its sovereignty"); not "the arrangement
    with Japan", another matter."""
    return (
        _word(obj) in _SCHEME_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children)
        and not any(c.dep_ in ("prep", "compound", "amod", "poss") for c in obj.children)
    )


def _described(tok: Any) -> tuple[str, Any] | None:
    """(label, object) when ``tok`` calls a decision something evaluative."""
    if tok.lower_ not in _CALL or _negated(tok):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        # "called the outcome good news" parsed with "news" as the predicate
        obj = next((c for c in tok.children if c.dep_ == "oprd" and _called_inside(c)), None)
    if obj is None:
        # "called the veto justified", parsed as a clause whose verb is the participle
        for c in tok.children:
            n = next((k for k in c.children if k.dep_ == "nsubj"), None)
            if (
                c.dep_ == "ccomp"
                and c.tag_ == "VBD"
                and n is not None
                and c.n_lefts + c.n_rights == 1
                and _word(n) in PROPOSAL_NOUNS | _VETO_NOUNS
                and n.lower_ not in ("it", "this")
            ):
                label = _evaluation([c])
                return (label, n) if label else None
        return None
    if obj.lower_ in ("it", "this", "them"):
        return None
    said: list[Any] = []
    named = _called_inside(obj)
    if named is not None:
        obj, said = named, [obj]
    signed = _signing_of(obj) or _the_day(obj)
    if (
        _word(obj) not in PROPOSAL_NOUNS
        and _word(obj) not in _VETO_NOUNS
        and signed is None
        and not _the_scheme(obj)
    ):
        return None
    for c in tok.children:
        # ("branded the package a disgrace" may be parsed with "disgrace" as an npadvmod)
        if c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp", "npadvmod") and c.i > obj.i:
            said.append(c)
        if c.dep_ == "dobj" and c.i > obj.i:
            # "called the build-up of forces near its borders a threat": the description
            # parsed as a second object after a long first one
            said.append(c)
        if c.dep_ == "prep" and c.lower_ == "as":
            said.extend(p for p in c.children if p.dep_ in ("pobj", "amod", "acomp"))
        if c.dep_ == "advmod" and c.lower_ in _AHEAD | _BACK and c.i > obj.i:
            said.append(c)  # "called the decision a step backwards", the direction on the verb
    for c in obj.children:  # "called the deployment a provocation", parsed inside the object
        if c.dep_ in ("appos", "amod") and c.i > obj.i:
            said.append(c)
    label = _evaluation(said)
    return (label, signed if signed is not None else obj) if label else None


# The signing of a decision is that decision taken: "called the signing a historic day",
# "said the signing of the agreement was historic".  Only the bare act or one of a decision
# ("the signing of the contracts" or "of the ceasefire's violators" is not).
_SIGNINGS = {"signing", "ratification"}


def _the_day(noun: Any) -> Any | None:
    """ "the day" or "this day" alone ("called the day historic"): the day of the decision
    reported, so what is said of it is said of the decision; not "the day of the attack",
    "the day before", "a sad day" (any day)."""
    # (what is said of it may be parsed inside it: "called the day historic", "historic" an
    # adjective after the noun)
    kids = [c for c in noun.children if not (c.i > noun.i and c.dep_ in ("amod", "appos"))]
    if (
        noun.lower_ == "day"
        and len(kids) == 1
        and kids[0].dep_ == "det"
        and kids[0].lower_ in ("the", "this")
    ):
        return noun
    return None


def _signing_of(noun: Any) -> Any | None:
    """The decision a signing names ("the signing of the accord": the accord; a bare "the
    signing": itself), else None."""
    if noun.lower_ not in _SIGNINGS:
        return None
    of = [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not of:
        return noun
    return of[0] if all(_word(p) in PROPOSAL_NOUNS for p in of) else None


# Good wishes and praise for a person chosen: "wished Guterres well", "wished her every
# success", "called him an excellent candidate", "said it looked forward to working with
# her".  Only a person (a named office holder, or he/she), never a state ("wished Ukraine
# well" is no stance), and only a noun of choosing in a description ("called him an
# excellent diplomat" says nothing of the choice).
_GOOD_WISHES = {"luck", "success"}
_CHOICE_NOUNS = {"candidate", "choice", "pick", "nominee", "appointment", "appointee"}
_PERSON_PRONOUNS = {"him", "her", "he", "she"}
_WISH, _LOOK, _WORK = _inflect("wish"), _inflect("look"), _inflect("work")


# someone leaving, not chosen: "wished him well in his retirement", "the outgoing chief"
_LEAVING = {"retirement", "farewell", "departure", "outgoing", "predecessor", "former", "recovery"}
_NOT_PERSONS = {"council", "assembly", "union", "commission", "alliance", "parliament"}


def _a_person(sent: _Sentence, tok: Any | None) -> bool:
    """A person: an office holder the gazetteer knows, he or she, or a proper name that is no
    state and no body (a candidate is not yet in the office the gazetteer lists)."""
    if tok is None or tok.i in sent.actor_at:
        return False
    if tok.i in sent.person_at or tok.lower_ in _PERSON_PRONOUNS:
        return True
    return (
        tok.tag_ in ("NNP", "NNPS")
        and not tok.text.isupper()
        and tok.lower_ not in _NOT_PERSONS
        and not any(t.lower_ in _NOT_PERSONS for t in tok.subtree)
    )


def _endorses_person(sent: _Sentence, tok: Any) -> tuple[str, Any] | None:
    """(cue, person) when ``tok`` wishes a person chosen well, calls them a good choice or
    looks forward to working with them; None otherwise or when negated."""
    low = tok.lower_
    if low not in _WISH and low not in _CALL and low not in _LOOK:
        return None  # (the one test that rules out most verbs, first: asked of every verb)
    if not tok.tag_.startswith("VB") or _negated(tok) or _conditional(tok) or _hypothetical(tok):
        return None
    if any(t.lower_ in _LEAVING for t in tok.subtree):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children) and any(
        t.dep_ == "mark" and t.lower_ in ("if", "whether") for t in tok.subtree
    ):
        return None  # "would look forward to working with him if he were chosen"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if low in _WISH:
        # "wished him luck" is parsed with the person under the wish ("him" the subject of
        # "luck"), or beside it
        wishes = [
            c for c in tok.children if c.dep_ in ("dobj", "ccomp") and c.lower_ in _GOOD_WISHES
        ]
        near = objs + [k for w in wishes for k in w.children if k.dep_ in ("nsubj", "poss")]
        person = next((c for c in near if _a_person(sent, c)), None)
        wished = bool(wishes) or any(
            c.lower_ == "well" and c.dep_ == "advmod" for c in tok.children
        )
        return (f"{tok.text} {person.text} well", person) if person and wished else None
    if tok.lower_ in _CALL:
        person = next((c for c in objs if _a_person(sent, c)), None)
        if person is None:
            return None
        said = [
            t
            for t in (*tok.children, *person.children)
            if t.dep_ in ("oprd", "attr", "dobj", "appos") and t.i > person.i
        ]
        if any(_word(t) in _CHOICE_NOUNS for t in said) and _evaluation(said) == SUPPORT:
            return f"{tok.text} {person.text} a good choice", person
        return None
    if low in _LOOK and any(c.lower_ == "forward" for c in tok.children):
        for t in tok.subtree:
            if t.lower_ == "with" and t.head.lower_ in _WORK:
                person = next((p for p in t.children if p.dep_ == "pobj"), None)
                if person is not None and _a_person(sent, person):
                    return f"{tok.text} forward to working with {person.text}", person
    return None


def _called_it(sent: _Sentence) -> list[tuple[list[str], str, str, int]]:
    """(actors, label, cue, verb index) for "called it a historic day", "described it as a
    mistake": a pronoun object may be anything (``_described`` leaves it), but in the mouth
    of the state a decision is for or against it is that decision (read only for those)."""
    out: list[tuple[list[str], str, str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_CALL):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        if tok.lower_ not in _CALL or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        # "called the session inappropriate": the sitting that takes the decision, as "it"
        # (the state the decision is taken against, opposing its being taken)
        sitting = (
            obj is not None
            and obj.lower_ in _MEETINGS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children)
        )
        if obj is None or (obj.lower_ not in ("it", "this") and not sitting):
            continue
        said = [c for c in tok.children if c.dep_ in ("oprd", "attr", "acomp", "ccomp")]
        said += [c for c in tok.children if c.dep_ == "dobj" and c.i > obj.i]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                said.extend(p for p in c.children if p.dep_ in ("pobj", "amod", "acomp"))
        label = _evaluation(said)
        who = sent.owners(tok) if label else []
        if label and who:
            cue = f"{tok.text} {'the ' + obj.text if sitting else 'it'}"
            out.append((who, label, f"{cue} {' '.join(t.text for t in said)}", tok.i))
    return out


_STEPS = {"step", "leap", "move", "stride"}
_AHEAD, _BACK = {"forward", "ahead", "forwards"}, {"back", "backward", "backwards"}


def _evaluation(said: list[Any]) -> str | None:
    """The label of what is said of a decision: only negative words (with their modifiers) are
    oppose, only positive ones support; a negation, a mix or nothing evaluative is no label."""
    toks = [
        w
        for t in said
        for w in (t, *(k for k in t.children if k.dep_ in ("amod", "compound", "advmod")))
    ]
    words = {w.lower_ for w in toks}
    # "one-sided", "ill-timed": a hyphenated word the tokenizer split, read whole
    words |= {
        f"{w.nbor(-2).lower_}-{w.lower_}" for w in toks if w.i >= 2 and w.nbor(-1).text == "-"
    }
    if not said or words & {"not", "no", "never", "hardly"}:
        return None
    neg, pos = words & NEGATIVE_WORDS, words & POSITIVE_WORDS
    # the direction parsed beside the step ("called the decision a step | backwards")
    beside = {t.lower_ for t in said if t.dep_ == "advmod" and t.lower_ in _AHEAD | _BACK}
    for t in said:
        # "a step forward" (support), "a step backwards" (oppose): the step's direction
        way = beside | {k.lower_ for k in t.children if k.dep_ == "advmod"}
        if t.lower_ in _AHEAD | _BACK and any(
            k.dep_ == "npadvmod" and k.lower_ in _STEPS for k in t.children
        ):
            way, t = {t.lower_}, next(k for k in t.children if k.lower_ in _STEPS)
        if t.lower_ in _STEPS and way & _AHEAD:
            pos = pos | {t.lower_}
        elif t.lower_ in _STEPS and way & _BACK:
            neg = neg | {t.lower_}
    if any(_too_much(t) for t in said):
        neg = neg | {"too"}
    if neg and not pos:
        return OPPOSE
    if pos and not neg:
        return SUPPORT
    return None


# Saying a decision goes too far is wanting less of it than it gives: "said the plan was too
# high", "called the target too ambitious", "said the proposal went too far", "cut too
# deeply" (oppose).  Saying it falls short ("too weak", ``_TOO_LITTLE``) wants more than it
# gives, which is no stance against it; "too important to fail" (an infinitive after the word)
# is no criticism at all.
_TOO_MUCH = {
    "high", "costly", "expensive", "generous", "ambitious", "harsh", "tough", "sweeping",
    "radical", "intrusive", "burdensome", "onerous", "restrictive", "punitive", "severe",
    "rigid", "far-reaching", "big", "large", "far", "deeply", "deep",
}  # fmt: skip


def _too_much(tok: Any) -> bool:
    """Whether ``tok`` says "too" of a word of excess ("too high", "too far", "too deeply"),
    with no infinitive or clause after it ("too high to ignore")."""
    if tok.lower_ not in _TOO_MUCH:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children)


# Saying a decision runs counter to the Union's (or the bloc's, the members') interests or
# values is saying it harms them: "said the project runs counter to EU interests", "said the
# plan went against European values" (oppose).  Only interests, values, goals or principles
# as what it runs against ("runs counter to expectations" is no judgement of it); the thing
# said of may be a project ("the project", "the pipeline"), which a member backs or fights
# as it does a text.
_COUNTER_VERBS = {f for v in ("run", "go") for f in _inflect(v, "ran", "went", "gone")}
_COUNTER_WHAT = {"interests", "interest", "values", "goals", "principles", "aims", "objectives"}
# and the law the body works under: "ran counter to the United Nations Charter", "runs counter
# to international law" (29-24's memorandum; not "ran counter to expectations")
_COUNTER_WHAT |= {"charter", "law"}
_PROJECT_NOUNS = {"project", "pipeline"}


def _runs_counter(verb: Any) -> bool:
    """Whether ``verb`` runs (goes) counter to, or against, interests, values or goals ("runs
    counter to EU interests", "goes against European values")."""
    if verb.lower_ not in _COUNTER_VERBS:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "counter":
            preps += [k for k in c.children if k.dep_ == "prep" and k.lower_ == "to"]
            preps += [k for k in verb.children if k.dep_ == "prep" and k.lower_ == "to"]
    return any(k.dep_ == "pobj" and k.lower_ in _COUNTER_WHAT for p in preps for k in p.children)


# Saying the decision gives what was wanted is praising it: "said the decision gave industry
# the certainty it needed", "said the deal brings clarity" (support).  Only these goods, not
# "gave Moscow a pretext", and none denied or lessened ("gave no certainty", "less clarity").
_GIVING_VERBS = {f for v in ("give", "bring", "provide", "offer") for f in _inflect(v)}
_GIVING_VERBS |= {"gave", "given", "brought"}
_GOODS_GIVEN = {"certainty", "clarity", "predictability", "stability"}


def _gives_goods(verb: Any) -> bool:
    """Whether ``verb`` gives one of ``_GOODS_GIVEN`` ("gave industry the certainty it
    needed"), unqualified."""
    if verb.lower_ not in _GIVING_VERBS:
        return False
    goods = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _GOODS_GIVEN]
    return bool(goods) and not any(
        k.lower_ in ("no", "less", "little", "more", "any", "false")
        for g in goods
        for k in g.children
    )


# Saying the decision is something, with no cue word: "Moscow said the expansion was a
# threat", "Britain said the decision was historic", "Paris said the plan would be a mistake".
_SAY = {
    f
    for v in ("say", "state", "declare", "insist", "argue", "tell", "add")
    for f in _inflect(v, "said", "told")
}
_BE = {"is", "was", "were", "are", "be", "been", "remains", "remained"}
# Verbs that report speech, whose subject a verb coordinated after the report shares.
_REPORTING = _SAY | {
    f for v in ("stress", "note", "acknowledge", "explain", "announce") for f in _inflect(v)
}


_ANNOUNCING = _REPORTING | {
    f for v in ("signal", "indicate", "warn") for f in _inflect(v, "signalled", "signalling")
}


def _announced(tok: Any) -> bool:
    """A cue told as what its actor said it would do: "Malta said it would veto the fund",
    "signalled that it will block it" (a reported "would" or "will")."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lower_ in _ANNOUNCING
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in tok.children)
    )


_SEND = _inflect("send", "sent")
_BAD_SIGNAL = {"wrong", "bad", "dangerous", "terrible", "disastrous"}


def _wrong_signal(verb: Any) -> bool:
    """Whether a verb says its subject sends a bad message ("sent the wrong message")."""
    return verb.lower_ in _SEND and any(
        k.dep_ == "dobj"
        and k.lower_ in ("message", "signal")
        and any(a.dep_ == "amod" and a.lower_ in _BAD_SIGNAL for a in k.children)
        for k in verb.children
    )


# A decision said to mark something, or to open a new time: "said the accord marked a
# milestone" (the object read as "was a milestone" is), "said the agreement opened a new
# chapter" (support).  Not a chapter of talks ("opened a new chapter in accession talks": a
# literal one) nor a page of a text.
_MARK = {
    f for v in ("mark", "represent", "constitute", "open", "herald", "usher") for f in _inflect(v)
}
_NEW_TIMES = {"chapter", "page", "era"}
_LITERAL_CHAPTERS = {"talks", "negotiations", "accession", "text", "treaty", "book", "report"}
# what a good new chapter is one of: "a new chapter in relations", "in Ukraine's history"
_GOOD_CHAPTERS = {"relations", "ties", "history", "cooperation", "partnership", "integration"}


def _new_chapter(verb: Any) -> bool:
    """Whether ``verb`` opens (marks, ushers in) a new chapter, page or era, and nothing says
    of what but a partnership or a history ("a new chapter of confrontation" is no praise; "a
    new chapter in accession talks" is a literal one)."""
    if any(t.lower_ in _LITERAL_CHAPTERS for t in verb.subtree):
        return False
    for k in verb.subtree:
        if k.lower_ not in _NEW_TIMES or k.head.i != verb.i and k.head.head.i != verb.i:
            continue
        if not any(a.dep_ == "amod" and a.lower_ == "new" for a in k.children):
            return False
        if any(a.dep_ == "amod" and a.lower_ not in ("new", "historic") for a in k.children):
            return False  # "a dangerous new chapter", "a dark new era"
        of = [p for c in k.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        return all(p.lower_ in _GOOD_CHAPTERS or p.tag_ in ("NNP", "NNPS") for p in of)
    return False


# Written words are said ones: "wrote that the veto sends the wrong signal" (a post, a letter);
# only with a clause saying what (what a state writes as a text is ``_PRESENT``'s).
_WROTE = _inflect("write", "wrote", "written")


def _said_evaluation(tok: Any) -> tuple[str, Any] | None:
    """(label, decision noun) when a verb of saying reports that the decision is something
    evaluative (the words of ``_described``); a pronoun subject ("said it was a mistake") is
    not read: it may be anything."""
    if (tok.lower_ not in _SAY and tok.lower_ not in _WROTE) or _negated(tok):
        return None
    for c in tok.children:
        marks = c.lower_ in _MARK
        if c.dep_ != "ccomp" or (c.lower_ not in _BE and not marks) or _negated(c):
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in ("NN", "NNS"):
            continue
        if _signing_of(subj) is not None:
            subj = _signing_of(subj)  # "said the signing was historic"
        elif _word(subj) not in PROPOSAL_NOUNS | AMENDMENT_NOUNS | _VETO_NOUNS:
            continue  # "said the amendments were a pretext": the amendments are a decision too
        if marks and _word(subj) in AMENDMENT_NOUNS | _VETO_NOUNS:
            continue  # (what a text marks or opens, only)
        if marks and _new_chapter(c):
            return SUPPORT, subj  # "said the agreement opened a new chapter"
        said = [k for k in c.children if k.dep_ in (("dobj",) if marks else ("attr", "acomp"))]
        # "said the vote was a step forward", parsed as "forward" with the step under it
        said += [k for k in c.children if k.dep_ == "advmod" and k.lower_ in _AHEAD | _BACK]
        label = _evaluation(said)
        if label and _word(subj) in _VETO_NOUNS:
            return _FLIP[label], subj  # "said the veto was a disgrace": for the text
        if label:
            return label, subj
    for c in tok.children:
        # "said the proposal went too far", "cut too deeply": the decision does too much
        if c.dep_ != "ccomp" or not c.tag_.startswith("VB") or c.lower_ in _BE or _negated(c):
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ in ("NN", "NNS") and _wrong_signal(c):
            # "said the veto sent the wrong message": against what it names, so for the
            # text a block ("veto") stopped
            if _word(subj) in PROPOSAL_NOUNS:
                return OPPOSE, subj
            if _word(subj) in _BLOCK_OBJECTS:
                return SUPPORT, subj
        if (
            subj is not None
            and subj.tag_ in ("NN", "NNS")
            and _word(subj) in PROPOSAL_NOUNS | _PROJECT_NOUNS
            and _runs_counter(c)
        ):
            return OPPOSE, subj  # "said the project runs counter to EU interests"
        if (
            subj is not None
            and subj.tag_ in ("NN", "NNS")
            and _word(subj) in PROPOSAL_NOUNS
            and _gives_goods(c)
        ):
            return SUPPORT, subj  # "said the decision gave industry the certainty it needed"
        if subj is None or subj.tag_ not in ("NN", "NNS") or _word(subj) not in PROPOSAL_NOUNS:
            continue
        if any(k.dep_ == "advmod" and _too_much(k) for k in c.children):
            return OPPOSE, subj
    for c in (*tok.children, *_that_clauses_hung_on_nouns(tok)):
        # "said the embargo was doomed to fail": the evaluative word as a passive participle
        if c.dep_ not in ("ccomp", "acl", "relcl") or c.tag_ != "VBN" or _negated(c):
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubjpass"), None)
        if subj is None or subj.tag_ not in ("NN", "NNS"):
            continue
        if _word(subj) not in PROPOSAL_NOUNS | _VETO_NOUNS:
            continue
        # "told the Assembly that a resolution was needed" (29-12): the speaker wants it
        label = SUPPORT if c.lower_ in _WANTED_PASSIVES else _evaluation([c])
        if label:
            # "said the veto was justified": against the text it stopped
            return (_FLIP[label] if _word(subj) in _VETO_NOUNS else label), subj
        if _word(subj) in PROPOSAL_NOUNS and any(
            v.dep_ == "conj"
            and not any(k.dep_.startswith("nsubj") for k in v.children)
            and _runs_counter(v)
            for v in c.children
        ):
            # "told them that the treaty was aimed against it and ran counter to the
            # Charter" (29-24): the clause joined to the passive one says it of its subject
            return OPPOSE, subj
    return None


_WANTED_PASSIVES = {"needed", "required"}


def _that_clauses_hung_on_nouns(tok: Any) -> list[Any]:
    """The "that" clauses with a passive subject the parser hung as a noun's modifier in the
    saying verb's phrase ("told the Assembly before the vote that a resolution was needed",
    parsed with the clause on "vote": 29-12): a clause with "that" and a subject of its own
    is what was said (test_draft_nato29)."""
    return [
        k
        for p in tok.children
        if p.dep_ in ("prep", "dobj")
        for k in p.subtree
        # (or as a relative clause: "in a memorandum last week that the treaty was aimed
        # against it", 29-24; a relative "that" is the clause's subject, not its mark)
        if k.dep_ in ("acl", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
        and any(m.dep_ == "nsubjpass" for m in k.children)
    ]


# Putting a text before the body is sponsoring it: "Presenting the text, the Cuban foreign
# minister said ...", "Mexico introduced the resolution" (the passive "introduced by" is read
# through ``AGENT_ONLY``).
_PRESENT = {
    f for v in ("present", "introduce", "author", "co-author", "coauthor") for f in _inflect(v)
} | {
    "wrote",
    "written",  # "Germany, which had written the text"
    "penned",
}
_PRESENTED_TEXTS = {"resolution", "draft", "text", "motion", "proposal", "initiative"}
# ... or a state's candidacy for membership put before the body ("presented the Swiss
# candidacy in the Assembly": 29-10, test_draft_nato29)
_PRESENTED_TEXTS |= {"candidacy", "candidature"}


# Putting a text before a body is presenting it: "put the draft to the Assembly", "put it
# before the Council" (not "put it to a vote", a presiding member's procedure, read by
# ``_calls_vote``, nor "put the text to Geneva", a place).
_PUT = {"put", "puts", "putting"}
_BODIES_PUT_TO = {"assembly", "council", "conference"}


def _presents(tok: Any) -> Any | None:
    if tok.lower_ in _PUT and not _negated(tok) and not _hypothetical(tok):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or (obj.lower_ not in _PRESENTED_TEXTS and obj.lower_ not in ("it", "them")):
            return None
        to_body = any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "before")
            and any(p.dep_ == "pobj" and p.lower_ in _BODIES_PUT_TO for p in c.children)
            for c in tok.children
        )
        return obj if to_body else None
    if tok.lower_ not in _PRESENT:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.lower_ in _PRESENTED_TEXTS else None


# Asking for a decision.  The nouns need what is asked for: "pleas to impose a no-fly zone",
# "a request for membership" ("Hungary's demands" alone may be conditions against the text).
REQUEST_NOUNS = {
    *("plea", "pleas", "request", "requests", "appeal", "appeals", "bid", "bids"),
    *("call", "calls"),  # "Hungary's call for a rescue fund", "Merkel's call to give ... a veto"
}
_ASK = {
    f
    for v in ("ask", "urge", "implore", "beg", "press", "call", "appeal", "plead", "exhort")
    for f in _inflect(v, "begged", "begging")
}
# Who is asked: the deciders ("the council", "allies", "the West"), not one state
# ("urged Ankara to ratify" is read from the infinitive's own cue).
DECIDERS = {
    "europe",  # "urged Europe to follow suit"
    "europeans",
    "council",
    "assembly",
    "alliance",
    "nato",
    "eu",
    "union",
    "bloc",
    "allies",
    "members",
    "west",
    "leaders",
    "states",
    "countries",
    "governments",
    "partners",
    "community",
    "world",
    "un",
}
# What the deciders may be asked to do that holds the decision back: no stance for it.
_HOLD_BACK = {
    f
    for v in (
        "delay",
        "postpone",
        "defer",
        "wait",
        "reconsider",
        "drop",
        "abandon",
        "shelve",
        "refrain",
        "withdraw",
        "reject",
        "block",
        "veto",
        "oppose",
        "hold",
        "pause",
        "rethink",
        "revise",
        "amend",
        "soften",
    )
    for f in _inflect(v, "withdrew", "withdrawn", "held", "vetoes", "vetoed")
}


def _hold_back(verb: Any) -> bool:
    """An infinitive that holds the decision back, or that has a stance of its own (read
    from its own cue): "to delay the vote", "to reject the draft", "to back the text"."""
    low = verb.lower_
    if low in _HOLD_BACK or _negated(verb):
        return True
    entry = VERBS.get(low)
    if entry is not None and entry[1] in (SUPPORT, OPPOSE):
        if entry[2] != REACTION:
            return True  # "to back the text", "to block it": that cue is the stance
        obj = _target(verb)  # a reaction is a stance only on the decision or its obstacles
        if obj is not None and (_word(obj) in PROPOSAL_NOUNS or obj.lower_ in NEGATIVE_OBJECTS):
            return not _condemns_a_pronoun(verb)
    return any(c.dep_ == "prt" and (low, c.lower_) in PHRASAL for c in verb.children)


def _condemns_a_pronoun(verb: Any) -> bool:
    """ "to condemn it", "to denounce them": a condemnation of a bare pronoun.  Asked of the
    deciders ("urged the Assembly to condemn it") the condemnation is their decision, so the
    pronoun is the deed condemned, not the text; "to condemn the resolution" names the text."""
    entry = VERBS.get(verb.lower_)
    obj = _target(verb)
    return (
        entry is not None
        and entry[0] in _NEGATIVE_REACTIONS - {"dismiss", "regret"}
        and obj is not None
        and obj.lower_ in ("it", "this", "them")
    )


def _asks_for_decision(noun: Any) -> bool:
    """A request noun that asks for something: "pleas to impose a no-fly zone" (an
    infinitive not holding the decision back, or one asking the deciders to act: "a US request
    for NATO to begin planning") or "a request for membership" (a decision)."""
    for c in noun.children:
        if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "for" for k in c.children):
            return _deciders_asked(c) is not None
        if (
            c.dep_ in ("acl", "relcl")
            and c.tag_ == "VB"
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        ):
            return not _hold_back(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            return obj is not None and (_word(obj) in PROPOSAL_NOUNS or obj.lower_ in _TOPIC_OF)
    # "turned down Georgia's pleas to send warships", with the infinitive hung on the verb
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 < len(doc) and doc[after].lower_ == "to" and doc[after].dep_ == "aux":
        todo = doc[after].head
        if todo.tag_ == "VB" and todo.dep_ in ("advcl", "xcomp") and todo.head.i == noun.head.i:
            return not _hold_back(todo)
    # "blocked a US request on Monday for NATO to begin planning": the "for" clause asking
    # the deciders to act, hung on the verb after a phrase of when
    return noun.dep_ == "dobj" and any(
        todo.i > noun.i and _deciders_asked(todo) is not None for todo in noun.head.children
    )


def _asks_deciders(sent: _Sentence, tok: Any) -> tuple[Any, Any] | None:
    """ "urged the council to condemn the referendum", "asked the West to close the skies",
    "called on allies to send troops": the deciders asked to do something that is not holding
    the decision back, nor a way of seeing or behaving ("urged the alliance to view its
    development rationally", "to show restraint": no decision is asked for); the addressee and
    the infinitive are returned."""
    asked = _asked(sent, tok)
    if asked is None or _hold_back(asked[1]) or asked[1].lower_ in _CONDUCT | _REVERSE:
        return None
    return asked


def _asks_reversal(sent: _Sentence, tok: Any) -> tuple[Any, Any] | None:
    """ "urged the alliance to reconsider", "called on the Council to scrap the plan": the
    deciders asked to undo the decision itself (no object, or the decision as object) oppose
    it.  Not "to drop its objections" (removing an obstacle is backing it, read from the
    infinitive's own cue) nor "to withdraw the troops" (an object that is not the decision)."""
    asked = _asked(sent, tok)
    if asked is None or asked[1].lower_ not in _REVERSE or _negated(asked[1]):
        return None
    obj = next((c for c in asked[1].children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and _word(obj) not in PROPOSAL_NOUNS - {"pledge", "commitment"}:
        return None
    return asked


# A way of seeing or behaving the deciders may be asked for: no decision ("urged the alliance
# to view China's development rationally", "urged members to show restraint").
_CONDUCT = {
    f
    for v in (
        "view",
        "see",
        "regard",
        "treat",
        "consider",
        "look",
        "show",
        "exercise",
        "remain",
        "stay",
        "respect",
        "avoid",
        "stop",
        "cease",
        "understand",
        "think",
        "speak",
    )
    for f in _inflect(v, "saw", "seen", "thought", "spoke", "spoken", "stopped")
}
# Undoing the decision: asking the deciders for it is opposing it.
_REVERSE = {
    f
    for v in ("reconsider", "rethink", "reverse", "scrap", "drop", "abandon", "rescind", "revoke")
    for f in _inflect(v, "dropped", "scrapped")
}


def _asked(sent: _Sentence, tok: Any) -> tuple[Any, Any] | None:
    """The deciders (not one state) a verb of asking addresses, and the infinitive they are
    asked to do: "urged the council to condemn ...", "called on allies to send troops"."""
    if tok.lower_ not in _ASK:
        return None
    whom = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if whom is None:
        on = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "with")),
            None,
        )
        whom = next((p for p in on.children if p.dep_ == "pobj"), None) if on else None
    if whom is not None and whom.lower_ == "rest":
        # "called on the rest of the EU to follow": the deciders other than the asker
        whom = next(
            (p for c in whom.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"),
            whom,
        )
    if whom is None or whom.lower_ not in DECIDERS or whom.i in sent.actor_at:
        return None
    todo = next(
        (c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.tag_ == "VB"),
        None,
    )
    if todo is None and whom is not None:
        todo = next(
            (c for c in whom.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"), None
        )
    if todo is None or not any(k.dep_ == "aux" and k.lower_ == "to" for k in todo.children):
        return None
    return whom, todo


_CALL_VOTE = _inflect("call") | _inflect("force", "forced")
_CHAIRING = {"presidency", "chair", "chaired", "chairs", "chairing", "presided", "presides"}


def _calls_vote(tok: Any) -> Any | None:
    """ "called the vote", "forced a vote on the text", "put the draft to a vote": the one who
    brings a text to its vote backs it (its sponsors, in the Security Council).  A recorded or
    procedural vote is not read: in the Assembly its opponents request one; nor is "called
    for a vote", a procedure (``_asks_a_vote_or_delay``)."""
    low = tok.lower_
    if low in _CALL_VOTE:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    elif low in _PUT:
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        text = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if text is None or text.lower_ not in _PRESENTED_TEXTS | {"it"}:
            return None
    else:
        return None
    if obj is None or obj.lower_ != "vote":
        return None
    if any(c.lower_ in ("recorded", "procedural") for c in obj.children):
        return None
    if low in _CALL and any(
        (
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")
            or (c.dep_ == "dobj" and c.i > obj.i)
            or (c.dep_ == "prep" and c.lower_ == "as")
        )
        and c.tag_ != "PRP"  # "would call the vote themselves"
        for c in tok.children
    ):
        return None  # "called the vote a 'one-sided' resolution": describing it, not calling it
    if any(t.lower_ in _CHAIRING for t in tok.doc):
        return None  # "Luxembourg, which holds the presidency, called the vote": procedure
    return obj


_REFRAIN = _inflect("refrain")
_DECLINE = _inflect("decline")
_VOTE_FORMS = _inflect("vote")


def _refrains_from_voting(tok: Any) -> bool:
    """ "refrained from voting", "declined to vote" (not negated): staying out of the vote."""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if tok.lower_ in _REFRAIN:
        return any(
            c.dep_ == "prep"
            and c.lower_ == "from"
            and any(p.lower_ in _VOTE_FORMS for p in c.children)
            for c in tok.children
        )
    if tok.lower_ in _DECLINE:
        return any(c.dep_ == "xcomp" and c.lower_ in _VOTE_FORMS for c in tok.children)
    return False


# Signing the decision's text is support: "Turkey signed the protocol"; a letter or a
# statement signed is not the decision.
_SIGN = _inflect("sign")
_SIGNED_TEXTS = (PROPOSAL_NOUNS - {"it", "this", "them", "vote", "result", "outcome", "tally"}) | {
    "protocol",
    "protocols",
    "accord",
    "pact",
    "charter",
    "charters",
    "convention",
    # the texts signed together ("put their signatures to the texts", "signed the documents")
    "texts",
    "documents",
    "treaties",
    "agreements",
    "accords",
    # a summit's written outcome, signed by each leader ("but signed the communique")
    "communique",
    "communiqué",
}


def _signs(tok: Any) -> Any | None:
    if tok.lower_ not in _SIGN:
        return None
    if any(c.dep_ in ("prt", "prep") and c.lower_ in ("up", "on", "off") for c in tok.children):
        return None  # "signed up to", "signed off on": phrasal cues
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if (
        obj is not None
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
        and any(
            c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "against")
            for c in obj.children
        )
    ):
        # "signed a declaration against the directive" ("a declaration opposing it"): a
        # statement about the decision, not its text (its own words may say either side);
        # not "signed the directive, which Belgium opposed"
        return None
    return obj if obj is not None and _word(obj) in _SIGNED_TEXTS else None


_SIGNING_NOUNS = {"signing", "signature"}
# what undoes or puts off a signing: its partners' stance is not told ("delayed the signing of
# the treaties with ...")
_SIGNING_STOPPED = {
    f
    for v in ("delay", "postpone", "block", "halt", "suspend", "cancel", "prevent", "veto", "stop")
    for f in _inflect(v)
} | {"put", "held", "hold", "holding"}


def _signed_with(sent: _Sentence, tok: Any) -> tuple[Any, list[str]] | None:
    """ "the signing of accession treaties with Austria and Sweden": (the treaties, the states
    they are made with).  Not "a trade agreement with China" (a deal in passing, as in
    ``_with_another_state``), nor a signing delayed or blocked, nor one denied."""
    if tok.head.lower_ in _SIGNING_STOPPED or _negated(tok.head):
        return None
    hosts = [tok]
    for c in [*tok.children, *tok.head.children]:
        if c.i == tok.i + 1 and _time_phrase(c):
            # "the signing on Friday of the treaties": the "of" may hang on the day (29-17)
            hosts += [p for p in c.children if p.dep_ == "pobj"]
    of = next((c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    treaty = of and next((c for c in of.children if c.dep_ == "pobj"), None)
    if treaty is None or _word(treaty) not in _SIGNED_TEXTS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in treaty.children):
        return None
    for c in [*treaty.children, *tok.children]:
        if c.dep_ == "prep" and c.lower_ == "with":
            partner = next((p for p in c.children if p.dep_ == "pobj"), None)
            who = sent.actors_of(partner, pronouns=False) if partner is not None else []
            if who:
                return treaty, who
    return None


def _with_another_state(sent: _Sentence, tok: Any, signed: Any) -> bool:
    """Whether the text signed is "a/an" agreement made "with" a state (or its leader):
    "signed an economic cooperation agreement with Chinese President Hu Jintao", a deal
    between two states told in passing, not the council's decision (read as support for it:
    an inversion, issue 13, heldout28).  No stance; "signed the agreement" and a deal "with
    the EU" (a body, which may be the decision's own party) keep their reading."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in signed.children):
        return False
    for c in [*signed.children, *tok.children]:
        if c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj" and any(sent.actor_at.get(w.i) for w in p.subtree):
                    return True
    return False


def _signs_it(sent: _Sentence, tok: Any) -> Any | None:
    """ "it" as what is signed ("said he will be the first to sign it") when it can stand for
    nothing in its own sentence (no common noun before it) and the sentence before names a
    text that is signed ("The treaty will be opened for signature ...")."""
    if tok.lower_ not in _SIGN:
        return None
    if any(c.dep_ in ("prt", "prep") and c.lower_ in ("up", "on", "off") for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ != "it":
        return None
    if tok.dep_ == "conj" and any(
        c.dep_ == "dobj" and _word(c) in _SIGNED_TEXTS for c in tok.head.children
    ):
        # "criticised the plan but signed it anyway": "it" is the text of the verb it is
        # joined to (read from the criticism alone: an inversion, issue 13, red team 18)
        return obj
    if any(t.tag_ in ("NN", "NNS") for t in sent.doc[: obj.i]):
        return None  # "Russia read the report and signed it": it may be that noun
    before = set(re.findall(r"[a-z]+", sent.before.lower()))
    return obj if before & _SIGNED_TEXTS else None


# The rest of the deciders, as a signer's companions: "the others", "the rest of the members"
# (and a group noun with "other" or an owner: "the other allies", "its partners").
_OTHERS_WORDS = {"others", "rest"}


def _the_others(o: Any) -> bool:
    """Whether the noun ``o`` is the rest of the deciders: "the others", "the rest of the
    members", "the other allies", "its partners" (not "France", nor "some allies")."""
    if o.lower_ in _OTHERS_WORDS:
        return True
    return o.lower_ in GROUP_NOUNS and any(
        (k.dep_ == "amod" and k.lower_ == "other")
        or (k.dep_ == "poss" and k.lower_ in ("its", "their"))
        for k in o.children
    )


def _with_others(c: Any) -> Any | None:
    """The companions of a "with" phrase that names the rest of the deciders: "along with the
    other allies", "alongside the others", "together with its partners" (``c`` is the verb's
    child: the preposition, or "along" / "together" holding it); else None."""
    preps = [c]
    if c.lower_ in ("along", "together"):
        preps = [k for k in c.children if k.dep_ == "prep"]
    for p in preps:
        if p.dep_ != "prep" or p.lower_ not in ("with", "alongside"):
            continue
        for o in p.children:
            if o.dep_ == "pobj" and _the_others(o):
                return o
    return None


def _signs_with_others(tok: Any) -> Any | None:
    """ "Greece signed along with the other allies", "Turkey signed alongside the others":
    signing with no object of its own, beside the rest of the deciders, is signing what they
    sign (the decision).  Signing "with France" (a state, not the others) says nothing of what
    was signed.  Returns the companions' noun, or None."""
    if tok.lower_ not in _SIGN:
        return None
    if any(c.dep_ == "dobj" or (c.dep_ == "prt" and c.lower_ != "along") for c in tok.children):
        return None  # "signed a letter with the others", "signed up along with them"
    for c in tok.children:
        others = _with_others(c)
        if others is not None:
            return others
    return None


def _said_also(tok: Any) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in tok.children)


def _also_signs(tok: Any) -> bool:
    """ "Greece also signed.", "Turkey signed too.": signing with no object, no preposition and
    no clause, but "also" or "too", is signing what the sentence before says was signed (as
    "Britain also agreed"); "has not signed" is left alone (not yet is no stance).  So is a
    bare signing told as done, with only a clause or phrase of when ("She signed after the
    final wording was agreed", after a threat not to sign: the later act is the stance), not
    "will sign" (an intention) nor "signed if ..." (a condition)."""
    if not tok.tag_.startswith("VB"):
        return False
    kids = list(tok.children)
    # "added his signature" with no text named ("to the treaty", see _puts_name_to): signing
    # as bare "signed" is
    signature = [
        c
        for c in kids
        if c.dep_ == "dobj"
        and c.lower_ in ("signature", "signatures")
        and all(k.dep_ == "poss" for k in c.children)
    ]
    if tok.lower_ not in _SIGN and not (tok.lower_ in _PUT_NAME and signature):
        return False
    if _said_also(tok):
        return not any(
            c.dep_ not in ("nsubj", "aux", "advmod", "punct", "cc") and c not in signature
            for c in kids
        )
    aux = [c.lower_ for c in kids if c.dep_ == "aux"]
    # (the parser may tag a past tense after a comma-set subject as a participle: "Belgium's
    # prime minister, Elio Di Rupo, signed first" has "signed" VBN as its root, with no
    # auxiliary, so no passive and no perfect)
    past = tok.tag_ == "VBD" or tok.tag_ == "VBN" and tok.dep_ == "ROOT"
    return (
        # "signed", "has signed", not "will sign", "would have signed"
        (past and not aux or tok.tag_ == "VBN" and aux in (["has"], ["have"]))
        and any(c.dep_ == "nsubj" for c in kids)
        and not any(
            c.dep_ not in ("nsubj", "aux", "advmod", "punct", "cc")
            and c not in signature
            and not _when_clause(c)
            and not _time_phrase(c)
            and not _order_phrase(c)
            for c in kids
        )
    )


_ORDER_KINDS = {"alphabetical", "alphabetic"}


def _order_phrase(c: Any) -> bool:
    """A phrase that only tells the order the signers came in: "in alphabetical order", "in
    turn" ("Belgium signed first in alphabetical order": a signing told as done).  "in order
    to ..." (a purpose) or "in protest" is no such phrase."""
    if c.dep_ != "prep" or c.lower_ != "in":
        return False
    objs = [p for p in c.children if p.dep_ == "pobj"]
    if len(objs) != 1 or len(list(c.children)) != 1:
        return False
    obj = objs[0]
    kids = list(obj.children)
    if obj.lower_ == "turn":
        return not kids
    return (
        obj.lower_ == "order"
        and any(k.dep_ == "amod" and k.lower_ in _ORDER_KINDS for k in kids)
        and all(k.dep_ in ("amod", "det") for k in kids)
    )


def _time_phrase(c: Any) -> bool:
    """A phrase that only dates an act: "on Friday", "in March", "last week"."""
    if c.dep_ == "npadvmod":
        return c.lower_ in _CALENDAR | _EARLIER_UNITS | {"weekend", "night", "evening"}
    return (
        c.dep_ == "prep"
        and c.lower_ in ("on", "in")
        and any(p.dep_ == "pobj" and p.lower_ in _CALENDAR for p in c.children)
    )


# "put his name to it", "added its signature to the declaration": signing it
_PUT_NAME = {f for v in ("put", "set", "add") for f in _inflect(v, "added")}
_SIGNATURE = {"name", "names", "signature", "signatures"}


def _puts_name_to(tok: Any) -> Any | None:
    """The text an actor "put its name to" (signed), else None."""
    if tok.lower_ not in _PUT_NAME or not any(
        c.dep_ == "dobj" and c.lower_ in _SIGNATURE for c in tok.children
    ):
        return None
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and _word(obj) in _SIGNED_TEXTS | _NAMED_TO else None


# what leaders "put their names to" besides the signed texts: a summit's agreed wording or
# statement ("all put their names to the wording", 29-20; test_draft_eu29)
_NAMED_TO = {"it", "this", "wording", "statement", "declaration"}


def _bare_agree(tok: Any) -> bool:
    """ "Britain's defence secretary also agreed.": *agree* with no complement at all is
    assent to what the sentence before reports (as is agreeing "along with the other allies");
    so is *agree* with only a clause or phrase of
    when ("agreed after the statement spelled out that ...", "agreed once its concerns were
    met", "agreed after a night of talks"), not of a condition ("agreed if ...")."""
    return tok.lower_ in ("agreed", "agrees", "agree") and not any(
        c.dep_ not in ("nsubj", "aux", "advmod", "punct", "cc", "neg", "conj")
        and not _when_clause(c)
        and not _when_only(c)  # "agreed in the end", "agreed on Sunday"
        and _with_others(c) is None  # "agreed along with the other allies"
        for c in tok.children
    )


_END_WORDS = {"end", "last"}  # "in the end", "at last"


def _when_only(c: Any) -> bool:
    """A phrase that says only when an assent came: a date (``_time_phrase``: "on Sunday",
    "last week") or the end of a wait ("in the end", "at last")."""
    if _time_phrase(c):
        return True
    return (
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(o.dep_ == "pobj" and o.lower_ in _END_WORDS for o in c.children)
    )


_WHEN_MARKS = {"after", "once", "when"}


def _when_clause(c: Any) -> bool:
    """A clause or phrase that says when an assent came, not what was assented to: "agreed
    after the statement spelled out ...", "agreed once that was made clear", "agreed after
    talks" (not "unless" or "if": a condition is no assent yet)."""
    if c.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in c.children)
    return c.dep_ == "prep" and c.lower_ == "after"


# Campaigns and appeals: the noun's "for X" or "against X" is the stance of the one who leads,
# joins or signs it ("led the campaign for the target", "signed an appeal for it").
_EFFORT_NOUNS = {
    "campaign",
    "push",
    "drive",
    "effort",
    "efforts",
    "charge",
    "appeal",
    "call",
    "calls",
    "lobbying",
    "crusade",
    "fight",
}
_EFFORT_VERBS = {
    f
    for v in ("lead", "head", "spearhead", "join", "sign", "mount", "wage", "launch", "co-sign")
    for f in _inflect(v, "led")
}


# Leading or joining the states that take a stance is taking it: "led the countries
# resisting the text", "joined the members that backed the plan", "headed a group of states
# opposed to it".
_GROUP_LEADS = {f for v in ("lead", "head", "spearhead", "join") for f in _inflect(v, "led")}
# (the groups a state leads or joins, group heads such as "bloc" included; ``GROUP_NOUNS``
# below is the other list, of groups whose members a phrase names: "allies", "others" ...)
_LED_GROUP_NOUNS = {
    "countries",
    "states",
    "nations",
    "members",
    "governments",
    "delegations",
    "group",
    "bloc",
    "camp",
    "coalition",
}


def _group_stance(sent: _Sentence, noun: Any) -> tuple[str, Any, Any] | None:
    """(label, the group noun, the cue's object) for a group noun whose participle or
    relative clause carries a cue with an object that is no actor ("the countries resisting
    the text", "the states that backed the plan", "a group of states opposed to it"); None
    when the cue is negated or its object is an actor."""
    heads = [noun] + [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.lower_ in _LED_GROUP_NOUNS
    ]
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("acl", "relcl", "amod") or _negated(c):
                continue
            entry = VERBS.get(c.lower_) or ADJECTIVES.get(c.lower_)
            if entry is None:
                continue
            label = entry[1] if len(entry) == 3 else entry[0]
            if label not in (SUPPORT, OPPOSE):
                continue
            obj = _target(c) or next(
                (p for k in c.children if k.dep_ == "prep" for p in k.children if p.dep_ == "pobj"),
                None,
            )
            if obj is None or obj.i in sent.actor_at or obj.i in sent.person_at:
                return None
            if _word(obj) not in PROPOSAL_NOUNS and obj.lower_ not in ("it", "them"):
                return None
            return label, h, obj
    return None


_DELAY_OBJECTS = {"delay", "delays", "postponement", "deferral"}


def _effort(sent: _Sentence, verb: Any) -> tuple[str, Any, Any] | None:
    """(label, the effort noun, what it is for or against) for "led the campaign for the
    target", "signed an appeal for the target", "joined the push against the plan".  What it
    is for must not be an actor ("led calls for Russia ..." is about Russia, not a stance)."""
    if verb.lower_ not in _EFFORT_VERBS or _negated(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is not None and verb.lower_ in _GROUP_LEADS and noun.lower_ in _LED_GROUP_NOUNS:
        return _group_stance(sent, noun)
    if noun is None or noun.lower_ not in _EFFORT_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "against"):
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is None or obj.i in sent.actor_at or obj.i in sent.person_at:
                return None
            if obj.lower_ in _DELAY_OBJECTS:
                # "led the call for a delay": against deciding now, whether the decision was
                # then put off or taken; "the campaign against a delay": for it
                # (test_draft_delay31)
                return (OPPOSE if c.lower_ == "for" else SUPPORT), noun, obj
            return (SUPPORT if c.lower_ == "for" else OPPOSE), noun, obj
        if _calls_deciders_to_act(sent, c):
            # "had led calls for the bloc to step in": asking the deciders to act, as
            # "urged the bloc to step in" is
            return SUPPORT, noun, c
    for c in verb.children:
        # the same clause hung on the verb by the parser ("led calls for the bloc to step
        # in, and already has ..."), when its "for" follows the noun directly
        if (
            c.dep_ == "advcl"
            and c.left_edge.i == noun.i + 1
            and c.left_edge.lower_ == "for"
            and _calls_deciders_to_act(sent, c)
        ):
            return SUPPORT, noun, c
    return None


_LEAD_VERBS = {f for v in ("lead", "head", "spearhead") for f in _inflect(v, "led")}


# What a state leading it is on the side of, with nothing saying to what: "led the
# opposition" (against the decision told), "led the push" (for it).
_LED_SIDES = {"opposition": OPPOSE, "resistance": OPPOSE, "push": SUPPORT, "drive": SUPPORT}


def _led_resistance(sent: _Sentence, verb: Any) -> Any | None:
    """ "Russia led the opposition", "Poland and Hungary led the resistance", "the United
    States, which led the opposition", "Washington and London led the push": a state (not a
    person: "Corbyn led the opposition" is a party's role) heading the opposition or the push,
    with nothing saying whose or to what ("the Syrian opposition", "the resistance to Russia":
    not the decision's opponents; "the opposition to the text" is read by the stance nouns,
    "the push for talks" by ``_effort``); the noun (its side in ``_LED_SIDES``), else None."""
    if verb.lower_ not in _LEAD_VERBS or not verb.tag_.startswith("VB") or _negated(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in _LED_SIDES:
        return None
    if any(c.dep_ in ("xcomp", "advcl") and c.i > noun.i for c in verb.children):
        return None  # "led the push to delay the vote": the infinitive, parsed on the verb
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ == "the":
            continue
        # "led the resistance to the plan" (not "to Napoleon": against a state)
        if (
            noun.lower_ == "resistance"
            and c.dep_ == "prep"
            and c.lower_ in ("to", "against")
            and all(_word(p) in PROPOSAL_NOUNS for p in c.children if p.dep_ == "pobj")
        ):
            continue
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.i not in sent.actor_at:
        return None
    return None if any(t.i in sent.person_at for t in subj.subtree) else noun


def _calls_deciders_to_act(sent: _Sentence, todo: Any) -> bool:
    """A clause "for <the deciders> to <act>" on an effort noun ("calls for the bloc to step
    in"), where the act is not holding the decision back, undoing it or a way of behaving
    ("calls for the alliance to show restraint"), nor negated."""
    whom = _deciders_asked(todo)
    return whom is not None and whom.i not in sent.actor_at


def _deciders_asked(todo: Any) -> Any | None:
    """The deciders of a clause "for <the deciders> to <act>" ("for NATO to begin planning"),
    its act neither holding the decision back, undoing it nor a way of behaving."""
    if todo.dep_ not in ("relcl", "acl", "advcl") or todo.tag_ != "VB":
        return None
    kids = list(todo.children)
    if not any(k.dep_ == "mark" and k.lower_ == "for" for k in kids) or not any(
        k.dep_ == "aux" and k.lower_ == "to" for k in kids
    ):
        return None
    whom = next((k for k in kids if k.dep_ == "nsubj"), None)
    if whom is None or whom.lower_ not in DECIDERS:
        return None
    return None if _hold_back(todo) or todo.lower_ in _CONDUCT | _REVERSE else whom


_GIVE = _inflect("give", "gave", "given")


# The rest of the deciders as the ones a member joins: "the other allies", "the other
# fourteen", "the others", "the rest of the Council" (a number or a group noun after "other").
_DECIDER_NOUNS = {
    "countries",
    "states",
    "governments",
    "nations",
    "allies",
    "partners",
    "leaders",
    "ministers",
    "delegations",
    "ambassadors",
    "heads",
    "council",
    "members",
}
# What the deciders do together, in "joined the others in ...": taking or stating the
# decision ("in approving the plan", "in calling the strikes unlawful", "in condemning the
# attack").  A vote or a refusal is read by the vote and negation rules, not here.
_JOINT_ACTS = {
    f
    for v in (
        "approve",
        "adopt",
        "back",
        "endorse",
        "support",
        "sign",
        "agree",
        "call",
        "condemn",
        "denounce",
        "deplore",
        "urge",
        "demand",
        "welcome",
        "issue",
        "express",
        "impose",
        "extend",
        "renew",
        "launch",
        "authorise",
        "authorize",
    )
    for f in _inflect(v)
}
# Acts that turn against their object: joining them is support only when the object is not
# the decision itself ("in condemning the attack", not "in condemning the resolution").
_AGAINST_ACTS = {f for v in ("condemn", "denounce", "deplore", "call") for f in _inflect(v)}


def _joins_the_others(tok: Any) -> Any | None:
    """ "The United States joined the other allies in calling the attack reckless", "Qatar
    joined the other fourteen this time": a member joining the rest of the deciders in what
    they do together takes the decision with them (support).  Returns the others' noun, else
    None: not for joining a named state ("joined France in ...": what France did decides), an
    act of no decision ("joined the others in Brussels" is a place), a vote or refusal (read
    by their own rules), condemning the decision's own text, nor when negated or only
    intended ("refused to join the others in ...")."""
    if tok.lower_ not in _JOIN or not tok.tag_.startswith("VB"):
        return None
    if _negated(tok) or _conditional(tok) or _hypothetical(tok) or _intended(tok):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return None  # "may join the others in ...": not done
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or any(t.ent_type_ in ("GPE", "NORP", "PERSON") for t in obj.subtree):
        return None
    other = any(k.dep_ == "amod" and k.lower_ == "other" for k in obj.children)
    if obj.lower_ not in _OTHERS and not (other and (obj.lower_ in _DECIDER_NOUNS or obj.like_num)):
        return None  # not the rest of the deciders ("some allies", "the talks")
    # a phrase saying only when ("in the end", "on Monday") names no act and no place
    ins = [
        c
        for t in (tok, obj)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "in" and not _when_only(c)
    ]
    if not ins:
        # "joined the other fourteen this time": the act is the decision in focus (but not
        # "joined the others at the table", a place)
        if any(c.dep_ == "prep" and not _when_only(c) for c in tok.children if c.i > obj.i):
            return None
        return obj
    acts = [c for c in ins[0].children if c.dep_ in ("pcomp", "pobj")]
    if len(acts) != 1 or acts[0].lower_ not in _JOINT_ACTS or _negated(acts[0]):
        return None
    act = acts[0]
    if act.lower_ in _AGAINST_ACTS and any(
        t.lower_ in PROPOSAL_NOUNS or t.lower_ in BODY_TEXTS
        for t in act.subtree
        if t.i > act.i and not _in_clause_below(t, act)
    ):
        # "joined the others in condemning the resolution": not the decision (but "condemning
        # Iraq for violating the ceasefire" condemns Iraq: the ceasefire is in the reason)
        return None
    return obj


def _in_clause_below(t: Any, verb: Any) -> bool:
    """Whether ``t`` is in a clause of its own under ``verb`` (a verb between them)."""
    up = t.head
    while up.i != verb.i and up.head.i != up.i:
        if up.tag_.startswith("VB"):
            return True
        up = up.head
    return False


# A presidency's own cause: "made the social summit the flagship of its six months in the
# chair", "the centrepiece of its presidency" (what it championed, support).  A priority
# made so is ``_made_a_priority``'s, of any kind.
_PRIORITY_NOUNS = {"flagship", "centrepiece", "centerpiece", "cornerstone"}
_TERM_NOUNS = {"presidency", "chair", "helm", "chairmanship", "tenure"}


def _made_its_priority(verb: Any) -> Any | None:
    """What ``verb`` ("made") makes the flagship (centrepiece) of a presidency or a term in the
    chair ("made the social summit the flagship of its six months in the chair"), else None;
    not negated, and not the flagship of anything else ("of its car range")."""
    if verb.lower_ not in _MAKE or _negated(verb) or _hypothetical(verb):
        return None
    kids = list(verb.children)
    for role in kids:
        if role.dep_ not in ("dobj", "ccomp", "oprd") or role.lower_ not in _PRIORITY_NOUNS:
            continue
        of = [p for c in role.children if c.lower_ == "of" for p in c.children]
        if not any(t.lower_ in _TERM_NOUNS for p in of for t in p.subtree):
            continue
        # the thing made so: the verb's object before the role noun, or the role noun's
        # subject (the parser's two readings)
        made = [c for c in kids if c.dep_ == "dobj" and c.i < role.i]
        made += [c for c in role.children if c.dep_ == "nsubj"]
        if made:
            return made[0]
    return None


def _gives_way(verb: Any) -> bool:
    """ "Belgium gave way", "Athens finally gave way on the name": resistance ended (as
    "relented"); not negated ("refused to give way")."""
    if verb.lower_ not in _GIVE or _negated(verb):
        return False
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "way"


_CONCERNS = {
    "concerns",
    "concern",
    "objections",
    "objection",
    "demands",
    "reservations",
    "worries",
    "misgivings",
    "conditions",
}
_MET = {
    f
    for v in ("meet", "address", "satisfy", "resolve", "allay", "answer", "accommodate")
    for f in _inflect(v, "met")
}
# A leader's own limits kept in the deal: "his red lines had been protected", "its interests
# were safeguarded".
_KEPT = {f for v in ("protect", "respect", "safeguard", "preserve") for f in _inflect(v)}
_LIMITS = {"lines", "interests"}


def _concerns_met(noun: Any) -> bool:
    """An owned objection answered: "their concerns had been met", "the text met Belgium's
    demands", "once its objections were addressed" (not negated: "its concerns were not
    met")."""
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    head = noun.head
    if noun.lower_ in _LIMITS:
        if noun.lower_ == "lines" and not any(c.lower_ == "red" for c in noun.children):
            return False
        if head.lower_ not in _KEPT:
            return False
    elif noun.lower_ not in _CONCERNS or head.lower_ not in _MET:
        return False
    if not head.tag_.startswith("VB") or _negated(head):
        return False
    if _conditional(head) or _intended(head):
        return False
    return any(c.dep_ == "poss" for c in noun.children)


_WARN_VERBS = {f for v in ("warn", "caution", "fear") for f in _inflect(v)}
_UNDESIRED = NEGATIVE_OBJECTS | {"failure", "inaction", "paralysis"}


# Every form of the verbs a condition may name the decision's adoption with ("if the council
# passes", "if the sanctions were imposed"). Its own name: a module-level _ADOPTED further down
# (past forms only, for a text's fate) used to shadow it, so these forms were never read.
_CONDITION_ADOPTED = {
    f for v in ("adopt", "pass", "approve", "impose", "endorse", "agree") for f in _inflect(v)
}


def _if_adopted(sent: _Sentence, clause: Any) -> Any | None:
    """The decision a warning's consequence is conditioned on: "... would pay a price if the
    measures were adopted", "... would respond if the council passed the text" (the decision
    noun; None when the condition is negated or names no decision)."""
    for c in clause.children:
        if (
            c.dep_ != "advcl"
            or c.lower_ not in _CONDITION_ADOPTED
            or not any(k.dep_ == "mark" and k.lower_ == "if" for k in c.children)
            or _negated(c)
        ):
            continue
        thing = next((k for k in c.children if k.dep_ in ("nsubjpass", "dobj")), None)
        if (
            thing is not None
            and thing.i not in sent.actor_at
            and _word(thing) in PROPOSAL_NOUNS - {"vote", "result", "outcome", "tally", "it"}
        ):
            return thing
    return None


def _warns_of(sent: _Sentence, verb: Any) -> tuple[str, Any] | None:
    """ "warned that the plan would reward Moscow" (oppose): a warning of what the decision
    would do; "warned that a veto would ..." or "that failure would ..." (support: a warning
    of what stands in its way).  Only a modal clause ("would", "could", "will", "might")
    whose subject is the decision, not one with a cue of its own ("warned that it would
    veto").  "it" names the decision only when it cannot be the warner: after a plural or a
    person's subject ("Poland and Lithuania warned that it would ...", "the president warned
    that it ...")."""
    if verb.lower_ not in _WARN_VERBS or _negated(verb):
        return None
    # the clause after the verb (a misparse can hang the sentence before it as a ccomp too)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or _negated(clause):
        return None
    harmful = _harmful_act(sent, clause)
    if harmful is not None:
        return OPPOSE, harmful
    if clause.lower_ in VERBS:
        return None
    if not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might") for c in clause.children
    ):
        return None
    adopted = _if_adopted(sent, clause)
    if adopted is not None:
        # "warned that the United States would pay a price if the measures were adopted": a
        # threat made against the decision's adoption
        return OPPOSE, adopted
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in sent.actor_at:
        return None
    low = subj.lower_
    if low in _UNDESIRED:
        return SUPPORT, subj
    if low in ("it", "this"):
        warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        plural = warner is not None and (
            any(c.dep_ == "conj" for c in warner.children) or warner.tag_ in ("NNS", "NNPS")
        )
        person = warner is not None and warner.i in sent.person_at
        if not (plural or person):
            return None
        return OPPOSE, subj
    if _word(subj) in PROPOSAL_NOUNS - {"vote", "result", "outcome", "tally", "them"}:
        if clause.lower_ in _FOLLOW and any(
            c.dep_ == "amod" and c.lower_ in _MORE for c in subj.children
        ):
            # "warned that more measures would follow": a threat of going further, so for
            # these ones ("that more sanctions would damage relations" is against them)
            return SUPPORT, subj
        return OPPOSE, subj
    return None


_FOLLOW = {f for v in ("follow", "come") for f in _inflect(v, "came")}


# What a warning says an act would do to the warner or to others: "warned that bringing Ukraine
# closer to the alliance would threaten its security", "that accepting the bases would expose
# their countries to retaliation".
_HARMS = {
    f
    for v in (
        "threaten",
        "endanger",
        "expose",
        "undermine",
        "damage",
        "harm",
        "jeopardise",
        "jeopardize",
        "destabilise",
        "destabilize",
        "provoke",
        "imperil",
    )
    for f in _inflect(v)
}
# Acts against a decision or of doing nothing: warning that they would do harm is support for
# the decision ("warned that dropping the plan would threaten ..."), so the act is not read.
_UNDOING = {
    f
    for v in (
        "reject",
        "block",
        "veto",
        "delay",
        "abandon",
        "refuse",
        "halt",
        "end",
        "suspend",
        "lift",
        "withdraw",
        "postpone",
        "shelve",
        "oppose",
        "ignore",
        "fail",
        "leave",
        "exclude",
    )
    for f in _inflect(v)
} | {"dropping", "stopping", "scrapping", "cancelling", "canceling", "quitting", "shutting"}


def _harmful_act(sent: _Sentence, clause: Any) -> Any | None:
    """What a warned-of act does (its object, else the act), when the warning's clause has an
    act for subject (a gerund: "that bringing Ukraine closer to the alliance would threaten its
    security") and says it would do harm (``_HARMS``, with a modal): the decision's act, so
    opposed.  Never an act against something or of doing nothing ("that dropping the plan",
    "that doing nothing would ..."), a negated act ("not accepting"), nor a conditional."""
    if clause.lower_ not in _HARMS or not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might") for c in clause.children
    ):
        return None
    act = next((c for c in clause.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if act is None or act.lower_ in _UNDOING or _negated(act) or _conditional(clause):
        return None
    if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree):
        return None  # "would expose Europe to attack if the talks failed": a condition
    if any(c.dep_ == "neg" for c in act.children):
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is not None and (
        obj.lower_ in ("nothing", "none")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    ):
        return None
    return act if obj is None or obj.i in sent.actor_at else obj


_PROPOSED_THINGS = (PROPOSAL_NOUNS - {"it", "this", "them", "vote", "result", "outcome"}) | {
    "idea",
    "scheme",
    "concept",
    "summit",
    "target",
    "goal",
}


def _puts_forward(participle: Any) -> bool:
    """Whether a proposing participle ("floated", "mooted") has a proposal as what is put
    forward: the noun it describes ("the idea, floated by ...") or its passive subject ("the
    plan was mooted by ...")."""
    if participle.dep_ == "acl":
        thing = participle.head
    else:
        thing = next((c for c in participle.children if c.dep_ == "nsubjpass"), None)
    return thing is not None and _word(thing) in _PROPOSED_THINGS


def _carries(verb: Any) -> bool:
    """Whether a verb's subject owns the stance noun it takes as object: "cast its veto",
    "voiced its opposition", "withdrew its backing" (yes); "called the veto a disgrace",
    "likened the veto to ...", "condemned the veto" (no: the veto is what they comment on)."""
    low = verb.lower_
    return low in CARRIERS or low in REMOVAL or low in _REMOVAL_PHRASAL


def _political_opposition(tok: Any) -> bool:
    """Whether "opposition" names a country's political opposition, not a stance: "the
    Lebanese opposition", "the pro-Russian opposition", "the moderate opposition" (the definite
    article, no owner, and nothing it is opposition to: not "the Dutch opposition to the
    plan", "India's opposition", "US-led opposition")."""
    return (
        tok.lower_ == "opposition"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ == "poss" for c in tok.children)
        and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "against", "over", "on", "from")
            for c in tok.children
        )
    )


# Explaining or defending one's own vote is having cast it: "Explaining its abstention, India
# said ...", "Russia defended its veto" (only the subject's own: "defended the veto", "China's
# veto" may be another's).
_EXPLAIN = {f for v in ("explain", "justify", "defend") for f in _inflect(v)}
_OWN_POSSESSIVES = {"its", "their", "his", "her"}


def _noun_owners(sent: _Sentence, tok: Any) -> list[str]:
    doers = _reacted_doer(sent, tok)
    if doers:
        return doers  # "thanked Italy for its support": Italy's, not the one thanking
    if _political_opposition(tok):
        return []  # "Hezbollah and its allies in the Lebanese opposition"
    if _went_without(tok):
        return []  # "adopted without Hungary's support": what was missing is no stance
    own: list[str] = []
    head = tok.head
    switched = _switch_prep(tok)
    if switched is not None:
        # "Brazil moved from a yes to an abstention": the vote it moved to is its stance; the
        # one it left is none
        return sent.owners(switched[1]) if switched[0] == "to" else []
    if (
        tok.dep_ == "dobj"
        and head.lower_ in _EXPLAIN
        and head.tag_.startswith("VB")
        and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in tok.children)
    ):
        return sent.owners(head)
    carried = tok.dep_ == "dobj" and head.tag_.startswith("VB") and _carries(head)
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            if (
                c.lower_ in _PRONOUNS
                and carried
                and any(k.dep_ in ("nsubj", "agent") for k in head.children)
            ):
                # "Poland withdrew its backing": "its" is the subject's, whatever the
                # previous sentence was about
                return sent.owners(head)
            own.extend(sent.actors_of(c))
    if own:
        return list(dict.fromkeys(own))
    if carried and not _received_by_decision(tok):
        # ("the text had the endorsement of both governments": the "of", below)
        return sent.owners(head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and _OWNED_BY_OF.get(tok.lower_):
        # "with the support of France", "with the backing of Germany and Italy"
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p, pronouns=False)
        ]
    if _received_by_decision(tok):
        # "the fund won the backing of Germany", "the plan drew objections from Hungary"
        # ("from" may hang on the verb; not a denied one: "... but not from Japan")
        return [
            a
            for c in (*tok.children, *(k for k in tok.head.children if k.lower_ == "from"))
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and not _not_by(c)
            for p in c.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p, pronouns=False)
        ]
    if tok.lower_ in _OVERRIDDEN_NOUNS and (_overridden(tok) or tok.lower_ == "wishes"):
        # "adopted over the objections of Hungary", "in the face of opposition from
        # Slovakia", "against the wishes of Hungary": the decision went ahead against the
        # named objector
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children
            if p.dep_ == "pobj"
            for a in sent.actors_of(p, pronouns=False)
        ]
    return []


# Objection nouns a decision is taken over: their owner may follow in an "of" or "from"
# phrase ("over the objections of Hungary", "despite opposition from Slovakia").
_OVERRIDDEN_ONLY = {"misgivings", "reservations", "qualms", "wishes"}
_OVERRIDDEN_NOUNS = {
    "objection",
    "objections",
    "opposition",
    "protests",
    "resistance",
    *_OVERRIDDEN_ONLY,
}


def _went_ahead_over(sent: _Sentence, noun: Any) -> bool:
    """Whether a doubt noun ("misgivings", "reservations") or "wishes" is what the deciders'
    decision went ahead over: "adopted the text despite Polish misgivings", "the text was
    passed over Hungary's reservations", "against the wishes of Hungary".  Not a member's
    own doubts kept while acting ("Italy voted for it despite its reservations"), not doubts
    a pronoun owns ("adopted it despite its misgivings"), and not wishes gone along with
    ("in line with the wishes of Hungary")."""
    if noun.lower_ == "wishes":
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            return False
    elif not _overridden(noun):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in noun.children):
        return False  # "adopted it despite its misgivings": the deciders' own, maybe
    verb = noun.head.head
    while verb.lower_ in ("of", "face", "in") and verb.head.i != verb.i:
        verb = verb.head  # "in the face of ...": the verb the phrase hangs on
    if not verb.tag_.startswith("VB") or _negated(verb):
        return False
    # "the regulation was adopted despite ...": a passive adoption of a thing, not an actor
    adopted = verb.lower_ in _ADOPTED and any(
        c.dep_ == "nsubjpass" and c.i not in sent.actor_at for c in verb.children
    )
    return adopted or _deciders_act(sent, verb)


# A stance noun said only to be needed (or not): "Hungary's support was not needed", "the deal
# did not need Hungary's backing", "Poland's consent is required".  Whether it was given is
# not said.
_NEEDED = {f for v in ("need", "require") for f in _inflect(v)}


def _only_needed(noun: Any) -> bool:
    head = noun.head
    if head.lower_ in _NEEDED and noun.dep_ in ("nsubjpass", "dobj"):
        return True
    # "Hungary's support was not necessary"
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in ("necessary", "needed", "required") for c in head.children
    )


# A stance noun that is what a doubt or fear is about: "growing doubts about American support",
# "fears over Hungary's veto".  Whether that support or veto is given, the sentence does not
# say (nor is it support of this decision).
_QUESTIONED_BY = {"doubts", "doubt", "questions", "uncertainty", "fears", "fear", "worries"}


def _only_doubted(noun: Any) -> bool:
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("about", "over", "on")
        and prep.head.lower_ in _QUESTIONED_BY
    )


# Verbs of a decision taken over someone's stance: "overriding the objections of Britain"
_OVERRIDE_VERBS = {
    f for v in ("override", "overrule") for f in _inflect(v, "overrode", "overridden")
} | {"overruled"}


def _overridden(noun: Any) -> bool:
    """Whether a stance noun is what a decision went ahead over: the object of "over" or
    "despite", or of "in the face of", or of "override" ("overriding the objections of
    Britain, Denmark and Greece": 31-18, test_draft_votes31)."""
    if noun.dep_ == "dobj" and noun.head.lower_ in _OVERRIDE_VERBS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _OVERRIDE_VERBS for c in noun.children):
        return True  # "..., overriding objections from A and B" (the participle parsed as one)
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _OBJECTORS_PREPS:
        return True
    face = prep.head
    return (
        prep.lower_ == "of"
        and face.lower_ == "face"
        and face.dep_ == "pobj"
        and face.head.lower_ == "in"
    )


def _went_without(noun: Any) -> bool:
    """A stance noun named as missing: "without Hungary's support", "without Hungarian backing
    or consent", "without objection from Poland" (the noun, or the first of its conjuncts, is
    the object of "without")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


# Nouns for a group of states whose members a phrase names: "countries such as Italy",
# "several governments, among them Austria".
GROUP_NOUNS = {
    "countries",
    "states",
    "governments",
    "members",
    "capitals",
    "nations",
    "allies",
    "partners",
    "others",
}


# Groups that refer back to states named before them: "the two countries", "both states".
_NUMBERED_GROUP_NOUNS = {"countries", "states", "nations", "governments"}
_GROUP_COUNTS = {"two": 2, "three": 3, "four": 4}

# A group of states led by some of them: "a group of net payers led by Austria".
_GROUP_HEADS = {"group", "coalition", "camp", "bloc", "club", "caucus", "alliance"}


def _conjoined_past_aside(appos: Any, actor_at: dict[int, str]) -> list[Any]:
    """The states hung as conjuncts on a state's description after a comma and "and" that
    close it ("Kenya, the only African member, and Sweden and Norway"): named beside the
    state, not in its description ("Russia, an ally of Syria and Iran," gives none)."""
    cc = next((c for c in appos.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or cc.i == 0 or appos.doc[cc.i - 1].text != ",":
        return []
    return [c for c in appos.children if c.dep_ == "conj" and c.i > cc.i and c.i in actor_at]


def _led_group(t: Any, c: Any) -> bool:
    """``c`` is "led by ..." on a group of states (the group noun, the states themselves, or
    the states of its "of" phrase: "a group of countries ..., led by Portugal and Poland")."""
    if c.dep_ != "acl" or c.lower_ not in ("led", "headed", "spearheaded"):
        return False
    if t.lower_ in _GROUP_HEADS or t.lower_ in GROUP_NOUNS:
        return True  # "a group led by Austria", "eight countries led by France backed it"
    return (
        t.lower_ in GROUP_NOUNS | {"contributors", "payers", "economies"}
        and t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lower_ in _GROUP_HEADS
    )


def _such_as(t: Any, prep: Any) -> bool:
    """A group's members named after "such as": "countries such as Italy"."""
    return (
        t.lower_ in GROUP_NOUNS
        and prep.lower_ == "as"
        and any(k.lower_ == "such" for k in prep.children)
    )


def _active_subject(verb: Any) -> bool:
    """Whether ``verb`` has a subject of its own in the active voice (a noun, not a pronoun
    or a relative word, which name their actors elsewhere; or a part of a group: "most of
    its allies")."""
    kids = list(verb.children)
    return (
        verb.tag_.startswith("VB")
        and any(
            c.dep_ == "nsubj"
            and (
                c.tag_.startswith("NN")
                or c.lower_ in _PART_WORDS
                and any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children)
            )
            for c in kids
        )
        and not any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in kids)
    )


# What a "by" phrase measures a decision by, never who takes it: "rejected by a wide margin",
# "adopted by a show of hands", "by consensus", "by 14 votes"
# (a majority or a vote "of" someone may be the agent: "backed by a majority of governments")
_BY_MEASURES = {"margin", "show", "consensus", "acclamation", "default"}
_BY_COUNTS = {"majority", "vote", "votes"}


def _by_a_margin(by: Any) -> bool:
    """Whether the "by" the parser took for an agent is a measure ("the Council rejected by
    a wide margin a Russian draft": the draft's sponsor is no agent of the rejection)."""
    return any(
        p.dep_ == "pobj"
        and (
            p.lower_ in _BY_MEASURES
            or (p.lower_ in _BY_COUNTS and not any(c.lower_ == "of" for c in p.children))
        )
        for p in by.children
    )


_SUBORDINATORS = {"after", "before", "until", "till", "since", "once", "when", "because"}


def _subject_read_as_object(verb: Any) -> Any | None:
    """The subject of a finite clause the parser read as the object of its conjunction:
    "the deal passed after Germany, which had abstained before, swung behind it" ("Germany"
    parsed as the object of "after", "swung" as a clause with no subject).  Only a finite
    verb with no subject of its own, right after that noun (or after a relative clause set
    off by commas that describes it)."""
    if verb.dep_ not in ("advcl", "conj", "ROOT"):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (
        # a past tense the tagger read as a participle: no auxiliary, no agent
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
    ):
        return None
    if any(c.dep_.startswith("nsubj") or c.dep_ in ("csubj", "expl") for c in verb.children):
        return None
    j = verb.i - 1
    doc = verb.doc
    if j >= 0 and doc[j].lower_ == ",":
        # skip back over ", which had abstained before,"
        rel = doc[j - 1] if j >= 1 else None
        while rel is not None and rel.dep_ != "relcl" and rel.head.i != rel.i:
            rel = rel.head
            if rel.i < j - 12:
                rel = None
        if rel is None or rel.dep_ != "relcl" or doc[rel.left_edge.i - 1].lower_ != ",":
            return None
        j = rel.head.i
    noun = doc[j] if j >= 0 else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in _SUBORDINATORS:
        return None
    if noun.head.head.i == verb.i:
        return None  # "swung behind it after Germany": the phrase is the verb's own
    return noun


def _outvoted(verb: Any) -> bool:
    """ "Was outvoted": a passive of "outvote", whose subject is the one outvoted; told as
    done (not "could simply be outvoted", "feared it would be outvoted": a prospect)."""
    return (
        verb.lower_ == "outvoted"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    )


def _outvoting(verb: Any) -> bool:
    """ "Approved the plan, outvoting Hungary and Slovakia": the active "outvote" under an
    adoption, whose object is the one outvoted and voted against (probe28 29); told as done,
    as for :func:`_outvoted`."""
    return (
        verb.lower_ in ("outvoted", "outvoting", "outvotes", "outvote")
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
        # told of an adoption above it ("approved a plan ..., outvoting Hungary"): the ones
        # outvoted voted against; not "Germany and France outvoted Poland", whose own side
        # the sentence leaves to the article's fate (test_draft_idiom28's near miss)
        and any(a.lower_ in _ADOPTED and not _negated(a) for a in verb.ancestors)
    )


def _won_over(verb: Any) -> bool:
    """ "Was won over": a passive of "win over", whose subject is the one persuaded."""
    return (
        verb.lower_ == "won"
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _opposed_to(verb: Any) -> bool:
    """ "Was opposed to the plan" parsed as a passive: the adjective of a state (the subject
    opposes), with no agent ("was opposed by Spain" is the passive)."""
    return (
        verb.lower_ == "opposed"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_SO_DID = {"did", "do", "does", "has", "have", "had"}
_BE_FORMS = {"was", "were", "is", "are"}


def _of_being(clause: Any) -> bool:
    """Whether ``clause`` is a clause of being: a copula, a passive's or a progressive's
    participle, or an adjective of a copula ("was opposed to it", "were supportive")."""
    return (
        clause.lower_ in _BE_FORMS
        or any(k.dep_ in ("auxpass", "aux") and k.lower_ in _BE_FORMS for k in clause.children)
        or (clause.dep_ in ("acomp", "oprd") and clause.head.lower_ in _BE_FORMS)
    )


def _as_was(clause: Any, c: Any) -> bool:
    """An elliptic "as was Germany" / "as were Spain and Italy" hung on ``clause``, a clause
    of being (:func:`_of_being`): the clause's stance repeated for another subject.  Only
    after such a clause: "France voted for it, as was expected" or "... as were Spain and
    Italy" after a verb of another kind repeat nothing."""
    return (
        c.dep_ == "advcl"
        and c.lower_ in _BE_FORMS
        and c.i > clause.i
        and any(m.lower_ == "as" and m.i == c.i - 1 for m in c.children)
        and _of_being(clause)
        and not any(m.dep_ == "neg" for m in c.children)
    )


def _as_was_subjects(tok: Any) -> list[Any]:
    """The subjects of an elliptic "as was X" repeating the clause of cue ``tok`` (see
    :func:`_as_was`): hung on the cue ("was opposed to it, as was Germany") or on the copula
    of an adjective ("was supportive, as were Spain and Italy")."""
    clauses = [tok, tok.head] if tok.dep_ in ("acomp", "oprd") else [tok]
    return [
        s
        for clause in clauses
        for c in clause.children
        if _as_was(clause, c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _as_they_had_on(tok: Any) -> str | None:
    """The numbered resolution ("resolution 661") of an elliptic "as they had" that repeats the vote of cue
    ``tok`` on an earlier text: "Cuba and Yemen abstained, just as they had on 6 August when
    the Council adopted resolution 661" (or "as it had done on resolution 661") tells their
    vote on 661 too, a decision of its own.  Only the cue's own subject again (a pronoun: "as
    Yemen had on ..." is another state's vote), a bare "had"/"did"/"had done" with nothing of
    its own to do, and a resolution named by its number in that clause (a date alone, "as it
    had on 6 August", names no text: nothing is read for it)."""
    for c in tok.children:
        if (
            c.dep_ != "advcl"
            or c.lower_ not in ("had", "has", "have", "did", "done")
            or not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            or any(k.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "neg") for k in c.children)
            or not any(k.dep_ == "nsubj" and k.lower_ in ("they", "it") for k in c.children)
        ):
            continue
        numbered = [
            f"resolution {k.text}"
            for t in c.subtree
            if t.lower_ == "resolution"
            for k in t.children
            if k.dep_ == "nummod" and k.text.isdigit()
        ]
        return numbered[0] if len(numbered) == 1 else None
    return None


def _voted_together(tok: Any) -> bool:
    """A bare "voted together" ("the five permanent members ... voted together"): no side of
    its own, nothing else it voted with, for or against."""
    return (
        tok.lower_ == "voted"
        and any(c.dep_ == "advmod" and c.lower_ == "together" for c in tok.children)
        and not any(c.dep_ in ("prep", "dobj", "neg", "xcomp") for c in tok.children)
    )


def _added_their_votes(tok: Any) -> bool:
    """A bare "added their votes" / "added its vote" (to no named side: "added its vote to the
    opposition" is read elsewhere or not at all)."""
    return (
        tok.lower_ in ("added", "add", "adds")
        and tok.tag_.startswith("VB")
        and not _negated(tok)
        and not any(c.dep_ in ("prep", "dative") for c in tok.children)
        and any(
            c.dep_ == "dobj"
            and c.lower_ in ("votes", "vote")
            and [k.dep_ for k in c.children] == ["poss"]
            and all(k.lower_ in ("their", "its") for k in c.children)
            for c in tok.children
        )
    )


_SO_DID_ADVERBS = {"so", "too", "also", "likewise"}


def _so_did(c: Any) -> bool:
    """A coordinated "and so did Washington", "and Spain did too": the verb's cue repeated for
    another subject (not "but Spain did not": a negation is no repetition)."""
    return (
        c.dep_ == "conj"
        and c.lower_ in _SO_DID
        and any(m.dep_ == "advmod" and m.lower_ in _SO_DID_ADVERBS for m in c.children)
        and not any(m.dep_ == "neg" or m.lower_ in ("not", "n't", "never") for m in c.children)
    )


def _as_did(c: Any) -> bool:
    """A clause "as did Japan": the verb it hangs on repeated for another subject."""
    return (
        c.dep_ == "advcl"
        and c.lower_ in ("did", "do", "does")
        and any(m.lower_ == "as" for m in c.children)
    )


def _echo_clauses(tok: Any) -> list[Any]:
    """The clauses that repeat the act of the verb ``tok`` for another subject: "as did Japan"
    and "and so did Japan" told after it.  The parse may hang an "as did" on a later verb ("X
    backed it, as did Y; Z opposed it": on "opposed"): Y did as X did, so the clause is the
    verb's that comes before it with no verb between, never the later one's."""
    out = [c for c in tok.children if c.i > tok.i and (_as_did(c) or _so_did(c))]
    # (only with a "did", "do" or "does" in the sentence: its span is not built for nothing)
    if tok.tag_.startswith("VB") and any(t.lower_ in ("did", "do", "does") for t in tok.doc):
        doc = tok.doc
        for c in tok.sent:
            if (
                tok.i < c.i < c.head.i
                and _as_did(c)
                and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc[tok.i + 1 : c.i])
            ):
                out.append(c)
    return out


# The last words of a clause whose verb is left out: "..., Belgium too", "..., Italy as well";
# after a vote, the side alone: "Germany voted for the text, Belgium against".
_GAP_REPEATS = {("too",), ("as", "well"), ("also",)}
_GAP_SIDES = {("against",): OPPOSE, ("for",): SUPPORT, ("in", "favour"): SUPPORT}
_GAP_SIDES[("in", "favor")] = SUPPORT


def _gapped_remnants(
    sent: _Sentence, tok: Any, label: str, vote: bool
) -> list[tuple[list[str], str]]:
    """(actors, label) of each clause after cue ``tok`` that leaves its verb out: "France backed
    the text, Britain too" (the same label), "voted for it, Belgium and Italy against" (a
    vote's side).  The states come right after a comma or "and" and before the remnant's
    last words, which end the sentence or come before a comma, "and" or "but"; no verb may
    stand between the cue and the remnant ("backed it, Belgium did not"; "Belgium the
    amendment" names another object and is left)."""
    doc = sent.doc
    out: list[tuple[list[str], str]] = []
    if not any(a > tok.i for a in sent.actor_at):
        return out  # (each remnant opens with an actor after the cue: with none, no walk)
    i = tok.i + 1
    while i < len(doc):
        if doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD":
            break  # another clause with a verb of its own
        start = i + 1 if doc[i].lower_ == "the" else i
        if start not in sent.actor_at or doc[i - 1].lower_ not in (",", "and"):
            i += 1
            continue
        actors: list[str] = []
        j = start
        while j < len(doc):
            if j in sent.actor_at:
                if sent.actor_at[j] not in actors:
                    actors.append(sent.actor_at[j])
                j += 1
            elif (
                doc[j].lower_ in ("and", ",", "the")
                and j + 1 < len(doc)
                and (
                    j + 1 in sent.actor_at or doc[j + 1].lower_ == "the" and j + 2 in sent.actor_at
                )
            ):
                j += 1
            else:
                break
        words = []
        k = j
        while k < len(doc) and doc[k].lower_ not in _REMNANT_ENDS and not doc[k].is_punct:
            words.append(doc[k].lower_)
            k += 1
        said = tuple(words)
        if said in _GAP_REPEATS:
            out.append((actors, label))
        elif vote and said in _GAP_SIDES:
            out.append((actors, _GAP_SIDES[said]))
        i = k
    return out


# Verbs by which a decision receives a stance ("the fund won the backing of Germany", "the
# plan drew objections from Hungary", "faced opposition from", "enjoyed the support of").
_RECEIVING = {
    f
    for v in ("win", "secure", "get", "receive", "gain", "enjoy", "draw", "face", "meet", "attract")
    for f in _inflect(v, "won", "got", "drew", "drawn", "met")
} | {"has", "had", "have", "having"}  # "the text had the endorsement of both governments"


def _received_by_decision(noun: Any) -> bool:
    """Whether a stance noun is the object of a verb of receiving (``_RECEIVING``) whose
    subject is a decision ("the fund", "the text"), so that its "of" or "from" phrase names
    the stance's owner; not "Germany won the backing of France for its plan" (an actor
    receives it), "without the support of", nor a modal's prospect."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lower_ not in _RECEIVING or not head.tag_.startswith("VB"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False  # "could face opposition from Hungary": a prospect
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _decision_noun(_word(subj))


# Stance nouns whose owner may follow in an "of" phrase after "with": "with the support of
# France" ("without the support of" is not read: it states what was missing, not a stance).
_OWNED_BY_OF = {"support": True, "backing": True, "approval": True, "blessing": True}


def read_stances(
    parsed: Iterable[tuple[int, str, Any, list[tuple[int, int, Any]]]],
    decisions: list[Decision] | None = None,
    lede: int = 1,
    year: int | None = None,
    all_texts: list[str] | None = None,
) -> list[Stance]:
    """Stances in parsed sentences.

    ``parsed``: (sentence index, sentence text, spaCy Doc of the sentence, mentions as
    (start, end, Mention) with offsets relative to the sentence), in article order.
    ``decisions``, when given, receives every decision a cue names, whether or not the cue has
    an actor ("EU leaders agreed to open accession talks" names the membership decision).
    ``lede``: the index of the article's lead sentence (after the headline and a dateline
    line); a state joining the body is read up to there only.  ``year``: the article's year;
    a cue dated to an earlier year ("in 2008") weighs as a past one.  ``all_texts``: every
    sentence of the article by index, read or not (what "the one" in a sentence stands for
    may be named in one with no actor); without it, the sentence read before.
    """
    out: list[Stance] = []
    context: list[str] = []
    last_anchor: str | None = None
    # a second text named by its number ("a second text, resolution 771,"), and the numbers
    # named before it: "backed resolution 770" is then the first text, whatever came last
    rival_number: str | None = None
    numbers_before: set[str] = set()
    lead_text = all_texts[lede] if all_texts and 0 <= lede < len(all_texts) else None
    # who and what the headline and the lead name: the states the reported decision is about
    lead = (
        {m.actor for i, _, _, ms in parsed if i in (0, lede) for _, _, m in ms if m.actor},
        " ".join(all_texts[i] for i in (0, lede) if all_texts and i < len(all_texts)).lower(),
    )
    blocked_elsewhere: dict[str, str] = {}  # actor -> the other state's entry it blocked
    seen: dict[str, str] = {}  # head noun -> kind of decision, in this article
    phrases: dict[str, str] = {}  # anchor -> the words that first named it
    phrase_at: dict[str, tuple[int, int]] = {}  # (sentence, token) of a stance target's words
    texts = _Texts(year)
    failed = adopted = False  # what the article says became of a text
    adopted_anew: dict[int, str] = {}  # sentence -> a text adopted after a veto (its anchor)
    numbered_upto = 0  # sentences looked at for a text's number (see _Texts.numbered)
    outcome_at: set[int] = set()  # reactions to "the result" or "the outcome", in ``out``
    won_at: set[int] = set()  # "the vote was a victory for X", in ``out``
    # "Orban stays out" (ids of its stances in ``out``) and the actors told as refusing the
    # decision ("withheld his approval", "refused to sign"): see the end
    bare_out: set[int] = set()
    refusers: set[str] = set()
    toward: dict[int, list[str]] = {}  # praise or thanks for actors ("thanked Haley"), in ``out``
    acts: list[tuple[Stance, list[str]]] = []  # reactions to an actor's act, and whose act
    targeted: set[str] = set()  # states a decision is taken against (see _targeted_actors)
    defied: list[Stance] = []  # denials, protests ...: opposition if their actor is targeted
    accusers: list[Stance] = []  # accusations of the deciders: opposition whoever makes them
    let_down: list[Stance] = []  # disappointment: support if the decision was blocked
    let_down_by: list[Stance] = []  # "disappointed by the decision": the same, or see the end
    entrants: set[str] = set()  # states a membership or entry decision is for
    wanting: list[Stance] = []  # their claims to have met the criteria ...: support
    previous_list: list[str] = []  # see _Sentence.previous_list
    previous_subjects: list[str] = []  # see _Sentence.previous_subjects
    context_persons: frozenset[str] | None = None  # see _Sentence.context_persons
    last_person: tuple[int, str | None] = (-1, None)  # see _Sentence.person_before
    recent: list[tuple[int, int, list[str]]] = []  # see _Sentence.recent_lists
    before = ""  # the previous sentence's text
    named_at: dict[int, set[str]] = {}  # sentence -> the actors it names
    asked_by = (-1, 0)  # (sentence, count) of a request by an unnamed counted group
    told_upto = 0  # sentences looked at for amendments
    for index, text, doc, mentions in parsed:
        named_at[index] = {m.actor for _, _, m in mentions if m.actor}
        while told_upto <= index and _AMENDMENTS_TOLD not in seen:
            # "the changes" after amendments were named (in any sentence, read or not) are
            # the amendments
            if _AMENDMENT_WORD.search(
                all_texts[told_upto] if all_texts and told_upto < len(all_texts) else text
            ):
                seen[_AMENDMENTS_TOLD] = AMENDMENT
            told_upto += 1
        if index == lede and index > 0:
            # a headline sums up the article's decisions, often two ("... lifeline on Ukraine
            # pact and extend Russia sanctions"): the lead's "the pact" or "it" is not the
            # decision the headline named last
            last_anchor = None
        if doc is None and not mentions:
            # a sentence on the text itself, with no actor (see _spacy_stances): no context
            # and not the sentence before the next (it was not read before either)
            if last_anchor in (RIVAL, AMENDMENT) and _main_text_opening(text):
                last_anchor = MAIN
            elif _amendments_opening(text):
                last_anchor = AMENDMENT  # "The Russian amendments failed. Britain voted ..."
            continue
        before, text_before = text, before
        if doc is None:  # not parsed (no cue word): only its opening subject is kept as context
            opening = _opening_names(text, mentions)
            context = opening if opening else context if _PRONOUN_OPEN(text) else []
            # a sentence opening with the state's own name ("France changed course"; not
            # "Germany's chancellor")
            by_name = any(
                a == 0
                and m.actor
                and m.how in ("name", "alias", "capital")
                and text[b : b + 2] not in ("'s", "’s")
                for a, b, m in mentions
            )
            context_persons = _persons_told(text, mentions) if by_name else None
            previous_list = []
            previous_subjects = _unparsed_subjects(text, mentions)
            titled = _TITLED_NAME.findall(text)
            if titled:
                last_person = (index, titled[-1].lower())  # see _Sentence.person_before
            if index > lede and last_anchor is not None and _new_decision_opening(text):
                last_anchor = ELSEWHERE  # as for a parsed one (see _new_decision_subject)
            elif last_anchor in (RIVAL, AMENDMENT) and _main_text_opening(text):
                last_anchor = MAIN  # as for a parsed one (see _main_text_subject)
            elif _amendments_opening(text):
                last_anchor = AMENDMENT  # "Russia's amendments were defeated. ... them"
            continue
        sent = _Sentence(doc, text, index, mentions, context)
        sent.person_before = last_person[1] if last_person[0] == index - 1 else None
        persons_here = _persons_at(sent)
        if persons_here:
            last_person = (index, persons_here[max(persons_here)])
        sent.previous_list = previous_list
        sent.context_persons = context_persons
        sent.previous_subjects = previous_subjects
        sent.before = (
            all_texts[index - 1] if all_texts and 0 < index <= len(all_texts) else text_before
        )
        sent.earlier = (
            [all_texts[i] for i in range(min(index, len(all_texts)) - 1, max(index - 4, -1), -1)]
            if all_texts
            else [text_before]
        )
        previous_list = _one_list(sent)
        lists_back = [r for r in recent if r[0] >= index - 3]
        recent = [r for r in recent if r[0] >= index - 2]
        sent.recent_lists = recent + [(index, at, actors) for at, actors in _lists(sent)]
        sent.lists_back = lists_back
        recent = [(i, -1, actors) for i, _, actors in lists_back + sent.recent_lists[len(recent) :]]
        found: list[tuple[list[str], str, float, str, str, str | None, int]] = []
        objects: dict[int, str] = {}  # cue token -> its object's words, naming no decision
        # A second text named in this sentence, whether or not a cue names it: cues before it
        # are about the text named first ("Russia vetoed the draft, and a rival text failed").
        # (each sentence before this one looked at once, read or not)
        texts.numbered = texts.numbered or bool(
            all_texts and any(_TEXT_NUMBER.search(t) for t in all_texts[numbered_upto:index])
        )
        numbered_upto = max(numbered_upto, index)
        texts.mark(sent)
        rival = next(
            (t for t in doc if _second_text(t) == RIVAL or sent.text_kind.get(t.i) == RIVAL),
            None,
        )
        # a text on the question named in a clause on what came before ("after the United
        # States vetoed a similar text"); not a package or a pact, a decision of its own
        recalled = rival is not None and rival.lower_ not in OTHER_TEXTS and _in_passing(rival)
        if rival is not None:
            # "a second text, resolution 330, which ...": the number names it better than
            # "second text" does
            number = next(
                (n for c in rival.children if c.dep_ == "appos" and (n := _number_of(c))), None
            )
            if number and RIVAL not in phrases:
                rival_number = number
                numbers_before = {
                    m.group(1) for t in (all_texts or [])[:index] for m in _TEXT_NUMBER.finditer(t)
                }
            phrases.setdefault(RIVAL, f"resolution {number}" if number else _phrase(rival))
            if decisions is not None:
                if _second_text(rival) == RIVAL:  # "a rival draft": a decision of its own
                    decisions.append(Decision(RIVAL, ACTION, "action", index, phrases[RIVAL]))
                else:
                    # a text told apart only by its sponsors is an issue of its own only if a
                    # stance is read on it ("voted for it"): one named in passing ("a French
                    # text adopted in 2019 set up the mission") is background
                    decisions.append(Decision(RIVAL, 0.0, "mention", index, phrases[RIVAL]))
                if recalled:
                    # "adopted ... after the United States vetoed a similar text": the
                    # sentence is about the text reported, not about the one it recalls
                    decisions.append(Decision(RIVAL, 0.0, "passing", index, phrases[RIVAL]))
        cues = [] if _question(text) else _cues(sent)
        side_anchor: str | None = None
        side_at = main_at = -1
        for tok, label, conf, cue, how, *rest in cues:
            if _sums_up_other_act(sent, tok):
                continue  # "..., a move backed by Damascus" after another body's act
            if how == "role" and any(
                c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in tok.children
            ):
                # "the Bosnian Serbs and their backers in Belgrade": those who back the people
                # the pronoun names, not a text (a text is "its")
                continue
            is_noun = tok.tag_.startswith("NN")
            if how == "signed with":
                signing = _signed_with(sent, tok)
                who = signing[1] if signing is not None else []
            elif how == "role" and _word(tok) in ROLE_NOUN:
                who = _role_owners(sent, tok)
            elif how == "role":
                # not the object of the role ("critics of Russia" are not Russia)
                who = [
                    sent.actor_at[t.i]
                    for t in tok.subtree
                    if t.i in sent.actor_at
                    and not (tok.lower_ in ROLE_NOUNS and _role_object(tok, t))
                    and not _under_other_role(tok, t)
                ]
                who = list(dict.fromkeys(who))
                if not who and _appositive_role(sent, tok):
                    # "Germany and Spain, the agreement's strongest champions, said ...":
                    # the actors the role describes; as a description, weaker than what
                    # they are said to do in the sentence ("..., the fiercest critics,
                    # abstained")
                    who, conf = _before_role(sent, _role_holder(tok), tok), REACTION
                    who = _counted_holders(sent, tok, who)
                if not who and _copula_role(tok) and _role_of_decision(sent, tok):
                    # "Italy and Spain were the main advocates of the plan"
                    subj = next(c for c in tok.head.children if c.dep_ == "nsubj")
                    who = sent.actors_of(subj, pronouns=False)
                who = who or _role_inclusions(sent, tok) or sent.list_after(tok)
                if not who and tok.lower_ in _ORIGIN_NOUNS:
                    # "grew out of a proposal by Fiji", the "by" hung on the verb (28-09)
                    by = _origin_by(tok)
                    who = list(
                        dict.fromkeys(sent.actor_at[t.i] for t in by if t.i in sent.actor_at)
                    )
            elif is_noun:
                who = _noun_owners(sent, tok)
            elif tok.tag_ in ("JJ",) or (tok.tag_ == "VBN" and tok.dep_ in ("acomp", "oprd")):
                verb = tok.head
                while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
                    verb = verb.head
                who = sent.owners(verb)
            elif tok.tag_ == "VBN" and tok.dep_ == "amod":
                # "a US-drafted resolution", "the Russian-backed text": the actor before the
                # hyphen
                who = [
                    sent.actor_at[c.i]
                    for c in tok.children
                    if c.i in sent.actor_at and c.i < tok.i and c.dep_ != "agent"
                ]
            else:
                # "accused Hungary of blocking the deal": the deed is the one accused's
                who = _reacted_doer(sent, tok) or sent.owners(tok)
                opening = sent.opening_owner(tok)
                if opening and set(who) <= set(opening):
                    # "Peru, whose ..., and Chile, whose ..., had pushed for it", parsed with
                    # Chile alone as the subject: the whole opening list
                    who = opening
                who = who or sent.subject_before(tok) or sent.before_appositive(tok)
                if who:
                    who = [*who, *(a for a in sent.companions(tok) if a not in who)]
                elif _active_subject(tok):
                    # "All euro countries joined the pact, along with Bulgaria and Denmark":
                    # a subject that names no actor still has its companions do the same (not
                    # a passive's: "Russia was condemned along with Belarus")
                    who = sent.companions(tok)
                if (
                    who
                    and label == SUPPORT
                    and how == "action"
                    and (_contributes(tok) is not False or _leads_force(tok, sent.before))
                ):
                    # "Italy will send 1,000 troops and Poland around 600": the states of
                    # the clauses that leave the verb out share it
                    who = [*who, *(a for a in _gapped_sharers(sent, tok) if a not in who)]
            if not who and cue == "with ... refusing":
                # "... pressing for one and Germany, the Netherlands and Denmark refusing",
                # the list parsed as a conjunct of "one" (28-19): the names right before
                who = _names_right_before(sent, tok)
            if not who and not is_noun:
                # "European Union states, speaking through Luxembourg, backed the resolution"
                who = _voiced_through(sent, tok)
            if (
                tok.tag_ == "VBN"
                and tok.dep_ in ("amod", "acl")
                and tok.head.tag_ in ("NN", "NNS")
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children)
                and _earlier_text(tok.head, year)
            ):
                # "a French-drafted referral was vetoed in 2014": an earlier text told as
                # background, not the one the article reports; its sponsor is no stance here
                who = []
            text_doer = not is_noun and tok.dep_ in ("relcl", "acl") and _text_acts(tok)
            if text_doer:
                # "a rival Russian draft, which called for a truce": what the text says is no
                # stance; the state whose text it is ("Russian") supports it; a name before
                # it ("a Syria resolution") may be its topic: none
                who = [
                    sent.actor_at[c.i]
                    for c in tok.head.children
                    if c.dep_ in ("amod", "poss") and c.i in sent.actor_at
                ]
                label, conf, how = SUPPORT, ACTION, "action"
            if not is_noun and (_popular_subject(tok) or _by_referendum(tok)):
                who = []  # "Dutch voters rejected the pact": a referendum, not the government
            if not who and label == NEUTRAL:
                named = set(sent.actor_at.values())
                who = list(named) if len(named) == 1 else []
            tgt = rest[0] if rest else tok if is_noun else _target(tok)
            if text_doer:
                tgt = tok.head  # the sponsor's stance is on the text, not on what it says
            if (
                not is_noun
                and tgt is not None
                and tgt.tag_ in ("NN", "NNS")
                and tok.dep_ == "relcl"
                and how in ("action", "vote")  # an act, not a request ("pressed X to give")
                and _side_clause(tok) is tok
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tgt.children)
                and not (_second_text(tgt) or sent.text_kind.get(tgt.i))  # "a rival plan"
            ):
                # "Russia, which signed a cooperation accord with the alliance in May, said it
                # still opposed enlargement": what a clause describing the actor says it did
                # to something it introduces ("a ...") is background, not this decision
                continue
            if tgt is not None and not is_noun and _earlier_measure(tgt, year):
                # "London, which voted against the restrictions the EU imposed in 2013,
                # changed its position": a stance on an earlier decision, not this one
                continue
            if (
                tgt is None
                and tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and tok.head.tag_ in ("NN", "NNS")  # not a person ("Fico, ... signed up")
                and not _lost_main_verb(tok)  # "Chile, which had backed a draft, abstained"
            ):
                # "amendments proposed by Russia", "the resolution, drafted by Norway": the
                # participle's object is the noun it describes
                # (before its purpose: "an amendment tabled by Peru to restore the words")
                tgt = tok.head
            if tgt is None and not is_noun:
                # "agreed to open accession talks", "voted to suspend the mission"
                xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if xcomp is not None:
                    tgt = next((c for c in xcomp.children if c.dep_ == "dobj"), None)
            if tgt is None and not is_noun and tok.tag_ == "VBN":
                # "The loan was backed by Italy": the passive's subject is what was backed
                tgt = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if tgt is not None and (is_noun or tgt.lower_ in BLOCKING or tgt.lower_ in BACKING):
                # "Russia's veto of the sanctions", "lifted its hold on the package"
                for c in tgt.children:
                    if c.dep_ == "prep" and c.lower_ in ("for", "of", "on", "to"):
                        tgt = next((p for p in c.children if p.dep_ == "pobj"), tgt)
                        break
            if is_noun and tgt is tok and tok is not None and how == "role":
                # "were among its supporters": the text whose backers they are is "its"
                tgt = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), tok)
            if label == SUPPORT and tgt is not None and not is_noun and _more_talks(tgt):
                # "agreed to more talks": talking on is no consent to the decision (blocking
                # them still stands in its way)
                continue
            anchors: list[str | None] = list(_anchors(sent, tgt, seen))
            told = _number_of(tgt) if tgt is not None and rival_number else None
            if not anchors and told and (told == rival_number or told in numbers_before):
                anchors = [RIVAL if told == rival_number else MAIN]
            if adopted_anew and tgt is not None:
                # "welcomed the new resolution" / "voted for the vetoed text": which of the
                # two texts, by its marker
                anchors = _new_or_vetoed(tgt, adopted_anew, out) or anchors
            if label == OPPOSE and tgt is not None:
                other = _other_entry(sent, tgt, who, lead)
                if other:
                    # "Macedonia remains outside after Greece blocked its invitation", in a
                    # report of Albania's and Croatia's entry: a block of the entry of a state
                    # the lead does not name is that state's own decision (none the article
                    # can make an issue of, for a name no actor has), and so is the same
                    # actor's objection told after it with no object ("will not lift its
                    # objection")
                    anchors = [other]
                    blocked_elsewhere.update({a: other for a in who})
                elif (
                    not anchors
                    and tgt.lower_ in BLOCKING
                    and who
                    and len({blocked_elsewhere.get(a) for a in who}) == 1
                    and blocked_elsewhere.get(who[0])
                ):
                    anchors = [blocked_elsewhere[who[0]]]
            if tgt is not None:
                for a in anchors:
                    if a and a.startswith("topic:") and a not in phrases:
                        if a == AMENDMENT and _changes_told(tgt):
                            continue  # "opposed the changes": no title of the amendments
                        phrases[a] = _phrase(tgt)
                        phrase_at[a] = (index, tgt.i)
            if (
                not anchors
                and tgt is not None
                and (
                    tgt.lower_ in ("it", "its", "them", "this")
                    or tgt.lower_ in _RELATIVE
                    or tgt.tag_ == "CD"
                )
            ):
                # a second text or amendments named earlier in the sentence ("their
                # amendments failed after Russia vetoed them", "... backing the first two,
                # which Britain voted against"), else the last decision
                shelved = _shelved_antecedent(tok, tgt)
                earlier = _second_before(tgt, sent)
                if shelved is not None:
                    # a proposal set aside: a decision of its own, not the last one named
                    key = "topic:set-aside-" + shelved.lower_
                    phrases.setdefault(key, _phrase(shelved))
                    anchors = [key]
                elif earlier is not None and not _aside_from(earlier[1], tgt):
                    phrases.setdefault(earlier[0], _phrase(earlier[1]))
                    anchors = [earlier[0]]
                elif earlier is not None and last_anchor in (None, earlier[0]):
                    # the text named in the side clause is not "it", nor is the one named last
                    # if it is that text: the text the article reports
                    anchors = [MAIN]
                else:
                    anchors = [last_anchor] if last_anchor else []
            if not anchors and rival is not None and tok.i < rival.i:
                anchors = [MAIN]
            if not anchors and tgt is not None and tgt.lower_ in GENERAL_NOUNS:
                anchors = [GENERAL]
            if (
                not anchors
                and last_anchor == AMENDMENT
                and tgt is not None
                and tgt.lower_ in TEXT_NOUNS
                and _second_text(tgt) is None
            ):
                anchors = [MAIN]  # "the resolution" after its amendments is the text itself
            if not anchors and tgt is not None and _generic_object(tgt):
                continue  # "rejected any obligation to ...": a kind of thing, not the decision
            if not anchors and tgt is not None and _such_other_matter(tgt, lead_text):
                continue  # "said no to such offshoring": another idea than the lead's
            if (
                not anchors
                and tgt is not None
                and lead_text
                and tgt.tag_.startswith("NN")
                and _habitual(tok)
                and not _definite(tgt)  # ("has long opposed the crossings": maybe this one)
                and _matter_not_in_lead(tgt, lead_text)
            ):
                continue  # "has long opposed a common EU minimum wage": a standing view on
                # another matter than the lead's
            if not anchors and tgt is not None and _status_not_led(tgt, lead[1]):
                continue  # "resisted granting the status" beside a treaty's signing
            if label == OPPOSE and _told_as_ended(tok):
                continue  # "ending a standoff in which Denmark had blocked it": no more
            if label == OPPOSE and not anchors and tgt is not None and _words_of_the_text(tgt):
                continue  # "objected to the line": a wording, not the decision
            if (
                lead_text
                and _lead_says(_REMOVAL_LEAD, lead_text)
                and _wants_measure_kept(tok) is not None
            ):
                continue  # "wanted the sanctions kept" when the lead ends them: reversed
            if _on_a_removal(tok) and not (lead_text and _lead_says(_REMOVAL_LEAD, lead_text)):
                # "Austria led the opposition to lifting the ban" in a report of the ban's
                # renewal: a stance on ending a measure is the reverse of one on the measure,
                # and only a decision to end it (told in the lead) is that ending: else none
                continue
            # "China, which has long resisted sanctions language, backed the text": a habit
            # told of a kind of measure describes the state and opens no decision of its own
            habit = bool(anchors) and all((a or "").startswith("topic:") for a in anchors)
            habit = habit and _habit_clause(tok)
            if not anchors and tgt is not None and tgt.tag_.startswith("NN"):
                objects[tok.i] = _phrase(tgt)
            newest = anchors[-1] if anchors else None
            if (
                newest
                and newest not in ("all", GENERAL)
                and not newest.startswith("topic:set-aside-")
                # a text recalled in passing is no "it" of the next sentence (see above)
                and not (recalled and newest == RIVAL)
            ):
                if _side_clause(tok) is None:
                    last_anchor, main_at = newest, tok.i
                else:
                    # "Japan, which had co-sponsored the American motion, voted against it":
                    # a decision named in a clause describing an actor is background to the
                    # rest of the sentence; "it" is still the decision named before.  It is
                    # the latest decision for the sentences after this one.
                    side_anchor, side_at = newest, tok.i
            for anchor in anchors or [None]:
                found.append((who, label, conf, cue, how, anchor, tok.i))
                if decisions is not None and anchor not in (None, GENERAL, ELSEWHERE) and not habit:
                    aside = _side_clause(tok) is not None
                    decisions.append(Decision(anchor, conf, how, index, phrases.get(anchor), aside))
            if (
                label == OPPOSE
                and how != "vote"
                and tgt is not None
                and AMENDMENT in anchors
                and MAIN not in anchors
                and not habit
            ):
                amenders = _amendments_owners(sent, tgt)
                if amenders and not set(who) & amenders:
                    # "Washington had resisted Syrian amendments": fighting another actor's
                    # changes to the text defends the text as drafted (at a reaction's
                    # weight, so that any stance told outright outranks it); with no owner
                    # named ("resisted the amendments") no stance on the text
                    found.append(
                        (
                            who,
                            SUPPORT,
                            REACTION * _weight(tok),
                            cue + " (against others' amendments)",
                            "reaction",
                            MAIN,
                            tok.i,
                        )
                    )
            anchor = anchors[0] if anchors else None
            # "France and China voted for the text, as did Japan and Malta"
            for c in _echo_clauses(tok):
                subj = [s for s in c.children if s.dep_ == "nsubj"]
                if subj:
                    found.append(
                        (
                            sent.actors_of(subj[0]),
                            label,
                            conf,
                            cue + " (as did)",
                            how,
                            anchor,
                            tok.i,
                        )
                    )
            # "France backed the text, Britain too"; "voted for it, Belgium against"
            if label in (SUPPORT, OPPOSE, ABSTAIN) and not _negated(tok):
                for also, side in _gapped_remnants(sent, tok, label, how == "vote"):
                    found.append((also, side, conf, cue + " (gapped)", how, anchor, tok.i))
            # "France was opposed to the plan, as was Germany"
            for subj_tok in _as_was_subjects(tok):
                also = sent.actors_of(subj_tok, pronouns=False)
                if also:
                    found.append((also, label, conf, cue + " (as was)", how, anchor, tok.i))
        for t in doc:
            if not t.tag_.startswith("NN"):
                continue  # (rejected_own_text reads nouns only: the tag tested first)
            rejected_own = rejected_own_text(sent, t)
            if rejected_own is not None:
                # "Its amendments ... were rejected": their author stands for them (29-25);
                # the turning down is no act of the sentence's subject ("China argued its
                # case, where Beijing's own proposal ... was turned down", misparsed)
                found = [f for f in found if f[-1] != rejected_own[2]]
                phrases.setdefault(rejected_own[0], _phrase(t))
                found.append(
                    (
                        rejected_own[1],
                        SUPPORT,
                        ACTION,
                        "own text, turned down",
                        "action",
                        rejected_own[0],
                        t.i,
                    )
                )
                if decisions is not None:
                    decisions.append(
                        Decision(rejected_own[0], ACTION, "action", index, phrases[rejected_own[0]])
                    )
        if side_anchor is not None and side_at > main_at:
            last_anchor = side_anchor  # named last in the sentence: the next one's "it"
        elif side_anchor is None and main_at < 0 and _amendments_opening(text):
            last_anchor = AMENDMENT  # as for one not parsed: "Russia's amendments were defeated"
        if last_anchor in (RIVAL, AMENDMENT) and _main_text_subject(sent):
            # "..., while a rival text was blocked. The resolution was adopted without a vote.
            # It was drafted by A and B": the sentence is about the text itself, so the next
            # sentence's "it" is that text, not the rival named before
            last_anchor = MAIN
        if (
            last_anchor is not None
            and last_anchor.startswith("topic:act-")
            and _subject_is_the(sent, _phrase_head(phrases.get(MAIN)))
            and _phrase_head(phrases.get(MAIN)) != _phrase_head(phrases.get(last_anchor))
        ):
            # "... adopted a charter ... and decided to open a conference. The charter was
            # approved by eleven. Britain refused to sign it": back to the lead's first act,
            # named by its head noun (32-17)
            last_anchor = MAIN
        if index > lede and last_anchor is not None and _new_decision_subject(doc):
            # "A new, 18th package of sanctions remained blocked. Fico held it up": "it" is
            # that further decision, none of those named before: no decision to put it on
            last_anchor = ELSEWHERE
        for tok in doc:
            if not tok.tag_.startswith("VB"):
                continue  # (each reader below reads verbs only: the tag tested once, first)
            # "Russia voted with the United States": no label of its own, the leader's
            if tok.lower_ in FOLLOW_VERBS and not _negated(tok):
                if tok.lower_ in VERBS and _vote_label(tok) is not None:
                    continue  # "voted with the majority for the text" has its own label
                leaders = [
                    a
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for a in sent.actors_of(p, pronouns=False)
                ]
                if not leaders and _with_the_majority(tok):
                    # "voted (sided) with the majority": the side the count gives the most
                    # votes (drafting reads it from the issue's count; no count, no stance)
                    leaders = [MAJORITY]
                if not leaders and _with_the_proposer(tok):
                    # "Sweden sided with the Commission": with the proposal's author, for it
                    backers = list(dict.fromkeys(sent.owners(tok)))
                    cue = f"{tok.text} with the Commission"
                    found.append(
                        (backers, SUPPORT, ACTION * _weight(tok), cue, "action", None, tok.i)
                    )
                followers = [a for a in sent.owners(tok) if a not in leaders] if leaders else []
                if followers and leaders == [MAJORITY]:
                    # "..., and so did Britain and the United States" (33-02)
                    followers += [
                        a
                        for c in _echo_clauses(tok)
                        for s in c.children
                        if s.dep_ == "nsubj"
                        for a in sent.actors_of(s)
                        if a not in followers
                    ]
                if followers:
                    cue = "with:" + ",".join(dict.fromkeys(leaders))
                    how = "vote" if tok.lower_.startswith("vot") else "action"
                    conf = (VOTE if how == "vote" else ACTION) * _weight(tok)
                    found.append((followers, FOLLOW, conf, cue, how, None, tok.i))
                together = list(dict.fromkeys(sent.owners(tok))) if _voted_together(tok) else []
                for a in together if len(together) >= 2 else []:
                    # "the five permanent members, A, B, C, D and E, voted together": each
                    # votes as the others do (the side the others' own votes give; none, none)
                    others = ",".join(o for o in together if o != a)
                    found.append(
                        ([a], FOLLOW, VOTE * _weight(tok), f"with:{others}", "vote", None, tok.i)
                    )
            if not _negated(tok) and (
                (tok.lower_ in _JOIN and _joins_the_majority(tok)) or _moved_into_majority(tok)
            ):
                # "India and Zimbabwe this time joined the majority" (31-02): the side the
                # count gives the most votes, as "voted with the majority"
                followers = list(dict.fromkeys(sent.owners(tok)))
                if followers:
                    found.append(
                        (
                            followers,
                            FOLLOW,
                            VOTE * _weight(tok),
                            f"with:{MAJORITY}",
                            "vote",
                            None,
                            tok.i,
                        )
                    )
            if _added_their_votes(tok):
                # "A and B voted yes; C and D added their votes": the side voted before it in
                # the sentence (sides that differ, or none: no stance)
                leaders = [
                    a
                    for who, label, _, _, how, _, at in found
                    if how == "vote" and label in (SUPPORT, OPPOSE, ABSTAIN) and 0 <= at < tok.i
                    for a in who
                ]
                followers = [a for a in sent.owners(tok) if a not in leaders] if leaders else []
                if followers:
                    cue = "with:" + ",".join(dict.fromkeys(leaders))
                    found.append((followers, FOLLOW, VOTE * _weight(tok), cue, "vote", None, tok.i))
            backed = (
                _party_backed(sent, tok)
                or _campaigned_alongside(sent, tok)
                or _side_taken(sent, tok)
                or _behind_states(sent, tok)
            )
            if backed:
                # "Russia and China backed Belgrade": the backer takes the stance of the state
                # it backs, once that one's is known (Serbia's own text: for it; Syria, the
                # target of sanctions, against them; a state with no stance: none)
                followers = [a for a in sent.owners(tok) if a not in backed]
                if followers:
                    cue = "with:" + ",".join(dict.fromkeys(backed))
                    found.append(
                        (followers, FOLLOW, ACTION * _weight(tok), cue, "action", None, tok.i)
                    )
        for who, label, cue, at in _joined_in_voting(sent):
            found.append((who, label, VOTE, cue, "vote", None, at))
        for who, label, cue, at in _with_as_roles(sent):
            found.append((who, label, ACTION, cue, "action", None, at))
        for who, t in _national_texts(sent, year):
            # "The Albanian resolution passed", "Japan's draft was adopted": the text's author.
            # At a reaction's weight and kind, so that a text named only so ("a Russian text
            # was circulated") is no decision of its own, and a vote outranks it.
            authored: list[str | None] = list(_anchors(sent, t, seen))
            if not authored and last_anchor == AMENDMENT and _second_text(t) is None:
                # "kept it out of the Cuban draft" after an amendment: the text amended, as
                # "the resolution" after its amendments is (an amendment is no draft)
                authored = [MAIN]
            for anchor_ in authored or [last_anchor]:
                if any(
                    f[1] == SUPPORT and f[5] == anchor_ and set(who) <= set(f[0]) for f in found
                ):
                    continue  # read already ("a rival Chinese draft, which ...")
                found.append(
                    (
                        who,
                        SUPPORT,
                        REACTION,
                        f"{sent.doc[t.i - 1].text} {t.text}",
                        "reaction",
                        anchor_,
                        t.i,
                    )
                )
        for who, label, cue, about in _with_clauses(sent):
            # each list of the clause is its own vote: claimed from the clause's other cues
            sent.claimed.update(who)
            sent.claimers.add(-1)
            found.append((who, label, VOTE, cue, "vote", about, -1))
        for who, cue, at in _retaliations(sent):
            # "counter-sanctions" answer the sanctions: that kind of decision, if it is one
            word = _word(doc[at])
            kind = _topic(doc[at], seen) if word.startswith("counter-") else None
            anchor = f"topic:{kind}" if kind else None
            found.append((who, OPPOSE, REACTION * _weight(doc[at]), cue, "outside", anchor, at))
        if rival is not None and not recalled:
            last_anchor = RIVAL  # "Japan voted against it" in the next sentence
        for who, label, cue in _counted_lists(sent):
            sent.claimed.update(who)
            sent.claimers.add(-1)
            found.append((who, label, VOTE, cue, "vote", None, -1))
        for who, label, conf, cue, how, at in [
            *_linked_lists(sent, cues),
            *_joined_sides(sent, cues),
        ]:
            # the text the linking cue names ("were among its supporters", "Voting against
            # the rival draft were ..."), read with the cue itself
            cue_text = next((f[5] for f in found if f[6] == at and f[5] in (RIVAL, MAIN)), None)
            found.append((who, label, conf, cue, how, cue_text, at))
        if decisions is not None:
            lead_first: tuple[Any, Any, list[str]] | None = None  # the lead's first act
            for verb, obj in body_acts(sent):
                if _told_of_a_state_before(sent, verb):
                    continue
                kinds = [
                    a
                    for a in (_anchors(sent, obj, seen, True) if obj is not None else [])
                    if a not in ("all", GENERAL)
                    # a person only as one chosen ("chose Rasmussen"), or one the gazetteer
                    # knows: "endorsed the New York Declaration" names no person
                    and not (
                        a.startswith("person:")
                        and verb.lower_ not in _APPOINTING
                        and not any(t.i in sent.person_at for t in (obj.subtree if obj else ()))
                    )
                ]
                given = _given_to(sent, verb)
                if kinds == ["topic:membership"] and given:
                    # "granted Montenegro the status of candidate": that state's membership
                    kinds = ["state:" + given]
                if (
                    not kinds
                    and index <= lede + 1
                    and (obj is None or _word(obj) in PROPOSAL_NOUNS | BODY_TEXTS)
                ):
                    # the decision the article opens with, named by no kind ("EU leaders
                    # endorsed the Brexit agreement"): the main proposal, an issue of its
                    # own when the article goes on to another decision
                    kinds = [MAIN]
                # "The 29 leaders also approved a short declaration": a further text of the
                # deciders, after the one the article opens with
                act = (
                    "also"
                    if _also_adopted(verb, obj, index, lede)
                    or in_a_further_decision(verb)
                    or _also_adopted_new(verb, obj, index, lede, all_texts)
                    or _follow_up_text(verb, obj, index, lede)
                    else "body"
                )
                lead_further = {d.anchor for d in decisions if d.how == "also" and d.index == lede}
                if (
                    not kinds
                    and len(lead_further) == 1
                    and _follow_up_text(verb, obj, index, lede)
                    and not any(d.how == "also" and lede < d.index < index for d in decisions)
                ):
                    # "... and, in a second vote, asked the Secretary-General to report ...",
                    # then "It then adopted a follow-up resolution asking ...": the lead's
                    # further decision told again in its turn, not a third one
                    kinds = list(lead_further)
                elif act == "also" and not kinds and obj is not None and _names_a_thing(sent, obj):
                    kinds = [f"topic:act-{_word(obj)}"]  # "In a second decision, ... asked for"
                elif (
                    kinds
                    and obj is not None
                    # (not "At the same meeting, ...": an act of that sitting may be the one
                    # the article told before, a veto of it or a call for it)
                    and (
                        in_a_further_decision(verb, sitting=False)
                        or _also_decided(verb, obj, phrases.get(kinds[0]))
                    )
                    and _names_a_thing(sent, obj)
                    and any(d.anchor == kinds[0] and d.index < index for d in decisions)
                    and _word(obj) not in (phrases.get(kinds[0]) or "").lower().split()
                ):
                    # "adopted new sanctions against Iran. In a separate decision, they lifted
                    # the arms embargo on Somalia": a second act of the same kind on another
                    # object is a decision of its own, named by its object's words ("extended
                    # the sanctions" again is the one named before)
                    act, kinds = "also", [f"topic:act-{_word(obj)}"]
                elif obj is not None and _adopted_after_veto(
                    verb, obj, kinds[0] if kinds else MAIN, out
                ):
                    # "China vetoed a draft on monitors for Ruritania. Ten days later, the
                    # Council adopted resolution 2801": another text, voted on anew (a text
                    # named by no kind is one on the article's main decision)
                    act, kinds = "also", [f"topic:act-{_word(obj)}"]
                    adopted_anew[index] = kinds[0]
                elif not kinds and _report_after_amendment(verb, obj, index, lede, all_texts, seen):
                    # "The amendment was defeated ... The Assembly then adopted the Council's
                    # report by 106 votes to 2": a decision of its own, not the amendment's
                    act, kinds = "also", [f"topic:act-{_word(obj)}"]
                elif (
                    not kinds
                    and obj is not None
                    # (after the sentence that follows the lead, as _also_adopted reads: "The
                    # 30 allies also agreed to extend ..." right after it goes on with the
                    # headline's story, and the stances told later are the lead decision's;
                    # but "The ministers also decided to stage an exercise over A and B" right
                    # after it names a new thing, with "a", on places the lead does not name)
                    and (index > lede + 1 or index == lede + 1 and _new_thing(obj))
                    and _also_decided(verb, obj, lead_text)
                    and _names_a_thing(sent, obj)
                ):
                    # "Ministers also agreed to place the navies of Sweden and Finland under
                    # the maritime command": an "also" act on a place or party the lead's
                    # decision does not name is a decision of its own, though its noun
                    # ("forces") was written before and no kind names it
                    act, kinds = "also", [f"topic:act-{_word(obj)}"]
                clause = _also_agreed_clause(verb, obj, index, lede)
                if clause is not None:
                    # "The 26 allies also agreed that their troops could ...": what they also
                    # agreed in a clause is a further decision, named by the clause's words
                    act, kinds = "also", [f"topic:act-{_word(clause[0])}"]
                    phrases.setdefault(kinds[0], clause[1])
                if index == lede and obj is not None:
                    # Two acts of the deciders coordinated in the lead sentence ("agreed
                    # guarantees to Ireland ... and backed Barroso for a second term", "added 12
                    # names to the list ... and signed the political chapters of an
                    # association agreement"): two decisions.  The first, named by no kind, is
                    # the main proposal; the second is a further decision (named by its own
                    # kind, else by its object's words).
                    if lead_first is None:
                        if not kinds and _names_a_thing(sent, obj):
                            kinds = [MAIN]
                        lead_first = (verb, obj, kinds)
                    elif _second_act(lead_first[0], lead_first[1], verb, obj):
                        if not kinds and obj.tag_ == "NNP" and verb.lower_ in VERBS:
                            person = _person(sent, obj)  # "backed Barroso for a second term"
                            kinds = [person] if person else []
                        if not kinds or kinds == lead_first[2]:
                            kinds = [f"topic:act-{_word(obj)}"] if _names_a_thing(sent, obj) else []
                        if kinds and (lead_first[2] == [MAIN] or kinds[0].startswith("topic:act-")):
                            act = "also"
                for a in kinds:
                    if obj is not None and phrase_at.get(a, (-1, -1)) > (index, obj.i):
                        # "adopted a 17th package of sanctions against Russia and agreed to
                        # lift the sanctions on Syria": the act's own object names the kind
                        # first, not the later words of this sentence a stance was read on
                        old, phrases[a] = phrases[a], _phrase(obj)
                        del phrase_at[a]
                        decisions[:] = [
                            replace(d, text=phrases[a])
                            if d.anchor == a and d.index == index and d.text == old
                            else d
                            for d in decisions
                        ]
                    if obj is not None:
                        # a decision named by no kind: its object with what it is about
                        act_named = a.startswith("topic:act-") or a == MAIN
                        phrases.setdefault(a, (_act_phrase if act_named else _phrase)(obj))
                    decisions.append(Decision(a, ACTION, act, index, phrases.get(a)))
                    if a != MAIN and not (given and a == "state:" + given):
                        # (a status given to a state is no text a later "it" stands for)
                        last_anchor = a
            if index == lede:
                for noun, words, obj in collective_acts(sent):
                    of_kind = _topic(obj, dict(seen)) if obj is not None else None
                    if of_kind:
                        # "pledged to send more troops": the kind its object names is the
                        # decision, and "the pledge" later is that decision
                        seen.setdefault(noun, of_kind)
                        continue
                    kind = f"act-{noun}"
                    seen.setdefault(noun, kind)  # "The warning, ... was backed by all 27"
                    phrases.setdefault(f"topic:{kind}", words)
                    decisions.append(Decision(f"topic:{kind}", ACTION, "body", index, words))
        for who, cue, at in _concessions_won(sent, granted=index > 0):
            found.append((who, SUPPORT, REACTION * _weight(doc[at]), cue, "reaction", None, at))
        for who, cue, at in _welcomes_made_by(sent):
            found.append((who, SUPPORT, REACTION * _weight(doc[at]), cue, "reaction", None, at))
        for who, cue, at in _agreement_won(sent):
            found.append((who, SUPPORT, ACTION * _weight(doc[at]), cue, "action", None, at))
        for who, cue, at in _request_came_from(sent):
            found.append((who, SUPPORT, ACTION * _weight(doc[at]), cue, "action", None, at))
        for who, cue, at in _applications(sent):
            # applying for membership: support of its own entry, each applicant's; too weak
            # to make that entry an issue of its own (an application told in passing, "the
            # Baltic states, which applied within days", is not the decision reported)
            for actor in who:
                found.append(([actor], SUPPORT, _APPLIED, cue, "action", f"state:{actor}", at))
        if asked_by[0] == index - 1:
            # the states a count stood for in the last sentence's request, named now
            who, at = _named_askers(sent, asked_by[1])
            if who:
                found.append((who, SUPPORT, ACTION, "at the request of", "action", None, at))
        asked_by = (-1, 0)
        for who, cue, at, count in _at_request(sent):
            if not who:
                asked_by = (index, count)
                continue
            # "ended the mission at Khartoum's request": the decision asked for
            found.append((who, SUPPORT, ACTION, cue, "action", None, at))
        for who, cue, at in _request_granted(sent):
            # "The leaders accepted his suggestion": the decision its asker asked for
            found.append((who, SUPPORT, ACTION, cue, "action", None, at))
        for who, cue, at in _complainants(sent):
            # "who brought the complaint": the meeting asked for, a reaction's weight
            found.append((who, SUPPORT, REACTION, cue, "reaction", None, at))
        for who, cue, at in _informed_first(sent):
            if not any(set(who) & set(f[0]) for f in found):
                # "agreed to extend them after Germany told them ...": its case, taken
                found.append((who, SUPPORT, REACTION, cue, "reaction", None, at))
        if decisions is not None:
            for actor in _invited_states(sent, lede):
                decisions.append(Decision(MAIN, ACTION, "admits", index, actor))
        joinings = _joinings(sent, lede)
        for actor, conf, cue, how, at in joinings:
            if sum(j[4] == at for j in joinings) > 1:
                # "A, B and C became members of NATO": one enlargement, the article's news,
                # not a membership decision for each of them
                found.append(([actor], SUPPORT, conf, cue, how, None, at))
                if decisions is not None and how == "action":
                    # the states the main decision is about (see draft's _other_state_issue)
                    decisions.append(Decision(MAIN, conf, "admits", index, actor))
                continue
            found.append(([actor], SUPPORT, conf, cue, how, "state:" + actor, at))
            if decisions is not None and how == "action":
                decisions.append(Decision("state:" + actor, conf, "action", index, None))
        fate = _fate(sent)
        failed = failed or fate == "failed"
        adopted = adopted or fate == "adopted"
        for at in sorted({f[6] for f in found if f[6] >= 0 and f[4] == "vote"}):
            voted_before = _as_they_had_on(doc[at])
            if voted_before is None or phrases.get(RIVAL, voted_before) != voted_before:
                continue  # (another second text named already: no guess which one)
            again = [
                (who, label, conf, cue + " (as before)", how, RIVAL, at_)
                for who, label, conf, cue, how, anchor, at_ in found
                if at_ == at
                and how == "vote"
                and label in (SUPPORT, OPPOSE, ABSTAIN)
                and anchor in (None, MAIN)
            ]
            if again:
                # "abstained, just as they had on resolution 661": the same vote on that
                # earlier text, an issue of its own; the sentence stays about the text reported
                # (its cue on the main text, though the sentence names the earlier number)
                phrases.setdefault(RIVAL, voted_before)
                if decisions is not None:
                    decisions.append(Decision(RIVAL, 0.0, "passing", index, phrases[RIVAL]))
                found = [
                    (f[0], f[1], f[2], f[3], f[4], MAIN, f[6]) if f[6] == at and f[5] is None else f
                    for f in found
                ]
                found += again
        # A list after a counted subject belongs to that cue only (and a misparse that makes
        # the list the subject of another verb gives that verb none of it).
        claimed = sent.claimed
        changed = _changed_since(doc, found)
        turned = _turned_since(sent)
        for who, label, conf, cue, how, anchor, at in found:
            mine = who if at in sent.claimers else [a for a in who if a not in claimed]
            if at in changed:
                mine = [a for a in mine if a not in changed[at]]
            if turned and at >= 0:
                # "London, which voted against the curbs, changed its position": what it did
                # before the change is no longer its stance
                mine = [a for a in mine if not (a in turned and at < turned[a])]
            if at >= 0 and _dated_before(doc[at], year):
                conf *= PAST
            if (
                at >= 0
                and (anchor is None or anchor.startswith("topic:"))
                and anchor not in (RIVAL, AMENDMENT)
                and _old_deed(doc[at], year)
            ):
                anchor = ELSEWHERE  # a deed of years back: on no issue of the article
            outside = how == "outside"
            if at >= 0 and how == "reaction" and doc[at].tag_.startswith("VB"):
                tgt = _target(doc[at])
                if tgt is not None and tgt.lower_ in _OUTCOMES:
                    outcome_at.update(range(len(out), len(out) + len(set(mine))))
            elif at >= 0 and (_outcome_won(doc[at]) or _outvoted(doc[at])):
                # "The vote was a victory for Hungary": won as the text fared (see the end);
                # "Ireland was outvoted": lost, against a text adopted, for one that failed
                won_at.update(range(len(out), len(out) + len(set(mine))))
            praised = _reacted_to_actors(sent, doc[at]) if at >= 0 and how == "reaction" else []
            # (only when no other state's act is told beside it: "... as Orban stays out; Fico
            # holds up new sanctions" may tell two decisions, and the refusal be on the other)
            bare = (
                label == ABSTAIN
                and at >= 0
                and _stays_out_bare(doc[at])
                and not any(f[6] != at and f[0] and f[1] in (SUPPORT, OPPOSE) for f in found)
            )
            if label == OPPOSE and at >= 0 and anchor in (None, MAIN) and _refusal(doc[at]):
                refusers.update(mine)
            for actor in dict.fromkeys(mine):
                if praised:
                    toward[len(out)] = praised
                if bare:
                    bare_out.add(len(out))
                out.append(
                    Stance(
                        actor,
                        label,
                        round(conf, 3),
                        text,
                        cue,
                        "reaction" if outside else how,
                        anchor,
                        index,
                        anchor_text=phrases.get(anchor) if anchor else None,
                        outside_only=outside,
                        object_text=None if anchor else objects.get(at),
                        background=(anchor or "").startswith("topic:")
                        and at >= 0
                        and _habit_clause(doc[at]),
                        aside=at >= 0 and _side_clause(doc[at]) is not None,
                    )
                )
        targeted |= _targeted_actors(sent)
        entrants |= _beneficiaries(sent)
        for who, at, cue in _wanting_entry(sent):
            conf = round(REACTION * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                wanting.append(Stance(actor, SUPPORT, conf, text, cue, "reaction", None, index))
        commented = _target_comments(sent)
        for who, cue, at in commented:
            # the state a membership or entry is for, saying what the decision does ("the
            # decision rewarded years of reforms"): it wants it (if it is not also targeted)
            conf = round(REACTION * DEFIANCE * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                wanting.append(Stance(actor, SUPPORT, conf, text, cue, "reaction", None, index))
        for who, cue, at in _argued_ending(sent, lead_text):
            conf = round(REACTION * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                out.append(Stance(actor, SUPPORT, conf, text, cue, "reaction", None, index))
        for who, cue, at in _not_kept_waiting(sent):
            conf = round(REACTION * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                out.append(Stance(actor, SUPPORT, conf, text, cue, "reaction", None, index))
        for who, cue, at in _sought_to_weaken(sent, lead_text):
            conf = round(REACTION * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                out.append(Stance(actor, OPPOSE, conf, text, cue, "reaction", None, index))
        for who, cue, at in _harm_comments(sent):
            conf = round(REACTION * DEFIANCE * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                accusers.append(Stance(actor, OPPOSE, conf, text, cue, "reaction", None, index))
        for who, label, cue, at in _called_it(sent):
            conf = round(REACTION * DEFIANCE * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                st = Stance(actor, label, conf, text, cue, "reaction", None, index)
                (wanting if label == SUPPORT else defied).append(st)
        for who, cue, at in [*_defiance(sent), *commented]:
            conf = round(REACTION * DEFIANCE * _weight(doc[at]), 3)
            for actor in dict.fromkeys(who):
                # accusing the deciders themselves ("accused NATO of slandering it") is
                # opposition whoever does it; other defiance only from a targeted state
                (accusers if cue.startswith(_ACCUSE_CUE) else defied).append(
                    Stance(
                        actor,
                        OPPOSE,
                        conf,
                        text,
                        cue,
                        "reaction",
                        None,
                        index,
                        outside_only=True,
                    )
                )
        for who, at, cue in _indignations(sent):
            # "Poland was outraged by the decision", "walked out in protest at the sanctions"
            conf = round(REACTION * _weight(doc[at].head), 3)
            for actor in dict.fromkeys(who):
                out.append(Stance(actor, OPPOSE, conf, text, cue, "reaction", None, index))
        for who, at, by_decision in _disappointments(sent):
            conf = round(REACTION * _weight(doc[at].head), 3)
            for actor in dict.fromkeys(who):
                (let_down_by if by_decision else let_down).append(
                    Stance(
                        actor,
                        SUPPORT,
                        conf,
                        text,
                        doc[at].text,
                        "reaction",
                        None,
                        index,
                    )
                )
        for who, polarity, owners, at, cue in _reactions_to_acts(sent):
            conf = REACTION * _weight(doc[at])
            for actor in dict.fromkeys(who):
                st = Stance(actor, polarity, round(conf, 3), text, cue, "reaction", None, index)
                acts.append((st, owners))
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subj = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
        previous_subjects = _clause_subjects(sent, root)
        if subj:
            # "Several governments, among them Austria, had been reluctant. They ...": the
            # group's named members are who "they" are
            new = sent.actors_of(subj[0], pronouns=False) or sent._among_group(root, subj[0])
            if new:
                context = new
                by_name = subj[0].i in sent.actor_at and subj[0].i not in sent.person_at
                context_persons = _persons_told(text, mentions) if by_name else None
            elif subj[0].lower_ not in _PRONOUNS:
                context = []
        elif root is not None and root.i in sent.actor_at and root.tag_.startswith("NN"):
            # a sentence parsed with no verb at its root ("Croatia and Slovenia, which are
            # locked in a dispute, worried about ...", the verb read as a modifier): its
            # opening names, as for a sentence not parsed, are who "they" are next
            context = _opening_names(text, mentions) or context
    parsed_at = {i for i, _, d, _ in parsed if d is not None}
    failed = failed or any(
        _TEXT_FAILED.search(t) for i, t in enumerate(all_texts or []) if i not in parsed_at
    )
    adopted = adopted or any(
        _TEXT_ADOPTED.search(t) for i, t in enumerate(all_texts or []) if i not in parsed_at
    )
    if lede > 0 and all_texts and _HEADLINE_FAILED.search(all_texts[0]):
        # a headline is often misparsed ("Syria text defeated"), so read as words even when
        # it names an actor
        failed = True
    if failed and not adopted:
        # "welcomed the outcome" of a text that failed welcomes its failure
        for i in outcome_at | won_at:
            s = out[i]
            if s.label in (SUPPORT, OPPOSE):
                out[i] = replace(s, label=_FLIP[s.label], cue=f"{s.cue} (a failed text)")
    unsaid: set[int] = set()
    # "Twenty-five sign the pact as Prague stays out ... Prague refused to sign": staying out
    # with nothing named is what the refusal told of the same state was, against the
    # decision (not an abstention); "stayed out of the vote" is one whatever else is said
    unsaid |= {id(out[i]) for i in bare_out if out[i].actor in refusers}
    if won_at and failed == adopted:
        # a win in a vote whose result the article does not give (or gives two of): for
        # which side, unsaid
        # (dropped at the end: ``toward`` holds indices into ``out``)
        unsaid |= {id(out[i]) for i in won_at}
    if failed and not adopted:
        # "joined the majority" of a text that failed: which side, unsaid (a veto's majority
        # was for it, a shortfall's against it)
        unsaid |= {id(s) for s in out if s.cue.endswith(_JOINED_MAJORITY)}
    out = _side_with_blockers(out, toward, acts)
    out.extend(s for s in defied if s.actor in targeted)
    out.extend(accusers)
    out.extend(s for s in wanting if s.actor in entrants and s.actor not in targeted)
    blockers = _blockers(out)
    if (failed or blockers) and not adopted:
        let_down += let_down_by
    else:
        # disappointed by a decision taken is against it, for the one it is addressed to
        # ("Frost said he was disappointed by the conclusions"); a member may only want more
        # of it, so drafting keeps it for states outside the body only
        out.extend(
            replace(s, label=OPPOSE, cue=f"{s.cue} by the decision", outside_only=True)
            for s in let_down_by
        )
    if (failed or blockers) and not adopted:
        # disappointment after the decision was blocked: wanting it (the decision blocked,
        # when the blockers name one, else the membership of the state let down, if blocked)
        blocked_on = {b.anchor for group in blockers.values() for b in group}
        for s in let_down:
            if s.actor in blockers:
                continue
            own = "state:" + s.actor
            on = (
                next(iter(blocked_on))
                if len(blocked_on) == 1
                else own
                if own in blocked_on
                else None
            )
            out.append(replace(s, cue=f"{s.cue} (the decision blocked)", anchor=on))
    if adopted_anew:
        # "... adopted resolution 2801, after China dropped its objection": giving up its
        # objection is to the new text, not the veto of the old one
        out = [
            replace(s, anchor=adopted_anew[s.index])
            if s.anchor is None
            and s.index in adopted_anew
            and s.label == SUPPORT
            and (_CLIMB_DOWN_CUE.match(s.cue) or _POSITION_DROPPED.match(s.cue))
            else s
            for s in out
        ]
    out = _drop_withdrawn_threats(out, all_texts or [], named_at, set(adopted_anew.values()))
    out = _drop_earlier_dated(out)
    out = _drop_earlier_in_clause(out)
    return [s for s in out if id(s) not in unsaid] if unsaid else out


# ", which abstained in August when the Council authorised force, this time joined the
# majority" (31-02): the relative clause tells the actor's act on an earlier decision
_EARLIER_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:had\s+)?([a-z]+)\b([^,;]*),")


def _drop_earlier_in_clause(out: list[Stance]) -> list[Stance]:
    """A stance read from a relative clause dated earlier (``_EARLIER_TIME``) in a sentence
    that tells the actor's act "this time" (``_LATER_TIME``): the clause's act was on another,
    earlier decision, so it is dropped (test_draft_votes31)."""
    drop: set[int] = set()
    for st in out:
        if not st.cue:
            continue
        later = _LATER_TIME.search(st.sentence) is not None
        cue = " ".join(st.cue.lower().split())
        for m in _EARLIER_RELATIVE.finditer(st.sentence):
            clause = " ".join((m.group(1) + m.group(2)).lower().split())
            if not (clause.startswith(cue) or cue.startswith(clause)):
                continue  # another actor's clause ("Malaya, which voted against ..., and
                # Tunisia, which abstained ..., voted yes")
            if later and _EARLIER_TIME.search(m.group(2)):
                drop.add(id(st))
            elif _ANOTHER_TEXT.search(m.group(2)) and any(
                o is not st and o.actor == st.actor and o.index == st.index for o in out
            ):
                # "India, which abstained on the first of those drafts, also backed the text":
                # the clause's vote was on another text; the sentence tells this one's (32-08)
                drop.add(id(st))
    return [st for st in out if id(st) not in drop] if drop else out


# A relative clause's act on another text than the one reported ("which abstained on the first
# of those drafts", "who had voted against the earlier text")
_ANOTHER_TEXT = re.compile(
    r"\b(?:on|for|against)\s+(?:the\s+|an?\s+)?(?:first|second|earlier|previous|last|those|"
    r"these|both|two|three)\b[^,;]*\b(?:drafts?|texts?|resolutions?)\b",
    re.IGNORECASE,
)


# An act told as earlier ("voted against the fund in March", "opposed it last year") and one
# told as the later word ("On Thursday it backed the fund", "in the end it abstained").
_EARLIER_TIME = re.compile(
    r"\b(?:(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + "|".join(sorted(_MONTH_NAMES - {"may"}))
    + r"|\d{4})|last\s+(?:year|month|week|spring|summer|autumn|winter)"
    r"|earlier\s+(?:this|that|in\s+the)\s+(?:year|month|week))\b",
    re.IGNORECASE,
)
_LATER_TIME = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+the\s+end"
    r"|finally|eventually|this\s+time)\b",
    re.IGNORECASE,
)


def _drop_earlier_dated(out: list[Stance]) -> list[Stance]:
    """An actor's support or opposition told as earlier ("Malta voted against the fund in
    March"), then the other side told as the later word in a later sentence ("On Thursday it
    backed the fund"): the later act wins when both are on the same decision (the same
    anchor and the same words for it); when the later one names no decision, or another
    ("backed a plan for roads"), which was the later word is unsure: neither stands."""
    kind = (SUPPORT, OPPOSE, ABSTAIN)
    earlier = [
        s
        for s in out
        if s.label in (SUPPORT, OPPOSE)
        and _EARLIER_TIME.search(s.sentence)
        and not _LATER_TIME.search(s.sentence)
    ]
    drop: set[int] = set()
    for e in earlier:
        for later in out:
            if (
                later.actor != e.actor
                or later.index <= e.index
                or later.label not in kind
                or later.label == e.label
                or not _LATER_TIME.search(later.sentence)
                or _EARLIER_TIME.search(later.sentence)
            ):
                continue
            same = (
                e.anchor is not None
                and later.anchor == e.anchor
                and (later.anchor_text or "").lower() == (e.anchor_text or "").lower()
            )
            if same:
                drop.add(id(e))
            elif later.anchor is None or later.anchor == e.anchor:
                drop |= {id(e), id(later)}
    return [s for s in out if id(s) not in drop] if drop else out


# A climb-down: the actor gives up its resistance ("relented", "gave way", "backed down",
# "withdrew its objection", "dropped its veto threat", "lifted its veto").
_CLIMB_DOWN_CUE = re.compile(
    r"^(?:relent\w*|acquiesc\w*|\w+ way|\w+ down|agreed|"
    r"(?:withdr\w*|drop\w*|lift\w*|abandon\w*|gave up|give up|giving up|set aside)\s+"
    r"(?:\w+\s+)?(?:objections?|threats?|vetoe?s?|opposition|reservations|hold|block))$"
)


# Giving up a position held ("dropped that position", "abandoned its demand"): a climb-down
# when, and only when, what the actor held before in the article was opposition.
_POSITION_NOUNS = {"position", "stance", "demand", "demands", "insistence"}
_POSITION_DROPPED = re.compile(
    r"^(?:drop\w*|abandon\w*|gave up|give up|giving up|given up|relinquish\w*|retract\w*|"
    r"withdr\w*)\s+(?:its|their|that|this|his|her)\s+(?:position|stance|demands?|insistence)$"
)


def _held_position(noun: Any) -> bool:
    """A position named as the actor's own or the one told before: "its position", "that
    stance", "their demands" (not "a position", "the position of the EU")."""
    return noun.lower_ in _POSITION_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("its", "their", "that", "this", "his", "her")
        for c in noun.children
    )


# "Both climbed down", "The two later backed down": a climb-down whose subject is the two
# actors named before, in a sentence that names no actor (so it is not parsed).
_BOTH_CLIMB_DOWN = re.compile(
    r"^\W*(?:both|the\s+two)\s+(?:\w+ly\s+|later\s+|then\s+)?"
    r"(?:climbed\s+down|backed\s+down|relented|gave\s+way|gave\s+in|"
    r"(?:dropped|withdrew|lifted|abandoned)\s+their\s+(?:\w+\s+)?(?:objections?|threats?|vetoe?s))\b",
    re.IGNORECASE,
)


def _cue_at(s: Stance) -> int:
    """Where a stance's cue (its first word) starts in its sentence; -1 when not found."""
    words = s.cue.split()
    return _word_at(words[0], s.sentence) if words else -1


@functools.lru_cache(maxsize=4096)
def _word_at(word: str, sentence: str) -> int:
    """Where ``word`` first starts in ``sentence`` as a whole word, any case; -1 when not
    found (kept: _changed_later asks it of each pair of an actor's stances in a sentence)."""
    found = re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
    return found.start() if found else -1


def _changed_later(s: Stance, out: list[Stance]) -> bool:
    """Whether ``s`` is a stance its actor gives up later in the same sentence, on the same
    decision or with none named: opposition it climbs down from ("objected at first but later
    relented", "had threatened a veto, only to back down") or support it withdraws ("backed it
    at first but later withdrew its support").  Not "relented after objecting for weeks",
    where the order of the words is not the order of the acts: left to the weights."""
    if s.label not in (OPPOSE, SUPPORT) or _cue_at(s) < 0:
        return False
    return any(
        c.actor == s.actor
        and c.index == s.index
        and c.anchor in (None, s.anchor)
        and _cue_at(c) > _cue_at(s)
        and (
            s.label == OPPOSE
            and c.label == SUPPORT
            and bool(_CLIMB_DOWN_CUE.match(c.cue) or _POSITION_DROPPED.match(c.cue))
            or s.label == SUPPORT
            and c.label == OPPOSE
            and len(c.cue.split()) == 2
            and c.cue.split()[1].lower() in BACKING  # "withdrew support", "pulled backing"
            or _objection_let_pass(s, c)
        )
        for c in out
    )


# Objections voiced ("objected", "restated their objections"): words, not a vote, so that
# not blocking after them in the same sentence is the act (see _objection_let_pass)
_OBJECTION_CUE = re.compile(r"^(?:object(?:s|ed|ing)?|objections?)$", re.IGNORECASE)
_CONCESSIVE = re.compile(r"\b(?:but|yet|though|although)\b", re.IGNORECASE)


def _objection_let_pass(s: Stance, c: Stance) -> bool:
    """Whether objection ``s`` gives way to the plain "did not block" ``c`` told after it
    with a concessive word between ("restated their objections but did not block the
    wording"): the later word wins, as for "objected at first but later relented"; drafting
    reads the let-pass as consent in a consensus council and as no stance elsewhere.  Not a
    vote or a stated opposition ("voted against it but did not veto it", "opposed the
    quotas but did not block them": outvoted, not consenting)."""
    if s.label != OPPOSE or c.label != NEUTRAL or c.how != "negated":
        return False
    if not c.cue.startswith("not ") or not _OBJECTION_CUE.match(s.cue):
        return False
    begin, end = _cue_at(s), _cue_at(c)
    return _CONCESSIVE.search(s.sentence, begin, end) is not None


# A stance told as the first of two ("Hungary first opposed the package, then backed it",
# "initially voted against it but later abstained") and the later act told after it in the
# same sentence: the later one is the stance (29-14, 29-15: positions that moved within the
# article), so the first is dropped whether or not the later verb is read (no stance rather
# than the one given up: test_draft_amend30)
_FIRST_OF_TWO = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )\b(?:first|initially|originally|at first)\b\W*$", re.IGNORECASE
)
_AT_FIRST_AFTER = re.compile(r"^\w+\b[^,;]*?\bat first\b", re.IGNORECASE)
_AT_FIRST_OPENING = re.compile(
    r"^(?:At first|Initially|Originally),?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*$"
)
_THEN_LATER = re.compile(
    r"\b(?:then|later|eventually|finally|ultimately|subsequently|in the end,?)\s+"
    r"(?!the\b|a\b|an\b|it\b|they\b)[a-z]"
)


def _later_act_of_another(sentence: str, at: int) -> bool:
    """Whether the word before a "then/later" marker names another actor ("Hungary objected
    at first, and Slovakia later relented": test_draft_inversion_angles)."""
    before = sentence[:at].split()
    return bool(before) and before[-1][:1].isupper()


def _first_then_changed(s: Stance) -> bool:
    """Whether ``s``'s cue is told as an actor's first position ("first opposed",
    "initially backed", "rejected it at first") and a later act follows in its sentence
    ("..., then backed it", "; it later approved it").  Not "the first to object", nor a
    later act of another actor ("then Germany followed")."""
    b = _cue_at(s)
    if b < 0:
        return False
    before = s.sentence[max(0, b - 24) : b]
    if not (
        _FIRST_OF_TWO.search(before)
        or _AT_FIRST_AFTER.search(s.sentence[b:])
        or _AT_FIRST_OPENING.match(s.sentence[:b])
    ):
        return False
    later = _THEN_LATER.search(s.sentence, b)
    return later is not None and not _later_act_of_another(s.sentence, later.start())


def _drop_withdrawn_threats(
    out: list[Stance],
    texts: list[str],
    named_at: dict[int, set[str]] | None = None,
    anew: set[str] | frozenset[str] = frozenset(),
) -> list[Stance]:
    """An actor's opposition told before it climbs down ("Italy had threatened a veto ...
    Italy backed down") is what it held before: the climb-down cancels it (issue 13,
    heldout14); the opposition told after it stands.  "Both climbed down" is the two actors
    that held opposition before it, when exactly two did (else no one: unsure).  A threat
    told as renewed after the climb-down, read as a stance or not ("On Friday it renewed its
    threat"), is the last word (see _renewed_in_text).  ``anew``: texts adopted after a veto;
    a climb-down on one of them leaves the veto of the text before standing."""
    since: dict[str, int] = {}
    climbs: list[Stance] = []
    # "Hungary objected at first but later relented": a change of position told after the
    # stance in the same sentence is the later word too
    # (compared only within one actor's stances in one sentence: all pairs cost 10 % of a call)
    same: dict[tuple[str, int], list[Stance]] = {}
    for s in out:
        same.setdefault((s.actor, s.index), []).append(s)
    out = [
        s
        for s in out
        if not _changed_later(s, same[s.actor, s.index])
        and not (s.label in (OPPOSE, SUPPORT, ABSTAIN) and _first_then_changed(s))
    ]
    dropped = [s for s in out if s.label == SUPPORT and _POSITION_DROPPED.match(s.cue)]
    if dropped:
        # a position given up is consent only after opposition, and nothing else, told before
        out = [s for s in out if not any(s is d for d in dropped)]
        for d in dropped:
            before = {s.label for s in out if s.actor == d.actor and s.index < d.index}
            if before == {OPPOSE}:
                out.append(d)
                since[d.actor] = min(since.get(d.actor, d.index), d.index)
    for s in out:
        if s.label == SUPPORT and _CLIMB_DOWN_CUE.match(s.cue):
            since[s.actor] = min(since.get(s.actor, s.index), s.index)
    # "vetoed the draft ... adopted resolution 2801 after China dropped its objection": the
    # veto was on the earlier text and stands
    # (the texts each actor backed among ``anew``, gathered once: a scan of every stance per
    # opposition was 2 % of a 5,000-word draft)
    backed_anew: dict[str, set[Any]] = {}
    for c in out:
        if c.anchor in anew and c.label == SUPPORT:
            backed_anew.setdefault(c.actor, set()).add(c.anchor)
    apart = {
        (s.actor, s.anchor)
        for s in out
        if s.label == OPPOSE and backed_anew.get(s.actor, set()) - {s.anchor}
    }
    for i, text in enumerate(texts):
        words = _BOTH_CLIMB_DOWN.match(text)
        if words is None:
            continue
        held = {s.actor: s for s in out if s.label == OPPOSE and s.index < i}
        if len(held) != 2:
            continue
        for actor, s in held.items():
            since[actor] = min(since.get(actor, i), i)
            climbs.append(
                replace(
                    s,
                    label=SUPPORT,
                    confidence=ACTION,
                    sentence=text,
                    cue=words.group(0).strip(),
                    how="action",
                    index=i,
                    object_text=None,
                    background=False,
                )
            )
    if not since:
        return out
    # the climbing actors whose threat a later sentence renews with words the readers give no
    # stance ("it renewed its threat"): their opposition stands and the climb-down does not;
    # a renewal whose actor is unsure cancels both (no stance)
    renewed_text, unsure = _renewed_in_text(since, texts, named_at or {})
    kept = [
        s
        for s in out
        if not (
            s.label == OPPOSE
            and s.actor in since
            and s.index < since[s.actor]
            and s.actor not in renewed_text
            and (s.actor, s.anchor) not in apart
        )
        and not (s.actor in unsure and s.label == OPPOSE and s.index < since[s.actor])
    ]
    kept += climbs
    if renewed_text or unsure:
        kept = [
            s
            for s in kept
            if not (
                s.actor in renewed_text | unsure
                and s.label == SUPPORT
                and any(
                    r.match(s.cue) for r in (_CLIMB_DOWN_CUE, _BOTH_CLIMB_DOWN, _POSITION_DROPPED)
                )
            )
        ]
    # A threat renewed after the climb-down ("lifted its veto on Tuesday, but on Friday it
    # threatened again to block it"): the last word stands, so the climb-down no longer does.
    renewed = {
        s.actor
        for s in kept
        if s.label == OPPOSE and s.actor in since and _renewed_after_climb(s, kept)
    }
    if not renewed:
        return kept
    return [
        s
        for s in kept
        if not (s.actor in renewed and s.label == SUPPORT and _CLIMB_DOWN_CUE.match(s.cue))
        and not (s.actor in renewed and s.label == SUPPORT and _BOTH_CLIMB_DOWN.match(s.cue))
        and not (s.actor in renewed and s.label == SUPPORT and _POSITION_DROPPED.match(s.cue))
    ]


# A threat told as renewed: "renewed its threat", "revived the threat", "repeated its veto
# threat", "threatened again", "was threatening a veto once more", "again threatened".
_THREAT_RENEWED = re.compile(
    r"\b(?:renew\w*|reviv\w*|repeat\w*|reiterat\w*|restat\w*|reissu\w*)\s+"
    r"(?:its|their|the|that|this|his|her)\s+(?:\w+\s+)?threats?\b"
    r"|\bthreat\w*(?:\s+\w+){0,3}?\s+(?:again|anew|once\s+more)\b"
    r"|\b(?:again|anew|once\s+more)\s+threat\w*",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n't)\b[^,;]*$", re.IGNORECASE)


def _renewed_in_text(
    since: dict[str, int], texts: list[str], named_at: dict[int, set[str]]
) -> tuple[set[str], set[str]]:
    """The climbing actors (``since``: actor -> sentence of its climb-down) whose threat a
    later sentence, or the climb-down's own after its words, tells as renewed, and those for
    whom such a renewal may be theirs but who renewed is unsure.  The renewer: the one actor
    the sentence names, else (a pronoun: "On Friday it renewed its threat") the actors of the
    last sentence before it that names any, when that is one actor; several climbers there is
    unsure.  A negated renewal ("did not renew its threat") is none."""
    renewed: set[str] = set()
    unsure: set[str] = set()
    first = min(since.values())
    for j in range(first, len(texts)):
        text = texts[j]
        m = _THREAT_RENEWED.search(text)
        if m is None or _NOT_BEFORE.search(text[: m.start()]):
            continue
        who = named_at.get(j, set())
        if not who:
            k = max((i for i, n in named_at.items() if n and i < j), default=None)
            who = named_at[k] if k is not None and k >= j - 3 else set()
        climbers = {a for a in who if a in since and since[a] <= j}
        if len(who) == 1 and climbers:
            (actor,) = climbers
            if since[actor] < j or (
                since[actor] == j and _CLIMB_WORD.search(text[: m.start()]) is not None
            ):
                renewed.add(actor)
        elif climbers and not named_at.get(j):
            unsure |= climbers
    return renewed, unsure - renewed


_CLIMB_WORD = re.compile(
    r"\b(?:relent\w*|backed\s+down|climbed\s+down|gave\s+way|withdr\w*|dropp\w*|lift\w*)",
    re.IGNORECASE,
)

# "again", "anew", "once more", "renewed": an act told as a return to an earlier one
_RENEWAL = re.compile(r"\b(?:again|anew|once\s+more|renew(?:ed|s)?)\b", re.IGNORECASE)


def _renewed_after_climb(opp: Stance, stances: list[Stance]) -> bool:
    """Whether opposition ``opp`` is told as renewed ("threatened again") after its actor's
    climb-down: in a later sentence, or later in the same one."""
    renewal = _RENEWAL.search(opp.sentence)
    if renewal is None:
        return False
    for c in stances:
        if c.actor != opp.actor or c.label != SUPPORT:
            continue
        if not any(r.match(c.cue) for r in (_CLIMB_DOWN_CUE, _BOTH_CLIMB_DOWN, _POSITION_DROPPED)):
            continue
        if c.index < opp.index:
            return True
        at = c.sentence.lower().find(c.cue.split()[0].lower())
        if c.index == opp.index and 0 <= at < renewal.start():
            return True
    return False


_SPEAKING = {"speaking", "acting"}


def _voiced_through(sent: _Sentence, verb: Any) -> list[str]:
    """The state a group of no named actor speaks through ("European Union states, speaking
    through Luxembourg, backed the resolution"): the one that voiced the group's stance;
    [] otherwise."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or sent.actors_of(subj, pronouns=False):
        return []
    # the participle hangs on the subject or, set off by commas, on the verb
    for c in [*subj.children, *verb.children]:
        if c.dep_ in ("acl", "relcl", "advcl") and c.lower_ in _SPEAKING and not _negated(c):
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("through", "via"):
                    return [
                        a
                        for p in prep.children
                        if p.dep_ == "pobj"
                        for a in sent.actors_of(p, pronouns=False)
                    ]
    return []


_INVITED = MEMBERSHIP_NOUNS | {"invitation", "invitations", "bids", "applications"}


def _other_entry(
    sent: _Sentence, tgt: Any, who: list[str], lead: tuple[set[str], str]
) -> str | None:
    """The decision ``tgt`` names when it is the entry (membership, bid, invitation) of a state other than the
    blockers ``who`` that the headline and lead (``lead``: their actors and words) do not
    name: "Greece blocked Macedonia's bid", "... blocked its invitation" where "its" is the
    sentence's subject ("Macedonia, which had hoped to join, remains outside after Greece
    blocked its invitation").  The anchor of that decision: "state:X" for an actor, else
    ELSEWHERE; None when ``tgt`` is no such entry (without a lead that names anything, never)."""
    actors, words = lead
    if not (actors or words) or _word(tgt) not in _INVITED:
        return None
    owner = next((c for c in tgt.children if c.dep_ == "poss"), None)
    if owner is None:
        of = [
            p
            for c in tgt.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        owner = of[0] if len(of) == 1 else None
    if owner is not None and owner.lower_ in ("its", "their"):
        # not the blockers' own: the subject of the clause the block is told in ("after")
        root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
        subj = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
        owner = subj[0] if subj and subj[0].i < tgt.i else None
    if owner is None or owner.tag_ not in ("NNP", "NNPS"):
        return None
    named = sent.actors_of(owner, pronouns=False)
    if named:
        return None if len(named) > 1 or set(named) & (set(who) | actors) else "state:" + named[0]
    if owner.i in sent.person_at:
        return None
    name = " ".join(t.lower_ for t in owner.subtree if t.tag_ in ("NNP", "NNPS"))
    if not name or re.search(r"\b" + re.escape(name) + r"\b", words):
        return None
    return ELSEWHERE


_TURN_VERBS = {
    f for v in ("change", "switch", "reverse", "shift", "alter", "flip") for f in _inflect(v)
}
_TURNED_WHAT = {"position", "positions", "stance", "mind", "view", "line", "course", "tack"}
_TURNED_WHAT |= {"sides", "vote", "policy"}


# "let the text pass by abstaining", "allowed it to go through by abstaining"
_LET_VERBS = {f for v in ("let", "allow") for f in _inflect(v, "let")}

# "switched from abstaining to voting in favour", "moved from a yes to an abstention"
_SWITCH_VERBS = _TURN_VERBS | {
    f for v in ("move", "swing", "go") for f in _inflect(v, "swung", "went", "gone")
}


def _switch_prep(tok: Any) -> tuple[str, Any] | None:
    """The end ("from" or "to") of a change of vote that ``tok`` (a vote noun or gerund, or
    the preposition itself) names, with the verb of the change: "Japan switched from
    abstaining to voting in favour" (parsed with "to" hung on "abstaining"), "Brazil moved
    from a yes to an abstention".  Only with both ends stated; None otherwise."""
    p = tok if tok.dep_ == "prep" else tok.head if tok.dep_ in ("pobj", "pcomp") else None
    if p is None or p.lower_ not in ("from", "to"):
        return None
    start = p
    if p.lower_ == "to" and p.head.dep_ in ("pobj", "pcomp") and p.head.head.lower_ == "from":
        start = p.head.head  # "from abstaining to voting": "to" on the first end
    verb = start.head
    if verb.lower_ not in _SWITCH_VERBS or not verb.tag_.startswith("VB"):
        return None
    ends = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    ends |= {c.lower_ for e in start.children for c in (e, *e.children) if c.dep_ == "prep"}
    if not {"from", "to"} <= ends:
        return None
    return p.lower_, verb


def _turned_since(sent: _Sentence) -> dict[str, int]:
    """Per actor that the sentence says changed its position ("changed its position",
    "reversed course", "switched sides"), the token of the change: a stance the same sentence
    tells of it before that token is what it held before (issue 13, heldout13 inversions).  A
    negated change ("has not changed its position") keeps the stance."""
    out: dict[str, int] = {}
    if _doc_words(sent.doc).isdisjoint(_TURN_VERBS):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        if tok.lower_ not in _TURN_VERBS or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _TURNED_WHAT for c in tok.children):
            continue
        for a in sent.owners(tok):
            out.setdefault(a, tok.i)
    return out


def _changed_since(doc: Any, found: list[tuple]) -> dict[int, set[str]]:
    """Per cue token told as past ("which had backed the reform", "which backed it last
    year") or as a description in apposition ("Russia, a longtime critic of the mission,
    ..."), the actors the same sentence gives another stance now ("..., now says it will
    not support it", "... did not block the text"): the past stance or the description is
    background, not the stance (issue 13, inversion probes).  Cues read from counts or lists
    (no token) are left alone."""
    past = {
        at
        for *_, how, _, at in found
        if at >= 0 and (_weight(doc[at]) <= PAST or (how == "role" and doc[at].dep_ == "appos"))
    }
    # (a stance now on another decision is no change: "Chile, which had tabled the
    # amendment, voted against it [the resolution]"; an unplaced anchor may be any, but the
    # main decision's stance does not replace one on a rival text or an amendment: "Chile,
    # which had backed a rival draft, abstained")
    now: dict[str, list[tuple[str, Any]]] = {}
    for who, label, *_, anchor, at in found:
        if at >= 0 and at not in past:
            for a in who:
                now.setdefault(a, []).append((label, anchor))
    out: dict[int, set[str]] = {}
    for who, label, *_, anchor, at in found:
        if at in past:
            out.setdefault(at, set()).update(
                a
                for a in who
                if any(
                    lab != label
                    and (
                        (on is None and anchor not in (RIVAL, AMENDMENT))
                        or anchor is None
                        or on == anchor
                    )
                    for lab, on in now.get(a, [])
                )
            )
    return out


_OUTCOMES = {"outcome", "result", "vote"}
# "failed to win nine votes" is a failed vote; "failed to end the fighting" is a text in force
# that did not work.
_NOT_FAILED_TO = (
    r"(?!\s+to\s+(?!(?:win|pass|secure|get|gain|garner|muster|obtain|receive|attract|"
    r"command|clear|reach|be)\b))"
)
# A sentence no actor is named in is not parsed, so _fate never reads it: "voted on a draft
# resolution ..., but the draft failed to win the nine votes needed", "The text was vetoed."
# The text as "the draft" (not "a rival draft", "a similar text": another text), and not in a
# condition ("if the draft failed").
_FAILED_TEXT = (
    r"(?:draft(?:\s+resolution)?|resolution|text|proposal|measure)\s+"
    r"(?:fail(?:s|ed)\b" + _NOT_FAILED_TO + r"|f[ea]ll\s+short|(?:was|is)\s+(?:vetoed|defeated))\b"
)
_FAILED_HEADLINE_TEXT = _FAILED_TEXT.replace(r"(?:was|is)\s+", r"(?:(?:was|is)\s+)?")
# One word may tell the text ("the revised draft failed", "the amended text was defeated"),
# but not one that sets another text apart ("the rival draft", "the earlier text"), nor a
# year ("the 2015 resolution": a text of the past).
_ONE_WORD = r"(?:(?!(?:{})\b)[a-z][\w.-]*\s+)?".format(
    "|".join(sorted(RIVAL_WORDS | _EARLIER | {"first", "original", "similar", "other"}))
)
_TEXT_FAILED = re.compile(
    r"(?<!\bif )(?<!\bunless )(?<!\bwhether )\b(?:the|this)\s+" + _ONE_WORD + _FAILED_TEXT,
    re.IGNORECASE,
)
# ... nor "The package was carried by a qualified majority" (33-13), the text adopted
_TEXT_ADOPTED = re.compile(
    r"(?<!\bif )(?<!\bunless )(?<!\bwhether )\b(?:the|this)\s+"
    + _ONE_WORD
    + r"(?:draft(?:\s+resolution)?|resolution|text|proposal|measure|package|regulation|"
    r"directive|law)\s+(?:was|were)\s+(?:adopted|passed|approved|carried)\b",
    re.IGNORECASE,
)
# A headline drops the article: "Draft fails", "UN draft vetoed", "Amended text falls short".
_HEADLINE_FAILED = re.compile(
    r"^" + _ONE_WORD + _ONE_WORD + _FAILED_HEADLINE_TEXT,
    re.IGNORECASE,
)

_FAILED = {"failed", "fails", "fell", "falls"}
_DEFEATED = {"vetoed", "rejected", "defeated"}
# (built once: _fate asks it of every token of every sentence read)
_DEFEATED_FORMS = _DEFEATED | {"rejects", "defeats"}
# _ADOPTED: with _ADOPTION_ACT, further up
_FATE_TEXTS = TEXT_NOUNS | {"bid", "initiative", "measure", "reform", "plan", "package"}


_VOTING_BODIES = {"council", "assembly", "parliament", "chamber", "members", "body"}


def _body_rejects(verb: Any) -> bool:
    """Whether the voting body itself rejects a text: "the Council rejected the proposal",
    "the Assembly voted down the draft" (not "Russia rejected the text": one member's act)."""
    low = verb.lower_
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if not (low in ("rejected", "rejects", "defeated") or (low.startswith("vot") and down)):
        return False
    if _negated(verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _VOTING_BODIES


def _fate(sent: _Sentence) -> str | None:
    """What a sentence says became of a text: "the resolution failed", "the draft fell
    short", "the text was vetoed" ("failed"); "the resolution was adopted", "the text passed"
    ("adopted").  Only a text as the subject: "Russia vetoed the text" says what Russia did."""
    words = _doc_words(sent.doc)
    if words.isdisjoint(_FATE_TEXTS) and "it" not in words and words.isdisjoint(_VETOED):
        # (each reading below needs a text noun, "it" or "vetoed" in the sentence)
        return None
    for t in sent.doc:
        if t.lower_ in _FATE_TEXTS and t.dep_ == "dobj" and _body_rejects(t.head):
            return "failed"  # "the Security Council rejected a US proposal"
        if t.lower_ not in _FATE_TEXTS or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = t.head
        low = verb.lower_
        if _negated(verb) or _other_version(t):
            continue  # "An earlier draft failed, but the revised text was adopted"
        if (
            t.dep_ == "nsubj"
            and low in _FAILED
            and (low.startswith("fail") or any(c.lower_ == "short" for c in verb.children))
        ):
            return "failed"
        if t.dep_ == "nsubjpass" and low in _DEFEATED:
            return "failed"
        if low in _ADOPTED and (t.dep_ == "nsubjpass" or low in ("passed", "carried")):
            return "adopted"
    for t in sent.doc:
        # "voted on a draft ..., but it was vetoed by Russia": "it" is the text just named
        if (
            t.lower_ == "it"
            and t.dep_ == "nsubjpass"
            and t.head.lower_ in _DEFEATED
            and not _negated(t.head)
            and _text_before_conj(t.head)
        ):
            return "failed"
    for t in sent.doc:
        if _member_vetoes(t):
            return "failed"  # "Russia and China vetoed a European-drafted resolution"
    for t in sent.doc:
        # "the Security Council rejected a US proposal": the deciders as the subject
        if (
            t.lower_ in _DEFEATED_FORMS
            and t.tag_.startswith("VB")
            and not _negated(t)
            and any(c.dep_ == "nsubj" and c.lower_ in _DECIDING for c in t.children)
            and any(c.dep_ == "dobj" and c.lower_ in _FATE_TEXTS for c in t.children)
        ):
            return "failed"
    return None


_DECIDING = {"council", "assembly", "alliance", "ministers", "leaders", "members", "allies"}


def _other_version(text: Any) -> bool:
    """Whether a text noun is set apart from the one reported: "an earlier draft", "the first
    text", "a rival resolution" (its fate is not the reported text's)."""
    return _second_text(text) is not None or any(
        c.dep_ == "amod" and c.lower_ in _EARLIER | {"first", "original"} for c in text.children
    )


_VETOED = {"vetoed", "vetoes", "veto"}
_EARLIER_UNITS = {"week", "weeks", "month", "months", "year", "years", "day", "days"}
# A stretch of time a holdout lasts: "held out until the last minute", "for weeks"
_TIME_SPAN_NOUNS = _EARLIER_UNITS | {"minute", "moment", "hour", "hours"}


def _told_earlier(verb: Any) -> bool:
    """A verb dated before the report's day: "vetoed a draft last week", "two months ago"."""
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in _EARLIER_UNITS | {"ago"}:
            words = {k.lower_ for k in c.subtree}
            if words & {"last", "ago", "earlier", "previous"}:
                return True
    return False


def _member_vetoes(verb: Any) -> bool:
    """A member casting its veto on the text the article reports, in the active voice:
    "Russia and China vetoed a European-drafted resolution" says the text failed as surely as
    "the resolution was vetoed".  Not a veto threatened, intended, negated, told in the past
    perfect or under a modal ("had vetoed", "would veto", "threatened to veto"), nor one cast
    on a second text ("vetoed the rival draft")."""
    if verb.lower_ not in _VETOED or not verb.tag_.startswith("VB"):
        return False
    if _negated(verb) or _intended(verb) or _weight(verb) != 1.0 or _told_earlier(verb):
        return False
    if verb.dep_ not in ("ROOT", "conj") or _told_earlier(verb):
        # "the Assembly took up the issue after the United States vetoed a Council draft
        # last week": a background clause, another text
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ == "it":
        return _text_before_conj(verb)  # "voted on a draft ..., but Russia vetoed it"
    return obj is not None and obj.lower_ in _FATE_TEXTS and _second_text(obj) is None


def _text_before_conj(verb: Any) -> bool:
    """Whether a verb joined to an earlier one ("..., but Russia vetoed it") follows that
    verb's own text, the one "it" names: "voted on a draft resolution", "put a draft to a
    vote" (not a second text: "voted on a rival draft")."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    for c in head.children:
        if c.i > verb.i:
            continue
        nouns = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ not in ("dobj", "prep"):
            continue
        if any(n.lower_ in _FATE_TEXTS and _second_text(n) is None for n in nouns):
            return True
    return False


# What the deciders themselves do names a decision even when no member's stance is read from
# it: "NATO leaders chose Rasmussen as secretary-general", "the 28 leaders also adopted a
# declaration on alliance security", "all 28 leaders agreed to extend the sanctions", "the
# statement, agreed by all 28 leaders".  An article that reports two decisions often names
# the second only this way, so without it every stance would fall on the first.
BODY_ACTS = {
    f
    for v in (
        "adopt",
        "agree",
        "approve",
        "endorse",
        "back",
        "choose",
        "appoint",
        "elect",
        "name",
        "nominate",
        "select",
        "extend",
        "renew",
        "prolong",
        "impose",
        "launch",
        "open",
        "invite",
        "decide",
        "sign",
        "authorise",
        "authorize",
        "add",  # "added 12 names to the list"
        "grant",  # "granted Montenegro the status of candidate"
    )
    for f in _inflect(v)
} | {"chose", "chosen"}
# what the deciders adopt besides the proposal nouns: "adopted guidelines", "a statement"
BODY_TEXTS = {"guidelines", "conclusions", "statement", "communique", "communiqué", "mandate"}
_APPOINTING = {
    f for v in ("choose", "appoint", "elect", "name", "nominate", "select") for f in _inflect(v)
} | {"chose", "chosen"}
DECIDER_HEADS = _DECIDING | {"heads", "governments", "states", "countries", "partners"}


def _decider(sent: _Sentence, tok: Any) -> bool:
    """Whether a noun is the deciders as a whole ("EU leaders", "The 28 leaders", "the
    Council", "member states"), not one named member ("Polish leaders") or a part of them
    ("several governments", "most allies")."""
    if tok.lower_ not in DECIDER_HEADS or tok.i in sent.actor_at:
        return False
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in sent.actor_at:
            return False  # "Dutch ministers", "Poland's leaders"
        if c.dep_ in ("det", "amod", "advmod") and c.lower_ in _PART_WORDS:
            return False
    return True


_PART_WORDS = {"some", "several", "many", "most", "few", "other", "others", "two", "three"}
# "The Assembly adopted a resolution on Syria ... It also adopted a declaration on road safety":
# "it" or "they" adopting a further text (also, then, later) are the deciders, as only a body
# adopts or passes a text (a state does not); ``body_acts`` takes only a new text as the object
_BODY_PRONOUNS = {"it", "they"}
_PRONOUN_ACTS = {"adopted", "passed"}
_THEN_WORDS = {"also", "then", "later", "subsequently", "separately"}


def _body_pronoun(verb: Any, subj: Any) -> bool:
    return (
        subj.lower_ in _BODY_PRONOUNS
        and verb.lower_ in _PRONOUN_ACTS
        and any(c.dep_ == "advmod" and c.lower_ in _THEN_WORDS for c in verb.children)
    )


def _also_adopted(verb: Any, obj: Any | None, index: int, lede: int) -> bool:
    """Whether a body act after the lead adopts a further text: "The 29 leaders also approved
    a short declaration" ("also" on the verb, a text the deciders adopt as its object, named
    with the indefinite article: a text not named before)."""
    return (
        obj is not None
        and index > lede + 1
        and _word(obj) in BODY_TEXTS | {"declaration", "statement", "package", "plan"}
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
        and _new_thing(obj)
    )


def _the_number(tok: Any) -> bool:
    """Whether a noun phrase is a number alone with "the": "the fourteen", "the 27" (the
    parser tags some number words as nouns: "the thirty")."""
    from concilium.text.counts import number

    return (
        (number(tok.text) or 0) > 1
        and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _new_thing(obj: Any) -> bool:
    """Whether an object is named with "a" or "an": a thing not told before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)


def _follow_up_text(verb: Any, obj: Any | None, index: int, lede: int) -> bool:
    """Whether a body act after the lead adopts a text named as a follow-up to the one told
    before ("It then adopted a follow-up resolution asking for a fact-finding team"): a
    further decision, whatever adverb the verb has.  Not "the follow-up text" (a text named
    before) nor a follow-up meeting or report (no text adopted)."""
    if obj is None or index <= lede or _word(obj) not in TEXT_NOUNS or _negated(verb):
        return False
    if verb.lower_ not in _ADOPTED:
        return False
    mods = [c for c in obj.children if c.i < obj.i]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mods) and any(
        c.lower_ in ("follow-up", "follow", "followup")
        and (c.lower_ != "follow" or any(p.lower_ == "up" for p in c.children))
        for c in mods
    )


def _also_decided(verb: Any, obj: Any | None = None, before: str | None = None) -> bool:
    """Whether the deciders "also decided / agreed / approved" something on a place or party
    the decision told before does not name ("adopted new sanctions against Iran. Ministers
    also decided to lift the arms embargo on Somalia"): a second decision of the same kind.
    Not "also welcomed" (no decision of theirs), not "also approved new listings" or "the
    sanctions package" (no other target: likely a part of the first)."""
    if verb.lower_ not in _ADOPTED | {"decided", "agreed"}:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return False
    if obj is None:
        return True
    said = (before or "").lower()
    return any(t.tag_ == "NNP" and t.lower_ not in said for t in obj.subtree)


def _adopted_after_veto(verb: Any, obj: Any, anchor: str, out: list[Stance]) -> bool:
    """Whether the deciders adopt a text after a text on the same decision was vetoed, told
    as another text: by its number ("adopted resolution 2801") or as new ("a new resolution",
    "a revised draft").  Not "it", "the draft" or "the text" (the one told before)."""
    if verb.lower_ not in _ADOPTED or _negated(verb) or _word(obj) not in TEXT_NOUNS:
        return False
    doc = obj.doc
    numbered = obj.i + 1 < len(doc) and doc[obj.i + 1].like_num
    fresh = any(
        m.dep_ == "amod" and (_new_word(m.lower_) or m.lower_ == "revised") for m in obj.children
    )
    # a veto read on no anchor is on the main decision
    on = (anchor, None) if anchor == MAIN else (anchor,)
    return (numbered or fresh) and any(
        s.anchor in on and s.label == OPPOSE and s.cue.lower().startswith("veto") for s in out
    )


def _report_after_amendment(
    verb: Any, obj: Any | None, index: int, lede: int, texts: list[str] | None, seen: dict
) -> bool:
    """Whether the deciders adopt a report after the lead, in an article that told of
    amendments and whose headline and lead name no report ("rejected an amendment ... The
    Assembly then adopted the Council's annual report"): another text than the amendment or
    the text the article opens with.  Not a resolution or a draft (what the amendment was to),
    nor a report the lead names (the article's own decision)."""
    if obj is None or verb.lower_ not in _ADOPTED or _negated(verb) or _word(obj) != "report":
        return False
    if index <= lede or not texts or _AMENDMENTS_TOLD not in seen:
        return False
    return not any(re.search(r"\breports?\b", t, re.IGNORECASE) for t in texts[: lede + 1])


def _new_or_vetoed(tgt: Any, anew: dict[int, str], out: list[Stance]) -> list[str | None] | None:
    """The text a stance's object names after a text was vetoed and another adopted: "the
    new resolution" (or "the new one") the one adopted, "the vetoed text / draft" the one
    vetoed; None when the object says neither."""
    marks = {m.lower_ for m in tgt.children if m.dep_ in ("amod", "compound")}
    if tgt.lower_ not in TEXT_NOUNS | {"one"}:
        return None
    if "new" in marks:
        return [list(anew.values())[-1]]
    if marks & {"vetoed", "failed", "blocked"}:
        vetoed = [s.anchor for s in out if s.label == OPPOSE and s.cue.lower().startswith("veto")]
        return [vetoed[-1]] if vetoed and vetoed[-1] not in anew.values() else None
    return None


def _also_adopted_new(
    verb: Any, obj: Any | None, index: int, lede: int, texts: list[str] | None
) -> bool:
    """Whether a body act after the lead adopts "also" a thing the article has not named
    before, named with "the" ("The leaders had also endorsed the debt relief principles
    the ministers drew up"): a further decision, as "also approved a declaration" is.  Not a noun
    written in an earlier sentence ("also backed the plan" after the plan was told), nor one
    too vague to be another decision ("the measures", "the proposal")."""
    if obj is None or index <= lede + 1 or not texts:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return False
    word = _word(obj)
    if word in PROPOSAL_NOUNS or word in TEXT_NOUNS or word in GENERAL_NOUNS or len(word) < 4:
        return False
    stem = word.removesuffix("s")
    return not any(re.search(rf"\b{re.escape(stem)}", t, re.IGNORECASE) for t in texts[:index])


def _ordinal(word: str) -> bool:
    return len(word) > 2 and word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _new_word(word: str) -> bool:
    return word in _FURTHER or word in ("new", "fresh") or _ordinal(word)


def _decision_noun(word: str) -> bool:
    return word in PROPOSAL_NOUNS or word in TEXT_NOUNS or word in _TOPIC_OF


def _new_decision_opening(text: str) -> bool:
    """The words-only reading of :func:`_new_decision_subject`, for a sentence not parsed:
    it opens with "A separate text ...", "A new, 18th package ..." (a decision noun within
    three words after the word that makes it new)."""
    words = [w.strip(",").lower() for w in text.split()[:8]]
    if not words or words[0] not in ("a", "an"):
        return False
    at = next((i for i, w in enumerate(words[1:4], 1) if _new_word(w)), None)
    return at is not None and any(_decision_noun(w) for w in words[at + 1 : at + 4])


def _main_text_opening(text: str) -> bool:
    """The words-only reading of :func:`_main_text_subject`, for a sentence not parsed: it
    opens with "The resolution", "The draft" ... and a word that is no possessive."""
    words = text.split()[:3]
    return (
        len(words) == 3
        and words[0].lower() == "the"
        and words[1].strip(",:;").lower() in TEXT_NOUNS - {"resolutions", "drafts", "texts"}
        and not words[1].lower().endswith(("'s", "’s"))
    )


def _amendments_opening(text: str) -> bool:
    """Whether a sentence opens with amendments, told by its words only: "Russia's amendments
    were defeated", "The Russian amendments failed" (the amendment word within its first three
    words): the next sentence's "them" or "it" is those amendments, not the text."""
    return any(_AMENDMENT_WORD.fullmatch(w.strip(",:;").lower()) for w in text.split()[:3])


def _main_text_subject(sent: _Sentence) -> bool:
    """Whether a sentence's subject is the text itself: "the resolution", "the draft" (the
    definite singular noun, no second text's words: not "the rival draft", "the Russian text",
    "the amendments"), of the root or of its auxiliary."""
    root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    heads = [root, *(c for c in root.children if c.dep_.startswith("aux"))]
    # a first clause set off by a colon or semicolon is parsed as the root's complement ("the
    # resolution was adopted by consensus: it passed because ...")
    heads += [c for c in root.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < root.i]
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    texts = [s for s in subjects if s.tag_.startswith("NN") and s.lower_ in TEXT_NOUNS]
    if any(
        s.tag_ != "NN" or _second_text(s) or sent.text_kind.get(s.i, MAIN) != MAIN for s in texts
    ):
        return False  # "the rival drafts", "the Russian text": not the text itself
    return any(
        # "The American draft received 11 votes", the main text named by its sponsors
        sent.text_kind.get(s.i) == MAIN
        or any(c.dep_ == "det" and c.lower_ == "the" for c in s.children if c.i < s.i)
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in s.children if c.i < s.i)
        for s in texts
    )


def _phrase_head(phrase: str | None) -> str | None:
    """The head noun of a decision's phrase, roughly: its last word before a preposition
    ("charter of fundamental social rights" -> "charter", "workers' charter" -> "charter")."""
    if not phrase:
        return None
    words = re.split(r"\s+(?:of|on|for|to|against|with|in|from|by)\s", phrase.lower(), maxsplit=1)
    last = words[0].split()
    return last[-1].strip(",.;:") if last else None


def _subject_is_the(sent: _Sentence, noun: str | None) -> bool:
    """Whether the sentence's root has "the ``noun``" for its subject ("The charter, which
    sets out rights ..., was approved by eleven")."""
    root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
    if noun is None or root is None:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ == noun
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in root.children
    )


def _new_decision_subject(doc: Any) -> bool:
    """Whether a sentence's subject is a further decision introduced as such: a decision noun
    with "a"/"an" and "new", "further", "separate" ... or an ordinal ("A new, 18th package of
    sanctions remained blocked"); not "A revised draft", which may be the text named before."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    # the root's subject, or its auxiliary's ("remained" in "the package remained blocked")
    heads = [root, *(c for c in root.children if c.dep_.startswith("aux"))]
    subj = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in ("NN", "NNS"):
        return False
    if not _decision_noun(subj.lower_):
        return False
    mods = [c for c in subj.children if c.i < subj.i]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mods) and any(
        c.dep_ == "amod" and (_new_word(c.lower_)) for c in mods
    )


def _also_agreed_clause(
    verb: Any, obj: Any | None, index: int, lede: int
) -> tuple[Any, str] | None:
    """(subject, words) of the clause a body act after the lead agrees "also", with no object:
    "The 26 allies also agreed that their troops in Afghanistan could come to each other's
    aid" (subject "troops"); None for a clause with no noun subject ("also agreed that it
    would ...": what "it" is, is told before) or an act of the lead itself."""
    if obj is not None or index <= lede:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in ("NN", "NNS"):
        return None
    doc = verb.doc
    start = subj.left_edge.i
    while start < subj.i and doc[start].tag_ in ("DT", "PRP$"):
        start += 1
    end = min(clause.right_edge.i + 1, start + _PHRASE_LIMIT)
    while end > subj.i + 1 and (
        doc[end - 1].tag_ in ("DT", "IN", "CC", "TO") or doc[end - 1].is_punct
    ):
        end -= 1  # cut at the limit: not "... aid in an"
    return subj, doc[start:end].text


# the last word of a text's title: "a Membership Action Plan", "the Readiness Action Plan"
_TITLED_TEXTS = {"plan", "pact", "treaty", "charter", "declaration", "initiative", "programme"}


def _names_a_thing(sent: _Sentence, obj: Any) -> bool:
    """Whether a body act's object is a common noun that can name a decision ("guarantees",
    "names", "chapters"), not an actor, a pronoun or a time; a text's title counts when its
    last word is itself a kind of text ("launched a Membership Action Plan", "adopted a
    Strategic Defence Pact"), not a bare name ("backed Rasmussen")."""
    titled = obj.tag_ == "NNP" and obj.lower_ in _TITLED_TEXTS and obj.i > 0
    return (
        (obj.tag_ in ("NN", "NNS") or titled)
        and obj.i not in sent.actor_at
        and obj.lower_ not in _CALENDAR
        and obj.lower_ not in GENERAL_NOUNS
    )


def _second_act(first_verb: Any, first_obj: Any, verb: Any, obj: Any) -> bool:
    """Whether ``verb`` is an act coordinated after the lead's first act (its ``conj``, or
    the conj of the verb that governs it) on another object, not the same noun again ("agreed
    the package and approved the package")."""
    if obj.i == first_obj.i or _word(obj) == _word(first_obj) or obj.i < first_obj.i:
        return False
    heads = {first_verb.i, first_verb.head.i}
    if verb.dep_ == "xcomp" and verb.head.lower_ in _FAIL_WORDS:
        verb = verb.head  # "... but failed to agree on a spending target"
    return verb.dep_ == "conj" and verb.head.i in heads and verb.i > first_verb.i


_FURTHER = {"second", "separate", "further", "another", "parallel", "third"}


def in_a_further_decision(verb: Any, sitting: bool = True) -> bool:
    """Whether a verb is told as a further decision of the deciders, whatever the verb: "In
    a second decision, the ministers asked for options for sanctions ..." (its subject must
    still be the deciders: see :func:`body_acts`); "set up a mission and, in a separate vote,
    extended the force" (the phrase after the "and", parsed on the first verb, is the
    second's); ``sitting``: also "At the same summit, ..." (another act of the sitting)."""
    if _FURTHER_WORDS.isdisjoint(_doc_words(verb.doc)):
        return False  # (asked of every verb: each reading below needs one of these words)
    mods = list(verb.children)
    if verb.dep_ == "conj":
        and_at = [c.i for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
        mods += [c for c in verb.head.children if and_at and min(and_at) < c.i < verb.i]
    if any(
        # "Separately, ministers agreed to ...": opening the sentence
        c.dep_ == "advmod" and c.lower_ == "separately" and c.i == c.sent.start
        for c in mods
    ):
        return True
    return any(
        c.dep_ == "prep"
        and c.i < verb.i
        and any(
            p.dep_ == "pobj"
            and (
                (
                    c.lower_ in ("in", "with")
                    # "In a second text, the Assembly called for ...": a text is a decision
                    and p.lower_ in ("decision", "move", "step", "vote", "text", "resolution")
                    # (before the noun: "a decision separate from last year's" is this one)
                    and any(
                        m.lower_ in _FURTHER and m.i < p.i
                        for m in p.children
                        if m.dep_ in ("amod", "det")
                    )
                )
                # "At the same summit, leaders endorsed ...": another act of the same
                # sitting, told after the first one ("the same time" is no sitting)
                or (
                    sitting
                    and c.lower_ == "at"
                    and p.lower_ in _SITTINGS
                    and any(m.lower_ == "same" for m in p.children if m.dep_ == "amod")
                )
                # "Hours later, at a second meeting, the Council approved ...": a sitting
                # after the first one decides anew
                or (
                    c.lower_ == "at"
                    and p.lower_ in _SITTINGS
                    and any(
                        m.lower_ in _FURTHER and m.i < p.i
                        for m in p.children
                        if m.dep_ in ("amod", "det")
                    )
                )
            )
            for p in c.children
        )
        for c in mods
    )


_SITTINGS = {"summit", "meeting", "session", "sitting", "gathering"}
# The words in_a_further_decision reads ("separately", "in a second decision", "at the same
# summit", "at a second meeting"): a sentence without one has no further decision
_FURTHER_WORDS = _FURTHER | {"separately", "same"}


def _infinitive_of_act(verb: Any) -> bool:
    """Whether ``verb`` is the infinitive a body act governs, parsed as a purpose clause:
    "leaders agreed on Friday to open talks" ("open" an ``advcl`` of "agreed")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and verb.head.lower_ in BODY_ACTS
        and not any(c.dep_ == "dobj" for c in verb.head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


# (not "wishes": "over Britain's wish to wait" is the wish's own infinitive)
_OBJECTIONS_OVERRIDDEN = _OVERRIDDEN_NOUNS - {"wishes"}


def _infinitive_past_objections(verb: Any) -> Any | None:
    """The infinitive a body act governs, parsed onto the objections it overrode: "decided
    over Margaret Thatcher's objections to open a conference" ("open" an ``acl`` of
    "objections"; objections are to a thing or a doing, "objections to opening", so the
    bare infinitive is the act's; 32-17)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "despite"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in _OBJECTIONS_OVERRIDDEN:
                continue
            for c in noun.children:
                if (
                    c.dep_ == "acl"
                    and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ):
                    return c
    return None


# What the deciders as a whole say in the article's lead is a decision of theirs, named
# later by its own noun: "EU leaders warned Russia that any further aggression would have
# massive consequences ... The warning was backed by all 27 leaders"; "NATO ministers
# condemned the attack"; "the allies pledged to ...".  Said by one member ("Poland warned
# that the plan ...") it is that member's reaction, read as such elsewhere.
COLLECTIVE_ACTS = {
    **{f: "warning" for f in _inflect("warn")},
    **{f: "condemnation" for f in _inflect("condemn")},
    **{f: "pledge" for f in _inflect("pledge")},
    **{f: "vow" for f in _inflect("vow")},
}


def collective_acts(sent: _Sentence) -> list[tuple[str, str, Any]]:
    """(noun, words, object) for each act of the deciders as a whole in a sentence that says
    what they warned, condemned or pledged: "EU leaders warned Russia that ..." -> ("warning",
    "warning to Russia that any further ...", Russia); "pledged to send more troops" -> the
    infinitive's object ("troops"); not one negated, intended or conditional ("failed to
    condemn", "may warn"), nor one with nothing said (an object or a clause)."""
    out: list[tuple[str, str, Any]] = []
    doc = sent.doc
    for tok in doc:
        noun = COLLECTIVE_ACTS.get(tok.lower_)
        if noun is None or not tok.tag_.startswith("VB"):
            continue
        if _negated(tok) or _intended(tok) or _weight(tok) != 1.0:
            continue
        verb = tok
        while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head  # "met in Brussels and warned ..."
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _decider(sent, subj):
            continue
        what = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        if not what:
            continue
        words = [noun]
        for c in sorted(what, key=lambda c: c.i):
            # the clause's own words, not a clause coordinated to it ("..., but failed to")
            cut = {t.i for k in c.children if k.dep_ in ("conj", "cc") for t in k.subtree}
            own = [t.i for t in c.subtree if t.i not in cut]
            part = doc[min(own) : max(own) + 1].text.rstrip(" ,;")
            if c.dep_ == "dobj" and tok.lower_.startswith("warn"):
                part = f"to {part}"  # "warned Russia" -> "warning to Russia"
            elif c.dep_ == "dobj" and noun == "condemnation":
                part = f"of {part}"
            words.append(part)
        xcomp = next((c for c in what if c.dep_ == "xcomp"), None)
        obj = _target(xcomp) if xcomp is not None else _target(tok)
        out.append((noun, " ".join(words), obj))
    return out


_AGREE_ON = {"agree", "agreed", "agreeing", "agrees"}


def _given_to(sent: _Sentence, verb: Any) -> str | None:
    """The one state a verb gives its object to ("granted Montenegro the status", "granted
    the status to Montenegro"), else None."""
    found = {
        sent.actor_at[x.i]
        for c in verb.children
        if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
        for t in ((c,) if c.dep_ == "dative" else [p for p in c.children if p.dep_ == "pobj"])
        for x in (t, *t.conjuncts)
        if x.i in sent.actor_at
    }
    return found.pop() if len(found) == 1 else None


def _having_done(verb: Any) -> bool:
    """A perfect participle clause ("ended the summit having agreed a change"): the act of
    the main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


def _told_of_a_state_before(sent: _Sentence, verb: Any) -> bool:
    """Whether the deciders' act is told inside a relative clause on a state, in the past
    perfect ("China and Russia, which had also abstained in April when the Council imposed
    diplomatic sanctions, again declined to support the measure"): what the state did
    before, an earlier decision recalled, not one the article reports."""
    node = verb
    while node.head.i != node.i:
        if (
            node.dep_ == "relcl"
            and node.head.i in sent.actor_at
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children)
        ):
            return True
        node = node.head
    return False


def body_acts(sent: _Sentence) -> list[tuple[Any, Any | None]]:
    """(verb, object) for each act of the deciders in a sentence that has an object: "EU
    leaders endorsed the Brexit agreement", "NATO leaders chose Rasmussen", "all 28 leaders
    agreed to extend the sanctions" (the infinitive's object), "the statement, agreed by all
    28 leaders" (the noun the participle describes); the object is None for what they agreed
    or decided in a clause ("the leaders agreed that sufficient progress had been made")."""
    out: list[tuple[Any, Any | None]] = []
    words = _doc_words(sent.doc)
    if words.isdisjoint(BODY_ACTS) and words.isdisjoint(_FURTHER_WORDS):
        return out  # (the loop below reads only a body act or a further decision: see its test)
    for tok in sent.doc:
        if (
            # (the tag first: the further-decision walk is asked of verbs only)
            not tok.tag_.startswith("VB")
            or (tok.lower_ not in BODY_ACTS and not in_a_further_decision(tok))
            or (_negated(tok) and tok.lower_ not in _AGREE_ON)
        ):
            continue
        if _negated(tok) and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "over") for c in tok.children
        ):
            # "could not agree on a spending target", "failed to agree on X": a decision
            # not taken is still the decision the states took sides on; else nothing
            continue
        verb = tok
        while (
            (verb.dep_ in ("conj", "xcomp") or _infinitive_of_act(verb) or _having_done(verb))
            and verb.head.i != verb.i
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            # "agreed ... and recalled", "decided to extend", "ended the summit having
            # agreed ... and having granted"
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agent = next(
            (p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
            None,
        )
        by_pronoun = subj is not None and _body_pronoun(verb, subj)
        # "In a separate decision, they lifted the embargo": the pronoun is the deciders
        # of the decision told before, whatever the verb and its object
        further = subj is not None and (
            subj.lower_ in _BODY_PRONOUNS
            and (in_a_further_decision(tok) or _also_decided(tok))
            # "In a second decision, the fourteen welcomed ...": the deciders by their number
            # ("the three also agreed" may be some of them, so only in a further decision)
            or _the_number(subj)
            and in_a_further_decision(tok)
        )
        if subj is not None and (_decider(sent, subj) or by_pronoun or further):
            tgt = _target(tok)
            if tgt is None and by_pronoun:
                # "It also adopted, without a vote, a declaration": the object after the
                # aside is parsed loose
                tgt = next((c for c in tok.children if c.dep_ == "dep" and c.i > tok.i), None)
            if (by_pronoun and not further) and not (
                tgt is not None
                and _decision_noun(_word(tgt))
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tgt.children)
            ):
                continue  # only a further text the pronoun's deciders adopt
            xcomp = next(
                (c for c in tok.children if c.dep_ == "xcomp" or _infinitive_of_act(c)), None
            ) or _infinitive_past_objections(tok)
            if (
                tgt is not None
                and not _names_a_thing(sent, tgt)
                and xcomp is not None
                and in_a_further_decision(tok)
            ):
                # "in a second vote, asked the Secretary-General to report on conditions
                # there": the further decision is what the organ or state was asked to do,
                # not the one asked
                tgt = _target(xcomp)
            if tgt is None:
                tgt = _target(xcomp) if xcomp is not None else None
            if tgt is None and any(c.dep_ == "ccomp" for c in tok.children):
                out.append((tok, None))  # "leaders agreed that sufficient progress was made"
                continue
        elif agent is not None and _decider(sent, agent) and tok.dep_ == "acl":
            tgt = tok.head  # "the statement, agreed by all 28 leaders"
        else:
            continue
        if tgt is not None and tok.lower_ in _APPOINTING:
            # "chose the Dutch diplomat Pieter Vos": the person, not the description
            tgt = next((c for c in tgt.children if c.dep_ == "appos" and c.tag_ == "NNP"), tgt)
        if tgt is not None and tgt.tag_.startswith("NN") and tgt.i not in sent.actor_at:
            out.append((tok, tgt))
        elif tgt is not None and tgt.i in sent.person_at:
            out.append((tok, tgt))  # "chose Danish Prime Minister Anders Fogh Rasmussen"
    return out


# --------------------------------------------------------------------- refusing pressure
# Refusing pressure to do something is the reverse of doing it: "the Palestinians resisted
# American pressure to withdraw the text" keeps the text (for it); "rejected calls to back
# the draft" is against it.  Refusing pressure for something that is not the decision
# ("resisted pressure to withdraw its troops") is no stance.
_REFUSALS = {"resist", "reject", "dismiss"}
_PRESSURE = {
    "pressure",
    "pressures",
    "call",
    "calls",
    "demand",
    "demands",
    "appeal",
    "appeals",
    "plea",
    "pleas",
    "request",
    "requests",
    "entreaties",
    "push",
    "attempt",
    "attempts",
    "effort",
    "efforts",
}
# Doing these to the text holds it back (so refusing to is backing it).
_UNDO_TEXT = (
    _REVERSE
    | {
        f
        for v in ("withdraw", "delay", "postpone", "defer", "shelve", "pull", "revoke", "block")
        for f in _inflect(v, "withdrew", "withdrawn")
    }
    | {"veto", "vetoes", "vetoed", "vetoing", "reject", "rejects", "rejected", "rejecting"}
)


def _refused_pressure(tok: Any) -> tuple[str | None, Any, str] | None:
    """A refusal ("resisted", "rejected") whose object is pressure to do something ("resisted
    American pressure to withdraw the text"): (the label, the text, the cue), the label None
    when what is pressed for is not done to the decision; None when the object is no pressure
    or says not what is pressed for (the refusal is then read as it is)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _PRESSURE:
        return None

    def infinitive(c: Any) -> bool:
        return c.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)

    todo = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and infinitive(c)), None)
    if todo is None:
        # "resisted pressure in the days before the meeting to withdraw the text": the
        # infinitive hung on the verb
        todo = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("advcl", "xcomp") and c.i > obj.i and infinitive(c)
            ),
            None,
        )
    if todo is None:
        for c in obj.children:  # "rejected calls for a delay"
            if c.dep_ == "prep" and c.lower_ == "for":
                what = next((p for p in c.children if p.dep_ == "pobj"), None)
                if what is not None and what.lower_ in NEGATIVE_OBJECTS:
                    return SUPPORT, None, f"{tok.text} the {obj.text} for {what.text}"
        return None
    cue = f"{tok.text} the {obj.text} to {todo.text}"
    what = _target(todo)
    word = _word(what) if what is not None else ""
    if _negated(todo):
        return None, None, cue
    if todo.lower_ in REMOVAL and what is not None and what.lower_ in BLOCKING:
        inner: str | None = SUPPORT  # "pressure to drop its veto"
    elif what is not None and word not in PROPOSAL_NOUNS and what.lower_ not in ("it", "them"):
        return None, None, cue  # "pressure to withdraw its troops": not the decision
    elif todo.lower_ in _UNDO_TEXT:
        inner = OPPOSE
    else:
        entry = VERBS.get(todo.lower_)
        inner = (
            SUPPORT if entry is not None and entry[1] == SUPPORT and entry[2] != REACTION else None
        )
    if inner is None:
        return None, None, cue
    return _FLIP[inner], what, cue


# ------------------------------------------------- the state a decision is about, reacting
# A state the decision is taken against (named as the object of the deciders' accusation,
# condemnation, warning, sanctions, embargo or ban: "accused Russia of breaching the treaty",
# "agreed to stop importing oil from Iran") that denies, protests, accuses the deciders or
# reacts with defiance opposes the decision ("Moscow denied any violation", "Tehran reacted
# with defiance", "accused the alliance of taking sides").  Read only for such a target, and
# only for a state outside the body (a member's denial is no vote).
_AGAINST_WORDS = {
    f
    for v in (
        "accuse",
        "condemn",
        "sanction",
        "punish",
        "censure",
        "penalise",
        "penalize",
        "blacklist",
        "warn",
        "breach",
        "ban",
        "embargo",
        "import",
        "isolate",
        "freeze",  # "freeze the assets held by Russia's president"
    )
    for f in _inflect(v, "banned", "banning", "embargoes", "froze", "frozen")
} | {"sanctions", "imports", "embargo", "violation", "violations"}
_DENY = _inflect("deny", "denied")
_BLAME = _inflect("blame")
_THREATEN = _inflect("warn") | _inflect("threaten")
_PROTEST = _inflect("protest")
_ACCUSE = _inflect("accuse")
_ACCUSE_CUE = "accusing: "  # the cue of an accusation of the deciders (see read_stances)
_DEFIANT_MOODS = {"defiance", "anger", "fury", "outrage", "scorn", "contempt"}
_REACT = _inflect("react") | _inflect("respond")
# Refusing to give in to the deciders' pressure ("Pretoria would not bow to the Council's
# threats or demands"): defiance, read only from a state the decision is taken against.
_GIVE_IN = _inflect("bow") | _inflect("yield") | _inflect("submit", "submitted") | _inflect("cave")
_PRESSURES = {"threats", "demands", "pressure", "pressures", "ultimatum", "ultimatums", "dictates"}
_DEFIANT_VERBS = _DENY | _PROTEST | _THREATEN | _ACCUSE | _REACT | _GIVE_IN


# Ending a measure taken against a state: "called for an end to the embargo against Cuba",
# "voted to lift the sanctions on Iraq".  The state is what such a decision is for.
_ENDING = {
    "end",
    "ending",
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "removal",
    "remove",
    "removed",
    "removing",
    "repeal",
    "repealed",
    "scrap",
    "scrapped",
    "ease",
    "eased",
    "easing",
    # condemning the measure is calling for its end: "UN again condemns Cuba embargo"
    *_inflect("condemn"),
    *_inflect("denounce"),
}


_OBJECTORS_PREPS = {"over", "despite"}


def _relieved(sent: _Sentence) -> set[str]:
    """The actors a sentence names as the object of a measure (sanction, embargo ...) that
    is ended or lifted ("an end to the embargo against Cuba", "lifted sanctions on Iraq")."""
    out: set[str] = set()
    if _doc_words(sent.doc).isdisjoint(_AGAINST_WORDS):
        return out
    for i, actor in sent.actor_at.items():
        up = sent.doc[i]
        measure = None
        for _ in range(6):
            if up.head.i == up.i:
                break
            if measure is None and (
                up.lower_ in BLOCKING or (up.dep_ == "prep" and up.lower_ in _OBJECTORS_PREPS)
            ):
                # "an end to gas imports over Hungarian objections", "objections from
                # Hungary": the objector, not the state the measure is taken against
                break
            up = up.head
            if measure is None and up.lower_ in _AGAINST_WORDS and up.tag_.startswith("NN"):
                measure = up
            elif measure is not None and up.lower_ in _ENDING and up is not measure:
                out.add(actor)
                break
    return out


def _describes_a_thing(tok: Any) -> bool:
    """Whether ``tok`` lies in a clause describing a thing that is no decision: "vessels used
    to get around sanctions on Russian oil exports" (a measure in force, told to say what the
    vessels are: Russia is not what this article's decision is taken against), not "a
    resolution imposing sanctions on Belarus" (the decision) nor "Hungary, which ..." (an
    actor: see ``_side_clause``)."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("relcl", "acl") and t.head.i != t.i:
            head = t.head
            return head.tag_ in ("NN", "NNS") and _word(head) not in (
                PROPOSAL_NOUNS | TEXT_NOUNS | OTHER_TEXTS | _AGAINST_WORDS | _TOPIC_OF.keys()
            )
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# An act summed up by an appositive noun after its clause: "Parliament is to vote on an
# amendment extending the president's term, a move backed by Damascus".  What the cue inside
# the appositive backs (or urges, or criticises) is the act of that clause: the decision only
# when the clause is the deciders' own act ("EU leaders granted Bosnia candidate status, a step
# the country had sought"); after another body's or actor's act ("Russia vetoed the text, a
# move Washington condemned": the veto) it is no stance on the decision.
_SUMMING_NOUNS = {"move", "step"}
_BODY_SUBJECTS = DECIDERS | {"un", "nations", "ministers", "council", "organisation"}


def _sums_up_other_act(sent: _Sentence, tok: Any) -> bool:
    """Whether cue ``tok`` describes a summing appositive ("a move backed by ...", "a step X
    had urged") of a clause whose subject is not the deciders."""
    if tok.dep_ not in ("acl", "relcl") or tok.tag_ not in ("VBN", "VBD", "VBG", "VBZ", "VBP"):
        return False
    noun = tok.head
    if noun.lower_ not in _SUMMING_NOUNS or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return False
    start = noun.left_edge.i
    if start == 0 or sent.doc[start - 1].text != ",":
        return False  # not set off after its clause: "a move backed by Damascus failed"
    root = noun
    while root.head.i != root.i:
        root = root.head
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.tag_.startswith("NN"):
        subj = root  # a clause parsed as a noun phrase: "The parliament in Kabul votes on ..."
    if subj is None:
        return False
    words = {subj.lower_, *(c.lower_ for c in subj.children if c.dep_ in ("compound", "amod"))}
    return not words & _BODY_SUBJECTS


# A wrong done to a state ("the aggression against Tunisia", "the raid on its capital"): the
# state after the preposition is the one harmed.
_ATTACKS = _WRONGS | {
    f for w in ("invasion", "incursion", "assault", "strike", "bombardment") for f in (w, w + "s")
}
_ATTACKED_BY = {"against", "on", "upon"}


def _targeted_actors(sent: _Sentence) -> set[str]:
    """The actors a sentence names as what a decision is taken against: the object (not the
    subject) under an accusation, condemnation, warning, sanction, ban or embargo word within
    four steps up the parse ("accused Russia of ...", "oil from Iran", "sanctions on
    Belarus")."""
    out: set[str] = set()
    relieved = _relieved(sent)
    for i, actor in sent.actor_at.items():
        tok = sent.doc[i]
        if actor in relieved:
            continue  # "an end to the embargo against Cuba": Cuba is what the decision is for
        if tok.dep_ in ("nsubj", "nsubjpass", "poss") and tok.head.lower_ not in _AGAINST_WORDS:
            continue
        while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "sanctions on Russia and Belarus", "on North Korea"
        prep = tok.head
        if (
            tok.dep_ == "pobj"
            and prep.lower_ in ("on", "against")
            and prep.head.tag_.startswith("VB")
            and any(c.dep_ == "dobj" and c.lower_ in _AGAINST_WORDS for c in prep.head.children)
        ):
            out.add(actor)  # "impose sanctions on Belarus", "on" hung on the verb
            continue
        if (
            tok.dep_ == "pobj"
            and prep.lower_ == "with"
            and _word(prep.head) in _TALKS
            and _talks_cut(prep.head)
        ):
            out.add(actor)  # "suspend high-level talks with Turkey"
            continue
        up = tok
        for _ in range(4):
            if up.head.i == up.i:
                break
            child, up = up, up.head
            if child.dep_ == "pobj" and up.lower_ in _ATTACKED_BY and up.head.lower_ in _ATTACKS:
                # "condemned the aggression against Tunisia": the state harmed, not the one
                # the condemnation is of
                break
            if up.lower_ in _AGAINST_WORDS:
                # not an accusation told of another actor in passing ("Colombia, whose
                # government accuses Havana of ..., voted for it")
                if (
                    child.dep_ not in ("nsubj", "nsubjpass", "agent")
                    and _side_clause(up) is None
                    and not _describes_a_thing(up)
                ):
                    out.add(actor)
                break
    return out | _blamed(sent)


def _blamed(sent: _Sentence) -> set[str]:
    """The actors the deciders blame: "Allies blame Moscow", "said Russia alone was to blame",
    "Russia was blamed for ...".  Only a finding no actor of the article voices (the allies,
    the Council, a statement): "Moscow blamed Washington" is one state's charge against
    another, no decision taken against it."""
    out: set[str] = set()
    for tok in sent.doc:
        if tok.lower_ not in _BLAME or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        if tok.dep_ == "xcomp" and any(c.lower_ == "to" for c in tok.children):
            # "X was to blame": the subject of the "be" it hangs on
            be, voice = tok.head, tok.head
            blamed = [c for c in be.children if c.dep_ == "nsubj"]
        else:
            be, voice = tok, tok
            blamed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if sent.owners(tok):
                continue  # "Moscow blamed Washington": an actor's own charge
        # who voices the finding: the one saying it ("Moscow said Kyiv was to blame")
        while voice.dep_ in ("ccomp", "parataxis") and voice.head.i != voice.i:
            voice = voice.head
        if voice is not be and (
            sent.owners(voice) or any(c.dep_ == "parataxis" and sent.owners(c) for c in be.children)
        ):
            continue
        for b in blamed:
            out.update(sent.actors_of(b, pronouns=False))
    return out


# What a targeted state says a decision will do or shows, with no cue word of its own: "Moscow
# said the sanctions would raise energy prices in Europe", "its spokeswoman said the decision
# showed the West's impotence".  The state the decision is taken against is not commenting
# on a decision it wants; read (as defiance) only for a targeted state, never a pronoun
# subject ("said it would ...": anything), a negated report or a decision of its own.
_COMMENTED = (PROPOSAL_NOUNS - {"it", "this", "them", "bid", "membership", "accession"}) | {
    "freeze",
    "ban",
    "embargo",
    "listing",
}


def _report_clauses(sent: _Sentence, verbs: Collection[str]) -> Iterator[tuple[Any, list[Any]]]:
    """Each verb of saying in ``verbs`` that is not negated, with the clauses it reports (its
    ``ccomp`` verbs): "said [the sanctions were illegal]", "argued [they should not wait]"."""
    for tok in sent.doc:
        if tok.lower_ in verbs and tok.tag_.startswith("VB") and not _negated(tok):
            yield tok, [c for c in tok.children if c.dep_ == "ccomp" and c.tag_.startswith("VB")]


def _target_comments(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for each report, by its actors, of what the decision is or
    does (see ``_COMMENTED``)."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_SAY):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok, clauses in _report_clauses(sent, _SAY):
        for c in clauses:
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.tag_ not in ("NN", "NNS") or _word(subj) not in _COMMENTED:
                continue
            if any(k.dep_ == "poss" for k in subj.children):
                continue  # "said its own measures ...": not the decision
            who = sent.owners(tok)
            if who and not _harms_own(sent, c, who):
                out.append((who, f"{tok.text} the {subj.text} ...", tok.i))
            break
    return out


# Arguing that a measure should end, in a report of the decision that ends it ("had argued
# that the freeze should end", after "agreed to resume the meetings it suspended"): support.
_ARGUE = {f for v in ("argue", "insist", "say", "urge") for f in _inflect(v, "said")}
_HELD_MEASURES = _MEASURES | {"freeze", "suspension", "boycott", "blockade", "moratorium"}
_MEASURE_ENDS = {"end", "lifted", "eased", "scrapped", "removed", "ended"}
_SHOULD = {"should", "must", "ought"}
_RESUMING_LEAD = re.compile(r"\bresum(?:e|es|ed|ing|ption)\b", re.IGNORECASE)


def _argued_ending(sent: _Sentence, lead_text: str | None) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for "argued that the freeze should end", "insisted that the
    ban must be lifted", when the lead tells a decision that ends or lifts a measure (or
    resumes what was suspended); none for a negated report or ending, nor without that lead
    (ending a measure is the reverse of a stance on the measure itself)."""
    if not lead_text or not (
        _lead_says(_REMOVAL_LEAD, lead_text) or _lead_says(_RESUMING_LEAD, lead_text)
    ):
        return []
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ not in _ARGUE or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        for c in tok.subtree:
            if c.lower_ not in _MEASURE_ENDS or not c.tag_.startswith("VB") or _negated(c):
                continue
            # its report: "argued that ..." (or the "that" clause hung on a noun of the
            # report by the parser: "argued for some months that the freeze should end")
            if not (
                (c.dep_ == "ccomp" and c.head.i == tok.i)
                or any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
            ):
                continue
            if not any(k.dep_ == "aux" and k.lower_ in _SHOULD for k in c.children):
                continue
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ not in _HELD_MEASURES or _conditional(c):
                continue
            who = sent.owners(tok)
            if who:
                out.append((who, f"{tok.text} that the {subj.text} should end", tok.i))
    return out


# Saying that someone should not be kept waiting for the decision is pressing for it: "had
# argued that their citizens should not be kept waiting", "said Kyiv should not have to wait
# any longer", "insisted the region could wait no longer".  Support, whatever the lead tells.
_WAIT_FORMS = _inflect("wait")
_MADE_TO = {
    f for v in ("keep", "make", "have", "leave") for f in _inflect(v, "kept", "made", "had", "left")
}
_MAY = _SHOULD | {"could", "can", "cannot", "would"}


def _no_more_wait(verb: Any) -> bool:
    """Whether ``verb`` (the clause a report tells) says the waiting should end: "should
    not be kept waiting", "should not have to wait", "could wait no longer"."""
    wait = verb if verb.lower_ in _WAIT_FORMS else None
    if wait is None and verb.lower_ in _MADE_TO:
        wait = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in _WAIT_FORMS), None
        )
    if wait is None or not any(k.dep_ == "aux" and k.lower_ in _MAY for k in verb.children):
        return False
    longer = any(
        c.lower_ == "longer" and any(k.lower_ == "no" for k in c.children) for c in wait.subtree
    )
    if_clause = any(
        c.dep_ == "advcl"
        and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children)
        for t in (verb, wait)
        for c in t.children
    )
    return (_negated(verb) or longer) and not (if_clause or _conditional(verb))


def _not_kept_waiting(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for a report that the waiting should end (``_no_more_wait``);
    none for a negated report."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_WAIT_FORMS):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok, clauses in _report_clauses(sent, _ARGUE):
        if any(_no_more_wait(c) for c in clauses):
            who = sent.owners(tok)
            if who:
                out.append((who, f"{tok.text} ... not wait", tok.i))
    return out


# Seeking to delay or weaken a decision the lead tells as taken without that change ("backed a
# ban from 2035 ... Italy had sought to push the ban back to 2040", "tried to water down the
# text"): against the decision as taken.  A lead that itself delays or weakens may be the very
# change sought (no stance then, as for a call for a change, ``_ALTERED``).
_SEEK = {
    f
    for v in ("seek", "try", "want", "push", "press", "attempt", "lobby", "fight")
    for f in _inflect(v, "sought", "fought")
}
_WEAKEN = {
    f for v in ("delay", "postpone", "defer", "weaken", "soften", "dilute") for f in _inflect(v)
}
_WEAKEN_PHRASAL = {
    (f, p)
    for v, p in (("push", "back"), ("put", "back"), ("put", "off"), ("water", "down"))
    for f in _inflect(v, "put", "putting")
}
_WEAKENED_NOUNS = (PROPOSAL_NOUNS - {"it", "this", "them"}) | {"ban", "embargo", "language"}
_WEAKENING_LEAD = re.compile(
    r"\b(?:delay|postpon|defer|put (?:off|back)|push(?:ed)? back|water(?:ed)? down|weaken"
    r"|soften|dilut|scal(?:e|ed) back|tone(?:d)? down)",
    re.IGNORECASE,
)


def _sought_to_weaken(sent: _Sentence, lead_text: str | None) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for "had sought to push the ban back", "tried to water down
    the text": an attempt to delay or weaken what the lead tells as decided (see ``_SEEK``);
    none without such a lead, for a lead that itself delays or weakens, for a negated or
    conditional attempt, or for an object that is no decision ("sought to delay the talks")."""
    if not lead_text or _lead_says(_WEAKENING_LEAD, lead_text):
        return []
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_SEEK):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        if tok.lower_ not in _SEEK or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        if _conditional(tok) or _hypothetical(tok):
            continue
        for c in tok.children:
            if c.dep_ != "xcomp" or not any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children
            ):
                continue
            parts = {k.lower_ for k in c.children if k.dep_ in ("prt", "advmod")}
            if c.lower_ not in _WEAKEN and not any((c.lower_, p) in _WEAKEN_PHRASAL for p in parts):
                continue
            obj = next((k for k in c.children if k.dep_ == "dobj"), None)
            if obj is None or _word(obj) not in _WEAKENED_NOUNS or _negated(c):
                continue
            who = sent.owners(tok)
            if who:
                out.append((who, f"{tok.text} to {c.text} the {obj.text}", tok.i))
    return out


# "would put its security at risk", "would put Hungary's supply in danger"
_AT_RISK = {"risk", "danger", "jeopardy", "peril"}


def _harms_own(sent: _Sentence, clause: Any, who: list[str]) -> bool:
    """Whether a reported clause says the decision would harm the speakers' own country or
    its interests: "said the decision would put Hungary's energy security at risk", "... would
    damage its economy" (with a modal; the harmed thing owned by the speakers or "its/their")."""
    if not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might") for c in clause.children
    ):
        return False
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    at_risk = clause.lower_ in _PUT and any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "in")
        and any(p.lower_ in _AT_RISK for p in c.children)
        for c in clause.children
    )
    if clause.lower_ not in _HARMS and not at_risk:
        return False
    if obj is None:
        return False
    if obj.i in sent.actor_at:
        return sent.actor_at[obj.i] in who
    for k in obj.children:
        if k.dep_ == "poss":
            if k.lower_ in ("its", "their", "our"):
                return True
            owner = sent.actors_of(k, pronouns=False)
            return bool(owner) and set(owner) <= set(who)
    return False


def _harm_comments(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for each report, by its actors, that the decision would harm
    their own country ("Hungary said the decision would put its energy security at risk"): a
    warning against it, opposition whoever says it; never negated."""
    out: list[tuple[list[str], str, int]] = []
    if _doc_words(sent.doc).isdisjoint(_SAY):
        return out  # (the loop below reads only a token whose word is in these: none here)
    for tok in sent.doc:
        if tok.lower_ not in _SAY or not tok.tag_.startswith("VB") or _negated(tok):
            continue
        for c in tok.children:
            if c.dep_ != "ccomp" or not c.tag_.startswith("VB") or _negated(c):
                continue
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.tag_ not in ("NN", "NNS") or _word(subj) not in _COMMENTED:
                continue
            if any(k.dep_ == "poss" for k in subj.children) or _conditional(c):
                continue
            who = sent.owners(tok)
            if who and _harms_own(sent, c, who):
                out.append((who, f"{tok.text} the {subj.text} would harm it", tok.i))
            break
    return out


def _defiance(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for each act of defiance: a denial, a protest, an accusation
    of the deciders, a reaction "with defiance" or "with anger"; not negated."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        low = tok.lower_
        if low not in _DEFIANT_VERBS or not tok.tag_.startswith("VB"):
            continue  # the word first: the parse walks below are dearer
        if low in _GIVE_IN:
            pressed = _not_bowed_to(tok)
            who = sent.owners(tok) if pressed is not None else []
            if who and pressed is not None:
                out.append((who, f"would not {tok.text} to {pressed.text}", tok.i))
            continue
        if _negated(tok) or _conditional(tok):
            continue
        cue = None
        if low in _DENY or low in _PROTEST:
            cue = tok.text
        elif low in _THREATEN and any(c.dep_ == "ccomp" for c in tok.children):
            cue = tok.text  # "warned that the United States would pay a price"
        elif low in _ACCUSE:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lower_ in DECIDERS and obj.i not in sent.actor_at:
                cue = f"{_ACCUSE_CUE}{tok.text} the {obj.text}"
            elif obj is not None and sent.actors_of(obj, pronouns=False):
                # "Moscow accused Washington of seeking a pretext": a charge against another
                # actor, defiance only from a state the decision is taken against (it turns
                # the blame back on others: the finding it rejects)
                cue = f"{tok.text} {obj.text}"
        elif low in _REACT:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    mood = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if mood is not None and mood.lower_ in _DEFIANT_MOODS:
                        cue = f"{tok.text} with {mood.text}"
        if cue is None:
            continue
        who = sent.owners(tok) or sent.subject_before(tok)
        if low in _ACCUSE and not cue.startswith(_ACCUSE_CUE):
            accused = sent.actors_of(obj, pronouns=False) if obj is not None else []
            who = [a for a in who if a not in accused]
        if who:
            out.append((who, cue, tok.i))
    out += _denies_the_right(sent)
    return out


def _not_bowed_to(tok: Any) -> Any | None:
    """The pressure noun of a negated "bow / yield / submit / cave (in) to" ("would not bow to
    its threats or demands"); None when not negated, when what is refused is no pressure ("did
    not yield to the rival text"), or when the pressure is to do something ("would not bow to
    pressure to drop the sanctions": which way that goes depends on what)."""
    if not _negated(tok):
        return None
    for prep in (c for t in (tok, *tok.children) for c in t.children):
        if (
            prep.dep_ != "prep"
            or prep.lower_ != "to"
            or prep.head.i not in (tok.i, *(c.i for c in tok.children if c.dep_ == "prt"))
        ):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            if noun.lower_ in _PRESSURES and not any(
                c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "to")
                for c in noun.subtree
                if c.i != noun.i
            ):
                return noun
    return None


def _denies_the_right(sent: _Sentence) -> list[tuple[list[str], str, int]]:
    """(actors, cue, verb index) for a state saying the deciders have no right to act ("said
    the Council had no right to deprive his country of its rights"): a denial of the
    decision, read like one (only for a state the decision is taken against)."""
    out: list[tuple[list[str], str, int]] = []
    for tok in sent.doc:
        if tok.lower_ != "right" or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children
        ):
            continue
        have = tok.head
        if have.lower_ not in ("have", "has", "had") or have.dep_ != "ccomp":
            continue
        subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in DECIDERS or subj.i in sent.actor_at:
            continue
        say = have.head
        if say.lower_ not in _SAY or _negated(say):
            continue
        who = sent.owners(say)
        if who:
            out.append((who, f"{say.text} the {subj.text} had no right", say.i))
    return out


# A state the decision is for (its membership, entry or accession, talks with it) wants it:
# "Romanian and Bulgarian ministers said their countries had met all the technical criteria"
# (for entry into the area), "Skopje urged the EU to keep its promise" (of the talks).  Read
# only for a state the article names as the one joining or being let in, never for one the
# decision is taken against ("its tax rules met international standards" says the listing is
# wrong: that is not read here).
_ENTRY_NOUNS = {
    "membership",
    "accession",
    "entry",
    "admission",
    "candidacy",
    "application",
    "bid",
    "integration",
}
_TALKS = {"talks", "negotiations", "conference"}
# Talks with a state that a decision suspends or breaks off ("suspend high-level talks with
# Turkey") are a measure against it, not an entry it is given.
_TALKS_CUT = _BREAK | {
    f for v in ("suspend", "freeze", "halt", "cancel", "downgrade") for f in _inflect(v)
}


def _talks_cut(talks: Any) -> bool:
    """Whether the talks noun ``talks`` is what a suspending verb takes ("suspend talks")."""
    return talks.dep_ in ("dobj", "nsubjpass") and talks.head.lower_ in _TALKS_CUT


_MEET = (
    _inflect("meet", "met")
    | _inflect("fulfil", "fulfilled", "fulfilling")
    | {f for v in ("fulfill", "satisfy") for f in _inflect(v)}
)
_CRITERIA = {
    "criteria",
    "criterion",
    "conditions",
    "condition",
    "requirements",
    "requirement",
    "benchmarks",
    "benchmark",
}
_KEEP_WORD = {f for v in ("keep", "honour", "honor", "fulfil", "fulfill") for f in _inflect(v)}
_PROMISES = {"promise", "promises", "commitment", "commitments", "pledge", "pledges", "word"}


def _entry_noun(noun: Any) -> bool:
    """An entry noun, or a text of one: "membership", "the accession protocols" (for X)."""
    return _word(noun) in _ENTRY_NOUNS or any(
        c.dep_ in ("compound", "amod") and _word(c) in _ENTRY_NOUNS for c in noun.children
    )


def _beneficiaries(sent: _Sentence) -> set[str]:
    """The states a sentence names as the ones a membership or entry decision is for:
    "Romania's entry", "accession negotiations with North Macedonia", "blocked Romania and
    Bulgaria from joining the area", "Sweden joined the alliance"."""
    out: set[str] = _relieved(sent)  # "an end to the embargo against Cuba"
    for i, actor in sent.actor_at.items():
        t = sent.doc[i]
        while t.dep_ in ("compound", "conj") and t.head.i != t.i:
            t = t.head  # "North Macedonia", "Romania and Bulgaria"
        h = t.head
        owner = t.dep_ == "poss" and _word(h) in _ENTRY_NOUNS  # "Romania's entry"
        talks = t.dep_ == "pobj" and (  # "talks with Skopje", "membership for Georgia"
            h.lower_ in ("with", "for")
            and _word(h.head) in _TALKS
            and not _talks_cut(h.head)
            or h.lower_ == "for"
            and _entry_noun(h.head)
        )
        if owner or talks or (t.dep_ == "nsubj" and h.lower_ in _JOIN):
            out.add(actor)
        elif t.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.lower_ in _JOIN for p in c.children)
            for c in h.children
        ):
            out.add(actor)  # "blocked Romania and Bulgaria from joining"
    return out


# A state to be admitted promising to go on with the reforms asked of it: "promised that their
# countries would keep up the reforms", "pledged to continue reforms" (read for entrants only).
_PROMISE_VERBS = {f for v in ("promise", "pledge", "vow") for f in _inflect(v)}
_GO_ON = {f for v in ("keep", "continue", "pursue", "implement") for f in _inflect(v, "kept")}
_REFORMS = {"reform", "reforms"}


def _reforms_promised(tok: Any) -> Any | None:
    """The reforms ``tok`` (a promise) says its subject will go on with, else None; not when
    the promise or the going on is negated or hypothetical."""
    if tok.lower_ not in _PROMISE_VERBS or _hypothetical(tok):
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lower_ in _GO_ON and not _negated(c):
            obj = next((k for k in c.children if k.dep_ == "dobj"), None)
            if obj is not None and obj.lower_ in _REFORMS:
                return obj
    return None


def _wanting_entry(sent: _Sentence) -> list[tuple[list[str], int, str]]:
    """(actors, token, cue) for a claim to have met the criteria or conditions ("said their
    countries had met all the technical criteria"), for a promise to go on with the reforms
    asked ("promised to keep up the reforms") and for asking the deciders to keep their
    promise ("urged the EU to keep its promise"): support if the actor is a state the
    decision is for (see ``_beneficiaries``)."""
    out: list[tuple[list[str], int, str]] = []
    for tok in sent.doc:
        # (a negated verb reads nothing; asked only of a verb one reading below takes, not of
        # every verb)
        if not tok.tag_.startswith("VB"):
            continue
        if tok.lower_ in _MEET:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if obj is None or obj.lower_ not in _CRITERIA or subj is None or _negated(tok):
                continue
            who = sent.actors_of(subj, pronouns=False)
            if not who:
                # "ministers said their countries had met ...": the speakers' own states
                report = tok.head if tok.dep_ == "ccomp" and tok.head.lower_ in _SAY else None
                who = sent.owners(report) if report is not None else sent.actors_of(subj)
            if who:
                out.append((who, tok.i, f"{tok.text} the {obj.text}"))
            continue
        reforms = _reforms_promised(tok)
        if reforms is not None and _negated(tok):
            continue
        if reforms is not None:
            who = sent.owners(tok)
            if who:
                out.append((who, tok.i, f"{tok.text} ... {reforms.text}"))
            continue
        asked = _asked(sent, tok)
        if asked is None or asked[1].lower_ not in _KEEP_WORD or _negated(tok):
            continue
        obj = _target(asked[1])
        if obj is not None and obj.lower_ in _PROMISES:
            who = sent.owners(tok) or sent.subject_before(tok)
            if who:
                out.append((who, tok.i, f"{tok.text} the {asked[0].text} to keep its {obj.text}"))
    return out


# Disappointment after a block is wanting the decision: "Bucharest said it was deeply
# disappointed" when two members kept it out of the area, "the presidency voiced its
# disappointment" when one member blocked the talks.  After an adoption it says nothing sure
# (disappointed with the decision, or that it did not go further): no stance.
_DISAPPOINTED = {"disappointed", "dismayed", "frustrated"}
_DISAPPOINTMENT = {"disappointment", "dismay", "frustration"}
_VOICE = {f for v in ("express", "voice", "register") for f in _inflect(v)}


# Anger at the decision itself is opposition to it: "Poland was outraged by the decision",
# "Athens reacted angrily to the sanctions" is read elsewhere; "recalled its ambassador in
# protest at the decision".  Only when what angers is the decision's own noun, plain ("the
# decision", "the new sanctions"): not "outraged by the attack" (the event the decision is
# about), nor "angry at Russia's decision" or "at the veto" (another's act).
_ANGRY = {"outraged", "angry", "angered", "furious", "incensed", "indignant", "enraged"}
_ANGRY |= {"infuriated"}
_ANGER = {"outrage", "anger", "fury", "indignation", "protest"}
_ANGERED_BY = {"by", "at", "over", "about", "with", "against"}
_ANGER_OBJECTS = PROPOSAL_NOUNS - {"vote", "result", "outcome", "tally", "bid", "membership"}
# a text stopped just before: "the decision" that angers may be the veto or the block
_A_BLOCK = re.compile(r"\b(?:veto|block|reject|fail|defeat|obstruct|torpedo|scupper|sank|sunk)")


def _plain_decision(noun: Any) -> bool:
    """Whether ``noun`` is a decision's own noun with nothing that makes it another's or
    another thing ("the decision", "the new sanctions"; not "Russia's decision", "the decision
    to recognise Abkhazia", "the decision of the court")."""
    if noun.lower_ in ("it", "them", "this") or _word(noun) not in _ANGER_OBJECTS:
        return False
    return not any(
        c.dep_ in ("poss", "acl", "relcl", "prep", "compound") and c.lower_ not in ("on",)
        for c in noun.children
    )


def _indignations(sent: _Sentence) -> list[tuple[list[str], int, str]]:
    """(actors, token, cue) for anger at the decision: "X was outraged by / angry at / furious
    over the decision", "X expressed outrage at the sanctions", "X walked out in protest at the
    decision".  Never negated, hypothetical or about anything but the decision's plain noun."""
    out: list[tuple[list[str], int, str]] = []
    for tok in sent.doc:
        low = tok.lower_
        if low in _ANGRY and tok.dep_ in ("acomp", "oprd", "ROOT", "ccomp", "conj"):
            verb = tok if tok.tag_.startswith("VB") and tok.dep_ != "acomp" else tok.head
        elif low in _ANGER and tok.tag_ == "NN" and tok.dep_ in ("dobj", "pobj"):
            if tok.dep_ == "pobj" and tok.head.lower_ != "in":
                continue  # "in protest at ...", not "a letter of protest"
            verb = next((a for a in tok.ancestors if a.tag_.startswith("VB")), tok)
            if tok.dep_ == "dobj" and verb.lower_ not in _VOICE:
                continue
        else:
            continue
        if not verb.tag_.startswith("VB"):
            continue
        if _negated(tok) or _negated(verb) or _hypothetical(verb):
            continue
        about = [
            p
            for c in tok.children
            if c.dep_ in ("prep", "agent") and c.lower_ in _ANGERED_BY
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not about and tok.dep_ == "pobj":
            # "recalled its ambassador in protest | at the decision", the "at" parsed on the verb
            about = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("at", "against", "over") and c.i > tok.i
                for p in c.children
                if p.dep_ == "pobj"
            ]
        if not about or not all(_plain_decision(p) for p in about):
            continue
        if any(_word(p) in ("decision", "move", "step") for p in about) and (
            _A_BLOCK.search(sent.text.lower()) or _A_BLOCK.search(sent.before.lower())
        ):
            continue  # "Russia vetoed the text. Kyiv was outraged by the decision": the veto's
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        who = sent.actors_of(subj) if subj is not None else []
        who = who or sent.owners(verb) or sent.subject_before(verb)
        if who:
            out.append((who, tok.i, f"{tok.text} {about[0].head.text} the {about[0].text}"))
    return out


# Regretting that the text failed is disappointment at its failure ("regretted that the draft
# had failed", "deplored that the text was not adopted"); read as "was disappointed" is, so
# support only when the decision failed or was blocked.
_REGRET = (
    {"regret", "regrets", "regretted", "regretting"} | _inflect("lament") | _inflect("deplore")
)


def _regrets_a_failure(tok: Any) -> bool:
    """Whether a regret's "that" clause tells the text's failure: "that the draft had failed",
    "that the text was vetoed", "that it was not adopted" (not "that the draft was put to a
    vote", nor "that France vetoed it": the clause's subject must be the text)."""
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or (_word(subj) not in _FATE_TEXTS and subj.lower_ != "it"):
            continue
        passive = any(k.dep_ == "auxpass" for k in c.children)
        if c.lower_ in _FAILED and not _negated(c):
            return True
        if passive and (
            (c.lower_ in _DEFEATED and not _negated(c)) or (c.lower_ in _ADOPTED and _negated(c))
        ):
            return True
    return False


def _disappointments(sent: _Sentence) -> list[tuple[list[str], int, bool]]:
    """(actors, token, with the decision) for "X was disappointed", "said it was disappointed",
    "voiced its disappointment": not negated, and not disappointed with something named that
    is not the decision ("disappointed with its performance").  The flag says it is
    disappointed by the decision's plain noun ("disappointed by the conclusions") with no block
    told in or just before the sentence."""
    out: list[tuple[list[str], int, bool]] = []
    for tok in sent.doc:
        low = tok.lower_
        if low in _DISAPPOINTED and tok.dep_ in ("acomp", "oprd", "ROOT", "ccomp"):
            verb = tok if tok.tag_.startswith("VB") and tok.dep_ != "acomp" else tok.head
        elif low in _DISAPPOINTMENT and tok.dep_ == "dobj" and tok.head.lower_ in _VOICE:
            verb = tok.head
        elif low in _REGRET and tok.tag_.startswith("VB") and _regrets_a_failure(tok):
            verb = tok  # "Benin regretted that the draft had failed": let down by it
        else:
            continue
        if _negated(tok) or _negated(verb):
            continue
        about = [
            p
            for c in tok.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "at", "over", "about")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(_word(p) not in PROPOSAL_NOUNS and p.lower_ not in BLOCKING for p in about):
            continue
        # "said he was disappointed", parsed as a passive: its subject is the one let down
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        who = sent.actors_of(subj) if subj is not None else []
        who = who or sent.owners(verb) or sent.subject_before(verb)
        by_decision = (
            bool(about)
            and all(_plain_decision(p) for p in about)
            and not _hypothetical(verb)
            and not (_A_BLOCK.search(sent.text.lower()) or _A_BLOCK.search(sent.before.lower()))
        )
        if who:
            out.append((who, tok.i, by_decision))
    return out


# ----------------------------------------------------------- reactions to the one who blocked
# Thanking or praising the state that vetoed or blocked the text is siding with it: "Israel's
# government thanked President Obama for the veto", "Netanyahu thanked Haley" (the ambassador
# who cast it), "Serbia's president praised the Kremlin" after Russia's veto: against the text.
# Condemning that state's act is the reverse: "condemned Moscow's move" after Moscow's veto is
# for the text.  The direction comes from what the article says the object did (a veto or a
# block at a vote's or an act's weight), never from the reaction word alone.


def _for_blocking(verb: Any) -> Any | None:
    """A reaction given "for" a block: "thanked Obama for the veto", "criticised Russia for
    blocking the text", "praised Sofia for its opposition", "praised Poland for opposing the
    package" (any act against); the block's word, else None."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.lower_ in BLOCKING - {"threat", "threats", "hold", "holds"}:
                return p
            if p.dep_ == "pcomp" and p.tag_ == "VBG" and not _negated(p):
                # (not "thanked Russia for not blocking it": thanks for letting it pass)
                entry = VERBS.get(p.lower_)
                if entry is not None and (
                    entry[0] in ("veto", "block", "obstruct", "torpedo")
                    or (entry[1] == OPPOSE and entry[2] >= ACTION)
                ):
                    return _target(p) or p
    return None


# Reactions that name what their object did in a "for" (or, after "accuse", "of") phrase:
# "thanked Italy for its support", "accused Hungary of blocking the deal".
_REASON_REACTIONS = {
    f
    for v in (
        *("thank", "praise", "commend", "applaud", "hail"),
        *("criticise", "criticize", "condemn", "denounce", "slam", "blast", "castigate"),
        *("fault", "blame", "rebuke", "accuse"),
    )
    for f in _inflect(v)
}


def _reacted_doer(sent: _Sentence, tok: Any) -> list[str]:
    """The actors that did what a reaction is given for, when ``tok`` is that deed: the
    gerund on a proposal or the owned stance noun of "Germany thanked Italy for its support",
    "accused Hungary of blocking the deal", "Austria was criticised by Poland for backing it"
    (the reaction's object, or its passive subject).  [] when the reaction is denied ("did not
    accuse Hungary of ...": no deed is told)."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lower_ not in _REASON_REACTIONS or _negated(verb):
        return []
    if prep.lower_ != ("of" if verb.lower_ in _ACCUSE else "for"):
        return []
    if tok.dep_ == "pobj" and not any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in tok.children
    ):
        return []  # "thanked Italy for the support" may be another's
    if tok.dep_ == "pcomp":
        deed_on = _target(tok)
        if deed_on is None or _word(deed_on) not in PROPOSAL_NOUNS:
            return []  # "criticised Russia for blocking action in the Council": another act
    if any(c.dep_ == "nsubj" and _word(c) in TEXT_NOUNS for c in verb.children):
        return []  # "the resolution criticised Russia for ...": the text's words, not a report
    doers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [a for d in doers if d.i in sent.actor_at for a in sent.actors_of(d, pronouns=False)]


def _for_dissent(verb: Any) -> bool:
    """Whether a reaction is "for abstaining" ("praised Britain for abstaining"; one "for
    voting against" sides with the blocker: see _side_with_blockers)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(c.dep_ == "pcomp" and c.lower_ == "abstaining" for c in p.children)
        for p in verb.children
    )


# The members that held back from a text, named by what they did: "the two abstainers",
# "the opponents", "those who voted against it"
_DISSENTERS = {"abstainers", "abstainer", "opponents", "dissenters", "holdouts", "objectors"}
_DISSENT_VERBS = {"abstained", "opposed", "vetoed", "objected"}


def _the_dissenters(tgt: Any) -> bool:
    """Whether a reaction's object names those who abstained or voted against (see
    _DISSENTERS)."""
    if _word(tgt) in _DISSENTERS:
        return True
    for c in tgt.children:
        if c.dep_ != "relcl":
            continue
        words = [t.lower_ for t in c.subtree]
        if c.lower_ in _DISSENT_VERBS or (
            c.lower_ == "voted" and any(w in ("against", "no") for w in words)
        ):
            return True
    return False


def _reaction_lemma(tok: Any) -> str | None:
    entry = VERBS.get(tok.lower_) if tok.tag_.startswith("VB") else None
    if entry is None or entry[0] not in _POSITIVE_REACTIONS | _NEGATIVE_REACTIONS:
        return None
    return str(entry[0])


@functools.cache
def _reaction_forms() -> frozenset[str]:
    """The words ``_reaction_lemma`` answers for: the verbs of ``VERBS`` whose lemma is a
    positive or negative reaction (built on first use, from the finished lists)."""
    reactions = _POSITIVE_REACTIONS | _NEGATIVE_REACTIONS
    return frozenset(w for w, entry in VERBS.items() if entry[0] in reactions)


def _reacted_to_actors(sent: _Sentence, tok: Any) -> list[str]:
    """The actors a positive reaction verb has as its object ("thanked Haley", "praised the
    Kremlin"): [] when its object is not an actor."""
    if _reaction_lemma(tok) not in _POSITIVE_REACTIONS or _negated(tok):
        return []
    tgt = _target(tok)
    if tgt is None or tgt.i not in sent.actor_at:
        return []
    return sent.actors_of(tgt, pronouns=False)


def _act_owner_marks(sent: _Sentence, tgt: Any) -> list[Any]:
    """The words naming whose act an act noun is: a possessor ("Moscow's decision", "its
    move" is not one: no actor) or a state's adjective ("the Russian move")."""
    return [
        c
        for c in tgt.children
        if c.i in sent.actor_at and (c.dep_ == "poss" or (c.dep_ == "amod" and c.i < tgt.i))
    ]


def _reactions_to_acts(sent: _Sentence) -> list[tuple[list[str], str, list[str], int, str]]:
    """Reactions to another actor's act ("condemned Moscow's move", "praised Russia's
    decision"): (reactors, the reaction's polarity, the actors whose act it is, the verb's
    index, cue).  Whether that is a stance depends on what the act was (see
    ``_blockers``)."""
    out: list[tuple[list[str], str, list[str], int, str]] = []
    if _doc_words(sent.doc).isdisjoint(_reaction_forms()):
        return out  # (the loop below reads only a verb _reaction_lemma answers for)
    for tok in sent.doc:
        lemma = _reaction_lemma(tok)
        if lemma is None or _negated(tok) or _conditional(tok):
            continue
        tgt = _target(tok)
        if tgt is None or _word(tgt) not in ACTS_OF:
            continue
        owners = [a for c in _act_owner_marks(sent, tgt) for a in sent.actors_of(c, pronouns=False)]
        if not owners:
            continue
        who = sent.owners(tok) or sent.subject_before(tok)
        who = [a for a in who if a not in owners]
        if who:
            polarity = SUPPORT if lemma in _POSITIVE_REACTIONS else OPPOSE
            out.append((who, polarity, owners, tok.i, f"{tok.text} the {tgt.text} of"))
    return out


def _blockers(stances: list[Stance]) -> dict[str, list[Stance]]:
    """The actors whose strongest vote or act in the article is against the text (a veto, a
    block, a vote against), at an act's weight or more, and not tied with a stance for it:
    each with those strongest stances (their anchors are the decisions blocked)."""
    best: dict[str, list[Stance]] = {}
    for s in stances:
        if s.outside_only or s.how not in ("vote", "action"):
            continue
        top = best.get(s.actor)
        if top is None or s.confidence > top[0].confidence + 1e-9:
            best[s.actor] = [s]
        elif abs(s.confidence - top[0].confidence) < 1e-9:
            top.append(s)
    return {
        actor: group
        for actor, group in best.items()
        if group[0].confidence >= ACTION - 1e-9 and {s.label for s in group} == {OPPOSE}
    }


def _blocked_decision(blocks: list[Stance], who: str) -> Stance | None:
    """Which of a blocker's decisions a reaction by ``who`` is about: the one decision it
    blocked; of several ("vetoed their accession", for two states), the membership of the
    state reacting ("Portugal regretted Denmark's decision": Portugal's); else not said."""
    if len({s.anchor for s in blocks}) == 1:
        return blocks[0]
    # one block told twice, once with no decision named ("Russian veto ends the mission")
    # and once with it ("Russia vetoed an extension of the mission"): the one named
    named = [s for s in blocks if s.anchor is not None]
    if len({s.anchor for s in named}) == 1:
        return named[0]
    return next((s for s in blocks if s.anchor == "state:" + who), None)


def _side_with_blockers(
    out: list[Stance],
    toward: dict[int, list[str]],
    acts: list[tuple[Stance, list[str]]],
) -> list[Stance]:
    """The reactions to actors and to their acts, once the article's blockers are known:
    praising or thanking a blocker is against the text its block was on; reacting to a
    blocker's act is against the text when the reaction is positive, for it when negative.
    A reaction to an actor that blocked nothing stays as it was read (thanking the deciders is
    support), and one to an act of such an actor is no stance."""
    blockers = _blockers(out)

    def blocked(objs: list[str], who: str) -> Stance | None:
        found = [
            _blocked_decision(blockers[o], who) if o in blockers else None for o in objs if o != who
        ]
        if not found or any(b is None for b in found):
            return None
        return found[0]

    result = list(out)
    for i, objs in toward.items():
        s = result[i]
        b = blocked(objs, s.actor)
        if b is not None and s.label == SUPPORT:
            result[i] = replace(
                s,
                label=OPPOSE,
                cue=f"{s.cue} (the state that blocked it)",
                anchor=b.anchor,
                anchor_text=b.anchor_text,
            )
    for s, objs in acts:
        b = blocked(objs, s.actor)
        if b is None:
            continue
        label = OPPOSE if s.label == SUPPORT else SUPPORT
        result.append(replace(s, label=label, anchor=b.anchor, anchor_text=b.anchor_text))
    return result


def resolve(stances: Iterable[Stance]) -> dict[str, tuple[str, list[Stance]]]:
    """Per actor (on one issue): the label of the most confident stances, with all the stances
    read.  Equal top confidence with different labels gives ``neutral`` (no stance is written).
    """
    groups: dict[str, list[Stance]] = defaultdict(list)
    for s in stances:
        groups[s.actor].append(s)
    out: dict[str, tuple[str, list[Stance]]] = {}
    for key, group in groups.items():
        top = max(s.confidence for s in group)
        labels = {s.label for s in group if abs(s.confidence - top) < 1e-9}
        out[key] = (labels.pop() if len(labels) == 1 else NEUTRAL, group)
    return out
