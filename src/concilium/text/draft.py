"""From a news article to a draft scenario.

Pipeline (each step a pure function):

1. :func:`article_text` reads plain text or HTML (after step 2; stdlib :mod:`html.parser`:
   paragraphs, headings and list items; scripts, styles and navigation dropped) and finds the
   headline.
2. The raw input is repaired first (:func:`concilium.text.scan.repair`, whole-word
   look-alikes folded too), so that "Frаnce" and "Мacron" are found as France and Macron and
   spoofed HTML tags are still tags.
3. :func:`sentences` splits it into sentences (rule-based, abbreviation-aware).
4. :class:`Gazetteer` finds actors: state names and aliases, demonyms ("French"), capitals
   used as metonyms ("Paris said"), seats of government ("the Élysée"), and office holders
   ("Macron", "Mao Ning") *while in office on the article's date*; and organisations
   ("North Atlantic Council" -> body ``nato``).
5. Rule cues ("unanimous", "veto", "qualified majority") pick the body's rule.
6. :func:`stances` reads each sentence for support / oppose / ambivalent cues, with negation
   ("did not support" -> oppose, "would not block" -> ambivalent) and attributes each cue to
   the actors named in its clause (before the cue, or after "by" in the passive).
7. :func:`draft_scenario` builds the scenario mapping: positions support -> the proposal's
   value, oppose -> the status quo's, ambivalent -> midway, each with its sentences as
   evidence; salience and capability are marked assumptions.

Why rule-based and not an NLP library: the task is closed-world (a known list of states and
officials) and the stance vocabulary of diplomatic reporting is small and formulaic; a
gazetteer with explicit cue lists is fast, has no model to ship, and every decision can be
explained by pointing at the cue and the sentence.  Its limits (irony, long-distance
pronouns, stances on a different proposal in the same article) are documented in
``docs/text.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

from concilium.errors import InputError

__all__ = [
    "AMBIVALENT",
    "OPPOSE",
    "SUPPORT",
    "Gazetteer",
    "Mention",
    "StanceCue",
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
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
               "section", "article", "title", "figcaption", "dd", "dt"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self._in:
            self.title.append(data)
            return
        if self.skip:
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
        text = raw.strip()
        headline = ""
    if not headline:
        headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return headline, text


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "no", "vs", "etc", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "e.g", "i.e", "amb", "lt", "col", "maj", "capt", "jr", "sr", "inc", "co", "corp",
}
_SENT_END = re.compile(
    r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я])|\n\s*\n|\n(?=\S)")


def sentences(text: str) -> list[tuple[int, str]]:
    """Split text into sentences: [(start offset, sentence)], abbreviation-aware."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        chunk = text[start:m.start()]
        last = re.search(r"([A-Za-z.]+)\.[\"'”’)\]]*$", chunk)
        if last and m.group().strip() == "" and (
            last.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", last.group(1))
        ) and "\n" not in m.group():
            continue
        if chunk.strip():
            out.append((start, chunk.strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].strip()))
    return out


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_DATE_RES = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE}),? (\d{{4}})\b"), ("d", "mon", "y")),
    (re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}}),? (\d{{4}})\b"), ("mon", "d", "y")),
]


def find_date(text: str) -> dt.date | None:
    """The first full date written in the text (ISO, "6 June 2023" or "June 6, 2023")."""
    best: tuple[int, dt.date] | None = None
    for rx, order in _DATE_RES:
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups()))
            try:
                month = int(parts["m"]) if "m" in parts else _MONTHS[parts["mon"].lower()]
                day = dt.date(int(parts["y"]), month, int(parts["d"]))
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), day)
            break
    return best[1] if best else None


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

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


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
            def add(surface: str, how: str, iso: str = iso) -> None:
                self.entries.append(_Entry(surface, iso, None, how))

            add(st["name"], "name")
            for al in st.get("aliases", []):
                add(al, "alias")
            for dm in st.get("demonyms", []):
                add(dm, "demonym")
            if st.get("capital"):
                add(st["capital"], "capital")
            for c in st.get("aliases_capital", []):
                add(c, "capital")
            for mt in st.get("metonyms", []):
                add(mt, "metonym")
            for person in st.get("people", []):
                for surface in person["match"]:
                    self.entries.append(_Entry(
                        surface, iso, None, f"person:{person['role']}",
                        _parse_when(person.get("from"), False),
                        _parse_when(person.get("to"), True)))
        for body, org in self.organisations.items():
            for name in org["names"]:
                self.entries.append(_Entry(name, None, body, "name"))
            for person in org.get("people", []):
                for surface in person["match"]:
                    self.entries.append(_Entry(
                        surface, None, body, f"person:{person['role']}",
                        _parse_when(person.get("from"), False),
                        _parse_when(person.get("to"), True)))
        by_surface: dict[str, list[_Entry]] = defaultdict(list)
        for e in self.entries:
            by_surface[e.surface].append(e)
        self._by_surface = dict(by_surface)
        names = sorted(by_surface, key=len, reverse=True)  # longest first: "UN Security Council"
        self._re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"
        )

    @classmethod
    @lru_cache(maxsize=1)
    def builtin(cls) -> Gazetteer:
        from ruamel.yaml import YAML

        text = resources.files("concilium.text.data").joinpath("gazetteer.yaml").read_text(
            encoding="utf-8")
        return cls(YAML(typ="safe").load(text))

    def find(self, text: str, on: dt.date) -> list[Mention]:
        """Every actor or body mention in ``text``, for the situation on date ``on``."""
        out: list[Mention] = []
        for m in self._re.finditer(text):
            cands = [e for e in self._by_surface[m.group()] if e.valid_on(on)]
            if not cands:
                continue
            # A person who is both (Kallas: Estonian PM, later EU High Representative) resolves
            # by date above; a surface with several live readings prefers the state.
            e = next((c for c in cands if c.actor), cands[0])
            out.append(Mention(m.start(), m.end(), m.group(), e.actor, e.body, e.how))
        return out

    def state_name(self, iso: str) -> str:
        return self.states[iso]["name"]


# ---------------------------------------------------------------------------- stances

_NEG = re.compile(r"\b(?:not|never|no longer|n't|cannot|refus\w*)\W+(?:\w+\W+){0,2}$",
                  re.IGNORECASE)
_CUES = [
    (OPPOSE, re.compile(
        r"\b(?:oppos(?:e|es|ed|ing)|opposition to|object(?:s|ed|ing)? to|objections? to|"
        r"block(?:s|ed|ing)?|veto(?:es|ed|ing)?|threaten(?:s|ed)? (?:a|to) veto|"
        r"reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|against|condemn(?:s|ed)?|"
        r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|ruled out|rules out|dismiss(?:es|ed)|"
        r"hostile to|break(?:s)? silence|broke silence|stand(?:s)? in the way)\b", re.IGNORECASE)),
    (SUPPORT, re.compile(
        r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed)|"
        r"champion(?:s|ed)?|in favou?r of|favou?r(?:s|ed)?|push(?:es|ed)? for|"
        r"call(?:s|ed)? for|approv(?:e|es|ed)|agree(?:s|d)? to|vot(?:e|es|ed) for|"
        r"prais(?:e|es|ed)|embrac(?:e|es|ed)|sponsor(?:s|ed)?|proposed|requested|"
        r"spoke up for|argued for|lobbied for)\b", re.IGNORECASE)),
    (AMBIVALENT, re.compile(
        r"\b(?:undecided|reservations?|cautious(?:ly)?|non-?committal|"
        r"(?:has|have)(?: not|n't) (?:yet )?decided|open to|mixed (?:signals|feelings)|"
        r"wait[- ]and[- ]see|on the fence|hedg(?:e|es|ed|ing)|abstain(?:s|ed|ing)?|"
        r"scepti(?:cal|cism)|skepti(?:cal|cism)|ambivalent|"
        r"(?:raised|expressed|voiced) (?:\w+ )?(?:concerns?|doubts?)|"
        r"declined to (?:say|comment|take a position)|neither (?:for|backed|supported)|"
        r"not (?:yet )?(?:taken|made) (?:a|its|his|her|their) (?:position|decision))\b",
        re.IGNORECASE)),
]
_FLIP = {SUPPORT: OPPOSE, OPPOSE: AMBIVALENT, AMBIVALENT: None}
_PRONOUN_START = re.compile(r"^(?:He|She|It|They|The (?:minister|president|chancellor|"
                            r"premier|spokes(?:man|woman|person)|government))\b")


@dataclass
class StanceCue:
    """One cue in one sentence, attributed to an actor."""

    actor: str
    stance: str
    cue: str
    sentence: str
    negated: bool = False


def _cues(sentence: str) -> list[tuple[int, int, str, str, bool]]:
    found = []
    taken: list[tuple[int, int]] = []
    for stance, rx in _CUES:
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "threatened to veto" already counted; "abstain" inside another cue
            taken.append(m.span())
            negated = bool(_NEG.search(sentence[:m.start()]))
            s = _FLIP[stance] if negated else stance
            if s is not None:
                found.append((m.start(), m.end(), s, m.group(), negated))
    return sorted(found)


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
        by_sentence.append([m for m in ms if start <= m.start < end and m.actor])
    prev_actors: list[str] = []
    for (start, sent), mlist in zip(sents, by_sentence):
        local = [(m.start - start, m.end - start, m.actor) for m in mlist]
        cues = _cues(sent)
        if not local and cues and prev_actors and len(set(prev_actors)) == 1 and \
                _PRONOUN_START.match(sent):
            local = [(0, 0, prev_actors[0])]
        last_end = 0
        for k, (a, b, stance, text, negated) in enumerate(cues):
            nxt = cues[k + 1][0] if k + 1 < len(cues) else len(sent)
            passive = re.match(r"\s+(?:\w+\s+){0,1}by\b", sent[b:])
            if passive:
                who = [act for s, e, act in local if b <= s < nxt]
            else:
                who = [act for s, e, act in local if last_end <= s and e <= a]
                if not who and k == 0:  # "Backing the plan, France said ..."
                    who = [act for s, e, act in local if b <= s < nxt][:1]
            for act in dict.fromkeys(who):
                out.append(StanceCue(act, stance, text, sent, negated))
            last_end = b
        if mlist:
            prev_actors = [m.actor for m in mlist]
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

def _slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return (s[:limit].rstrip("-") or "issue")


def draft_scenario(raw: str, *, source: str = "article", on: dt.date | None = None,
                   body: str | None = None, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """A scenario mapping (the YAML shape of ``concilium.scenario``) drafted from an article.

    ``source`` is the name cited in every evidence entry; ``on`` the decision date (default:
    the first date written in the article, else today); ``body`` forces the body.
    """
    from concilium.bodies import load_body
    from concilium.text.scan import scan_text

    if not raw.strip():
        raise InputError("the article is empty", source=source)
    # Repair the raw input first, so that spoofed markup ("<nаv>") is recognised too.
    report, repaired = scan_text(raw, fix=True, fold_isolated=True, source=source)
    headline, text = article_text(repaired or raw)
    gaz = gazetteer or Gazetteer.builtin()
    day = on or find_date(text) or dt.date.today()
    mentions = gaz.find(text, day)
    sents = sentences(text)

    bodies = Counter(m.body for m in mentions if m.body)
    if body is None:
        if not bodies:
            raise InputError(
                "the article names no council this tool knows (NATO's North Atlantic Council, "
                "the Council of the EU, the UN Security Council)",
                hint="pass --body nato|eu-council|unsc", source=source)
        body = bodies.most_common(1)[0][0]
    the_body = load_body(body)
    members = {m.id: m for m in the_body.members_on(day)}

    # Rule cues, with the sentences that carry them.
    cue_notes: list[str] = []
    rule_name: str | None = None
    for rx, cue, rules in gaz.rule_cues:
        hits = [s for _, s in sents if rx.search(s)]
        if hits:
            cue_notes.append(f"rule cue '{cue}': " + " | ".join(hits[:3]))
            if rules.get(body) and rule_name is None:
                rule_name = rules[body]
    if rule_name is not None:
        try:
            the_body.get_rule(rule_name)
        except InputError:
            rule_name = None

    cues = stances(sents, mentions)
    by_actor: dict[str, list[StanceCue]] = defaultdict(list)
    for c in cues:
        by_actor[c.actor].append(c)
    surfaces: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.actor and m.surface not in surfaces[m.actor]:
            surfaces[m.actor].append(m.surface)

    issue_id = _slug(headline, 40)
    status_quo, proposal = 0.0, 100.0
    values = {SUPPORT: proposal, OPPOSE: status_quo, AMBIVALENT: (status_quo + proposal) / 2}
    first_sentence = sents[0][1] if sents else headline
    actors: list[dict[str, Any]] = []
    silent: list[str] = []
    order = list(dict.fromkeys(m.actor for m in mentions if m.actor))
    for iso in order:
        member = members.get(iso)
        name = member.name if member else gaz.state_name(iso)
        known = {name.casefold(), *(a.casefold() for a in (member.aliases if member else ()))}
        aliases = [s for s in surfaces[iso] if s.casefold() not in known]
        actor: dict[str, Any] = {"id": iso, "name": name}
        if aliases:
            actor["aliases"] = aliases
        actor["role"] = "member" if member else "stakeholder"
        actor["capability"] = {"value": 50, "assumption": ASSUMED}
        mine = by_actor.get(iso)
        if mine:
            stance = _verdict(mine)
            evidence: dict[str, dict[str, Any]] = {}
            for c in mine:
                why = f"{c.stance} (cue: '{c.cue}'{', negated' if c.negated else ''})"
                if c.sentence in evidence:
                    evidence[c.sentence]["note"] += "; " + why
                else:
                    evidence[c.sentence] = {"source": source, "quote": c.sentence,
                                            "date": _copy(day), "note": why}
            actor["stances"] = {issue_id: {
                "position": {"value": values[stance], "evidence": list(evidence.values())},
                "salience": {"value": 50, "assumption": ASSUMED},
                "note": f"drafted stance: {stance}",
            }}
        else:
            silent.append(name)
        actors.append(actor)
    if not actors:
        raise InputError("no state named in the article could be recognised",
                         hint="the gazetteer covers NATO, EU and UNSC members of 2023-2025 and "
                         "key partners; add actors by hand", source=source)

    notes = [
        f"Drafted by concilium from {source}: check every stance against its evidence.",
        (f"Look-alike scan of the article: {report.verdict} ({report.affected_words} of "
         f"{report.words} words affected); the text was repaired before reading."),
        f"Body chosen from the article's mentions: {dict(bodies) or {body: 'given'}}.",
        *cue_notes,
    ]
    if silent:
        notes.append("Named without a stance: " + ", ".join(silent) + ".")
    scenario: dict[str, Any] = {
        "id": f"{issue_id[:60]}-{day.isoformat()}",
        "title": headline or first_sentence[:120],
        "date": _copy(day),
        "body": body,
    }
    if rule_name:
        scenario["rule"] = rule_name
    scenario["issues"] = [{
        "id": issue_id,
        "title": headline or first_sentence[:120],
        "scale": {"min": 0, "max": 100,
                  "low": "status quo: the proposal is not adopted",
                  "high": "the proposal described in the article is adopted in full"},
        "status_quo": status_quo,
        "proposal": proposal,
        "evidence": [{"source": source, "quote": first_sentence, "date": _copy(day)}],
    }]
    scenario["actors"] = actors
    scenario["sources"] = [source]
    scenario["notes"] = "\n".join(notes)
    return scenario


def _copy(day: dt.date) -> dt.date:
    # a fresh object per use, so YAML output has no anchors/aliases
    return dt.date(day.year, day.month, day.day)


def draft_from_file(path: str | Path, *, on: dt.date | None = None,
                    body: str | None = None) -> dict[str, Any]:
    """Read an article file (UTF-8 or UTF-16 with BOM; text or HTML) and draft a scenario."""
    from concilium.text.scan import read_text

    path = Path(path)
    return draft_scenario(read_text(path), source=path.name, on=on, body=body)
