"""Probe 27: sixty wire-style sentences on council decisions, written before reading the rules.

Each case is (headline, body, date, expected): expected is the set of (ISO3, stance) pairs a
careful reader codes from the body (empty for near misses: conditionals, questions, history,
quotes about something else).  Written from how wire copy reads, not from benchmark articles.
"""

from __future__ import annotations

import pytest
from drafted_labels import first_issue_pairs, labels_by_issue, needs_spacy, stance_pairs

pytestmark = needs_spacy

S, O, A = "support", "oppose", "abstain"

UN = [
    (
        "Russia, China veto Syria draft",
        (
            "UNITED NATIONS, Feb 4, 2012 - Russia and China vetoed a Western-backed draft resolution "
            "on Syria on Saturday, while India, Brazil and South Africa abstained."
        ),
        "2012-02-04",
        {("RUS", O), ("CHN", O), ("IND", A), ("BRA", A), ("ZAF", A)},
    ),
    (
        "Council passes North Korea measure",
        (
            "UNITED NATIONS, June 12, 2009 - Beijing's envoy abstained, saying the text went too far, "
            "but the measure passed 14-0."
        ),
        "2009-06-12",
        {("CHN", A)},
    ),
    (
        "Moscow blocks Ukraine text again",
        (
            "UNITED NATIONS, Sept 30, 2022 - Moscow cast its veto on Friday, the 17th time it has "
            "blocked a council text on the conflict."
        ),
        "2022-09-30",
        {("RUS", O)},
    ),
    (
        "US votes down Gaza text",
        (
            "UNITED NATIONS, Dec 8, 2023 - The Americans voted against the text, calling it "
            "one-sided; Britain and France abstained."
        ),
        "2023-12-08",
        {("USA", O), ("GBR", A), ("FRA", A)},
    ),
    (
        "Japan coy on sanctions vote",
        (
            "UNITED NATIONS, May 20, 2022 - Asked whether Tokyo would back the sanctions resolution, "
            "Japan's ambassador declined to say."
        ),
        "2022-05-20",
        set(),
    ),
    (
        "British draft adopted",
        (
            "UNITED NATIONS, March 17, 2011 - The resolution, drafted by Britain, won 10 votes in "
            "favour, with Russia and China abstaining."
        ),
        "2011-03-17",
        {("GBR", S), ("RUS", A), ("CHN", A)},
    ),
    (
        "African members back Sudan text",
        (
            "UNITED NATIONS, March 8, 2024 - Security Council members Ghana, Gabon and Kenya voted in "
            "favour, joining the United States in backing the measure."
        ),
        "2024-03-08",
        {("GHA", S), ("GAB", S), ("KEN", S), ("USA", S)},
    ),
    (
        "Russia alone against Mali sanctions",
        (
            "UNITED NATIONS, Aug 30, 2023 - Vassily Nebenzia, Russia's ambassador, raised his hand "
            "against the draft."
        ),
        "2023-08-30",
        {("RUS", O)},
    ),
    (
        "Council extends Mali mission",
        (
            "UNITED NATIONS, June 5, 2019 - The council extended the mandate of its mission in Mali "
            "on Wednesday. In 2003, Germany and France opposed a second resolution authorising force "
            "against Iraq."
        ),
        "2019-06-05",
        set(),
    ),
    (
        "Aid text passes without veto",
        (
            "UNITED NATIONS, July 12, 2023 - The text sailed through with the backing of all 15 "
            "members, including Russia, which had threatened a veto."
        ),
        "2023-07-12",
        {("RUS", S)},
    ),
    (
        "Two abstain on Haiti force",
        (
            "UNITED NATIONS, Oct 2, 2023 - Mozambique and Ecuador were the only members to abstain; "
            "the other thirteen voted yes."
        ),
        "2023-10-02",
        {("MOZ", A), ("ECU", A)},
    ),
    (
        "Washington blocks ceasefire call",
        (
            "UNITED NATIONS, Feb 20, 2024 - Washington blocked the ceasefire resolution, the lone no "
            "vote in the 15-member body; Britain abstained."
        ),
        "2024-02-20",
        {("USA", O), ("GBR", A)},
    ),
    (
        "Sponsors weigh General Assembly route",
        (
            "UNITED NATIONS, Nov 3, 2021 - If China vetoes the draft, diplomats said, the sponsors "
            "would take it to the General Assembly."
        ),
        "2021-11-03",
        set(),
    ),
    (
        "Diplomats unsure of Russian vote",
        (
            "UNITED NATIONS, April 6, 2017 - Would Russia really veto a humanitarian text? Diplomats "
            "were unsure on Thursday."
        ),
        "2017-04-06",
        set(),
    ),
    (
        "Resolution passes 13-0-2",
        (
            "UNITED NATIONS, March 2, 2017 - The Chinese and Russian delegations sat on their hands "
            "as the resolution passed 13-0-2."
        ),
        "2017-03-02",
        {("CHN", A), ("RUS", A)},
    ),
    (
        "Algeria backs amended draft",
        (
            "UNITED NATIONS, March 25, 2024 - Algeria, the council's Arab member, voted for the draft "
            "after winning changes to its wording."
        ),
        "2024-03-25",
        {("DZA", S)},
    ),
    (
        "Council adopts UK-Maltese text",
        (
            "UNITED NATIONS, Nov 15, 2023 - The United Kingdom and Malta co-sponsored the text, which "
            "was adopted with 14 votes in favour and one abstention, from Russia."
        ),
        "2023-11-15",
        {("GBR", S), ("MLT", S), ("RUS", A)},
    ),
    (
        "Slovenia votes yes",
        (
            "UNITED NATIONS, June 10, 2024 - Slovenia's envoy said her country had voted yes "
            "'with a heavy heart'."
        ),
        "2024-06-10",
        {("SVN", S)},
    ),
    (
        "Guyana abstains",
        (
            "UNITED NATIONS, Jan 10, 2024 - South Korea and Sierra Leone joined the majority, while "
            "Guyana opted to abstain."
        ),
        "2024-01-10",
        {("KOR", S), ("SLE", S), ("GUY", A)},
    ),
    (
        "Russian envoy silent on Libya",
        (
            "UNITED NATIONS, Sept 1, 2020 - The Russian ambassador accused the West of hypocrisy in "
            "a speech on Ukraine, but did not say how Moscow would vote on the Libya text."
        ),
        "2020-09-01",
        set(),
    ),
]

EU = [
    (
        "Hungary blocks oil embargo",
        (
            "BRUSSELS, May 16, 2022 - Hungary blocked the EU's sixth sanctions package on Monday, "
            "with Prime Minister Viktor Orban demanding an exemption for Russian oil piped to his "
            "country."
        ),
        "2022-05-16",
        {("HUN", O)},
    ),
    (
        "Ministers approve asylum pact",
        (
            "LUXEMBOURG, June 8, 2023 - EU ministers approved the asylum pact by qualified majority; "
            "Poland and Hungary voted against, while the Czech Republic, Slovakia and Austria "
            "abstained."
        ),
        "2023-06-08",
        {("POL", O), ("HUN", O), ("CZE", A), ("SVK", A), ("AUT", A)},
    ),
    (
        "Relocation scheme forced through",
        (
            "BRUSSELS, Sept 22, 2015 - The Visegrad countries voted against the migrant relocation "
            "scheme."
        ),
        "2015-09-22",
        {("POL", O), ("HUN", O), ("CZE", O), ("SVK", O)},
    ),
    (
        "New sanctions adopted",
        (
            "BRUSSELS, Feb 23, 2023 - The Baltic trio pushed hardest for the new sanctions, which "
            "ministers adopted on Thursday."
        ),
        "2023-02-23",
        {("EST", S), ("LVA", S), ("LTU", S)},
    ),
    (
        "Berlin abstains on engine ban",
        (
            "BRUSSELS, March 28, 2023 - Germany abstained in the vote on the combustion-engine ban, "
            "after the Free Democrats in Olaf Scholz's coalition objected."
        ),
        "2023-03-28",
        {("DEU", A)},
    ),
    (
        "Split vote on packaging rules",
        (
            "BRUSSELS, Dec 18, 2023 - The Nordics backed the proposal, as did the Netherlands; Italy "
            "and Poland opposed it."
        ),
        "2023-12-18",
        {("DNK", S), ("SWE", S), ("FIN", S), ("NLD", S), ("ITA", O), ("POL", O)},
    ),
    (
        "Leaders endorse budget",
        (
            "BRUSSELS, July 21, 2020 - Leaders endorsed the budget in the early hours of Tuesday after "
            "Dutch Prime Minister Mark Rutte dropped his objections."
        ),
        "2020-07-21",
        {("NLD", S)},
    ),
    (
        "Summit ends without migration text",
        (
            "BRUSSELS, June 30, 2023 - Italy's Giorgia Meloni refused to sign off on the conclusions, "
            "leaving the summit without a text on migration."
        ),
        "2023-06-30",
        {("ITA", O)},
    ),
    (
        "Tax directive passes",
        "BRUSSELS, Nov 7, 2019 - Ireland and Luxembourg were outvoted on the tax directive.",
        "2019-11-07",
        {("IRL", O), ("LUX", O)},
    ),
    (
        "Gas storage rules approved",
        (
            "LUXEMBOURG, Oct 4, 2022 - EU ministers approved new gas storage rules on Tuesday. The "
            "Danish government has long opposed a common EU minimum wage."
        ),
        "2022-10-04",
        set(),
    ),
    (
        "Presidency hails deal",
        (
            "BRUSSELS, Dec 5, 2023 - Spain, which holds the rotating presidency, welcomed the "
            "agreement, which was approved by all member states except Hungary, which voted against."
        ),
        "2023-12-05",
        {("ESP", S), ("HUN", O)},
    ),
    (
        "France leads opposition",
        (
            "BRUSSELS, April 3, 2024 - Sweden and Finland sided with the Commission, while France led "
            "a group of countries opposed to the plan."
        ),
        "2024-04-03",
        {("SWE", S), ("FIN", S), ("FRA", O)},
    ),
    (
        "Proposal falls short",
        (
            "BRUSSELS, Feb 9, 2024 - Belgium's abstention meant the proposal fell short of a "
            "qualified majority."
        ),
        "2024-02-09",
        {("BEL", A)},
    ),
    (
        "Schengen decision delayed",
        (
            "BRUSSELS, Nov 30, 2023 - Should Vienna use its veto, the issue of Romania and "
            "Bulgaria's Schengen entry would return to leaders in December."
        ),
        "2023-11-30",
        set(),
    ),
    (
        "Fishing regulation approved",
        (
            "BRUSSELS, Dec 12, 2022 - Croatian and Greek ministers voted in favour of the regulation, "
            "citing fishermen's livelihoods."
        ),
        "2022-12-12",
        {("HRV", S), ("GRC", S)},
    ),
    (
        "Frugals resist grants",
        (
            "BRUSSELS, July 18, 2020 - The Dutch and the Austrians, the so-called frugals, dug in "
            "against the recovery fund's grants."
        ),
        "2020-07-18",
        {("NLD", O), ("AUT", O)},
    ),
    (
        "Lisbon backs text",
        (
            "LISBON, March 2, 2021 - Portugal's Antonio Costa said Lisbon had supported the text "
            "'without reservation'."
        ),
        "2021-03-02",
        {("PRT", S)},
    ),
    (
        "Measure passes",
        "BRUSSELS, May 14, 2024 - The measure passed with only Malta and Cyprus voting no.",
        "2024-05-14",
        {("MLT", O), ("CYP", O)},
    ),
    (
        "Poland undecided",
        (
            "BRUSSELS, June 14, 2024 - Asked whether Poland would vote against the nature "
            "restoration law, the minister said the government was still deciding."
        ),
        "2024-06-14",
        set(),
    ),
    (
        "Directive adopted",
        (
            "BRUSSELS, Oct 21, 2024 - The council adopted the directive on Monday. Romania "
            "abstained, and Bulgaria registered a negative vote."
        ),
        "2024-10-21",
        {("ROU", A), ("BGR", O)},
    ),
]

NATO = [
    (
        "Allies boost Black Sea presence",
        (
            "BRUSSELS, April 4, 2019 - NATO allies agreed on Wednesday to boost the alliance's "
            "presence in the Black Sea, with Turkey giving its blessing after weeks of hesitation."
        ),
        "2019-04-04",
        {("TUR", S)},
    ),
    (
        "Turkey drops objection",
        (
            "VILNIUS, July 10, 2023 - Ankara lifted its objection to Sweden's membership bid, "
            "clearing the way for the Nordic country to join the alliance."
        ),
        "2023-07-10",
        {("TUR", S)},
    ),
    (
        "Hungary last to ratify",
        "BUDAPEST, March 27, 2023 - Hungary was the last ally to ratify Finland's accession.",
        "2023-03-27",
        {("HUN", S)},
    ),
    (
        "Erdogan blocks talks",
        (
            "BRUSSELS, May 18, 2022 - Turkish President Recep Tayyip Erdogan blocked the start of "
            "accession talks with Sweden and Finland, accusing both of harbouring militants."
        ),
        "2022-05-18",
        {("TUR", O)},
    ),
    (
        "Three allies block Turkey planning",
        (
            "BRUSSELS, Feb 10, 2003 - France, Germany and Belgium blocked a US request on Monday for "
            "NATO to begin planning to defend Turkey against an Iraqi attack."
        ),
        "2003-02-10",
        {("FRA", O), ("DEU", O), ("BEL", O), ("USA", S)},
    ),
    (
        "Budapest blocks Ukraine mission",
        "BRUSSELS, Feb 15, 2024 - Canada and Norway championed the plan, which Budapest blocked.",
        "2024-02-15",
        {("CAN", S), ("NOR", S), ("HUN", O)},
    ),
    (
        "Allies raise spending target",
        (
            "THE HAGUE, June 25, 2025 - NATO Secretary General Mark Rutte said allies had agreed to "
            "raise the spending target."
        ),
        "2025-06-25",
        set(),
    ),
    (
        "Term extension backed",
        (
            "BRUSSELS, March 24, 2022 - Washington and London threw their weight behind the proposal "
            "to extend the secretary general's term."
        ),
        "2022-03-24",
        {("USA", S), ("GBR", S)},
    ),
    (
        "Greece blocks Macedonia",
        "BUCHAREST, April 3, 2008 - Greece vetoed Macedonia's invitation to join the alliance.",
        "2008-04-03",
        {("GRC", O)},
    ),
    (
        "Southern allies sign up",
        "BRUSSELS, Oct 12, 2023 - The Italians signed up to the deal, as did the Portuguese.",
        "2023-10-12",
        {("ITA", S), ("PRT", S)},
    ),
    (
        "Turkish parliament ratifies",
        (
            "ANKARA, Jan 23, 2024 - Turkey's parliament ratified Sweden's accession protocol on "
            "Tuesday, by 287 votes to 55."
        ),
        "2024-01-23",
        {("TUR", S)},
    ),
    (
        "Doubts in Stockholm",
        (
            "STOCKHOLM, June 2, 2022 - Did Ankara ever intend to block the bid? Officials in "
            "Stockholm doubted it."
        ),
        "2022-06-02",
        set(),
    ),
    (
        "Norway signs communique",
        (
            "MADRID, June 30, 2022 - Norway's Prime Minister Jonas Gahr Store said Oslo would have "
            "preferred a tougher line on Russia, but signed the communique."
        ),
        "2022-06-30",
        {("NOR", S)},
    ),
    (
        "Zagreb ratifies",
        (
            "ZAGREB, Oct 21, 2022 - Croatia's president threatened to block Finland and Sweden's "
            "accession, but the government in Zagreb ratified it."
        ),
        "2022-10-21",
        {("HRV", S)},
    ),
    (
        "Baltics welcome air policing",
        (
            "BRUSSELS, March 4, 2014 - Allies including Latvia, Lithuania and Estonia welcomed the "
            "decision to quadruple air policing."
        ),
        "2014-03-04",
        {("LVA", S), ("LTU", S), ("EST", S)},
    ),
    (
        "Budapest approves Swedish bid",
        (
            "BUDAPEST, Feb 26, 2024 - Prime Minister Viktor Orban's government dropped its "
            "opposition to Sweden joining NATO, and parliament in Budapest approved the bid on "
            "Monday."
        ),
        "2024-02-26",
        {("HUN", S)},
    ),
    (
        "Allies agree Afghan pullout",
        (
            "BRUSSELS, April 14, 2021 - NATO allies agreed on Wednesday to withdraw troops from "
            "Afghanistan. Back in 2010, the Netherlands had voted to end its own mission early."
        ),
        "2021-04-14",
        set(),
    ),
    (
        "Trudeau backs plan",
        "VILNIUS, July 11, 2023 - Canada's Justin Trudeau gave the plan his backing at the summit.",
        "2023-07-11",
        {("CAN", S)},
    ),
    (
        "Assembly resolution passes",
        (
            "BUCHAREST, Oct 9, 2022 - Bulgaria and Romania were among the allies that voted for the "
            "resolution in the alliance's parliamentary assembly."
        ),
        "2022-10-09",
        {("BGR", S), ("ROU", S)},
    ),
    (
        "London not ready",
        (
            "LONDON, Jan 17, 2025 - Britain's defence secretary said the alliance should consider the "
            "proposal, but London was not yet ready to endorse it."
        ),
        "2025-01-17",
        set(),
    ),
]

# (case, council): the council is passed as ``body`` since a one-sentence article may not name it
CASES = [(c, "unsc") for c in UN] + [(c, "eu-council") for c in EU] + [(c, "nato") for c in NATO]


def test_sixty_cases_twenty_per_body() -> None:
    assert (len(UN), len(EU), len(NATO)) == (20, 20, 20)


def drafted_pairs(headline: str, body: str, date: str, council: str) -> set[tuple[str, str]]:
    """(actor, label) of every named stance drafted on the article's first issue (the decision
    its lead tells; a past decision recalled is an issue of its own); none when no state is
    recognised."""
    return first_issue_pairs(headline, body, date, council, named_only=True)


# Probe sentences still drafted wrong, by open class (strict: a fix shows as a pass to unmark).
OPEN = {
    28: "'were outvoted on' the text is voting against it when it was adopted: the headline "
    "'Tax directive passes' tells no fate the reader knows, so no stance (missed)",
    35: "'dug in against' and demonym plurals with an apposition ('the so-called frugals') "
    "(missed)",
}


@pytest.mark.parametrize(
    "case, council",
    [
        pytest.param(
            case,
            council,
            id=f"{i:02d}-{council}",
            marks=[pytest.mark.xfail(strict=True, reason=OPEN[i])] if i in OPEN else [],
        )
        for i, (case, council) in enumerate(CASES)
    ],
)
def test_probe27(case: tuple, council: str) -> None:
    headline, body, date, expected = case
    assert drafted_pairs(headline, body, date, council) == expected


# The classes fixed after the probe, on sentences of their own with near misses.


@pytest.mark.parametrize(
    "text, expected",
    [
        # a condition told by putting the auxiliary first is an if-clause: no stance
        ("Should Austria vote against the text, it would fail.", set()),
        ("Should Vienna use its veto, the issue would go back to the leaders.", set()),
        ("Were Austria to vote against the text, it would fail.", set()),
        ("Had Austria voted against the text, it would have failed.", set()),
        # near misses: the auxiliary after its subject tells a deed
        ("Germany said Austria had voted against the text.", {("AUT", "oppose")}),
        ("Austria voted against the text, as it had said it would.", {("AUT", "oppose")}),
    ],
)
def test_inverted_condition(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as did X" echoes the verb before it, never a verb told after it (the parse hangs
        # it on the later verb)
        (
            "Sweden backed the proposal, as did the Netherlands; Italy and Poland opposed it.",
            {("SWE", "support"), ("NLD", "support"), ("ITA", "oppose"), ("POL", "oppose")},
        ),
        (
            "Denmark voted for the plan, as did Greece; Spain voted against it.",
            {("DNK", "support"), ("GRC", "support"), ("ESP", "oppose")},
        ),
        # near misses: told after its verb, it is that verb's
        (
            "Sweden backed the proposal, as did the Netherlands.",
            {("SWE", "support"), ("NLD", "support")},
        ),
        (
            "Italy opposed it, as did Poland; Sweden backed it.",
            {("ITA", "oppose"), ("POL", "oppose"), ("SWE", "support")},
        ),
        (
            "Sweden backed the proposal and so did the Netherlands; Italy opposed it.",
            {("SWE", "support"), ("NLD", "support"), ("ITA", "oppose")},
        ),
    ],
)
def test_as_did_echoes_the_verb_before(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Baltic trio voted for the sanctions.",
            {("EST", "support"), ("LVA", "support"), ("LTU", "support")},
        ),
        (
            "The Baltics pushed for the sanctions, which ministers adopted.",
            {("EST", "support"), ("LVA", "support"), ("LTU", "support")},
        ),
        ("Ships in the Baltic Sea were not covered by the sanctions.", set()),
    ],
)
def test_baltic_trio_is_the_baltic_states(text: str, expected: set[tuple[str, str]]) -> None:
    from concilium.errors import InputError
    from concilium.text.draft import draft_scenario

    article = f"EU adopts sanctions\n\nBRUSSELS, Feb 23, 2023 - {text}\n"
    try:
        sc = draft_scenario(article, source="t.txt", body="eu-council", engine="spacy")
    except InputError as err:  # no state named: the near miss
        assert "no state named" in str(err)
        got: set[tuple[str, str]] = set()
    else:
        got = set(labels_by_issue(sc, named_only=True)[sc["issues"][0]["id"]].items())
    assert got == expected
