"""Reading statistics: counts, Flesch-Douma and an indicative level.

Flesch-Douma is Flesch's reading ease with Douma's Dutch constants
(206.84 - 0.93 x words per sentence - 77 x syllables per word), computed by
textstat with its Dutch (pyphen) syllable counter. The level estimate maps
that score and the average sentence length onto CEFR-like labels. It is a
rough, indicative guide, not a measured CEFR level: the formula knows only
word and sentence length, not vocabulary, structure or the reader.
"""

from __future__ import annotations

import threading

import textstat

from helder.analysis import Analysis
from helder.report import Stats

_textstat_lock = threading.Lock()

# (minimum Flesch-Douma, maximum average sentence words, label), easiest first.
LEVELS = ((75.0, 13.0, "A2"), (60.0, 18.0, "B1"), (45.0, 23.0, "B2"))


def level_estimate(flesch_douma: float, average_words: float) -> str:
    for minimum, longest, label in LEVELS:
        if flesch_douma >= minimum and average_words <= longest:
            return label
    return "C1"


def reading_stats(analysis: Analysis) -> Stats:
    body = analysis.body
    words = analysis.body_words
    average = words / len(body) if body else 0.0
    sample = " ".join(_as_sentence(analysis.prepared[sentence.start : sentence.end]) for sentence in body)
    with _textstat_lock:  # textstat keeps its language in module state
        textstat.set_lang("nl")
        flesch = float(textstat.flesch_reading_ease(sample)) if sample else 0.0
    flesch = round(max(0.0, min(100.0, flesch)), 1)
    return Stats(
        words=words,
        sentences=len(body),
        paragraphs=sum(1 for part in analysis.segmentation.of_kind("body") if not part.list_item),
        avg_sentence_words=round(average, 1),
        flesch_douma=flesch,
        level_estimate=level_estimate(flesch, average) if body else "",
    )


def _as_sentence(text: str) -> str:
    """textstat counts sentences by their end mark; list items often have none."""
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."
