"""Probe 28: wire passages written before reading the drafter's rules.

Sixty short passages in the way wire reporters tell council decisions (UN Security
Council, General Assembly recorded votes, Council of the EU / European Council, NATO),
each with the stances a careful reader codes on the article's first decision:
(ISO3, label).  An empty set is a near miss (a question, a conditional, history, a
view of something else).  A decision put off or blocked is coded on the proposal, whose
status quo is no decision (the lead's convention, as 25-13's gold and
``concilium.text.outcome``): who wanted it put off, asked for more time or insisted on
waiting opposes adopting it now; who pressed for the decision now supports it.  A decision
that rejects something is coded as the reported decision.
"""

from __future__ import annotations

import pytest
from drafted_labels import (
    UNSC_2016,
    UNSC_2017,
    UNSC_2020,
    UNSC_2022,
    first_issue_pairs,
    needs_spacy,
    probe_params,
)

pytestmark = needs_spacy

EU_2023 = {
    "AUT",
    "BEL",
    "BGR",
    "HRV",
    "CYP",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "IRL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MLT",
    "NLD",
    "POL",
    "PRT",
    "ROU",
    "SVK",
    "SVN",
    "ESP",
    "SWE",
}


def _all(members, label, but=()):
    return {(m, label) for m in members if m not in but}


# (headline, body, date, council, expected)
CASES = [
    # --- UN Security Council (15) ---
    (
        "UN council keeps peacekeepers in Mali for another year",
        (
            "NEW YORK, June 28, 2018 - The Security Council on Thursday renewed the peacekeeping"
            " mission in Mali for a year. Bamako's foreign minister welcomed the vote as 'a sign"
            " that the world has not forgotten us.'"
        ),
        "2018-06-28",
        "unsc",
        {("MLI", "support")},
    ),
    (
        "Security Council slaps toughest sanctions yet on North Korea",
        (
            "UNITED NATIONS, March 2, 2016 - The Security Council unanimously imposed sweeping new"
            " sanctions on North Korea on Wednesday. Pyongyang's envoy dismissed the measures as"
            " 'a criminal act' and vowed his country would never give up its deterrent."
        ),
        "2016-03-02",
        "unsc",
        _all(UNSC_2016, "support") | {("PRK", "oppose")},
    ),
    (
        "Russia vetoes UN resolution deploring its invasion",
        (
            "UNITED NATIONS, Feb 25, 2022 - Russia on Friday vetoed a Security Council resolution"
            " that would have deplored its invasion of Ukraine. China, India and the United Arab"
            " Emirates abstained, while the other eleven members voted in favour."
        ),
        "2022-02-25",
        "unsc",
        _all(UNSC_2022, "support", but={"RUS", "CHN", "IND", "ARE"})
        | {("RUS", "oppose"), ("CHN", "abstain"), ("IND", "abstain"), ("ARE", "abstain")},
    ),
    (
        "UN council demands halt to settlements as US abstains",
        (
            "UNITED NATIONS, Dec 23, 2016 - The Security Council on Friday demanded an end to"
            " Israeli settlement building. The measure passed 14-0, with the United States"
            " abstaining. Prime Minister Benjamin Netanyahu said Israel 'will not abide by its"
            " terms'."
        ),
        "2016-12-23",
        "unsc",
        _all(UNSC_2016, "support", but={"USA"}) | {("USA", "abstain"), ("ISR", "oppose")},
    ),
    (
        "UN extends Lebanon force",
        (
            "UNITED NATIONS, Aug 30, 2018 - The Security Council on Thursday extended the UN force"
            " in southern Lebanon for another year. Rome, which provides one of the mission's"
            " largest contingents, has already pledged to keep its 1,100 troops in place."
        ),
        "2018-08-30",
        "unsc",
        {("ITA", "support")},
    ),
    (
        "Security Council delays Sudan vote",
        (
            "UNITED NATIONS, Nov 14, 2023 - The Security Council on Tuesday put off a vote on a"
            " draft calling for a ceasefire in Sudan, after Moscow asked for more time to study"
            " the text. Britain, which drafted the measure, had pushed for a vote this week."
        ),
        "2023-11-14",
        "unsc",
        {("RUS", "oppose"), ("GBR", "support")},
    ),
    (
        "Council rejects Russian bid to condemn Syria strikes",
        (
            "UNITED NATIONS, April 14, 2018 - The Security Council on Saturday rejected a Russian"
            " draft resolution condemning air strikes on Syria, with only China and Bolivia"
            " joining Moscow in voting for it. Eight members voted against and four abstained."
        ),
        "2018-04-14",
        "unsc",
        {("RUS", "support"), ("CHN", "support"), ("BOL", "support")},
    ),
    (
        "UN council reaffirms Charter under Vietnam's presidency",
        (
            "UNITED NATIONS, Jan 9, 2020 - The Security Council adopted a presidential statement"
            " on Thursday reaffirming the principles of the UN Charter, a text pushed by Vietnam,"
            " which holds the rotating presidency this month."
        ),
        "2020-01-09",
        "unsc",
        {("VNM", "support")},
    ),
    (
        "UN renews Libya mission; Russia, China abstain",
        (
            "UNITED NATIONS, Sept 15, 2020 - The Security Council renewed the UN political"
            " mission in Libya on Tuesday. Russia and China, which had tried to water down a"
            " passage on foreign fighters, abstained, and the other 13 members voted in favour."
        ),
        "2020-09-15",
        "unsc",
        _all(UNSC_2020, "support", but={"RUS", "CHN"}) | {("RUS", "abstain"), ("CHN", "abstain")},
    ),
    (
        "Eritrea defiant as UN tightens sanctions",
        (
            "UNITED NATIONS, Dec 5, 2011 - The Security Council tightened sanctions on Eritrea on"
            " Monday. Asmara's information minister said the council could 'do what it likes',"
            " adding that Eritrea would not be bullied."
        ),
        "2011-12-05",
        "unsc",
        {("ERI", "oppose")},
    ),
    (
        "UN extends Haiti mission by six months",
        (
            "UNITED NATIONS, April 10, 2018 - The Security Council on Tuesday extended the UN"
            " mission in Haiti by six months. Asked whether Haiti would seek another extension"
            " next year, its ambassador said it was too early to say."
        ),
        "2018-04-10",
        "unsc",
        set(),
    ),
    (
        "UN authorises inspections of ships off Libya",
        (
            "UNITED NATIONS, June 14, 2016 - The Security Council on Tuesday authorised European"
            " naval forces to inspect ships off Libya suspected of breaching an arms embargo."
            " Tripoli's government said it would cooperate if the inspections respected Libyan"
            " sovereignty."
        ),
        "2016-06-14",
        "unsc",
        set(),
    ),
    (
        "UN renews Yemen sanctions",
        (
            "UNITED NATIONS, Feb 24, 2016 - The Security Council on Wednesday renewed its"
            " sanctions on Yemen for a year. Russia, which abstained on a similar measure last"
            " year, joined the other 14 members in backing it this time."
        ),
        "2016-02-24",
        "unsc",
        _all(UNSC_2016, "support"),
    ),
    (
        "US vetoes UN draft on Jerusalem",
        (
            "UNITED NATIONS, Dec 18, 2017 - Fourteen members of the Security Council voted on"
            " Monday for a draft rejecting any change to Jerusalem's status, but the Americans"
            " vetoed it. The Egyptian-drafted text drew support from all of Washington's closest"
            " allies on the council."
        ),
        "2017-12-18",
        "unsc",
        _all(UNSC_2017, "support", but={"USA"}) | {("USA", "oppose")},
    ),
    (
        "Russia, China veto U.S. resolution on Venezuela",
        (
            "UNITED NATIONS, Feb 28, 2019 - The Security Council rejected rival American and"
            " Russian resolutions on Venezuela on Thursday, with Russia and China vetoing the"
            " American text and the Russian one failing to win enough votes."
        ),
        "2019-02-28",
        "unsc",
        {("USA", "support"), ("RUS", "oppose"), ("CHN", "oppose")},
    ),
    # --- UN General Assembly (10) ---
    (
        "UN Assembly demands Russia withdraw from Ukraine",
        (
            "UNITED NATIONS, March 2, 2022 - The General Assembly voted 141-5 on Wednesday to"
            " demand that Russia withdraw from Ukraine, with 35 abstentions. Belarus, Eritrea,"
            " North Korea and Syria joined Moscow in voting no, while China and India abstained."
        ),
        "2022-03-02",
        "unga",
        {
            ("RUS", "oppose"),
            ("BLR", "oppose"),
            ("ERI", "oppose"),
            ("PRK", "oppose"),
            ("SYR", "oppose"),
            ("CHN", "abstain"),
            ("IND", "abstain"),
        },
    ),
    (
        "UN calls for end to Cuba embargo for 28th year",
        (
            "UNITED NATIONS, Nov 7, 2019 - The General Assembly on Thursday called for an end to"
            " the US embargo on Cuba by 187 votes to 3. Brazil sided with the United States and"
            " Israel against the resolution, while Colombia and Ukraine abstained. Havana's"
            " foreign minister hailed the vote as 'a victory of truth'."
        ),
        "2019-11-07",
        "unga",
        {
            ("USA", "oppose"),
            ("ISR", "oppose"),
            ("BRA", "oppose"),
            ("COL", "abstain"),
            ("UKR", "abstain"),
            ("CUB", "support"),
        },
    ),
    (
        "UN rebukes Trump over Jerusalem",
        (
            "UNITED NATIONS, Dec 21, 2017 - The General Assembly declared the US decision on"
            " Jerusalem 'null and void' on Thursday by 128 votes to 9. President Donald Trump had"
            " threatened to cut aid to countries that backed the measure, and his envoy Nikki"
            " Haley said Washington would 'remember this day'."
        ),
        "2017-12-21",
        "unga",
        {("USA", "oppose")},
    ),
    (
        "UN Assembly adopts Myanmar rights text",
        (
            "UNITED NATIONS, Dec 27, 2019 - The General Assembly on Friday adopted a resolution on"
            " human rights in Myanmar. Beijing's envoy told the chamber the text 'interferes in"
            " internal affairs', and China voted against it along with Russia."
        ),
        "2019-12-27",
        "unga",
        {("CHN", "oppose"), ("RUS", "oppose")},
    ),
    (
        "General Assembly elects five to Security Council",
        (
            "UNITED NATIONS, June 11, 2021 - The General Assembly on Friday elected five new"
            " members to the Security Council. Mexico's ambassador said his country would use the"
            " seat to push for curbs on the veto in cases of mass atrocities."
        ),
        "2021-06-11",
        "unga",
        set(),
    ),
    (
        "UN suspends Russia from rights council",
        (
            "UNITED NATIONS, April 7, 2022 - The General Assembly voted on Thursday to suspend"
            " Russia from the Human Rights Council, 93 to 24 with 58 abstentions. The Chinese"
            " voted against, while Brazil, India and Mexico were among those abstaining."
        ),
        "2022-04-07",
        "unga",
        {("CHN", "oppose"), ("BRA", "abstain"), ("IND", "abstain"), ("MEX", "abstain")},
    ),
    (
        "UN condemns Russian annexation bid",
        (
            "UNITED NATIONS, Oct 12, 2022 - The General Assembly condemned Russia's 'attempted"
            " illegal annexation' of four Ukrainian regions on Wednesday by 143 votes to 5."
            " Kyiv's foreign minister Dmytro Kuleba thanked 'every nation that stood with us',"
            " while Nicaragua joined Russia, Belarus, North Korea and Syria in voting no."
        ),
        "2022-10-12",
        "unga",
        {
            ("UKR", "support"),
            ("NIC", "oppose"),
            ("RUS", "oppose"),
            ("BLR", "oppose"),
            ("PRK", "oppose"),
            ("SYR", "oppose"),
        },
    ),
    (
        "UN approves 2021 budget over US objections",
        (
            "UNITED NATIONS, Dec 31, 2020 - The General Assembly approved the United Nations'"
            " budget for 2021 on Thursday. Washington had urged member states to postpone the vote"
            " until costs were cut, and voted against it."
        ),
        "2020-12-31",
        "unga",
        {("USA", "oppose")},
    ),
    (
        "UN adopts Palestine resolutions",
        (
            "UNITED NATIONS, Nov 30, 2018 - The General Assembly adopted two resolutions on"
            " Palestine on Friday, one on refugees and one on Jerusalem, with Israel and the United"
            " States voting against both."
        ),
        "2018-11-30",
        "unga",
        {("ISR", "oppose"), ("USA", "oppose")},
    ),
    (
        "UN Assembly approves plastic pollution text",
        (
            "UNITED NATIONS, Dec 9, 2019 - The General Assembly approved a resolution on ocean"
            " plastic on Monday. Indonesia, which is drafting a separate text on fisheries, said"
            " it would decide later whether to join that effort."
        ),
        "2019-12-09",
        "unga",
        set(),
    ),
    # --- Council of the EU / European Council (20) ---
    (
        "EU leaders back social rights pledge in Porto",
        (
            "PORTO, May 8, 2021 - EU leaders meeting in Porto endorsed a social rights pledge on"
            " Saturday, a declaration the Portuguese presidency had made its priority."
        ),
        "2021-05-08",
        "eu-council",
        {("PRT", "support")},
    ),
    (
        "EU leaders agree deeper emissions cut",
        (
            "BRUSSELS, Dec 11, 2020 - EU leaders agreed early on Friday to cut greenhouse gas"
            " emissions by at least 55 percent by 2030 after an all-night summit. Polish Prime"
            " Minister Mateusz Morawiecki dropped his objections after securing guarantees of"
            " funds for coal regions."
        ),
        "2020-12-11",
        "eu-council",
        {("POL", "support")},
    ),
    (
        "EU to fund weapons for Ukraine",
        (
            "BRUSSELS, Feb 27, 2022 - EU foreign ministers agreed on Sunday to finance weapons for"
            " Ukraine's army for the first time. Berlin has already sent 1,000 anti-tank weapons"
            " and said more would follow."
        ),
        "2022-02-27",
        "eu-council",
        {("DEU", "support")},
    ),
    (
        "EU rolls over Russia sanctions",
        (
            "BRUSSELS, June 17, 2016 - EU governments extended economic sanctions on Russia for"
            " six months on Friday. The Kremlin called the move 'counterproductive' and warned of"
            " retaliation."
        ),
        "2016-06-17",
        "eu-council",
        {("RUS", "oppose")},
    ),
    (
        "EU ministers push through refugee quotas",
        (
            "BRUSSELS, Sept 22, 2015 - EU interior ministers approved a plan to relocate 120,000"
            " asylum seekers on Tuesday, outvoting the Czech Republic, Hungary, Romania and"
            " Slovakia. Finland abstained."
        ),
        "2015-09-22",
        "eu-council",
        {
            ("CZE", "oppose"),
            ("HUN", "oppose"),
            ("ROU", "oppose"),
            ("SVK", "oppose"),
            ("FIN", "abstain"),
        },
    ),
    (
        "EU leaders seal recovery fund deal",
        (
            "BRUSSELS, July 21, 2020 - EU leaders agreed on Tuesday on a 750-billion-euro recovery"
            " fund after four days of haggling. The 'frugal four' - the Netherlands, Austria,"
            " Sweden and Denmark - dropped their resistance in exchange for bigger rebates."
        ),
        "2020-07-21",
        "eu-council",
        {("NLD", "support"), ("AUT", "support"), ("SWE", "support"), ("DNK", "support")},
    ),
    (
        "Four states block EU climate neutrality goal",
        (
            "BRUSSELS, June 20, 2019 - EU leaders failed on Thursday to agree on a goal of"
            " climate neutrality by 2050 after Poland, Hungary, the Czech Republic and Estonia"
            " blocked it."
        ),
        "2019-06-20",
        "eu-council",
        {("POL", "oppose"), ("HUN", "oppose"), ("CZE", "oppose"), ("EST", "oppose")},
    ),
    (
        "EU delays Balkan membership talks",
        (
            "BRUSSELS, Oct 18, 2019 - EU leaders put off on Friday a decision on opening"
            " membership talks with North Macedonia and Albania, after France insisted the"
            " process be reformed first. Germany and Italy had pressed for the talks to start now."
        ),
        "2019-10-18",
        "eu-council",
        {("FRA", "oppose"), ("DEU", "support"), ("ITA", "support")},
    ),
    (
        "EU agrees to draw up Turkey measures over Cyprus drilling",
        (
            "BRUSSELS, July 15, 2019 - EU foreign ministers on Monday agreed to cut funds and"
            " suspend high-level talks with Turkey over its drilling off Cyprus. Ankara's foreign"
            " ministry said the decision 'has no value for us' and vowed to press on."
        ),
        "2019-07-15",
        "eu-council",
        {("TUR", "oppose")},
    ),
    (
        "EU leaders agree million-shell plan",
        (
            "BRUSSELS, March 23, 2023 - EU leaders agreed on Thursday to supply Ukraine with one"
            " million artillery shells within a year. 'This is what solidarity looks like,' said"
            " Estonian Prime Minister Kaja Kallas, whose country first proposed the joint"
            " purchase."
        ),
        "2023-03-23",
        "eu-council",
        {("EST", "support")},
    ),
    (
        "EU adopts new Russia sanctions package",
        (
            "BRUSSELS, Feb 21, 2024 - EU governments approved a 13th package of sanctions on"
            " Russia on Wednesday. The Baltic trio, which had pushed for tougher measures, said"
            " the package did not go far enough but voted for it."
        ),
        "2024-02-21",
        "eu-council",
        {("EST", "support"), ("LVA", "support"), ("LTU", "support")},
    ),
    (
        "EU ministers back 2035 end to combustion-engine cars",
        (
            "LUXEMBOURG, June 29, 2022 - EU environment ministers backed a ban on sales of new"
            " petrol and diesel cars from 2035 on Tuesday. Italy, Portugal, Slovakia, Bulgaria and"
            " Romania had sought to push the ban back to 2040."
        ),
        "2022-06-29",
        "eu-council",
        {
            ("ITA", "oppose"),
            ("PRT", "oppose"),
            ("SVK", "oppose"),
            ("BGR", "oppose"),
            ("ROU", "oppose"),
        },
    ),
    (
        "EU grants protection to Ukrainian refugees",
        (
            "BRUSSELS, March 3, 2022 - EU governments agreed on Thursday to grant temporary"
            " protection to Ukrainians fleeing the war. Poland, which has already taken in more"
            " than half a million refugees, had pressed for the move."
        ),
        "2022-03-03",
        "eu-council",
        {("POL", "support")},
    ),
    (
        "EU drops Cayman Islands from tax blacklist",
        (
            "BRUSSELS, Oct 6, 2020 - EU finance ministers agreed on Tuesday to drop the Cayman"
            " Islands from their blacklist of tax havens. Germany had proposed a tougher test for"
            " removals last year, an idea the ministers set aside."
        ),
        "2020-10-06",
        "eu-council",
        set(),
    ),
    (
        "EU opens accession talks with Ukraine as Orban steps out",
        (
            "BRUSSELS, Dec 14, 2023 - EU leaders agreed on Thursday to open accession talks with"
            " Ukraine and Moldova. Hungarian Prime Minister Viktor Orban, who had vowed to block"
            " the move, left the room so the other 26 leaders could agree it unanimously."
        ),
        "2023-12-14",
        "eu-council",
        _all(EU_2023, "support", but={"HUN"}) | {("HUN", "abstain")},
    ),
    (
        "EU approves migration pact",
        (
            "BRUSSELS, May 14, 2024 - EU ministers approved the bloc's new migration pact by"
            " qualified majority on Tuesday. Will Poland apply it? Warsaw's interior minister said"
            " only that the government would 'study the text'."
        ),
        "2024-05-14",
        "eu-council",
        set(),
    ),
    (
        "EU leaders agree to start work on defence fund",
        (
            "BRUSSELS, June 22, 2017 - EU leaders agreed on Thursday to start work on a joint"
            " defence fund. Dutch Prime Minister Mark Rutte said the Netherlands could back it if"
            " the money came from existing budgets."
        ),
        "2017-06-22",
        "eu-council",
        set(),
    ),
    (
        "EU adopts minimum wage law",
        (
            "LUXEMBOURG, Oct 4, 2022 - EU ministers gave final approval on Tuesday to a law on"
            " adequate minimum wages. Copenhagen and Stockholm, whose wages are set by collective"
            " bargaining, voted against it, while Hungary abstained."
        ),
        "2022-10-04",
        "eu-council",
        {("DNK", "oppose"), ("SWE", "oppose"), ("HUN", "abstain")},
    ),
    (
        "EU extends Russia sanctions, adds names",
        (
            "BRUSSELS, March 13, 2023 - EU governments on Monday extended their sanctions on"
            " Russian individuals by six months and added 20 officials to the list, with Budapest"
            " backing the extension after winning the removal of three names."
        ),
        "2023-03-13",
        "eu-council",
        {("HUN", "support")},
    ),
    (
        "EU leaders sign Sibiu declaration",
        (
            "SIBIU, Romania, May 9, 2019 - EU leaders signed a declaration on the bloc's future on"
            " Thursday at a summit in this Transylvanian city. Romanian President Klaus Iohannis,"
            " the summit's host, called the text 'a message of unity'."
        ),
        "2019-05-09",
        "eu-council",
        {("ROU", "support")},
    ),
    # --- NATO (15) ---
    (
        "NATO to send ships to Aegean",
        (
            "BRUSSELS, Feb 11, 2016 - NATO defence ministers agreed on Thursday to send ships to"
            " the Aegean Sea to help stem people smuggling. Germany, Greece and Turkey had asked"
            " for the mission."
        ),
        "2016-02-11",
        "nato",
        {("DEU", "support"), ("GRC", "support"), ("TUR", "support")},
    ),
    (
        "NATO agrees eastern battalions",
        (
            "WARSAW, July 8, 2016 - NATO leaders agreed on Friday to deploy four battalions to"
            " Poland and the Baltic states. President Andrzej Duda, the summit's host, hailed the"
            " decision as historic, while Moscow's envoy to the alliance called it 'a direct"
            " threat'."
        ),
        "2016-07-08",
        "nato",
        {("POL", "support"), ("RUS", "oppose")},
    ),
    (
        "NATO boosts Baltic air policing",
        (
            "BRUSSELS, April 16, 2014 - NATO allies agreed on Wednesday to boost air policing over"
            " the Baltic states. Denmark has already sent four F-16s to Lithuania, and Britain"
            " will send Typhoons next month."
        ),
        "2014-04-16",
        "nato",
        {("DNK", "support"), ("GBR", "support")},
    ),
    (
        "NATO sets five percent target",
        (
            "THE HAGUE, June 25, 2025 - NATO leaders agreed on Wednesday to raise the alliance's"
            " defence spending target to five percent of economic output. Spanish Prime Minister"
            " Pedro Sanchez said Spain would not meet it, calling the goal 'unreasonable'."
        ),
        "2025-06-25",
        "nato",
        {("ESP", "oppose")},
    ),
    (
        "Turkey blocks start of Nordic NATO talks",
        (
            "BRUSSELS, May 18, 2022 - NATO failed on Wednesday to begin membership talks with"
            " Finland and Sweden after Turkey blocked the move, citing the two countries' support"
            " for Kurdish militants."
        ),
        "2022-05-18",
        "nato",
        {("TUR", "oppose")},
    ),
    (
        "NATO says Ukraine will be invited 'when conditions are met'",
        (
            "VILNIUS, July 11, 2023 - NATO leaders said on Tuesday Ukraine would be invited to"
            " join 'when allies agree and conditions are met'. Lithuanian President Gitanas"
            " Nauseda, the summit's host, said he was 'satisfied'. Ukrainian President Volodymyr"
            " Zelenskiy called the absence of a timeline 'absurd'."
        ),
        "2023-07-11",
        "nato",
        {("LTU", "support"), ("UKR", "oppose")},
    ),
    (
        "NATO declares space an operational domain",
        (
            "BRUSSELS, Nov 20, 2019 - NATO foreign ministers agreed on Wednesday to declare space"
            " an operational domain. The Americans had pressed for the move for months."
        ),
        "2019-11-20",
        "nato",
        {("USA", "support")},
    ),
    (
        "NATO names China a challenge",
        (
            "BRUSSELS, June 14, 2021 - NATO leaders approved a communique on Monday naming China"
            " a security challenge for the first time. France and Germany had sought to soften"
            " the language, warning against a new cold war."
        ),
        "2021-06-14",
        "nato",
        {("FRA", "oppose"), ("DEU", "oppose")},
    ),
    (
        "Allies sign North Macedonia accession protocol",
        (
            "BRUSSELS, Feb 6, 2019 - NATO allies signed an accession protocol with North Macedonia"
            " on Wednesday. Greece, which had blocked the country's entry for a decade, was the"
            " first to ratify it."
        ),
        "2019-02-06",
        "nato",
        {("GRC", "support")},
    ),
    (
        "NATO to set up Atlantic command",
        (
            "BRUSSELS, Feb 15, 2018 - NATO defence ministers agreed on Thursday to set up a new"
            " command for the Atlantic. Asked whether Portugal would host it, the Portuguese"
            " minister said no decision had been taken."
        ),
        "2018-02-15",
        "nato",
        set(),
    ),
    (
        "NATO strengthens eastern flank",
        (
            "MADRID, June 28, 2022 - NATO leaders agreed on Tuesday to strengthen the alliance's"
            " eastern flank. Hungary would support sending more troops only if none were stationed"
            " on its soil, its foreign minister said."
        ),
        "2022-06-28",
        "nato",
        set(),
    ),
    (
        "NATO approves defence plans after Turkey relents",
        (
            "BRUSSELS, Oct 22, 2020 - NATO defence ministers approved new plans for defending"
            " Europe on Thursday and agreed to set up a space centre, with Turkey lifting its hold"
            " on the plans after weeks of delay."
        ),
        "2020-10-22",
        "nato",
        {("TUR", "support")},
    ),
    (
        "NATO to station more battlegroups in east",
        (
            "BRUSSELS, March 24, 2022 - NATO leaders agreed on Thursday to station new"
            " battlegroups in Slovakia, Hungary, Bulgaria and Romania. The Visegrad countries"
            " welcomed the move, saying it 'closes the gap' on the eastern flank."
        ),
        "2022-03-24",
        "nato",
        {("CZE", "support"), ("HUN", "support"), ("POL", "support"), ("SVK", "support")},
    ),
    (
        "NATO invites Montenegro to join",
        (
            "BRUSSELS, Dec 2, 2015 - NATO foreign ministers invited Montenegro to join the"
            " alliance on Wednesday. Montenegro's prime minister hailed the invitation as"
            " historic, while the Kremlin's spokesman called it 'a confrontational step'."
        ),
        "2015-12-02",
        "nato",
        {("MNE", "support"), ("RUS", "oppose")},
    ),
    (
        "NATO puts off Bosnia membership plan",
        (
            "BRUSSELS, Dec 5, 2018 - NATO foreign ministers put off on Wednesday a decision on"
            " activating Bosnia's membership action plan, after Britain and the Netherlands said"
            " reforms had stalled. Croatia had pushed for the plan to be activated now."
        ),
        "2018-12-05",
        "nato",
        {("GBR", "oppose"), ("NLD", "oppose"), ("HRV", "support")},
    ),
]


def test_sixty_cases() -> None:
    bodies = [c[3] for c in CASES]
    assert [bodies.count(b) for b in ("unsc", "unga", "eu-council", "nato")] == [15, 10, 20, 15]


def drafted_pairs(headline: str, body: str, date: str, council: str) -> set[tuple[str, str]]:
    """(actor, label) of every stance drafted on the article's first issue, those assumed
    from a count included (a careful reader codes "the other 13 voted in favour"); none when
    no state is recognised."""
    return first_issue_pairs(headline, body, date, council, named_only=False)


# Probe passages still drafted wrong, by open class (strict: a fix shows as a pass to unmark).
OPEN = {
    9: "an outside state's defiance in a quote ('could do what it likes') (missed)",
    17: "a threat to punish the text's backers ('threatened to cut aid to countries that "
    "backed the measure') (missed)",
    19: "'push for' a different object (curbs on the veto) after an election (spurious)",
    27: "support by deed ('Berlin has already sent 1,000 anti-tank weapons') (missed)",
    43: "'with Budapest backing the extension after winning ...' (missed)",
    44: "the summit host's praise in a quote ('called the text a message of unity') (missed)",
    46: "an outside state's envoy calling it 'a direct threat' after another clause (missed)",
    47: "support by deed ('has already sent four F-16s', 'will send Typhoons') (missed)",
    48: "refusing to meet a target ('would not meet it, calling the goal unreasonable') (missed)",
    50: "an outside state's criticism of what a decision lacks ('called the absence of a "
    "timeline absurd') (missed)",
    58: "'called it a confrontational step' with 'it' the invitation of the clause before "
    "(missed for an outside state)",
}


@pytest.mark.parametrize(
    "case",
    probe_params(CASES, OPEN),
)
def test_probe28(case: tuple) -> None:
    headline, body, date, council, expected = case
    assert drafted_pairs(headline, body, date, council) == expected


# The classes fixed after the probe, on sentences of their own with near misses.


def _first_issue(text: str, body: str, date: str) -> set[tuple[str, str]]:
    return drafted_pairs("Council decision", text, date, body)


@pytest.mark.parametrize(
    "text, expected",
    [
        # talks with a state that the decision suspends are a measure against it: its
        # comment on the decision is defiance, not the wish of a state seeking entry
        (
            (
                "BRUSSELS, July 15, 2019 - EU ministers agreed to suspend talks with Turkey."
                " Ankara said the decision 'has no value for us'."
            ),
            {("TUR", "oppose")},
        ),
        (
            (
                "BRUSSELS, July 15, 2019 - EU ministers agreed to freeze high-level talks with"
                " Serbia. Belgrade's foreign ministry said the decision would change nothing."
            ),
            {("SRB", "oppose")},
        ),
        # near misses: talks opened with a state are its entry
        (
            (
                "BRUSSELS, July 15, 2019 - EU ministers agreed to open talks with Serbia."
                " Belgrade's foreign ministry said the decision rewarded years of reform."
            ),
            {("SRB", "support")},
        ),
        (
            "BRUSSELS, July 15, 2019 - EU ministers agreed to suspend talks with Turkey.",
            set(),
        ),
    ],
)
def test_suspended_talks_are_against_the_state(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2019-07-15") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # asking for what the decision sets up is wanting it
        (
            (
                "BRUSSELS, Feb 11, 2016 - NATO ministers agreed to send ships to the Aegean."
                " Germany and Greece had asked for the mission."
            ),
            {("DEU", "support"), ("GRC", "support")},
        ),
        (
            (
                "BRUSSELS, Feb 11, 2016 - NATO ministers agreed to send ships to the Aegean."
                " Turkey asked for the move last month."
            ),
            {("TUR", "support")},
        ),
        # near misses: asking for a delay, for talks or for time is no stance
        (
            (
                "BRUSSELS, Feb 11, 2016 - NATO ministers agreed to send ships to the Aegean."
                " Germany had asked for a delay."
            ),
            set(),
        ),
        (
            (
                "BRUSSELS, Feb 11, 2016 - NATO ministers agreed to send ships to the Aegean."
                " Greece asked for more time to study the mission."
            ),
            set(),
        ),
    ],
)
def test_asking_for_the_mission_is_support(text: str, expected: set) -> None:
    assert _first_issue(text, "nato", "2016-02-11") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a leader stepping out of the summit room so the others can agree: staying out
        (
            (
                "BRUSSELS, Dec 14, 2023 - EU leaders agreed to open accession talks with Moldova."
                " Hungary's Viktor Orban left the room so that the other leaders could agree it."
            ),
            {("HUN", "abstain")},
        ),
        # near misses: not leaving, leaving room for something, or leaving with no word of
        # the others deciding (left as no stance)
        (
            (
                "BRUSSELS, Dec 14, 2023 - EU leaders agreed to open accession talks with Moldova."
                " Hungary's Viktor Orban left the room before the decision."
            ),
            set(),
        ),
        (
            (
                "BRUSSELS, Dec 14, 2023 - EU leaders agreed to open accession talks with Moldova."
                " Hungary's Viktor Orban did not leave the room."
            ),
            set(),
        ),
        (
            (
                "BRUSSELS, Dec 14, 2023 - EU leaders agreed to open accession talks with Moldova."
                " Hungary's Viktor Orban left room for a compromise."
            ),
            set(),
        ),
    ],
)
def test_leaving_the_room_is_staying_out(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2023-12-14") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # seeking to delay or weaken what was decided without that change is against it
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers backed a ban on new petrol cars from 2035."
                " Italy and Bulgaria had sought to push the ban back to 2040."
            ),
            {("ITA", "oppose"), ("BGR", "oppose")},
        ),
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers backed a ban on new petrol cars from 2035."
                " Slovakia had tried to water down the ban."
            ),
            {("SVK", "oppose")},
        ),
        # near misses: the decision is itself the delay; talks are no decision; a negated
        # or hypothetical attempt; a vote for it told after the attempt wins
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers agreed to delay the ban on new petrol cars"
                " to 2040. Italy had sought to delay the ban."
            ),
            set(),
        ),
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers backed a ban on new petrol cars from 2035."
                " Italy had sought to delay the talks."
            ),
            set(),
        ),
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers backed a ban on new petrol cars from 2035."
                " Italy had not sought to delay the ban."
            ),
            set(),
        ),
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers backed a ban on new petrol cars from 2035."
                " Italy would have sought to delay the ban if it could."
            ),
            set(),
        ),
        (
            (
                "LUXEMBOURG, June 29, 2022 - EU ministers adopted the text on Tuesday. Poland wanted"
                " to soften the text, but voted for it."
            ),
            {("POL", "support")},
        ),
    ],
)
def test_seeking_to_delay_or_weaken_is_against(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2022-06-29") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # making the decision a priority is wanting it
        (
            (
                "PORTO, May 8, 2021 - EU leaders endorsed a pledge on social rights, a declaration"
                " the Portuguese presidency had made its priority."
            ),
            {("PRT", "support")},
        ),
        (
            (
                "PORTO, May 8, 2021 - EU leaders endorsed a pledge on social rights. Portugal made"
                " the pledge the priority of its presidency."
            ),
            {("PRT", "support")},
        ),
        # near misses: another priority, or a negated one
        (
            (
                "PORTO, May 8, 2021 - EU leaders endorsed a pledge on social rights. Portugal has"
                " not made the pledge a priority."
            ),
            set(),
        ),
        (
            (
                "PORTO, May 8, 2021 - EU leaders endorsed a pledge on social rights. Portugal made"
                " fighting poverty its priority."
            ),
            set(),
        ),
    ],
)
def test_making_it_a_priority_is_support(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2021-05-08") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a state proposed, summed up as an idea the deciders set aside, is not the
        # decision: no stance
        (
            (
                "BRUSSELS, Oct 6, 2020 - EU ministers agreed to drop Panama from their blacklist."
                " France had proposed a stricter test, an idea the ministers set aside."
            ),
            set(),
        ),
        (
            (
                "BRUSSELS, Oct 6, 2020 - EU ministers agreed to drop Panama from their blacklist."
                " Spain backed a levy on banks, a plan that the others shelved."
            ),
            set(),
        ),
        # near misses: an idea adopted, or not shelved, stays the backer's support
        (
            (
                "BRUSSELS, Oct 6, 2020 - EU ministers agreed to a levy on banks. Spain backed the"
                " levy, an idea the ministers adopted."
            ),
            {("ESP", "support")},
        ),
        (
            (
                "BRUSSELS, Oct 6, 2020 - EU ministers agreed to a levy on banks. Spain backed the"
                " levy, a proposal the ministers did not shelve."
            ),
            {("ESP", "support")},
        ),
    ],
)
def test_an_idea_set_aside_is_no_stance(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2020-10-06") == expected
