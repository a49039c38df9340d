"""Time the Dutch pipeline: load time in a fresh process and parse speed on one core.

Both are measured in a child process whose thread pools are pinned to one
thread (OMP, OpenBLAS, MKL, BLIS: the libraries under thinc and numpy), so
the figure means "words per second on one core" on any machine. The text is
synthetic letter prose generated here, not treebank text, so the benchmark
ships with the package and says something about helder's real input.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from spacy.language import Language

from helder.errors import HelderError

_OPENINGS = (
    "Op 12 maart", "Na onderzoek van uw dossier", "Zoals beloofd", "Sinds uw vorige brief",
    "Naar aanleiding van uw klacht", "Vorige week",
)
_CORES = (
    "heeft onze dienst uw aanvraag opnieuw bekeken",
    "werd de premie ten onrechte geweigerd",
    "ontvangt u het volledige bedrag terug op uw rekening",
    "kunt u het formulier ook online indienen",
    "is de betaling van uw tegemoetkoming helaas vertraagd",
    "hebben wij uw klacht doorgestuurd naar de bevoegde afdeling",
    "moet de beslissing van de gemeente worden herzien",
    "krijgt u binnen twee weken een schriftelijk antwoord van de ombudsman",
)
_TAILS = (
    "", ", zodat u niet langer hoeft te wachten", " omdat de termijn al verstreken was",
    ", maar we hebben nog een attest van uw werkgever nodig", " en daarvoor bieden wij u onze excuses aan",
)
_SENTENCES_PER_LETTER = 8
_ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                      "BLIS_NUM_THREADS")}
_CHILD = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from helder.errors import HelderError
from helder.nlp import load_pipeline
imported = time.perf_counter()
try:
    nlp = load_pipeline({path})
except HelderError as error:
    print(json.dumps({{"error": str(error)}}))
    sys.exit(1)
loaded = time.perf_counter()
from helder.nlp.benchmark import measure_speed
print(json.dumps({{"import_seconds": imported - started, "load_seconds": loaded - imported, **measure_speed(nlp)}}))
"""


def letters() -> list[str]:
    """The benchmark corpus: 240 synthetic letter sentences, grouped into letters of 8."""
    sentences = [
        f"{opening} {core}{tail}."
        for core, opening, tail in itertools.product(_CORES, _OPENINGS, _TAILS)
    ]
    return [
        " ".join(sentences[start : start + _SENTENCES_PER_LETTER])
        for start in range(0, len(sentences), _SENTENCES_PER_LETTER)
    ]


def measure_speed(nlp: Language, repeats: int = 3) -> dict:
    """Words per second over the corpus in this process: the best of `repeats` runs after a warm-up."""
    texts = letters()
    list(nlp.pipe(texts[:4]))
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts))
        best = min(best, time.perf_counter() - started)
    words = sum(1 for doc in docs for token in doc if not token.is_space)
    return {"words": words, "words_per_second": round(words / best)}


def benchmark_pipeline(path: Path | None = None) -> dict:
    """Import and load time (seconds) and one-core parse speed of the pipeline at `path`."""
    package_root = Path(__file__).resolve().parents[2]
    env = {**os.environ, **_ONE_THREAD}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(package_root), env.get("PYTHONPATH"))))
    code = _CHILD.format(path=f"Path({str(path.resolve())!r})" if path else "None")
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    process_seconds = time.perf_counter() - started
    lines = child.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    if child.returncode != 0 or "error" in result:
        raise HelderError(result.get("error") or f"De meting is mislukt: {child.stderr.strip()[-500:]}")
    return {**result, "process_seconds": process_seconds, "threads": 1}


def format_benchmark(result: dict) -> str:
    """The figures for the terminal."""
    return "\n".join([
        f"Python-modules importeren (spaCy, helder):    {result['import_seconds']:.2f} s",
        f"Laadtijd model (load_pipeline):               {result['load_seconds']:.2f} s",
        f"Volledig proces (opstarten tot einde meting):  {result['process_seconds']:.2f} s",
        f"Snelheid op 1 kern:                           {result['words_per_second']} woorden/s "
        f"({result['words']} woorden synthetische brieftekst)",
    ])
