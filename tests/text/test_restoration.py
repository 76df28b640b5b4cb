"""Restoration of obfuscated articles: the clean original is the expected answer.

Obfuscations are generated from seeds fixed here (``obfuscate.py``), at several rates and
with different letters and scripts.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from concilium.text.confusables import script_of
from concilium.text.draft import article_text
from concilium.text.scan import scan_text

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from obfuscate import obfuscate

ARTICLES = sorted(
    p
    for p in (HERE / "articles").iterdir()
    if p.suffix in (".txt", ".html") and not p.name.startswith("clean")
)
TEXTS = {p.name: article_text(p.read_text(encoding="utf-8"))[1] for p in ARTICLES}
LETTER_SCHEMES = ["cyrillic-e", "cyrillic-vowels", "cyrillic-full", "greek", "mixed"]


def _scripts(token: str) -> set[str]:
    return {script_of(c) for c in token if c.isalpha()} - {"Common", "Inherited"}


@pytest.mark.parametrize("scheme", LETTER_SCHEMES)
@pytest.mark.parametrize("rate", [0.1, 0.6])
def test_every_mixed_script_word_is_restored(scheme, rate):
    for k, (name, clean) in enumerate(TEXTS.items()):
        spoofed = obfuscate(clean, scheme, rate, seed=100 + k)
        _, fixed = scan_text(spoofed, fix=True)

        # letter-for-letter substitution keeps the tokens aligned; hyphens separate words
        def split(text: str) -> list[str]:
            return re.split(r"[\s\-\u2014\u2013]+", text)

        for orig, obf, fix in zip(split(clean), split(spoofed), split(fixed), strict=True):
            if len(_scripts(obf)) > 1 and len({script_of(c) for c in orig if c.isalpha()}) == 1:
                assert fix == orig, (name, obf)


@pytest.mark.parametrize("scheme", ["cyrillic-e", "cyrillic-vowels", "cyrillic-full", "greek"])
@pytest.mark.parametrize("rate", [0.05, 0.3])
def test_whole_articles_are_restored_exactly_with_fold_isolated(scheme, rate):
    for k, (name, clean) in enumerate(TEXTS.items()):
        spoofed = obfuscate(clean, scheme, rate, seed=200 + k)
        report, fixed = scan_text(spoofed, fix=True, fold_isolated=True)
        assert fixed == clean, name
        if spoofed != clean:
            assert report.verdict != "clean"


@pytest.mark.parametrize("scheme", ["invisible", "fullwidth"])
@pytest.mark.parametrize("rate", [0.05, 1.0])
def test_invisibles_and_fullwidth_are_always_undone(scheme, rate):
    for k, clean in enumerate(TEXTS.values()):
        _, fixed = scan_text(obfuscate(clean, scheme, rate, seed=300 + k), fix=True)
        assert fixed == clean


@pytest.mark.parametrize("name", ["clean-ru.txt", "clean-el.txt", "clean-mixed.txt"])
def test_no_false_alarm_on_clean_russian_greek_and_mixed_text(name):
    text = (HERE / "articles" / name).read_text(encoding="utf-8")
    report, fixed = scan_text(text, fix=True, fold_isolated=True)
    assert report.verdict == "clean" and fixed == text


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_no_false_alarm_on_clean_english_articles(name):
    report, fixed = scan_text(TEXTS[name], fix=True, fold_isolated=True)
    assert report.verdict == "clean" and fixed == TEXTS[name]


@pytest.mark.parametrize("scheme", LETTER_SCHEMES)
def test_fast_path_agrees_with_the_general_rules(monkeypatch, scheme):
    import concilium.text.confusables as conf

    for k, clean in enumerate(TEXTS.values()):
        spoofed = obfuscate(clean, scheme, 0.4, seed=400 + k)
        monkeypatch.setattr(conf, "_FAST", True)
        fast_report, fast = scan_text(spoofed, fix=True, fold_isolated=True)
        monkeypatch.setattr(conf, "_FAST", False)
        slow_report, slow = scan_text(spoofed, fix=True, fold_isolated=True)
        assert fast == slow
        assert fast_report.to_dict() == slow_report.to_dict()
