"""Probe 30: wire passages written before reading the drafter's rules.

Sixty short passages of my own in wire style (15 UN Security Council, 10 General Assembly,
20 Council of the EU / European Council, 15 NATO), each with the stances a careful reader
codes on the passage's first decision: (ISO3, label).  An empty set is a near miss (a
meeting with nothing decided, a speech, a plan still to be discussed).  A body's members are
coded all together only where the text says so ("unanimously", "all 27", "the other 26", a
count that leaves no one out); otherwise only the states named.  A decision that rejects
something is coded as the reported decision.  A decision put off is coded on the proposal, the
convention chosen after this probe was written (9942e8e, as probe28's and probe29's): who asked
for the delay or more time opposes adopting it now, who pressed for it supports it; passages 13,
29 and 51, first coded the other way, were re-derived by hand under it.
"""

from __future__ import annotations

import pytest
from drafted_labels import (
    EU_27,
    UNSC_2014,
    UNSC_2016,
    UNSC_2021,
    UNSC_2022,
    UNSC_2023,
    UNSC_2024,
    first_issue_pairs,
    needs_spacy,
    probe_params,
)

pytestmark = needs_spacy

NATO_2019 = {
    "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL",
    "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "TUR", "GBR", "USA",
}  # fmt: skip
NATO_2023 = NATO_2019 | {"MKD", "FIN"}
NATO_1949 = {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"}


def _all(members, label, but=()):
    return {(m, label) for m in members if m not in but}


# (headline, body, date, council, expected)
CASES = [
    # --- UN Security Council (15) ---
    # 0: adopted unanimously (passive) after a holdout gave way
    (
        "Syria aid lifeline renewed after Moscow relents",
        (
            "UNITED NATIONS, July 9, 2021 - A resolution keeping the last border crossing for UN"
            " aid into north-west Syria open for another year was adopted unanimously by the"
            " Security Council on Friday. Russia had threatened to let the crossing close but"
            " dropped its objection after last-minute talks with Washington."
        ),
        "2021-07-09",
        "unsc",
        _all(UNSC_2021, "support"),
    ),
    # 1: a veto, the supporters as a count and the abstainers named
    (
        "Moscow vetoes council text on annexed Ukrainian regions",
        (
            "UNITED NATIONS, Sept 30, 2022 - Russia on Friday cast its veto against a Security"
            " Council draft that would have declared its annexation of four Ukrainian regions"
            " illegal. Ten council members voted for the text, put forward by the United States"
            " and Albania. China, India, Brazil and Gabon abstained."
        ),
        "2022-09-30",
        "unsc",
        _all(UNSC_2022, "support", but={"RUS", "CHN", "IND", "BRA", "GAB"})
        | {("RUS", "oppose")}
        | _all({"CHN", "IND", "BRA", "GAB"}, "abstain"),
    ),
    # 2: one abstention lets a text pass; an outside state rejects it
    (
        "US abstention lets settlement resolution through",
        (
            "UNITED NATIONS, Dec 23, 2016 - The Security Council demanded an end to Israeli"
            " settlement building on Friday after the United States declined to use its veto and"
            " abstained. The other 14 members voted in favour, to applause in the chamber."
            " Israel's prime minister said his government would not abide by the resolution."
        ),
        "2016-12-23",
        "unsc",
        _all(UNSC_2016, "support", but={"USA"}) | {("USA", "abstain"), ("ISR", "oppose")},
    ),
    # 3: veto with a count in digits
    (
        "Russia alone blocks UN text on Crimea vote",
        (
            "UNITED NATIONS, March 15, 2014 - Russia vetoed a US-drafted Security Council"
            " resolution on Saturday that declared Sunday's referendum in Crimea invalid. The"
            " vote was 13 in favour and one against, with China abstaining."
        ),
        "2014-03-15",
        "unsc",
        _all(UNSC_2014, "support", but={"RUS", "CHN"}) | {("RUS", "oppose"), ("CHN", "abstain")},
    ),
    # 4: a procedural vote is the decision told
    (
        "North Korea rights record put on council agenda",
        (
            "UNITED NATIONS, Dec 22, 2014 - The Security Council voted 11-2 on Monday, with two"
            " abstentions, to place human rights in North Korea on its formal agenda. China and"
            " Russia voted no in the procedural vote, which cannot be vetoed. Chad and Nigeria"
            " abstained."
        ),
        "2014-12-22",
        "unsc",
        _all(UNSC_2014, "support", but={"CHN", "RUS", "TCD", "NGA"})
        | _all({"CHN", "RUS"}, "oppose")
        | _all({"TCD", "NGA"}, "abstain"),
    ),
    # 5: a draft withdrawn before a vote under a veto threat
    (
        "France shelves Aleppo draft in face of Russian veto threat",
        (
            "UNITED NATIONS, Dec 12, 2016 - France withdrew its draft resolution on monitoring"
            " evacuations from eastern Aleppo on Monday before it was put to a vote. Russia's"
            " ambassador had told reporters his country would veto the text in its current form."
        ),
        "2016-12-12",
        "unsc",
        {("FRA", "support"), ("RUS", "oppose")},
    ),
    # 6: an informal meeting, speeches only: nothing decided
    (
        "Council members hear from Sahel experts in informal session",
        (
            "UNITED NATIONS, Nov 4, 2021 - Security Council members heard from aid workers and"
            " researchers on the Sahel at an informal meeting on Thursday. Norway and Niger"
            " co-hosted the session. No text was circulated and diplomats said none was planned."
        ),
        "2021-11-04",
        "unsc",
        set(),
    ),
    # 7: two decisions in one passage; the lead's one has abstentions
    (
        "Council renews Libya panel, extends Yemen mission",
        (
            "UNITED NATIONS, Feb 11, 2021 - The Security Council renewed the mandate of its Libya"
            " sanctions experts on Thursday by 13 votes, with Russia and China abstaining. In a"
            " separate vote minutes later it unanimously extended its monitoring mission in the"
            " Yemeni port of Hodeidah."
        ),
        "2021-02-11",
        "unsc",
        _all(UNSC_2021, "support", but={"RUS", "CHN"}) | _all({"RUS", "CHN"}, "abstain"),
    ),
    # 8: a veto plus a no vote; an abstainer who had been expected to vote no
    (
        "Climate security text falls to Russian veto",
        (
            "UNITED NATIONS, Dec 13, 2021 - Russia vetoed a draft resolution on Monday that would"
            " have treated climate change as a threat to international security. India also voted"
            " against, arguing the council was the wrong forum. China, which diplomats had"
            " expected to vote no, abstained, while the other 12 members voted yes."
        ),
        "2021-12-13",
        "unsc",
        _all(UNSC_2021, "support", but={"RUS", "IND", "CHN"})
        | _all({"RUS", "IND"}, "oppose")
        | {("CHN", "abstain")},
    ),
    # 9: an older decision (1990), the states named, outside states reacting
    (
        "Council authorises force against Iraq",
        (
            "UNITED NATIONS, Nov 29, 1990 - The Security Council on Thursday authorised member"
            " states to use 'all necessary means' to drive Iraq out of Kuwait unless it withdraws"
            " by January 15. Cuba and Yemen voted against the resolution and China abstained."
            " Iraq's envoy called the vote a declaration of war; Kuwait's ambassador thanked"
            " the council."
        ),
        "1990-11-29",
        "unsc",
        _all({"CUB", "YEM", "IRQ"}, "oppose") | {("CHN", "abstain"), ("KWT", "support")},
    ),
    # 10: a press statement blocked in a consensus body
    (
        "Beijing blocks council statement on Myanmar coup",
        (
            "UNITED NATIONS, Feb 2, 2021 - China blocked a Security Council statement condemning"
            " the military takeover in Myanmar on Tuesday, diplomats said. Britain, which drafted"
            " the statement, said it would keep trying; such statements need the backing of all"
            " 15 members."
        ),
        "2021-02-02",
        "unsc",
        {("CHN", "oppose"), ("GBR", "support")},
    ),
    # 11: a count in words
    (
        "US veto sinks Brazilian call for Gaza pauses",
        (
            "UNITED NATIONS, Oct 18, 2023 - A Brazilian draft calling for humanitarian pauses in"
            " Gaza failed on Wednesday when the United States voted against it. Twelve members"
            " voted in favour, while Russia and Britain abstained."
        ),
        "2023-10-18",
        "unsc",
        _all(UNSC_2023, "support", but={"USA", "RUS", "GBR"})
        | {("USA", "oppose")}
        | _all({"RUS", "GBR"}, "abstain"),
    ),
    # 12: the sponsors as a group; an outside state's protest
    (
        "Council finally demands Gaza ceasefire as Washington abstains",
        (
            "UNITED NATIONS, March 25, 2024 - The Security Council demanded an immediate"
            " ceasefire in Gaza on Monday, adopting a text from its ten elected members by 14"
            " votes to none after the United States abstained. Israel called off a delegation's"
            " visit to Washington in protest."
        ),
        "2024-03-25",
        "unsc",
        _all(UNSC_2024, "support", but={"USA"}) | {("USA", "abstain"), ("ISR", "oppose")},
    ),
    # 13: a vote put off at a member's request, the author objecting
    (
        "Gaza vote delayed again at US request",
        (
            "UNITED NATIONS, Feb 16, 2024 - A Security Council vote on an Algerian ceasefire text"
            " was postponed until next week at the request of the United States, which said it"
            " needed more time for talks on the ground. Algeria said further delay was"
            " unacceptable."
        ),
        "2024-02-16",
        "unsc",
        {("USA", "oppose"), ("DZA", "support")},
    ),
    # 14: a voting list
    (
        "US text on Ukraine war passes without European votes",
        (
            "UNITED NATIONS, Feb 24, 2025 - The Security Council adopted a short US resolution"
            " calling for a swift end to the war in Ukraine. In favour (10): Algeria, China,"
            " Guyana, Pakistan, Panama, Republic of Korea, Russian Federation, Sierra Leone,"
            " Somalia, United States. Abstaining (5): Denmark, France, Greece, Slovenia, United"
            " Kingdom."
        ),
        "2025-02-24",
        "unsc",
        _all({"DZA", "CHN", "GUY", "PAK", "PAN", "KOR", "RUS", "SLE", "SOM", "USA"}, "support")
        | _all({"DNK", "FRA", "GRC", "SVN", "GBR"}, "abstain"),
    ),
    # --- UN General Assembly (10) ---
    # 15: a recorded vote, the no votes named, two of the abstainers named, the author
    (
        "General Assembly demands Russia leave Ukraine",
        (
            "UNITED NATIONS, March 2, 2022 - The General Assembly demanded on Wednesday that"
            " Russia withdraw its forces from Ukraine, by 141 votes to five with 35 abstentions."
            " Russia, Belarus, North Korea, Eritrea and Syria voted no. China and India were among"
            " those abstaining. Ukraine, which drafted the text with its allies, thanked"
            " the assembly."
        ),
        "2022-03-02",
        "unga",
        _all({"RUS", "BLR", "PRK", "ERI", "SYR"}, "oppose")
        | _all({"CHN", "IND"}, "abstain")
        | {("UKR", "support")},
    ),
    # 16: an older decision (1971)
    (
        "Assembly seats Beijing, expels Taipei",
        (
            "UNITED NATIONS, Oct 25, 1971 - The General Assembly voted 76 to 35, with 17"
            " abstentions, on Monday night to give China's seat to the government in Peking."
            " Albania tabled the resolution. Britain and France voted in favour; the United"
            " States and Japan, which had fought to keep the Nationalists in, voted against."
        ),
        "1971-10-25",
        "unga",
        _all({"ALB", "GBR", "FRA"}, "support") | _all({"USA", "JPN"}, "oppose"),
    ),
    # 17: a procedural motion rejected before the main vote.  Relabelled after the first run
    # (my slip, not the drafter's): first coded Russia "oppose" (against the rejection), but
    # the vote is on Russia's own motion, which it backed; the README's labels ("oppose":
    # voted against, rejected) and probe29's failed Russian draft (Russia "support") code a
    # text voted down on the text, its mover for it
    (
        "Assembly rejects Russian bid for secret ballot",
        (
            "UNITED NATIONS, Oct 10, 2022 - The General Assembly on Monday rejected a Russian"
            " motion to hold a secret ballot on a draft condemning Moscow's annexation of four"
            " Ukrainian regions. The vote was 107 to 13 with 39 abstentions; China abstained."
        ),
        "2022-10-10",
        "unga",
        {("RUS", "support"), ("CHN", "abstain")},
    ),
    # 18: the yearly embargo vote, two against, one abstaining, the author
    (
        "Cuba embargo condemned for 31st year",
        (
            "UNITED NATIONS, Nov 2, 2023 - For the 31st year running, the General Assembly called"
            " on Thursday for an end to the US embargo on Cuba. Only the United States and Israel"
            " voted against the Cuban-drafted resolution, which received 187 votes. Ukraine"
            " abstained."
        ),
        "2023-11-02",
        "unga",
        _all({"USA", "ISR"}, "oppose") | {("UKR", "abstain"), ("CUB", "support")},
    ),
    # 19: speeches in the general debate: nothing decided
    (
        "Leaders press for council reform as UN debate opens",
        (
            "UNITED NATIONS, Sept 19, 2023 - Brazil's president opened the General Assembly's"
            " annual debate on Tuesday with a call to enlarge the Security Council. Kenya's"
            " president said Africa's voice must be heard, and the US president said Washington"
            " was open to more permanent seats."
        ),
        "2023-09-19",
        "unga",
        set(),
    ),
    # 20: an older decision (1983), authors and no votes named
    (
        "Assembly deplores Grenada invasion",
        (
            "UNITED NATIONS, Nov 2, 1983 - The General Assembly 'deeply deplored' the armed"
            " intervention in Grenada on Wednesday by 108 votes to 9, with 27 abstentions. The"
            " resolution was tabled by Nicaragua and Zimbabwe. The United States, which led the"
            " invasion, voted against, as did Israel and El Salvador."
        ),
        "1983-11-02",
        "unga",
        _all({"NIC", "ZWE"}, "support") | _all({"USA", "ISR", "SLV"}, "oppose"),
    ),
    # 21: capitals for states
    (
        "Assembly marks invasion anniversary with peace call",
        (
            "UNITED NATIONS, Feb 23, 2023 - A year after the invasion, the General Assembly called"
            " for a just and lasting peace in Ukraine by 141 votes to seven. Moscow, Minsk and"
            " Pyongyang were among the seven no votes, while Beijing and New Delhi abstained."
        ),
        "2023-02-23",
        "unga",
        _all({"RUS", "BLR", "PRK"}, "oppose") | _all({"CHN", "IND"}, "abstain"),
    ),
    # 22: a negation ("did not back ... abstained") and a welcome
    (
        "Russia suspended from UN rights council",
        (
            "UNITED NATIONS, April 7, 2022 - The General Assembly suspended Russia from the Human"
            " Rights Council on Thursday by 93 votes to 24, with 58 abstentions. China voted"
            " against. Brazil did not back the move, abstaining along with India and Mexico."
            " Ukraine's foreign minister welcomed the result."
        ),
        "2022-04-07",
        "unga",
        _all({"RUS", "CHN"}, "oppose")
        | _all({"BRA", "IND", "MEX"}, "abstain")
        | {("UKR", "support")},
    ),
    # 23: a count in words, a list of no votes with "among"
    (
        "Record support for death penalty moratorium",
        (
            "UNITED NATIONS, Dec 17, 2024 - One hundred and thirty states voted for a"
            " moratorium on the death penalty at the General Assembly on Tuesday, with thirty-two"
            " against and twenty-two abstaining. The United States, China, Iran and Saudi Arabia"
            " were among those voting against."
        ),
        "2024-12-17",
        "unga",
        _all({"USA", "CHN", "IRN", "SAU"}, "oppose"),
    ),
    # 24: authors, no votes, a state that wavered and then voted yes
    (
        "Assembly sets day to remember Srebrenica",
        (
            "UNITED NATIONS, May 23, 2024 - The General Assembly designated July 11 as a day of"
            " remembrance for the 1995 Srebrenica genocide by 84 votes to 19. Germany and Rwanda"
            " drafted the text. Serbia and Hungary voted against it. Montenegro, which had"
            " wavered and proposed amendments, in the end voted in favour."
        ),
        "2024-05-23",
        "unga",
        _all({"DEU", "RWA", "MNE"}, "support") | _all({"SRB", "HUN"}, "oppose"),
    ),
    # --- Council of the EU / European Council (20) ---
    # 25: a leader leaves the room; "the other 26" agree
    (
        "EU opens door to Ukraine talks as Orban steps out",
        (
            "BRUSSELS, Dec 14, 2023 - The European Council decided on Thursday to open accession"
            " talks with Ukraine. Hungary's prime minister, who called it a bad decision, left the"
            " room so the other 26 leaders could agree without him."
        ),
        "2023-12-14",
        "eu-council",
        _all(EU_27, "support", but={"HUN"}) | {("HUN", "oppose")},
    ),
    # 26: a qualified-majority vote, some named; an outside state threatens
    (
        "EU countries clear duties on Chinese electric cars",
        (
            "BRUSSELS, Oct 4, 2024 - EU governments on Friday let extra tariffs on Chinese-made"
            " electric cars go ahead. France, Italy and Poland were among ten states in favour,"
            " while Germany and Hungary were among five that voted against and Spain abstained."
            " Beijing said it would take all necessary measures to protect its firms."
        ),
        "2024-10-04",
        "eu-council",
        _all({"FRA", "ITA", "POL"}, "support")
        | _all({"DEU", "HUN", "CHN"}, "oppose")
        | {("ESP", "abstain")},
    ),
    # 27: a holdout turned supporter; no, abstaining and "all the others"
    (
        "EU seals end of new combustion-engine cars after Berlin deal",
        (
            "BRUSSELS, March 28, 2023 - EU energy ministers gave final approval on Tuesday to a"
            " ban on selling new CO2-emitting cars from 2035. Germany, which had held up the law"
            " for weeks, voted for it after winning a role for e-fuels. Poland voted against,"
            " Italy, Bulgaria and Romania abstained, and all the other states voted yes."
        ),
        "2023-03-28",
        "eu-council",
        _all(EU_27, "support", but={"POL", "ITA", "BGR", "ROU"})
        | {("POL", "oppose")}
        | _all({"ITA", "BGR", "ROU"}, "abstain"),
    ),
    # 28: a blocked decision in a unanimity body; "the other 26"
    (
        "Cyprus holds Belarus sanctions hostage over Turkey",
        (
            "BRUSSELS, Sept 21, 2020 - Cyprus blocked sanctions on Belarusian officials at a"
            " meeting of EU foreign ministers on Monday, insisting the bloc first act against"
            " Turkish gas drilling. The other 26 governments were ready to approve the list."
        ),
        "2020-09-21",
        "eu-council",
        _all(EU_27, "support", but={"CYP"}) | {("CYP", "oppose")},
    ),
    # 29: a decision deferred to a later summit at one state's insistence
    (
        "Frozen assets decision pushed to December",
        (
            "BRUSSELS, Oct 23, 2025 - EU leaders postponed until their December summit a decision"
            " on lending Ukraine money backed by frozen Russian assets, after Belgium insisted on"
            " legal guarantees first."
        ),
        "2025-10-23",
        "eu-council",
        {("BEL", "oppose")},
    ),
    # 30: an older decision (1984), leaders' names for their states
    (
        "Fontainebleau deal ends budget row",
        (
            "FONTAINEBLEAU, June 26, 1984 - European Community leaders agreed on Tuesday to refund"
            " part of Britain's budget payments, ending a five-year quarrel. Margaret Thatcher,"
            " who had held up every budget deal since 1979, accepted the rebate, and the summit's"
            " host, Francois Mitterrand, hailed a relaunch of Europe."
        ),
        "1984-06-26",
        "eu-council",
        _all({"GBR", "FRA"}, "support"),
    ),
    # 31: two decisions: a unanimous one first, a second one over a state's objection
    (
        "Warsaw's recovery plan cleared, Budapest's money stays frozen",
        (
            "BRUSSELS, June 17, 2022 - EU finance ministers unanimously approved Poland's"
            " pandemic recovery plan on Friday. In a separate decision they kept recovery funds"
            " for Hungary on hold, over Budapest's objections."
        ),
        "2022-06-17",
        "eu-council",
        _all(EU_27, "support"),
    ),
    # 32: a voting list (against, abstaining) and the rest
    (
        "Interior ministers strike migration deal",
        (
            "LUXEMBOURG, June 8, 2023 - EU interior ministers agreed on Thursday on new rules for"
            " sharing responsibility for asylum seekers. Voting against: Hungary, Poland."
            " Abstaining: Bulgaria, Lithuania, Malta, Slovakia. The remaining 21 states voted in"
            " favour."
        ),
        "2023-06-08",
        "eu-council",
        _all(EU_27, "support", but={"HUN", "POL", "BGR", "LTU", "MLT", "SVK"})
        | _all({"HUN", "POL"}, "oppose")
        | _all({"BGR", "LTU", "MLT", "SVK"}, "abstain"),
    ),
    # 33: an informal meeting, no decision by design
    (
        "EU defence ministers talk drones in Toledo",
        (
            "TOLEDO, Aug 30, 2023 - EU defence ministers met informally in Toledo on Wednesday."
            " No decisions are taken at such gatherings. Estonia's minister said Europe had to"
            " produce more ammunition, and Spain's minister spoke about the Sahel."
        ),
        "2023-08-30",
        "eu-council",
        set(),
    ),
    # 34: unanimous sanctions; the target state's reaction
    (
        "EU widens Iran sanctions over drone supplies",
        (
            "BRUSSELS, Oct 20, 2022 - EU foreign ministers unanimously agreed on Thursday to"
            " sanction three Iranian officers and a company over drones sent to Russia. Tehran"
            " condemned the measures as unjustified and vowed to respond."
        ),
        "2022-10-20",
        "eu-council",
        _all(EU_27, "support") | {("IRN", "oppose")},
    ),
    # 35: a veto lifted; a state that had raised concerns went along
    (
        "EU adopts new Russia sanctions after Slovakia lifts veto",
        (
            "BRUSSELS, July 18, 2025 - EU ambassadors approved an 18th package of sanctions on"
            " Russia on Friday after Slovakia dropped its veto, having won assurances on gas."
            " Malta, which had raised concerns over an oil price cap, also agreed."
        ),
        "2025-07-18",
        "eu-council",
        _all({"SVK", "MLT"}, "support"),
    ),
    # 36: a proposal still to be discussed, hedged remarks: nothing decided
    (
        "EU to weigh new tariffs on Russian fertiliser next month",
        (
            "BRUSSELS, Jan 20, 2025 - EU ministers will discuss next month whether to ask the"
            " Commission for tariffs on Russian fertiliser. Spain's minister said talks could be"
            " difficult and that it was too early to say how they would end."
        ),
        "2025-01-20",
        "eu-council",
        set(),
    ),
    # 37: a quoted refusal, two applicants kept out
    (
        "Austria keeps Romania and Bulgaria out of Schengen",
        (
            "BRUSSELS, Dec 8, 2022 - Austria blocked Romania and Bulgaria from joining the"
            " Schengen free-travel zone on Thursday. 'It would be wrong to expand a system that"
            " does not work,' Austria's interior minister told reporters. The Netherlands also"
            " voted against Bulgaria's entry."
        ),
        "2022-12-08",
        "eu-council",
        _all({"AUT", "NLD"}, "oppose") | _all({"ROU", "BGR"}, "support"),
    ),
    # 38: a count in words, the no votes and abstention named
    (
        "Platform workers directive clears final hurdle",
        (
            "BRUSSELS, Oct 14, 2024 - EU ministers adopted a directive on the rights of platform"
            " workers on Monday, with twenty-four states in favour. Hungary and Italy voted"
            " against and Sweden abstained."
        ),
        "2024-10-14",
        "eu-council",
        _all(EU_27, "support", but={"HUN", "ITA", "SWE"})
        | _all({"HUN", "ITA"}, "oppose")
        | {("SWE", "abstain")},
    ),
    # 39: an older decision (1982): the requester and a reluctant partner; the target
    (
        "Community bans Argentine imports",
        (
            "BRUSSELS, April 10, 1982 - European Community foreign ministers agreed on Saturday"
            " to ban imports from Argentina for a month, at Britain's request. Ireland, the most"
            " reluctant, went along. Buenos Aires called the embargo an act of aggression."
        ),
        "1982-04-10",
        "eu-council",
        _all({"GBR", "IRL"}, "support") | {("ARG", "oppose")},
    ),
    # 40: requesters named, an outside state protests
    (
        "Ban on Ukrainian grain extended at eastern states' request",
        (
            "BRUSSELS, June 5, 2023 - EU ministers agreed on Monday to extend limits on Ukrainian"
            " grain imports until September at the request of Poland, Hungary and Slovakia. Kyiv"
            " protested that the curbs broke the spirit of the bloc's trade pact."
        ),
        "2023-06-05",
        "eu-council",
        _all({"POL", "HUN", "SVK"}, "support") | {("UKR", "oppose")},
    ),
    # 41: leaders' names: one against, one abstaining, "the remaining 25"
    (
        "Leaders pick von der Leyen for second term",
        (
            "BRUSSELS, June 27, 2024 - EU leaders nominated Ursula von der Leyen for a second term"
            " as Commission president on Thursday. Viktor Orban of Hungary voted against her and"
            " Italy's Giorgia Meloni abstained; the remaining 25 leaders backed her."
        ),
        "2024-06-27",
        "eu-council",
        _all(EU_27, "support", but={"HUN", "ITA"}) | {("HUN", "oppose"), ("ITA", "abstain")},
    ),
    # 42: a vote pulled after a state switched; states that had said they would vote no
    (
        "Nature law vote pulled after Hungary switches sides",
        (
            "BRUSSELS, March 22, 2024 - A vote on the EU nature restoration law was taken off the"
            " agenda on Friday after Hungary withdrew its support, leaving the law short of a"
            " majority. Italy, the Netherlands, Poland and Sweden had already said they would"
            " vote against it."
        ),
        "2024-03-22",
        "eu-council",
        _all({"HUN", "ITA", "NLD", "POL", "SWE"}, "oppose"),
    ),
    # 43: a hedged abstention ("diplomats said"); "the others" going ahead
    (
        "EU tops up arms fund for Ukraine",
        (
            "BRUSSELS, March 18, 2024 - EU governments agreed on Monday to add 5 billion euros to"
            " the fund that pays for arms for Ukraine. Hungary abstained, diplomats said,"
            " allowing the other 26 to go ahead."
        ),
        "2024-03-18",
        "eu-council",
        _all(EU_27, "support", but={"HUN"}) | {("HUN", "abstain")},
    ),
    # 44: a veto lifted; the candidates welcome it
    (
        "EU starts membership talks with Albania and North Macedonia",
        (
            "BRUSSELS, July 19, 2022 - The EU formally opened membership talks with Albania and"
            " North Macedonia on Tuesday after Bulgaria lifted its veto. Albania's prime minister"
            " hailed a historic day, and North Macedonia's parliament had narrowly accepted the"
            " compromise that cleared the way."
        ),
        "2022-07-19",
        "eu-council",
        _all({"BGR", "ALB", "MKD"}, "support"),
    ),
    # --- NATO (15) ---
    # 45: a holdout's change of mind told as the decision
    (
        "Erdogan drops objection to Sweden's NATO bid",
        (
            "VILNIUS, July 10, 2023 - Turkey's president agreed on Monday to send Sweden's NATO"
            " membership bid to his parliament for approval, NATO's secretary general announced"
            " on the eve of the alliance's summit. Sweden's prime minister called it a good day."
        ),
        "2023-07-10",
        "nato",
        _all({"TUR", "SWE"}, "support"),
    ),
    # 46: an older decision (1980): a veto dropped
    (
        "Greece rejoins NATO military wing",
        (
            "BRUSSELS, Oct 20, 1980 - NATO approved Greece's return to the alliance's integrated"
            " military command on Monday, six years after Athens walked out over Cyprus. Turkey"
            " lifted its veto after its generals accepted a compromise on command zones."
        ),
        "1980-10-20",
        "nato",
        _all({"GRC", "TUR"}, "support"),
    ),
    # 47: a blocked plan; the states it is for push for it
    (
        "Turkey holds up NATO plan for Poland and Baltics",
        (
            "BRUSSELS, Nov 26, 2019 - Turkey is blocking a NATO defence plan for Poland and the"
            " Baltic states until allies label Kurdish fighters in Syria terrorists, diplomats"
            " said. Poland, Estonia, Latvia and Lithuania, which asked for the plan, urged Ankara"
            " to relent."
        ),
        "2019-11-26",
        "nato",
        {("TUR", "oppose")} | _all({"POL", "EST", "LVA", "LTU"}, "support"),
    ),
    # 48: objections dropped; a rival candidate withdraws and endorses
    (
        "Rutte named NATO chief after rivals step aside",
        (
            "BRUSSELS, June 26, 2024 - NATO allies appointed Mark Rutte as the alliance's next"
            " secretary general on Wednesday. Hungary and Slovakia had dropped their objections"
            " last week, and Romania withdrew its own candidate and endorsed him."
        ),
        "2024-06-26",
        "nato",
        _all({"HUN", "SVK", "ROU"}, "support"),
    ),
    # 49: an informal meeting with no decision
    (
        "NATO ministers gather in Oslo, no decisions expected",
        (
            "OSLO, May 31, 2023 - NATO foreign ministers began two days of informal talks in Oslo"
            " on Wednesday. No decisions are expected. Norway's foreign minister said the meeting"
            " would help prepare the summit in Vilnius."
        ),
        "2023-05-31",
        "nato",
        set(),
    ),
    # 50: a national ratification (a parliament's count is not states)
    (
        "Turkish parliament clears Finland's NATO entry",
        (
            "ANKARA, March 30, 2023 - Turkey's parliament voted 276-0 on Thursday to ratify"
            " Finland's membership of NATO, the last of the 30 allies to do so. Hungary's"
            " lawmakers had approved it on Monday. Finland's president thanked Ankara."
        ),
        "2023-03-30",
        "nato",
        _all({"TUR", "HUN", "FIN"}, "support"),
    ),
    # 51: a decision left to a summit because one ally asked for time
    (
        "NATO ministers leave spending goal to leaders",
        (
            "BRUSSELS, Feb 15, 2023 - NATO defence ministers left a decision on a new defence"
            " spending target to leaders at the July summit, as Germany had asked for more time"
            " to study it."
        ),
        "2023-02-15",
        "nato",
        {("DEU", "oppose")},
    ),
    # 52: the target of the decision reacts
    (
        "NATO expels eight from Russian mission",
        (
            "BRUSSELS, Oct 6, 2021 - NATO withdrew the accreditation of eight members of Russia's"
            " mission to the alliance on Wednesday, saying they were undeclared intelligence"
            " officers. Moscow called the decision a provocation and promised to respond."
        ),
        "2021-10-06",
        "nato",
        {("RUS", "oppose")},
    ),
    # 53: a state that will not block but will not take part
    (
        "Orban will not block NATO Ukraine mission, stays out",
        (
            "BRUSSELS, June 12, 2024 - NATO agreed on Wednesday to take over coordination of arms"
            " deliveries to Ukraine. Hungary's prime minister said his country would not block the"
            " plan but would take no part in it, in effect abstaining."
        ),
        "2024-06-12",
        "nato",
        {("HUN", "abstain")},
    ),
    # 54: capitals; a state left as the last holdout
    (
        "Ankara approves Sweden's membership, Budapest last holdout",
        (
            "ANKARA, Jan 23, 2024 - Turkey's parliament approved Sweden's accession to NATO on"
            " Tuesday after a 20-month delay. Stockholm welcomed the vote. Budapest is now the"
            " only capital that has not given its approval."
        ),
        "2024-01-23",
        "nato",
        _all({"TUR", "SWE"}, "support") | {("HUN", "oppose")},
    ),
    # 55: a count in words of all members
    (
        "Allies say Ukraine will be invited when conditions are met",
        (
            "VILNIUS, July 11, 2023 - All thirty-one allies agreed on Tuesday that Ukraine will be"
            " invited to join NATO when allies agree and conditions are met, without setting"
            " a date."
        ),
        "2023-07-11",
        "nato",
        _all(NATO_2023, "support"),
    ),
    # 56: the last holdout ratifies (a parliament's count)
    (
        "Hungary ratifies Sweden's NATO accession",
        (
            "BUDAPEST, Feb 26, 2024 - Hungary's parliament ratified Sweden's NATO membership by"
            " 188 votes to six on Monday, ending a delay of more than a year. Sweden's prime"
            " minister said it was a historic day."
        ),
        "2024-02-26",
        "nato",
        _all({"HUN", "SWE"}, "support"),
    ),
    # 57: "29 members signed"; the old blocker ratifies first
    (
        "North Macedonia signs NATO accession protocol",
        (
            "BRUSSELS, Feb 6, 2019 - NATO's 29 members signed an accession protocol with North"
            " Macedonia on Wednesday. Greece, which had blocked its neighbour's entry for a decade"
            " over its name, is expected to be the first to ratify."
        ),
        "2019-02-06",
        "nato",
        _all(NATO_2019, "support") | {("MKD", "support")},
    ),
    # 58: a blocked start of talks; the applicants
    (
        "Turkey blocks start of NATO talks with Finland, Sweden",
        (
            "BRUSSELS, May 18, 2022 - Turkey on Wednesday blocked the start of NATO talks on"
            " membership bids from Finland and Sweden, submitted that morning, diplomats said."
            " Ankara accuses both of harbouring Kurdish militants."
        ),
        "2022-05-18",
        "nato",
        {("TUR", "oppose")} | _all({"FIN", "SWE"}, "support"),
    ),
    # 59: an older decision (1949): a count of signatories in words
    (
        "Twelve nations sign Atlantic pact",
        (
            "WASHINGTON, April 4, 1949 - Foreign ministers of twelve nations signed the North"
            " Atlantic Treaty on Monday, pledging that an attack on one would be an attack on"
            " all. The United States, Canada, Britain, France, Italy, Belgium, the Netherlands,"
            " Luxembourg, Norway, Denmark, Iceland and Portugal are its founding members."
        ),
        "1949-04-04",
        "nato",
        _all(NATO_1949, "support"),
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
    4: "an agenda vote that is the passage's only decision ('voted 11-2 ... to place X on its "
    "agenda'): split off as a procedural issue beside the headline's, which keeps only the "
    "abstentions (the 11 and the two no votes missed on the first issue)",
    9: "an outside state's reaction 'called the vote a declaration of war' (missed)",
    12: "an outside state's protest told by an act ('called off a delegation's visit in "
    "protest') (missed)",
    13: "a vote put off at one member's request ('postponed ... at the request of the United "
    "States, which said it needed more time'): the requester missed (its author is read for "
    "its draft)",
    22: "the state a decision suspends, with no vote of its own told (missed; debatable)",
    25: "a leader who 'left the room so the other 26 leaders could agree': the 26 missed; "
    "stepping out drafted abstain where he called it a bad decision (coded oppose; debatable)",
    26: "an outside state's threat 'would take all necessary measures' (missed)",
    27: "comma-spliced vote clauses ('Poland voted against, Italy, Bulgaria and Romania "
    "abstained, and all the other states voted yes'): Poland's cues conflict (missed; no "
    "longer filled as support by the count)",
    37: "'also voted against Bulgaria's entry' after a block of two applicants: the one "
    "applicant's entry becomes an issue of its own and takes the lead's block with it (all "
    "four missed on the first issue)",
    39: "an outside state's reaction 'called the embargo an act of aggression' (missed)",
    46: "the state whose return the alliance approves (missed, as probe29's 45)",
    51: "a decision left to a summit 'as Germany had asked for more time' (the requester missed)",
    54: "'the only capital that has not given its approval' (the last holdout missed)",
    56: "the state whose membership a parliament ratifies (the applicant missed)",
    58: "the applicants whose bids' talks another state blocks (missed)",
}


@pytest.mark.parametrize("case", probe_params(CASES, OPEN))
def test_probe30(case: tuple) -> None:
    headline, body, date, council, expected = case
    assert drafted_pairs(headline, body, date, council) == expected


# The classes fixed after the probe, on sentences of my own with near misses.


def _counts(sentence: str) -> tuple:
    from concilium.text.counts import find_counts

    t = find_counts(sentence)
    return t.yes, t.no, t.abstain, t.rest


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the body's word before the counted noun: "N council members voted for" (probe30 01)
        ("Nine council members voted for the draft, which Moscow vetoed.", (9, None, None, None)),
        ("Eleven council members voted in favour.", (11, None, None, None)),
        # near miss: council members who spoke are no count of votes
        ("Nine council members spoke in the debate before the vote.", (None, None, None, None)),
        # "all the other states voted yes / no" (probe30 27)
        ("Malta abstained and all the other states voted yes.", (None, None, None, "support")),
        ("Estonia voted for it and all the other members voted no.", (None, None, None, "oppose")),
        # "the other 26 ... were ready to approve" (probe30 28): only the one stood in the way
        (
            "Greece held up the decision; the other 26 governments were ready to approve it.",
            (None, None, None, "support"),
        ),
        # near miss: not ready
        (
            "The other 26 governments were not ready to approve the plan yet.",
            (None, None, None, None),
        ),
        # "allowing the other 26 to go ahead" (probe30 43)
        (
            "Slovakia abstained, officials said, allowing the other 26 to go ahead.",
            (None, None, None, "support"),
        ),
        # near misses: a refusal to let them go ahead, or not allowing them
        ("Slovakia refused to let the other 26 go ahead.", (None, None, None, None)),
        ("Slovakia would not allow the other 26 to proceed.", (None, None, None, None)),
    ],
)
def test_other_members_counted(sentence: str, expected: tuple) -> None:
    assert _counts(sentence) == expected


def _first(text: str, council: str, date: str) -> set[tuple[str, str]]:
    return drafted_pairs("Council decision", text, date, council)


def test_a_separate_vote_later_is_not_the_leads_count() -> None:
    # "In a separate vote ... unanimously ..." after a lead counted 13 with two abstentions:
    # the unanimity is the second decision's, so the lead's 13 stand (probe30 07)
    text = (
        "UNITED NATIONS, May 27, 2021 - The Security Council renewed its Somalia arms embargo"
        " on Thursday by 13 votes, with Kenya and India abstaining. In a separate vote minutes"
        " later it unanimously extended its political mission in the country."
    )
    assert _first(text, "unsc", "2021-05-27") == _all(
        UNSC_2021, "support", but={"KEN", "IND"}
    ) | _all({"KEN", "IND"}, "abstain")


def test_the_leads_own_vote_told_later_keeps_its_count() -> None:
    # near miss: "In the vote, ..." goes back to the lead's decision (no "separate", "second",
    # "further"), so its count is the lead's
    text = (
        "UNITED NATIONS, May 27, 2021 - The Security Council extended its Somalia arms embargo"
        " on Thursday. In the vote, 13 members voted in favour, while Kenya and India abstained."
    )
    assert _first(text, "unsc", "2021-05-27") == _all(
        UNSC_2021, "support", but={"KEN", "IND"}
    ) | _all({"KEN", "IND"}, "abstain")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's money is no backer (probe30 29)
        (
            (
                "BRUSSELS, Dec 18, 2025 - EU leaders agreed a loan to Ukraine backed by frozen"
                " Russian assets."
            ),
            set(),
        ),
        (
            (
                "BRUSSELS, Dec 18, 2025 - EU leaders agreed a grant to Kyiv funded by Russia's"
                " immobilised reserves."
            ),
            set(),
        ),
        # near miss: a state itself as the agent still backs it
        (
            "BRUSSELS, Dec 18, 2025 - EU leaders agreed a loan to Ukraine backed by Germany.",
            {("DEU", "support")},
        ),
    ],
)
def test_a_states_assets_back_nothing(text: str, expected: set) -> None:
    assert _first(text, "eu-council", "2025-12-18") == expected


def test_a_named_member_in_conflict_is_not_one_of_the_others() -> None:
    # "X voted against, ... and all the other states voted yes" with X's own cues in
    # conflict: X is named, so not one of "the other states"; no stance rather than the
    # count's support (probe30 27, an inversion on the first fix)
    text = (
        "BRUSSELS, May 13, 2024 - EU ministers gave final approval to the packaging rules on"
        " Monday. Austria voted against, Finland and Ireland abstained, and all the other"
        " states voted yes."
    )
    got = _first(text, "eu-council", "2024-05-13")
    assert ("AUT", "support") not in got
    assert ("FIN", "abstain") in got and ("DEU", "support") in got
