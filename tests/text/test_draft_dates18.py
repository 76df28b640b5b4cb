"""How a draft is dated, and what it does when the body's data do not cover the date (issue 13,
heldout18).

1. A dateline without a year ("UNITED NATIONS, March 28 (Wire) -") gets its year from the office
   holders the text names, when they fix it with the weekday: the US ambassadors to the UN of
   the 1980s are office holders too (Jeane Kirkpatrick 1981-02-04 to 1985-04-01, Vernon Walters
   1985-05-22 to 1989-03-15).  When nothing fixes the year, the date stays assumed and says so.
2. A date before the body's data begin (the Council of the EU's start on 2007-01-01; the
   Security Council's on 1946-01-17, its first meeting, so a report of 1960 is drafted with the
   Council of 1960) no longer stops the draft: it drafts the states the article
   names, with the seats the data date for that day (the permanent members; the EU members by
   their accession) as members, fills no one from a vote count, and warns.  A forecast of the
   built-in body on such a date is still refused, and so is one of the drafted body while it has
   too few members for its rule (tests/unit/test_standin_body.py).

Every article here is written for these tests.  Weekdays derived by hand: 1 January 1984 was a
Sunday, and 28 March is day 88 of a leap year (87 days on, 87 = 12*7 + 3): a Wednesday; in 1990
(1 January a Monday, 86 days on, 86 = 12*7 + 2) also a Wednesday; in 1982, 1983, 1985-1989 and
1991 not (1983: Saturday + 2 = Monday).  4 November: day 308 of a common year (307 days on,
307 = 43*7 + 6); 1 January 1983 was a Saturday and 1988 a Friday (day 309, 308 = 44*7 on):
a Friday in both, and in no other year 1982-1991.
"""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from concilium.bodies import load_body
from concilium.cli import app
from concilium.errors import InputError
from concilium.text.draft import Gazetteer, article_date, draft_scenario

TODAY = dt.date(2026, 11, 30)

KIRKPATRICK = (
    "UNITED NATIONS, March 28 (Wire) - Jeane Kirkpatrick, the US ambassador, told the Security "
    "Council on Wednesday that the raid broke the truce. Secretary-General Javier Perez de "
    "Cuellar asked both sides to hold their fire."
)
WALTERS = (
    "UNITED NATIONS, Nov 4 (Wire) - Vernon Walters, the US ambassador, said on Friday that the "
    "Council would meet again. Secretary-General Javier Perez de Cuellar was in Geneva."
)


@pytest.mark.parametrize(
    "text, day",
    [
        # Kirkpatrick and Pérez de Cuéllar together: 1982-01-01 to 1985-04-01; a Wednesday
        # 28 March then: 1984 only
        (KIRKPATRICK, dt.date(1984, 3, 28)),
        # Walters and Pérez de Cuéllar: 1985-05-22 to 1989-03-15; a Friday 4 November: 1988
        (WALTERS, dt.date(1988, 11, 4)),
    ],
)
def test_an_ambassador_of_the_1980s_fixes_the_year(text, day):
    dated = article_date(text, today=TODAY, gazetteer=Gazetteer.builtin())
    assert (dated.how, dated.day) == ("inferred", day)


@pytest.mark.parametrize(
    "text, years",
    [
        # near miss: no ambassador named; Pérez de Cuéllar alone leaves 1984 and 1990
        (
            KIRKPATRICK.replace("Jeane Kirkpatrick, the US ambassador,", "The US ambassador"),
            "1984, 1990",
        ),
        # near miss: a Walters who is not the ambassador (the bare surname is not matched):
        # 1983 and 1988 stay open
        (WALTERS.replace("Vernon Walters, the US ambassador,", "Barbara Walters"), "1983, 1988"),
    ],
)
def test_without_a_clue_that_fixes_it_the_year_is_assumed_and_said(text, years):
    dated = article_date(text, today=TODAY, gazetteer=Gazetteer.builtin())
    assert dated.how == "assumed"
    assert f"in {years}," in dated.why and "pass --date" in dated.why


UNSC_1960 = (
    "UNITED NATIONS, 14 July 1960 (Wire) - The Security Council unanimously adopted a "
    "resolution on Thursday asking Belgium to withdraw its troops from the Congo. Tunisia "
    "introduced the text. Argentina voted in favour after its delegate said the troops had "
    "stayed too long."
)
EU_2004 = (
    "BRUSSELS, 22 March 2004 (Wire) - EU foreign ministers unanimously agreed on Monday to "
    "extend the sanctions on Burma for another year. Spain backed the extension, and Sweden "
    "voted for it after its minister said the junta had freed no one."
)
P5 = ["CHN", "FRA", "SUN", "GBR", "USA"]
EU15 = sorted(
    [
        "DEU",
        "FRA",
        "ITA",
        "GBR",
        "ESP",
        "NLD",
        "BEL",
        "PRT",
        "SWE",
        "GRC",
        "AUT",
        "DNK",
        "FIN",
        "IRL",
        "LUX",
    ]
)  # on 22 March 2004, before the enlargement of 1 May


def _labels(sc):
    """{actor: (role, drafted label or None)}."""
    out = {}
    for a in sc["actors"]:
        notes = [s["note"] for s in (a.get("stances") or {}).values()]
        label = notes[0].split("drafted stance: ")[1].split(" ")[0] if notes else None
        out[a["id"]] = (a["role"], label)
    return out


def test_a_security_council_article_of_1960_is_drafted_with_the_council_of_1960():
    """1960: the data reach back to 1946, so the eleven members of 14 July 1960 are the
    members (the permanent five; Argentina, Italy and Tunisia, 1959-1960; Ceylon, Ecuador and
    Poland, 1960: src/concilium/bodies/data/unsc.yaml) and 'unanimously' gives each of them
    support; Belgium, named but not a member then, has no stance. Nothing is unknown."""
    sc = draft_scenario(UNSC_1960, source="a.txt", engine="rules")
    assert str(sc["date"]) == "1960-07-14"
    assert sc["body"] == "unsc"
    labels = _labels(sc)
    council = [*P5, "ARG", "ITA", "TUN", "LKA", "ECU", "POL"]
    assert {a: v for a, v in labels.items() if v[1]} == dict.fromkeys(
        council, ("member", "support")
    )
    assert labels["BEL"] == ("stakeholder", None)
    assert "membership_unknown" not in sc["x-draft"]


def test_an_eu_council_article_before_the_data_is_drafted():
    """2004: the EU-15 are listed as members (their accession dates are in the data); Spain and
    Sweden, named, have their stances; 'unanimously' fills none of the other thirteen."""
    sc = draft_scenario(EU_2004, source="b.txt", engine="rules")
    body = sc["body"]
    assert body["id"] == "eu-council"
    assert sorted(m["id"] for m in body["members"]) == EU15
    # the body's own rules, QMV among them (it needs the members' populations on that date:
    # validation refuses it until they are given; 'unanimously' picks unanimity here)
    assert "qmv" in body["rules"] and sc["rule"] == "unanimity"
    labels = _labels(sc)
    assert {a: v for a, v in labels.items() if v[1]} == {
        "ESP": ("member", "support"),
        "SWE": ("member", "support"),
    }
    assert (
        "the eu-council data cover 2007-01-01 onwards, not 2004-03-22"
        in (sc["x-draft"]["membership_unknown"][0])
    )


def test_a_date_the_data_cover_is_drafted_as_before():
    """Near miss: the same report in 2010 names the built-in body and warns of nothing."""
    sc = draft_scenario(
        EU_2004.replace("22 March 2004", "22 March 2010"), source="c.txt", engine="rules"
    )
    assert sc["body"] == "eu-council"
    assert "membership_unknown" not in sc["x-draft"]


def test_the_cli_drafts_and_warns(tmp_path):
    art = tmp_path / "b.txt"
    art.write_text(EU_2004, encoding="utf-8")
    res = CliRunner().invoke(app, ["draft", str(art), "-o", str(tmp_path / "d.yaml")])
    assert res.exit_code == 0, res.output
    assert "warning: membership unknown: b.txt: the eu-council data cover 2007-01-01 onwards" in (
        res.stderr.replace("\n", " ")
    )
    assert (tmp_path / "d.yaml").exists()


def test_the_built_in_body_still_refuses_a_date_outside_its_data(tmp_path):
    """Only drafting degrades: the members of the built-in body on such a date, which every
    forecast of it asks for, are still refused, and so is a scenario of it on that date."""
    with pytest.raises(InputError, match="cover 1946-01-17 onwards"):
        load_body("unsc").members_on(dt.date(1946, 1, 10))
    runner = CliRunner()
    sc = tmp_path / "s.yaml"
    res = runner.invoke(app, ["new", "unsc", "--date", "1946-01-10", "-o", str(sc)])
    assert res.exit_code != 0 and "cover 1946-01-17 onwards" in res.output.replace("\n", " ")
    res = runner.invoke(app, ["new", "unsc", "--date", "1990-07-16", "-o", str(sc)])
    assert res.exit_code == 0, res.output
    sc.write_text(sc.read_text().replace("1990-07-16", "1946-01-10"), encoding="utf-8")
    res = runner.invoke(app, ["forecast", str(sc)])
    assert res.exit_code != 0 and "cover 1946-01-17 onwards" in res.output.replace("\n", " ")


def test_merged_drafts_before_the_data_keep_the_members_listed_and_the_warning():
    """Two reports of 2004 merged: the body lists the EU-15 still (Spain and Sweden among them),
    and both warnings are kept."""
    from concilium.text.merge import merge_drafts

    one = draft_scenario(EU_2004, source="a.txt", engine="rules")
    two = draft_scenario(
        EU_2004.replace("22 March 2004", "23 March 2004"), source="b.txt", engine="rules"
    )
    merged = merge_drafts([one, two])
    assert sorted(m["id"] for m in merged["body"]["members"]) == EU15
    assert [w.split(":")[0] for w in merged["x-draft"]["membership_unknown"]] == ["a.txt", "b.txt"]
