"""Splitting a NATO or Security Council article into its decisions (issue 13, fifteenth stop)
and putting each stance on the decision its sentence is about.

- A further text the deciders "also" adopt under its title ("also launched a Readiness
  Action Plan") is a decision of its own, as "also adopted a declaration" is: the title's
  last word is a kind of text.
- Page furniture beside the story in an HTML page (a block whose class or id is "related",
  "more", "sidebar", "share", "menu" ...) is not the article: the headlines of its links are
  other stories' decisions.
- An act of the deciders told "in a separate vote" ("set up a mission and, in a separate
  vote, extended the force") is a further decision, as "in a second decision" is.

Every article here is written for these tests (none is taken from the benchmark articles);
the expected stances are what a careful reader codes from the text alone, and each case says
why in its comment.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import issue_with, labels_by_issue, needs_spacy

from concilium.text.draft import article_text, draft_scenario

pytestmark = needs_spacy
DAY = dt.date(2024, 3, 15)


def by_issue(text: str, body: str) -> dict[str, dict[str, str]]:
    sc = draft_scenario(text, source="t.txt", on=DAY, body=body)
    return labels_by_issue(sc, named_only=True)


def test_a_titled_plan_the_leaders_also_launched_is_a_decision_of_its_own():
    # The strategy is what the leaders adopted first (Norway welcomed it); "also launched a
    # Readiness Action Plan" is a second decision, named by its title, which Poland and
    # Lithuania welcomed: their welcome is on the plan, not on the strategy.
    text = (
        "NATO adopts maritime strategy, launches readiness plan\n\n"
        "BRUSSELS, 15 March 2024 - NATO leaders on Friday adopted a new maritime strategy "
        "for the North Atlantic. Norway welcomed the strategy. The leaders also launched a "
        "Readiness Action Plan for the eastern allies. Poland and Lithuania welcomed the plan."
    )
    issues = by_issue(text, "nato")
    assert len(issues) == 2, issues
    assert issue_with(issues, "plan") == {"POL": "support", "LTU": "support"}
    assert issue_with(issues, "strategy") == {"NOR": "support"}


def test_one_titled_plan_the_leaders_adopted_stays_one_decision():
    # The leaders adopted the Readiness Action Plan and nothing else; "the plan" Poland
    # welcomed and Hungary criticised is that one plan: one issue, not two.
    text = (
        "NATO adopts readiness plan\n\n"
        "BRUSSELS, 15 March 2024 - NATO leaders on Friday adopted a Readiness Action Plan "
        "for the eastern allies. Poland welcomed the plan. Hungary criticised it."
    )
    issues = by_issue(text, "nato")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())) == {"POL": "support", "HUN": "oppose"}


# ------------------------------------------------------------ page furniture beside the story

PAGE = """<html><head><title>NATO agrees eastern air policing | Alliance Daily</title></head>
<body><div class="{top}"><a href="/">Home</a> &gt; <a href="/nato">NATO</a></div>
<article><h1>NATO agrees eastern air policing</h1>
<div class="meta">Staff reporter &middot; 15 March 2024</div>
<div class="content"><p>BRUSSELS, 15 March 2024 - NATO leaders on Friday agreed to extend air
policing over the Baltic states. Lithuania welcomed the decision.</p></div></article>
<{tag} class="{links}"><h3>Read next</h3><a href="/a/1">France pledges more troops for Mali</a>
<a href="/a/2">Turkey blocks Swedish membership bid</a></{tag}>
</body></html>"""


def test_related_links_beside_the_story_are_no_decisions_of_it():
    # The "Read next" block lists other stories' headlines: France's troop pledge and
    # Turkey's block are not in this article.  One decision, Lithuania for it; neither
    # France nor Turkey has a stance, and no second issue is made of a headline.
    for tag, links in (("div", "related"), ("aside", "related"), ("section", "more-stories")):
        raw = PAGE.format(top="breadcrumbs", tag=tag, links=links)
        issues = by_issue(raw, "nato")
        assert len(issues) == 1, (links, issues)
        assert next(iter(issues.values())) == {"LTU": "support"}, links
        text = article_text(raw)[1]
        assert "Lithuania welcomed the decision." in text
        assert "Mali" not in text and "Read next" not in text and "Home" not in text


def test_story_blocks_named_content_or_meta_are_kept():
    # Near miss: "content" and "meta" (the byline and date) are the story's own blocks;
    # a class that merely contains a furniture word inside another word ("moreover",
    # "shared-story") is no furniture either.
    raw = PAGE.format(top="shared-story", tag="div", links="moreover")
    text = article_text(raw)[1]
    assert "15 March 2024" in text and "Lithuania welcomed the decision." in text
    assert "Home" in text and "France pledges more troops for Mali" in text


def test_furniture_class_with_look_alike_letters_is_still_furniture():
    # "rеlated" with a Cyrillic "е" and an invisible joiner reads as "related": the obfuscated
    # page drops the same links as the clean one.
    raw = PAGE.format(top="breadcrumbs", tag="div", links="r\u0435l\u200bated")
    text = article_text(raw)[1]
    assert "Mali" not in text and "Lithuania welcomed the decision." in text


# ------------------------------------------------------- "in a separate vote": a second decision


def test_an_act_told_in_a_separate_vote_is_a_decision_of_its_own():
    # Two resolutions on two missions: "set up a monitoring mission" and, "in a separate
    # vote", "extended the peacekeeping force".  Both were drafted by Britain: its support is
    # on each of the two issues, not on one merged mission.
    text = (
        "Council sets up Yemen monitors, keeps Cyprus force\n\n"
        "NEW YORK, 15 March 2024 - The UN Security Council on Friday set up a monitoring "
        "mission in Yemen and, in a separate vote, extended the peacekeeping force in Cyprus "
        "for another year. Both resolutions, drafted by Britain, were adopted unanimously."
    )
    issues = by_issue(text, "unsc")
    assert len(issues) == 2, issues
    for stances in issues.values():
        assert stances.get("GBR") == "support", issues


def test_an_act_told_in_a_vote_that_is_not_separate_stays_one_decision():
    # Near miss: "in a unanimous vote" tells how the one decision was taken, not a second
    # one: one issue, Britain (which drafted it) for it.
    text = (
        "Council keeps Cyprus force\n\n"
        "NEW YORK, 15 March 2024 - The UN Security Council on Friday, in a unanimous vote, "
        "extended the peacekeeping force in Cyprus for another year. The resolution was "
        "drafted by Britain."
    )
    issues = by_issue(text, "unsc")
    assert len(issues) == 1, issues
    assert next(iter(issues.values())).get("GBR") == "support", issues
