"""Probe sentences for inverted stances (issue 13, "no inverted stance"): constructions that have
inverted a stance on some fresh split (negations and negated lists, reported speech about a third
party, attribution across clauses, "over the objections of", exclusion, conditionals, stances
that changed, reactions to a failure, amendments and procedural motions, a state as the target,
comparatives, questions and headlines), in the style of wire reports.

Every sentence was written for this probe set (none is taken from a benchmark article).  Each
probe is a short article: a headline and a dateline naming the council, a lead sentence that
states the decision, and the probe sentence(s).  ``expect`` is what a careful reader codes from
the text alone, per actor:

- ``"support"``, ``"oppose"``, ``"abstain"``: the stance the text states;
- ``None``: the text states no stance on the decision for that actor (a drafted stance is a
  guess);
- ``"!support"`` / ``"!oppose"``: the text rules that stance out but does not fix the other one
  ("did not support" may be a no or an abstention; "did not veto" may be a yes or an
  abstention).

Drafting a stance of the opposite sign (support for ``oppose``/``!support``, oppose for
``support``/``!oppose``) is an *inversion*; any stance where the reader codes none is a
*spurious* stance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_HEAD = {
    "unsc": ("UN Security Council votes on Sudan text", "NEW YORK"),
    "unga": ("UN General Assembly votes on Sudan text", "NEW YORK"),
    "eu-council": ("EU ministers decide on asylum reform", "BRUSSELS"),
    "euco": ("EU leaders meet on Ukraine aid", "BRUSSELS"),
    "nato": ("NATO allies decide on eastern defence plan", "BRUSSELS"),
}
_LEAD = {
    "unsc": "The UN Security Council voted on Tuesday on a draft resolution on Sudan.",
    "unga": "The UN General Assembly voted on Tuesday on a draft resolution on Sudan.",
    "eu-council": "EU interior ministers voted on Tuesday on a reform of the asylum rules.",
    "euco": "European Union leaders decided on Tuesday on a 50 billion euro aid package for Ukraine.",
    "nato": "NATO allies decided on Tuesday on a new defence plan for the eastern flank.",
}
ADOPTED = {
    "unsc": "The UN Security Council adopted a resolution on Sudan on Tuesday.",
    "eu-council": "EU interior ministers approved a reform of the asylum rules on Tuesday.",
    "euco": "European Union leaders approved a 50 billion euro aid package for Ukraine on Tuesday.",
    "nato": "NATO allies approved a new defence plan for the eastern flank on Tuesday.",
    "unga": "The UN General Assembly adopted a resolution on Sudan on Tuesday.",
}
FAILED = {
    "unsc": "A draft resolution on Sudan failed in the UN Security Council on Tuesday.",
    "eu-council": "A reform of the asylum rules failed to win enough support among EU interior "
    "ministers on Tuesday.",
}


@dataclass(frozen=True)
class Probe:
    """One probe: ``body``'s template article with ``lead`` (default: a neutral lead) and
    ``text``; ``expect`` as in the module docstring; ``cls`` the construction class."""

    cls: str
    body: str
    text: str
    expect: dict[str, str | None]
    lead: str | None = None
    headline: str | None = None
    notes: str = field(default="", compare=False)
    # an HTML page: ``text`` is the page's markup after its lead paragraph (captions, further
    # paragraphs); ``title`` its <title> when it differs from the <h1> headline
    html: bool = False
    title: str | None = None

    def article(self) -> str:
        head, city = _HEAD[self.body]
        lead = self.lead if self.lead is not None else _LEAD[self.body]
        if self.html:
            h1 = self.headline or head
            return (
                f"<!doctype html>\n<html><head><title>{self.title or h1}</title></head>\n"
                f"<body><article><h1>{h1}</h1>\n<p>{city}, 12 March 2024 (Wire) - {lead}</p>\n"
                f"{self.text}\n</article></body></html>\n"
            )
        return f"{self.headline or head}\n\n{city}, 12 March 2024 (Wire) - {lead}\n\n{self.text}\n"


def outcome(expect: str | None, drafted: str | None) -> str:
    """``ok``, ``inverted``, ``spurious``, ``wrong`` (an abstention for a yes or no, or the
    reverse) or ``missed`` for one actor."""
    if drafted is None:
        return "ok" if expect is None or expect.startswith("!") else "missed"
    if expect is None:
        return "spurious"
    if (drafted == "support" and expect in ("oppose", "!support")) or (
        drafted == "oppose" and expect in ("support", "!oppose")
    ):
        return "inverted"
    if expect.startswith("!") or drafted == expect:
        return "ok"
    if drafted in ("support", "oppose", "abstain"):
        return "wrong"
    return "ok" if drafted == "neutral" and expect is None else "wrong"


P = Probe
PROBES: list[Probe] = [
    # ------------------------------------------------------------------ negation
    # refusing to back is opposing it
    P("negation", "eu-council", "Hungary refused to back the reform.", {"HUN": "oppose"}),
    # saying one will not abide by a decision rejects it
    P(
        "negation",
        "eu-council",
        "Poland said it would not abide by the new rules.",
        {"POL": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    # never accepting the scheme
    P(
        "negation",
        "eu-council",
        "Slovakia has never accepted the reform and voted against it again.",
        {"SVK": "oppose"},
    ),
    # a negated list of three verbs, each rejecting the decision
    P(
        "negation",
        "unga",
        "The United States does not recognise the resolution, will not comply with it and "
        "will never accept its conclusions.",
        {"USA": "oppose"},
        lead=ADOPTED["unga"],
    ),
    # "neither ... nor ... supported": not support (a no or an abstention)
    P(
        "negation",
        "unsc",
        "Neither Russia nor China supported the text.",
        {"RUS": "!support", "CHN": "!support"},
    ),
    # not vetoing is not opposing
    P("negation", "unsc", "Russia did not veto the resolution.", {"RUS": "!oppose"}),
    P("negation", "unsc", "Britain did not object to the text.", {"GBR": "!oppose"}),
    # not among those who opposed it
    P(
        "negation",
        "eu-council",
        "Germany was not among the countries that opposed the reform.",
        {"DEU": "!oppose"},
    ),
    # no longer opposing / no longer supporting
    P("negation", "eu-council", "Austria no longer opposes the reform.", {"AUT": "!oppose"}),
    P("negation", "nato", "Italy no longer supports the plan.", {"ITA": "!support"}),
    # the only one that did not endorse it
    P(
        "negation",
        "euco",
        "Hungary was the only country that did not endorse the package.",
        {"HUN": "!support"},
    ),
    # undecided: no stance
    P(
        "negation",
        "eu-council",
        "Spain has not yet decided whether to back the reform.",
        {"ESP": None},
    ),
    # will not block / will not stand in the way: not opposing
    P(
        "negation",
        "euco",
        "Denmark will not block the package, its prime minister said.",
        {"DNK": "!oppose"},
    ),
    P("negation", "euco", "Ireland will not stand in the way of the package.", {"IRL": "!oppose"}),
    # did not vote in favour: not a yes
    P("negation", "unsc", "Mozambique did not vote in favour.", {"MOZ": "!support"}),
    # failing to block it means having tried to block it
    P("negation", "euco", "Hungary failed to block the package.", {"HUN": "oppose"}),
    # neither sign nor implement
    P(
        "negation",
        "eu-council",
        "Hungary will neither sign nor implement the reform.",
        {"HUN": "oppose"},
    ),
    # refusing to endorse, and refusing to apply
    P(
        "negation",
        "eu-council",
        "Poland refused to endorse the reform and said it would not apply it.",
        {"POL": "oppose"},
    ),
    # not a single vote against, one abstention
    P(
        "negation",
        "unsc",
        "Not a single member voted against the draft, though China abstained.",
        {"CHN": "abstain"},
    ),
    # could not support
    P("negation", "unsc", "Japan said it could not support the draft.", {"JPN": "!support"}),
    # declined to back
    P("negation", "nato", "Turkey declined to back the plan.", {"TUR": "!support"}),
    # no objection
    P("negation", "nato", "Greece raised no objection to the plan.", {"GRC": "!oppose"}),
    # did not oppose
    P("negation", "unsc", "China did not oppose the draft.", {"CHN": "!oppose"}),
    # stopped short of backing
    P(
        "negation",
        "eu-council",
        "Italy stopped short of backing the reform.",
        {"ITA": "!support"},
    ),
    # -------------------------------------------------------- reported speech (third party)
    # the speaker reports another state's stance: the other state's, not the speaker's
    P(
        "reported",
        "unsc",
        "Russian envoy Vassily Nebenzia said the United States opposed the draft.",
        {"USA": "oppose", "RUS": None},
    ),
    P(
        "reported",
        "unsc",
        "France said Russia had blocked the text.",
        {"RUS": "oppose", "FRA": None},
        lead=FAILED["unsc"],
    ),
    P(
        "reported",
        "unsc",
        "Britain accused China of obstructing the draft.",
        {"CHN": "oppose", "GBR": None},
    ),
    P(
        "reported",
        "euco",
        "Diplomats said Hungary was ready to veto the package.",
        {"HUN": "oppose"},
    ),
    P(
        "reported",
        "unsc",
        "According to Slovenia, Malta had voted in favour.",
        {"MLT": "support", "SVN": None},
    ),
    P(
        "reported",
        "unsc",
        "China said it could not understand why the United States had voted against the draft.",
        {"USA": "oppose"},
    ),
    P(
        "reported",
        "euco",
        "Poland's foreign minister said Hungary's objections to the package were unfounded.",
        {"HUN": "oppose"},
    ),
    P(
        "reported",
        "eu-council",
        "Germany said it hoped Poland would back the reform.",
        {"POL": None},
    ),
    P(
        "reported",
        "unsc",
        "The United States said Russia's veto was shameful.",
        {"RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "reported",
        "unsc",
        "Ecuador's ambassador said Algeria had wanted a stronger text but would vote for it.",
        {"DZA": "support", "ECU": None},
    ),
    # ----------------------------------------------------------- attribution across clauses
    P(
        "clauses",
        "unsc",
        "Malta, whose amendment China had opposed, voted for the resolution.",
        {"MLT": "support", "CHN": None},
    ),
    P(
        "clauses",
        "unsc",
        "The text, which France and Britain had drafted, was vetoed by Russia.",
        {"FRA": "support", "GBR": "support", "RUS": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Mozambique, which abstained, said the text ignored the African Union.",
        {"MOZ": "abstain"},
    ),
    P(
        "clauses",
        "unsc",
        "Russia vetoed the draft, which Ecuador had co-sponsored.",
        {"ECU": "support", "RUS": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Guyana voted for the text, which Algeria had opposed.",
        {"GUY": "support", "DZA": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Sierra Leone, like China, abstained.",
        {"SLE": "abstain", "CHN": "abstain"},
    ),
    P(
        "clauses",
        "unsc",
        "Unlike Russia, China did not veto the draft.",
        {"CHN": "!oppose", "RUS": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Japan opposed Russia's veto.",
        {"JPN": "support", "RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "clauses",
        "unsc",
        "Switzerland criticised the United States for voting against the text.",
        {"USA": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "South Korea condemned the veto cast by Russia and China.",
        {"RUS": "oppose", "CHN": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "clauses",
        "eu-council",
        "Belgium and Spain, but not Italy, backed the reform.",
        {"BEL": "support", "ESP": "support", "ITA": "!support"},
    ),
    P(
        "clauses",
        "eu-council",
        "Portugal backed the reform, as did Greece.",
        {"PRT": "support", "GRC": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "It was Russia, not China, that vetoed the text.",
        {"RUS": "oppose", "CHN": "!oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "China abstained rather than veto the draft.",
        {"CHN": "abstain"},
    ),
    # ------------------------------------------------------- over objections / despite
    P(
        "despite",
        "unsc",
        "The Council adopted the resolution over the objections of Russia.",
        {"RUS": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "despite",
        "eu-council",
        "Ministers approved the reform despite Hungary's opposition.",
        {"HUN": "oppose"},
    ),
    P(
        "despite",
        "eu-council",
        "The reform passed despite opposition from Poland and Slovakia.",
        {"POL": "oppose", "SVK": "oppose"},
    ),
    P(
        "despite",
        "eu-council",
        "Despite misgivings in Paris, France voted for the reform.",
        {"FRA": "support"},
    ),
    P(
        "despite",
        "unga",
        "Despite pressure from Washington, Egypt voted in favour.",
        {"EGY": "support", "USA": None},
    ),
    P(
        "despite",
        "nato",
        "Over Turkish objections, the allies agreed to begin planning.",
        {"TUR": "oppose"},
    ),
    P(
        "despite",
        "eu-council",
        "Austria's critics said its veto of the reform was driven by domestic politics.",
        {"AUT": "oppose"},
    ),
    P(
        "despite",
        "eu-council",
        "Hungary's objections were overridden by a qualified majority.",
        {"HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "despite",
        "eu-council",
        "Critics of Poland said Warsaw was isolated in opposing the reform.",
        {"POL": "oppose"},
    ),
    P(
        "despite",
        "euco",
        "The package was agreed in spite of strong reservations from the Netherlands.",
        {"NLD": "oppose"},
    ),
    P(
        "despite",
        "unsc",
        "The resolution passed even though Russia voted against it.",
        {"RUS": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    # ----------------------------------------------------------------------- exclusion
    P("exclusion", "euco", "All but Hungary backed the package.", {"HUN": "!support"}),
    P(
        "exclusion",
        "unsc",
        "Every member except Russia voted in favour.",
        {"RUS": "!support"},
    ),
    P("exclusion", "nato", "Every ally apart from Turkey endorsed the plan.", {"TUR": "!support"}),
    P(
        "exclusion",
        "unsc",
        "All members save the United States supported the text.",
        {"USA": "!support"},
    ),
    P(
        "exclusion",
        "euco",
        "With the exception of Hungary, all leaders agreed to the package.",
        {"HUN": "!support"},
    ),
    P("exclusion", "unsc", "No one but Russia voted against the draft.", {"RUS": "oppose"}),
    P("exclusion", "euco", "Only Hungary held out against the package.", {"HUN": "oppose"}),
    P(
        "exclusion",
        "eu-council",
        "Everyone except Slovakia signed off on the reform.",
        {"SVK": "!support"},
    ),
    P(
        "exclusion",
        "unsc",
        "Other than China, the members supported the draft.",
        {"CHN": "!support"},
    ),
    P(
        "exclusion",
        "euco",
        "Twenty-six leaders backed the package, Hungary excepted.",
        {"HUN": "!support"},
    ),
    # -------------------------------------------------------------------- conditionals
    P(
        "conditional",
        "eu-council",
        "Poland would back the reform only if its border regions were compensated.",
        {"POL": None},
    ),
    P(
        "conditional",
        "nato",
        "France said it would support the plan if the budget were increased.",
        {"FRA": None},
    ),
    P(
        "conditional",
        "eu-council",
        "Italy could support the reform provided that it is amended.",
        {"ITA": None},
    ),
    P(
        "conditional",
        "unsc",
        "Had the text condemned the attacks, the United States would have voted for it.",
        {"USA": "!support"},
    ),
    P(
        "conditional",
        "euco",
        "Hungary threatened to veto the package unless frozen funds were released.",
        {"HUN": "!support"},
    ),
    P(
        "conditional",
        "eu-council",
        "Unless its concerns are met, Austria will vote against the reform.",
        {"AUT": "!support"},
    ),
    P(
        "conditional",
        "nato",
        "Turkey would drop its objections if its demands were met.",
        {"TUR": "!support"},
    ),
    # ------------------------------------------------------------------ stance changes
    P(
        "changes",
        "eu-council",
        "Sweden, which had opposed the reform, voted for it on Tuesday.",
        {"SWE": "support"},
    ),
    P(
        "changes",
        "eu-council",
        "Austria, once a supporter of the reform, abstained.",
        {"AUT": "abstain"},
    ),
    P(
        "changes",
        "nato",
        "Turkey, which had blocked the plan for months, lifted its veto.",
        {"TUR": "support"},
    ),
    P(
        "changes",
        "eu-council",
        "Italy initially backed the reform but later voted against it.",
        {"ITA": "oppose"},
    ),
    P(
        "changes",
        "euco",
        "The Netherlands, a long-time opponent of the package, finally gave its consent.",
        {"NLD": "support"},
    ),
    P(
        "changes",
        "unsc",
        "Russia, which voted for a similar text last year, vetoed this one.",
        {"RUS": "oppose"},
    ),
    P(
        "changes",
        "unsc",
        "China, which had vetoed earlier drafts, abstained on this one.",
        {"CHN": "abstain"},
    ),
    P(
        "changes",
        "euco",
        "After opposing the package for weeks, Hungary relented.",
        {"HUN": "support"},
    ),
    P(
        "changes",
        "eu-council",
        "Poland, which backed the reform last year, now says it will not support it.",
        {"POL": "!support"},
    ),
    P(
        "changes",
        "unsc",
        "Formerly one of its sponsors, Ecuador withdrew its support for the draft.",
        {"ECU": "!support"},
    ),
    P(
        "changes",
        "nato",
        "Hungary had been expected to back the plan but abstained.",
        {"HUN": "abstain"},
    ),
    # ------------------------------------------------------ reactions to a failure / adoption
    P(
        "reactions",
        "unsc",
        "Britain said it regretted the failure of the text.",
        {"GBR": "support"},
        lead=FAILED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "The United States deplored the outcome.",
        {"USA": "support"},
        lead=FAILED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "China expressed satisfaction that the draft had not passed.",
        {"CHN": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "Japan said it was disappointed that the resolution was not adopted.",
        {"JPN": "support"},
        lead=FAILED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "Russia regretted the adoption of the text.",
        {"RUS": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "Algeria welcomed the adoption of the resolution.",
        {"DZA": "support"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "reactions",
        "unsc",
        "Russia welcomed the failure of the draft.",
        {"RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "reactions",
        "eu-council",
        "Hungary hailed the collapse of the reform as a victory.",
        {"HUN": "oppose"},
        lead=FAILED["eu-council"],
    ),
    P(
        "reactions",
        "eu-council",
        "Sweden said it was sorry the reform had been rejected.",
        {"SWE": "support"},
        lead=FAILED["eu-council"],
    ),
    # ------------------------------------------------ amendments and procedural motions
    P(
        "amendment",
        "unsc",
        "Russia voted for an amendment that would have removed the reference to the court, "
        "but the amendment was rejected.",
        {"RUS": None},
    ),
    P(
        "amendment",
        "unsc",
        "France voted against a Russian amendment to the draft.",
        {"FRA": "!oppose", "RUS": None},
    ),
    P(
        "amendment",
        "unga",
        "Hungary opposed the motion to adjourn the debate.",
        {"HUN": None},
    ),
    P(
        "amendment",
        "unga",
        "A motion by Egypt to postpone the vote was backed by Iran.",
        {"EGY": None, "IRN": None},
    ),
    P(
        "amendment",
        "eu-council",
        "Slovakia backed the amendment but abstained on the final text.",
        {"SVK": "abstain"},
    ),
    P(
        "amendment",
        "unsc",
        "China supported Russia's amendment, which failed, and then abstained on the text.",
        {"CHN": "abstain", "RUS": None},
    ),
    P(
        "amendment",
        "unga",
        "Brazil voted against the amendment tabled by the United States.",
        {"BRA": "!oppose", "USA": None},
    ),
    # ------------------------------------------------------ a state as target or object
    P(
        "target",
        "unsc",
        "The resolution condemned Israel for the strikes.",
        {"ISR": None},
        lead=ADOPTED["unsc"],
    ),
    P(
        "target",
        "eu-council",
        "Ministers also adopted sanctions against Belarus.",
        {"BLR": None},
    ),
    P(
        "target",
        "unsc",
        "The text demands that Sudan allow aid into Darfur.",
        {"SDN": None},
    ),
    P(
        "target",
        "unsc",
        "The resolution praised Qatar and Egypt for their mediation.",
        {"QAT": None, "EGY": None},
        lead=ADOPTED["unsc"],
    ),
    P(
        "target",
        "nato",
        "The allies agreed to send more troops to Lithuania.",
        {"LTU": None},
    ),
    P(
        "target",
        "euco",
        "Leaders also extended economic sanctions against Russia by six months.",
        {"RUS": None},
    ),
    P(
        "target",
        "unsc",
        "The text calls on Iran to stop supplying weapons to the Houthis.",
        {"IRN": None},
    ),
    P(
        "target",
        "euco",
        "The package is meant to support Ukraine's budget until 2027.",
        {"UKR": None},
    ),
    P(
        "target",
        "unga",
        "The resolution criticised Russia for blocking action in the Security Council.",
        {"RUS": None},
        lead=ADOPTED["unga"],
    ),
    # ------------------------------------------------------------------- comparatives
    P(
        "comparative",
        "eu-council",
        "Germany was less enthusiastic than France about the reform but voted for it.",
        {"DEU": "support"},
    ),
    P(
        "comparative",
        "eu-council",
        "Portugal was as strongly opposed to the reform as Spain.",
        {"PRT": "oppose"},
    ),
    P(
        "comparative",
        "nato",
        "No ally backed the plan more strongly than Poland.",
        {"POL": "support"},
    ),
    # ------------------------------------------------------------ questions and headlines
    P("question", "euco", "Will Hungary veto the package?", {"HUN": None}),
    P("question", "nato", "Is France ready to back the plan?", {"FRA": None}),
    P(
        "headline",
        "euco",
        "Leaders will meet again in March.",
        {"HUN": "oppose"},
        headline="Orban vows to block Ukraine aid package",
    ),
    P(
        "headline",
        "unsc",
        "The vote was 13 in favour, with two abstentions.",
        {"RUS": "abstain"},
        headline="Russia abstains as Council backs Sudan truce",
        lead=ADOPTED["unsc"],
    ),
    # ----------------------------------------------- second batch: more of each class
    P(
        "negation",
        "unsc",
        "Britain said it was not opposed to the text in principle but abstained.",
        {"GBR": "abstain"},
    ),
    P(
        "negation",
        "euco",
        "France has not blocked the package, officials said.",
        {"FRA": "!oppose"},
    ),
    P(
        "negation",
        "eu-council",
        "Slovakia did not vote against the reform but abstained.",
        {"SVK": "abstain"},
    ),
    P(
        "negation",
        "unsc",
        "Russia and China, which did not support the draft, abstained.",
        {"RUS": "abstain", "CHN": "abstain"},
    ),
    P("negation", "unsc", "Malta said it was not against the text.", {"MLT": "!oppose"}),
    P("negation", "euco", "The Netherlands no longer objects to the package.", {"NLD": "!oppose"}),
    P(
        "negation",
        "eu-council",
        "Poland has dropped its opposition and will no longer block the reform.",
        {"POL": "support"},
    ),
    P("negation", "euco", "Hungary is no longer willing to back the package.", {"HUN": "!support"}),
    P("negation", "euco", "Not even Hungary voted against the package.", {"HUN": "!oppose"}),
    P(
        "negation",
        "eu-council",
        "Austria refused to say whether it would back the reform.",
        {"AUT": None},
    ),
    P("negation", "nato", "Greece denied that it had blocked the plan.", {"GRC": "!oppose"}),
    P(
        "negation",
        "nato",
        "Croatia denied reports that it would veto the plan.",
        {"HRV": "!oppose"},
    ),
    P(
        "negation",
        "euco",
        "Hungary rejected claims that it was obstructing the package.",
        {"HUN": "!oppose"},
    ),
    P(
        "negation",
        "euco",
        "Ireland was among the few countries not to endorse the package.",
        {"IRL": "!support"},
    ),
    P(
        "negation",
        "unsc",
        "Russia was the only member not to back the text.",
        {"RUS": "!support"},
    ),
    P(
        "negation",
        "euco",
        "A Hungarian official said Budapest would not stand in the way.",
        {"HUN": "!oppose"},
    ),
    P(
        "negation",
        "unsc",
        "Japan was not alone in backing the text; South Korea also voted in favour.",
        {"JPN": "support", "KOR": "support"},
    ),
    # a reaction to another actor's act: its direction follows the act
    P(
        "clauses",
        "euco",
        "France rejected Hungary's objections to the package.",
        {"FRA": "!oppose", "HUN": "oppose"},
    ),
    P(
        "clauses",
        "eu-council",
        "Italy backed Poland's veto of the reform.",
        {"ITA": "oppose", "POL": "oppose"},
    ),
    P(
        "clauses",
        "euco",
        "Germany criticised Hungary's blockade of the package.",
        {"DEU": "support", "HUN": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Britain condemned Russia's decision to veto the draft.",
        {"GBR": "support", "RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "clauses",
        "unsc",
        "Russia thanked China for its veto.",
        {"CHN": "oppose", "RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "clauses",
        "eu-council",
        "Slovakia dismissed criticism of its support for the reform.",
        {"SVK": "support"},
    ),
    # a state the text is about, reacting
    P(
        "target",
        "unsc",
        "Israel, which the text criticised, rejected the resolution.",
        {"ISR": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "target",
        "eu-council",
        "Belarus, targeted by the sanctions, called them illegal.",
        {"BLR": "oppose"},
        lead="EU foreign ministers adopted new sanctions against Belarus on Tuesday.",
    ),
    P(
        "target",
        "unsc",
        "Ukraine, which is not a member of the Council, welcomed the resolution.",
        {"UKR": "support"},
        lead=ADOPTED["unsc"],
    ),
    # reported reasons and concessions
    P(
        "clauses",
        "unsc",
        "Speaking after the vote, the Chinese envoy said Beijing had abstained because the "
        "text was unbalanced.",
        {"CHN": "abstain"},
    ),
    P(
        "clauses",
        "unsc",
        "Algeria said the text did not go far enough but voted for it.",
        {"DZA": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "Switzerland said it had voted for the text even though it had doubts.",
        {"CHE": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "Although it voted for the resolution, Japan said it had serious concerns.",
        {"JPN": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "Despite voting for the text, Malta criticised its wording.",
        {"MLT": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "Slovenia, which voted in favour, said the text was flawed.",
        {"SVN": "support"},
    ),
    # exclusion and sole dissenters
    P(
        "exclusion",
        "unsc",
        "Russia, which was the only member to vote against, said the text was one-sided.",
        {"RUS": "oppose"},
    ),
    P("exclusion", "unsc", "The only vote against came from Russia.", {"RUS": "oppose"}),
    P("exclusion", "unsc", "Russia cast the lone dissenting vote.", {"RUS": "oppose"}),
    P("exclusion", "euco", "Hungary was the only holdout.", {"HUN": "oppose"}),
    P(
        "exclusion",
        "unsc",
        "Every member voted in favour except Russia, which abstained.",
        {"RUS": "abstain"},
    ),
    P(
        "exclusion",
        "eu-council",
        "Apart from Hungary, which abstained, all states backed the reform.",
        {"HUN": "abstain"},
    ),
    P(
        "exclusion",
        "unsc",
        "The text was adopted with only Russia voting against.",
        {"RUS": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "exclusion",
        "unsc",
        "Mozambique joined Russia in abstaining.",
        {"MOZ": "abstain", "RUS": "abstain"},
    ),
    P(
        "exclusion",
        "unsc",
        "China voted with Russia against the draft.",
        {"CHN": "oppose", "RUS": "oppose"},
    ),
    # stance changes
    P(
        "changes",
        "unsc",
        "The United States, which had threatened to veto the text, abstained.",
        {"USA": "abstain"},
    ),
    P(
        "changes",
        "unsc",
        "France, which had threatened to veto the text, voted for it after changes were made.",
        {"FRA": "support"},
    ),
    # roles
    P(
        "roles",
        "unsc",
        "Critics of the text, including Russia, said it was biased.",
        {"RUS": "oppose"},
    ),
    P(
        "roles",
        "nato",
        "Supporters of the plan, among them Poland, hailed the decision.",
        {"POL": "support"},
    ),
    P(
        "roles",
        "nato",
        "Opponents of the plan such as Hungary said it was too costly.",
        {"HUN": "oppose"},
    ),
    P(
        "roles",
        "eu-council",
        "The Czech Republic, one of the reform's sharpest critics, abstained.",
        {"CZE": "abstain"},
    ),
    P(
        "comparative",
        "nato",
        "Germany was reluctant to back the plan.",
        {"DEU": "!support"},
    ),
    P(
        "comparative",
        "nato",
        "Spain was more cautious than Portugal, which backed the plan outright.",
        {"PRT": "support", "ESP": None},
    ),
    # reported speech about others
    P(
        "reported",
        "eu-council",
        "Hungary said Slovakia also opposed the reform.",
        {"SVK": "oppose"},
    ),
    P(
        "reported",
        "euco",
        "Diplomats said France and Germany had pressed Hungary to drop its veto.",
        {"FRA": "support", "DEU": "support", "HUN": "oppose"},
    ),
    P(
        "reported",
        "euco",
        "The Polish prime minister said he regretted that Hungary had blocked the package.",
        {"HUN": "oppose", "POL": "support"},
        lead="European Union leaders failed on Tuesday to agree a 50 billion euro aid package "
        "for Ukraine.",
    ),
    P(
        "reported",
        "unsc",
        "Nebenzia accused Western members, including Britain, of pushing the text through.",
        {"GBR": "support"},
        lead=ADOPTED["unsc"],
    ),
    # headlines
    P(
        "headline",
        "eu-council",
        "The vote was taken by qualified majority.",
        {"HUN": "oppose", "POL": "oppose"},
        headline="EU approves asylum reform over Hungarian, Polish objections",
        lead=ADOPTED["eu-council"],
    ),
    P(
        "headline",
        "unsc",
        "It was the fourth veto on Sudan this year.",
        {"RUS": "oppose"},
        headline="Russia vetoes Sudan text",
        lead=FAILED["unsc"],
    ),
    P(
        "headline",
        "unsc",
        "The vote was 14 in favour, with one abstention.",
        {"CHN": "abstain"},
        headline="China abstains as Council adopts Sudan text",
        lead=ADOPTED["unsc"],
    ),
    P(
        "headline",
        "eu-council",
        "Ministers are expected to approve the reform next week.",
        {"POL": "support"},
        headline="Poland drops objections, clearing way for asylum reform",
    ),
    P("question", "unsc", "Why did China abstain?", {"CHN": "abstain"}),
    P(
        "question",
        "euco",
        "Can the package survive without Hungary's support?",
        {"HUN": None},
    ),
    # ------------------------------- third batch: longer wire sentences, several clauses
    P(
        "clauses",
        "unsc",
        "Russia, which holds a veto, said it would not block the text as long as the reference "
        "to sanctions was removed, and in the end abstained.",
        {"RUS": "abstain"},
    ),
    P(
        "clauses",
        "eu-council",
        "The reform, opposed by Hungary and Poland but backed by the other 25 states, was "
        "adopted by qualified majority.",
        {"HUN": "oppose", "POL": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "exclusion",
        "euco",
        "Diplomats said Slovakia, not Hungary, was the last holdout.",
        {"SVK": "oppose", "HUN": "!oppose"},
    ),
    P(
        "negation",
        "eu-council",
        "France and Germany failed to persuade Poland to back the reform.",
        {"POL": "!support"},
    ),
    P(
        "changes",
        "unsc",
        "Japan, which had hoped for a stronger text, nonetheless voted in favour.",
        {"JPN": "support"},
    ),
    P(
        "negation",
        "nato",
        "Latvia said the plan did not go far enough, but would not stand in its way.",
        {"LVA": "!oppose"},
    ),
    P(
        "changes",
        "nato",
        "Turkey has dropped its opposition, Stoltenberg said, but Hungary has yet to ratify.",
        {"TUR": "support", "HUN": "!support"},
        lead="NATO allies agreed on Tuesday to invite Sweden to join the alliance.",
    ),
    P(
        "exclusion",
        "eu-council",
        "The only country to speak against the reform was Hungary, which nevertheless abstained.",
        {"HUN": "abstain"},
    ),
    P(
        "clauses",
        "euco",
        "Unlike Hungary, Slovakia did not block the package.",
        {"SVK": "!oppose", "HUN": "oppose"},
    ),
    P(
        "target",
        "unga",
        "The United States, Israel's closest ally, voted against.",
        {"USA": "oppose", "ISR": None},
    ),
    P(
        "clauses",
        "unsc",
        "Washington blocked the text, saying it would harm negotiations.",
        {"USA": "oppose"},
    ),
    P(
        "clauses",
        "unsc",
        "Malta, which had sought a stronger text, said it was satisfied with the outcome.",
        {"MLT": "support"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "negation",
        "eu-council",
        "Hungary's foreign minister said his country had not yet decided how it would vote.",
        {"HUN": None},
    ),
    P(
        "negation",
        "eu-council",
        "No country voted against, but Hungary and Slovakia abstained.",
        {"HUN": "abstain", "SVK": "abstain"},
    ),
    P("negation", "euco", "Few expected Hungary to lift its veto.", {"HUN": "!support"}),
    P(
        "changes",
        "euco",
        "Hungary, long the holdout, finally lifted its veto.",
        {"HUN": "support"},
    ),
    P(
        "conditional",
        "eu-council",
        "It is unclear whether Austria will back the reform.",
        {"AUT": None},
    ),
    P("conditional", "eu-council", "Austria is unlikely to back the reform.", {"AUT": "!support"}),
    P("conditional", "euco", "Poland may yet block the package.", {"POL": "!support"}),
    P("negation", "unsc", "Greece would not say how it voted.", {"GRC": None}),
    P(
        "despite",
        "unsc",
        "Despite Chinese reservations, the text passed unanimously.",
        {"CHN": "support"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "changes",
        "unsc",
        "Even Russia, a longtime critic, voted for the text.",
        {"RUS": "support"},
    ),
    P(
        "changes",
        "unsc",
        "Russia, a longtime critic of the mission, did not block the text.",
        {"RUS": "!oppose"},
    ),
    P(
        "amendment",
        "unsc",
        "Britain voted for the text after its amendment was accepted.",
        {"GBR": "support"},
    ),
    P(
        "roles",
        "eu-council",
        "Poland and Hungary, the reform's fiercest critics, were outvoted.",
        {"POL": "oppose", "HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "exclusion",
        "eu-council",
        "The reform passed with Poland and Hungary in the minority.",
        {"POL": "oppose", "HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "changes",
        "nato",
        "Finland's objection was the last hurdle; it was lifted on Tuesday.",
        {"FIN": "support"},
    ),
    P(
        "changes",
        "unsc",
        "Unlike last year, when it vetoed a similar text, China abstained.",
        {"CHN": "abstain"},
    ),
    P(
        "reported",
        "euco",
        "Asked whether Hungary would veto the package, Orban said no.",
        {"HUN": "!oppose"},
    ),
    P(
        "headline",
        "euco",
        "The vote came after a day of talks.",
        {"HUN": "support"},
        headline="Hungary relents as EU leaders approve Ukraine aid",
        lead=ADOPTED["euco"],
    ),
    P(
        "changes",
        "nato",
        "Turkey said the concerns it had raised about the plan had been addressed.",
        {"TUR": "support"},
    ),
    P(
        "changes",
        "nato",
        "Greece, which has long objected to the plan, approved it on Tuesday.",
        {"GRC": "support"},
    ),
    P(
        "changes",
        "eu-council",
        "Hungary had no choice but to accept the reform.",
        {"HUN": "support"},
    ),
    P(
        "despite",
        "eu-council",
        "Hungary was powerless to stop the reform.",
        {"HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "reported",
        "unsc",
        "Nebenzia said Moscow could not accept a text that blamed only one side, and voted no.",
        {"RUS": "oppose"},
    ),
    P(
        "reported",
        "unsc",
        "Britain's envoy said China's abstention showed it had doubts about the text.",
        {"CHN": "abstain"},
    ),
    P(
        "reported",
        "eu-council",
        "Hungary accused Brussels of forcing the reform through over its objections.",
        {"HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "target",
        "euco",
        "Leaders also agreed to open accession talks with Ukraine and Moldova, which both "
        "welcomed the decision.",
        {"MDA": "support"},
    ),
    P(
        "target",
        "unsc",
        "Sudan's envoy rejected the resolution as interference in his country's affairs.",
        {"SDN": "oppose"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "comparative",
        "euco",
        "Italy was among the most enthusiastic backers of the package.",
        {"ITA": "support"},
    ),
    P(
        "comparative",
        "euco",
        "Austria was the least enthusiastic of the 27, but did not block the package.",
        {"AUT": "!oppose"},
    ),
    # ------------------------------- fourth batch: holding, giving, explaining, switching
    P(
        "clauses",
        "eu-council",
        "Hungary broke ranks with the other 26 and voted against.",
        {"HUN": "oppose"},
    ),
    P(
        "clauses",
        "euco",
        "Slovakia sided with Hungary in opposing the package.",
        {"SVK": "oppose", "HUN": "oppose"},
    ),
    P("changes", "nato", "Austria stood by its veto.", {"AUT": "oppose"}),
    P("changes", "euco", "Hungary held firm in its opposition.", {"HUN": "oppose"}),
    P("changes", "eu-council", "Poland backed down and approved the reform.", {"POL": "support"}),
    # not taking part in the vote is sitting it out: abstain, as "sat out the vote" and as
    # the gold of train5 g01 (Yemen) and train6 j04 (Syria) code it
    P("negation", "unga", "Venezuela did not participate in the vote.", {"VEN": "abstain"}),
    P("clauses", "unsc", "The United States cast a no vote.", {"USA": "oppose"}),
    P("negation", "eu-council", "Ireland withheld its consent.", {"IRL": "oppose"}),
    P("clauses", "nato", "Malta gave its blessing to the plan.", {"MLT": "support"}),
    P("negation", "nato", "Turkey rebuffed calls to lift its veto.", {"TUR": "oppose"}),
    P("negation", "euco", "Hungary rebuffed criticism of its veto.", {"HUN": "oppose"}),
    P("negation", "eu-council", "Greece refused to lift its objection.", {"GRC": "oppose"}),
    P("negation", "euco", "Hungary said it would not give up its veto.", {"HUN": "oppose"}),
    P("changes", "euco", "Poland insisted it would keep blocking the package.", {"POL": "oppose"}),
    P(
        "changes",
        "eu-council",
        "Slovakia's new government dropped the previous government's objection.",
        {"SVK": "support"},
    ),
    P("clauses", "unsc", "France's abstention surprised diplomats.", {"FRA": "abstain"}),
    P(
        "clauses",
        "unsc",
        "Britain explained its vote in favour by citing the humanitarian situation.",
        {"GBR": "support"},
    ),
    P(
        "clauses",
        "unsc",
        "In explaining its vote against, Russia said the text was biased.",
        {"RUS": "oppose"},
    ),
    P(
        "clauses",
        "unga",
        "Explaining its abstention, India said the text was unbalanced.",
        {"IND": "abstain"},
    ),
    P(
        "roles",
        "unga",
        "The text's sponsors, led by Mexico, welcomed its adoption.",
        {"MEX": "support"},
        lead=ADOPTED["unga"],
    ),
    P(
        "exclusion",
        "unga",
        "Among those voting no were Russia and Belarus.",
        {"RUS": "oppose", "BLR": "oppose"},
    ),
    P(
        "exclusion",
        "unga",
        "Russia and Belarus were among the twelve that voted no.",
        {"RUS": "oppose", "BLR": "oppose"},
    ),
    P(
        "changes",
        "euco",
        "Hungary's objection, which it lifted on Monday, had held up the package for weeks.",
        {"HUN": "support"},
    ),
    P("changes", "euco", "Poland's veto, cast in December, still stands.", {"POL": "oppose"}),
    P(
        "clauses",
        "unsc",
        "Russia's veto means the text cannot be adopted.",
        {"RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "roles",
        "euco",
        "Critics of Hungary's veto, including France, said it was blackmail.",
        {"FRA": "support", "HUN": "oppose"},
    ),
    P(
        "clauses",
        "euco",
        "France and Germany criticised Hungary's decision to block the package.",
        {"FRA": "support", "DEU": "support", "HUN": "oppose"},
    ),
    P(
        "clauses",
        "euco",
        "Poland praised Slovakia for lifting its veto.",
        {"SVK": "support", "POL": "!oppose"},
    ),
    P("clauses", "euco", "Italy thanked Hungary for not blocking the package.", {"HUN": "!oppose"}),
    P(
        "reported",
        "unsc",
        "Russia accused Ukraine of lobbying for the resolution.",
        {"UKR": "support"},
    ),
    P("clauses", "unga", "Ukraine urged members to vote for the text.", {"UKR": "support"}),
    P("negation", "unga", "Russia urged members not to support the draft.", {"RUS": "oppose"}),
    P("clauses", "unga", "China called on members to reject the text.", {"CHN": "oppose"}),
    P(
        "reactions",
        "unga",
        "Israel called the vote shameful.",
        {"ISR": "oppose"},
        lead=ADOPTED["unga"],
    ),
    P(
        "reactions",
        "eu-council",
        "The vote was a victory for Hungary, which had opposed the reform.",
        {"HUN": "oppose"},
        lead=FAILED["eu-council"],
    ),
    P(
        "reactions",
        "eu-council",
        "The result was a defeat for Germany, the reform's main sponsor.",
        {"DEU": "support"},
        lead=FAILED["eu-council"],
    ),
    P(
        "changes",
        "unga",
        "Spain, which had abstained in committee, voted in favour in the plenary.",
        {"ESP": "support"},
    ),
    P("changes", "unsc", "Ecuador changed its vote from yes to no.", {"ECU": "oppose"}),
    P("changes", "unsc", "Mozambique, an abstainer last time, voted yes.", {"MOZ": "support"}),
    P(
        "changes",
        "unsc",
        "Even the United States, which usually votes against such texts, abstained.",
        {"USA": "abstain"},
    ),
    P(
        "despite",
        "unsc",
        "Guyana and Malta voiced reservations but voted yes.",
        {"GUY": "support", "MLT": "support"},
    ),
    P(
        "exclusion",
        "unsc",
        "Only two of the 15 members, Russia and China, did not vote in favour.",
        {"RUS": "!support", "CHN": "!support"},
    ),
    P(
        "reported",
        "euco",
        "Orban told reporters that Hungary would never accept the package.",
        {"HUN": "oppose"},
    ),
    P(
        "reported",
        "euco",
        "Asked about Hungary, Scholz said Budapest's objections had been met.",
        {"HUN": "support"},
    ),
    P(
        "clauses",
        "eu-council",
        "Sweden's minister said she voted yes despite misgivings.",
        {"SWE": "support"},
    ),
    P(
        "negation",
        "eu-council",
        "Hungary was not the only country to vote against; Poland did too.",
        {"HUN": "oppose", "POL": "oppose"},
    ),
    P("negation", "unsc", "Far from opposing the text, China voted for it.", {"CHN": "support"}),
    P(
        "negation",
        "unsc",
        "Russia did not so much oppose the text as abstain on it.",
        {"RUS": "abstain"},
    ),
    P(
        "comparative",
        "nato",
        "Poland pushed harder than any other ally for the plan.",
        {"POL": "support"},
    ),
    P(
        "headline",
        "unsc",
        "The text received 13 votes.",
        {"RUS": "oppose", "CHN": "oppose"},
        lead=FAILED["unsc"],
        headline="Russia, China veto Sudan text",
    ),
]

# ---------------------------------------------------------------------------------------------
# Fifth batch (twelfth stop): new construction classes, written before running them.  Leads for
# a measure against a state: a state that backs the TARGET of a measure is against the measure
# (or states nothing on it); it never supports it.
SYRIA_SANCTIONS = (
    "The UN Security Council voted on Tuesday on a draft resolution imposing sanctions on Syria."
)
SYRIA_HEAD = "UN Council votes on Syria sanctions"
BELARUS_SANCTIONS = "EU foreign ministers voted on Tuesday on new sanctions against Belarus."
IRAN_SANCTIONS = (
    "The UN Security Council voted on Tuesday on a draft resolution tightening sanctions on Iran."
)

PROBES += [
    # ------------------------------------------------------ exclusion: "all but one, X"
    # Turkey is the one ally that did not agree
    P("exclusion2", "nato", "All allies but one, Turkey, agreed to the plan.", {"TUR": "!support"}),
    P("exclusion2", "nato", "All allies except Turkey agreed to the plan.", {"TUR": "!support"}),
    P(
        "exclusion2",
        "euco",
        "Every leader but Hungary's Viktor Orban backed the package.",
        {"HUN": "!support"},
    ),
    P(
        "exclusion2",
        "euco",
        "All member states save Hungary backed the package.",
        {"HUN": "!support"},
    ),
    # two excepted states, then "every minister voted for"
    P(
        "exclusion2",
        "eu-council",
        "With the exception of Poland and Hungary, every minister voted for the reform.",
        {"POL": "!support", "HUN": "!support"},
    ),
    P(
        "exclusion2",
        "unsc",
        "Every member but one, Russia, voted in favour.",
        {"RUS": "!support"},
    ),
    P(
        "exclusion2",
        "unga",
        "Every EU state except Hungary voted for the resolution.",
        {"HUN": "!support"},
    ),
    # "which held out for concessions": Turkey's own stance is against
    P(
        "exclusion2",
        "nato",
        "The plan was backed by all allies save Turkey, which held out for concessions.",
        {"TUR": "oppose"},
    ),
    P(
        "exclusion2",
        "euco",
        "Apart from Hungary, all 26 leaders endorsed the package.",
        {"HUN": "!support"},
    ),
    P(
        "exclusion2",
        "unsc",
        "Russia was the only member not to vote in favour.",
        {"RUS": "!support"},
    ),
    P(
        "exclusion2",
        "eu-council",
        "Save for Hungary, ministers backed the reform unanimously.",
        {"HUN": "!support"},
    ),
    P(
        "exclusion2",
        "euco",
        "Leaders, Hungary excepted, agreed on the package.",
        {"HUN": "!support"},
    ),
    P(
        "exclusion2",
        "nato",
        "Thirty-one allies signed off on the plan; the exception was Turkey.",
        {"TUR": "!support"},
    ),
    # ------------------------------------------------------------------------ "including"
    P(
        "including",
        "unsc",
        "Several members, including France and Britain, voted for the text.",
        {"FRA": "support", "GBR": "support"},
    ),
    P(
        "including",
        "unga",
        "A dozen states, including Russia and Syria, voted against.",
        {"RUS": "oppose", "SYR": "oppose"},
    ),
    P(
        "including",
        "eu-council",
        "Critics of the reform, including Hungary, were outvoted.",
        {"HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    # voiced doubts but did not block: not an opposition
    P(
        "including",
        "euco",
        "Several leaders, including Hungary's Orban, voiced doubts but did not block the package.",
        {"HUN": "!oppose"},
    ),
    # the measure's sponsors include the states named after "including"
    P(
        "including",
        "unga",
        "The text was drafted by a group of states including Mexico and Norway.",
        {"MEX": "support", "NOR": "support"},
    ),
    # ----------------------------------------- a state backing the target of a measure
    # backing Syria, the target of the sanctions, is not backing the sanctions
    P(
        "target-ally",
        "unsc",
        "Russia backed Syria.",
        {"RUS": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "unsc",
        "Russia, Syria's closest ally, backed Damascus throughout the talks.",
        {"RUS": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "unsc",
        "China stood by Syria and said sanctions would only hurt civilians.",
        {"CHN": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "unsc",
        "Russia supported the Syrian government's position.",
        {"RUS": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "unsc",
        "Russia defended Syria in the debate.",
        {"RUS": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "unsc",
        "Russia has long backed the government in Damascus.",
        {"RUS": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    P(
        "target-ally",
        "eu-council",
        "Hungary, which has close ties to Minsk, backed Belarus.",
        {"HUN": "!support"},
        lead=BELARUS_SANCTIONS,
        headline="EU ministers weigh Belarus sanctions",
    ),
    P(
        "target-ally",
        "unsc",
        "China supported Iran and abstained.",
        {"CHN": "abstain"},
        lead=IRAN_SANCTIONS,
        headline="UN Council votes on Iran sanctions",
    ),
    P(
        "target-ally",
        "unsc",
        "Russia sided with Tehran.",
        {"RUS": "!support"},
        lead=IRAN_SANCTIONS,
        headline="UN Council votes on Iran sanctions",
    ),
    # backing the target's call to reject the text is opposing the text
    P(
        "target-ally",
        "unsc",
        "Algeria backed Syria's call to reject the text.",
        {"DZA": "!support"},
        lead=SYRIA_SANCTIONS,
        headline=SYRIA_HEAD,
    ),
    # ------------------------------------------ a warning between two states: no stance
    P(
        "warning",
        "unsc",
        "Chile warned Peru against sending troops to the border.",
        {"CHL": None, "PER": None},
    ),
    P(
        "warning",
        "nato",
        "Greece warned Turkey against provocations in the Aegean.",
        {"GRC": None, "TUR": None},
    ),
    P(
        "warning",
        "unsc",
        "Egypt warned Ethiopia against filling the dam before a deal.",
        {"EGY": None, "ETH": None},
    ),
    P(
        "warning",
        "euco",
        "Poland warned Germany against relying on Russian gas.",
        {"POL": None, "DEU": None},
    ),
    P(
        "warning",
        "nato",
        "Washington cautioned Ankara against buying Russian missiles.",
        {"USA": None, "TUR": None},
    ),
    P(
        "warning",
        "unsc",
        "Iran warned the United States against attacking its nuclear sites.",
        {"IRN": None, "USA": None},
    ),
    # ------------------------------------------------ apposition and parentheticals
    P("apposition", "euco", "Hungary, long a holdout, backed the package.", {"HUN": "support"}),
    P(
        "apposition",
        "euco",
        "Hungary, which had threatened a veto, backed the package.",
        {"HUN": "support"},
    ),
    P(
        "apposition",
        "eu-council",
        "Poland, a vocal critic of the reform, voted against it.",
        {"POL": "oppose"},
    ),
    P(
        "apposition",
        "eu-council",
        "Poland, a vocal critic of the reform, nonetheless voted for it.",
        {"POL": "support"},
    ),
    P(
        "apposition",
        "unsc",
        "Russia (which had threatened to veto) abstained.",
        {"RUS": "abstain"},
    ),
    P(
        "apposition",
        "unsc",
        "China, a close partner of Khartoum, voted in favour.",
        {"CHN": "support"},
    ),
    P(
        "apposition",
        "unsc",
        "The text, drafted by Britain, was opposed by Russia, a key backer of Khartoum.",
        {"GBR": "support", "RUS": "oppose"},
    ),
    P(
        "apposition",
        "nato",
        "Turkey - which had held up the plan for months - finally lifted its objection.",
        {"TUR": "support"},
    ),
    P(
        "apposition",
        "unga",
        "Syria, whose government the resolution condemns, voted against it.",
        {"SYR": "oppose"},
    ),
    # Slovakia supported Hungary, which voted against: not support
    P(
        "apposition",
        "eu-council",
        "Hungary, supported by Slovakia, voted against the reform.",
        {"HUN": "oppose", "SVK": "!support"},
    ),
    P(
        "apposition",
        "eu-council",
        "Germany, backed by France, pushed the reform through.",
        {"DEU": "support", "FRA": "support"},
    ),
    P(
        "apposition",
        "euco",
        "Slovakia (like Hungary, a critic of the package) agreed in the end.",
        {"SVK": "support"},
    ),
    # ------------------------------------------------ relative clauses on the wrong head
    P(
        "relative",
        "unsc",
        "The draft, which Russia said it would veto, was withdrawn.",
        {"RUS": "oppose"},
    ),
    P(
        "relative",
        "euco",
        "The package, which Hungary has blocked since December, remains stalled.",
        {"HUN": "oppose"},
    ),
    P(
        "relative",
        "eu-council",
        "Poland voted against the plan, which Germany had drafted.",
        {"POL": "oppose", "DEU": "support"},
    ),
    # the amendment Italy opposed is another decision; both voted for the reform
    P(
        "relative",
        "eu-council",
        "Spain backed an amendment that Italy opposed, but both voted for the reform.",
        {"ESP": "support", "ITA": "support"},
    ),
    # Russia rejected France's amendment, not the text
    P(
        "relative",
        "unsc",
        "France, whose amendment Russia rejected, voted for the text.",
        {"FRA": "support", "RUS": None},
    ),
    P(
        "relative",
        "unsc",
        "Russia vetoed a text that China had backed.",
        {"RUS": "oppose", "CHN": "support"},
    ),
    P(
        "relative",
        "unga",
        "The resolution, which the United States opposed, passed with 120 votes.",
        {"USA": "oppose"},
        lead=ADOPTED["unga"],
    ),
    P(
        "relative",
        "unsc",
        "Russia backed a rival text, which the Council rejected, and vetoed the draft.",
        {"RUS": "oppose"},
    ),
    P(
        "relative",
        "euco",
        "Leaders approved the package that Hungary had long resisted, with Orban's consent.",
        {"HUN": "support"},
        lead=ADOPTED["euco"],
    ),
    # ------------------------------------------------------------ instead of / rather than
    P("instead", "unsc", "Russia abstained instead of vetoing the text.", {"RUS": "abstain"}),
    P(
        "instead",
        "eu-council",
        "Austria voted against the reform instead of abstaining as expected.",
        {"AUT": "oppose"},
    ),
    P(
        "instead",
        "unsc",
        "China chose to abstain rather than support the draft.",
        {"CHN": "abstain"},
    ),
    P(
        "instead",
        "eu-council",
        "Italy backed a delay rather than the reform itself.",
        {"ITA": "!support"},
    ),
    P(
        "instead",
        "euco",
        "Hungary pushed for a smaller loan instead of the 50 billion euro package.",
        {"HUN": "!support"},
    ),
    P(
        "instead",
        "unga",
        "India abstained rather than vote against the resolution.",
        {"IND": "abstain"},
    ),
    P(
        "instead",
        "nato",
        "France argued for bilateral deals instead of the plan.",
        {"FRA": "!support"},
    ),
    P("instead", "unsc", "Instead of vetoing the text, Russia abstained.", {"RUS": "abstain"}),
    P(
        "instead",
        "eu-council",
        "Rather than block the reform, Poland abstained.",
        {"POL": "abstain"},
    ),
    P(
        "instead",
        "eu-council",
        "Sweden voted for the reform rather than for the weaker Polish text.",
        {"SWE": "support"},
    ),
    P(
        "instead",
        "unsc",
        "Rather than back the draft, Russia tabled a rival text.",
        {"RUS": "!support"},
    ),
    # ------------------------------------------------------ in favour of a delay / the text
    P(
        "delay",
        "eu-council",
        "Austria spoke in favour of delaying the vote.",
        {"AUT": "!support"},
    ),
    P("delay", "eu-council", "Austria was in favour of the text.", {"AUT": "support"}),
    P("delay", "unsc", "Russia voted in favour of a delay.", {"RUS": "!support"}),
    P("delay", "euco", "Hungary supported the delay of the package.", {"HUN": "!support"}),
    P(
        "delay",
        "euco",
        "Hungary backed postponing the package until June.",
        {"HUN": "!support"},
    ),
    P(
        "delay",
        "eu-council",
        "Poland was in favour of more time, not of the reform.",
        {"POL": "!support"},
    ),
    P(
        "delay",
        "unsc",
        "Britain voted in favour of the text and against a delay.",
        {"GBR": "support"},
    ),
    P("delay", "unsc", "Russia backed postponing the vote.", {"RUS": "!support"}),
    P(
        "delay",
        "eu-council",
        "Italy welcomed the postponement of the reform.",
        {"ITA": "!support"},
    ),
    P("delay", "nato", "Turkey backed a delay of the plan.", {"TUR": "!support"}),
    P(
        "delay",
        "euco",
        "Slovakia supported Hungary's call to delay the package.",
        {"SVK": "!support", "HUN": "!support"},
    ),
    # -------------------------------- voted to reject / voted down / outvoted / isolated
    P("defeat", "unga", "Russia voted to reject the resolution.", {"RUS": "oppose"}),
    P(
        "defeat",
        "unsc",
        "Russia and China voted down the draft.",
        {"RUS": "oppose", "CHN": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "defeat",
        "unsc",
        "The draft was voted down by Russia and China.",
        {"RUS": "oppose", "CHN": "oppose"},
        lead=FAILED["unsc"],
    ),
    # voted down with Germany and France in the minority: they were for it
    P(
        "defeat",
        "eu-council",
        "Ministers voted down the reform, with Germany and France in the minority.",
        {"DEU": "support", "FRA": "support"},
        lead=FAILED["eu-council"],
    ),
    P("defeat", "eu-council", "Poland tried but failed to block the reform.", {"POL": "oppose"}),
    P(
        "defeat",
        "unga",
        "Russia's attempt to block the resolution failed.",
        {"RUS": "oppose"},
        lead=ADOPTED["unga"],
    ),
    P(
        "defeat",
        "eu-council",
        "Hungary was outvoted.",
        {"HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "defeat",
        "eu-council",
        "Germany was outvoted by a coalition led by Poland.",
        {"DEU": "support", "POL": "oppose"},
        lead=FAILED["eu-council"],
    ),
    P(
        "defeat",
        "euco",
        "Hungary was isolated in its opposition to the package.",
        {"HUN": "oppose"},
    ),
    P(
        "defeat",
        "euco",
        "Hungary was isolated after the other 26 leaders backed the package.",
        {"HUN": "!support"},
    ),
    P("defeat", "unsc", "Russia was alone in opposing the text.", {"RUS": "oppose"}),
    P("defeat", "unsc", "Russia stood alone in voting against.", {"RUS": "oppose"}),
    P(
        "defeat",
        "unga",
        "The United States was alone among Western states in voting no.",
        {"USA": "oppose"},
    ),
    P(
        "defeat",
        "unsc",
        "France was alone in backing the draft.",
        {"FRA": "support"},
        lead=FAILED["unsc"],
    ),
    P(
        "defeat",
        "eu-council",
        "The Netherlands was isolated in supporting the reform.",
        {"NLD": "support"},
        lead=FAILED["eu-council"],
    ),
    P(
        "defeat",
        "unsc",
        "The Council rejected a Russian proposal to delay the vote.",
        {"RUS": "!support"},
    ),
    P(
        "defeat",
        "eu-council",
        "Hungary and Poland lost the vote.",
        {"HUN": "oppose", "POL": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "defeat",
        "unsc",
        "Russia failed to win support for its rival text and vetoed the draft.",
        {"RUS": "oppose"},
    ),
    # --------------------------------------------- a proposal by A that B rejected
    P(
        "proposal",
        "unsc",
        "Russia rejected a proposal by France to amend the text.",
        {"RUS": None},
    ),
    P(
        "proposal",
        "unsc",
        "The text, a proposal by France that Russia rejected, failed.",
        {"FRA": "support", "RUS": "oppose"},
        lead=FAILED["unsc"],
    ),
    P(
        "proposal",
        "eu-council",
        "Ministers adopted a German proposal that Hungary had rejected.",
        {"DEU": "support", "HUN": "oppose"},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "proposal",
        "unsc",
        "Russia vetoed a draft proposed by the United States.",
        {"RUS": "oppose", "USA": "support"},
    ),
    P(
        "proposal",
        "nato",
        "The plan, which France had championed, was rejected by Turkey.",
        {"FRA": "support", "TUR": "oppose"},
    ),
    P(
        "proposal",
        "eu-council",
        "A Polish proposal to scrap the reform was rejected by Germany.",
        {"POL": "oppose", "DEU": "!oppose"},
    ),
    # ------------------------------------------------- passive agents far from the verb
    P(
        "passive",
        "unsc",
        "The draft, after weeks of talks and a last-minute change to its wording, was vetoed by "
        "Russia.",
        {"RUS": "oppose"},
    ),
    P(
        "passive",
        "unsc",
        "The draft was, diplomats said after the meeting, backed by all African members, "
        "including Mozambique.",
        {"MOZ": "support"},
    ),
    P(
        "passive",
        "eu-council",
        "The reform, which had been watered down several times to win over Italy, was finally "
        "blocked by Poland and Hungary.",
        {"POL": "oppose", "HUN": "oppose", "ITA": None},
        lead=FAILED["eu-council"],
    ),
    P(
        "passive",
        "euco",
        "The package, long held up by disputes over its size and over the rule of law, was "
        "approved by all 27 leaders, Hungary included.",
        {"HUN": "support"},
        lead=ADOPTED["euco"],
    ),
    P(
        "passive",
        "unsc",
        "Tabled by Britain in January and revised twice since, the text was opposed by Russia.",
        {"GBR": "support", "RUS": "oppose"},
    ),
    # ---------------------------------------------------------- both ... and / either ... or
    P(
        "both-either",
        "unsc",
        "Both Russia and China voted against the text.",
        {"RUS": "oppose", "CHN": "oppose"},
    ),
    P(
        "both-either",
        "unsc",
        "Both France and Russia supported the text.",
        {"FRA": "support", "RUS": "support"},
    ),
    P(
        "both-either",
        "unsc",
        "Either Russia or China is expected to veto the text.",
        {"RUS": None, "CHN": None},
    ),
    P(
        "both-either",
        "eu-council",
        "Either Poland or Hungary will block the reform, diplomats said.",
        {"POL": None, "HUN": None},
    ),
    P(
        "both-either",
        "unsc",
        "Russia will either abstain or veto the text.",
        {"RUS": "!support"},
    ),
    P(
        "both-either",
        "eu-council",
        "Austria could either abstain or vote for the reform.",
        {"AUT": "!oppose"},
    ),
    P("both-either", "unsc", "Britain both drafted and voted for the text.", {"GBR": "support"}),
    P(
        "both-either",
        "euco",
        "Hungary both criticised and ultimately backed the package.",
        {"HUN": "support"},
    ),
    P(
        "both-either",
        "eu-council",
        "Neither Poland's objections nor Hungary's threats stopped Germany from backing the "
        "reform.",
        {"DEU": "support", "POL": "oppose", "HUN": "oppose"},
    ),
    # ------------------------------------------------------------- rhetorical "far from"
    P(
        "far-from",
        "unsc",
        "Far from backing the text, China voted against it.",
        {"CHN": "oppose"},
    ),
    P(
        "far-from",
        "euco",
        "Far from blocking the package, Hungary helped draft it.",
        {"HUN": "support"},
    ),
    P(
        "far-from",
        "eu-council",
        "Far from opposing the reform, Italy was one of its authors.",
        {"ITA": "support"},
    ),
    P(
        "far-from",
        "nato",
        "Turkey, far from opposing the plan, offered troops for it.",
        {"TUR": "support"},
    ),
    P("far-from", "unsc", "Russia, far from supporting the text, vetoed it.", {"RUS": "oppose"}),
    # ------------------------------------------------------------------ double negatives
    P(
        "double-neg",
        "euco",
        "Hungary did not fail to carry out its threat to block the package.",
        {"HUN": "oppose"},
    ),
    P("double-neg", "eu-council", "Poland could not but accept the reform.", {"POL": "support"}),
    P("double-neg", "unsc", "China could not help but vote for the text.", {"CHN": "support"}),
    P(
        "double-neg",
        "euco",
        "Not one leader, not even Hungary's Orban, failed to back the package.",
        {"HUN": "support"},
    ),
    P("double-neg", "unsc", "Russia did not refrain from using its veto.", {"RUS": "oppose"}),
    P(
        "double-neg",
        "eu-council",
        "Spain never once failed to support the reform.",
        {"ESP": "support"},
    ),
    P(
        "double-neg",
        "unsc",
        "It is not true that China opposed the text, its envoy said.",
        {"CHN": "!oppose"},
    ),
    P(
        "double-neg",
        "nato",
        "Turkey did not withhold its support for the plan.",
        {"TUR": "support"},
    ),
    P("double-neg", "eu-council", "Hungary did not withdraw its objection.", {"HUN": "oppose"}),
    P("double-neg", "euco", "Hungary did not drop its veto.", {"HUN": "oppose"}),
    P("double-neg", "unsc", "Russia did not abstain; it voted no.", {"RUS": "oppose"}),
    P("double-neg", "unsc", "China did not vote no; it abstained.", {"CHN": "abstain"}),
    P(
        "double-neg",
        "eu-council",
        "Austria was not unwilling to back the reform, and in the end it did.",
        {"AUT": "support"},
    ),
    # --------------------------------------------------- headlines and HTML captions
    P(
        "html",
        "euco",
        "<figure><img src='orban.jpg' alt=''><figcaption>Viktor Orban, whose veto stalled the "
        "package, arrives at the summit.</figcaption></figure>\n<p>Leaders will meet again in "
        "March.</p>",
        {"HUN": "oppose"},
        html=True,
        headline="Orban blocks Ukraine aid package",
    ),
    P(
        "html",
        "unsc",
        "<figure><figcaption>Russia's ambassador raises his hand to veto the text.</figcaption>"
        "</figure>\n<p>The vote was 13 to 1 with one abstention.</p>",
        {"RUS": "oppose"},
        html=True,
        lead=FAILED["unsc"],
    ),
    P(
        "html",
        "unsc",
        "<p>The vote was 14 in favour with one abstention.</p>",
        {"RUS": "abstain"},
        html=True,
        headline="Russia abstains as Council adopts Sudan truce",
        lead=ADOPTED["unsc"],
    ),
    P(
        "html",
        "unsc",
        "<figure><figcaption>The French ambassador arrives at the Council chamber."
        "</figcaption></figure>\n<p>Diplomats expect a close vote.</p>",
        {"FRA": None},
        html=True,
    ),
    P(
        "html",
        "euco",
        "<p>The package will be paid out over four years.</p>",
        {"HUN": "support"},
        html=True,
        title="Orban backs down on Ukraine aid | Wire",
        headline="EU leaders approve Ukraine aid after Orban backs down",
        lead=ADOPTED["euco"],
    ),
    P(
        "html",
        "nato",
        "<figure><figcaption>Turkish and Greek officials talk before the meeting in Brussels."
        "</figcaption></figure>\n<p>Allies will meet again next month.</p>",
        {"TUR": None, "GRC": None},
        html=True,
    ),
    P(
        "headline",
        "euco",
        "The package will be paid out over four years.",
        {"HUN": "support"},
        headline="Hungary lifts veto on Ukraine aid",
        lead=ADOPTED["euco"],
    ),
    P(
        "headline",
        "eu-council",
        "The reform will take effect in 2026.",
        {"POL": "oppose", "HUN": "oppose"},
        headline="Poland, Hungary outvoted on asylum reform",
        lead=ADOPTED["eu-council"],
    ),
    P(
        "headline",
        "unsc",
        "The text was adopted with 14 votes.",
        {"RUS": "oppose"},
        headline="Russia alone in opposing Sudan text",
    ),
    P(
        "headline",
        "nato",
        "Allies will try again next month.",
        {"TUR": "oppose"},
        headline="Turkey blocks NATO defence plan",
    ),
    P(
        "headline",
        "unsc",
        "A vote is expected on Thursday.",
        {"CHN": "!oppose"},
        headline="China won't veto Sudan text, envoy says",
    ),
    # ----------------------------------------------------------- quotes inside quotes
    P(
        "quotes",
        "unsc",
        "The French envoy said: \"Russia told us, 'We will veto this text', and it did.\"",
        {"RUS": "oppose", "FRA": None},
        lead=FAILED["unsc"],
    ),
    P(
        "quotes",
        "euco",
        "\"When Orban said 'I will not block it', we believed him,\" a diplomat said.",
        {"HUN": "!oppose"},
    ),
    P(
        "quotes",
        "unsc",
        "\"We heard China say 'we support the text',\" the British envoy said.",
        {"CHN": "support", "GBR": None},
    ),
    P(
        "quotes",
        "eu-council",
        "The Polish minister said: \"Our answer to the reform is 'no'.\"",
        {"POL": "oppose"},
    ),
    P(
        "quotes",
        "unsc",
        "Russia's envoy mocked the draft: \"They call it 'balanced'. We call it biased.\" Russia "
        "then voted against it.",
        {"RUS": "oppose"},
    ),
    P(
        "quotes",
        "eu-council",
        "\"Germany keeps saying 'yes' to the reform, but Poland says no,\" the Hungarian "
        "minister said.",
        {"DEU": "support", "POL": "oppose", "HUN": None},
    ),
    # ------------------------------------------- one state reporting another's stance
    P(
        "reported2",
        "euco",
        "Paris said Rome would not block the package.",
        {"ITA": "!oppose", "FRA": None},
    ),
    P(
        "reported2",
        "euco",
        "Berlin said Budapest would veto the package.",
        {"HUN": "oppose", "DEU": None},
    ),
    P(
        "reported2",
        "unsc",
        "Washington said Moscow had threatened to veto the text.",
        {"RUS": "oppose", "USA": None},
    ),
    P(
        "reported2",
        "nato",
        "Ankara said Athens opposed the plan.",
        {"GRC": "oppose", "TUR": None},
    ),
    P(
        "reported2",
        "eu-council",
        "The Polish minister said Germany had pushed the reform through.",
        {"DEU": "support", "POL": None},
        lead=ADOPTED["eu-council"],
    ),
    P(
        "reported2",
        "unsc",
        "France said Russia's veto was a disgrace.",
        {"RUS": "oppose", "FRA": "support"},
        lead=FAILED["unsc"],
    ),
    P(
        "reported2",
        "unsc",
        "China said Russia had its reasons to veto the text.",
        {"RUS": "oppose", "CHN": None},
        lead=FAILED["unsc"],
    ),
    P(
        "reported2",
        "eu-council",
        "Madrid said Lisbon would vote against the reform, not abstain.",
        {"PRT": "oppose", "ESP": None},
    ),
    P(
        "reported2",
        "eu-council",
        "Rome denied reports that Vienna would block the reform.",
        {"AUT": None, "ITA": None},
    ),
    # ---------------------------------------------------- amendment versus the text
    P(
        "amendment2",
        "unsc",
        "Russia voted for a Chinese amendment but against the text.",
        {"RUS": "oppose"},
    ),
    P(
        "amendment2",
        "unsc",
        "France voted against the Russian amendment and then for the text.",
        {"FRA": "support"},
    ),
    P(
        "amendment2",
        "eu-council",
        "Hungary backed the amendment, then voted against the reform as a whole.",
        {"HUN": "oppose"},
    ),
    P(
        "amendment2",
        "unga",
        "The amendment, proposed by Egypt, was rejected; Egypt then abstained on the resolution.",
        {"EGY": "abstain"},
    ),
    P("amendment2", "unga", "India voted against the amendment.", {"IND": None}),
    P(
        "amendment2",
        "eu-council",
        "Poland's amendment was rejected, but Poland voted for the reform.",
        {"POL": "support"},
    ),
    P(
        "amendment2",
        "unsc",
        "Russia's amendment failed; it then vetoed the text.",
        {"RUS": "oppose"},
    ),
    P(
        "amendment2",
        "unga",
        "Pakistan, which had backed the failed amendment, voted against the resolution.",
        {"PAK": "oppose"},
    ),
    # ------------------------------------------- abstention is not opposition
    P(
        "abstain2",
        "unsc",
        "Russia declined to support the text and abstained.",
        {"RUS": "abstain"},
    ),
    P(
        "abstain2",
        "unga",
        "India withheld its support, abstaining in the vote.",
        {"IND": "abstain"},
    ),
    P(
        "abstain2",
        "eu-council",
        "Belgium did not vote in favour; it abstained.",
        {"BEL": "abstain"},
    ),
    P(
        "abstain2",
        "eu-council",
        "Germany's abstention counted as a vote against under the council's rules.",
        {"DEU": "abstain"},
    ),
    P(
        "abstain2",
        "unsc",
        "China refused to back the text, abstaining instead.",
        {"CHN": "abstain"},
    ),
    P(
        "abstain2",
        "unsc",
        "Russia's abstention allowed the text to pass.",
        {"RUS": "abstain"},
        lead=ADOPTED["unsc"],
    ),
    P(
        "abstain2",
        "unga",
        "Brazil abstained, saying it could not vote for a text that singled out one side.",
        {"BRA": "abstain"},
    ),
    P(
        "abstain2",
        "eu-council",
        "Bulgaria abstained rather than oppose the reform outright.",
        {"BGR": "abstain"},
    ),
    P(
        "abstain2",
        "unsc",
        "Russia did not vote for the text, but it did not block it either: it abstained.",
        {"RUS": "abstain"},
    ),
    # ------------------------------------------------------ "supported the delay of X"
    P("delay2", "euco", "Hungary supported delaying the package to June.", {"HUN": "!support"}),
    P(
        "delay2",
        "eu-council",
        "Austria supported the delay of the reform.",
        {"AUT": "!support"},
    ),
    P(
        "delay2",
        "unsc",
        "Russia argued in favour of postponing the resolution.",
        {"RUS": "!support"},
    ),
    P(
        "delay2",
        "eu-council",
        "Slovakia backed a proposal to shelve the reform.",
        {"SVK": "!support"},
    ),
    # --------------------------- "a move backed by X" summing up another act (k05's class)
    P(
        "summary",
        "unsc",
        "Parliament extended the president's term, a move backed by Syria.",
        {"SYR": None},
        lead=ADOPTED["unsc"],
    ),
    P(
        "summary",
        "euco",
        "Hungary raised its own defence budget, a step welcomed by Poland.",
        {"POL": None, "HUN": None},
    ),
    P(
        "summary",
        "nato",
        "Turkey bought Russian missiles, a move condemned by Washington.",
        {"USA": None, "TUR": None},
    ),
    # the move summed up is the adoption itself: a welcome of the decision
    P(
        "summary",
        "unsc",
        "The Council adopted the text, a move welcomed by Egypt.",
        {"EGY": "support"},
        lead=ADOPTED["unsc"],
    ),
    # ---------------------- spurious stances: targets' warnings, mediators, hosts, attendance
    P("bystander", "unsc", "Sudan warned of famine in Darfur.", {"SDN": None}),
    P("bystander", "unsc", "Qatar, which mediated the truce, attended the meeting.", {"QAT": None}),
    P(
        "bystander",
        "unsc",
        "Egypt and Qatar, the mediators, briefed the Council before the vote.",
        {"EGY": None, "QAT": None},
    ),
    P("bystander", "euco", "Belgium hosted the summit.", {"BEL": None}),
    P(
        "bystander",
        "nato",
        "Lithuania, the host of the summit, welcomed leaders to Vilnius.",
        {"LTU": None},
    ),
    P("bystander", "unsc", "Ukraine's foreign minister attended the meeting.", {"UKR": None}),
    P(
        "bystander",
        "unga",
        "The Swiss delegation followed the debate from the gallery.",
        {"CHE": None},
    ),
    P(
        "bystander",
        "eu-council",
        "Norway, which is not an EU member, attended as an observer.",
        {"NOR": None},
    ),
    P(
        "bystander",
        "nato",
        "Sweden took part in the meeting for the first time as a member.",
        {"SWE": None},
    ),
    P("bystander", "euco", "Moldova's president addressed leaders by video.", {"MDA": None}),
    P("bystander", "unsc", "The vote took place as Sudan's army shelled Khartoum.", {"SDN": None}),
    P(
        "bystander",
        "unsc",
        "Norway, which brokered the talks, hosted a donors' conference in Oslo.",
        {"NOR": None},
    ),
    P(
        "bystander",
        "unsc",
        "Kenya's president, the chief mediator, urged calm in Darfur.",
        {"KEN": None},
    ),
    P(
        "bystander",
        "unsc",
        "Chad warned that refugees from Darfur were crossing its border.",
        {"TCD": None},
    ),
    P(
        "bystander",
        "unga",
        "Delegates from Ghana and Peru spoke before the vote about the famine.",
        {"GHA": None, "PER": None},
    ),
    P(
        "bystander",
        "nato",
        "Finland's defence minister chaired the session.",
        {"FIN": None},
    ),
]
