"""Two decisions in one article (issue 13, tenth stop): the decision the article opens with
and a second one it goes on to are two issues, and each stance stays on the decision its
sentence is about.

- The deciders' own act names a decision even when no member's stance is read from it:
  "NATO leaders chose X as secretary-general", "the leaders also adopted a declaration on ...",
  "all 27 leaders agreed to extend the sanctions" (``stance.body_acts``).
- A decision the article opens with that no kind names ("endorsed the competitiveness plan")
  is an issue of its own when a later decision is named by other words ("the opening of
  accession negotiations with Moldova"); a bare "the package" later may be the same decision
  and is not split off.
- "On Friday morning, ... leaders agreed to ..." : a preposition before the verb is a time or
  a setting, not what was agreed.
- A title opening the sentence ("A US draft calling for ...") names the main text.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def by_issue(text: str, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


def test_opening_decision_and_a_later_block_are_two_issues():
    # The leaders approved the plan (no member named against it); Spain and Portugal welcomed
    # "the agreement" in the next sentence, which names no other decision: support for the
    # plan.  Austria blocked the talks, and Ireland argued for them: stances on the talks only.
    # Austria's block is no stance on the plan (before this stop it was drafted as opposing
    # the plan, the only issue).
    text = (
        "EU leaders back fisheries plan, stall enlargement\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Thursday approved the fisheries "
        "plan negotiated with Norway. Spain and Portugal welcomed the agreement. Later that "
        "night Austria blocked the opening of accession negotiations with Moldova. Ireland "
        "argued for going ahead."
    )
    issues = by_issue(text, "eu-council")
    assert len(issues) == 2, issues
    assert issue_with(issues, "fisheries") == {"ESP": "support", "PRT": "support"}
    assert issue_with(issues, "accession") == {"AUT": "oppose", "IRL": "support"}


def test_time_before_the_verb_is_not_what_was_agreed():
    # "On Friday morning, all 27 leaders agreed to extend the economic sanctions": the
    # sanctions are what was agreed (not "morning"), a second decision after the plan the
    # article opens with; Ukraine welcoming "the extension" after it is support for the
    # sanctions, Italy welcoming "the plan" before it support for the plan.
    text = (
        "EU leaders endorse competitiveness plan, extend Russia sanctions\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Thursday endorsed the "
        "competitiveness plan drawn up by the Commission. Italy welcomed the plan. On Friday "
        "morning, all 27 leaders agreed to extend the economic sanctions against Russia. "
        "Ukraine welcomed the extension."
    )
    issues = by_issue(text, "eu-council")
    assert len(issues) == 2, issues
    assert issue_with(issues, "competitiveness") == {"ITA": "support"}
    assert issue_with(issues, "sanctions") == {"UKR": "support"}


def test_deciders_agreeing_that_opens_the_article_is_the_main_decision():
    # "EU leaders agreed that enough progress had been made in the trade talks": the
    # deciders' act the article opens with, whose words name no kind of decision the later
    # sanctions share.  Austria's welcome of "the step" is about it; Lithuania's welcome of
    # "the renewal", after the sanctions are named, about the sanctions.
    text = (
        "EU moves to next stage of Swiss talks, renews Belarus sanctions\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders agreed on Friday that enough "
        "progress had been made in the trade talks with Switzerland. Austria welcomed the "
        "step. All 27 leaders also agreed to renew the sanctions on Belarus for a year. "
        "Lithuania welcomed the renewal."
    )
    issues = by_issue(text, "eu-council")
    assert len(issues) == 2, issues
    assert issue_with(issues, "talks") == {"AUT": "support"}
    assert issue_with(issues, "sanctions") == {"LTU": "support"}


def test_appointment_and_declaration_by_the_leaders_are_two_issues():
    # "NATO leaders chose Pieter Vos as secretary-general" names the appointment (a person
    # the gazetteer does not know, chosen by the deciders); Hungary dropping its objection is
    # support for it.  "The leaders also adopted a declaration on cyber defence" names a
    # second decision, which Poland and Estonia welcomed.
    text = (
        "NATO picks Vos, adopts cyber declaration\n\n"
        "BRUSSELS, 15 March 2024 - NATO leaders on Friday chose the Dutch diplomat Pieter "
        "Vos as the alliance's next secretary-general after Hungary dropped its objection. "
        "The leaders also adopted a declaration on cyber defence. Poland and Estonia "
        "welcomed the declaration."
    )
    issues = by_issue(text, "nato")
    assert len(issues) == 2, issues
    assert issue_with(issues, "vos") == {"HUN": "support"}
    assert issue_with(issues, "declaration") == {"POL": "support", "EST": "support"}


def test_a_bare_package_later_is_not_split_from_the_opening_decision():
    # "approved the competitiveness plan ... Hungary voted against the package": "the
    # package" may be the plan itself; one issue, Hungary against it (prefer one issue to a
    # split that may put the stance on a decision of its own).
    text = (
        "EU ministers approve competitiveness plan\n\n"
        "BRUSSELS, 15 March 2024 - European Union ministers on Thursday approved the "
        "competitiveness plan drawn up by the Commission. Hungary voted against the package."
    )
    issues = by_issue(text, "eu-council")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"HUN": "oppose"}


def test_main_text_named_at_the_opening_of_a_sentence_titles_its_issue():
    # "A US draft calling for a ceasefire ... was vetoed by Russia" is the main text (its
    # issue is titled from it, not from the headline naming both texts); "a rival Russian
    # text" is a second one: the United States voted against the rival, Russia vetoed the
    # US text, and neither stance reaches the other text.
    text = (
        "Rival US and Russian Sudan texts fail\n\n"
        "NEW YORK, 15 March 2024 - A US draft calling for a ceasefire in Sudan was vetoed "
        "by Russia. A rival Russian text, which called for talks, failed to win enough votes. "
        "The United States voted against it."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="unsc")
    titles = [i["title"] for i in sc["issues"]]
    assert titles[0].startswith("US draft calling for a ceasefire"), titles
    issues = labels_by_issue(sc, named_only=True)
    first, second = (issues[i["id"]] for i in sc["issues"])
    assert first == {"RUS": "oppose"}
    assert second == {"USA": "oppose", "RUS": "support"}  # "a rival Russian text": its sponsor


def test_a_count_whose_subject_is_both_decisions_counts_for_each():
    # Two appointments chosen by the leaders ("chose A as president and B as foreign policy
    # chief"), then "Both were agreed unanimously": the unanimity is each decision's, so both
    # issues have the count 27 yes, 0 no, 0 abstain (the EU had 27 members on 15 March 2024;
    # "unanimously" with no number is every member for), not only the one named last.
    text = (
        "EU picks Smits and Varga for top posts\n\n"
        "BRUSSELS, 15 March 2024 - European Union leaders on Thursday chose Jan Smits as "
        "president of the European Council. Austria put forward Eva Varga for the foreign policy "
        "post. Both were agreed unanimously."
    )
    sc = draft_scenario(text, source="t.txt", on=DAY, body="eu-council")
    assert len(sc["issues"]) == 2, [i["id"] for i in sc["issues"]]
    counts = {iid: meta["counts"] for iid, meta in sc["x-draft"]["issues"].items()}
    assert counts == {i["id"]: {"yes": 27, "no": 0, "abstain": 0} for i in sc["issues"]}


def test_separate_pact_is_a_second_text_and_objects_pick_their_own_decision():
    # "vetoed a reform of the bloc's voting rules, leading the other governments to agree to
    # draw up a separate pact": two decisions, the reform (Poland vetoed it) and "a separate
    # pact" (a second text, like "a rival draft").  The governments led to agree are not
    # Poland: "leading X to agree" is X's act, so Poland gets no support for the pact.
    # "France and Spain had proposed changing the voting rules": the object shares the
    # reform's own words ("voting rules"), so it is support for the reform, although the pact
    # was named last.  "Poland will stay out of the new arrangement": abstaining from the
    # pact, the decision named last (the object's words name neither).
    text = (
        "Poland blocks voting reform; others plan their own pact\n\n"
        "BRUSSELS, 15 March 2024 - Poland on Friday vetoed a reform of the bloc's voting "
        "rules, leading the other governments to agree to draw up a separate pact among "
        "themselves. France and Spain had proposed changing the voting rules. Poland will "
        "stay out of the new arrangement."
    )
    issues = by_issue(text, "eu-council")
    assert len(issues) == 2, issues
    assert issue_with(issues, "voting") == {"POL": "oppose", "FRA": "support", "ESP": "support"}
    assert issue_with(issues, "pact") == {"POL": "abstain"}


def test_the_one_persuaded_to_back_is_the_backer():
    # "The United States persuaded Turkey to back the plan": Turkey backs it; the United
    # States' stance is not stated by the sentence (persuading is no cue of its own here).
    text = (
        "Turkey comes round\n\n"
        "BRUSSELS, 15 March 2024 - The United States persuaded Turkey to back the plan."
    )
    issues = by_issue(text, "nato")
    assert next(iter(issues.values())) == {"TUR": "support"}
