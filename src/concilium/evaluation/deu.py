"""Read the DEU data set ("Decision-making in the European Union") into one scenario per issue.

The DEU data (Thomson, Stokman, Achen & König 2006; Thomson et al. 2012; Arregui &
Perarnaud 2021, DEU III, doi:10.34810/data53) record, for controversial issues of EU
legislative proposals, the positions and saliences (0..100) of the Commission, the European
Parliament and each member state, the reference point (what happens without a decision)
and the decision outcome, all on a 0..100 scale per issue.

Format read here: tab-separated text with a header row, one row per issue, columns

==========================  =================================================================
``prnr``, ``isnr``          proposal id and issue id (required)
``prname``                  short name of the proposal
``proc``                    legislative procedure (COD = co-decision, CNS = consultation)
``counvte``                 the Council's voting rule: ``QMV`` or ``Unan``
``intro``                   date the Commission introduced the proposal, DD-MM-YY
``p<code>``, ``s<code>``    position and salience of actor ``<code>``: ``com`` (Commission),
                            ``ep`` (Parliament), and member states ``at``, ``be``, ``bu``,
                            ``cr``, ``cy``, ``cz``, ``dk``, ``ee``, ``fi``, ``fr``, ``de``,
                            ``el``, ``hu``, ``ie``, ``it``, ``lv``, ``lt``, ``lu``, ``mt``,
                            ``nl``, ``pl``, ``pt``, ``ro``, ``si``, ``sk``, ``es``, ``se``,
                            ``uk``
``rp``, ``out``             reference point (status quo) and outcome; empty when unknown
==========================  =================================================================

Rows without a proposal and issue id are not data and are skipped (the combined file
``deu3.csv`` of blksv/predictioneers_game has GDP figures in its second row).

Modelling choices (docs/evaluation.md gives the reasons)
--------------------------------------------------------
* **Actors**: the Commission (``COM``, the agenda setter) and the Parliament (``EP``) are
  stakeholders; every member state with a position on the issue is a Council member.  A
  state without a position on an issue (not yet a member, or no stated view) takes no
  part, as a member not taking part in a vote.
* **Council rule**: ``Unan`` is unanimity; ``QMV`` is a weighted qualified majority with the
  Council's votes of the period (EU-15 1995: 62 of 87; the transitional EU-25 weights of
  May-October 2004: 88 of 124; Nice 2004: 232 of 321; EU-27 2007: 255 of 345; EU-28 2013:
  260 of 352), the quota taken as the same share of the votes of the states taking part.
  The period is the later of the proposal's introduction and the accession of the latest
  state that has a position on it (a state with a position was a member when the Council
  decided).  Only the votes criterion of the Nice rules is applied (not the member and
  population checks), and the Nice EU-28 weights stand in for the double majority after
  1 November 2014 (Nice weights could be requested until 31 March 2017; the data carry no
  population figures).  The Parliament's co-decision veto is not part of the rule check.
* **Capability**: ``equal`` (every actor 1; the default, which makes the compromise model the
  plain salience-weighted mean) or ``votes`` (states: their Council votes in the period;
  the Commission and the Parliament: the votes of the largest state — an assumption).
* **Missing salience** where a position is given (about 50 of 9000 stances): imputed as
  ``missing_salience`` (default 50, the middle of the scale) and marked as an assumption;
  ``None`` leaves it unset, so models that need salience cannot forecast that issue.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from concilium.bodies import Body
from concilium.errors import InputError, Problem
from concilium.io.documents import problems_from_validation
from concilium.scenario import Scenario

__all__ = [
    "COUNCIL_PERIODS",
    "DEU_CITATION",
    "STATES",
    "DeuData",
    "DeuIssue",
    "default_deu_path",
    "load_deu",
    "proposal_scenario",
    "read_deu_table",
]

DEU_CITATION = (
    "DEU data: Thomson, Stokman, Achen & König (eds.) (2006), The European Union Decides; "
    "Thomson et al. (2012), DEU II; Arregui & Perarnaud (2021), DEU III, doi:10.34810/data53"
)

# DEU column code -> (ISO 3166 alpha-3, name, date of accession to the EU)
_D = dt.date
STATES: dict[str, tuple[str, str, dt.date]] = {
    "at": ("AUT", "Austria", _D(1995, 1, 1)),
    "be": ("BEL", "Belgium", _D(1958, 1, 1)),
    "bu": ("BGR", "Bulgaria", _D(2007, 1, 1)),
    "cr": ("HRV", "Croatia", _D(2013, 7, 1)),
    "cy": ("CYP", "Cyprus", _D(2004, 5, 1)),
    "cz": ("CZE", "Czech Republic", _D(2004, 5, 1)),
    "dk": ("DNK", "Denmark", _D(1973, 1, 1)),
    "ee": ("EST", "Estonia", _D(2004, 5, 1)),
    "fi": ("FIN", "Finland", _D(1995, 1, 1)),
    "fr": ("FRA", "France", _D(1958, 1, 1)),
    "de": ("DEU", "Germany", _D(1958, 1, 1)),
    "el": ("GRC", "Greece", _D(1981, 1, 1)),
    "hu": ("HUN", "Hungary", _D(2004, 5, 1)),
    "ie": ("IRL", "Ireland", _D(1973, 1, 1)),
    "it": ("ITA", "Italy", _D(1958, 1, 1)),
    "lv": ("LVA", "Latvia", _D(2004, 5, 1)),
    "lt": ("LTU", "Lithuania", _D(2004, 5, 1)),
    "lu": ("LUX", "Luxembourg", _D(1958, 1, 1)),
    "mt": ("MLT", "Malta", _D(2004, 5, 1)),
    "nl": ("NLD", "Netherlands", _D(1958, 1, 1)),
    "pl": ("POL", "Poland", _D(2004, 5, 1)),
    "pt": ("PRT", "Portugal", _D(1986, 1, 1)),
    "ro": ("ROU", "Romania", _D(2007, 1, 1)),
    "si": ("SVN", "Slovenia", _D(2004, 5, 1)),
    "sk": ("SVK", "Slovakia", _D(2004, 5, 1)),
    "es": ("ESP", "Spain", _D(1986, 1, 1)),
    "se": ("SWE", "Sweden", _D(1995, 1, 1)),
    "uk": ("GBR", "United Kingdom", _D(1973, 1, 1)),
}
INSTITUTIONS = {"com": ("COM", "European Commission"), "ep": ("EP", "European Parliament")}


@dataclass(frozen=True)
class CouncilPeriod:
    """The Council's weighted votes in one period and the qualified-majority quota."""

    start: dt.date
    label: str
    quota: int
    votes: dict[str, int]
    source: str

    @property
    def total(self) -> int:
        return sum(self.votes.values())


def _votes(**groups: tuple[int, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v, codes in groups.values():
        out.update({c: v for c in codes.split()})
    return out


_EU15 = _votes(
    a=(10, "de fr it uk"),
    b=(8, "es"),
    c=(5, "be el nl pt"),
    d=(4, "at se"),
    e=(3, "dk ie fi"),
    f=(2, "lu"),
)
_NICE25 = _votes(
    a=(29, "de fr it uk"),
    b=(27, "es pl"),
    c=(13, "nl"),
    d=(12, "be cz el hu pt"),
    e=(10, "at se"),
    f=(7, "dk ie lt sk fi"),
    g=(4, "cy ee lv lu si"),
    h=(3, "mt"),
)

COUNCIL_PERIODS: tuple[CouncilPeriod, ...] = (
    CouncilPeriod(
        _D(1995, 1, 1),
        "EU-15 weighted votes (62 of 87)",
        62,
        _EU15,
        "Art. 148(2) EC as amended by the 1994 Act of Accession",
    ),
    CouncilPeriod(
        _D(2004, 5, 1),
        "EU-25 transitional weighted votes (88 of 124)",
        88,
        {**_EU15, **_votes(a=(8, "pl"), b=(5, "cz hu"), c=(3, "sk lt lv si ee"), d=(2, "cy mt"))},
        "2003 Act of Accession, Art. 26 (1 May to 31 October 2004)",
    ),
    CouncilPeriod(
        _D(2004, 11, 1),
        "Nice weighted votes, EU-25 (232 of 321)",
        232,
        _NICE25,
        "Treaty of Nice, Protocol on enlargement, Art. 3; 2003 Act of Accession, Art. 12",
    ),
    # The EU-27 votes are Art. 205(2) EC as replaced by Art. 10 of the 2005 Act of Accession
    # (OJ L 157, 21.6.2005; EUR-Lex CELEX 12005SA010, the citation `bodies/data/eu-council.yaml`
    # gives from its Estonian text).  This file used to cite "Art. 22": that is Art. 22 of the
    # *Protocol* signed with the Act (OJ L 157, p. 29), which put the same figures (Bulgaria 10,
    # Romania 14, 255 votes) into Protocol No 34 of the Constitution and never applied, the
    # Constitution not entering into force (Czech publication 61/2007 Sb.m.s., Art. 22:
    # "Protokolu č. 34 ... připojeného k Ústavě", public.codexis.cz).  The amended Art. 205(2)
    # EC itself is in the consolidated amendments, OJ C 321 E, 29.12.2006, p. 327 (CELEX
    # 12006E/APP/02, points 4-5: Bulgaria 10, Romania 14, 255 votes).  Checked this session:
    # those two texts, and that CELEX 12005SA0NN numbers the Act's articles (12005SA021 is its
    # Art. 21); the English text of the Act's Art. 10 itself was not found in the corpus.
    CouncilPeriod(
        _D(2007, 1, 1),
        "Nice weighted votes, EU-27 (255 of 345)",
        255,
        {**_NICE25, "ro": 14, "bu": 10},
        "2005 Act of Accession, Art. 10 (Art. 205(2) EC)",
    ),
    CouncilPeriod(
        _D(2013, 7, 1),
        "Nice weighted votes, EU-28 (260 of 352)",
        260,
        {**_NICE25, "ro": 14, "bu": 10, "cr": 7},
        "2012 Act of Accession, Art. 20",
    ),
)

_REQUIRED = ("prnr", "isnr", "intro", "counvte", "rp", "out")


DEU_ENV = "CONCILIUM_DEU"  # where the DEU file is, when it is not given on the command line


def default_deu_path() -> Path | None:
    """The DEU file: ``$CONCILIUM_DEU`` if set, else ``../shared/reference/datasets/deu/
    deu3.csv`` beside the working copy or the package, if present.

    The file is not shipped with concilium (its licence is unchecked): evaluations read it
    from a path the user gives, the environment variable, or the project's shared folder.
    """
    import os

    env = os.environ.get(DEU_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    candidates = [Path.cwd() / "../shared/reference/datasets/deu/deu3.csv"]
    candidates += [p / "../shared/reference/datasets/deu/deu3.csv" for p in here.parents[:5]]
    for c in candidates:
        if c.is_file():
            return c.resolve()
    return None


@dataclass(frozen=True)
class DeuIssue:
    """One issue: its scenario and what is known about it."""

    proposal: str
    issue: str
    line: int  # line in the file (1 = header)
    scenario: Scenario
    outcome: float | None
    procedure: str | None
    council_rule: str
    period: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeuData:
    """The issues of a DEU file, and what was skipped or assumed while reading it."""

    path: str
    issues: tuple[DeuIssue, ...]
    skipped: tuple[str, ...] = ()
    capability: str = "equal"
    missing_salience: float | None = 50.0
    imputed_saliences: int = 0
    notes: tuple[str, ...] = field(default=())

    def with_outcome(self) -> list[DeuIssue]:
        return [i for i in self.issues if i.outcome is not None]


def proposal_scenario(items: Sequence[DeuIssue]) -> Scenario:
    """One scenario holding every issue of a proposal, for models that forecast the issues of
    a decision together (e.g. the exchange model).

    Actors are the union of the issues' actors, each with its stances on the issues it has a
    position on (capability written on each stance, as the issues' periods may differ); the
    Council's members are the union of the states with a position on any issue, with the rule
    of the issue that has the most of them.  A state without a position on one of the issues
    takes no part in that issue, so the rule check of that issue is skipped (as the output
    says).
    """
    items = list(items)
    if not items:
        raise InputError("a proposal needs at least one issue")
    if len(items) == 1:
        return items[0].scenario
    base = max(items, key=lambda i: len(_body_of(i.scenario).members)).scenario
    members: dict[str, Any] = {}
    actors: dict[str, dict[str, Any]] = {}
    issues = []
    for it in items:
        sc = it.scenario
        for mem in _body_of(sc).members:
            members.setdefault(mem.id, mem.model_dump(mode="json"))
        issues.append(sc.issues[0].model_dump(mode="json"))
        for a in sc.actors:
            doc = actors.setdefault(
                a.id, {"id": a.id, "name": a.name, "role": a.role, "stances": {}}
            )
            for iid, st in a.stances.items():
                sdoc = st.model_dump(mode="json")
                if st.capability is None and a.capability is not None:
                    sdoc["capability"] = a.capability.model_dump(mode="json")
                doc["stances"][iid] = sdoc
    body = _body_of(base).model_dump(mode="json")
    body["members"] = list(members.values())
    ids = ", ".join(i.issue for i in items)
    data = {
        "id": f"{items[0].proposal}",
        "title": f"{base.title.rsplit(', issue', 1)[0]}: issues {ids}",
        "date": max(_date_of(i.scenario) for i in items).isoformat(),
        "body": body,
        "agenda_setter": base.agenda_setter,
        "issues": issues,
        "actors": list(actors.values()),
        "sources": sorted({s for i in items for s in i.scenario.sources}),
    }
    return Scenario.model_validate(data)


def read_deu_table(path: str | Path) -> tuple[pd.DataFrame, list[int], list[str]]:
    """The raw table (strings), the file line of each row, and notes on skipped rows."""
    from concilium.io.limits import read_input

    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {p}", hint="give the path to a DEU file (tab-separated)")
    raw = read_input(p, what="a dataset file")  # regular files only, at most the size limit
    _check_field_lengths(raw, str(p))
    try:
        df = pd.read_csv(
            io.BytesIO(raw),
            sep="\t",
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            encoding="utf-8",
        )
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        msg = " ".join(str(exc).split())
        at = re.search(r"in line (\d+)", msg)
        raise InputError(
            f"cannot read the file as tab-separated text: {msg}",
            source=str(p),
            line=int(at.group(1)) if at else None,
            hint="DEU files are tab-separated with a header row",
        ) from None
    df.columns = [str(c).strip().strip('"').lower() for c in df.columns]
    missing = [c for c in _REQUIRED if c not in df.columns]
    if missing:
        raise InputError(
            f"the file lacks column(s) {', '.join(missing)}",
            source=str(p),
            line=1,
            hint="a DEU file has columns prnr, isnr, intro, counvte, p<actor>, "
            "s<actor>, rp and out (see docs/evaluation.md)",
        )
    if not any(f"p{c}" in df.columns for c in (*STATES, *INSTITUTIONS)):
        raise InputError(
            "the file has no position columns (pcom, pep, pat, ...)", source=str(p), line=1
        )
    lines = list(range(2, len(df) + 2))
    ids = df["prnr"].str.strip().str.strip('"') + df["isnr"].str.strip().str.strip('"')
    keep = [k for k, v in enumerate(ids.tolist()) if v]
    skipped: list[str] = []
    if len(keep) < len(df):  # rows without ids: skipped, and said so when not blank
        have = set(keep)
        for k in range(len(df)):
            if k not in have and any(str(v).strip() for v in df.iloc[k]):
                skipped.append(f"line {lines[k]}: no proposal or issue id, so not data (skipped)")
    return df.iloc[keep].reset_index(drop=True), [lines[k] for k in keep], skipped


#: longest field accepted, as in Python's csv module (csv.field_size_limit())
MAX_FIELD_CHARS = 131_072


def _check_field_lengths(raw: bytes, source: str) -> None:
    """Refuse a field longer than :data:`MAX_FIELD_CHARS` (an unclosed quote, or not a DEU
    file), naming its line and column, the same limit as the CSV weights files."""
    lines = raw.split(b"\n")
    if max(map(len, lines), default=0) <= MAX_FIELD_CHARS:  # bytes >= characters: all fine
        return
    header = [h.strip().strip(b'"').decode("utf-8", "replace") for h in lines[0].split(b"\t")]
    for number, line in enumerate(lines, start=1):
        if len(line) <= MAX_FIELD_CHARS:
            continue
        for j, cell in enumerate(line.split(b"\t")):
            if len(cell.decode("utf-8", "replace")) > MAX_FIELD_CHARS:
                raise InputError(
                    f"a field is longer than {MAX_FIELD_CHARS:,} characters",
                    source=source,
                    line=number,
                    field=header[j] if j < len(header) else None,
                    hint='check for an unclosed quote (") or a runaway value',
                )


def load_deu(
    path: str | Path, *, capability: str = "equal", missing_salience: float | None = 50.0
) -> DeuData:
    """Read a DEU file: one :class:`DeuIssue` (with its scenario) per issue row.

    Parameters
    ----------
    path
        The tab-separated file.
    capability
        ``equal`` (every actor 1) or ``votes`` (Council votes; see the module notes).
    missing_salience
        Salience given to a stance that has a position but no salience; ``None`` leaves it
        unset.
    """
    f = DeuFile(path, capability=capability, missing_salience=missing_salience)
    issues = tuple(f.issues())
    return DeuData(
        path=f.source,
        issues=issues,
        skipped=tuple(f.skipped),
        capability=capability,
        missing_salience=missing_salience,
        imputed_saliences=f.imputed,
    )


class DeuFile:
    """A DEU file read as a table of strings, its issues built one at a time.

    :func:`load_deu` keeps every issue's scenario; an evaluation of a large file instead
    walks :meth:`issues` and lets each scenario go once its models have run, so memory holds
    the table of strings (compact) and not one validated scenario per row.
    """

    CHUNK = 1024  # rows converted to Python strings at a time

    def __init__(
        self, path: str | Path, *, capability: str = "equal", missing_salience: float | None = 50.0
    ) -> None:
        if capability not in ("equal", "votes"):
            raise InputError(f"unknown capability {capability!r}", hint="use equal or votes")
        if missing_salience is not None and not 0 <= missing_salience <= 100:
            raise InputError("missing_salience must lie in 0..100")
        self.capability, self.missing_salience = capability, missing_salience
        self.df, self.lines, self.skipped = read_deu_table(path)
        self.source = str(path)
        self.imputed = 0  # saliences imputed so far (all of them once issues() has ended)
        if not len(self.df):
            raise InputError("the file has no issue rows", source=self.source)

    def proposals(self) -> list[str]:
        """The proposal id of each issue row, in file order (as :attr:`DeuIssue.proposal`)."""
        return [str(v).strip().strip('"') for v in self.df["prnr"].to_numpy(dtype=object)]

    def issues(self) -> Iterator[DeuIssue]:
        """Each row's :class:`DeuIssue`, in file order; the first bad row raises InputError."""
        df, lines, src = self.df, self.lines, self.source
        seen: dict[str, int] = {}
        columns = list(df.columns)
        for lo in range(0, len(df), self.CHUNK):
            cells = df.iloc[lo : lo + self.CHUNK].to_numpy(dtype=object)  # not per cell
            for j in range(len(cells)):
                row = {c: str(v).strip().strip('"') for c, v in zip(columns, cells[j])}
                line = lines[lo + j]
                iid = row["isnr"]
                if iid in seen:
                    raise InputError(
                        f"issue id {iid!r} appears twice (also line {seen[iid]})",
                        source=src,
                        line=line,
                        field="isnr",
                    )
                seen[iid] = line
                issue, n_imp = _issue(row, line, src, self.capability, self.missing_salience)
                self.imputed += n_imp
                yield issue


# ------------------------------------------------------------------------------ one row
def _num(row: dict, col: str, line: int, src: str, lo=0.0, hi=100.0) -> float | None:
    raw = row.get(col, "")
    if raw in ("", "NA", "NaN", "nan", "."):
        return None
    try:
        x = float(raw.replace(",", "."))
    except ValueError:
        raise InputError(f"{raw!r} is not a number", source=src, line=line, field=col) from None
    if not (math.isfinite(x) and lo <= x <= hi):
        raise InputError(
            f"{x:g} is outside {lo:g}..{hi:g}",
            source=src,
            line=line,
            field=col,
            hint="DEU positions, saliences, reference points and outcomes are 0..100",
        )
    return x


def _body_of(sc: Scenario) -> Body:
    assert sc.body is not None  # DEU scenarios always have the Council as their body
    return sc.body


def _date_of(sc: Scenario) -> dt.date:
    assert sc.date is not None  # and a date (the proposal's introduction)
    return sc.date


def _date(raw: str, line: int, src: str) -> dt.date:
    for fmt in ("%d-%m-%y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise InputError(
        f"introduction date {raw!r} is not a date",
        source=src,
        line=line,
        field="intro",
        hint="write it as DD-MM-YY, as in the DEU files",
    )


def _period(on: dt.date, line: int, src: str) -> CouncilPeriod:
    periods = [p for p in COUNCIL_PERIODS if p.start <= on]
    if not periods:
        raise InputError(
            f"the DEU reader knows the Council's votes from 1995 on, not {on}",
            source=src,
            line=line,
            field="intro",
        )
    return periods[-1]


def _rule(kind: str, line: int, src: str) -> tuple[str, str | None]:
    k = kind.strip().lower()
    if k.startswith("unan"):
        return "unanimity", None
    if k.startswith("qmv"):
        return "qmv", (None if k == "qmv" else f"Council rule {kind!r} read as QMV")
    raise InputError(
        f"unknown Council voting rule {kind!r}",
        source=src,
        line=line,
        field="counvte",
        hint="use QMV or Unan",
    )


# Bounded small: a body of 28 members is tens of KB, and a large file has thousands of
# member sets (the cache is for the many issues of a proposal and of a period).
@lru_cache(maxsize=256)
def _body(period_start: dt.date, rule: str, codes: tuple[str, ...]) -> Body:
    period = next(p for p in COUNCIL_PERIODS if p.start == period_start)
    members = [
        {"id": STATES[c][0], "name": STATES[c][1], "weights": {"votes": period.votes[c]}}
        for c in codes
    ]
    if rule == "unanimity":
        r: dict[str, Any] = {"kind": "unanimity", "name": "unanimity"}
    else:
        # The quota as a share of the votes of the states taking part, rounded down in the
        # ninth decimal so that with every state present it is exactly the treaty's quota.
        thr = math.floor(period.quota / period.total * 1e9) / 1e9
        r = {
            "kind": "weighted_majority",
            "name": f"QMV: {period.label}",
            "weight": "votes",
            "threshold": thr,
        }
    return Body.model_validate(
        {
            "id": "eu-council-deu",
            "name": "Council of the EU",
            "description": f"{period.label}; members: the states with a position on the issue",
            "rule": r,
            "members": members,
            "sources": [period.source],
        }
    )


def _issue(
    row: dict, line: int, src: str, capability: str, missing_salience: float | None
) -> tuple[DeuIssue, int]:
    intro = _date(row["intro"], line, src)
    rule, rule_note = _rule(row["counvte"], line, src)
    notes = [rule_note] if rule_note else []
    stances: dict[str, tuple[float, float | None]] = {}
    for code in (*INSTITUTIONS, *STATES):
        pos = _num(row, f"p{code}", line, src)
        sal = _num(row, f"s{code}", line, src)
        if pos is not None:
            stances[code] = (pos, sal)
    states = tuple(c for c in STATES if c in stances)
    if not states:
        raise InputError(
            "no member state has a position on this issue",
            source=src,
            line=line,
            hint="the Council rule check needs at least one state's position",
        )
    decided = max([intro] + [STATES[c][2] for c in states])
    period = _period(decided, line, src)
    body = _body(period.start, rule, states)
    top = max(period.votes[c] for c in states)
    actors, imputed = [], 0
    for code, (pos, sal) in stances.items():
        aid, name = INSTITUTIONS[code] if code in INSTITUTIONS else STATES[code][:2]
        stance: dict[str, Any] = {"position": pos}
        if sal is not None:
            stance["salience"] = sal
        elif missing_salience is not None:
            stance["salience"] = {
                "value": missing_salience,
                "assumption": "the DEU file gives no salience; imputed (middle of the scale)",
            }
            imputed += 1
        if capability == "equal":
            cap: Any = 1.0
        elif code in INSTITUTIONS:
            cap = {
                "value": float(top),
                "assumption": "votes of the largest member state in the period (analyst's assumption)",
            }
        else:
            cap = float(period.votes[code])
        actors.append(
            {
                "id": aid,
                "name": name,
                "capability": cap,
                "role": "stakeholder" if code in INSTITUTIONS else "member",
                "stances": {row["isnr"]: stance},
            }
        )
    rp = _num(row, "rp", line, src)
    out = _num(row, "out", line, src)
    title = f"{row.get('prname') or row['prnr']} ({row['prnr']}), issue {row['isnr']}"
    data = {
        "id": row["isnr"],
        "title": title,
        "date": intro.isoformat(),
        "body": body,
        "agenda_setter": "COM" if "com" in stances else None,
        "issues": [{"id": row["isnr"], "title": title, "status_quo": rp}],
        "actors": actors,
        "sources": [f"{DEU_CITATION}; file {Path(src).name}, line {line}"],
        "notes": "; ".join(notes) or None,
    }
    try:
        sc = Scenario.model_validate(data)
    except (InputError, ValidationError) as exc:
        probs = (
            exc.problems
            if isinstance(exc, InputError)
            else problems_from_validation(exc, None, Scenario)
        )
        raise InputError(
            problems=[Problem(p.message, field=p.field, line=line, hint=p.hint) for p in probs],
            source=src,
        ) from None
    return DeuIssue(
        proposal=row["prnr"],
        issue=row["isnr"],
        line=line,
        scenario=sc,
        outcome=out,
        procedure=row.get("proc") or None,
        council_rule=body.rule.label,
        period=period.label,
        notes=tuple(notes),
    ), imputed
