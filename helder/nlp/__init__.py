"""helder's Dutch pipeline: loaded lazily, once per process, shared by all checkers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from helder.errors import ModelError
from helder.nlp import determined_nouns as _determined_nouns  # noqa: F401  registers 'helder_determined_nouns'
from helder.nlp import strong_pasts as _strong_pasts  # noqa: F401  registers 'helder_strong_pasts'
from helder.nlp import lemmatizer as _lemmatizer  # noqa: F401  registers the 'helder_lemmatizer' factory
from helder.nlp.ops import run_on_one_thread
from helder.resources import data_dir

MODEL_NAME = "nl_helder"

_lock = threading.Lock()
_cache: dict[Path, Language] = {}


def model_path() -> Path:
    """Where the shipped pipeline lives."""
    return data_dir("models") / MODEL_NAME


def load_pipeline(path: Path | None = None) -> Language:
    """Load the Dutch pipeline once per process; later calls return the same object."""
    path = (path or model_path()).resolve()
    with _lock:
        if path not in _cache:
            if not (path / "config.cfg").is_file():
                raise ModelError(
                    f"Het Nederlandse taalmodel ontbreekt in {path}. "
                    "Installeer helder opnieuw of train het model met 'helder model train'."
                )
            try:
                nlp = spacy.load(path, exclude=["tokenizer"])
                _restore_tokenizer(nlp, (path / "tokenizer").read_bytes())
            except Exception as error:  # spaCy raises many kinds; all mean the same to the user
                raise ModelError(f"Het taalmodel in {path} kan niet geladen worden: {error}") from error
            _cache[path] = _for_letters(nlp)
        return _cache[path]


def _restore_tokenizer(nlp: Language, saved: bytes) -> None:
    """The model's saved tokenizer, read only where it differs from the one spaCy built for Dutch.

    spaCy builds the Dutch tokenizer with its 4,600 exceptions, and loading the
    saved copy builds them all again: a second of every cold start. The saved
    one is what the model was trained with, so it wins whenever it differs.
    """
    fields = srsly.msgpack_loads(saved)
    built = srsly.msgpack_loads(nlp.tokenizer.to_bytes())
    if any(built.get(key) != value for key, value in fields.items()):
        nlp.tokenizer.from_bytes(saved)


# Tokens spaCy's Dutch tokenizer keeps whole that a letter reads otherwise: "Wij danken u." ends in
# the pronoun and a full stop, not in the abbreviation "u." or an initial "U." (the parser read a name).
NOT_ABBREVIATIONS = ("u.", "U.")


def _for_letters(nlp: Language) -> Language:
    run_on_one_thread(component.model for _, component in nlp.pipeline if hasattr(component, "model"))
    for text in NOT_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(text, [{"ORTH": text[:-1]}, {"ORTH": "."}])
    nlp.tokenizer = FinalStopTokenizer(nlp.tokenizer)
    nlp.add_pipe("helder_determined_nouns")
    nlp.add_pipe("helder_strong_pasts")
    return nlp


class FinalStopTokenizer:
    """spaCy's tokenizer, with the last full stop of the text split off a word.

    spaCy's Dutch exceptions keep 1,400 abbreviations whole, among them
    everyday words: "hand.", "best.", "pas.", "al.". helder parses a letter
    sentence by sentence, so a full stop at the very end closes the sentence
    ("Wij wijzen uw vraag niet van de hand."), even after an abbreviation.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        last = next((token for token in reversed(doc) if not token.is_space), None)
        if last is not None and len(last.text) > 1 and last.text.endswith(".") and last.text[:-1].isalpha():
            with doc.retokenize() as retokenizer:
                retokenizer.split(last, [last.text[:-1], "."], heads=[last, last])
        return doc

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): no recursion through self.tokenizer
            raise AttributeError(name)
        return getattr(self.tokenizer, name)  # rules, special cases, pipe(): spaCy's own
