"""A possessive pronoun in reported speech belongs to the speaker of its clause.

"B's envoy said his country could not accept the draft" is B's stance even when the sentence
before quoted another state's envoy; before, "his country" took the previous sentence's speaker
and gave that state the stance (an inverted stance). Sentences written for this test.
"""

from __future__ import annotations

import datetime as dt

from drafted_labels import labels

from concilium.text.draft import draft_scenario


def _labels(text: str) -> dict[str, str]:
    return labels(draft_scenario(text, on=dt.date(2024, 3, 15), body="unsc"))


def test_his_country_is_the_speaker_of_the_clause_not_the_previous_speaker():
    text = (
        "Council fails to adopt text on the strait\n\n"
        "UNITED NATIONS, 15 March 2024 - The Security Council failed to adopt a draft "
        "resolution on the strait on Friday. France's ambassador said the draft was "
        "balanced. China's ambassador Fu Cong said his country could not accept the draft."
    )
    labels = _labels(text)
    assert labels.get("CHN") == "oppose"
    assert labels.get("FRA") != "oppose"


def test_its_in_the_speakers_clause_is_the_speaker():
    text = (
        "Council adopts text on the strait\n\n"
        "UNITED NATIONS, 15 March 2024 - The Security Council adopted a resolution on the "
        "strait on Friday. Japan's envoy welcomed the talks. Algeria said its delegation "
        "had voted against the resolution."
    )
    labels = _labels(text)
    assert labels.get("DZA") == "oppose"
    assert labels.get("JPN") != "oppose"
