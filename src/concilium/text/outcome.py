"""The article's shape: what became of the decision its headline and lead tell (issue 13).

The stance rules were written for a decision told as taken; fresh articles also tell
statements blocked by one member of a consensus body, decisions put off to a later meeting,
informal meetings where nothing is decided, texts vetoed and votes that fell short (heldout28:
28-13, 28-15, 28-17, 28-19).  :func:`classify` reads the headline and the lead (first
sentences) with general wording rules and returns the outcome with the sentence that shows it.
Pure and typed: no parsing, a few regular expressions per sentence.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass


class Outcome(enum.Enum):
    ADOPTED = "adopted"
    FAILED = "failed"  # a vote fell short
    VETOED = "vetoed"
    BLOCKED = "blocked"  # consensus withheld by one or a few members
    DEFERRED = "deferred"  # put off, left to a later meeting
    NO_DECISION = "no_decision"  # talks, an informal meeting, no agreement reached
    WITHDRAWN = "withdrawn"  # the text taken back by its sponsors before any vote (29-06)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Shape:
    outcome: Outcome
    evidence: str = ""  # the sentence (headline or lead) that shows it

    @property
    def not_taken(self) -> bool:
        """The decision was not taken (yet): blocked, deferred or no decision."""
        return self.outcome in (Outcome.BLOCKED, Outcome.DEFERRED, Outcome.NO_DECISION)


# What a decision is called: the object or subject the outcome verbs must go with, so that
# "a blocked road", "deferred payment", "a postponed match" are no decision's outcome (tests
# in test_draft_shape.py).
_DECISION = (
    r"(?:decision|statement|declaration|text|resolution|draft|conclusions?|communiqu[eé]|"
    r"sanctions?|measures?|package|proposal|plan|deal|agreement|accord|mission|operation|"
    r"mandate|vote|motion|reform|cap|ban|embargo|extension|accession|membership|"
    r"status|enlargement|appointment|nomination|position|response|joint\s+\w+)"
)
_NEAR = r"(?:[\w'’-]+\s+){0,6}?"  # a few words between verb and noun ("an EU statement on X")
# The verb's object opens with a determiner or a name ("blocked a statement", "deferred the
# decision", "postponed until December a decision", "blocked an EU text"): not an attributive
# participle ("deferred payment", "a blocked road").
_OBJ = (
    r"(?:(?:until|till|to)\s+[\w-]+\s+)?(?:a|an|the|its|their|his|her|this|that|any|"
    r"(?-i:[A-Z])[\w.]*(?:['’]s)?)\s+"
)

# Vetoed: "vetoes", "vetoed", "cast a veto" (not "veto power", "the right of veto").
_VETOED = re.compile(
    r"\b(?:vetoe[sd]|vetoing|cast\s+(?:a|its|their|the)\s+vetoe?s?)\b", re.IGNORECASE
)
# Failed: the vote fell short ("failed to win enough votes", "fell short of the nine votes",
# "was defeated", "rejected by 7 votes to 5").
_FAILED = re.compile(
    r"\b(?:fail(?:s|ed)?\s+to\s+(?:win|get|gain|secure|obtain|pass)\b|"
    r"fell\s+short|falls\s+short|(?:was|were|is)\s+defeated|voted\s+down|"
    r"(?:failed|fails)\s+in\s+(?:a|the)\s+vote)",
    re.IGNORECASE,
)
# Blocked: consensus withheld ("X blocks an EU statement", "refused to sign up to a joint
# text" (28-13), "withholding its consent", "a statement was blocked").
_BLOCKED = re.compile(
    # the present or -ing (a headline drops the article: "Poland blocks joint EU statement")
    rf"\b(?:blocks|blocking|torpedoe?s|torpedoing|scuppers|scuppering|thwarts|thwarting)\s+"
    rf"{_NEAR}{_DECISION}\b"
    # the past, with its object's determiner ("blocked a statement"; not "a blocked road")
    rf"|\b(?:blocked|torpedoed|scuppered|thwarted|stymied)\s+{_OBJ}{_NEAR}{_DECISION}\b"
    rf"|\b{_DECISION}\s+{_NEAR}(?:was|were|is|are|had\s+been|has\s+been)\s+blocked\b"
    rf"|\brefus(?:ed|es|ing)\s+to\s+(?:sign(?:\s+up)?|endorse|back|join)\s+(?:on\s+to\s+|up\s+to\s+|to\s+)?"
    rf"{_NEAR}{_DECISION}\b"
    r"|\bwithh(?:eld|olding|olds)\s+(?:its|their|her|his)\s+(?:consent|approval|agreement)\b",
    re.IGNORECASE,
)
# Deferred: "put off a decision", "postponed until December", "deferred to the June
# summit", "left the matter to a later meeting", "sent the question back" (28-19).
_DEFERRED = re.compile(
    # the present, base or -ing, and "put off" (headlines: "Allies put off decision on ...")
    rf"\b(?:put(?:s|ting)?\s+off|postpones?|postponing|defers?|deferring|delays?|delaying|"
    rf"shelves|shelving|push(?:es|ing)?\s+back)\s+{_NEAR}{_DECISION}\b"
    # the past, with its object's determiner (not "deferred payment")
    # ("postponed indefinitely a final vote": probe29 36)
    rf"|\b(?:postponed|deferred|delayed|shelved|pushed\s+back)\s+(?:indefinitely\s+)?{_OBJ}"
    rf"{_NEAR}{_DECISION}\b"
    rf"|\b{_DECISION}\s+{_NEAR}(?:was|were|is|has\s+been)\s+(?:put\s+off|postponed|deferred|"
    rf"delayed|shelved)\b"
    r"|\b(?:postpone[sd]?|defer(?:s|red)?|put\s+off|delay(?:s|ed)?)\s+(?:it|the\s+matter|the\s+"
    r"question|the\s+issue)?\s*(?:until|to|till)\s+(?:their|its|the|a)\s+(?:next|later|"
    r"formal|regular|(?-i:[A-Z])\w+)\b"
    r"|\b(?:sent|sends|left|leaves|referred)\s+the\s+(?:matter|question|issue)\s+(?:back\s+)?to\b"
    # the object inside the phrasal verb: "pushing the decision back to June" (25-13)
    rf"|\b(?:push(?:es|ed|ing)?|put(?:s|ting)?)\s+{_OBJ}{_NEAR}{_DECISION}\s+(?:back|off)\b"
    # "put off Albania's candidate status until June" (25-13): put off until a later day;
    # "the overhaul of the bloc's asylum rules": up to nine words (test_draft_delay31)
    r"|\b(?:put(?:s|ting)?\s+off|postpone[sd]?|defer(?:s|red)?|delay(?:s|ed)?)\s+(?:[\w'’-]+\s+)"
    r"{1,9}?(?:until|till)\s+(?:(?-i:[A-Z])\w+|next|later|after)\b",
    re.IGNORECASE,
)
# No decision: talks where nothing was agreed ("failed to agree on", "ended without a deal",
# "took no decision", "no decisions were expected", "an informal summit", 28-17, 28-19).
_NO_DECISION = re.compile(
    r"\b(?:fail(?:s|ed)?\s+to\s+(?:agree|reach|strike|clinch|settle)|"
    r"(?:ends?|ended|broke\s+up|closed?)\s+without\s+(?:a\s+|any\s+)?(?:deal|agreement|decision|"
    r"accord|consensus|joint\s+\w+)|"
    r"(?:took|take|takes|reached|reach)\s+no\s+(?:decision|agreement|deal)|"
    r"no\s+(?:decisions?|agreement|deal)\s+(?:was|were|is|are)\s+(?:taken|reached|expected|made)|"
    r"could\s+not\s+agree|couldn['’]t\s+agree|"
    r"(?:left|leaves|was\s+left)\s+(?:\w+\s+){0,3}?unresolved)",
    re.IGNORECASE,
)
_INFORMAL = re.compile(r"\binformal\s+(?:summit|meeting|dinner|gathering|talks)\b", re.IGNORECASE)
# Adopted: the usual verbs of a taken decision; not "failed to agree", "did not approve",
# nor a decision to put it off ("decided to postpone the vote").
_ADOPTED = re.compile(
    r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!n’t )\b(?:adopt(?:s|ed)|approv(?:es|ed)|agree[sd]?|"
    r"passe[sd]|endorse[sd]|authori[sz]e[sd]|imposed?|extend(?:s|ed)|decided|unanimously)\b"
    r"(?!\s+(?:on\s+\w+\s+)?to\s+(?:postpone|defer|delay|put\s+off|shelve|wait|hold|disagree))",
    re.IGNORECASE,
)

# Withdrawn: the sponsors took their text back before a vote ("withdrew their draft
# resolution", "the draft was withdrawn", "give up on UN vote", 29-06); not "withdrew its
# support for the draft", "withdrew its objection", "withdrew its troops" (test_draft_inv29).
_TEXT = r"(?:draft|text|resolution|proposal)s?"
_WITHDRAWN = re.compile(
    rf"\bwithdr(?:ew|aws?|awn|awing)\s+(?:(?:their|its|the|a)\s+)?"
    rf"(?:(?!(?:support|backing|objections?|for|to|of|from)\b)[\w-]+\s+){{0,3}}?{_TEXT}\b"
    rf"|\b{_TEXT}\s+{_NEAR}(?:was|were|is|has\s+been|had\s+been)\s+withdrawn\b"
    r"|\b(?:give|gives|gave|giving)\s+up\s+on\s+(?:a\s+|the\s+|their\s+)?(?:UN\s+|council\s+)?"
    r"vote\b",
    re.IGNORECASE,
)

# Every wording, and its outcome: in a line the one told first wins.
_ALL: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (Outcome.VETOED, _VETOED),
    (Outcome.BLOCKED, _BLOCKED),
    (Outcome.DEFERRED, _DEFERRED),
    (Outcome.FAILED, _FAILED),
    (Outcome.NO_DECISION, _NO_DECISION),
    (Outcome.WITHDRAWN, _WITHDRAWN),
    (Outcome.ADOPTED, _ADOPTED),
)


def classify(lines: Iterable[str]) -> Shape:
    """The outcome told by the headline and lead ``lines`` (in order): the first line that
    tells one decides, and in it the wording told first (27-24: "agreed on Thursday to
    expand the mission ..., but put off any decision on ..." is the adopted decision the
    article leads with; the deferred one is a second decision; on a tie, the earlier in
    ``_ALL``: "fails to win" is failed, not adopted).  With none: an informal meeting is no
    decision; else unknown."""
    lines = [s for s in lines if s]
    for line in lines:
        found = [
            (m.start(), k) for k, (_, rx) in enumerate(_ALL) if (m := rx.search(line)) is not None
        ]
        if found:
            return Shape(_ALL[min(found)[1]][0], line)
    for line in lines:
        if _INFORMAL.search(line):
            return Shape(Outcome.NO_DECISION, line)
    return Shape(Outcome.UNKNOWN)


# Wanting the decision put off, or holding it up, in a decision blocked, deferred or not
# taken: those who "insisted on waiting", "wanted more time", "asked for a delay", "withheld
# their consent" held the decision up (oppose); outside that shape the same words are
# hesitation or another matter, not a stance (test_draft_shape).
DELAY_WISH = re.compile(
    rf"\b(?:insist(?:s|ed|ing)?\s+on\s+(?:waiting|(?:a|the)\s+delay|more\s+time|postponing|"
    r"putting\s+(?:it\s+)?off)|"
    # "insisted the process be reformed first": a condition to meet before deciding (probe28 32)
    r"insist(?:s|ed|ing)?\s+(?:that\s+)?[^,.;:]{1,60}?\s+first|"
    r"(?:wants?|wanted|wanting|asked\s+for|asks\s+for|sought|seeks|demanded|requested|"
    r"pressed\s+for|pushed\s+for|called\s+for|needs?|needed|needing)\s+"
    r"(?:more\s+time|(?:a|the)\s+delay|"
    r"(?:a|the)\s+postponement)|"
    r"(?:wants?|wanted|preferred|prefers)\s+to\s+wait|"
    # "Canada was not ready to decide", "said it was not yet in a position to talk about a
    # withdrawal" (27-24, test_draft_goldaudit): not yet willing to take the step
    r"(?:was|were|is|are)\s+not\s+(?:yet\s+)?(?:ready|in\s+a\s+position)\s+to\s+(?:decide|"
    r"take\s+(?:a|the|that)\s+decision|agree|commit|talk\s+about|discuss)|"
    r"(?:argued|pressed|pushed)\s+for\s+waiting|"
    # ... or withheld the consent it needed, held it up ("Hungary withholding its consent",
    # test_draft_shape: a blocked statement)
    r"withh(?:eld|olding|olds?)\s+(?:its|their|her|his)\s+(?:consent|approval|assent|agreement)|"
    rf"(?:held|holding|holds?)\s+up\s+{_OBJ}{_NEAR}{_DECISION})\b",
    re.IGNORECASE,
)
