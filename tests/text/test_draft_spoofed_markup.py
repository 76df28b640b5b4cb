"""HTML whose tag names carry look-alike letters is read as the HTML it imitates."""

from __future__ import annotations

from concilium.text.draft import _unspoof_tags, article_text, draft_scenario

CLEAN = (
    "<html><head><title>Council backs aid</title></head><body>"
    "<nav>Home | World</nav><h1>Council backs aid crossings</h1>"
    "<p>UNITED NATIONS, 14 July 2014 - The UN Security Council on Monday unanimously "
    "adopted a resolution allowing aid into Syria across four border crossings.</p>"
    "<p>Resolution 2165, drafted by Australia, Luxembourg and Jordan, names two crossings "
    "from Turkey, Bab al-Salam and Bab al-Hawa.</p>"
    "<p>Russia said it had supported the text. France welcomed the vote.</p>"
    "</body></html>"
)


def test_tag_names_with_cyrillic_letters_are_folded():
    # "р" (U+0440) and "һ" (U+04BB) look like "p" and "h"; "1" and "l" share a skeleton.
    assert _unspoof_tags("<\u0440>x</\u0440><\u04bb1>y</\u04bb1>") == "<p>x</p><h1>y</h1>"


def test_only_known_tags_and_only_tag_names_change():
    # Text between tags and attribute values are the look-alike scan's business, not this.
    spoofed = '<div class="\u0430">\u041f\u0440</div><\u0440\u0440\u0440>'
    assert _unspoof_tags(spoofed) == spoofed


def test_a_page_with_spoofed_paragraph_tags_drafts_as_the_clean_page():
    # Only the second paragraph's tags spoofed, as an obfuscated copy of a benchmark page had
    # them: that paragraph then ran into the first ("<р>Resolution 2165, drafted by" was read as text).
    second = CLEAN.split("<p>")[2]
    spoofed = CLEAN.replace("<p>" + second, "<\u0440>" + second.replace("</p>", "</\u0440>"))
    clean, other = (draft_scenario(t, source="a.html") for t in (CLEAN, spoofed))
    stances = [{a["id"]: a.get("stances") for a in sc["actors"]} for sc in (clean, other)]
    assert stances[0] == stances[1] and {"RUS", "FRA", "AUS"} <= set(stances[0])
    # The page's text is the clean page's: the spoofed paragraph is a paragraph, not prose
    # that starts with "<р>" (the look-alike scan leaves the tag name alone).
    assert article_text(_unspoof_tags(spoofed)) == article_text(CLEAN)
    assert "<\u0440>" in article_text(spoofed)[1]
