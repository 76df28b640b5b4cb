"""Stance labels of a drafted scenario, shared by the drafting tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from concilium.text import nlp

# The Security Council's members in the years the probes' passages are set (the five permanent
# members and the ten elected for that year), and the EU's 27 since 1 February 2020: written by
# hand from the Council's and the EU's published lists, shared by the probes that code a
# unanimous or counted vote; test_drafted_labels.py checks them against the body data.
P5 = frozenset({"CHN", "FRA", "RUS", "GBR", "USA"})
UNSC_2014 = P5 | {"ARG", "AUS", "TCD", "CHL", "JOR", "LTU", "LUX", "NGA", "KOR", "RWA"}
UNSC_2016 = P5 | {"AGO", "EGY", "JPN", "MYS", "NZL", "SEN", "ESP", "UKR", "URY", "VEN"}
UNSC_2017 = P5 | {"BOL", "EGY", "ETH", "ITA", "JPN", "KAZ", "SEN", "SWE", "UKR", "URY"}
UNSC_2018 = P5 | {"BOL", "CIV", "GNQ", "ETH", "KAZ", "KWT", "NLD", "PER", "POL", "SWE"}
UNSC_2019 = P5 | {"BEL", "CIV", "DOM", "GNQ", "DEU", "IDN", "KWT", "PER", "POL", "ZAF"}
UNSC_2020 = P5 | {"BEL", "DOM", "EST", "DEU", "IDN", "NER", "VCT", "ZAF", "TUN", "VNM"}
UNSC_2021 = P5 | {"EST", "IND", "IRL", "KEN", "MEX", "NER", "NOR", "VCT", "TUN", "VNM"}
UNSC_2022 = P5 | {"ALB", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE"}
UNSC_2023 = P5 | {"ALB", "BRA", "ECU", "GAB", "GHA", "JPN", "MLT", "MOZ", "CHE", "ARE"}
UNSC_2024 = P5 | {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"}
EU_27 = frozenset({
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "SWE",
})  # fmt: skip

# The drafting tests that need the dependency reader: ``pytestmark = needs_spacy`` or a mark.
needs_spacy = pytest.mark.skipif(
    not nlp.available(), reason="spaCy pipeline not installed (extra 'nlp')"
)

_VOTE = {"yes": "support", "no": "oppose", "abstain": "abstain"}


def stance_label(stance: dict[str, Any]) -> str:
    """A drafted stance's label: its vote intention if it has one, else its note's label."""
    vote = stance.get("vote")
    vote = vote.get("value") if isinstance(vote, dict) else vote
    if vote:
        return _VOTE[vote]
    return stance["note"].split("drafted stance: ")[1].split()[0]


def labels_by_issue(scenario: dict[str, Any], *, named_only: bool = False) -> dict[str, dict]:
    """{issue id: {actor: label}}; ``named_only`` leaves out stances assumed from a count."""
    out: dict[str, dict[str, str]] = {issue["id"]: {} for issue in scenario["issues"]}
    for actor in scenario["actors"]:
        for iid, stance in (actor.get("stances") or {}).items():
            if named_only and "assumed from the count" in stance.get("note", ""):
                continue
            out[iid][actor["id"]] = stance_label(stance)
    return out


def labels_by_title(scenario: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{issue title: {actor: label}} of the stances read from the text (none assumed from a
    count)."""
    labels = labels_by_issue(scenario, named_only=True)
    return {issue["title"]: labels.get(issue["id"], {}) for issue in scenario["issues"]}


def issue_with(issues: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    """The stances of the one issue (of ``labels_by_issue``'s result) whose id has ``word``."""
    found = [iid for iid in issues if word in iid]
    assert len(found) == 1, (word, list(issues))
    return issues[found[0]]


def first_issue_pairs(
    headline: str, body: str, date: str, council: str, *, named_only: bool
) -> set[tuple[str, str]]:
    """(actor, label) of the stances drafted on a probe article's first issue (the decision its
    lead tells; a past decision recalled is an issue of its own); ``named_only`` leaves out
    those assumed from a count. None when no state is recognised."""
    from concilium.errors import InputError
    from concilium.text.draft import draft_scenario

    try:
        sc = draft_scenario(
            f"{headline}\n\n{body}\n",
            source="probe.txt",
            on=dt.date.fromisoformat(date),
            body=council,
            engine="spacy",
        )
    except InputError as err:
        assert "no state named" in str(err)
        return set()
    return set(labels_by_issue(sc, named_only=named_only)[sc["issues"][0]["id"]].items())


def named_labels_of_one_issue(article: str) -> dict[str, str]:
    """{actor: label} of the stances the text names (none assumed from a count) in the draft
    of ``article``, which must have exactly one issue."""
    from concilium.text.draft import draft_scenario

    scenario = draft_scenario(article, source="t.txt", engine="spacy")
    issues = labels_by_issue(scenario, named_only=True)
    assert len(issues) == 1, issues
    return next(iter(issues.values()))


def labels(scenario: dict[str, Any], *, named_only: bool = False) -> dict[str, str]:
    """{actor: label} over every issue (a later issue's label wins); for one-issue drafts."""
    by_issue = labels_by_issue(scenario, named_only=named_only).values()
    return {a: lab for issue in by_issue for a, lab in issue.items()}


def spacy_read(text: str, on: dt.date = dt.date(2024, 3, 25), *, year: int | None = None) -> list:
    """Every stance the dependency reader finds in ``text`` (actors as known on ``on``)."""
    from concilium.text.draft import Gazetteer, _spacy_stances, sentences

    return _spacy_stances(sentences(text), Gazetteer.builtin().find(text, on), year=year)


def stance_pairs(text: str, on: dt.date = dt.date(2024, 3, 25)) -> set[tuple[str, str]]:
    """(actor, label) of every stance the dependency reader finds in ``text``; a test file
    fixes its day with ``read = partial(stance_pairs, on=DAY)``."""
    return {(s.actor, s.label) for s in spacy_read(text, on)}


def resolved(text: str, on: dt.date = dt.date(2024, 3, 25), *, year: int | None = None) -> dict:
    """Per actor, the label that wins in the dependency reader (most confident; a tie is
    neutral)."""
    from concilium.text.stance import resolve

    found = spacy_read(text, on, year=year)
    return {actor: label for actor, (label, _) in resolve(found).items()}


def winning_label(text: str, actor: str, year: int | None = None) -> str | None:
    """The dependency reader's winning label for ``actor`` (``None`` for no stance or a tie; a
    ``follow`` cue, taking another state's side, is no stance of its own: drafting resolves it
    from that state's)."""
    got = resolved(text, year=year).get(actor)
    return None if got in ("neutral", "follow") else got


def probe_params(cases: list[tuple[Any, ...]], open_classes: dict[int, str]) -> list[Any]:
    """One ``pytest.param`` per probe passage (id: its number and council, ``case[3]``), a
    strict xfail naming its open class where the passage is still drafted wrong, so a fix
    shows as a pass to unmark (probe28, probe29)."""
    return [
        pytest.param(
            case,
            id=f"{i:02d}-{case[3]}",
            marks=[pytest.mark.xfail(strict=True, reason=open_classes[i])]
            if i in open_classes
            else [],
        )
        for i, case in enumerate(cases)
    ]


def frozen_parse(text: str) -> Any:
    """One sentence parsed by the pipeline and frozen as the stance readers get it."""
    from concilium.text.fastdoc import freeze

    return freeze(next(nlp.parse_texts([text])))


def read_sentence(text: str, names: dict[str, str]) -> Any:
    """A stance reader's sentence with a mention of each name (its state id)."""
    from concilium.text.draft import Mention
    from concilium.text.stance import _Sentence

    mentions = []
    for name, actor in names.items():
        at = text.find(name)
        mentions.append(
            (at, at + len(name), Mention(at, at + len(name), name, actor, None, "name"))
        )
    return _Sentence(frozen_parse(text), text, 1, mentions, [])


class CallCounter:
    """Wraps a reader and counts its calls (the speed tests check that work is skipped)."""

    def __init__(self, f: Any) -> None:
        self.f = f
        self.calls = 0

    def __call__(self, *a: Any, **k: Any) -> Any:
        self.calls += 1
        return self.f(*a, **k)


def draft_evaluate() -> Any:
    """``benchmarks/draft/evaluate.py`` loaded as a module (it is a script, not a package), for
    the tests of its scoring; a fresh module each call."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "draft" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("draft_evaluate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
