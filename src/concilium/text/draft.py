"""From a news article to a draft scenario.

Pipeline (each step a pure function):

1. :func:`article_text` reads plain text or HTML (after step 2; stdlib :mod:`html.parser`:
   paragraphs, headings and list items; scripts, styles, navigation and page furniture such
   as related links dropped) and finds the headline; hard-wrapped plain text is joined.
2. The raw input is repaired first (:func:`concilium.text.scan.repair`, whole-word
   look-alikes folded too), so that "Frаnce" and "Мacron" are found as France and Macron and
   spoofed HTML tags are still tags.
3. :func:`sentences` splits it into sentences (rule-based, abbreviation-aware).
4. :class:`Gazetteer` finds actors: every UN member state by name, alias, demonym or capital,
   seats of government ("the Élysée"), and office holders ("Macron", "Mao Ning") *while in
   office on the article's date*; and organisations ("North Atlantic Council" -> ``nato``).
5. The body: the organisation named most, else how the article speaks of the deciders; rule
   cues ("unanimous", "veto", "qualified majority") pick the body's rule.
6. Stances: with the optional spaCy pipeline (extra ``nlp``), the dependency reader of
   :mod:`concilium.text.stance` (subjects, coordination, agents, relative clauses, reported
   speech, reactions read through their object); without it the cue-word rules of
   :func:`stances`.  Each stance is support / oppose / abstain / neutral with a confidence and
   its evidence sentence; per actor and issue the most confident label wins, a tie gives no
   stance.
7. Issues: one per decision the article names with votes or actions (nominees, memberships),
   else one for the main proposal, with a short id and title from the proposal's wording.
8. Counts (:mod:`concilium.text.counts`): tallies in the text are reconciled with the named
   stances; members counted but not named get the counted label as a marked assumption.
9. :func:`draft_scenario` builds the scenario mapping: positions support -> the proposal's
   value, oppose -> the status quo's, abstain -> midway (and ``vote: abstain`` where the
   scenario format has vote intentions), each with its sentences as evidence; salience and
   capability are marked assumptions.  :mod:`concilium.text.merge` merges several articles.

The rule reader stays as the fallback because it needs nothing beyond the standard library;
the dependency reader is what generalises to unseen wording (see ``docs/text.md`` for the
held-out figures of both).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from concilium.errors import InputError
from concilium.text.outcome import Outcome, Shape, classify

if TYPE_CHECKING:
    from concilium.text.counts import Tally

__all__ = [
    "AMBIVALENT",
    "OPPOSE",
    "SUPPORT",
    "ArticleDate",
    "Gazetteer",
    "Mention",
    "StanceCue",
    "article_date",
    "article_text",
    "draft_from_file",
    "draft_scenario",
    "find_date",
    "sentences",
    "stances",
]

SUPPORT, OPPOSE, AMBIVALENT = "support", "oppose", "ambivalent"
ASSUMED = "not in the article: set by the analyst"

# ----------------------------------------------------------------------------- reading

_SKIP_TAGS = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "svg"}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "title",
    "figcaption",
    "dd",
    "dt",
}


# HTML tag names a spoofed page may carry; with the block and skipped ones above.
_KNOWN_TAGS = (
    _SKIP_TAGS
    | _BLOCK_TAGS
    | {
        *("html", "head", "body", "main", "a", "span", "em", "strong", "b", "i", "u", "small"),
        *("time", "meta", "link", "img", "figure", "ul", "ol", "table", "td", "th", "tbody"),
        *("thead", "button", "input", "label", "iframe", "hr", "sup", "sub", "cite", "abbr"),
    }
)
_TAG_NAME = re.compile(r"(</?)([^\s<>/=\"']{1,12})(?=[\s/>])")


def _unspoof_tags(text: str) -> str:
    """Markup whose tag names carry look-alike letters (``<р>`` with a Cyrillic "р") read as
    the tags they imitate.

    The look-alike scan folds a one-letter word in a look-alike script only when a space comes
    before it (``confusables._isolated_words``), so ``<р>`` stayed Cyrillic, the page was not
    read as HTML, and its paragraphs ran together; a tag name is matched by its UTS #39
    skeleton against the tags above, so only a known tag is rewritten.
    """
    if text.isascii():
        return text
    from concilium.text.confusables import skeleton

    known = {skeleton(tag): tag for tag in _KNOWN_TAGS}

    def fold(m: re.Match[str]) -> str:
        name = m.group(2)
        tag = None if name.isascii() else known.get(skeleton(name.lower()))
        return m.group(1) + tag if tag else m.group(0)

    return _TAG_NAME.sub(fold, text)


# A block whose class or id names page furniture beside the story ("related", "Read next"
# links, "more from" lists, share buttons, menus, sidebars) is not the article: its link
# headlines ("Sarkozy pledges more troops for Afghanistan") are other stories' decisions.
# Whole words of the class or id only ("related-links" yes, "content" or "meta" no: the meta
# line holds the date).
_CHROME_WORDS = {
    *("related", "more", "recommended", "sidebar", "share", "social", "comments", "newsletter"),
    *("cookie", "promo", "ad", "ads", "advert", "advertisement", "breadcrumb", "breadcrumbs"),
    *("menu", "nav", "footer", "login", "tags"),
}


def _chrome(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if not value:
            continue
        if not (name + value).isascii():  # a look-alike or invisible letter: its skeleton
            from concilium.text.confusables import skeleton

            name, value = skeleton(name).lower(), skeleton(value).lower()
        if name in ("class", "id") and _CHROME_WORDS & set(re.split(r"[^a-z0-9]+", value.lower())):
            return True
    return False


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in: list[str] = []
        self._chrome_at: list[int] = []  # depths of the open page-furniture blocks

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in _BLOCK_TAGS | {"ul", "ol", "span"} and _chrome(attrs):
            self._chrome_at.append(len(self._in))
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass
        while self._chrome_at and len(self._in) <= self._chrome_at[-1]:
            self._chrome_at.pop()

    def handle_data(self, data):
        if "title" in self._in:
            self.title.append(data)
            return
        if self.skip or self._chrome_at:
            return
        if "h1" in self._in:
            self.h1.append(data)
        self.parts.append(data)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<(?:!doctype html|html|body|p|div|article|h1)\b", head))


def article_text(raw: str) -> tuple[str, str]:
    """(headline, body text) of an article given as plain text or HTML.

    Plain text: the headline is the first non-empty line.  HTML: the first ``<h1>``, else
    ``<title>``.
    """
    if _looks_like_html(raw):
        p = _TextExtractor()
        p.feed(raw)
        p.close()
        text = "".join(p.parts)
        text = re.sub(r"[ \t\r\f\v]+", " ", text)
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        headline = " ".join("".join(p.h1).split()) or " ".join("".join(p.title).split())
    else:
        text = _unwrap(raw.strip())
        headline = ""
    if not headline:
        headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return headline, text


_WRAPPED = re.compile(r"(?m)^(.{50,}[^\s.!?:;\"”’)\]])\n(?=[^\s])")


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines of plain text: a single line break after a long line that does
    not end a sentence continues the sentence (a blank line still ends the paragraph).  Not a
    headline before a dateline ("UNITED NATIONS, 5 May (Wire) - ..."): the lead opens there."""

    def join(m: re.Match[str]) -> str:
        lead = _DATELINE.match(text[m.end() : m.end() + 200])
        return m.group(0) if lead else m.group(1) + " "

    return _WRAPPED.sub(join, text)


_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "sen",
    "rep",
    "gov",
    "st",
    "no",
    "vs",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "amb",
    "lt",
    "col",
    "maj",
    "capt",
    "jr",
    "sr",
    "inc",
    "co",
    "corp",
}
_SENT_END = re.compile(
    r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я])|\n\s*\n|\n(?=\S)"
)


def sentences(text: str) -> list[tuple[int, str]]:
    """Split text into sentences: [(start offset, sentence)], abbreviation-aware."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        chunk = text[start : m.start()]
        # Only the end of the chunk can hold an abbreviation; searching the whole chunk is
        # quadratic in a long run of letters (a 200,000-letter "word" took minutes).
        last = re.search(r"([A-Za-z.]+)\.[\"'”’)\]]*$", chunk[-64:])
        if (
            last
            and m.group().strip() == ""
            and (last.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", last.group(1)))
            and "\n" not in m.group()
            # "No. 1441" abbreviates a number; "Denmark voted no. Germany ..." ends a sentence
            and not (last.group(1).lower() == "no" and not text[m.end() : m.end() + 1].isdigit())
        ):
            continue
        if chunk.strip():
            out.append((start, chunk.strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].strip()))
    return out


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
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
        ],
        start=1,
    )
}
_MONTH_RE = (
    "|".join(m.capitalize() for m in _MONTHS)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_RES = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE}),? (\d{{4}})\b"), ("d", "mon", "y")),
    (re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}}),? (\d{{4}})\b"), ("mon", "d", "y")),
]
# A day and month with no year ("UNITED NATIONS, Nov 2 (Reuters)", "on 13 June"): the
# year is not followed (a year after it is a full date, read above).
_DAY_MONTH_RES = [
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})(?!\w|,? \d)"), ("d", "mon")),
    (re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}})\b(?!,? \d)"), ("mon", "d")),
]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_RE = re.compile(r"\bon (" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")\b")
# The weekday a dateline gives just before its day and month ("Tuesday 21 December", "Monday,
# December 31"): that day's own, where an "on Monday" in the report may be the day before.
_DATELINE_WEEKDAY_RE = re.compile(
    r"\b(" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")(?=,?\s+$)"
)
# A year the article names as past (not a deadline or a future target: "by 2030",
# "until 2027"): the report is not older than the latest such year.
_YEAR_RE = re.compile(
    r"(?<![\w-])((?:by|until|till|through|to|before)\s+"
    # "until July 2027", "by the end of 2030": a deadline all the same
    rf"(?:(?:the\s+)?(?:end|middle|start)\s+of\s+)?(?:(?:{_MONTH_RE})\s+)?)?"
    r"((?:19|20)\d\d)(?![\w-])"
)
_DATELINE_CHARS = 400  # a dateline's day and month: in the article's opening lines


# A year that is part of a name ("Europe 2020", "Agenda 2030", "Horizon 2020"): a capitalised
# word right before it that is no month and no word that opens a phrase of time ("In 2020").
_NAME_BEFORE_YEAR = re.compile(r"([A-Z][a-z]+)\s+$")
_TIME_WORDS = {
    "In",
    "By",
    "Since",
    "From",
    "Until",
    "Till",
    "Before",
    "After",
    "During",
    "Through",
    "Of",
    "And",
    "Or",
    "To",
    "Early",
    "Late",
    "Mid",
    "Spring",
    "Summer",
    "Autumn",
    "Fall",
    "Winter",
}


# The first Security Council resolution adopted in each year from 1990 (resolutions are
# numbered in order as they are adopted), so a resolution the article names dates it: it is
# no older than that resolution's year, and a report of the resolution's adoption is from it.
_UNSC_FIRST_RESOLUTION = {
    1990: 646, 1991: 684, 1992: 727, 1993: 800, 1994: 897, 1995: 978, 1996: 1031,
    1997: 1088, 1998: 1145, 1999: 1214, 2000: 1285, 2001: 1335, 2002: 1387, 2003: 1456,
    2004: 1517, 2005: 1582, 2006: 1651, 2007: 1738, 2008: 1795, 2009: 1860, 2010: 1908,
    2011: 1967, 2012: 2033, 2013: 2086, 2014: 2133, 2015: 2203, 2016: 2261, 2017: 2337,
    2018: 2398, 2019: 2452, 2020: 2506, 2021: 2561, 2022: 2616, 2023: 2673, 2024: 2722,
    2025: 2768,
}  # fmt: skip
_UNSC_FIRST_YEAR = 1946  # the Council's first resolution (no. 1, January 1946)
_RESOLUTION_SLACK = 3  # a number this close to a year's first may be from the year before
# "Resolution 1816", "resolution No. 2231"; not a General Assembly "resolution 67/19"
_RESOLUTION_RE = re.compile(r"\b[Rr]esolutions?\s+(?:[Nn]o\.\s*)?(\d{3,4})\b(?![/\d])")
# the resolution is the decision reported: "adopted Resolution 1816", "Resolution 1816 was
# adopted", "Resolution 1816, drafted by France, was adopted" (not background: "resolution 1325, adopted in 2000", "Resolution 1718 set")
_ADOPTED_RE = re.compile(
    r"\b(?:adopt(?:ed|s)?|approv(?:ed|es?)|pass(?:ed|es)?|unanimously)\s+(?:the\s+)?"
    r"[Rr]esolution\s+(?:[Nn]o\.\s*)?(\d{3,4})\b(?![/\d])"
    r"|\b[Rr]esolution\s+(?:[Nn]o\.\s*)?(\d{3,4})(?:\s*,[^,.;]{1,80},)?\s+(?:was|is)\s+"
    r"(?:(?:unanimously|narrowly)\s+)?(?:adopted|approved|passed)\b(?!\s+in\s+\d)"
    # "Fourteen of the fifteen members voted for resolution 1544" (not "voted for resolution
    # 1973 in 2011": a vote of another year)
    r"|\bvot(?:ed|es?|ing)\s+(?:unanimously\s+)?(?:for|in\s+favou?r\s+of)\s+(?:the\s+)?"
    r"[Rr]esolution\s+(?:[Nn]o\.\s*)?(\d{3,4})\b(?![/\d])(?!,?\s+in\s+\d)"
    # the number set off after the text adopted: "adopted a second text, resolution 330,"
    r"|\b(?:adopt(?:ed|s)?|approv(?:ed|es?)|pass(?:ed|es)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:text|draft|measure)\s*,\s*[Rr]esolution\s+(?:[Nn]o\.\s*)?(\d{3,4})\b(?![/\d])"
    r"(?!,?\s+(?:adopted\s+)?in\s+\d)"
)


def _resolution_years(number: int) -> tuple[int, ...]:
    """The years a Security Council resolution numbered ``number`` can be from (two near the
    turn of a year); () before 1990, where the table starts."""
    years = sorted(_UNSC_FIRST_RESOLUTION)
    fits = [y for y in years if _UNSC_FIRST_RESOLUTION[y] <= number]
    if not fits:
        return ()
    year = fits[-1]
    out = {year}
    if year - 1 in _UNSC_FIRST_RESOLUTION and number < _UNSC_FIRST_RESOLUTION[year] + (
        _RESOLUTION_SLACK
    ):
        out.add(year - 1)
    if year + 1 in _UNSC_FIRST_RESOLUTION and number >= _UNSC_FIRST_RESOLUTION[year + 1] - (
        _RESOLUTION_SLACK
    ):
        out.add(year + 1)
    if year == years[-1]:
        out.add(year + 1)  # the table's last year may run on past its end
    return tuple(sorted(out))


def resolution_bounds(text: str) -> tuple[int | None, int | None]:
    """The earliest and latest year a Security Council article can be from, by the
    resolutions it names: no older than the newest one named; and, when that newest one is
    the resolution it reports adopted, from that resolution's year.  (None, None) when the
    text names no Security Council resolution from 1990 on."""
    if "Security Council" not in text:
        return None, None
    named = [int(m.group(1)) for m in _RESOLUTION_RE.finditer(text)]
    if not named:
        return None, None
    newest = max(named)
    years = _resolution_years(newest)
    adopted = {int(next(g for g in m.groups() if g)) for m in _ADOPTED_RE.finditer(text)}
    if not years:
        # older than the table: the adoption of one ("resolution 330") still tells that the
        # article is from before 1990, so no weekday can put it in a recent year
        first = min(_UNSC_FIRST_RESOLUTION)
        return None, (first - 1 if newest in adopted else None)
    return years[0], (years[-1] if newest in adopted else None)


def _names_a_year(text: str, at: int) -> bool:
    """Whether the year at ``at`` is part of a name ("the Europe 2020 strategy")."""
    m = _NAME_BEFORE_YEAR.search(text[max(0, at - 20) : at])
    if m is None:
        return False
    word = m.group(1)
    return word not in _TIME_WORDS and not any(
        month.startswith(word.lower()[:3]) for month in _MONTHS
    )


def _month(name: str) -> int:
    return _MONTHS[next(m for m in _MONTHS if m.startswith(name.rstrip(".").lower()[:3]))]


def find_date(text: str) -> dt.date | None:
    """The first full date written in the text (ISO, "6 June 2023", "June 6, 2023",
    "Nov 2, 2022")."""
    best: tuple[int, dt.date] | None = None
    for rx, order in _DATE_RES:
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups()))
            try:
                month = int(parts["m"]) if "m" in parts else _month(parts["mon"])
                day = dt.date(int(parts["y"]), month, int(parts["d"]))
            except (ValueError, KeyError, StopIteration):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), day)
            break
    return best[1] if best else None


# A state the article says sat on the Security Council on the day: the subject of a vote
# ("Egypt abstained", "Russia and China, which vetoed a broader text in December, abstained",
# "with Kuwait and Sweden voting in favour"), the drafter of the text ("drafted by Belgium and
# Germany"; a weaker clue, see _seated), the chair of the meeting or the holder of the
# presidency, or one of the Council's members ("Egypt and Botswana, the Council's African
# members").  An elected member serves a two-year term, so it dates an article whose dateline
# gives no year; so does a member of the EU or NATO, which joined (or left) on a known day.  The state must be named as such, alone or in a list of states:
# a state a sentence merely names ("the vote on Syria") dates nothing.
_SEAT_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:envoy|ambassador|representative|delegation|delegate))?"
    r"(?:\s*,\s*(?!which\s+(?:has|had|have)\b)[^,;.]{1,90},)?\s*,?\s+"
    r"(?:(?:also|both|all|each|then|too|again|instead|alone|eventually|duly|however|in\s+turn)"
    r"\s+)*"
    r"(?:voted|abstained|vetoed|cast\s+(?:its|their|the|a)\s+(?:\w+\s+)?(?:veto|votes?)"
    r"|chaired|presided|(?:holds?|held)\s+the\s+(?:[\w'’-]+\s+){0,2}presidency)\b",
    re.IGNORECASE,
)
# "Egypt and Botswana, the Council's African members"; "Finland, the alliance's newest member";
# "Peru and Chile, the Council's two Latin American members" (a count and a two-word region)
_MEMBERS_OF = {
    "unsc": r"(?:(?:Security\s+)?Council['’]s\s+(?:[\w-]+\s+){0,3}|(?:non-permanent|elected)\s+)"
    r"members?",
    "eu": r"(?:bloc|Union|EU)['’]s\s+(?:[\w-]+\s+){0,2}members?",
    "nato": r"(?:(?:alliance|NATO)['’]s\s+(?:[\w-]+\s+){0,2}(?:members?|ally|allies)|newest\s+ally)",
}
_MEMBERS_AFTER = {
    k: re.compile(rf"^\s*,\s*(?:both\s+|all\s+|two\s+|three\s+)?(?:the\s+)?{v}\b", re.IGNORECASE)
    for k, v in _MEMBERS_OF.items()
}
_BODY_GROUP = {"unsc": "unsc", "eu-council": "eu", "european-council": "eu", "nato": "nato"}
_BODY_LABEL = {"unsc": "Security Council", "eu": "EU", "nato": "NATO"}
# "..., among them Britain and the Netherlands, voted in favour": a comma between the states
# and the vote where the states are a list set off within the subject (not "Russia, which
# vetoed the texts on Syria, voted": Syria is no voter)
_SEAT_COMMA_VERB = re.compile(r"^\s*,\s+(?:also\s+)?(?:voted|abstained|vetoed)\b")
_SEAT_LIST_OPENER = re.compile(
    r"(?:^\s*|\b(?:among\s+them|including|such\s+as|notably|namely)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
_SEAT_WITH = re.compile(
    r"^\s+(?:voting\s+(?:for|against|in\s+favou?r|yes|no)|abstaining|casting)\b", re.IGNORECASE
)
_DRAFTED_BY = re.compile(
    r"\b(?:co-?)?(?:drafted|written|penned)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:Council|elected|non-permanent)\s+members?\s+(?:such\s+as\s+|including\s+|like\s+)?"
    r"|\bmembers\s+of\s+the\s+(?:Security\s+)?Council\s*,?\s*(?:such\s+as\s+|including\s+)?)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_SEAT_WITH_BEFORE = re.compile(r"\bwith\s+(?:only\s+|just\s+)?(?:the\s+)?$", re.IGNORECASE)
_SEAT_AS_DID = re.compile(r"\b(?:voted|abstained)\b[^.;]*\bas\s+did\s+(?:the\s+)?$", re.IGNORECASE)
_MORE_THAN_FIFTEEN = re.compile(
    r"\b(?:1[6-9]|[2-9]\d|1\d\d)\s+(?:(?:votes?|countries|states|nations)\s+)?"
    r"(?:in\s+favou?r|to\s+\d|for\b|against\b)|\b(?:1[6-9]|[2-9]\d|1\d\d)-\d+(?:-\d+)?\b"
)
_SEAT_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?$")
# a sentence on another body's vote ("in the General Assembly") or naming a state off the
# Council ("Ukraine, which is not a member") dates nothing
_SEAT_NOT = re.compile(
    r"\bnon-?members?\b|\bnot\s+(?:\w+\s+){0,2}(?:members?|on\s+the\s+(?:Security\s+)?Council)"
    r"|\b(?:outside|off)\s+the\s+(?:Security\s+)?Council\b|\bformer\s+members?\b"
    r"|\bAssembly\b|\bHuman\s+Rights\s+Council\b"
    r"|\b(?:outside|left|leaving|quit|quitting|exit\s+from)\s+the\s+(?:bloc|Union|EU|alliance)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _member_terms(body_id: str) -> tuple[dict[str, list[tuple[dt.date, dt.date]]], dt.date]:
    """A body's members' days of membership (state: [(joined, left)]; for the Security
    Council the elected members' terms, the permanent members giving no clue) and the first
    day the data cover."""
    from concilium.bodies import load_body

    body = load_body(body_id)
    terms: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for m in body.members:
        if "permanent" not in m.tags and m.joined is not None:
            terms[m.id].append((m.joined, m.left or dt.date.max))
    first = body.valid_from or min(lo for spans in terms.values() for lo, _ in spans)
    return dict(terms), first


def _seated(text: str, gazetteer: Gazetteer, on: dt.date) -> tuple[str, list[str], list[str]]:
    """The Security Council's elected members (states with a term in the data) that ``text``,
    a report of a Security Council decision, names as sitting on the Council that day (see
    ``_SEAT_AFTER``), in the order named, and those it names only as the text's drafters (a
    weaker clue: a state off the Council can write a draft, as Germany did with Britain and
    France on Iran); likewise for the members of the EU's councils and NATO (with the body's
    id first), and ("", [], []) for a report of another council's."""
    mentions = gazetteer.find(text, on)
    sents = sentences(text)
    candidates, _ = _body_candidates(mentions, text, sents)
    body = candidates[0] if candidates else ""
    group = _BODY_GROUP.get(body)
    if group is None or (group == "unsc" and _MORE_THAN_FIFTEEN.search(text)):
        return "", [], []  # another council's report, or the Assembly's vote (over 15 votes)
    terms, _ = _member_terms(body)
    seated: list[str] = []
    drafters: list[str] = []
    off: set[str] = set()  # named in a sentence that says some state is off the Council
    for start, sent in sents:
        end = start + len(sent)
        states = [
            m
            for m in mentions
            if start <= m.start < end and m.actor and m.how in ("name", "alias", "capital")
        ]
        if _SEAT_NOT.search(sent):
            off.update(str(m.actor) for m in states)
            continue
        # lists of states ("China, Russia and Qatar")
        runs: list[list[Mention]] = []
        for m in states:
            if runs and _SEAT_GAP.match(text[runs[-1][-1].end : m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            before = text[max(start, run[0].start - 80) : run[0].start]
            after = text[run[-1].end : end]
            if (
                (
                    _SEAT_AFTER.match(after)
                    and (
                        not _SEAT_COMMA_VERB.match(after)
                        or _SEAT_LIST_OPENER.search(text[start : run[0].start])
                    )
                )
                or _MEMBERS_AFTER[group].match(after)
                or (group == "unsc" and _SEAT_BEFORE.search(before))
                or _SEAT_AS_DID.search(text[start : run[0].start])
                or (_SEAT_WITH_BEFORE.search(before) and _SEAT_WITH.match(after))
            ):
                into = seated
            elif group == "unsc" and _DRAFTED_BY.search(before):
                into = drafters
            else:
                continue
            into += [str(m.actor) for m in run if m.actor in terms and m.actor not in into]
    return body, seated, [s for s in drafters if s not in off and s not in seated]


def _seated_years(
    body: str, states: list[str], month: int, d: int, years: Iterable[int]
) -> list[int]:
    """The ``years`` in which every one of ``states`` sat on ``body`` on ``d`` ``month`` (a
    year before the data begin cannot be checked and is kept)."""
    terms, first = _member_terms(body)
    out = []
    for y in years:
        try:
            day = dt.date(y, month, d)
        except ValueError:
            continue
        if day < first or all(any(lo <= day <= hi for lo, hi in terms[s]) for s in states):
            out.append(y)
    return out


def _years_seated(
    text: str,
    gazetteer: Gazetteer,
    month: int,
    d: int,
    allowed: Callable[[int], bool],
    today: dt.date,
) -> tuple[list[int], str]:
    """The years of ``pool`` in which the Security Council's elected members ``text`` names as
    sitting on it (:func:`_seated`) all sat on ``d`` ``month``, and a note saying so; the
    drafters it names count when they fit with the voters.  ([], note) when the states named
    sat together in none of them (a misreading, or a state that drafted from outside): the
    clue is then not used, and the note says so; ([], "") when it names none."""
    years = [y for y in range(1900, today.year + 1) if _real_day(y, month, d) and allowed(y)]
    if not years:
        return [], ""
    body, seated, drafters = _seated(text, gazetteer, _day_in(years[-1], month, d))
    if not seated and not drafters:
        return [], ""
    terms, first = _member_terms(body)
    # by day, not year: 16 January 1946 fell before the Council first met (17 January)
    pool = [y for y in years if dt.date(y, month, d) >= first]
    if not pool:
        return [], ""
    label = _BODY_LABEL[_BODY_GROUP[body]]

    def who(states: list[str]) -> str:
        return ", ".join(
            f"{gazetteer.state_name(s)} ("
            + ", ".join(
                f"{lo.year}-{hi.year}" if hi.year > lo.year else str(lo.year) for lo, hi in terms[s]
            )
            + ")"
            for s in states
        )

    fit = _seated_years(body, seated, month, d, pool) if seated else []
    named = seated
    if drafters:
        both = _seated_years(body, drafters, month, d, fit if seated else pool)
        if both or not seated:
            fit, named = both, seated + drafters
    # of those, not a year in which a state the text names by its own name did not exist
    # ("Czechoslovakia" in 2001: a member seated in 1979 and 2001 leaves both), when one
    # fits; the members are then read again on such a year's day, where every name names its
    # state ("Bangladesh, Czechoslovakia and Kuwait abstained": all three seated, 1979 only)
    live = [y for y in fit if not gazetteer.gone_names(text, dt.date(y, month, d))]
    if live and live != fit:
        _, again, _ = _seated(text, gazetteer, _day_in(live[-1], month, d))
        both = _seated_years(body, again, month, d, live) if again else []
        fit, named = (both, again) if both else (live, named)
    if not fit:
        return [], (
            f"the {label} members it names ({who(named)}) sat together in no year "
            f"from {pool[0]} to today: their terms are not used"
        )
    return fit, f"year inferred from {label} members: {who(named)} sat on it then"


def _weekday_fits(wd: re.Match[str], day: dt.date | None) -> bool:
    """Whether ``day`` falls on the weekday ``wd`` (a match of ``_WEEKDAY_RE``) names."""
    return day is not None and day.weekday() == _WEEKDAYS.index(wd.group(1).lower())


def _real_day(y: int, month: int, d: int) -> bool:
    try:
        dt.date(y, month, d)
    except ValueError:  # 29 February
        return False
    return True


def _day_in(y: int, month: int, d: int) -> dt.date:
    return dt.date(y, month, d) if _real_day(y, month, d) else dt.date(y, month, d - 1)


@dataclass(frozen=True)
class ArticleDate:
    """The decision date a draft uses and how it was found: ``given`` (by the caller),
    ``stated`` (a full date in the text), ``inferred`` (a day and month in the dateline,
    the year the only one in which that day falls on the weekday the text names, from the
    latest year the text names to today) or ``assumed`` (no year can be told: the draft
    says so and implies no stance from a membership list that depends on the date)."""

    day: dt.date
    how: str
    why: str
    earliest: dt.date | None = None  # an assumed date: the earliest the article can be from
    # an assumed date that is not the latest the article can be from (the year it names):
    # the latest
    latest: dt.date | None = None

    def membership_fixed(self, body: Any) -> bool:
        """Whether ``body``'s members (seats with ``joined``/``left``) are the same on every
        day the article can be from and the body's data cover: always for a date given,
        stated or inferred."""
        if self.how != "assumed":
            return True
        lo = max(self.earliest or dt.date.min, body.valid_from or dt.date.min)
        hi = max(self.day, self.latest or self.day)
        return not any(
            (m.joined is not None and lo < m.joined <= hi)
            or (m.left is not None and lo <= m.left < hi)
            for m in body.members
        )


_IN_USE = {
    "office holders": "in office",
    "office holders and state names": "in office or in use",
    "state names": "in use",
}


def _held_together(
    text: str, gazetteer: Gazetteer | None, today: dt.date, anywhere: bool = False
) -> tuple[tuple[_Span, ...], str, str] | None:
    """The days up to ``today`` on which every office holder ``text`` names held office
    (:meth:`Gazetteer.office_windows`), and who they are; None when the text names none or
    they never held office together (a name misread, or one of them named out of office)."""
    if gazetteer is None:
        return None
    windows = list({w.name: w for w in gazetteer.office_windows(text)}.values())
    # a state named by a name it held only for a time dates the article like an office holder
    states = gazetteer.state_windows(text, anywhere=anywhere)
    windows += states
    if not windows:
        return None
    what = (
        "state names"
        if len(states) == len(windows)
        else "office holders and state names"
        if states
        else "office holders"
    )

    def together(ws: list[OfficeWindow]) -> tuple[_Span, ...]:
        spans: tuple[_Span, ...] = ((dt.date.min, today),)
        for w in ws:
            spans = _intersect(spans, w.spans)
        # a single day is a handover (the file gives it as the predecessor's last day and
        # the successor's first): a predecessor named beside the successor ("the deal Obama
        # struck", "Trump said") never held office with them
        return tuple((lo, hi) for lo, hi in spans if lo < hi)

    spans = together(windows)
    left_out = ""
    if not spans and len(windows) >= 3:
        # one name out of line with all the others (an office the gazetteer does not list:
        # a former foreign minister named in a later post) is left out, when exactly one
        # name is and the others held office together
        fits = [w for w in windows if together([v for v in windows if v is not w])]
        if len(fits) == 1:
            windows.remove(fits[0])
            spans = together(windows)
            left_out = f" ({fits[0].name}, {fits[0].roles}, left out: not in office with them)"
    if not spans:
        return None
    return spans, ", ".join(f"{w.name} ({w.roles})" for w in windows) + left_out, what


def article_date(
    text: str, today: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> ArticleDate:
    """The article's decision date (:func:`_article_date`).  When the date is only assumed
    and a state's name the text uses as a live party names no state on it, the states named
    below the lead (in a sentence that tells no history) date the dateline too, if that
    leaves every such name in use: "UNITED NATIONS, Oct 4 ... as did the Soviet Union" is
    from before 1992 (29-03), not the latest 4 October up to today."""
    today = today or dt.date.today()
    got = _article_date(text, today, gazetteer)
    if got.how == "assumed" and gazetteer is not None and gazetteer.gone_names(text, got.day):
        again = _article_date(text, today, gazetteer, anywhere=True)
        if again.day != got.day and not gazetteer.gone_names(text, again.day):
            return again
    return got


def _article_date(
    text: str, today: dt.date, gazetteer: Gazetteer | None, anywhere: bool = False
) -> ArticleDate:
    """The article's decision date: a full date in the text, else a year inferred for the
    dateline's day and month, else an assumption (today, or the dateline's day and month in
    the latest year it can be), said as such.

    With ``gazetteer``, the office holders the text names narrow the years a date with no
    year can be from to those in which all of them held office together ("US Ambassador
    Samantha Power" and "Secretary-General Ban Ki-moon": 5 August 2013 to 31 December 2016);
    the latest such day not after today is taken, and the notes say "year inferred from
    office holders"; ``anywhere``: the states named below the lead date it too."""
    full = find_date(text)
    if full is not None:
        return ArticleDate(full, "stated", f"the first date in the article ({full.isoformat()})")
    held = _held_together(text, gazetteer, today, anywhere)
    head = text[:_DATELINE_CHARS]
    found: tuple[int, int, int] | None = None  # (start, month, day)
    for rx, order in _DAY_MONTH_RES:
        for m in rx.finditer(head):
            parts = dict(zip(order, m.groups()))
            try:
                month, d = _month(parts["mon"]), int(parts["d"])
                dt.date(2000, month, d)  # a leap year: any real day and month
            except (ValueError, StopIteration):
                continue
            if found is None or m.start() < found[0]:
                found = (m.start(), month, d)
            break
    if found is None:
        if held is not None:
            spans, who, what = held
            first, last = spans[0][0], spans[-1][1]
            return ArticleDate(
                last,
                "assumed",
                f"the article states no date; year inferred from {what}: {who} "
                f"were all {_IN_USE[what]} {_span_text((first, last)).strip()}; "
                f"{last.isoformat()}, the latest such day up to today, is assumed; pass --date",
                None if first == dt.date.min else first,
            )
        return ArticleDate(
            today,
            "assumed",
            f"the article states no date: today ({today.isoformat()}) is assumed; pass --date",
            None,
        )
    at, month, d = found
    past = [
        int(m.group(2))
        for m in _YEAR_RE.finditer(text)
        if not m.group(1) and not _names_a_year(text, m.start(2))
    ]
    written = max((y for y in past if y <= today.year), default=None)  # years in the text
    res_low, res_high = resolution_bounds(text)
    if res_low is not None:
        past.append(res_low)  # a resolution named: the article is no older than it
    past = sorted(y for y in past if y <= today.year)
    # with no year named, the last ten years; a resolution adopted before 1990 (the table's
    # start) leaves every year from the Council's first
    low = max(past) if past else _UNSC_FIRST_YEAR if res_high is not None else today.year - 10

    def on(y: int) -> dt.date | None:
        try:
            day = dt.date(y, month, d)
        except ValueError:  # 29 February
            return None
        return day if day <= today else None

    label = f"{d} {list(_MONTHS)[month - 1].capitalize()}"
    by_holders = ""
    if held is not None:
        spans, who, what = held
        # from the first year they were all in office (or a later year the article names)
        bounds = [*past[-1:], *([spans[0][0].year] if spans[0][0] > dt.date.min else [])]
        start = max(bounds) if bounds else low
        within = [
            y
            for y in range(start, today.year + 1)
            if (day := on(y)) is not None and any(lo <= day <= hi for lo, hi in spans)
        ]
        if within:
            years = within
            by_holders = f"year inferred from {what}: {who} were all {_IN_USE[what]} then"
            low = years[0]
    if not by_holders:
        years = [y for y in range(low, today.year + 1) if on(y) is not None]
    if res_high is not None:
        # the article reports the resolution's adoption: from that resolution's year
        years = [y for y in years if y <= res_high] or years
    by_members = conflict = ""
    if gazetteer is not None and years:
        # the council's members it names as sitting (the Security Council's elected members,
        # the EU's and NATO's): only the years they sat, within the years the other clues
        # leave (from the data's first year when nothing else bounds them from below)
        def allowed(y: int) -> bool:
            if past or by_holders:
                return y in years
            return on(y) is not None and (res_high is None or y <= res_high)

        fit, note = _years_seated(text, gazetteer, month, d, allowed, today)
        if fit:
            years, low, by_members = fit, fit[0], note
        else:
            conflict = f"; {note}" if note else ""  # the states named never sat together
    wd = _DATELINE_WEEKDAY_RE.search(head[:at]) or _WEEKDAY_RE.search(text)
    weekday_note = ""
    span = f"from {low}" + (
        "" if by_holders else " (the latest year the article names)" if past else ""
    )
    span += " to today" if res_high is None else f" to {res_high}"
    if by_members:
        span = "of those (" + ", ".join(map(str, years)) + ")" if len(years) <= 6 else span
        by_holders = f"{by_holders}; {by_members}" if by_holders else by_members
    if wd is not None:
        weekday = _WEEKDAYS.index(wd.group(1).lower())
        fits = [y for y in years if on(y).weekday() == weekday]  # type: ignore[union-attr]
        if len(fits) == 1:
            day = on(fits[0])
            assert day is not None
            return ArticleDate(
                day,
                "inferred",
                f"the dateline gives {label} without a year; "
                + (f"{by_holders}; " if by_holders else "")
                + f"{fits[0]} is the only year {span} in which it is a {wd.group(1)} "
                f"('{wd.group()}')",
            )
        if not fits and years:
            # the weekday fits none of the years the other clues leave: they conflict, and
            # no year is inferred
            conflict += f"; the text's '{wd.group()}' fits none of them"
        if fits:
            # several years fit the weekday: the date assumed is one of them, never a year in
            # which the day falls on another weekday than the text says
            years = fits
            weekday_note = f", in which it is a {wd.group(1)} ('{wd.group()}')"
    if by_holders and len(years) == 1 and (wd is None or _weekday_fits(wd, on(years[0]))):
        day = on(years[0])
        assert day is not None
        return ArticleDate(
            day,
            "inferred",
            f"the dateline gives {label} without a year; {by_holders}, and {years[0]} is the "
            "only year in which that day falls while they were",
        )
    # Of the years left, the latest year the article writes when it is one of them (a report
    # names its own year more often than a later one: "the 1998 crisis" in a report of 1998;
    # not a year told only by a resolution's number, which a later renewal cites), else the
    # latest up to today.
    named = written if written is not None and written in years else None
    pick = named if named is not None else max(years) if years else None
    day = (on(pick) if pick is not None else None) or today
    latest = on(max(years)) if years else None
    which = "the latest year the article names" if named is not None else "the latest"
    if by_holders:
        remain = (
            ", ".join(map(str, years))
            if (by_members or weekday_note or len(years) == 1) and len(years) <= 6
            else f"{years[0]}-{years[-1]}"
        )
        return ArticleDate(
            day,
            "assumed",
            f"the dateline gives {label} without a year; {by_holders}, in {remain}"
            f"{weekday_note}{conflict}: {day.isoformat()}, {which}, is assumed; pass --date",
            on(years[0]),
            latest,
        )
    old_resolution = upto = ""
    if res_high is not None and res_low is None:
        old_resolution = f", and it reports a Security Council resolution adopted by {res_high}"
        upto = f" up to {res_high}"
    if named is not None:
        why = f"{day.isoformat()} is assumed (the latest year the article names{weekday_note})"
    elif weekday_note:
        why = f"{day.isoformat()} is assumed (the latest such day{upto or ' up to today'}{weekday_note})"
    else:
        why = f"{day.isoformat()} is assumed (the latest such day{upto or ' up to today'})"
    return ArticleDate(
        day,
        "assumed",
        f"the dateline gives {label} without a year{old_resolution}{conflict}: {why}; pass --date",
        dt.date(low, 1, 1) if past else None,
        latest,
    )


# --------------------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Mention:
    """A name found in the text that points at a state (``actor``) or a body (``body``)."""

    start: int
    end: int
    surface: str
    actor: str | None  # ISO alpha-3 id
    body: str | None  # built-in body id
    how: str  # "name", "alias", "demonym", "capital", "metonym", "person:<role>"


def _parse_when(value: Any, end: bool) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        y, m = map(int, text.split("-"))
        if end:  # a month given as the end: in office through that month
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(y, m, 1)
    return dt.date.fromisoformat(text)


@dataclass
class _Entry:
    surface: str
    actor: str | None
    body: str | None
    how: str
    start: dt.date | None = None
    end: dt.date | None = None
    # an office holder's days in office as far as they date an article (see
    # :meth:`Gazetteer.office_windows`): a bound whose day the file did not check is open
    dating: tuple[dt.date | None, dt.date | None] | None = None
    holder: str = ""  # the office holder's name (a person's entry)
    # a name the state shares with a region of another ("Macedonia"): the state's only where
    # the article treats it so (see Gazetteer._in_context)
    contextual: bool = False

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


# A note saying the first or last day of a person's entry was not checked (a start given as
# 2013-01-01 "where this file's past office holders begin", a UN ambassador "matched only"
# during the seat): that bound says nothing about when the person was in office.  A note
# saying the person held another office the file does not list ("then European Commission
# (not listed)", "his days as defence minister are not listed"): news may name them then, so
# the entry dates nothing.
_START_UNCHECKED = re.compile(
    r"start not checked|matched from|own (?:start and end )?days|not listed"
)
_END_UNCHECKED = re.compile(r"end not checked|own (?:start and end )?days|matched only|not listed")


# A vote cast by the name just before it, alone or first in a list of names: "(the Soviet
# Union) and Poland abstained" (not "(the Soviet Union)'s seat, abstained").
_CASTS_A_VOTE = re.compile(
    r"(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*"
    r"\s+(?:also\s+|both\s+)?(?:abstained|voted|vetoed)\b"
)
_TOLD_AS_PAST = re.compile(r"\b(?:1[89]\d\d|20\d\d|had|when|once|former|then)\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|ex)[\s-]+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
# A person named in a post none of the file's entries for the name holds ("the special
# envoy Kofi Annan", listed as Secretary-General only; "Joschka Fischer, the EU's candidate";
# "the British Foreign Secretary, Anthony Eden", listed as prime minister only): the name says
# nothing about the days of the offices listed.
_POST_WORDS = (
    r"(?P<post>envoy|mediator|negotiator|adviser|advisor|candidate|nominee"
    r"|(?:foreign|defen[cs]e)\s+(?:secretary|secretarie|minister))s?"
)
_OTHER_POST_BEFORE = re.compile(rf"\b{_POST_WORDS},?\s+$", re.IGNORECASE)
_OTHER_POST_AFTER = re.compile(
    rf",\s+(?:the|a|an|[\w.-]+['’]s?)\s+(?:[\w.'’-]+\s+){{0,3}}?{_POST_WORDS}\b",
    re.IGNORECASE,
)
_Span = tuple[dt.date, dt.date]


def _post_family(post: str) -> str:
    """A minister's post by its portfolio, whatever the country calls it ("foreign secretary",
    "foreign minister" and the American "secretary of state" are one post); any other post as
    it is."""
    post = " ".join(post.lower().split())
    if "foreign" in post or post == "secretary of state":
        return "foreign"
    if "defence" in post or "defense" in post:
        return "defence"
    return post


def _same_post(post: str, how: str) -> bool:
    """Whether a post named in the article is the one a gazetteer entry lists (``how``,
    "person:<role>"): the envoy in "the special envoy Kofi Annan" is not his listed
    Secretary-General; a foreign minister named "Foreign Secretary" is his."""
    family = _post_family(post)
    if family in ("foreign", "defence"):
        return _post_family(how.removeprefix("person:")) == family
    return post.lower() in how


@dataclass(frozen=True)
class OfficeWindow:
    """An office holder named in an article and the days on which the gazetteer has a holder
    of that name in office (``spans``: sorted, disjoint, inclusive; open ends as
    ``date.min``/``date.max``)."""

    name: str
    roles: str
    spans: tuple[_Span, ...]


def _union(spans: Iterable[_Span]) -> tuple[_Span, ...]:
    """Sorted, disjoint inclusive spans covering the same days as ``spans``."""
    out: list[_Span] = []
    for lo, hi in sorted(spans):
        if out and (out[-1][1] == dt.date.max or lo <= out[-1][1] + dt.timedelta(days=1)):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


def _intersect(a: tuple[_Span, ...], b: tuple[_Span, ...]) -> tuple[_Span, ...]:
    """The days in both ``a`` and ``b`` (each sorted and disjoint)."""
    return tuple(
        (max(lo1, lo2), min(hi1, hi2))
        for lo1, hi1 in a
        for lo2, hi2 in b
        if max(lo1, lo2) <= min(hi1, hi2)
    )


def _span_text(span: _Span) -> str:
    lo, hi = span
    if hi == dt.date.max:
        return "" if lo == dt.date.min else f" from {lo.isoformat()}"
    return f" to {hi.isoformat()}" if lo == dt.date.min else f" {lo.isoformat()} to {hi}"


def _dating(
    person: dict[str, Any], start: dt.date | None, end: dt.date | None
) -> tuple[dt.date | None, dt.date | None] | None:
    """The days ``person`` is known to have held the office, for dating an article: the
    entry's bounds, open where its note says the day was not checked; None when both are
    open (the entry dates nothing)."""
    note = str(person.get("note") or "")
    lo = None if _START_UNCHECKED.search(note) else start
    hi = None if _END_UNCHECKED.search(note) else end
    return None if lo is None and hi is None else (lo, hi)


def _un_member(gaz: Gazetteer, iso: str) -> bool:
    """Whether the gazetteer's state ``iso`` is a UN member (all but those marked otherwise)."""
    return bool(gaz.states.get(iso, {}).get("un_member", True))


def _trie_pattern(names: Iterable[str]) -> str:
    """A regular expression matching exactly ``names`` (literal strings), built as a trie.

    Where one name is the start of another ("Security Council", "Security Council
    resolution"), the longer continuation is tried first (a greedy optional group) and the
    shorter is what the match falls back to, so, followed by the same boundary check, it
    finds the same name as an alternation of the names sorted longest first; branches of a
    node start with different characters, so no other order matters.
    """
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# A people's name used as the name of a language: followed by a word about language ("the
# Ukrainian language law", "Russian-speaking"), or in a list of names after "in" that no noun
# follows ("issued only in English, French and German", "written in Russian").
_LANGUAGE_AFTER = re.compile(
    r"\s*-?\s*(?:language|languages|speaking|speakers?|translations?|versions?)\b", re.IGNORECASE
)
_LANGUAGE_LIST_BEFORE = re.compile(
    r"\bin\s+(?:(?:only|both|either)\s+)?(?:[A-Z][a-z]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*$"
)
_LANGUAGE_LIST_AFTER = re.compile(r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or)\s+[A-Z])")


def _language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``text[start:end]`` names a language, not a people."""
    if _LANGUAGE_AFTER.match(text, end):
        return True
    before = text[max(0, start - 80) : start]
    return bool(_LANGUAGE_LIST_BEFORE.search(before)) and bool(
        _LANGUAGE_LIST_AFTER.match(text, end)
    )


# A region's word before a demonym makes it the region's ("Latin American countries", "North
# African states", "Central Asian republics"), not the state's; a state whose demonym has such a
# word ("South African", "North Korean") is matched by that longer name first.
_REGION_BEFORE = re.compile(r"\b(?:Latin|North|South|Central|East|West|Pan)[\s-]+$")
_CAICOS = re.compile(r"\s+and\s+Caicos\b")


# A capital that names a text signed or agreed there ("the Lisbon Treaty", "the Treaty of
# Lisbon", "the Paris climate agreement", "the Washington Treaty", "the Rome Statute", "the
# Minsk agreements", "the London Declaration"): the text, not the state.
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:(?:climate|peace|nuclear|trade|ceasefire|cease-fire)\s+)?(?:treaty|treaties|"
    r"agreements?|accords?|declaration|statute|protocol|convention|charter|pact|communiqu[eé])"
    r"\b",
    re.IGNORECASE,
)
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:treaty|treaties|declaration|statute|protocol|convention|charter|pact|agreements?|"
    r"accords?)\s+of\s+$",
    re.IGNORECASE,
)


def _names_a_document(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``start``..``end`` names a text ("the Lisbon Treaty")."""
    return bool(
        _DOCUMENT_AFTER.match(text, end) or _DOCUMENT_BEFORE.search(text, max(0, start - 40), start)
    )


# The UN's negotiating group of developing states is named "the Group of 77 and China" (China
# is associated with it, not a member); "put forward on behalf of the Group of 77 developing
# countries and China" is the group's text, no stance of China's own.
_G77_BEFORE = re.compile(
    r"\b(?:Group\s+of\s+(?:77|Seventy-Seven)|G-?77)\b[^.;:()]{0,40}?\s*(?:\band|\+|\bplus)\s+$",
    re.IGNORECASE,
)


# A state that no longer exists named as "the former X" is its territory ("the tribunal for
# the former Yugoslavia", "the former Soviet Union"), even on a day the state still existed
# in part; only the names of a state with an end date (not "former Yugoslav Republic of
# Macedonia", a name of its own, nor a person's "former" office).
_FORMER_STATE = re.compile(r"\bformer\s+$", re.IGNORECASE)
# a state's name told as history, which dates nothing ("since the collapse of the Soviet
# Union", "the break-up of Yugoslavia", "the Soviet Union's successor", "Soviet-era")
_AS_HISTORY_BEFORE = re.compile(
    r"\b(?:collapse|break-?up|dissolution|disintegration|fall|end|demise|dismemberment|"
    r"partition|successors?|days|times|era|heirs?|remnants?|legacy)\s+of\s+(?:the\s+)?$"
    r"|\b(?:since|during|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AS_HISTORY_AFTER = re.compile(
    r"-era\b|['’]s\s+(?:collapse|break-?up|dissolution|disintegration|fall|end|demise|"
    r"successors?|heirs?|legacy)\b|\s+(?:collapsed|broke\s+up|dissolved|disintegrated|fell)\b",
    re.IGNORECASE,
)
_OWN_NAMES = ("name", "alias", "demonym")


def _in_group_name(actor: str | None, text: str, start: int) -> bool:
    """Whether the state named at ``start`` is part of a group's name ("the Group of 77 and
    China")."""
    return actor == "CHN" and bool(_G77_BEFORE.search(text, max(0, start - 80), start))


# A name a state shares with a region of another ("Macedonia", see Gazetteer._in_context).
# Marked as the region, or as a word: "Greek Macedonia", "Greece's northern province of
# Macedonia", "the Central Macedonia region", "ancient Macedonia", "the name Macedonia".
_REGION_BEFORE_NAME = re.compile(
    r"(?:\b(?:Greek|Greece['’]s|Hellenic|[Aa]ncient|Alexander['’]s|Central|Western|Eastern|"
    r"West|East)\s+|(?i:\b(?:province|region|prefecture|periphery|district)\s+of\s+(?:the\s+)?)|"
    r"(?i:\b(?:name|named|called|term|word|use\s+of)\s*[\"'‘“]?))$"
)
_REGION_AFTER_NAME = re.compile(
    r"(?:\s+(?:region|province|prefecture)\b|,\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:region|province)\b)",
    re.IGNORECASE,
)
# Where only a state stands: the object of a state's act ("invited Macedonia", "Greece blocks
# Macedonia", "talks with Macedonia", "the accession of Macedonia"), a force posted in it
# ("peacekeepers in Macedonia"), "the former Yugoslav republic of Macedonia".
_STATE_BEFORE_NAME = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|invitations?\s+to|admit(?:s|ted|ting)?|"
    r"(?:admission|accession|candidacy|membership|recognition)\s+of|membership\s+for|"
    r"recogni[sz](?:e|es|ed|ing)|(?:talks|negotiations|relations)\s+with|"
    r"(?:sanctions|embargo)\s+(?:on|against)|block(?:s|ed|ing)?|bar(?:s|red|ring)?|"
    r"veto(?:es|ed|ing)?|(?:mission|peacekeepers|peacekeeping\s+force|force|troops|observers|"
    r"embassy|ambassador)\s+(?:in|to)|[Rr]epublic\s+of)\s+(?:the\s+)?$"
)
# ... or what a state has ("Macedonia's bid", "the Macedonian government", "Macedonian
# President X"), or named as a candidate or a state ("Macedonia, the third candidate, ...").
_STATE_AFTER_NAME = re.compile(
    r"(?:(?:['’]s)?\s+(?:government|president|prime\s+minister|premier|foreign\s+minister|"
    r"defen[cs]e\s+minister|delegation|authorities|parliament|bid|accession|membership|"
    r"candidacy|application|army|armed\s+forces|security\s+forces|police|officials|"
    r"leaders?|leadership|ambassador|envoy|embassy|counterpart)\b|"
    r",\s+(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:candidate|applicant|aspirant|"
    r"republic|state|country)\b|"
    r",\s+which\s+(?:has\s+|had\s+)?(?:long\s+)?(?:hoped|wanted|sought|applied|asked|aspired|"
    r"expected)\s+to\s+join\b)",
    re.IGNORECASE,
)
_LISTED_WITH = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


# Beside a bare surname, what makes it a date, a place or another name ("22 May", "late May",
# "May 2019", "The Hague", "Costa Rica", "Lyndon Johnson"; see Gazetteer._surnames_after).
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:\d|\b(?:[Tt]he|[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id|[Oo]f|[Ff]rom|[Tt]o|"
    r"[Bb]efore|[Aa]fter|[Nn]ext|[Ll]ast|[Tt]his|[Tt]hat|[Ee]nd|[Ss]tart|[Dd]uring|[Tt]ill)|"
    r"\b[A-Z][\w'’-]*)[\s-]*$"
)
_NOT_A_PERSON_AFTER = re.compile(r"[\s-]*(?:\d|[A-Z])")


class Gazetteer:
    """Names of states, their people and of organisations, with dates in office."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.states: dict[str, dict[str, Any]] = data["states"]
        self.organisations: dict[str, dict[str, Any]] = data["organisations"]
        self.rule_cues = [
            (re.compile(c["pattern"], re.IGNORECASE), c["cue"], c.get("rule") or {})
            for c in data["rule_cues"]
        ]
        self.entries: list[_Entry] = []
        for iso, st in self.states.items():
            # A state's own names (not its people) hold while it exists (``from``/``to``: the
            # Soviet Union to 1991; Russia from the day it took over the Soviet seat), and a
            # name two states shared in turn ("Moscow", "the Kremlin") is listed under
            # ``dated_names`` with the days it names this one.
            named_from = _parse_when(st.get("from"), False)
            named_to = _parse_when(st.get("to"), True)

            def add(
                surface: str,
                how: str,
                iso: str = iso,
                lo: dt.date | None = named_from,
                hi: dt.date | None = named_to,
            ) -> None:
                self.entries.append(_Entry(surface, iso, None, how, lo, hi))

            for dated in st.get("dated_names", []):
                lo = _parse_when(dated.get("from"), False)
                hi = _parse_when(dated.get("to"), True)
                for surface in dated["match"]:
                    add(surface, dated["how"], lo=lo, hi=hi)
            for shared in st.get("context_names", []):
                lo = _parse_when(shared.get("from"), False)
                hi = _parse_when(shared.get("to"), True)
                for surface in shared["match"]:
                    self.entries.append(
                        _Entry(surface, iso, None, shared["how"], lo, hi, contextual=True)
                    )

            add(st["name"], "name")
            for al in st.get("aliases", []):
                add(al, "alias")
            for dm in st.get("demonyms", []):
                add(dm, "demonym")
            # a plural demonym only after "the" ("the Americans welcomed it": the state's
            # delegation or government); bare "Americans" are as often the people
            for pl in st.get("the_plural", []):
                add(f"the {pl}", "demonym")
                add(f"The {pl}", "demonym")
            if st.get("capital"):
                add(st["capital"], "capital")
            for c in st.get("aliases_capital", []):
                add(c, "capital")
            for mt in st.get("metonyms", []):
                add(mt, "metonym")
            for person in st.get("people", []):
                start = _parse_when(person.get("from"), False)
                end = _parse_when(person.get("to"), True)
                for surface in person["match"]:
                    self.entries.append(
                        _Entry(
                            surface,
                            iso,
                            None,
                            f"person:{person['role']}",
                            start,
                            end,
                            _dating(person, start, end),
                            person["name"],
                        )
                    )
        for body, org in self.organisations.items():
            for name in org["names"]:
                self.entries.append(_Entry(name, None, body, "name"))
            for person in org.get("people", []):
                start = _parse_when(person.get("from"), False)
                end = _parse_when(person.get("to"), True)
                for surface in person["match"]:
                    self.entries.append(
                        _Entry(
                            surface,
                            None,
                            body,
                            f"person:{person['role']}",
                            start,
                            end,
                            _dating(person, start, end),
                            person["name"],
                        )
                    )
        # names two states share ("Congo", "Congolese"): the state they name in an article
        # is the one of the pair the article names otherwise (see :meth:`find`)
        self._shared: dict[str, set[str]] = defaultdict(set)
        for iso, st in self.states.items():
            for surface in st.get("shared_names", []):
                self._shared[surface].add(iso)
        by_surface: dict[str, list[_Entry]] = defaultdict(list)
        for e in self.entries:
            by_surface[e.surface].append(e)
        self._by_surface = dict(by_surface)
        # One pattern for every name, as a trie (the longest name that ends at a word boundary
        # wins: "UN Security Council" over "Security Council"); a flat alternation of the
        # 2,000-odd names would try each at every position of the text.
        self._re = re.compile(r"(?<![\w.])(?:" + _trie_pattern(by_surface) + r")(?!\w)")

    @classmethod
    @lru_cache(maxsize=1)
    def builtin(cls) -> Gazetteer:
        # the project's fast reader (libyaml's parser, ruamel.yaml's YAML 1.2 scalars): the
        # file holds about 3,000 names and ruamel.yaml's pure-Python loader took 0.7 s on it
        from concilium.io.yamlread import compose

        text = (
            resources.files("concilium.text.data")
            .joinpath("gazetteer.yaml")
            .read_text(encoding="utf-8")
        )
        return cls(compose(text, max_nodes=1_000_000, max_depth=16))

    def find(self, text: str, on: dt.date) -> list[Mention]:
        """Every actor or body mention in ``text``, for the situation on date ``on``."""
        out: list[Mention] = []
        later: dict[str, _Entry] = {}  # surnames of people named in full (see _surnames_after)
        shared: list[Mention] = []  # names a state shares with a region (see _in_context)
        for m in self._re.finditer(text):
            cands = [e for e in self._by_surface[m.group()] if e.valid_on(on)]
            if not cands:
                continue
            if cands[0].contextual:
                e = cands[0]
                if not (e.how == "demonym" and _language(text, m.start(), m.end())):
                    shared.append(Mention(m.start(), m.end(), m.group(), e.actor, e.body, e.how))
                continue
            # A person who is both (Kallas: Estonian PM, later EU High Representative) resolves
            # by date above; a surface with several live readings prefers the state.
            e = next((c for c in cands if c.actor), cands[0])
            if e.how == "demonym" and _language(text, m.start(), m.end()):
                continue  # "issued only in English, French and German": a language
            if e.how == "demonym" and _REGION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "Latin American countries", "North African states": a region's
            if m.group()[:4] in ("the ", "The ") and _CAICOS.match(text, m.end()):
                continue  # "the Turks and Caicos Islands": a territory, not Türkiye
            if e.how == "capital" and _names_a_document(text, m.start(), m.end()):
                continue  # "the Lisbon Treaty", "the Paris Agreement": a text, not the state
            if _in_group_name(e.actor, text, m.start()):
                continue  # "the Group of 77 and China": the group, not China
            if (
                e.end is not None
                and e.how in _OWN_NAMES
                and _FORMER_STATE.search(text, max(0, m.start() - 16), m.start())
            ):
                continue  # "the tribunal for the former Yugoslavia": the region, not the state
            out.append(Mention(m.start(), m.end(), m.group(), e.actor, e.body, e.how))
            if e.how.startswith("person:") and " " in m.group():
                later.setdefault(e.holder.split()[-1], e)
        out += self._surnames_after(text, out, later)
        if shared:
            out = sorted(out + self._in_context(text, shared, out), key=lambda m: m.start)
        return self._resolve_shared(out) if self._shared else out

    @staticmethod
    def _in_context(text: str, shared: list[Mention], found: list[Mention]) -> list[Mention]:
        """The mentions of a name a state shares with a region of another state ("Macedonia":
        the state, and Greece's northern region) that name the state: those not marked as the
        region ("Greek Macedonia", "the province of Macedonia", "the name Macedonia"), in an
        article that treats the name as a state's somewhere, as a careful reader would: the
        state named otherwise too ("Skopje", "North Macedonia", its leaders), or the name
        where only a state stands (its government or bid, an invitation to it or talks with
        it, a UN force in it, beside other states in a list: "Albania and Macedonia")."""
        states = [m for m in found if m.actor and m.how in ("name", "alias")]
        kept: list[Mention] = []
        treated = set()
        for m in shared:
            if _REGION_BEFORE_NAME.search(text, max(0, m.start - 40), m.start) or (
                _REGION_AFTER_NAME.match(text, m.end)
            ):
                continue  # the region, or the word as a name ("the dispute over the name")
            kept.append(m)
            if (
                _STATE_BEFORE_NAME.search(text, max(0, m.start - 40), m.start)
                or _STATE_AFTER_NAME.match(text, m.end)
                or any(
                    _LISTED_WITH.fullmatch(text, o.end, m.start)
                    or _LISTED_WITH.fullmatch(text, m.end, o.start)
                    for o in states
                )
            ):
                treated.add(m.actor)
        treated |= {m.actor for m in found}
        return [m for m in kept if m.actor in treated]

    def _surnames_after(
        self, text: str, found: list[Mention], later: dict[str, _Entry]
    ) -> list[Mention]:
        """A bare surname the file leaves out because it is also a word or a place ("May": a
        month; "Hague": The Hague), once the article has named the person in full ("Theresa
        May ... May accepted the offer"): the same person, where the word stands alone (no
        capitalised word beside it: "Costa Rica", "Lyndon Johnson") and not in a date ("22
        May", "late May", "May 2019") nor after "the" ("The Hague")."""
        out: list[Mention] = []
        taken = [(m.start, m.end) for m in found]
        for surname, e in later.items():
            if surname in self._by_surface or not surname[:1].isupper():
                continue  # matched on its own already
            # (the surname first and the check before it as a lookbehind over it, the same
            # matches: a pattern opening with a literal is searched for as one, several times
            # faster on a long text than one opening with a lookbehind)
            name = re.escape(surname)
            for m in re.finditer(rf"{name}(?<![\w.]{name})(?![\w])", text):
                a, b = m.start(), m.end()
                if any(x <= a < y or x < b <= y for x, y in taken):
                    continue
                before = text[max(0, a - 16) : a]
                after = text[b : b + 12]
                if _NOT_A_PERSON_BEFORE.search(before) or _NOT_A_PERSON_AFTER.match(after):
                    continue
                out.append(Mention(a, b, surname, e.actor, e.body, e.how))
        return out

    def _resolve_shared(self, out: list[Mention]) -> list[Mention]:
        """A shared name ("Congo") names the state of its pair that the article names by an
        unshared name ("DR Congo", "Kinshasa"), when it names exactly one of them so.  A
        shared demonym ("Congolese", the factbook's for both) names neither when the article
        names both or neither so: no guess which is meant."""
        named = {m.actor for m in out if m.surface not in self._shared}
        fixed = []
        for m in out:
            if m.surface in self._shared and m.actor:
                pair = self._shared[m.surface] | {m.actor}
                own = pair & named
                if len(own) == 1:
                    m = replace(m, actor=own.pop())
                elif m.how == "demonym":
                    continue
            fixed.append(m)
        return fixed

    def state_name(self, iso: str) -> str:
        return self.states[iso]["name"]

    def state_windows(self, text: str, anywhere: bool = False) -> list[OfficeWindow]:
        """The names of states that existed only for a time (the Soviet Union, the Federal
        Republic of Yugoslavia, East Germany) that ``text`` names as a live party in its
        headline or lead sentence, each with the days on which the name named a state: a
        report of an embargo "on the Federal Republic of Yugoslavia" is from 1992-2003.  A
        name any state holds on every day ("Russia": the Soviet Union's, then the Russian
        Federation's), a demonym or capital, and a name told as history ("the former
        Yugoslavia", "the collapse of the Soviet Union", "Soviet-era") date nothing.
        ``anywhere``: a name in any sentence below the lead that tells no history (no year,
        no "had", "when", "once", "then") is a live party too, and its window quotes it
        ("as did the Soviet Union and China", 29-03)."""
        sents = sentences(text)
        if not sents:
            return []
        lede = _lede(sents)
        head_end = sents[0][0] + len(sents[0][1])
        lede_span = (
            (sents[lede][0], sents[lede][0] + len(sents[lede][1])) if lede < len(sents) else (0, 0)
        )
        # the sentences after the lead that tell the vote ("The Soviet Union and Poland
        # abstained."): a state named as casting it is a live party too (not in a sentence
        # told as history: "in 1964, when the Soviet Union voted for it", "had vetoed")
        votes = [
            (start, start + len(sent))
            for start, sent in sents[lede + 1 : lede + 4]
            if re.search(r"\b(?:abstained|voted|vetoed)\b", sent) and not _TOLD_AS_PAST.search(sent)
        ]
        # below the lead, with ``anywhere``: every sentence that tells no history (29-03)
        body = (
            [(start, start + len(sent)) for start, sent in sents if not _TOLD_AS_PAST.search(sent)]
            if anywhere
            else []
        )
        out: dict[str, OfficeWindow] = {}
        for m in self._re.finditer(text):
            casting = any(
                lo <= m.start() < hi and _CASTS_A_VOTE.match(text, m.end(), hi) for lo, hi in votes
            )
            below = next(((lo, hi) for lo, hi in body if lo <= m.start() < hi), None)
            if not (
                m.start() < head_end
                or lede_span[0] <= m.start() < lede_span[1]
                or casting
                or below is not None
            ):
                continue
            surface = m.group()
            entries = self._by_surface[surface]
            if surface in out or not all(e.actor and e.how in ("name", "alias") for e in entries):
                continue
            spans = _union((e.start or dt.date.min, e.end or dt.date.max) for e in entries)
            if spans == ((dt.date.min, dt.date.max),):
                continue  # the name holds on every day (for one state or another)
            if (
                _FORMER.search(text, max(0, m.start() - 60), m.start())
                or _AS_HISTORY_BEFORE.search(text, max(0, m.start() - 60), m.start())
                or _AS_HISTORY_AFTER.match(text, m.end())
            ):
                continue
            days = "; ".join(_span_text(sp).strip() for sp in spans)
            said = ""
            if not (casting or m.start() < head_end or lede_span[0] <= m.start() < lede_span[1]):
                # the draft quotes where a name below the lead names the state as a party
                lo, hi = below or (0, len(text))
                words = text[max(lo, m.start() - 40) : min(hi, m.end() + 30)].split()
                cut = (m.start() - 40 > lo, m.end() + 30 < hi)
                words = words[cut[0] : len(words) - cut[1]]  # no word cut at either end
                said = "..." * cut[0] + " ".join(words) + "..." * cut[1]
                said = f", named as a party: '{said}'"
            out[surface] = OfficeWindow(surface, f"a state's name, {days}{said}", spans)
        return list(out.values())

    def gone_names(self, text: str, on: dt.date) -> dict[str, str]:
        """The states' own names ``text`` uses (not told as history) that name no state on
        ``on`` ("Yugoslavia" in 2026), each with the id of the state it named."""
        gone: dict[str, str] = {}  # a state's own name no longer in use on the day: its id
        for m in self._re.finditer(text):
            entries = [e for e in self._by_surface[m.group()] if e.actor]
            if (
                not entries
                or any(e.valid_on(on) for e in entries)
                or not all(e.how in ("name", "alias") for e in entries)
                or _FORMER.search(text, max(0, m.start() - 60), m.start())
                or _AS_HISTORY_BEFORE.search(text, max(0, m.start() - 60), m.start())
                or _AS_HISTORY_AFTER.match(text, m.end())
            ):
                continue
            gone.setdefault(m.group(), str(entries[0].actor))
        return gone

    def out_of_date(
        self, text: str, on: dt.date, earliest: dt.date | None = None
    ) -> tuple[list[str], set[str]]:
        """What an assumed date ``on`` (the article being from ``earliest`` at the soonest,
        None when nothing bounds it) does to the states ``text`` names, said once each for
        the warning on the assumed date: a state's name that names no state that day
        ("Yugoslavia" in 2026: the state ended in 2003), not told as history; and a capital
        or other name that another state held on days the article can be from ("Belgrade":
        Serbia's in 2026, Yugoslavia's to 2003).  Such a name is read as no one (the second
        item: a guess either way) when the article names the earlier state too."""
        gone = self.gone_names(text, on)
        out = [
            f"'{surface}' names no state on {on.isoformat()} ({self.state_name(iso)}"
            + "".join(
                _span_text((e.start or dt.date.min, e.end or dt.date.max))
                for e in self._by_surface[surface][:1]
            )
            + ")"
            for surface, iso in gone.items()
        ]
        unsure: set[str] = set()
        said: set[str] = set()
        for m in self._re.finditer(text):
            if m.group() in said:
                continue
            entries = [e for e in self._by_surface[m.group()] if e.actor]
            now = next((e for e in entries if e.valid_on(on)), None)
            then = next(
                (
                    e
                    for e in entries
                    if now is not None
                    and e.actor != now.actor
                    and not e.valid_on(on)
                    and (e.actor in gone.values() or earliest is None or (e.end or on) >= earliest)
                ),
                None,
            )
            if now is None or then is None:
                continue
            said.add(m.group())
            conflict = then.actor in gone.values()
            if conflict:
                unsure.add(m.group())
            # "until 1991-12-23 the name stood for the Soviet Union" reads more easily than
            # the span alone after the state's name
            lo, hi = then.start or dt.date.min, then.end or dt.date.max
            when = (
                f"until {hi.isoformat()}"
                if lo == dt.date.min
                else f"from {lo.isoformat()}"
                + ("" if hi == dt.date.max else f" to {hi.isoformat()}")
            )
            out.append(
                f"'{m.group()}' is read as {self.state_name(str(now.actor))} on that date, though "
                f"{when} the name stood for {self.state_name(str(then.actor))}"
                + (": read as no one, the article naming that state" if conflict else "")
            )
        return out, unsure

    def office_windows(self, text: str) -> list[OfficeWindow]:
        """The office holders ``text`` names (not as "former ..."), each with the days on
        which a holder of that name held one of the offices the gazetteer lists, whatever the
        date: the union of the spans of every entry of the name (Kurz: foreign minister,
        then chancellor twice).  A name that is also a state's or a body's (not only a
        person's), or whose spans were not checked, dates nothing and is left out."""
        out: dict[str, OfficeWindow] = {}
        for m in self._re.finditer(text):
            surface = m.group()
            if surface in out:
                continue
            entries = self._by_surface[surface]
            if not all(e.how.startswith("person:") for e in entries):
                continue
            if _FORMER.search(text, max(0, m.start() - 60), m.start()):
                continue  # "former Secretary-General Ban Ki-moon": not in office then
            post = _OTHER_POST_BEFORE.search(text, max(0, m.start() - 40), m.start())
            post = post or _OTHER_POST_AFTER.match(text, m.end())
            if post and not any(_same_post(post.group("post"), e.how) for e in entries):
                continue  # "the special envoy Kofi Annan": in a post the file does not list
            spans: list[tuple[dt.date, dt.date]] = []
            for e in entries:
                if e.dating is None:
                    break  # one of the readings dates nothing: the name dates nothing
                lo, hi = e.dating
                spans.append((lo or dt.date.min, hi or dt.date.max))
            else:
                roles = dict.fromkeys(
                    e.how.removeprefix("person:")
                    + (f", {self.state_name(e.actor)}" if e.actor else "")
                    + _span_text((e.dating[0] or dt.date.min, e.dating[1] or dt.date.max))
                    for e in entries
                    if e.dating is not None
                )
                names = " or ".join(dict.fromkeys(e.holder for e in entries))
                out[surface] = OfficeWindow(names, "; ".join(roles), _union(spans))
        return list(out.values())


# ---------------------------------------------------------------------------- stances

_NEG = re.compile(
    r"\b(?:not|never|no longer|n't|cannot|refus\w*)\W+(?:\w+\W+){0,2}$", re.IGNORECASE
)
_REMOVE_RE = (
    r"\b(?:lift(?:s|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|"
    r"abandon(?:s|ed|ing)?|remov(?:e|es|ed|ing)|waiv(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|"
    r"pull(?:s|ed|ing)?|rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?|end(?:s|ed|ing)?|"
    r"overc(?:ome|omes|ame|oming)|"
    r"(?:give|gives|gave|given|giving) up|(?:set|sets|setting|put|puts|putting) aside)"
    r"\s+(?:(?:its|his|her|their|the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?"
)
# Removing what stands in the way is support, removing one's backing is opposition; these
# come first so that "dropped the veto" is not read as "veto".
_CUES = [
    (
        SUPPORT,
        re.compile(
            _REMOVE_RE + r"(?:veto(?:es)?|objections?|block(?:ade)?|holds?|reservations?|"
            r"opposition|resistance|misgivings|qualms|(?:veto|blocking) threats?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        SUPPORT,
        re.compile(
            r"\b(?:veto(?:es)?|objections?|block(?:ade)?|holds?|reservations?|opposition|"
            r"resistance|misgivings|qualms)\s+"
            r"(?:was|were|is|are|has been|have been|had been)\s+(?:lifted|dropped|withdrawn|"
            r"removed|waived|abandoned|rescinded|retracted|eased|set aside|given up)\b",
            re.IGNORECASE,
        ),
    ),
    (
        OPPOSE,
        re.compile(
            _REMOVE_RE + r"(?:support|backing|endorsement|approval|consent|blessing)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # staying out of what was decided ("will not take part in", "opted out", "sat out"):
        # an abstention (see _ABSTAIN_CUE)
        AMBIVALENT,
        re.compile(
            r"\b(?:(?:not|neither) (?:take part|participate)|opt(?:s|ed|ing)? out|"
            r"(?:sat|sits?|sitting) out|stay(?:s|ed|ing)? out|step(?:s|ped|ping)? aside|"
            r"refrain(?:s|ed|ing)? from voting|declin(?:e|es|ed|ing) to vote)\b",
            re.IGNORECASE,
        ),
    ),
    (
        OPPOSE,
        re.compile(
            r"\b(?:oppos(?:e|es|ed|ing)|opposition to|object(?:s|ed|ing)? to|objections? to|"
            r"block(?:s|ed|ing)?|veto(?:es|ed|ing)?|threaten(?:s|ed)? (?:a|to) veto|"
            r"reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|against|condemn(?:s|ed)?|"
            r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|ruled out|rules out|dismiss(?:es|ed)|"
            r"hostile to|break(?:s)? silence|broke silence|stand(?:s)? in the way|"
            # retaliation: a stance only for states outside the body (see _to_stances)
            r"counter-?measures?|counter-?sanctions|retaliat(?:e|es|ed|ion|ory)|reprisals?|"
            r"torpedo(?:es|ed|ing)?|scupper(?:s|ed|ing)?|derail(?:s|ed|ing)?|thwart(?:s|ed|ing)?|"
            r"slam(?:s|med|ming)?|lambast(?:e|es|ed|ing)?|assail(?:s|ed|ing)?|"
            r"castigat(?:e|es|ed|ing)|ba(?:u)?lk(?:s|ed|ing)? at|turn(?:s|ed|ing)? down)\b",
            re.IGNORECASE,
        ),
    ),
    (
        SUPPORT,
        re.compile(
            r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed)|"
            r"champion(?:s|ed)?|in favou?r of|favou?r(?:s|ed)?|push(?:es|ed)? for|"
            r"call(?:s|ed)? for|approv(?:e|es|ed)|agree(?:s|d)? to|vot(?:e|es|ed) for|"
            r"prais(?:e|es|ed)|embrac(?:e|es|ed)|sponsor(?:s|ed)?|proposed|requested|"
            r"spoke up for|argued for|lobbied for|sign(?:s|ed)? (?:up|on)|fell in line|"
            r"c(?:a|o)me (?:round|around|on board)|"
            r"(?:introduc|present)(?:e|es|ed|ing) (?:the|its|their|a) (?:draft )?"
            r"(?:resolution|draft|text|motion)|spearhead(?:s|ed|ing)?|laud(?:s|ed|ing)?|"
            r"relent(?:s|ed|ing)?|acquiesc(?:e|es|ed|ing)|push(?:es|ed|ing)? through|"
            r"(?:threw|throws?|thrown|throwing) (?:its|their|his|her) (?:full )?weight behind|"
            r"(?:gave|gives?|given|giving) (?:its|their|his|her|the) (?:green light|go-ahead|"
            r"blessing|consent)|rall(?:y|ies|ied|ying) behind)\b",
            re.IGNORECASE,
        ),
    ),
    (
        AMBIVALENT,
        re.compile(
            r"\b(?:undecided|reservations?|cautious(?:ly)?|non-?committal|"
            r"(?:has|have)(?: not|n't) (?:yet )?decided|open to|mixed (?:signals|feelings)|"
            r"wait[- ]and[- ]see|on the fence|hedg(?:e|es|ed|ing)|abstain(?:s|ed|ing)?|"
            r"scepti(?:cal|cism)|skepti(?:cal|cism)|ambivalent|"
            r"(?:raised|expressed|voiced) (?:\w+ )?(?:concerns?|doubts?)|"
            r"declined to (?:say|comment|take a position)|neither (?:for|backed|supported)|"
            r"not (?:yet )?(?:taken|made) (?:a|its|his|her|their) (?:position|decision))\b",
            re.IGNORECASE,
        ),
    ),
]
_ABSTAIN_CUE = re.compile(
    r"(?:abstain|not |neither |opt|sat |sit|stay|step|refrain|declin\w* to vote)", re.IGNORECASE
)
_RETALIATION_CUE = re.compile(r"(?:counter|retaliat|reprisal)", re.IGNORECASE)
_FLIP = {SUPPORT: OPPOSE, OPPOSE: AMBIVALENT, AMBIVALENT: None}
_PRONOUN_START = re.compile(
    r"^(?:He|She|It|They|The (?:minister|president|chancellor|"
    r"premier|spokes(?:man|woman|person)|government))\b"
)


@dataclass
class StanceCue:
    """One cue in one sentence, attributed to an actor."""

    actor: str
    stance: str
    cue: str
    sentence: str
    negated: bool = False
    past: bool = False  # "which had resisted", "initially opposed": an earlier stance


def _cues(sentence: str) -> list[tuple[int, int, str, str, bool]]:
    found = []
    taken: list[tuple[int, int]] = []
    for stance, rx in _CUES:
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "threatened to veto" already counted; "abstain" inside another cue
            taken.append(m.span())
            negated = bool(_NEG.search(sentence[: m.start()]))
            s = _FLIP[stance] if negated else stance
            if s is not None:
                found.append((m.start(), m.end(), s, m.group(), negated))
    return sorted(found)


_REACTION = re.compile(r"(?:welcom|prais|embrac|criticis|criticiz|condemn|dismiss)", re.IGNORECASE)
_AGAINST_PROPOSAL = re.compile(
    r"\s+(?:the|its|their|his|her|this|that|a|an)?\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:veto|vetoes|delay|delays|failure|blocking|blockage|obstruction|deadlock|"
    r"postponement|objections?|holdout|impasse|stalemate)\b",
    re.IGNORECASE,
)


# "the veto", "a veto", "Russia's veto", "the Russian veto": the noun, not the verb
_VETO_NOUN = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those)|['’]s)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Verbs that make the veto the subject's own: "cast its veto", "used the veto"
_CARRIED = re.compile(
    r"\b(?:cast(?:s|ing)?|us(?:e|es|ed|ing)|wield(?:s|ed|ing)?|exercis(?:e|es|ed|ing)|"
    r"threaten(?:s|ed|ing)?|invok(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|deploy(?:s|ed|ing)?)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Companions right after a cue share it: "voted against, joined by Belarus and Syria".
_COMPANION = re.compile(
    r"[^,.;:]{0,40}?,?\s*(?:joined by|alongside|together with|"
    r"along with|as well as)\s+",
    re.IGNORECASE,
)
# An earlier stance: "which had long resisted", "who had threatened to", "initially opposed"
_EARLIER = re.compile(
    r"\b(?:had|initially|previously|originally|once|earlier)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Nouns a demonym describes that are places or people, not the state acting: "occupied
# Palestinian territory", "Ukrainian airspace", "Israeli settlements".  The word-order reader
# would give such a mention the cue that follows it; the dependency reader needs no such list.
_NOT_AGENTS = re.compile(
    r"\s+(?:territory|territories|airspace|soil|land|lands|towns?|cities|city|villages?|"
    r"people|civilians|refugees|flag|state|settlements?|settlers|cause)\b"
)


def stances(sents: list[tuple[int, str]], mentions: list[Mention]) -> list[StanceCue]:
    """Attribute each stance cue to the actors named in its clause.

    Actors between the previous cue (or the sentence start) and the cue get it; in the
    passive ("was backed by Canada and Italy") the actors after "by" get it instead.  A
    sentence opening with a pronoun ("He said ...") with no actor of its own inherits the
    single actor of the sentence before.
    """
    out: list[StanceCue] = []
    by_sentence: list[list[Mention]] = []
    ms = sorted(mentions, key=lambda m: m.start)
    for start, sent in sents:
        end = start + len(sent)
        by_sentence.append(
            [
                m
                for m in ms
                if start <= m.start < end
                and m.actor
                and not (m.how == "demonym" and _NOT_AGENTS.match(sent, m.end - start))
            ]
        )
    prev_actors: list[str] = []
    for (start, sent), mlist in zip(sents, by_sentence):
        local = [(m.start - start, m.end - start, m.actor) for m in mlist if m.actor]
        cues = _cues(sent)
        if (
            not local
            and cues
            and prev_actors
            and len(set(prev_actors)) == 1
            and _PRONOUN_START.match(sent)
        ):
            local = [(0, 0, prev_actors[0])]
        last_end = 0
        prev_past: list[str] = []
        for k, (a, b, stance, text, negated) in enumerate(cues):
            nxt = cues[k + 1][0] if k + 1 < len(cues) else len(sent)
            if _REACTION.match(text) and _AGAINST_PROPOSAL.match(sent[b:]):
                # "welcomed the delay" opposes the proposal; "criticised the veto" supports it
                stance = {SUPPORT: OPPOSE, OPPOSE: SUPPORT}.get(stance, stance)
            passive = re.match(r"\s+(?:\w+\s+){0,1}by\b", sent[b:])
            veto_noun = _VETO_NOUN.search(sent[:a]) and text.lower() in ("veto", "vetoes")
            commented = bool(veto_noun) and not _CARRIED.search(sent[max(0, a - 40) : a])
            if commented:
                # "called the veto a disgrace": a veto commented on is its owner's only,
                # the actor just before it ("Russia's veto", "the Russian veto"), else nobody's
                who = [act for s, e, act in local if a - 4 <= e <= a]
            elif passive:
                who = [act for s, e, act in local if b <= s < nxt]
            else:
                who = [act for s, e, act in local if last_end <= s and e <= a]
                if not who and k == 0:  # "Backing the plan, France said ..."
                    who = [act for s, e, act in local if b <= s < nxt][:1]
            with_ = _COMPANION.match(sent[b:nxt])
            if with_ and who:
                # "voted against, joined by Belarus and Syria", "abstained alongside Chile"
                end = b + with_.end()
                who += [act for s, e, act in local if end <= s < nxt and act not in who]
            past = bool(_EARLIER.search(sent[max(0, a - 30) : a]))
            if not who and prev_past and not commented:
                # "Spain, which had opposed it, backed it": the earlier stance's owner acts again
                who = prev_past
            for act in dict.fromkeys(who):
                out.append(StanceCue(act, stance, text, sent, negated, past))
            prev_past = list(who) if past else []
            last_end = b
        if mlist:
            prev_actors = [m.actor for m in mlist if m.actor]
        elif not _PRONOUN_START.match(sent):
            prev_actors = []
    return out


def _verdict(cues: list[StanceCue]) -> str:
    """One stance from an actor's cues: a clear majority, else ambivalent."""
    count = Counter(c.stance for c in cues)
    top, n = count.most_common(1)[0]
    if sum(1 for v in count.values() if v == n) > 1:
        return AMBIVALENT
    if top != AMBIVALENT and count[SUPPORT] and count[OPPOSE]:
        return AMBIVALENT if count[SUPPORT] == count[OPPOSE] else top
    return top


# ------------------------------------------------------------------------------- draft

_STOP = {
    "drafted",
    "prepared",
    "tabled",
    "sponsored",
    "proposed",
    "presented",
    "submitted",
    "put",
    "forward",
    "a",
    "an",
    "the",
    "its",
    "their",
    "of",
    "on",
    "in",
    "for",
    "to",
    "and",
    "or",
    "that",
    "which",
    "would",
    "have",
    "has",
    "had",
    "be",
    "been",
    "is",
    "was",
    "with",
    "by",
    "at",
    "as",
    "from",
    "this",
    "these",
    "it",
    "into",
    "so",
    "could",
    "should",
    "will",
    "all",
    "any",
    "new",
    "resolution",
    "draft",
    "text",
    "security",
    "council",
    "un",
    "eu",
    "nato",
    "called",
    "calling",
    "calls",
    "call",
    "proposal",
    "general",
    "assembly",
    "member",
    "states",
    "demanded",
    "demanding",
    "demands",
    "condemning",
    "condemned",
    "deploring",
    "deplored",
    "welcoming",
    "urging",
    "urged",
    "set",
    "out",
    "whose",
    "what",
}
_PROPOSAL_RE = re.compile(
    # the determiner may open the sentence: "A US draft calling for elections ..."
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\b(?P<owner>[A-Z][\w-]*['’]s)"
    r"|\bto\s+(?:open|adopt|"
    r"approve|impose|extend|lift|suspend|send|grant|renew|launch|create|set up))\s+"
    r"((?:(?!(?:a|an|the|its|their|his|her|that|which)\b)[\w'’-]+\s+){0,4}"
    r"(?:resolution|draft|text|law|regulation|package|deal|plan|proposal|bid|agreement|ban|"
    r"duties|tariffs|ceasefire|truce|pauses|sanctions|facility|reform|directive|treaty|"
    r"membership|accession|negotiations|talks|revision|target|nomination|appointment|"
    r"suspension|declaration|overhaul|mechanism|mission|programme|decision|protocol|regime|"
    r"renewal|extension|candidacy|budget|fund|strategy|pact|compact))\b"
    r"((?:,?\s+(?:that would(?: have)?|which would(?: have)?|calling|demanding|condemning|"
    # what the text asks of others: "a resolution urging countries to act ..."
    r"urging|asking|requesting|"
    r"(?:drafted|prepared|tabled|sponsored|proposed|presented|submitted|put forward) by|"
    r"deploring|welcoming|on|to|for|against|of|with|that|in)\b)[^,.;:—]{0,90})?",
)
_QUOTED_TITLE = re.compile(r"\b(?:titled|entitled|called|named)\s+[\"“]([^\"”]{3,90})[\"”]")
# A proposal that is not this article's ("a similar text", "an earlier draft") or a head noun
# too general to name it ("a decision that needed every member state").
_OTHER_PROPOSAL = re.compile(
    r"\b(?:similar|earlier|previous|rival|another|separate|alternative|own|"
    r"first|second|third|last|new)\b",
    re.IGNORECASE,
)
_GENERIC_HEADS = {"decision", "text", "plan", "deal", "package", "draft", "mechanism", "target"}
# A decision that is one state's or person's own act, which the council answers or deplores:
# "answering President Charles de Gaulle's decision to take French forces out" (32-21), "had
# deplored the American decision" (31-28).  Not the council's own ("the Council's decision")
# nor a state's membership or a person's nomination ("Sweden's membership").
_OWN_ACT_HEADS = {"decision", "move", "refusal", "choice", "withdrawal", "veto"}
_DECIDER_OWNERS = {"council", "assembly", "nato", "eu", "union", "community", "alliance", "bloc"}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ch|i)$")


# The council's censure of another's act, right before it ("condemned Iraq's decision",
# "had deplored the American decision"): the act so named is what the council decides on.
_CENSURE_BASE = {
    "condemned": "Condemn",
    "condemning": "Condemn",
    "deplored": "Deplore",
    "deploring": "Deplore",
    "censured": "Censure",
    "denounced": "Denounce",
    "rejected": "Reject",
}
_CENSURED_BY = re.compile(
    r"\b(" + "|".join(_CENSURE_BASE) + r")\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)


def _someones_act(owner: str | None, noun_phrase: str) -> bool:
    words = noun_phrase.split()
    if not words or words[-1].lower() not in _OWN_ACT_HEADS:
        return False
    if owner:
        return re.sub(r"['’]s$", "", owner).lower() not in _DECIDER_OWNERS
    first = words[0]
    return len(words) == 2 and first != "European" and _DEMONYM.match(first) is not None


_TRAILING = {
    "and",
    "or",
    "that",
    "to",
    "for",
    "of",
    "the",
    "a",
    "an",
    "in",
    "with",
    "by",
    "on",
    "would",
    "have",
    "which",
    "its",
    "their",
    # the sentence's own verb after the subject ("A plan to tax ... across the Union was")
    "was",
    "were",
    "is",
    "are",
}
_WHEN = re.compile(
    r"\s*\b(?:on|last|this|late on|early on)\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


def _slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(s) > limit:  # cut at a word boundary, never mid-word
        s = s[: limit + 1].rsplit("-", 1)[0] if "-" in s[: limit + 1] else s[:limit]
    return s.strip("-") or "issue"


def _short_id(title: str, words: int = 4) -> str:
    """A readable issue id: the first content words of the title ("gaza-humanitarian-pauses")."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]s\b", "", ascii_text)  # "Sweden's bid" -> sweden-bid
    toks = [t for t in re.findall(r"[a-z0-9]+", ascii_text.lower()) if t not in _STOP]
    if len(toks) == 1:  # "US draft calling for new ...": "us-draft-calling", not "us"
        toks = [
            t
            for t in re.findall(r"[a-z0-9]+", ascii_text.lower())
            if t not in ("a", "an", "the", "its", "their", "of", "for", "on", "to")
        ][:3]
    return _slug("-".join(dict.fromkeys(toks[:words]))) if toks else "proposal"


def _words(text: str, n: int) -> str:
    parts = text.split()
    return " ".join(parts[:n]) + (" ..." if len(parts) > n else "")


# Where a headline that names two decisions passes from the first to the next: "U.N. extends
# mission, lifts embargo", "Assembly backs plan and seats envoy", "... pact as leaders seal fund"
_HEADLINE_NEXT = re.compile(r"\s*[,;]\s+|\s+(?:and|as|while|but)\s+")


def _headline_first(headline: str) -> str:
    """A headline's first decision: its words up to the first comma or joining word after
    three words at least ("U.N. extends Golan mission, lifts arms embargo" -> "U.N. extends
    Golan mission"); the whole headline when none."""
    for m in _HEADLINE_NEXT.finditer(headline):
        if len(headline[: m.start()].split()) >= 3:
            return headline[: m.start()]
    return headline


def _headline_part_apart(headline: str, others: list[str | None]) -> str | None:
    """The one part of a headline naming two or more decisions ("Assembly shelves Australian
    amendment, then condemns U.S. embargo on Cuba") that shares no content word with the
    other decisions' words, without its joining "then"; None unless exactly one part does."""
    cuts = [0, *(x for m in _HEADLINE_NEXT.finditer(headline) for x in m.span()), len(headline)]
    parts = [headline[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
    if len(parts) < 2:
        return None
    words = [_stems(o) for o in others if o]
    apart = [p for p in parts if len(p.split()) >= 3 and not any(_stems(p) & w for w in words)]
    if len(apart) != 1:
        return None
    return re.sub(r"^(?:then|and then|later)\s+", "", apart[0].strip(), flags=re.IGNORECASE)


def _headline_part_before(
    headline: str, sents: list[tuple[int, str]], lede: int, second_at: int
) -> str | None:
    """The part of a headline naming two decisions ("Assembly keeps Peking out, makes China's
    seat an important question") that the sentences telling the main text, before a second
    text is named at ``second_at``, share the most words with, less those it shares with that
    second text's sentence; None unless one part scores best, above nothing."""
    cuts = [0, *(x for m in _HEADLINE_NEXT.finditer(headline) for x in m.span()), len(headline)]
    parts = [headline[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
    if len(parts) < 2 or not lede < second_at - 1 < len(sents):
        return None
    main = _stems(" ".join(sent for _, sent in sents[lede + 1 : second_at]))
    second = _stems(sents[second_at][1])
    scores = [len(_stems(p) & main) - len(_stems(p) & second) for p in parts]
    best = max(scores)
    if best <= 0 or scores.count(best) != 1:
        return None
    part = parts[scores.index(best)].strip()
    return re.sub(r"^(?:then|and then|later)\s+", "", part, flags=re.IGNORECASE)


# A headline or lead names the act ("EU leaders defer asylum overhaul to next June", "Russia
# vetoes US text on Syria chemical attack", "UN bans arms sales to Yugoslavia"); the issue is
# the proposal, whatever was done with it (issue 13's scope: "an issue id and title from the
# proposal, not the headline").  The verbs a council's act is told by, with the kind of act:
# "take" (the object is the proposal: adopted, backed, blocked, put off), "do" (the verb is the
# proposal: banned, extended: "Ban arms sales ...").  Irregular past forms are listed.
_TAKE_ACTS = (
    "adopt approve pass back endorse agree seal clear accept embrace rubber-stamp "
    "block veto reject kill sink thwart stall torpedo scupper refuse "
    "defer delay postpone shelve"
)
_DO_ACTS = (
    "ban extend impose order condemn demand lift admit invite urge authorize authorise "
    "create establish launch renew expand suspend recognise recognize seat expel slap tighten "
    "ease open start deploy refer grant declare reaffirm cut raise elect appoint "
    "strengthen add blacklist freeze uphold toughen send set"
)
_ACT_IRREGULAR = {"sent": "send", "set": "set", "cut": "cut", "sank": "sink",
                  "sunk": "sink", "upheld": "uphold", "froze": "freeze", "frozen": "freeze"}  # fmt: skip
# the acts told in two or three words, each form with its kind and base ("voted down": take)
_MULTI_WORD_ACTS = {
    form: (kind, base)
    for kind, base, forms in (
        ("take", "put off", ("put off", "puts off")),
        ("take", "vote down", ("vote down", "votes down", "voted down")),
        ("take", "sign off on", ("sign off on", "signs off on", "signed off on")),
        ("take", "hold off on", ("hold off on", "holds off on", "held off on")),
        ("take", "push back", ("push back", "pushes back", "pushed back")),
        (
            "take",
            "fail to agree on",
            ("fail to agree on", "fails to agree on", "failed to agree on"),
        ),
        ("take", "fail to adopt", ("fail to adopt", "fails to adopt", "failed to adopt")),
        ("take", "fail to approve", ("fail to approve", "fails to approve", "failed to approve")),
        ("take", "fail to back", ("fail to back", "fails to back", "failed to back")),
        ("take", "fail to pass", ("fail to pass", "fails to pass", "failed to pass")),
        ("do", "call for", ("call for", "calls for", "called for")),
        # "Turkey lifts hold on Baltic defence plans": the plans are the proposal
        *(
            (
                "take",
                f"lift {what} on",
                tuple(
                    f"{v} {w}{what} on"
                    for v in ("lift", "lifts", "lifted")
                    for w in ("", "its ", "their ")
                ),
            )
            for what in ("hold", "veto", "block", "objection", "objections")
        ),
        ("do", "set up", ("set up", "sets up")),
    )
    for form in forms
}


def _act_forms() -> dict[str, tuple[str, str]]:
    """{verb form: (kind, base)} for the acts above, regular forms made here."""
    forms: dict[str, tuple[str, str]] = {}
    for kind, verbs in (("take", _TAKE_ACTS), ("do", _DO_ACTS)):
        for base in verbs.split():
            stem = base.removesuffix("e")
            # a short verb ending consonant-vowel-consonant doubles it: "banned", "slapped"
            double = (
                len(base) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", base) is not None
            )
            past = base + base[-1] + "ed" if double else stem + "ed"
            if base.endswith("y") and base[-2] not in "aeiou":
                past, third = base[:-1] + "ied", base[:-1] + "ies"
            elif base.endswith(("s", "sh", "ch", "x", "o")):
                third = base + "es"
            else:
                third = base + "s"
            for form in (base, third, past):
                forms.setdefault(form, (kind, base))
    for form, base in _ACT_IRREGULAR.items():
        forms[form] = ("take" if base in _TAKE_ACTS.split() else "do", base)
    return forms


_ACT_FORMS = _act_forms()
# a "take" act with "to" after it is the proposal's own verb: "agrees to extend", "votes to lift"
_ACT_TO = re.compile(
    # (a time between: "agreed early on Friday to relocate", "in the early hours of Monday")
    r"^(?:agree[sd]?|vote[sd]?|decide[sd]?|move[sd]?)\s+(?:(?!to\b)[\w,]+\s+){0,6}?"
    r"to\s+(\w+)\s+(.+)$",
    re.IGNORECASE,
)
# what follows the proposal in a headline: when, why and what came of it
_ACT_TAIL = re.compile(
    r"\s+(?:after|as|amid|despite|while|but|until|till|in (?:a |the )?(?:procedural )?vote)\b.*$"
    r"|\s+by\s+(?:a\s+vote\s+of\s+)?\d+\s+(?:votes?\b|to\b).*$"
    r"|\s+(?:to|for)\s+(?:next|later|the next|another|a later|(?:\w+\s+)?(?:months?|weeks?|"
    r"years?|days?)|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|spring|summer|autumn|winter|20\d\d|19\d\d)\b.*$",
    re.IGNORECASE,
)
_ACT_SUBJECT_WORDS = 7  # the deciders before the act: "Ministers at the Council" and the like
# a headline's opening about someone, then the deciders' act: "Thatcher isolated as ..."
_AS_THE_ACT = re.compile(r"(?:\w+\s+){0,2}?as\s+(\S.*)$")


# the words a headline's or lead's deciders are told in besides names ("EU leaders", "Four
# eastern states", "Ministers at the Council", "The Security Council on Friday"); any other
# lowercase word before an act is a verb of its own ("UN threatens Sudan with flight ban")
_SUBJECT_WORDS = {
    "leaders", "ministers", "states", "allies", "governments", "members", "member", "countries",
    "nations", "partners", "envoys", "diplomats", "committee", "council", "assembly", "zone",
    "eastern", "western", "northern", "southern", "divided", "economic", "foreign", "defence",
    "defense", "finance", "interior", "world", "other", "at", "the", "of", "and", "on", "in",
    "its", "last", "late", "early", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "unanimously", "finally", "again", "formally",
}  # fmt: skip


def proposal_of_act(line: str) -> str | None:
    """The proposal a headline or lead names by the act taken on it, None when it names none
    within its first words: "EU leaders defer asylum overhaul to next June after Lampedusa"
    -> "Asylum overhaul"; "Russia vetoes US text on Syria chemical attack" -> "US text on
    Syria chemical attack"; "UN bans arms sales to Yugoslavia over Kosovo crackdown" -> "Ban
    arms sales to Yugoslavia over Kosovo crackdown"; "Council votes to extend mission" ->
    "Extend mission".  The deciders (the subject: names and the words of ``_SUBJECT_WORDS``)
    are left out, and so is a second act ("..., China abstains") and what follows the
    proposal (when, why, what came of it).  A past form is an act only in a lead ("The
    Council on Friday adopted ..."); in a headline it is a passive ("Mission extended")."""
    lead = _DATELINE.match(line) is not None
    words = _undated(line).strip().split()
    for k in range(1, min(len(words), _ACT_SUBJECT_WORDS + 1)):
        to = _ACT_TO.match(" ".join(words[k:]))
        if to and to.group(1).lower() in _ACT_FORMS:  # "Council votes to extend mission"
            return _act_phrase("do", _ACT_FORMS[to.group(1).lower()][1], to.group(2))
        if to and to.group(1).isalpha():
            # any verb the deciders agreed to ("agreed early on Friday to relocate 40,000
            # asylum seekers"): its own phrase, not the time before it
            return _act_phrase("do", to.group(1).lower(), to.group(2))
        found = None
        for n in (4, 3, 2):  # the longest act first: "lifts its hold on" before "lifts"
            form = " ".join(w.lower() for w in words[k : k + n])
            if form in _MULTI_WORD_ACTS:
                found = (*_MULTI_WORD_ACTS[form], form, words[k + n :])
                break
        word = words[k].lower().strip(",")
        if found is None and word in _ACT_FORMS:
            found = (*_ACT_FORMS[word], word, words[k + 1 :])
        if found is None:
            if words[k][:1].islower() and word.strip(".,") not in _SUBJECT_WORDS:
                # a verb of another kind: "Hungary relents", "UN caps ..."; but a headline
                # telling first what the decision did to someone goes on to the act after
                # "as" ("Thatcher isolated as EC leaders adopt workers' charter": 32-17)
                after = _AS_THE_ACT.match(" ".join(words[k + 1 :])) if not lead else None
                return proposal_of_act(after.group(1)) if after else None
            continue
        kind, base, form, rest = found
        verb = form.split()[0]
        if not lead and verb != base.split()[0] and not verb.endswith("s"):
            return None  # a headline's passive: "EU naval mission off Libya extended"
        # a base form ("ban", "defer") is a verb only after a plural subject ("EU leaders
        # defer", "Hungary and Poland veto"), and a noun before a preposition ("UN arms ban
        # on Iran stays" names no act)
        subject = [w.lower() for w in words[:k]]
        if form == base and not (
            any(len(w) > 3 and w.endswith("s") for w in subject) or "and" in subject
        ):
            continue
        body = " ".join(rest)
        if form == base and re.match(r"(?:on|of|for|in|at|with|to)\s", body):
            continue  # "ban on", "set to approve": no act of their own
        return _act_phrase(kind, base, body)
    return None


# where a headline passes to a second act or to what came of the first: "..., China
# abstains", "; Havana casts lone no", "and seats envoy" (an act after "and" only: "trade and
# flight ban" is one object)
_ACT_ALTERNATION = "|".join(sorted([*_ACT_FORMS, *_MULTI_WORD_ACTS], key=len, reverse=True))
_ACT_NEXT = re.compile(
    r"\s*;\s+.*$"
    # after a comma, anything but a list going on ("US, French and British strikes"): another
    # act (", lifts arms embargo"), a reaction (", China abstains"), a count (", 116 to 2")
    r"|\s*,\s+(?!(?:\S+\s+){0,2}(?:and|or)\s).*$"
    # ... or a list of members ending in what they did (", Russia and China abstain")
    r"|\s*,\s+(?:\S+\s+){1,4}(?:abstain|object|dissent|disagree|refuse|oppose|stay|walk)s?\b.*$"
    # after ", and", a lead's second act in the past ("..., and on Monday signed a pact")
    r"|\s*,\s+and\s+(?:\S+\s+){0,3}?[a-z]+ed\b.*$"
    # after "and", another act: "... and seats envoy", "... and hands oil revenue to ..."
    rf"|\s+(?:and|then)\s+(?:(?:{_ACT_ALTERNATION})\b|[a-z]+s\s).*$"
    # ... or a plural subject's second act in the base form ("EC leaders adopt workers' charter
    # and call monetary union talks")
    r"|\s+and\s+(?:call|convene|summon|name|pick|choose|give|keep|drop|ask|seek)\s.*$"
)


# acts whose object is named "as" something: "declares cyberspace as a domain", "sets a day as"
_AS_COMPLEMENT = {"set", "declare", "appoint", "elect", "recognise", "recognize"}


def _act_phrase(kind: str, base: str, body: str) -> str | None:
    """The proposal named by an act's object: the object itself when the act was taken on it
    ("take": adopted, blocked, put off), the act with its object when it is the proposal
    ("do": "Ban arms sales to Yugoslavia"); None when the object is a pronoun or nothing."""
    # (a lead's time before the object: "agreed on Friday that ...", "added on Monday ...")
    body = _WHEN.sub("", body, count=1).strip() if _WHEN.match(body) else body
    if re.match(r"that\b", body, re.IGNORECASE):
        return None  # what they agreed in a clause names no proposal
    body = _ACT_NEXT.sub("", body)
    if base in _AS_COMPLEMENT:  # "sets 27 January as remembrance day": "as" is the act's own
        body = re.sub(r"\s+as\s+", " as_kept ", body, count=1)
    body = _ACT_TAIL.sub("", body).replace(" as_kept ", " as ").strip(" ,;:-").rstrip(".")
    if kind == "take":
        body = re.sub(r"^(?:on|to|with)\s+", "", body, flags=re.IGNORECASE)
    body = re.sub(r"^(?:a|an|the)\s+", "", body, flags=re.IGNORECASE)
    if not body or body.lower() in {"it", "them", "this", "that"} | _GENERIC_HEADS:
        return None  # "backs plan": the headline says more than its one word
    phrase = body if kind == "take" else f"{base} {body}"
    return phrase[0].upper() + phrase[1:]


# a lead act that puts the proposal off or blocks it names the delay, not the proposal
_PUTTING_OFF = re.compile(
    r"(?:postpone|defer|delay|shelve|put off|push back|hold off|block|veto|reject|suspend talks)\b",
    re.IGNORECASE,
)


def proposal_title(
    sents: list[tuple[int, str]], headline: str, first_only: bool = False
) -> tuple[str, str]:
    """(issue id, title) for the article's main proposal, from its opening sentences: a quoted
    title ('titled "Aggression against Ukraine"'), else the first proposal noun phrase with what
    it calls for ("a Security Council resolution that would have called for humanitarian
    pauses ..."), preferring specific ones over "a decision" or "a similar text"; else the
    headline (``first_only``, when the article reports other decisions too: only the
    headline's first one).  Whole words only."""
    # a first line with a dateline is the lead, not a headline: it is read like the others
    lead_first = _DATELINE.match(headline) is not None
    opening = [s for _, s in sents[:3] if lead_first or s.strip() != headline.strip()]
    for sent in opening:
        q = _QUOTED_TITLE.search(sent)
        if q:
            title = _words(q.group(1).strip(), 14)
            return _short_id(title), title[0].upper() + title[1:]
    found: list[tuple[bool, str, str]] = []
    found_in: list[int] = []  # the opening sentence each was found in
    for at, sent in enumerate(opening):
        for m in _PROPOSAL_RE.finditer(sent):
            np_ = m.group(2).strip()
            if _OTHER_PROPOSAL.search(np_):
                continue
            censure = None
            if _someones_act(m.group("owner"), np_):
                # another's act is the proposal only as what the council condemns ("condemned
                # Iraq's decision to stop cooperating" -> "Condemn Iraq's decision ...": 32-04)
                # (in the lead only: a censure told later is a further decision, as in g17)
                censure = _CENSURED_BY.search(sent, 0, m.start()) if sent == opening[0] else None
                if censure is None:
                    continue
            if m.group("owner"):  # "Sweden's NATO membership"
                np_ = f"{m.group('owner')} {np_}"
            rest = _WHEN.sub("", m.group(3) or "").strip(" ,")
            if re.match(r"to\s+(?:its|the|a|an|their|his|her)\b", rest):
                rest = ""  # "to its parliament": where it goes, not what it is
            if (
                m.group(3)
                and len(m.group(3)) > 90
                and m.end() < len(sent)
                and (sent[m.end()].isalnum())
            ):
                rest = rest.rsplit(" ", 1)[0]  # the pattern stopped mid-word
            words = (np_ + (" " + rest if rest else "")).split()[:16]
            while len(words) > 1 and words[-1].lower() in _TRAILING:
                words.pop()
            if censure is not None:
                det = m.group(0).split()[0] if not m.group("owner") else ""
                act = _CENSURE_BASE[censure.group(1).lower()]
                words = [act, *([det.lower()] if det else []), *words][:16]
                np_ = f"{act} {np_}"
            head = np_.split()[-1].lower()
            specific = head not in _GENERIC_HEADS or len(np_.split()) > 1 or bool(rest)
            found.append((specific, np_ + " " + rest, " ".join(words)))
            found_in.append(at)
    best = next((f for f in found if f[0]), found[0] if found else None)
    lead_act = proposal_of_act(opening[0]) if opening else None
    if lead_act is not None and _PUTTING_OFF.match(lead_act):
        lead_act = None  # "Postpone a decision on ...": the delay, not the proposal
    if lead_act is not None and best is not None:
        at = found_in[found.index(best)]
        lead = opening[0].lower()
        # where the act's object starts in the lead, and the proposal noun
        object_at = lead.find(" ".join(lead_act.lower().split()[1:3]))
        noun_at = lead.find(best[1].split()[0].lower())
        if (
            at == 0
            and 0 <= object_at < noun_at
            # (not a second act's: "condemned the air strikes ... but dropped an explicit
            # threat of sanctions", a18)
            and not re.search(r"\bbut\b|;", lead[object_at:noun_at])
        ):
            # the lead's own act names the decision better than a proposal noun told after
            # it or inside its object ("voted to tighten sanctions on Serbia ... unless the
            # Bosnian Serbs sign the Vance-Owen peace plan", not "Vance-Owen peace plan")
            best = (True, lead_act, _words(lead_act, 16))
    if best is not None:
        _, basis, title = best
        return _short_id(basis), title[0].upper() + title[1:]
    if first_only:
        headline = _headline_first(headline)
    headline = _undated(headline)
    title = _words(headline, 14) if headline else "Proposal"
    return _short_id(title), title


# words that leave a title as vague as its head noun ("Immediate decision", "Draft resolution")
_VAGUE_TITLE_WORDS = {"immediate", "final", "formal", "quick", "swift", "binding", "non-binding",
                      "non", "joint", "common", "proposed", "revised", "draft", "resolution"}  # fmt: skip
# praise or weight, which says nothing of what was decided ("Historic decision"): the headline's
# first part names it better, even where it tells no act ``proposal_of_act`` reads
_PRAISE_TITLE_WORDS = {"historic", "landmark", "key", "major", "crucial", "important",
                       "controversial", "long-awaited", "unprecedented", "momentous"}  # fmt: skip


# what follows a headline's decision: when and why it was taken ("... after all-night fight")
_HEADLINE_WHY = re.compile(r"\s+(?:after|amid|despite|following)\s+", re.IGNORECASE)


def _as_proposal(iid: str, title: str, headline: str, first_only: bool) -> tuple[str, str]:
    """(issue id, title) named by the proposal when ``proposal_title`` fell back on the headline
    as it stands ("EU leaders defer asylum overhaul to next June" -> "Asylum overhaul"): the
    act the headline tells (put off, vetoed, adopted) is what was done with the issue, not the
    issue.  So too when the title is only a vague head ("Immediate decision", "Resolution"):
    the headline's proposal names it better ("Allies delay decision on Sweden's membership"
    -> "Decision on Sweden's membership").  Any other title is kept."""
    fallback = _undated(_headline_first(headline) if first_only else headline)
    content = _content(title) - _GENERIC_TITLES - _VAGUE_TITLE_WORDS
    praised = bool(content) and content <= _PRAISE_TITLE_WORDS
    vague = not content or praised
    if not fallback or (title != _words(fallback, 14) and not vague):
        return iid, title
    proposal = proposal_of_act(headline)
    if proposal is None and praised and fallback:
        # praise with no act in the headline: the headline's first part says more, without
        # when and why ("Historic decision" -> "Eleven countries named for the euro")
        named = _words(_HEADLINE_WHY.split(fallback, maxsplit=1)[0], 14)
        return _short_id(named), named
    if proposal is None:
        return iid, title
    title = _words(proposal, 14)
    # (an act's particle is no content word of the id: "Set up war crimes court" ->
    # war-crimes-court-former, not up-war-crimes-court)
    return _short_id(re.sub(r"^(?:set|sets)\s+up\s+", "", title, flags=re.IGNORECASE)), title


def _undated(line: str) -> str:
    """A line without its dateline: an article with no headline line has its lead as the
    first line ("LAKE SUCCESS, 27 June - The Council ..."), and a title or an issue id is
    made of what the lead says, not of where and when it was written."""
    cut = _DATELINE.match(line)
    return line[cut.end() :] if cut and line[cut.end() :].strip() else line


def _opens_with_other(
    decisions: list[Any],
    anchors: list[str],
    namings: list[tuple],
    sents: list[tuple[int, str]] | None = None,
) -> bool:
    """Whether the deciders' act the article opens with ("EU leaders endorsed the Brexit
    agreement", a ``topic:main`` decision read in the lead) comes before every decision
    the article names by its kind, person or state, in the text after the headline (a
    headline often names both: "EU endorses plan, extends sanctions").  In one sentence the
    words come in order: "adopted a pact ... and signed off on a rescue fund" opens with the
    pact."""
    from concilium.text.stance import MAIN

    def first(anchor: str) -> tuple[int, int] | None:
        at = [(n[3], _at_in(n[3], n[4])) for n in namings if n[0] == anchor and n[3] > 0]
        at += [(d.index, _at_in(d.index, d.text)) for d in decisions if d.anchor == anchor]
        return min((a for a in at if a[0] > 0), default=None)

    def _at_in(index: int, words: str | None) -> int:
        # where the decision's words stand in its sentence; unknown: at its end
        if not sents or not words or index >= len(sents):
            return 1 << 30
        found = sents[index][1].find(words)
        return found if found >= 0 else 1 << 30

    def headline_after(anchor: str) -> bool:
        # named in the headline alone, after its "and" ("EC gives Denmark its exemptions and
        # agrees a bigger budget for the poorer south": 32-20)
        if not sents:
            return False
        line = sents[0][1]
        told = [line.find(n[4]) for n in namings if n[0] == anchor and n[3] == 0 and n[4]]
        joined = re.search(r"\band\b", line)
        return bool(told) and joined is not None and min(told) > joined.start()

    def after(other: tuple[int, int] | None, opened: tuple[int, int]) -> bool:
        if other is None or other[0] != opened[0]:
            return (other or (0, 0)) > opened
        # in the same sentence, a second act coordinated after the first ("... and signed off
        # on a fund"), not a participle's words ("a law ..., overriding objections")
        if not sents or other[1] >= len(sents[other[0]][1]):
            return False
        return bool(re.search(r"\band\b", sents[other[0]][1][opened[1] : other[1]]))

    opened = first(MAIN)
    if opened is None or not any(d.anchor == MAIN and d.how == "body" for d in decisions):
        return False
    return all(after(first(a), opened) or (first(a) is None and headline_after(a)) for a in anchors)


def _content(text: str) -> set[str]:
    words = set(re.findall(r"[a-z]+", text.lower())) - _STOP - _GENERIC_HEADS
    return {w for w in words if len(w) > 2}


def _distinct_decisions(main_title: str, phrases: list[str | None]) -> bool:
    """Whether the later decisions are other than the main proposal: each is named by words
    (two or more: "accession negotiations with North Macedonia", "economic sanctions"; a bare
    "the package" may be the main proposal itself) of which none is in the main proposal's
    title, and none shares its kind of decision ("Brexit negotiations" and "accession
    negotiations" are both talks: not told apart, one issue)."""
    from concilium.text.stance import TOPICS

    if not phrases:
        return False
    main = _content(main_title)
    kinds = {k for k, words in TOPICS.items() if main & set(words)}
    for phrase in phrases:
        if not phrase or len(phrase.split()) < 2:
            return False
        words = _content(phrase)
        if not words or words & main:
            return False
        if kinds & {k for k, ws in TOPICS.items() if words & set(ws)}:
            return False
    return True


def _title_is_another(
    title: str, own: str | None, anchors: list[str], phrase_of: dict[str, str]
) -> bool:
    """Whether the main proposal's title shares content words with another decision's words
    and none with the words the lead's act named the main one by."""
    from concilium.text.stance import MAIN

    if not own:
        return False
    words = _stems(title)
    others = [_stems(phrase_of.get(a) or "") for a in anchors if a != MAIN]
    return bool(not words & _stems(own) and any(words & o for o in others))


# The words of a lead's act and its deciders, not of what they decided
_LEAD_ACT_WORDS = {"leader", "minister", "foreign", "defence", "approved", "agreed", "adopted",
                   "endorsed", "signed", "backed", "decided", "summit", "meeting", "monday",
                   "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
                   "today", "year", "week"}  # fmt: skip


def _lower_stems(text: str) -> set[str]:
    """``_stems`` of the words written in lower case only (no names: "Ukraine's talks" ->
    "talk")."""
    return _stems(" ".join(w for w in re.findall(r"[\w'’-]+", text) if w[:1].islower()))


def _stems(text: str) -> set[str]:
    """Content words, plural folded ("treaties" -> "treaty", "sanctions" -> "sanction")."""
    out = set()
    for w in _content(text):
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            w = w[:-1]
        out.add(w)
    return out


_NUMBER = re.compile(r"\b\d{2,5}\b")
_RESOLUTION_NUMBER = re.compile(r"\bresolution\s+(\d{2,5})\b", re.IGNORECASE)


def _number_before(sents: list[tuple[int, str]], upto: int | None) -> str | None:
    """The one resolution number the article's sentences before ``upto`` name, if one."""
    found = {n for _, sent in sents[:upto] for n in _RESOLUTION_NUMBER.findall(sent)}
    return found.pop() if len(found) == 1 else None


_NAME_WORD = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")


def _names_in(text: str | None) -> set[str]:
    """The capitalised words of a phrase that do not open it or a sentence ("freeze the
    assets of Yury Chizh" -> {"Yury", "Chizh"}): names, roughly."""
    if not text:
        return set()
    return {
        m.group()
        for m in _NAME_WORD.finditer(text)
        if m.start() > 0 and not re.search(r"[.!?:;\"“]\s*$", text[: m.start()])
    }


# the text itself, named by a definite noun, and the words of its amendments
_THE_TEXT = re.compile(r"\bthe (?:resolution|text|draft)\b", re.IGNORECASE)
_AMENDMENT_WORDS = re.compile(r"\bamend|\bchanges?\b", re.IGNORECASE)


def _act_after_cue(
    st: Any, sentence: str, acts: list[str], phrase_of: dict[str, str]
) -> str | None:
    """The act of a lead telling two or more whose words come first after the stance's cue
    (an act's verb, and a stance's, stand before its object); the last act when none does;
    None when the cue or an act's words are not found."""
    cue = next((w for w in st.cue.split() if w.lower() != "not" and w in sentence), None)
    if cue is None:
        return None
    at = sentence.find(cue)
    starts = {a: sentence.find(phrase_of.get(a) or "\0") for a in acts}
    if any(p < 0 for p in starts.values()):
        return None
    after = [a for a in acts if starts[a] > at]
    return min(after, key=starts.__getitem__) if after else max(acts, key=starts.__getitem__)


def _named_by_object(words: str | None, own: dict[str, set[str]]) -> str | None:
    """The one decision whose own words a stance's object shares, else None."""
    if not words:
        return None
    mine = _stems(words)
    hits = [a for a, ws in own.items() if ws & mine]
    return hits[0] if len(hits) == 1 else None


def _states_named(
    sents: list[tuple[int, str]], mentions: list[Mention], anchors: list[str]
) -> dict[int, str]:
    """Per sentence, the one state whose own decision (``state:`` anchor) is an issue when the
    sentence names it and no other such state."""
    own = {a.split(":", 1)[1] for a in anchors if a.startswith("state:")}
    if len(own) < 2:
        return {}
    out: dict[int, str] = {}
    starts = [start for start, _ in sents]
    named: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        if m.actor in own:
            named[bisect.bisect_right(starts, m.start) - 1].add(m.actor)
    for index, states in named.items():
        if len(states) == 1:
            out[index] = "state:" + states.pop()
    return out


def _aimed_at(
    anchors: list[str], titles: list[str], phrase_of: dict[str, str], gaz: Gazetteer, day: dt.date
) -> dict[str, str]:
    """{state: anchor} for each state named in the words of exactly one of two or more
    decisions ("sanctions against Russia", "economic sanctions on Syria"): the decision about
    it.  Not a second text (a rival draft, an amendment: named by its sponsors)."""
    from concilium.text.stance import AMENDMENT, MAIN, RIVAL

    found: dict[str, set[str]] = defaultdict(set)
    for k, a in enumerate(anchors):
        words = titles[k] if a == MAIN else phrase_of.get(a)
        if not words or a.startswith("state:"):
            continue
        for m in gaz.find(words, day):
            if m.actor:
                found[m.actor].add(a)
    return {
        actor: next(iter(on))
        for actor, on in found.items()
        if len(on) == 1 and not on & {RIVAL, AMENDMENT}
    }


_TEXT_WORDS = re.compile(
    r"\b(?:it|them|this|that|one|texts?|drafts?|resolutions?|proposals?|motions?|versions?|"
    r"amendments?|counter-\w+|plans?|alternatives?|treat(?:y|ies)|pacts?|compacts?|packages?|"
    r"deals?|agreements?|initiatives?|declarations?|documents?)\b",
    re.IGNORECASE,
)


def _on_the_question(words: str | None) -> bool:
    """Whether a stance's object (words naming no decision) is a thing, not a text nor a
    stance or block on one ("would keep its veto" on the second text is on that text)."""
    from concilium.text.stance import _DECIDER_NOUNS, _OTHERS, BLOCKING, NOUNS

    if not words or _TEXT_WORDS.search(words):
        return False
    found = re.findall(r"[\w-]+", words.lower())
    # (nor the deciders joined: "joined the thirteen others" after the second text is on it)
    return not any(w in NOUNS or w in BLOCKING or w in _OTHERS | _DECIDER_NOUNS for w in found)


def _named_by_words(sentence: str, own: dict[str, set[str]]) -> str | None:
    """The one decision whose own words a sentence shares two or more of, more than any
    other decision's, else None."""
    mine = _stems(sentence)
    hits = sorted(((len(ws & mine), a) for a, ws in own.items()), reverse=True)
    if not hits or hits[0][0] < 2 or (len(hits) > 1 and hits[1][0] >= hits[0][0]):
        return None
    return hits[0][1]


_NOMINAL_ENDS = ("ation", "ition", "ion", "ment", "al", "ing")


def _names_the_act(words: str | None, lead: str) -> bool:
    """Whether a noun phrase's head is the noun of a past-tense verb in the lead sentence:
    "the invitation" of "invited", "the approval" of "approved", "the warning" of "warned"
    (the same stem of four letters or more)."""
    if not words:
        return False
    head = re.split(r"\s+(?:of|on|for|to|by|from|with)\s+", words.lower())[0].split()
    if not head:
        return False
    noun = head[-1]
    stem = next((noun[: -len(e)] for e in _NOMINAL_ENDS if noun.endswith(e)), None)
    if stem is None or len(stem) < 4:
        return False
    return any(v[:-2] == stem or v[:-1] == stem for v in re.findall(r"[a-z]+ed\b", lead.lower()))


def _latest(last: dict[int, str], index: int) -> str | None:
    """The decision of the nearest sentence at or before ``index`` that names one."""
    before = [i for i in last if i <= index]
    return last[max(before)] if before else None


def _told_in_paragraph(last: dict[int, str], paragraph: list[int], index: int) -> bool:
    """Whether a sentence before ``index`` in its paragraph names a decision."""
    return any(i < index and paragraph[i] == paragraph[index] for i in last if i >= 0)


def _in_paragraph(
    last: dict[int, str],
    head_named: dict[int, str],
    paragraph: list[int],
    index: int,
    bounded: Collection[str] = (),
    released: Collection[int] = (),
) -> str | None:
    """:func:`_latest`, with the decisions sentences of ``index``'s paragraph open with by
    their head noun; a later paragraph goes back to the decision named last by other means.
    A decision in ``bounded`` (a second text: a rival draft, an amendment) is the latest only
    within the paragraph that names it, for a sentence in ``released`` (one whose paragraph,
    up to it, names no text): "An amendment failed.  // The United States voted no" is a vote
    on the text reported, "An amendment was put forward.  // The motion to set it aside
    carried" is not."""
    marks = {
        i: a
        for i, a in last.items()
        if not (a in bounded and index in released and 0 <= i and paragraph[i] != paragraph[index])
    }
    for i, a in head_named.items():
        if i <= index and paragraph[i] == paragraph[index]:
            marks.setdefault(i, a)
    return _latest(marks, index)


# A sentence that names a text or goes on about one ("The motion carried", "It failed")
_NAMES_A_TEXT = re.compile(
    r"\b(?:resolutions?|drafts?|texts?|proposals?|motions?|amendments?|counter-\w+)\b|^(?:It|They)\b",
    re.IGNORECASE,
)


def _released(sents: list[tuple[int, str]], paragraph: list[int]) -> set[int]:
    """The sentences whose paragraph names no text up to them (see :func:`_in_paragraph`)."""
    out: set[int] = set()
    named = False
    for i, (_, sent) in enumerate(sents):
        if i == 0 or paragraph[i] != paragraph[i - 1]:
            named = False
        named = named or bool(_NAMES_A_TEXT.search(sent))
        if not named:
            out.add(i)
    return out


_TALKS_WORDS = re.compile(r"\b(?:talks|negotiations)\b", re.IGNORECASE)


# A summit's bare "conclusions" hold its decisions; they are no decision of their own when
# the article names another ("refused to sign up to conclusions that did not include them",
# after "The text on energy was dropped": a stance on the energy text).
_CONTAINER_WORDS = {"the", "its", "their", "summit", "summit's", "'s", "written", "final"}


def _container(anchor: str, words: str | None) -> bool:
    if anchor != "topic:conclusions" or not words:
        return False
    rest = set(re.findall(r"[\w']+", words.lower())) - _CONTAINER_WORDS
    return rest == {"conclusions"}


# ... but "the conclusions" as a whole ("Ankara rejected the conclusions") are every decision
# in them; "conclusions that did not include them" are a text the paragraph is about.
_WHOLE_CONTAINER = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w'’]+\s+){0,2}?conclusions\b(?!\s+(?:that|which|on|of|about)\b)",
    re.IGNORECASE,
)


def _paragraphs(sents: list[tuple[int, str]], text: str) -> list[int]:
    """Each sentence's paragraph number: a line break between two sentences starts one."""
    out: list[int] = []
    para, end = 0, 0
    for start, sent in sents:
        if "\n" in text[end:start]:
            para += 1
        out.append(para)
        end = start + len(sent)
    return out


# A sentence that names a decision by a noun, with no cue of its own: the noun of the
# deciders' act the lead told ("The warning ... was backed by all 27 leaders" after "leaders
# warned Russia that ..."), or a text on a kind of decision ("The text on energy was
# dropped").
_TEXT_ON = re.compile(
    r"\b(?:text|texts|paragraph|paragraphs|section|passage|language|wording|chapter|draft)"
    r"\s+(?:on|about)\s+(?:the\s+|its\s+|their\s+)?([a-z-]+)",
    re.IGNORECASE,
)


def _named_by_noun(sentence: str, anchors: list[str]) -> str | None:
    from concilium.text.stance import _TOPIC_OF

    named = set()
    for a in anchors:
        if a.startswith("topic:act-"):
            noun = re.escape(a.removeprefix("topic:act-"))
            if re.search(rf"\b(?:the|this|that|its|their)\s+{noun}\b", sentence, re.IGNORECASE):
                named.add(a)
    for m in _TEXT_ON.finditer(sentence):
        kind = _TOPIC_OF.get(m.group(1).lower())
        if kind and f"topic:{kind}" in anchors:
            named.add(f"topic:{kind}")
    return named.pop() if len(named) == 1 else None


# Heads too general to tell one decision from another ("the decision", "the text").
_VAGUE_HEADS = {"decision", "decisions", "text", "texts", "draft", "proposal", "measure",
                "measures", "conclusions", "summit", "outcome", "step", "move", "issue"}  # fmt: skip
_HEAD_END = re.compile(
    r"\s+(?:of|on|for|to|by|from|with|in|at|over|that|which|backed|agreed|approved|adopted|"
    r"worth|and|or)\b|[,;:(]",
    re.IGNORECASE,
)


def _text_on_the_question(words: str | None) -> bool:
    """Whether a second text's words name a text on the question ("similar text", "rival
    Russian draft", "counter-proposal"), not another kind of decision ("separate growth
    package", "separate treaty")."""
    from concilium.text.stance import OTHER_TEXTS

    head = _HEAD_END.split(words or "", maxsplit=1)[0].split()
    return not head or head[-1].lower().strip("'’\".") not in OTHER_TEXTS


def _head_noun(words: str | None) -> str | None:
    """The head noun of a decision's own words: the last word before its first preposition,
    clause or list ("pact" of "pact on economic policy coordination backed by ...", "fund" of
    "permanent rescue fund for the euro zone"), singular."""
    if not words:
        return None
    head = _HEAD_END.split(words, maxsplit=1)[0].split()
    if not head:
        return None
    noun = head[-1].lower().strip("'’\".")
    if not re.fullmatch(r"[a-z-]{3,}", noun) or noun in _VAGUE_HEADS:
        return None
    return (_stems(noun) or {noun}).pop()


def _named_by_head(sentence: str, heads: dict[str, str]) -> str | None:
    """The one decision a sentence opens with, named by a definite noun phrase with its head
    noun ("The Euro Plus Pact, championed by ..." after "adopted a pact on ... and signed off
    on a rescue fund": the pact), when no other decision's head is named in the sentence; else
    None.  Only the opening phrase, the sentence's topic: an object ("proposed amending the
    treaties") may be a decision the sentence is not about."""
    opening = re.match(
        r"\s*(?:the|this|that|its|their)\s+((?:[\w'’-]+[\s,]*){1,4})", sentence, re.IGNORECASE
    )
    if opening is None:
        return None
    named = {a for a, noun in heads.items() if noun in _stems(opening.group(1))}
    if len(named) != 1:
        return None
    (one,) = named
    if _stems(sentence) & {n for a, n in heads.items() if a != one}:
        return None
    return one


# A text named only by its place ("the second resolution"), and a sentence that opens with it
# to say what it does ("The second resolution invites the PLO to ..."): that says which it is.
_ORDINAL_TEXT = re.compile(
    r"(?:first|second|third|other|latter|former)\s+(?:text|resolution|draft|decision|proposal|"
    r"motion)",
    re.IGNORECASE,
)
_NOT_WHAT_IT_DOES = {"was", "has", "is", "passes", "fails", "does", "goes", "comes", "gets"}


# A sentence opening with a text named by its place ("The second text, resolution 707, ...")
_PLACE_OPENS = re.compile(
    r"\W*(?:the|a)\s+(first|second|third)\s+(?:text|resolution|draft)\b", re.IGNORECASE
)


def _named_by_place(sentence: str, anchors: list[str], phrase_of: dict[str, str]) -> str | None:
    """The decision a sentence opens with by its place, when the article named a further text
    by that place ("in a second resolution"): that text; "the first" is the one named first
    (the others named by place).  None otherwise: "the second draft" alone may be a revision of
    the one text."""
    m = _PLACE_OPENS.match(sentence)
    if m is None or len(anchors) < 2:
        return None
    place = m.group(1).lower()
    placed = [a for a in anchors if _ORDINAL_TEXT.fullmatch((phrase_of.get(a) or "").strip())]
    if place == "first":
        return anchors[0] if placed and anchors[0] not in placed else None
    same = [a for a in placed if (phrase_of.get(a) or "").strip().lower().startswith(place)]
    return same[0] if len(same) == 1 else None


def _what_it_does(phrase: str | None, text: str) -> str | None:
    """For a text named by its place only, its words and what a sentence opening with it says
    it does ("second resolution invites the Palestine Liberation Organization to take part
    ..."), up to the first comma; else None (how it fared, "was adopted", is not what it is)."""
    if not phrase or not _ORDINAL_TEXT.fullmatch(phrase.strip()):
        return None
    rx = re.compile(
        # (a clause set off by commas may come between: "The second resolution, drafted by
        # Egypt, asks ...")
        r"(?:^|[.!?]\s+)(?:The|Its)\s+(" + re.escape(phrase.strip()) + r")(?:\s*,[^,.;:]{1,80},)?"
        r"\s+([a-z]+s)\b"
        r"([^,.;:]{0,120})",
        re.IGNORECASE,
    )
    for m in rx.finditer(text):
        if m.group(2).lower() not in _NOT_WHAT_IT_DOES:
            return f"{m.group(1)} {m.group(2)}{m.group(3)}".strip()
    # ... or what a phrase set off after it says it is on: "On a second text, on the Syrian
    # Golan, the margin was narrower"
    on_what = re.search(
        r"\b(" + re.escape(phrase.strip()) + r")\s*,\s*((?:on|about|concerning)\s+[^,.;:]{3,80}),",
        text,
        re.IGNORECASE,
    )
    if on_what is not None:
        return f"{on_what.group(1)} {on_what.group(2)}".strip()
    # ... or the next sentence, opening with the text's number: "Paris backed the second
    # text. Resolution 2714, adopted unanimously, fully lifts the embargo" (the number names
    # it, so its count and stances are that decision's)
    after = re.compile(
        re.escape(phrase.strip()) + r"\b[^.;]*\.\s+((?-i:Resolution)\s+\d+)"
        r"(?:\s*,[^,.;:]{1,80},)?\s+(?:[a-z]+ly\s+)?([a-z]+s)\b([^,.;:]{0,120})",
        re.IGNORECASE,
    )
    for m in after.finditer(text):
        if m.group(2).lower() not in _NOT_WHAT_IT_DOES:
            return f"{m.group(1)} {m.group(2)}{m.group(3)}".strip()
    return None


# "... backing the second text. Resolution 2714, adopted unanimously, lifts the embargo": the
# sentence after the one naming a text by its place opens with its number and what it does
_NUMBER_OPENS = re.compile(
    r"\W*(?:The\s+)?[Rr]esolution\s+(\d{2,5})(?:\s*,[^,.;:]{1,80},)?"
    r"\s+(?:[a-z]+ly\s+)?([a-z]+s)\b([^,.;:]{0,120})"  # (an adverb first: "fully lifts")
)


def _number_told_after(
    phrase: str | None, sents: list[tuple[int, str]], at: int | None
) -> str | None:
    """For a text named by its place only ("the second text") in sentence ``at``, the title
    "Resolution N: what it does" when the next sentence opens by naming it so; else None (a
    sentence telling how a resolution fared, "was adopted", does not say what it is)."""
    if (
        not phrase
        or at is None
        or at + 1 >= len(sents)
        or not _ORDINAL_TEXT.fullmatch(phrase.strip())
    ):
        return None
    m = _NUMBER_OPENS.match(sents[at + 1][1])
    if m is None or m.group(2).lower() in _NOT_WHAT_IT_DOES:
        # ... or a later sentence opens with its place and its number set off ("The second
        # text, resolution 707, was adopted unanimously"): the number names it
        place = phrase.split()[0].lower()
        for _, sent in sents[at + 1 :]:
            numbered = _PLACE_NUMBERED.match(sent)
            if numbered is not None and numbered.group(1).lower() == place:
                return f"Resolution {numbered.group(2)}"
        return None
    return f"Resolution {m.group(1)}: {m.group(2)}{m.group(3)}".strip()


_PLACE_NUMBERED = re.compile(
    r"\W*the\s+(first|second|third)\s+(?:text|resolution|draft)\s*,\s*resolution\s+(\d{2,5})\s*,",
    re.IGNORECASE,
)


def _name_used(
    iso: str,
    text: str,
    gaz: Gazetteer,
    on: dt.date | None,
    found: list[Mention] | None = None,
) -> str:
    """The name the article first gives the state ``iso`` (its name or an alias, not an
    acronym): the name it had then ("Macedonia" in 2008, not "North Macedonia"; "Turkey"),
    else the gazetteer's.  ``found``: ``gaz.find(text, on)`` when the caller has it already
    (finding every name again costs as much as the first time)."""
    for m in gaz.find(text, on or dt.date.today()) if found is None else found:
        if m.actor == iso and m.how in ("name", "alias") and not m.surface.isupper():
            return m.surface
    return gaz.state_name(iso)


def _anchor_title(
    anchor: str,
    text: str,
    gaz: Gazetteer,
    phrase: str | None = None,
    on: dt.date | None = None,
    found: list[Mention] | None = None,
) -> tuple[str, str]:
    """(id, title) of a decision named by its anchor; ``found`` as for :func:`_name_used`."""
    kind, key = anchor.split(":", 1)
    if kind == "topic":
        named = _words(_what_it_does(phrase, text) or phrase or key, 12)
        return _short_id(named), named[0].upper() + named[1:]
    if kind == "state":
        name = _name_used(key, text, gaz, on, found)
        if phrase and _TALKS_WORDS.search(phrase):
            # talks with the state, named by the deciders' act: their words ("accession
            # negotiations", "guidelines for talks on their future relationship with Britain")
            named = _words(phrase, 12).rstrip(" ,;")
            if not any(m.actor == key for m in gaz.find(named, on or dt.date.today())):
                named = f"{name}: {named}"
            return _short_id(named), named[0].upper() + named[1:]
        return _slug(f"{name}-membership"), f"{name}: membership"
    m = re.search(r"\b" + re.escape(key) + r"\b", text, re.IGNORECASE)
    if m is None:
        return _slug(key), key.title()
    words = text[: m.start()].split()[-4:]
    lead: list[str] = []
    for w in reversed(words):  # "Ursula von der Leyen", "António Costa"
        if w[:1].isupper() and w.isalpha() or w in ("von", "van", "der", "de", "da", "du"):
            lead.insert(0, w)
        else:
            break
    while lead and not lead[0][:1].isupper():
        lead.pop(0)
    if lead and lead[0].lower() in ("president", "prime", "minister", "chancellor", "the"):
        lead = []
    name = " ".join([*lead, m.group()])
    return _slug(name), name


def _to_stances(cues: list[StanceCue]) -> list[Any]:
    """The rule reader's cues as stances (engine ``rules``)."""
    from concilium.text.stance import ABSTAIN, NEUTRAL, Stance

    out = []
    # Retaliation aimed elsewhere ("vowed to retaliate against Iran", "for the strike") is no
    # cue at all: left out before the majority is taken, so it outvotes nothing.
    cues = [c for c in cues if not _aimed_elsewhere(c)]
    by_actor: dict[str, list[StanceCue]] = defaultdict(list)
    for c in cues:
        by_actor[c.actor].append(c)
    verdict = {a: _verdict(cs) for a, cs in by_actor.items()}  # the majority of its cues
    for c in cues:
        label = c.stance
        if label == AMBIVALENT:
            label = ABSTAIN if _ABSTAIN_CUE.match(c.cue) else NEUTRAL
        if label == NEUTRAL:
            continue
        is_vote = bool(re.match(r"(?:abstain|veto|vot)", c.cue, re.IGNORECASE))
        conf = 0.35 if c.negated else (0.9 if is_vote else 0.6)
        if c.past:
            conf *= 0.6  # the stance.PAST weight: a later stance outranks it
        if c.stance != verdict[c.actor]:
            conf *= 0.5  # outvoted by the actor's other cues
        how = "vote" if is_vote and not c.negated else "rule"
        outside = label == OPPOSE and bool(_RETALIATION_CUE.match(c.cue))
        out.append(
            Stance(c.actor, label, conf, c.sentence, c.cue, how, None, 0, outside_only=outside)
        )
    return out


def _aimed_elsewhere(c: StanceCue) -> bool:
    """A retaliation cue aimed at a named party other than the body ("against Iran", not
    "against EU officials" or "against NATO") or answering a strike or an attack."""
    if c.stance != OPPOSE or not _RETALIATION_CUE.match(c.cue):
        return False
    return bool(
        re.search(
            re.escape(c.cue) + r"\s+(?:against|on|for)\s+(?:the\s+)?"
            r"(?:(?!(?:EU|NATO|European|Union|Alliance)\b)[A-Z]|strikes?\b|attacks?\b)",
            c.sentence,
        )
    )


# "The leaders accepted his suggestion": a request granted, whose asker the sentence before
# names (see stance._request_granted); parsed though it names no actor
_GRANTED = re.compile(
    r"\b(?:accept|grant|approv|heed|endors)\w*\s+(?:his|her|its|their)\s+"
    r"(?:request|suggestion|proposal|plea|appeal)\b",
    re.IGNORECASE,
)
# (after a fronted time or turn: "On Thursday it backed the fund", "Later, they agreed")
_PRONOUN_FIRST = re.compile(
    r"^\W*(?:(?:on|in|by|at|after|later|then|eventually|finally|ultimately)\b[^,.;:]{0,25}?,?\s+)?"
    r"(?:he|she|they|it|its|his|her|their|we"
    # "Neither stood in the way", "Neither of them objected": the two subjects before (also
    # after a turn: "But neither stood in the way", "Still, neither objected")
    r"|(?:(?:but|yet|still),?\s+)?neither(?:\s+of\s+them)?\s+"
    r"(?:[a-z]+ed|stood|was|were|had|has|did|would|could|will)"
    # "Both signed up to it": the two subjects before, as "they"
    r"|both\s+(?:[a-z]+ed|signed|backed|were|had|did|would|could|will))\b",
    re.IGNORECASE,
)
# "... joined them in backing the mission": "them" may be the actors listed in the sentence
# before, which is then parsed even with no cue word of its own (see stance._one_list)
_JOINED_THEM = re.compile(r"\bjoin(?:s|ed|ing)? them\b", re.IGNORECASE)
# "The two governments had blocked the package": a counted group that may name back the list
# of that many actors just before (stance._Sentence.counted_back), parsed without a name
_COUNTED_BACK = re.compile(
    r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]) "
    r"(?:countries|states|governments|nations|allies|members|capitals|partners)\b",
    re.IGNORECASE,
)
# A decision taken at the request of a counted group named in the next sentence ("... at
# the request of eight eastern members. Bulgaria, ... and Slovakia had invoked Article 4"):
# both sentences are parsed (see stance._named_askers).
_COUNTED_REQUEST = re.compile(
    r"\bat the (?:request|behest) of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[2-9]|1[0-2]) (?:[a-z]+ )?"
    r"(?:countries|states|governments|nations|allies|members|capitals|partners)\b",
    re.IGNORECASE,
)


def _other_state_issue(
    anchors: list[str], read: list[Any], decisions: list[Any], first_named: dict[str, int]
) -> str | None:
    """The state whose own decision (its membership: "Greece blocked Macedonia's invitation")
    is the article's only issue named so, when the article opens with the deciders' act on
    other states ("invited Albania and Croatia", "Albania and Croatia became members") or with
    a member's act on another decision before that state's is named: the main decision is
    an issue of its own, and the state's is a second one."""
    from concilium.text.stance import ACTION, MAIN

    if len(anchors) != 1 or not anchors[0].startswith("state:"):
        return None
    state = anchors[0].split(":", 1)[1]
    at = first_named.get(anchors[0], 0)
    admitted = {d.text for d in decisions if d.anchor == MAIN and d.how == "admits"}
    if admitted and state not in admitted:
        return state
    earlier = any(
        st.anchor is None
        and st.how in ("action", "vote")
        and 0 < st.index < at
        and st.actor != state
        and st.confidence >= ACTION * 0.59
        for st in read
    )
    return state if earlier else None


# The Assembly's admissions told as one act ("admitted the two states together", "in a
# single resolution"): one decision
_ADMITTED_AS_ONE = re.compile(
    r"\b(?:together|jointly|(?:a\s+)?(?:single|joint|one|same)\s+"
    r"(?:resolution|text|decision|vote|act))\b",
    re.IGNORECASE,
)
_ADMIT_VERB = re.compile(r"\badmit(?:s|ted|ting)?\b", re.IGNORECASE)


def _admitted_apart(
    decisions: list[Any], anchors: list[str], sents: list[tuple[int, str]]
) -> list[str]:
    """The states the Assembly admits in the lead, when there are two or more ("admitted the
    Czech Republic and Slovakia as members"): each admission is a resolution of its own.  Not
    an invitation ("invited Albania and Croatia": one decision), not admissions the article
    tells as one ("admitted the two Koreas together"), and not beside a decision of another
    kind."""
    from concilium.text.stance import MAIN

    told = [d for d in decisions if d.anchor == MAIN and d.how == "admits"]
    states = list(dict.fromkeys(d.text for d in told if _ADMIT_VERB.search(sents[d.index][1])))
    # (the membership the article names by its noun is these admissions)
    own = {f"state:{s}" for s in states} | {"topic:membership"}
    if len(states) < 2 or any(a not in own for a in anchors):
        return []
    if any(_ADMITTED_AS_ONE.search(sent) for _, sent in sents):
        return []
    return states


# One decision on two or more candidates ("failed to open accession talks with North
# Macedonia and Albania"), whose stances the article tells apart ("backed Skopje but not
# Tirana"): an issue per candidate.  A name used as a place ("a summit in Skopje") is none.
_AS_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# a clause a stance's sentence goes on to after its cue ("..., but Germany backed ...")
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:but|while|whereas)\b|;|(?:,|\s+and)(?=\s+(?:not|only)\b)", re.IGNORECASE
)
# the clause goes on with the cue's own act ("held back, but only on Albania", "but not
# Tirana"): a limit on its object, not a new act
_GOES_ON = re.compile(r"\W*(?P<how>only|just|not)\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(
    r"\b(?:only|just)\s+(?:(?:on|with|to|for|of)\s+)?(?:the\s+)?$", re.IGNORECASE
)
_ALONE_AFTER = re.compile(r"^(?:['’]s\b[^,;.]{0,30}?)?\s+alone\b", re.IGNORECASE)
_CANDIDATE_KIND = re.compile(
    r"\b(?:accession\s+(?:talks|negotiations)|membership\s+talks|candidate\s+status|"
    r"talks|negotiations|membership|bids?|admission|accession)\b",
    re.IGNORECASE,
)
# ... or their entry told by its verb ("invited Finland and Sweden to join")
_ON_CANDIDATES = re.compile(
    r"\b(?:with|to|of|for|invit(?:e|es|ed|ing)|admit(?:s|ted|ting)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CANDIDATE_ENTRY = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|admit(?:s|ted|ting)?|join)\b", re.IGNORECASE
)


def _candidates_in(
    lo: int, hi: int, cands: set[str], mentions: list[Mention], text: str
) -> list[Mention]:
    """The mentions of candidates between ``lo`` and ``hi`` in ``text``, not as places."""
    return [
        m
        for m in mentions
        if m.actor in cands
        and lo <= m.start < hi
        and not _AS_PLACE.search(text[max(0, m.start - 12) : m.start])
    ]


def _candidate_targets(
    st: Any,
    cands: list[str],
    read: list[Any],
    sents: list[tuple[int, str]],
    mentions: list[Mention],
    text: str,
) -> list[tuple[str, str]]:
    """[(candidate, label)]: where one stance goes among the candidates of one decision (see
    _candidates_apart).  A candidate's own stance is on its own entry; "both", "the two" and
    a sentence naming none are the decision as a whole, each; else the candidates the cue's
    clause names ("France blocked both, but Germany backed Skopje": Germany on Skopje), limited
    by "only" / "alone" ("held back, but only on Albania") and "but not Y" (support of X
    alone, so against Y; an opposition to X alone says nothing of Y: no guess)."""
    from concilium.text.stance import OPPOSE, SUPPORT

    if st.actor in cands:
        return [(st.actor, st.label)]
    if st.anchor == "all":
        return [(c, st.label) for c in cands]
    start, sent = sents[st.index]
    # (a candidate taking a stance of its own there is no object: "Albania and Germany
    # welcomed the talks")
    others = set(cands) - {o.actor for o in read if o.index == st.index}
    named = _candidates_in(start, start + len(sent), others, mentions, text)
    if not named:
        return [(c, st.label) for c in cands]
    cue = re.search(r"\b" + re.escape(st.cue) + r"\b", sent, re.IGNORECASE)
    at = cue.start() if cue else 0
    bounds = [0, *(b.start() for b in _CLAUSE_BREAK.finditer(sent)), len(sent)]
    k = max(j for j in range(len(bounds) - 1) if bounds[j] <= at)
    own = {str(m.actor) for m in named if bounds[k] <= m.start - start < bounds[k + 1]}
    only: set[str] = set()
    negated: set[str] = set()
    for j in range(k + 1, len(bounds) - 1):
        clause = re.sub(_CLAUSE_BREAK, "", sent[bounds[j] : bounds[j + 1]], count=1)
        goes = _GOES_ON.match(clause)
        if not goes:
            break
        in_it = {str(m.actor) for m in named if bounds[j] <= m.start - start < bounds[j + 1]}
        (negated if goes["how"].lower() == "not" else only).update(in_it)
    for m in named:
        lo = m.start - start
        if _ONLY_BEFORE.search(sent[max(0, lo - 20) : lo]) or _ALONE_AFTER.match(
            sent[m.end - start :]
        ):
            only.add(str(m.actor))
    if only:
        return [(c, st.label) for c in cands if c in only]
    if not own:
        # the cue's clause names none: the decision as a whole, but the candidates it leaves
        # out ("backed the talks, but not with Tirana")
        own = set(cands) - negated
    out = [(c, st.label) for c in cands if c in own - negated]
    if st.label == SUPPORT:  # "backed Skopje's bid but not Tirana's": against Tirana's
        out += [(c, OPPOSE) for c in cands if c in negated]
    return out


def _candidates_apart(
    anchors: list[str],
    read: list[Any],
    sents: list[tuple[int, str]],
    mentions: list[Mention],
    text: str,
) -> list[str]:
    """The candidates of the lead's one decision on their entry ("open accession talks with
    North Macedonia and Albania", "candidate status to Ukraine and Moldova"), when a stance
    after the lead is on some of them and not on all alike (see _candidate_targets): an issue
    per candidate.  Not a pair the article never tells apart ("talks with Serbia and
    Kosovo", each stance on both), and not beside a decision of another kind."""
    lede = _lede(sents)
    if lede >= len(sents):
        return []  # (a one-sentence text: no stance after its lead)
    start, sent = sents[lede]
    lead = _candidates_in(
        start, start + len(sent), {m.actor for m in mentions if m.actor}, mentions, text
    )
    cands: list[str] = []
    for a, b in itertools.pairwise(lead):
        # coordinated names the decision is on: "talks with North Macedonia and Albania",
        # "status to Ukraine, Moldova and Georgia", "invited Finland and Sweden"; not its
        # subjects ("North Macedonia and Albania opened talks") nor "talks between Serbia and
        # Kosovo" (one dialogue)
        if re.fullmatch(
            r"\s*(?:,|,?\s+and)\s+(?:(?:with|to|of|for)\s+)?", text[a.end : b.start]
        ) and (
            str(a.actor) in cands or _ON_CANDIDATES.search(text[max(0, a.start - 16) : a.start])
        ):
            cands += [str(a.actor), str(b.actor)]
    cands = list(dict.fromkeys(cands))
    own = {f"state:{c}" for c in cands} | {"topic:membership"}
    if len(cands) < 2 or any(a not in own for a in anchors):
        return []
    if not (_CANDIDATE_KIND.search(sent) or _CANDIDATE_ENTRY.search(sent)):
        return []
    for st in read:
        if st.index <= lede or st.actor in cands:
            continue
        targets = _candidate_targets(st, cands, read, sents, mentions, text)
        if targets and targets != [(c, st.label) for c in cands]:
            return cands
    return []


def _beside_other_state(
    st: Any,
    state: str,
    sents: list[tuple[int, str]],
    mentions: list[Mention],
    last: dict[int, str],
    paragraph: list[int],
    decisions: list[Any],
) -> str:
    """The issue of a stance that names neither decision, beside a state's own decision (see
    _other_state_issue): a state the main decision admits reacts to its own entry ("Croatia
    welcomed the invitation"); a stance in a sentence naming the state is on its decision
    ("Greece blocks Macedonia"); else the decision its paragraph named last, up to its
    sentence, and the main one where its paragraph names none."""
    from concilium.text.stance import MAIN

    admitted = {d.text for d in decisions if d.anchor == MAIN and d.how == "admits"}
    if st.actor in admitted:
        return MAIN
    lo, hi = sents[st.index][0], sents[st.index][0] + len(sents[st.index][1])
    if st.actor != state and any(m.actor == state and lo <= m.start < hi for m in mentions):
        return f"state:{state}"
    for j in range(st.index, -1, -1):
        if paragraph[j] != paragraph[st.index]:
            break
        if j in last and last[j] != MAIN:
            return last[j]
    return MAIN


# A proposal the deciders argued over and did not take up, told after the lead ("The leaders
# did not agree to cut Russia off from SWIFT. Poland pressed for it"): the deciders as the
# subject (no member named before the verb: "Poland did not agree to ..." is Poland's stance),
# then the words that say the proposal was not adopted, then the proposal.
_DECIDER_SUBJECT = (
    r"(?P<subj>(?:[\w'’-]+\s+){0,4}?(?:leaders|ministers|governments|allies|members|"
    r"ambassadors|envoys|council|summit|they|bloc|union|alliance|eu|nato))\s+"
    r"(?:(?:also|again|still|however|though|finally|eventually|ultimately)\s+)?"
)
# the nouns a member's proposal goes by ("Lithuania's call", "a Dutch plan")
_PROPOSAL_NOUN = (
    r"call|calls|proposal|proposals|plan|request|idea|demand|demands|suggestion|push|initiative|"
    r"appeal"
)
_PROPOSAL_HEAD = re.compile(rf"\b(?:{_PROPOSAL_NOUN})\b", re.IGNORECASE)
_NOUN_STEMS = {w.rstrip("s") for w in _PROPOSAL_NOUN.split("|")}
_NOT_ADOPTED = re.compile(
    r"^\W*(?:(?:but|however|yet|still)\b,?\s*)?"
    + _DECIDER_SUBJECT
    + r"(?:(?:did|could|would)\s+not|(?:did|could|would)n[’']t|(?:failed|were\s+unable)\s+to)"
    r"\s+agree\s+(?:to|on)\s+"
    r"|^\W*(?:(?:but|however|yet|still)\b,?\s*)?"
    + _DECIDER_SUBJECT.replace("subj", "subj2")
    + r"(?:stopped\s+short\s+of|held\s+back\s+on|balked\s+at|baulked\s+at|"
    r"(?:remained|were|are|remain)\s+(?:split|divided)\s+(?:over|on)"
    # a proposal the deciders turned down ("rejected Lithuania's call for a ban"): not
    # adopted, its own issue, as "did not agree to" (an adopted one, "adopted France's
    # proposal", is the decision)
    r"|rejected|turned\s+down|ruled\s+out|dismissed|brushed\s+aside"
    # argued over, or let it drop: "sparred over Merkel's call for ...", "dashed hopes of a
    # short cut", "declined to back Spain's plan", "shelved", "did not take up"
    r"|(?:sparred|clashed|wrangled|quarrell?ed)\s+over|dashed\s+(?:the\s+)?hopes\s+(?:of|for)"
    # (declining to comment or to say is no proposal)
    r"|declined\s+to\s+(?:back|endorse|support|adopt|approve|take\s+up|agree\s+to)"
    r"|declined\s+to(?!\s+(?:comment|say|discuss|elaborate|speculate|confirm|specify|disclose|"
    r"answer|respond|reveal|name|identify|be\s+drawn|go\s+into|give\s+(?:details|a\s+date)))"
    r"|shelved|set\s+aside|(?:did\s+not|didn[’']t|failed\s+to)\s+take\s+up"
    # put off a member's proposal ("put off Denmark's plan for ..."), not "put off the
    # decision to June", the main decision's own fate
    rf"|(?:put\s+off|postponed|deferred)(?=\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_PROPOSAL_NOUN})\b))\s+"
    # "agreed unanimously on the levy but not on the tax": the tax, not adopted
    r"|^\W*"
    + _DECIDER_SUBJECT.replace("subj", "subj3")
    + r"agreed\b[^.;:]*?\bbut\s+not\s+(?:on|to)\s+"
    r"|^\W*(?:but\s+)?there\s+was\s+no\s+(?:consensus|agreement)\s+(?:on|over)\s+",
    re.IGNORECASE,
)
# What became of a proposal the deciders did not take up, told with the proposal as subject
_FATE = (
    r"(?:went\s+(?:unanswered|unheeded|nowhere)|got\s+nowhere|came\s+to\s+nothing"
    r"|fell\s+on\s+deaf\s+ears|(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:(?:also|quickly|simply|again|effectively|quietly)\s+)?(?:shelved|set\s+aside|put\s+off|"
    r"postponed|deferred|left\s+(?:for\s+later|aside|for\s+another\s+day|unanswered)|"
    r"not\s+taken\s+up|shot\s+down|sidelined)"
    r"|(?:failed|did\s+not|didn[’']t)\s+(?:to\s+)?(?:win|gain|find|get|draw|attract)\s+"
    r"(?:enough\s+|much\s+|the\s+)?(?:backing|support|favou?r)"
    r"|(?:found|won|drew|gained|attracted|met\s+with|received)\s+(?:little|no|scant)\s+"
    r"(?:backing|support|favou?r|enthusiasm))\b"
)
_FATE_ADVERB = r",?\s+(?:(?:also|quickly|simply|however|eventually|largely|again)\s+)?"
# A member's proposal as the subject of its fate ("Lithuania's call for a timber ban went
# unanswered", "a Dutch plan to cap prices was shelved", "found little support"): not
# adopted, its own issue.  A proposal noun heads it ("the decision was put off to June" is
# the main decision's own fate); its owner or its object is named (see _argued_over).
_PROPOSAL_FATE = re.compile(
    r"^\W*(?:(?:but|however|yet|still|meanwhile)\b,?\s*)?(?P<prop>(?:[\w'’.-]+\s+){0,4}?"
    rf"(?P<head>{_PROPOSAL_NOUN})\b(?P<object>[^.;:!?]{{0,160}}?))" + _FATE_ADVERB + _FATE,
    re.IGNORECASE,
)
# The call of the sentence before, unanswered ("France urged the allies to send more jets.
# None had answered the call", "The appeal got nowhere"): that call's object is the proposal
_CALL_UNANSWERED = re.compile(
    r"\b(?:none|nobody|no\s+(?:one|other\s+\w+|ally|member|country|government|leader|state))\b"
    r"[^.;:]{0,40}?\b(?:had\s+|has\s+|have\s+)?(?:answered|heeded|taken\s+up|took\s+up)\s+"
    r"(?:the|that|this|their|its|his|her)\s+(?:call|calls|appeal|request|plea)\b"
    r"|^\W*(?:[\w,'’]+\s+){0,6}?(?:the|that|this|their|its|his|her)\s+(?:call|calls|appeal|"
    r"request|plea|proposal|plan|idea|demand|suggestion)" + _FATE_ADVERB + _FATE,
    re.IGNORECASE,
)
# A further step the deciders were expected to take ("The ministers had also been expected to
# freeze the assets of X"), then vetoed or blocked by a member in the next sentence ("That
# step was vetoed by Slovenia"): that step is a decision of its own, not adopted, and the veto
# is on it, not on what the deciders did agree (see _proposals_not_taken_up)
_STEP_EXPECTED = re.compile(
    r"^\W*" + _DECIDER_SUBJECT + r"(?:had|have|has|were|was)\s+(?:also\s+)?(?:been\s+)?"
    r"(?:expected|due|set|scheduled|poised|meant|supposed)\s+to\s+",
    re.IGNORECASE,
)
_STEP_BLOCKED = re.compile(
    r"^\W*(?:(?:but|however|yet)\b,?\s*)?(?:that|this|the)\s+(?:step|move|plan|proposal|"
    r"measure|idea)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:then|later|however)\s+)?"
    r"(?:vetoed|blocked|stopped|held\s+up)\s+by\b",
    re.IGNORECASE,
)
# the verbs of a call for what the deciders should do ("urged the allies to send more jets")
_CALL_CUES = {"urged", "called", "pressed", "pushed", "proposed", "asked", "appealed",
              "demanded", "sought", "suggested", "requested", "lobbied", "wanted"}  # fmt: skip
# where the proposal's words end: a comma, or a clause of why or when
_PROPOSAL_END = re.compile(
    # (and a date it is put off to: "put off Denmark's plan for a ban to next year")
    r"\s+to\s+(?:next|later|a\s+later|the\s+next|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b|\s*[,;:.!?\"“”()]|\s+(?:after|because|as|amid|despite|until|before|which|but|while|since|"
    r"when|though|although|even|and\s+(?:instead|only|said|left|asked|agreed|decided|called))\b",
    re.IGNORECASE,
)
# an object that names no proposal of its own ("whether" only with no step asked: "whether to
# send troops", "whether NATO should take charge" ask one)
_NOT_A_PROPOSAL = re.compile(
    r"(?:it|them|this|that|anything|everything|details|terms|much|more|the\s+rest|a\s+deal|"
    r"a\s+date|when|whether(?!\s+(?:to\b|(?:[\w'’-]+\s+){1,4}?should\b)))\b",
    re.IGNORECASE,
)
# The question told first and the deciders' failure on it after ("On the larger question of
# who should command the strikes, the allies made no progress"): not adopted, as "could not
# agree on who should command the strikes" is
_QUESTION_UNSETTLED = re.compile(
    r"^\W*(?:(?:but|however|yet|still)\b,?\s*)?on\s+the\s+(?:[\w-]+\s+)?"
    r"(?:question|issue|matter)\s+of\s+(?P<prop>[^,;:.]{3,120}),\s+"
    + _DECIDER_SUBJECT
    + r"(?:made\s+(?:no|little)\s+(?:progress|headway)|(?:(?:did|could|would)\s+not|"
    r"(?:did|could|would)n[’']t|(?:failed|were\s+unable)\s+to)\s+agree"
    r"|(?:remained|were|are|remain)\s+(?:split|divided))\b",
    re.IGNORECASE,
)
# A member's own call told "separately" after the lead ("Spain had separately argued for a
# reform of the power market, an idea France supported"): the word sets it apart from what
# the deciders argued over, so it is a proposal of its own, not adopted (what became of it
# is not told), with the stances its sentence tells after its verb.  Only a member as the
# subject ("Officials separately said ..." is no call) and only a verb of calling.
_SEPARATE_CALL = re.compile(
    r"^\W*(?:(?:meanwhile|however|but|and)\b,?\s*)?(?P<subj>(?:[\w'’.-]+,?\s+){1,8}?)"
    r"(?:had\s+|has\s+|have\s+)?(?:also\s+)?,?\s*separately,?\s+"
    r"(?P<verb>(?:argued|called|pressed|pushed|lobbied|pleaded)\s+for|proposed|urged|sought|"
    r"floated|suggested|put\s+forward)\s+",
    re.IGNORECASE,
)
# A member's objection to a plan someone else put forward, told beside its refusal of the
# text ("Hungary would not back the conclusions, objecting among other things to a plan by
# the foreign policy chief to fund arms"): a proposal of its own, holding only the objection
# told in that sentence.  Only "a plan by|from ..." (a plan newly named, with its author):
# "objecting to the plan" may be the decision itself.
_OBJECTED_PLAN = re.compile(
    r"\b(?P<verb>objecting|objected|objects)\s+(?:(?:among\s+other\s+things|in\s+particular|"
    r"notably|also|above\s+all),?\s+)?to\s+(?P<prop>an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plan|proposal|initiative|idea|scheme)\s+(?:by|from)\s+[^.;:!?]+)",
    re.IGNORECASE,
)
# A joint body's meeting not held, told after the lead ("No session of the NATO-Ukraine
# Commission was held. ... Budapest blocked it"): not adopted, its own issue, with the
# stances told after it (an empty "subj": no deciders named as its subject)
_NONE_HELD = re.compile(
    r"^\W*(?:(?:but|however|yet|still)\b,?\s*)?[Nn]o\s+(?P<prop>(?:session|meeting)\s+of\s+the\s+"
    # (a joint body named: "no meeting of the ministers was held on Friday" is no decision)
    r"(?:[\w'’-]+\s+){0,4}?(?:Commission|Council|Committee)\b)\s+(?:was|were|could\s+be|"
    r"would\s+be)\s+(?:held|convened)\b(?P<subj>)",
)
# A member's consent withheld from a further step, told beside the decision taken ("Croatia
# closed two chapters. Slovenia withheld its consent to opening talks on fisheries"): that
# step is a decision of its own, blocked, holding only the refusal told in that sentence
_CONSENT_WITHHELD = re.compile(
    r"\b(?P<verb>withheld|withholds|withholding|withhold|refused|refuses|denied|denies)\s+"
    r"(?:its|their|his|her)\s+(?:consent|approval|assent|agreement|blessing)\s+(?:to|for)\s+"
    r"(?P<prop>[^.;:!?]+)",
    re.IGNORECASE,
)
# A member's veto of a further step newly named beside the decision taken ("Last month they
# vetoed a proposal to freeze the assets of X"): that step is a decision of its own, blocked,
# holding only the veto told in that sentence (as a consent withheld).  Only "a" proposal:
# "vetoed the proposal" may be the decision itself.
_PROPOSAL_VETOED = re.compile(
    r"\b(?P<verb>vetoed|blocked)\s+(?P<prop>an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:proposal|plan|move|bid)\s+to\s+[^.;:!?]+)",
    re.IGNORECASE,
)
# a name set off by commas after its office ("the foreign policy chief, Kaja Kallas, to
# organise"): part of the proposal's words, not where they end
_APPOSED_NAME = re.compile(
    r",\s*((?:(?:[A-Z][\w'’-]*|von|van|der|de|del|da|di|la|le)\s+){0,3}[A-Z][\w'’-]*),"
)
# A question the decision leaves for later, told after it ("The step clears the way for a
# larger fight: whether to use the money to fund a loan to Ukraine"): not adopted, as one the
# deciders "remained divided over" is; the dispute is a later or larger one (not "the
# decision on whether to extend the sanctions", which may be the one reported)
_QUESTION_AHEAD = re.compile(
    r"\b(?:larger|bigger|broader|wider|harder|tougher|next|real|looming|coming|thornier)\s+"
    r"(?:fight|battle|debate|row|question|test|dispute|decision|issue)\s*"
    r"(?:[:—–-]\s*|\s(?:over|about|on)\s+)whether\s+(?=to\b|(?:[\w'’-]+\s+){1,4}?should\b)",
    re.IGNORECASE,
)
# Words one of which each pattern of _argued_over needs (lower case; the patterns ignore
# case): most sentences have none, and the patterns cost 13 ms on a 5,000-word draft
# (test_draft_speedrest).  _NOT_ADOPTED's: "did not agree", "split over", "rejected",
# "declined to", "set aside", "take up", "put off", "there was no consensus" ...
_NOT_ADOPTED_WORDS = ("agree", "consensus", "stopped", "held", "balked", "baulked", "split",
                      "divided", "rejected", "turned", "ruled", "dismissed", "brushed",
                      "sparred", "clashed", "wrangled", "quarrel", "dashed", "declined",
                      "shelved", "aside", "take", "put", "postponed", "deferred")  # fmt: skip
_ARGUED_WORDS = {
    _SEPARATE_CALL: ("separately",),
    _OBJECTED_PLAN: ("object",),
    _CONSENT_WITHHELD: ("withh", "refuse", "denie"),
    _PROPOSAL_VETOED: ("vetoed", "blocked"),
    _NOT_ADOPTED: _NOT_ADOPTED_WORDS,
    _QUESTION_AHEAD: ("whether",),
}
# the words a stance's object may call the proposal by
_PROPOSAL_REFERENCES = {"idea", "proposal", "option", "step", "move", "plan", "call", "calls",
                        "demand", "demands", "suggestion", "it", "them", "this",
                        "consent", "approval", "assent", "blessing"}  # fmt: skip
_AFTER_PROPOSAL = 2  # sentences of its paragraph after it that may tell stances on it
# A headline's proposal not adopted ("... as leaders split over corona bonds", "EU agrees
# sanctions but holds back on SWIFT"): the body sentence after the lead that names it again
# tells the stances on it, as a sentence saying it was not adopted does
_HEADLINE_NOT_ADOPTED = re.compile(
    r"(?:\b(?:leaders|ministers|governments|allies|members|eu|nato|bloc|they)\s+"
    r"(?:are\s+|remain\s+)?(?:split|divided|at\s+odds|clash)\s+(?:over|on)"
    r"|\bbut\s+(?:holds?|held)\s+(?:back|off)\s+on|\bbut\s+(?:balks?|baulks?|balked)\s+at"
    r"|\bbut\s+(?:stops?|stopped)\s+short\s+of|\bbut\s+fail(?:s|ed)?\s+to\s+agree\s+(?:on|to)"
    # a second decision put off, after the one taken ("... moves ships, but puts off a
    # no-fly zone"): the headline's first clause is the decision, this one is not adopted
    r"|(?:,|\bbut)\s+(?:puts?\s+off|defers?|deferred|postpones?|postponed|delays?|delayed)"
    r"(?:\s+(?:any|a|the)\s+decision\s+on)?)\s+",
    re.IGNORECASE,
)

# A lead that tells a second decision put off after the one taken ("... agreed to send more
# ships, but put off any decision on a no-fly zone"): that decision, not adopted, as a
# headline's "but holds off on" is
_LEAD_PUT_OFF = re.compile(
    r",?\s+but\s+(?:[\w'’-]+\s+){0,3}?(?:put\s+off|postponed|deferred|delayed|held\s+off\s+on)"
    r"\s+(?:until\s+(?:[\w-]+\s+){1,2}?)?(?:any|a|the)\s+decision\s+(?:on|about)\s+",
    re.IGNORECASE,
)


def _head_word(phrase: str) -> str | None:
    """A phrase's head noun, roughly: its last word before a preposition ("sanctions on
    Russia" -> "sanctions")."""
    words = re.findall(r"[\w-]+", phrase.lower())
    for k, w in enumerate(words):
        if k and w in ("of", "on", "for", "to", "against", "with", "in", "from", "by"):
            return words[k - 1]
    return words[-1] if words else None


def _names_another(st: Any, sentence: str, proposal: set[str], named_after: bool = False) -> bool:
    """Whether a stance told after a proposal not adopted is about another decision: a vote
    (cast on a text put to the vote), a person or a state named, an object that names
    something else ("welcomed the sanctions"; not when ``named_after``: a cue before the
    proposal's own name in its sentence, "called for a debt instrument, or corona bonds"), or
    a decision whose own head noun the sentence writes."""
    from concilium.text.stance import GENERAL

    if st.how == "vote" and _STEP_BLOCKED.match(sentence):
        return False  # "That step was vetoed by Slovenia": the step told before (see there)
    vetoed = _PROPOSAL_VETOED.search(sentence) if st.how == "vote" else None
    if vetoed is not None and st.cue.split()[0].lower() == vetoed["verb"].lower():
        return False  # "Hungary vetoed a plan to freeze ...": the veto of that plan
    if st.how in ("vote", "count") or st.anchor == GENERAL or st.anchor == "all":
        return True
    if st.anchor and st.anchor.startswith(("person:", "state:")):
        return True
    if st.object_text and not named_after:
        head = _head_word(st.object_text)
        if head not in _PROPOSAL_REFERENCES and not (_stems(st.object_text) & proposal):
            return True
    if st.anchor and st.anchor_text:
        head = _head_word(st.anchor_text)
        if (
            head
            and head not in proposal
            and re.search(rf"\b{re.escape(head)}\b", sentence, re.IGNORECASE)
        ):
            return True
    return False


# the words a proposal's owners may stand with before its noun ("the", "a joint", "'s")
_OWNER_FILLERS = {"the", "a", "an", "and", "s", "joint"}


def _proposal_owners(sent: str, start: int, at: int, mentions: list[Mention]) -> list[str]:
    """The members a proposal not adopted belongs to, named before its noun and nothing else
    with them ("Lithuania's call for ...", "a Lithuanian plan", "France and Britain's call"):
    its owners support it.  None when another word stands there ("support for Poland's
    call", "the plan Spain opposed")."""
    head = _PROPOSAL_HEAD.search(sent, at)
    if head is None:
        return []
    lo, hi = start + at, start + head.start()
    own = [m for m in mentions if m.actor and lo <= m.start and m.end <= hi]
    rest = sent[at : head.start()]
    for m in reversed(own):
        rest = rest[: m.start - lo] + " " + rest[m.end - lo :]
    if not own or set(re.findall(r"[a-z]+", rest.lower())) - _OWNER_FILLERS:
        return []
    return list(dict.fromkeys(str(m.actor) for m in own))


def _proposals_not_taken_up(
    sents: list[tuple[int, str]],
    mentions: list[Mention],
    read: list[Any],
    lede: int,
    paragraph: list[int],
    found: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Proposals told as the subject of their fate after the lead (see _PROPOSAL_FATE), and
    calls the next sentence says went unanswered (see _CALL_UNANSWERED): (sentence, where the
    proposal starts, its words), as _argued_over finds them.  The lead's own decision is
    not one; its words are those before a ", but" that tells what failed ("... pledged to
    keep up the campaign, but Britain failed to persuade the allies to commit more jets")."""
    if lede >= len(sents):
        return []  # (a one-sentence text: nothing after its lead)
    # the proposal nouns themselves name nothing: "the quotas plan" is the quotas
    lead_first = _stems(re.split(r",?\s+but\s+", sents[lede][1], maxsplit=1)[0]) | _NOUN_STEMS
    taken = {f[0] for f in found}
    out: list[tuple[int, int, str]] = []
    for p in range(lede + 1, len(sents)):
        start, sent = sents[p]
        m = _PROPOSAL_FATE.match(sent)
        # "Lithuania's call", "the call for a timber ban": a bare "the plan" may be the
        # decision itself, told again, or the call of the sentence before (below)
        if m is not None and (
            any(mm.actor and start <= mm.start < start + m.start("head") for mm in mentions)
            or re.match(r"\s+(?:for|to|of|on)\b", m.group("object"))
        ):
            words = _words(m.group("prop"), 12).strip()
            if p not in taken and not _stems(words) <= lead_first:
                out.append((p, m.start("prop"), words))
                taken.add(p)
            continue
        e = _STEP_EXPECTED.match(sents[p - 1][1]) if _STEP_BLOCKED.match(sent) else None
        if (
            e is not None
            and p - 1 > lede
            and p - 1 not in taken
            and paragraph[p - 1] == paragraph[p]
        ):
            # "The ministers had also been expected to freeze X. That step was vetoed by ...":
            # the step, named in the sentence before (not a member's own expectation)
            begin = sents[p - 1][0]
            rest = sents[p - 1][1][e.end() :]
            cut = _PROPOSAL_END.search(rest)
            words = _words(rest[: cut.start()] if cut else rest, 12).strip()
            if (
                not any(mm.actor and begin <= mm.start < begin + e.end() for mm in mentions)
                and _stems(words)
                and not _stems(words) <= lead_first
            ):
                out.append((p - 1, e.end(), words))
                taken.add(p - 1)
                continue
        if not _CALL_UNANSWERED.search(sent) or p - 1 in taken or paragraph[p - 1] != paragraph[p]:
            continue
        calls = [
            st
            for st in read
            if st.index == p - 1
            and st.label == SUPPORT
            and st.object_text
            and st.cue.split()[0].lower() in _CALL_CUES
        ]
        if not calls or p - 1 <= lede:
            continue
        # the call's own verb with its object: "urged the allies to send" + "more jets"
        cue, words = calls[-1].cue, str(calls[-1].object_text)
        if " to " in cue:
            words = cue.split(" to ", 1)[1] + " " + words
        if not _stems(words) <= lead_first:
            out.append((p - 1, max(sents[p - 1][1].find(cue.split()[0]), 0), _words(words, 12)))
            taken.add(p - 1)
    return out


def _argued_over(
    sents: list[tuple[int, str]], mentions: list[Mention], text: str, read: list[Any], lede: int
) -> tuple[list[Any], dict[str, tuple[int, str]]]:
    """Proposals the deciders did not adopt, told after the lead (see _NOT_ADOPTED), that a
    stance is told on: each a decision of its own (a "topic:set-aside-" anchor, which no count
    falls on), with the stances its sentence tells after it and those of the next sentences
    of its paragraph that name no other decision ("Poland pressed for it").  Returns the
    stances, moved, and {anchor: (sentence index, the proposal's words)}."""
    from concilium.text.counts import folded
    from concilium.text.stance import NEUTRAL, REACTION, Stance

    paragraph = _paragraphs(sents, text)
    lead_words = _stems(sents[lede][1]) if lede < len(sents) else set()
    found: list[tuple[int, int, str]] = []  # (sentence, where the proposal starts, its words)
    own_sentence: set[int] = set()  # proposals whose stances are only in their own sentence
    # _ARGUED_WORDS by each pattern's id(): a lookup by the pattern itself hashes its whole
    # compiled code (several µs each, some 1,500 lookups on a 5,000-word article)
    needs = {id(rx): words for rx, words in _ARGUED_WORDS.items()}
    for p, (start, sent) in enumerate(sents):
        # each pattern below only where its sentence has a word the pattern needs (see
        # _ARGUED_WORDS); a sentence before the lead's end is never read
        low = folded(sent) if p > lede else ""

        def may(rx: re.Pattern[str], low: str | None = low) -> bool:
            return low is None or any(w in low for w in needs[id(rx)])

        c = _SEPARATE_CALL.match(sent) if p > lede and may(_SEPARATE_CALL) else None
        if c is not None and any(
            mm.actor and start <= mm.start < start + c.end("subj") for mm in mentions
        ):
            rest = sent[c.end() :]
            cut = _PROPOSAL_END.search(rest)
            words = _words(rest[: cut.start()] if cut else rest, 12).strip()
            stems = _stems(words)
            # (from the verb on: the caller's own "argued for" is on it; the lead's decision
            # called for again is the main one)
            if stems and not stems <= lead_words | _NOUN_STEMS:
                found.append((p, c.start("verb"), words))
            continue
        o = _OBJECTED_PLAN.search(sent) if p > lede and may(_OBJECTED_PLAN) else None
        w = (
            (
                (_CONSENT_WITHHELD.search(sent) if may(_CONSENT_WITHHELD) else None)
                or (_PROPOSAL_VETOED.search(sent) if may(_PROPOSAL_VETOED) else None)
            )
            if p > lede and o is None
            else None
        )
        if w is not None and any(
            st.index == p and st.label == OPPOSE and st.cue.split()[0].lower() == w["verb"].lower()
            for st in read
        ):
            o = w  # (only a refusal read as one: the member's own, on the step it names)
        if o is not None:
            rest = _APPOSED_NAME.sub(r" \1", o["prop"])
            cut = _PROPOSAL_END.search(rest)
            words = _words(rest[: cut.start()] if cut else rest, 12).strip()
            if not _stems(words) <= lead_words | _NOUN_STEMS:
                found.append((p, o.start("verb"), words))
                own_sentence.add(p)
                continue
        m = _QUESTION_UNSETTLED.match(sent) if p > lede else None
        m = m or (_NONE_HELD.match(sent) if p > lede else None)
        if m is not None:
            # the question told before the deciders: its words are the proposal, and only the
            # subject is theirs ("On the question of X, France made no progress" is France's)
            rest, at, subject = m["prop"], m.start("prop"), m.start("subj")
        else:
            m = _NOT_ADOPTED.match(sent) if p > lede and may(_NOT_ADOPTED) else None
            m = m or (_QUESTION_AHEAD.search(sent) if p > lede and may(_QUESTION_AHEAD) else None)
            if m is None:
                continue
            rest, at, subject = sent[m.end() :], m.end(), 0
        if _NOT_A_PROPOSAL.match(rest):
            continue
        if any(mm.actor and start + subject <= mm.start < start + m.end() for mm in mentions):
            continue  # a member's own refusal ("Poland did not agree to it"), not the deciders'
        cut = _PROPOSAL_END.search(rest)
        words = _words(rest[: cut.start()] if cut else rest, 12).strip()
        stems = _stems(words)
        # the lead's own decision told again ("did not agree on the budget until ...") is
        # the main one
        if (
            not stems
            or stems <= lead_words | _NOUN_STEMS
            or re.search(r"\buntil\b", sent[at:], re.IGNORECASE)
        ):
            continue
        found.append((p, at, words))
    found += _proposals_not_taken_up(sents, mentions, read, lede, paragraph, found)
    found.sort()
    # the headline's proposal, named again in a body sentence after the lead (all its words)
    taken_words: set[str] = set()  # (the lead's decision taken, beside one put off: below)
    told = sents[0][1] if sents and lede > 0 else ""
    h = _HEADLINE_NOT_ADOPTED.search(told)
    if h is None and told and lede < len(sents):
        # ... or the lead's second decision, put off after the one taken
        told = sents[lede][1]
        h = _LEAD_PUT_OFF.search(told)
    if h is not None and not _NOT_A_PROPOSAL.match(told, h.end()):
        rest = told[h.end() :]
        cut = _PROPOSAL_END.search(rest)
        words = _words(rest[: cut.start()] if cut else rest, 8).strip()
        stems = _stems(words)
        # every body sentence that names it again tells stances on it ("Britain presses for
        # a no-fly zone" in one paragraph, "Russia opposes a no-fly zone" in another)
        taken = {f[0] for f in found}
        # (the lead may name it too, after a "but": "agreed to send ships, but put off any
        # decision on a no-fly zone")
        lead_first = _stems(re.split(r",?\s+but\s+", sents[lede][1], maxsplit=1)[0])
        # a sentence naming it by a word of its own (a common noun: "a start date for
        # Ukraine's talks" -> "lobbied for a date this year") and no word of the decision
        # taken ("an association agreement with Moldova"), is about it too (30-17)
        # (only for the lead's own "but put off a decision on ...": a headline's "stops short
        # of a tourist ban" is named in the body by its words: i15)
        put_off_in_lead = told == sents[lede][1] and h.re is _LEAD_PUT_OFF
        own = _lower_stems(words) - lead_first if put_off_in_lead else set()
        taken_words = _lower_stems(re.split(r",?\s+but\s+", sents[lede][1], maxsplit=1)[0])
        taken_words = taken_words - stems - _LEAD_ACT_WORDS if put_off_in_lead else set()
        again = [
            p
            for p in range(lede + 1, len(sents))
            if stems
            and (
                stems <= _stems(sents[p][1])
                or (
                    bool(own & _stems(sents[p][1]))
                    and not (_lower_stems(sents[p][1]) & taken_words)
                )
            )
        ]
        if not stems <= lead_first:
            found += [(p, -1, words) for p in again if p not in taken]  # (-1: wherever named)
            found.sort()
    extra: dict[str, tuple[int, str]] = {}
    moved: dict[int, str] = {}
    added: list[Any] = []
    for n, (p, at, words) in enumerate(found):
        start, sent = sents[p]
        owned = _proposal_owners(sent, start, at, mentions) if at >= 0 else []
        if owned:
            # named by what it asks, not by its owners ("a ban on timber" of "Lithuania's call
            # for a ban on timber"), as a rival draft is named apart from its sponsors: the
            # owners' other sentences are not about it for naming them
            asked = _PROPOSAL_HEAD.split(words, maxsplit=1)[-1]
            asked = re.sub(r"^\s*(?:for|of|on|to)\s+", "", asked).strip()
            words = asked if _stems(asked) else words
        key = "topic:set-aside-" + _slug(words, 40)
        stems = _stems(words)
        until = found[n + 1][0] if n + 1 < len(found) else len(sents)
        mine: set[int] = set()  # (a proposal named in several sentences: this one's stances)
        for k, st in enumerate(read):
            after = 0 if p in own_sentence else _AFTER_PROPOSAL
            if k in moved or not p <= st.index < min(until, p + 1 + after):
                continue
            if paragraph[st.index] != paragraph[p]:
                continue
            sentence = sents[st.index][1]
            cue = st.cue.split()[0] if st.cue else ""
            named_after = False
            if st.index == p and at >= 0:
                # in its own sentence, only a cue after the proposal ("..., after Germany
                # blocked it")
                if not cue or sentence.find(cue, at) < 0:
                    continue
            elif st.index == p:
                # a sentence naming the headline's proposal: a cue before its name calls for
                # it under another name too ("called for a common debt instrument, or
                # corona bonds")
                name_at = min(
                    (
                        w.start()
                        for w in re.finditer(r"[\w-]+", sentence)
                        if _stems(w.group()) & stems
                    ),
                    default=-1,
                )
                at_cue = sentence.find(cue) if cue else -1
                named_after = 0 <= at_cue < name_at
            if _names_another(st, sentence, stems, named_after):
                continue
            if st.index != p and _lower_stems(sentence) & taken_words:
                continue  # "Romania backed the agreement": the decision taken (30-17)
            moved[k] = key
            mine.add(k)
        # its owners, named with it, support it ("Merkel's call to give the Commission a
        # veto", "sparred over Lithuania's call for a ban"), unless read already
        owners = [
            Stance(o, SUPPORT, REACTION, sent, "call", "reaction", key, p, anchor_text=words)
            for o in owned
            if not any(st.actor == o and st.index == p for st in read)
        ]
        # (an issue only for a stance taken on it: "were reluctant" alone tells none)
        if owners or any(k in mine and st.label != NEUTRAL for k, st in enumerate(read)):
            extra.setdefault(key, (p, words))
            added += owners
        elif key not in extra:
            moved = {k: a for k, a in moved.items() if k not in mine}
    out = [
        replace(st, anchor=moved[k], anchor_text=extra[moved[k]][1]) if k in moved else st
        for k, st in enumerate(read)
    ]
    for st in added:  # (in the order of the text, as read)
        out.insert(next((i for i, o in enumerate(out) if o.index > st.index), len(out)), st)
    return out, extra


# Between a delay wish and its subject (or between subjects in a list): nothing but a list's
# joints and a person's possessive ("France and Denmark wanted to wait", "Austria's
# chancellor wanted more time"); a clause break, a relative pronoun or a negation ("Norway,
# which ...", "but did not want more time") leaves the wish to no one.
_SUBJECT_GAP = re.compile(r"(?:\s|,|\band\b|['’]s?|\b(?:also|had|has|have|too)\b)*", re.IGNORECASE)
_WISH_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|['’]s\s+|\s+)", re.IGNORECASE)


# ", which has the largest fleet, ": a relative clause closed before the subject's verb
_CLOSED_RELATIVE = re.compile(r",\s*(?:which|who)\s+[^,;:()]{1,80},\s*(?:also\s+|had\s+)?")
# Pressing for the decision now, where it was put off or held up: wanting the proposal
# (the lead's convention: the issue is the proposal, its status quo no decision; probe28 5,
# 32, 59; test_draft_delay30).  Only with a word of "now": "pressed for a vote next month"
# wants neither.  "On time" / "as planned" is now too, and a few words may part the verb from
# its "for" ("had argued until the last moment for the talks to start on time": 30-14,
# test_draft_dir30).
_NOW = (
    r"(?:now|immediately|at\s+once|right\s+away|straight\s+away|"
    r"without\s+(?:further\s+|any\s+)?delay|this\s+week|on\s+(?:time|schedule)|"
    r"as\s+(?:planned|scheduled))"
)
_PRESS_NOW = re.compile(
    r"\b(?:press(?:es|ed)?|push(?:es|ed)?|argue[sd]?|call(?:s|ed)|lobbie[sd]|urge[sd])\s+"
    rf"(?:[a-z]+\s+){{0,4}}?for\s+[^,.;:]{{0,50}}?\b{_NOW}\b"
    # "had wanted it agreed at once" (test_draft_delay31)
    r"|\b(?:wants?|wanted)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:agreed|adopted|"
    rf"approved|decided|settled|passed|signed\s+off|launched|opened|started)\s+{_NOW}\b",
    re.IGNORECASE,
)
# Calls whose object is the delay itself, beyond outcome.DELAY_WISH: leading or joining the
# call for it, pushing for the decision "to be put off", lobbying for more time (30-14's
# "led the call for a delay", read as support of the proposal before: an inversion;
# test_draft_dir30).  Against the proposal, never for it.
_DELAY_CALL = re.compile(
    r"\b(?:(?:led|leads|leading|joined|joins|backed|echoed)\s+(?:the\s+)?calls?\s+for\s+"
    r"(?:a|the|any)\s+(?:delay|postponement)|"
    r"(?:called|calls|pressed|presses|pushed|pushes|argued|argues|lobbied|lobbies|asked|asks)"
    r"\s+for\s+(?:(?:a|the|any)\s+(?:delay|postponement)|more\s+time|(?:the|a|any)\s+"
    r"(?:decision|vote|talks|start|opening|launch|step|move)\s+(?:[a-z]+\s+){0,2}?to\s+be\s+"
    r"(?:put\s+off|postponed|delayed|deferred|pushed\s+back)))\b",
    re.IGNORECASE,
)
# "China said it wanted more time", "Sanader said his government regretted": the sayer is the
# subject of the wish or reaction (test_draft_dir30, 30-14)
_SAID_IT_GAP = re.compile(
    r"\s+(?:said|says|made\s+clear)\s+(?:that\s+)?(?:it|they|(?:its|his|her|their)\s+"
    r"(?:government|country))\s+",
    re.IGNORECASE,
)
# ", Croatia's neighbours and closest friends inside the bloc, had argued": an apposition
# closed before the subject's verb (30-14); not a parenthetical saying ("..., a diplomat said,")
_APPOSITION_BEFORE = re.compile(
    r",\s*(?:[\w-]+['’]s|the|its|their)\s+(?![^,;:()]*\b(?:said|says|told|according)\b)"
    r"[^,;:()]{1,70},\s*(?:also\s+|had\s+|has\s+|have\s+)?$",
    re.IGNORECASE,
)
# A reaction to the negative decision itself, named by a bare noun ("regretted the decision",
# "welcomed the postponement", "deplored the move"), where the lead tells the proposal put off
# or blocked: read on the proposal, regretting the delay for it, welcoming it against (30-14's
# "regretted the decision", drafted oppose before: an inversion; test_draft_dir30).  The noun
# must end its phrase ("the decision on quotas" is another one).  The label is set, not
# turned, so a reading the stance reader already turned (a block) is kept.
_REGRET_VERBS = (
    r"regrett?(?:ed|s)?|deplored?s?|lamented?s?|critici[sz]ed|condemned|denounced|decried|"
    r"protested|bemoaned"
)
_WELCOME_VERBS = r"welcomed?s?|hailed?s?|praised|applauded|endorsed|defended|celebrated"
_NEGATIVE_DECISION_REACTION = re.compile(
    rf"\b(?:(?P<regret>{_REGRET_VERBS})|(?P<welcome>{_WELCOME_VERBS}))\s+(?:the|this|that)\s+"
    r"(?:decision|move|step|postponement|delay|deferral)\b"
    r"(?=\s*(?:[.,;:]|$|(?:and|but|as|while|saying)\b|to\s+(?:put|postpone|delay|defer|"
    r"block|shelve)\b))",
    re.IGNORECASE,
)
# ... and, in a decision put off, an evaluation of "the decision" (the delay) said or called
# ("said the decision was a mistake", "called the move unjustified"): the reader takes the
# decision for the proposal, so its reading is turned (test_draft_dir30).  Not "the decision
# on ...", "the decision to ...", "the decision taken in June".
_JUDGED_DECISION = re.compile(
    r"\b(?:said|says|called|calls)\s+(?:that\s+)?the\s+(?:decision|move|step)\s+"
    r"(?:(?:was|is|had\s+been|would\s+be)\b|(?!(?:on|to|of|by|in|at|for|taken|made|due|"
    r"expected|should|must|would|will|could)\b)[a-z])",
    re.IGNORECASE,
)
_JUDGED_CUE = re.compile(r"(?:said|says|called|calls)\s+the\s+(?:decision|move|step)\b")
# ... and a cue against the delay itself is for the proposal ("opposed calls for a delay",
# "resisted any postponement": read as opposing the proposal before, an inversion;
# test_draft_dir30)
_AGAINST_DELAY = re.compile(
    r"\b(?:opposed|opposes|rejected|rejects|resisted|resists|fought|objected\s+to|"
    r"argued\s+against|spoke\s+against|warned\s+against)\s+(?:any\s+|the\s+|a\s+)?"
    r"(?:calls?\s+for\s+(?:a|the|any)\s+)?(?:delay|postponement|deferral)\b",
    re.IGNORECASE,
)

# (a wish of outcome.DELAY_WISH whose object is the delay, not a consent withheld: only such a
# cue is dropped as no support; test_draft_dir30)
_OF_DELAY = re.compile(
    r"delay|postpon|more\s+time|wait|put(?:ting)?\s+(?:it\s+)?off", re.IGNORECASE
)


def _on_the_proposal(
    read: list[Any], sents: list[tuple[int, str]], mentions: list[Mention], shape: Shape
) -> list[Any]:
    """A decision put off or blocked is coded on the proposal (the lead's convention): a cue
    whose object is the delay itself says nothing for the proposal (dropped; ``_delay_wishes``
    reads its subject against it), one against the delay is for it, and a reaction to the
    negative decision is set on the proposal (regret: support; welcome: oppose).  Only for
    the members named right before the words (``_wish_subjects``), with the cue's verb.
    30-14; test_draft_dir30."""
    from concilium.text.outcome import DELAY_WISH
    from concilium.text.stance import OPPOSE, REACTION
    from concilium.text.stance import SUPPORT as READ_SUPPORT

    starts = [m.start for m in mentions]
    Keys = set[tuple[str | None, str]]
    by_sentence: dict[int, tuple[Keys, Keys, dict[tuple[str | None, str], str]]] = {}

    def verbs_of(j: int) -> tuple[Keys, Keys, dict[tuple[str | None, str], str]]:
        # (member, first word) of the sentence's delay wishes, calls against the delay and
        # reactions to the negative decision (once a sentence)
        if j not in by_sentence:
            at, sent = sents[j] if 0 <= j < len(sents) else (0, "")

            def who(hit: re.Match[str]) -> list[tuple[str | None, str]]:
                verb = hit.group(0).split()[0].lower()
                named = _wish_subjects(sent, at, hit.start(), mentions, starts)
                # a verb said once in the sentence is the cue's own, whoever the reader found
                # its subject to be ("In Zagreb, the prime minister said his government
                # regretted the decision": 30-14); said twice, only the subject named right
                # before ("Poland wanted it at once, but Austria wanted more time")
                once = len(re.findall(rf"\b{re.escape(verb)}\b", sent, re.IGNORECASE)) == 1
                return [(a, verb) for a in named] + ([(None, verb)] if once else [])

            wished = {
                k
                for rx in (DELAY_WISH, _DELAY_CALL)
                for w in rx.finditer(sent)
                if _OF_DELAY.search(w.group(0))  # (not "withheld its consent": no delay)
                for k in who(w)
            }
            against = {k for h in _AGAINST_DELAY.finditer(sent) for k in who(h)}
            reacted = {
                k: READ_SUPPORT if h.group("regret") else OPPOSE
                for h in _NEGATIVE_DECISION_REACTION.finditer(sent)
                for k in who(h)
            }
            for h in _JUDGED_DECISION.finditer(sent):
                for k in who(h):
                    reacted.setdefault(k, "turn")
            by_sentence[j] = (wished, against, reacted)
        return by_sentence[j]

    out: list[Any] = []
    for st in read:
        verb = st.cue.split()[0].lower() if st.cue else ""
        if not verb or st.how not in ("action", "reaction", "quiet"):
            out.append(st)
            continue
        wished, against, reacted = verbs_of(st.index)
        key = next(((a, verb) for a in (st.actor, None) if (a, verb) in wished | against), None)
        key = key or next(((a, verb) for a in (st.actor, None) if (a, verb) in reacted), None)
        if st.label != OPPOSE and key in wished:
            continue  # "led the call for a delay": the wish is read against it
        if key in against:
            cue = f"{st.cue} (against the delay: for the proposal)"
            conf = max(st.confidence, REACTION)
            out.append(replace(st, label=READ_SUPPORT, cue=cue, how="reaction", confidence=conf))
            continue
        if key in reacted and reacted[key] == "turn":
            # an evaluation of the delay, in a decision put off only (the reader turns one of
            # a block itself, marking its cue "(the veto)")
            turned = {READ_SUPPORT: OPPOSE, OPPOSE: READ_SUPPORT}.get(st.label)
            if (
                shape.outcome is Outcome.DEFERRED
                and turned
                and _JUDGED_CUE.match(st.cue)
                and "(the veto)" not in st.cue
            ):
                cue = f"{st.cue} (the decision was {shape.outcome.value}: on the proposal)"
                st = replace(st, label=turned, cue=cue)
        elif key in reacted and shape.outcome in (Outcome.DEFERRED, Outcome.BLOCKED):
            cue = f"{st.cue} (the decision was {shape.outcome.value}: on the proposal)"
            conf = max(st.confidence, REACTION)
            st = replace(st, label=reacted[key], cue=cue, confidence=conf)
            st = replace(st, how="reaction") if st.how == "quiet" else st
        out.append(st)
    return out


# Put off "at the request of" members, or "after" members objected: they held it up
# (probe29 36, probe28 59; test_draft_delay30).  The members follow the words matched.
_PUT_OFF_BY = re.compile(
    r"\b(?:put(?:s|ting)?\s+off|postpone[sd]?|defer(?:s|red)?|delay(?:s|ed)?|shelved|"
    r"pushed\s+back)\b[^.;:]{0,120}?(?:\bat\s+the\s+(?:request|behest|insistence)\s+of|"
    r"\bafter)\s+",
    re.IGNORECASE,
)
# ... the verb after the members of "after": what they said or did against it
_OBJECTED = re.compile(
    r"\s+(?:had\s+)?(?:said|argued|insisted|objected|complained|warned|asked|demanded|"
    r"questioned|raised|balked|refused|voiced|expressed)\b",
    re.IGNORECASE,
)


def _wish_subjects(
    sent: str, at: int, start: int, mentions: list[Mention], starts: list[int]
) -> list[str]:
    """The members named right before a wish at ``start`` of the sentence (at ``at`` in the
    text): its subject and the list it ends, through a closed relative clause or apposition."""
    lo = bisect.bisect_left(starts, at)
    hi = bisect.bisect_left(starts, at + start)
    edge = at + start
    # an apposition right before the wish, which may name a state itself ("..., Croatia's
    # neighbours, had argued": 30-14) is passed over to its subject
    app = _APPOSITION_BEFORE.search(sent, max(0, start - 90), start)
    edge = at + app.start() if app else edge
    before = [m for m in mentions[lo:hi] if m.end <= edge]
    subjects: list[str] = []
    for m in reversed(before):
        gap = sent[m.end - at : edge - at]
        ok = _SUBJECT_GAP.fullmatch(gap) if not subjects else _WISH_LIST_GAP.fullmatch(gap)
        # a closed relative clause between the subject and its wish ("Spain, which has the
        # largest fleet, insisted on the delay": probe29 40, test_draft_delay30), or a saying
        # ("China said it wanted more time": test_draft_dir30)
        if not ok and not subjects:
            ok = _CLOSED_RELATIVE.fullmatch(gap) or _SAID_IT_GAP.fullmatch(gap)
        if not ok or not m.actor:
            break
        subjects.append(m.actor)
        edge = m.start
    return subjects


def _delay_wishes(
    sents: list[tuple[int, str]], mentions: list[Mention], read: list[Any], shape: Shape
) -> list[Any]:
    """Members that wanted a decision blocked, deferred or not taken put off ("Turkey
    insisted on waiting", "Austria wanted more time"): they held it up, so oppose (test_draft_
    shape; 28-19's "left the matter to the Commission", 28-13's blocked text); those that
    pressed for it now want it, so support (test_draft_delay30).  Only the subject named
    right before the wish, or the members right after "at the request of" / "after" a verb
    of putting off; a member with a stance read in that sentence keeps it.  The stance's cue
    says the shape gave it."""
    from concilium.text.outcome import DELAY_WISH
    from concilium.text.stance import OPPOSE, REACTION
    from concilium.text.stance import SUPPORT as READ_SUPPORT
    from concilium.text.stance import Stance as ReadStance

    had = {(st.actor, st.index) for st in read}
    starts = [m.start for m in mentions]
    out: list[Any] = []
    given: set[tuple[str, int]] = set()

    def give(actor: str, label: str, j: int, sent: str, words: str) -> None:
        if (actor, j) in had or (actor, j) in given:
            return
        given.add((actor, j))
        why = "pressed for it now" if label == READ_SUPPORT else "wanting it put off held it up"
        cue = f"{words} (the decision was {shape.outcome.value}: {why})"
        out.append(ReadStance(actor, label, REACTION, sent, cue, "action", index=j))

    for j, (at, sent) in enumerate(sents):
        wishes = [(w, OPPOSE) for w in DELAY_WISH.finditer(sent)]
        wishes += [(w, OPPOSE) for w in _DELAY_CALL.finditer(sent)]
        wishes += [(w, READ_SUPPORT) for w in _PRESS_NOW.finditer(sent)]
        for wish, label in wishes:
            subjects = _wish_subjects(sent, at, wish.start(), mentions, starts)
            for actor in dict.fromkeys(subjects):
                give(actor, label, j, sent, wish.group(0))
        for by in _PUT_OFF_BY.finditer(sent):
            lo = bisect.bisect_left(starts, at + by.end())
            named: list[str] = []
            edge = at + by.end()
            for m in mentions[lo:]:
                if m.end > at + len(sent):  # (the sentence ended)
                    break
                gap = sent[edge - at : m.start - at]
                if not m.actor or m.start < edge or (gap and not _WISH_LIST_GAP.fullmatch(gap)):
                    break
                if not named and gap:  # the first member right after the words
                    break
                named.append(m.actor)
                edge = m.end
            if not named:
                continue
            if by.group(0).rstrip().lower().endswith("after") and not _OBJECTED.match(
                sent, edge - at
            ):
                continue  # "after Norway's elections": no member's act
            for actor in dict.fromkeys(named):
                give(actor, OPPOSE, j, sent, by.group(0) + sent[by.end() : edge - at])
    return out


# A state that calls the decision's object a line not to cross (29-22: "X has long said that
# membership of NATO is a line the West must not cross"; "a red line"): against
# it.  Only when what is called so is a decision or an entry (membership, accession, a
# deployment ...); the state named right before the saying verb, with no negation between.
_RED_LINE = re.compile(
    r"\b(?:says?|said|warned|warns|insisted|insists|made\s+clear|argued|argues)\s+(?:that\s+)?"
    r"([^.;:]{3,90}?)\s+(?:is|was|would\s+be|remains|would\s+cross|crosses|crossed)\s+"
    r"(?:a|its|their|the)\s+(?:red\s+line|line\s+(?:that\s+)?(?:[\w-]+\s+){0,2}(?:must|should|"
    r"could|can|may)\s*(?:not|never|n['’]t)\s+(?:be\s+)?cross(?:ed)?)\b",
    re.IGNORECASE,
)
_RED_LINE_OBJECTS = re.compile(
    r"\b(?:membership|accession|enlargement|entry|admission|joining|deployment|sanctions|"
    r"resolution|decision|plan|mission|force|bid|expansion|embargo|ban)\b",
    re.IGNORECASE,
)
_SAYER_GAP = re.compile(
    r"(?:\s|,|\b(?:has|had|have|long|also|repeatedly|always|often|too)\b)*", re.IGNORECASE
)


# Urging an alternative to a coercive step (some of ``stance.ALTERNATIVE_WORDS``: "Austria argued for
# dialogue" where the lead tells sanctions on Hungary decided or put off): against the step
# (26-18's Germany, test_draft_goldaudit).  Only where the lead's decision is coercive; any
# other decision gets no stance from it.
_URGED_ALTERNATIVE = re.compile(
    r"\b(?:argued|argues|pressed|presses|pushed|pushes|called|calls|urged|urges|lobbied|"
    r"appealed|appeals|pleaded|pleads)\s+(?:for\s+)?(?:more\s+|continued\s+|further\s+|"
    # (not "restraint", "calm": as often asked of the parties to a conflict as of the council)
    r"renewed\s+)?(?:dialogue|dialog|diplomacy|engagement|mediation)\b",
    re.IGNORECASE,
)
_COERCIVE_STEP = re.compile(
    r"\b(?:sanction(?:s|ed|ing)?|penalt(?:y|ies)|embargo(?:es)?|punitive|air\s*strikes|"
    r"military\s+action|use\s+of\s+force|suspen(?:d|ded|ding|sion)|expel(?:s|led)?|expulsion|"
    r"Article\s+7)\b",
    re.IGNORECASE,
)


def _alternatives_urged(
    sents: list[tuple[int, str]], mentions: list[Mention], read: list[Any]
) -> list[Any]:
    """Members that urged dialogue or restraint instead of the coercive step the lead tells:
    oppose (see ``_URGED_ALTERNATIVE``).  A member with a stance read in that sentence keeps
    it; the subject is the one named right before the words, as for a delay wish."""
    from concilium.text.stance import OPPOSE, REACTION
    from concilium.text.stance import Stance as ReadStance

    lede = _lede(sents)
    if not sents or not _COERCIVE_STEP.search(" ".join(s for _, s in sents[: lede + 1])):
        return []
    had = {(st.actor, st.index) for st in read}
    starts = [m.start for m in mentions]
    out: list[Any] = []
    for j, (at, sent) in enumerate(sents):
        for hit in _URGED_ALTERNATIVE.finditer(sent):
            for actor in dict.fromkeys(_wish_subjects(sent, at, hit.start(), mentions, starts)):
                if (actor, j) not in had:
                    had.add((actor, j))
                    cue = f"{hit.group(0)} (instead of the coercive step the lead tells)"
                    out.append(ReadStance(actor, OPPOSE, REACTION, sent, cue, "action", index=j))
    return out


def _red_lines(sents: list[tuple[int, str]], mentions: list[Mention], read: list[Any]) -> list[Any]:
    """States that called the decision's object a line not to be crossed: oppose (29-22;
    test_draft_delay30).  A state with a stance read in that sentence keeps it."""
    from concilium.text.stance import OPPOSE, REACTION
    from concilium.text.stance import Stance as ReadStance

    had = {(st.actor, st.index) for st in read}
    starts = [m.start for m in mentions]
    out: list[Any] = []
    for j, (at, sent) in enumerate(sents):
        if "line" not in sent:
            continue
        for hit in _RED_LINE.finditer(sent):
            if not _RED_LINE_OBJECTS.search(hit.group(1)):
                continue  # "an attack on its forces is a red line": no decision
            lo = bisect.bisect_left(starts, at)
            hi = bisect.bisect_left(starts, at + hit.start())
            named = [m for m in mentions[lo:hi] if m.end <= at + hit.start()]
            if not named or not named[-1].actor:
                continue
            if not _SAYER_GAP.fullmatch(sent[named[-1].end - at : hit.start()]):
                continue  # "Moscow has never said ...", "a diplomat told of Moscow, who said"
            actor = named[-1].actor
            if (actor, j) not in had:
                cue = f"{hit.group(0)} (a line not to cross: against it)"
                out.append(ReadStance(actor, OPPOSE, REACTION, sent, cue, "reaction", index=j))
    return out


def _lede(sents: list[tuple[int, str]]) -> int:
    """The lead sentence: the first after the headline that is more than a dateline line (a
    dateline with only a byline after it, "GENEVA, 3 May 1990 - By our staff", is one)."""
    return next(
        (
            i
            for i, (_, s) in enumerate(sents)
            if i >= 1 and len(s.split()) >= 6 and not _dateline_byline(s)
        ),
        1,
    )


# A byline alone: "By World Desk staff", "From our correspondent" (no verb, nothing else)
_BYLINE = re.compile(r"(?:[Bb]y|[Ff]rom)\s+[\w .'’&-]{1,60}$")


def _dateline_byline(sentence: str) -> bool:
    cut = _DATELINE.match(sentence)
    return cut is not None and _BYLINE.fullmatch(sentence, cut.end()) is not None


# "In a second text, the Assembly called for ...": a further decision whatever its verb
# (``stance.in_a_further_decision``), so the sentence is read for the deciders' act
_IN_A_FURTHER = re.compile(
    r"\W*(?:in|with)\s+(?:a|an|the)\s+(?:second|separate|further|another|parallel|third)\s+"
    r"(?:decision|move|step|vote|text|resolution)\b",
    re.IGNORECASE,
)


def _spacy_stances(
    sents: list[tuple[int, str]],
    mentions: list[Mention],
    decisions: list[Any] | None = None,
    year: int | None = None,
    keep: list[Any] | None = None,
) -> list[Any]:
    from concilium.text.fastdoc import freeze
    from concilium.text.nlp import parse_texts
    from concilium.text.stance import (
        BODY_ACTS,
        DECIDER_HEADS,
        _amendments_opening,
        _main_text_opening,
        cue_pairs,
        cue_words,
        read_stances,
    )

    words = cue_words()
    pairs = cue_pairs()
    picked: list[tuple[int, str, list[tuple[int, int, Mention]], bool]] = []
    ms = sorted(mentions, key=lambda m: m.start)
    k = 0
    for index, (start, sent) in enumerate(sents):
        end = start + len(sent)
        while k < len(ms) and ms[k].start < start:
            k += 1
        mine = []
        j = k
        while j < len(ms) and ms[j].start < end:
            mine.append((ms[j].start - start, ms[j].end - start, ms[j]))
            j += 1
        found = set(_WORD.findall(sent.lower()))
        # the deciders' own act names a decision with no actor in the sentence: "The leaders
        # also adopted a declaration on alliance security" (not in the headline, whose
        # telegraphic words, "Council adopts Yemen text", are read only for a stance)
        by_body = (
            index > 0
            and bool(found & BODY_ACTS or _IN_A_FURTHER.match(sent))
            and bool(found & DECIDER_HEADS)
        )
        if (
            any(m.actor for _, _, m in mine)
            or _PRONOUN_FIRST.match(sent)
            or by_body
            or _COUNTED_BACK.search(sent)
            or _COUNTED_REQUEST.search(sent)
            or _GRANTED.search(sent)
        ):
            # A "sentence" of thousands of characters is not prose (a table, a run of
            # letters): it is not parsed, which also keeps spaCy's length limit out of reach.
            found |= {part for w in found if "-" in w for part in w.split("-")}  # "US-drafted"
            parse = len(sent) <= _PARSE_LIMIT and (
                bool(words & found)
                or bool(_GRANTED.search(sent))
                or by_body
                or any(found & a and found & b for a, b in pairs)
                or (index > 0 and bool(_COUNTED_REQUEST.search(sents[index - 1][1])))
            )
            cut = _DATELINE.match(sent)
            if cut:  # "NEW YORK, 20 February 2024 — The United States ...": parse the sentence
                sent = sent[cut.end() :]
                mine = [(a - cut.end(), b - cut.end(), m) for a, b, m in mine if a >= cut.end()]
            if (
                not parse
                and len(sent) <= _PARSE_LIMIT
                and index + 1 < len(sents)
                and (
                    _JOINED_THEM.search(sents[index + 1][1])
                    or _COUNTED_BACK.search(sents[index + 1][1])
                )
            ):
                parse = True
            picked.append((index, sent, mine, parse))
        elif _main_text_opening(sent) or _amendments_opening(sent):
            # "The resolution was adopted without a vote.", "The amendments failed.": no
            # actor, but the next sentence's "it" or "them" is that text or those amendments
            # (read_stances keeps no other trace of the sentence)
            picked.append((index, sent, mine, False))
    docs = parse_texts([p[1] for p in picked if p[3]], batch_size=64)
    # the lead sentence: the first after the headline that is more than a dateline line
    lede = _lede(sents)
    parsed = [(i, t, next(docs) if parse else None, m) for i, t, m, parse in picked]
    if keep is not None:  # the learned fallback reads the same parses
        keep.extend(parsed)
    # the readers walk each parse some thirty times: on plain tokens read once from spaCy
    # (concilium.text.fastdoc), the same parse at a fraction of the cost
    frozen = [(i, t, None if d is None else freeze(d), m) for i, t, d, m in parsed]
    return read_stances(
        frozen,
        decisions,
        lede=lede,
        year=year,
        all_texts=[t for _, t in sents],
    )


# a sentence whose subject is both of an article's two decisions
_BOTH = re.compile(
    r"^\W*(?:both\b(?:\s+(?:the\s+)?(?:texts|resolutions|drafts|decisions|appointments|"
    r"nominations|measures|proposals|packages))?"
    # a clause set off by commas: "Both resolutions, drafted by Britain and Germany, were ..."
    r"(?:\s*,[^,;:]{1,80},)?"
    r"\s+(?:were|was|passed|won|got|received)\b"
    # "The decisions, taken by the 27 leaders, ...", "The two texts were adopted ..."
    r"|the\s+(?:two\s+)?(?:decisions|texts|resolutions|measures)\b(?!\s+(?:of|on|to)\b))",
    re.IGNORECASE,
)
# a stance's object that is both of an article's two decisions: "rejected the two resolutions",
# "welcomed the decisions" (not "the measures", which may be one decision's parts)
_BOTH_OBJECT = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:the\s+)?(?:texts|resolutions|drafts|decisions|measures|"
    r"proposals)",
    re.IGNORECASE,
)
_THE_PLURAL = re.compile(r"texts|resolutions|decisions", re.IGNORECASE)


def _on_both(st: Any) -> bool:
    """Whether a stance's object is both decisions: "the two resolutions", "both texts", or
    "the decisions" as the sentence writes it (the object's words come without "the")."""
    words = (st.object_text or "").strip()
    if _BOTH_OBJECT.fullmatch(words):
        return True
    return bool(
        _THE_PLURAL.fullmatch(words)
        and re.search(rf"\bthe\s+{re.escape(words)}\b", st.sentence, re.IGNORECASE)
    )


# A count sentence that opens with the decision it counts, told apart by a proper name or its
# place ("The Ukraine text was backed by 26 ...", "The second resolution passed 12 to 0"), or
# citing it by number ("That decision, resolution 426, passed ...").
_COUNT_SUBJECT = re.compile(
    r"\W*(?:the|this|that)\s+((?:[\w'’-]+\s+){0,3}?)(?:text|statement|declaration|resolution|"
    r"draft|package|decision|proposal|document|measure|plan|deal|agreement|sanctions|motion)s?\b",
    re.IGNORECASE,
)
# "In the text adopted by all 27, the leaders urged Ankara to ...": the text the count is of,
# told by what its main clause says it does
_COUNT_IN_TEXT = re.compile(r"\W*in\s+(?=(?:the|this|that)\s)", re.IGNORECASE)
_COUNT_ORDINALS = {"first": 0, "second": 1, "third": 2}
# names that tell no decision from another: the deciders', the place's
_NO_DECISION_NAMES = {
    "eu", "un", "nato", "european", "union", "council", "security", "general", "assembly",
    "summit", "brussels", "new", "york", "allied", "alliance", "leaders",
}  # fmt: skip


def _count_told_of(
    sentence: str,
    issue_words: list[str],
    other_words: str,
    kin: Mapping[str, set[str]],
) -> list[int] | None:
    """The issues (indices into ``issue_words``, each issue's own words) a count sentence says
    its count is of, by the name, place or number it gives the decision; None when it gives
    none (a bare "The package", "It": the decision the sentence is about is the count's) or
    a name no decision of the article's has (its sponsor's: "The Kuwaiti text").  An empty
    list: the decision named is one that is no issue (``other_words``, such decisions' own
    words).  ``kin``: a state's name to every name the article gives it ("russia": "moscow",
    "russian"), which an issue's words may use instead."""
    cited = set(_RESOLUTION_NUMBER.findall(sentence))
    if cited:
        by_number = [k for k, ws in enumerate(issue_words) if cited & set(_NUMBER.findall(ws))]
        if by_number:
            return by_number
    inside = _COUNT_IN_TEXT.match(sentence)
    opening = _COUNT_SUBJECT.match(sentence, inside.end() if inside else 0)
    if opening is None:
        return None
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in opening.group(1).split()]
    places = [_COUNT_ORDINALS[w] for w in words if w in _COUNT_ORDINALS]
    if len(places) == 1:
        return [places[0]] if places[0] < len(issue_words) else []
    named_by = opening.group(1).split()
    if inside and not any(w[:1].isupper() for w in named_by):
        # "In the text adopted by all 27, the leaders urged Ankara to ...": the names of its
        # main clause, after the opening's comma, tell which text it is
        comma = sentence.find(",", opening.end())
        if comma < 0:
            return None
        named_by = _WORD.findall(sentence[comma + 1 :])
        words = [w.lower() for w in named_by]
    capitals = {w.lower() for w in named_by if w[:1].isupper()}
    names = {w for w in words if w in capitals or f"{w}'s" in capitals or f"{w}’s" in capitals}
    names -= _NO_DECISION_NAMES
    if not names:
        return None
    called = names.union(*(kin.get(n, set()) for n in names))
    hits = [k for k, ws in enumerate(issue_words) if called & set(_WORD.findall(ws.lower()))]
    if hits or names & set(_WORD.findall(other_words.lower())):
        return hits
    return None


_TEXT_NOUNS = {"resolution", "resolutions", "proposal", "proposals", "motion", "agreement", "deal"}
_WORD = re.compile(r"[\w-]+")
_PARSE_LIMIT = 3000  # characters
# "NEW YORK, 20 February 2024 — ", with the agency as wires write it: "..., 2024 (Reuters) - ";
# also a dateline with no year ("BRUSSELS, 28 June (Wire) - ", "UNITED NATIONS, May 30 - ")
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]+,\s+[^—–()]{0,40}?\d[^—–()\d-]{0,12}?\s*"
    r"(?:\([^()]{1,30}\)\s*)?(?:[—–]|--?)\s*"
)


# The spaCy reader with the learned fallback for the stances it leaves out
# (concilium.text.learned); off by default: see benchmarks/draft/README.md, "learned fallback".
_WITH_MODEL = "spacy+model"
_MODEL_BY_DEFAULT = False


def _engine(engine: str) -> str:
    from concilium.text import nlp

    if engine not in ("auto", "spacy", "rules", _WITH_MODEL):
        raise InputError(f"engine {engine!r} is not one of auto, spacy, rules, {_WITH_MODEL}")
    if engine == "auto":
        return (_WITH_MODEL if _MODEL_BY_DEFAULT else "spacy") if nlp.available() else "rules"
    if engine in ("spacy", _WITH_MODEL) and not nlp.available():
        raise InputError("the spaCy pipeline is not installed", hint=nlp.INSTALL_HINT)
    return engine


_UNGA = {
    "id": "unga",
    "name": "United Nations General Assembly",
    "description": (
        "One vote per member state. Art. 18 of the Charter: important questions "
        "need a two-thirds majority of the members present and voting, other "
        "questions a majority of those present and voting; abstentions are not "
        "votes cast. Drafted inline: only the states named in the article are "
        "listed as members (the Assembly has 193)."
    ),
    "rule": {
        "kind": "majority",
        "name": "majority of members present and voting",
        "threshold": 0.5,
        "strict": True,
        "base": "votes_cast",
    },
    "rules": {
        "important": {
            "kind": "majority",
            "name": "two-thirds of members present and voting",
            "threshold": 0.666667,
            "strict": False,
            "base": "votes_cast",
        }
    },
    "sources": ["UN Charter, Art. 18: https://www.un.org/en/about-us/un-charter/chapter-4"],
}
# Groups of states with a fixed membership, named as a group ("the Baltic states"): each is
# read as its members, named in brackets after the group's name, so that a stance of the
# group is each member's.  The brackets are taken out of every quote again.  Groups whose
# members change (the "E10" of a Security Council year, the "A3") are not listed.
_GROUPS = [
    (
        # wire copy also says "the Baltic trio" (or "three") and "the Baltics"
        re.compile(r"\b(?:Baltic (?:states|countries|nations|republics|trio|three)|Baltics)\b"),
        "Estonia, Latvia and Lithuania",
    ),
    (
        re.compile(r"\bBenelux (?:states|countries|nations)\b"),
        "Belgium, the Netherlands and Luxembourg",
    ),
    (
        re.compile(r"\b(?:Nordic (?:states|countries|nations)|Nordics)\b"),
        "Denmark, Finland, Iceland, Norway and Sweden",
    ),
    (
        re.compile(
            r"\b(?:(?:Visegrad|Visegrád) (?:Four|four|group|Group|countries|states)|V4)\b"
            r"(?!\s*[+/]|-)"  # not "the V4+" (the four and others)
        ),
        "Czechia, Hungary, Poland and Slovakia",
    ),
]
# A word each of _GROUPS' patterns needs, in its order (case as in the pattern, which does
# not ignore case), so that a text naming none skips the pattern: a pattern that opens with
# \b is tried at every word boundary of the text (about 1 ms each on a 5,000-word article,
# which seldom names a group; test_draft_speedrest2)
_GROUP_NAME_WORDS = [("Baltic",), ("Benelux",), ("Nordic",), ("Visegr", "V4")]
_GROUP_MARK = " ("  # the bracket opened after a group's name
# Groups whose members are fixed on a date: the Security Council's five permanent members
# (the Soviet Union's seat Russia's from 24 December 1991) and the E3 (France, Germany and
# the United Kingdom, the three that negotiated with Iran from 2003), the Council's three
# Western permanent members and the EU's frugal four (see below).  Not a part of the
# group ("three of the five permanent members", "one of the P5"), nor a larger group it
# names ("the P5+1", "the E3/EU+3", "E3+3").
_DATED_GROUPS = [
    (
        re.compile(
            r"\b(?<!\bof\s)(?<!\bof\sthe\s)(?:P5|P-5|(?:five|5)\s+permanent\s+members"
            r"(?:\s+of\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+)?Council)?"
            r"|permanent\s+five)\b(?!\s*[+/]|-)"
        ),
        "p5",
    ),
    (re.compile(r"\b(?<!\bof\s)(?<!\bof\sthe\s)E3\b(?!\s*[+/]|-)"), "e3"),
    # the Security Council's three Western permanent members ("the P3"), when the text names
    # the Council
    (
        re.compile(
            r"\b(?<!\bof\s)(?<!\bof\sthe\s)(?:P3|P-3|(?:three\s+)?Western\s+permanent\s+"
            r"members(?:\s+of\s+the\s+(?:Security\s+)?Council)?)\b(?!\s*[+/]|-|,?\s+[A-Z(])"
        ),
        "p3",
    ),
    # the EU's "frugal four" of the budget talks from 2019 (not "the frugals": no count)
    (re.compile(r"\b(?<!\bof\s)(?<!\bof\sthe\s)[Ff]rugal\s+(?:four|Four)\b"), "frugal"),
    # the Security Council's three African elected members ("the A3"), when the text names
    # them no other way (not "the three African members, Gabon, Ghana and Kenya,") and the
    # data give exactly three on the date
    (
        re.compile(
            r"\b(?<!\bof\s)(?<!\bof\sthe\s)(?:(?:Council['’]s\s+)?three\s+African\s+members"
            r"(?:\s+of\s+the\s+(?:Security\s+)?Council)?|A3)\b(?!\s*\+|-|,?\s+[A-Z(])"
        ),
        "a3",
    ),
    # the Security Council's ten elected members ("the E10", "the elected members": with no
    # count only right after "the", not "two elected members"), when the text names them no
    # other way and the data give exactly ten on the date
    (
        re.compile(
            r"\b(?<!\bof\s)(?<!\bof\sthe\s)(?:(?:Council['’]s\s+(?:(?:ten|10)\s+)?|"
            r"(?:ten|10)\s+|(?<=\b[Tt]he\s))(?:elected|non-permanent)\s+members"
            r"(?:\s+of\s+the\s+(?:Security\s+)?Council)?|E10)\b"
            r"(?!\s*\+|-|,?\s+[A-Z(])"
        ),
        "e10",
    ),
    # both states of a pair that share a demonym ("both Korean governments", "the two
    # Congos", "the two German states"): the demonym alone would name one of them (or none)
    *(
        (
            re.compile(
                rf"\b(?<!\bof\s)(?<!\bof\sthe\s)(?:[Bb]oth(?:\s+the)?|[Tt]he\s+two)\s+"
                rf"(?:{adjective}\s+(?:governments|states|sides|countries|leaders|capitals)|"
                rf"{plural})\b"
            ),
            pair,
        )
        for adjective, plural, pair in [
            ("Korean", "Koreas", "koreas"),
            ("Congolese", "Congos", "congos"),
            ("Sudanese", "Sudans", "sudans"),
            ("German", "Germanys|Germanies", "germanys"),
        ]
    ),
]
# Words each dated group's pattern needs (case as in the pattern: none ignores case), so that
# a text naming none of them skips the pattern: its leading lookbehinds are tried at every
# word boundary of the text (about 2.5 ms each on a 5,000-word article, 4 ms with the
# lookbehinds before the \b, which tried them at every position; test_draft_speedrest and
# test_draft_speedrest2)
_DATED_GROUP_WORDS = {
    "p5": ("P5", "P-5", "permanent"),
    "e3": ("E3",),
    "p3": ("P3", "P-3", "Western"),
    "frugal": ("rugal",),
    "a3": ("African", "A3"),
    "e10": ("elected", "non-permanent", "E10"),
    "koreas": ("Korean", "Koreas"),
    "congos": ("Congolese", "Congos"),
    "sudans": ("Sudanese", "Sudans"),
    "germanys": ("German",),
}
# The pairs' members and the days both existed (South Sudan from its independence on
# 9 July 2011; the German Democratic Republic from 7 October 1949 to 2 October 1990).
_PAIRS = {
    "koreas": ("North Korea and South Korea", None, None),
    "congos": ("the Republic of the Congo and the Democratic Republic of the Congo", None, None),
    "sudans": ("Sudan and South Sudan", dt.date(2011, 7, 9), None),
    "germanys": (
        "the Federal Republic of Germany and the German Democratic Republic",
        dt.date(1949, 10, 7),
        dt.date(1990, 10, 2),
    ),
}
# The African UN member states (the African Group), for the Security Council's "A3"
_AFRICAN = frozenset(
    [
        *("DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM"),
        *("COG", "COD", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB"),
        *("GHA", "GIN", "GNB", "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT"),
        *("MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE"),
        *("SOM", "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE"),
    ]
)


def _seated_members(day: dt.date, gaz: Gazetteer, group: str) -> str | None:
    """The Security Council's African (``group`` "a3") or elected ("e10") members on ``day``
    as a list of names, when the data cover the day and give exactly three (ten); else
    None."""
    from concilium.bodies import load_body

    body = load_body("unsc")
    if body.valid_from is not None and day < body.valid_from:
        return None
    seated = sorted(
        gaz.state_name(m.id)
        for m in body.members
        if (m.id in _AFRICAN if group == "a3" else m.id not in _PERMANENT_SEATS)
        and (m.joined is None or m.joined <= day)
        and (m.left is None or day <= m.left)
    )
    if len(seated) != (3 if group == "a3" else 10):
        return None
    return f"{', '.join(seated[:-1])} and {seated[-1]}"


_SOVIET_SEAT_TO = dt.date(1991, 12, 23)


def _expand_dated_groups(text: str, day: dt.date, gaz: Gazetteer) -> tuple[str, list[str]]:
    """``text`` with the members on ``day`` of each group in ``_DATED_GROUPS`` in brackets
    after its name (as :func:`_expand_groups`), and the inserted strings."""
    members: dict[str, str | None] = {
        "p5": "China, France, "
        + ("the Soviet Union" if day <= _SOVIET_SEAT_TO else "Russia")
        + ", the United Kingdom and the United States",
        "e3": "France, Germany and the United Kingdom",
        "p3": "France, the United Kingdom and the United States",
        "frugal": "Austria, Denmark, the Netherlands and Sweden",
        "a3": None,
        "e10": None,
    }
    inserted: list[str] = []
    for rx, group in _DATED_GROUPS:
        if not any(word in text for word in _DATED_GROUP_WORDS[group]):
            continue  # the pattern cannot match (see _DATED_GROUP_WORDS)
        if (group == "e3" and day.year < 2003) or (group == "frugal" and day.year < 2019):
            continue  # the name was not in use
        if group == "p3" and "Council" not in text:
            continue
        if group in _PAIRS:
            pair, lo, hi = _PAIRS[group]
            if (lo and day < lo) or (hi and day > hi):
                continue  # not two states on the day: no guess which is meant
            members[group] = pair
        if group in ("a3", "e10"):
            if "Council" not in text or not rx.search(text):
                continue
            members[group] = _seated_members(day, gaz, group)
            if members[group] is None:
                continue
        text = _insert_members(rx, text, f"{_GROUP_MARK}{members[group]})", inserted)
    return text, inserted


_EU_BODIES = {"eu-council", "european-council"}


def _named_by_group(st: Any, grouped: list[str], gaz: Gazetteer, day: dt.date) -> bool:
    """Whether the stance's sentence names its actor only inside a group's inserted members."""
    bare = st.sentence
    for add in grouped:
        bare = bare.replace(add, "")
    return bare != st.sentence and all(m.actor != st.actor for m in gaz.find(bare, day))


def _expand_groups(text: str) -> tuple[str, list[str]]:
    """``text`` with each fixed group's members in brackets after its name (unless a bracket
    already follows), and the inserted strings, to be taken out of quotes again."""
    inserted: list[str] = []
    for (rx, members), words in zip(_GROUPS, _GROUP_NAME_WORDS, strict=True):
        if not any(word in text for word in words):
            continue  # the pattern cannot match (see _GROUP_NAME_WORDS)
        text = _insert_members(rx, text, f"{_GROUP_MARK}{members})", inserted)
    return text, inserted


# The text spells the group's members out itself: "the Nordics (Sweden and Norway)", "the
# Nordics - Sweden and Norway -", "the Baltic states: Estonia, Latvia and Lithuania"
_SPELT_OUT = re.compile(r"\s?\(|\s*[:–—]|\s+-\s")
# A group named with an exception later in its sentence ("backed by the elected members,
# with one exception", "the Baltic states except Lithuania", "the E10 backed it, except
# Japan"): not each member's act, so none is filled
_BUT_SOME = re.compile(
    r"[^.;]*?\b(?:with\s+(?:the\s+)?(?:\w+\s+)?exceptions?|except|excepting|"
    r"but\s+(?:one|two|three|for)|save\s+for|bar\s+one|apart\s+from|other\s+than|minus)\b"
)


def _insert_members(rx: re.Pattern[str], text: str, add: str, inserted: list[str]) -> str:
    """``text`` with ``add`` (a group's members in brackets) after each match of ``rx`` whose
    members the text does not spell out itself nor name with an exception; ``add`` is
    recorded in ``inserted`` when it was put in."""

    def repl(m: re.Match[str]) -> str:
        if _SPELT_OUT.match(m.string, m.end()) or _BUT_SOME.match(m.string, m.end()):
            return m.group()
        return m.group() + add

    new = rx.sub(repl, text)
    if new != text:
        inserted.append(add)
    return new


def _unexpand(value: Any, inserted: list[str]) -> Any:
    """``value`` (a drafted scenario, recursively) with the inserted group members taken out
    of every string."""
    if isinstance(value, str):
        if _GROUP_MARK not in value:
            return value  # (every inserted string opens with the mark: most strings hold none)
        for add in inserted:
            value = value.replace(add, "")
        return value
    if isinstance(value, dict):
        return {k: _unexpand(v, inserted) for k, v in value.items()}
    if isinstance(value, list):
        return [_unexpand(v, inserted) for v in value]
    return value


# A character within one sentence: a period is one only inside an abbreviation or a number
# ("U.S.-drafted", "U.S. envoy", "2.5"), not before a capitalised word or at the end.
_IN_SENTENCE = r"(?:[^.]|\.(?!\s+[A-Z\"']|\s*$))"

# When no council is named, how an article speaks of the deciders points at the body.
_BODY_HINTS = [
    (
        "eu-council",
        re.compile(
            r"\b(?:EU|European Union|bloc's)(?:\s+[\w-]+){0,2}\s+(?:ministers|"
            r"governments|member states|countries|capitals|ambassadors|envoys|diplomats)\b|"
            r"\bmember states\b|\bqualified majority\b|\bCouncil presidency\b|"
            # "Leaders of 25 of the European Union's 27 countries", "the bloc's 27 members"
            r"\b(?:European Union|EU|bloc)'s\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:countries|"
            r"members|member states|states|nations|governments|leaders)\b|"
            # "the Polish presidency of the EU", "European affairs ministers", "euro zone
            # leaders", "all 27 leaders"
            r"\bpresidency of the (?:EU|European Union)\b|\bEuropean affairs ministers\b|"
            r"\b[Ee]uro ?zone (?:leaders|finance ministers|ministers)\b|"
            r"\ball (?:2[5-8]|twenty-(?:five|six|seven|eight)) (?:EU )?leaders\b|"
            # the Union itself as the decider ("The European Union agreed on Tuesday to freeze
            # the funds of ...", "EU freezes assets": 31-13, test_draft_body31): a Council act
            r"\b(?:European Union|EU|EC)\s+(?:on\s+[A-Z]\w+\s+)?(?:agreed|agrees|decided|decides|"
            r"imposed|imposes|adopted|adopts|approved|approves|froze|freezes|extended|extends|"
            r"suspended|suspends|lifted|lifts|blacklisted|blacklists|sanctioned|sanctions|"
            r"gives|gave|grants|granted)\b|"
            # the Union's forerunner, the European (Economic) Community, by its leaders or
            # ministers ("European Community leaders", "the twelve leaders of the European
            # Community", "Eleven of the European Community's twelve leaders": 32-18..32-20)
            r"\b(?:European (?:Economic )?Community|EEC|EC)(?:'s)?(?:\s+[\w-]+){0,2}\s+"
            r"(?:leaders|heads of government|ministers|governments|member states|countries)\b|"
            # ("Leaders of the European Community" opening the lead, too)
            r"\b(?i:leaders|heads of government|ministers|governments|countries|members) of "
            r"the (?:\w+ )?European (?:Economic )?Community\b"
        ),
    ),
    (
        "unsc",
        re.compile(
            # a period inside an abbreviation ("a U.S.-drafted resolution") ends no sentence
            rf"\b(?:vetoe?d?s?|vetoing)\b{_IN_SENTENCE}{{0,80}}\bresolution\b|\bresolution\b"
            rf"{_IN_SENTENCE}{{0,80}}\bvetoe?d\b|\bpermanent members?\b|\belected members\b"
        ),
    ),
    ("nato", re.compile(r"\b(?:allies|alliance)\b", re.IGNORECASE)),
    # the alliance's founding treaty by its name, without the organisation's ("Twelve nations
    # sign Atlantic pact", "signed the North Atlantic Treaty": 29-24); not a "trans-Atlantic"
    # trade pact, nor another treaty (test_draft_nato29)
    (
        "nato",
        re.compile(r"(?<![\w-])(?:North\s+)?Atlantic\s+(?:[Pp]act|Treaty)\b(?!\s+Organi[sz])"),
    ),
]

# When none of the hints above is found, the signals a careful reader puts together when the
# council is not named in full; a body counts only when every group of its signals is found,
# and only when it is the one body so signalled (conflicting or partial signals name none).
_P5 = (
    r"(?:Russia|China|France|Britain|the United Kingdom|the U\.?K\.?|the United States|"
    r"the U\.?S\.?|Moscow|Beijing|Washington)"
)
# Another union or grouping named: its "bloc", "leaders" or "summit" are not the EU's.
_OTHER_GROUPINGS = re.compile(
    r"\b(?:African Union|ASEAN|Arab League|Mercosur|ECOWAS|Organi[sz]ation of American States|"
    r"Gulf Cooperation Council|Commonwealth|G-?7|G-?20|Eurasian Economic Union|"
    r"Shanghai Cooperation Organi[sz]ation|BRICS|OPEC)\b"
)
_BODY_SIGNALS: list[tuple[str, list[list[re.Pattern[str]]]]] = [
    (
        "unsc",
        [
            # "the Council" voting on a resolution, told from New York or the United Nations
            [
                re.compile(r"\b[Tt]he Council\b"),
                re.compile(r"\b(?:resolutions?|vetoe?(?:d|s)?|vot(?:e|es|ed|ing))\b"),
                re.compile(r"\bNEW YORK\b|\bNew York\b|\bUnited Nations\b|\bU\.?N\.?(?=\W)"),
            ],
            # a permanent member's veto of a draft ("Russia vetoed the text")
            [
                re.compile(rf"\b{_P5}\b{_IN_SENTENCE}{{0,30}}?\bvetoe(?:d|s)\b"),
                re.compile(r"\b(?:resolution|draft|text)\b"),
            ],
        ],
    ),
    (
        "eu-council",
        [
            # the Union speaking through its governments: its ministers, leaders, a summit, its
            # member states, or a written procedure of the Council
            [
                re.compile(r"\b(?:European Union|EU)\b"),  # "the bloc" alone may be another
                re.compile(r"\b[Tt]he (?:European Union|EU|bloc)\b"),
                re.compile(r"\b(?:ministers|leaders|summit|member states|written procedure)\b"),
            ],
        ],
    ),
    # NATO's allies and alliance are hints above already
]


def _signalled_body(text: str) -> str | None:
    """The one body whose signals (``_BODY_SIGNALS``) are all found in ``text`` by one of its
    signal sets, else None: no body, more than one (the signals conflict), or another
    grouping named whose bloc or summit it may be."""
    found = [
        body
        for body, sets in _BODY_SIGNALS
        if any(all(rx.search(text) for rx in group) for group in sets)
    ]
    if len(found) != 1 or _OTHER_GROUPINGS.search(text):
        return None
    return found[0]


# Members of the groups :data:`counts.KNOWN_GROUPS` names, as far as they are the body's on
# the date: the Security Council's permanent seats (the Soviet Union's, then Russia's), its
# elected members (the others) and its African members; the Baltic, Nordic, Benelux and
# Visegrad states (Czechoslovakia's successors); the founding members of the European
# Communities (Treaty of Paris, 1951) and of NATO (North Atlantic Treaty, 1949).
_PERMANENT_SEATS = frozenset(["CHN", "FRA", "GBR", "USA", "RUS", "SUN"])
_FIXED_GROUP_IDS = {
    "baltic": frozenset(["EST", "LVA", "LTU"]),
    "nordic": frozenset(["DNK", "FIN", "ISL", "NOR", "SWE"]),
    "benelux": frozenset(["BEL", "LUX", "NLD"]),
    "visegrad": frozenset(["CZE", "HUN", "POL", "SVK"]),
}
_EC_FOUNDERS = frozenset(["BEL", "DEU", "FRA", "ITA", "LUX", "NLD"])
_FOUNDERS = {
    "eu-council": _EC_FOUNDERS,
    "european-council": _EC_FOUNDERS,
    "nato": frozenset(
        ["BEL", "CAN", "DNK", "FRA", "GBR", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "USA"]
    ),
}
_GROUP_WORDS = {
    "p5": "the permanent members",
    "e10": "the elected members",
    "a3": "the African members",
    "baltic": "the Baltic states",
    "nordic": "the Nordic states",
    "benelux": "the Benelux states",
    "visegrad": "the Visegrad states",
    "founding": "the founding members",
}


def _group_members(body: str, members: Collection[str]) -> dict[str, frozenset[str]]:
    """Each known group's members among the body's ``members`` (empty: the group is not the
    body's, and a count said of it fills no one)."""
    ids = frozenset(members)
    unsc = body == "unsc"
    out = {kind: ids & group for kind, group in _FIXED_GROUP_IDS.items()}
    out["founding"] = ids & _FOUNDERS.get(body, frozenset())
    out["p5"] = ids & _PERMANENT_SEATS if unsc else frozenset()
    out["e10"] = ids - _PERMANENT_SEATS if unsc else frozenset()
    out["a3"] = ids & _AFRICAN if unsc else frozenset()
    return out


def _count_scope(
    tally: Tally,
    counted: list[str],
    on_issue: list[str],
    body_size: int,
    euro_size: int,
    group_sizes: Mapping[str, int],
) -> str | None:
    """Whose count an issue's count is: :data:`counts.EURO` (the euro area's members on the
    date), a known group's kind (its members on the date, ``group_sizes`` of them),
    :data:`counts.OTHER_GROUP` (a group whose members are not data: no one is filled), or None
    (the body's members, as before).

    A count said of a known group ("The three Baltic states unanimously backed it", "the ten
    elected members were unanimous") is over its members, unless it states more votes than
    they are ("adopted 14-0, the five permanent members among them": the body's); a group
    with none of the body's members on the date (the permanent members outside the Security
    Council) fills no one.

    A sentence the count comes from that names the deciders as the euro area ("Euro zone
    leaders reached a unanimous agreement") puts the count over the euro area, unless it
    states more votes than the euro area has ("23 of the 27 governments ...: the 17 euro zone
    countries and six others" is a count of the body).  The euro area named as deciding
    elsewhere on the issue only ("Euro zone finance ministers met ... The decision was
    unanimous"): a number that is the euro area's size is its count, one that is the body's
    is the body's, and unanimity fills no one (prefer no fill to a wrong one).
    """
    from concilium.text.counts import EURO, OTHER_GROUP, deciding_group, euro_deciders

    stated = sum(tally.as_dict().values())
    kinds = {deciding_group(s) for s in counted}
    if OTHER_GROUP in kinds and stated != body_size:
        return OTHER_GROUP
    known = {k for k in kinds if k is not None and k in group_sizes}
    if len(known) > 1:
        return OTHER_GROUP  # two groups counted: whose the count is is not clear
    for kind in known:
        size = group_sizes[kind]
        if stated > size or size == body_size:
            return None
        return kind if size else OTHER_GROUP
    if not euro_size or euro_size == body_size:
        return None
    if EURO in kinds:
        return None if stated > euro_size else EURO
    # (deciding_group reads the euro area first, so it is EURO exactly where euro_deciders
    # finds a span: that spares the other groups' patterns on every sentence of the issue)
    if any(euro_deciders(s) for s in on_issue):
        if stated == euro_size:
            return EURO
        if not stated:
            return OTHER_GROUP
    return None


# Unanimity said of another council: "The decision followed a unanimous vote by the UN
# Security Council" in a NATO report is the Security Council's count, not the alliance's.
_OTHER_COUNCILS = {
    "unsc": r"(?:UN\s+|United\s+Nations\s+)?Security\s+Council",
    "unga": r"(?:UN\s+|United\s+Nations\s+)?General\s+Assembly",
}
_UNANIMITY_WORD = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)


# An opening phrase of time before a sentence's subject, with no comma: "On 7 October the
# Security Council ...", "Earlier this month the Assembly ..."
_WHEN_OPENING = r"(?:(?:on|in|earlier|last|two|three|a)\b[^,;]{0,40}?\s+)"


def _other_council_decides(sentence: str, other: str) -> bool:
    """Whether ``sentence`` opens on council ``other`` (``_OTHER_COUNCILS``) deciding: its
    subject, after a phrase of time or an opening clause, followed by a decision verb."""
    cut = _DATELINE.match(sentence)
    head = cut.end() if cut else 0
    m = re.compile(
        rf"\s*(?:{_WHEN_OPENING}|[^,;]{{1,80}},\s+)?(?:the\s+)?{_OTHER_COUNCILS[other]}\b",
        re.IGNORECASE,
    ).match(sentence, head)
    return m is not None and _DECIDES_AFTER.match(sentence, m.end()) is not None


def _others_unanimity(sentence: str, body: str) -> str:
    """The sentence with "unanimous" taken out where it is said of another council than the
    article's (within a few words of that council's name: "a unanimous vote by the UN Security
    Council", "the Security Council voted unanimously"), so that no count is read from it."""
    for other, name in _OTHER_COUNCILS.items():
        if other == body:
            continue
        rx = re.compile(
            rf"\bunanimous(?:ly)?\b[^.;]{{0,30}}?\b{name}\b|\b{name}\b[^.;]{{0,40}}?"
            r"\bunanimous(?:ly)?\b",
            re.IGNORECASE,
        )
        sentence = rx.sub(lambda m: _UNANIMITY_WORD.sub("", m.group(0)), sentence)
    return sentence


# The verbs by which a council decides, as a headline (present) or a lead (past, perfect) puts
# them: the council that is their subject decides, whatever other organisation the decision
# is about ("The Security Council rejected a call to halt NATO's strikes"; "The General
# Assembly voted ..., after Russia blocked action in the Security Council").
_DECIDES = (
    # any case: a headline in title case ("Security Council Adopts Resolution")
    r"(?i:(?:has|have|had)\s+)?(?i:vot(?:es|ed)|adopt(?:s|ed)|approv(?:es|ed)|reject(?:s|ed)|"
    r"endors(?:es|ed)|demand(?:s|ed)|agree(?:s|d)|pass(?:es|ed)|decid(?:es|ed)|back(?:s|ed)|"
    r"throws?\s+out|threw\s+out|condemn(?:s|ed)|authori[sz](?:es|ed)|impos(?:es|ed)|"
    r"extend(?:s|ed)|renew(?:s|ed)|launch(?:es|ed)|elect(?:s|ed)|appoint(?:s|ed)|"
    r"call(?:s|ed)\s+(?:for|on)|urg(?:es|ed)|lift(?:s|ed)|suspend(?:s|ed)|sets?\s+up|"
    r"establish(?:es|ed)|recogni[sz](?:es|ed)|admit(?:s|ted)|"
    r"fail(?:s|ed)\s+to\s+(?:adopt|agree|pass|approve))\b"
)
# Between the subject and its verb: an apposition (", meeting in Brussels,"), the day ("on
# Friday", "late on Tuesday"), a manner adverb ("overwhelmingly", "unanimously").
_DECIDES_AFTER = re.compile(
    r"(?:'s|’s)?(?:\s*,[^,;]{1,60},)?(?:\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+[\w-]+"
    r"(?:\s+\d{1,2}(?!\d))?|\s+[a-z]+ly|\s+(?:yesterday|today|tonight|again|also|finally))*"
    rf"\s+{_DECIDES}"
)
# Before the subject: the start of the sentence (after any dateline), an opening phrase ("In a
# rare show of unity, "), and the subject's own determiner and number ("The 15-member", "The
# seventeen", "All 27", "The UN"), nothing else: a council named further in is not the subject.
_NUMBER_WORD = (
    r"(?:\d[\w-]*|[a-z]+teen|(?:twenty|thirty|forty)(?:-[a-z]+)?|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[\w]+-(?:member|nation|strong|country))"
)
_SUBJECT_BEFORE = re.compile(
    r"(?P<intro>[^,;]{1,80},\s+)?(?:(?:[Tt]he|[Aa]ll)\s+)?"
    rf"(?:{_NUMBER_WORD}\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?"
    # the organisation's possessive: "NATO's North Atlantic Council", "the UN's General Assembly"
    r"(?:(?:NATO|UN|U\.N\.|United\s+Nations|EU|European\s+Union)['’]s\s+)?"
)
# The EU's governments named as such ("European Union foreign ministers", "EU governments",
# "Foreign ministers of the European Union")
_EU_DECIDERS = re.compile(
    r"\b(?:EU|European Union)(?:'s|’s)?(?:\s+(?!candidate|applicant|partner|non-)[\w-]+){0,2}?"
    r"\s+(?:ministers|governments|"
    r"member states|countries|leaders|ambassadors|envoys|capitals)\b|"
    r"\b(?:[A-Z]?[a-z]+\s+)?(?:[Mm]inisters|[Ll]eaders|[Aa]mbassadors|[Gg]overnments|[Hh]eads\s+of\s+"
    r"(?:state\s+and\s+)?government)\s+of\s+the\s+(?:(?:\d+|[a-z]+)\s+)?(?:EU|European Union)"
    r"(?:(?:['’]s\s+\S+)?\s+(?:member\s+states|countries))?(?!['’])\b"
)
# A council named by its last word only ("Council throws out ...", "The Assembly adopted ...")
_BARE_COUNCIL = re.compile(r"(?<![\w-])(?:Council|Assembly)\b(?!\s+of\b)")
_NAMED_COUNCIL = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+)+(?:Council|Assembly)\b")


def _bare_council_body(word: str, text: str, by_name: list[Mention]) -> str | None:
    """The body that "Council" or "Assembly" alone stands for: the one council the article
    names in full with that word ("the Security Council"), when every such council named is
    that body (not with "the Human Rights Council" or a second council also named)."""
    bodies = {str(m.body) for m in by_name if word in m.surface.split()}
    covered = [(m.start, m.end) for m in by_name if word in m.surface.split()]
    for named in _NAMED_COUNCIL.finditer(text):
        if not named.group().endswith(word) or named.group().split()[0] == word:
            continue
        if named.group().split()[:-1] == ["The"]:
            continue  # "The Council" at the head of a sentence is the bare word
        if not any(a <= named.end() - len(word) < b for a, b in covered):
            return None  # another council of that name ("the Human Rights Council")
    return bodies.pop() if len(bodies) == 1 else None


def _decider_body(mentions: list[Mention], text: str, sents: list[tuple[int, str]]) -> str | None:
    """The body the headline and the lead name as deciding: the subject of a decision verb at
    the head of the sentence ("The General Assembly on Friday overwhelmingly endorsed ...",
    "Council throws out Russian call to halt NATO bombing", "European Union foreign ministers
    on Monday extended ...", "The seventeen leaders of the euro zone agreed ..."), when they
    name one; None when neither does or they name two (then the mentions decide)."""
    from concilium.text.counts import euro_deciders

    by_name = [m for m in mentions if m.body and not m.how.startswith("person")]
    found: set[str] = set()
    for i in sorted({0, _lede(sents)}):
        if i >= len(sents):
            continue
        offset, sentence = sents[i]
        spans = [
            (m.start - offset, m.end - offset, str(m.body))
            for m in by_name
            if offset <= m.start < offset + len(sentence)
        ]
        spans += [(a, b, "eu-council") for a, b in euro_deciders(sentence)]
        spans += [(m.start(), m.end(), "eu-council") for m in _EU_DECIDERS.finditer(sentence)]
        for m in _BARE_COUNCIL.finditer(sentence):
            bare = _bare_council_body(m.group(), text, by_name)
            if bare is not None:
                spans.append((m.start(), m.end(), bare))
        cut = _DATELINE.match(sentence)
        head = cut.end() if cut else 0
        for a, b, body in spans:
            before = _SUBJECT_BEFORE.fullmatch(sentence, head, a) if a >= head else None
            if before is None or not _DECIDES_AFTER.match(sentence, b):
                continue
            intro = before.group("intro") or ""
            if re.search(rf"\b{_DECIDES}", intro):
                continue  # the opening phrase is a clause of its own
            found.add(body)
    return found.pop() if len(found) == 1 else None


def _body_candidates(
    mentions: list[Mention], text: str, sents: list[tuple[int, str]]
) -> tuple[list[str], str]:
    """The bodies an article may be about, the likeliest first, and why (for the notes).

    The first sentence that names a council by name (the headline, else the wire report's lead,
    which says who decided: "The UN General Assembly on Tuesday demanded ...") puts that council
    first when it is the only one named there; then by how often each is named (a body's officials count too), then by how the
    article speaks of the deciders when no council is named at all ("Leaders of 25 of the
    European Union's 27 countries agreed ...").
    """
    from concilium.text.counts import euro_deciders

    bodies = Counter(m.body for m in mentions if m.body)
    if not bodies:
        for b, rx in _BODY_HINTS:
            n = len(rx.findall(text))
            if n:
                bodies[b] += n
        # the euro area's deciders ("finance ministers of the euro zone", "the Eurogroup", "a
        # euro summit") meet as a formation of the EU's councils
        euro = len(euro_deciders(text))
        if euro:
            bodies["eu-council"] += euro
    decider = _decider_body(mentions, text, sents)
    if decider is not None:
        # the body the headline or lead names as deciding, over any it names as a topic
        ranked = [decider] + [b for b, _ in bodies.most_common() if b != decider]
        return ranked, f"the decider named in the headline or lead; mentions {dict(bodies)}"
    signalled = None if bodies else _signalled_body(text)
    if signalled is not None:
        return [signalled], "no council named; signals of " + signalled
    ranked = [b for b, _ in bodies.most_common()]
    why = f"mentions {dict(bodies)}" if bodies else "no council named"
    by_name = [m for m in mentions if m.body and not m.how.startswith("person")]
    lead = next(((o, s) for o, s in sents if any(o <= m.start < o + len(s) for m in by_name)), None)
    if lead is not None:
        named = {str(m.body) for m in by_name if lead[0] <= m.start < lead[0] + len(lead[1])}
        if len(named) == 1:
            first = named.pop()
            ranked = [first] + [b for b in ranked if b != first]
            why = (
                f"the only council named in the first sentence naming one; mentions {dict(bodies)}"
            )
            eu = _eu_deciders_before(lead, by_name, first)
            if eu is not None:
                ranked = [eu] + [b for b in ranked if b != eu]
                why = (
                    "the lead's deciders are EU governments, named before the other council "
                    f"it mentions; mentions {dict(bodies)}"
                )
    return ranked, why


def _eu_deciders_before(lead: tuple[int, str], by_name: list[Mention], named: str) -> str | None:
    """The EU Council ("eu-council") when the lead speaks of EU deciders without naming a council before the
    council it does name: "European Union foreign ministers on Monday approved sanctions ...,
    going beyond the measures the UN Security Council voted for last month" is the EU's
    decision; the Security Council is background.  None otherwise."""
    if named == "eu-council":
        return None
    offset, sentence = lead
    first = min(m.start for m in by_name if offset <= m.start < offset + len(sentence))
    hint = next(rx for b, rx in _BODY_HINTS if b == "eu-council").search(sentence)
    return "eu-council" if hint is not None and offset + hint.start() < first else None


def _open_body(
    candidates: list[str], day: dt.date
) -> tuple[str, Any, dict[str, Any], InputError | None]:
    """The first candidate body whose data cover ``day``: (id, body or None, members by id,
    None).

    The General Assembly has no built-in body (the draft writes an inline one). When no
    candidate covers the date, the first one with its error and no members: the draft goes on
    with the states the article names (see ``_uncovered_body``) and says why.
    """
    from concilium.bodies import load_body

    first: tuple[str, Any, InputError] | None = None
    for body in candidates:
        if body == "unga":
            return body, None, {}, None
        the_body = load_body(body)
        try:
            return body, the_body, {m.id: m for m in the_body.members_on(day)}, None
        except InputError as exc:  # the body's data do not cover the article's date
            first = first or (body, the_body, exc)
    assert first is not None
    return first[0], first[1], {}, first[2]


def _uncovered_body(the_body: Any, day: dt.date, members: list[tuple[str, str]]) -> dict:
    """An inline body for a date ``the_body``'s data do not cover, with ``members`` (id,
    name; the tags the data give them, a permanent member's veto) and the body's own rules.

    Its rule may need more members (the Security Council's nine votes) or weights (QMV's
    populations) than are listed: the scenario's validation, and so every forecast, refuses
    the body until the analyst adds them, and then the real rule applies (a stand-in rule
    here would stay on after the members are added)."""
    from concilium.bodies import Member

    tags = {m.id: m.tags for m in the_body.members if m.member_on(day)}
    seats = [Member(id=iso, name=name, tags=tags.get(iso, frozenset())) for iso, name in members]
    rules = {
        name: r.model_dump(mode="json", exclude_none=True) for name, r in the_body.rules.items()
    }
    rule = the_body.rule.model_dump(mode="json", exclude_none=True)
    return {
        "id": the_body.id,
        "name": the_body.name,
        "description": (
            f"{the_body.description or the_body.name} Drafted inline: the body's data do not "
            f"cover {day.isoformat()}; the members listed are only some of those of that date "
            "(see the notes): add the others by hand. Its rules are the body's own, as its data "
            f"give them: check that they held on {day.isoformat()}; until the members are added, "
            "every forecast refuses a rule that needs more of them."
        ),
        "rule": rule,
        **({"rules": rules} if rules else {}),
        "members": [
            {"id": m.id, "name": m.name, **({"tags": sorted(m.tags)} if m.tags else {})}
            for m in seats
        ],
    }


_PERSON_HEADS = re.compile(r"\b(?:candidate|candidates|candidacy|nominee|nominees)$", re.IGNORECASE)
_TWO_THIRDS = re.compile(r"\btwo[- ]thirds\b", re.IGNORECASE)
# The label of each side of a count ("A was among the ten": the side with ten votes).
_COUNT_SIDE = {"yes": "support", "no": "oppose", "abstain": "abstain"}


# Councils that decide by consensus (the North Atlantic Council; the EU's councils, whose
# unanimity and consensus decisions most reports are about).
_CONSENSUS_BODIES = {"nato", "eu-council"}
# (not signing: "signed up" is taking part in the decision, as a member does)
_RATIFY = {"ratify", "ratifies", "ratified", "ratifying"}

# A member named as staying away from the meeting: "Britain's prime minister did not attend",
# "Theresa May was not invited", "stayed away from the summit" (the words right after the
# name, or after the person the name's words introduce), and "a meeting without Britain".
# Also the member's envoy or seat ("Syria's ambassador was absent", "the Soviet delegate
# stayed away", "Syria's seat was empty") and a boycott of the meeting ("boycotted the
# session"); not an earlier meeting ("absent from the talks last week").
_AWAY_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?-i:[A-Z][\w'’.-]*)){0,5}"
    r"(?:\s+(?:delegate|delegation|representative|ambassador|envoy|seat|chair))?\s+"
    r"(?:(?:did\s+not|didn['’]t|would\s+not|will\s+not)\s+attend|"
    r"(?:was|were)\s+not\s+invited|had\s+not\s+been\s+invited|(?:was|were)\s+absent|stayed\s+away"
    r"|boycotted|(?:(?<=seat\s)|(?<=chair\s))(?:was|remained|stood)\s+(?:empty|vacant))"
    r"(?=\s*(?:[.;,]|$|\band\b|\bbut\b|\s+(?:from\s+|to\s+)?the\s+(?:summit|meeting|talks|"
    r"session|gathering|ceremony|signing|vote)\b(?!\s+(?:last|earlier|previously|before)\b)))",
    re.IGNORECASE,
)
_AWAY_BEFORE = re.compile(
    r"\b(?:meet(?:s|ing)?|met|summit|gather(?:s|ed|ing)?)\s+without\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The cues of a member read as not voting at all (stance.py's "did not take part in the vote",
# "stayed out of the vote"), as against abstaining in the vote
_NOT_VOTING = re.compile(
    r"(?:not\s+(?:take|took|taking)\s+part|not\s+participat\w*|(?:take|took|taking)\s+no\s+part"
    r"|stayed\s+out|kept\s+out)\b",
    re.IGNORECASE,
)


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", re.IGNORECASE)


def _stayed_away(
    sents: list[tuple[int, str]], mentions: list[Mention], members: Collection[str]
) -> dict[str, str]:
    """{member: sentence} for the members a sentence names as staying away from the meeting
    (see ``_AWAY_AFTER``, ``_AWAY_BEFORE``); not those named as taking part too."""
    out: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    # The sentences are in order and apart (see sentences): the one holding a mention is the
    # last that starts at or before it, found by bisection (a scan of every sentence per
    # mention was 3 % of a 5,000-word draft).
    starts = [start for start, _ in sents]
    for k, m in enumerate(ordered):
        if m.actor not in members:
            continue
        at = bisect.bisect_right(starts, m.start) - 1
        for start, sent in sents[at : at + 1] if at >= 0 else ():
            if not start <= m.start < start + len(sent):
                continue
            before, after = sent[: m.start - start], sent[m.end - start :]
            if not (_AWAY_AFTER.match(after) or _AWAY_BEFORE.search(before)):
                continue
            # "Hungary and Poland did not attend": every state of the list stayed away
            run, j = [m], k
            while j > 0 and ordered[j - 1].start >= start:
                gap = sent[ordered[j - 1].end - start : ordered[j].start - start]
                if not _LIST_GAP.match(gap):
                    break
                j -= 1
                run.append(ordered[j])
            for n in run:
                if n.actor:
                    out.setdefault(n.actor, sent)
    return out


_REFERENDUM = re.compile(r"\breferend(?:um|ums|a)\b|\bplebiscites?\b", re.IGNORECASE)
_PUT_TO_VOTERS = {"treaty", "treaties", "constitution"}


def _rejected_by_vote(st: Any) -> bool:
    """A state's opposition whose object is a treaty or a constitution ("reject a treaty"),
    in an article that tells a referendum (see draft_scenario)."""
    from concilium.text.stance import OPPOSE

    words = (st.object_text or "").lower().split()
    return st.label == OPPOSE and bool(words) and words[-1] in _PUT_TO_VOTERS


def _let_pass(st: Any) -> bool:
    """A negated blocking cue read as no stance ("did not block it", "did not stand in the
    way", "did not veto them"; ``stance`` marks it neutral at a reaction's weight), stated as
    done: not a modal one ("would not block a decision", whose cue keeps the modal)."""
    from concilium.text.stance import NEUTRAL

    if st.label != NEUTRAL or st.how != "negated":
        return False
    if st.cue.startswith("not "):
        return True
    # a stated intention ("said his country would not block any sanctions", "will not veto
    # it") lets the consensus form as well, unless the sentence sets a condition or a
    # reservation on it ("would not block it if ...", "unless ...", "would not block a
    # decision, but it wants guarantees": undecided); "could not block it" (no power to) is none
    return st.cue.startswith(
        ("will not ", "would not ", "wo not ")
    ) and not _CONDITION_WORDS.search(st.sentence)


def _hesitated_before(st: Any, passed: set[tuple[str, int]]) -> bool:
    """Whether ``st`` is a neutral reaction (a hesitation, doubts) of an actor that the same
    or a later sentence says let the decision pass (``passed``: actor and sentence of each):
    "was hesitant but did not stand in the way"."""
    from concilium.text.stance import NEUTRAL

    return (
        st.label == NEUTRAL
        and st.how == "reaction"
        and any(actor == st.actor and at >= st.index for actor, at in passed)
    )


_CONDITION_WORDS = re.compile(
    r"\b(?:if|unless|provided|providing|as long as|so long as|only when|until|whether|but|"
    r"though|although|however|yet)\b",
    re.IGNORECASE,
)


# A procedural motion about a text, put to a vote (issue 13, "motion" class): "moved that the
# Assembly take no action on it. The motion carried by 143 votes to 7"; "a motion to adjourn
# the debate was defeated 60-90"; "asked the Assembly to apply the two-thirds rule. That
# motion passed, 75 to 72".  The count is the motion's, never the text's (a no-action motion
# carried is the amendment NOT adopted, not adopted 143-7).  Only the UN bodies vote on motions
# about a text; a parliament's motion is another body's decision.
_MOTION_BODIES = {"unga", "unsc"}
# "The provisional agenda was adopted by 13 votes to 2": the agenda voted on as such
_AGENDA_VERDICT = (
    r"\bagenda\s+(?:was|were|had been)\s+(?:\w+ly\s+)?(?P<verb>adopted|approved|rejected|"
    r"defeated)\b(?P<after>[^.;!?]{0,45})"
)
_MOTION_KINDS = (
    (
        "no-action",
        re.compile(r"\bno[- ]action\b|\btake no (?:further )?action\b", re.IGNORECASE),
        "Motion to take no action on",
    ),
    (
        "adjourn",
        re.compile(r"\badjourn(?:s|ed|ing|ment)?\b", re.IGNORECASE),
        "Motion to adjourn the debate on",
    ),
    (
        "defer",
        re.compile(r"\b(?:defer|postpone)(?:s|red|ring|ed|ing|ment)?\b", re.IGNORECASE),
        "Motion to defer",
    ),
    (
        # "moved to close the debate and vote at once", "voted against closure": a step of
        # the debate, neither for nor against the text
        "closure",
        re.compile(r"\bclos(?:e|ed|ing|ure of)\s+(?:the\s+)?debate\b|\bclosure\b", re.IGNORECASE),
        "Motion to close the debate on",
    ),
    (
        # a vote to put a question on the agenda: a decision of its own beside the text's,
        # never against it (see ``_AGENDA_VOTE``)
        "agenda",
        re.compile(
            r"\binscri(?:be|bed|bes|bing|ption)\b|\b(?:put|place|includ)\w*\b[^.;!?]{0,50}?"
            r"\b(?:on|in)\s+(?:the|its|their)\s+(?:\w+\s+)?agenda\b|" + _AGENDA_VERDICT,
            re.IGNORECASE,
        ),
        "Vote to put the question on the agenda",
    ),
)
# a motion on the rule or the procedure of the vote: neither for nor against the text
_RULE_MOTION = re.compile(
    r"\bimportant question\b|\btwo[- ]thirds\b|\bprocedural\b|\brules? of procedure\b",
    re.IGNORECASE,
)
# ... told as moved, asked or proposed (the sentences before the motion's count)
_MOVED = re.compile(
    r"\b(?:mov(?:ed|es|ing)|motions?|asked|requested|proposed|tabled|called for)\b", re.IGNORECASE
)
_MOTION_CARRIED = {"carried", "passed", "adopted", "approved", "succeeded", "prevailed", "won"}
# "The motion carried by 143 votes to 7", "A motion to take no action on the amendment was
# defeated 40-90": the motion is the subject of the verdict the count follows
_MOTION_VERDICT = re.compile(
    r"\bmotion\b(?P<of>[^.;!?]{0,120}?)[\s,]+(?:(?:was|were|had been|has been)\s+)?"
    r"(?:\w+ly\s+)?(?P<verb>carried|passed|adopted|approved|succeeded|prevailed|won|rejected|"
    r"defeated|failed|fell|lost|voted down)\b(?P<after>[^.;!?]{0,45})",
    re.IGNORECASE,
)
# "rejected, 59 to 55, a United States motion": the motion the object, the count before it
_MOTION_OBJECT = re.compile(
    r"\b(?P<verb>rejected|defeated|adopted|approved|carried|passed)\b,?\s+(?P<after>[^.;!?]{0,40}?\d"
    r"[^.;!?]{0,40}?)\s+(?:a|an|the|its|their)\s+(?:[\w.'’-]+\s+){0,4}?motion\b",
    re.IGNORECASE,
)
# "voted 143 to 7 to take no action on the amendment", "decided, by 126 votes to 51, to take
# no action on it": the procedure itself, counted
_VOTED_TO = re.compile(
    r"\b(?:voted|decided|agreed|resolved)\b(?P<after>[^.;!?]{0,60}?)\bto\s+"
    r"(?:take\s+no\s+(?:further\s+)?action|adjourn|defer|postpone)\b",
    re.IGNORECASE,
)
# "decided by 13 votes to 2 to put the question on their agenda", "voted 11 to 1 to inscribe
# it": the procedural vote to take a question up, counted between the verb and what it does
# (not "decided to put it on the agenda and adopted the text 12 to 3", the text's count)
_AGENDA_VOTE = re.compile(
    r"\b(?:voted|decided|agreed|resolved)\b(?P<after>[^.;!?]{0,60}?)\bto\s+(?:inscribe\b|"
    r"(?:put|place|include)\b[^.;!?]{0,50}?\b(?:on|in)\s+(?:the|its|their)\s+(?:\w+\s+)?"
    r"agenda\b)",
    re.IGNORECASE,
)
_A_COUNT = re.compile(r"\d")
# the words one of which each pattern of _motion_vote needs: "motion" (_MOTION_VERDICT,
# _MOTION_OBJECT), "agenda" or "inscribe" (_AGENDA_VERDICT, _AGENDA_VOTE), what the vote was
# to do (_VOTED_TO: "take no action", "adjourn", "defer", "postpone")
_MOTION_WORDS = ("motion", "agenda", "inscribe", "take", "adjourn", "defer", "postpone")
# "did not take part in that vote": the sentence goes on about the vote just told
_THAT_VOTE = re.compile(r"\b(?:that|this|the same|the procedural)\s+vote\b", re.IGNORECASE)
# "... voted against the motion", "... among the 20 that abstained": a sentence after the
# motion's count that goes back to the motion by name or by one of its figures
_THE_MOTION = re.compile(r"\b(?:the|that|this|his|her|its|their)\s+motion\b", re.IGNORECASE)
_AMONG_THE = re.compile(r"\b(?:among|one of|of)\s+the\s+(?P<n>\d{1,3})\b", re.IGNORECASE)
# a text noun between the motion's verdict and its count is that text's verdict ("After the
# motion failed, the amendment was rejected 40 to 90")
_OTHER_TEXT = re.compile(
    r"\b(?:amendments?|resolutions?|drafts?|texts?|proposals?|declarations?|pact|treaty)\b",
    re.IGNORECASE,
)
_GENERIC_TITLES = {"amendment", "text", "proposal", "resolution", "draft"}
_ON_IT = re.compile(
    r"\b(?:no[- ]action|adjourn\w*|defer\w*|postpon\w*)\b[^.;]{0,20}\bon\s+(?:it|them)\b",
    re.IGNORECASE,
)
# the mover: "Congo, speaking for the African Group, moved that the Assembly take no action";
# "Britain tabled a motion to adjourn the debate"
_MOVER_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:[\w-]+\s+){0,3}?(?:delegation|envoy|ambassador|representative))?"
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:\w+ly\s+)?(?:moved|tabled|proposed|put forward|introduced|"
    r"submitted)\s+(?:that|to|a|an|the)\b",
    re.IGNORECASE,
)
# "a no-action motion tabled by Congo", "a motion by Congo" (not "a motion opposed by
# Congo"), "Congo's motion"; its aim may be set off by a comma ("A motion to adjourn the
# debate, put forward by Suriname": 29-09, test_draft_nato29)
_MOVER_BEFORE = re.compile(
    r"\bmotion\s+(?:(?:[\w-]+,?\s+){0,6}?(?:moved|tabled|proposed|put forward|introduced|"
    r"submitted|brought)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MOVER_POSSESSIVE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?motion\b", re.IGNORECASE)


def _said_of_motion(st: Any, index: int) -> bool:
    """Whether stance ``st`` is told of the motion itself, in the motion's sentence, by its
    cue's participle after the motion ("A motion to adjourn the debate, opposed by Jamaica,
    was carried"): a stance on the motion, not on the text it set aside (test_draft_nato29)."""
    if st.index != index or not st.cue:
        return False
    verb = re.escape(st.cue.split(" (")[0].split()[0])
    return (
        re.search(rf"\bmotion\b[^.;]{{0,80}}?[\s,]{verb}\s+by\b", st.sentence, re.IGNORECASE)
        is not None
    )


@dataclass(frozen=True)
class _Motion:
    index: int  # the sentence its count is in
    carried: bool
    kind: str  # "no-action", "adjourn", "defer": against the text; "rule"; "" (not told)
    title: str  # "Motion to take no action on", "Procedural motion", "Motion"; ends in
    # "on" when it takes the text's name
    on_amendment: bool  # its words name an amendment
    movers: tuple[tuple[str, int, str], ...]  # (actor, sentence index, sentence)
    # the sentences after its count that go on about it ("Three members did not take part in
    # that vote"): an agenda vote's only
    told_after: tuple[int, ...] = ()


def _motion_vote(sentence: str) -> tuple[bool, str] | None:
    """(carried, the motion's words) when the sentence's count is a procedural motion's, else
    None."""
    from concilium.text.counts import folded

    # Every reading below needs a figure (_A_COUNT) and one of _MOTION_WORDS: most sentences
    # have neither, and the five patterns cost about 10 ms on a 5,000-word draft
    low = folded(sentence)
    if _A_COUNT.search(sentence) is None or (
        low is not None and not any(w in low for w in _MOTION_WORDS)
    ):
        return None
    m = _MOTION_VERDICT.search(sentence)
    digit = _A_COUNT.search(m.group("after")) if m is not None else None
    if (
        m is not None
        and digit is not None
        and not _OTHER_TEXT.search(m.group("after")[: digit.start()])
    ):
        return m.group("verb").lower() in _MOTION_CARRIED, m.group(0)
    m = _MOTION_OBJECT.search(sentence)
    if m is not None and not _OTHER_TEXT.search(m.group("after")):
        return m.group("verb").lower() in _MOTION_CARRIED, m.group(0)
    m = _VOTED_TO.search(sentence)
    if m is not None and (_A_COUNT.search(m.group("after")) or _A_COUNT.search(sentence, m.end())):
        return True, sentence[m.start() :]
    m = re.search(_AGENDA_VERDICT, sentence, re.IGNORECASE)
    digit = _A_COUNT.search(m.group("after")) if m is not None else None
    if m is not None and digit is not None and not _OTHER_TEXT.search(m.group(0)):
        return m.group("verb").lower() in _MOTION_CARRIED, m.group(0)
    m = _AGENDA_VOTE.search(sentence)
    if m is not None and _A_COUNT.search(m.group("after")) and not _OTHER_TEXT.search(m.group(0)):
        return True, m.group(0)
    return None


def _hold_apart(
    iid: str, told: set[int], by_issue: dict[str, list[Any]], sentence_issue: dict[int, str]
) -> None:
    """Put the sentences ``told`` (their counts and every stance read in them) on issue
    ``iid`` alone: a vote of its own beside the text's (an agenda vote, an earlier
    resolution)."""
    for other, held in by_issue.items():
        if other != iid:
            by_issue[other] = [st for st in held if st.index not in told]
            by_issue[iid] += [st for st in held if st.index in told]
    for j in told:
        sentence_issue[j] = iid


# An earlier resolution told with its own count (see _earlier_resolutions): the sentence that
# names it says it was before ("had", "earlier", "ago") ...
_EARLIER_CUE = re.compile(
    r"\b(?:had|earlier|ago|previous(?:ly)?|last\s+(?:week|month|year))\b", re.IGNORECASE
)
# ... and its count is in that sentence, or in the next that goes back to it ("That earlier
# text was also carried 14-0", "All fifteen members backed that text")
_BACK_TO_IT = re.compile(
    r"\b(?:that|the earlier|the previous|the first)\s+(?:(?:earlier|previous|first)\s+)?"
    r"(?:text|resolution)\b",
    re.IGNORECASE,
)
# "The United States abstained, as it had when the Council passed resolution 476": the
# sentence's vote is on the text reported (the reader gives it the earlier one too)
_AS_BEFORE = re.compile(r"\bas\s+(?:it|they|he|she|we)\s+(?:had|did)\b", re.IGNORECASE)


# A day of the year before the report's own, told as the day of a vote ("the vote of 8
# February", "from 2 February, when the council adopted ..."): a day and month with no year,
# within the year before (a deadline is told "by" or "until" it, not "on", "of" or "from")
_ON_A_DAY = re.compile(
    rf"\b(?:on|of|from)\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})|(?P<m2>{_MONTH_RE})\s+"
    rf"(?P<d2>\d{{1,2}}))\b(?!,?\s+\d)"
)
# the sentences after an earlier resolution's count that go back to that vote ("abstained
# that day", "said then", "Paris had abstained"), in its paragraph
_THAT_DAY = re.compile(
    r"\b(?:that day|at the time|on that occasion|(?<!since )(?<!until )then)\b"
    r"|\bhad\s+(?:been\s+)?(?:abstained|voted|backed|opposed|supported|vetoed)\b",
    re.IGNORECASE,
)


# "The vote came a week after the council adopted resolution 2738": the one after "after"
_DAYS_AFTER = re.compile(
    r"\b(?:days?|weeks?|months?)\s+after\s+(?:the\s+)?(?:council|assembly|members|it)\b",
    re.IGNORECASE,
)


def _day_before(sentence: str, day: dt.date | None) -> bool:
    """Whether the sentence tells a vote's day in the year before ``day`` (see _ON_A_DAY), or
    its vote as some days before another ("a week after the council adopted ...")."""
    if _DAYS_AFTER.search(sentence):
        return True
    if day is None:
        return False
    for m in _ON_A_DAY.finditer(sentence):
        d, mon = (m.group("d1"), m.group("m1")) if m.group("d1") else (m.group("d2"), m.group("m2"))
        if not 1 <= int(d) <= 31:
            continue
        told = _day_in(day.year, _month(mon), int(d))
        if told > day:
            told = _day_in(day.year - 1, _month(mon), int(d))
        if told < day:
            return True
    return False


def _earlier_resolutions(
    sents: list[tuple[int, str]], day: dt.date | None = None, paragraph: list[int] | None = None
) -> list[tuple[str, int, tuple[int, ...]]]:
    """(number, the sentence with its count, the sentences after it that go back to that vote)
    of each earlier resolution the article recalls with a count of its own.  Not a number
    named in a sentence that counts a vote and says nothing of before ahead of it (the text
    reported: "Resolution 461 passed by eleven votes to none"),
    not a sentence that names a second resolution or another text ("had adopted resolution
    457 unanimously and now backed the new text 11-0"), nor one whose vote is the text's too
    ("abstained, as it had on resolution 476").

    A day before the report's ("from 2 February, when the council adopted resolution 2722 by
    twelve votes to none"; "the vote of 8 February. That text, resolution 2724, passed by
    twelve votes to none") tells it as before too, when the article counts a later
    resolution (a higher number) as well: a report of two resolutions, the earlier recalled."""
    from concilium.text.counts import find_counts

    # Whether a sentence counts a vote, read only where asked: of a sentence naming a
    # resolution, the one after it and those after a recalled one (counting every sentence
    # was half the time of the counts of a 5,000-word draft).
    counts_a_vote: dict[int, bool] = {}

    def counted(i: int) -> bool:
        if i not in counts_a_vote:
            counts_a_vote[i] = not find_counts(sents[i][1]).empty()
        return counts_a_vote[i]

    cite = [i for i, (_, s) in enumerate(sents) if _RESOLUTION_NUMBER.search(s)]
    numbers = {
        int(n)
        for i in cite
        if counted(i)
        for n in _RESOLUTION_NUMBER.findall(sents[i][1])
        if len(n) >= 3
    }

    def dated_before(i: int) -> bool:
        # told on a day before, in the sentence or (for "That text, resolution 2724, ...") in
        # the one before it, when a later resolution is counted
        s = sents[i][1]
        cited = [int(n) for n in _RESOLUTION_NUMBER.findall(s)]
        if not cited or not any(n > max(cited) for n in numbers):
            return False
        if _day_before(s, day):
            return True
        return bool(
            i > 0
            and _BACK_TO_IT.match(s)
            and not _RESOLUTION_NUMBER.search(sents[i - 1][1])
            and _day_before(sents[i - 1][1], day)
        )

    def before_at(i: int) -> int | None:
        # where the sentence first tells it is of before (None: it does not)
        if dated_before(i):
            return 0
        m = _EARLIER_CUE.search(sents[i][1])
        return m.start() if m else None

    # (a number named before any such word is the sentence's own: "adopted resolution 2740
    # 14-0, as it had resolution 2731")
    current = {
        m.group(1)
        for i in cite
        if counted(i)
        for m in _RESOLUTION_NUMBER.finditer(sents[i][1])
        if (at := before_at(i)) is None or m.start() < at
    }
    found: list[tuple[str, int, tuple[int, ...]]] = []
    for i, (_, sent) in enumerate(sents):
        cited = list(dict.fromkeys(_RESOLUTION_NUMBER.findall(sent)))
        if not cited or set(cited) & current or before_at(i) is None:
            continue
        # the one named first ("resolution 509, which ... respect the ceasefire sought in
        # resolution 508. All fifteen members backed that text"): "that text" is 509
        number = cited[0]
        told = sents[i + 1][1] if i + 1 < len(sents) else ""
        if counted(i) and len(cited) == 1 and not _AS_BEFORE.search(sent):
            at, rest = i, _BACK_TO_IT.sub("", _RESOLUTION_NUMBER.sub("", sent))
        elif (
            i + 1 < len(sents)
            and counted(i + 1)
            and _BACK_TO_IT.search(told)
            and not _RESOLUTION_NUMBER.search(told)
        ):
            at, rest = i + 1, _BACK_TO_IT.sub("", told)
        else:
            continue
        if _OTHER_TEXT.search(rest) or any(n == number for n, _, _ in found):
            continue
        after: list[int] = []
        if paragraph is not None:
            j = at + 1
            while (
                j < len(sents)
                and paragraph[j] == paragraph[at]
                and _THAT_DAY.search(sents[j][1])
                and not counted(j)
                and set(_RESOLUTION_NUMBER.findall(sents[j][1])) <= {number}
            ):
                after.append(j)
                j += 1
        found.append((number, at, tuple(after)))
    return found


# An earlier or rival text told by no number, with a count of its own ("On 7 March the
# Council had voted 14 to 1 on an earlier, milder text", "A week earlier, a draft that ...
# had drawn only eight votes", "A rival draft won four votes"): its name, up to the sentence's
# end.  Not a text only compared with an earlier one ("the text, milder than the earlier
# one"), nor an earlier statement or speech (no decision).
_TEXT_TRIED = r"(?:draft(?:\s+resolution)?|text|resolution|version|proposal|attempt)"
_EARLIER_TEXT = re.compile(
    r"\b(?:an?|the|that)\s+(?:(?:earlier|first|previous|original|rival|competing|follow-up)"
    r"(?:\s*,\s*[a-z]+er)?|(?:[a-z]+er\s*,\s*)?(?:earlier|previous))\s+"
    + _TEXT_TRIED
    # ("a second attempt": a text tried again; "a second draft, on X" is _SECOND_TEXT's)
    + r"\b[^.;]*|\b(?:an?|the)\s+second\s+attempt\b[^.;]*",
    re.IGNORECASE,
)
# the text named is the subject of a verb of before ("The earlier version, tabled by Malta,
# had failed", "A second attempt, a week earlier, had won"; not "a draft that Russia had
# objected to")
_HAD_AFTER = re.compile(r"[^,]*?\b" + _TEXT_TRIED + r"\s*(?:,[^,]{1,80},\s*)?had\b", re.IGNORECASE)
# a text named with no place that the sentence tells was before, by the phrase it opens with
# ("A week earlier, a text that ...", "On 7 March, a draft ...")
_BEFORE_OPENING = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|before)|(?:the\s+)?(?:day|week|month)\s+before|"
    rf"on\s+(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}))\s*,?\s+(?:[^.;]{{0,40}}?\s)?"
    r"(?P<text>an?\s+(?:draft(?:\s+resolution)?|text|resolution|proposal)\b[^.;]*)",
    re.IGNORECASE,
)
# a rival or follow-up text is another text by its qualifier alone; an earlier one ("earlier",
# "previous", "first") only when its sentence tells the vote was before ("had", a day before)
_RIVAL_WORDS = re.compile(r"\b(?:rival|competing|follow-up)\b", re.IGNORECASE)
# a sentence after it that goes on about that vote by "it" as the object of a verb or of "for",
# "against" ("Every member except the United States supported it", "voted against it"), not
# the subject of a clause ("France said it was pleased", "insisted it would")
_ABOUT_IT = re.compile(
    r"(?:\b\w+ed|\bfor|\bagainst|\bon)\s+it\b"
    r"(?!\s+(?:was|is|would|will|had|has|could|should|must|might)\b)",
    re.IGNORECASE,
)


# where a text's name ends and how it fared begins ("a week earlier, had won 8 votes")
_FARED = re.compile(
    r"(?:,?\s+(?:(?:on|by)\s+(?=\d))?\d|,?\s+(?:a\s+\w+\s+earlier|had|has|was|were|won|"
    r"drew|got|received|failed|passed)\b)",
    re.IGNORECASE,
)


def _no_figures(tally: Tally) -> bool:
    """Whether a count tells no figures (none, or "all but X voted for it")."""
    return tally.yes is None and tally.no is None and tally.abstain is None


def _earlier_texts(
    sents: list[tuple[int, str]], day: dt.date | None, paragraph: list[int]
) -> list[tuple[str, int, set[int]]]:
    """(title, the sentence with its count, the sentences that tell it) of each earlier or
    rival text the article names by no number and counts a vote on of its own (see
    ``_EARLIER_TEXT``, ``_BEFORE_OPENING``): that sentence, and those after it in its
    paragraph that go back to that text or vote ("That text ...", "supported it") and count
    nothing.  Not a sentence that names a resolution by number (see _earlier_resolutions),
    nor one that also names the text reported ("adopted the text 15-0, replacing an earlier
    draft"): the count there is the report's own."""
    from concilium.text.counts import find_counts

    found: list[tuple[str, int, set[int]]] = []
    for i, (_, sent) in enumerate(sents):
        m = _BEFORE_OPENING.match(sent)
        if m is not None:
            named, start = m.group("text"), m.start("text")
        else:
            m = _EARLIER_TEXT.search(sent)
            if m is None:
                continue
            named, start = m.group(0), m.start()
            # a rival or follow-up text is another on its own; an earlier one only when the
            # sentence tells its vote was before
            if not _RIVAL_WORDS.search(m.group(0)[:40]) and not (
                re.search(r"\bhad\b", sent[:start], re.IGNORECASE)
                or _HAD_AFTER.match(named)
                or _day_before(sent, day)
            ):
                continue
        # (its count is read last: few sentences name such a text, and reading one is costly)
        if _RESOLUTION_NUMBER.search(sent) or find_counts(sent).empty():
            continue
        # the count must be the named text's: no other text named ahead of it
        if _OTHER_TEXT.search(sent[:start]):
            continue
        told = {i}
        j = i + 1
        while (
            j < len(sents)
            and paragraph[j] == paragraph[i]
            # (a count by no figures, "Every member except X supported it", is that vote's)
            and _no_figures(find_counts(sents[j][1]))
            and not _OTHER_TEXT.search(_BACK_TO_IT.sub("", sents[j][1]))
            and (_BACK_TO_IT.search(sents[j][1]) or _ABOUT_IT.search(sents[j][1]))
        ):
            told.add(j)
            j += 1
        title = re.sub(r"^(?:an?|the|that)\s+", "", named.strip(" ,"), flags=re.IGNORECASE)
        # (its name, not its vote: up to the count or the verb telling how it fared)
        title = _FARED.split(title, maxsplit=1)[0].strip(" ,")
        title = title[:120].rsplit(" ", 1)[0] if len(title) > 120 else title
        found.append((f"{title[:1].upper()}{title[1:]}", i, told))
    return found


# A part of the text put to a vote of its own before the text as a whole ("delegations voted
# separately on a paragraph on toxic wastes. The paragraph was retained by 86 votes to one"):
# a decision of its own, whose count and stances are never the text's.
_PART = (
    r"(?:(?:operative|preambular|fifth|sixth|third|fourth|second|first|last|final|key|one)\s+)?"
    r"(?:sub-?)?(?:paragraph|clause|section|provision|passage)s?(?:\s+\d{1,2}[a-z]?)?"
)
# Only a part kept by the count: its votes in favour are for the part.  A part "deleted by 50
# votes to 40" may have been put to a vote on its deletion, whose votes in favour are against
# it; which, the words do not say (no issue rather than a guess at its sides).
_PART_VERDICT = r"(?P<verdict>retained|kept|maintained|approved|adopted)"
# "The paragraph was retained by 86 votes to one", "Paragraph 5 was kept 90-40"
_PART_PASSIVE = re.compile(
    r"(?:^|[;,]\s*|\b(?:vote|then|first),?\s+)(?:(?:the|that|this|its|their|an?)\s+)?"
    + _PART
    + r"(?P<about>\s+(?:on|about|dealing\s+with|concerning|relating\s+to|that|which)\b"
    r"[^.;]{0,80}?)?\s+(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?" + _PART_VERDICT + r"|"
    # a part that "survived" its vote was kept by it ("The paragraph survived easily, with 120
    # countries voting to keep it": 28-11; tests/text/test_draft_twodec.py)
    r"(?:has\s+|had\s+)?survived)\b",
    re.IGNORECASE,
)
# "the Assembly retained paragraph 5 by 86 votes to 1", "voted 86 to 1 to keep the clause"
_PART_ACTIVE = re.compile(
    r"\b(?:(?P<verdict>retained|kept|maintained|approved)|"
    r"voted\b(?P<count>[^.;]{0,40}?)\bto\s+(?:retain|keep|maintain))"
    r"\s+(?:(?:the|that|this|its|their)\s+)?" + _PART + r"\b",
    re.IGNORECASE,
)
# a count of those voting to keep the part, told by no figures find_counts reads ("with 120
# countries voting to keep it": 28-11; tests/text/test_draft_twodec.py)
_VOTING_TO_KEEP = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:countries|states|members|delegations|nations|governments)\s+voting\s+"
    r"(?:to\s+(?:keep|retain|maintain)|in\s+favou?r|for)\b",
    re.IGNORECASE,
)
# the whole text named in the same breath: its count or its vote, not the part's
_WHOLE_TEXT = re.compile(
    r"\b(?:resolutions?|drafts?|texts?|as\s+a\s+whole)\b(?!['’]s)", re.IGNORECASE
)
# a sentence that tells the part put to a vote apart ("voted separately on a paragraph"), or
# goes on about it ("Singapore abstained on the paragraph")
_PART_NAMED = re.compile(r"\b" + _PART + r"\b", re.IGNORECASE)
_SEPARATELY = re.compile(
    r"\bseparate(?:ly)?\b|"
    # a motion to strike the part tells it put to a vote apart ("the Americans moved to delete
    # a paragraph on ...": 28-11; tests/text/test_draft_twodec.py)
    r"\b(?:moved|sought|tried|bid|proposed|attempted)\s+to\s+(?:delete|remove|strike|drop)\b",
    re.IGNORECASE,
)
# a sentence right after the part's count that tells votes on it by a pronoun ("Only Iraq and
# Libya sided with Washington in voting to remove it": 28-11): the part's, not the text's
_VOTE_ON_IT = re.compile(
    r"\bvot(?:ed|ing)\s+to\s+(?:keep|retain|remove|delete|strike|drop)\s+it\b", re.IGNORECASE
)
_PART_ABOUT = re.compile(
    r"\b(?P<part>" + _PART + r")\s+(?:on|about|dealing\s+with|concerning|relating\s+to)\s+"
    r"(?P<what>[^.;,]{4,90})",
    re.IGNORECASE,
)


# A vote to take the part out told of its voters ("Norway and Iceland voted to delete it"):
# against the part, whatever the cue "voted to" reads; only in a sentence that tells no vote
# to keep it beside (tests/text/test_draft_twodec.py)
_TO_STRIKE = re.compile(
    r"\bvot(?:ed|ing)\s+to\s+(?:delete|remove|strike(?:\s+out)?|drop)\s+"
    r"(?:it|them|(?:the|that|this)\s+" + _PART + r")\b",
    re.IGNORECASE,
)
_TO_KEEP = re.compile(r"\b(?:keep|retain|maintain|against|for|in\s+favou?r)\b", re.IGNORECASE)


def _voted_to_strike(sentence: str) -> bool:
    return _TO_STRIKE.search(sentence) is not None and not _TO_KEEP.search(sentence)


# The state that moved to take the part out ("the Americans moved to delete a paragraph on
# ...": 28-11), named right before the verb: against the part
_MOVED_TO_STRIKE = re.compile(
    r"^\s*(?:delegations?\s+|representatives?\s+|government\s+)?"
    r"(?:moved|sought|tried|proposed|attempted)\s+to\s+(?:delete|remove|strike|drop)\b",
    re.IGNORECASE,
)


_LISTED_BEFORE = re.compile(r"\b(?:and|or|nor)\s*$", re.IGNORECASE)


def _moved_to_strike(
    sents: list[tuple[int, str]], mentions: list[Mention], told: set[int]
) -> list[tuple[str, int, str]]:
    """(actor, sentence index, sentence) of each state named right before a motion to strike
    the part in the sentences ``told`` (see ``_MOVED_TO_STRIKE``): one named alone, not one
    of a list ("France and Britain moved to ..." is not read here)."""
    out: list[tuple[str, int, str]] = []
    for j in sorted(told):
        start, sent = sents[j]
        for m in mentions:
            if m.actor is None or not start <= m.start < start + len(sent):
                continue
            if _LISTED_BEFORE.search(sent[: m.start - start]):
                continue
            if _MOVED_TO_STRIKE.match(sent[m.end - start :]):
                out.append((m.actor, j, sent))
    return out


def _part_votes(sents: list[tuple[int, str]]) -> list[tuple[str, int, set[int]]]:
    """(title, the sentence of its count, the sentences that tell it) of each part of the
    text (a paragraph, a clause) the article counts a separate vote on: the sentence whose
    count is the part's (its subject the part, kept by the count that follows; or "voted 86
    to 1 to keep the paragraph"), the one just before it that tells the part put to a vote
    separately, and those right after that go on about the part alone.  Not a count the
    whole text shares the sentence with ("the paragraph was kept and the resolution adopted
    by 93 to 0")."""
    from concilium.text.counts import find_counts

    found: list[tuple[str, int, set[int]]] = []
    for i, (_, sent) in enumerate(sents):
        m = _PART_PASSIVE.search(sent)
        if m is not None:
            rest = sent[m.end() :]
            counted = (
                not find_counts(rest).empty() or _VOTING_TO_KEEP.search(rest) is not None
            ) and not _WHOLE_TEXT.search(rest)
        else:
            m = _PART_ACTIVE.search(sent)
            counted = (
                m is not None
                and not find_counts(sent).empty()
                and not _WHOLE_TEXT.search(sent, m.start())
                and (
                    m.group("verdict") is not None
                    or _NUMBER_IN.search(m.group("count") or "") is not None
                )
            )
        if m is None or not counted or any(i in told for _, _, told in found):
            continue
        told = {i}
        if i > 0 and _PART_NAMED.search(sents[i - 1][1]) and _SEPARATELY.search(sents[i - 1][1]):
            told.add(i - 1)
        j = i + 1
        while (
            j < len(sents)
            and (_PART_NAMED.search(sents[j][1]) or _VOTE_ON_IT.search(sents[j][1]))
            and not _WHOLE_TEXT.search(sents[j][1])
            and find_counts(sents[j][1]).empty()
        ):
            told.add(j)
            j += 1
        about = next(
            (a for k in sorted(told) if (a := _PART_ABOUT.search(sents[k][1])) is not None), None
        )
        if about is not None:
            part = about.group("part").strip()
            title = f"{part[:1].upper()}{part[1:]} on {about.group('what').strip()}"
        else:
            named = _PART_NAMED.search(sent)
            part = named.group(0) if named is not None else "part of the text"
            title = f"Separate vote on {part.lower()}"
        found.append((title, i, told))
    return found


_NUMBER_IN = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE
)


# A second text voted in turn, opening its sentence with its place and what it is about ("A
# second draft, on the agency's operations, drew ...", "On the other text, which concerns the
# Golan, ..."): a decision of its own.  Not a text named by its place alone ("The second draft
# was adopted 14-0": a revised draft of the same text may be meant), nor "a second draft of".
_SECOND_TEXT = re.compile(
    r"^\W*(?:(?:on|for|in)\s+)?(?:(?:a|the)\s+(?:second|third|other)|another)\s+"
    r"(?P<noun>draft(?:\s+resolution)?|text|resolution)\s*,?\s+"
    r"(?:(?:which|that)\s+(?:concerns|deals\s+with|is\s+about)|on|about|dealing\s+with|"
    r"concerning|relating\s+to|regarding)\s+(?P<what>[^.;,:]{4,150})",
    re.IGNORECASE,
)
# A text named by what it is about with no place ("The draft on fleet subsidies was approved
# by ..."): a further text when an earlier sentence named and counted another, on other things
# ("The draft on coastal fish stocks was approved by ..."; "The first, on ..."), not when it
# tells of before ("The resolution on Syria adopted last year by ...")
_TEXT_ON_WHAT = re.compile(
    r"^\W*the\s+(?:(?:first\s+)?(?P<noun>draft(?:\s+resolution)?|text|resolution)|first)\s*,?\s+"
    r"(?:on|about|dealing\s+with|concerning|relating\s+to|regarding)\s+(?P<what>[^.;,:]{4,150}?)"
    # (up to its verb, when no comma ends the words: "... fleet subsidies was approved by")
    r"(?=\s*[.;,:]|\s+(?:was|were|is|had|has|passed|won|drew|got|received|failed)\b|$)",
    re.IGNORECASE,
)
# a sentence of its paragraph that goes back to the first text, or to both ("Both drafts now go
# to the plenary"): no longer the second text's alone
_BACK_TO_FIRST = re.compile(
    r"\b(?:first|earlier|both)\s+(?:(?:two\s+)?(?:texts?|drafts?|resolutions?))\b|^\W*both\b",
    re.IGNORECASE,
)
# a stance told elsewhere on that text by its place ("abstains on one text, votes no on the
# other", "Nicaragua abstained on the second draft")
_ON_THE_SECOND = re.compile(
    r"\b(?:on|against|for)\s+the\s+(?:other|second)(?:\s+(?:one|text|draft|resolution))?\b",
    re.IGNORECASE,
)


def _second_texts(
    sents: list[tuple[int, str]], paragraph: list[int]
) -> list[tuple[str, int, set[int]]]:
    """(title, the sentence that names it, the sentences that tell it) of each further text
    voted in turn that a sentence names by its place and what it is about (see
    ``_SECOND_TEXT``), or by what it is about alone after another text named so (see
    ``_TEXT_ON_WHAT``), and counts, in that sentence or the next of its paragraph: that
    sentence and the rest of its paragraph, up to one that goes back to the first text or to
    both, or names another."""
    from concilium.text.counts import find_counts

    def names_one(sent: str) -> re.Match[str] | None:
        return _SECOND_TEXT.match(sent) or _TEXT_ON_WHAT.match(sent)

    found: list[tuple[str, int, set[int]]] = []
    named_before: list[set[str]] = []  # the words of each text named so far
    for i, (_, sent) in enumerate(sents):
        m = names_one(sent)
        if m is None or any(i in told for _, _, told in found):
            continue
        told = {i}
        j = i + 1
        while j < len(sents) and paragraph[j] == paragraph[i]:
            if _BACK_TO_FIRST.search(sents[j][1]) or names_one(sents[j][1]):
                break
            told.add(j)
            j += 1
        counted = [k for k in sorted(told) if not find_counts(sents[k][1]).empty()]
        if not counted or counted[0] > i + 1:
            continue  # no count of its own: perhaps the same text, revised
        words = _stems(m.group("what"))
        further = m.re is _SECOND_TEXT or bool(
            named_before
            and not _EARLIER_CUE.search(sent)
            and all(words and not words & before for before in named_before)
        )
        named_before.append(words)
        if not further:
            continue  # the first text (or one named before, again)
        noun = (m.group("noun") or "text").lower()
        title = f"{noun[:1].upper()}{noun[1:]} on {m.group('what').strip()}"
        found.append((title, i, told))
    return found


# "The Assembly also adopted ... four resolutions on X, among them a renewal of the mandate
# of the committee, approved 106 to 2 with 48 abstentions, ...": one of several further texts,
# singled out by what it does and counted
_SINGLED_OUT = re.compile(
    r"\balso\s+(?:adopted|approved|passed)\b[^.;]*?\b(?:resolutions|texts|drafts)\b[^.;]*?,\s*"
    r"(?:among\s+them|including)\s+(?:an?|the)\s+(?P<what>[^,;:]{6,160}?),\s*"
    r"(?:approved|adopted|passed|carried)\s+(?:by\s+)?(?:\d{1,3}|a\s+vote\s+of)",
    re.IGNORECASE,
)


def _singled_out_texts(sents: list[tuple[int, str]]) -> list[tuple[str, int]]:
    """(title, sentence) of each text a sentence singles out, with its own count, among
    several further texts the body also adopted (see ``_SINGLED_OUT``)."""
    from concilium.text.counts import find_counts

    found: list[tuple[str, int]] = []
    for i, (_, sent) in enumerate(sents):
        m = _SINGLED_OUT.search(sent)
        if m is None or find_counts(sent[m.end("what") :]).empty():
            continue
        what = m.group("what").strip()
        found.append((f"{what[:1].upper()}{what[1:]}", i))
    return found


def _back_to_motion(sentence: str, kind: str, counted: str) -> bool:
    """Whether a sentence after a motion's count, with no count of its own and naming no
    text, goes back to that motion: "that vote", "the motion", the motion's own aim ("voted
    against closure"), or one of its figures ("was among the 20 that abstained")."""
    from concilium.text.counts import find_counts

    if not find_counts(sentence).empty() or _OTHER_TEXT.search(sentence):
        return False
    aim = next((rx for k, rx, _ in _MOTION_KINDS if k == kind), None)
    among = _AMONG_THE.search(sentence)
    return bool(
        _THAT_VOTE.search(sentence)
        or _THE_MOTION.search(sentence)
        or (aim is not None and aim.search(sentence))
        or (among and re.search(rf"\b{among['n']}\b", counted))
    )


def _find_motion(
    sents: list[tuple[int, str]], mentions: list[Mention], headline: str, paragraph: list[int]
) -> _Motion | None:
    """The first procedural motion the article counts a vote on (see ``_MOTION_VERDICT``)."""
    from concilium.text.counts import find_counts

    for i, (_, sent) in enumerate(sents):
        vote = _motion_vote(sent)
        if vote is None or find_counts(sent).empty():
            continue
        carried, _ = vote
        # what the motion does: its own words, else those of the sentences before that tell
        # it moved or asked for (up to two)
        told = [sent] + [
            sents[j][1]
            for j in (i - 1, i - 2, i + 1, i + 2)
            if 0 <= j < len(sents) and _MOVED.search(sents[j][1])
        ]
        kind, title = "", "Motion"
        for said in told:
            hit = next(((k, t) for k, rx, t in _MOTION_KINDS if rx.search(said)), None)
            if hit is not None:
                kind, title = hit
                break
            if _RULE_MOTION.search(said):
                kind, title = "rule", "Procedural motion"
                break
        if not kind and _RULE_MOTION.search(headline):
            kind, title = "rule", "Procedural motion"
        on_amendment = any(re.search(r"\bamendments?\b", s, re.IGNORECASE) for s in told[:2])
        if not on_amendment and i > 0 and _ON_IT.search(sent):
            # "The amendment never came to a vote. The Assembly decided ... to take no action
            # on it": "it" is the amendment the sentence before names
            on_amendment = bool(re.search(r"\bamendments?\b", sents[i - 1][1], re.IGNORECASE))
        movers: list[tuple[str, int, str]] = []
        for j in range(max(0, i - 2), min(len(sents), i + 3)):
            start, s = sents[j]
            if j != i and not _MOVED.search(s):
                continue
            for mt in mentions:
                if not mt.actor or not start <= mt.start < start + len(s):
                    continue
                before, after = s[: mt.start - start], s[mt.end - start :]
                active = _MOVER_AFTER.match(after) and (
                    j == i
                    or any(rx.search(after) for _, rx, _ in _MOTION_KINDS)
                    or re.search(r"\bmotion\b", after, re.IGNORECASE)
                )
                mover = active or _MOVER_BEFORE.search(before) or _MOVER_POSSESSIVE.match(after)
                if mover and all(a != mt.actor for a, _, _ in movers):
                    movers.append((mt.actor, j, s))
        following = sents[i + 1][1] if i + 1 < len(sents) else ""
        told_after: tuple[int, ...] = (
            (i + 1,)
            if kind == "agenda"
            and _THAT_VOTE.search(following)
            and find_counts(following).empty()
            and not _OTHER_TEXT.search(following)
            else ()
        )
        if kind == "closure":
            # the sentences of its paragraph that go on about the closure vote ("Australia
            # voted against closure. The United States was among the 20 that abstained"),
            # up to the first that does not
            j = i + 1
            while (
                j < len(sents)
                and paragraph[j] == paragraph[i]
                and _back_to_motion(sents[j][1], kind, sent)
            ):
                j += 1
            told_after = tuple(range(i + 1, j))
        return _Motion(i, carried, kind, title, on_amendment, tuple(movers), told_after)
    return None


# A lead that counts the states a decision is for without naming them ("cleared nine countries
# to enter the Schengen area", "confirmed that eleven countries will launch the euro"); the
# sentence after it that names that many states names them.
_COUNTED_STATES = re.compile(
    r"\b([a-z]+|\d{1,2})\s+(?:(?:new|more|other|eastern|central|candidate|member)\s+)?"
    r"(?:countries|states|nations|governments|newcomers|applicants|candidates)\b",
    re.IGNORECASE,
)


def _counted_then_named(
    sents: list[tuple[int, str]], mentions: list[Mention], lede: int
) -> set[str]:
    """The states the lead counts and the next sentence names, as many as counted (see
    ``_COUNTED_STATES``); empty when the lead counts none or the next names another number."""
    from concilium.text.counts import number

    if lede >= len(sents) - 1:
        return set()
    wanted = {
        n
        for m in _COUNTED_STATES.finditer(sents[lede][1])
        if (n := number(m.group(1))) is not None and n >= 2
    }
    if not wanted:
        return set()
    start, end = sents[lede + 1][0], sents[lede + 2][0] if lede + 2 < len(sents) else 1 << 60
    named = {m.actor for m in mentions if m.actor and start <= m.start < end}
    return named if len(named) in wanted else set()


def draft_scenario(
    raw: str,
    *,
    source: str = "article",
    on: dt.date | None = None,
    body: str | None = None,
    gazetteer: Gazetteer | None = None,
    engine: str = "auto",
) -> dict[str, Any]:
    """A scenario mapping (the YAML shape of ``concilium.scenario``) drafted from an article.

    ``source`` is the name cited in every evidence entry; ``on`` the decision date (default:
    the first date written in the article, else today); ``body`` forces the body;
    ``engine``: ``spacy`` (the dependency reader, extra ``nlp``), ``rules`` (cue words and
    word order only) or ``auto`` (spaCy when installed).
    """
    from concilium.text.counts import (
        EURO,
        OTHER_GROUP,
        Tally,
        abstained_by_count,
        completed,
        contradicted,
        eu27_format,
        euro_area_on,
        find_counts,
        reconcile,
    )
    from concilium.text.scan import scan_text
    from concilium.text.stance import (
        ACTION,
        AMENDMENT,
        APPLY_VERBS,
        ELSEWHERE,
        FOLLOW,
        GENERAL,
        MAIN,
        MAJORITY,
        NEUTRAL,
        RIVAL,
        VOTE,
        resolve,
    )
    from concilium.text.stance import Stance as ReadStance
    from concilium.text.vote_lists import list_stances

    if not raw.strip():
        raise InputError("the article is empty", source=source)
    used = _engine(engine)
    # Repair the raw input first, so that spoofed markup ("<nаv>") is recognised too.
    report, repaired = scan_text(raw, fix=True, fold_isolated=True, source=source)
    headline, text = article_text(_unspoof_tags(repaired or raw))
    text, grouped = _expand_groups(text)
    gaz = gazetteer or Gazetteer.builtin()
    dated = (
        ArticleDate(on, "given", f"given by the caller ({on.isoformat()})")
        if on is not None
        else article_date(text, gazetteer=gaz)
    )
    day = dated.day
    text, more = _expand_dated_groups(text, day, gaz)
    grouped += more
    if dated.how == "assumed":
        # a name of a state that ended, or a capital another state held then, on a date only
        # assumed: said in the warning, so that the reader passes --date
        stale, unsure = gaz.out_of_date(text, day, dated.earliest)
        if stale:
            dated = replace(dated, why=f"{dated.why} ({'; '.join(stale)})")
    else:
        unsure = set()
    # a capital the article's own names give to a state that ended ("Belgrade" beside
    # "Yugoslavia") names neither state on a date only assumed: no stance rather than a guess
    mentions = [m for m in gaz.find(text, day) if m.surface not in unsure]
    sents = sentences(text)

    if body is None:
        candidates, body_why = _body_candidates(mentions, text, sents)
        if not candidates:
            raise InputError(
                "the article names no council this tool knows (NATO's North Atlantic Council, "
                "the Council of the EU or European Council, the UN Security Council or General "
                "Assembly)",
                hint="pass --body nato|eu-council|unsc|unga",
                source=source,
            )
    else:
        candidates, body_why = [body], "given"
    body, the_body, members, uncovered = _open_body(candidates, day)
    if body != candidates[0]:
        body_why += f"; {candidates[0]}'s data do not cover {day.isoformat()}"
    inline = body == "unga"
    fixed_members = the_body is None or dated.membership_fixed(the_body)

    # Rule cues, with the sentences that carry them.
    cue_notes: list[str] = []
    rule_name: str | None = None
    for rx, cue, rules in gaz.rule_cues:
        hits = [s for _, s in sents if rx.search(s)]
        if hits:
            cue_notes.append(f"rule cue '{cue}': " + " | ".join(hits[:3]))
            if rules.get(body) and rule_name is None:
                rule_name = rules[body]
    if inline and any(_TWO_THIRDS.search(s) for _, s in sents):
        rule_name = "important"
        cue_notes.append("rule cue 'two-thirds': an important question (Art. 18(2))")
    if rule_name is not None and the_body is not None:
        try:
            the_body.get_rule(rule_name)
        except InputError:
            rule_name = None

    decisions: list[Any] = []  # every decision a cue names, with or without an actor
    parsed: list[Any] = []  # the parsed sentences, for the learned fallback
    if used in ("spacy", _WITH_MODEL):
        read = _spacy_stances(sents, mentions, decisions, year=day.year, keep=parsed)
    else:
        read = _to_stances(stances(sents, mentions))
    # Recorded-vote lists ("Against: A, B; abstaining: C", "..., and so were D and E").
    read += list_stances(sents, mentions, read)
    read += _red_lines(sents, mentions, read)
    read += _alternatives_urged(sents, mentions, read)
    # The article's shape (outcome.py): what became of the decision the headline and lead
    # tell.  In a consensus body's decision blocked, deferred or not taken, wanting it put off
    # held it up: a stance on it.  In the Security Council only a vote put off (the issue is
    # the text, not the delay: test_draft_delay30); not in the Assembly, where a text's
    # opponents and backers alike ask for the vote or its delay (test_draft_requests27).
    shape = classify(s for _, s in sents[: _lede(sents) + 1])
    if shape.not_taken and body in _CONSENSUS_BODIES:
        read = _on_the_proposal(read, sents, mentions, shape)
        read += _delay_wishes(sents, mentions, read, shape)
    elif body == "unsc" and shape.outcome is Outcome.DEFERRED:
        # a Security Council vote put off: the issue is the text (the lead's convention, as
        # 25-13's gold; probe28 5, probe29 5), so who asked for more time held it up
        read = _on_the_proposal(read, sents, mentions, shape)
        read += _delay_wishes(sents, mentions, read, shape)
    if body in _CONSENSUS_BODIES:
        # A member that "did not block" a decision or "did not stand in the way" in a council
        # that decides by consensus let the consensus form: support, at the weight of the
        # negation (a reaction's), so that a stated abstention or act still outranks it and a
        # criticism as strong ties with it.  Elsewhere it stays no stance: in the Security
        # Council such a member may have abstained (resolution 678: China "did not block the
        # text" and abstained).
        # A hesitation told before it ("Germany was hesitant. ... But it did not stand in
        # the way") is what it got past: no stance to tie with the letting pass.
        passed = {(st.actor, st.index) for st in read if _let_pass(st)}
        read = [st for st in read if not _hesitated_before(st, passed)]
        read = [replace(st, label=SUPPORT) if _let_pass(st) else st for st in read]
    # Retaliation ("Moscow will take countermeasures") is a stance only for a state that does
    # not vote on the decision; a member may be announcing the countermeasures decided.
    read = [s for s in read if not (s.outside_only and (inline or s.actor in members))]
    if members and grouped and body in _EU_BODIES:
        # "the Nordic countries" of an article on the Union are its members among them
        # (Denmark, Finland, Sweden), not Iceland and Norway: a state outside the body that
        # only the group's bracket names takes no stance from it (one named as well keeps it)
        read = [s for s in read if s.actor in members or not _named_by_group(s, grouped, gaz, day)]
    if any(_REFERENDUM.search(sent) for _, sent in sents):
        # an article that tells a referendum: a state's rejection of a treaty ("perplexed
        # that Ireland could reject a treaty") is its voters' verdict, a past act on the
        # treaty, not its stance on what the council decides about it
        read = [s for s in read if not _rejected_by_vote(s)]
    if members and body in _CONSENSUS_BODIES:
        # A state outside the alliance or the Union ratifying a treaty in its own
        # right ("as the United States, China and India moved to ratify it") does what the
        # members do, apart from them: no stance on the members' decision, unless the
        # headline or the lead names it (a state joining, whose own ratification it is)
        starts = [start for start, _ in sents]
        named_first = {
            m.actor
            for m in mentions
            if m.actor and bisect.bisect_right(starts, m.start) - 1 in (0, _lede(sents))
        }
        read = [
            s
            for s in read
            if not (
                s.how == "action"
                and s.cue.split()[0].lower() in _RATIFY
                and s.actor not in members
                and s.actor not in named_first
            )
        ]
    # A state outside the United Nations (Kosovo) or an observer state (Palestine, the Holy
    # See; `un_member: false` in the gazetteer) casts no vote in the Assembly or the Security
    # Council: a vote read for it is a misreading ("the states that have not recognised Kosovo,
    # Spain, Greece and Cyprus voted yes" is no vote of Kosovo's); its other stances stay.
    if inline or body == "unsc":
        read = [s for s in read if not (s.how == "vote" and not _un_member(gaz, s.actor))]
        # The other council's vote told in passing ("On 7 October the Security Council
        # condemned the raids, with the United States abstaining" in a report of the
        # Assembly's vote) is that council's decision: its votes are none of this one's
        other = "unsc" if inline else "unga"
        theirs = {i for i, (_, sent) in enumerate(sents) if _other_council_decides(sent, other)}
        read = [s for s in read if not (s.how == "vote" and s.index in theirs)]

    if inline:
        # The Assembly has no veto: a text vetoed in its report is a Security Council draft
        # ("a draft censuring the raid was vetoed in April by ..."), a second text (not a
        # habit: "has used its veto to stop similar calls" stays as it was)
        read = [
            replace(
                st,
                anchor=RIVAL,
                anchor_text=f"Security Council {st.object_text or 'draft'}",
            )
            # (a text already told apart keeps its words: "a similar draft ... was vetoed")
            if st.cue.split()[0].lower() == "vetoed" and st.anchor in (None, MAIN)
            else st
            for st in read
        ]
    # A stance on a decision none of the issues is ("Fico held it up" after "A new, 18th
    # package remained blocked"): on no issue, rather than on the one in focus
    elsewhere = [st for st in read if st.anchor == ELSEWHERE]
    read = [st for st in read if st.anchor != ELSEWHERE]
    # A habit told in a relative clause ("Russia, which has long resisted sanctions
    # language, ...") is a stance on the decision it names only when the article names that
    # decision otherwise ("Moscow, which has long opposed enlargement" in a report of the
    # enlargement); else it is the state's background, on no issue
    named_otherwise = {st.anchor for st in read if not st.background} | {
        d.anchor for d in decisions
    }
    if any(a and a.startswith("state:") for a in named_otherwise):
        named_otherwise.add("topic:membership")  # a state's entry is a membership decision
    elsewhere += [st for st in read if st.background and st.anchor not in named_otherwise]
    read = [st for st in read if not st.background or st.anchor in named_otherwise]

    # A proposal argued over and not adopted ("did not agree to cut Russia off from SWIFT"),
    # with the stances told on it: an issue of its own, set aside (see _argued_over)
    read, argued = _argued_over(sents, mentions, text, read, _lede(sents))
    # the main proposal's title is not taken from a proposal set aside ("Denmark's call for a
    # ban on eel fishing went unanswered" just after the lead)
    set_aside_at = {p for p, _ in argued.values()}
    title_sents = [(b, "" if i in set_aside_at else s) for i, (b, s) in enumerate(sents)]

    # Issues: one per decision the article names with votes or actions ("von der Leyen",
    # "Costa"; "Finland's membership", "Sweden's bid"), else one for the main proposal.
    anchors: list[str] = []
    namings = [(st.anchor, st.confidence, st.how, st.index, st.anchor_text) for st in read]
    # A decision namings by a common noun counts even when its cue has no actor ("EU leaders
    # agreed to open accession talks"); people and memberships only with an actor's stance.
    # A state's membership decided by the body with no actor of its own ("EU ministers
    # approved Croatia's entry") names that decision too, when the cue is an act (not a
    # reaction, a negation or an intention).
    namings += [
        (d.anchor, d.confidence, d.how, d.index, d.text)
        for d in decisions
        if d.anchor.startswith("topic:")
        or (d.anchor.startswith("state:") and d.how in ("action", "vote"))
        or d.how in ("body", "also")  # what the deciders did: "NATO leaders chose Rasmussen"
    ]
    namings.sort(key=lambda n: n[3])
    for anchor, _, _, _, _ in namings:
        if (
            anchor
            and anchor not in ("all", GENERAL)
            and anchor not in anchors
            and any(
                a == anchor
                and (conf >= ACTION * 0.59 or how == "negated")  # "refused to endorse X"
                and how != "reaction"
                for a, conf, how, _, _ in namings
            )
        ):
            anchors.append(anchor)
    for anchor, (told_at, words) in argued.items():
        if anchor not in anchors:  # (an act on it, "Hungary blocked it", named it already)
            anchors.append(anchor)
        namings.append((anchor, 0.0, "aside", told_at, words))
    phrase_of_first: dict[str, str] = {}
    for anchor, _, _, _, words in namings:
        if anchor and words:
            phrase_of_first.setdefault(anchor, words)
    # A kind of decision namings by a common noun ("the membership decision") is the same
    # decision as a state's membership or a person's appointment namings beside it.
    if any(a.startswith("state:") for a in anchors):
        anchors = [a for a in anchors if a != "topic:membership"]
    if any(a.startswith("person:") for a in anchors):
        # ... and a candidate or nominee named by a common noun beside a person's appointment
        # ("voted against Tusk, having put forward a rival candidate") is that appointment,
        # not a membership
        anchors = [
            a
            for a in anchors
            if a != "topic:appointment"
            and not (a.startswith("topic:") and _PERSON_HEADS.search(phrase_of_first.get(a, "")))
        ]
    # a summit's bare "conclusions" beside another decision: the container, not a decision
    containers = (
        {a for a in anchors if _container(a, phrase_of_first.get(a))}
        if len(anchors) >= 2
        else set()
    )
    anchors = [a for a in anchors if a not in containers]
    # "pressed by Arab states after a similar draft was blocked in the Security Council",
    # no one's stance on that draft: background to the text reported, no issue
    if (
        RIVAL in anchors
        and not any(st.anchor == RIVAL for st in read)
        and re.match(r"similar\b", phrase_of_first.get(RIVAL) or "", re.IGNORECASE)
    ):
        anchors.remove(RIVAL)
    # Decisions in the order the article first names them, with or without an actor ("All the
    # other 27 leaders voted for Tusk" names Tusk's election before Hungary's vote for him).
    first_named: dict[str, int] = {}
    for d in decisions:
        first_named.setdefault(d.anchor, d.index)
    for anchor, _, _, index, _ in namings:
        if anchor:
            first_named[anchor] = min(first_named.get(anchor, index), index)
    # a person is named first where the text first writes the name ("re-elected Mark Brandt")
    for a in anchors:
        if a.startswith("person:"):
            name_rx = re.compile(r"\b" + re.escape(a.split(":", 1)[1]) + r"\b", re.IGNORECASE)
            at = next((i for i, (_, sent) in enumerate(sents) if name_rx.search(sent)), None)
            if at is not None:
                first_named[a] = min(first_named.get(a, at), at)
    # (two acts of one sentence: the further one, "and, in a second vote, asked ...", after)
    further = {d.anchor for d in decisions if d.how == "also"}
    anchors.sort(key=lambda a: (first_named.get(a, 0), a in further))
    # A second text ("a rival draft", amendments) named before any other decision: the text
    # named first is the main proposal, an issue of its own that every sentence before the
    # second text is about.  Otherwise the first decision named is the main text.
    anchors = [a for a in anchors if a != MAIN]
    # A proposal set aside ("the levy was shelved after Austria refused to back it") is a
    # decision of its own, holding only the stances read on it; what was decided is the
    # main one.
    aside = {a for a in anchors if a.startswith("topic:set-aside-")}
    # a further text the deciders "also" adopted is a decision after the main one
    also = {d.anchor for d in decisions if d.how == "also"}
    seconds = [a for a in anchors if a in (RIVAL, AMENDMENT) or a in aside or a in also]
    main_is_own = bool(seconds) and anchors[0] in seconds
    if not main_is_own and anchors and _opens_with_other(decisions, anchors, namings, sents):
        # "EU leaders endorsed the Brexit deal ... Macron blocked the opening of accession
        # talks": the decision the article opens with is an issue of its own
        main_is_own = _distinct_decisions(
            proposal_title(title_sents, headline)[1], [phrase_of_first.get(a) for a in anchors]
        )
    # One state's own decision beside the article's main one about other states (Albania and
    # Croatia invited or joining; Greece blocking Macedonia's invitation): two issues
    other_state = None if main_is_own else _other_state_issue(anchors, read, decisions, first_named)
    main_is_own = main_is_own or other_state is not None
    # Two or more states the Assembly admits ("admitted the Czech Republic and Slovakia as
    # members"): each admission is a resolution of its own, an issue per state
    apart = _admitted_apart(decisions, anchors, sents) if inline and not main_is_own else []
    if apart:
        anchors = [f"state:{iso}" for iso in apart]
        other_state = None
        # a stance on "the decision" is on neither state's in particular (see below)
        read = [replace(st, anchor=None) if st.anchor == MAIN else st for st in read]
    # One decision on two or more candidates whose stances the article tells apart ("failed
    # to open talks with North Macedonia and Albania ... backed Skopje but not Tirana"): an
    # issue per candidate, each stance on the candidates its sentence names (see below)
    apart_cands = (
        _candidates_apart(anchors, read, sents, mentions, text)
        if not apart and not main_is_own
        else []
    )
    if apart_cands:
        anchors = [f"state:{iso}" for iso in apart_cands]
        other_state = None
    if main_is_own:
        anchors.insert(0, MAIN)
    main_anchor = anchors[0] if anchors else None
    read = [
        replace(st, anchor=main_anchor) if st.anchor == MAIN and main_anchor else st for st in read
    ]
    # A stance on the entry of a state that neither the headline nor the lead names ("Spain
    # blocked Kosovo's bid" in a report of Montenegro's entry) is on that state's decision, not
    # on the one reported: on no issue, unless that entry is one of two or more issues
    starts = [start for start, _ in sents]
    lede = _lede(sents)
    lead_actors = {
        m.actor
        for m in mentions
        if m.actor and bisect.bisect_right(starts, m.start) - 1 in (0, lede)
    } | _counted_then_named(sents, mentions, lede)
    other_entry = [
        st
        for st in read
        if st.anchor
        and st.anchor.startswith("state:")
        and (st.anchor not in anchors or len(anchors) < 2)
        and (
            st.anchor.split(":", 1)[1] not in lead_actors
            # a state's application for its own entry, which is none of two or more issues
            # ("the Baltic states, which applied in August" beside the Koreas' admission)
            or (st.cue.lower() in APPLY_VERBS and st.anchor not in anchors and len(anchors) >= 2)
        )
    ]
    if other_entry:
        elsewhere += other_entry
        read = [st for st in read if st not in other_entry]
    # two or more states' own decisions ("talks with Serbia", "talks with Kosovo") are read
    # as kinds of decision are: a sentence with none of its own is about the last one named
    topic_mode = any(a.startswith("topic:") and a not in aside for a in anchors) or (
        sum(a.startswith("state:") for a in anchors) >= 2
    )
    phrase_of: dict[str, str] = {}
    for anchor, _, _, _, words in namings:
        if anchor and words:
            phrase_of.setdefault(anchor, words)
    issue_ids: list[str] = []
    titles: list[str] = []
    if len(anchors) >= 2:
        # the number the text reported goes by, told before a second text is named
        number = _number_before(sents, first_named.get(RIVAL)) if RIVAL in anchors else None
        for a in anchors:
            if a == MAIN:
                iid, title = proposal_title(title_sents, headline, first_only=True)
                if _title_is_another(title, phrase_of.get(MAIN), anchors, phrase_of):
                    # the headline's proposal is one of the other decisions ("Association
                    # agreement with Ukraine" beside "added 12 names"): the lead's own words
                    iid, title = _anchor_title(MAIN, text, gaz, phrase_of[MAIN])
                elif title.lower() in _GENERIC_TITLES:
                    # a bare "Text" ("to add criticism ... to the text"): the headline's part
                    # that names none of the other decisions ("Assembly shelves amendment,
                    # then condemns U.S. embargo on Cuba")
                    other_words = [phrase_of.get(b) for b in anchors if b != MAIN]
                    part = _headline_part_apart(headline, other_words)
                    if part:
                        iid, title = _short_id(part), part[0].upper() + part[1:]
                elif RIVAL in anchors and (
                    part := _headline_part_before(headline, sents, lede, first_named[RIVAL])
                ):
                    # a headline telling both texts ("keeps Peking out, makes China's seat an
                    # important question"): the part the main text's own sentences tell
                    iid, title = _short_id(part), part[0].upper() + part[1:]
                else:
                    iid, title = _as_proposal(iid, title, headline, first_only=True)
            elif a.split(":", 1)[1] in apart:
                name = _name_used(a.split(":", 1)[1], text, gaz, day, mentions)
                iid, title = _slug(f"{name}-admission"), f"{name}: admission"
            elif a.split(":", 1)[1] in apart_cands:
                name = _name_used(a.split(":", 1)[1], text, gaz, day, mentions)
                kind = _CANDIDATE_KIND.search(sents[_lede(sents)][1])
                what = kind[0].lower() if kind else "membership"
                iid, title = _slug(f"{name}-{what}"), f"{name}: {what}"
            elif titled := _number_told_after(phrase_of.get(a), sents, first_named.get(a)):
                iid, title = _short_id(titled), titled
            else:
                # (the mentions are gaz.find(text, day): the names are not found again)
                iid, title = _anchor_title(a, text, gaz, phrase_of.get(a), day, mentions)
            if a == anchors[0] != RIVAL and number and number not in title:
                # "Resolution 1094 attaches the observers ... On 10 January, a draft put
                # forward by twelve countries ...": the text reported, told from the other
                # text by its number
                title = f"Resolution {number}: {title}"
                iid = _slug(title)
            if iid in issue_ids:  # two kinds namings by the same words
                iid = _slug(f"{iid}-{a.split(':', 1)[1]}")
            issue_ids.append(iid)
            titles.append(title)
        by_issue: dict[str, list[Any]] = {iid: [] for iid in issue_ids}
        # each decision's own words, for stances whose object names none (not a second text's,
        # named only by its marker or its sponsors: "a separate treaty")
        own_words = {
            a: _stems(titles[k] if a == MAIN else phrase_of.get(a) or "")
            for k, a in enumerate(anchors)
            # (a proposal not adopted holds only the stances placed on it: see _argued_over)
            if a not in (RIVAL, AMENDMENT) and a not in argued
        }
        unplaced = []
        lede = _lede(sents)
        # the one person whose decision the lead names, when every issue is a person's
        lead_words = set(_WORD.findall(sents[lede][1].lower())) if lede < len(sents) else set()
        in_lead = [a for a in anchors if a.split(":", 1)[1] in lead_words]
        lead_person = (
            in_lead[0]
            if len(in_lead) == 1 and all(a.startswith("person:") for a in anchors)
            else None
        )
        # a stance's object may name the main decision by the lead's words ("welcomed the
        # Dutch solution" after a lead on letting the Netherlands ratify a pact), when the
        # lead tells that decision alone: the words no other decision has
        # (the first issue is the one the lead's main act falls on, whether or not that act is
        # an issue of its own: "agreed to set up a command ... and pledged 40 billion euros",
        # then "backed the new command")
        object_words = dict(own_words)
        in_lead_sentence = {d.anchor for d in decisions if d.index == lede}
        told = sorted(in_lead_sentence & set(anchors))
        first: str | None = None
        if len(told) == 1:
            first = told[0]
        elif not told and MAIN in in_lead_sentence:
            first = main_anchor  # the main act, no issue of its own: the first issue
        if first is not None and first in own_words:
            others = set().union(*(ws for a, ws in own_words.items() if a != first))
            # (not a word any decision may be called by: "the two resolutions")
            others |= _stems(" ".join(_VAGUE_HEADS | _GENERIC_HEADS | _TEXT_NOUNS))
            object_words[first] = own_words[first] | (_stems(sents[lede][1]) - others)
        state_named = _states_named(sents, mentions, anchors)
        # each decision's numbers ("resolution 2730"), when it is named by one
        numbers = {a: set(_NUMBER.findall(phrase_of.get(a) or "")) for a in anchors}
        aimed_at = _aimed_at(anchors, titles, phrase_of, gaz, day)
        # the names only a proposal set aside writes ("freeze the assets of Yury Chizh"), not
        # an actor's, the headline's, the lead's or another decision's: a stance whose object
        # writes one ("the listing of Chizh had been pushed by Poland") is on that proposal
        told_names = _names_in(
            " ".join([sents[0][1] if sents else "", sents[lede][1] if lede < len(sents) else ""])
        ) | {w for m in mentions for w in re.findall(r"[\w'’-]+", m.surface)}
        aside_names = {a: _names_in(phrase_of.get(a)) - told_names for a in anchors if a in argued}
        set_aside_names = {
            a: ns - set().union(*(o for b, o in aside_names.items() if b != a))
            for a, ns in aside_names.items()
        }
        paragraph = _paragraphs(sents, text)
        last: dict[int, str] = {}
        marks = (
            namings
            + [(d.anchor, 0, "", d.index, None) for d in decisions if d.anchor in anchors]
            + [(a, 0, "", first_named[a], None) for a in anchors if a.startswith("person:")]
            if topic_mode
            else [(st.anchor, 0, "", st.index, None) for st in read]
        )
        # a sentence that names a second text only in passing ("adopted ... after the United
        # States vetoed a similar text") is about the text reported: the second text holds
        # only the stances read on it, and the count and the next sentences are not its
        passing = {(d.anchor, d.index) for d in decisions if d.how == "passing"}
        # a second text on the question (a rival draft, an amendment) is the decision of the
        # sentences after it only up to the end of its paragraph; a separate package or pact
        # is a decision of its own, told on over paragraphs
        bounded = {AMENDMENT} | ({RIVAL} if _text_on_the_question(phrase_of.get(RIVAL)) else set())
        # ... and so does one that names such a second text only in a clause describing an
        # actor or by an argument over it ("Russia, which argued for changes to the text,
        # abstained", "Syria abstained after pressing for amendments"): its votes are on the
        # text
        told = [
            *((st.anchor, st.how, st.index, st.aside) for st in read if st.anchor in bounded),
            *((d.anchor, d.how, d.index, d.aside) for d in decisions if d.anchor in bounded),
        ]
        outright = {(a, i) for a, how, i, aside in told if how != "reaction" and not aside}
        passing |= {(a, i) for a, _, i, _ in told if (a, i) not in outright}
        released = _released(sents, paragraph)
        for anchor, _, _, index, _ in marks:
            if (
                anchor in anchors
                and anchor != MAIN
                and anchor not in aside
                and (anchor, index) not in passing
            ):
                last[index] = anchor
        if AMENDMENT in anchors and main_anchor is not None and main_anchor != AMENDMENT:
            # a later sentence naming "the text" or "the resolution" (no amendment) is back on
            # the text, and so are the sentences after it: "Iran's ambassador called the text
            # mind-boggling. Iran voted against." after its amendments were voted down (33-11)
            for i, (_, words_of) in enumerate(sents):
                if (
                    i > first_named.get(AMENDMENT, len(sents))
                    and i not in last
                    and _THE_TEXT.search(words_of)
                    and not _AMENDMENT_WORDS.search(words_of)
                ):
                    last[i] = main_anchor
        # sentences that open with one decision's head noun ("The pact, championed by ..."):
        # about it, and so are the rest of their paragraph's sentences that name none
        head_named: dict[int, str] = {}
        if topic_mode:
            # each decision's head noun, when no other decision shares it
            heads = {
                a: h
                for k, a in enumerate(anchors)
                if a == MAIN or a.startswith("topic:")
                if (h := _head_noun(titles[k] if a == MAIN else phrase_of.get(a)))
            }
            heads = {a: h for a, h in heads.items() if list(heads.values()).count(h) == 1}
            for i, (_, words_of) in enumerate(sents):
                by_noun = _named_by_noun(words_of, anchors) if i not in last else None
                if by_noun is None and i not in last and i > lede and len(heads) >= 2:
                    by_head = _named_by_head(words_of, heads)
                    if by_head is not None:
                        head_named[i] = by_head
                if by_noun is not None:
                    last[i] = by_noun
        for anchor, _, _, index, _ in marks:
            if anchor == MAIN and main_anchor is not None:
                # back to the text named first ("France backed the resolution" after its
                # amendments), unless the sentence also names the second text
                last.setdefault(index, main_anchor)
        if main_is_own:
            last[-1] = MAIN  # before the second text is named
            if any(d.anchor == MAIN and d.how == "body" and d.index == lede for d in decisions):
                # the lead telling the main act alone is about it, not about a decision only
                # the headline named before it ("EC gives Denmark its exemptions and agrees a
                # bigger budget", then "granted Denmark a set of exemptions": 32-20)
                last.setdefault(lede, MAIN)
        # the kind of measure a sentence's stance names, for the same actor's other readings
        # of that sentence that name none
        kind_named = {
            (st.index, st.actor): st.anchor
            for st in read
            if st.anchor and st.anchor.startswith("topic:") and st.anchor not in anchors
        }
        # a lead that names a decision and then a further one ("agreed guarantees to Ireland
        # ... and backed Barroso"): the sentence after it is about the first one, unless it
        # names one (the lead itself keeps the decision named last in it, whose count words
        # follow it: "... and unanimously backed Barroso")
        in_lead = [d.anchor for d in decisions if d.how in ("body", "also") and d.index == lede]
        in_lead = [a for a in dict.fromkeys(in_lead) if a in anchors]
        if (
            len(in_lead) >= 2
            and lede + 1 < len(sents)
            # (one that names the further decision by its own words is about that one: "On
            # monetary union, Mitterrand won agreement that a conference would open")
            and _named_by_words(sents[lede + 1][1], own_words) in (None, in_lead[0])
        ):
            last.setdefault(lede + 1, in_lead[0])
        # texts told in turn by their place ("... and in a second resolution condemned
        # Baghdad", then "The second text, resolution 707, was adopted unanimously"): a
        # sentence opening with a text's place names it, and when the lead names the second
        # text after the first one's act, the sentence after the lead goes back to the first
        for i, (_, words_of) in enumerate(sents):
            placed = _named_by_place(words_of, anchors, phrase_of)
            if placed is not None and i > lede:
                last[i] = placed
        if any(
            first_named.get(a) == lede and _ORDINAL_TEXT.fullmatch(phrase_of.get(a) or "")
            for a in anchors[1:]
        ):
            last.setdefault(lede + 1, anchors[0])
        # a sentence that names no decision but shares two or more words with one decision's
        # own words only ("The political part of the association agreement ... was signed")
        by_words = (
            {
                i: by_own
                for i, (_, words_of) in enumerate(sents)
                if i not in last
                and i not in head_named
                and (by_own := _named_by_words(words_of, own_words)) is not None
            }
            if topic_mode
            else {}
        )
        # ... and, when it opens its paragraph (as one opening with a decision's head noun),
        # so are the rest of the paragraph's sentences that name none ("On Libya, ministers
        # decided to end the curbs on its banks. Italy had pressed for the easing."); not a
        # proposal set aside or a second text, which hold only the stances read on them
        head_named |= {
            i: a
            for i, a in by_words.items()
            if a not in aside and a not in bounded and (i == 0 or paragraph[i] != paragraph[i - 1])
        }
        # a sentence naming no decision in which the state one decision is about takes a
        # stance ("Syria's foreign minister thanked the EU", beside sanctions on Russia and the
        # lifting of sanctions on Syria) is about that decision, and so is the rest of its
        # paragraph ("Italy had pressed for a faster easing")
        aimed: dict[int, set[str]] = defaultdict(set)
        for st in read:
            if st.index not in last and st.anchor not in anchors and st.actor in aimed_at:
                if st.how == "vote" and _told_in_paragraph(last, paragraph, st.index):
                    continue  # a vote on the text its paragraph named (see below)
                aimed[st.index].add(aimed_at[st.actor])
        for i, about in aimed.items():
            if len(about) == 1 and i not in head_named:
                head_named[i] = next(iter(about))
        for st in read:
            if apart_cands:
                # each stance on the candidates its sentence names (none: no stance)
                targets = _candidate_targets(st, apart_cands, read, sents, mentions, text)
                for iso, label in targets:
                    by_issue[issue_ids[anchors.index(f"state:{iso}")]].append(
                        replace(st, label=label)
                    )
                if not targets:
                    unplaced.append(st)
                continue
            if (
                st.anchor == "all"
                or (st.anchor not in anchors and len(issue_ids) == 2 and _BOTH.match(st.sentence))
                or (st.anchor not in anchors and len(issue_ids) == 2 and _on_both(st))
                or (st.anchor in containers and _WHOLE_CONTAINER.search(st.sentence))
            ):
                # "Both resolutions, drafted by Britain and Germany, were adopted": on each
                for iid in issue_ids:
                    by_issue[iid].append(st)
            elif st.anchor == GENERAL:
                unplaced.append(st)  # "welcomed the summit's outcome": no one decision
            elif st.anchor in anchors:
                by_issue[issue_ids[anchors.index(st.anchor)]].append(st)
            elif f"state:{st.actor}" in anchors:
                # a state's reaction to "the decision", when one of the decisions is its own
                # (its talks, its membership): that one
                by_issue[issue_ids[anchors.index(f"state:{st.actor}")]].append(st)
            else:
                prev = by_words.get(st.index) or (
                    _in_paragraph(last, head_named, paragraph, st.index, bounded, released)
                    or anchors[0]
                    if topic_mode
                    else last.get(st.index) or last.get(st.index - 1)
                )
                kind = st.anchor or kind_named.get((st.index, st.actor))
                if topic_mode and kind and kind.startswith("topic:"):
                    # "Russia has said the sanctions are illegal", after a second decision
                    # (an energy union) was named: a kind of measure that is no issue of its
                    # own is the one the article first named it with
                    prev = _latest(last, first_named.get(kind, st.index)) or prev
                if (
                    main_is_own
                    and kind not in anchors
                    and last.get(lede, MAIN) == MAIN
                    and _names_the_act(
                        st.object_text or st.anchor_text or phrase_of.get(kind or ""),
                        sents[lede][1],
                    )
                ):
                    # "welcomed the invitation" after a further decision, where the lead
                    # says the deciders "invited" the states: the act the lead tells, named
                    # by its own noun, is the main decision
                    prev = MAIN
                # a sentence naming the one state whose own decision is an issue is about it
                # ("Merkel had insisted that Belgrade show progress" beside Serbia's talks)
                prev = state_named.get(st.index) or prev
                # "proposed amending the EU treaties" after a separate treaty was named: the
                # issue whose own words the object shares, when only one does
                prev = _named_by_object(st.object_text, object_words) or prev
                by_name = [a for a, ns in set_aside_names.items() if ns & _names_in(st.object_text)]
                prev = by_name[0] if len(by_name) == 1 else prev
                # "welcomed resolution 2730": the one decision named by that number
                cited = set(_RESOLUTION_NUMBER.findall(st.sentence))
                by_number = [a for a, ns in numbers.items() if ns & cited]
                prev = by_number[0] if len(by_number) == 1 else prev
                if prev == RIVAL and main_anchor and _on_the_question(st.object_text):
                    # a second text is named by its marker, its sponsors or "it": a stance
                    # on a thing ("has long opposed the crossings") after it is on the
                    # question the article's text decides
                    prev = main_anchor
                if prev is None and aside and MAIN in anchors:
                    prev = MAIN  # not about the proposal set aside: about what was decided
                if st.anchor in containers:
                    # "refused to sign up to conclusions that did not include them": the
                    # decision its paragraph named last, up to this sentence; none named
                    # there, no stance rather than a guess
                    prev = next(
                        (
                            last[j]
                            for j in range(st.index, -1, -1)
                            if paragraph[j] == paragraph[st.index] and j in last
                        ),
                        None,
                    )
                if (
                    st.index not in last
                    and st.actor in aimed_at
                    and not (st.how == "vote" and _told_in_paragraph(last, paragraph, st.index))
                ):
                    # the state one decision is about, in a sentence naming none: on that one
                    # (not its vote just after its paragraph named a decision: "It then adopted
                    # a follow-up text ... Eritrea cast the only vote against it")
                    prev = aimed_at[st.actor]
                if other_state is not None:
                    prev = _beside_other_state(
                        st, other_state, sents, mentions, last, paragraph, decisions
                    )
                if apart:
                    # another state's stance on the admissions: on the one state its sentence
                    # names alone, else on neither rather than a guess
                    prev = state_named.get(st.index)
                if prev is None and not topic_mode and lead_person is not None:
                    # persons' decisions, one of them the lead's: a stance that names none is
                    # on the one the lead reports ("gave their consent as well" after a rival's
                    # candidacy told as sunk: 31-20)
                    prev = lead_person
                if st.index == lede and st.anchor is None and len(in_lead) >= 2:
                    # a lead telling two acts: the act whose words its cue comes before
                    # ("agreed guarantees to Ireland ... and backed Barroso", "decided over
                    # Thatcher's objections to open a conference": j17, 32-17)
                    prev = _act_after_cue(st, sents[lede][1], in_lead, phrase_of) or prev
                if prev:
                    by_issue[issue_ids[anchors.index(prev)]].append(st)
                else:
                    unplaced.append(st)
        sentence_issue = {i: issue_ids[anchors.index(a)] for i, a in last.items()}
        # the sentences that name their decision themselves (the rest take an earlier one's)
        named_in = set(last) | set(head_named) | set(by_words)
        if topic_mode:
            # a sentence with no decision of its own is about the last one named
            for i in range(len(sents)):
                latest = by_words.get(i) or _in_paragraph(
                    last, head_named, paragraph, i, bounded, released
                )
                if latest is not None:
                    sentence_issue.setdefault(i, issue_ids[anchors.index(latest)])
    else:
        iid, title = proposal_title(title_sents, headline)
        if (
            title.lower() in _VAGUE_HEADS | _GENERIC_HEADS
            and len(anchors) == 1
            and anchors[0].startswith("topic:")
            and phrase_of.get(anchors[0])
            and first_named.get(anchors[0], len(sents)) <= _lede(sents)
        ):
            # "The decision, which must be unanimous, ..." gives no title: the words the
            # lead's act named it by ("first economic sanctions on Russia") do (not a later
            # decision's: the lead's own may be one it names by no kind, "failed to agree")
            iid, title = _anchor_title(anchors[0], text, gaz, phrase_of[anchors[0]], day)
        iid, title = _as_proposal(iid, title, headline, first_only=False)
        issue_ids, titles = [iid], [title]
        # a stance on amendments ("argued for changes to the text", "welcomed the amendments")
        # is none on the text, when they are no issue of their own (too weakly told)
        # ... nor is a refusal of a person the headline, the lead and the title do not name
        # ("Paris and Berlin backed Verhofstadt, but Britain would not accept him", after the
        # constitution agreed: 33-19), a decision the article does not report as its own
        at_lead = _lede(sents)
        lead_text = sents[at_lead][1] if at_lead < len(sents) else ""
        reported = f"{headline} {lead_text} {title}".lower()
        refused_other = [
            st
            for st in read
            if st.label == OPPOSE
            and st.anchor
            and st.anchor.startswith("person:")
            and st.anchor.split(":", 1)[1] not in reported
        ]
        by_issue = {iid: [st for st in read if st.anchor != AMENDMENT and st not in refused_other]}
        unplaced = [st for st in read if st.anchor == AMENDMENT or st in refused_other]
        sentence_issue = {}
        named_in = set()

    # A procedural motion counted (see ``_MOTION_VERDICT``): a decision of its own, holding its
    # count.  One carried against a text (no action on it, the debate on it adjourned or
    # deferred) is the only decision taken on that text: its issue becomes the motion's, with
    # every stance on the text turned over (proposing or backing the amendment = against the
    # motion to take no action on it).  Any other (one that failed, one on the rule the vote
    # needs, one whose aim is not told) is an issue beside the text's, which keeps its own
    # stances and counts.
    motion = (
        _find_motion(sents, mentions, headline, _paragraphs(sents, text))
        if body in _MOTION_BODIES
        else None
    )
    if motion is not None:
        single = len(issue_ids) == 1
        told_on = None if single else sentence_issue.get(motion.index)
        k = 0 if single else issue_ids.index(told_on) if told_on else -1
        if motion.on_amendment and not single and AMENDMENT in anchors[: len(issue_ids)]:
            # "decided to take no action on it [the amendment], which kept it out of the
            # Cuban draft": the sentence names the draft too, but the motion is the amendment's
            k = anchors.index(AMENDMENT)
        on_anchor = None if single or k < 0 else anchors[k]
        already = k >= 0 and "motion" in titles[k].lower()
        movers = [
            ReadStance(actor, SUPPORT, ACTION, s, "moved the motion", "action", index=j)
            for actor, j, s in motion.movers
        ]
        if already:
            by_issue[issue_ids[k]] += movers
        elif (
            k >= 0
            and motion.carried
            and motion.kind in ("no-action", "adjourn", "defer")
            and (
                on_anchor == AMENDMENT
                if motion.on_amendment
                else on_anchor in (None, AMENDMENT, RIVAL)
            )
        ):
            old = issue_ids[k]
            what = titles[k]
            what = f"the {what.lower()}" if what.lower() in _GENERIC_TITLES else what
            title = f"{motion.title} {what}"
            iid = _slug(title)
            turned = {SUPPORT: OPPOSE, OPPOSE: SUPPORT}
            # the movers' own cue in the motion's sentence ("A motion to adjourn the debate,
            # put forward by Suriname": 29-09) is the motion's, not one on the text: it is
            # not turned over, the mover's stance stands (test_draft_nato29)
            moved = {(a, j) for a, j, _ in motion.movers}
            by_issue[iid] = [
                replace(
                    st,
                    label=turned[st.label],
                    cue=f"{st.cue} (on the text the motion set aside)",
                )
                if st.label in turned and not _said_of_motion(st, motion.index)
                else st
                for st in by_issue.pop(old)
                if (st.actor, st.index) not in moved
            ] + movers
            issue_ids[k], titles[k] = iid, title
            sentence_issue = {i: iid if v == old else v for i, v in sentence_issue.items()}
        else:
            title = motion.title.removesuffix(" on")
            iid = _slug(title)
            if iid in issue_ids:
                iid = _slug(f"{iid}-{motion.index}")
            at = len(issue_ids) if k < 0 else k + 1
            if single:
                sentence_issue = {i: issue_ids[0] for i in range(len(sents))}
            issue_ids.insert(at, iid)
            titles.insert(at, title)
            if not single:
                anchors.insert(at, f"topic:{iid}")
            by_issue[iid] = movers
            sentence_issue[motion.index] = iid
            if motion.kind in ("agenda", "closure"):
                # the agenda or closure vote's own sentence, and the next ones that go on
                # about "that vote", hold the stances on that step, never on the text
                _hold_apart(iid, {motion.index, *motion.told_after}, by_issue, sentence_issue)
                named_in.update(motion.told_after)
        named_in.add(motion.index)

    def held_apart_as_issue(iid: str, title: str, told: set[int]) -> None:
        """A decision told apart from the lead's (an earlier text, a part voted separately, a
        text singled out): a new issue after the others, holding the stances of ``told``."""
        nonlocal sentence_issue
        if len(issue_ids) == 1:  # until now every sentence was the one issue's
            sentence_issue = {i: issue_ids[0] for i in range(len(sents))}
        if len(anchors) == len(issue_ids):
            anchors.append(f"topic:{iid}")
        issue_ids.append(iid)
        titles.append(title)
        by_issue[iid] = []
        _hold_apart(iid, told, by_issue, sentence_issue)
        named_in.update(told)

    # An earlier resolution recalled with its own count ("a month ago all fifteen members had
    # voted for resolution 457"): an issue of its own, after the others, holding that count
    # and the stances of the sentence that tells it (and of those after it that go back to
    # that vote: "abstained that day"), never the text's.
    if body in _MOTION_BODIES:
        told_apart = _earlier_resolutions(sents, day, _paragraphs(sents, text))
        for number, counted_at, told_after in told_apart:
            recalled_at = {counted_at, *told_after}
            by_it = [k for k, t in enumerate(titles) if number in _NUMBER.findall(t)]
            if by_it and by_it[0] > 0:
                # an issue already ("abstained, as it had on resolution 661"): its count
                iid = issue_ids[by_it[0]]
            elif by_it:
                continue  # the text reported is called by that number: no second guess
            else:
                held_apart_as_issue(
                    _slug(f"resolution {number}"), f"Resolution {number}", recalled_at
                )
                continue
            _hold_apart(iid, recalled_at, by_issue, sentence_issue)
            named_in.update(recalled_at)

    # An earlier or rival text named by no number, with its own count ("On 7 March the
    # Council had voted 14 to 1 on an earlier, milder text"): an issue of its own, after the
    # others, holding that count and the stances of the sentences that tell it.
    if body in _MOTION_BODIES:
        for title, counted_at, earlier_told in _earlier_texts(sents, day, _paragraphs(sents, text)):
            iid = _slug(title)
            if iid in issue_ids or sentence_issue.get(counted_at, issue_ids[0]) != issue_ids[0]:
                continue  # a decision of its own already
            held_apart_as_issue(iid, title, earlier_told)

    # A part of the text put to a separate vote ("The paragraph was retained by 86 votes to
    # one"): an issue of its own, after the others, holding that count and the stances of the
    # sentences that tell it, never the text's ("Singapore abstained on the paragraph" is no
    # abstention on the resolution).
    if body in _MOTION_BODIES:
        for title, counted_at, part_told in _part_votes(sents):
            iid = _slug(title)
            if iid in issue_ids or sentence_issue.get(counted_at, issue_ids[0]) != issue_ids[0]:
                continue  # a decision of its own already ("In a separate vote, it kept ...")
            held_apart_as_issue(iid, title, part_told)
            by_issue[iid] = [
                replace(st, label=OPPOSE, cue=f"{st.cue} (to strike the part)")
                if st.label == SUPPORT and _voted_to_strike(st.sentence)
                else st
                for st in by_issue[iid]
            ]
            by_issue[iid] += [
                ReadStance(actor, OPPOSE, ACTION, s, "moved to strike the part", "action", index=j)
                for actor, j, s in _moved_to_strike(sents, mentions, part_told)
                if not any(st.actor == actor and st.index == j for st in by_issue[iid])
            ]

    # A second text voted in turn, named by its place and what it is about, with its own count
    # ("A second draft, on the agency's operations, ... was approved 152 to 5"): an issue of
    # its own, holding the sentences that tell it, and a stance told elsewhere "on the other"
    # text; never the first text's (the same state may vote otherwise on each).
    if body in _MOTION_BODIES:
        for title, named_at, text_told in _second_texts(sents, _paragraphs(sents, text)):
            iid = _slug(title)
            if iid in issue_ids or sentence_issue.get(named_at, issue_ids[0]) != issue_ids[0]:
                continue  # a decision of its own already ("In a second text, it called ...")
            if len(issue_ids) == 1:
                sentence_issue = {i: issue_ids[0] for i in range(len(sents))}
            if len(anchors) == len(issue_ids):
                anchors.append(f"topic:{iid}")
            # (only the second of two texts is "the other"; "both" is each of two)
            kept, by_issue[iid] = [], []
            for st in by_issue[issue_ids[0]]:
                two = len(issue_ids) == 1
                if two and st.index not in text_told and _ON_THE_SECOND.search(st.cue):
                    by_issue[iid].append(st)
                    continue
                kept.append(st)
                if two and (st.anchor == "all" or _BOTH.match(st.sentence) or _on_both(st)):
                    by_issue[iid].append(st)  # "welcomed both texts": on each
            by_issue[issue_ids[0]] = kept
            issue_ids.append(iid)
            titles.append(title)
            _hold_apart(iid, text_told, by_issue, sentence_issue)
            named_in.update(text_told)

    # One text of several the body also adopted, singled out with its own count ("also
    # adopted four resolutions on ..., among them a renewal of the committee's mandate,
    # approved 106 to 2"): an issue of its own holding that sentence (its count and votes),
    # whatever text the sentences before were about.
    if body in _MOTION_BODIES:
        for title, named_at in _singled_out_texts(sents):
            iid = _slug(title)
            if iid in issue_ids:
                continue
            held_apart_as_issue(iid, title, {named_at})

    unplaced += elsewhere
    # Vote counts per issue.
    tallies: dict[str, Tally] = {iid: Tally() for iid in issue_ids}
    counted_in: dict[str, list[int]] = defaultdict(list)  # the sentences each count came from
    aligned = len(anchors) == len(issue_ids)
    issue_words = [
        f"{title} {phrase_of.get(anchors[k], '') if aligned else ''}"
        for k, title in enumerate(titles)
    ]
    # the words of the decisions the article names that are no issue: the headline's act, when
    # the headline names it by words the first issue does not have ("... back Ukraine text as
    # Orban stays out; Fico holds up new sanctions"), and those that hold no stance
    headline_act = phrase_of.get(MAIN) or ""
    unissued_words = " ".join(
        words
        for a, words in phrase_of.items()
        if a not in anchors
        and (
            a != MAIN
            or (headline_act in sents[0][1] and not _stems(headline_act) & _stems(issue_words[0]))
        )
    )
    if body in _CONSENSUS_BODIES:
        # ... and, where members sponsor no texts, a decision named by a state ("the Moldova
        # text"): on that state, so none whose words leave the state out
        unissued_words += " " + " ".join(m.surface for m in mentions if m.how == "name")
    kin: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.actor:
            kin[m.actor].update(_WORD.findall(m.surface.lower()))
    kin_of = {w: names for names in kin.values() for w in names}
    for index, (_, sent) in enumerate(sents):
        on_issue = issue_ids[0] if len(issue_ids) == 1 else sentence_issue.get(index)
        if on_issue is None and len(anchors) == len(issue_ids) > 1 and index >= lede:
            # "The decision was unanimous among the 26" before the article names any other
            # decision: the count can only be the one its lead told
            later = all(first_named.get(a, 0) > index for a in anchors[1:])
            on_issue = issue_ids[0] if later else None
        if index not in named_in:
            # a sentence that names no decision of the article's yet gives its count's its own
            # name ("The Ukraine text was backed by 26", after a lead on sanctions too): that
            # one, else none rather than the one the sentence was taken to be about
            told_of = _count_told_of(sent, issue_words, unissued_words, kin_of)
            at = issue_ids.index(on_issue) if on_issue is not None else -1
            if told_of is not None and at not in told_of:
                on_issue = issue_ids[told_of[0]] if len(told_of) == 1 else None
        if len(sent) > _PARSE_LIMIT:
            continue
        if (
            len(issue_ids) == 1
            and index > lede
            and _IN_A_FURTHER.match(sent)
            and not _BOTH.match(sent)
        ):
            # "In a separate vote minutes later it unanimously extended ...", after a lead
            # counted on its own: a further decision's count, never the one issue's (probe30
            # 07: "unanimously" there cancelled the lead's 13 votes)
            continue
        sent = _others_unanimity(sent, body)
        both = len(issue_ids) == 2 and _BOTH.match(sent)
        # "Both were agreed unanimously", "Both texts passed 14 to 0": each decision's count
        for iid in issue_ids if both else [on_issue] if on_issue is not None else []:
            before = len(tallies[iid].evidence)
            find_counts(sent, tallies[iid])
            if len(tallies[iid].evidence) > before:
                counted_in[iid].append(index)

    # A count said of a sub-group that decides alone: over the euro area's or a known group's
    # members on the date, or over no one when the group's members are not data (see
    # _count_scope).
    groups = _group_members(body, members)
    # (the euro area's members among the body's, the same for every issue: read once, not per
    # issue, as each reading validates the euro area's member records again)
    euro_size = len(euro_area_on(day) & set(members)) if members else 0
    scope = {
        iid: _count_scope(
            tallies[iid],
            [sents[i][1] for i in counted_in[iid]],
            [
                s
                for i, (_, s) in enumerate(sents)
                if len(issue_ids) == 1 or sentence_issue.get(i) == iid
            ],
            len(members),
            euro_size,
            {kind: len(ids) for kind, ids in groups.items()},
        )
        for iid in issue_ids
    }

    # The Brexit-era EU-27 ("the 27 leaders", "EU-27"): on the issue the sentence is about
    # (the main one for the headline), the leaving UK is not among the members a count is
    # completed over, and gets no stance from it.
    at_27: dict[str, str] = {}
    for index in eu27_format([s for _, s in sents], list(members), day) if members else []:
        on_issue = issue_ids[0] if len(issue_ids) == 1 else sentence_issue.get(index)
        at_27.setdefault(on_issue or issue_ids[0], sents[index][1])

    # A state the main decision admits, a member in the body's data from the article's day or
    # the week before it ("Albania and Croatia became members on Wednesday"): no voter on its
    # own accession, so a count of "all 26 allies" is of the others.
    admitted = {d.text for d in decisions if d.anchor == MAIN and d.how == "admits"}

    def new_on_day(member: str) -> bool:
        joined = getattr(members.get(member), "joined", None)
        return joined is not None and dt.timedelta(0) <= day - joined <= dt.timedelta(days=7)

    # members staying away: in a body that decides by consensus they stayed out of the
    # decision; at the Security Council they cast no vote (used below)
    absent = (
        _stayed_away(sents, mentions, members)
        if members and (body in _CONSENSUS_BODIES or body == "unsc")
        else {}
    )
    status_quo, proposal = 0.0, 100.0
    values = {"support": proposal, "oppose": status_quo, "abstain": (status_quo + proposal) / 2}
    has_vote = _stance_has_vote()
    vote_of = {"support": "yes", "oppose": "no", "abstain": "abstain"}

    surfaces: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.actor and m.surface not in surfaces[m.actor]:
            surfaces[m.actor].append(m.surface)
    order = list(dict.fromkeys(m.actor for m in mentions if m.actor))
    actor_stances: dict[str, dict[str, Any]] = defaultdict(dict)
    neutral: list[str] = []
    issue_meta: dict[str, Any] = {}
    problems: list[str] = []
    for iid in issue_ids:
        follows = [st for st in by_issue[iid] if st.label == FOLLOW]
        # "The Soviet delegate stayed away": at the Security Council an absent member cast no
        # vote, so the sentence telling its absence gives it no stance (not an abstention)
        resolved = resolve(
            st
            for st in by_issue[iid]
            if st.label != FOLLOW and not (body == "unsc" and absent.get(st.actor) == st.sentence)
        )
        for st in follows:
            # "Russia voted with the United States": the leaders' one label, when the follower
            # has none of its own (leaders that disagree or have no stance: nothing)
            leads = {
                resolved[lead][0]
                for lead in st.cue.removeprefix("with:").split(",")
                if lead in resolved
            }
            if st.cue == f"with:{MAJORITY}":
                side = tallies[iid].majority_side(0 if inline else len(members))
                leads = {side} if side else set()
            elif st.cue.startswith("with:count:"):
                # "A was among the ten": the one side the issue's count gives that many votes
                n = int(st.cue.removeprefix("with:count:"))
                sides = [lab for lab, k in tallies[iid].as_dict().items() if k == n]
                leads = {_COUNT_SIDE[sides[0]]} if len(sides) == 1 else set()
            own = resolved.get(st.actor)
            # a follower read only as no stance on purpose ("Russia backed Syria", a cue of
            # weight stance.QUIET) takes the leaders' label too
            quiet = own is not None and all(q.how == "quiet" for q in own[1])
            # ... and so does one whose own stances are all told before and weaker (a vote
            # dated back: "abstained then ... This time Canada moved into the majority", 33-26)
            superseded = own is not None and all(
                q.index < st.index and q.confidence < st.confidence for q in own[1]
            )
            if (own is None or quiet or superseded) and len(leads) == 1 and NEUTRAL not in leads:
                label = leads.pop()
                resolved[st.actor] = (label, [replace(st, label=label, how=st.how)])
            elif own is None:
                # leaders with no one label: no stance, and none for the learned fallback to
                # fill (its stance is stated only as another's)
                resolved[st.actor] = (NEUTRAL, [st])
        named: dict[str, str] = {actor: label for actor, (label, _) in resolved.items()}
        for actor, (label, group) in resolved.items():
            if label == NEUTRAL:
                if actor not in neutral:
                    neutral.append(actor)
                continue
            if actor in actor_stances and iid in actor_stances[actor]:
                continue
            actor_stances[actor][iid] = _stance_entry(
                label, group, values, source, day, has_vote, vote_of
            )
        named = {a: lab for a, lab in named.items() if lab != NEUTRAL}
        tally = tallies[iid]
        meta: dict[str, Any] = {}
        if not tally.empty():
            meta["counts"] = tally.as_dict()
            if tally.rest:
                meta["counts_rest"] = tally.rest
            meta["count_evidence"] = tally.evidence[:3]
            if members and not fixed_members:
                meta["counts_not_implied"] = (
                    "the date is assumed and the membership differs over the dates the "
                    "article can be from: no stance is implied from the count"
                )
            if members and fixed_members:
                # "all but Hungary backed it": who the count leaves out, by name
                excepted = {
                    m.actor
                    for name in tally.but_names
                    for m in gaz.find(name, day)
                    if m.actor in members
                }
                if tally.but_names:
                    meta["counts_except"] = sorted(excepted)
                if tally.rest and not tally.unanimous and tally.empty_numbers():
                    # "Poland voted against, ..., and all the other states voted yes", Poland's
                    # own cues in conflict: "the others" are those not named, so a named
                    # member with no stance of its own never takes their label (probe30 27);
                    # not a unanimity or a number that covers it ("15 votes to none",
                    # "spoke unanimously": 29-01's Tunisia)
                    excepted |= {
                        a for a, (lab, _) in resolved.items() if lab == NEUTRAL and a in members
                    }
                # ... unless the issue's own count has room for the UK ("agreed by all 28")
                without_uk = iid in at_27 and sum(tally.as_dict().values()) < len(members)
                euro_group = (
                    euro_area_on(day) if scope[iid] == EURO else groups.get(scope[iid] or "")
                )
                voters = [
                    m
                    for m in members
                    if not (without_uk and m == "GBR")
                    and not (m in admitted and new_on_day(m))
                    and (euro_group is None or m in euro_group)
                ]
                if scope[iid] == OTHER_GROUP:
                    voters = []
                    meta["counts_not_implied"] = (
                        "the count is said of a group of members whose membership on the "
                        "date the drafter cannot tell (the Schengen states, a coalition, or "
                        "the euro area named apart from the count): no stance is implied"
                    )
                elif euro_group is not None and scope[iid] == EURO:
                    meta["counts_over"] = (
                        f"the euro area's {len(voters)} members on {day.isoformat()} (the "
                        "decision is the euro area's): the other members get no stance from "
                        "the count"
                    )
                elif euro_group is not None:
                    meta["counts_over"] = (
                        f"{_GROUP_WORDS[scope[iid] or '']}, {len(voters)} on {day.isoformat()} "
                        "(the count is said of them): the other members get no stance from the "
                        "count"
                    )
                staying_out: set[str] = set()
                if body in _CONSENSUS_BODIES and tally.unanimous and not tally.as_dict():
                    # "unanimously agreed ... Denmark took no part": a unanimity of the members
                    # taking part (an abstention does not break the Council's unanimity, Art.
                    # 238(4) TFEU; nor staying out of an alliance's consensus): a member the
                    # text names as staying out keeps that, and the count is of the others
                    staying_out = {a for a, lab in named.items() if lab == "abstain"}
                    voters = [m for m in voters if m not in staying_out]
                elif body not in _CONSENSUS_BODIES:
                    # "The Soviet Union was absent": a Council member away from the vote cast
                    # none, so the count is of the members present (the Soviet boycott of
                    # June 1950: seven votes to one, two abstaining, of eleven)
                    voters = [m for m in voters if m not in absent or m in named]
                    # "12 in favour, none against and two abstentions ... China did not take
                    # part in the vote": a member named only as not voting is not among the
                    # votes counted, when the count leaves exactly those members out
                    not_voting = {
                        a
                        for a in voters
                        if named.get(a) == "abstain"
                        and all(_NOT_VOTING.match(st.cue) for st in resolved[a][1])
                    }
                    stated_n = tally.as_dict()
                    if (
                        not_voting
                        and len(stated_n) == 3
                        and sum(stated_n.values()) + len(not_voting) == len(voters)
                    ):
                        voters = [m for m in voters if m not in not_voting]
                in_body = {a: lab for a, lab in named.items() if a in voters}
                # a weaker reading the stated count rules out ("had not voted for it" beside
                # "14 votes to none") is left out, and the member counted as the others; a
                # count of every member in favour ("15 votes to none" on a council of 15)
                # fixes every vote (a vote record with its zero stated: not "agreed by the
                # 28 leaders", which may be of another decision the article reports)
                whole = tally.yes == len(voters) and tally.no == 0 and not tally.rest
                ruled_out, why_out = contradicted(
                    tally,
                    in_body,
                    {
                        a: max(st.confidence for st in resolved[a][1] if st.label == lab)
                        for a, lab in in_body.items()
                    },
                    voters,
                    # above a stated vote: every reading the whole count rules out goes
                    1.0 if whole else ACTION,
                )
                # a stated vote the whole count contradicts ("voted against" beside "15-0"):
                # the text contradicts itself, so that member gets no stance at all
                unsure = {
                    a
                    for a in ruled_out
                    if whole and any(st.confidence >= VOTE for st in resolved[a][1])
                }
                if why_out:
                    problems.append(f"{iid}: {why_out}")
                for actor in ruled_out:
                    del in_body[actor]
                    actor_stances[actor].pop(iid, None)
                # "declined to support the measure" beside "10-0, with five abstentions":
                # neither for nor against, so abstained
                not_for = {
                    a
                    for a in ruled_out
                    if resolved[a][0] == OPPOSE
                    and all(st.how == "negated" for st in resolved[a][1] if st.label == OPPOSE)
                }
                for actor in abstained_by_count(tally, not_for, in_body, voters):
                    group = [
                        replace(st, label="abstain", cue=f"{st.cue} (not for, none against)")
                        for st in resolved[actor][1]
                        if st.label == OPPOSE
                    ]
                    in_body[actor] = "abstain"
                    actor_stances[actor][iid] = _stance_entry(
                        "abstain", group, values, source, day, has_vote, vote_of
                    )
                # "The leaders of 27 countries signed ... Britain's prime minister did not
                # attend": in a body that decides by consensus, the members named as staying
                # away, when they are exactly those the count of deciders leaves out, stayed
                # out of the decision (abstain)
                stated = tally.as_dict()
                away = {a: w for a, w in absent.items() if a in voters and a not in in_body}
                if (
                    body in _CONSENSUS_BODIES
                    and not tally.rest
                    and stated.get("yes")
                    and not stated.get("no")
                    and not stated.get("abstain")
                    and away
                    and stated["yes"] + len(away) == len(voters)
                ):
                    for actor, quote in away.items():
                        in_body[actor] = "abstain"
                        group = [ReadStance(actor, "abstain", 0.75, quote, "stayed away", "action")]
                        actor_stances[actor][iid] = _stance_entry(
                            "abstain", group, values, source, day, has_vote, vote_of
                        )
                        if actor not in order:
                            order.append(actor)
                assumed, problem = reconcile(
                    tally,
                    in_body,
                    voters,
                    excepted if len(excepted) >= len(tally.but_names) else (),
                )
                if problem:
                    problems.append(f"{iid}: {problem}")
                full = completed(tally, in_body, assumed, voters)
                if full is not None and staying_out:
                    full["abstain"] += len(staying_out)  # (those staying out, as abstentions)
                if without_uk:
                    meta["counts_over"] = (
                        "the 27 members other than the United Kingdom (the EU-27 of the "
                        f"Brexit talks: '{at_27[iid][:160]}'); the UK gets no stance from the "
                        "count"
                    )
                if full is not None and full != meta["counts"]:
                    meta["counts"] = full
                    meta["counts_completed"] = (
                        "the counts the text does not state are those of the members it "
                        "names and those the count leaves only one label for"
                    )
                for actor in unsure:
                    assumed.pop(actor, None)
                for actor, label in assumed.items():
                    why = (
                        f"counted, not named: the text's tally ({_tally_text(tally)}) and "
                        "the stances it names leave only this"
                    )
                    entry: dict[str, Any] = {
                        "position": {"value": values[label], "assumption": why},
                        "salience": {"value": 50, "assumption": ASSUMED},
                        "note": f"drafted stance: {label} (assumed from the count)",
                    }
                    if has_vote:  # a counted vote is a vote intention, assumed
                        entry["vote"] = {"value": vote_of[label], "assumption": why}
                    actor_stances[actor][iid] = entry
                    if actor not in order:
                        order.append(actor)
        issue_meta[iid] = meta
    if shape.outcome is not Outcome.UNKNOWN and issue_ids:
        # what became of the lead's decision, with the sentence that tells it (outcome.py):
        # a reader checks the stances the shape gave ("wanted more time") against it
        issue_meta[issue_ids[0]]["outcome"] = {
            "value": shape.outcome.value,
            "evidence": shape.evidence,
        }

    if parsed:  # the learned fallback: only stances the rules left out (engine spacy+model)
        from concilium.text.learned import fill_draft

        problems += fill_draft(
            parsed, issue_ids, sentence_issue, members if members else order, actor_stances,
            neutral, issue_meta, body,
            lambda label, p, quote, why: _model_entry(label, p, quote, why, values, source, day),
            apply=used == _WITH_MODEL,
        )  # fmt: skip

    first_sentence = sents[0][1] if sents else headline
    # a date the body's data do not cover: the seats the data date by themselves (the
    # permanent members) are members; who else sat then is not known
    listed = (
        [(m.id, m.name) for m in the_body.members if m.member_on(day)]
        if uncovered is not None
        else []
    )
    if uncovered is not None and not listed:  # (none: the states the article names)
        listed = [(iso, gaz.state_name(iso)) for iso in order if iso in gaz.states]
    seated = {iso for iso, _ in listed}
    actors: list[dict[str, Any]] = []
    silent: list[str] = []
    for iso in order:
        member = members.get(iso)
        if iso in gaz.states:
            name = member.name if member else gaz.state_name(iso)
        else:
            name = member.name if member else iso
        known = {name.casefold(), *(a.casefold() for a in (member.aliases if member else ()))}
        aliases = [s for s in surfaces.get(iso, []) if s.casefold() not in known]
        entry_: dict[str, Any] = {"id": iso, "name": name}
        if aliases:
            entry_["aliases"] = aliases
        # the Assembly drafted inline has the UN members named; Kosovo, Palestine and the Holy
        # See take part without a vote
        voting = member or (inline and _un_member(gaz, iso)) or iso in seated
        entry_["role"] = "member" if voting else "stakeholder"
        entry_["capability"] = {"value": 50, "assumption": ASSUMED}
        if actor_stances.get(iso):
            entry_["stances"] = {
                iid: actor_stances[iso][iid] for iid in issue_ids if iid in actor_stances[iso]
            }
        else:
            silent.append(name)
        actors.append(entry_)
    if not actors:
        raise InputError(
            "no state named in the article could be recognised",
            hint="the gazetteer covers every UN member state and key office "
            "holders; add actors by hand",
            source=source,
        )

    engine_note = (
        "stances read with the spaCy dependency reader"
        if used == "spacy"
        else "stances read with the spaCy dependency reader, and those it leaves out inferred "
        "by the learned fallback where it is confident (marked 'model-inferred')"
        if used == _WITH_MODEL
        else "stances read with cue words only (rules); " + _install_hint()
    )
    notes = [
        f"Drafted by concilium from {source}: check every stance against its evidence.",
        f"Engine: {engine_note}.",
        (
            f"Look-alike scan of the article: {report.verdict} ({report.affected_words} of "
            f"{report.words} words affected); the text was repaired before reading."
        ),
        f"Body {body}: {body_why}.",
        f"Date {dated.how}: {dated.why}."
        + (
            ""
            if fixed_members
            else " The membership differs over the dates the article can be from: no stance "
            "is implied from a vote count."
        ),
        *cue_notes,
    ]
    if uncovered is not None:
        unknown = _uncovered_why(uncovered, body, [iso for iso, _ in listed])
        notes.append(f"Membership unknown: {unknown}")
    if inline:
        notes.append(
            "The General Assembly has no built-in body: an inline body lists only the "
            "states named here (the Assembly has 193 members); add the others before "
            "forecasting."
        )
    if not has_vote:
        notes.append(
            "Abstentions are drafted as a position midway between the status quo and "
            "the proposal, marked 'drafted stance: abstain' (this scenario format has "
            "no vote intention)."
        )
    if at_27:
        notes.append(
            "The article speaks of the EU-27 (the members without the United Kingdom, which "
            "was leaving): vote counts are completed over those 27, and the UK is given no "
            "stance from them."
        )
    if silent:
        notes.append("Named without a stance: " + ", ".join(silent) + ".")
    if neutral:
        notes.append(
            "Conflicting or neutral cues, no stance drafted: "
            + ", ".join(gaz.state_name(a) if a in gaz.states else a for a in neutral)
            + "."
        )
    if unplaced:
        notes.append(
            "Stances not attached to one of the issues: "
            + "; ".join(f"{s.actor} {s.label} ('{s.cue}')" for s in unplaced[:10])
            + "."
        )
    notes.extend(problems)
    headline_title = _undated(headline or first_sentence[:120])
    main_title = titles[0] if len(titles) == 1 else headline_title
    scenario: dict[str, Any] = {
        "id": f"{_slug(issue_ids[0] if len(issue_ids) == 1 else _short_id(main_title), 50)}"
        f"-{day.isoformat()}",
        "title": headline_title,
        "date": _copy(day),
        "body": _inline_body(actors)
        if inline
        else _uncovered_body(the_body, day, listed)
        if uncovered is not None
        else body,
    }
    if rule_name:
        scenario["rule"] = rule_name
    scenario["issues"] = [
        {
            "id": iid,
            "title": title,
            "scale": {
                "min": 0,
                "max": 100,
                "low": "status quo: the proposal is not adopted",
                "high": "the proposal is adopted in full",
            },
            "status_quo": status_quo,
            "proposal": proposal,
            "evidence": [{"source": source, "quote": first_sentence, "date": _copy(day)}],
        }
        for iid, title in zip(issue_ids, titles)
    ]
    scenario["actors"] = actors
    scenario["sources"] = [source]
    scenario["notes"] = "\n".join(notes)
    scenario["x-draft"] = {
        "engine": used,
        "date": {"how": dated.how, "why": dated.why},
        "issues": {iid: issue_meta[iid] for iid in issue_ids if issue_meta[iid]},
    }
    if not scenario["x-draft"]["issues"]:
        del scenario["x-draft"]["issues"]
    if uncovered is not None:  # the CLI warns with it, not only the notes
        scenario["x-draft"]["membership_unknown"] = [f"{source}: {unknown}"]
    if report.affected_words:  # a spoofing risk: the CLI warns with it, not only the notes
        scenario["x-draft"]["lookalikes"] = [_lookalike_summary(report, source)]
    if neutral:
        scenario["x-draft"]["neutral"] = list(neutral)
    if grouped:
        scenario = _unexpand(scenario, grouped)
        scenario["notes"] += (
            "\nGroups of states read as their members (quotes keep the article's words): "
            + "; ".join(a.removeprefix(_GROUP_MARK).removesuffix(")") for a in grouped)
            + "."
        )
    return scenario


def _lookalike_summary(report: Any, source: str, shown: int = 5) -> dict[str, Any]:
    """What the look-alike scan repaired in one article: counts and the first ``shown``
    words, each with the characters replaced named by their Unicode name and code point
    (never the raw character, which would look right in a terminal)."""
    examples = []
    for ex in report.examples[:shown]:
        chars = "; ".join(
            f"{f['unicode_name']} ({f['codepoint']})"
            + (f" for '{f['looks_like']}'" if f.get("looks_like") else "")
            for f in ex["findings"]
        )
        examples.append(f"line {ex['line']}: '{ex['repaired']}' had {chars}")
    return {
        "source": source,
        "verdict": report.verdict,
        "affected_words": report.affected_words,
        "words": report.words,
        "examples": examples,
    }


def _install_hint() -> str:
    from concilium.text.nlp import INSTALL_HINT

    return INSTALL_HINT


def _tally_text(t: Any) -> str:
    parts = [f"{v} {k}" for k, v in t.as_dict().items()]
    if t.rest:
        parts.append(f"all others: {t.rest}")
    return ", ".join(parts)


def _uncovered_why(error: InputError, body: str, listed: list[str]) -> str:
    """What a draft on a date ``body``'s data do not cover leaves out, for the notes and the
    CLI's warning (``listed``: the members it drafts)."""
    return (
        f"{error.problems[0].message}: who sat on the {body} that day is not checked here, so "
        "no vote count ('unanimously', '13 votes to 2') fills anyone's stance; drafted as "
        f"members only {', '.join(listed) or 'none'} (the seats the data date for that day, "
        "else the states named): add the other members by hand, or pass --date if the date "
        "is wrong."
    )


def _inline_body(actors: list[dict[str, Any]]) -> dict[str, Any]:
    body: dict[str, Any] = dict(_UNGA)
    body["members"] = [
        {"id": a["id"], "name": a["name"]} for a in actors if a.get("role") == "member"
    ]
    return body


@lru_cache(maxsize=1)
def _stance_has_vote() -> bool:
    from concilium.scenario import Stance

    return "vote" in Stance.model_fields


def _stance_entry(
    label: str,
    group: list[Any],
    values: dict[str, float],
    source: str,
    day: dt.date,
    has_vote: bool,
    vote_of: dict[str, str],
) -> dict[str, Any]:
    top = [s for s in group if s.label == label]
    best = max(s.confidence for s in top)
    evidence: dict[str, dict[str, Any]] = {}
    for s in sorted(group, key=lambda s: -s.confidence):
        why = f"{s.label} ({s.how}, {s.confidence:.2f}: '{s.cue}')"
        if s.sentence in evidence:
            evidence[s.sentence]["note"] += "; " + why
        else:
            evidence[s.sentence] = {
                "source": source,
                "quote": s.sentence,
                "date": _copy(day),
                "note": why,
            }
    entry: dict[str, Any] = {
        "position": {"value": values[label], "evidence": list(evidence.values())},
        "salience": {"value": 50, "assumption": ASSUMED},
        "note": f"drafted stance: {label} (confidence {best:.2f})",
    }
    # A vote intention only where the text states a vote ("voted against", "vetoed",
    # "abstained"): backing or welcoming a text is a position, not a vote.
    votes = [s for s in top if s.how == "vote" and s.confidence >= 0.5]
    if has_vote and (label == "abstain" or votes):
        quotes = list(dict.fromkeys(s.sentence for s in (votes or top)))
        entry["vote"] = {
            "value": vote_of[label],
            "evidence": [{"source": source, "quote": q, "date": _copy(day)} for q in quotes],
        }
    return entry


def _model_entry(
    label: str, p: float, quote: str, why: str, values: dict[str, float], source: str, day: dt.date
) -> dict[str, Any]:
    """A stance the learned fallback inferred: marked as such in its note and evidence."""
    return {
        "position": {
            "value": values[label],
            "evidence": [{"source": source, "quote": quote, "date": _copy(day), "note": why}],
        },
        "salience": {"value": 50, "assumption": ASSUMED},
        "note": f"drafted stance: {label} ({why})",
    }


def _copy(day: dt.date) -> dt.date:
    # a fresh object per use, so YAML output has no anchors/aliases
    return dt.date(day.year, day.month, day.day)


def draft_from_file(
    path: str | Path, *, on: dt.date | None = None, body: str | None = None, engine: str = "auto"
) -> dict[str, Any]:
    """Read an article file (UTF-8 or UTF-16 with BOM; text or HTML) and draft a scenario."""
    from concilium.text.scan import read_text

    path = Path(path)
    return draft_scenario(read_text(path), source=path.name, on=on, body=body, engine=engine)
