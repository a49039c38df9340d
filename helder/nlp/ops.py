"""The matrix backend the pipeline runs on: numpy's BLAS, one thread per multiplication.

thinc multiplies with BLIS by default. On the matrices of a letter (a few hundred words of
128 features) numpy's OpenBLAS on one thread parses about a sixth faster than BLIS, with the
same parses (28 against 33 ms for the 36 sentences of the benchmark letter). More threads only
burn a second core for no gain: the web server runs one worker per core. The limit holds only
during the multiplication, so a program that uses helder as a library keeps its own BLAS threads.
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

_BLAS = ThreadpoolController()


class OneThreadBlasOps(NumpyOps):
    name = "helder_numpy"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(use_blis=False, **kwargs)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        with _BLAS.limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def run_on_one_thread(models: Any) -> None:
    """Point every layer of the given thinc models at the one-thread BLAS backend."""
    ops = OneThreadBlasOps()
    for model in models:
        for node in model.walk():
            node.ops = ops
