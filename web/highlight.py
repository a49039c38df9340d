"""Cut a text into runs that share the same set of highlights.

The no-JavaScript page renders these runs as nested, autoescaped spans;
static/highlight.js does the same in the browser.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .labels import HIGHLIGHTED


@dataclass(frozen=True)
class Run:
    text: str
    layers: tuple[str, ...]  # highlight styles, outermost first; empty for plain text


def layer_for(dimension: str, findings: Iterable[Mapping[str, Any]]) -> str:
    """The style of a dimension's highlight; long sentences have two strengths."""
    if dimension == "sentence_length":
        severe = any(f["severity"] == "error" for f in findings)
        return "sentence_length-error" if severe else "sentence_length-warning"
    return dimension


def runs(text: str, findings: Iterable[Mapping[str, Any]]) -> list[Run]:
    """Split `text` at every highlight boundary; each run knows its layers."""
    spans = [
        f
        for f in findings
        if f.get("scope", "span") == "span" and f["dimension"] in HIGHLIGHTED and 0 <= f["start"] < f["end"] <= len(text)
    ]
    cuts = sorted({0, len(text), *(f["start"] for f in spans), *(f["end"] for f in spans)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [f for f in spans if f["start"] <= start and end <= f["end"]]
        layers = tuple(
            layer_for(dimension, [f for f in covering if f["dimension"] == dimension])
            for dimension in HIGHLIGHTED
            if any(f["dimension"] == dimension for f in covering)
        )
        result.append(Run(text[start:end], layers))
    return result
