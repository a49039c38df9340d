"""Is this Dutch? A letter in English or French gets a notice, not nonsense findings.

Each word votes for the language in which wordfreq finds it most frequent;
words frequent in Dutch as well (names, numbers, "is", "in") count as Dutch.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

_WORD = re.compile(r"[^\W\d_]{2,}")
_OTHERS = ("en", "fr")
MIN_WORDS = 8
MIN_DUTCH_SHARE = 0.5


def dutch_share(text: str, sample: int = 400) -> tuple[float, int]:
    """Share of the first `sample` words that read as Dutch, and how many words were read."""
    words = [word.lower() for word in _WORD.findall(text)[:sample]]
    if not words:
        return 1.0, 0
    dutch = 0
    for word in words:
        nl = zipf_frequency(word, "nl")
        if nl > 0 and nl + 0.5 >= max(zipf_frequency(word, other) for other in _OTHERS):
            dutch += 1
    return dutch / len(words), len(words)


def looks_dutch(text: str) -> tuple[bool, float]:
    share, count = dutch_share(text)
    return (count < MIN_WORDS or share >= MIN_DUTCH_SHARE), round(share, 2)
