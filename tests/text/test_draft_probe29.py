"""Probe 29: wire passages written before reading the drafter's rules.

Sixty short passages of my own in the way wire reporters tell council decisions (UN
Security Council, General Assembly recorded votes, Council of the EU / European Council,
NATO), each with the stances a careful reader codes on the article's first decision:
(ISO3, label).  An empty set is a near miss (no decision, a speech, a conditional, an idea
nobody tabled).  A decision put off is coded on the proposal (the lead's convention, as
probe28's): who asked for the delay or more time opposes adopting it now, who pressed for it
now supports it.  A decision that refuses something is coded as the reported decision: who
asked for the refusal supports it.
"""

from __future__ import annotations

import pytest
from drafted_labels import (
    EU_27,
    UNSC_2017,
    UNSC_2018,
    UNSC_2019,
    UNSC_2020,
    UNSC_2021,
    UNSC_2023,
    UNSC_2024,
    first_issue_pairs,
    needs_spacy,
    probe_params,
)

pytestmark = needs_spacy

NATO_2022 = {
    "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL",
    "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN",
    "ESP", "TUR", "GBR", "USA",
}  # fmt: skip


def _all(members, label, but=()):
    return {(m, label) for m in members if m not in but}


# (headline, body, date, council, expected)
CASES = [
    # --- UN Security Council (15) ---
    (
        "Divided UN council rolls over South Sudan sanctions",
        (
            "UNITED NATIONS, May 30, 2024 - The Security Council on Thursday extended its arms embargo"
            " and sanctions on South Sudan for another year by nine votes to none. Russia, China,"
            " Algeria, Mozambique, Sierra Leone and Guyana abstained, saying the measures hurt"
            " ordinary people."
        ),
        "2024-05-30",
        "unsc",
        _all(UNSC_2024, "support", but={"RUS", "CHN", "DZA", "MOZ", "SLE", "GUY"})
        | _all({"RUS", "CHN", "DZA", "MOZ", "SLE", "GUY"}, "abstain"),
    ),
    (
        "Washington blocks Gaza truce text for a third time",
        (
            "UNITED NATIONS, Feb 20, 2024 - The United States on Tuesday vetoed an Algerian-drafted"
            " Security Council resolution demanding an immediate humanitarian ceasefire in Gaza."
            " Britain abstained and the remaining 13 members voted yes."
        ),
        "2024-02-20",
        "unsc",
        _all(UNSC_2024, "support", but={"USA", "GBR"}) | {("USA", "oppose"), ("GBR", "abstain")},
    ),
    (
        "Russian text on Gaza fails at Security Council",
        (
            "UNITED NATIONS, Oct 16, 2023 - A Russian draft resolution calling for a ceasefire failed"
            " to pass on Monday, winning only five votes in favour - Russia, China, Gabon, Mozambique"
            " and the United Arab Emirates. Britain, France, Japan and the United States voted"
            " against, and the remaining six members abstained."
        ),
        "2023-10-16",
        "unsc",
        _all({"RUS", "CHN", "GAB", "MOZ", "ARE"}, "support")
        | _all({"GBR", "FRA", "JPN", "USA"}, "oppose")
        | _all({"ALB", "BRA", "ECU", "GHA", "MLT", "CHE"}, "abstain"),
    ),
    (
        "UN council takes up North Korea rights after procedural fight",
        (
            "UNITED NATIONS, Dec 11, 2017 - The Security Council held a meeting on human rights in"
            " North Korea on Monday after a procedural vote in which ten members backed putting the"
            " issue on the agenda. China, Russia and Bolivia voted against holding the session,"
            " while Egypt and Ethiopia abstained."
        ),
        "2017-12-11",
        "unsc",
        _all(UNSC_2017, "support", but={"CHN", "RUS", "BOL", "EGY", "ETH"})
        | _all({"CHN", "RUS", "BOL"}, "oppose")
        | _all({"EGY", "ETH"}, "abstain"),
    ),
    (
        "Moscow kills council statement on shelling of nuclear plant",
        (
            "UNITED NATIONS, Aug 12, 2022 - Russia blocked a Security Council press statement on"
            " Friday that would have voiced alarm at the shelling around a nuclear power plant,"
            " diplomats said. The text, drafted by France and Mexico, needed the agreement of all 15"
            " members."
        ),
        "2022-08-12",
        "unsc",
        {("RUS", "oppose"), ("FRA", "support"), ("MEX", "support")},
    ),
    (
        "Vote on Haiti force pushed back a week",
        (
            "UNITED NATIONS, Sept 29, 2023 - The Security Council put off until next week a vote on"
            " authorising a multinational security force for Haiti, after China asked for more time"
            " to study the text. The United States, which drafted the resolution, had wanted the vote"
            " held on Friday."
        ),
        "2023-09-29",
        "unsc",
        {("CHN", "oppose"), ("USA", "support")},
    ),
    (
        "Security Council meets in emergency session, no statement agreed",
        (
            "UNITED NATIONS, March 6, 2022 - The Security Council met in an emergency session on"
            " Sunday at the request of Ukraine to discuss attacks on civilians. Members traded"
            " accusations for three hours and the meeting ended without any text being proposed."
        ),
        "2022-03-06",
        "unsc",
        set(),
    ),
    (
        "UN council endorses ceasefire plan for Gaza",
        (
            "UNITED NATIONS, June 10, 2024 - The Security Council endorsed a three-phase ceasefire"
            " plan for Gaza on Monday by 14 votes, with Russia abstaining. Cairo, one of the"
            " mediators, welcomed the vote and urged both sides to accept the deal without delay."
        ),
        "2024-06-10",
        "unsc",
        _all(UNSC_2024, "support", but={"RUS"}) | {("RUS", "abstain"), ("EGY", "support")},
    ),
    (
        "UN council unanimously backs monitors for Yemen port",
        (
            "UNITED NATIONS, Dec 21, 2018 - The Security Council unanimously authorised a team of"
            " monitors to oversee the truce in the Yemeni port of Hodeidah on Friday. Washington had"
            " objected to parts of the British draft earlier in the week but voted for the amended"
            " text."
        ),
        "2018-12-21",
        "unsc",
        _all(UNSC_2018, "support"),
    ),
    (
        "Western Sahara mission renewed as two abstain",
        (
            "UNITED NATIONS, Oct 30, 2019 - The Security Council renewed the UN mission in Western"
            " Sahara for a year on Wednesday with 13 votes in favour. Russia and South Africa"
            " abstained; neither voted against, but both said the text did not reflect the views of"
            " the parties."
        ),
        "2019-10-30",
        "unsc",
        _all(UNSC_2019, "support", but={"RUS", "ZAF"}) | _all({"RUS", "ZAF"}, "abstain"),
    ),
    (
        "Security Council authorises Kenya-led force for Haiti",
        (
            "UNITED NATIONS, Oct 2, 2023 - The Security Council on Monday authorised a"
            " Kenyan-led multinational force to help Haiti's police fight gangs. The vote was 13 in"
            " favour, none against, with China and Russia abstaining."
        ),
        "2023-10-02",
        "unsc",
        _all(UNSC_2023, "support", but={"CHN", "RUS"}) | _all({"CHN", "RUS"}, "abstain"),
    ),
    (
        "UN renews Libya arms inspections; split on Syria aid persists",
        (
            "UNITED NATIONS, June 5, 2020 - The Security Council on Friday renewed for a year its"
            " authorisation for ships to be inspected off Libya for smuggled weapons, by 14 votes"
            " with Russia abstaining. In a separate meeting, members failed to agree on how to keep"
            " aid flowing into northwest Syria."
        ),
        "2020-06-05",
        "unsc",
        _all(UNSC_2020, "support", but={"RUS"}) | {("RUS", "abstain")},
    ),
    (
        "Russia vetoes Western draft on Syria gas attack",
        (
            "UNITED NATIONS, April 12, 2017 - Moscow cast its eighth veto on Syria on Wednesday,"
            " sinking a draft put forward by Washington, London and Paris that condemned a chemical"
            " attack. Bolivia also voted no, while China, Ethiopia and Kazakhstan abstained. The"
            " other 10 members backed the text."
        ),
        "2017-04-12",
        "unsc",
        _all(UNSC_2017, "support", but={"RUS", "BOL", "CHN", "ETH", "KAZ"})
        | _all({"RUS", "BOL"}, "oppose")
        | _all({"CHN", "ETH", "KAZ"}, "abstain"),
    ),
    (
        "UN narrowly imposes arms embargo on South Sudan",
        (
            "UNITED NATIONS, July 13, 2018 - A US-drafted resolution imposing an arms embargo on"
            " South Sudan scraped through the Security Council on Friday with the minimum nine votes."
            " Six members abstained: Bolivia, China, Equatorial Guinea, Ethiopia, Kazakhstan and"
            " Russia. Juba's information minister called the embargo 'a betrayal of the peace"
            " process'."
        ),
        "2018-07-13",
        "unsc",
        _all(UNSC_2018, "support", but={"BOL", "CHN", "GNQ", "ETH", "KAZ", "RUS"})
        | _all({"BOL", "CHN", "GNQ", "ETH", "KAZ", "RUS"}, "abstain")
        | {("SSD", "oppose")},
    ),
    (
        "Diplomats eye vote next week on Sudan text",
        (
            "UNITED NATIONS, Nov 8, 2024 - A British draft resolution calling for a halt to fighting"
            " in Sudan could be put to a vote as early as next week, diplomats said on Friday. Russia"
            " has not said whether it would back the text."
        ),
        "2024-11-08",
        "unsc",
        set(),
    ),
    # --- UN General Assembly (10) ---
    (
        "UN assembly votes overwhelmingly to deplore invasion",
        (
            "UNITED NATIONS, March 2, 2022 - The General Assembly on Wednesday demanded that Russia"
            " withdraw its troops from Ukraine by 141 votes to five, with 35 abstentions. Russia,"
            " Belarus, North Korea, Eritrea and Syria voted against. China and India were among the"
            " abstainers."
        ),
        "2022-03-02",
        "unga",
        _all({"RUS", "BLR", "PRK", "ERI", "SYR"}, "oppose") | _all({"CHN", "IND"}, "abstain"),
    ),
    (
        "Russia suspended from UN rights council",
        (
            "UNITED NATIONS, April 7, 2022 - The General Assembly suspended Russia from the Human"
            " Rights Council on Thursday by 93 votes to 24. China and Iran were among those voting"
            " no. Kyiv's foreign minister thanked the states that backed the move, while Moscow"
            " dismissed the vote as illegal."
        ),
        "2022-04-07",
        "unga",
        {("CHN", "oppose"), ("IRN", "oppose"), ("UKR", "support"), ("RUS", "oppose")},
    ),
    (
        "Assembly upgrades Palestinian rights at UN",
        (
            "UNITED NATIONS, May 10, 2024 - The General Assembly voted 143 to 9 on Friday to grant"
            " the Palestinians new rights at the world body. The United States and Israel voted"
            " against, as did Argentina, Hungary and the Czech Republic, while 25 countries"
            " abstained."
        ),
        "2024-05-10",
        "unga",
        _all({"USA", "ISR", "ARG", "HUN", "CZE"}, "oppose"),
    ),
    (
        "UN again condemns US embargo on Cuba",
        (
            "UNITED NATIONS, Nov 2, 2023 - The General Assembly on Thursday called for an end to the"
            " US trade embargo on Cuba for the 31st year running. Only the United States and Israel"
            " voted no, and Ukraine abstained. Cuba's foreign minister, who presented the text, said"
            " the embargo was 'an act of economic war'."
        ),
        "2023-11-02",
        "unga",
        {("USA", "oppose"), ("ISR", "oppose"), ("UKR", "abstain"), ("CUB", "support")},
    ),
    (
        "UN sets day to remember Srebrenica over Serbian protests",
        (
            "UNITED NATIONS, May 23, 2024 - The General Assembly designated July 11 as a day of"
            " remembrance for the Srebrenica genocide on Thursday, by 84 votes to 19 with 68"
            " abstentions. Serbia, which had campaigned against the text, voted no along with"
            " Russia and China. Germany and Rwanda, which drafted it, welcomed the result."
        ),
        "2024-05-23",
        "unga",
        _all({"SRB", "RUS", "CHN"}, "oppose") | _all({"DEU", "RWA"}, "support"),
    ),
    (
        "UN assembly calls for humanitarian truce in Gaza",
        (
            "UNITED NATIONS, Oct 27, 2023 - The General Assembly adopted a Jordanian resolution"
            " calling for a humanitarian truce in Gaza on Friday, by 120 votes to 14. Israel and the"
            " United States voted against, as did Austria and Hungary. Britain and Germany"
            " abstained."
        ),
        "2023-10-27",
        "unga",
        _all({"ISR", "USA", "AUT", "HUN"}, "oppose")
        | _all({"GBR", "DEU"}, "abstain")
        | {("JOR", "support")},
    ),
    (
        "UN assembly declares Crimea vote invalid",
        (
            "UNITED NATIONS, March 27, 2014 - The General Assembly declared Crimea's referendum"
            " invalid on Thursday. One hundred countries voted in favour of the text, drafted by"
            " Ukraine, and eleven voted against, among them Russia, Belarus and Armenia. China was"
            " one of 58 abstentions."
        ),
        "2014-03-27",
        "unga",
        {
            ("UKR", "support"),
            ("RUS", "oppose"),
            ("BLR", "oppose"),
            ("ARM", "oppose"),
            ("CHN", "abstain"),
        },
    ),
    (
        "Brazil's leader opens UN debate with call for council reform",
        (
            "UNITED NATIONS, Sept 19, 2023 - Brazil's president opened the General Assembly's"
            " annual debate on Tuesday with a call to reform the Security Council, saying the body"
            " no longer reflected the world. No text on the question is before the assembly."
        ),
        "2023-09-19",
        "unga",
        set(),
    ),
    (
        "UN assembly will meet whenever a veto is cast",
        (
            "UNITED NATIONS, April 26, 2022 - The General Assembly agreed without a vote on Tuesday"
            " to meet within ten working days whenever a permanent member casts a veto."
            " Liechtenstein, which drafted the text, said it would make vetoes 'cost a political"
            " price'. The United States co-sponsored the measure. Russia did not call for a vote."
        ),
        "2022-04-26",
        "unga",
        {("LIE", "support"), ("USA", "support")},
    ),
    (
        "UN condemns annexation; four states side with Moscow",
        (
            "UNITED NATIONS, Oct 12, 2022 - The General Assembly condemned Russia's annexation of"
            " four Ukrainian regions on Wednesday by 143 votes to 5. Only Syria, Nicaragua, North"
            " Korea and Belarus joined Russia in voting against it."
        ),
        "2022-10-12",
        "unga",
        _all({"SYR", "NIC", "PRK", "BLR", "RUS"}, "oppose"),
    ),
    # --- Council of the EU / European Council (20) ---
    (
        "Orban vetoes EU aid package for Ukraine",
        (
            "BRUSSELS, Dec 15, 2023 - Hungarian Prime Minister Viktor Orban vetoed a 50 billion euro"
            " EU aid package for Ukraine early on Friday. The other 26 leaders backed the plan and"
            " said they would return to it early next year."
        ),
        "2023-12-15",
        "eu-council",
        _all(EU_27, "support", but={"HUN"}) | {("HUN", "oppose")},
    ),
    (
        "Vienna keeps Romania, Bulgaria out of Schengen",
        (
            "BRUSSELS, Dec 8, 2022 - Austria on Thursday blocked Romania and Bulgaria from joining"
            " the Schengen area, citing a surge in irregular migration. Bucharest's foreign ministry"
            " deplored the decision. Interior ministers did approve Croatia's entry at the same"
            " meeting."
        ),
        "2022-12-08",
        "eu-council",
        {("AUT", "oppose"), ("ROU", "support"), ("BGR", "support")},
    ),
    (
        "EU imposes tariffs on Chinese electric cars despite German opposition",
        (
            "BRUSSELS, Oct 4, 2024 - EU governments cleared the way on Friday for duties of up to"
            " 35% on electric cars made in China. Germany, Hungary, Malta, Slovenia and Slovakia"
            " voted against, while France, Italy and Poland were among the ten in favour. Beijing"
            " said it firmly opposed the decision."
        ),
        "2024-10-04",
        "eu-council",
        _all({"DEU", "HUN", "MLT", "SVN", "SVK", "CHN"}, "oppose")
        | _all({"FRA", "ITA", "POL"}, "support"),
    ),
    (
        "Nature law squeaks through after Austrian minister breaks ranks",
        (
            "LUXEMBOURG, June 17, 2024 - The EU's nature restoration law was approved by environment"
            " ministers on Monday after Austria's minister defied her own chancellor to vote for it."
            " Italy, Hungary, the Netherlands, Poland, Finland and Sweden voted against, and Belgium"
            " abstained."
        ),
        "2024-06-17",
        "eu-council",
        {("AUT", "support"), ("BEL", "abstain")}
        | _all({"ITA", "HUN", "NLD", "POL", "FIN", "SWE"}, "oppose"),
    ),
    (
        "EU adopts new Russia sanctions after Berlin lifts hold",
        (
            "BRUSSELS, June 20, 2024 - EU ambassadors agreed a 14th package of sanctions on Russia on"
            " Thursday after Germany dropped its reservations over a clause on subsidiaries abroad."
            " Moscow vowed to retaliate."
        ),
        "2024-06-20",
        "eu-council",
        {("DEU", "support"), ("RUS", "oppose")},
    ),
    (
        "Poland and Hungary block EU summit text on migration",
        (
            "GRANADA, Spain, Oct 6, 2023 - Poland and Hungary refused on Friday to endorse a"
            " paragraph on migration in the declaration of an informal EU summit, forcing the"
            " summit's chair to issue it in his own name."
        ),
        "2023-10-06",
        "eu-council",
        {("POL", "oppose"), ("HUN", "oppose")},
    ),
    (
        "EU ministers talk China at informal meeting",
        (
            "STOCKHOLM, March 9, 2023 - EU foreign ministers discussed relations with China at an"
            " informal meeting in Stockholm on Thursday; no decisions are taken at such gatherings."
            " Sweden's minister said the bloc should review its dependencies."
        ),
        "2023-03-09",
        "eu-council",
        set(),
    ),
    (
        "EU interior ministers strike migration deal",
        (
            "LUXEMBOURG, June 8, 2023 - EU interior ministers agreed on Thursday on new rules to"
            " share the care of migrants. Warsaw and Budapest voted against, and four countries -"
            " Bulgaria, Malta, Lithuania and Slovakia - abstained. Italy, which had hesitated until"
            " the last hour, backed the deal in the end."
        ),
        "2023-06-08",
        "eu-council",
        _all({"POL", "HUN"}, "oppose")
        | _all({"BGR", "MLT", "LTU", "SVK"}, "abstain")
        | {("ITA", "support")},
    ),
    (
        "EU to open membership talks with Ukraine as Orban steps out",
        (
            "BRUSSELS, Dec 14, 2023 - EU leaders decided on Thursday to open accession talks with"
            " Ukraine and Moldova. Hungary's Viktor Orban left the room so the decision could be"
            " taken without him. President Volodymyr Zelenskiy hailed it as 'a victory for"
            " Ukraine'."
        ),
        "2023-12-14",
        "eu-council",
        {("HUN", "abstain"), ("UKR", "support")},
    ),
    (
        "EU gives final nod to AI act",
        (
            "BRUSSELS, May 21, 2024 - Ministers from all 27 EU states unanimously approved the"
            " bloc's artificial intelligence act on Tuesday, the last step before it becomes law."
        ),
        "2024-05-21",
        "eu-council",
        _all(EU_27, "support"),
    ),
    (
        "EU sanctions violent settlers as Budapest relents",
        (
            "LUXEMBOURG, April 15, 2024 - EU foreign ministers imposed sanctions on violent Israeli"
            " settlers on Monday. Hungary, which had blocked the measure for weeks, finally gave its"
            " approval. Israel's foreign minister condemned the move."
        ),
        "2024-04-15",
        "eu-council",
        {("HUN", "support"), ("ISR", "oppose")},
    ),
    (
        "Vote on 2035 car engine ban put off at Berlin's request",
        (
            "BRUSSELS, March 3, 2023 - EU countries postponed indefinitely a final vote on a law to"
            " end sales of new combustion-engine cars in 2035. The vote was put off at the request"
            " of Germany, which wants an exemption for cars running on e-fuels."
        ),
        "2023-03-03",
        "eu-council",
        {("DEU", "oppose")},
    ),
    (
        "EU agrees gas price cap",
        (
            "BRUSSELS, Dec 19, 2022 - EU energy ministers agreed a cap on gas prices on Monday by a"
            " reinforced majority, with Hungary voting against and the Netherlands and Austria"
            " abstaining. Germany, long sceptical of a cap, came round after weeks of talks."
        ),
        "2022-12-19",
        "eu-council",
        {("HUN", "oppose"), ("NLD", "abstain"), ("AUT", "abstain"), ("DEU", "support")},
    ),
    (
        "Ministers back packaging rules over two objections",
        (
            "BRUSSELS, Dec 18, 2023 - EU environment ministers adopted their position on new"
            " packaging rules on Monday. Twenty-three countries voted in favour, Hungary and"
            " Slovakia opposed the text, and two others abstained."
        ),
        "2023-12-18",
        "eu-council",
        {("HUN", "oppose"), ("SVK", "oppose")},
    ),
    (
        "Hungary stops EU statement; Borrell speaks for 26",
        (
            "BRUSSELS, Nov 22, 2024 - Hungary on Friday blocked a joint EU statement on the"
            " International Criminal Court, forcing the bloc's foreign policy chief to issue it on"
            " behalf of the other 26 member states."
        ),
        "2024-11-22",
        "eu-council",
        _all(EU_27, "support", but={"HUN"}) | {("HUN", "oppose")},
    ),
    (
        "EU leaders put off decision on frozen Russian assets",
        (
            "BRUSSELS, Oct 23, 2025 - EU leaders put off until December a decision on using frozen"
            " Russian assets to fund a loan for Ukraine. Belgium, which holds most of the assets,"
            " insisted on the delay until it received legal guarantees."
        ),
        "2025-10-23",
        "eu-council",
        {("BEL", "oppose")},
    ),
    (
        "European Parliament backs new deforestation rules",
        (
            "STRASBOURG, April 19, 2023 - The European Parliament approved a law on Wednesday"
            " banning imports linked to deforestation, by 552 votes to 44. EU governments have yet to"
            " give their final approval."
        ),
        "2023-04-19",
        "eu-council",
        set(),
    ),
    (
        "EU extends tariff-free trade for Ukraine over Polish, Hungarian objections",
        (
            "BRUSSELS, May 22, 2024 - EU ambassadors on Wednesday approved another year of duty-free"
            " access for Ukrainian goods, with Poland and Hungary voting against. A separate decision"
            " on safeguards for grain was put off. Kyiv welcomed the extension."
        ),
        "2024-05-22",
        "eu-council",
        {("POL", "oppose"), ("HUN", "oppose"), ("UKR", "support")},
    ),
    (
        "Slovakia lifts veto, freeing new sanctions on Russia",
        (
            "BRUSSELS, July 18, 2025 - The EU adopted an 18th package of sanctions against Russia"
            " on Friday after Slovakia, which had held it up for weeks over gas supplies, withdrew"
            " its objection. Malta also relented over a price cap on oil."
        ),
        "2025-07-18",
        "eu-council",
        {("SVK", "support"), ("MLT", "support")},
    ),
    (
        "EU votes to end Russian gas imports, overriding Budapest and Bratislava",
        (
            "LUXEMBOURG, Oct 20, 2025 - EU energy ministers approved a ban on imports of Russian gas"
            " from 2028 on Monday, overriding objections from Viktor Orban's Hungary and Robert"
            " Fico's Slovakia, which voted against. Budapest said it would challenge the law in"
            " court."
        ),
        "2025-10-20",
        "eu-council",
        {("HUN", "oppose"), ("SVK", "oppose")},
    ),
    # --- NATO (15) ---
    (
        "NATO invites Finland and Sweden after Turkey drops veto",
        (
            "MADRID, June 29, 2022 - NATO leaders formally invited Finland and Sweden to join the"
            " alliance on Wednesday, after Turkey dropped its objections in a deal struck the night"
            " before. Moscow condemned the expansion as destabilising."
        ),
        "2022-06-29",
        "nato",
        {("FIN", "support"), ("SWE", "support"), ("TUR", "support"), ("RUS", "oppose")},
    ),
    (
        "Hungary holds up NATO-Ukraine meeting",
        (
            "BRUSSELS, Feb 3, 2023 - Budapest has blocked a ministerial meeting of the NATO-Ukraine"
            " Commission, diplomats said on Friday, citing a dispute over the rights of its"
            " minority in Ukraine. Kyiv had asked for the meeting to be held this month."
        ),
        "2023-02-03",
        "nato",
        {("HUN", "oppose"), ("UKR", "support")},
    ),
    (
        "NATO stops short of giving Ukraine a membership timeline",
        (
            "VILNIUS, July 11, 2023 - NATO leaders said on Tuesday Ukraine would be invited to join"
            " 'when allies agree and conditions are met', declining to set a timeline. The United"
            " States and Germany resisted a date, while Poland, Lithuania and Estonia had pressed for"
            " one. Zelenskiy called the lack of a timeline 'absurd'."
        ),
        "2023-07-11",
        "nato",
        _all({"USA", "DEU"}, "support") | _all({"POL", "LTU", "EST", "UKR"}, "oppose"),
    ),
    (
        "NATO defence chiefs hold informal talks",
        (
            "BRUSSELS, Feb 14, 2024 - NATO defence ministers met informally on Wednesday to take"
            " stock of support for Ukraine; no decisions were on the table. Spain's minister said"
            " Madrid was raising its spending."
        ),
        "2024-02-14",
        "nato",
        set(),
    ),
    (
        "NATO allies agree 5% defence spending goal",
        (
            "THE HAGUE, June 25, 2025 - NATO leaders agreed on Wednesday to raise their defence"
            " spending target to 5% of economic output by 2035. Poland, which already spends more"
            " than 4%, had pushed hard for the goal. Spain's Pedro Sanchez said his country would"
            " not meet it."
        ),
        "2025-06-25",
        "nato",
        {("POL", "support"), ("ESP", "oppose")},
    ),
    (
        "NATO holds Article 4 talks after drones cross into Poland",
        (
            "BRUSSELS, Sept 10, 2025 - NATO ambassadors held consultations under Article 4 of the"
            " alliance's treaty on Wednesday at the request of Poland, after Russian drones entered"
            " its airspace. Moscow denied it had targeted Polish territory."
        ),
        "2025-09-10",
        "nato",
        # the consultations a state asked for are the decision it backs, as the seen 21-21's
        # gold codes Poland's Article 4 request (support); test_draft_joined_the_others' "The
        # allies held consultations at the request of Poland." now reads the same (amend30)
        {("POL", "support")},
    ),
    (
        "NATO launches eastern air mission; Denmark pledges jets",
        (
            "BRUSSELS, Sept 12, 2025 - NATO launched a new mission on Friday to guard its eastern"
            " flank against drones. Denmark pledged two F-16 fighters to the operation. Russia's"
            " foreign ministry called the move a provocation."
        ),
        "2025-09-12",
        "nato",
        {("DNK", "support"), ("RUS", "oppose")},
    ),
    (
        "Hungary's parliament clears Sweden's NATO entry",
        (
            "BUDAPEST, Feb 26, 2024 - Hungary became the last NATO member to ratify Sweden's"
            " accession on Monday, with lawmakers voting 188 to 6. Stockholm welcomed the vote as a"
            " historic day."
        ),
        "2024-02-26",
        "nato",
        {("HUN", "support"), ("SWE", "support")},
    ),
    (
        "NATO calls Ukraine's path to membership 'irreversible'",
        (
            "WASHINGTON, July 10, 2024 - Allied leaders declared on Wednesday that Ukraine was on an"
            " 'irreversible' path to NATO membership. Germany and the United States, which had"
            " resisted the word in earlier drafts, agreed to it. Kyiv welcomed the language."
        ),
        "2024-07-10",
        "nato",
        {("DEU", "support"), ("USA", "support"), ("UKR", "support")},
    ),
    (
        "Hungary will stay out of NATO's Ukraine mission but not block it",
        (
            "BRUSSELS, June 14, 2024 - NATO defence ministers approved a plan on Friday for the"
            " alliance to coordinate arms deliveries to Ukraine. Hungary will not take part in the"
            " mission but will not block it, Prime Minister Viktor Orban said."
        ),
        "2024-06-14",
        "nato",
        {("HUN", "abstain")},
    ),
    (
        "Polish president floats nuclear sharing",
        (
            "WARSAW, Oct 5, 2022 - Poland's president said on Wednesday his country would like to"
            " host nuclear weapons under NATO's sharing arrangements. No ally has formally proposed"
            " the idea."
        ),
        "2022-10-05",
        "nato",
        set(),
    ),
    (
        "Turkey lifts hold on NATO plans for Baltic defence",
        (
            "BRUSSELS, July 2, 2020 - Turkey lifted its objection to NATO's defence plans for Poland"
            " and the Baltic states on Thursday, allowing allies to approve them after months of"
            " delay."
        ),
        "2020-07-02",
        "nato",
        {("TUR", "support")},
    ),
    (
        "NATO statement goes out as Hungary holds back",
        (
            "BRUSSELS, Nov 30, 2022 - Twenty-nine of NATO's 30 allies backed a statement on Wednesday"
            " condemning attacks on Ukraine's power grid. Only Hungary held out."
        ),
        "2022-11-30",
        "nato",
        _all(NATO_2022, "support", but={"HUN"}) | {("HUN", "oppose")},
    ),
    (
        "NATO denies Ukraine and Georgia a membership plan",
        (
            "BUCHAREST, April 3, 2008 - NATO leaders decided on Thursday not to offer Ukraine and"
            " Georgia a Membership Action Plan, after Germany and France argued it was too soon. The"
            " United States had pushed for both countries to get one."
        ),
        "2008-04-03",
        "nato",
        _all({"DEU", "FRA"}, "support") | _all({"USA", "UKR", "GEO"}, "oppose"),
    ),
    (
        "China rejects NATO summit charge over Russia",
        (
            "WASHINGTON, July 11, 2024 - NATO leaders branded China a 'decisive enabler' of Russia's"
            " war in a declaration adopted on Wednesday. Beijing rejected the charge on Thursday,"
            " accusing the alliance of stoking confrontation."
        ),
        "2024-07-11",
        "nato",
        {("CHN", "oppose")},
    ),
]


def test_sixty_cases() -> None:
    bodies = [c[3] for c in CASES]
    assert [bodies.count(b) for b in ("unsc", "unga", "eu-council", "nato")] == [15, 10, 20, 15]


def drafted_pairs(headline: str, body: str, date: str, council: str) -> set[tuple[str, str]]:
    """(actor, label) of every stance drafted on the article's first issue, those assumed
    from a count included; none when no state is recognised."""
    return first_issue_pairs(headline, body, date, council, named_only=False)


# Probe passages still drafted wrong, by open class (strict: a fix shows as a pass to unmark).
OPEN = {
    6: "a meeting held at a state's request that is told to end with no text: the requester "
    "is read as backing the meeting, as for Article 4 consultations (21-21's gold, case 50); "
    "'ended without any text being proposed' unread (spurious; debatable)",
    13: "'scraped through with the minimum nine votes' (the nine missed)",
    26: "'blocked A and B from joining': the states kept out back their entry (B missed)",
    28: "a minister who 'defied her own chancellor to vote for it' (missed)",
    45: "states invited to join, their invitation the decision (applicants missed)",
    46: "'Kyiv had asked for the meeting' that another state blocked (missed)",
    47: "a timeline declined: those who resisted it read against the timeline, not for the "
    "decision told (inverted under the decision reading; debatable)",
    49: "refusing to meet a target ('said his country would not meet it') (missed, as "
    "probe28's 48)",
    57: "'Only Hungary held out' after 'Twenty-nine of 30 backed': drafted abstain, coded "
    "oppose (debatable)",
    58: "a decision not to offer a plan: who argued it was too soon, who pushed for it (missed)",
}


@pytest.mark.parametrize(
    "case",
    probe_params(CASES, OPEN),
)
def test_probe29(case: tuple) -> None:
    headline, body, date, council, expected = case
    assert drafted_pairs(headline, body, date, council) == expected


# The classes fixed after the probe, on sentences of their own with near misses.


def _first_issue(text: str, body: str, date: str) -> set[tuple[str, str]]:
    return drafted_pairs("Council decision", text, date, body)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a block told as history in a relative clause ("which had blocked it for weeks") is
        # overtaken by the clause's news (the approval): "the move" condemned after it is the
        # decision, not the block (probe29 case 35, inverted)
        (
            (
                "BRUSSELS, March 4, 2024 - EU ministers imposed an asset freeze on ten militia"
                " leaders. Slovakia, which had blocked the listing for a month, finally agreed"
                " to it. Serbia's president condemned the move."
            ),
            {("SVK", "support"), ("SRB", "oppose")},
        ),
        (
            (
                "BRUSSELS, March 4, 2024 - EU ministers adopted a trade package. Poland, which"
                " had long vetoed the text, dropped its objection. Tunisia welcomed the step."
            ),
            {("POL", "support"), ("TUN", "support")},
        ),
        # near miss: a block that is the sentence's own news still answers "the move"
        (
            (
                "BRUSSELS, March 4, 2024 - Slovakia blocked the draft sanctions package on"
                " Monday. Serbia's president welcomed the move."
            ),
            {("SVK", "oppose"), ("SRB", "oppose")},
        ),
    ],
)
def test_a_block_overtaken_is_not_what_is_condemned(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2024-03-04") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "blocked A and B from joining ...": the decision told is the block; a reaction to
        # "the decision" is a reaction to that block (probe29 case 26, inverted for Romania)
        (
            (
                "BRUSSELS, Dec 8, 2022 - The Netherlands on Thursday blocked Bulgaria from"
                " joining the euro area. Sofia's government deplored the decision."
            ),
            {("NLD", "oppose"), ("BGR", "support")},
        ),
        (
            (
                "BRUSSELS, Dec 8, 2022 - Austria blocked Croatia from entering the passport-free"
                " zone. Slovenia's prime minister criticised the decision."
            ),
            {("AUT", "oppose"), ("SVN", "support")},
        ),
        # near miss: an adopted decision, not a block; deploring it is against it
        (
            (
                "BRUSSELS, Dec 8, 2022 - EU ministers admitted Croatia to the passport-free"
                " zone. Serbia's government deplored the decision."
            ),
            {("SRB", "oppose")},
        ),
    ],
)
def test_deploring_a_block_of_entry_is_for_the_entry(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2022-12-08") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "by 14 votes, with Russia abstaining": the votes for it, the verb far before "by"
        # (probe29 cases 07 and 11, the fourteen missed)
        (
            (
                "UNITED NATIONS, Aug 30, 2021 - The Security Council renewed the mission in"
                " Mali on Monday by 14 votes, with Russia abstaining."
            ),
            _all(UNSC_2021, "support", but={"RUS"}) | {("RUS", "abstain")},
        ),
        (
            (
                "UNITED NATIONS, Aug 30, 2021 - The council extended the sanctions regime for"
                " another year by thirteen votes with China and Russia abstaining."
            ),
            _all(UNSC_2021, "support", but={"RUS", "CHN"}) | _all({"RUS", "CHN"}, "abstain"),
        ),
        # near miss: a margin ("passed by two votes") is not the votes for it
        (
            (
                "UNITED NATIONS, Aug 30, 2021 - The council's procedural motion passed by two"
                " votes. India abstained."
            ),
            {("IND", "abstain")},
        ),
    ],
)
def test_by_n_votes_with_abstentions_counts_the_yes(text: str, expected: set) -> None:
    assert _first_issue(text, "unsc", "2021-08-30") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statement issued "on behalf of the other 26 member states" after one state
        # blocked it: the 26 back it (probe29 case 39, the 26 missed)
        (
            (
                "BRUSSELS, May 18, 2021 - Hungary blocked a joint EU call for a ceasefire on"
                " Tuesday, so the foreign policy chief issued it on behalf of the other 26"
                " member states."
            ),
            _all(EU_27, "support", but={"HUN"}) | {("HUN", "oppose")},
        ),
        # near miss: on behalf of a group with no number
        (
            (
                "BRUSSELS, May 18, 2021 - Hungary blocked a joint EU call for a ceasefire on"
                " Tuesday. The foreign policy chief spoke on behalf of the member states that"
                " backed it."
            ),
            {("HUN", "oppose")},
        ),
    ],
)
def test_on_behalf_of_the_other_n_is_their_support(text: str, expected: set) -> None:
    assert _first_issue(text, "eu-council", "2021-05-18") == expected
