"""helder's Dutch pipeline: loaded lazily, once per process, shared by all checkers."""

from __future__ import annotations

import threading
from pathlib import Path

import spacy
from spacy.language import Language

from helder.errors import ModelError
from helder.nlp import lemmatizer as _lemmatizer  # noqa: F401  registers the 'helder_lemmatizer' factory
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
                _cache[path] = spacy.load(path)
            except Exception as error:  # spaCy raises many kinds; all mean the same to the user
                raise ModelError(f"Het taalmodel in {path} kan niet geladen worden: {error}") from error
        return _cache[path]
