"""The Dutch negation words, one list for every reader that needs them: the double negation of
the structure checks, the verdicts and promises of stance, the commitments of a reply."""

NEGATIONS = frozenset({"niet", "geen", "nooit", "niemand", "niets", "niks", "nergens", "nimmer", "geenszins"})
