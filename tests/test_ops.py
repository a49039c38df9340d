"""The pipeline's matrix backend: one BLAS thread, the same parses as thinc's default BLIS."""

from __future__ import annotations

import numpy
import spacy
from threadpoolctl import ThreadpoolController

from helder.nlp import load_pipeline, model_path
from helder.nlp.ops import OneThreadBlasOps

SENTENCES = [
    "Wordt de premie toegekend, dan storten wij het bedrag binnen de maand op uw rekening.",
    "Uw aanvraag werd door de dienst Wonen op 3 maart goedgekeurd.",
    "Bent u het niet eens met deze beslissing, dan kunt u terecht bij de Vlaamse Ombudsdienst.",
]


def test_every_layer_of_the_shipped_pipeline_uses_the_one_thread_backend():
    nlp = load_pipeline()
    layers = [node for _, component in nlp.pipeline if hasattr(component, "model") for node in component.model.walk()]
    assert layers and all(isinstance(node.ops, OneThreadBlasOps) for node in layers)


def test_gemm_multiplies_like_numpy_and_leaves_the_callers_threads_alone():
    controller = ThreadpoolController()
    before = [library["num_threads"] for library in controller.info() if library["user_api"] == "blas"]
    rng = numpy.random.default_rng(7)
    x, y = rng.random((5, 4), dtype=numpy.float32), rng.random((6, 4), dtype=numpy.float32)
    product = OneThreadBlasOps().gemm(x, y, trans2=True)
    assert numpy.allclose(product, x @ y.T, atol=1e-6)
    assert [library["num_threads"] for library in controller.info() if library["user_api"] == "blas"] == before


def test_parses_equal_those_of_the_default_backend():
    default = spacy.load(model_path())  # thinc's own backend (BLIS)
    ours = load_pipeline()
    for theirs, mine in zip(default.pipe(SENTENCES), ours.pipe(SENTENCES)):
        assert [(t.pos_, t.lemma_.lower(), t.dep_, t.head.i) for t in theirs] == [
            (t.pos_, t.lemma_.lower(), t.dep_, t.head.i) for t in mine
        ]
