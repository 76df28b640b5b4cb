"""Read KTAB's scenario files (CSV and XML) into a concilium :class:`~concilium.scenario.Scenario`.

KTAB (KAPSARC Toolkit for Behavioral Analysis) describes a Spatial Model of Politics scenario
as actors with a capability and, on each dimension, a position and a salience on 0..100.

CSV (``SMPModel::csvRead``)::

    name, description, number of actors, number of dimensions[, ignored fields]
    Actor, Description, Power, <dim> Position, <dim> Salience, ...   (header; names taken from
                                                                      the Position columns)
    short name, description, capability, position, salience, ...    (one row per actor)

Fields may be space-padded or quoted, rows may end in empty fields, the file may start with a
UTF-8 byte-order mark and use CRLF line ends: all as KTAB's reader accepts.

XML (``SMPModel::xmlRead``, schema ``smpSchema.xsd``): ``<Scenario>`` with ``<name>``,
``<desc>``, ``<prngSeed>``, optional ``<ModelParameters>`` (KTAB's nine enums), ``<Dimensions>``
(``<dName>`` each), ``<Actors>`` (``<Actor>`` with ``<name>``, ``<description>``,
``<capability>``, ``<Position>`` of ``<dCoord>`` and ``<Salience>`` of ``<dSal>``) and an optional
``<IdealAdjustment>`` (read and reported, not used: concilium's SMP keeps ideals on positions).

KTAB's checks are kept: positions and saliences in 0..100, an actor's saliences summing to at
most 100, capabilities from 0 to 1e8 (XML: above 0), at least one dimension.  KTAB's limit
of 250 actors is not (it is an artefact of its O(n^4) cost); the reader accepts up to
:data:`MAX_ACTORS`.  Every error names the file, the line and the field.

KTAB scenarios have no body, voting rule or date, so neither has the scenario (with no status
quo on any issue, bargaining models report their point without a rule check).
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from concilium.errors import InputError

__all__ = [
    "KTAB_OPTION_NAMES",
    "KTAB_PARAMETER_ELEMENTS",
    "MAX_ACTORS",
    "MAX_BYTES",
    "KtabData",
    "is_ktab_file",
    "load_ktab",
    "parse_ktab_csv",
    "parse_ktab_xml",
    "read_ktab",
    "to_scenario",
]

# KTAB's spellings of the SMP's nine model parameters (the name vectors of KTAB's kmodel.h
# and smp.h, used in the XML <ModelParameters> block) -> the smp model's option values
KTAB_OPTION_NAMES: dict[str, dict[str, str]] = {
    "victory_prob": {
        "Linear": "linear",
        "Square": "square",
        "Quartic": "quartic",
        "Octic": "octic",
        "Binary": "binary",
    },
    "pce": {
        "Conditional": "conditional",
        "MarkovIncentive": "markov_incentive",
        "MarkovUniform": "markov_uniform",
    },
    "transition": {"Deterministic": "deterministic", "Stochastic": "stochastic"},
    "voting_rule": {
        "Binary": "binary",
        "PropBin": "prop_bin",
        "Prop": "prop",
        "PropCbc": "prop_cbc",
        "Cubic": "cubic",
        "ASymProsp": "asym_prosp",
    },
    "risk_adjust": {
        "None": "none",
        "OneThird": "one_third",
        "Half": "half",
        "TwoThirds": "two_thirds",
        "Full": "full",
    },
    "risk_range": {"Min": "min", "Mid": "mid", "Max": "max"},
    "third_party": {
        "NoCommit": "no_commit",
        "SemiCommit": "semi_commit",
        "FullCommit": "full_commit",
    },
    "interpolation": {"S1P1": "s1p1", "S2P2": "s2p2", "S2PMax": "s2pmax"},
    "bargain_model": {
        "InitOnlyInterp": "init_only",
        "InitRcvrInterp": "init_rcvr",
        "PWCompInterp": "pw_comp",
    },
}
# KTAB's XML element of each parameter
KTAB_PARAMETER_ELEMENTS = {
    "VictoryProbModel": "victory_prob",
    "PCEModel": "pce",
    "StateTransitions": "transition",
    "VotingRule": "voting_rule",
    "BigRAdjust": "risk_adjust",
    "BigRRange": "risk_range",
    "ThirdPartyCommit": "third_party",
    "InterVecBrgn": "interpolation",
    "BargnModel": "bargain_model",
}

MAX_BYTES = 8 * 1024 * 1024
MAX_ACTORS = 5000
MAX_DIMENSIONS = 200
_NAME_LEN = 80  # concilium ids; KTAB allows 25 characters for actor names


@dataclass
class KtabData:
    """A KTAB scenario as read, before it becomes a concilium scenario."""

    name: str
    description: str
    dimensions: list[str]
    actors: list[str]
    descriptions: list[str]
    capabilities: list[float]
    positions: list[list[float]]  # 0..100, actor x dimension
    saliences: list[list[float]]  # 0..100
    source: str = "<ktab>"
    fmt: str = "csv"
    seed: int | None = None
    parameters: dict[str, str] = field(default_factory=dict)  # concilium smp option names
    accommodation: list[tuple[str, str, float]] = field(default_factory=list)


# ---------------------------------------------------------------------------------- reading


def _read_text(path: str | Path) -> tuple[str, str]:
    from concilium.io.limits import read_input

    source = str(path)
    # regular files only (a FIFO or device is refused without blocking), at most MAX_BYTES
    raw = read_input(path, what="a KTAB scenario (.csv or .xml)", limit=MAX_BYTES, source=source)
    return _decode(raw, source), source


def _decode(raw: bytes, source: str) -> str:
    if b"\x00" in raw[:4096]:
        raise InputError("this is a binary file, not a KTAB scenario", source=source)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"the file is not UTF-8 text (byte {exc.start})",
            source=source,
            line=line,
            hint="save it as UTF-8",
        ) from None


def is_ktab_file(path: str | Path) -> bool:
    """Whether a file looks like a KTAB scenario: a ``.csv`` file, or an XML file whose root
    element is ``<Scenario>`` with ``<Actors>`` (checked on its first 64 KiB)."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        return True
    if p.suffix.lower() not in (".xml", ""):
        return False
    from concilium.io.limits import open_input

    try:
        with open_input(p) as fh:  # never blocks on a FIFO; devices are not KTAB files
            head = fh.read(65536)
    except InputError:
        return False
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    return text.startswith("<") and "<Scenario" in text and "<Actors" in text


def read_ktab(path: str | Path) -> KtabData:
    """Read a KTAB ``.csv`` or ``.xml`` scenario file (bounded: at most :data:`MAX_BYTES`)."""
    text, source = _read_text(path)
    if Path(path).suffix.lower() == ".csv":
        return parse_ktab_csv(text, source)
    return parse_ktab_xml(text, source)


def load_ktab(path: str | Path):
    """A KTAB scenario file as a concilium :class:`~concilium.scenario.Scenario`."""
    return to_scenario(read_ktab(path))


# ---------------------------------------------------------------------------------- CSV


def _number(text: str, what: str, source: str, line: int, column: int) -> float:
    t = text.strip()
    try:
        x = float(t)
    except ValueError:
        raise InputError(
            f"{what} {t!r} is not a number", source=source, line=line, column=column
        ) from None
    if not math.isfinite(x):
        raise InputError(
            f"{what} must be a finite number, not {t!r}", source=source, line=line, column=column
        )
    return x


def _count(text: str, what: str, source: str, line: int, column: int, lo: int, hi: int) -> int:
    t = text.strip()
    if not re.fullmatch(r"\+?\d{1,9}", t):
        raise InputError(
            f"{what} {t!r} is not a whole number",
            source=source,
            line=line,
            column=column,
            hint="row 1 is: name, description, actors, dimensions",
        )
    k = int(t)
    if not lo <= k <= hi:
        raise InputError(
            f"{what} is {k}; it must be from {lo} to {hi}", source=source, line=line, column=column
        )
    return k


def parse_ktab_csv(text: str, source: str = "<csv>") -> KtabData:
    """Parse the text of a KTAB CSV scenario (see the module docstring for the layout)."""
    if len(text) > MAX_BYTES:
        raise InputError("the text is too long for a KTAB scenario", source=source)
    text = text.removeprefix("\ufeff")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), skipinitialspace=True))
    except csv.Error as exc:
        raise InputError(f"not readable as CSV: {exc}", source=source) from None
    # (line number, fields stripped) of the non-blank rows
    lines: list[tuple[int, list[str]]] = []
    line = 1
    for row in rows:
        fields = [f.strip() for f in row]
        if any(fields):
            lines.append((line, fields))
        line += 1 + sum(f.count("\n") for f in row)
    if not lines:
        raise InputError(
            "the file is empty",
            source=source,
            hint="a KTAB CSV starts with: name, description, actors, dimensions",
        )
    ln, head = lines[0]
    if len(head) < 4:
        raise InputError(
            f"row 1 has {len(head)} field(s); it needs 4: name, description, "
            "number of actors, number of dimensions",
            source=source,
            line=ln,
        )
    name, desc = head[0], head[1]
    n = _count(head[2], "the number of actors", source, ln, 3, 2, MAX_ACTORS)
    D = _count(head[3], "the number of dimensions", source, ln, 4, 1, MAX_DIMENSIONS)
    if len(lines) < 2:
        raise InputError("row 2 (the column headers) is missing", source=source, line=ln + 1)
    ln, hdr = lines[1]
    need = 3 + 2 * D
    if len(hdr) < need or any(not h for h in hdr[3:need:2]):
        raise InputError(
            f"the header row needs {need} columns (Actor, Description, Power, then "
            f"a Position and a Salience column for each of the {D} dimensions)",
            source=source,
            line=ln,
        )
    dims = [hdr[3 + 2 * k] for k in range(D)]
    body = lines[2:]
    if len(body) != n:
        where = body[-1][0] + 1 if body else ln + 1
        raise InputError(
            f"row 1 declares {n} actors but the file has {len(body)} actor rows",
            source=source,
            line=where,
            hint="fix the count on row 1 or the rows",
        )
    actors, descs, caps, pos, sal = [], [], [], [], []
    for ln, f in body:
        if len(f) < need:
            raise InputError(
                f"the actor row has {len(f)} field(s); it needs {need}", source=source, line=ln
            )
        extra = [x for x in f[need:] if x]
        if extra:
            raise InputError(
                f"the actor row has {len(f)} fields where {need} are expected "
                f"(extra: {extra[0]!r})",
                source=source,
                line=ln,
                column=need + 1,
            )
        aname = f[0]
        if not aname:
            raise InputError("the actor's name is empty", source=source, line=ln, column=1)
        if len(aname) > _NAME_LEN:
            raise InputError(
                f"the actor's name is longer than {_NAME_LEN} characters",
                source=source,
                line=ln,
                column=1,
            )
        cap = _number(f[2], "the capability", source, ln, 3)
        if not 0 <= cap < 1e8:
            raise InputError(
                f"the capability {cap:g} must be from 0 to 1e8", source=source, line=ln, column=3
            )
        prow, srow = [], []
        for k in range(D):
            c = 4 + 2 * k
            p = _number(f[c - 1], f"the position on {dims[k]!r}", source, ln, c)
            s = _number(f[c], f"the salience on {dims[k]!r}", source, ln, c + 1)
            if not 0 <= p <= 100:
                raise InputError(
                    f"the position {p:g} on {dims[k]!r} is outside 0..100",
                    source=source,
                    line=ln,
                    column=c,
                )
            if not 0 <= s <= 100:
                raise InputError(
                    f"the salience {s:g} on {dims[k]!r} is outside 0..100",
                    source=source,
                    line=ln,
                    column=c + 1,
                )
            prow.append(p)
            srow.append(s)
        _check_total_salience(srow, source, ln, aname)
        actors.append(aname)
        descs.append(f[1])
        caps.append(cap)
        pos.append(prow)
        sal.append(srow)
    data = KtabData(
        name=name,
        description=desc,
        dimensions=dims,
        actors=actors,
        descriptions=descs,
        capabilities=caps,
        positions=pos,
        saliences=sal,
        source=source,
        fmt="csv",
    )
    _check_names(data)
    return data


def _check_total_salience(srow: list[float], source: str, line: int | None, who: str) -> None:
    if sum(srow) > 100 + 1e-9:
        raise InputError(
            f"actor {who!r}: the saliences sum to {sum(srow):g}; KTAB allows at "
            "most 100 over all dimensions",
            source=source,
            line=line,
            hint="scale the saliences down",
        )


def _check_names(data: KtabData) -> None:
    seen: dict[str, int] = {}
    for k, a in enumerate(data.actors):
        key = a.casefold()
        if key in seen:
            raise InputError(
                f"two actors are called {a!r} (actors {seen[key] + 1} and {k + 1})",
                source=data.source,
                field=f"actors[{k}]",
                hint="actor names must be unique",
            )
        seen[key] = k
    dims: dict[str, int] = {}
    for k, dname in enumerate(data.dimensions):
        if not dname:
            raise InputError(f"dimension {k + 1} has no name", source=data.source)
        if dname.casefold() in dims:
            raise InputError(
                f"two dimensions are called {dname!r}",
                source=data.source,
                hint="dimension names must be unique",
            )
        dims[dname.casefold()] = k


# ---------------------------------------------------------------------------------- XML


def parse_ktab_xml(text: str, source: str = "<xml>") -> KtabData:
    """Parse the text of a KTAB XML scenario.  Entities and DTDs are refused."""
    import xml.etree.ElementTree as ET

    if len(text) > MAX_BYTES:
        raise InputError("the text is too long for a KTAB scenario", source=source)
    text = text.removeprefix("\ufeff")
    if re.search(r"<!DOCTYPE|<!ENTITY", text, re.IGNORECASE):
        raise InputError(
            "the XML declares a DTD or entities, which KTAB files never do; refused", source=source
        )
    # the XML declaration may name an encoding; the text is already decoded
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InputError(
            f"not well-formed XML: {exc.msg}"
            if hasattr(exc, "msg")
            else f"not well-formed XML: {exc}",
            source=source,
            line=line,
            column=col + 1,
        ) from None
    if root.tag != "Scenario":
        raise InputError(
            f"the root element is <{root.tag}>, not <Scenario>",
            source=source,
            hint="a KTAB XML scenario starts with <Scenario>",
        )

    def text_of(el, tag: str, where: str, required: bool = True) -> str:
        c = el.find(tag)
        if c is None or c.text is None or not c.text.strip():
            if required:
                raise InputError(f"<{tag}> is missing or empty", source=source, field=where)
            return ""
        return c.text.strip()

    def num(s: str, where: str) -> float:
        try:
            x = float(s)
        except ValueError:
            raise InputError(f"{s!r} is not a number", source=source, field=where) from None
        if not math.isfinite(x):
            raise InputError(f"{s!r} is not a finite number", source=source, field=where)
        return x

    name = text_of(root, "name", "Scenario.name")
    desc = text_of(root, "desc", "Scenario.desc", required=False)
    seed_text = text_of(root, "prngSeed", "Scenario.prngSeed", required=False)
    seed = None
    if seed_text:
        if not re.fullmatch(r"\d{1,20}", seed_text) or int(seed_text) >= 2**64:
            raise InputError(
                f"<prngSeed> {seed_text!r} is not a 64-bit unsigned integer",
                source=source,
                field="Scenario.prngSeed",
            )
        seed = int(seed_text)
    params: dict[str, str] = {}
    mp = root.find("ModelParameters")
    if mp is not None:
        for tag, opt in KTAB_PARAMETER_ELEMENTS.items():
            v = text_of(mp, tag, f"ModelParameters.{tag}")
            names = KTAB_OPTION_NAMES[opt]
            if v not in names:
                raise InputError(
                    f"{tag} {v!r} is not one of KTAB's values ({', '.join(names)}) for "
                    f"the smp option {opt}",
                    source=source,
                    field=f"ModelParameters.{tag}",
                )
            params[opt] = names[v]
    dims_el = root.find("Dimensions")
    if dims_el is None or dims_el.find("dName") is None:
        raise InputError(
            "<Dimensions> with at least one <dName> is required",
            source=source,
            field="Scenario.Dimensions",
        )
    dims = []
    for k, d in enumerate(dims_el.findall("dName")):
        if d.text is None or not d.text.strip():
            raise InputError("empty <dName>", source=source, field=f"Dimensions.dName[{k}]")
        dims.append(d.text.strip())
    if len(dims) > MAX_DIMENSIONS:
        raise InputError(
            f"{len(dims)} dimensions; at most {MAX_DIMENSIONS} are read",
            source=source,
            field="Scenario.Dimensions",
        )
    acts_el = root.find("Actors")
    actor_els = [] if acts_el is None else acts_el.findall("Actor")
    if not 2 <= len(actor_els) <= MAX_ACTORS:
        raise InputError(
            f"{len(actor_els)} <Actor> element(s); from 2 to {MAX_ACTORS} are needed",
            source=source,
            field="Scenario.Actors",
        )
    actors, descs, caps, pos, sal = [], [], [], [], []
    for k, a in enumerate(actor_els):
        where = f"Actors.Actor[{k}]"
        aname = text_of(a, "name", where + ".name")
        if len(aname) > _NAME_LEN:
            raise InputError(
                f"the actor's name is longer than {_NAME_LEN} characters",
                source=source,
                field=where + ".name",
            )
        cap = num(text_of(a, "capability", where + ".capability"), where + ".capability")
        if not 0 < cap < 1e8:
            raise InputError(
                f"the capability {cap:g} must be above 0 and below 1e8",
                source=source,
                field=where + ".capability",
            )
        vecs = []
        for tag, sub, lo in (("Position", "dCoord", "position"), ("Salience", "dSal", "salience")):
            el = a.find(tag)
            items = [] if el is None else el.findall(sub)
            if len(items) != len(dims):
                raise InputError(
                    f"<{tag}> has {len(items)} <{sub}> element(s); the scenario "
                    f"has {len(dims)} dimensions",
                    source=source,
                    field=f"{where}.{tag}",
                )
            vals = []
            for m, it in enumerate(items):
                f = f"{where}.{tag}.{sub}[{m}]"
                if it.text is None or not it.text.strip():
                    raise InputError(f"empty <{sub}>", source=source, field=f)
                x = num(it.text.strip(), f)
                if not 0 <= x <= 100:
                    raise InputError(f"the {lo} {x:g} is outside 0..100", source=source, field=f)
                vals.append(x)
            vecs.append(vals)
        _check_total_salience(vecs[1], source, None, aname)
        actors.append(aname)
        descs.append(text_of(a, "description", where + ".description", required=False))
        caps.append(cap)
        pos.append(vecs[0])
        sal.append(vecs[1])
    acc: list[tuple[str, str, float]] = []
    ia = root.find("IdealAdjustment")
    if ia is not None:
        known = set(actors)
        for k, pair in enumerate(ia.findall("iaPair")):
            where = f"IdealAdjustment.iaPair[{k}]"
            who = text_of(pair, "adjustingIdeal", where + ".adjustingIdeal")
            ref = text_of(pair, "referencePos", where + ".referencePos")
            rate = num(text_of(pair, "adjust", where + ".adjust"), where + ".adjust")
            for nm, tag in ((who, "adjustingIdeal"), (ref, "referencePos")):
                if nm not in known:
                    raise InputError(f"unknown actor {nm!r}", source=source, field=f"{where}.{tag}")
            if not 0 <= rate <= 1:
                raise InputError(
                    f"the rate {rate:g} is outside 0..1", source=source, field=where + ".adjust"
                )
            acc.append((who, ref, rate))
    data = KtabData(
        name=name,
        description=desc,
        dimensions=dims,
        actors=actors,
        descriptions=descs,
        capabilities=caps,
        positions=pos,
        saliences=sal,
        source=source,
        fmt="xml",
        seed=seed,
        parameters=params,
        accommodation=acc,
    )
    _check_names(data)
    return data


# ---------------------------------------------------------------------------------- scenario


def _slug(text: str) -> str:
    s = re.sub(r"\s+", "-", text.strip())
    return s[:_NAME_LEN].strip("-") or "ktab-scenario"


def to_scenario(data: KtabData):
    """The concilium scenario of a KTAB scenario: one issue per dimension (scale 0..100, no
    status quo), the actors with their capability, positions and saliences; no body or date."""
    from concilium.io.documents import validate
    from concilium.scenario import Scenario

    descs = [d.strip() for d in data.descriptions]
    use_desc = all(descs) and len({d.casefold() for d in descs}) == len(descs)
    actors: list[dict[str, Any]] = []
    for k, a in enumerate(data.actors):
        actor: dict[str, Any] = {
            "id": a,
            "name": descs[k] if use_desc else a,
            "capability": data.capabilities[k],
            "stances": {
                dim: {"position": data.positions[k][g], "salience": data.saliences[k][g]}
                for g, dim in enumerate(data.dimensions)
            },
        }
        if descs[k] and not use_desc:
            actor["note"] = descs[k]
        actors.append(actor)
    notes = [f"Imported from KTAB {data.fmt.upper()} {Path(data.source).name}."]
    if data.description:
        notes.append(f"KTAB description: {data.description}.")
    if data.parameters:
        notes.append(
            "KTAB model parameters: "
            + ", ".join(f"{k}={v}" for k, v in data.parameters.items())
            + " (pass them to the smp model "
            "with --param)."
        )
    if data.seed is not None:
        notes.append(f"KTAB PRNG seed: {data.seed}.")
    if data.accommodation:
        notes.append(
            f"The file's ideal-adjustment block ({len(data.accommodation)} pair(s)) is "
            "not used: concilium's SMP keeps ideals on positions."
        )
    scen: dict[str, Any] = {
        "id": _slug(data.name),
        "title": data.name or "KTAB scenario",
        "description": data.description or None,
        "issues": [
            {"id": dim, "title": dim, "scale": {"min": 0, "max": 100}} for dim in data.dimensions
        ],
        "actors": actors,
    }
    scen["notes"] = " ".join(notes)
    scen = {k: v for k, v in scen.items() if v is not None}
    return validate(Scenario, scen, data.source)
