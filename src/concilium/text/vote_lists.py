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

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from concilium.text.counts import _UNITS, number

__all__ = [
    "abstained_stances",
    "apposition_stances",
    "backing_from_stances",
    "elliptical_stances",
    "group_colon_run",
    "group_member_stances",
    "headed_list_stances",
    "list_stances",
    "phrase_list_stances",
    "relative_run",
    "sentence_mentions",
    "voting_with_stances",
    "with_clause_stances",
]

_HEAD = re.compile(
    r"(?:^|(?<=[;:.(\n—–])|(?<=[;:.(]\s)|(?<=\s[—–]\s))\s*"
    r"(?P<head>in\s+favou?r|for|yes(?:\s+votes?)?|no\s+votes?|against|"
    r"voting\s+(?:for|in\s+favou?r|yes|against|no)|votes?\s+(?:for|in\s+favou?r|against)|"
    r"abstaining|abstentions?|abstained|abstainers)"
    # the colon, or "were" in the inverted form: "In favour were India and Ghana; ..."
    r"\s*(?:\(\s*\d{1,3}\s*\))?(?:\s*:\s*|\s+were\s+|(?P<comma>\s*,\s*))"
    # the count may come first: "In favour: 186, including Cuba and Russia", "Against: 2 -
    # Israel and the United States"; the names after it are then some or all of that side
    r"(?:\d{1,3}(?:\s+(?:states|countries|nations|members|delegations|votes))?"
    r"(?:\s*,\s*|\s*:\s*|\s+-\s+|\s+)"
    r"(?:(?:including|among\s+them|among\s+whom|among\s+which|notably|such\s+as)\b\s*:?\s*)?)?",
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


def _unambiguous(found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The (actor, label, cue) readings of actors given one label only: where two readings of
    the lists disagree about an actor, nothing is kept for it."""
    labels: dict[str, set[str]] = {}
    for actor, label, _ in found:
        labels.setdefault(actor, set()).add(label)
    return [(a, lab, cue) for a, lab, cue in found if len(labels[a]) == 1]


# A remark in brackets after a listed name: "Britain (which had drafted an earlier text),
# Japan and Malta" (not a count: "Against (2): A, B").
_ASIDE = re.compile(r"\s*\((?!\s*\d{1,3}\s*\))[^()]{1,200}\)")


def _without_asides(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """``sentence`` with each bracketed remark right after a name blanked out (offsets kept),
    and the mentions outside them: the list reads on past the remark, and a state named in
    it ("Britain (which Russia had criticised)") is none of the list's."""
    ends = {b for _, b, _ in mentions}
    out = sentence
    for m in _ASIDE.finditer(sentence):
        if m.start() in ends:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    if out == sentence:
        return sentence, mentions
    return out, [(a, b, act) for a, b, act in mentions if out[a:b].strip()]


def headed_list_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for every state in a label-headed list of ``sentence``.

    ``mentions``: (start, end, actor) of the states named in the sentence, offsets relative to
    it.  A state listed under two labels gets neither.  A bracketed remark after a name is
    read past (``_without_asides``)."""
    sentence, mentions = _without_asides(sentence, mentions)
    out: list[tuple[str, str, str]] = []
    lists: list[tuple[bool, str, list[tuple[int, int, str]]]] = []
    for m in _HEAD.finditer(sentence):
        lo = m.end()
        stop = _END.search(sentence, lo)
        hi = stop.start() if stop else len(sentence)
        # a next label opening within the span ends it ("For: A, B; against: C" is split
        # at the semicolon already; "For: A, B against: C" is not a list of names)
        found = _in_span(mentions, lo, hi)
        if not found or not _only_names(sentence, found, lo, hi):
            continue
        lists.append((m.group("comma") is not None, m.group("head"), found))
    # a label followed by a comma ("in favour, A and B; against, C") is read only in a record
    # that lists two sides so: alone, "Against, Russia and China" may be other prose
    by_comma = {_label(head) for comma, head, _ in lists if comma}
    for comma, head, found in lists:
        if comma and len(by_comma) < 2:
            continue
        cue = " ".join(head.split()) + ":"
        for _, _, actor in found:
            out.append((actor, _label(head), cue))
    return _unambiguous(out)


_ELLIPSIS = re.compile(
    r"(?:(?:[,;]\s*(?:and\s+|but\s+)?|\band\s+)(?P<word>so|as|so\s+too|likewise)\s+"
    r"(?P<verb>were|was|did|do|does|had|have|has)\b(?:\s+too\b)?|"
    # "The United States, which voted no, was joined by Israel" (no "in voting ..." after it)
    r"\s(?P<joined>(?:was|were)\s+joined)\s+by\b(?![^.;]*\bin\s+\w+ing\b))",
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
    # "A, which drafted the text, was joined by B", "A, the text's author, was joined by B": B
    # joins A in A's own act or role on the decision (a vote, an act such as drafting or
    # blocking it, a role such as author or holdout); "and so did B" repeats a vote only
    kinds = ("vote", "action", "role") if m.group("joined") else ("vote",)
    labels = {lab for act, lab, how in read if act in before and how in kinds}
    others = {lab for act, lab, how in read if act in before and how not in kinds}
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
    cue = (
        f"{m.group('joined')} by" if m.group("joined") else f"{m.group('word')} {m.group('verb')}"
    ).lower()
    return [(act, label, cue) for act in dict.fromkeys(after)]


# Vote nouns and the label they carry: "the nine no votes", "the lone vote against", "three
# abstentions", "votes in favour".
_NUMW = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|thirty|forty|fifty)"
)
_VOTE_NOUN = (
    r"(?:(?:lone|only|sole|single|" + _NUMW + r")\s+)?"
    r"(?P<noun>[\"“']?(?:no|yes)[\"”']?\s+votes?|votes?\s+against|votes?\s+in\s+favou?r|"
    r"votes?\s+for|negative\s+votes?|dissenting\s+votes?|affirmative\s+votes?|"
    r"abstentions?)"
)
_GERUND = (
    r"(?P<gerund>voting\s+(?:against|no|for|in\s+favou?r|yes)|opposing|rejecting|"
    r"supporting|backing|abstaining)"
)
# "The nine no votes came from A and B", "The abstentions were A and B", "The votes against
# were cast by A and B", "The votes in favour included those of A and B" (some of them)
_NOUN_FROM = re.compile(
    r"(?:^|[;:]\s*|\bthe\s+)" + _VOTE_NOUN + r"\s+(?:came|were\s+cast|was\s+cast|were|"
    r"was|included|include)(?:\s+(?:from|by|those\s+of|that\s+of))?\s+",
    re.IGNORECASE,
)
# "A and B cast the only votes against", "Russia cast the lone no vote"
_CAST = re.compile(r"\s+cast\s+(?:(?:the|a|an|its|their)\s+)?" + _VOTE_NOUN + r"\b", re.IGNORECASE)
# "Voting in favour were 13 members, including A and B"; "The no votes included A and B"
_INCLUDING = re.compile(
    r"(?:^|[;:]\s*)(?:(?:the\s+)?(?:countries|states|members|those|nations|delegations)\s+)?"
    r"(?:(?P<voting>voting\s+(?:against|no|for|in\s+favou?r|yes)|abstaining)|(?:the\s+)?"
    + _VOTE_NOUN
    + r")\s+(?:were|included|include)\b[^.;:]*?\b(?:including|among\s+them|such\s+as)\s+",
    re.IGNORECASE,
)
# A count of votes and some of the states that cast them: "got only four votes in favour,
# including those of China and Bolivia", "12 abstentions, among them Brazil and India", "The
# draft received 11 votes, including Japan's" (a bare count of votes a text received is of
# votes for it)
_COUNT_INCLUDING = re.compile(
    r"(?:\b(?=" + _NUMW + r"\s)" + _VOTE_NOUN + r"|\b(?P<received>received|got|won|drew|"
    r"gathered|secured|garnered|obtained)\s+(?:only\s+|just\s+)?" + _NUMW + r"\s+votes)"
    # ("The fourteen votes in favour included those of Britain and France": 31-02)
    r"(?:\s*,?\s+(?:including|among\s+them)|\s+included)\s+(?:(?:those|that)\s+of\s+)?",
    re.IGNORECASE,
)
# "Joining Russia in opposing the text were Belarus and Syria"
_JOINING = re.compile(
    r"(?:^|[;:]\s*)joining\s+(?P<first>[^.;]{2,80}?)\s+in\s+" + _GERUND + r"\b[^.;]*?\s+"
    r"(?:were|was)\s+",
    re.IGNORECASE,
)
# "Voting no alongside Russia were Belarus and Syria", "Abstaining along with China were India
# and Brazil": the state named after "alongside" cast the same vote as the states listed
_ALONGSIDE = re.compile(
    r"(?:^|[;:]\s*)(?P<gerund>voting\s+(?:against|no|for|in\s+favou?r|yes)|abstaining)\s+"
    r"(?:alongside|along\s+with|together\s+with|with)\s+(?P<first>[^.;]{2,80}?)\s+"
    r"(?:were|was)\s+",
    re.IGNORECASE,
)
# "Russia was joined in voting no by Belarus and Syria", "It was joined in abstaining by A and
# B": the states after "by" cast the vote the gerund names (and so does a subject made of
# states only; a pronoun subject gives nothing more)
_JOINED_IN = re.compile(
    r"\s(?:was|were|is|are|had\s+been|has\s+been)\s+joined\s+in\s+"
    + _GERUND
    + r"(?:\s+(?:it|(?:the|this|that)\s+(?:text|resolution|draft|motion|proposal|measure)))?"
    r"\s+by\s+",
    re.IGNORECASE,
)
# "The record showed A, B and C in favour; D against; E abstaining": a record whose lists each
# end in their label; each part after the first is one more list and its label only
_RECORD_SHOWED = re.compile(
    r"\b(?:record|tally|roll[- ]?call|breakdown|scoreboard)\s+"
    r"(?:showed|shows|listed|lists|had|gave|read)\s+",
    re.IGNORECASE,
)
_TRAILING_LABEL = re.compile(
    r"\s+(?P<label>in\s+favou?r|against|abstaining)\s*(?P<end>;|\.?\s*$)", re.IGNORECASE
)
# "..., with Poland against", "with Denmark and Sweden voting against and Hungary abstaining"
_WITH = re.compile(r"\bwith\s+", re.IGNORECASE)
_WITH_LABEL = re.compile(
    r"\s+(?P<label>(?:voting\s+)?(?:against|no|in\s+favou?r|for|yes)|opposed|opposing|"
    r"dissenting|abstaining|abstained)\b",
    re.IGNORECASE,
)
_WITH_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:with\s+)?", re.IGNORECASE)
# "Belarus and Syria sided with Russia in voting no", "Chile joined Peru in abstaining"
_SIDED = re.compile(
    r"\s+(?:joined|sided\s+with|stood\s+with|teamed\s+up\s+with|aligned\s+with)\s+",
    re.IGNORECASE,
)
_IN_GERUND = re.compile(r"\s+in\s+" + _GERUND + r"\b", re.IGNORECASE)
_RUN_SEP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+)(?P<the>the\s+)?", re.IGNORECASE)
_RUN_END = re.compile(r"\s*(?:$|[.;)]|,\s|\s[—–]\s|\s(?:while|but|which|who|whereas)\b)")


def _noun_label(noun: str) -> str:
    n = noun.lower()
    if n.startswith("abst"):
        return "abstain"
    if (
        "against" in n
        or "no" in n.split()
        or n.strip("\"“”'").startswith("no")
        or (n.startswith(("negative", "dissenting")))
    ):
        return "oppose"
    return "support"


def _gerund_label(g: str) -> str:
    g = " ".join(g.lower().split())
    if g.startswith("abst"):
        return "abstain"
    if g in ("opposing", "rejecting", "voting against", "voting no"):
        return "oppose"
    return "support"


def _run_at(sentence: str, mentions: list[tuple[int, int, str]], pos: int) -> tuple[list[str], int]:
    """The states listed from ``pos`` ("Russia, Belarus and the Syrian Arab Republic") and
    where the list ends; ([], pos) when no state starts there."""
    starts = {a: (b, act) for a, b, act in mentions}
    out: list[str] = []
    m = re.match(r"(?:the\s+)?", sentence[pos:], re.IGNORECASE)
    i = pos + (m.end() if m else 0)
    end = pos
    while i in starts:
        b, act = starts[i]
        if act not in out:
            out.append(act)
        end = b
        sep = _RUN_SEP.match(sentence, b)
        if not sep or sep.end() == b:
            break
        i = sep.end()
        if i not in starts and sep.group("the"):
            i = sep.start("the")  # a name that holds its article: "and the Philippines"
    return out, end


def _whole_list(sentence: str, mentions: list[tuple[int, int, str]], pos: int) -> list[str]:
    """The states listed from ``pos`` when the list ends the clause (else [])."""
    who, end = _run_at(sentence, mentions, pos)
    if not who or not _RUN_END.match(sentence, end):
        return []
    return who


# "The five votes against came from the Eastern bloc: A, the B and C republics, D and E": a
# group described, then spelt out after a colon (29-28)
_GROUP_THEN_COLON = re.compile(r"[^.;:()]{1,40}?:\s*")
_COUNT_BEFORE = re.compile(r"\b(?P<n>" + _NUMW + r")\s+$", re.IGNORECASE)
_NOT_ALL = re.compile(r"\b(?:not|except|but|excluding|including|among|others?)\b", re.IGNORECASE)


def _counted_colon_list(
    sentence: str, mentions: list[tuple[int, int, str]], m: re.Match[str]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states spelt out after a colon that follows a counted vote
    noun's group: "The five votes against came from the Eastern bloc: ..." (29-28).  The
    states named after the colon (the span may hold words beside the names: "the Ukrainian
    and Byelorussian republics") must be exactly as many as the count, and the group before
    the colon may name none but them; nothing when the span excepts or adds anyone."""
    num = _COUNT_BEFORE.search(sentence, m.start(), m.start("noun"))
    n = number(num.group("n")) if num else None
    group = _GROUP_THEN_COLON.match(sentence, m.end())
    if n is None or n < 2 or group is None:
        return []
    stop = _END.search(sentence, group.end())
    hi = stop.start() if stop else len(sentence)
    listed = [act for a, b, act in mentions if group.end() <= a and b <= hi]
    named_before = {act for a, b, act in mentions if m.end() <= a and b <= group.end()}
    who = list(dict.fromkeys(listed))
    if len(who) != n or not named_before <= set(who):
        return []
    if _NOT_ALL.search(sentence, group.end(), hi):
        return []  # "..., Poland but not Hungary", "among them": not the whole count
    label = _noun_label(m.group("noun"))
    return [(act, label, m.group(0).strip() + " ...:") for act in who]


def phrase_list_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for states listed with a vote noun or a joining phrase: "The nine
    no votes came from A, B and C", "The abstentions were A and B", "A and B cast the only
    votes against", "Voting in favour were 13 members, including A and B", "Joining A in
    opposing the text were B and C", "Voting no alongside A were B and C".  Each list must end
    its clause and hold only names."""
    out: list[tuple[str, str, str]] = []
    for m in _NOUN_FROM.finditer(sentence):
        for act in _whole_list(sentence, mentions, m.end()):
            out.append((act, _noun_label(m.group("noun")), m.group(0).strip()))
        out += _counted_colon_list(sentence, mentions, m)
    for m in _CAST.finditer(sentence):
        # the list before "cast" must be the clause's whole subject
        clause = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start()))
        lo = clause + 1
        lead = re.match(r"\s*(?:only\s+)?", sentence[lo:], re.IGNORECASE)
        lo += lead.end() if lead else 0
        who, end = _run_at(sentence, mentions, lo)
        if who and end == m.start():
            out += [(act, _noun_label(m.group("noun")), "cast " + m.group("noun")) for act in who]
    for m in _INCLUDING.finditer(sentence):
        label = (
            _gerund_label(m.group("voting")) if m.group("voting") else _noun_label(m.group("noun"))
        )
        for act in _whole_list(sentence, mentions, m.end()):
            out.append((act, label, "including"))
    for m in _COUNT_INCLUDING.finditer(sentence):
        label = "support" if m.group("received") else _noun_label(m.group("noun"))
        for act in _whole_list(sentence, mentions, m.end()):
            out.append((act, label, "including"))
    for m in [*_JOINING.finditer(sentence), *_ALONGSIDE.finditer(sentence)]:
        label = _gerund_label(m.group("gerund"))
        first, end = _run_at(sentence, mentions, m.start("first"))
        if not first or end != m.end("first"):
            continue
        out += [(act, label, "joining") for act in first]
        out += [(act, label, "joining") for act in _whole_list(sentence, mentions, m.end())]
    for m in _RECORD_SHOWED.finditer(sentence):
        pos = m.end()
        while True:
            who, end = _run_at(sentence, mentions, pos)
            tail = _TRAILING_LABEL.match(sentence, end) if who else None
            if tail is None:
                break  # not a list of names that ends in its label: nothing more
            head = " ".join(tail.group("label").lower().split())
            out += [(act, _part_label(head), "record: " + head) for act in who]
            if tail.group("end") != ";":
                break
            pos = tail.end() + _lead(sentence, tail.end())
    for m in _JOINED_IN.finditer(sentence):
        label = _gerund_label(m.group("gerund"))
        after = _whole_list(sentence, mentions, m.end())
        if not after:
            continue
        clause = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start()))
        first, end = _run_at(sentence, mentions, clause + 1 + _lead(sentence, clause + 1))
        subject = first if first and end == m.start() else []
        out += [
            (act, label, "joined in " + m.group("gerund").lower()) for act in [*subject, *after]
        ]
    for m in _SIDED.finditer(sentence):
        clause = max(sentence.rfind(";", 0, m.start()), sentence.rfind(":", 0, m.start()))
        first, end = _run_at(sentence, mentions, clause + 1 + _lead(sentence, clause + 1))
        if not first or end != m.start():
            continue  # the list before the verb must be the clause's whole subject
        second, end2 = _run_at(sentence, mentions, m.end())
        g = _IN_GERUND.match(sentence, end2) if second else None
        if g is None:
            continue
        label = _gerund_label(g.group("gerund"))
        out += [(act, label, "sided with") for act in [*first, *second]]
    return _unambiguous(out)


# ------------------------------------------------------------ lists set off in apposition
# "Four members - Brazil, India, Lebanon and South Africa - abstained", "Three states (Iran,
# Syria and North Korea) voted against", "The two abstainers, China and India, ...": a
# collective subject ("four members", "the other states") with its states listed between two
# dashes, in brackets or between commas, then the vote verb.  The collective head must open
# the clause and name no state; a count in it must equal the number of names listed.
_APPOS_VERB = re.compile(
    r"(?P<close>\s*[—–]\s*|\s+-\s+|\s*\)\s*|\s*,\s*)"
    r"(?:(?:also|all|both|each|again|then|duly)\s+)*"
    r"(?P<verb>abstained|voted\s+(?:against|no|in\s+favou?r|for|yes))\b",
    re.IGNORECASE,
)
# The counts a collective subject may give in words ("Four members - A, B, C and D -"): one
# to fifteen, read with counts.number like every other count.
_NUM_WORDS = [w for w, n in _UNITS.items() if 1 <= n <= 15 and w != "a"]
_COLLECTIVE = re.compile(
    r"(?:^|[;:]\s*|\bwhile\s+|\bwhereas\s+|,\s*and\s+)\s*(?:the\s+)?(?:other\s+|remaining\s+)?"
    r"(?:(?P<num>\d{1,2}|" + "|".join(_NUM_WORDS) + r")\s+|several\s+|some\s+|a\s+few\s+)?"
    r"(?:other\s+|remaining\s+|more\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:members|states|countries|nations|delegations|governments|abstainers|capitals)"
    r"\s*$"
    # "The same four - A, B, C and D - voted no": a count with no noun, whose names the
    # list gives (the count must then be there, and match)
    r"|(?:^|[;:]\s*|\bwhile\s+|\bwhereas\s+|,\s*and\s+)\s*(?:the\s+)?same\s+"
    r"(?P<same>\d{1,2}|" + "|".join(_NUM_WORDS) + r")\s*$",
    re.IGNORECASE,
)
_OPEN_FOR = {"—": "—", "–": "–", "-": "-", ")": "(", ",": ","}


def apposition_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states listed in apposition to a collective subject before
    its vote verb: "Four members - A, B, C and D - abstained", "Two states (A and B) voted
    against".  Nothing when the list holds anything but names, when the head names a state
    or is not the clause's opening, or when its count differs from the names listed."""
    out: list[tuple[str, str, str]] = []
    for m in _APPOS_VERB.finditer(sentence):
        who, start = _run_before(sentence, mentions, m.start())
        if not who:
            continue
        close = m.group("close").strip()
        opener = re.search(r"\s*(?P<open>[—–(,]|\s-)\s*$", sentence[:start])
        if opener is None or opener.group("open").strip() != _OPEN_FOR[close]:
            continue
        head = _COLLECTIVE.search(sentence, 0, opener.start())
        if head is None or any(a < opener.start() and b > head.start() for a, b, _ in mentions):
            continue
        num = (head.group("num") or head.group("same") or "").lower()
        count = number(num) if num else None
        if count is not None and count != len(who):
            continue  # "Five members - A and B among them - ...": not the whole list
        verb = " ".join(m.group("verb").lower().split())
        if verb == "abstained":
            label = "abstain"
        elif verb.endswith(("against", " no")):
            label = "oppose"
        else:
            label = "support"
        out += [(act, label, f"{head.group(0).strip()} ... {verb}") for act in who]
    return _unambiguous(out)


# ------------------------------------------------------------ members of a named group
# "co-sponsored by dozens of states from every region, among them A, B and C", "tabled on
# behalf of a group of 40 countries including A and B", "opposed by a bloc of Arab states,
# notably A": the states listed after the group are of it, and take the verb's stance;
# "the 25 states signing up, among them A and B", "the countries voting against, including
# A": the participle that describes the group gives it.  The group names no state, and the
# list must end its clause.
_GROUP_NOUN = (
    r"(?:states|countries|nations|members|governments|delegations|capitals|others|"
    r"allies|partners)"
)
_MEMBERS = r",?\s+(?:among\s+them|among\s+whom|including|such\s+as|notably)\s+"
_GROUP_VERB = re.compile(
    r"\b(?:(?P<verb>co-?sponsored|sponsored|backed|supported|tabled|presented|put\s+forward|"
    r"drafted|submitted|endorsed|championed|opposed|rejected|resisted)\s+by|"
    r"(?P<behalf>on\s+behalf\s+of))\s+",
    re.IGNORECASE,
)
_GROUP_REST = re.compile(
    r"(?P<group>[^.;:()]{0,80}?\b" + _GROUP_NOUN + r"\b[^.;:()]{0,60}?)" + _MEMBERS,
    re.IGNORECASE,
)
_GROUP_PART = re.compile(
    r"\b" + _GROUP_NOUN + r"\s+(?:(?:that|which|who)\s+(?:have\s+|had\s+)?)?"
    r"(?P<part>signing\s+up|signed\s+up|taking\s+part|took\s+part|participating|"
    r"joining(?:\s+in)?|backing\s+(?:it|the\s+\w+)|supporting\s+(?:it|the\s+\w+)|"
    r"voting\s+(?:against|no|for|in\s+favou?r|yes)|voted\s+(?:against|no|for|in\s+favou?r|yes)|"
    r"abstaining|abstained|opposing\s+(?:it|the\s+\w+))" + _MEMBERS,
    re.IGNORECASE,
)
_PARTICIPLE_GROUP = re.compile(
    r"\b(?P<part>participating|signatory|signing|abstaining|dissenting|sponsoring)\s+"
    + _GROUP_NOUN
    + _MEMBERS,
    re.IGNORECASE,
)
# The whole group acting, then members named with "included" or "among them": "All 26
# allies had ratified the protocols, Slovenia included", "Every member state backed it,
# France and Italy included", "Every country in the region but one voted for it, Chile and
# Peru among them": the members named did what the whole group did.  The group may be
# bounded by a phrase without a comma ("in the region", "except A and B"); the states it
# names are not the members listed after the verb.
_WHOLE_GROUP_ACT = re.compile(
    r"(?:^|[;:]\s*)(?:all|every|each\s+of\s+the)\s+(?:(?:the|\d{1,3}|[a-z]+)\s+)?(?:other\s+)?"
    r"(?:member\s+)?"
    + _GROUP_NOUN.replace("states|", "states|state|")
    .replace("members|", "members|member|")
    .replace("countries|", "countries|country|")
    .replace("nations|", "nations|nation|")
    + r"(?:\s+(?:in|of|from|across|outside|except|but)\s+[^.;:(),]{1,60}?)?"
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:since|already|now|all|duly)\s+)?"
    r"(?P<verb>ratified|approved|backed|supported|endorsed|signed|voted\s+for|"
    r"voted\s+in\s+favou?r|opposed|rejected|voted\s+against|abstained)\b[^.;:()]*?,\s+",
    re.IGNORECASE,
)
_INCLUDED = re.compile(r"\s+(?:included|among\s+them)\b(?=\s*(?:$|[.;,)]))", re.IGNORECASE)
_VOTED_CUE = re.compile(r"\b(?:vot|abstain)", re.IGNORECASE)
_VERB_LABEL = {"opposed": "oppose", "rejected": "oppose", "resisted": "oppose"}


def _part_label(part: str) -> str:
    p = " ".join(part.lower().split())
    if p.startswith("abst"):
        return "abstain"
    if p.startswith(("opposing", "dissenting")) or p.endswith(("against", " no")):
        return "oppose"
    return "support"


def group_member_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states listed as members of a group that sponsors, backs,
    opposes or takes part: "co-sponsored by dozens of states, among them A and B", "on behalf
    of a group of 40 countries including A", "the 25 states signing up, among them A",
    "the participating governments, including A and B"."""
    out: list[tuple[str, str, str]] = []
    for m in _GROUP_VERB.finditer(sentence):
        rest = _GROUP_REST.match(sentence, m.end())
        if rest is None or any(
            rest.start("group") <= a < rest.end("group") for a, _, _ in mentions
        ):
            continue  # "backed by France and other states, including ...": not one group
        if m.group("behalf"):
            label, cue = "support", "on behalf of ... including"
        else:
            verb = " ".join(m.group("verb").lower().split())
            label, cue = _VERB_LABEL.get(verb, "support"), f"{verb} by ... including"
        out += [(act, label, cue) for act in _whole_list(sentence, mentions, rest.end())]
    for m in _WHOLE_GROUP_ACT.finditer(sentence):
        verb = " ".join(m.group("verb").lower().split())
        if verb.startswith("abst"):
            label = "abstain"
        elif verb in ("opposed", "rejected", "voted against"):
            label = "oppose"
        else:
            label = "support"
        who, end = _run_at(sentence, mentions, m.end())
        tail = _INCLUDED.match(sentence, end) if who else None
        if tail is not None:
            marker = " ".join(tail.group(0).lower().split())
            out += [(act, label, f"{verb} ... {marker}") for act in who]
    for rx in (_GROUP_PART, _PARTICIPLE_GROUP):
        for m in rx.finditer(sentence):
            part = " ".join(m.group("part").lower().split())
            label = _part_label(part)
            out += [
                (act, label, f"{part} ... including")
                for act in _whole_list(sentence, mentions, m.end())
            ]
    return _unambiguous(out)


# "put forward by France with strong backing from the United States", "adopted with the
# support of Chile and Peru": the states after the backing noun back the text.
_BACKING_FROM = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:strong|full|broad|firm|active|vocal|crucial|key|explicit|"
    r"public|open)\s+)?(?P<noun>backing|support)\s+(?:from|of)\s+",
    re.IGNORECASE,
)


# "with Saudi Arabia and Qatar among its main backers", "with Russia among its critics": the
# states named by the role they have for the text
_AMONG_ROLE = re.compile(
    r"\s+among\s+(?:its|the|their)\s+(?:(?:main|chief|leading|principal|original|most\s+vocal|"
    r"fiercest|strongest)\s+)?(?P<role>(?:co-?)?sponsors|backers|supporters|authors|drafters|"
    r"proponents|champions|opponents|critics)(?=\s*(?:$|[.;,)]|\s(?:and|while|but)\b))",
    re.IGNORECASE,
)


# "sponsored by eight countries with Britain in the lead": the state leading the sponsors is
# one of them (29-28)
_SPONSORS_LED = re.compile(
    r"\b(?P<verb>co-?sponsored|sponsored|tabled|drafted|presented|put\s+forward|submitted)\s+"
    r"by\s+[^.;:(),]{0,60}?\bwith\s+",
    re.IGNORECASE,
)
_IN_THE_LEAD = re.compile(r"\s+(?:in\s+the\s+lead|at\s+(?:the|their)\s+head)\b", re.IGNORECASE)


def backing_from_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, 'support', cue) for "with (strong) backing from A and B", "with the support of
    A": the list must be names only and end its clause; and (actor, label, cue) for "with A
    and B among its main backers" (support) or "... among its critics" (oppose)."""
    out: list[tuple[str, str, str]] = []
    for m in _BACKING_FROM.finditer(sentence):
        cue = f"with {m.group('noun').lower()} from"
        out += [(act, "support", cue) for act in _whole_list(sentence, mentions, m.end())]
    for m in _WITH.finditer(sentence):
        who, end = _run_at(sentence, mentions, m.end())
        role = _AMONG_ROLE.match(sentence, end) if who else None
        if role is None:
            continue
        word = role.group("role").lower()
        label = "oppose" if word in ("opponents", "critics") else "support"
        out += [(act, label, f"among its {word}") for act in who]
    for m in _SPONSORS_LED.finditer(sentence):
        who, end = _run_at(sentence, mentions, m.end())
        if who and _IN_THE_LEAD.match(sentence, end):
            verb = " ".join(m.group("verb").lower().split())
            out += [(act, "support", f"{verb} by ... in the lead") for act in who]
    return out


# A subject list whose names carry relative clauses: "Britain, which is leaving the Union,
# Denmark, which has an opt-out, and Malta stayed out".  A parser hangs the later names on
# the relative clauses, so the verb's stance reaches one of them only.
_REL_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;:.()]*", re.IGNORECASE)
_REL_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<the>the\s+)?", re.IGNORECASE)
_REL_OPEN = re.compile(r"^\s*(?:(?:but|and|meanwhile|however),?\s+)?(?:the\s+)?$", re.IGNORECASE)


def relative_run(sentence: str, mentions: list[tuple[int, int, str]]) -> list[str]:
    """The states of a subject list that opens the sentence and whose names carry relative
    clauses set off by commas ("A, which ..., B, who ..., and C <verb>"); [] when there is
    none, when fewer than two states are listed, when no name carries a relative clause, or
    when the list is not followed by its verb."""
    starts = {a: (b, act) for a, b, act in mentions}
    if not mentions:
        return []
    first = min(starts)
    if not _REL_OPEN.match(sentence[:first]):
        return []
    out: list[str] = []
    rels = 0
    closed = 0  # how many names the list had when the last relative clause ended
    i = first
    while i in starts:
        b, act = starts[i]
        if act not in out:
            out.append(act)
        rel = _REL_CLAUSE.match(sentence, b)
        if rel:
            rels += 1
            closed = len(out)
            b = rel.end()
        sep = _REL_SEP.match(sentence, b)
        nxt = sep.end() if sep else -1
        if sep is not None and nxt not in starts and sep.group("the"):
            nxt = sep.start("the")  # a name that holds its article: "and the Netherlands"
        if nxt not in starts:
            # the verb follows the last name (or its relative clause closed by a comma)
            tail = re.match(r"(,?)\s+[a-z]", sentence[b:])
            if tail and tail.group(1) and closed < len(out):
                # a comma before the verb closes a relative clause; the last name has none
                # of its own, so the names after the last one read belong inside it ("A and
                # B, which wanted it only in English, French and German, voted against"):
                # the subject list is the names up to that clause
                out = out[:closed]
            return out if tail and rels and len(out) >= 2 else []
        i = nxt
    return []


# A group named by a description and then spelt out after a colon, coordinated with a named
# state: "Israel voted no, joined by Panama and several Pacific island states: the Marshall
# Islands, Micronesia and Palau".  The spelt-out states stand where the group stands, beside
# the named state, so they share its vote.
_GROUP_COLON = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:several|some|a\s+few|a\s+handful\s+of|a\s+number\s+of|other|\d{1,2}|"
    + "|".join(_NUM_WORDS)
    + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:states|countries|nations|members|allies|partners|neighbou?rs|governments)"
    r"\s*:\s*",
    re.IGNORECASE,
)


def group_colon_run(sentence: str, mentions: list[tuple[int, int, str]]) -> tuple[str, list[str]]:
    """(the named state, the states spelt out) of a described group coordinated with a named
    state and spelt out after a colon ("Panama and several Pacific island states: the Marshall
    Islands, Micronesia and Palau"); ("", []) when there is none or the spelt-out span holds
    anything but names."""
    for a, b, act in sorted(mentions):
        m = _GROUP_COLON.match(sentence, b)
        if not m:
            continue
        lo = m.end()
        stop = _END.search(sentence, lo)
        hi = stop.start() if stop else len(sentence)
        found = _in_span(mentions, lo, hi)
        if found and _only_names(sentence, found, lo, hi):
            return act, [x for _, _, x in found if x != act]
    return "", []


def _lead(sentence: str, pos: int) -> int:
    """The length of the blanks at ``pos``."""
    return len(sentence[pos:]) - len(sentence[pos:].lstrip())


# A *with* clause after a motion, with no other text named between ("a motion to adjourn
# the debate was defeated, with A and B in favour"): its lists are votes on the motion, not on
# the text (the motion may be to set the text aside: reading them as votes on it inverts them)
_AFTER_MOTION = re.compile(
    r"\bmotions?\b(?![^;]*\b(?:resolutions?|drafts?|texts?|proposals?|amendments?|"
    r"package|plan|reform|decision)\b)[^;]*$",
    re.IGNORECASE,
)


def with_clause_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for an absolute *with*-clause of votes: "adopted by 26 votes to 1,
    with Poland against", "with Denmark and Sweden voting against and Hungary abstaining".
    Each group is a list of names only, followed by its vote word; the clause ends at the
    first group that is not."""
    out: list[tuple[str, str, str]] = []
    for m in _WITH.finditer(sentence):
        if _AFTER_MOTION.search(sentence, 0, m.start()):
            continue  # "a motion to adjourn was defeated, with A in favour": the motion's vote
        pos = m.end()
        while True:
            who, end = _run_at(sentence, mentions, pos)
            lab = _WITH_LABEL.match(sentence, end) if who else None
            if lab is None:
                break
            word = " ".join(lab.group("label").lower().split())
            if word.startswith("abst"):
                label = "abstain"
            elif word.endswith(("against", "no")) or word in ("opposed", "opposing", "dissenting"):
                label = "oppose"
            else:
                label = "support"
            after = lab.end()
            if not re.match(r"\s*(?:$|[.;,)]|\s(?:and|while|but|as)\b)", sentence[after:]):
                break  # "with Poland against the plan's critics": not a vote
            out += [(act, label, f"with ... {word}") for act in who]
            nxt = _WITH_NEXT.match(sentence, after)
            if nxt is None:
                break
            pos = nxt.end()
    return _unambiguous(out)


# "Russia and China abstained", "US abstains as council demands ...", "the United States
# declined to use its veto and abstained": a tagger often reads "abstains" as a plural noun
# and hangs a coordinated "and abstained" on the noun before it, so the parse gives the
# abstention to nobody.  From the words: the states named right before the verb, or the
# subject of the clause it is coordinated in.
_ABSTAINED = re.compile(
    r"\s+(?:also\s+|instead\s+|then\s+|again\s+|both\s+|duly\s+|simply\s+)?"
    r"abstain(?:s|ed)\b(?!\s+from\b)",
    re.IGNORECASE,
)
_AND_ABSTAINED = re.compile(r"\s+and\s+(?:then\s+|instead\s+|simply\s+)?abstained\b", re.IGNORECASE)
# What may not stand before a subject: a preposition makes the names its object ("the text
# drafted by Britain and France abstained" is no abstention of theirs).
_PREP_BEFORE = re.compile(
    r"(?:\b(?:by|with|of|for|to|from|against|on|in|like|than|including|among|between|"
    r"behind|toward|towards|over|under|about|at|into|unlike|besides|except)\s+(?:the\s+)?|"
    r"['’]s\s+)$",
    re.IGNORECASE,
)
_RUN_BACK_SEP = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+)(?:the\s+)?$", re.IGNORECASE)


def _run_before(
    sentence: str, mentions: list[tuple[int, int, str]], end: int
) -> tuple[list[str], int]:
    """The states listed right up to ``end`` ("Russia, China and India") and where the list
    starts; ([], end) when no state ends there."""
    ends = {b: (a, act) for a, b, act in mentions}
    out: list[str] = []
    start = end
    i = end
    while i in ends:
        a, act = ends[i]
        out.insert(0, act)
        start = a
        sep = _RUN_BACK_SEP.search(sentence, 0, a)
        if not sep or sep.start() == a:
            break
        i = sep.start()
    lead = re.search(r"(?:\bthe\s+)$", sentence[:start], re.IGNORECASE)
    return out, (lead.start() if lead else start)


def abstained_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, 'abstain', cue) for "A and B abstained" and "A <did something> and abstained"
    read from the words, the states being the clause's subject (no preposition before them;
    in the coordinated form, the nearest names before it with no other name, clause break or
    negation between)."""
    out: list[tuple[str, str, str]] = []
    for m in _ABSTAINED.finditer(sentence):
        before = sentence[: m.start()]
        if re.search(r"\b(?:not|never|n't)\s*$", before, re.IGNORECASE):
            continue
        end = m.start()
        # "Russia and China, which vetoed a broader text in December, abstained": the names
        # before a relative clause set off by commas (one with no comma of its own)
        rel = re.search(r",\s+(?:which|who)\b[^,;.]*,\s*$", before, re.IGNORECASE)
        if rel:
            end = rel.start()
        who, start = _run_before(sentence, mentions, end)
        if who and not _PREP_BEFORE.search(sentence, 0, start):
            out += [(act, "abstain", "abstained") for act in who]
    for m in _AND_ABSTAINED.finditer(sentence):
        lo = max(sentence.rfind(c, 0, m.start()) for c in ";:.(")
        prior = [(a, b, act) for a, b, act in mentions if lo < a and b <= m.start()]
        if not prior:
            continue
        last_end = max(b for _, b, _ in prior)
        between = sentence[last_end : m.start()]
        if (
            not re.match(r"\s+[a-z]", between)  # a verb follows the names ("declined to ...")
            or re.search(r"[,;\"“”]|\b(?:not|never|n't|which|who|that|but|or)\b", between)
        ):
            continue
        who, start = _run_before(sentence, mentions, last_end)
        if who and not _PREP_BEFORE.search(sentence, 0, start):
            out += [(act, "abstain", "and abstained") for act in who]
    return list(dict.fromkeys(out))


# ------------------------------------------------------------ the majority, the minority
# "A, B and C formed the majority", "A and B were in the majority", "A was among the ten": the
# states named as the subject take the side named.  An explicit vote ("the minority that voted
# against", "the majority in favour") is that label; a bare majority is the side the issue's
# count gives the most votes (FOLLOW "with:majority", resolved when drafting; no count, no
# stance); a bare number is the side the count gives exactly that many (FOLLOW "with:count:N",
# resolved likewise; none when two sides have that number); a bare minority says no side
# (with abstentions it may be the votes against or the abstentions): no stance.
_SIDE_VERB = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:also|together|thus|then|all|both)\s+)?"
    r"(?:(?P<made>formed|form|made\s+up|make\s+up|constituted|constitute)\s+|"
    r"(?:were|was|are|is)\s+(?:(?P<prep>in|among|part\s+of|one\s+of)\s+)?)"
    r"the\s+(?:(?:overwhelming|clear|large|comfortable|narrow|slim|slender|winning|losing|"
    r"outvoted|small|tiny)\s+)?"
    r"(?P<side>majority|minority|(?P<num>\d{1,3}|" + "|".join(_NUM_WORDS) + r"))\b"
    r"(?:\s+(?:members|states|countries|nations|delegations|governments|votes))?"
    r"(?:\s+(?:of|in|on)\s+the\s+(?:council|assembly|vote|ballot|chamber|fifteen|15))?",
    re.IGNORECASE,
)
_SIDE_VOTE = re.compile(
    r"\s*,?\s*(?:(?:that|which|who)\s+(?:had\s+)?)?(?:(?P<voted>voted|voting)\s+)?"
    r"(?P<how>against|in\s+favou?r|for|yes|no|abstained|abstaining)\b",
    re.IGNORECASE,
)
_SIDE_LABEL = {"against": "oppose", "no": "oppose", "abstained": "abstain", "abstaining": "abstain"}
_SIDE_END = re.compile(r"\s*(?:$|[.;:)]|,\s|\s[—–]\s|\s(?:while|but|whereas|and)\b)")
_AS_WERE = re.compile(r"\s*,\s*as\s+(?:were|was|are|is)\s+(?:also\s+)?", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(
    r"(?:^|[;:]\s*|\b(?:while|whereas|but|and)\s+|^[^,;:]{0,60},\s*)(?:the\s+)?$", re.IGNORECASE
)


def side_stances(sentence: str, mentions: list[tuple[int, int, str]]) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states named as forming or being in the majority, the
    minority or a counted side (label FOLLOW with cue "with:majority" or "with:count:N" when
    the sentence names no vote of its own: the count decides); see ``_SIDE_VERB``."""
    from concilium.text.stance import FOLLOW, MAJORITY

    out: list[tuple[str, str, str]] = []
    for m in _SIDE_VERB.finditer(sentence):
        who, start = _run_before(sentence, mentions, m.start())
        if not who:
            continue
        opening = _CLAUSE_OPEN.search(sentence, 0, start)
        if opening is None or any(opening.start() <= a < start for a, _, _ in mentions):
            continue  # "the text that Britain and France formed the majority for": no subject
        side = m.group("side").lower()
        if side not in ("majority", "minority") and m.group("prep") is None:
            continue  # "A and B were the ten": too unlike a count's wording to read
        vote = _SIDE_VOTE.match(sentence, m.end())
        if vote and (vote.group("voted") or vote.group("how").lower() not in ("for", "no", "yes")):
            how = " ".join(vote.group("how").lower().split())
            label, cue, end = _SIDE_LABEL.get(how, "support"), f"the {side} {how}", vote.end()
        elif not _SIDE_END.match(sentence, m.end()):
            continue  # "formed the majority of the sponsors", "among the ten that drafted it"
        elif side == "majority":
            label, cue, end = FOLLOW, f"with:{MAJORITY}", m.end()
        elif side != "minority" and (n := number(m.group("num"))) is not None:
            label, cue, end = FOLLOW, f"with:count:{n}", m.end()
        else:
            continue
        # "A and B were among the twelve, as were C and D": the states after "as were" are
        # on the same side (a list that ends the clause; "as was expected" names none)
        also = _AS_WERE.match(sentence, end)
        more = _whole_list(sentence, mentions, also.end()) if also else []
        out += [(act, label, cue) for act in dict.fromkeys([*who, *more])]
    return _unambiguous(out)


# "Voting with Russia were Belarus and Syria": the states listed cast Russia's vote, whatever
# the article says it was
_VOTING_WITH = re.compile(
    r"(?:^|[;:]\s*)voting\s+(?:alongside|along\s+with|together\s+with|with)\s+"
    r"(?P<first>[^.;]{2,80}?)\s+(?:were|was)\s+",
    re.IGNORECASE,
)


def voting_with_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, FOLLOW, "with:A,B") for the states listed after "Voting with A were": they
    take the label A's own stance resolves to (none when A has none)."""
    from concilium.text.stance import FOLLOW

    out: list[tuple[str, str, str]] = []
    for m in _VOTING_WITH.finditer(sentence):
        leads, end = _run_at(sentence, mentions, m.start("first"))
        if not leads or end != m.end("first"):
            continue  # "Voting with Russia's allies were ...": not states only
        cue = "with:" + ",".join(leads)
        out += [(act, FOLLOW, cue) for act in _whole_list(sentence, mentions, m.end())]
    return out


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


# (one word boundary before the words, not one per word: the same matches, searched in a
# quarter of the time, and asked of every sentence by list_stances)
_PHRASE_CUE = re.compile(
    r"\b(?:with|vot(?:es?|ing|ed)|abstentions?|joining|abstain(?:s|ed)|among|including|"
    r"such\s+as|notably|behalf|included|majority|minority|joined\s+in)\b|,\s+wh(?:ich|o)\b",
    re.IGNORECASE,
)


_BARE = re.compile(r"\s*(?:,|\band\b|\bor\b|[.;:]|$)")


def _without_bare_demonyms(
    start: int, sentence: str, mine: list[tuple[int, int, str]], mentions: list[Any]
) -> list[tuple[int, int, str]]:
    """The sentence's mentions less the demonyms that stand alone, naming no government:
    "issued only in English, French and German" (languages) inside a relative clause is no
    part of the subject list "Italy and Spain, which objected ..., voted against"."""
    demonyms = {m.start - start for m in mentions if m.how == "demonym"}
    return [t for t in mine if not (t[0] in demonyms and _BARE.match(sentence, t[1]))]


def _outside_relatives(sentence: str, have: list[Any]) -> list[Any]:
    """The stances of ``have`` not read from a relative clause set off by commas: "China,
    which voted for it, and Russia, which did not, traded barbs" (China's vote is its own
    clause's, no label of the list's shared verb, and Russia must not take it)."""
    rels = [" ".join(m.group(0).split()) for m in _REL_CLAUSE.finditer(sentence)]
    if not rels:
        return have

    def in_relative(st: Any) -> bool:
        words = st.cue.split(" (")[0].split()
        head = " ".join(words[:2])
        return bool(head) and any(head in r for r in rels)

    return [st for st in have if not in_relative(st)]


# A relative clause set off by a comma, "all of which" / "both of whom" included, to the
# clause's end: "Britain and Spain, which had worried about reprisals", "India and Brazil,
# all of which object that ..." (29-05, 29-27)
_DESCRIBING = re.compile(
    r",\s+(?:(?:all|both|each|most|many|several|some)\s+of\s+)?(?:which|who|whom|whose)\b"
    r"[^,;:.()]*",
    re.IGNORECASE,
)


def _described_only(sentence: str, st: Any) -> bool:
    """Whether the reader's stance ``st`` is no vote and its cue's first word stands in a
    relative clause describing the states (and nowhere else in the sentence): "So did A and
    B, which had worried about reprisals" (29-05), "abstained, as did A and B, all of which
    object that the treaty ..." (29-27): why they voted, not a second stance on the text."""
    if st.how == "vote" or not st.cue:
        return False
    word = re.escape(st.cue.split()[0])
    rels = [m.span() for m in _DESCRIBING.finditer(sentence)]
    hits = [m.start() for m in re.finditer(r"\b" + word + r"\b", sentence, re.IGNORECASE)]
    return bool(rels) and bool(hits) and all(any(a <= h < b for a, b in rels) for h in hits)


# A sentence that opens with an elliptical addition to the sentence before: "Russia voted
# for the text. So did the United States, which ..., and Britain, France and Spain" (29-05)
_OPENING_SO = re.compile(
    r"^\s*(?:and\s+)?(?P<word>so|likewise)\s+(?:too\s+)?(?P<verb>did|were|was)\s+", re.IGNORECASE
)


# "both voted for the resolution along with Britain", "abstained, together with A and B":
# the states listed after the vote verb cast the same vote, whoever the subject is (a
# pronoun the reader cannot name, 29-27)
_VOTE_ALONG_WITH = re.compile(
    r"\b(?P<verb>voted\s+(?:for|in\s+favou?r(?:\s+of)?|against|yes|no)|abstained)\b"
    r"(?:\s+(?:on\s+)?(?:it|them|(?:the|this|that)\s+(?:resolution|text|draft|motion|proposal)))?"
    r"\s*,?\s+(?:along|together)\s+with\s+",
    re.IGNORECASE,
)


def along_with_stances(
    sentence: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states listed after "voted for it along with": the list
    must be names only and end its clause ("along with Britain's allies" names no one)."""
    out: list[tuple[str, str, str]] = []
    for m in _VOTE_ALONG_WITH.finditer(sentence):
        verb = " ".join(m.group("verb").lower().split())
        who = _whole_list(sentence, mentions, m.end())
        out += [(act, _part_label(verb), f"{verb} along with") for act in who]
    return out


def opening_ellipsis_stances(
    sentence: str, mentions: list[tuple[int, int, str]], before: Iterable[Any]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for the states a sentence opening "So did ..." names: the one vote
    label the sentence before gave its states (``before``: the reader's stances there); none
    when it gave none or two.  The states named inside relative clauses ("which have troops
    alongside Canada's") or an apposition ("a neighbour of Rwanda") are not the ones added."""
    m = _OPENING_SO.match(sentence)
    if m is None:
        return []
    labels = {st.label for st in before if st.how == "vote"}
    if len(labels) != 1 or not labels <= {"support", "oppose", "abstain"}:
        return []
    label = labels.pop()
    # the list after "So did", past the relative clauses its names carry ("the United States,
    # which ..., and Britain"), not past an apposition ("Uganda, a neighbour of Rwanda": train8)
    after: list[str] = []
    pos = m.end()
    while True:
        who, end = _run_at(sentence, mentions, pos)
        if not who:
            break
        after += who
        rel = _DESCRIBING.match(sentence, end)
        sep = _REL_SEP.match(sentence, rel.end()) if rel else None
        if sep is None:
            break
        pos = sep.end() if not sep.group("the") else sep.start("the")
    cue = f"{m.group('word')} {m.group('verb')}".lower()
    return [(act, label, cue) for act in dict.fromkeys(after)]


def _shared_label(have: list[Any], givers: list[str], takers: list[str]) -> list[Any]:
    """The one label (a vote or an act) the reader gave ``givers`` in this sentence, copied to
    each of ``takers`` it gave nothing; none when the givers' labels differ."""
    given = [
        st
        for st in have
        if st.actor in givers
        and st.how in ("vote", "action")
        and st.label in ("support", "oppose", "abstain")
    ]
    if not given or len({st.label for st in given}) != 1:
        return []
    top = max(given, key=lambda st: st.confidence)
    return [
        replace(top, actor=actor, cue=f"{top.cue} (listed with)")
        for actor in takers
        if all(st.actor != actor for st in have)
    ]


# "as New Zealand joined the same eight countries in voting no": the states an earlier
# sentence gave that vote, exactly that many of them, cast it again in this one
_SAME_STATES = re.compile(
    r"\bjoined\s+the\s+same\s+(?P<n>" + _NUMW + r")\s+(?:countries|states|members|nations|"
    r"delegations)\s+in\s+" + _GERUND + r"\b",
    re.IGNORECASE,
)


def _same_states(
    sent: str, index: int, by_index: dict[int, list[Any]]
) -> list[tuple[str, str, str]]:
    """(actor, label, cue) for "joined the same N countries in voting no": the N states the
    nearest earlier sentence with votes of that label gave it, when there are exactly N."""
    m = _SAME_STATES.search(sent)
    n = number(m.group("n")) if m else None
    if m is None or n is None:
        return []
    label = _gerund_label(m.group("gerund"))
    for earlier in range(index - 1, -1, -1):
        voters = {st.actor for st in by_index.get(earlier, []) if st.how == "vote"}
        same = {st.actor for st in by_index.get(earlier, []) if st.label == label}
        if not voters & same:
            continue  # no vote of that label here: look further back
        if len(same) != n or not same <= voters:
            return []  # the nearest such list is not the one counted
        return [(a, label, f"the same {m.group('n')}") for a in sorted(same)]
    return []


def list_stances(sents: list[tuple[int, str]], mentions: list[Any], read: list[Any]) -> list[Any]:
    """Stances (``stance.Stance``) from the recorded-vote lists of an article's sentences;
    ``read``: the stance reader's.  A state the reader gave the same label in that sentence
    gets nothing more; one it gave another label gets the list's at the same confidence, so
    that the two tie and no stance is written."""
    from concilium.text.stance import ACTION, FOLLOW, VOTE, Stance

    by_index: dict[int, list[Any]] = {}
    for st in read:
        by_index.setdefault(st.index, []).append(st)
    ms = sorted((m for m in mentions if m.actor), key=lambda m: m.start)
    starts = [m.start for m in ms]
    out: list[Any] = []
    for index, (start, sent) in enumerate(sents):
        if (
            ":" not in sent
            and not _PHRASE_CUE.search(sent)  # (the cheapest search, true of half: first)
            and not _ELLIPSIS.search(sent)
            and not (" were " in sent and _HEAD.search(sent))  # "Against were A and B"
            and not _RECORD_SHOWED.search(sent)  # "The tally showed A in favour; B against"
            and not _OPENING_SO.match(sent)  # "So did A and B" (29-05)
        ):
            continue
        # the mentions that start within the sentence, found by bisection (all that either
        # helper below can take from it; the article's others were scanned per sentence)
        lo = bisect.bisect_left(starts, start)
        near = ms[lo : bisect.bisect_right(starts, start + len(sent), lo)]
        mine = sentence_mentions(start, sent, near)
        if not mine:
            continue
        have = by_index.get(index, [])
        found = headed_list_stances(sent, mine)
        abstained = abstained_stances(sent, mine)
        # "..., abstained, and so did A and B": the abstentions read from the words count as
        # the votes an elliptical addition repeats
        found += elliptical_stances(
            sent,
            mine,
            [(st.actor, st.label, st.how) for st in have]
            + [(a, lab, "vote") for a, lab, _ in abstained],
        )
        found += phrase_list_stances(sent, mine)
        if index > 0:
            found += opening_ellipsis_stances(sent, mine, by_index.get(index - 1, []))
        found += along_with_stances(sent, mine)
        found += _same_states(sent, index, by_index)
        found += with_clause_stances(sent, mine)
        found += apposition_stances(sent, mine)
        # "A and B formed the majority": the side the count gives (resolved when drafting)
        for actor, label, cue in side_stances(sent, mine) + voting_with_stances(sent, mine):
            if label != FOLLOW:
                found.append((actor, label, cue))
            elif all(st.actor != actor for st in have):
                out.append(Stance(actor, FOLLOW, VOTE, sent, cue, "vote", None, index))
        # "A, which ..., B, which ..., and C stayed out": the names of the list that the
        # reader gave no stance take the one label it gave the others (a vote or an act)
        run = relative_run(sent, _without_bare_demonyms(start, sent, mine, near))
        out += _shared_label(_outside_relatives(sent, have), run, run)
        # "A, joined by B and several small states: C, D and E": C, D, E share B's one vote
        named, spelt = group_colon_run(sent, mine)
        out += _shared_label(have, [named], spelt)
        members = group_member_stances(sent, mine) + backing_from_stances(sent, mine)
        found += members
        # sponsoring, backing or taking part is an act, not a vote cast
        acts = {(a, cue) for a, _, cue in members if not _VOTED_CUE.search(cue)}
        found += abstained
        labels: dict[str, set[str]] = {}
        for actor, label, _ in found:
            labels.setdefault(actor, set()).add(label)
        done: set[str] = set()
        for actor, label, cue in found:
            if actor in done or len(labels[actor]) != 1:
                continue  # two readings of the lists disagree: nothing
            done.add(actor)
            # a relative clause's reason for the vote is no reading of its own (29-05, 29-27):
            # the list's vote is added at its own tier and outweighs it
            theirs = [
                st
                for st in have
                if st.actor == actor
                and st.label in ("support", "oppose", "abstain")
                and not (st.label != label and _described_only(sent, st))
            ]
            if any(st.label == label for st in theirs):
                continue  # the stance reader read the same
            # a different label read in the same sentence: the list's stance is added at that
            # reading's confidence, so the two tie and no stance is written (no guess)
            act = (actor, cue) in acts
            tier = ACTION if act else VOTE
            conf = max((st.confidence for st in theirs), default=tier)
            out.append(
                Stance(actor, label, conf, sent, cue, "action" if act else "vote", None, index)
            )
    return out
